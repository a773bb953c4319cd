"""The seeded scan finds what a full scan per rule finds, on the built-in rules.

Long texts (past the one-set shortcut) mix sparse samples in prose with dense
runs of them, so seeds, merged regions and the doubling stretch all run on the
real PII, identifier, secret and content rules.
"""

# ruff: noqa: RUF001  (fullwidth and other-script characters are the point)

from __future__ import annotations

import random
from typing import Any

import pytest
import re2
from hypothesis import given, settings
from hypothesis import strategies as st

from langchain_mistral_secure.detection import get_detector
from langchain_mistral_secure.detection.engine import RuleDetector
from langchain_mistral_secure.detection.pii.banking import cards_in_group_runs
from langchain_mistral_secure.detection.pii.phones import PHONE_RUN
from langchain_mistral_secure.detection.prefilter import (
    RuleGroup,
    compile_program,
    finditer_spans,
    without_captures,
)
from langchain_mistral_secure.detection.secrets import SecretDetector

KEY = "Zq7Lx2Vb9Nm4Kt8Rw3Yp6Hs1Jd5Fg0CeQw12"  # pragma: allowlist secret
PEM = (
    "-----BEGIN RSA PRIVATE KEY-----\n"  # pragma: allowlist secret
    "MIIEpQIBAAKCAQEA\n"  # pragma: allowlist secret
    "-----END RSA PRIVATE KEY-----"  # pragma: allowlist secret
)
SAMPLES = [
    "jane.doe@example.com",
    "jane.doe%40example.org",
    "+1 (415) 555-0132",
    "4111 1111 1111 1111",
    "4111-1111-1111-1111",
    "DE89 3704 0044 0532 0130 00",
    "078-05-1120",
    "SSN: 123-45-6789",
    "192.0.2.44",
    "2001:db8::1",
    "AB123456C",
    "RCCMNL83S18D969H",
    "BSN: 111222333",
    "ghp_" + KEY,
    "AKIA" + "QWERTYUIOPASDFGH",  # pragma: allowlist secret
    "password=Tr0ub4dor&3",  # pragma: allowlist secret
    "<script>alert(1)</script>",
    "[click](javascript:alert(1))",
    "<img src=x onerror=alert(1)>",
    "Ｊａｎｅ@example.com ０３－１２３４－５６７８",
    "café ＠ 中文 电话 13812345678",
]
PROSE = (
    "the quarter plan was reviewed and the team agreed on the next steps. ",
    "Le rapport est prêt, merci. ",
    "会议在周一上午。",
    "\n\n",
)


def _long_text(seed: int) -> str:
    rng = random.Random(seed)  # noqa: S311 - a reproducible corpus
    parts: list[str] = []
    for _ in range(60):
        if rng.random() < 0.2:
            # dense: samples back to back, long enough to double the stretch
            parts.extend(rng.choice(SAMPLES) + " " for _ in range(rng.randint(20, 80)))
        else:
            parts.append(rng.choice(PROSE) * rng.randint(1, 60))
            parts.append(rng.choice(SAMPLES) + " ")
    return "".join(parts)


def _groups() -> list[tuple[str, list[Any], RuleGroup]]:
    pii = get_detector("pii")
    scan = getattr(pii, "_scan", None)
    detectors: list[RuleDetector] = [
        scan if isinstance(scan, RuleDetector) else pii,  # type: ignore[list-item]
        get_detector("secrets"),  # type: ignore[list-item]
        get_detector("content"),  # type: ignore[list-item]
    ]
    out = []
    for detector in detectors:
        for name, (rules, group) in detector._groups().items():
            out.append((f"{detector.name}.{name}", rules, group))
    return out


def _reference(group: RuleGroup, text: str) -> list[tuple[int, int, int]]:
    found = []
    for index, (program, which) in enumerate(
        zip(group.programs, group.groups, strict=True)
    ):
        for match in program.finditer(text):
            start, end = match.span(which)
            if 0 <= start < end:
                found.append((index, start, end))
    return sorted(found)


GROUPS = _groups()


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize(("name", "rules", "group"), GROUPS, ids=[g[0] for g in GROUPS])
def test_seeded_spans_equal_a_full_scan_per_rule(
    name: str, rules: list[Any], group: RuleGroup, seed: int
) -> None:
    text = _long_text(seed)
    assert len(text.encode()) > 32_000  # far past the one-set shortcut
    assert sorted(group.spans(text)) == _reference(group, text)


class _GivesUp:
    """Stands in for an RE2 set that ran out of DFA memory: it reports nothing."""

    def Match(self, _data: object) -> list[int]:  # noqa: N802 - RE2's name
        return []


@pytest.mark.parametrize(("name", "rules", "group"), GROUPS, ids=[g[0] for g in GROUPS])
def test_a_set_that_gives_up_makes_every_rule_run(
    name: str, rules: list[Any], group: RuleGroup
) -> None:
    text = _long_text(7)
    failing = RuleGroup([r.compiled_pattern() for r in rules], [r.group for r in rules])
    failing._bounded_set = _GivesUp()
    failing._unbounded_set = _GivesUp() if failing._unbounded_set else None
    assert sorted(failing.spans(text)) == _reference(group, text)


@pytest.mark.parametrize(("name", "rules", "group"), GROUPS, ids=[g[0] for g in GROUPS])
def test_patterns_without_captures_match_the_same_spans(
    name: str, rules: list[Any], group: RuleGroup
) -> None:
    text = _long_text(11)
    for rule in rules:
        pattern = rule.compiled_pattern()
        bare = compile_program(without_captures(pattern))
        assert bare.groups == 0, rule.id
        whole = [m.span() for m in compile_program(pattern).finditer(text)]
        assert [m.span() for m in bare.finditer(text)] == whole, rule.id


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(a)(?:b)(?P<n>c)(?<m>d)", "(?:a)(?:b)(?:c)(?:d)"),
        (r"[(]\((x)", r"[(]\((?:x)"),
        (r"[[:alpha:](](y)", "[[:alpha:](](?:y)"),
        (r"\Q(a\E(b)", r"\Q(a\E(?:b)"),
        (r"(?i)(x|(y))", "(?i)(?:x|(?:y))"),
        (r"(unclosed", "(unclosed"),  # unreadable: left as it is
    ],
)
def test_without_captures(pattern: str, expected: str) -> None:
    assert without_captures(pattern) == expected


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="0123456789 -./()+\u00a0aé中\u200b\n", max_size=300))
def test_finditer_spans_equal_str_finditer(text: str) -> None:
    expected = [m.span() for m in PHONE_RUN.finditer(text)]
    assert finditer_spans(PHONE_RUN, text) == expected


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(["4111", "1111", "555", "12", " ", "-", "+1 ", "x", "  "]),
        max_size=40,
    ).map("".join)
)
def test_card_group_runs_within_phone_runs_equal_a_full_scan(text: str) -> None:
    runs = finditer_spans(PHONE_RUN, text)
    assert cards_in_group_runs(text, runs=runs) == cards_in_group_runs(text)


@pytest.mark.parametrize(
    "secret",
    [
        "ghp_" + KEY,
        "ghp_" + KEY[:10] + "\u200b" + KEY[10:],  # hidden by a zero-width space
        "mysql -u app -pS3cure! db",  # pragma: allowlist secret
        "DB_PASSWORD=Tr0ub4dor&3",  # pragma: allowlist secret
        PEM,
    ],
)
def test_secret_gate_lets_every_secret_through_to_the_rules(secret: str) -> None:
    detector = SecretDetector()
    filler = "the quarter plan was reviewed.\n" * 1000
    alone = sorted((f.start, f.end, f.rule_id) for f in detector.detect(secret))
    assert alone
    shifted = [(s + len(filler), e + len(filler), r) for s, e, r in alone]
    found = detector.detect(filler + secret + "\n" + filler)
    assert sorted((f.start, f.end, f.rule_id) for f in found) == shifted
    assert detector.detect(filler) == []


def test_seed_program_stays_compiled_for_every_built_in_group() -> None:
    # A group whose alternation RE2 refused would fall back to windows: slower,
    # and this speed work would silently be lost.
    for name, _rules, group in GROUPS:
        assert group._bounded_set is None or group._bounded_any is not None, name
    assert re2.compile("a").groups == 0
