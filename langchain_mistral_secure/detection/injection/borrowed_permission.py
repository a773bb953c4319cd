"""A third party's say-so used to change the bot's setup (SPML-style hijacks).

Family: direct goal hijacking (persona then attack). The user does not claim
to be the developer (that is :mod:`.authority_claim`); they report that
someone who owns the bot (the owner, the manager, the pharmacist, the
developers) has changed its instructions or given it leave to do anything,
so the deployed persona no longer holds. Each rule wants the setup of the
*bot* as what changed:

* someone "changed / updated / lifted" *your* instructions, persona, rules;
* someone "said / allowed" that *you* may now talk about or answer
  *anything*;
* "your persona / instructions are void".

Safe on benign text: relayed permissions between people name no bot's
setup and no "anything": "my manager said you can now book the room
online", "the owner changed the opening hours". English, German, French,
Spanish, Italian and Portuguese on the folded view; Japanese, Chinese and
Korean on the text.
"""

# ruff: noqa: RUF001
# (RUF001: the script patterns use full-width punctuation on purpose.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule

__all__ = ["RULES"]

_CAT = "override"

_EN = (
    r"\b(?:changed|modified|updated|lifted|removed|cancell?ed|voided|rewrote)\s+(?:your|"
    r"the\s+bot'?s)\s+(?:instructions?|persona|rules|role|prompt|restrictions|guidelines)\b"
    r"|\b(?:said|says|told\s+me|allowed|approved|authori[sz]ed|gave\s+(?:me\s+|you\s+)?"
    r"permission)\b[^\n]{0,40}?\byou\s+(?:may|can|are\s+(?:now\s+)?(?:allowed|free)\s+to)\s+"
    r"(?:now\s+)?(?:talk\s+about|answer|discuss|help\s+with|do|write)\s+(?:anything|"
    r"everything|any\s+topic|whatever)\b"
    r"|\byour\s+(?:persona|instructions|setup|system\s+prompt)\s+(?:is|are)\s+(?:now\s+)?"
    r"(?:void|null|cancell?ed|over|invalid|revoked)\b"
)
_DE = (
    r"\b(?:hat|haben)\s+(?:gesagt|erlaubt|freigegeben|genehmigt)\b[^\n]{0,30}?\bdu\s+"
    r"darfst\s+(?:jetzt|ab\s+sofort|nun)\s+(?:uber\s+)?(?:alles|jedes\s+thema|alle\s+themen)\b"
    r"|\b(?:hat|haben)\s+(?:deine|ihre)\s+(?:anweisung|vorgabe|regel|rolle)\w{0,3}\s+"
    r"(?:geandert|aufgehoben|angepasst|gestrichen)\b"
)
_FR = (
    r"\b(?:a|ont|vient\s+de|viennent\s+de)\s+(?:modifie[rs]?|change[rs]?|mis\s+a\s+jour|"
    r"mettre\s+a\s+jour|leve[rs]?|supprime[rs]?|annule[rs]?)\s+(?:ta|tes|votre|vos)\s+"
    r"(?:consignes?|instructions?|regles?|role|persona)\b"
    r"|\b(?:a\s+dit|a\s+autorise|ont\s+autorise)\b[^\n]{0,30}?\btu\s+peux\s+(?:maintenant\s+)?"
    r"(?:parler\s+de|repondre\s+a)\s+(?:tout|n'importe)"
)
_ES_IT_PT = (
    r"\b(?:ha|han)\s+(?:cambiado|modificado|actualizado|quitado|levantado|anulado)\s+"
    r"(?:tus|tu)\s+(?:instrucciones|reglas|rol|consigna|restricciones)\b"
    r"|\b(?:dijo|ha\s+dicho|permitio|autorizo)\b[^\n]{0,30}?\b(?:ya\s+)?puedes\s+(?:ahora\s+)?"
    r"(?:hablar\s+de|responder\s+a?)\s*(?:todo|cualquier)"
    r"|\b(?:ha|hanno)\s+(?:cambiato|modificato|aggiornato|tolto|annullato)\s+(?:le\s+tue|"
    r"il\s+tuo|i\s+tuoi)\s+(?:istruzioni|regole|ruolo|consegne)\b"
    r"|\b(?:mudou|mudaram|alterou|alteraram|atualizou|removeu|cancelou)\s+(?:as\s+)?"
    r"(?:suas|tuas)\s+(?:instrucoes|regras|funcao|restricoes)\b"
)
_FOLDED = _EN + "|" + _DE + "|" + _FR + "|" + _ES_IT_PT

_SCRIPTS = (
    r"(?:店長|オーナー|管理者|開発者|運営|上司|社長)(?:から|が)[^\n]{0,20}?(?:許可|OK|ＯＫ)"
    r"[^\n]{0,20}?あなたは[^\n]{0,10}?(?:何でも|なんでも)"
    r"|(?:老板|店长|管理员|开发者|开发人员|经理)[^\n]{0,15}?(?:同意|批准|允许|说)[^\n]{0,15}?"
    r"你(?:现在)?(?:可以)(?:回答|谈论|聊)(?:任何|所有|一切)"
    r"|(?:사장님?|관리자|개발자|점장)[^\n]{0,20}?(?:허락|승인)[^\n]{0,30}?(?:이제|지금부터)"
    r"[^\n]{0,10}?(?:뭐든지|무엇이든|모든)"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.borrowed_permission.folded", _CAT, _FOLDED, score=0.8, max_len=200,
         description="someone changed your instructions / you may now do anything"),
    raw_rule("injection.borrowed_permission.scripts", _CAT, _SCRIPTS,
             "JA/ZH/KO: the owner allowed it, so now you answer anything",
             score=0.8, max_len=160),
)  # fmt: skip
