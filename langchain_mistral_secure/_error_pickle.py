"""Pickling for errors whose ``__init__`` does not take their message.

``BaseException`` pickles as ``type(err)(*err.args)``. Our typed errors build
their message from structured fields (counts, statuses, rule ids) and take
those fields, often keyword-only, so the default round trip calls ``__init__``
with the finished message and fails or double-wraps it. An error that cannot
be unpickled cannot cross a process pool: the worker's failure then surfaces as
an opaque ``BrokenProcessPool`` instead of the typed error.

:func:`reduce_error` rebuilds an error from the same fields it was built from,
then restores any attribute set later (``__notes__``, an ``.extra``), so the
copy has the same type, message and attributes. Messages never hold content,
so nothing new enters the pickle.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["reduce_error"]


def reduce_error(
    err: BaseException, *args: Any, **kwargs: Any
) -> tuple[Any, tuple[Any, ...], dict[str, Any]]:
    """A ``__reduce__`` value that rebuilds ``err`` as ``type(err)(*args, **kwargs)``.

    Args:
        err: The error being pickled.
        *args: The positional arguments its ``__init__`` was given.
        **kwargs: The keyword arguments its ``__init__`` was given.

    Returns:
        The ``(callable, args, state)`` triple ``pickle`` expects.

    Example:
        >>> from langchain_mistral_secure.keys.errors import NoHealthyKeyError
        >>> err = NoHealthyKeyError(total=2, retry_after=1.0, status=403)
        >>> rebuild, args, state = reduce_error(
        ...     err, total=2, retry_after=1.0, status=403
        ... )
        >>> copy = rebuild(*args)
        >>> (type(copy).__name__, copy.status, str(copy) == str(err))
        ('NoHealthyKeyError', 403, True)
    """
    return (_rebuild_error, (type(err), args, kwargs), dict(vars(err)))


def _rebuild_error(
    cls: type[BaseException], args: tuple[Any, ...], kwargs: Mapping[str, Any]
) -> BaseException:
    return cls(*args, **kwargs)
