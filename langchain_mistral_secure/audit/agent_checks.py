"""Audit checks for agents and guarded models: say what is missing, and where.

For a ``create_agent`` graph (see :mod:`~langchain_mistral_secure.audit.agent`)
the checks ask, in the order data flows through an agent loop:

* ``agent_input_guard`` (LLM01): are new user turns scanned for injection?
* ``agent_tool_results`` (LLM01): are tool results (indirect injection) scanned,
  and spotlighted as untrusted, before the next model call?
* ``agent_output_guard`` (LLM05): are model answers redacted before they
  enter the agent state (``updates``/``values`` streams, checkpoints)?
* ``model_event_redaction`` (LLM02): is output redacted *inside* the model, so
  token streams, ``astream_events``, callbacks and traces carry no PII? Only a
  guarded model can do this; a pipe or a middleware cannot.
* ``agent_pii_masking`` and ``agent_moderation`` (info): what else is on.

``model_event_redaction`` also runs for plain chains.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from langchain_mistral_secure.audit.agent import AgentInspection, model_guards
from langchain_mistral_secure.audit.report import STATUS_ORDER, CheckResult

__all__ = ["agent_checks", "event_redaction_check", "nested_agent_checks"]

_EVENT_TITLE = "Model output is redacted inside the model (streams, callbacks, traces)"


def _guard_on(middleware: Any, name: str) -> bool:
    guards = getattr(middleware, "guards", None)
    return getattr(guards, name, None) is not None


def event_redaction_check(models: Sequence[Any]) -> CheckResult:
    """Whether every model redacts its own output before callbacks see it.

    Args:
        models: The chat models of a chain or agent.

    Returns:
        ``pass`` when every model is a guarded model with a redactor, else
        ``warn`` naming how many are not (``info`` when there is no model).

    Example:
        >>> event_redaction_check([]).status
        'info'
    """
    name, owasp = "model_event_redaction", "LLM02"
    if not models:
        message = "no chat model found; nothing to check"
        return CheckResult(name, "info", message, owasp, _EVENT_TITLE)
    plain = [m for m in models if not model_guards(m).redactor]
    if not plain:
        message = (
            f"every model ({len(models)}) redacts its output before any chunk, "
            "callback or trace"
        )
        return CheckResult(name, "pass", message, owasp, _EVENT_TITLE)
    kinds = sorted({type(m).__name__ for m in plain})
    message = (
        f"{len(plain)} of {len(models)} models ({', '.join(kinds)}) do not redact "
        "inside generation: astream_events, LangGraph message streams, callbacks "
        "and traces see their raw output even where an OutputRedactor or a "
        "middleware follows; use SecureChatMistralAI "
        "(secure_chat_mistralai(..., guards='default')) with a redactor"
    )
    return CheckResult(name, "warn", message, owasp, _EVENT_TITLE)


def _all_guarded(models: Sequence[Any], attr: str) -> bool:
    return bool(models) and all(getattr(model_guards(m), attr) for m in models)


def _input_check(found: AgentInspection, secure: list[Any]) -> CheckResult:
    title = "New user turns are scanned for prompt injection"
    name = "agent_input_guard"
    if any(_guard_on(m, "sanitizer") for m in secure):
        message = "SecureAgentMiddleware sanitizes new user turns"
        return CheckResult(name, "pass", message, "LLM01", title)
    if _all_guarded(found.models, "sanitizer"):
        message = "the guarded model sanitizes its input messages"
        return CheckResult(name, "pass", message, "LLM01", title)
    message = (
        "user turns reach the model unscanned: add SecureAgentMiddleware or use "
        "SecureChatMistralAI with a sanitizer"
    )
    return CheckResult(name, "fail", message, "LLM01", title)


def _tool_results_check(found: AgentInspection, secure: list[Any]) -> CheckResult:
    title = "Tool results are scanned and spotlighted before the next model call"
    name = "agent_tool_results"
    if not found.tools:
        message = "the agent has no tools"
        return CheckResult(name, "info", message, "LLM01", title)
    if any(_guard_on(m, "sanitizer") for m in secure):
        spotlit = any(getattr(m.guards, "spotlight", None) for m in secure)
        extra = " and spotlighted as untrusted" if spotlit else " (not spotlighted)"
        message = f"SecureAgentMiddleware scans tool results{extra}"
        return CheckResult(name, "pass", message, "LLM01", title)
    if _all_guarded(found.models, "sanitizer"):
        message = (
            "the guarded model scans tool results before each call, but nothing "
            "spotlights them as untrusted data; add SecureAgentMiddleware"
        )
        return CheckResult(name, "warn", message, "LLM01", title)
    message = (
        f"results of {len(found.tools)} tools reach the model unscanned, the "
        "path of indirect prompt injection: add SecureAgentMiddleware"
    )
    return CheckResult(name, "fail", message, "LLM01", title)


def _output_check(found: AgentInspection, secure: list[Any]) -> CheckResult:
    title = "Model answers are redacted before they enter the agent state"
    name = "agent_output_guard"
    if any(_guard_on(m, "redactor") for m in secure):
        message = "SecureAgentMiddleware redacts model answers"
        return CheckResult(name, "pass", message, "LLM05", title)
    if _all_guarded(found.models, "redactor"):
        message = "the guarded model redacts its answers"
        return CheckResult(name, "pass", message, "LLM05", title)
    partial = [m for m in found.pii_middleware() if getattr(m, "apply_to_output", 0)]
    if partial:
        types = sorted({str(getattr(m, "pii_type", "?")) for m in partial})
        message = (
            f"only PIIMiddleware redacts answers, for {', '.join(types)}; keys, "
            "tokens, active content and prompt leaks pass: add "
            "SecureAgentMiddleware or a guarded model"
        )
        return CheckResult(name, "warn", message, "LLM05", title)
    message = (
        "model answers enter the agent state unredacted: add SecureAgentMiddleware "
        "or use SecureChatMistralAI with a redactor"
    )
    return CheckResult(name, "fail", message, "LLM05", title)


def _masking_check(found: AgentInspection, secure: list[Any]) -> CheckResult:
    title = "PII is masked before the model and restored for tools"
    name = "agent_pii_masking"
    if any(_guard_on(m, "masker") for m in secure):
        message = "SecureAgentMiddleware masks PII; tools get the real values"
    elif any(model_guards(m).masker for m in found.models):
        message = (
            "the guarded model masks PII; tools get placeholders unless "
            "SecureAgentMiddleware restores them"
        )
    elif any(getattr(m, "apply_to_input", 0) for m in found.pii_middleware()):
        message = (
            "PIIMiddleware rewrites PII in user turns; tools then receive the "
            "rewritten values, not the user's"
        )
    else:
        message = "PII in user turns and tool results is sent to Mistral as is"
    return CheckResult(name, "info", message, "LLM02", title)


def _moderation_check(found: AgentInspection, secure: list[Any]) -> CheckResult:
    title = "Mistral moderation runs in the agent loop"
    on = any(_guard_on(m, "moderation") for m in secure) or any(
        model_guards(m).moderation for m in found.models
    )
    message = "moderation is on" if on else "no moderation in the agent loop"
    return CheckResult("agent_moderation", "info", message, "LLM05", title)


def agent_checks(found: AgentInspection) -> Iterator[CheckResult]:
    """Yield the agent checks for an inspected agent graph.

    Args:
        found: What :func:`~langchain_mistral_secure.audit.agent.inspect_agent`
            found.

    Example:
        >>> [c.name for c in agent_checks(AgentInspection())][:2]
        ['agent_input_guard', 'agent_tool_results']
    """
    secure = found.secure_middleware()
    yield _input_check(found, secure)
    yield _tool_results_check(found, secure)
    yield _output_check(found, secure)
    yield event_redaction_check(found.models)
    yield _masking_check(found, secure)
    yield _moderation_check(found, secure)


def nested_agent_checks(agents: list[AgentInspection]) -> Iterator[CheckResult]:
    """Agent checks for agents inside a chain: the worst result per check.

    ``model_event_redaction`` is left out: the chain checks it once over all of
    its models, the agents' included.

    Example:
        >>> list(nested_agent_checks([]))
        []
    """
    worst: dict[str, CheckResult] = {}
    for agent in agents:
        for result in agent_checks(agent):
            if result.name == "model_event_redaction":
                continue  # one check over every model of the chain instead
            seen = worst.get(result.name)
            if seen is None or STATUS_ORDER[result.status] > STATUS_ORDER[seen.status]:
                worst[result.name] = result
    yield from worst.values()
