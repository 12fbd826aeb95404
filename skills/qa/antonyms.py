"""A listing line that says the opposite of what was asked: "does the crew come in short sleeve?" answered by
"Long-sleeve crew ..." is a no, never a yes because the line names "sleeve"."""

from __future__ import annotations

import re

from skills.qa.text import fold

_PAIRS = [("short", "long"), ("thin", "thick"), ("narrow", "wide"), ("low", "high"), ("slim", "relaxed"),
          ("cropped", "full-length"), ("matte", "gloss"), ("matte", "glossy"), ("hot", "cold")]
OPPOSITE: dict[str, set[str]] = {}
for _a, _b in _PAIRS:
    OPPOSITE.setdefault(_a, set()).add(_b)
    OPPOSITE.setdefault(_b, set()).add(_a)


# a way of doing asked about, and the other way a line says instead: "can it go in the washing machine?" /
# "Hand wash cold" is a no, whatever else the line says ("do not iron"); a line naming the machine is not this
_WAYS = [
    (re.compile(r"\bmachine[- ]?wash|\bwashing machine\b|\bwash\w*\s+(?:it\s+)?in\s+(?:the|a)\s+machine\b|洗衣机|机洗"),
     re.compile(r"\bhand[- ]?wash|\bdry[- ]?clean|\bspot[- ]?clean|\bwipe clean|手洗|干洗"), re.compile(r"machine|机洗")),
    (re.compile(r"\bdishwasher|洗碗机"), re.compile(r"\bhand[- ]?wash|手洗"), re.compile(r"dishwasher|洗碗机")),
]


def contradicts(question: str, line: str) -> bool:
    """Does the line describe with the opposite of a word asked, next to a word both share ("long-sleeve" for
    "short sleeve"), and never with the word asked itself? Or say the other way of doing what is asked ("hand
    wash" for "machine washable?")?"""
    q, low = fold(question), fold(line)
    if any(ask.search(q) and other.search(low) and not same.search(low) for ask, other, same in _WAYS):
        return True
    asked = re.findall(r"[a-z]+", fold(question))
    said = set(re.findall(r"[a-z]+", fold(line)))
    for i, word in enumerate(asked[:-1]):
        noun = asked[i + 1]
        if word in OPPOSITE and word not in said and noun[:5] in {w[:5] for w in said} and any(
                re.search(r"(?<![a-z])" + re.escape(o) + r"[- ]?" + re.escape(noun[:5]), fold(line))
                for o in OPPOSITE[word]):
            return True
    return False
