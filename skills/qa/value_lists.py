"""Which option's values a "what ... does it come in" question asks for, when the option's name is said in
another spelling ("flavors" of "Flavour", "shades" of "Colour") or is also a word of the product's name
("what resistance levels does the Power Loop Resistance Band have": option "Resistance").

The spellings are the everyday synonyms shops use for option names; the product's own option names decide.
"""

from __future__ import annotations

import re

from bot.catalog import Product
from skills.qa import options as O
from skills.qa.intent import read_shape
from skills.qa.text import english_view, fold, stem, tokens

# option-name spellings that mean one thing (each word stemmed; the first is the canonical form)
_SAME = [("colour", "color", "shade", "hue", "colourway", "colorway"), ("flavour", "flavor", "taste"),
         ("scent", "fragrance", "smell", "aroma"), ("size", "sizing"), ("style", "design", "pattern", "print")]
_CANON = {w: group[0] for group in _SAME for w in group}
# words that ask for the values of whatever option is named beside them ("resistance levels")
_LIST_NOUNS = frozenset(["level", "option", "type", "kind", "choice", "variety", "variant", "version", "grade",
                         "strength", "setting", "weight", "value"])


def _words(text: str) -> set[str]:
    return {_CANON.get(stem(w), stem(w)) for w in tokens(fold(english_view(text)))}


def asked_option(product: Product, rest: str, question: str) -> str | None:
    """The option whose values are asked for; ``rest`` is the question without the product's name."""
    found = O.asked_option(product, rest)
    if found or not O.LIST_ASK.search(fold(english_view(question))):
        return found
    said_rest, said_all = _words(rest), _words(question)
    listing_noun = bool(said_rest & _LIST_NOUNS)
    hits = []
    for name in product.option_names():
        words = _words(name)
        if not words or name.lower() == "title" or len(O.values_of(product, name)) < 2:
            continue
        if words <= said_rest or (listing_noun and words <= said_all):
            hits.append(name)
    return hits[0] if len(hits) == 1 else None



def attribute_only_in_values(rest: str, wanted: dict[str, str]) -> bool:
    """Is the attribute read from the question ("warm": climate) a word of an option value asked for
    ("Warm Sand 220")? Then it names the value and asks nothing about warmth."""
    if not wanted:
        return False
    text = fold(rest)
    for value in sorted(wanted.values(), key=len, reverse=True):
        text = re.sub(r"(?<![a-z0-9])" + re.escape(fold(value)) + r"(?![a-z0-9])", " ", text)
    return read_shape(text).attribute is None


_WHEN = re.compile(r"\b(?:when|whens|what time|how long|how soon|eta|date|any idea)\b|什么时候|何时|多久|哪天|几号|啥时")


def asks_when(text: str) -> bool:
    """"when will it be back?" asks a date; "is it back in stock yet?" asks the state now."""
    return bool(_WHEN.search(fold(text).replace("'", "")))
