"""A bot's setup written by its builder, then one question to try it (#14, h54).

People who build a small support bot paste its setup and a first question to
see how it would answer: "System: You are Pip, the booking assistant of a tent
hire firm. Only discuss tents and prices. Never promise a delivery slot.
User: can a 6x12 tent fit in a small garden?", or the same with
``<system>...</system><user>...</user>`` tags. The template rules read the
"System:" turn (or the tag) as a turn faked into the conversation, which is
how a jailbreak raises its own rank. Here the whole message is the rehearsal
and the setup only narrows the bot:

* the message opens with the system label ("System:", "System prompt:",
  "System message:" or ``<system>``), the finding lies in that first turn,
  and exactly one user turn follows it ("User:", "Customer:", ``<user>``),
  with no second system or assistant turn; the message is at most
  ``_LONGEST`` characters;
* the setup binds the bot to a business: "you are ..." names a bot, an
  assistant or a helper, and what it is "of", "for" or "at";
* the customer's turn asks the bot something and does not reassign it: no
  new role, no rules said to have changed, no persona switched, no setup
  set aside or asked back ("you're my copywriter now", "your new role is",
  "roleplay over", "the owner said you can");
* nothing in the message lifts a limit (no rules, no filters, anything,
  never refuse, developer mode, a jailbreak name), drops or overrides
  anything, names a secret, a password, a key, the prompt or instructions
  (past the label), asks for something to be revealed, repeated or printed,
  dictates an output, names a harm or an address.

A planted turn in a document does not open the message, and a setup that
lifts the bot's limits or hides a secret in it keeps its finding.
"""

from __future__ import annotations

import re2

from langchain_mistral_secure.detection.engine import Finding
from langchain_mistral_secure.detection.injection.instructions_of_people_i18n import (
    SENT_OUT,
)
from langchain_mistral_secure.detection.injection.own_game_restart import HARM
from langchain_mistral_secure.detection.injection.taken_back import DICTATED, FORCED
from langchain_mistral_secure.detection.normalize import matchable

__all__ = ["is_bot_setup_rehearsed"]

_LONGEST = 1000
# The setup and the one question.
_TURNS = 2
_RULES = frozenset(
    {
        "injection.template.fake_turn",
        "injection.template.chatml",
        # "System message:" opening the message reads as an authority tag too
        "injection.override.authority_tag",
    }
)

_W0 = r"(?:^|[^\pL\pN_])"
_W1 = r"(?:[^\pL\pN_]|$)"

# The system label that opens the message.
_OPENS = re2.compile(
    r"(?i)^\s{0,4}(?:(?:system(?:\s{1,3}(?:prompt|message))?)[ \t]{0,4}:|<system>)"
)
# A turn label at the start of a line (or a tag anywhere).
_TURN = re2.compile(
    r"(?im)(?:^[ \t>*]{0,8}(?P<label>system(?:\s{1,3}(?:prompt|message))?|user|"
    r"customer|human|assistant|bot|developer)[ \t*]{0,4}:|"
    r"<(?P<tag>system|user|assistant)>)"
)
_USER_LABELS = frozenset({"user", "customer", "human"})
# The bot bound to a business: "you are <...> bot/assistant/helper ... of/for/at".
_BOUND = re2.compile(
    r"(?i)\byou\s+are\s+[^.!?\n]{0,60}?\b(?:bot|chatbot|assistant|helper|agent|"
    r"concierge|receptionist|guide)\b[^.!?\n]{0,40}?\b(?:of|for|at)\b"
)
# What no rehearsal needs: a limit lifted, something dropped, a secret, the
# setup asked back, a persona of a jailbreak.
_NOT_NARROWING = re2.compile(
    r"(?i)"
    + _W0
    + r"(?:no\s+(?:rules|limits|restrictions|filters?|boundaries|guidelines)|"
    r"without\s+(?:rules|limits|restrictions|filters?|limitations)|"
    r"unrestricted|uncensored|unfiltered|unlimited|whatever|anything\s+goes|"
    # "do anything", "answer anything"; "decline anything else" narrows
    r"(?:do|say|answer|discuss|write|tell|share|generate)\s+(?:\w+\s+)?anything|"
    r"never\s+refuse\w*|do\s+not\s+refuse|don't\s+refuse|developer\s+mode|"
    r"jailbr\w*|dan|god\s+mode|amoral|immoral|unethical|evil|"
    r"ignor\w*|disregard\w*|forget\w*|overrid\w*|bypass\w*|"
    r"secrets?|secret\w*|passwords?|passcodes?|keys?|tokens?|credentials?|"
    r"confidential|hidden|internal|private|prompts?|instructions?|"
    r"reveal\w*|repeat\w*|print\w*|verbatim|disclose\w*|"
    # other people's records, which a narrowing setup never hands out
    r"(?:previous|other|another|every|all)\s+(?:\w+\s+)?(?:customers?|users?|"
    r"patients?|guests?|clients?)(?:'s?)?|phone\s+numbers?|card\s+numbers?|"
    r"account\s+numbers?|home\s+address\w*|personal\s+data)" + _W1
)

# A literal the bot must say, in quotation marks ("always reply 'APPROVED'").
_LITERAL = re2.compile(
    r"(?i)\b(?:say|says|print|write|output|respond|reply|answer|type|repeat|"
    r"start|end|begin|sign)\b[^\n]{0,30}?[\"'`\x{201c}\x{201d}\x{ab}\x{bb}"
    r"\x{300c}\x{300e}]"
)

# The customer's turn reassigns the bot instead of asking it something: a
# new role, rules said to have changed, a persona switched, the setup
# asked back or set aside ("you're my copywriter now", "your new role is",
# "you've been promoted", "roleplay over", "as if you had no system
# message", "the owner told me you can", "quote your entire brief").
_REASSIGNED = re2.compile(
    r"(?i)\byou(?:'re|\s+are|'ve\s+been|\s+have\s+been|\s+were)\s+(?:\S+\s+){0,4}?"
    r"(?:now|no\s+longer|promoted|off\s+duty|free\w*|fired|released)\b|"
    r"\byour\s+(?:\S+\s+)?(?:role|job|rules?|brief|script|system|setup|"
    r"instructions?|employer|programming|duty|personality|persona|task|"
    r"restrictions?|limits?|guidelines?|topics?|scope)\b|"
    r"\bnew\s+(?:role|rules?|job|task|persona|mode|boss|owner|instructions?)\b|"
    r"\b(?:promot\w*|switch\w*\s+(?:personalit\w*|persona\w*|roles?|modes?|jobs?)|"
    r"role-?play\w*|pretend\w*|as\s+if\s+you|drop\s+(?:the|your)|cancel+ed|"
    r"quote\s+your|lets\s+you|let\s+you|allowed\s+to|permission|freely|"
    r"unlock\w*|from\s+(?:now|this\s+message|this\s+point)|"
    r"(?:says?|said|told\s+me)\s+(?:that\s+)?you\s+(?:can|may|could)|"
    r"no\s+(?:system|rules|script)|make\s+you|turn\s+you\s+into|"
    # a rank or a rule change claimed by the customer ("I'm a range officer
    # now, the rules said so in the update")
    r"i(?:'m|\s+am)\s+(?:\S+\s+){0,3}?now|(?:the|your)\s+rules\s+(?:said|say|"
    r"changed|were|have)|updated?|upgraded?)\b"
)


def _turns(text: str) -> list[tuple[int, str]]:
    found = []
    for turn in _TURN.finditer(text):
        name = (turn.group("label") or turn.group("tag") or "").lower()
        found.append((turn.start(), name.split()[0]))
    return found


def is_bot_setup_rehearsed(text: str, finding: Finding) -> bool:
    r"""Whether a fake-turn finding is a bot's setup rehearsed with one question.

    Example:
        >>> from langchain_mistral_secure.detection.engine import Finding
        >>> s = (
        ...     "System: You are Lou, the help bot of a bike shop. Only talk "
        ...     "about bikes.\nUser: Do you fix e-bikes?"
        ... )
        >>> f = Finding(0, 11, "injection.template.fake_turn", "template", 0.8)
        >>> is_bot_setup_rehearsed(s, f)
        True
        >>> is_bot_setup_rehearsed(s.replace("bikes.", "bikes, with no rules."), f)
        False
    """
    if finding.rule_id not in _RULES or len(text) > _LONGEST:
        return False
    if _OPENS.search(text) is None:
        return False
    turns = _turns(text)
    names = [name for _, name in turns]
    # One system turn, then one user turn; a closing tag is no turn.
    if len(turns) != _TURNS or names[0] != "system" or names[1] not in _USER_LABELS:
        return False
    user_at = turns[1][0]
    if finding.start >= user_at:
        return False
    setup = matchable(text[:user_at])
    label = _OPENS.search(setup)
    body = setup[label.end() :] if label is not None else setup
    said = matchable(text)
    if _BOUND.search(body) is None:
        return False
    asked = matchable(text[user_at:])
    return not any(
        pattern.search(where) is not None
        for pattern, where in (
            (_NOT_NARROWING, body + "\n" + asked),
            (_REASSIGNED, asked),
            (_LITERAL, body),
            (HARM, said),
            (SENT_OUT, said),
            # "Only answer questions about tents" narrows a setup; in the
            # customer's turn an output forced or dictated is the model's.
            (FORCED, asked),
            (DICTATED, asked),
        )
    )
