# ruff: noqa: RUF001, RUF002
"""A frame made a licence ("it's fiction, so it's fine"); ethics lectures waved off.

Family: fiction, research and exercise pretexts *with* a jailbreak move
(category ``role``). A harmful ask inside a story or a research pretext is
the moderation guard's, not these rules'; what they read is the sentence that
turns the frame into a permission addressed to the model:

* **licence drawn from the frame**: a frame (fiction, satire, an exercise, a
  debate class, academic or educational purposes, for work) then *so* and a
  permission that ends the sentence (so it's fine., so you're allowed., so
  the usual rules don't count., so you have to help.; also darfst du.; donc
  c'est permis.; então pode.; フィクションなので問題ありません; 허구니까 괜찮아;
  是虚构的，所以没问题);
* **the ethics lecture waved off**: skip the ethics lecture, spare me the
  moral sermon, sin sermones, ohne Moralpredigt, 倫理の説明は不要, 도덕 설교는
  하지 마, 不要道德说教, без нотаций.

Why it is safe on benign text: writers say "it's fiction, so it's fine *to*
bend the timeline" (the permission goes on: the rule needs it to end the
sentence), and a frame alone ("for my novel", "for a debate class") is
never read. A lecture on ethics that is skipped or given in a syllabus
("we'll skip the ethics lecture on Friday") is not asked *of* the model:
the wave-off must open its clause as an order or stand as a "no ... please".
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule
from langchain_mistral_secure.detection.injection.jailbreak_text import (
    with_curly_apostrophes,
)

__all__ = ["RULES"]

_CAT = "role"

# --- licence drawn from the frame (folded view)
_FRAME = (
    r"\b(?:fiction|fictional|a\s+story|a\s+novel|satire|satirical|parody|an?\s+exercise|"
    r"a\s+debate|debate\s+class|hypothetical|academic\s+purposes|educational\s+purposes|"
    r"research\s+purposes|for\s+(?:a\s+|my\s+)?(?:class|course|school|work|research)|"
    r"fiktion|satire|ubung|ubungszweck\w*|dienstlich|forschungszweck\w*|"
    r"fiction|satire|un\s+exercice|exercice|ficcion|satira|ejercicio|finzione|"
    r"esercizio|ficcao|exercicio)\b"
)
_SO = (
    r"\b(?:so|therefore|hence|which\s+means|also|daher|deshalb|donc|alors|entonces|"
    r"asi\s+que|por\s+lo\s+tanto|quindi|percio|entao|portanto|por\s+isso|logo)\b,?\s*"
)
_LICENCE = (
    r"(?:(?:it's|it\s+is|that's|that\s+is|this\s+is)\s+(?:totally\s+|perfectly\s+|"
    r"completely\s+)?(?:fine|ok|okay|allowed|permitted|acceptable|harmless|legal)|"
    r"(?:you're|you\s+are)\s+(?:allowed|permitted|free)|you\s+(?:can|may)(?:\s+answer|"
    r"\s+do\s+it|\s+help)?|you\s+(?:have|need|must|ought)\s+to\s+(?:help|answer|do\s+"
    r"it)|(?:the\s+)?(?:usual\s+|normal\s+)?rules\s+(?:don't|do\s+not)\s+(?:count|"
    r"apply|matter)|there's\s+no\s+harm|no\s+harm\s+done|darfst\s+du|du\s+darfst|"
    r"(?:ist\s+(?:es|das)|das\s+ist)\s+(?:erlaubt|in\s+ordnung|ok|okay|unbedenklich)|"
    r"c'est\s+(?:permis|autorise|ok|bon|sans\s+danger)|tu\s+(?:peux|as\s+le\s+droit)|"
    r"(?:esta|es)\s+permitido|puedes(?:\s+hacerlo)?|no\s+pasa\s+nada|(?:e|esta)\s+"
    r"(?:permitido|liberado)|(?:voce\s+)?pode|tudo\s+bem|(?:e|va)\s+(?:permesso|"
    r"consentito|bene)|puoi)"
)
_LICENSED = _FRAME + r"[^\n.!?]{0,80}?" + _SO + _LICENCE + r"\s*[.!;)\n]"
_LICENSED_RAW = (
    r"(?:フィクション|創作|架空|小説|研究|学術|教育|練習)(?:目的)?(?:なので|だから|ですから)"
    r"[、,]?\s*(?:問題(?:ありません|ない)|大丈夫|構いません|許されます)|(?:허구|소설|픽션|"
    r"연구|교육|연습)(?:이)?니까\s*(?:괜찮|상관없|문제없)|(?:虚构|小说|研究|学术|教育|练习)"
    r"[^\n。]{0,10}?(?:所以|因此)(?:你)?(?:没(?:有)?问题|没关系|可以|是允许的)|(?:вымысел|"
    r"фантастика|сатира|упражнение|учебн\w+\s+цел\w+)[^\n.]{0,20}?(?:так\s+что|поэтому)\s+"
    r"(?:можно|это\s+нормально|ты\s+можешь|разрешено)"
)

# --- the ethics lecture waved off (folded view)
_LECTURE = (
    r"(?:ethics|ethical|moral|morality|moralizing|moralising|safety|preachy)\s+"
    r"(?:lecture|sermon|speech|talk|lesson|commentary|spiel)s?"
)
_WAVED = (
    r"(?:^|[.!?:;\n]\s*|,\s*)(?:please\s+)?(?:skip|spare\s+me|drop|cut|save|hold|"
    r"no|without|don't\s+give\s+me|no\s+need\s+for)\s+(?:the\s+|your\s+|any\s+|me\s+"
    r"the\s+)?"
    + _LECTURE
    + r"\b|\b(?:ohne|keine)\s+(?:moral|ethik)?predigt(?:en)?\b|\bspar\s+dir\s+(?:die|"
    r"deine)\s+(?:moral)?predigt\b|\b(?:sans|pas\s+de)\s+(?:lecon|sermon)s?\s+de\s+morale"
    r"\b|\bepargne-moi\s+(?:la\s+morale|le\s+sermon|tes\s+sermons)\b|\bsin\s+sermones\b|"
    r"\bahorrate\s+(?:el\s+sermon|los\s+sermones|la\s+moral\w*)\b|\b(?:niente|senza)\s+"
    r"predich\w*\b|\brisparmiami\s+(?:la\s+predica|le\s+prediche)\b|\bsem\s+(?:sermao|"
    r"sermoes|licao\s+de\s+moral)\b|\bpoupe-me\s+d[oa]s?\s+(?:sermao|sermoes|moral)\b"
)
_WAVED_RAW = (
    r"倫理(?:的な|の)?(?:説明|説教|講釈|注意)(?:は|も)?(?:不要|いらない|なし|抜き|やめて)|"
    r"(?:윤리|도덕)(?:적인)?\s*(?:설교|훈계|강의)(?:는|도)?\s*(?:필요\s*없|하지\s*마|빼)|"
    r"(?:不要|别|不用|免了)(?:跟我)?(?:讲|说|进行)?(?:道德|伦理)说教|(?:道德|伦理)说教(?:就)?"
    r"(?:免了|不用了|省了)|без\s+(?:нотаций|морализаторства|нравоучений|лекций\s+о\s+морали)"
)

RULES: tuple[Rule, ...] = with_curly_apostrophes((
    Rule("injection.role.frame_licence", _CAT, _LICENSED, score=0.8, max_len=200,
         description="it's fiction, so it's fine."),
    raw_rule("injection.role.frame_licence_scripts", _CAT, _LICENSED_RAW,
             "フィクションなので問題ありません (JA KO ZH RU)", score=0.8, max_len=80),
    Rule("injection.role.ethics_lecture_waved", _CAT, _WAVED, score=0.8, max_len=80,
         description="skip the ethics lecture; sin sermones"),
    raw_rule("injection.role.ethics_lecture_waved_scripts", _CAT, _WAVED_RAW,
             "倫理の説明は不要 (JA KO ZH RU)", score=0.8, max_len=40),
))  # fmt: skip
