"""A product said by its own name, while a set that contains it is named alike: "beam 800 run time on high??" of
"Beam 800 USB-C Front Light", "Beam 800 + Glow 100 Light Set" and "Beam 1200 Front Light".

A set's title joins its parts ("A + B Set", "A & B", "A and B Bundle"). Said only by words of one part, while a
product of its own has every one of those words, the set is not what was named: a shop assistant hearing "the beam
800" thinks of the light, not of the set the light comes in (naming the set takes a word of the other part or of
"set" itself). Of what is left, the product that has every word any other candidate has is the one named ("beam
1200" has only "beam" of "beam 800"); when none does, nothing is picked and the bot asks which, as before.
"""

from __future__ import annotations

import re

from skills.qa.matcher import Match, ProductMatcher
from skills.qa.text import name_tokens

# what joins the parts of a set's title
_JOINER = re.compile(r"\s(?:\+|&|and|plus)\s", re.IGNORECASE)


def _parts(name: str) -> list[set[str]]:
    """The index tokens of each part of a title joined by "+", "&", "and" ([] when it has one part)."""
    pieces = [p for p in _JOINER.split(name) if p.strip()]
    return [set(name_tokens(p)) for p in pieces] if len(pieces) > 1 else []


def _named_in_one_part(m: Match) -> bool:
    return any(m.matched <= part for part in _parts(m.product.name))


def component_named(matcher: ProductMatcher, matches: list[Match]) -> Match | None:
    """The product named by its own words when the only rivals are sets containing it (said by the words of
    one part) and products with fewer of the words said; None otherwise."""
    named = [m for m in matches if matcher.accepts(m) and m.matched]
    if len(named) < 2:
        return None
    sets = [b for b in named if _named_in_one_part(b)
            and any(a is not b and a.matched >= b.matched and not _parts(a.product.name) for a in named)]
    if not sets:
        return None
    rest = [m for m in named if all(m is not b for b in sets)]
    picks = [m for m in rest if all(o is m or o.matched < m.matched for o in rest)]
    others = [m for m in matches if m not in named]
    if len(picks) != 1 or any(not o.matched < picks[0].matched for o in others if o.matched and o not in sets):
        return None
    return picks[0]
