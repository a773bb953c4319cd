"""secure_chat_mistralai: a plain ChatMistralAI wired to rotating keys."""

from __future__ import annotations

from typing import Any

from langchain_mistralai import ChatMistralAI
from pydantic import SecretStr

from langchain_mistral_secure.keys.auth import MistralKeyAuth, build_http_clients
from langchain_mistral_secure.keys.rotator import KeysArg

__all__ = ["PLACEHOLDER_API_KEY", "secure_chat_mistralai"]

PLACEHOLDER_API_KEY = "managed-by-langchain-mistral-secure"
"""The ``mistral_api_key`` of a secured model: real keys live only in the auth."""


def secure_chat_mistralai(
    *,
    keys: KeysArg = None,
    max_rate_limit_retries: int = 3,
    max_retry_wait: float = 30.0,
    check_key: bool = True,
    **chat_mistralai_kwargs: Any,
) -> ChatMistralAI:
    """Return a plain ``ChatMistralAI`` whose HTTP clients use :class:`MistralKeyAuth`.

    invoke, stream (SSE), ainvoke and astream all go through the auth: the
    current key is attached per request, a rejected key (401/403) fails over to
    the next one, and 429/502/503/504 are retried with capped, jittered waits.
    The model's ``mistral_api_key`` is a placeholder SecretStr, so serialization
    (``lc_secrets``) and reprs never carry a real key.

    Args:
        keys: A KeyRotator, a provider, a str/SecretStr or a list of them;
            default ``EnvKeyProvider()`` (``MISTRAL_API_KEY``). ``api_key=`` is
            accepted as an alias when ``keys`` is not given.
        max_rate_limit_retries: Retries on 429/502/503/504 per request.
        max_retry_wait: Cap, in seconds, of one wait.
        check_key: Resolve a key once now, so a missing key fails at
            construction with a message naming where to set it.
        **chat_mistralai_kwargs: Passed to ``ChatMistralAI`` (``model``,
            ``base_url``, ``timeout``, ``temperature``, ...). When given,
            ``max_concurrent_requests`` also caps the clients' connections.

    Returns:
        The configured ChatMistralAI; its auth is ``model.client.auth``.

    Raises:
        MissingAPIKeyError: ``check_key`` is set and no key is available.
        TypeError: ``client``/``async_client`` were passed (they are built here),
            or both ``keys`` and ``api_key`` were given.

    Example:
        >>> llm = secure_chat_mistralai(
        ...     keys=["key-a", "key-b"],  # pragma: allowlist secret
        ...     model="mistral-small-latest",
        ...     base_url="http://127.0.0.1:9/v1",
        ... )
        >>> llm.mistral_api_key
        SecretStr('**********')
    """
    kwargs = dict(chat_mistralai_kwargs)
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
    return ChatMistralAI(
        client=client,
        async_client=async_client,
        api_key=SecretStr(PLACEHOLDER_API_KEY),
        base_url=str(client.base_url).rstrip("/"),
        timeout=timeout,
        **kwargs,
    )
