"""Is the product on screen meant, although the words also name another product?

A shop assistant with a product in hand reads "is this mascara waterproof?" as a question about the mascara in
hand, even when the shop also sells a "Waterproof ... Mascara": the demonstrative points at a noun the product
on screen has, and the other word is what is asked. Likewise "90cm in oak, any left?" with an oak shelf in 90 cm
on screen is that shelf's variant, not the "Loop Oak Side Table" whose name happens to hold the word "oak".

Two readings keep the pinned product:
- every word that named the other product is the pinned product's own (an option value, a name or kind word),
  and at least one of them is an option value of it ("90cm in oak");
- "this <noun>" / "这个<noun>" where the noun is the pinned product's own, in a yes/no question or with the
  other words all its option values ("这个睫毛膏防水吗": this mascara, waterproof?).
A word that only the other product's name has, said right after the demonstrative ("is this waterproof mascara
in stock?") or outside a yes/no question ("this mascara, the waterproof one, how much?"), still names it.
"""

from __future__ import annotations

from bot.catalog import Product
from skills.qa.guards import DEMONSTRATIVES_ZH
from skills.qa.matcher import Analysis, Match
from skills.qa.phrasing import yes_no
from skills.qa.product_words import kind_words, option_words
from skills.qa.text import name_tokens, stem

DEMONSTRATIVES_EN = ("this", "that", "these", "those")


def own_words(p: Product) -> set[str]:
    """The words that are the product's own name or kind ("mascara" of "Big Volume Lash Mascara")."""
    return {stem(t) for t in name_tokens(p.name)} | set(name_tokens(p.name)) | kind_words(p)


def pinned_meant(best: Match, pinned: Product, analysis: Analysis, question: str) -> bool:
    """Does the line mean the pinned product rather than ``best``, another product it also names?"""
    if best.product is pinned:
        return False
    matched = {stem(t) for t in best.matched} | set(best.matched)
    values = option_words(pinned)
    own = own_words(pinned)
    extra = {t for t in best.matched if t not in own and stem(t) not in own}  # named the other product only
    # "90cm in oak": each word is the pinned product's, and the words that named the other one are its values
    if (not extra or all(t in values or stem(t) in values for t in extra)) and matched & values:
        return True
    noun = demonstrated(analysis)
    if noun is None or (noun not in own and stem(noun) not in own):
        return False
    if noun in best.matched and not (noun in own or stem(noun) in own):
        return False
    return yes_no(question) or all(t in values or stem(t) in values for t in extra)


def demonstrated(analysis: Analysis) -> str | None:
    """The word right after "this" / "这个" (a name word it points at), or None."""
    words = analysis.words
    for k in range(len(words) - 1):
        w = words[k]
        if w in DEMONSTRATIVES_EN or (w.endswith(DEMONSTRATIVES_ZH) and len(w) <= 3):
            nxt = words[k + 1]
            return None if nxt in ("one", "item", "product", "thing") else nxt
    return None


def only_pinned_values(pinned: Product, analysis: Analysis) -> bool:
    """Every content word said is an option value of the pinned product, one of them a word ("90cm in oak"
    with the oak shelf on screen): its variant is asked, even when a word is also in another product's name."""
    said = set(analysis.content) | set(analysis.values)
    values = option_words(pinned)
    return any(not w.isdigit() for w in said) and all(w in values or stem(w) in values for w in said)
