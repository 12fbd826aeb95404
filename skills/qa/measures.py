"""Figures in listing prose by what they measure: a length, a width, a height, a volume, a duration, a power.

A shop writes "23cm with a 3cm extender", "60cm wide and 20cm deep", "40 x 35 x 12cm, holds 18 litres",
"up to 12 hours of playtime". A question asks by the class ("how long", "how wide", "how much does it hold",
"how long does the battery last"), so each sentence is read for figures in a unit of that class, and for what
the figure is said to be:

- labelled: "19cm long", "Length: 45 cm", "60cm wide", "stands 45cm tall", "15mm across";
- a dimensions group: "40 x 35 x 12cm" (answers length, width, height, depth and "how big");
- standalone: "anklet, 23cm with a 3cm extender" - the figure stands for the product itself (nothing after it
  that it measures), so it is the product's length / size;
- attributive: "2.5mm band", "3mm stones", "40mm case" - it measures a part, in a dimension the text does not
  name (a band's width, a case's diameter), so it never answers "how long". Only a length-like part ("18 inch
  trace chain", "1m cable") takes its figure as its length.

Figures in a water-resistance, range or reach sentence ("water resistant to 100m") are no dimensions.
"""

from __future__ import annotations

import re

from skills.qa import scoped_facts as SF
from skills.qa.scoped_facts import FactLine
from skills.qa.text import fold
from skills.qa.units import split_units

NUM = r"\d+(?:[.,]\d+)?"
_UNIT_SPACE = r"(?:\s*(?:mm|cm|m|inch|inches|ft)(?![a-z]))?"  # "7 inch - 10 inch": the unit said on both sides
LENGTH_UNIT = r"(?:mm|cm|m|inch|inches|ft|feet|foot|metres?|meters?)"
VOLUME_UNIT = r"(?:ml|cl|l|litres?|liters?|fl\.? oz|gallons?|gal|cups?)"
DURATION_UNIT = r"(?:h|hrs?|hours?|mins?|minutes?|days?|weeks?|months?|years?|yrs?)"
POWER_UNIT = r"(?:w|watts?|kw)"
BATTERY_UNIT = r"(?:mah|wh)"
_UNIT_OF = {"length": LENGTH_UNIT, "volume": VOLUME_UNIT, "duration": DURATION_UNIT, "power": POWER_UNIT,
            "battery": BATTERY_UNIT}


def figure_rx(kind: str) -> re.Pattern[str]:
    """ "<number or range> <unit>" of a kind, on text spaced by ``split_units`` ("23cm" -> "23 cm")."""
    rng = NUM + r"(?:" + (_UNIT_SPACE if kind == "length" else "") + r"\s*(?:-|–|to)\s*" + NUM + r")?"
    return re.compile(r"(?<![a-z0-9.])(" + rng + r")[\s-]*(" + _UNIT_OF[kind] + r")(?![a-z0-9])")


FIGURES = {kind: figure_rx(kind) for kind in _UNIT_OF}
_DIMS = re.compile(r"(?<![a-z0-9.])" + NUM + r"\s*(?:" + LENGTH_UNIT + r")?\s*[x×*]\s*" + NUM
                   + r"(?:\s*(?:" + LENGTH_UNIT + r")?\s*[x×*]\s*" + NUM + r")?\s*" + LENGTH_UNIT + r"(?![a-z0-9])")
# a sentence about where it grows or how to use it: its figures are no size nor amount held ("Grown at 1,900 m",
# "Whisk 2 g with 70 ml water")
NOT_AMOUNT = re.compile(r"\bgrown\b|\baltitude|\belevation|\babove sea|\bmasl\b"
                        r"|^\s*(?:whisk|brew|steep|pour|add|mix|heat|use|apply|dilute|serve|shake|combine|fill|place|put"
                        r"|rinse|soak|store)\b")
# a figure in these sentences is a water rating, a range or a reach, never the product's size
NOT_SIZE = re.compile(r"\bwater[- ]?(?:resist|proof)|\bwaterproof|\bhydrostatic|\bsubmers|\bresist|\bdive\b|\bdiving\b"
                      r"|\brange\b|\breach|\bdistance\b|\bbeam\b|\bthrow\b|\bvisib|\bsignal\b|\bconnect|\batm\b|\bbar\b"
                      r"|\bextends?\b.*\bto\b|" + NOT_AMOUNT.pattern)

# dimension -> the words that label a figure as it: after the figure ("19 cm long") or before ("length: 19 cm")
LABELS: dict[str, tuple[str, str]] = {
    "length": (r"long|in length|(?:[a-z]+\s+)?length|inseam", r"length|lengths|inseam"),
    "width": (r"wide|in width|(?:[a-z]+\s+)?width|across", r"width|wide"),
    "height": (r"tall|high|in height|(?:[a-z]+\s+)?height", r"height|stands|tall"),
    "depth": (r"deep|in depth|(?:[a-z]+\s+)?depth", r"depth|deep"),
    "diameter": (r"across|in diameter|(?:[a-z]+\s+)?diameter|dia", r"diameter|dia\.?|ø"),
    "thickness": (r"thick|in thickness|(?:[a-z]+\s+)?thickness", r"thickness|thick"),
}
# words after a figure that leave it standing for the product ("23 cm with a 3 cm extender")
_STANDALONE_NEXT = re.compile(r"^\s*(?:$|[,.;:)(!]|with\b|and\b|plus\b|incl|including\b|approx|total\b|overall\b|"
                              r"unstretched\b|stretched\b|extended\b|when\b|from\b|end to end\b|in total\b)")
# parts whose figure in a length unit is their length ("18 inch trace chain", "1 m cable")
LONG_PARTS = re.compile(r"^\s*(?:[a-z-]+\s+){0,2}?(?:chains?|cables?|cords?|leads?|leash(?:es)?|straps?|ropes?|"
                        r"hoses?|lanyards?|necklaces?|scarf|scarves|belts?|wires?)\b")


def sentences(lines: list[str]) -> list[str]:
    """Listing lines cut to sentences, tags left out (a tag is a filter word, not a statement); a sentence of a line
    about one option value ("Large: 45 x 30 cm") stays about that value (scoped_facts)."""
    return [FactLine(s, getattr(line, "scope", {})) for line in lines if not line.lower().startswith("tags:")
            for s in SF.sentences(line)]


def spaced(sentence: str) -> str:
    """Folded, units spaced; a hyphened "4-inch" (a compound modifier: "the 4-inch, high-quality brick") keeps a
    placeholder noun after it, so it never reads as a figure standing for the product."""
    low = re.sub(r"(?<![a-z0-9.])(\d+(?:\.\d+)?)-(inch|cm|mm|m|ft|foot|metre|meter)\b", r"\1 \2 piece", fold(sentence))
    return split_units(low)


def labelled(sentence: str, dimension: str) -> bool:
    """Does the sentence give a figure labelled as this dimension ("60cm wide", "Length: 45 cm")?"""
    low = spaced(sentence)
    after, before = LABELS[dimension]
    fig = FIGURES["length"].pattern
    return re.search(fig + r"\s*(?:" + after + r")(?![a-z])", low) is not None or \
        re.search(r"(?<![a-z])(?:" + before + r")\s*(?:[:=]|of|is|approx\.?|about|ca\.?|up to|\s)*\s*" + fig, low) is not None


def dimensions(sentence: str, figures: int = 2) -> bool:
    """ "40 x 35 x 12 cm" (three figures answer a height; "270 x 140 cm" only a length and a width)."""
    m = _DIMS.search(spaced(sentence))
    return m is not None and len(re.findall(r"[x×*]", m.group(0))) + 1 >= figures


# a dimension of the product packed away ("Packed size 45 x 15 cm"), not set up
PACKED = re.compile(r"\bpack(?:ed|s)\b|\bfolded\b|\bstowed\b|\bstuff sack\b")
# an amount the product works on ("boils 1 litre in 3.5 minutes"), not one it holds
_PROCESSED = re.compile(r"\b(?:boils?|heats?|filters?|purif(?:y|ies)|treats?|brews?|makes?|pumps?|per)\s+(?:up to\s+)?"
                        r"(?:about\s+|approx\.?\s+)?" + NUM + r"[\s-]*" + VOLUME_UNIT)


def processed_volume(sentence: str) -> bool:
    return _PROCESSED.search(spaced(sentence)) is not None


def standalone(sentence: str) -> bool:
    """A length figure that stands for the product ("anklet, 23cm with ...", "(about 17cm unstretched)")."""
    low = spaced(sentence)
    if NOT_SIZE.search(low) or PACKED.search(low) or _ANY_LABEL.search(low):
        return False
    return any(_STANDALONE_NEXT.match(low[m.end():]) and not _labelled_at(low, m) and not _OTHER_THING.search(low[: m.start()])
               for m in FIGURES["length"].finditer(low))


# a figure right after these measures something else: a limit ("drop tested to 2 m", "extends to 5 m") or what it
# fits ("fits laptops 10 to 17.3 inch"); "fits most wrists (about 17 cm)" is its own size
_OTHER_THING = re.compile(r"\bto\s*$|\bfits?\s+(?:[a-z]+\s+){0,2}$|\bfor\s+(?:[a-z]+\s+){0,2}$|\bup to\s*$"
                          r"|\badjust(?:s|able)?(?:\s+(?:from|between))?\s*$"
                          r"|\(\s*$")  # "band (1.8 mm)": the band's; "(about 17 cm unstretched)" is the product's  # "seat height adjusts 30-40 cm": a part's setting
# a sentence that names a dimension gives that one, never the product's length ("Seat height ... 30-40 cm")
_ANY_LABEL = re.compile(r"\b(?:height|width|depth|diameter|thickness|tall|wide|deep|thick|across)\b")


def _labelled_at(low: str, m: re.Match[str]) -> bool:
    """Is this figure labelled as some dimension ("base diameter 15 cm", "20 cm deep")?"""
    after = "|".join(a for a, _b in LABELS.values())
    before = "|".join(b for _a, b in LABELS.values())
    return re.match(r"\s*(?:" + after + r")(?![a-z])", low[m.end():]) is not None or \
        re.search(r"(?<![a-z])(?:" + before + r")\s*(?:[:=]|of|is|approx\.?|about|ca\.?|up to|\s)*$", low[: m.start()]) is not None


def long_part(sentence: str, parts: set[str]) -> bool:
    """A figure in cm / inches / metres before a length-like part the asker means ("on a fine 18 inch trace
    chain" of a pendant, "1.5 m AC cord" when the cord is asked), never a part's length for the product's."""
    low = spaced(sentence)
    for m in re.finditer(r"\b([a-z]+?)(?:es|s)?\s*\(\s*(?:about\s+|approx\.?\s+)?" + FIGURES["length"].pattern, low):
        if m.group(1) in parts and LONG_PARTS.match(m.group(1)):  # "adjustable chain (16 to 18 inches)"
            return True
    for m in FIGURES["length"].finditer(low):
        part = LONG_PARTS.match(low[m.end():])
        if m.group(2) != "mm" and part and re.sub(r"(?:es|s)$", "", part.group(0).split()[-1]) in parts:
            return True
    return False


def has_figure(sentence: str, kind: str) -> bool:
    low = spaced(sentence)
    if kind == "power":  # "65 W" but never "10 Wh" (a battery) nor "W x H" (a dimension)
        return any(not re.match(r"\s*[x×]", low[m.end():]) for m in FIGURES["power"].finditer(low))
    return FIGURES[kind].search(low) is not None


def attributive_of(sentence: str, nouns: set[str]) -> bool:
    """A figure before one of these nouns ("42mm stainless steel diver" for the Tide Diver, "40mm ... case" when the
    case is asked): the size of that very thing, which is what "how big is it?" asks."""
    low = spaced(sentence)
    if NOT_SIZE.search(low) or PACKED.search(low):
        return False
    for m in FIGURES["length"].finditer(low):
        after = re.match(r"[\s-]*((?:[a-z-]+\s+){0,3}[a-z-]+)", low[m.end():])  # up to 4 words, no punctuation
        if after and any(re.sub(r"(?:es|s)$", "", w) in nouns for w in after.group(1).split()):
            return True
    return False


def part_label(sentence: str, nouns: set[str]) -> bool:
    """Is a dimension labelled on a part ("Lug width 20mm", "Base diameter 15cm"), not on the product?"""
    for m in re.finditer(r"\b([a-z]+)\s+(?:width|height|depth|diameter|length|size)\b", fold(sentence)):
        if m.group(1) not in nouns and m.group(1) not in ("total", "overall", "the", "a", "its", "max", "maximum",
                                                          "min", "minimum", "approx", "body", "product", "item"):
            return True
    return False
