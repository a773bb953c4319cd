"""The middleware's keys in the agent state, and restoring for the caller.

The state holds two random ids under :data:`STATE_KEY` (the masking session and
the spotlight boundary), never a value of the mapping: the mapping stays in the
masker's memory, so checkpoints and state snapshots carry placeholders only.
"""

from __future__ import annotations

import secrets
import uuid
from typing import Annotated, Any

from langchain.agents.middleware import AgentState
from langchain.agents.middleware.types import OmitFromInput
from langchain_core.messages import BaseMessage
from langchain_core.runnables import RunnableConfig
from langgraph.config import get_config
from typing_extensions import NotRequired

from langchain_mistral_secure.privacy import PIIMasker

__all__ = [
    "STATE_KEY",
    "SecureAgentState",
    "restore_for_caller",
    "run_config",
    "session_of",
]

STATE_KEY = "mistral_secure"
"""State key of the masking session id and the spotlight boundary."""


class SecureAgentState(AgentState[Any]):
    """The agent state plus the middleware's content-free keys.

    ``mistral_secure`` holds ``{"session": <hex>, "boundary": <hex>}``; it is
    not part of the agent's input schema.
    """

    mistral_secure: NotRequired[Annotated[dict[str, str], OmitFromInput]]


def run_config() -> RunnableConfig | None:
    """The config of the LangGraph run we are in, if any (for events)."""
    try:
        return get_config()
    except RuntimeError:
        return None


def session_of(state: Any) -> tuple[uuid.UUID, str]:
    """The state's masking session and spotlight boundary.

    Example:
        >>> session, boundary = session_of({STATE_KEY: {"session": "0" * 32,
        ...                                             "boundary": "b"}})
        >>> session.int, boundary
        (0, 'b')
    """
    private = (state or {}).get(STATE_KEY) or {}
    session = private.get("session")
    boundary = private.get("boundary")
    if not session or not boundary:
        # before_model always runs first in create_agent; a state without
        # the keys (a hand-built graph) gets a fresh, unshared session.
        return uuid.uuid4(), secrets.token_hex(12)
    return uuid.UUID(session), boundary


def restore_for_caller(masker: PIIMasker | None, value: Any, state: Any) -> Any:
    """``value`` with the real values of ``state``'s session put back.

    Example:
        >>> restore_for_caller(None, "hi <EMAIL_1>", {})
        'hi <EMAIL_1>'
    """
    if masker is None or not (state or {}).get(STATE_KEY):
        return value
    session, _ = session_of(state)
    if isinstance(value, BaseMessage):
        update: dict[str, Any] = {"content": masker.restore(value.content, session)}
        calls = getattr(value, "tool_calls", None)
        if calls:
            update["tool_calls"] = [
                {**c, "args": masker.restore(c["args"], session)} for c in calls
            ]
        return value.model_copy(update=update)
    return masker.restore(value, session)
