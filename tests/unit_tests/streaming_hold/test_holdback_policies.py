"""Each family's hold policy, table by table (offsets in characters)."""

from __future__ import annotations

import pickle

import pytest
from holdback_corpus import CANARY, SYSTEM_PROMPT

from langchain_mistral_secure.detection.engine import Rule, RuleDetector, get_detector
from langchain_mistral_secure.detection.holdback import (
    CompositeHold,
    FixedHold,
    class_string,
    last_token_start,
    token_start,
)
from langchain_mistral_secure.detection.holdback_families import (
    ContentHold,
    LeakHold,
    PIIHold,
    SecretHold,
    policy_for,
)
from langchain_mistral_secure.redactor import OutputRedactor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain ascii", "plain ascii"),
        ("\uff1cscript\uff1e", "<script>"),  # fullwidth folds as in the view
        ("\u0437\u0430", "3a"),  # Cyrillic look-alikes: a digit and a letter
        ("a\u200bb", "a\x00b"),  # invisible: held from
        ("a\u00a0b", "a\x01b"),  # no-break space: not a cut point
        ("caf\u00e9 \u4e2d", "cafe a"),  # letters stay letters
        ("x\x07y", "x\x00y"),  # ASCII control
        ("\U0001f600", "\x01"),  # emoji: a symbol, not markup
        ("\U000e003c", "\x00"),  # tag character
    ],
)
def test_class_string(text: str, expected: str) -> None:
    assert class_string(text) == expected
    assert len(class_string(text)) == len(text)


@pytest.mark.parametrize(
    ("cls", "pos", "start"),
    [("ab cd", 4, 3), ("ab cd", 3, 3), ("abcd", 3, 0), ("a\tb\nc", 5, 4)],
)
def test_token_start(cls: str, pos: int, start: int) -> None:
    assert token_start(cls, pos) == start


@pytest.mark.parametrize(
    ("cls", "start"), [("one two", 4), ("one two  ", 4), ("   ", 0), ("", 0)]
)
def test_last_token_start(cls: str, start: int) -> None:
    assert last_token_start(cls) == start


def _at(policy: object, text: str, floor: int = 0) -> int:
    return policy.hold_from(text, class_string(text), floor)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("the quick brown fox jumps", "nothing"),
        ("please send it to 4111 1111", "send it to 4111 1111"),  # short words too
        ("phone: +33 1 23 45 67 89 today please", "+33 1 23 45 67 89 today please"),
        ("IBAN GB82 WEST 1234", "IBAN GB82 WEST 1234"),
        (
            "mail jane@example.com tomorrow please",
            "mail jane@example.com tomorrow please",
        ),
        (
            "mail jane@example.com " + "and then nothing else happened afterwards " * 2,
            "nothing",
        ),
        (
            "in 2024 we wrote several thousand words and plenty of other sentences ",
            "nothing",
        ),
        ("answer is AB", "is AB"),
    ],
)
def test_pii_hold(text: str, held: str) -> None:
    expected = len(text) if held == "nothing" else text.rindex(held)
    assert _at(PIIHold(), text) == expected


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("don't stop believing", "nothing"),
        ("IDENTIFIED BY 'correct horse", "'correct horse"),  # pragma: allowlist secret
        ("identified by'correct horse", "by'correct horse"),  # pragma: allowlist secret
        # Quotes after an ordinary word start no value; after "is", "=", ":" or
        # "by" they do, until the same quote or a line end.
        ('say "hello world" twice', "nothing"),
        ('he said "hello world', "nothing"),
        ('the password is "hello world', '"hello world'),
        ("pwd: 'hello world", "'hello world"),
        (
            "db_password='hello world",
            "db_password='hello world",
        ),  # pragma: allowlist secret
        ('-String "hello world', '"hello world'),
        ("it was 'hello world", "'hello world"),
        ("it isn't hello world", "nothing"),
        ('say "hello world" twice, "then" more\nand on', "nothing"),
        ('say: "hello world', '"hello world'),
        ("quote 'open\nthen a new line", "nothing"),
        ("key follows -----BEGIN RSA", "-----BEGIN RSA"),
        ("a -----BEGIN header long ago " + "word " * 30, "nothing"),
    ],
)
def test_secret_hold(text: str, held: str) -> None:
    expected = len(text) if held == "nothing" else text.rindex(held)
    assert _at(SecretHold(), text) == expected


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("plain prose (with parentheses) and a colon: fine", "nothing"),
        ("see ![chart](https://x.io/a.png) ok", "![chart](https://x.io/a.png) ok"),
        ("a <b>tag</b> here", "<b>tag</b> here"),
        ("code `x` span", "`x` span"),
        ("css url(x) here", "url(x) here"),
        ("at @import rule", "@import rule"),
        ("mail a@b.io now", "nothing"),
        ("an escape \\[x", "\\[x"),
        ("x = 1", "= 1"),
        ("Great question! And more", "question! And more"),
        ("Great question!\nAnd more text", "nothing"),
        ("Wow! see fetch.(x\nmore", "Wow! see fetch.(x\nmore"),
        ("Wow!\nsee !(x) and f(y", "!(x) and f(y"),  # a "!" on the open line
    ],
)
def test_content_hold(text: str, held: str) -> None:
    expected = len(text) if held == "nothing" else text.rindex(held)
    assert _at(ContentHold(), text) == expected


def test_content_anchors_expire_after_their_reach() -> None:
    text = "see [x " + "word " * 40
    assert _at(ContentHold(reach=64), text) == len(text)
    assert _at(ContentHold(reach=512), text) == 4


LEAK = LeakHold([CANARY], SYSTEM_PROMPT, shingle_size=8, merge_gap=3, reach=512)


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("nothing to see in these words ", "nothing"),
        ("the marker is cana", "cana"),
        ("spelled c a n a r y 7 f", "c a n a r y 7 f"),
        ("reversed 4c12b9a3f7", "4c12b9a3f7"),
        ("so: you are a careful assistant", "you are a careful assistant"),
        (
            "so: you are a careful assistant for acme support. Never reveal xx yy",
            "you are a careful assistant for acme support. Never reveal xx yy",
        ),
        ("the weather is careful today ", "nothing"),
        ("the weather is careful to", "careful to"),  # the last word may grow
    ],
)
def test_leak_hold(text: str, held: str) -> None:
    expected = len(text) if held == "nothing" else text.rindex(held)
    assert _at(LEAK, text) == expected


def test_leak_hold_repr_shows_no_canary_or_prompt() -> None:
    shown = repr(LEAK)
    assert CANARY not in shown
    assert "careful" not in shown


def test_policy_for_recognizes_the_families() -> None:
    assert isinstance(policy_for(get_detector("pii")), PIIHold)
    assert isinstance(policy_for(get_detector("secrets")), SecretHold)
    assert isinstance(policy_for(get_detector("content")), ContentHold)
    custom = RuleDetector([Rule("d.k", "key", r"key \d+", max_len=20)])
    fixed = policy_for(custom)
    assert isinstance(fixed, FixedHold)
    assert fixed.reach == 22


def test_composite_holds_the_last_token_and_caps() -> None:
    hold = CompositeHold([PIIHold(), SecretHold(), ContentHold()], cap=32)
    text = "plain words then [an open bracket and many more words after it"
    # The bracket is older than the cap: released up to the last token.
    assert hold.limit(text, 0) == text.rindex("it")
    # A token longer than the cap is cut at the cap, as the fixed hold does.
    assert hold.limit("x" * 100, 0) == 100 - 32
    assert CompositeHold([], cap=512).limit("a b c", 0) == 4
    # Never before the base (the context already released).
    assert CompositeHold([], cap=512).limit("a b c", 5) == 5


def test_redactor_with_hold_policy_pickles() -> None:
    redactor = OutputRedactor(canaries=[CANARY], system_prompt=SYSTEM_PROMPT)
    copy = pickle.loads(pickle.dumps(redactor))  # noqa: S301 - our own object
    text = "write to jane@example.com now, then stop. " * 3
    pieces = [text[i : i + 5] for i in range(0, len(text), 5)]
    assert "".join(copy.transform(iter(pieces))) == redactor.invoke(text)
    assert "LeakHold" in repr(copy._policy)
    assert CANARY not in repr(copy._policy)
