"""Cheap tests that skip work never change what is found.

Each skip (a rule group whose needed characters are absent, the detection
view not built, the content scans' one-character tests and sampled gap
search, phone runs searched only in digit clusters) is compared with the path
that does not skip, on texts with and without the characters that trigger it.
"""

# ruff: noqa: RUF001  (fullwidth and other-script characters are the point)

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
import re2
from hypothesis import given, settings
from hypothesis import strategies as st

from langchain_mistral_secure.detection import get_detector
from langchain_mistral_secure.detection.content import ACTIVE_RULES, ContentDetector
from langchain_mistral_secure.detection.content_html import (
    _CSS_FUNCTIONS,
    _CSS_HEAD,
    _LONG_GAP,
    WS_DECIDE,
    _ascii_lower,
    _css_heads,
    _Lowered,
    html_attribute_spans,
    may_hold_long_gap,
)
from langchain_mistral_secure.detection.content_markdown import (
    _Scan,
    markdown_image_spans,
)
from langchain_mistral_secure.detection.engine import RuleDetector
from langchain_mistral_secure.detection.normalize import build_view
from langchain_mistral_secure.detection.pattern_reader import pattern_needs
from langchain_mistral_secure.detection.pii.phones import PHONE_RUN, phone_runs
from langchain_mistral_secure.detection.prefilter import (
    RuleGroup,
    finditer_digit_spans,
    finditer_spans,
)

# ---------------------------------------------------------------- texts

WORDS = [
    "the",
    "plan",
    "href",
    "src",
    "style",
    "url",
    "image",
    "script",
    "javascript",
    "data",
    "café",
    "中文",
    "K",  # Kelvin sign: lower-cases to an ASCII "k"
    "İ",  # lower-cases to two characters
    "Ｓｒｃ",
]
TRIGGERS = ["<", ">", "=", "[", "]", "(", ")", "!", ":", "@", "\\", '"', "'", "&"]
SPACES = [" ", "  ", "\n", "\n\n", "\t", " " * 70, "\u200b", "\u00a0"]

pieces = st.sampled_from(WORDS + TRIGGERS + SPACES)
texts = st.lists(pieces, max_size=80).map("".join)
prose_only = st.lists(st.sampled_from(WORDS + SPACES), max_size=80).map("".join)


def _long(seed: int, extra: list[str]) -> str:
    rng = random.Random(seed)  # noqa: S311 - a reproducible corpus
    return "".join(rng.choice(WORDS + SPACES + extra) for _ in range(3000))


# -------------------------------------------------- characters a match needs


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"<script", {"<"}),
        (r"\]\(", {"]"}),  # the rarer of the two in prose
        (r"(?i)href\s{0,4}=\s*x", {"="}),
        (r"<a|\[b", {"<", "["}),
        (r"(?:<|=)+", {"<", "="}),
        (r"x{2,}@", {"@"}),
        (r"@{1,3}", {"@"}),
        (r"\\", {"\\"}),
        (r"a\.b", {"."}),
        (r"(?P<name><)", {"<"}),
        (r"<?x", None),  # optional
        (r"<*x", None),
        (r"<{0,3}x", None),
        (r"[<=]x", None),  # classes are not read
        (r"\x3cx", None),  # nor hex escapes
        (r"\Q<\E", None),  # nor quoted text
        (r"abc", None),  # letters: case folding
        (r"<|abc", None),  # one branch needs nothing
        (r"(?:|<)", None),
        (r".", None),
        (r"(unclosed", None),  # unreadable
    ],
)
def test_pattern_needs(pattern: str, expected: set[str] | None) -> None:
    assert pattern_needs(pattern) == (None if expected is None else frozenset(expected))


@pytest.mark.parametrize("rule", ACTIVE_RULES, ids=[r.id for r in ACTIVE_RULES])
def test_every_active_content_rule_needs_markup(rule: object) -> None:
    # What makes the content rules free on prose: each needs one of these.
    needs = pattern_needs(rule.compiled_pattern())  # type: ignore[attr-defined]
    assert needs is not None
    assert needs <= {"<", "=", "[", "]"}


_ATOMS = ["a", "b", "<", "=", "@", r"\.", r"\]", "[a<]", ".", r"\s", "(?i)", "^"]


@st.composite
def _patterns(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        if depth < 2 and draw(st.booleans()):
            inner = "|".join(
                draw(_patterns(depth + 1)) for _ in range(draw(st.integers(1, 3)))
            )
            atom = f"(?:{inner})"
        else:
            atom = draw(st.sampled_from(_ATOMS))
        if atom not in ("(?i)", "^"):  # nothing to repeat
            atom += draw(
                st.sampled_from(["", "", "*", "+", "?", "{0,2}", "{1,2}", "{2}"])
            )
        parts.append(atom)
    return "".join(parts)


@settings(max_examples=300, deadline=None)
@given(_patterns(), st.text(alphabet="ab<=@.] \n", max_size=30))
def test_every_match_holds_a_needed_character(pattern: str, text: str) -> None:
    needs = pattern_needs(pattern)
    if needs is None:
        return
    for match in re2.compile(pattern).finditer(text):
        if match.end() > match.start():
            assert not needs.isdisjoint(match.group()), (pattern, text)
        else:  # an empty match: possible only if nothing is needed
            pytest.fail(f"{pattern!r} matched empty yet needs {sorted(needs)}")


# ------------------------------------------------ rule groups and the view


def _unskipped(group: RuleGroup) -> RuleGroup:
    patterns = [program.pattern for program in group.programs]
    plain = RuleGroup(patterns, group.groups)
    plain._needs = None  # the path without the character test
    return plain


def _content_group() -> RuleGroup:
    detector = get_detector("content")
    assert isinstance(detector, RuleDetector)
    return detector._groups()["view"][1]


@settings(max_examples=150, deadline=None)
@given(texts)
def test_group_skip_finds_what_the_unskipped_group_finds(text: str) -> None:
    group = _content_group()
    view = build_view(text).text
    assert group.spans(view) == _unskipped(group).spans(view)


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("extra", [[], ["<", "="], ["]", "(", "javascript", ":"]])
def test_group_skip_on_long_texts(seed: int, extra: list[str]) -> None:
    group = _content_group()
    view = build_view(_long(seed, extra)).text
    assert group.spans(view) == _unskipped(group).spans(view)
    assert group.cannot_match(view) == (not extra)


@settings(max_examples=150, deadline=None)
@given(st.one_of(texts, prose_only))
def test_a_skipped_view_finds_what_a_built_view_finds(text: str) -> None:
    detector = ContentDetector(image_host_allowlist=("acme.com",))
    shared = detector.detect(text, view=build_view(text))
    assert detector.detect(text) == shared
    if not text.isascii():
        assert detector.needs_view(text)


# ----------------------------------------------------- content scans


@settings(max_examples=200, deadline=None)
@given(texts, st.data())
def test_lowered_slices_equal_slices_of_the_lowered_text(
    text: str, data: st.DataObject
) -> None:
    lo = data.draw(st.integers(-2, len(text) + 2))
    hi = data.draw(st.integers(-2, len(text) + 2))
    assert _Lowered(text)(lo, hi) == _ascii_lower(text)[lo:hi]


_GAP = re2.compile(rf"[ \t\n\f\r]{{{WS_DECIDE + 1}}}")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(["a", "é", "中", "\u200b"]),
            st.integers(1, 140).flatmap(
                lambda n: st.text(alphabet=" \t\n\f\r", min_size=n, max_size=n)
            ),
        ),
        max_size=12,
    ).map("".join)
)
def test_gap_sample_says_no_only_when_there_is_no_gap(text: str) -> None:
    assert may_hold_long_gap(text) == (_GAP.search(text) is not None)


def _old_css_heads(text: str) -> Iterator[tuple[int, int, str]]:
    """The CSS head search as it was: on the whole text lower-cased."""
    lowered = _ascii_lower(text)
    heads = []
    paren = lowered.find("(")
    while paren >= 0:
        if lowered[paren - 1 : paren] in ("l", "e", "t"):
            before = lowered[max(0, paren - 10) : paren]
            name = next((n for n in _CSS_FUNCTIONS if before.endswith(n)), None)
            if name is not None:
                heads.append(
                    (paren - len(name), paren + 1, "url" if name == "url" else "set")
                )
        paren = lowered.find("(", paren + 1)
    at = lowered.find("@import")
    while at >= 0:
        heads.append((at, at + len("@import"), "import"))
        at = lowered.find("@import", at + 1)
    if "\\" in text:
        for head in _CSS_HEAD.finditer(text):
            kind = "url" if head.group(1) else "import" if head.group(2) else "set"
            after = head.end(1) + 1 if kind == "url" else head.end(3) + 1
            if kind == "import":
                after = head.end(2)
            heads.append((head.start(), after, kind))
    for start, after, kind in sorted(set(heads)):
        ahead = text[after : after + WS_DECIDE + 1]
        yield start, after + len(ahead) - len(ahead.lstrip(" \t\n\f\r")), kind


CSS_PIECES = [" ", "url(", "URL(", "image-set(", "@import", "@IMPORT", "@İmport"]
CSS_PIECES += ["\\75 rl(", "cross-fade(", "ur", "l(", "x.png", "//evil.io/"]
css_texts = st.lists(
    st.sampled_from([*WORDS, *TRIGGERS, *CSS_PIECES]),
    max_size=40,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(css_texts)
def test_css_heads_equal_the_whole_text_search(text: str) -> None:
    assert list(_css_heads(text)) == list(_old_css_heads(text))


def _old_markdown_image_spans(text: str) -> list[tuple[int, int, str]]:
    scan = _Scan(text, ("acme.com",), lambda _: True)
    first = text.find("![")
    if first >= 0:
        scan.images(first)
    if "]:" in text:
        scan.definitions()
    if "!" in text:
        scan.glued_destinations()
    return scan.spans


md_texts = st.lists(
    st.sampled_from(
        [*WORDS, *TRIGGERS, " ", "![", "](", "]:", "https://evil.io/x", "acme.com/a"]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(md_texts)
def test_markdown_one_character_tests_change_nothing(text: str) -> None:
    assert markdown_image_spans(text, ("acme.com",)) == _old_markdown_image_spans(text)


HTML_PIECES = [" ", "<img ", "src=", 'SRC="', "https://evil.io/x", '"', "srcset = "]
HTML_PIECES += [" " * 66, "\t" * 66, "content=", "0;url=//e.io"]
html_texts = st.lists(
    st.sampled_from([*WORDS, *TRIGGERS, *HTML_PIECES]),
    max_size=40,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(html_texts)
def test_html_attributes_equal_the_unskipped_scan(text: str) -> None:
    spans = html_attribute_spans(text, ("acme.com",))
    # The long-gap findings as the unskipped pass finds them.
    gaps = [
        (m.start(1), m.end(1), "content.html_attribute")
        for m in _LONG_GAP.finditer(text)
        if m.start(1) == 0 or text[m.start(1) - 1] in " \t\n\f\r/\"'"
    ]
    assert spans[: len(gaps)] == gaps
    if "=" not in text:
        assert spans == gaps


# ----------------------------------------------------- phone runs


segments = st.sampled_from(
    ["0", "12", "345", "6789", "4111", " ", "-", ".", "/", " / ", "(", ")", ") (",
     ")-(", " (", "+", "+33 ", "\u00a0", "x", "word ", "é", "中", "\x00", "\n"]
)  # fmt: skip
digit_texts = st.lists(segments, max_size=60).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(digit_texts, min_size=1, max_size=8), st.randoms(use_true_random=False))
def test_digit_cluster_runs_equal_a_whole_text_search(
    parts: list[str], rng: random.Random
) -> None:
    # Long enough for the cluster path (4 KB), with prose between the parts.
    filler = ["the plan was agreed. ", "café 中文 ", "\n\n"]
    pieces_ = []
    while sum(len(p.encode()) for p in pieces_) < 5000:
        pieces_.append(rng.choice(parts))
        pieces_.append(rng.choice(filler) * rng.randint(1, 30))
    text = "".join(pieces_)
    expected = finditer_spans(PHONE_RUN, text)
    assert phone_runs(text) == expected
    assert finditer_digit_spans(PHONE_RUN, text, max_gap=4, min_digits=7) == expected


@pytest.mark.parametrize(
    "number",
    [
        "+33 1 23 45 67 89",
        "(415) 555-0132",
        "12) (345) (6789",  # the widest separators: ") (" is four bytes digit to digit
        "030 1234 / 040 5678",
        "12)-(345).(6789",
        "01\u00a023\u00a045\u00a067\u00a089",  # a two-byte separator
        "０３－１２３４－５６７８",  # not ASCII digits: no run, as RE2 says
    ],
)
def test_digit_clusters_keep_every_separator(number: str) -> None:
    text = "the plan was agreed. " * 300
    assert phone_runs(text) == []
    dense = f"call {number} now, café. " * 200
    assert phone_runs(dense) == finditer_spans(PHONE_RUN, dense)
