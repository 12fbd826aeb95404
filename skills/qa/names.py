"""What a product is called besides its full title: its head noun, and the listing words around the
title (tags, handle, product type, vendor) that chat uses as names.

- The head noun is the last word of the title's main part ("Light-Up 3-Wheel Scooter" -> scooter,
  "Bath Squirters - Sea Friends (5 pack)" -> squirter). When exactly one title ends in a word and no
  other title has it, "the scooter" names that product however long its title is.
- Listing words are weaker evidence: "wellies" in the tags and handle of "Kids' Wellington Boots" is
  what viewers type. One-word tags only: a tag of several words describes ("sensitive skin"). They are
  read only for words no title has (a title word always wins), and never for words that describe many
  products (audience, season, sale tags).
- Numbers said as a size, age or quantity, and containers said with a quantity, are no name words.
"""

from __future__ import annotations

import re

from bot.catalog import Product
from skills.qa.bilingual_names import english_half
from skills.qa.text import GENERIC_NAME_WORDS, STOP, english_view, fold, name_tokens, stem, tokens
from skills.qa.units import UNITS

# the title's main part ends at a dash, bracket, comma, colon, or at "for"/"fits": "Rain Cover for Trailhead
# Backpack" is a cover
_MAIN_PART = re.compile(r"\s+[-–—|]\s+|[(\[,:]|\s+(?:for|fits|to fit|compatible with)\s+", re.I)
# tags that say who or when a product is for, or how it sells: they describe, never name
_DESCRIPTIVE_TAGS = frozenset(re.findall(r"\S+", """
boy boys girl girls kid kids child children baby babies toddler toddlers men mens women womens unisex adult adults
spring summer autumn fall winter season seasonal sale sales new arrival arrivals bestseller bestsellers popular
featured gift gifts clearance outlet limited exclusive online instore default all general misc other others
"""))


def head_noun(title: str) -> str | None:
    """The stemmed last word of the title's main part."""
    main = _MAIN_PART.split(english_half(title), maxsplit=1)[0]  # a bilingual title's English half
    said = tokens(english_view(main))
    # a count after the head ("65W GaN Charger 3-Port", "Cable 2-Pack") says how many, it is not the head
    while len(said) > 2 and said[-1].isalpha() and said[-2].isdigit() and any(w.isalpha() and w not in UNITS
                                                                              for w in said[:-2]):
        said = said[:-2]
    words = [w for w in said if w.isalpha() and w not in UNITS]
    if not words:
        return None
    head = stem(words[-1])
    if len(head) < 3 or head in STOP:
        return None
    return head  # a generic head ("bike", "set") names the product only when said alone (see the matcher)


def accessory_heads(products: list[Product], heads: list[str | None],
                    postings: dict[str, list[int]] | None = None) -> list[str | None]:
    """Heads of titles that end in another product's model name: "Tent Footprint Kestrel 2P" ends in the
    "Kestrel" of "Kestrel 2-Person Tent" and has that tent's head noun too, so it is an accessory for it and
    its head is the word before those ("footprint"), never "kestrel" or "tent". ``postings`` (name token ->
    product indexes, the matcher's) saves reading every title again on a big catalog."""
    from skills.qa.text import TYPE_OF

    def title_words(i: int) -> list[str]:
        return [stem(w) for w in tokens(english_view(_MAIN_PART.split(english_half(products[i].name), maxsplit=1)[0]))
                if w.isalpha() and w not in UNITS]

    def kinds(i: int) -> set[str]:  # what the listing calls it (category, type, tags): "tent" is a kind
        p = products[i]
        return {stem(w) for w in tokens(fold(" ".join([p.category, str(p.attributes.get("type", "")), *p.tags])))}

    if postings is None:
        postings = {}
        for i in range(len(products)):
            for w in set(title_words(i)):
                postings.setdefault(w, []).append(i)
    out = list(heads)
    for i, head in enumerate(heads):
        sharing = postings.get(head or "", ())
        if head is None or len(sharing) < 2 or len(sharing) > 3 or head in TYPE_OF or head in kinds(i):
            continue
        words = title_words(i)
        for j in sharing:
            other = heads[j]
            if j == i or other is None or other == head or other not in words or head in kinds(j) or head not in words:
                continue
            before = [w for w in words[: len(words) - 1 - words[::-1].index(head)] if w not in (head, other)
                      and len(w) >= 3 and w not in STOP]
            if before:
                out[i] = before[-1]
                break
    return out


def listing_words(product: Product) -> set[str]:
    """Stems of the words in the product's tags, handle, type and vendor that its title lacks."""
    # a tag of several words ("sensitive skin", "caffeine-free") describes the product; a one-word tag
    # ("wellies", "scooter") is what it is called
    one_word = [t for t in product.tags if len(tokens(fold(t))) == 1]
    text = " ".join([*one_word, product.handle.replace("-", " "), product.category,
                     str(product.attributes.get("type", "")), product.brand])
    own = set(name_tokens(product.name))
    out = set()
    for w in tokens(fold(text)):
        s = stem(w)
        if len(s) < 3 or not w.isalpha() or s in own or w in STOP or s in STOP or w in _DESCRIPTIVE_TAGS \
                or s in _DESCRIPTIVE_TAGS or s in GENERIC_NAME_WORDS:
            continue
        out.add(s)
    return out


# "in" after a spaced number is the preposition ("20000 in stock"); a glued "13in" is already "13 inch"
_UNIT_AFTER = "|".join(sorted((u for u in UNITS if u.isalpha() and u != "in"), key=len, reverse=True))
_SIZED = [
    # "size 39", "uk 7", "age 9-10", "in a 44", "for a 3 year old"
    re.compile(r"\b(?:size|sz|uk|eu|us|age|ages|aged|in an?|for an?)\s*(\d+(?:\.\d+)?)(?:\s*(?:-|–|to)\s*(\d+))?"),
    re.compile(r"(?<![\d.])(\d{1,2})\s*[-–]\s*(\d{1,2})(?![\d.])"),  # a bare range: "8-9"
    # "3 years", "18 months", "75 cm", "20 pieces"
    re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:y|yrs?|years?|yo|mo|mths?|months?|" + _UNIT_AFTER + r")(?![a-z])"),
    re.compile(r"(?<![\d.])\d{1,2}\s*(years?|yrs?|months?)(?:\s+(old))?(?![a-z])"),  # the words of "5 year old"
]


def sized_numbers(view: str) -> set[str]:
    """Numbers said as a size, age, range or quantity ("size 39", "age 9-10", "75 cm"), and the words of
    "a 5 year old": they ask for an option value, so they say nothing about which product is meant (a
    bare "15" may be a model number)."""
    out: set[str] = set()
    for rx in _SIZED:
        for m in rx.finditer(view):
            out.update(g for g in m.groups() if g)
    from skills.qa.signed_values import tokens_said
    return out | tokens_said(view)  # "the -12 one", "minus 12": a rating asked, no name


_CONTAINERS = frozenset(["bag", "pack", "box", "tin", "jar", "bottle", "tub", "can", "pouch", "sack", "carton", "case"])


def packaging(words: list[str], at: int) -> bool:
    """Is words[at] a container said with a quantity ("10 kg bag", "a bag of", "2 tins of")? Then it is
    the packaging of what is asked, not a kind of product that vetoes another."""
    if stem(words[at]) not in _CONTAINERS:
        return False
    after_measure = at >= 2 and words[at - 1] in UNITS and words[at - 2].replace(".", "", 1).isdigit()
    return after_measure or (at + 1 < len(words) and words[at + 1] == "of" and at >= 1
                             and (words[at - 1] in ("a", "an", "one") or words[at - 1].isdigit()))
