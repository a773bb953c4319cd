"""secure_chat_mistralai: a ChatMistralAI wired to rotating keys (and guards)."""

from __future__ import annotations

import importlib
from typing import Any

from langchain_mistralai import ChatMistralAI
from pydantic import SecretStr

from langchain_mistral_secure.keys.auth import MistralKeyAuth, build_http_clients
from langchain_mistral_secure.keys.rotator import KeysArg

__all__ = ["PLACEHOLDER_API_KEY", "secure_chat_mistralai"]

PLACEHOLDER_API_KEY = "managed-by-langchain-mistral-secure"
"""The ``mistral_api_key`` of a secured model: real keys live only in the auth."""


def secure_chat_mistralai(  # noqa: PLR0913
    model: str | None = None,
    /,
    *,
    keys: KeysArg = None,
    guards: Any = None,
    max_rate_limit_retries: int = 3,
    max_retry_wait: float = 30.0,
    check_key: bool = True,
    **chat_mistralai_kwargs: Any,
) -> ChatMistralAI:
    """Return a ``ChatMistralAI`` whose HTTP clients use :class:`MistralKeyAuth`.

    Without ``guards`` it is a plain ``ChatMistralAI``; with ``guards`` it is a
    :class:`~langchain_mistral_secure.model.SecureChatMistralAI`, which applies
    them inside generation (so events, callbacks and traces see guarded text).

    invoke, stream (SSE), ainvoke and astream all go through the auth: the
    current key is attached per request, a rejected key (401/403) fails over to
    the next one, and 429/502/503/504 are retried with capped, jittered waits.
    The model's ``mistral_api_key`` is a placeholder SecretStr, so serialization
    (``lc_secrets``) and reprs never carry a real key.

    Args:
        model: The model name, e.g. ``"mistral-large-latest"`` (positional;
            ``model=`` works too).
        keys: A KeyRotator, a provider, a str/SecretStr or a list of them;
            default ``EnvKeyProvider()`` (``MISTRAL_API_KEY``). ``api_key=`` is
            accepted as an alias when ``keys`` is not given.
        guards: A ``GuardPolicy``, ``"default"`` (sanitize and redact),
            ``"strict"`` (block, mask, redact and moderate; see
            ``GuardPolicy.strict``; moderation shares these keys) or a
            list of guards (``InputSanitizer``, ``PIIMasker``,
            ``OutputRedactor``, ``MistralModerationGuard``).
        max_rate_limit_retries: Retries on 429/502/503/504 per request.
        max_retry_wait: Cap, in seconds, of one wait.
        check_key: Resolve a key once now, so a missing key fails at
            construction with a message naming where to set it.
        **chat_mistralai_kwargs: Passed to ``ChatMistralAI`` (``model``,
            ``base_url``, ``timeout``, ``temperature``, ...). When given,
            ``max_concurrent_requests`` also caps the clients' connections.

    Returns:
        The configured ChatMistralAI (a ``SecureChatMistralAI`` with
        ``guards``); its auth is ``model.client.auth``.

    Raises:
        MissingAPIKeyError: ``check_key`` is set and no key is available.
        TypeError: ``client``/``async_client`` were passed (they are built here),
            both ``keys`` and ``api_key`` were given, or the model name was
            given both positionally and as ``model=``.

    Example:
        >>> llm = secure_chat_mistralai(
        ...     keys=["key-a", "key-b"],  # pragma: allowlist secret
        ...     model="mistral-small-latest",
        ...     base_url="http://127.0.0.1:9/v1",
        ... )
        >>> llm.mistral_api_key
        SecretStr('**********')
        >>> guarded = secure_chat_mistralai(
        ...     "mistral-large-latest",
        ...     api_key="key-a",  # pragma: allowlist secret
        ...     guards="default",
        ...     base_url="http://127.0.0.1:9/v1",
        ... )
        >>> type(guarded).__name__, guarded.model
        ('SecureChatMistralAI', 'mistral-large-latest')
    """
    kwargs = dict(chat_mistralai_kwargs)
    if model is not None:
        if "model" in kwargs or "model_name" in kwargs:
            msg = "Pass the model name once: positionally or as model=."
            raise TypeError(msg)
        kwargs["model"] = model
    for name in ("client", "async_client"):
        if name in kwargs:
            msg = f"secure_chat_mistralai builds {name}= itself; do not pass it."
            raise TypeError(msg)
    literal = kwargs.pop("api_key", None) or kwargs.pop("mistral_api_key", None)
    if literal is not None:
        if keys is not None:
            msg = "Pass either keys= or api_key=, not both."
            raise TypeError(msg)
        keys = literal
    base_url = kwargs.pop("base_url", None) or kwargs.pop("endpoint", None)
    timeout = kwargs.pop("timeout", 120)
    auth = MistralKeyAuth(
        keys,
        max_rate_limit_retries=max_rate_limit_retries,
        max_retry_wait=max_retry_wait,
    )
    if check_key:
        auth.rotator.get()
    client, async_client = build_http_clients(
        auth,
        base_url,
        timeout,
        max_connections=kwargs.get("max_concurrent_requests"),
    )
    cls: type[ChatMistralAI] = ChatMistralAI
    if guards is not None:
        # Imported here: the guarded model imports the guards, which import
        # this package's key machinery.
        cls = importlib.import_module(
            "langchain_mistral_secure.model"
        ).SecureChatMistralAI
        kwargs["guards"] = guards
    return cls(
        client=client,
        async_client=async_client,
        api_key=SecretStr(PLACEHOLDER_API_KEY),
        base_url=str(client.base_url).rstrip("/"),
        timeout=timeout,
        **kwargs,
    )
