"""An option value asked by what it lacks: "the one without the bulb", "不带灯泡的", "no lid?".

A lamp sold "LED bulb included" / "No bulb": a viewer asking for the one without a bulb means "No bulb", even
though "bulb" is a word of both values, and even with the bulb variant on screen. A shop assistant hears the
negation in front of the word and picks the value that says it is left out, never the one that has it.
"""

from __future__ import annotations

import re

from bot.catalog import Product
from skills.qa.text import english_view, fold, stem, tokens

# said before the thing left out: "without (a) bulb", "no bulb", "不带灯泡", "没有灯泡的", "不含"
_NEGATOR = re.compile(r"(?:\bwithout|\bno|\bminus|\bsans|不带|没有|不含|不要|无)\s*(?:an?\s+|the\s+)?$")
# how a value says a thing is left out: "No bulb", "Without lid", "Bulb not included", "Unlined"
_LEFT_OUT = re.compile(r"\b(?:no|without|not included|excluded|sans|none)\b")


def without_values(p: Product, question: str) -> dict[str, str]:
    """{option: value} for each option whose value is asked by a word said right after a negator, when exactly
    one value of that option says the word is left out."""
    view = fold(english_view(question))
    out: dict[str, str] = {}
    for name in p.option_names():
        values = list(dict.fromkeys(v.options[name] for v in p.variants if name in v.options))
        words = {stem(w) for val in values for w in tokens(fold(val))} - {"no", "without", "not", "included"}
        for m in re.finditer(r"[a-z]+", view):
            if stem(m.group(0)) not in words or not _NEGATOR.search(view[:m.start()]):
                continue
            left_out = [v for v in values if _LEFT_OUT.search(fold(v))]
            if len(left_out) == 1:
                out[name] = left_out[0]
            break
    return out
