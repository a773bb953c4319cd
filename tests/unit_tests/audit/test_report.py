from __future__ import annotations

import json

import pytest

from langchain_mistral_secure.audit import (
    OWASP_LLM_TOP10,
    AuditReport,
    CheckResult,
    Location,
)
from langchain_mistral_secure.audit.report import SARIF_SCHEMA


def _report() -> AuditReport:
    return AuditReport(
        [
            CheckResult("api_key_available", "pass", "MISTRAL_API_KEY is set", "LLM02"),
            CheckResult(
                "hardcoded_secrets",
                "fail",
                "2 hard-coded secrets in 2 files",
                "LLM02",
                "No hard-coded keys",
                (
                    Location("app.py", 3, "mistral_api_key Zq********eW"),
                    Location(
                        "nb.ipynb", 12, "github_token gh********R8 (cell 2 output)"
                    ),
                ),
            ),
            CheckResult(
                "notebook_outputs",
                "warn",
                "1 notebook saved with outputs",
                "LLM02",
                locations=(Location("nb.ipynb", 0, "1 code cell with outputs"),),
            ),
            CheckResult("chain_input_guard", "fail", "1 of 1 model unguarded", "LLM01"),
            CheckResult("chain_key_rotation", "info", "0 of 1 rotate keys", "LLM10"),
        ],
        root="demo",
    )


@pytest.mark.parametrize(
    ("statuses", "passed", "fails_on_warn"),
    [
        (["pass", "pass"], True, False),
        (["pass", "info"], True, False),
        (["pass", "warn"], True, True),
        (["warn", "fail"], False, True),
    ],
)
def test_passed_and_fail_on(
    statuses: list[str], passed: bool, fails_on_warn: bool
) -> None:
    report = AuditReport(
        [CheckResult(f"c{i}", s, "m", "LLM02") for i, s in enumerate(statuses)]  # type: ignore[arg-type]
    )
    assert report.passed is passed
    assert report.failed("fail") is (not passed)
    assert report.failed("warn") is fails_on_warn


def test_to_dict_keeps_legacy_shape() -> None:
    data = _report().to_dict()
    assert set(data) == {"passed", "checks"}
    assert data["passed"] is False
    check = data["checks"]["hardcoded_secrets"]
    assert check["passed"] is False
    assert check["status"] == "fail"
    assert check["owasp"] == "LLM02"
    assert check["owasp_title"] == OWASP_LLM_TOP10["LLM02"]
    assert check["locations"][0] == {
        "path": "app.py",
        "line": 3,
        "detail": "mistral_api_key Zq********eW",
    }
    assert data["checks"]["notebook_outputs"]["passed"] is True
    assert json.loads(_report().to_json()) == data


def test_sarif_structure() -> None:
    sarif = json.loads(json.dumps(_report().to_sarif()))
    assert sarif["version"] == "2.1.0"
    assert sarif["$schema"] == SARIF_SCHEMA
    run = sarif["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "mistral-secure-audit"
    assert [r["id"] for r in driver["rules"]] == list(_report().checks)
    assert all(r["shortDescription"]["text"] for r in driver["rules"])
    results = run["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [
        ("hardcoded_secrets", "error"),
        ("hardcoded_secrets", "error"),
        ("notebook_outputs", "warning"),
    ]
    for result in results:
        assert result["message"]["text"]
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        physical = result["locations"][0]["physicalLocation"]
        assert physical["artifactLocation"]["uri"]
        assert physical["region"]["startLine"] >= 1
    first = results[0]["locations"][0]["physicalLocation"]
    assert first["artifactLocation"]["uri"] == "app.py"
    assert first["region"]["startLine"] == 3
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert [(n["associatedRule"]["id"], n["level"]) for n in notes] == [
        ("chain_input_guard", "error"),
        ("chain_key_rotation", "note"),
    ]


@pytest.mark.parametrize(
    "needle",
    [
        "FAIL",
        "hardcoded_secrets",
        "LLM01",
        "app.py:3: mistral_api_key Zq********eW",
        "nb.ipynb: 1 code cell with outputs",
        "Audit FAILED: demo",
    ],
)
def test_table(needle: str) -> None:
    report = _report()
    assert needle in report.to_table()
    assert str(report) == report.to_table()


def test_table_truncates_long_location_lists() -> None:
    locs = tuple(Location(f"f{i}.py", 1, "x") for i in range(25))
    report = AuditReport(
        [CheckResult("hardcoded_secrets", "fail", "many", "LLM02", locations=locs)]
    )
    table = report.to_table()
    assert "f19.py" in table
    assert "f20.py" not in table
    assert "... and 5 more" in table


def test_html_escapes() -> None:
    report = AuditReport(
        [
            CheckResult(
                "x",
                "warn",
                "<script>alert(1)</script>",
                "LLM05",
                locations=(Location("<b>.py", 1, "&"),),
            )
        ]
    )
    html = report._repr_html_()
    assert "<table>" in html
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "&lt;b&gt;.py:1: &amp;" in html


def test_repr_has_counts_only() -> None:
    assert (
        repr(_report()) == "AuditReport(passed=False, pass=1, info=1, warn=1, fail=2)"
    )
