"""'How much <something> in / per ...' asks an amount of that something, not a price.

"how much protein in one scoop?", "how much caffeine per cup", "how much sugar does it have" ask a listing
figure; only money words fill that slot in a price question ("how much is it", "how much for two", "how much
shipping to Canada", "how much off"). A shop assistant hears the noun after "how much" and answers about it.
"""

from __future__ import annotations

import re

from bot.catalog import Product
from skills.qa import facts as F
from skills.qa import options as O
from skills.qa.text import name_tokens, stem

# words after "how much" that keep it a money question (or say nothing about what is measured)
MONEY_OR_FILLER = frozenset(["is", "are", "was", "were", "be", "for", "would", "will", "does", "do", "did", "it", "its", "this", "that", "they", "these", "those", "the", "a", "an", "one", "each", "money", "cash", "dollars", "dollar", "bucks", "euros", "euro", "pounds", "quid", "price", "cost", "costs", "discount", "discounts", "off", "shipping", "postage", "delivery", "tax", "taxes", "duty", "duties", "fee", "fees", "deposit", "extra", "more", "less", "cheaper", "change", "altogether", "total", "together", "to", "in", "per", "would'd", "you", "u", "we", "i", "he", "she", "ya", "ur", "your", "ya", "then", "now", "again", "exactly", "roughly", "approx", "about"])

_ASK = re.compile(r"\bhow much ([a-z][a-z'-]*)\b(?:\s+[a-z-]+)?\s+(?:in|inside|per|does|do|is there|are there|of|would)\b")


def asks_quantity(text: str) -> bool:
    """Does "how much <noun> ..." ask an amount of a non-money noun ("how much protein in one scoop")?"""
    m = _ASK.search(text.lower())
    return bool(m) and m.group(1) not in MONEY_OR_FILLER


def quantity_noun(text: str) -> str | None:
    """The noun whose amount is asked ("protein"), or None."""
    m = _ASK.search(text.lower())
    return m.group(1) if m and m.group(1) not in MONEY_OR_FILLER else None


def amount_asked(p: Product, noun: str, rest: str) -> bool:
    """Is the amount of ``noun`` asked of ``p``? A noun that is no word of its name, yes; a word of its name
    ("how much protein in a scoop" of a protein powder) only when its listing gives that noun with a figure
    and no option value is said ("how much casein protein in vanilla?" is the vanilla one's price)."""
    if stem(noun) not in name_tokens(p.name) and noun not in name_tokens(p.name):
        return True
    if O.requested(p, rest):
        return False
    return any(re.search(r"\d", line) for line in F.find_facts(p, [noun], limit=4))
