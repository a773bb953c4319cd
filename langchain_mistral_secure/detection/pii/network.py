"""IP addresses: IPv4, IPv6, zones and networks, parsed with ``ipaddress``.

An address of a person's machine is personal data; ``127.0.0.1``,
``0.0.0.0:8000``, ``10.0.0.0/8`` or the documentation ranges are not: they are
configuration. By default only addresses that can name a host on the internet
are reported (``ip_include_reserved=True`` on the detector reports them all).
"""

from __future__ import annotations

import re2

from langchain_mistral_secure.detection.engine import Finding, Rule
from langchain_mistral_secure.detection.prefilter import found_in
from langchain_mistral_secure.detection.validators import ipv4_valid, ipv6_valid

__all__ = ["NETWORK_RULES", "ip_context_ok"]

_IPV4 = r"(?:^|[^0-9A-Za-z.])((?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?)"
_IPV6 = (
    r"(?:^|[^0-9A-Za-z_:.])("
    r"(?:[0-9A-Fa-f]{0,4}:){2,7}"
    r"(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{1,4})?"
    r"(?:%[0-9A-Za-z]{1,15})?(?:/\d{1,3})?)"
)
# Words that announce a version number or an OID, not an address.
_VERSION_HINT = re2.compile(
    r"(?i)(?:\bv|\bver\.?|\bversion|\brelease|\bbuild|\brev\.?|\brevision|"
    r"\bfirmware|\bfw|\boid)[\s:=\"'#]*$"
)


def _ipv6_candidate(text: str) -> bool:
    # The bare unspecified address "::" reads as code (Haskell, C++), not an IP.
    if not any(char.isalnum() for char in text.split("/", 1)[0]):
        return "/" in text
    return ipv6_valid(text)


NETWORK_RULES: tuple[Rule, ...] = (
    Rule(
        id="pii.ipv4",
        category="ip_address",
        pattern=_IPV4,
        validator=ipv4_valid,
        on_view=False,
        group=1,
        max_len=20,
        score=0.8,
        description="IPv4 address or CIDR network (parsed with ipaddress).",
    ),
    Rule(
        id="pii.ipv6",
        category="ip_address",
        pattern=_IPV6,
        validator=_ipv6_candidate,
        on_view=False,
        group=1,
        max_len=72,
        score=0.8,
        description="IPv6 address, zone or network (parsed with ipaddress).",
    ),
)


def ip_context_ok(text: str, finding: Finding) -> bool:
    """Drop IPs glued to letters/digits or announced as a version number or OID."""
    after = text[finding.end : finding.end + 2]
    if after[:1].isalnum() or after[:1] in ("_", "%"):
        return False
    if after[:1] == "." and after[1:2].isdigit():
        return False
    before = text[max(0, finding.start - 16) : finding.start]
    return not found_in(_VERSION_HINT, before)
