"""Option values asked for by what they lack: "the one without a bulb", "不带灯泡的", "no cable".

A shop assistant reads "without X" as the value that says it has no X ("No bulb", "Without cable",
"Bulb not included"), never the value that names X ("LED bulb included"). The negated thing is read
from the question's English view (so "不带灯泡" is "不带 bulb"), and the product's own values decide:
the one value that carries a negation and X, else the one value that carries a negation when another
value names X. Anything less clear picks nothing (the answer stays with what else was read).
"""

from __future__ import annotations

import re

from bot.catalog import Product
from skills.qa import options as O
from skills.qa.text import english_view, fold, stem, tokens

# "without a bulb", "w/o the cable", "no bulb", "excluding batteries"; 不带/不含/没有/无/不要/不配 X
_NEGATED = re.compile(
    r"(?:\b(?:without|w/o|no|minus|excluding|sans|not including)\s+(?:an?\s+|the\s+|any\s+)?"
    r"|(?<!有)(?:不带|不含|不包括|不包含|没有|没带|不要|不配|无))\s*([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)")
# words a value uses to say it lacks something: "No bulb", "Without stand", "Bulb not included", "Cord-free"
_LACKS = re.compile(r"\b(?:no|without|none|excluding|excl|not included|not incl|free|only)\b|不含|不带|无|没有")
_FILLER = frozenset(["one", "ones", "version", "option", "model", "kind", "type", "de", "the"])


def _lacks(value: str) -> bool:
    return bool(_LACKS.search(fold(value).replace("-", " ")))


def _words(value: str) -> set[str]:
    return {stem(w) for w in tokens(fold(english_view(value)).replace("-", " "))}


def negated_things(text: str) -> list[set[str]]:
    """The things said to be absent, each as a set of stemmed words ("without a bulb" -> {"bulb"})."""
    view = fold(english_view(text))
    out = []
    for m in _NEGATED.finditer(view):
        words = {stem(w) for w in m.group(1).replace("-", " ").split() if w not in _FILLER and len(w) > 1}
        if words:
            out.append(words)
    return out


def pick_negated(product: Product, text: str, req: O.OptionRequest) -> None:
    """Set (or correct) the option whose value says it lacks what the question says it lacks."""
    things = negated_things(text)
    if not things:
        return
    for name in product.option_names():
        values = O.values_of(product, name)
        if len(values) < 2:
            continue
        for thing in things:
            naming = [v for v in values if thing & _words(v)]
            if not naming:
                continue
            lacking = [v for v in naming if _lacks(v)]
            if not lacking and len(naming) < len(values):  # "LED bulb included" names it; "Bare" is the other
                lacking = [v for v in values if v not in naming and _lacks(v)]
            if len(lacking) == 1 and len(naming) + (lacking[0] not in naming) <= len(values):
                req.wanted[name] = lacking[0]
                req.missing = [(n, v) for n, v in req.missing if n != name]
                break
