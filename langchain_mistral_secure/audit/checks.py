"""The audit checks and :func:`audit_security`, which runs them all."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from langchain_mistral_secure.audit.chain import (
    chain_checks,
    chain_models,
    model_rotates_keys,
)
from langchain_mistral_secure.audit.report import AuditReport, CheckResult, Location
from langchain_mistral_secure.audit.scanner import (
    DEFAULT_MAX_BYTES,
    ScanResult,
    scan_paths,
)

__all__ = [
    "KEY_ENV_VAR",
    "audit_security",
    "check_api_key",
    "check_env_files",
    "check_hardcoded_secrets",
    "check_httpx_debug",
    "check_notebook_outputs",
]

KEY_ENV_VAR = "MISTRAL_API_KEY"
"""The environment variable the key check looks at."""


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def check_api_key(
    env: Mapping[str, str],
    *,
    key_provider: Any = None,
    chain: Any = None,
) -> CheckResult:
    """Check that a key is available without hard-coding it (the value is never shown).

    Sources, in order: a ``key_provider`` whose ``get()`` succeeds, a model in
    ``chain`` authenticating with ``MistralKeyAuth``, the ``MISTRAL_API_KEY``
    variable of ``env``. A missing key is a warning, so the audit can run in CI
    without secrets.

    Example:
        >>> check_api_key({"MISTRAL_API_KEY": "k" * 8}).status
        'pass'
        >>> check_api_key({}).status
        'warn'
    """
    title = "An API key is available from the environment or a provider"
    if key_provider is not None:
        try:
            secret = key_provider.get()
        except Exception as exc:  # noqa: BLE001 - any provider error means no key
            return CheckResult(
                "api_key_available",
                "fail",
                f"the configured key provider {type(key_provider).__name__} "
                f"returned no key ({type(exc).__name__})",
                "LLM02",
                title,
            )
        value = getattr(secret, "get_secret_value", lambda: str(secret))()
        if str(value).strip():
            return CheckResult(
                "api_key_available",
                "pass",
                f"a key is provided by {type(key_provider).__name__}",
                "LLM02",
                title,
            )
    if chain is not None:
        models = chain_models(chain)
        if models and all(model_rotates_keys(m) for m in models):
            return CheckResult(
                "api_key_available",
                "pass",
                "the chain's models get their keys from MistralKeyAuth providers",
                "LLM02",
                title,
            )
    if env.get(KEY_ENV_VAR, "").strip():
        return CheckResult(
            "api_key_available",
            "pass",
            f"{KEY_ENV_VAR} is set in the environment",
            "LLM02",
            title,
        )
    return CheckResult(
        "api_key_available",
        "warn",
        f"{KEY_ENV_VAR} is not set and no key provider was given; set it in the "
        "environment or use FileKeyProvider / GoogleSecretManagerKeyProvider",
        "LLM02",
        title,
    )


def check_hardcoded_secrets(scan: ScanResult) -> CheckResult:
    """Fail when the scan found hard-coded secrets (values masked).

    Example:
        >>> from pathlib import Path
        >>> check_hardcoded_secrets(ScanResult(root=Path("."))).status
        'pass'
    """
    title = "No hard-coded keys in source, config files and notebooks"
    if not scan.secrets:
        return CheckResult(
            "hardcoded_secrets",
            "pass",
            f"no hard-coded secrets in {_plural(scan.files_scanned, 'file')}",
            "LLM02",
            title,
        )
    files = {hit.path for hit in scan.secrets}
    locations = tuple(
        Location(
            hit.path,
            hit.line,
            f"{hit.category} {hit.masked}" + (f" ({hit.where})" if hit.where else ""),
        )
        for hit in sorted(scan.secrets, key=lambda h: (h.path, h.line))
    )
    return CheckResult(
        "hardcoded_secrets",
        "fail",
        f"{_plural(len(scan.secrets), 'hard-coded secret')} in "
        f"{_plural(len(files), 'file')}; move them to the environment or a "
        "secret manager and rotate them",
        "LLM02",
        title,
        locations,
    )


def check_env_files(scan: ScanResult) -> CheckResult:
    """Fail when a ``.env`` file is not ignored by git (warn outside a git tree).

    Example:
        >>> from pathlib import Path
        >>> check_env_files(ScanResult(root=Path("."))).status
        'pass'
    """
    title = ".env files are ignored by git"
    if not scan.env_files:
        return CheckResult(
            "env_files_ignored", "pass", "no .env file is exposed", "LLM02", title
        )
    locations = tuple(
        Location(path, 0, "not ignored") for path in sorted(scan.env_files)
    )
    if scan.in_git:
        return CheckResult(
            "env_files_ignored",
            "fail",
            f"{_plural(len(scan.env_files), '.env file')} not ignored by git; add "
            "them to .gitignore (and `git rm --cached` them if committed)",
            "LLM02",
            title,
            locations,
        )
    return CheckResult(
        "env_files_ignored",
        "warn",
        f"{_plural(len(scan.env_files), '.env file')} not covered by .gitignore "
        "(not a git work tree)",
        "LLM02",
        title,
        locations,
    )


def check_notebook_outputs(scan: ScanResult) -> CheckResult:
    """Warn about notebooks saved with outputs (they can hold keys, prompts, PII).

    Example:
        >>> from pathlib import Path
        >>> check_notebook_outputs(ScanResult(root=Path("."))).status
        'pass'
    """
    title = "Notebooks are committed without outputs"
    if not scan.notebooks_with_outputs:
        return CheckResult(
            "notebook_outputs", "pass", "no notebook has outputs", "LLM02", title
        )
    locations = tuple(
        Location(path, 0, f"{_plural(cells, 'code cell')} with outputs")
        for path, cells in sorted(scan.notebooks_with_outputs)
    )
    return CheckResult(
        "notebook_outputs",
        "warn",
        f"{_plural(len(locations), 'notebook')} saved with outputs; clear them "
        "(jupyter nbconvert --clear-output --inplace, or nbstripout)",
        "LLM02",
        title,
        locations,
    )


def check_httpx_debug(scan: ScanResult, env: Mapping[str, str]) -> CheckResult:
    """Warn where httpx/httpcore logging is set to DEBUG (request metadata in logs).

    Example:
        >>> from pathlib import Path
        >>> check_httpx_debug(ScanResult(root=Path(".")), {}).status
        'pass'
    """
    title = "httpx/httpcore logging is not set to DEBUG"
    locations = tuple(
        Location(hit.path, hit.line, "httpx/httpcore DEBUG logging")
        for hit in sorted(scan.httpx_debug, key=lambda h: (h.path, h.line))
    )
    env_debug = env.get("HTTPX_LOG_LEVEL", "").strip().lower() in {"debug", "trace"}
    if not locations and not env_debug:
        return CheckResult(
            "httpx_debug_logging",
            "pass",
            "httpx/httpcore logging is not set to DEBUG",
            "LLM02",
            title,
        )
    parts = []
    if locations:
        parts.append(f"set to DEBUG in {_plural(len(locations), 'place')}")
    if env_debug:
        parts.append("HTTPX_LOG_LEVEL is debug in the environment")
    return CheckResult(
        "httpx_debug_logging",
        "warn",
        "httpx/httpcore logging "
        + " and ".join(parts)
        + "; DEBUG logs carry request details (use WARNING in production)",
        "LLM02",
        title,
        locations,
    )


def audit_security(
    path: str | os.PathLike[str] = ".",
    chain: Any = None,
    *,
    env: Mapping[str, str] = os.environ,
    key_provider: Any = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> AuditReport:
    """Audit a project (and optionally a chain) for the usual LLM security mistakes.

    Checks, with their OWASP Top 10 for LLM Applications (2025) ids:
    ``api_key_available`` (LLM02), ``hardcoded_secrets`` (LLM02),
    ``env_files_ignored`` (LLM02), ``notebook_outputs`` (LLM02),
    ``httpx_debug_logging`` (LLM02) and, with ``chain``, ``chain_input_guard``
    (LLM01), ``chain_output_guard`` (LLM05), ``model_event_redaction`` (LLM02),
    ``chain_usage_logging`` (LLM10) and ``chain_key_rotation`` (LLM10, info).
    When ``chain`` is a ``create_agent`` graph, its model, middleware and tools
    are inspected instead of a pipe: ``agent_input_guard`` and
    ``agent_tool_results`` (LLM01), ``agent_output_guard`` (LLM05),
    ``model_event_redaction``, ``agent_pii_masking`` and ``agent_moderation``
    (info). A ``SecureChatMistralAI`` counts as its own input and output guard.

    Args:
        path: The directory (or file) to scan; ``.gitignore`` is respected.
        chain: A Runnable (an LCEL chain, a model or a ``create_agent`` graph)
            to inspect for guards, usage logging and key rotation.
        env: The environment to check for a key (never shown).
        key_provider: A key provider (``get()`` returning a SecretStr) to check.
        max_bytes: Files larger than this are skipped.

    Returns:
        An :class:`AuditReport`; ``report.passed`` is False when a check failed.

    Example:
        >>> import tempfile
        >>> report = audit_security(tempfile.mkdtemp(), env={})
        >>> report.passed, report["api_key_available"].status
        (True, 'warn')
    """
    scan = scan_paths(path, max_bytes=max_bytes)
    checks = [
        check_api_key(env, key_provider=key_provider, chain=chain),
        check_hardcoded_secrets(scan),
        check_env_files(scan),
        check_notebook_outputs(scan),
        check_httpx_debug(scan, env),
    ]
    if chain is not None:
        checks.extend(chain_checks(chain))
    return AuditReport(checks, root=str(Path(path)))
