"""How many of something a product has or comes with ("how many pieces in the train set?", "how many bowls in the
cook set?", "how many people fit in the tent?"): a count, read from the name or the listing where a number stands
next to that noun ("40 Piece", "Five pairs of socks", "2 bowls", "2-Person"). Never the stock count: "how many
are left / in stock / do you have" is a stock question and no count noun is asked."""

from __future__ import annotations

import re

from bot.catalog import Product
from skills.qa.facts import fact_lines
from skills.qa.text import fold, split_sentences

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50,
                 "hundred": 100, "dozen": 12}  # never "double" / "single" ("double-wall glass"): adjectives
_NUMBER = r"(?:\d+(?:[.,]\d+)?|" + "|".join(_NUMBER_WORDS) + r")"
# "how many" followed by these asks the stock, or is another reader's (units, options)
_NOT_COUNT = frozenset(re.findall(r"\S+", """left are is do does did can could will would more of in on at there we you they it
units unit items item pcs stock available remaining colours colors colour color sizes size flavours flavors options
variants styles designs shades scents kinds types versions models hours hrs minutes mins days weeks months years
meters metres cm mm inches inch feet ft kg kgs kilos grams g lbs pounds oz ounces litres liters ml watts w mah
bucks dollars euros pounds quid"""))
_PHRASE_END = frozenset(re.findall(r"\S+", """do does did are is was were in come comes came per you we i they for with
on can could will would fit fits there inside included go goes get the a an this that its their of to does"""))
_STOCK_WORDS = re.compile(r"\bleft\b|\bin stock\b|\bavailable\b|\bremaining\b|\bdo you (?:still )?have\b|\bsold\b|\bstock\b")
# the same thing said otherwise: "people" fit in a "2-Person" tent
_SAME = {"people": "person", "persons": "person", "adults": "person", "adult": "person", "pcs": "piece",
         "pieces": "piece", "pairs": "pair", "sheets": "sheet"}


def _singular(word: str) -> str:
    word = _SAME.get(word, word)
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


_IN_A_PACK = re.compile(r"\bhow many (?:do you get |are there |come |comes |are |is )?(?:in|per) (?:a|the|each|one|1|this)\s+"
                        r"(pack|box|set|bag|packet|tin|roll|bundle|case|carton|jar|tube|pouch|kit)\b")
PACK = "pack"  # "how many in a pack?": the pack's count, said by the name or the listing ("5 Pack", "set of 3")


def asked_noun(question: str) -> str | None:
    """The thing counted in "how many pieces ...?", or None (no count asked, or the stock asked)."""
    q = fold(question)
    if _IN_A_PACK.search(q):
        return PACK
    m = re.search(r"\bhow many ([a-z-]+)\b", q)
    if m is None or m.group(1) in _NOT_COUNT or _STOCK_WORDS.search(q):
        return None
    # the head of the noun phrase: "how many paper filters do you get" counts filters
    words = re.findall(r"[a-z][a-z-]*", q[m.start(1):])
    phrase = [words[0]]
    for w in words[1:3]:
        if w in _NOT_COUNT or w in _PHRASE_END:
            break
        phrase.append(w)
    return _singular(phrase[-1])


def count_lines(p: Product, noun: str) -> list[str]:
    """What the name, then the listing sentences, say of the number of this thing: a number with the noun among the
    (up to four) words right after it. From the name, only that phrase ("48 Pieces" of "World Map Jigsaw - 48
    Pieces"); from the listing, the sentence ("Five pairs of super-soft socks ...")."""
    if noun == PACK:
        return _pack_lines(p)
    if noun in {_singular(w) for w in re.findall(r"[a-z]+", fold(p.name))}:
        # "how many filters" of "Paper Filters (100 pcs)": the thing itself counted, its pack size
        found = _counted(p, noun)
        return found or _pack_lines(p)
    return _counted(p, noun)


def _counted(p: Product, noun: str) -> list[str]:
    """Lines with a number and the noun among the (up to four) words right after it."""
    number = re.compile(r"(?<![a-z0-9.])" + _NUMBER + r"(?![a-z0-9])")
    out = []
    sentences = [s for f in fact_lines(p) if not f.lower().startswith("tags:") for s in split_sentences(f)]
    for k, line in enumerate([p.name, *sentences]):
        low = fold(line)
        for m in number.finditer(low):
            after = re.match(r"[\s-]*((?:[a-z-]+[\s-]+){0,3}[a-z-]+)", low[m.end():])
            words = re.findall(r"[a-z][a-z-]*[a-z]|[a-z]", after.group(1)) if after else []
            hit = next((i for i, w in enumerate(words) if _singular(w) == noun), None)
            if hit is not None:
                if k == 0:  # the name's own phrase, as written
                    end = m.end() + after.start(1) + after.group(1).find(words[hit]) + len(words[hit])
                    line = line[m.start():end]
                out.append(line)
                break
    return out


_PACK_SAID = re.compile(r"(?<![a-z0-9.])" + _NUMBER + r"[\s-]*(?:pack|pk|pcs|pieces?|count|ct|pairs?)\b"
                        r"|\b(?:pack|set|box|bag|bundle|case) of " + _NUMBER + r"\b"
                        r"|(?<![a-z0-9.])" + _NUMBER + r"\s+(?:[a-z-]+\s+){0,2}?(?:per|in (?:a|each|the|one)) "
                        r"(?:pack|box|set|bag|roll|packet|tin|bundle)\b"
                        r"|(?<![a-z0-9.])\d+\s*x\s*\d")  # "12 x 85 g pouches"


def _pack_lines(p: Product) -> list[str]:
    """How many come in one pack: "Socks - 5 Pack", "Set of three", "15 bags per roll", "12 x 85 g pouches"."""
    sentences = [s for f in fact_lines(p) if not f.lower().startswith("tags:") for s in split_sentences(f)]
    named = _PACK_SAID.search(fold(p.name))
    out = [p.name[named.start():named.end()]] if named and len(fold(p.name)) == len(p.name) else []
    return out + [line for line in sentences if _PACK_SAID.search(fold(line))]
