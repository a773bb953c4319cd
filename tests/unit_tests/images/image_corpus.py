"""A generated corpus of images a renderer fetches, and an oracle that counts them.

Cases are generated from families (form x URL encoding x host x alt text x
whitespace) with a fixed seed, so the corpus is the same on every run and covers
every family without being tuned to single rows.

The oracle renders markdown with markdown-it-py (CommonMark, raw HTML on), parses
the HTML with :mod:`html.parser` (which decodes character references in attribute
values as a browser does) and tokenizes CSS with tinycss2. It then reads every URL
in a fetching position as a browser's URL parser would, relative to
:data:`BASE`, and reports the ones whose host is not allowlisted. It is written
independently of the detector it checks (no import from the package).

Shared by ``tests/unit_tests/images`` and ``benchmarks/images.py``.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import unquote

import re2
import tinycss2
from markdown_it import MarkdownIt

ALLOWED = ("acme.com",)
BASE_SCHEME = "https"
BASE = "https://chat.example/app/"
SEED = 15
DATA = "SECRETDATA"

_MD = MarkdownIt("commonmark", {"html": True})


def render(text: str) -> str:
    """Render markdown (raw HTML allowed) as a chat UI would."""
    return _MD.render(text)


# ----------------------------------------------------------------- the oracle

_SCHEME = re2.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):([\s\S]*)$")
_SPECIAL = {"http", "https", "ws", "wss", "ftp"}
_FORBIDDEN_HOST = re2.compile(r"[\x00-\x20#%/:<>?@\[\\\]^|]")
_NO_FETCH_SCHEMES = {"data", "javascript", "vbscript", "about", "blob", "mailto"}


def browser_host(url: str) -> str | None:  # noqa: PLR0911 - one per parser branch
    """The host a browser fetches ``url`` from on :data:`BASE` (None: same origin).

    Follows the WHATWG URL parser for what matters here: trim C0 and space,
    drop tabs and newlines, ``\\`` as ``/`` in special URLs, any number of
    slashes before the authority, the last ``@`` of the authority, percent-
    decoding and IDNA of the host. A URL that fails to parse is reported as
    ``"<invalid>"`` (counted as not allowed: strict).
    """
    url = url.strip("".join(chr(c) for c in range(0x21)))
    url = url.replace("\t", "").replace("\n", "").replace("\r", "")
    found = _SCHEME.match(url)
    if found is not None:
        scheme = found.group(1).lower()
        rest = found.group(2)
        if scheme in _NO_FETCH_SCHEMES:
            return None
        if scheme not in _SPECIAL:
            return f"<{scheme}>"
        rest = rest.replace("\\", "/")
        if scheme == BASE_SCHEME and not rest.startswith("//"):
            return None  # same scheme, no slashes: a path relative to the page
    elif url[:1] in ("/", "\\") and url[1:2] in ("/", "\\"):
        rest = url.replace("\\", "/")
    else:
        return None
    authority = rest.lstrip("/")
    for stop in "/?#":
        authority = authority.split(stop, 1)[0]
    host = authority.rsplit("@", 1)[-1]
    if host.startswith("["):
        return host.split("]", 1)[0] + "]"
    host = host.split(":", 1)[0]
    try:
        host = unquote(host, errors="strict")
        host = unicodedata.normalize("NFKC", host).lower()
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except (UnicodeError, ValueError):
        return "<invalid>"
    if not host or _FORBIDDEN_HOST.search(host):
        return "<invalid>"
    return host.rstrip(".")


def host_is_allowed(host: str | None) -> bool:
    """Same origin, or an allowlisted host or subdomain."""
    if host is None:
        return True
    return any(host == a or host.endswith("." + a) for a in ALLOWED)


_URL_ATTRS: dict[str, tuple[str, ...]] = {
    "img": ("src", "lowsrc", "dynsrc"),
    "image": ("href", "xlink:href", "src"),
    "use": ("href", "xlink:href"),
    "feimage": ("href", "xlink:href"),
    "source": ("src",),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "embed": ("src",),
    "iframe": ("src",),
    "frame": ("src",),
    "object": ("data",),
    "input": ("src",),
    "script": ("src", "href", "xlink:href"),
    "link": ("href",),
    "base": ("href",),
    "body": ("background",),
    "table": ("background",),
    "td": ("background",),
    "th": ("background",),
    "tr": ("background",),
}
_SRCSET_ATTRS = ("srcset", "imagesrcset")
_REFRESH = re2.compile(r"(?i)^\s*[0-9.]+\s*[;,]?\s*(?:url\s*=\s*)?['\"]?([^'\"]*)")


def _css_urls(css: str) -> Iterator[str]:  # noqa: C901 - one branch per token type
    """URLs a CSS text would load: url(), image-set() strings, @import."""

    def walk(  # noqa: C901 - one branch per token type
        tokens: list[object], in_image_set: bool = False
    ) -> Iterator[str]:
        for token in tokens:
            kind = getattr(token, "type", "")
            if kind == "url":
                yield token.value  # type: ignore[attr-defined]
            elif kind == "function":
                name = token.lower_name  # type: ignore[attr-defined]
                args = token.arguments  # type: ignore[attr-defined]
                if name == "url":
                    yield from (
                        a.value for a in args if getattr(a, "type", "") == "string"
                    )
                yield from walk(args, name.endswith("image-set") or name == "image")
            elif kind == "string" and in_image_set:
                yield token.value  # type: ignore[attr-defined]
            elif kind in ("() block", "[] block", "{} block"):
                yield from walk(token.content)  # type: ignore[attr-defined]
            elif kind == "at-rule":
                if token.lower_at_keyword == "import":  # type: ignore[attr-defined]
                    for part in token.prelude:  # type: ignore[attr-defined]
                        if getattr(part, "type", "") == "string":
                            yield part.value
                yield from walk(token.prelude)  # type: ignore[attr-defined]
                yield from walk(token.content or [])  # type: ignore[attr-defined]
            elif kind == "declaration":
                yield from walk(token.value)  # type: ignore[attr-defined]
            elif kind == "qualified-rule":
                yield from walk(token.prelude)  # type: ignore[attr-defined]
                yield from walk(token.content)  # type: ignore[attr-defined]

    yield from walk(tinycss2.parse_stylesheet(css))
    yield from walk(tinycss2.parse_blocks_contents(css))


class _Fetches(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []
        self._style = False

    def handle_starttag(  # noqa: C901 - one branch per fetching attribute
        self, tag: str, attrs: list[tuple[str, str | None]]
    ) -> None:
        values = {name: value or "" for name, value in attrs}
        for name in _URL_ATTRS.get(tag, ()):
            if name in values:
                self.urls.append(values[name])
        for name in _SRCSET_ATTRS:
            if name in values:
                for candidate in values[name].split(","):
                    parts = candidate.split()
                    if parts:
                        self.urls.append(parts[0])
        if "background" in values and tag not in _URL_ATTRS:
            self.urls.append(values["background"])
        if "style" in values:
            self.urls.extend(_css_urls(values["style"]))
        if tag == "meta" and values.get("http-equiv", "").lower() == "refresh":
            found = _REFRESH.match(values.get("content", ""))
            if found is not None and found.group(1).strip():
                self.urls.append(found.group(1))
        if tag == "style":
            self._style = True

    handle_startendtag = handle_starttag

    def parse_html_declaration(self, i: int) -> int:
        # "<![x" that is not CDATA is a bogus comment to a browser (html.parser
        # would raise on it).
        if self.rawdata.startswith("<![", i) and not self.rawdata.startswith(
            "<![CDATA[", i
        ):
            end = self.rawdata.find(">", i)
            return -1 if end < 0 else end + 1
        return super().parse_html_declaration(i)

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._style = False

    def handle_data(self, data: str) -> None:
        if self._style:
            self.urls.extend(_css_urls(data))


def fetched_urls(rendered_html: str) -> list[str]:
    """Every URL in a fetching position of rendered HTML (as written)."""
    parser = _Fetches()
    parser.feed(rendered_html)
    parser.close()
    return parser.urls


def bad_fetches(markdown_text: str) -> list[str]:
    """Hosts outside the allowlist that rendering ``markdown_text`` fetches."""
    hosts = [browser_host(url) for url in fetched_urls(render(markdown_text))]
    return [host or "" for host in hosts if not host_is_allowed(host)]


# ----------------------------------------------------------------- the corpus


@dataclass(frozen=True)
class Case:
    """One generated text and what it is made of."""

    family: str
    form: str
    encoding: str
    host: str
    alt: str
    text: str
    allowed: bool

    @property
    def id(self) -> str:
        """A readable id (no text)."""
        return f"{self.form}/{self.encoding}/{self.host}/{self.alt}"


MD_FORMS: dict[str, str] = {
    "md.inline": "![{alt}]({url})",
    "md.inline_title": '![{alt}]({url} "a title")',
    "md.inline_angle": "![{alt}](<{url}>)",
    "md.inline_spaces": "![{alt}]({spaces}{url})",
    "md.inline_newline": "![{alt}](\n  {url}\n)",
    "md.in_sentence": "As shown here ![{alt}]({url}) the answer is 42.",
    "md.reference": "See ![{alt}][ref1] below.\n\n[ref1]: {url}",
    "md.reference_before": "[ref1]: {url}\n\nSee ![{alt}][ref1].",
    "md.reference_title": "![{alt}][ref1]\n\n[ref1]: <{url}> 'title'",
    "md.definition_next_line": "![{alt}][ref1]\n\n[ref1]:\n   {url}",
    "md.collapsed": "![chart][]\n\n[chart]: {url}",
    "md.shortcut": "![chart]\n\n[chart]: {url}",
    "md.shortcut_case": "![Chart]\n\n[CHART]: {url}",
    "md.blockquote": "> Quote: ![{alt}]({url})",
    "md.list": "- item\n- ![{alt}]({url})",
    "md.link_wrapped": "[![{alt}]({url})](https://python.org)",
    "md.bang_run": "Wow!![{alt}]({url})",
}
HTML_FORMS: dict[str, str] = {
    "html.img": '<img src="{url}" alt="x">',
    "html.img_inline": 'Look: <img alt="x" src="{url}"> nice.',
    "html.img_single_quotes": "<img src='{url}'>",
    # Inside an HTML block (a <div> line opens one), as a browser parses it.
    "html.img_unquoted": "<div>\n<img src={url} alt=x>\n</div>",
    "html.img_many_attrs": "<img "
    + " ".join(f'data-k{n}="value {n}"' for n in range(12))
    + ' src="{url}">',
    "html.img_slash": '<div>\n<img/src="{url}">\n</div>',
    "html.img_in_block": '<div>\n<p>Text <img alt="a b" src="{url}"> more</p>\n</div>',
    "html.img_upper": '<IMG SRC="{url}">',
    "html.img_srcset": '<img srcset="/a.png 1x, {url} 2x" src="/a.png">',
    "html.picture": '<picture><source srcset="{url}"><img src="/a.png"></picture>',
    "html.video_poster": '<video poster="{url}" controls></video>',
    "html.video_src": 'Clip: <video src="{url}"></video>',
    "html.audio": 'Hear: <audio src="{url}"></audio>',
    "html.source": "<video><source src='{url}'></video>",
    "html.track": '<video><track src="{url}"></video>',
    "html.input_image": '<input type="image" src="{url}">',
    "html.link_stylesheet": '<link rel="stylesheet" href="{url}">',
    "html.link_icon": '<link rel="icon" href="{url}">',
    "html.link_preload": '<link rel="preload" as="image" href="{url}">',
    "html.object": 'X <object data="{url}"></object>',
    "html.embed": '<embed src="{url}">',
    "html.iframe": 'X <iframe src="{url}"></iframe>',
    "html.svg_image": '<svg><image href="{url}" /></svg>',
    "html.svg_xlink": '<svg><image xlink:href="{url}" /></svg>',
    "html.svg_use": '<svg><use href="{url}" /></svg>',
    "html.style_attr": "<div style=\"background-image: url('{url}')\">x</div>",
    "html.style_attr_bare": '<div style="background:url({url})">x</div>',
    "html.style_import": '<style>@import "{url}";</style>',
    "html.style_url": "<style>\nbody {{ background: url({url}) }}\n</style>",
    "html.image_set": "<div style=\"background: image-set('{url}' 1x)\">x</div>",
    "html.background": '<table background="{url}"><tr><td>x</td></tr></table>',
    "html.meta_refresh": '<meta http-equiv="refresh" content="0; url={url}">',
}

# host label -> (host text, allowed, contexts it can be written in)
HOSTS: dict[str, tuple[str, bool, str]] = {
    "evil": ("evil.io", False, "md html"),
    "suffix": ("acme.com.evil.io", False, "md html"),
    "lookalike": ("evilacme.com", False, "md html"),
    "userinfo": ("acme.com@evil.io", False, "md html"),
    "userinfo_port": ("acme.com:443@evil.io", False, "md html"),
    "entity_at": ("acme.com&#64;evil.io", False, "md html"),
    "entity_dot": ("acme&#46;com&#46;evil&#46;io", False, "md html"),
    "entity_tab": ("acme.com&#9;.evil.io", False, "md html"),
    "raw_tab": ("acme.com\t.evil.io", False, "html"),
    "raw_newline": ("acme.com\n.evil.io", False, "html"),
    "md_escaped_at": ("acme.com\\@evil.io", False, "md"),
    "fullwidth": ("\uff45\uff56\uff49\uff4c.io", False, "md html"),
    "idn": ("\u00e9vil.io", False, "md html"),
    "punycode": ("xn--vil-bma.io", False, "md html"),
    "percent": ("%65vil.io", False, "md html"),
    "ip": ("203.0.113.7", False, "md html"),
    "port": ("evil.io:8443", False, "md html"),
    "allowed": ("acme.com", True, "md html"),
    "allowed_sub": ("cdn.acme.com", True, "md html"),
    "allowed_upper": ("CDN.ACME.COM", True, "md html"),
}


# encoding -> template of the URL (``{h}``: host, ``{p}``: path).
URL_TEMPLATES: dict[str, str] = {
    "plain": "https://{h}{p}",
    "upper_scheme": "HTTPS://{h}{p}",
    "entity_h": "&#104;ttps://{h}{p}",
    "entity_hex": "&#x68;ttps://{h}{p}",
    "entity_nosemi": "&#104ttps://{h}{p}",
    "entity_colon": "https&#58;//{h}{p}",
    "named_colon": "https&colon;//{h}{p}",
    "entity_slashes": "https:&#47;&#x2F;{h}{p}",
    "backslash_colon": "https\\://{h}{p}",
    "no_slashes": "http:{h}{p}",
    "protocol_relative": "//{h}{p}",
    "backslashes": "https:\\\\{h}{p}",
    "triple_slash": "https:///{h}{p}",
    "tab_scheme": "ht&#9;tps://{h}{p}",
    "newline_entity": "https:/&#10;/{h}{p}",
}


def _url(host: str, encoding: str) -> str:
    return URL_TEMPLATES[encoding].format(h=host, p=f"/p/x.png?d={DATA}")


ENCODINGS: dict[str, str] = {
    "plain": "md html",
    "upper_scheme": "md html",
    "entity_h": "md html",
    "entity_hex": "md html",
    "entity_nosemi": "html",
    "entity_colon": "md html",
    "named_colon": "md html",
    "entity_slashes": "md html",
    "backslash_colon": "md",
    "no_slashes": "md html",
    "protocol_relative": "md html",
    "backslashes": "html",
    "triple_slash": "md html",
    "tab_scheme": "html",
    "newline_entity": "html",
}
ALTS: dict[str, str] = {
    "short": "chart",
    "empty": "",
    "long": "a description of the chart " * 5,
    "nested": "a [nested [deep]] alt",
    "newline": "first line\nsecond line",
    "escaped": "a \\] tricky \\[ alt",
    "emphasis": "*bold* and `code`",
}


def _context(form: str) -> str:
    return "md" if form.startswith("md.") else "html"


def _make(form: str, encoding: str, host: str, alt: str, rng: random.Random) -> Case:
    template = MD_FORMS.get(form) or HTML_FORMS[form]
    host_text, allowed, _ = HOSTS[host]
    url = _url(host_text, encoding)
    text = template.format(
        url=url, alt=ALTS[alt], spaces=" " * rng.choice((1, 4, 9, 17, 40))
    )
    return Case(
        family=form.split(".", maxsplit=1)[0],
        form=form,
        encoding=encoding,
        host=host,
        alt=alt,
        text=text,
        allowed=allowed,
    )


def build_corpus(seed: int = SEED) -> list[Case]:  # noqa: C901 - the grid
    """Every form x host, every form x encoding and every markdown form x alt.

    The other dimensions of each case are drawn from a seeded generator.
    """
    rng = random.Random(seed)  # noqa: S311 - test data
    forms = [*MD_FORMS, *HTML_FORMS]
    cases: dict[tuple[str, str, str, str], Case] = {}

    def add(form: str, encoding: str, host: str, alt: str) -> None:
        context = _context(form)
        if context not in ENCODINGS[encoding] or context not in HOSTS[host][2]:
            return
        key = (form, encoding, host, alt)
        if key not in cases:
            cases[key] = _make(form, encoding, host, alt, rng)

    def pick(options: dict[str, str], form: str) -> str:
        usable = [k for k, v in options.items() if _context(form) in v]
        return rng.choice(usable)

    hosts = {k: v[2] for k, v in HOSTS.items()}
    for form in forms:
        for host in HOSTS:
            add(form, pick(ENCODINGS, form), host, rng.choice(list(ALTS)))
        for encoding in ENCODINGS:
            add(form, encoding, pick(hosts, form), rng.choice(list(ALTS)))
        if form.startswith("md."):
            for alt in ALTS:
                add(form, pick(ENCODINGS, form), pick(hosts, form), alt)
    # The allowlisted hosts in plain form, for every form and alt.
    for form in forms:
        for host in ("allowed", "allowed_sub"):
            add(form, "plain", host, "short")
    return list(cases.values())


def chunkings(text: str, rng: random.Random, count: int = 2) -> Iterator[list[str]]:
    """Random ways to cut ``text`` into stream chunks (plus one per character)."""
    yield list(text)
    for _ in range(count):
        pieces: list[str] = []
        pos = 0
        while pos < len(text):
            size = rng.choice((1, 2, 3, 7, 16, 61, 200))
            pieces.append(text[pos : pos + size])
            pos += size
        yield pieces
