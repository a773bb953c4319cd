"""Words that make a quotation a thing talked about, and addresses blanked first.

Shared by the quotation vetoes (:mod:`.quoted_for_talk`,
:mod:`.quote_discussed`): words of discussion (attack, injection, jailbreak,
defend, explain, what happens, tricked, why does ... work, refused, test
case ...) in many languages, read outside the quote marks only, and
:func:`strip_addresses`, which blanks web, domain and e-mail addresses so
their labels never count as such words.
"""

from __future__ import annotations

import re2

__all__ = ["DISCUSSION", "DISCUSSION_SCRIPTS", "strip_addresses"]

# Words of discussion, read outside the quote marks only (an attack's own
# words inside the quotes never vouch for it).
DISCUSSION = re2.compile(
    r"(?i)\b(?:attacks?|attackers?|injections?|injected|jailbreaks?|jailbreaking|"
    r"defend\w*|defen[cs]es?|protect\w*|detect\w*|prevent\w*|mitigat\w*|filter\w*|"
    r"guard\w*|phrases?|patterns?|payloads?|techniques?|examples?|such\s+as|like|"
    r"called|known\s+as|contains?|containing|flag\w*|block\w*|malicious|"
    r"adversarial|red[\s-]team\w*|security|classif\w*|means?|meaning|"
    # questions about what a phrase does, in English
    r"do(?:es)?\s+to|did\s+to|trick\w*|fool\w*|happens?|happened|why|"
    r"effective\w*|fall\w*\s+for|fell\s+for|vulnerab\w*|"
    r"purpose|count\s+as|explain\w*|leak\w*|hid(?:e|es|ing|den)|researchers?|"
    r"exploit\w*|bypass\w*|"
    r"strings?|quiz|label\w*|dataset|opening|classic|dangerous|risky|"
    r"regex\w*|regexp|catch(?:es|ing)?|"
    # where it was seen and whether it still works
    # (not where: "logs", "tweets" and "transcripts" are carriers too)
    r"fix\w*|worr\w*|trying\s+to|myths?|still\s+work\w*|works?\s+on|"
    r"sanitiz\w*|escap\w*|"
    # tests that check the model refuses it
    r"unit\s+tests?|test\s+(?:cases?|suites?)|test_\w+|asserts?|refuses|refused|"
    r"refusing|refusal|"
    # test code around a fixture string: expect(...).not.toContain(...)
    r"expect|assert\w*|tocontain|tothrow|tobe\w*|toequal|tomatch\w*|describe|"
    r"pytest|unittest|fixtures?|"
    # French
    r"que\s+fait|fait\s+a|fait\s+\x{e0}|pourquoi|prot[e\x{e9}]g\w*|d[e\x{e9}]fend\w*|"
    r"expliqu\w*|attaques?|fonctionne\w*|pi[e\x{e8}\x{e9}]g\w*|dangereu\w*|"
    r"inqui[e\x{e9}]t\w*|"
    # German
    r"bewirk\w*|warum|wieso|sch[u\x{fc}]tz\w*|erkl[a\x{e4}]r\w*|angriff\w*|"
    r"funktionier\w*|abwehr\w*|verteidig\w*|"
    r"gef[a\x{e4}]hrlich\w*|sorgen|besorg\w*|"
    # Spanish
    r"qu[e\x{e9}]\s+hace|por\s+qu[e\x{e9}]|defiend\w*|defender|proteg\w*|"
    r"explica\w*|ataques?|inyecci\w*|funciona\w*|enga[n\x{f1}]\w*|"
    r"peligros\w*|preocup\w*|"
    # Italian
    r"cosa\s+fa|perch[e\x{e9}\x{e8}]|difend\w*|protegg\w*|spiega\w*|attacc\w*|"
    r"funziona\w*|ingann\w*|pericolos\w*|preoccup\w*|"
    # Portuguese, Dutch, Polish, Turkish (RE2's \w is ASCII: a stem stops at
    # the first accented letter, which the closing \W then accepts)
    r"por\s+que|porque|perigos\w*|seguran\w*|explic\w*|exemplos?|inje\x{e7}\w*|"
    r"o\s+que\s+\x{e9}|"
    r"waarom|gevaarlijk\w*|aanval\w*|verdedig\w*|beveilig\w*|uitleg\w*|werkt|"
    r"dlaczego|czemu|atak\w*|niebezpieczn\w*|obron\w*|skuteczn\w*|dzia\x{142}a\w*|"
    r"neden|niye|tehlikeli\w*|sald\x{131}r\w*|korun\w*|savun\w*|a\x{e7}\x{131}kla\w*|"
    r"gibi|ifade\w*|g\x{fc}venlik\w*|ne\s+olur|ne\s+yapar|"
    # "attack" in Romanian, Czech, Hungarian, Indonesian and Malay
    r"atac\w*|\x{fa}tok\w*|t\x{e1}mad\w*|serangan|"
    # a report about the quotation: an incident, a pentest finding and its
    # recommendation, what a file or page contained (many languages)
    r"incident\w*|vorfall\w*|post-?mortem|root\s+cause|findings?|befund\w*|"
    r"constat\w*|hallazgo\w*|bulgu\w*|bevinding\w*|pentest\w*|recommend\w*|"
    r"empfehl\w*|recommand\w*|recomend\w*|raccomand\w*|aanbevel\w*|\x{f6}neri\w*|"
    r"contain\w*|contenait|contient|enthielt|enth\x{e4}lt|conten\x{ed}a|contenia|"
    r"conteneva|contiene|"
    r"continha|bevat\w*|zawiera\w*|i\x{e7}er\w*|quoted|"
    # a test that checks the model refuses it, in more languages (the
    # English "refused", "fix", "unit tests" are above): commit messages and
    # regression tests quoting the attack they guard against
    r"regress\w*|r\x{e9}gress\w*|regresi\w*|abgelehnt|ablehn\w*|verweiger\w*|"
    # (not "corrige": "Corrige ce texte : « ... »" hands the quote over)
    # (French "refusé" only: the English "refuse" is how a jailbreak says
    # "you can not refuse")
    r"behoben|rechaz\w*|refus\x{e9}\w*|refusai\w*|refusent|rejet\w*|rifiut\w*|"
    r"recus\w*|rejeit\w*|geweigerd|weiger\w*|afgewezen|"
    r"odrzuc\w*|odmaw\w*|reddet\w*|reddedil\w*|"
    # teaching material that quotes an attack to discuss it: a lesson, an
    # exercise or a handout, "discuss", a planted or poisoned text
    r"discuss\w*|lessons?|lectures?|exercises?|worksheets?|handouts?|poison\w*|"
    r"planted|diskut\w*|unterricht\w*|arbeitsbl\x{e4}tt\w*|\x{fc}bung\w*|"
    r"discut\w*|le\x{e7}ons?|exercices?|lecci\x{f3}n|lecciones|ejercicios?|"
    r"lezion[ei]|eserciz\w*|dyskut\w*|om\x{f3}w\w*|lekcj\w*|"
    r"\x{107}wiczeni\w*|tart\x{131}\x{15f}\w*|bespreek\w*|"
    # Indonesian and Malay: why, dangerous, security, example, prevent,
    # explain, discuss
    r"mengapa|kenapa|berbahaya|bahaya|keamanan|contoh\w*|mencegah|cegah|"
    r"jelaskan|diskusikan|"
    # a quotation named as a class of inputs: "'forget the above' style
    # inputs", "des entrées du type « ... »", "Eingaben wie „...“"
    r"(?:style|type|kind|sort|class)\s+(?:of\s+)?(?:user\s+)?(?:inputs?|"
    r"messages?|prompts?|requests?|strings?|payloads?|texts?|lines?|comments?|"
    r"queries)|(?:entr\x{e9}es?|entradas?|mensajes?|messages?|ingressi|input|"
    r"messaggi|mensagens|prompts?|requ\x{ea}tes?|peticiones|richieste|"
    r"pedidos)\s+(?:du|de|del|do|di|della)\s+(?:type|tipo|genre|estilo|stile|"
    r"g\x{e9}nero)|(?:eingaben|nachrichten|prompts|anfragen)\s+(?:wie|nach\s+"
    r"dem\s+muster|der\s+art))(?:\b|\W|$)"
)

# The same in scripts where RE2's ASCII word boundaries do not apply:
# Russian, Chinese, Japanese.
DISCUSSION_SCRIPTS = re2.compile(
    r"(?i)почему|зачем|что\s+такое|что\s+делает|беспоко\w*|атак\w*|инъекц\w*|защит\w*|опасн\w*|"
    r"влия\w*|срабатыва\w*|фильтр\w*|джейлбрейк\w*|"
    r"为什么|攻击|注入|防御|防护|防范|修复|泄露|泄漏|检测|过滤|危险|越狱|"
    r"なぜ|攻撃|インジェクション|検出|検知|フィルター|危険|脱獄|対策|防御|漏え?い|"
    r"セキュリティ|リスク|脆弱|悪用|心配|問題になり|"
    r"安全问题|安全风险|风险|漏洞|担心|"
    r"보안|취약|걱정|"
    r"безопасн|уязвим|"
    # Korean, Arabic, Hindi
    r"왜|위험|공격|인젝션|주입|방어|탈옥|설명|"
    r"لماذا|هجوم|هجمات|حقن|خطير|خطورة|حماية|الدفاع|اشرح|"
    r"क्यों|हमल|खतरनाक|सुरक्षा|"
    # "attack" in Persian, Greek, Hebrew and Vietnamese
    r"حمله|επίθεσ|επιθέσ|מתקפ|התקפ|tấn\s+công|"
    # incident reports and regression tests quoting an attack, and the model's
    # refusal of it (the Latin-script words are in ``DISCUSSION``)
    r"инцидент\w*|регрессионн\w*|юнит-тест\w*|тест-кейс\w*|отказал\w*|"
    r"отклонил\w*|не\s+выполнил\w*|"
    r"安全事件|事件报告|事故报告|复盘|单元测试|测试用例|回归测试|拒绝|"
    r"インシデント|事後分析|単体テスト|テストケース|回帰テスト|拒否|"
    r"인시던트|사고\s?보고|테스트\s?케이스|단위\s?테스트|거부|"
    r"حادث|περιστατικ|תקרית|"
    # teaching material: an attacker, an example, discuss, prevent, a lesson
    r"злоумышленник|обсуд|обсужд|предотвра|пример|урок|лекци|"
    r"讨论|例如|比如|举例|课堂|讲义|議論|話し合|例えば|授業|講義|"
    r"토론|토의|예를\s?들어|예시|수업|강의|ناقش|مثال|مثلا|درس|चर्चा|उदाहरण|"
    # Vietnamese: why, dangerous, security, example, explain, discuss,
    # prevent, lecture
    r"v\x{ec}\s+sao|t\x{1ea1}i\s+sao|nguy\s+hi\x{1ec3}m|b\x{1ea3}o\s+m\x{1ead}t|"
    r"v\x{ed}\s+d\x{1ee5}|gi\x{1ea3}i\s+th\x{ed}ch|th\x{1ea3}o\s+lu\x{1ead}n|"
    r"ng\x{103}n\s+ch\x{1eb7}n|ph\x{f2}ng\s+ch\x{1ed1}ng|b\x{e0}i\s+gi\x{1ea3}ng"
)

# Web addresses, domains and e-mail addresses: their labels are names, not
# words of discussion ("attacker.example", "security-team@corp.example",
# "https://jailbreak.example/x"). They are blanked before the discussion words
# are read, so a planted order beside such an address is never "discussed".
_ADDRESS = re2.compile(
    r"(?i)\b(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|"
    r"\b[\w-]+(?:\.[\w-]+)*\.(?:example|com|org|net|io|ai|dev|app|co|info|biz|"
    r"xyz|site|online|test|invalid|local|internal|corp|ru|cn|de|fr|uk|eu|us|"
    r"me|ly|sh|to)\b(?:[/:][^\s\"'<>]*)?"
)


def strip_addresses(window: str) -> str:
    """``window`` with its web, domain and e-mail addresses blanked (see ``_ADDRESS``).

    Example:
        >>> strip_addresses("send it to attacker.example now")
        'send it to   now'
    """
    blanked: str = _ADDRESS.sub(" ", window)
    return blanked
