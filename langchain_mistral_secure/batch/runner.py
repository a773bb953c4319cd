"""Run a guard over many texts: in process, on a local process pool, or on Dask.

The guard (an ``OutputRedactor``, a ``PIIMasker``, a tuple of detectors...) is
pickled once per worker, not per text: guards rebuild their compiled RE2
programs lazily after unpickling. Texts travel in partitions, results come back
in input order, and at most a few partitions per worker are in flight, so memory
stays bounded on inputs of any length.

Why Dask (``dask.distributed``) rather than Ray for the cluster engine: it is a
pure-Python ``pip install`` of a few MB, starts a local cluster in seconds, and a
user with an existing cluster passes its scheduler address; ours is plain
Python work on strings, which needs none of Ray's actors, object store or GPU
scheduling. It is an extra: ``pip install "langchain-mistral-secure[dask]"``.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any, Literal, TypeVar

from langchain_mistral_secure.detection.engine import Detector, Finding, detect_all

__all__ = [
    "Engine",
    "redact_partition",
    "run_batch",
    "scan_partition",
]

Engine = Literal["local", "process", "dask"]
"""Where the work runs: this process, a local process pool, or a Dask cluster."""

R = TypeVar("R")
Task = Callable[[Any, list[str]], list[R]]
DEFAULT_PARTITION = 256
_IN_FLIGHT_PER_WORKER = 2
_DASK_HINT = (
    'The Dask engine needs the "dask" extra: '
    'pip install "langchain-mistral-secure[dask]"'
)


def redact_partition(guard: Any, texts: list[str]) -> list[str]:
    """Redact each text with the guard (the ``redact`` task).

    A guard with a plain-text method (``OutputRedactor.redact_text``,
    ``PIIMasker.mask_text``) is called directly: per record, a Runnable's
    ``invoke`` costs more in callback plumbing than the detection itself. Any
    other guard is invoked.

    Example:
        >>> from langchain_mistral_secure import OutputRedactor
        >>> redact_partition(OutputRedactor(), ["mail jane@example.com", "ok"])
        ['mail [EMAIL]', 'ok']
    """
    for name in ("redact_text", "mask_text"):
        method = getattr(guard, name, None)
        if callable(method):
            return [method(text) for text in texts]
    return [guard.invoke(text) for text in texts]


def scan_partition(
    detectors: Sequence[Detector], texts: list[str]
) -> list[list[Finding]]:
    """Return each text's findings, unmerged (the ``scan`` task).

    Example:
        >>> from langchain_mistral_secure.detection.engine import get_detector
        >>> [[f.rule_id for f in fs] for fs in scan_partition(
        ...     (get_detector("pii"),), ["jane@example.com", "ok"])]
        [['pii.email'], []]
    """
    return [detect_all(text, list(detectors), merge=False) for text in texts]


def _partitions(texts: Iterable[str], size: int) -> Iterator[list[str]]:
    it = iter(texts)
    while part := list(islice(it, size)):
        yield part


# A worker process keeps the guard it was started with (set by the initializer).
_WORKER_GUARD: Any = None


def _install_guard(guard: Any) -> None:
    global _WORKER_GUARD  # noqa: PLW0603 - one guard per worker process, by design
    _WORKER_GUARD = guard


def _run_in_worker(task: Task[R], part: list[str]) -> list[R]:
    return task(_WORKER_GUARD, part)


def _ordered(
    submit: Callable[[list[str]], Any],
    result: Callable[[Any], list[R]],
    parts: Iterator[list[str]],
    in_flight: int,
) -> Iterator[R]:
    """Keep ``in_flight`` partitions submitted; yield results in input order."""
    pending: deque[Any] = deque()
    for part in parts:
        pending.append(submit(part))
        if len(pending) >= in_flight:
            yield from result(pending.popleft())
    while pending:
        yield from result(pending.popleft())


def run_batch(  # noqa: PLR0913 - keyword-only options
    texts: Iterable[str],
    task: Task[R],
    guard: Any,
    *,
    engine: Engine = "process",
    workers: int | None = None,
    address: str | None = None,
    partition_size: int = DEFAULT_PARTITION,
) -> Iterator[R]:
    """Run ``task(guard, partition)`` over ``texts`` and yield results in order.

    Args:
        texts: Any iterable of texts; read lazily, partition by partition.
        task: A module-level function ``(guard, texts) -> results``, such as
            :func:`redact_partition` or :func:`scan_partition`.
        guard: What the task applies; it must pickle for ``process`` and ``dask``.
        engine: ``local`` (this process), ``process`` (a local process pool,
            the default) or ``dask`` (a ``dask.distributed`` cluster).
        workers: Worker processes (default: the CPU count). For ``dask`` without
            an ``address``, the size of the local cluster started for the run.
        address: A Dask scheduler address, e.g. ``tcp://10.0.0.5:8786``.
        partition_size: Texts per unit of work.

    Yields:
        One result per text, in input order.

    Raises:
        ImportError: ``engine="dask"`` without the ``dask`` extra installed.

    Example:
        >>> from langchain_mistral_secure import OutputRedactor
        >>> list(run_batch(["jane@example.com"], redact_partition,
        ...                OutputRedactor(), engine="local"))
        ['[EMAIL]']
    """
    count = max(1, workers or os.cpu_count() or 1)
    parts = _partitions(texts, max(1, partition_size))
    if engine == "local":
        for part in parts:
            yield from task(guard, part)
    elif engine == "process":
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(
            max_workers=count,
            mp_context=context,
            initializer=_install_guard,
            initargs=(guard,),
        ) as pool:

            def submit(part: list[str]) -> Future[list[R]]:
                return pool.submit(_run_in_worker, task, part)

            yield from _ordered(
                submit, lambda f: f.result(), parts, count * _IN_FLIGHT_PER_WORKER
            )
    elif engine == "dask":
        yield from _run_dask(parts, task, guard, count, address)
    else:
        msg = f"unknown engine {engine!r}: use 'local', 'process' or 'dask'"
        raise ValueError(msg)


def _run_dask(
    parts: Iterator[list[str]],
    task: Task[R],
    guard: Any,
    workers: int,
    address: str | None,
) -> Iterator[R]:
    try:
        from distributed import Client, LocalCluster  # noqa: PLC0415 - optional extra
    except ImportError as exc:
        raise ImportError(_DASK_HINT) from exc
    cluster = None
    if address is None:
        cluster = LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            host="127.0.0.1",
        )
        address = cluster.scheduler_address
    try:
        with Client(address) as client:  # type: ignore[no-untyped-call]
            [guard_future] = client.scatter([guard], broadcast=True)

            def submit(part: list[str]) -> Any:
                return client.submit(task, guard_future, part, pure=False)

            yield from _ordered(
                submit,
                lambda f: f.result(),
                parts,
                workers * _IN_FLIGHT_PER_WORKER,
            )
    finally:
        if cluster is not None:
            cluster.close()
