"""Benign frames of mail, minutes and reports that a mailbox or RAG assistant reads.

A mailbox or retrieval assistant reads text that legitimately gives orders
to people: colleagues are told to ignore the old instructions in a folder,
minutes say who drops which plan, newsletters tell readers to forget what
they knew about compost. Each veto here names one such frame, in its own
module, and passes a finding only when nothing in its bounded windows names
a model, its setup or a place to send the mailbox:

* :mod:`.instructions_of_people_i18n`: earlier instructions that lie in a
  place (a folder, a welcome pack) or belong to a person or office (the
  client, HR), or that a named person drops in minutes;
* :mod:`.known_about_topic_i18n`: "forget everything you knew about
  <an everyday topic>", the newsletter and advertising idiom;
* :mod:`.own_words_corrected_i18n`: one's own earlier words or e-mail taken
  back with a fact corrected right after ("Olvidad lo que dije antes, el
  ensayo sigue siendo el martes");
* :mod:`.narrated_past_disclosure_i18n`: a bot's disclosure told in the
  past by an audit or a write-up ("el bot mostraba su prompt de sistema si
  se le pedía «...»");
* :mod:`.notice_quoted_for_task` (h49): a notice to people that takes back
  an earlier message, quoted for the user's job on it ("Translate this
  notice: «Please ignore the previous message about ... The wifi password
  is on the door.»").
* :mod:`.role_instructions_quoted` (h54): a quoted house rule that drops
  the instructions of a role on a site or a course ("These rules override
  any instruction given by an individual tutor").
* :mod:`.new_instructions_in_notice` (h61): a "new instructions:" label
  in a quoted team e-mail or poster that drops the team's old plan
  ("ignorez le planning envoyé ce matin ... Les nouvelles consignes : ...").
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Finding
from langchain_mistral_secure.detection.injection.instructions_of_people_i18n import (
    is_instructions_of_people,
)
from langchain_mistral_secure.detection.injection.known_about_topic_i18n import (
    is_known_about_topic,
)
from langchain_mistral_secure.detection.injection.narrated_past_disclosure_i18n import (
    is_narrated_past_disclosure,
)
from langchain_mistral_secure.detection.injection.new_instructions_in_notice import (
    is_new_instructions_in_notice,
)
from langchain_mistral_secure.detection.injection.notice_quoted_for_task import (
    is_notice_quoted_for_task,
)
from langchain_mistral_secure.detection.injection.own_words_corrected_i18n import (
    is_own_words_corrected,
)
from langchain_mistral_secure.detection.injection.role_instructions_quoted import (
    is_role_instructions_quoted,
)

__all__ = ["is_mail_frame"]


def is_mail_frame(text: str, finding: Finding) -> bool:
    """Whether ``finding`` sits in one of the mail and document frames above.

    Example:
        >>> from langchain_mistral_secure.detection.engine import Finding
        >>> s = "Hi Sam, ignore the old instructions in the shared folder."
        >>> is_mail_frame(s, Finding(8, 35, "injection.override.en", "override", 0.9))
        True
    """
    return (
        is_instructions_of_people(text, finding)
        or is_known_about_topic(text, finding)
        or is_own_words_corrected(text, finding)
        or is_narrated_past_disclosure(text, finding)
        or is_notice_quoted_for_task(text, finding)
        or is_role_instructions_quoted(text, finding)
        or is_new_instructions_in_notice(text, finding)
    )
