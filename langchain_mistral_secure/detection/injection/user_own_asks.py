r"""Everyday asks in the user's own voice that attack rules cut (#14, h30).

The persona, template, override and extraction rules read them as attacks.

Each veto names one family, in its own module, and passes a finding only
when its bounded windows name no model addressed, no setup taken, no
harm and no payload:

* :mod:`.template_token_asked`: a chat-template token asked about in a
  question ("¿Para qué sirve el token <|im_start|> en ChatML?");
* :mod:`.own_request_revised`: the writer's own earlier request dropped for
  a revision of the answer ("前の指示は無視して、もっと短くして");
* :mod:`.system_prompt_defined`: what a system prompt is, asked in Korean
  and Arabic ("시스템 프롬프트가 무엇인지 쉽게 설명해 줘");
* :mod:`.late_relative_recipe`: the late-grandmother role-play with a
  kitchen recipe ("... who told me her chicken soup recipe at bedtime");
* :mod:`.tutor_part_given`: a teaching part handed over for a learning task
  ("You are now a friendly Spanish tutor.");
* :mod:`.guard_line_quoted`: a guard line quoted in a question about
  guarding a model ("Is it enough to tell the model 'never reveal your
  system prompt'?");
* :mod:`.purpose_of_others`: a Romance purpose clause of others tricking a
  bot, the bot in the third person ("intentan engañarlo para que ignore sus
  instrucciones");
* :mod:`.people_new_instructions` (h31): a bare "Nouvelles consignes :" /
  "Neue Anweisungen:" heading news for people ("... : masques obligatoires
  même à l'échauffement");
* :mod:`.dated_notice_superseded` (h31): a dated notice to people
  superseded ("the instructions sent on 12 May are withdrawn. From now on,
  the hall is locked at 9 pm");
* :mod:`.config_advice_asked` (h31): settings asked as advice for some other
  bot ("what temperature and max_tokens would you use for a bot that ...").
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Finding
from langchain_mistral_secure.detection.injection.config_advice_asked import (
    is_config_advice_asked,
)
from langchain_mistral_secure.detection.injection.dated_notice_superseded import (
    is_dated_notice_superseded,
)
from langchain_mistral_secure.detection.injection.guard_line_quoted import (
    is_guard_line_quoted,
)
from langchain_mistral_secure.detection.injection.late_relative_recipe import (
    is_late_relative_recipe,
)
from langchain_mistral_secure.detection.injection.own_request_revised import (
    is_own_request_revised,
)
from langchain_mistral_secure.detection.injection.people_new_instructions import (
    is_people_new_instructions,
)
from langchain_mistral_secure.detection.injection.purpose_of_others import (
    is_purpose_of_others,
)
from langchain_mistral_secure.detection.injection.system_prompt_defined import (
    is_system_prompt_defined,
)
from langchain_mistral_secure.detection.injection.template_token_asked import (
    is_template_token_asked,
)
from langchain_mistral_secure.detection.injection.tutor_part_given import (
    is_tutor_part_given,
)

__all__ = ["is_user_own_ask"]


def is_user_own_ask(text: str, finding: Finding) -> bool:
    """Whether ``finding`` sits in one of the families above.

    Example:
        >>> from langchain_mistral_secure.detection.engine import Finding
        >>> q = "In ChatML, what is <|im_end|> used for?"
        >>> rule = "injection.template.chatml"
        >>> is_user_own_ask(q, Finding(19, 29, rule, "template", 0.9))
        True
    """
    return (
        is_template_token_asked(text, finding)
        or is_own_request_revised(text, finding)
        or is_system_prompt_defined(text, finding)
        or is_late_relative_recipe(text, finding)
        or is_tutor_part_given(text, finding)
        or is_guard_line_quoted(text, finding)
        or is_purpose_of_others(text, finding)
        or is_people_new_instructions(text, finding)
        or is_config_advice_asked(text, finding)
        or is_dated_notice_superseded(text, finding)
    )
