"""A second question in the same line: "what gsm is the paper? ok with fountain pens?".

Answering the first part alone reads as if it answered the second too (a quoted line with no yes or no, under a
yes/no question). A shop assistant answers both: the follow-up yes/no is answered about the same product, with its
own yes, no or "not sure". Only a yes/no follow-up after a question that is not one is split off; "price? in blue?"
and other refinements of one question stay whole.
"""

from __future__ import annotations

import re

from skills.qa import phrasing as P

# a yes/no said without its verb: "ok with fountain pens?", "good for sensitive skin?", "safe for kids?"
_FRAGMENT = re.compile(r"^(?:and\s+)?(?:is it\s+|it's\s+|its\s+)?(?:ok|okay|good|fine|safe|suitable|alright)\s+(?:with|for)\s+\S",
                       re.I)


def follow_up(question: str) -> tuple[str, str] | None:
    """(first question, follow-up yes/no question) when the line holds both, else None."""
    parts = [p.strip() for p in re.split(r"[?？]+", question) if p.strip()]
    if len(parts) != 2 or P.yes_no(parts[0]):
        return None
    second = parts[1]
    if _FRAGMENT.match(second):
        second = "is it " + re.sub(r"^(?:and\s+)?(?:is it\s+|it's\s+|its\s+)?", "", second, flags=re.I)
    elif not P.yes_no(second):
        return None
    return parts[0] + "?", second + "?"
