"""The perimeter self-test finds mis-wired chains and names the surface."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from langchain_mistral_secure.selftest import (
    CORPUS_VERSION,
    FAMILIES,
    SURFACES,
    Target,
    build_corpus,
    run_selftest,
)

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wiring  # noqa: E402

SCRIPT = Path(sys.executable).with_name("mistral-secure")
QUICK = {"modes": ("invoke", "astream_events"), "splits": (5,)}


@pytest.mark.parametrize(
    ("factory", "families", "surfaces"),
    [
        (
            wiring.bare_model,
            ("pii.email",),
            {"return", "events", "callbacks", "tracer"},
        ),
        # The redactor is outside the model: return and stream are clean, but the
        # model's own events, callbacks and traces carry the raw answer.
        (wiring.redactor_outside, ("secret",), {"events", "callbacks", "tracer"}),
        # An agent on a plain model, no middleware: the answer reaches the caller.
        (wiring.agent_without_middleware, ("pii.email",), {"return", "events"}),
        # No sanitizer: an injection typed by the user reaches the model as is.
        (wiring.no_input_guard, ("injection",), {"server"}),
    ],
)
def test_miswired_chains_fail_on_the_right_surface(factory, families, surfaces):
    report = run_selftest(factory, families=families, **QUICK)
    assert not report.passed
    assert report.exit_code == 1
    assert surfaces <= set(report.leaked_surfaces())


def test_redactor_outside_is_clean_where_it_sits():
    report = run_selftest(wiring.redactor_outside, families=("secret",), **QUICK)
    assert "return" not in report.leaked_surfaces()
    assert "stream" not in report.leaked_surfaces()


def test_corpus_is_seeded_and_covers_every_family():
    first = build_corpus(7, canary="canary-0123", system_prompt=wiring.SYSTEM)
    assert first == build_corpus(7, canary="canary-0123", system_prompt=wiring.SYSTEM)
    assert first != build_corpus(8, canary="canary-0123", system_prompt=wiring.SYSTEM)
    families = {p.family.split(".")[0] for p in first}
    assert {"pii", "secret", "exfil", "injection", "leak"} <= families
    assert {p.channel for p in first} == {"answer", "user", "document"}
    assert all(p.needles and all(n for n in p.needles) for p in first)
    # Reprs name the family, never the payload.
    assert all(p.text not in repr(p) for p in first)
    assert set(FAMILIES)
    assert CORPUS_VERSION


@pytest.fixture(scope="module")
def email_report():
    return run_selftest(wiring.bare_model, families=("pii.email",), modes=("invoke",))


@pytest.mark.parametrize("fmt", ["table", "json", "sarif"])
def test_reports_hold_no_planted_text(fmt, email_report):
    report = email_report
    probes = build_corpus(0, families=("pii.email",))
    rendered = {
        "table": report.to_table,
        "json": report.to_json,
        "sarif": report.to_sarif,
    }[fmt]()
    assert all(n not in rendered for p in probes for n in p.needles)
    if fmt == "sarif":
        sarif = json.loads(rendered)
        assert sarif["version"] == "2.1.0"
        assert {r["ruleId"].split("/")[0] for r in sarif["runs"][0]["results"]} <= set(
            SURFACES
        )
    assert "<table>" in report._repr_html_()


def test_cli_exit_code_and_surface(tmp_path):
    result = subprocess.run(  # noqa: S603 - our own console script
        [
            str(SCRIPT),
            "selftest",
            "wiring:redactor_outside",
            "--family",
            "secret",
            "--mode",
            "astream_events",
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=HERE,
        env={"PYTHONPATH": str(HERE), "PATH": str(Path(sys.executable).parent)},
        timeout=300,
    )
    assert result.returncode == 1, result.stderr[-2000:]
    payload = json.loads(result.stdout)
    assert payload["passed"] is False
    assert {leak["surface"] for leak in payload["leaks"]} >= {"events"}


def test_fixture_raises_with_the_table(perimeter_selftest):
    with pytest.raises(AssertionError, match="LEAK"):
        perimeter_selftest(
            wiring.bare_model, families=("pii.email",), modes=("invoke",)
        )


@pytest.mark.parametrize("spec", ["wiring:redactor_outside", "wiring:no_input_guard"])
def test_audit_takes_a_chain_from_the_command_line(tmp_path, spec):
    result = subprocess.run(  # noqa: S603 - our own console script
        [str(SCRIPT), "audit", str(tmp_path), "--chain", spec, "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
        cwd=HERE,
        env={"PYTHONPATH": str(HERE), "PATH": str(Path(sys.executable).parent)},
        timeout=300,
    )
    checks = {
        name: c["status"] for name, c in json.loads(result.stdout)["checks"].items()
    }
    assert "chain_input_guard" in checks
    expected = "fail" if spec.endswith("no_input_guard") else "pass"
    assert checks["chain_input_guard"] == expected


def test_the_readme_quickstart_passes_every_family():
    # Every family and surface, streamed at every offset (chunks of one).
    report = run_selftest(
        wiring.guarded, modes=("invoke", "astream_events"), splits=(1,)
    )
    assert report.passed, report.to_table()
    assert report.probes >= 30


def test_a_retriever_branch_without_the_sanitizer_fails_on_the_server_surface():
    target = Target(
        wiring.retriever_branch_unsanitized(""),
        input_key="question",
        documents_key="context",
    )
    report = run_selftest(target, families=("injection",), modes=("invoke",))
    documents = [x for x in report.leaks if x.channel == "document"]
    questions = [x for x in report.leaks if x.channel == "user"]
    # The question's branch is guarded; the documents' branch reaches the model.
    assert documents
    assert {x.surface for x in documents} == {"server"}
    assert len(questions) < len(documents)
