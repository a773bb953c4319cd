"""Payment cards glued into one run of digit groups: ``4111 1111 1111 1111 5500 …``.

A run of five or more 4-digit groups on its own is read as a reference or
account number (see :func:`.banking.cards_in_group_runs`). But a list of cards
that lost its commas (a flattened table) is such a run too, and a reader sees
every card in it. A 4-group window is reported when it is a valid card (Luhn
and issuer prefix) AND the 4 groups right before or right after it are one
too: two valid cards side by side are not a reference number by chance
(about one in ten thousand), and the decision reads at most one card on each
side, so a stream window decides as a scan of the whole text does.
"""

from __future__ import annotations

import re2

from langchain_mistral_secure.detection.engine import Finding
from langchain_mistral_secure.detection.prefilter import finditer_spans
from langchain_mistral_secure.detection.validators import card_valid

__all__ = ["CARD_RUN_BUDGET", "glued_cards"]

# Eight groups or more, one separator kind inside a run.
_CARD_RUN = re2.compile(r"\b\d{4}(?: \d{4}){7,}\b|\b\d{4}(?:-\d{4}){7,}\b")
_GROUP_WIDTH = 5  # four digits and a separator
_CARD_WIDTH = 19  # four groups and three separators
CARD_RUN_BUDGET: int = 4096
"""Windows one ``detect`` call validates; past it, runs are reported whole."""


def glued_cards(text: str) -> list[Finding]:
    """Cards side by side in runs of 4-digit groups (folded text).

    Example:
        >>> text = "4111 1111 1111 1111 5500 0000 0000 0004"
        >>> [(f.start, f.end) for f in glued_cards(text)]
        [(0, 19), (20, 39)]
    """
    findings: list[Finding] = []
    checked = 0
    for run_start, run_end in finditer_spans(_CARD_RUN, text):
        count = (run_end - run_start + 1) // _GROUP_WIDTH
        if checked + count > CARD_RUN_BUDGET:
            # Crafted text full of group runs: fail closed, in linear time.
            findings.append(
                Finding(
                    run_start, run_end, "pii.credit_card_unverified", "credit_card", 0.4
                )
            )
            continue
        checked += count
        valid = [
            card_valid(text[start : start + _CARD_WIDTH])
            for start in range(run_start, run_end - _CARD_WIDTH + 1, _GROUP_WIDTH)
        ]
        for index, ok in enumerate(valid):
            paired = (index >= 4 and valid[index - 4]) or (  # noqa: PLR2004
                index + 4 < len(valid) and valid[index + 4]
            )
            if ok and paired:
                start = run_start + _GROUP_WIDTH * index
                findings.append(
                    Finding(
                        start,
                        start + _CARD_WIDTH,
                        "pii.credit_card_grouped",
                        "credit_card",
                        0.9,
                    )
                )
    return findings
