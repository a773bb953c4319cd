"""Checks shared by the tests of the hand-written blind corpora (2 to 5).

Each corpus test module reads its own folder and calls these with its own
limits, so a check is written once. Every check returns what it found wrong
(ids or positions of the corpus under test, never the text of another
corpus), and the test asserts that list is empty; or it asserts itself and
says which limit failed.
"""

from __future__ import annotations

import json
import math
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

ATTACK_KINDS = ("direct_hijack", "extraction", "indirect", "jailbreak")
BENIGN_KINDS = (
    "benign_code",
    "benign_email_docs",
    "benign_multilingual",
    "benign_roleplay",
    "benign_security",
)
KINDS = ATTACK_KINDS + BENIGN_KINDS
# Files a corpus may add beyond the nine: everyday chat, from corpus 33 on
# (until then no corpus measured false positives on the kind of text users
# send most; docs/scorer-experiments.md, h48).
OPTIONAL_BENIGN_KINDS = ("benign_chat",)

Corpus = dict[str, list[dict[str, Any]]]


def label_of(kind: str) -> int:
    """0 for a benign file, 1 for an attack file."""
    return 0 if kind.startswith("benign_") else 1


def read_rows(directory: Path, kind: str) -> list[dict[str, Any]]:
    with (directory / f"{kind}.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def read_corpus(directory: Path, kinds: Sequence[str] = KINDS) -> Corpus:
    return {kind: read_rows(directory, kind) for kind in kinds}


def kinds_of(corpus: Corpus) -> list[str]:
    """The corpus's files in report order: the nine, then any optional ones."""
    return [kind for kind in (*KINDS, *OPTIONAL_BENIGN_KINDS) if kind in corpus]


def benign_kinds_of(corpus: Corpus) -> list[str]:
    return [kind for kind in kinds_of(corpus) if label_of(kind) == 0]


def squash(text: str) -> str:
    """Case, width and whitespace folded: two rows this equal are one row."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def shingles(text: str, size: int) -> frozenset[str]:
    folded = squash(text)
    starts = range(max(1, len(folded) - size + 1))
    return frozenset(folded[i : i + size] for i in starts)


def near_copies(
    mine: Sequence[str],
    theirs: Sequence[str],
    share: float = 0.8,
    size: int = 5,
    *,
    strict: bool = False,
) -> list[int]:
    """Positions in ``mine`` of texts whose ``size``-gram Jaccard with a text of
    ``theirs`` reaches ``share`` (exceeds it when ``strict``). Only positions
    are returned, never the other texts.

    Prefix filter, so the check stays fast: Jaccard >= ``share`` needs the two
    sets to share at least ``ceil(share * n)`` of the ``n`` shingles of mine,
    so any ``n - ceil(share * n) + 1`` of my shingles (the rarest are taken)
    hold one of theirs; only texts with such a shingle are compared in full.
    (A strict bound needs at least as many, so the same prefix is safe.)
    """
    other = [shingles(text, size) for text in theirs]
    return near_copies_of_grams(mine, other, share, size, strict=strict)


def near_copies_of_grams(
    mine: Sequence[str],
    other: Sequence[frozenset[str]],
    share: float = 0.8,
    size: int = 5,
    *,
    strict: bool = False,
) -> list[int]:
    """``near_copies`` with ``theirs`` already cut into ``size``-gram sets.

    A caller that compares several corpora to the same earlier texts cuts
    them once (``shingles(text, size)`` for each) and passes the sets here.
    """
    index: dict[str, list[int]] = defaultdict(list)
    for number, grams in enumerate(other):
        for gram in grams:
            index[gram].append(number)
    close = []
    for position, text in enumerate(mine):
        grams = shingles(text, size)
        n = len(grams)
        prefix = sorted(grams, key=lambda g: len(index.get(g, ())))
        prefix = prefix[: n - math.ceil(share * n) + 1]
        candidates = {number for g in prefix for number in index.get(g, ())}
        for number in candidates:
            theirs_n = len(other[number])
            # Two sets this far apart in size cannot reach the share.
            if min(n, theirs_n) < share * max(n, theirs_n):
                continue
            common = len(grams & other[number])
            union = n + theirs_n - common
            if common > share * union or (not strict and common >= share * union):
                close.append(position)
                break
    return close


def exact_copies(mine: Iterable[str], theirs: Iterable[str]) -> list[int]:
    """Positions in ``mine`` of texts equal (folded) to a text of ``theirs``."""
    folded = {squash(text) for text in theirs}
    return [n for n, text in enumerate(mine) if squash(text) in folded]


def bad_fields(rows: list[dict[str, Any]], kind: str, fields: set[str]) -> list[int]:
    """Positions of rows whose fields, label, kind, family or lang are malformed."""

    def ok(row: dict[str, Any]) -> bool:
        text, family, lang = row.get("text"), row.get("family"), row.get("lang")
        return (
            set(row) == fields
            and row["label"] == label_of(kind)
            and row["kind"] == kind
            and isinstance(text, str)
            and bool(text.strip())
            and text == text.strip()
            and isinstance(family, str)
            and family.isidentifier()
            and family.islower()
            and isinstance(lang, str)
            and len(lang) == 2
            and lang.isascii()
            and lang.isalpha()
            and lang.islower()
        )

    return [n for n, row in enumerate(rows) if not ok(row)]


def bad_ids(rows: list[dict[str, Any]], kind: str, prefix: str) -> list[int]:
    """Positions whose id is not ``<prefix>-<kind>-<NNN>`` counting from 001."""
    return [
        n
        for n, row in enumerate(rows, 1)
        if row.get("id") != f"{prefix}-{kind}-{n:03d}"
    ]


def repeated_ids(corpus: Corpus) -> list[str]:
    ids = [row["id"] for rows in corpus.values() for row in rows]
    return [i for i, n in Counter(ids).items() if n > 1]


def non_jsonl_files(directory: Path, kinds: Sequence[str] = KINDS) -> list[str]:
    """Files of the corpus that are empty or hold a line that is not an object."""
    out = []
    for kind in kinds:
        lines = (directory / f"{kind}.jsonl").read_text("utf-8").splitlines()
        if not lines or not all(isinstance(json.loads(line), dict) for line in lines):
            out.append(kind)
    return out


def check_attack_kind(
    rows: list[dict[str, Any]], min_rows: int, min_families: int, max_share: float
) -> None:
    """Large enough, spread over families, no family most of the kind."""
    families = Counter(row["family"] for row in rows)
    assert len(rows) >= min_rows
    assert len(families) >= min_families
    assert max(families.values()) <= max_share * len(rows)


def check_benign_kind(
    rows: list[dict[str, Any]], min_rows: int, min_families: int
) -> None:
    assert len(rows) >= min_rows
    assert len({row["family"] for row in rows}) >= min_families


def check_languages(
    corpus: Corpus,
    low: float,
    min_languages: int,
    high: float = 1.0,
) -> None:
    """Share of non-English rows in ``[low, high]`` and enough other languages,
    for the attack files and the benign files separately."""
    for kinds in (list(ATTACK_KINDS), benign_kinds_of(corpus)):
        rows = [row for kind in kinds for row in corpus[kind]]
        other = [row for row in rows if row["lang"] != "en"]
        assert low * len(rows) <= len(other) <= high * len(rows), kinds
        assert len({row["lang"] for row in other}) >= min_languages, kinds


def check_lengths(rows: list[dict[str, Any]], short: int = 80, long: int = 450) -> None:
    """From a one-liner (under ``short``) to a document (over ``long``)."""
    lengths = sorted(len(row["text"]) for row in rows)
    assert lengths[0] < short
    assert lengths[-1] > long


def long_attack_kinds(corpus: Corpus, min_rows: int, length: int = 1000) -> set[str]:
    """Kinds holding an attack over ``length`` characters; at least ``min_rows``."""
    long_rows = [
        row
        for kind in ATTACK_KINDS
        for row in corpus[kind]
        if len(row["text"]) > length
    ]
    assert len(long_rows) >= min_rows
    return {row["kind"] for row in long_rows}


def repeated_texts(corpus: Corpus) -> list[str]:
    """Folded texts that appear more than once (first 60 characters)."""
    texts = [squash(row["text"]) for rows in corpus.values() for row in rows]
    return [text[:60] for text, n in Counter(texts).items() if n > 1]


def near_duplicate_pairs(
    rows: list[dict[str, Any]], share: float = 0.6, size: int = 4
) -> list[tuple[int, int]]:
    """Position pairs of rows of one file sharing more than ``share`` of their
    ``size``-grams: rows must differ in wording, not only in a name or number."""
    grams = [shingles(row["text"], size) for row in rows]
    index: dict[str, list[int]] = defaultdict(list)
    for number, mine in enumerate(grams):
        for gram in mine:
            index[gram].append(number)
    pairs = set()
    for i, a in enumerate(grams):
        # The prefix filter of ``near_copies``: a pair this close shares one of
        # any ``n - ceil(share * n) + 1`` grams of ``a``, so only rows holding
        # one of those are compared (the same pairs as comparing all of them).
        prefix = sorted(a, key=lambda g: len(index[g]))
        prefix = prefix[: len(a) - math.ceil(share * len(a)) + 1]
        for j in {number for g in prefix for number in index[g]}:
            if j != i and len(a & grams[j]) > share * len(a | grams[j]):
                pairs.add((min(i, j), max(i, j)))
    return sorted(pairs)


def readme_count_lines(corpus: Corpus) -> list[str]:
    """The lines the README's per-file table must hold."""
    out = []
    for kind in kinds_of(corpus):
        rows = corpus[kind]
        other = sum(row["lang"] != "en" for row in rows)
        families = len({row["family"] for row in rows})
        langs = len({row["lang"] for row in rows})
        out.append(
            f"| `{kind}.jsonl` | {label_of(kind)} | {len(rows)} | {other} | "
            f"{families} | {langs} |"
        )
    return out


def readme_family_lines(corpus: Corpus) -> list[str]:
    """The row-count prefix of each line of the README's per-family table."""
    return [
        f"| {kind} | {family} | {n} |"
        for kind in kinds_of(corpus)
        for family, n in Counter(row["family"] for row in corpus[kind]).items()
    ]


def missing_from(readme: Path, lines: Iterable[str]) -> list[str]:
    text = readme.read_text(encoding="utf-8")
    return [line for line in lines if line not in text]
