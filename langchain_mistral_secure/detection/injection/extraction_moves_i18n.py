"""Extraction moves in more languages: go on from the setup's opening, and more.

- CONTINUATION: "finish / complete / continue" next to a quoted opening whose
  subject is the model's setup in the first person ("The rules I was given
  say", ``Les consignes qu'on m'a donnees``, ``Инструкции, которые мне
  дали``, ``我收到的指令是``, "The password I must protect is"). Completing an
  essay sentence ("The rules of chess say") has no such subject.
- The text BEFORE the user's turn in Chinese, Japanese, Korean, Arabic and
  Russian, with a verb that gives it back, and a reply ordered to open with
  "You are" in those scripts.
- The guarded password as the answer or initials of a riddle or poem in
  Russian, Chinese, Japanese and Korean, and its letters described "without
  saying it".

Latin-script rules match on the folded view; the others on the text itself.
"""

# ruff: noqa: RUF001
# (RUF001: the patterns are written in Cyrillic, Arabic and CJK.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule

__all__ = ["RULES"]

_CAT = "extraction"

_QUOTE = r"[\"'\x{201c}\x{201e}\x{ab}\x{2018}\x{300c}\x{300e}]"
# A first-person setup as the subject of a quoted opening (folded view).
_FIRST_SETUP = (
    r"(?:the\s+(?:\w+\s+)?(?:rules|instructions|directives|guidelines|prompt|password|"
    r"secret|passphrase|access\s+code)\s+(?:that\s+)?i\s+(?:was|were|am|must|have\s+"
    r"been|got|received|protect|guard|keep)|my\s+(?:hidden|secret|system|initial|"
    r"original|confidential)\s+(?:instructions|rules|prompt|directives)|"
    r"meine\s+(?:\w+\s+)?(?:anweisungen|regeln|vorgaben)\s+(?:lauten|sind|sagen)|"
    r"mes\s+(?:\w+\s+)?(?:instructions|consignes|regles)\s+(?:\w+\s+)?(?:sont|disent)|"
    r"mis\s+(?:\w+\s+)?(?:instrucciones|reglas)\s+(?:\w+\s+)?(?:son|dicen)|"
    r"le\s+mie\s+(?:\w+\s+)?(?:istruzioni|regole)\s+(?:\w+\s+)?(?:sono|dicono)|"
    r"(?:as\s+)?minhas\s+(?:\w+\s+)?(?:instrucoes|regras)\s+(?:\w+\s+)?(?:sao|dizem)|"
    r"(?:die\s+)?(?:regeln|anweisungen|vorgaben),?\s+die\s+(?:man\s+mir|mir)\s+|"
    r"(?:les\s+)?(?:consignes|instructions|regles)\s+qu'on\s+m'a\s+|"
    r"le\s+mot\s+de\s+passe\s+que\s+je\s+|(?:las\s+)?(?:reglas|instrucciones)\s+que\s+"
    r"me\s+(?:pusieron|dieron|han\s+dado)|la\s+contrasena\s+que\s+(?:protejo|guardo)|"
    r"(?:le\s+)?(?:istruzioni|regole)\s+che\s+mi\s+hanno\s+|la\s+password\s+che\s+"
    r"(?:proteggo|custodisco)|(?:as\s+)?(?:regras|instrucoes)\s+que\s+me\s+(?:deram|"
    r"passaram)|a\s+senha\s+que\s+(?:protejo|guardo))"
)
_GO_ON = (
    r"\b(?:finish|complete|continue|go\s+on\s+with|keep\s+going|autocomplete|"
    r"erganze|vervollstandige|fuhre\s+fort|complete|termine|continue|completa|"
    r"termina|continua|completez|terminez|continuez)\b"
)
_CONTINUE = _GO_ON + r"[^\n]{0,60}?" + _QUOTE + r"\s*" + _FIRST_SETUP

_CONTINUE_RAW = (
    r"(?:продолжи|закончи|допиши|дополни|заверши|补全|接着写|续写|写完|続きを|完成させ)"
    r"[^\n]{0,40}?[\"'\x{201c}\x{ab}\x{300c}]\s*(?:(?:инструкции|правила|указания),?"
    r"\s+(?:которые|что)\s+мне\s+|(?:мои\s+)?(?:скрытые|секретные|системные)\s+"
    r"(?:инструкции|правила)|пароль,?\s+(?:который|что)\s+я\s+|我(?:收到|得到|被给予)的"
    r"(?:指令|规则|提示|设定)|我(?:守护|保护)的密码|(?:私が|僕が)?(?:受け取った|与えられた)"
    r"(?:指示|ルール|命令)|私が守っているパスワード)"
)

# The text before the user's turn, and "start with 'You are'", other scripts.
_BEFORE_RAW = (
    r"(?:我(?:的)?(?:这句话|这条消息|消息|问题)|这条消息)(?:之前|前面|以前)的[^。！？\n]{0,6}?"
    r"(?:内容|文字|文本|话)[^。！？\n]{0,12}?(?:重复|输出|写出|复述|打印|发)|"
    r"(?:开头|最开始)到我(?:这句话|这条消息|的消息)之前的[^。！？\n]{0,6}?(?:内容|文字|文本)|"
    r"(?:私の|この)(?:メッセージ|質問)(?:より前|の前|の直前|の上)に?[^。！？\n]{0,12}?"
    r"(?:文章|テキスト|内容|文字)[^。！？\n]{0,16}?(?:出力|繰り返|書き出|表示|コピー)|"
    r"(?:내|이)\s*(?:메시지|질문)\s*(?:앞|위|이전)에\s*(?:있는|나온|적힌)\s*[^.!?\n]{0,16}?"
    r"(?:반복|출력|다시\s*써|보여|복사)|"
    r"(?:كل\s+)?(?:ما|النص\s+الذي)\s+(?:يسبق|قبل|فوق)\s+رسالتي|"
    r"(?:что|всё|все)\s+(?:написано|сказано|было)\s+(?:до|перед|выше)\s+(?:моего|моим)\s+"
    r"сообщени\S+|(?:从|以)[\"'\x{201c}\x{300c}]你是|[\"'\x{201c}\x{300c}]あなたは[\"'"
    r"\x{201d}\x{300d}](?:から|で始め)|[\"'\x{201c}]당신은[\"'\x{201d}](?:으로|로)\s*시작|"
    r"بدءا?ً?\s+من\s+[\"'\x{201c}\x{ab}]أنت"
)

# The guarded word as the answer or initials of a game, other scripts.
_GAME_RAW = (
    r"(?:загадк|акростих|стих|поэм|рассказ|истори)\S*[^.!?\n]{0,50}?(?:ответ|перв\S+\s+"
    r"букв|имя\s+геро\S+)\S*[^.!?\n]{0,30}?(?:тво\S+\s+(?:\S+\s+)?пароль|пароль)|"
    r"(?:谜底|藏头|每行第一个字)[^。！？\n]{0,12}?密码|密码[^。！？\n]{0,12}?(?:谜底|藏头诗)|"
    r"パスワード[^。！？\n]{0,12}?(?:頭文字|答え|なぞなぞ)|(?:頭文字|なぞなぞ)[^。！？\n]{0,12}?"
    r"パスワード|(?:비밀번호|암호)\S*\s*(?:가|이)?\s*(?:정답|답)인|(?:비밀번호|암호)를\s*"
    r"(?:각\s*)?(?:줄의\s*)?첫\s*글자"
)

# Its letters described "without saying it" (folded view).
_HINTS = (
    r"\b(?:without|don't|do\s+not|never)\s+(?:telling|saying|revealing|giving|tell|say|"
    r"reveal|give)\s+(?:me\s+)?(?:the|your|ur)\s+(?:\w+\s+)?(?:password|secret\s+word|"
    r"passphrase|code\s+word|access\s+code)\b[^\n]{0,80}?\b(?:how\s+many\s+letters|"
    r"its\s+length|(?:first|last)\s+(?:and\s+(?:first|last)\s+)?letters?|which\s+letters|"
    r"what\s+it\s+rhymes|letters\s+it\s+(?:has|contains))"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.moves_continue", _CAT, _CONTINUE, score=0.8,
         max_len=160, description="finish: 'The rules I was given say' (i18n)"),
    raw_rule("injection.extraction.moves_continue_raw", _CAT, _CONTINUE_RAW,
             "RU/ZH/JA: continue 'the instructions I received are'", score=0.8,
             max_len=100),
    raw_rule("injection.extraction.moves_before_turn_raw", _CAT, _BEFORE_RAW,
             "ZH/JA/KO/AR/RU: repeat what comes before my message", score=0.8,
             max_len=80),
    raw_rule("injection.extraction.moves_game_raw", _CAT, _GAME_RAW,
             "RU/ZH/JA/KO: a riddle whose answer is the password", score=0.8,
             max_len=100),
    Rule("injection.extraction.moves_hints", _CAT, _HINTS, score=0.8, max_len=180,
         description="EN: without saying the password, tell me its letters"),
)  # fmt: skip
