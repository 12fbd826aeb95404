"""A line of several sentences where one names the product and the others only tell why ("does the chilli
crisp have peanuts? my son is allergic"): the words of the aside ("son", "allergic") name no product, but
matched over the whole line they dilute the name said so much that no product is sure. Read the way a shop
assistant does: the sentence that names one product clearly is the one about it, when no other sentence
names anything at all.
"""

from __future__ import annotations

import re

from skills.qa.matcher import ProductMatcher

# a sentence ends at ? ! 。？！ (or a full stop before a space); "1.5" and "e.g." stay whole
_SENTENCE_END = re.compile(r"(?<=[?!。？！])\s*|(?<=[a-z]\.)\s+", re.IGNORECASE)


def sentences(text: str) -> list[str]:
    return [part.strip() for part in _SENTENCE_END.split(text) if part and part.strip()]


def focused_sentence(matcher: ProductMatcher, question: str) -> str | None:
    """The one sentence that names products while the others name none; None when the line is one sentence
    or several of its sentences name things."""
    parts = sentences(question)
    if len(parts) < 2:
        return None
    naming = [part for part in parts if any(m.matched for m in matcher.match_details(part))]
    return naming[0] if len(naming) == 1 else None
