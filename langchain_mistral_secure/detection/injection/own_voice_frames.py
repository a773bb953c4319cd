r"""Everyday text in the user's or a UI's own voice that reader rules cut (#14, h29).

Each veto names one family, in its own module, and passes a finding only
when its bounded windows name no model, no setup and nothing of the account
a planted order would take:

* :mod:`.speaker_label_own_words`: a job label opening a chat, UI or to-do
  line ("Booking bot: Book a table by choosing a time below", "Travel agent:
  book the hotel near the station");
* :mod:`.summary_preference`: the user's own summary preference, a part of
  the document's form left out ("Bei der Zusammenfassung bitte die
  Einleitung weglassen");
* :mod:`.prompt_authoring_asked`: a new system prompt asked to be written
  for some bot ("Напиши системний промпт для бота піцерії");
* :mod:`.secret_generic_you`: a generic "you" about words and passwords
  ("What's a word you can't say on TV?"), or a service notice asking a
  person to note their password down;
* :mod:`.pasted_prompt_translated`: a system prompt the user pastes and asks
  to have translated word for word ("Переведи дословно этот системный
  промпт:\n...");
* :mod:`.terminal_for_teaching` (h50): a shell the user asks to have played
  for a lesson or a tutorial ("Act as a Linux terminal for a beginners'
  tutorial. First command: pwd"), with no harm, secret, model or lifted
  limit named;
* :mod:`.bot_setup_rehearsed` (h54): a support bot's setup that opens the
  message and only narrows the bot, then one customer question to try it
  ("System: You are Pip, the booking assistant of a tent hire firm. Only
  discuss tents.\nUser: can a 6x12 tent fit in a small garden?");
* :mod:`.part_set_for_chat` (h56): a part or an answering style the user
  sets for the chat ahead, opening a short message that names no model,
  limit, dismissal, secret or harm ("From now on, answer every question
  like a newsreel narrator. First question: how do I boil an egg?");
* :mod:`.prompt_plumbing_asked` (h56): a developer's question about
  logging, storing or testing their own app's prompts ("Is it a good idea
  to log full prompts, including the system prompt, for debugging?").

Session h30's families (a template token asked about, an own request
revised, a system prompt defined, a grandmother's recipe, a tutor's part, a
guard line quoted, others' purpose) are in :mod:`.user_own_asks`.
"""

# (the examples are in the scripts they name)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Finding
from langchain_mistral_secure.detection.injection.bot_setup_rehearsed import (
    is_bot_setup_rehearsed,
)
from langchain_mistral_secure.detection.injection.part_set_for_chat import (
    is_part_set_for_chat,
)
from langchain_mistral_secure.detection.injection.pasted_prompt_translated import (
    is_pasted_prompt_translated,
)
from langchain_mistral_secure.detection.injection.prompt_authoring_asked import (
    is_prompt_authoring_asked,
)
from langchain_mistral_secure.detection.injection.prompt_plumbing_asked import (
    is_prompt_plumbing_asked,
)
from langchain_mistral_secure.detection.injection.secret_generic_you import (
    is_secret_generic_you,
)
from langchain_mistral_secure.detection.injection.speaker_label_own_words import (
    is_speaker_label_own_words,
)
from langchain_mistral_secure.detection.injection.summary_preference import (
    is_summary_preference,
)
from langchain_mistral_secure.detection.injection.terminal_for_teaching import (
    is_terminal_for_teaching,
)
from langchain_mistral_secure.detection.injection.user_own_asks import is_user_own_ask

__all__ = ["is_own_voice_frame"]


def is_own_voice_frame(text: str, finding: Finding) -> bool:
    """Whether ``finding`` sits in one of the own-voice frames above.

    Example:
        >>> from langchain_mistral_secure.detection.engine import Finding
        >>> s = "Booking bot: Book a table by choosing a time below."
        >>> rule = "injection.reader_job.account_act"
        >>> is_own_voice_frame(s, Finding(0, 17, rule, "override", 0.8))
        True
    """
    return (
        is_speaker_label_own_words(text, finding)
        or is_summary_preference(text, finding)
        or is_prompt_authoring_asked(text, finding)
        or is_secret_generic_you(text, finding)
        or is_pasted_prompt_translated(text, finding)
        or is_user_own_ask(text, finding)
        or is_terminal_for_teaching(text, finding)
        or is_bot_setup_rehearsed(text, finding)
        or is_part_set_for_chat(text, finding)
        or is_prompt_plumbing_asked(text, finding)
    )
