"""The model's own setup retold, continued, echoed or asked back (English).

Extraction rarely says "print your system prompt" twice the same way. The
setup is named by what it is to the model ("your initial setup message", "the
rules you were told to follow", "the instructions at the top of this chat",
"the text that precedes our conversation") and then put through any
transform: summarised, turned into a poem or a bulleted list, explained to a
colleague, continued from its first words, echoed above "my message", sent
back to the person who claims to have written it. The setup's own names are
the anchor; the transform may be any verb, because none of these names is
somebody else's text.

Also here: the deployment's secrets asked for as such ("the environment
variables available to you", "the API key you use", "the functions you can
call with their full JSON schemas").

Look-alikes stay clear: "how do I write a good system prompt", "summarise the
text above", "print all environment variables in bash", "continue the story",
"I wrote the prompt for our bot and lost it, how do I recover it from the
dashboard" (no "your", no model as the holder).
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt

__all__ = ["RULES"]

_CAT = "extraction"

# Gaps after a common word (a verb, "what") count words, not characters: a
# character gap after a word that occurs everywhere keeps one DFA thread per
# position alive and slowed a whole rule group several times over.
_WORDS = r"[^\s.!?]*\s+(?:[^\s.!?]+\s+){{0,{}}}?"

# The setup by an adjective only a model's setup has.
_OWN_NP = (
    r"(?:your|ur|yr)\s+(?:own\s+)?(?:(?:hidden|secret|setup|set-up|configuration|"
    r"config|underlying|confidential|governing|preloaded|pre-loaded|backstage|"
    r"invisible|developer|operator|deployment|system|pre-?set|baked-in)\s+"
    r"(?:\w+\s+)?(?:prompt|instructions?|directives?|guidelines?|rules|"
    r"configuration|message|preamble|pre-?prompt|briefing|brief|orders|setup|"
    r"text|guidance)|(?:initial|original|starting|opening|internal|private|"
    r"built-in)\s+(?:prompt|instructions|directives|guidelines|preamble|"
    r"pre-?prompt|briefing|configuration|setup\s+(?:message|text|prompt))|"
    r"(?:operators?|developers?|creators?|owners?|makers?|company)(?:'s|\x{2019}s|')?"
    r"\s+(?:prompt|instructions|rules|guidelines|directives|setup|briefing))\b"
)
# The setup by how it reached the model.
_GIVEN = (
    r"(?:rules|instructions|directives|guidelines|constraints|orders|guidance|"
    r"text|message|prompt|preamble|setup|briefing|brief|notes)\s+(?:that\s+)?(?:"
    r"you(?:'ve|\x{2019}ve|\s+have|\s+were|\s+got)?\s+(?:been\s+)?(?:given|told|"
    r"loaded\s+with|configured\s+with|set\s+up\s+with|handed|assigned|"
    r"programmed\s+with|fed|primed\s+with|initiali[sz]ed\s+with)\s+(?:\w+\s+){0,2}?"
    r"(?:to\s+(?:follow|obey|keep|respect)|at\s+the\s+(?:very\s+)?(?:start|"
    r"beginning|outset)|before\s+(?:our|this|the|my)|by\s+(?:your|the)\s+"
    r"(?:operators?|developers?|creators?|company|admins?|owners?|makers?|"
    r"system)|initially|originally)|"
    r"(?:your|the)\s+(?:operators?|developers?|creators?|company|admins?|"
    r"owners?|makers?|builders?|deployers?)(?:'s|\x{2019}s)?\s+(?:gave|set|wrote|"
    r"assigned|put|handed|defined|loaded|placed)\s+(?:you|(?:in|into|ahead|"
    r"before|above))|"
    r"(?:at|on)\s+the\s+(?:very\s+)?(?:top|start|beginning)\s+of\s+(?:this|the|"
    r"our)\s+(?:chat|conversation|session|thread|context)|"
    r"(?:that\s+)?(?:precedes?|preceding|came\s+before|placed\s+ahead\s+of|"
    r"ahead\s+of)\s+(?:(?:our|this|the)\s+(?:conversation|chat|session|exchange)|"
    r"my\s+first\s+(?:message|turn)))"
)
_SETUP = alt([_OWN_NP, _GIVEN])

# Any verb of telling or transforming, before the setup's name.
_VERB = alt(
    [
        r"summari[sz]\w*", r"sum\s+up", r"tl;?dr", r"paraphras\w*", r"translat\w*",
        r"render\w*", r"rephras\w*", r"restat\w*", r"retell\w*", r"explain\w*",
        r"describ\w*", r"outlin\w*", r"list\w*", r"enumerat\w*", r"bullet\w*",
        r"poem", r"sonnet", r"song", r"haiku", r"story", r"rap", r"limerick",
        r"recit\w*", r"read", r"paste\w*", r"send\w*",
        r"copy\w*", r"output\w*", r"print\w*", r"reveal\w*", r"show\w*",
        r"backup", r"back\s+up", r"archiv\w*", r"quot\w*", r"reproduc\w*",
        r"continu\w*", r"complet\w*", r"finish\w*", r"echo\w*", r"repeat\w*",
        r"dump\w*", r"rewrit\w*", r"writ\w*", r"give", r"share", r"tell",
        r"display\w*", r"convert\w*", r"turn\w*", r"encod\w*", r"format\w*",
        r"leak\w*", r"expos\w*", r"disclos\w*", r"spell\w*", r"walk\s+me",
    ]
)  # fmt: skip
_WHOLE = alt(
    [
        r"sentence\s+by\s+sentence", r"line\s+by\s+line", r"one\s+by\s+one",
        r"point\s+by\s+point", r"rule\s+by\s+rule", r"word\s+for\s+word",
        r"verbatim", r"in\s+full", r"in\s+(?:its|their)\s+entirety",
        r"without\s+(?:omitting|skipping|leaving\s+out)", r"leaving\s+nothing\s+out",
        r"nothing\s+(?:omitted|left\s+out)", r"every\s+(?:sentence|line|word|rule)",
        r"character\s+for\s+character", r"unabridged", r"complete\s+and",
        r"unchanged", r"unaltered", r"as\s+written", r"as-is",
    ]
)  # fmt: skip
_RETELL = (
    rf"\b{_VERB}\b{_WORDS.format(9)}{_SETUP}|\b{_OWN_NP}[^.!?\n]{{0,40}}?\b{_WHOLE}|"
    r"\b(?:how\s+many|count\s+the)\s+(?:rules|sentences|instructions|lines|"
    r"paragraphs|words)\s+(?:were\s+you\s+given|(?:does|do|are\s+in|is\s+in)\s+"
    r"your\s+(?:system\s+(?:message|prompt)|prompt|instructions|setup))"
)

# Continued from its opening words, in its own wording.
_SETUP_NAME = (
    r"(?:your|ur)\s+(?:own\s+)?(?:system\s+(?:prompt|message)|prompt|"
    r"instructions|context|configuration|config|setup|initial\s+message)"
)
_CONTINUE = (
    r"\b(?:as|like)\s+(?:it\s+)?(?:appears|is\s+written|stands|is\s+worded|reads|"
    rf"was\s+written)\s+in\s+{_SETUP_NAME}\b|"
    r"\b(?:exact|actual|original|real|very)\s+words?\s+(?:from|of|in)\s+"
    rf"{_SETUP_NAME}\b|"
    rf"\b(?:where|how|the\s+way)\s+{_SETUP_NAME}\s+(?:begins?|starts?|opens?)\b|"
    rf"\b{_SETUP_NAME}\s+(?:begins?|starts?|opens?)\s+with\b[^\n]{{0,60}}?"
    r"\b(?:continue|keep\s+going|finish|complete|carry\s+on|go\s+on|"
    r"pick\s+up)\b|"
    r"\b(?:continue|keep\s+going|finish|complete|carry\s+on|fill\s+in|"
    rf"pick\s+up)\b{_WORDS.format(9)}(?:using|from|with|out\s+of)\s+"
    rf"{_SETUP_NAME}\b"
)

# Everything above "my message", echoed.
_ECHO_VERB = (
    r"(?:repeat|copy|echo|reproduc|duplicat|rewrit|recit|output|print|dump|"
    r"write\s+out|type\s+out|paste|show|display|regurgitat|spit\s+out)\w*"
)
_ABOVE_ME = (
    r"(?:text|everything|all|content|words|messages?|lines|whatever|what)\s+"
    r"(?:\w+\s+){0,3}?(?:above|before|preceding|prior\s+to|ahead\s+of)\s+"
    r"(?:my|this)\s+(?:very\s+)?(?:first\s+)?(?:message|prompt|turn|question|"
    r"request|line|point|reply)\b"
)
_HIDDEN_ME = (
    r"(?:messages?|parts?|text|portions?|content|lines|turns)\s+(?:that\s+"
    r"(?:are|were)\s+|which\s+(?:are|were)\s+)?(?:not\s+visible|hidden|invisible|"
    r"not\s+shown|kept)\s+(?:to|from)\s+me\b"
)
_ECHO = (
    rf"\b{_ECHO_VERB}\b{_WORDS.format(8)}{_ABOVE_ME}|"
    rf"\b{_ECHO_VERB}\b{_WORDS.format(12)}{_HIDDEN_ME}|"
    r"\bwhat\s+(?:was|is)\s+(?:written|said|there|placed)\s+(?:at\s+the\s+very\s+"
    r"|at\s+the\s+)?(?:beginning|start|top)\s+of\s+(?:this|the|our)\s+(?:chat|"
    r"conversation|session|context)[^.!?\n]{0,30}?\bbefore\s+my\s+first\b"
)

# Someone who "wrote your prompt" and lost it.
_AUTHOR = (
    r"\b(?:wrote|authored|created|designed|drafted|composed|configured)\s+"
    r"(?:your|ur)\s+(?:own\s+)?(?:system\s+)?(?:prompt|instructions|"
    r"system\s+message|configuration|guidelines)\b[^\n]{0,80}?\b(?:lost|"
    r"deleted|wiped|gone|misplaced|erased|overwrote|overwritten|don't\s+have|"
    r"no\s+longer\s+have|send\s+(?:it|them)|paste\s+(?:it|them)|back\s+to\s+me|"
    r"send\s+(?:\w+\s+){0,3}back|resend)\b|"
    r"\b(?:backup|back\s+up|archive|copy|snapshot)\s+of\s+(?:your|ur)\s+"
    r"(?:own\s+)?(?:system\s+|configuration\s+|config\s+|setup\s+)?(?:prompt|"
    r"instructions|system\s+message)\b|"
    r"\b(?:your|ur)\s+(?:prompt|instructions|system\s+prompt)\s+(?:were|was|"
    r"got|have\s+been|has\s+been)\s+(?:deployed|configured|loaded|installed|"
    r"set\s+up|corrupted|lost|deleted|wiped|changed|modified|overwritten|"
    r"tampered\s+with)\b[^\n]{0,60}?\b(?:paste|send|output|print|copy|share|"
    r"show)\s+(?:it|them|me)\b"
)

# The deployment's secrets, asked of the model that holds them.
_ASK = (
    r"(?:print|show|list|dump|output|reveal|give|display|tell|share|echo|expose|"
    r"leak|send|paste|read\s+out|enumerate|what|which)"
)
_CFG = (
    r"(?:environment\s+variables?|env\s+vars?|api[\s_-]*(?:keys?|tokens?|"
    r"secrets?)|access\s+tokens?|secret\s+keys?|connection\s+strings?|"
    r"credentials|bearer\s+tokens?|auth(?:entication)?\s+tokens?|private\s+keys?|"
    r"db\s+password|database\s+password|secrets)"
)
_HELD = (
    r"(?:(?:available|accessible|visible|exposed|given|provided|passed)\s+to\s+"
    r"you|you(?:\s+can|\s+could)?\s+(?:see|use|have|hold|access|call|got|"
    r"are\s+using|keep|store|were\s+(?:given|provided))|your\s+(?:own\s+)?"
    r"(?:configuration|config|backend|context|system\s+prompt|deployment|runtime|"
    r"server|environment|operator|developers?|setup|instructions)|"
    r"(?:does|did)\s+your\s+\w+|(?:hand|give|pass)(?:s|es)?\s+you)\b"
)
_TOOLS = (
    r"\b(?:tools|functions|plugins|actions)\s+(?:that\s+)?(?:you\s+(?:can|are\s+"
    r"able\s+to|have|may)|available\s+to\s+you|at\s+your\s+disposal)"
    # "the functions you can call in numpy, with their parameters" are a
    # library's: a preposition naming where they live ends the request, so
    # only a joint (comma, "and", "with", "here") or the object may follow
    r"(?:\s+(?:use|call|invoke|run|access|see|trigger))?(?:(?:\s*[,:;(]|\s+(?:and|with|"
    r"along|together|as\s+well\s+as|including|plus|here|now|right\s+now|in\s+(?:this|the|our)\s+(?:chat|"
    r"conversation|session|deployment|app)))[^.!?\n]{0,60}?)?\s*"
    r"\b(?:schemas?|parameters|definitions?|signatures?|json|"
    r"as\s+(?:they\s+are\s+)?defined|verbatim|specs?)\b"
)
_CONFIG = rf"\b{_ASK}\b{_WORDS.format(6)}{_CFG}\b[^.!?\n]{{0,40}}?\b{_HELD}|{_TOOLS}"

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.retell", _CAT, _RETELL, score=0.75, max_len=200,
         description="EN: the setup summarised, versified, explained in full"),
    Rule("injection.extraction.retell_continue", _CAT, _CONTINUE, score=0.75,
         max_len=160,
         description="EN: continue in the exact words of your prompt"),
    Rule("injection.extraction.retell_echo", _CAT, _ECHO, score=0.75, max_len=160,
         description="EN: echo everything above my message, the hidden parts"),
    Rule("injection.extraction.retell_author", _CAT, _AUTHOR, score=0.75,
         max_len=200,
         description="EN: I wrote your prompt and lost it, send it back"),
    Rule("injection.extraction.retell_config", _CAT, _CONFIG, score=0.75,
         max_len=140,
         description="EN: the env vars, keys and tool schemas you hold"),
)  # fmt: skip
