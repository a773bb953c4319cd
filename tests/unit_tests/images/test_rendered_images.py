"""Render before and after redaction: no fetch may leave the allowlist.

The corpus (``image_corpus.py``) is generated from families: markdown and HTML
forms x URL encodings x hosts x alt texts x whitespace, seeded. markdown-it-py
renders each text, ``html.parser`` and tinycss2 collect every URL in a fetching
position, and a WHATWG-style reading of each URL decides its host.
"""

from __future__ import annotations

import random
from collections import defaultdict
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from image_corpus import (
    ALLOWED,
    DATA,
    HTML_FORMS,
    MD_FORMS,
    Case,
    bad_fetches,
    browser_host,
    build_corpus,
    chunkings,
    render,
)

from langchain_mistral_secure.redactor import OutputRedactor

REDACTOR = OutputRedactor(image_host_allowlist=list(ALLOWED))
CORPUS = build_corpus()
# Active content (frames, plugins, refresh) is removed whatever its host.
ACTIVE_FORMS = {"html.iframe", "html.object", "html.embed", "html.meta_refresh"}
# Encodings an allowlisted image is written in by people and models.
PLAIN_ENCODINGS = {"plain", "upper_scheme", "protocol_relative"}

ATTACKS: dict[str, list[Case]] = defaultdict(list)
LIVE: dict[str, list[Case]] = defaultdict(list)
KEPT: dict[str, list[Case]] = defaultdict(list)
for _case in CORPUS:
    if not _case.allowed:
        ATTACKS[_case.form].append(_case)
        if bad_fetches(_case.text):
            LIVE[_case.form].append(_case)
    elif _case.encoding in PLAIN_ENCODINGS and _case.form not in ACTIVE_FORMS:
        KEPT[_case.form].append(_case)
FORMS = sorted(ATTACKS)


def streamed(text: str, pieces: list[str]) -> str:
    assert "".join(pieces) == text
    return "".join(REDACTOR.transform(iter(pieces)))


async def astreamed(pieces: list[str]) -> str:
    async def source() -> Any:
        for piece in pieces:
            yield piece

    return "".join([out async for out in REDACTOR.atransform(source())])


def test_corpus_covers_every_family_and_is_live() -> None:
    assert len(CORPUS) >= 1000
    assert set(FORMS) == set(MD_FORMS) | set(HTML_FORMS)
    live = sum(len(cases) for cases in LIVE.values())
    # Most attack cases really fetch an outside host when rendered unredacted.
    assert live >= 900
    # Forms the renderer passes through (HTML blocks and inline HTML) are live.
    assert [form for form in FORMS if not LIVE[form]] == []


@pytest.mark.parametrize("form", FORMS)
def test_no_outside_fetch_after_invoke(form: str) -> None:
    for case in ATTACKS[form]:
        out = REDACTOR.invoke(case.text)
        assert bad_fetches(out) == [], case.id


@pytest.mark.parametrize("form", FORMS)
def test_stream_equals_invoke(form: str) -> None:
    rng = random.Random(form)  # noqa: S311 - test data
    for case in ATTACKS[form] + KEPT[form]:
        whole = REDACTOR.invoke(case.text)
        for pieces in chunkings(case.text, rng):
            assert streamed(case.text, pieces) == whole, case.id


@pytest.mark.parametrize("form", FORMS)
async def test_astream_equals_invoke(form: str) -> None:
    rng = random.Random(f"async {form}")  # noqa: S311 - test data
    for case in LIVE[form]:
        whole = await REDACTOR.ainvoke(case.text)
        assert bad_fetches(whole) == [], case.id
        pieces = next(iter(chunkings(case.text, rng, count=1)))
        assert await astreamed(pieces) == whole, case.id


@pytest.mark.parametrize("form", sorted(KEPT))
def test_allowlisted_images_render_unchanged(form: str) -> None:
    assert KEPT[form]
    for case in KEPT[form]:
        assert REDACTOR.invoke(case.text) == case.text, case.id


def test_allowlisted_images_are_really_fetched() -> None:
    # The kept cases are not vacuous: rendered, they fetch the allowed host.
    hosts = {
        browser_host(url)
        for cases in KEPT.values()
        for case in cases
        for url in _fetched(case.text)
    }
    assert {"acme.com", "cdn.acme.com"} <= hosts


def _fetched(text: str) -> list[str]:
    from image_corpus import fetched_urls  # noqa: PLC0415

    return fetched_urls(render(text))


BENIGN = [
    "# Report\n\nSee [the docs](https://docs.python.org/3/) and <https://example.org>.",
    '![logo](/static/logo.png) and ![chart](images/chart.svg "Chart")',
    (
        "![a](https://acme.com/a.png) ![b](https://cdn.acme.com/b.png)\n\n"
        "[r]: https://acme.com/r.png\n\n![c][r] ![r][] ![r]"
    ),
    "| col | url |\n|---|---|\n| a | https://example.com/x |\n",
    "```html\n<p>code sample</p>\n```\n\nInline `code` and **bold** [x][y].",
    "Use `src` and `href` attributes; the data = 3 and style is nice.",
    "Math: a < b and c > d, [1, 2] ![not an image because",
    "- item one\n- item [two](https://example.com/two)\n\n> quote [q](#anchor)",
    'Raw <span class="x">html</span> <a href="/local">local</a> <img src="/x.png">',
    "Footnote style [1] and [2].\n\n[1]: /docs/one\n[2]: #two",
    "An e.g. url(/relative.png) and url(#frag) in prose, image(s) too.",
]


@pytest.mark.parametrize("text", BENIGN)
def test_benign_markdown_passes_byte_for_byte(text: str) -> None:
    assert REDACTOR.invoke(text) == text
    assert streamed(text, list(text)) == text


@pytest.mark.parametrize("text", BENIGN)
async def test_benign_markdown_passes_byte_for_byte_async(text: str) -> None:
    assert await REDACTOR.ainvoke(text) == text
    assert await astreamed([text[i : i + 5] for i in range(0, len(text), 5)]) == text


_FRAGMENTS = sorted({case.text for cases in LIVE.values() for case in cases[:3]})
_GLUE = ["", " ", "\n", "\n\n", "![", "](", "]: ", "<img ", '"', "\\", "`", "!"]


@settings(max_examples=60, deadline=None)
@given(
    parts=st.lists(
        st.one_of(st.sampled_from(_FRAGMENTS), st.sampled_from(_GLUE)),
        min_size=1,
        max_size=8,
    ),
    sizes=st.lists(st.integers(min_value=1, max_value=40), min_size=1, max_size=6),
)
def test_mixed_fragments_stream_like_invoke_and_fetch_nothing(
    parts: list[str], sizes: list[int]
) -> None:
    text = "".join(parts)
    whole = REDACTOR.invoke(text)
    assert bad_fetches(whole) == []
    pieces: list[str] = []
    pos = 0
    index = 0
    while pos < len(text):
        size = sizes[index % len(sizes)]
        pieces.append(text[pos : pos + size])
        pos += size
        index += 1
    assert streamed(text, pieces) == whole


# Syntax atoms an attacker mixes: brackets, quotes, escapes, entities, tags,
# CSS calls, hosts that try to pass for the allowlisted one.
ATOMS = [
    *"![]()<>\"'=\\`!",
    " ", "\n", "\n\n", "\n> ", "\t", "\u200b", "a", "x" * 120, " " * 70,
    " src", "href", "srcset", "style", "url(", "]:", "<img", "<video",
    "<svg><image", "<link rel=stylesheet", "<div>\n", "<style>", "@import ",
    "image-set(", "'https://evil.io/z'", ",", " 2x", "[r]: ", "![r]", "![r][]",
    "![a](", "https://evil.io/x", "https://acme.com/y", "//evil.io",
    "\\\\evil.io", "http:evil.io", "&#104;ttps://evil.io", "https&#58;//evil.io",
    "acme.com&#46;evil.io", "https://acme.com&#64;evil.io",
    "https://acme.com\\@evil.io", "&#9;", "alice.smith@example.com",
]  # fmt: skip


@settings(max_examples=120, deadline=None)
@given(
    atoms=st.lists(st.sampled_from(ATOMS), min_size=1, max_size=60),
    sizes=st.lists(st.integers(min_value=1, max_value=130), min_size=1, max_size=5),
)
def test_syntax_soup_streams_like_invoke_and_fetches_nothing(
    atoms: list[str], sizes: list[int]
) -> None:
    text = "".join(atoms)
    whole = REDACTOR.invoke(text)
    assert bad_fetches(whole) == []
    pieces: list[str] = []
    pos = 0
    while pos < len(text):
        size = sizes[len(pieces) % len(sizes)]
        pieces.append(text[pos : pos + size])
        pos += size
    assert streamed(text, pieces) == whole


@pytest.mark.parametrize(
    "text",
    [
        # An unclosed image-set( whose first strings are allowed: more may come.
        "image-set('https://acme.com/a.png' 1x, " + "x" * 600 + "'https://evil.io/b'",
        # A "!" far before a glued (url): the finding starts at the "!".
        "!alice.smith@example.com" + "y" * 200 + "(https://evil.io/c.png)",
    ],
)
@pytest.mark.parametrize("size", [1, 7, 128])
def test_found_by_fuzzing_stream_equals_invoke(text: str, size: int) -> None:
    whole = REDACTOR.invoke(text)
    assert bad_fetches(whole) == []
    assert (
        streamed(text, [text[i : i + size] for i in range(0, len(text), size)]) == whole
    )


def test_secret_in_the_url_does_not_survive_markdown_images() -> None:
    # Inline images within the decision bounds are removed whole, URL included.
    for form in ("md.inline", "md.inline_title", "md.inline_angle", "md.in_sentence"):
        for case in LIVE[form]:
            if case.alt != "long":
                assert DATA not in REDACTOR.invoke(case.text), case.id
