"""A real ``redis-server`` on 127.0.0.1 for tests of the shared vault."""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from langchain_mistral_secure.testing._loopback import LoopbackServer

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["RedisServer"]

_START_TIMEOUT = 10.0
_POLL = 0.02


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RedisServer(LoopbackServer):
    """Start the machine's ``redis-server`` on a free loopback port, no persistence.

    Example:
        >>> RedisServer.available() in (True, False)
        True
        >>> with RedisServer() as server:  # doctest: +SKIP
        ...     store = RedisByteStore(server.url)
    """

    def __init__(self, executable: str | None = None) -> None:
        """Find the executable (``redis-server`` on PATH by default)."""
        found = executable or shutil.which("redis-server")
        if found is None:
            msg = (
                "redis-server is not installed (Debian: apt-get install redis-server; "
                ".ci/run installs it)"
            )
            raise FileNotFoundError(msg)
        self.executable = found
        self.port = 0
        self._proc: subprocess.Popen[bytes] | None = None
        self._dir: tempfile.TemporaryDirectory[str] | None = None

    @staticmethod
    def available() -> bool:
        """Whether ``redis-server`` is on PATH."""
        return shutil.which("redis-server") is not None

    @property
    def url(self) -> str:
        """``redis://127.0.0.1:<port>/0``."""
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> Self:
        """Start the server and wait until it answers PING."""
        self._dir = tempfile.TemporaryDirectory(prefix="lms-redis-")
        self.port = _free_port()
        self._proc = subprocess.Popen(  # noqa: S603 - the machine's redis-server
            [
                self.executable,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                self._dir.name,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + _START_TIMEOUT
        while time.monotonic() < deadline:
            if self._ping():
                return self
            if self._proc.poll() is not None:
                break
            time.sleep(_POLL)
        self.stop()
        msg = "redis-server did not start"
        raise RuntimeError(msg)

    def _ping(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as s:
                s.sendall(b"PING\r\n")
                return s.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self) -> None:
        """Stop the server and remove its folder."""
        if self._proc is not None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._proc.kill()
            self._proc = None
        if self._dir is not None:
            self._dir.cleanup()
            self._dir = None

    def __repr__(self) -> str:
        """Port and state."""
        return f"RedisServer(port={self.port}, running={self._proc is not None})"

    def data_dir(self) -> Path | None:
        """The server's working folder (empty: persistence is off)."""
        return Path(self._dir.name) if self._dir else None
