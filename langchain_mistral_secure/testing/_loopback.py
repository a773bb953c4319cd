"""The lifecycle every loopback test server shares: start, stop, ``with``.

The fake Mistral API, the LangSmith capture server, the fake Secret Manager
and the Redis server differ in what they speak, not in how a test runs them:
``with Server() as server:`` starts it on 127.0.0.1 and stops it on exit, even
when the test fails. :class:`LoopbackServer` is that contract;
:class:`LoopbackHTTPServer` also runs a stdlib HTTP server in a daemon thread
for the two servers that speak HTTP.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from types import TracebackType

    from typing_extensions import Self

__all__ = ["LoopbackHTTPServer", "LoopbackServer"]

_HOST = "127.0.0.1"


class LoopbackServer(ABC):
    """A test server on 127.0.0.1: ``with`` starts it and stops it on exit.

    Example:
        >>> from langchain_mistral_secure.testing import FakeMistralServer
        >>> with FakeMistralServer() as server:
        ...     server.running
        True
    """

    @abstractmethod
    def start(self) -> Self:
        """Start serving on 127.0.0.1 and return the server."""

    @abstractmethod
    def stop(self) -> None:
        """Stop serving and release the port. Safe to call twice."""

    def __enter__(self) -> Self:
        """Start the server."""
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stop the server."""
        self.stop()


class _BackloggedHTTPServer(ThreadingHTTPServer):
    # The stdlib default backlog of 5 drops connections when tests fire dozens of
    # concurrent async calls; a real API does not.
    request_queue_size = 256


class LoopbackHTTPServer(LoopbackServer):
    """An HTTP test server on 127.0.0.1, served by a daemon thread.

    Subclasses give the request handler (:meth:`_handler`). ``_lock`` guards
    the running state and is free for the subclass's own state too.

    Args:
        port: Port to bind on 127.0.0.1; ``0`` picks a free one.

    Example:
        >>> from langchain_mistral_secure.testing import FakeMistralServer
        >>> server = FakeMistralServer().start()
        >>> server.running
        True
        >>> server.stop()
    """

    def __init__(self, port: int = 0) -> None:
        """Create a stopped server; the arguments are described on the class."""
        self._lock = threading.RLock()
        self._port = port
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @abstractmethod
    def _handler(self) -> type[BaseHTTPRequestHandler]:
        """The request handler class, bound to this server."""

    def start(self) -> Self:
        """Bind to 127.0.0.1 and serve in a daemon thread.

        Returns:
            The server itself, so ``server = Server().start()`` works.

        Raises:
            RuntimeError: If the server is already running.

        Example:
            >>> from langchain_mistral_secure.testing import FakeMistralServer
            >>> server = FakeMistralServer().start()
            >>> server.base_url.startswith("http://127.0.0.1:")
            True
            >>> server.stop()
        """
        name = type(self).__name__
        with self._lock:
            if self._httpd is not None:
                msg = f"{name} is already running"
                raise RuntimeError(msg)
            httpd = _BackloggedHTTPServer((_HOST, self._port), self._handler())
            httpd.daemon_threads = True
            thread = threading.Thread(
                target=httpd.serve_forever,
                kwargs={"poll_interval": 0.05},
                name=name,
                daemon=True,
            )
            self._httpd = httpd
            self._thread = thread
        thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket. Safe to call twice.

        Example:
            >>> from langchain_mistral_secure.testing import FakeMistralServer
            >>> server = FakeMistralServer().start()
            >>> server.stop()
            >>> server.running
            False
        """
        with self._lock:
            httpd, thread = self._httpd, self._thread
            self._httpd = None
            self._thread = None
        if httpd is None:
            return
        httpd.shutdown()
        httpd.server_close()
        if thread is not None:
            thread.join(timeout=5)

    @property
    def running(self) -> bool:
        """Whether the server is serving."""
        with self._lock:
            return self._httpd is not None

    def _bound_port(self) -> int:
        """The bound port; a stopped server raises ``RuntimeError``."""
        with self._lock:
            if self._httpd is None:
                msg = f"{type(self).__name__} is not running; call start() first"
                raise RuntimeError(msg)
            return int(self._httpd.server_address[1])

    def _port_if_running(self) -> int | None:
        """The bound port, or ``None`` when stopped (for reprs)."""
        with self._lock:
            return None if self._httpd is None else int(self._httpd.server_address[1])
