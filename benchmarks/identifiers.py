"""National identifiers per entity beside Presidio, on generated values.

Beside recall with a keyword (the sentences name the identifier), recall
without one ("Ref <value> attached.") and the share of random numbers of the
same shape (random check part, no keyword) that each tool flags.

Valid values are generated in ``benchmarks/identifier_values.py`` (random
bodies; the check digits are the ones python-stdnum accepts, found by trying
every possible check suffix), written
the way people write them and embedded in sentences with a context word.
Invalid values are the same values with one digit changed (and still refused
by python-stdnum). Recall is on valid values; "invalid flagged" counts reports
on invalid ones; precision = valid found / (valid found + invalid flagged).

Beside them: the PII figures of ``quality.pii_quality`` per entity with the
default detector and with ``ip_include_reserved=True``, the secrets figures of
``quality.secrets_quality`` per file, and a generated credential corpus
(password assignment forms and placeholders) per form.

Run alone: ``python -m benchmarks.identifiers [--quick] [--json]``.
"""

# ruff: noqa: PLC0415, E501
# (PLC0415: components and peers are imported lazily on purpose; E501: the
# generator table keeps one identifier per line.)

from __future__ import annotations

import argparse
import inspect
import json
from collections.abc import Callable
from typing import Any

from benchmarks import peers
from benchmarks.identifier_values import BARE, GENERATORS, generate

Span = tuple[int, int, str]
Row = dict[str, Any]

# Presidio's entity for the same identifier (where Presidio has a recognizer).
PRESIDIO_ENTITY = dict(peers.IDENTIFIER_TO_ENTITY)


def _value_span(sentence: str, template: str) -> tuple[int, int]:
    head, tail = template.split("{v}", 1)
    return len(head), len(sentence) - len(tail)


def _score(
    corpus: dict[str, dict[str, list[str]]],
    spans: Callable[[str], list[Span]],
    entity_of: Callable[[str], str | None],
) -> list[Row]:
    rows: list[Row] = []
    for ident, sets in corpus.items():
        entity = entity_of(ident)
        if entity is None:
            continue
        hits = {}
        for kind, sentences in sets.items():
            template = BARE if kind in ("bare", "noise") else GENERATORS[ident][4]
            found = 0
            for sentence in sentences:
                start, end = _value_span(sentence, template)
                found += any(
                    s < end and start < e and ent == entity
                    for s, e, ent in spans(sentence)
                )
            hits[kind] = found
        n = len(sets["valid"])
        flagged = hits["invalid"]
        rows.append(
            {
                "identifier": ident,
                "entity": entity,
                "valid": n,
                "found": hits["valid"],
                "recall": round(hits["valid"] / n, 4) if n else None,
                "recall_without_keyword": round(hits["bare"] / n, 4) if n else None,
                "random_same_shape_flagged": hits["noise"],
                "invalid": len(sets["invalid"]),
                "invalid_flagged": flagged,
                "precision": round(hits["valid"] / (hits["valid"] + flagged), 4)
                if hits["valid"] + flagged
                else None,
            }
        )
    return rows


def _ours_spans() -> Callable[[str], list[Span]]:
    from langchain_mistral_secure.detection import get_detector

    pii = get_detector("pii")
    return lambda text: [(f.start, f.end, f.category) for f in pii.detect(text)]


def _presidio_analyzer(engine_cls: Any) -> tuple[Any, str]:
    """A Presidio analyzer on the first small English spaCy pipeline installed."""
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from benchmarks.peers import SPACY_MODELS, _quiet_tldextract

    _quiet_tldextract()
    analyzer: Any = None
    for model in SPACY_MODELS:
        config = {
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": model}],
        }
        try:
            engine = NlpEngineProvider(nlp_configuration=config).create_engine()
        except Exception:  # noqa: BLE001, S112 - try the next model
            continue
        analyzer = engine_cls(nlp_engine=engine, supported_languages=["en"])
        return analyzer, model
    return None, ""


def _presidio_spans() -> tuple[Callable[[str], list[Span]] | None, str]:
    """Presidio with every recognizer of the entities above, for English text."""
    try:
        from presidio_analyzer import AnalyzerEngine, predefined_recognizers
    except ImportError as exc:
        return None, f"not installed ({type(exc).__name__}); pip install -e '.[bench]'"
    analyzer, model = _presidio_analyzer(AnalyzerEngine)
    if analyzer is None:
        return None, "no spaCy English pipeline installed"
    from benchmarks.peers import version

    wanted = set(PRESIDIO_ENTITY.values())
    added = []
    for name in dir(predefined_recognizers):
        cls = getattr(predefined_recognizers, name)
        if not isinstance(cls, type):
            continue
        try:
            entity = inspect.signature(cls).parameters.get("supported_entity")
        except (TypeError, ValueError):
            continue
        if entity is None or entity.default not in wanted:
            continue
        try:
            analyzer.registry.add_recognizer(cls(supported_language="en"))
            added.append(name)
        except Exception:  # noqa: BLE001, S112 - a recognizer that will not load
            continue
    covered = set(analyzer.get_supported_entities("en")) & wanted
    _COVERED.update(covered)

    def spans(text: str) -> list[Span]:
        results = analyzer.analyze(text, "en", entities=sorted(covered))
        return [(r.start, r.end, r.entity_type) for r in results]

    detail = (
        f"presidio-analyzer {version('presidio-analyzer')} with {model}; "
        f"recognizers enabled for English: {sorted(added)}; "
        "default score threshold"
    )
    return spans, detail


_COVERED: set[str] = set()


def covered_entities() -> set[str]:
    """The entities Presidio had a recognizer for in the last load."""
    return set(_COVERED)


# Identifiers whose keyword can be made optional, measured that way too: the
# recall gained without a keyword and the random numbers it costs.
KEYWORD_OPTIONAL = ("uk_nhs",)


def _keyword_optional_spans() -> Callable[[str], list[Span]]:
    from langchain_mistral_secure.detection.identifiers import IdentifierDetector

    loose = IdentifierDetector(keyword_optional=KEYWORD_OPTIONAL)
    return lambda text: [(f.start, f.end, f.category) for f in loose.detect(text)]


def identifier_quality(n: int = 40) -> dict[str, Any]:
    corpus = generate(n)
    ours = _score(corpus, _ours_spans(), lambda ident: ident)
    loose = _score(
        {ident: corpus[ident] for ident in KEYWORD_OPTIONAL},
        _keyword_optional_spans(),
        lambda ident: ident,
    )
    presidio_spans, detail = _presidio_spans()
    theirs: list[Row] = []
    if presidio_spans is not None:
        covered = covered_entities()
        theirs = _score(
            corpus,
            presidio_spans,
            lambda ident: e if (e := PRESIDIO_ENTITY.get(ident)) in covered else None,
        )
    return {
        "n_per_set": n,
        "ours": ours,
        "ours_keyword_optional": loose,
        "presidio": theirs,
        "presidio_detail": detail,
    }


# -- credentials ------------------------------------------------------------------

# (form, template): {v} is the password. Values and placeholders below.
CREDENTIAL_FORMS: list[tuple[str, str]] = [
    ("env", "DB_PASSWORD={v}"),
    ("glued name", "export MYAPPpassword={v}"),
    ("yaml", "database:\n  password: {v}\n"),
    ("json", '{{"user": "app", "password": "{v}"}}'),
    ("python", 'conn = connect(user="app", password="{v}")'),
    ("short name", "pw:{v}"),
    ("cli flag =", "tool --password={v} --verbose"),
    ("cli flag space", "tool --password {v} --verbose"),
    ("cli -pwd:", "sqltool -pwd:{v} -user:app"),
    ("mysql -p", "mysql -u root -p{v} shop"),
    ("sshpass", "sshpass -p {v} ssh deploy@host"),
    ("sql identified by", "CREATE USER 'app'@'%' IDENTIFIED BY '{v}';"),
    ("sql password", "ALTER ROLE app WITH PASSWORD '{v}';"),
    ("connection string", "Server=db;Database=shop;User Id=sa;Password={v};"),
    ("url userinfo", "postgres://app:{v}@db.internal:5432/shop"),
    ("url query", "https://app.example/login?user=bob&password={v}&next=/"),
    ("french", "Identifiant : jdupont, mot de passe : {v}"),
    ("german", "Benutzer: max, Passwort: {v}"),
    ("spanish", "usuario: ana, contraseña: {v}"),
    ("italian", "utente: marco, password: {v}"),
    ("dutch", "gebruiker: jan, wachtwoord: {v}"),
    ("prose", "Your temporary password is {v} and expires tomorrow."),
]
PASSWORDS = ["hunter42", "Tr0ub4dor&3", "S3cure!pass", "Welkom2024", "qwerty123!"]
PLACEHOLDERS = [
    "<password>",
    "${DB_PASSWORD}",
    "****",
    "xxxxxxxx",
    "changeme",
    "your_password",
    "{{ db_password }}",
]


def credential_quality() -> dict[str, Any]:
    from langchain_mistral_secure.detection import get_detector

    secrets = get_detector("secrets")
    rows: list[Row] = []
    for form, template in CREDENTIAL_FORMS:
        found = sum(
            bool(secrets.detect(template.format(v=value))) for value in PASSWORDS
        )
        flagged = sum(
            bool(secrets.detect(template.format(v=value))) for value in PLACEHOLDERS
        )
        rows.append(
            {
                "form": form,
                "pos": len(PASSWORDS),
                "found": found,
                "neg": len(PLACEHOLDERS),
                "flagged": flagged,
            }
        )
    return {"rows": rows}


# -- the whole section --------------------------------------------------------------


def _pii_per_entity(tools: list[Any]) -> dict[str, Any]:
    from benchmarks import peers, quality
    from langchain_mistral_secure.detection.pii import PIIDetector

    inclusive = PIIDetector(ip_include_reserved=True)
    tool = peers.Tool(
        name="ours (ip_include_reserved=True)",
        label="langchain-mistral-secure, reserved IPs included",
        covers=frozenset(peers.CATEGORY_TO_ENTITY.values()),
        spans=lambda text: [
            (f.start, f.end, peers.CATEGORY_TO_ENTITY.get(f.category, f.category))
            for f in inclusive.detect(text)
        ],
        redact=lambda text: text,
    )
    from langchain_mistral_secure.detection.identifiers import (
        IDENTIFIERS,
        IdentifierDetector,
        us_ssn,
    )

    plain = PIIDetector(detect_identifiers=False)
    loose = IdentifierDetector(
        identifiers=(*IDENTIFIERS, us_ssn.IDENTIFIER),
        keyword_optional=(*KEYWORD_OPTIONAL, "us_ssn"),
    )
    optional = peers.Tool(
        name="ours (keyword_optional=uk_nhs,us_ssn)",
        label="langchain-mistral-secure, NHS numbers and bare SSNs without a keyword",
        covers=frozenset(peers.CATEGORY_TO_ENTITY.values()),
        spans=lambda text: [
            (f.start, f.end, peers.CATEGORY_TO_ENTITY.get(f.category, f.category))
            for f in (*plain.detect(text), *loose.detect(text))
        ],
        redact=lambda text: text,
    )
    return quality.pii_quality([*tools, tool, optional])


def run(tools: list[Any] | None = None, *, quick: bool = False) -> dict[str, Any]:
    """Everything this module measures, as one JSON-ready dict with its tables."""
    from benchmarks import peers, quality

    if tools is None:
        ours, _ = peers.load_tool("ours")
        tools = [ours] if ours is not None else []
    result = {
        "identifiers": identifier_quality(15 if quick else 40),
        "pii": _pii_per_entity(tools),
        "secrets": quality.secrets_quality(),
        "credentials": credential_quality(),
    }
    result["markdown"] = markdown(result)
    return result


def _fmt(value: Any) -> str:
    return "-" if value is None else str(value)


def markdown(result: dict[str, Any]) -> str:
    ids = result["identifiers"]
    theirs = {row["identifier"]: row for row in ids["presidio"]}
    lines = [
        (
            f"#### National identifiers ({ids['n_per_set']} valid + "
            f"{ids['n_per_set']} one-digit-changed values each, in sentences)"
        ),
        "",
        (
            "| identifier | ours recall | ours recall, no keyword "
            "| ours invalid flagged | ours precision | Presidio entity "
            "| Presidio recall | Presidio recall, no keyword "
            "| Presidio invalid flagged | Presidio precision "
            "| random same-shape numbers flagged: ours / Presidio |"
        ),
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in ids["ours"]:
        peer = theirs.get(row["identifier"], {})
        lines.append(
            f"| {row['identifier']} | {_fmt(row['recall'])} | "
            f"{_fmt(row['recall_without_keyword'])} | "
            f"{row['invalid_flagged']}/{row['invalid']} | {_fmt(row['precision'])} | "
            f"{PRESIDIO_ENTITY.get(row['identifier'], 'no recognizer')} | "
            f"{_fmt(peer.get('recall'))} | {_fmt(peer.get('recall_without_keyword'))} | "
            f"{_fmt(peer.get('invalid_flagged'))} | {_fmt(peer.get('precision'))} | "
            f"{row['random_same_shape_flagged']}/{row['valid']} / "
            f"{_fmt(peer.get('random_same_shape_flagged'))} |"
        )
    for row in ids.get("ours_keyword_optional", []):
        peer = theirs.get(row["identifier"], {})
        lines.append(
            f"| {row['identifier']} (keyword_optional) | {_fmt(row['recall'])} | "
            f"{_fmt(row['recall_without_keyword'])} | "
            f"{row['invalid_flagged']}/{row['invalid']} | {_fmt(row['precision'])} | "
            f"{PRESIDIO_ENTITY.get(row['identifier'], 'no recognizer')} | "
            f"{_fmt(peer.get('recall'))} | {_fmt(peer.get('recall_without_keyword'))} | "
            f"{_fmt(peer.get('invalid_flagged'))} | {_fmt(peer.get('precision'))} | "
            f"{row['random_same_shape_flagged']}/{row['valid']} / "
            f"{_fmt(peer.get('random_same_shape_flagged'))} |"
        )
    lines += ["", f"Presidio: {ids['presidio_detail']}", ""]
    lines += [
        "#### Credentials by form (5 passwords, 7 placeholders each)",
        "",
        "| form | found | placeholders flagged |",
        "|---|---|---|",
    ]
    lines += [
        f"| {row['form']} | {row['found']}/{row['pos']} | "
        f"{row['flagged']}/{row['neg']} |"
        for row in result["credentials"]["rows"]
    ]
    lines += [
        "",
        "#### Secrets dev set per source",
        "",
        "| tool | group | recall | FP rate |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| {row['tool']} | {row['group']} | {row['found']}/{row['pos']} "
        f"({_fmt(row['recall'])}) | {row['flagged']}/{row['neg']} "
        f"({_fmt(row['fpr'])}) |"
        for row in result["secrets"].get("rows", [])
    ]
    lines += [
        "",
        "#### PII per entity (Presidio recognizer test cases)",
        "",
        "| tool | entity | recall | precision | negatives flagged |",
        "|---|---|---|---|---|",
    ]
    lines += [
        f"| {row['tool']} | {row['entity']} | {_fmt(row.get('recall'))} | "
        f"{_fmt(row.get('precision'))} | {row.get('neg_flagged')}/{row['neg_rows']} |"
        for row in result["pii"].get("rows", [])
        if row.get("covered")
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.identifiers")
    parser.add_argument("--quick", action="store_true", help="15 values per set")
    parser.add_argument("--json", action="store_true", help="print JSON, not tables")
    args = parser.parse_args(argv)
    result = run(quick=args.quick)
    print(json.dumps(result, indent=2) if args.json else result["markdown"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
