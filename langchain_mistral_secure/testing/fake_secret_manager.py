"""A fake Google Secret Manager: a real gRPC server on 127.0.0.1.

It speaks the service's own wire protocol
(``google.cloud.secretmanager.v1.SecretManagerService/AccessSecretVersion``),
so the real ``SecretManagerServiceClient`` and
``SecretManagerServiceAsyncClient`` are what the code under test calls.
"""

from __future__ import annotations

import threading
from collections import deque
from concurrent import futures
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from langchain_mistral_secure.testing._loopback import LoopbackServer

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["FakeSecretManager", "SecretAccessRecord"]

_SERVICE = "google.cloud.secretmanager.v1.SecretManagerService"

_STATUS_NAMES = (
    "NOT_FOUND",
    "PERMISSION_DENIED",
    "UNAVAILABLE",
    "FAILED_PRECONDITION",
    "DEADLINE_EXCEEDED",
    "UNAUTHENTICATED",
    "INTERNAL",
)


@dataclass(frozen=True)
class SecretAccessRecord:
    """One AccessSecretVersion call as the server saw it.

    Attributes:
        name: The requested resource name.
        status: ``"OK"`` or the gRPC status name returned.

    Example:
        >>> SecretAccessRecord("projects/p/secrets/s/versions/latest", "OK").status
        'OK'
    """

    name: str
    status: str


@dataclass
class _Version:
    number: int
    data: bytes
    enabled: bool = True


@dataclass
class _Secret:
    versions: list[_Version] = field(default_factory=list)


class FakeSecretManager(LoopbackServer):
    """In-process Secret Manager over real gRPC on loopback.

    Args:
        project: Default project id for :meth:`add_version`.

    Example:
        >>> with FakeSecretManager() as sm:
        ...     value = "example-key"  # pragma: allowlist secret
        ...     sm.add_version("mistral-api-key", value)
        ...     client = sm.client()
        ...     name = "projects/test-project/secrets/mistral-api-key/versions/latest"
        ...     client.access_secret_version(name=name).payload.data
        1
        b'example-key'
    """

    def __init__(self, project: str = "test-project") -> None:
        """Create the server (not started yet; use ``start()`` or ``with``)."""
        self.project = project
        self._lock = threading.Lock()
        self._secrets: dict[str, _Secret] = {}
        self._failures: deque[str] = deque()
        self._records: list[SecretAccessRecord] = []
        self._server: Any = None
        self._port: int | None = None

    # -- data -------------------------------------------------------------
    def _secret_path(self, secret: str, project: str | None) -> str:
        return f"projects/{project or self.project}/secrets/{secret}"

    def add_version(
        self, secret: str, value: str | bytes, *, project: str | None = None
    ) -> int:
        """Add an enabled version to ``secret`` (created on first use).

        Args:
            secret: Secret id.
            value: Payload (str is UTF-8 encoded).
            project: Project id (default: the server's).

        Returns:
            The new version number (1, 2, ...).
        """
        data = value.encode("utf-8") if isinstance(value, str) else value
        with self._lock:
            entry = self._secrets.setdefault(
                self._secret_path(secret, project), _Secret()
            )
            number = len(entry.versions) + 1
            entry.versions.append(_Version(number, data))
            return number

    def disable_version(
        self, secret: str, version: int, *, project: str | None = None
    ) -> None:
        """Disable a version: "latest" skips it, direct access gets FAILED_PRECONDITION.

        Args:
            secret: Secret id.
            version: Version number.
            project: Project id (default: the server's).
        """
        with self._lock:
            entry = self._secrets[self._secret_path(secret, project)]
            entry.versions[version - 1].enabled = False

    def fail_next(self, status: str = "UNAVAILABLE", count: int = 1) -> None:
        """Answer the next ``count`` calls with a gRPC error.

        Args:
            status: One of NOT_FOUND, PERMISSION_DENIED, UNAVAILABLE,
                FAILED_PRECONDITION, DEADLINE_EXCEEDED, UNAUTHENTICATED, INTERNAL.
            count: How many calls fail.

        Raises:
            ValueError: Unknown status name.
        """
        if status not in _STATUS_NAMES:
            msg = f"status must be one of {_STATUS_NAMES}"
            raise ValueError(msg)
        with self._lock:
            self._failures.extend([status] * count)

    @property
    def requests(self) -> list[SecretAccessRecord]:
        """A snapshot of every AccessSecretVersion call received."""
        with self._lock:
            return list(self._records)

    # -- gRPC handler -----------------------------------------------------
    def _resolve(self, name: str) -> tuple[str, _Version | None, str]:  # noqa: PLR0911
        """Return (status, version, detail) for a resource name."""
        parts = name.split("/")
        if (
            len(parts) != 6  # noqa: PLR2004
            or parts[0] != "projects"
            or parts[2] != "secrets"
            or parts[4] != "versions"
        ):
            return "INVALID_ARGUMENT", None, "malformed secret version name"
        entry = self._secrets.get("/".join(parts[:4]))
        if entry is None or not entry.versions:
            return "NOT_FOUND", None, f"Secret [{'/'.join(parts[:4])}] not found."
        wanted = parts[5]
        if wanted == "latest":
            enabled = [v for v in entry.versions if v.enabled]
            if not enabled:
                return "NOT_FOUND", None, "No enabled version for latest."
            return "OK", enabled[-1], ""
        if not wanted.isdigit() or not 1 <= int(wanted) <= len(entry.versions):
            return "NOT_FOUND", None, f"Secret Version [{name}] not found."
        version = entry.versions[int(wanted) - 1]
        if not version.enabled:
            return "FAILED_PRECONDITION", None, f"Secret Version [{name}] is disabled."
        return "OK", version, ""

    def _access(self, request: Any, context: Any) -> Any:
        import grpc  # noqa: PLC0415
        from google.cloud import secretmanager_v1 as sm  # noqa: PLC0415

        name = str(request.name)
        with self._lock:
            if self._failures:
                status, version, detail = self._failures.popleft(), None, "injected"
            else:
                status, version, detail = self._resolve(name)
            self._records.append(SecretAccessRecord(name, status))
        if status != "OK" or version is None:
            context.abort(getattr(grpc.StatusCode, status), detail)
            msg = "unreachable: abort() raises"
            raise RuntimeError(msg)
        parts = name.split("/")
        return sm.AccessSecretVersionResponse(
            name="/".join([*parts[:5], str(version.number)]),
            payload=sm.SecretPayload(data=version.data),
        )

    # -- lifecycle --------------------------------------------------------
    def start(self) -> Self:
        """Start serving on an ephemeral 127.0.0.1 port."""
        import grpc  # noqa: PLC0415
        from google.cloud import secretmanager_v1 as sm  # noqa: PLC0415

        handler = grpc.method_handlers_generic_handler(
            _SERVICE,
            {
                "AccessSecretVersion": grpc.unary_unary_rpc_method_handler(
                    self._access,
                    request_deserializer=sm.AccessSecretVersionRequest.deserialize,
                    response_serializer=sm.AccessSecretVersionResponse.serialize,
                )
            },
        )
        server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
        server.add_generic_rpc_handlers((handler,))
        self._port = server.add_insecure_port("127.0.0.1:0")
        server.start()
        self._server = server
        return self

    def stop(self) -> None:
        """Stop the server immediately."""
        if self._server is not None:
            self._server.stop(grace=None)
            self._server = None

    @property
    def address(self) -> str:
        """``127.0.0.1:PORT`` (the ``api_endpoint`` for client options)."""
        if self._port is None:
            msg = "FakeSecretManager is not started"
            raise RuntimeError(msg)
        return f"127.0.0.1:{self._port}"

    def client(self) -> Any:
        """A real ``SecretManagerServiceClient`` on an insecure channel to us."""
        import grpc  # noqa: PLC0415
        from google.api_core.client_options import ClientOptions  # noqa: PLC0415
        from google.auth.credentials import AnonymousCredentials  # noqa: PLC0415
        from google.cloud import secretmanager_v1 as sm  # noqa: PLC0415
        from google.cloud.secretmanager_v1.services.secret_manager_service.transports import (  # noqa: E501, PLC0415
            SecretManagerServiceGrpcTransport,
        )

        address = self.address
        transport = SecretManagerServiceGrpcTransport(
            host=address,
            credentials=AnonymousCredentials(),  # type: ignore[no-untyped-call]
            channel=grpc.insecure_channel(address),
        )
        return sm.SecretManagerServiceClient(
            client_options=ClientOptions(api_endpoint=address), transport=transport
        )

    def async_client(self) -> Any:
        """A real ``SecretManagerServiceAsyncClient`` for this server.

        Call it inside the event loop that will use it (gRPC aio channels are
        bound to a loop).
        """
        import grpc  # noqa: PLC0415
        from google.auth.credentials import AnonymousCredentials  # noqa: PLC0415
        from google.cloud import secretmanager_v1 as sm  # noqa: PLC0415
        from google.cloud.secretmanager_v1.services.secret_manager_service.transports import (  # noqa: E501, PLC0415
            SecretManagerServiceGrpcAsyncIOTransport,
        )

        address = self.address
        transport = SecretManagerServiceGrpcAsyncIOTransport(
            host=address,
            credentials=AnonymousCredentials(),  # type: ignore[no-untyped-call]
            channel=grpc.aio.insecure_channel(address),
        )
        return sm.SecretManagerServiceAsyncClient(transport=transport)
