"""How much of a bilingual title an English question can cover: "chilli crisp" of "Golden Hill Crispy Chilli Crisp
香辣脆油辣椒 210g".

A bilingual shop writes each title twice, in English and in Chinese. The matcher weighs a name by all its index
tokens, the Chinese character pairs among them, so an English question that says the whole English name still
covers only part of the title and is taken for a vague one ("which product?"). A viewer writing English names
the English half: against it the title's coverage is measured. A Chinese question keeps the whole title (its
words meet both halves through the glosses).
"""

from __future__ import annotations

import re

from bot.catalog import Product
from skills.qa.text import has_cjk, name_tokens

_CJK = re.compile(r"[\u3400-\u9fff]+")


def english_half(title: str) -> str:
    """The title without its Chinese half when it has an English one ("Golden Hill Crispy Chilli Crisp 香辣脆油辣椒
    210g" -> "Golden Hill Crispy Chilli Crisp  210g"): its head noun is the English half's, never a gloss of the
    Chinese ("oil" of 油). A title in one language is kept whole."""
    if has_cjk(title) and re.search(r"[A-Za-z]{2}", title):
        return _CJK.sub(" ", title)
    return title


def english_weights(products: list[Product], idf: dict[str, float], weights: list[float]) -> list[float]:
    """Each name's weight for an English question: its English half's when the title is written in both
    languages, else its whole weight."""
    out = list(weights)
    for i, p in enumerate(products):
        if not has_cjk(p.name) or not re.search(r"[A-Za-z]{2}", p.name):
            continue
        english = english_half(p.name)
        half = sum(idf.get(t, 0.0) for t in set(name_tokens(english)))
        if half > 0:
            out[i] = min(half, weights[i])
    return out
