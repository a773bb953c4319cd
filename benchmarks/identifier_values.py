"""Generated national identifiers for ``benchmarks.identifiers``.

Valid values have random bodies and the check suffix python-stdnum accepts
(found by trying every possible suffix), written the way people write them
and embedded in a sentence with a context word; invalid values are the same
values with one character changed (and refused by python-stdnum); "bare"
values drop the keyword; "noise" values have the same shape with a random
check part.
"""

# ruff: noqa: PLC0415, E501
# (PLC0415: the package is imported lazily on purpose; E501: the generator
# table keeps one identifier per line.)

from __future__ import annotations

import random
import string
from collections.abc import Callable

# -- generated identifiers --------------------------------------------------------


def _digits(rng: random.Random, size: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(size))


def _date(rng: random.Random) -> tuple[str, str, str]:
    return (
        f"{rng.randint(40, 99):02d}",
        f"{rng.randint(1, 12):02d}",
        f"{rng.randint(1, 28):02d}",
    )


def _group(value: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, pos = [], 0
    for size in sizes:
        out.append(value[pos : pos + size])
        pos += size
    if pos < len(value):
        out.append(value[pos:])
    return sep.join(out)


def _nir(rng: random.Random) -> str:
    yy, mm, _ = _date(rng)
    return rng.choice("12") + yy + mm + f"{rng.randint(1, 95):02d}" + _digits(rng, 6)


def _it_cf(rng: random.Random) -> str:
    letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(6))
    yy, _, dd = _date(rng)
    day = int(dd) + rng.choice((0, 40))
    town = rng.choice("ABCDEFGHILM") + _digits(rng, 3)
    return letters + yy + rng.choice("ABCDEHLMPRST") + f"{day:02d}" + town


def _nino(rng: random.Random) -> str:
    first = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    return first + second + _digits(rng, 6)


def _at(rng: random.Random) -> str:
    yy, mm, dd = _date(rng)
    return _digits(rng, 3) + "{check}" + dd + mm + yy


# id -> (body maker, check suffix alphabet, check size, formatter, sentence)
_DIGITS = string.digits
_UPPER = string.ascii_uppercase
GENERATORS: dict[str, tuple[Callable[[random.Random], str], str, int, Callable[[str], str], str]] = {
    "fr_nir": (_nir, _DIGITS, 2, lambda v: _group(v, (1, 2, 2, 2, 3, 3)), "Mon numéro de sécurité sociale : {v}."),
    "fr_siren": (lambda r: _digits(r, 8), _DIGITS, 1, lambda v: _group(v, (3, 3)), "SIREN {v}, Paris."),
    "fr_siret": (lambda r: _digits(r, 13), _DIGITS, 1, lambda v: _group(v, (3, 3, 3)), "Le SIRET est {v}."),
    "de_idnr": (lambda r: str(r.randint(1, 9)) + _digits(r, 9), _DIGITS, 1, lambda v: _group(v, (2, 3, 3)), "Meine Steuer-ID lautet {v}."),
    "es_dni": (lambda r: _digits(r, 8), _UPPER, 1, lambda v: v[:8] + "-" + v[8:], "Mi DNI es {v}."),
    "es_nie": (lambda r: r.choice("XYZ") + _digits(r, 7), _UPPER, 1, lambda v: v, "NIE: {v}"),
    "it_codice_fiscale": (_it_cf, _UPPER, 1, lambda v: v, "Il mio codice fiscale è {v}."),
    "nl_bsn": (lambda r: _digits(r, 8), _DIGITS, 1, lambda v: _group(v, (4, 2), "."), "Mijn BSN is {v}."),
    "be_national_number": (lambda r: "".join(_date(r)) + _digits(r, 3), _DIGITS, 2, lambda v: f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}", "Rijksregisternummer: {v}"),
    "pl_pesel": (lambda r: "".join(_date(r)) + _digits(r, 4), _DIGITS, 1, lambda v: v, "Mój numer PESEL to {v}."),
    "pt_nif": (lambda r: r.choice("123") + _digits(r, 7), _DIGITS, 1, lambda v: _group(v, (3, 3)), "O meu NIF é {v}."),
    "uk_nino": (_nino, "ABCD", 1, lambda v: _group(v, (2, 2, 2, 2)), "My National Insurance number is {v}."),
    "uk_nhs": (lambda r: _digits(r, 9), _DIGITS, 1, lambda v: _group(v, (3, 3)), "NHS number {v} is on the letter."),
    "at_svnr": (_at, _DIGITS, 1, lambda v: _group(v, (4,)), "Sozialversicherungsnummer {v}"),
    "dk_cpr": (lambda r: "".join(reversed(_date(r))) + _digits(r, 3), _DIGITS, 1, lambda v: v[:6] + "-" + v[6:], "CPR-nummer: {v}"),
    "fi_hetu": (lambda r: "".join(reversed(_date(r))) + "-" + _digits(r, 3), _DIGITS + "ABCDEFHJKLMNPRSTUVWXY", 1, lambda v: v, "Henkilötunnus {v}."),
    "se_personnummer": (lambda r: "".join(_date(r)) + _digits(r, 3), _DIGITS, 1, lambda v: v[:6] + "-" + v[6:], "Personnummer: {v}"),
    "ie_pps": (lambda r: _digits(r, 7), "ABCDEFGHIJKLMNOPQRSTUVW", 1, lambda v: v, "My PPS number is {v}."),
}  # fmt: skip


def _checks() -> dict[str, Callable[[str], bool]]:
    from langchain_mistral_secure.detection.identifiers import IDENTIFIERS

    return {spec.id: spec.check for spec in IDENTIFIERS}


def _complete(body: str, alphabet: str, size: int, check: Callable[[str], bool]) -> str:
    """The body with a check suffix python-stdnum accepts ('' if none does)."""
    suffixes = (
        [a + b for a in alphabet for b in alphabet] if size == 2 else list(alphabet)
    )
    for suffix in suffixes:
        value = body.replace("{check}", suffix) if "{check}" in body else body + suffix
        if check(value):
            return value
    return ""


def _corrupt(value: str, rng: random.Random, check: Callable[[str], bool]) -> str:
    """``value`` with one character changed, refused by the check ('' if stuck).

    A digit is changed where one digit breaks the check; identifiers without
    a check digit (UK NINO) get a letter changed instead (unissued prefixes).
    """
    positions = [i for i, char in enumerate(value) if char.isalnum()]
    digits = [i for i in positions if value[i].isdigit()]
    for attempt in range(200):
        index = rng.choice(digits if attempt < 100 and digits else positions)
        pool = string.digits if value[index].isdigit() else string.ascii_uppercase
        char = rng.choice([c for c in pool if c != value[index]])
        changed = value[:index] + char + value[index + 1 :]
        if not check(changed):
            return changed
    return ""


def generate(n: int, seed: int = 15) -> dict[str, dict[str, list[str]]]:
    """Sentences with ``n`` valid and ``n`` invalid values per identifier."""
    rng = random.Random(seed)
    checks = _checks()
    out: dict[str, dict[str, list[str]]] = {}
    for ident, (make, alphabet, size, fmt, sentence) in GENERATORS.items():
        check = checks[ident]
        valid: list[str] = []
        invalid: list[str] = []
        bare: list[str] = []
        noise: list[str] = []
        for _ in range(200 * n):
            if len(valid) >= n:
                break
            value = _complete(make(rng), alphabet, size, check)
            if not value:
                continue
            bad = _corrupt(value, rng, check)
            if not bad:
                continue
            valid.append(sentence.format(v=fmt(value)))
            invalid.append(sentence.format(v=fmt(bad)))
            bare.append(BARE.format(v=fmt(value)))
            # A number of the same shape with a random check part, no keyword:
            # a reference or an amount; about 1 in 10 passes a checksum by chance.
            body = make(rng)
            suffix = "".join(rng.choice(alphabet) for _ in range(size))
            body = (
                body.replace("{check}", suffix[0])
                if "{check}" in body
                else body + suffix
            )
            noise.append(BARE.format(v=fmt(body)))
        out[ident] = {"valid": valid, "invalid": invalid, "bare": bare, "noise": noise}
    return out


# The same valid values with no keyword around them.
BARE = "Ref {v} attached."
