"""Whose is the "no"? "thick paper with no ghosting or bleed-through from fountain pens" does not say no to
"is it ok with fountain pens?": the negation covers "ghosting or bleed-through", and fountain pens come after a
preposition, as their source. A shop assistant hears that the line is about the thing asked but does not read a
plain "no" from it; since the opposite guess ("no warranty for commercial use" is a real no) is as easy to get
wrong, the honest answer is "not sure" with the line quoted, never a flat yes or no.
"""

from __future__ import annotations

import re

from skills.qa.text import fold, stem, tokens

_NEGATOR = re.compile(r"\b(?:no|without|zero)\b")
_PREPOSITION = re.compile(r"\b(?:from|with|by|in|after|under|on|during|when|even with)\b")
_CLAUSE_END = re.compile(r"[.;:!?,(]|\band\b(?=\s+(?:is|are|it|has|have|can)\b)")

UNSURE = {"en": "I'm not sure: the listing says {fact} ({name}).", "zh": "我不确定，商品信息是这样写的：{fact}（{name}）。"}


def negation_elsewhere(line: str, asked: list[str]) -> bool:
    """Is every "no" / "without" in the line about other words, with the words asked coming after it behind a
    preposition ("no bleed-through from fountain pens")?"""
    low = fold(line)
    want = {stem(w) for w in asked if len(w) > 2}
    if not want:
        return False
    hits = list(_NEGATOR.finditer(low))
    if not hits:
        return False
    for m in hits:
        clause = _CLAUSE_END.split(low[m.end():], maxsplit=1)[0]
        prep = _PREPOSITION.search(clause)
        negated = clause[:prep.start()] if prep else clause
        if {stem(w) for w in tokens(negated)} & want:
            return False  # "no fountain pens" / "without a lid": the asked thing itself is denied
        if not prep or not {stem(w) for w in tokens(clause[prep.end():])} & want:
            return False  # the asked words are not behind this negation: another sentence decides
    return True
