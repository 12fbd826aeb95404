"""The reply for a question the shop's FAQ answers (shipping, returns, payment ...)."""

from __future__ import annotations

import dataclasses
import re

from skills.qa import phrasing as P
from skills.qa.answer import Answer
from skills.qa.faq import FaqHit
from skills.qa.faq_hedge import UNSURE, case_unmentioned, opposite_condition
from skills.qa.render import ZH_FAQ_LEAD, ZH_FAQ_ORDER, say
from skills.qa.text import split_sentences


def faq_answer(hit: FaqHit, question: str, lang: str) -> Answer:
    """The reply for a matched FAQ entry: the sentence that answers the question (with its yes/no when one
    is asked), else the whole answer; a Chinese lead-in when the shop wrote it in English only."""
    e = hit.entry
    body = e.answer_zh if lang == "zh" and e.answer_zh else e.answer
    if not hit.sentence and P.yes_no(question):
        # "刻字的商品可以退吗": the sentence about what is asked decides the yes/no ("... cannot be returned")
        from skills.qa.faq_polarity import answering_sentence
        found = answering_sentence(e, question)
        if found is not None:
            hit = dataclasses.replace(hit, sentence=found[0], negative=found[1])
    if not hit.sentence and P.yes_no(question):
        if (allows := opposite_condition(e, question)) is not None:  # "opened?" of "unopened ... can be returned"
            rest = [x.strip() for x in split_sentences(e.answer) if x != allows]
            hit = dataclasses.replace(hit, sentence=" ".join([allows.rstrip(), *rest]), negative=True)
        elif case_unmentioned(e, question):  # the policy does not name the case asked: not sure, and the policy
            return Answer(UNSURE[lang].format(answer=body), None, "faq", lang, False, f"faq:{e.id}:unsure")
    if hit.sentence and not (lang == "zh" and e.answer_zh):
        sentence = re.sub(r"[;,\s]+$", "", hit.sentence)
        sentence += "" if sentence.endswith((".", "!", "?")) else "."
        if hit.negative:  # "we don't ship to Brazil" answers "how much is shipping to Brazil?" too
            text = say("faq_no", lang, sentence=sentence)
        elif P.yes_no(question):
            text = say("faq_yes", lang, sentence=sentence)
        else:
            text = sentence
    else:
        text = say("faq", lang, answer=body)
    if lang == "zh" and not e.answer_zh and not re.search(r"[\u3400-\u9fff]", text):
        # the shop wrote this answer in English only: a Chinese lead-in says what it is about
        lead = next((ZH_FAQ_LEAD[c] for c in ZH_FAQ_ORDER if c in e.q_concepts | e.a_concepts), "关于您的问题：")
        text = say("faq_en", lang, lead=lead, answer=text)
    return Answer(text, None, "faq", lang, True, f"faq:{e.id}:{hit.subject or ''}")
