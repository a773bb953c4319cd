"""Typed errors for API key resolution, providers and rotation.

Every message names *where* a key comes from (an environment variable, a file
path, a secret name) and never contains key material.
"""

from __future__ import annotations

from typing import Any

from langchain_mistral_secure._error_pickle import reduce_error

__all__ = [
    "APIKeyError",
    "KeyProviderError",
    "MissingAPIKeyError",
    "NoHealthyKeyError",
    "SecretAccessError",
    "SecretNotFoundError",
    "SecretPermissionDeniedError",
    "SecretUnavailableError",
]


class APIKeyError(Exception):
    """Base class of every key-related error raised by this package.

    Example:
        >>> issubclass(MissingAPIKeyError, APIKeyError)
        True
    """


class MissingAPIKeyError(APIKeyError, ValueError):
    """No usable API key was found (unset, empty or whitespace only).

    The message names the source (variable or file) and how to provide it.

    Example:
        >>> str(MissingAPIKeyError("Set MISTRAL_API_KEY."))
        'Set MISTRAL_API_KEY.'
    """


class KeyProviderError(APIKeyError):
    """A key provider could not produce a key.

    Example:
        >>> issubclass(SecretNotFoundError, KeyProviderError)
        True
    """


class SecretAccessError(KeyProviderError):
    """Google Secret Manager refused or failed to return a secret version.

    Attributes:
        secret_name: The full resource name that was requested (never a value).

    Example:
        >>> err = SecretNotFoundError("projects/p/secrets/s/versions/latest")
        >>> err.secret_name
        'projects/p/secrets/s/versions/latest'
    """

    reason = "could not be accessed"
    hint = ""

    def __init__(self, secret_name: str) -> None:
        """Build the error for ``secret_name`` (a resource name, not a value).

        Args:
            secret_name: The ``projects/p/secrets/s/versions/v`` name requested.
        """
        self.secret_name = secret_name
        message = f"Secret version {secret_name!r} {self.reason}."
        if self.hint:
            message = f"{message} {self.hint}"
        super().__init__(message)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle by the resource name (the error crosses process pools)."""
        return reduce_error(self, self.secret_name)


class SecretNotFoundError(SecretAccessError):
    """The secret or version does not exist (gRPC NOT_FOUND).

    Example:
        >>> err = SecretNotFoundError("projects/p/secrets/s/versions/1")
        >>> "does not exist" in str(err)
        True
    """

    reason = "does not exist (NOT_FOUND)"
    hint = (
        "Check the project, secret and version, or create it with "
        "`gcloud secrets versions add`."
    )


class SecretPermissionDeniedError(SecretAccessError):
    """The caller may not access the secret (gRPC PERMISSION_DENIED).

    Example:
        >>> "roles/secretmanager.secretAccessor" in str(
        ...     SecretPermissionDeniedError("projects/p/secrets/s/versions/1")
        ... )
        True
    """

    reason = "is not accessible to these credentials (PERMISSION_DENIED)"
    hint = "Grant roles/secretmanager.secretAccessor on the secret."


class SecretUnavailableError(SecretAccessError):
    """Secret Manager was unreachable or failed (UNAVAILABLE, deadline, ...).

    Example:
        >>> err = SecretUnavailableError("projects/p/secrets/s/versions/1")
        >>> "UNAVAILABLE" in str(err)
        True
    """

    reason = "could not be fetched: Secret Manager is UNAVAILABLE"
    hint = "Retry later; a cached key is used while it is valid."


class NoHealthyKeyError(APIKeyError):
    """Every key of a :class:`KeyRotator` is benched after failures.

    Attributes:
        total: How many keys the rotator holds.
        retry_after: Seconds until the first key leaves its cooldown.
        status: The HTTP status that benched that key (401, 403...), if known.

    Example:
        >>> err = NoHealthyKeyError(total=1, retry_after=4.0, status=403)
        >>> (err.total, err.retry_after, err.status)
        (1, 4.0, 403)
        >>> "HTTP 403" in str(err)
        True
    """

    def __init__(
        self, *, total: int, retry_after: float, status: int | None = None
    ) -> None:
        """Build the error from counts and the status only.

        Args:
            total: Number of keys in the rotator.
            retry_after: Seconds until the earliest key becomes usable again.
            status: The HTTP status of the rejection that benched it.
        """
        self.total = total
        self.retry_after = retry_after
        self.status = status
        cause = f" (last rejection: HTTP {status})" if status is not None else ""
        super().__init__(
            f"All {total} API key(s) were rejected or failed and are cooling "
            f"down{cause}; the first becomes usable again in {retry_after:.1f}s. "
            "Check or rotate the keys (for Secret Manager, add a new secret version)."
        )

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle by the counts (the error crosses process pools)."""
        return reduce_error(
            self, total=self.total, retry_after=self.retry_after, status=self.status
        )
