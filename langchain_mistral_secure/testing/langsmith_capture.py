"""A LangSmith-compatible capture server: real HTTP on 127.0.0.1 for trace tests.

A real ``langsmith.Client(api_url=server.base_url, ...)`` posts its runs here,
and every request is recorded exactly as it arrived on the wire, decoded:

* ``GET /info`` answers the instance configuration; with ``zstd=True`` it turns
  on the client's zstd-compressed multipart batches, else the client sends
  plain multipart (or JSON batches with ``multipart=False``);
* ``POST``/``PATCH`` on any ``/runs...`` path answer ``202`` and record the
  body: ``Content-Encoding: zstd`` is decompressed (the ``zstandard`` package,
  a dependency of ``langsmith``), chunked transfer encoding is reassembled, and
  ``multipart/form-data`` bodies are split into their parts.

Tests then look at :meth:`LangSmithCaptureServer.payload_text`, the text of
every body and part the client sent, to prove that nothing planted in a traced
run left the process. Nothing is ever logged and reprs show only counts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import urlsplit

from langchain_mistral_secure.testing._loopback import LoopbackHTTPServer

__all__ = ["CapturedRequest", "LangSmithCaptureServer"]

_MAX_BODY = 64 * 1024 * 1024


@dataclass(frozen=True)
class CapturedRequest:
    """One request the capture server received, decoded.

    Attributes:
        method: ``"POST"``, ``"PATCH"`` or ``"GET"``.
        path: The path without query string, e.g. ``"/runs/multipart"``.
        headers: Request headers (lower-cased names).
        body: The body after removing chunked and zstd encodings.
        parts: For ``multipart/form-data`` bodies, ``(name, payload)`` per part.

    Example:
        >>> CapturedRequest("POST", "/runs", {}, b'{"a": 1}').json_payloads()
        [{'a': 1}]
    """

    method: str
    path: str
    headers: dict[str, str] = field(repr=False)
    body: bytes = field(repr=False)
    parts: tuple[tuple[str, bytes], ...] = field(default=(), repr=False)

    def json_payloads(self) -> list[Any]:
        """The JSON documents of the body, or of each part that holds JSON.

        Returns:
            Parsed documents; parts that are not JSON are skipped.
        """
        chunks = [payload for _, payload in self.parts] if self.parts else [self.body]
        return [doc for doc in map(_json_or_none, chunks) if doc is not None]


class LangSmithCaptureServer(LoopbackHTTPServer):
    """Records what a real LangSmith client sends, on 127.0.0.1.

    Args:
        zstd: Advertise zstd compression, so the client compresses its
            multipart batches (the server decompresses them).
        multipart: Advertise the multipart ingest endpoint; ``False`` makes the
            client send JSON batches to ``/runs/batch``.

    Example:
        >>> import langsmith
        >>> with LangSmithCaptureServer() as server:
        ...     client = langsmith.Client(
        ...         api_url=server.base_url, api_key="test-key"
        ...     )  # pragma: allowlist secret
        ...     client.create_run("demo", {"q": "hi"}, "chain")
        ...     client.flush()
        ...     "demo" in server.payload_text()
        True
    """

    def __init__(self, *, zstd: bool = False, multipart: bool = True) -> None:
        """Create a stopped server; the arguments are described on the class."""
        self.zstd = zstd
        self.multipart = multipart
        super().__init__()
        self._requests: list[CapturedRequest] = []

    def __repr__(self) -> str:
        """Counts only: bodies hold trace content."""
        return f"LangSmithCaptureServer(requests={len(self.requests)})"

    @property
    def base_url(self) -> str:
        """The API URL to give ``langsmith.Client(api_url=...)``.

        Raises:
            RuntimeError: If the server is not running.
        """
        return f"http://127.0.0.1:{self._bound_port()}"

    @property
    def requests(self) -> list[CapturedRequest]:
        """Every request received, oldest first."""
        with self._lock:
            return list(self._requests)

    @property
    def run_requests(self) -> list[CapturedRequest]:
        """The requests that carried runs (``POST``/``PATCH`` on ``/runs...``)."""
        return [r for r in self.requests if r.path.startswith("/runs")]

    def payload_text(self) -> str:
        """The decoded text of every run body and part, joined by newlines.

        JSON is included both as sent and with escapes undone, so a planted
        value is found however the client encoded it.

        Returns:
            All text a client sent about runs.
        """
        texts: list[str] = []
        for request in self.run_requests:
            chunks = [p for _, p in request.parts] if request.parts else [request.body]
            for chunk in chunks:
                texts.append(chunk.decode("utf-8", "replace"))
                doc = _json_or_none(chunk)
                if doc is not None:
                    texts.append(json.dumps(doc, ensure_ascii=False))
        return "\n".join(texts)

    def _info(self) -> dict[str, Any]:
        return {
            "version": "0.0-capture",
            "batch_ingest_config": {
                "use_multipart_endpoint": self.multipart,
                "scale_up_qsize_trigger": 1000,
                "scale_up_nthreads_limit": 1,
                "scale_down_nempty_trigger": 4,
                "size_limit": 100,
                "size_limit_bytes": 20_971_520,
            },
            "instance_flags": {"zstd_compression_enabled": self.zstd},
        }

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        return _make_handler(self)

    def _record(self, request: CapturedRequest) -> None:
        with self._lock:
            self._requests.append(request)


def _json_or_none(data: bytes) -> Any:
    try:
        return json.loads(data)
    except ValueError:
        return None


def _read_body(rfile: Any, headers: dict[str, str]) -> bytes:
    if "chunked" not in headers.get("transfer-encoding", "").lower():
        length = int(headers.get("content-length") or 0)
        return bytes(rfile.read(min(length, _MAX_BODY))) if length > 0 else b""
    pieces: list[bytes] = []
    total = 0
    while True:
        line: bytes = rfile.readline()
        size = int(line.split(b";")[0].strip() or b"0", 16)
        if size == 0:
            rfile.readline()
            return b"".join(pieces)
        total += size
        if total > _MAX_BODY:
            msg = "body too large"
            raise ValueError(msg)
        pieces.append(rfile.read(size))
        rfile.readline()


def _decompress(body: bytes, encoding: str) -> bytes:
    if encoding != "zstd" or not body:
        return body
    import zstandard  # noqa: PLC0415 - ships with langsmith, needed only here

    reader = zstandard.ZstdDecompressor().stream_reader(body)
    return reader.read()


def _split_multipart(content_type: str, body: bytes) -> tuple[tuple[str, bytes], ...]:
    if not content_type.startswith("multipart/"):
        return ()
    head = f"Content-Type: {content_type}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + body)
    parts = []
    for part in message.iter_parts():
        payload = part.get_payload(decode=True)
        name = part.get_param("name", header="content-disposition")
        parts.append((str(name or ""), payload if isinstance(payload, bytes) else b""))
    return tuple(parts)


def _make_handler(server: LangSmithCaptureServer) -> type[BaseHTTPRequestHandler]:
    class _Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            path = urlsplit(self.path).path
            server._record(  # noqa: SLF001
                CapturedRequest("GET", path, self._headers(), b"")
            )
            if path == "/info":
                self._answer(200, server._info())  # noqa: SLF001
            else:
                self._answer(404, {"detail": "Not found"})

        def do_POST(self) -> None:
            self._capture("POST")

        def do_PATCH(self) -> None:
            self._capture("PATCH")

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            """Never log: request lines may carry content."""

        def _headers(self) -> dict[str, str]:
            return {k.lower(): v for k, v in self.headers.items()}

        def _capture(self, method: str) -> None:
            headers = self._headers()
            raw = _read_body(self.rfile, headers)
            body = _decompress(raw, headers.get("content-encoding", ""))
            parts = _split_multipart(headers.get("content-type", ""), body)
            path = urlsplit(self.path).path
            server._record(  # noqa: SLF001
                CapturedRequest(method, path, headers, body, parts)
            )
            self._answer(202, {})

        def _answer(self, status: int, payload: Any) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return _Handler
