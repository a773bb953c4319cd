"""The model card's threshold lines (split from :mod:`.card`, its size).

What set the flag threshold, the role exemption's two thresholds and the
rule of the low one (per file, or per benign kind: :mod:`.kind_calibration`).
"""

from __future__ import annotations

from typing import Any

from langchain_mistral_secure.detection.scorer.kind_calibration import (
    file_cap,
    is_by_kind,
)
from langchain_mistral_secure.detection.scorer.model import ScorerModel

__all__ = ["by_kind", "role_lines", "set_by_lines"]


def by_kind(meta: dict[str, Any]) -> bool:
    """Whether the flag threshold was calibrated per benign kind."""
    return is_by_kind(meta["config"].get("calibration", "file"))


def set_by_lines(meta: dict[str, Any]) -> list[str]:
    """Which benign files' 1% tails set the flag threshold (highest first)."""
    set_by = meta.get("flag_set_by")
    if not set_by:
        return []

    def cells(pairs: list[list[Any]]) -> str:
        return ", ".join(f"`{name}` {cut:.4f}" for name, cut in pairs)

    return [
        "The flag threshold each benign file alone would need, highest first:",
        f"held out {cells(set_by['held_out'])}; shipped model on its own",
        f"training files {cells(set_by['shipped'])}.",
    ]


def _low_rule_lines(meta: dict[str, Any]) -> list[str]:
    """The rule of the low threshold, and what each file's own tail would give."""
    if not by_kind(meta):
        return [
            "each benign file within the limit counting both kinds of text.",
            "Files whose 1% tail sets that low threshold,",
        ]
    capped = file_cap(meta["config"]["calibration"]) is not None
    return [
        "each benign kind's mean file rate within 1%"
        + (" and every file within 2%" if capped else "")
        + " (`kind_calibration.py`),",
        "counting both kinds of text. The threshold each file's own 1% tail",
        "would need (the per-file rule),",
    ]


def role_lines(model: ScorerModel) -> list[str]:
    """The role exemption's second threshold and what set the low one."""
    role = model.metadata.get("role_exemption")
    if model.role_threshold is None or not role:
        return []
    held = role["low_set_by"]["held_out"]
    shipped = role["low_set_by"]["shipped"]
    shares = role["role_share"]
    top = sorted(shares.items(), key=lambda item: (-item[1], item[0]))[:6]
    return [
        "",
        "Role exemption (`--role-exemption`, `role_spec.py`): a text that opens",
        "as a prompt specification (a role given to the assistant, a prompt",
        "library header, a JSON prompt, fill-in placeholders) is flagged at",
        f"**{model.role_threshold:.4f}** (the one-threshold value"
        + (
            ", by the kind rule"
            if model.metadata["config"].get("calibration") == "kind-capped-role"
            else ""
        )
        + "); every other",
        f"text at **{model.threshold:.4f}**, the lowest threshold that keeps",
        *_low_rule_lines(model.metadata),
        "held out: "
        + ", ".join(f"{n} {c:.4f}" for n, c in held)
        + "; shipped model: "
        + ", ".join(f"{n} {c:.4f}" for n, c in shipped)
        + ".",
        "Share of rows that open as a prompt specification (highest): "
        + ", ".join(f"{n} {v:.1%}" for n, v in top)
        + ".",
        *(
            [
                "With `--security-exemption` (`security_spec.py`) security writing",
                "(a text whose first 320 view characters name prompt injection,",
                "jailbreaks, attacks, red teaming, detection rules, a security",
                "policy ...) keeps the one-threshold value too; the shares above",
                "count both kinds.",
            ]
            if model.exempts_security
            else []
        ),
        *(
            [
                "With `--followup-exemption` (`followup_spec.py`) follow-up turns",
                "(a text whose first 240 view characters point at the assistant's",
                "previous output: *rewrite your previous answer*, *what you just",
                "wrote*, *make it shorter*) keep the one-threshold value too; the",
                "shares above count them.",
            ]
            if model.exempts_followups
            else []
        ),
    ]
