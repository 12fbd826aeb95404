"""A yes/no question answered by the product's own name: "is the lumen headlamp rechargeable?" of "Lumen 400
Rechargeable Headlamp" is a yes (with the listing line that says more: "Rechargeable via USB-C"), never the
price and stock overview. Only a describing word of the name said last ("... rechargeable?"), not its head noun
("is the headlamp a headlamp?") nor a type noun. And a count the name gives ("2-Person") asked with another
number ("3 person?") is a clear no."""

from __future__ import annotations

import re

from bot.catalog import Product
from skills.qa.facts import find_facts, is_tag_line
from skills.qa.names import head_noun
from skills.qa.options import OptionRequest
from skills.qa.text import STOP, TYPE_OF, english_view, fold, stem, tokens
from skills.qa.units import UNITS

_IS_ASK = re.compile(r"^(?:(?:hi+|hey+|hello+)\b[\s,!.]*)?(?:is|are)\b")


def name_word_asked(p: Product, question: str) -> str | None:
    """The fact that says so (a listing line with the word, else the word) when the question asks whether the
    product is what a describing word of its name says; None otherwise."""
    q = fold(question).strip()
    if not _IS_ASK.match(q):
        return None
    words = tokens(english_view(q))
    if len(words) < 3:
        return None
    last = words[-1]
    named = set(tokens(fold(p.name)))
    if not last.isalpha() or len(last) < 4 or last not in named or last in STOP or stem(last) in STOP \
            or stem(last) in TYPE_OF or stem(last) == head_noun(p.name):
        return None
    # a listing sentence that says more ("Rechargeable via USB-C"), not a tag or type line
    lines = [f for f in find_facts(p, [last], limit=4) if not is_tag_line(p, f) and not f.lower().startswith("type:")]
    return lines[0].rstrip(". ") if lines else last


_SAME_WORD = {"people": "person", "persons": "person", "men": "man", "seaters": "seater", "seats": "seat"}


def name_count_differs(p: Product, question: str, req: OptionRequest) -> None:
    """ "does the kestrel come in 3 person?" of "Kestrel 2-Person Tent": a count the name gives with its word
    ("2-Person"), asked with another number, is a clear no (the units of measure are read in option_phrases)."""
    if req.wanted or req.missing:
        return
    def pairs(text: str) -> list[tuple[str, str]]:
        words = tokens(english_view(text))
        return [(a, _SAME_WORD.get(b, stem(b))) for a, b in zip(words, words[1:], strict=False)
                if a.isdigit() and b.isalpha() and b not in UNITS and _SAME_WORD.get(b, stem(b)) not in STOP]
    named = dict((w, n) for n, w in pairs(p.name))
    for number, word in pairs(question):
        if word in named and named[word] != number:
            req.missing.append((None, f"{number} {word}"))
            return
