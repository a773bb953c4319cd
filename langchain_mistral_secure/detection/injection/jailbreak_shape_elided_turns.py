# ruff: noqa: RUF001, RUF002
"""Many-shot priming: answers cut short by an ellipsis, turn after turn.

Family: many-shot fake transcripts (category ``role``). A fabricated dialogue
shows the assistant already answering: each answer line stops after a few
words with an ellipsis ("Assistant: Easy: remove the...", "A: Gern! Zuerst...",
"답: 좋아요! 먼저...", "Ответ: Берёшь...") and the next question follows, so
the model is to go on the same way for the last one. The structure, not the
wording, is the tell: two answer lines in a row that trail off with an
ellipsis, each followed by the next question line, under question and answer
labels in some thirty-five languages (User/Assistant, Q/A, F/A, P/R, D/R,
Vraag/Antwoord, Pytanie/Odpowiedź, Użytkownik/Asystent, Uživatel/Asistent,
Felhasználó/Asszisztens, Kullanıcı/Asistan, Pengguna/Asisten, Người
dùng/Trợ lý, Mtumiaji/Msaidizi, Soru/Cevap, Fråga/Svar, 질문/답, 質問/回答,
问/答, Вопрос/Ответ, Користувач/Асистент, سؤال/جواب, کاربر/دستیار,
משתמש/עוזר, उपयोगकर्ता/सहायक, ব্যবহারকারী/সহকারী, Χρήστης/Βοηθός,
ผู้ใช้/ผู้ช่วย ...). The compliance words of
:mod:`~langchain_mistral_secure.detection.injection.jailbreak_move_primed_turns`
are not needed: what the elided answers say does not matter.

Why it is safe on benign text: a few-shot prompt answers each example in
full ("A: Paris."), a quiz leaves blanks, not ellipses, and a chat log whose
speaker trails off once ("User: hmm...") does so under a user label, not in
two answer lines in a row with a question between them.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule

__all__ = ["RULES"]

_CAT = "role"

# Labels in Latin scripts, any case; matched on the raw text so the Cyrillic,
# Arabic and CJK labels can sit in the same pattern.
_Q = (
    r"(?i:q|question|user|human|me|you|usuario|usuaria|utilisateur|utilisatrice|"
    r"nutzer|benutzer|utente|f|frage|p|pregunta|pergunta|usuario|d|domanda|vraag|"
    r"pytanie|soru|kullanici|fraga|fråga|sporsmal|spørsmål|kysymys|intrebare|"
    r"întrebare|kerdes|kérdés|otazka|otázka|pertanyaan|tanya|cau\s?hoi|câu\s?hỏi|"
    r"client|customer|kunde|cliente|klient|prompt|użytkownik|uzytkownik|uživatel|uzivatel|"
    r"felhasználó|felhasznalo|utilizator|användare|anvandare|bruger|bruker|käyttäjä|"
    r"kayttaja|pengguna|người\s?dùng|nguoi\s?dung|kullanıcı|gebruiker|mtumiaji)"
    r"|질문|사용자|質問|ユーザー|问|問|问题|用户|Вопрос|Пользователь|Питання|Користувач|سؤال|"
    r"المستخدم|کاربر|صارف|שאלה|משתמש|प्रश्न|सवाल|उपयोगकर्ता|ব্যবহারকারী|প্রশ্ন|Ερώτηση|Χρήστης|"
    r"ผู้ใช้|คำถาม"
)
_A = (
    r"(?i:a|answer|assistant|ai|bot|model|gpt|respuesta|asistente|r|reponse|réponse|"
    r"assistant|antwort|ki|risposta|assistente|resposta|ia|antwoord|odpowiedz|"
    r"odpowiedź|cevap|asistan|svar|vastaus|raspuns|răspuns|valasz|válasz|odpoved|"
    r"odpověď|jawaban|jawab|tra\s?loi|trả\s?lời|agent|asystent|asistent|asszisztens|"
    r"assistent|avustaja|asisten|trợ\s?lý|tro\s?ly|msaidizi)"
    r"|답|답변|어시스턴트|回答|答え|アシスタント|答|助手|Ответ|Ассистент|Відповідь|Асистент|جواب|"
    r"المساعد|دستیار|معاون|תשובה|עוזר|उत्तर|जवाब|सहायक|উত্তর|সহকারী|Απάντηση|Βοηθός|"
    r"ผู้ช่วย|คำตอบ"
)
_TAG = r"\s?\d{0,2}\s?[:：]"
_NL = r"[ \t]{0,3}\r?\n\s{0,3}"
# One elided answer: a few words, then an ellipsis ending the line.
_ELIDED = r"(?:" + _A + r")" + _TAG + r"[^\n]{0,45}?(?:\.\.\.|…|。。。)" + _NL
# The question after it: a line of its own.
_NEXT_Q = r"(?:" + _Q + r")" + _TAG + r"[^\n]{3,64}" + _NL
# The first label starts a line or follows a space ("data:" is no label).
_START = r"(?:^|[\s>*-])"
# Worst case: 1 + (12 + 5 + 45 + 3 + 8) * 2 + (12 + 5 + 64 + 8) + 12 + 5 = 253.
_PRIMED = _START + _ELIDED + _NEXT_Q + _ELIDED + r"(?:" + _Q + r")" + _TAG

RULES: tuple[Rule, ...] = (
    raw_rule("injection.shape_elided_turns.primed", _CAT, _PRIMED,
             "A: Easy: remove the...\nQ: ...\nA: Step one: get a...\nQ: (any language)",
             score=0.8, max_len=256),
)  # fmt: skip
