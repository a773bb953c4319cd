"""Token budgets with Mistral's own tokenizer (``mistral-common``, offline).

The tokenizer files ship inside ``mistral-common``; nothing is downloaded. A
tokenizer is chosen by model name, loaded on first use and cached per file.

Model names map to tokenizer files by prefix (see ``_SENTENCEPIECE``). Models
served with a Tekken tokenizer, and every model name this module does not know,
use ``tekken_240911.json`` (:data:`DEFAULT_TOKENIZER`), the newest Tekken
vocabulary bundled with ``mistral-common``. The older SentencePiece tokenizers
(``open-mistral-7b``, ``open-mixtral-*``, ``mistral-*-2312/2402``) need the
optional ``sentencepiece`` package; without it those names fall back to the
default Tekken tokenizer too, and a warning (model name only) is logged once.
"""

from __future__ import annotations

import logging
import threading
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from langchain_mistral_secure.detection.normalize import matchable

__all__ = [
    "DEFAULT_TOKENIZER",
    "count_tokens",
    "tokenizer_file_for",
    "truncate_to_tokens",
]

logger = logging.getLogger(__name__)

DEFAULT_TOKENIZER = "tekken_240911.json"
"""The tokenizer file used for Tekken models and unknown model names."""

# Prefix of the model name -> SentencePiece tokenizer file (longest prefix wins).
_SENTENCEPIECE: dict[str, str] = {
    "open-mistral-7b": "mistral_instruct_tokenizer_240323.model.v3",
    "mistral-7b": "mistral_instruct_tokenizer_240323.model.v3",
    "open-mixtral-8x7b": "mistral_instruct_tokenizer_240216.model.v2",
    "open-mixtral-8x22b": "mistral_instruct_tokenizer_240323.model.v3",
    "mixtral": "mistral_instruct_tokenizer_240323.model.v3",
    "mistral-tiny-2312": "mistral_instruct_tokenizer_240216.model.v2",
    "mistral-tiny-2407": "mistral_instruct_tokenizer_240323.model.v3",
    "mistral-small-2312": "mistral_instruct_tokenizer_240216.model.v2",
    "mistral-small-2402": "mistral_instruct_tokenizer_240216.model.v2",
    "mistral-medium-2312": "tokenizer.model.v1",
    "mistral-large-2402": "mistral_instruct_tokenizer_240216.model.v2",
    "mistral-large-2407": "mistral_instruct_tokenizer_240323.model.v3",
    "mistral-large-2411": "mistral_instruct_tokenizer_241114.model.v7",
    "codestral-2405": "mistral_instruct_tokenizer_240323.model.v3",
    "codestral-mamba": "mistral_instruct_tokenizer_240323.model.v3",
}
_TEKKEN_V3 = {
    "open-mistral-nemo": "tekken_240718.json",
    "mistral-nemo": "tekken_240718.json",
}

_LOCK = threading.Lock()
_WARNED: set[str] = set()


class _RawTokenizer(Protocol):
    def encode(self, s: str, bos: bool, eos: bool) -> list[int]: ...  # noqa: FBT001

    def decode(self, tokens: list[int]) -> str: ...


def _data_path() -> Path:
    from mistral_common.tokens.tokenizers.mistral import (  # noqa: PLC0415
        MistralTokenizer,
    )

    return Path(MistralTokenizer._data_path())  # noqa: SLF001


def tokenizer_file_for(model: str | None) -> str:
    """Return the bundled tokenizer file used for ``model``.

    Example:
        >>> tokenizer_file_for("mistral-large-latest")
        'tekken_240911.json'
        >>> tokenizer_file_for("open-mistral-nemo")
        'tekken_240718.json'
    """
    name = (model or "").strip().lower()
    for table in (_TEKKEN_V3, _SENTENCEPIECE):
        for prefix in sorted(table, key=len, reverse=True):
            if name.startswith(prefix):
                return table[prefix]
    return DEFAULT_TOKENIZER


@lru_cache(maxsize=8)
def _load(file_name: str) -> _RawTokenizer:
    path = _data_path() / file_name
    if file_name.endswith(".json"):
        from mistral_common.tokens.tokenizers.tekken import (  # noqa: PLC0415
            Tekkenizer,
        )

        tekken: _RawTokenizer = Tekkenizer.from_file(path)
        return tekken
    from mistral_common.tokens.tokenizers.sentencepiece import (  # noqa: PLC0415
        SentencePieceTokenizer,
    )

    spm: _RawTokenizer = SentencePieceTokenizer(str(path))
    return spm


def _tokenizer(model: str | None) -> _RawTokenizer:
    file_name = tokenizer_file_for(model)
    with _LOCK:
        try:
            return _load(file_name)
        except ImportError:
            if file_name not in _WARNED:
                _WARNED.add(file_name)
                logger.warning(
                    "sentencepiece is not installed; counting tokens for model %r "
                    "with %s instead",
                    model,
                    DEFAULT_TOKENIZER,
                )
            return _load(DEFAULT_TOKENIZER)


def _encode(text: str, model: str | None) -> list[int]:
    return _tokenizer(model).encode(matchable(text), bos=False, eos=False)


def count_tokens(text: str, model: str | None = None) -> int:
    """Count the tokens of ``text`` with the tokenizer of ``model``.

    No BOS/EOS or chat-template tokens are counted: this is the size of the text.

    Args:
        text: The text to count.
        model: A Mistral model name; unknown or ``None`` uses the default Tekken
            tokenizer.

    Example:
        >>> count_tokens("Hello world", model="mistral-small-latest")
        2
    """
    if not text:
        return 0
    return len(_encode(text, model))


def truncate_to_tokens(text: str, max_tokens: int, model: str | None = None) -> str:
    """Return the longest prefix of ``text`` that ends on a token boundary.

    The prefix has at most ``max_tokens`` tokens and is a prefix of ``text``
    character for character (a token that splits a character is dropped).

    Example:
        >>> truncate_to_tokens("Hello world again", 2)
        'Hello world'
    """
    if max_tokens <= 0 or not text:
        return ""
    tokenizer = _tokenizer(model)
    safe = matchable(text)
    ids = tokenizer.encode(safe, bos=False, eos=False)
    if len(ids) <= max_tokens:
        return text
    keep = max_tokens
    while keep > 0:
        prefix = tokenizer.decode(ids[:keep])
        if safe.startswith(prefix):
            return text[: len(prefix)]
        keep -= 1
    return ""
