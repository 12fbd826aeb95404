"""How much weight a product holds ("max weight for the hammock", "can the chair take 130 kg?") versus what
it weighs ("how heavy is the tent?"): two facts a listing often gives side by side ("max load 120 kg, weight
1.0 kg"), never to be swapped.

- A load question is answered only by a listing line that names a load ("max load", "weight limit", "holds up
  to" ...) *and* gives a mass; asked with a figure ("take 130 kg?") it is a yes/no from comparing the two.
- A weight question never takes a load line as the product's weight ("Max weight 150 kg" is no weight).
- No such line: "the listing doesn't say", never the product's own weight.
"""

from __future__ import annotations

import re

from bot.catalog import Product
from skills.qa.facts import all_fact_lines, fact_lines
from skills.qa.render import say, topic_words
from skills.qa.scoped_facts import FactLine, present, sentences
from skills.qa.text import fold, split_sentences

# what asks for a load (read before the product's own weight: "max weight" is a load)
LOAD_ASK = re.compile(
    r"\bmax(?:imum)?\.?\s+(?:user\s+)?(?:weight|load|capacity)\b|\bweight\s+(?:limit|capacity|rating|max(?:imum)?)\b"
    r"|\b(?:load|carrying|weight)[- ](?:capacity|limit|rating|bearing)\b|\bhow much (?:weight|load)\b|\bload\b"
    r"|\b(?:hold|holds|take|takes|support|supports|carry|carries|bear|bears)\s+(?:up to\s+)?\d+(?:[.,]\d+)?\s*"
    r"(?:kg|kgs|kilos?|kilograms?|lbs?|pounds?)\b"
    r"|\bhow (?:many|much) (?:kg|kgs|kilos?|lbs?|pounds?)\b.*\b(?:hold|take|carry|support|bear)"
    r"|\b(?:hold|take|support|carry|bear)s?\s+(?:my|your|his|her|our|their|the|a|an)?\s*(?:weight|load)\b"
    r"|\b(?:hold|take|support|carry|bear)s?\s+(?:me|someone|somebody|people|adults?|(?:two|three|2|3)\s+(?:people|persons|adults))\b"
    r"|承重|载重|能承受|最大负重|负重")
# a line's load: these words next to a mass
_LOAD_WORDS = re.compile(r"\b(?:max(?:imum)?\.?\s+(?:user\s+)?(?:load|weight|capacity)|(?:load|weight)[- ]?(?:capacity|limit|"
                         r"rating)|load|holds? up to|supports? up to|carries up to|rated (?:to|for))\b|承重|载重|负重")
_MASS_TEXT = r"(\d+(?:[.,]\d+)?)\s*(kg|kgs|kilos?|kilograms?|lbs?|pounds?|公斤|千克)(?![a-z])"
_MASS = re.compile(_MASS_TEXT)
# a load phrase with its figure, as it stands in a line
_LOAD_PHRASE = re.compile(r"(?:" + _LOAD_WORDS.pattern + r")[^,;]*?" + _MASS_TEXT)
_TO_KG = {"kg": 1.0, "kgs": 1.0, "kilo": 1.0, "kilos": 1.0, "kilogram": 1.0, "kilograms": 1.0, "公斤": 1.0,
          "千克": 1.0, "lb": 0.4536, "lbs": 0.4536, "pound": 0.4536, "pounds": 0.4536}


def asks_load(question: str) -> bool:
    return LOAD_ASK.search(fold(question)) is not None


def _kg(amount: str, unit: str) -> float:
    return float(amount.replace(",", ".")) * _TO_KG.get(unit, 1.0)


def load_lines(product: Product, every: bool = False) -> list[FactLine]:
    """Listing lines that give what the product holds: a load word and a mass (``every``: those scoped to
    variants other than the one asked too)."""
    lines = all_fact_lines(product) if every else fact_lines(product)
    return [FactLine(part, getattr(line, "scope", {})) for line in lines if not line.lower().startswith("tags:")
            for part in split_sentences(line) if _LOAD_WORDS.search(fold(part)) and _MASS.search(fold(part))]


def _load_kg(line: str) -> float | None:
    """The mass right after the load words of the line ("max load 120 kg, weight 1.0 kg" -> 120)."""
    low = fold(line)
    m = _LOAD_WORDS.search(low)
    mass = _MASS.search(low, m.end()) if m else None
    return _kg(*mass.groups()) if mass else None


def answer_load(product: Product, question: str, lang: str, yes_no: bool) -> tuple[str, bool]:
    """(answer, known) to a load question about the product."""
    # "Single holds up to 120 kg" / "Double holds up to 200 kg": the asked one's, or each labelled
    lines = present(product, load_lines(product), load_lines(product, every=True), [])
    if not lines:
        return say("attr_unknown", lang, name=product.name,
                   topic=topic_words(None, ["the max load" if lang == "en" else "承重"], lang)), False
    line = lines[0]
    asked = _MASS.search(fold(question))
    limit = _load_kg(line)
    if yes_no and asked and limit is not None and not getattr(line, "joined", False):  # "take 130 kg?": compare
        key = "attr_yes" if _kg(*asked.groups()) <= limit + 1e-9 else "attr_no"
        return say(key, lang, name=product.name, fact=line), True
    return say("attr_fact", lang, name=product.name, fact=line), True


def own_weight(lines: list[str]) -> list[str]:
    """Lines that say what the product weighs: a weight word left once the load phrases are taken out."""
    out = []
    for line in (part for whole in lines for part in sentences(whole)):  # "... max load 130 kg. Weight 4.2 kg."
        rest = _LOAD_PHRASE.sub(" ", fold(line))  # "maximum load 130 kg", "max weight 110 kg" taken out
        if re.search(r"weigh|重量|lightweight|\d\s*(?:g|kg|oz|lbs?)\b", rest):
            out.append(line)
    return out


def weight_judged(line: str, question: str) -> bool:
    """May a weight line answer the yes/no "is it heavy/light?"? Only when it says the word itself
    ("Ultralight ..." for "is it light?"); a bare figure ("weight 1.0 kg") is quoted, never judged."""
    asked = re.findall(r"\b(heavy|light|lightweight|ultralight|featherweight)\b", fold(question))
    low = fold(line)
    return any(("light" in low if a != "heavy" else "heavy" in low) for a in asked)
