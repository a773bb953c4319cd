"""Agent middleware for ``langchain.agents.create_agent`` (the ``[agents]`` extra).

Example:
    >>> from langchain_mistral_secure.agents import SecureAgentMiddleware
    >>> SecureAgentMiddleware(spotlight="datamark").guards.spotlight
    'datamark'
"""

try:
    import langchain.agents.middleware  # noqa: F401
except ImportError as exc:  # pragma: no cover - exercised without the extra
    msg = (
        "langchain_mistral_secure.agents needs LangChain 1.x: "
        "pip install 'langchain-mistral-secure[agents]'"
    )
    raise ImportError(msg) from exc

from langchain_mistral_secure.agents._tool import GuardedToolError
from langchain_mistral_secure.agents.middleware import (
    SecureAgentMiddleware,
    SecureAgentState,
)

__all__ = ["GuardedToolError", "SecureAgentMiddleware", "SecureAgentState"]
