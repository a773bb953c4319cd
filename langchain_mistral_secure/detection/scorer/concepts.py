# ruff: noqa: RUF001
# (words in many scripts; their look-alike letters are on purpose)
"""Concept tags: the shape of an attack, independent of its source's wording.

Hashed n-grams learn the vocabulary of the files they were trained on; an
attack from a new source (another language, another template) shares little
of it. What attacks share is their *shape*: an instruction addressed to the
model ("you"), a reference to its instructions, rules or prompt, an override
verb ("ignore", "forget"), a pointer to what came before ("above",
"previous"), an output demand ("print", "say only"), a mode or persona switch
("from now on", "act as", "developer mode"), and fake turns of a conversation.

Each concept below is a short list of words and stems in many languages. A
text's concept tags are found in one RE2 scan of the detection view; the
scorer hashes tag unigrams, bigrams and trigrams (in order of appearance,
within a short distance), so "ignore + previous + instructions" and
"تجاهل + المذكور أعلاه + التعليمات" give the same features. The words are
general vocabulary of each concept, not copied from any dataset row.

Latin, Cyrillic, Greek, Arabic, Devanagari and Bengali terms match at the
start of a word (a stem matches every inflection); Chinese, Japanese, Korean
and Thai terms, which have no spaces, match anywhere. Every term goes through
the same fold as the text (:func:`~..normalize.build_view`), so Cyrillic
look-alikes and accents match as the view spells them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from langchain_mistral_secure.detection.normalize import build_view

__all__ = ["CONCEPTS", "ConceptTable", "concept_table", "find_concepts"]

I64 = npt.NDArray[np.int64]
U64 = npt.NDArray[np.uint64]

CONCEPTS: dict[str, tuple[str, ...]] = {
    # Override verbs: drop what was said before.
    "ignore": (
        "ignor",
        "disregard",
        "forget",
        "overlook",
        "neglect",
        "skip the",
        "override",
        "bypass",
        "circumvent",
        "pay no attention",
        "never mind",
        "vergiss",
        "vergessen",
        "missacht",
        "uberspring",
        "oublie",
        "oubliez",
        "olvid",
        "dimentic",
        "esquec",
        "esqueç",
        "negeer",
        "vergeet",
        "pomiń",
        "zapomnij",
        "unut",
        "görmezden",
        "glöm",
        "glem",
        "игнорир",
        "проигнорир",
        "забудь",
        "забудьте",
        "не обращай",
        "игноруй",
        "забудь",
        "تجاهل",
        "وتجاهل",
        "انس",
        "أهمل",
        "تخط",
        "अनदेखा",
        "नज़रअंदाज़",
        "नजरअंदाज",
        "भूल जाओ",
        "भूल जाइए",
        "উপেক্ষা",
        "ভুলে যাও",
        "ভুলে যান",
        "উপেক্ষ",
        "忽略",
        "忽视",
        "无视",
        "忘记",
        "忘掉",
        "不要理会",
        "不理会",
        "忽略掉",
        "無視",
        "忘れ",
        "無視して",
        "무시",
        "잊어",
        "잊으",
        "เพิกเฉย",
        "ลืม",
        "bỏ qua",
        "quên",
        "abaikan",
        "lupakan",
        "puuza",
        "sahau",
    ),
    # Pointers back to what came before.
    "prior": (
        "previous",
        "prior",
        "above",
        "preceding",
        "earlier",
        "foregoing",
        "aforementioned",
        "initial",
        "original",
        "so far",
        "until now",
        "vorherig",
        "vorangegangen",
        "obig",
        "oben",
        "bisherig",
        "zuvor",
        "precedent",
        "ci-dessus",
        "au-dessus",
        "dessus",
        "anterior",
        "arriba",
        "previa",
        "previo",
        "precedenti",
        "sopra",
        "acima",
        "vorige",
        "hierboven",
        "poprzedni",
        "önceki",
        "yukarıdaki",
        "tidigare",
        "ovan",
        "предыдущ",
        "выше",
        "вышеуказ",
        "прежн",
        "предшеству",
        "أعلاه",
        "السابق",
        "المذكور",
        "ما سبق",
        "سابقة",
        "ऊपर",
        "पिछल",
        "पहले",
        "উপরে",
        "আগের",
        "পূর্ববর্তী",
        "উপরের",
        "上述",
        "以上",
        "之前",
        "先前",
        "上面",
        "前面",
        "此前",
        "以前",
        "上記",
        "前の",
        "これまで",
        "위의",
        "이전",
        "ข้างต้น",
        "ก่อนหน้า",
        "trước",
        "ở trên",
        "sebelumnya",
        "di atas",
        "hapo juu",
        "awali",
    ),
    # The model's own instructions, rules and prompt.
    "instructions": (
        "instruction",
        "directive",
        "rules",
        "guideline",
        "prompt",
        "system prompt",
        "system message",
        "programming",
        "orders",
        "commands",
        "restriction",
        "constraint",
        "policies",
        "policy",
        "content policy",
        "safeguard",
        "filter",
        "guardrail",
        "anweisung",
        "regeln",
        "richtlinie",
        "vorgabe",
        "befehle",
        "consigne",
        "règle",
        "regle",
        "directive",
        "instrucci",
        "reglas",
        "directriz",
        "istruzion",
        "regole",
        "instruç",
        "instruc",
        "regras",
        "instructie",
        "regels",
        "instrukcj",
        "zasad",
        "talimat",
        "kural",
        "instruktion",
        "regler",
        "инструкц",
        "указани",
        "правил",
        "промпт",
        "подсказ",
        "التعليمات",
        "تعليمات",
        "القواعد",
        "الأوامر",
        "الإرشادات",
        "التوجيهات",
        "निर्देश",
        "नियम",
        "निर्देशों",
        "নির্দেশ",
        "নিয়ম",
        "指令",
        "指示",
        "说明",
        "规则",
        "提示词",
        "系统提示",
        "命令",
        "約束",
        "ルール",
        "プロンプト",
        "命令",
        "지시",
        "규칙",
        "프롬프트",
        "คำสั่ง",
        "กฎ",
        "hướng dẫn",
        "quy tắc",
        "lệnh",
        "instruksi",
        "aturan",
        "perintah",
        "maagizo",
        "sheria",
    ),
    # Output demands.
    "output": (
        "output",
        "print",
        "say",
        "reply",
        "respond",
        "answer with",
        "write",
        "repeat",
        "display",
        "type",
        "return",
        "echo",
        "state",
        "generate",
        "spell",
        "ausgeb",
        "gib aus",
        "gib",
        "sag",
        "antworte",
        "schreib",
        "wiederhol",
        "affiche",
        "dis ",
        "répond",
        "repond",
        "écri",
        "ecri",
        "répète",
        "repete",
        "imprim",
        "escrib",
        "di ",
        "respond",
        "repite",
        "muestr",
        "scrivi",
        "stampa",
        "rispondi",
        "ripeti",
        "escreva",
        "diga",
        "responda",
        "zeg",
        "schrijf",
        "antwoord",
        "napisz",
        "powiedz",
        "odpowiedz",
        "yaz",
        "söyle",
        "cevap",
        "skriv",
        "säg",
        "svara",
        "выведи",
        "вывести",
        "скажи",
        "ответь",
        "напиши",
        "повтори",
        "напечата",
        "أخرج",
        "وأخرج",
        "اكتب",
        "قل",
        "أجب",
        "كرر",
        "اطبع",
        "أظهر",
        "आउटपुट",
        "लिखें",
        "लिखो",
        "कहें",
        "कहो",
        "जवाब",
        "उत्तर",
        "प्रिंट",
        "আউটপুট",
        "লিখ",
        "বলুন",
        "বলো",
        "উত্তর",
        "প্রিন্ট",
        "输出",
        "打印",
        "回复",
        "回答",
        "说出",
        "写出",
        "重复",
        "显示",
        "出力",
        "答えて",
        "言って",
        "書いて",
        "表示",
        "繰り返",
        "출력",
        "말해",
        "답하",
        "써",
        "แสดงผล",
        "พิมพ์",
        "ตอบ",
        "พูด",
        "xuất",
        "in ra",
        "trả lời",
        "nói",
        "keluarkan",
        "katakan",
        "tulis",
        "jawab",
        "andika",
        "sema",
        "jibu",
    ),
    # Restrictive output words: only, just, directly, verbatim.
    "only": (
        "only",
        "just",
        "directly",
        "exactly",
        "verbatim",
        "word for word",
        "nothing else",
        "instead",
        "nur",
        "direkt",
        "genau",
        "stattdessen",
        "seulement",
        "uniquement",
        "directement",
        "exactement",
        "au lieu",
        "solo",
        "sólo",
        "solamente",
        "únicamente",
        "unicamente",
        "directamente",
        "en su lugar",
        "soltanto",
        "direttamente",
        "apenas",
        "somente",
        "alleen",
        "tylko",
        "sadece",
        "yalnızca",
        "doğrudan",
        "bara",
        "endast",
        "direkt",
        "только",
        "прямо",
        "дословно",
        "вместо",
        "فقط",
        "مباشرة",
        "بدلا",
        "केवल",
        "सिर्फ",
        "सीधे",
        "শুধু",
        "শুধুমাত্র",
        "সরাসরি",
        "只",
        "仅",
        "直接",
        "原样",
        "ただ",
        "だけ",
        "のみ",
        "直接",
        "만",
        "직접",
        "เท่านั้น",
        "โดยตรง",
        "chỉ",
        "trực tiếp",
        "hanya",
        "langsung",
        "tu",
        "moja kwa moja",
    ),
    # The model addressed in the second person.
    "you": (
        "you",
        "your",
        "yourself",
        "du ",
        "dich",
        "dein",
        "ihr ",
        "sie ",
        "tu ",
        "toi",
        "ton ",
        "ta ",
        "tes ",
        "vous",
        "votre",
        "vos ",
        "tú",
        "usted",
        "tus ",
        "tuo",
        "tua",
        "você",
        "voce",
        "seu ",
        "jij",
        "je ",
        "jouw",
        "ty ",
        "twoj",
        "sen ",
        "senin",
        "siz",
        "ты",
        "тебя",
        "тебе",
        "твои",
        "твой",
        "вы ",
        "вас",
        "ваш",
        "أنت",
        "انت",
        "لك",
        "عليك",
        "तुम",
        "आप",
        "तुम्हारे",
        "आपके",
        "তুমি",
        "আপনি",
        "তোমার",
        "আপনার",
        "你",
        "您",
        "あなた",
        "君",
        "당신",
        "너",
        "คุณ",
        "bạn",
        "kamu",
        "anda",
        "wewe",
        "una",
    ),
    # The model itself and the conversation's roles.
    "assistant": (
        "assistant",
        "ai ",
        "a.i.",
        "language model",
        "chatbot",
        "bot ",
        "model",
        "llm",
        "gpt",
        "chatgpt",
        "claude",
        "mistral",
        "llama",
        "system:",
        "user:",
        "assistant:",
        "[system]",
        "<system>",
        "### system",
        "### instruction",
        "### response",
        "[inst]",
        "<|im_start|>",
        "<|system|>",
        "<start_of_turn>",
        "<|user|>",
        "<|assistant|>",
        "<|eot_id|>",
        "human:",
        "tool result",
        "function result",
        "admin",
        "administrator",
        "developer",
        "operator",
        "openai",
        "anthropic",
        "assistent",
        "modell",
        "ki ",
        "ia ",
        "modèle",
        "modelo",
        "modello",
        "ассистент",
        "помощник",
        "модель",
        "нейросет",
        "المساعد",
        "الذكاء الاصطناعي",
        "सहायक",
        "सहकारी",
        "সহকারী",
        "助手",
        "人工智能",
        "模型",
        "系统",
        "アシスタント",
        "システム",
        "モデル",
        "어시스턴트",
        "시스템",
        "ผู้ช่วย",
        "trợ lý",
        "asisten",
        "msaidizi",
    ),
    # Mode, persona and time switches.
    "switch": (
        "from now on",
        "henceforth",
        "now you",
        "you are now",
        "you will now",
        "act as",
        "acting as",
        "pretend",
        "roleplay",
        "role-play",
        "role play",
        "persona",
        "character",
        "simulate",
        "imagine you",
        "mode",
        "developer mode",
        "dan ",
        "jailbreak",
        "jailbroken",
        "unlock",
        "enable",
        "activated",
        "switch to",
        "become",
        "ab jetzt",
        "ab sofort",
        "von nun an",
        "tu so",
        "spiel",
        "désormais",
        "à partir de maintenant",
        "fais semblant",
        "joue",
        "a partir de ahora",
        "de ahora en adelante",
        "finge",
        "actúa",
        "actua",
        "d'ora in poi",
        "fingi",
        "agisci",
        "a partir de agora",
        "finja",
        "aja como",
        "vanaf nu",
        "doe alsof",
        "od teraz",
        "udawaj",
        "bundan sonra",
        "artık",
        "gibi davran",
        "från och med nu",
        "låtsas",
        "отныне",
        "теперь ты",
        "с этого момента",
        "притворись",
        "представь",
        "веди себя",
        "режим",
        "من الآن",
        "تظاهر",
        "تصرف",
        "وضع",
        "अब से",
        "अब आप",
        "दिखावा",
        "भूमिका",
        "এখন থেকে",
        "ভান কর",
        "ভূমিকা",
        "从现在",
        "现在你",
        "扮演",
        "假装",
        "模式",
        "角色",
        "今から",
        "これから",
        "なりきって",
        "ふり",
        "モード",
        "지금부터",
        "역할",
        "모드",
        "ต่อจากนี้",
        "แสร้ง",
        "โหมด",
        "từ bây giờ",
        "giả vờ",
        "chế độ",
        "mulai sekarang",
        "berpura",
        "mode",
        "kuanzia sasa",
        "jifanye",
    ),
    # No limits: the model told its rules do not apply.
    "unbound": (
        "no restriction",
        "no limit",
        "without restriction",
        "without limit",
        "unrestricted",
        "unfiltered",
        "uncensored",
        "unlimited",
        "no rules",
        "no filter",
        "no ethic",
        "no moral",
        "not bound",
        "free from",
        "anything now",
        "does not have to",
        "doesn't have to",
        "not have to",
        "can do anything",
        "never refuse",
        "don't refuse",
        "do not refuse",
        "not allowed to refuse",
        "amoral",
        "unethical",
        "illegal",
        "ohne einschränk",
        "keine regeln",
        "sans restriction",
        "sans limite",
        "aucune règle",
        "sin restricciones",
        "sin límites",
        "sin reglas",
        "senza restrizioni",
        "senza limiti",
        "sem restrições",
        "без ограничений",
        "без правил",
        "без цензуры",
        "بدون قيود",
        "دون قيود",
        "बिना प्रतिबंध",
        "কোনো বাধা",
        "没有限制",
        "不受限制",
        "无限制",
        "不受约束",
        "制限なし",
        "制限のない",
        "제한 없",
        "ไม่มีข้อจำกัด",
        "không giới hạn",
        "tanpa batas",
        "bila vikwazo",
    ),
    # Disclosure demands about the model's hidden context.
    "reveal": (
        "reveal",
        "disclose",
        "leak",
        "show me",
        "tell me",
        "expose",
        "dump",
        "what are your",
        "what is your",
        "what were you",
        "verrate",
        "zeig mir",
        "zeige",
        "enthüll",
        "révèle",
        "revele",
        "montre",
        "dis-moi",
        "revela",
        "muéstrame",
        "dime",
        "rivela",
        "mostrami",
        "dimmi",
        "mostre",
        "diga-me",
        "раскрой",
        "покажи",
        "расскажи",
        "اكشف",
        "أظهر لي",
        "أخبرني",
        "बताओ",
        "बताइए",
        "दिखाओ",
        "প্রকাশ কর",
        "দেখাও",
        "বলো তো",
        "透露",
        "泄露",
        "告诉我",
        "展示",
        "公开",
        "教えて",
        "見せて",
        "明かして",
        "알려",
        "보여",
        "เปิดเผย",
        "บอก",
        "tiết lộ",
        "cho tôi xem",
        "ungkapkan",
        "tunjukkan",
        "nionyeshe",
        "niambie",
    ),
    # Hidden things: secrets, passwords, confidential context.
    "hidden": (
        "secret",
        "password",
        "passcode",
        "confidential",
        "hidden",
        "internal",
        "private",
        "initial prompt",
        "system prompt",
        "api key",
        "credential",
        "geheim",
        "passwort",
        "kennwort",
        "vertraulich",
        "secret",
        "mot de passe",
        "confidentiel",
        "secreto",
        "contraseña",
        "confidencial",
        "segreto",
        "riservat",
        "senha",
        "секрет",
        "пароль",
        "конфиденц",
        "скрыт",
        "سر",
        "كلمة المرور",
        "سري",
        "गुप्त",
        "पासवर्ड",
        "গোপন",
        "পাসওয়ার্ড",
        "秘密",
        "密码",
        "机密",
        "隐藏",
        "パスワード",
        "機密",
        "秘密",
        "비밀",
        "암호",
        "ความลับ",
        "รหัสผ่าน",
        "bí mật",
        "mật khẩu",
        "rahasia",
        "kata sandi",
        "siri",
    ),
    # New or real task replacing the old one.
    "new_task": (
        "new task",
        "new instruction",
        "new rule",
        "your task",
        "your job",
        "your goal",
        "real task",
        "actual task",
        "instead",
        "the task is",
        "neue aufgabe",
        "deine aufgabe",
        "nouvelle tâche",
        "ta tâche",
        "nueva tarea",
        "tu tarea",
        "nuovo compito",
        "nova tarefa",
        "новая задача",
        "твоя задача",
        "ваша задача",
        "مهمتك",
        "مهمة جديدة",
        "नया कार्य",
        "आपका काम",
        "নতুন কাজ",
        "新任务",
        "你的任务",
        "新しいタスク",
        "あなたの仕事",
        "새로운 작업",
        "งานใหม่",
        "nhiệm vụ mới",
        "tugas baru",
        "kazi mpya",
    ),
    # Urgency and attention grabbers that open a planted instruction.
    "attention": (
        "attention",
        "important",
        "urgent",
        "note:",
        "notice",
        "warning",
        "stop",
        "listen",
        "must",
        "immediately",
        "override",
        "priority",
        "achtung",
        "wichtig",
        "sofort",
        "important",
        "urgence",
        "immédiatement",
        "atención",
        "importante",
        "urgente",
        "inmediatamente",
        "attenzione",
        "subito",
        "atenção",
        "внимание",
        "важно",
        "срочно",
        "немедленно",
        "تنبيه",
        "مهم",
        "عاجل",
        "فورا",
        "ध्यान दें",
        "महत्वपूर्ण",
        "তুরন্ত",
        "মনোযোগ",
        "গুরুত্বপূর্ণ",
        "注意",
        "重要",
        "紧急",
        "立即",
        "至急",
        "すぐに",
        "주의",
        "중요",
        "ข้อควรระวัง",
        "สำคัญ",
        "chú ý",
        "quan trọng",
        "penting",
        "perhatian",
        "muhimu",
        "tahadhari",
    ),
    # Encodings and obfuscation named in the prompt.
    "encoding": (
        "base64",
        "base 64",
        "rot13",
        "rot-13",
        "hex",
        "hexadecimal",
        "decode",
        "encode",
        "cipher",
        "morse",
        "binary",
        "ascii",
        "unicode",
        "leetspeak",
        "reverse",
        "backwards",
        "dekodier",
        "décode",
        "decodifica",
        "декодир",
        "расшифр",
        "فك تشفير",
        "解码",
        "解密",
        "编码",
        "デコード",
        "復号",
        "디코딩",
    ),
}
"""Concept name -> words and stems in many languages (folded at compile time)."""

_NO_SPACE_SCRIPTS = (
    (0x0E00, 0x0E7F),  # Thai
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3400, 0x9FFF),  # CJK ideographs
    (0xAC00, 0xD7AF),  # Hangul
    (0xF900, 0xFAFF),
)
_P = 0x100000001B3  # the polynomial of :mod:`.features`
_MASK = (1 << 64) - 1
_LENGTH_KEY = np.uint64(0x9E3779B97F4A7C15)


def _is_word(code: int) -> bool:
    """The word characters of :func:`.features._word_mask`."""
    return ord("a") <= code <= ord("z") or ord("0") <= code <= ord("9") or code >= 0x80  # noqa: PLR2004


def _no_space(term: str) -> bool:
    return any(lo <= ord(c) <= hi for c in term for lo, hi in _NO_SPACE_SCRIPTS)


def _poly_hash(codes: list[int]) -> int:
    value = 0
    for code in codes:
        value = (value * _P + code) & _MASK
    return value


@dataclass(frozen=True)
class ConceptTable:
    """Hashes of every folded term, split by how it is looked up.

    ``anchored`` terms are looked up at word starts, ``free`` terms at every
    position holding one of ``free_first`` (their first characters). Keys mix
    the term's polynomial hash with its length; ``tags`` is each key's concept
    and ``whole`` whether the term must end a word.
    """

    anchored_keys: U64
    anchored_tags: I64
    anchored_whole: npt.NDArray[np.bool_]
    anchored_lengths: I64
    free_keys: U64
    free_tags: I64
    free_lengths: I64
    free_first: npt.NDArray[np.bool_]
    anchored_slots: tuple[npt.NDArray[np.int16], np.uint64]
    free_slots: tuple[npt.NDArray[np.int16], np.uint64]


def _key(hashes: U64, lengths: I64) -> U64:
    with np.errstate(over="ignore"):
        keys: U64 = hashes + lengths.astype(np.uint64) * _LENGTH_KEY
    return keys


@lru_cache(maxsize=1)
def concept_table() -> ConceptTable:
    """Fold and hash every term of :data:`CONCEPTS` once.

    Example:
        >>> table = concept_table()
        >>> table.anchored_keys.shape == table.anchored_tags.shape
        True
    """
    anchored: dict[tuple[int, int], tuple[int, bool]] = {}
    free: dict[tuple[int, int], tuple[int, bool]] = {}
    first: set[int] = set()
    for number, terms in enumerate(CONCEPTS.values()):
        for term in _with_clitics(terms):
            folded = " ".join(build_view(term).text.split())
            if not folded:
                continue
            codes = [ord(c) for c in folded]
            key = (_poly_hash(codes), len(codes))
            if _no_space(folded) or not _is_word(codes[0]):
                free.setdefault(key, (number, False))
                first.add(codes[0])
            else:
                # A trailing space in the list marks a whole word ("du ").
                anchored.setdefault(key, (number, term.endswith(" ")))
    a_keys, a_tags, a_whole, a_lengths = _table(anchored)
    f_keys, f_tags, _, f_lengths = _table(free)
    first_mask = np.zeros(max(first, default=0) + 1, dtype=bool)
    first_mask[sorted(first)] = True
    return ConceptTable(
        anchored_keys=a_keys,
        anchored_tags=a_tags,
        anchored_whole=a_whole,
        anchored_lengths=a_lengths,
        free_keys=f_keys,
        free_tags=f_tags,
        free_lengths=f_lengths,
        free_first=first_mask,
        anchored_slots=_perfect_slots(a_keys),
        free_slots=_perfect_slots(f_keys),
    )


_SLOT_BITS = 18


def _perfect_slots(keys: U64) -> tuple[npt.NDArray[np.int16], np.uint64]:
    """A collision-free slot table for ``keys``: (slot -> key index or -1, salt).

    A lookup is then one multiply, one shift and one gather per query (a
    binary search over the keys costs several times more). Salts are tried in
    a fixed order, so the table is the same in every process.
    """
    shift = np.uint64(64 - _SLOT_BITS)
    with np.errstate(over="ignore"):
        for attempt in range(1, 10_000):
            salt = np.uint64((0x9E3779B97F4A7C15 * attempt) & _MASK | 1)
            slots = (keys * salt) >> shift
            if np.unique(slots).shape[0] == keys.shape[0]:
                table = np.full(1 << _SLOT_BITS, -1, dtype=np.int16)
                table[slots.astype(np.int64)] = np.arange(keys.shape[0], dtype=np.int16)
                return table, salt
    msg = "no collision-free salt for the concept table"  # pragma: no cover
    raise RuntimeError(msg)  # pragma: no cover


def _with_clitics(terms: tuple[str, ...]) -> list[str]:
    """The terms, and Arabic ones again with the joined conjunction "و" (and)."""
    out = list(terms)
    out += ["و" + t for t in terms if "\u0621" <= t[0] <= "\u064a" and t[0] != "و"]
    return out


def _table(
    items: dict[tuple[int, int], tuple[int, bool]],
) -> tuple[U64, I64, npt.NDArray[np.bool_], I64]:
    """Sorted keys, their concepts and whole-word flags, the distinct lengths."""
    keys = _key(
        np.array([h for h, _ in items], dtype=np.uint64),
        np.array([n for _, n in items], dtype=np.int64),
    )
    order = np.argsort(keys, kind="stable")
    values = list(items.values())
    tags = np.array([values[i][0] for i in order.tolist()], dtype=np.int64)
    whole = np.array([values[i][1] for i in order.tolist()], dtype=bool)
    lengths = np.unique(np.array([n for _, n in items], dtype=np.int64))
    return keys[order], tags, whole, lengths


def _lookup(
    keys: U64, table_keys: U64, slots: tuple[npt.NDArray[np.int16], np.uint64]
) -> tuple[I64, npt.NDArray[np.bool_]]:
    """(index into ``table_keys``, found) of every query key."""
    if table_keys.shape[0] == 0:
        return np.zeros(keys.shape[0], np.int64), np.zeros(keys.shape[0], bool)
    table, salt = slots
    with np.errstate(over="ignore"):
        slot = ((keys * salt) >> np.uint64(64 - _SLOT_BITS)).astype(np.int64)
    at = table[slot].astype(np.int64)
    found = at >= 0
    at[~found] = 0
    return at, found & (table_keys[at] == keys)


def find_concepts(
    span_hash: Callable[[I64, I64], U64],
    cps: U64,
    word: npt.NDArray[np.bool_],
    w_start: I64,
) -> tuple[I64, I64]:
    """(concept, position) of every tag in a hashed text, ordered by position.

    ``span_hash(starts, ends)`` is the polynomial hash of code points
    ``cps[start:end]`` (:func:`.features.hash_text` builds it), ``word`` marks
    word characters and ``w_start`` the word starts. Where several terms
    start at one position the longest wins. All lookups are vectorized.

    Example:
        >>> from langchain_mistral_secure.detection.scorer.features import hash_text
        >>> hashed = hash_text("Ignore the previous rules")
        >>> names = list(CONCEPTS)
        >>> [names[i - 2**18] for i in hashed.concept_buckets if i - 2**18 < len(names)]
        ['ignore', 'prior', 'instructions']
    """
    table = concept_table()
    size = cps.shape[0]
    found_pos: list[I64] = []
    found_len: list[I64] = []
    found_tag: list[I64] = []
    lengths = table.anchored_lengths
    if w_start.shape[0] and lengths.shape[0]:
        starts = np.repeat(w_start, lengths.shape[0])
        span = np.tile(lengths, w_start.shape[0])
        ends = starts + span
        fits = ends <= size
        starts, span, ends = starts[fits], span[fits], ends[fits]
        at, hit = _lookup(
            _key(span_hash(starts, ends), span),
            table.anchored_keys,
            table.anchored_slots,
        )
        at, starts, span, ends = at[hit], starts[hit], span[hit], ends[hit]
        # A whole-word term must be followed by a non-word character.
        after = np.ones(ends.shape[0], dtype=bool)
        inside = ends < size
        after[inside] = ~word[ends[inside]]
        keep = ~table.anchored_whole[at] | after
        found_pos.append(starts[keep])
        found_len.append(span[keep])
        found_tag.append(table.anchored_tags[at[keep]])
    if table.free_keys.shape[0]:
        first = table.free_first
        codes = np.minimum(cps, np.uint64(first.shape[0] - 1)).astype(np.int64)
        candidates = np.flatnonzero(first[codes] & (cps < first.shape[0]))
        lengths = table.free_lengths
        if candidates.shape[0]:
            starts = np.repeat(candidates, lengths.shape[0])
            span = np.tile(lengths, candidates.shape[0])
            ends = starts + span
            fits = ends <= size
            starts, span, ends = starts[fits], span[fits], ends[fits]
            at, hit = _lookup(
                _key(span_hash(starts, ends), span), table.free_keys, table.free_slots
            )
            found_pos.append(starts[hit])
            found_len.append(span[hit])
            found_tag.append(table.free_tags[at[hit]])
    if not found_pos:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    pos = np.concatenate(found_pos)
    span = np.concatenate(found_len)
    tag = np.concatenate(found_tag)
    order = np.lexsort((-span, pos))
    pos, tag = pos[order], tag[order]
    first = np.ones(pos.shape[0], dtype=bool)
    first[1:] = pos[1:] != pos[:-1]
    return tag[first], pos[first]
