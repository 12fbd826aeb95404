"""Does a listing line answer the class of thing asked, or does it only share a word with the question?

"这支笔是哪里产的" (where is this pen made?) is not answered by "2-year manufacturer warranty": "manufacturer"
only looks like "manufactured". "那个石头花瓶可以装水插鲜花吗" (can the stone vase hold water for fresh flowers?)
is not answered by the tag "stone": the viewer said "stone" to point at the vase, not to ask about it. A shop
assistant answers the question asked, or says they don't know; a line that merely shares a word is no answer.
"""

from __future__ import annotations

import re

from bot.catalog import Product
from skills.qa.facts import COUNTRY_RX
from skills.qa.product_words import kind_words, listing_words
from skills.qa.text import STOP, fold, has_cjk, name_tokens, stem, tokens

# a line that says where a thing comes from: a country, or the words that introduce a place of origin
_ORIGIN_LINE = re.compile(r"\bmade in\b|\borigin\b|\bimported\b|\bproduct of\b|\bmanufactured in\b|\bsourced from\b"
                          r"|\bgrown in\b|\bproduced in\b|\bhandmade in\b|\bdesigned in\b|\bfrom\s+[a-z]|产地|产自|制造")

_CLASS_CHECKS = {"origin": lambda line: bool(COUNTRY_RX.search(fold(line)) or _ORIGIN_LINE.search(fold(line)))}


def answers_topic(topic: str, line: str) -> bool:
    """Does ``line`` say something of the asked class (a place for "where is it made")? Topics without a check
    pass."""
    check = _CLASS_CHECKS.get(topic)
    return check is None or check(line)


def naming_modifiers(p: Product, question: str, english: str) -> set[str]:
    """Words said right before the words that name the product, which its own listing has ("the stone vase",
    "那个石头花瓶"): they point at the product and are not what is asked. Stems."""
    words = tokens(english)
    own = {stem(t) for t in name_tokens(p.name)} | set(name_tokens(p.name)) | kind_words(p)
    listing = listing_words(p)
    out: set[str] = set()
    for k, w in enumerate(words):
        if stem(w) not in own and w not in own:
            continue
        j = k - 1
        if j >= 0 and has_cjk(words[j]) and len(words[j]) == 1:  # "石头" read as "stone" + an unread "头"
            j -= 1
        while j >= 0 and not has_cjk(words[j]) and words[j] not in STOP and (words[j] in listing or stem(words[j]) in listing) \
                and stem(words[j]) not in own and words[j] not in own:
            out.add(stem(words[j]))
            j -= 1
    return out
