"""Batch engines: a 2-worker process pool and a 2-worker Dask cluster give the
single-process output, in order."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from langchain_mistral_secure import OutputRedactor, PIIMasker
from langchain_mistral_secure.batch import redact_partition, run_batch, scan_partition
from langchain_mistral_secure.cli import main
from langchain_mistral_secure.detection import get_detector

LINES = [
    f"Ticket {i}: write to user{i}@example.com or call +33 1 42 68 53 {i % 89 + 10}."
    if i % 3 == 0
    else f"Ticket {i}: nothing sensitive here, just words number {i}."
    for i in range(400)
]


@pytest.fixture(scope="module")
def dask_address():
    """One local 2-worker Dask cluster for the module (started once)."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        host="127.0.0.1",
    ) as cluster:
        yield cluster.scheduler_address


@pytest.fixture
def engine_options(request, dask_address):
    if request.param == "dask":
        return {"engine": "dask", "address": dask_address}
    return {"engine": "process"}


@pytest.fixture(scope="module")
def expected() -> list[str]:
    return list(run_batch(LINES, redact_partition, OutputRedactor(), engine="local"))


@pytest.mark.parametrize("engine_options", ["process", "dask"], indirect=True)
def test_two_workers_equal_the_single_process_run(engine_options, expected):
    out = list(
        run_batch(
            LINES,
            redact_partition,
            OutputRedactor(),
            workers=2,
            partition_size=37,
            **engine_options,
        )
    )
    assert out == expected
    assert "[EMAIL]" in out[0]
    assert "user0@example.com" not in out[0]


def test_scan_on_workers_equals_local():
    # Findings (frozen dataclasses) come back from worker processes intact.
    detectors = (get_detector("pii"),)
    local = list(run_batch(LINES[:60], scan_partition, detectors, engine="local"))
    pooled = list(
        run_batch(
            LINES[:60],
            scan_partition,
            detectors,
            engine="process",
            workers=2,
            partition_size=7,
        )
    )
    assert [[(f.start, f.end, f.rule_id) for f in fs] for fs in pooled] == [
        [(f.start, f.end, f.rule_id) for f in fs] for fs in local
    ]


def test_masker_ships_to_workers():
    out = list(
        run_batch(LINES[:9], redact_partition, PIIMasker(), engine="process", workers=2)
    )
    assert "<EMAIL_1>" in out[0]


def test_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="unknown engine"):
        list(run_batch(["x"], redact_partition, OutputRedactor(), engine="spark"))  # type: ignore[arg-type]


def test_cli_dask_with_an_address_equals_local(tmp_path: Path, dask_address):
    engine = "dask"
    path = tmp_path / "chats.jsonl"
    path.write_text(
        "".join(
            json.dumps({"id": i, "text": line}) + "\n"
            for i, line in enumerate(LINES[:90])
        )
    )
    runs = {}
    for name in ("local", engine):
        out = io.StringIO()
        args = [
            "redact",
            str(path),
            "--field",
            "text",
            "--engine",
            name,
            "--workers",
            "2",
        ]
        assert main(args, out=out) == 0
        runs[name] = out.getvalue()
    assert runs["local"] == runs[engine]
    assert "user0@example.com" not in runs[engine]
