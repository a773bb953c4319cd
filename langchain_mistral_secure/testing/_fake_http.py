"""The HTTP side of the fake Mistral server: read a request, write its answer.

Split out of :mod:`langchain_mistral_secure.testing._fake_answers`: the request
handler hands the method, path, headers and body to the server's ``_answer``,
records the request, then writes the JSON body or the server-sent events. It
never logs (request lines may carry content).
"""

from __future__ import annotations

import json
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx

from langchain_mistral_secure.testing._fake_script import RecordedRequest
from langchain_mistral_secure.testing._fake_wire import Response

if TYPE_CHECKING:
    from langchain_mistral_secure.testing._fake_answers import _FakeMistralAnswers

__all__ = ["_make_handler"]


def _make_handler(server: _FakeMistralAnswers) -> type[BaseHTTPRequestHandler]:
    class _Handler(BaseHTTPRequestHandler):
        server_version = "FakeMistral/1.0"
        sys_version = ""

        def do_POST(self) -> None:
            self._serve("POST")

        def do_GET(self) -> None:
            self._serve("GET")

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            """Never log: request lines and errors may carry content."""

        def _serve(self, method: str) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length > 0 else b""
            path = urlsplit(self.path).path
            headers = httpx.Headers(list(self.headers.items()))
            response, body = server._answer(method, path, headers, raw)  # noqa: SLF001
            # Record before answering, so a client sees the record once it has
            # the response.
            server._record(  # noqa: SLF001
                RecordedRequest(
                    method=method,
                    path=path,
                    headers=headers,
                    body=body,
                    status=response.status,
                    stream=response.events is not None,
                    usage=response.usage,
                )
            )
            try:
                self._write(response)
            except (BrokenPipeError, ConnectionResetError):
                return

        def _write(self, response: Response) -> None:
            self.send_response(response.status)
            for name, value in response.headers:
                self.send_header(name, value)
            if response.events is not None:
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-cache")
                self.end_headers()
                for event in response.events:
                    self.wfile.write(f"data: {event}\n\n".encode())
                    self.wfile.flush()
                return
            data = json.dumps(response.body).encode()
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return _Handler
