"""Security audit: secrets in files and notebooks, exposed .env files, chain guards."""

from langchain_mistral_secure.audit.checks import audit_security
from langchain_mistral_secure.audit.cli import (
    add_audit_arguments,
    build_audit_parser,
    run_audit_cli,
)
from langchain_mistral_secure.audit.report import (
    OWASP_LLM_TOP10,
    AuditReport,
    CheckResult,
    Location,
    Status,
)

__all__ = [
    "OWASP_LLM_TOP10",
    "AuditReport",
    "CheckResult",
    "Location",
    "Status",
    "add_audit_arguments",
    "audit_security",
    "build_audit_parser",
    "run_audit_cli",
]
