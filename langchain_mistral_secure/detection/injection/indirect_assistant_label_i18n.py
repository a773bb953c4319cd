"""A label for the assistant that handles this content, then an order (not English).

The move (issue 14, indirect injection in e-mails, forms, spreadsheets and
knowledge-base articles, the LLMail-Inject and BIPIA families): a line or a
cell opens with a label that names the assistant, bot or agent handling the
content, often by its job or as a compound ("Para o assistente:", "Til
e-postassistenten:", "Pokyn pro asistenta:", "Hinweis an den
Rechnungsagenten:", "Instrucción para el asistente de revisión:",
"Sähköpostiavustajalle:", "Interner Zusatz für den Chatbot:"), and an
imperative follows: answer that, recommend, forward, send, mark, pay,
delete. :mod:`.indirect_addressed_i18n` reads the labels that name an AI
("asistente de IA", "KI-Assistent"); this module reads the bare assistant
noun in its label, in sixteen Latin-script languages, and a longer list of
imperatives (recommend, classify, answer, mark, approve in each language).
English has its own module (:mod:`.indirect_addressed`).

Safe on benign text because:

* the label needs the preposition of address and a definite article or a
  compound ("para o assistente:", "an den Rechnungsagenten:"), not a
  possessive: a note to one's own secretary says "para minha assistente" or
  names her;
* an imperative must open what follows the colon: a note that tells the
  assistant a fact ("Para o assistente: o glossário está em anexo") orders
  nothing.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt

__all__ = ["RULES"]

_CAT = "override"

_OPEN = r"(?:^|[\n(\[{|>*#/\"';,]|<!--|[.!?]\s)\s{0,3}"

# The assistant, bot or agent, alone or in a compound ("e-postassistenten",
# "Rechnungsagenten", "sahkopostiavustajalle"), then its job ("de revisión").
_ASSISTANT = (
    r"[a-z-]{0,18}(?:assistent(?:en|in|a|u|ovi)?|asistent(?:a|e|u|ovi|ul)?|"
    r"asystent(?:a|owi)?|asszisztens|avustaja|chatbot(?:s|en|a|u)?|"
    r"agent(?:en|e|a|ul|ului)?)|(?:assistant|chatbot|robot|bot)s?|"
    r"(?:assistente|asistente|agente|modelo|modello)s?|asisten"
)
_JOB = r"(?:\s+(?:de|di|do|da|del|des|du|d'|della|dello)\s*[\w-]+(?:\s+[\w-]+){0,3}?)?"
# The preposition and article that address it ("para o", "an den", "pour l'").
_TO = alt(
    [
        r"para\s+(?:el|o)\s+",
        r"(?:al|ao)\s+",
        r"pour\s+l'|a\s+l'|a\s+l'attention\s+de\s+l'",
        r"per\s+(?:l'|il\s+)|all'",
        r"(?:an|fur)\s+(?:den|das|die)\s+",
        r"(?:voor|aan)\s+de\s+",
        r"(?:til|till)\s+(?:den\s+)?",
        r"(?:pro|pre)\s+",
        r"dla\s+",
        r"(?:pentru|catre)\s+",
        r"(?:untuk|kepada)\s+",
    ]
)
# Imperatives (folded view) that open an order to the assistant.
_IMP = (
    r"(?:responda|respondan|responde|reponds|repondez|rispondi|antworte|"
    r"recomienda|recomiende|recommande|raccomanda|consiglia|recomende|empfiehl|"
    r"empfehle|dile|diga|dis|di'|sag|sage|zeg|powiedz|napisz|schreib\w?|escribe|"
    r"ecris|scrivi|escreva|envia|envie|envoie|invia|sende|schicke|stuur|wyslij|"
    r"sube|aumenta|reenvia|encaminhe|transfere|inoltra|leite|przeslij|videresend|vidarebefordra|"
    r"prepos\w+|transfiere|transfira|uberweise|przelej|maak\s+over|paga|pague|paie|"
    r"zahle|betaal|zaplac|betal|betala|marca|marque|marquez?|markiere|segna|"
    r"markeer|oznacz|oznac|markera|marker|clasifica|califica|classifique|classe|"
    r"classifica|stufe|bewerte|beoordeel|ocen|aprueba|aprove|approuve|approva|"
    r"genehmige|keur|zatwierdz|godkend|godkann|elimina|borra|supprime|cancella|"
    r"apague|exclua|losche|verwijder|usun|slet|slett|radera|smaz|comparte|"
    r"compartilhe|partage|condividi|teile|deel|udostepnij|indica|indique|"
    r"indiquez|afirma|afirme|affirme|afferma|behaupte|ignora|ignore|ignoriere|"
    r"negeer|zignoruj|anade|adicione|ajoute|aggiungi|fuge|voeg|dodaj|inclui|incluye|"
    r"inclus|includi|svar|send|skicka|laheta|valita|vastaa|poista|merkitse|"
    r"kuldd|valaszolj|torold|jelold|odpovez|posli|trimite|raspunde|sterge|"
    r"kirim|teruskan|balas|jawab|hapus|tandai|gui|tra\s+loi|xoa|danh\s+dau|"
    r"opret|crea|cree|create|erstelle|maak|utworz|hae|sok|search|busca|cherche|"
    r"cerca|procure|suche|zoek|szukaj)\b"
)
_LABEL = (
    _OPEN
    + r"(?:[\w'-]+\s+){0,3}?"
    + _TO
    + r"(?:"
    + _ASSISTANT
    + r")"
    + _JOB
    + r"\s*(?::|\x{2014}|\x{2013}|\s-)\s*(?:por\s+favor,?\s+|bitte\s+|"
    r"s'il\s+te\s+plait,?\s+|per\s+favore,?\s+|prosze\s+|prosim\s+|kerlek\s+)?" + _IMP
)
# A compound label with its case ending and no preposition: "Sahkopostiavustajalle:"
# (Finnish allative), "Az e-mailt feldolgozo asszisztensnek:" (Hungarian dative),
# "Til e-postassistenten:" is read above.
_CASE = (
    _OPEN + r"(?:[\w'-]+\s+){0,3}?[a-z-]{0,18}(?:avustajalle|tekoalylle|asszisztensnek|"
    r"chatbotnak|chatbotille|botille|botnak)\s*:\s*" + _IMP
)

RULES: tuple[Rule, ...] = (
    Rule("injection.assistant_label_i18n.to", _CAT, _LABEL, score=0.8,
         max_len=200, description="Para o assistente: responda que ..."),
    Rule("injection.assistant_label_i18n.case", _CAT, _CASE, score=0.8,
         max_len=160, description="Sahkopostiavustajalle: laheta ..."),
)  # fmt: skip
