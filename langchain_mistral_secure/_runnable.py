"""The Runnable plumbing shared by the perimeter components.

:class:`InvokeRunnable` and :class:`TransformRunnable` hold the public
``invoke``/``ainvoke``/``transform``/``stream``/``atransform``/``astream``
wrappers around LangChain's ``_call_with_config`` family, and the try/finally
that reports a call's findings as the ``mistral_secure.findings`` custom event
(also when the call raises or the stream is closed early). A component
implements only what it does to a value (:meth:`InvokeRunnable._process`) and to
a stream (:meth:`TransformRunnable._open_stream`), or overrides ``_invoke``,
``_ainvoke``, ``_transform`` and ``_atransform`` when it needs more (e.g. HTTP
calls that are awaited in the async path).

:func:`with_doc` gives a component its own docstring for an inherited public
method without writing the wrapper again.
"""

from __future__ import annotations

import types
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from typing import Any, ClassVar, Protocol, TypeVar, cast

from langchain_core.callbacks import (
    AsyncCallbackManagerForChainRun,
    CallbackManagerForChainRun,
)
from langchain_core.runnables import RunnableConfig, RunnableSerializable
from pydantic import ConfigDict

from langchain_mistral_secure._events import adispatch_findings, dispatch_findings
from langchain_mistral_secure.detection.engine import Finding

__all__ = ["InvokeRunnable", "StreamState", "TransformRunnable", "with_doc"]

_F = TypeVar("_F", bound=Callable[..., Any])


def with_doc(method: _F, doc: str) -> _F:
    """Return a copy of ``method`` (same code and signature) with ``doc``.

    Used in a subclass body so ``help(Sub.invoke)`` shows the subclass's own
    text while the code stays in the base class.

    Example:
        >>> class Base:
        ...     def run(self) -> int:
        ...         '''Run.'''
        ...         return 1
        >>> class Sub(Base):
        ...     run = with_doc(Base.run, "Run, the Sub way.")
        >>> Sub().run(), Sub.run.__doc__, Base.run.__doc__
        (1, 'Run, the Sub way.', 'Run.')
    """
    func = cast("types.FunctionType", method)
    copy = types.FunctionType(
        func.__code__,
        func.__globals__,
        func.__name__,
        func.__defaults__,
        func.__closure__,
    )
    copy.__kwdefaults__ = func.__kwdefaults__
    copy.__annotations__ = dict(func.__annotations__)
    copy.__qualname__ = func.__qualname__
    copy.__module__ = func.__module__
    copy.__doc__ = doc
    return cast("_F", copy)


class StreamState(Protocol):
    """One stream through a component: fed item by item, then finished."""

    def feed(self, item: Any) -> Iterable[Any]:
        """Take one input chunk; return what can be emitted now."""

    def finish(self) -> Iterable[Any]:
        """The input has ended: return whatever was still held back."""

    def findings(self) -> list[Finding]:
        """Every finding of the stream so far (reported when it ends)."""


class InvokeRunnable(RunnableSerializable[Any, Any]):
    """``invoke``/``ainvoke`` of a component that transforms one value.

    Subclasses set ``_component`` (the findings event's component name) and
    implement :meth:`_process`; the async path runs it on the same thread, since
    detection is CPU-bound and fast, and dispatches the event asynchronously.
    """

    # A validation error must never quote a field's value: canaries, system
    # prompts and detector patterns are configuration that may hold secrets.
    model_config = ConfigDict(hide_input_in_errors=True)

    _component: ClassVar[str] = ""

    def _process(self, value: Any, sink: list[Finding], config: RunnableConfig) -> Any:
        """Process one value, appending its findings to ``sink``."""
        raise NotImplementedError

    def _invoke(
        self,
        value: Any,
        run_manager: CallbackManagerForChainRun,  # noqa: ARG002
        config: RunnableConfig,
    ) -> Any:
        sink: list[Finding] = []
        try:
            return self._process(value, sink, config)
        finally:
            dispatch_findings(self._component, sink, config)

    async def _ainvoke(
        self,
        value: Any,
        run_manager: AsyncCallbackManagerForChainRun,  # noqa: ARG002
        config: RunnableConfig,
    ) -> Any:
        sink: list[Finding] = []
        try:
            return self._process(value, sink, config)
        finally:
            await adispatch_findings(self._component, sink, config)

    def invoke(
        self,
        input: Any,  # noqa: A002
        config: RunnableConfig | None = None,
        **kwargs: Any,
    ) -> Any:
        """Process ``input``; see the class docstring."""
        return self._call_with_config(self._invoke, input, config, **kwargs)

    async def ainvoke(
        self,
        input: Any,  # noqa: A002
        config: RunnableConfig | None = None,
        **kwargs: Any,
    ) -> Any:
        """Async twin of :meth:`invoke`."""
        return await self._acall_with_config(self._ainvoke, input, config, **kwargs)


class TransformRunnable(InvokeRunnable):
    """Adds truly streaming ``transform``/``stream`` (and async twins).

    Subclasses implement :meth:`_open_stream`; each input chunk is fed to the
    state as it arrives (the input iterator is never buffered) and what the
    state releases is yielded at once.
    """

    def _open_stream(self, config: RunnableConfig) -> StreamState:
        """A fresh state for one stream."""
        raise NotImplementedError

    def _transform(
        self,
        chunks: Iterator[Any],
        run_manager: CallbackManagerForChainRun,  # noqa: ARG002
        config: RunnableConfig,
    ) -> Iterator[Any]:
        state = self._open_stream(config)
        try:
            for item in chunks:
                yield from state.feed(item)
            yield from state.finish()
        finally:
            dispatch_findings(self._component, state.findings(), config)

    async def _atransform(
        self,
        chunks: AsyncIterator[Any],
        run_manager: AsyncCallbackManagerForChainRun,  # noqa: ARG002
        config: RunnableConfig,
    ) -> AsyncIterator[Any]:
        state = self._open_stream(config)
        try:
            async for item in chunks:
                for out in state.feed(item):
                    yield out
            for out in state.finish():
                yield out
        finally:
            await adispatch_findings(self._component, state.findings(), config)

    def transform(
        self,
        input: Iterator[Any],  # noqa: A002
        config: RunnableConfig | None = None,
        **kwargs: Any,
    ) -> Iterator[Any]:
        """Process a stream, yielding output as soon as it is safe."""
        yield from self._transform_stream_with_config(
            input, self._transform, config, **kwargs
        )

    def stream(
        self,
        input: Any,  # noqa: A002
        config: RunnableConfig | None = None,
        **kwargs: Any,
    ) -> Iterator[Any]:
        """Process ``input`` as a one-chunk stream (see :meth:`transform`)."""
        yield from self.transform(iter([input]), config, **kwargs)

    async def atransform(
        self,
        input: AsyncIterator[Any],  # noqa: A002
        config: RunnableConfig | None = None,
        **kwargs: Any,
    ) -> AsyncIterator[Any]:
        """Async twin of :meth:`transform`."""
        async for chunk in self._atransform_stream_with_config(
            input, self._atransform, config, **kwargs
        ):
            yield chunk

    async def astream(
        self,
        input: Any,  # noqa: A002
        config: RunnableConfig | None = None,
        **kwargs: Any,
    ) -> AsyncIterator[Any]:
        """Async twin of :meth:`stream`."""

        async def once() -> AsyncIterator[Any]:
            yield input

        async for chunk in self.atransform(once(), config, **kwargs):
            yield chunk
