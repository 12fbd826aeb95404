"""A product named with one of its options: "the pebble buds pro with the wireless charging case" is the
earbuds sold "With wireless charging case", not the replacement case whose NAME shares most of the words.
A shop assistant hears a product's name and then one of its own options, and reads the whole phrase as
that product in that option when it explains every word said and the other product leaves one out."""

from __future__ import annotations

from skills.qa.matcher import Analysis, Match
from skills.qa.options import values_of
from skills.qa.text import fold, stem, tokens

_FILLER = {"with", "the", "a", "an", "and", "of", "in", "for", "w", "plus", "only", "no", "without"}


def _stems(text: str) -> set[str]:
    return {stem(w) for w in tokens(fold(text))} - {stem(w) for w in _FILLER}


def _explains(product, said: set[str], value: str | None = None) -> bool:
    words = _stems(product.name)
    for opt in product.option_names():
        if value is None:
            for v in values_of(product, opt):
                words |= _stems(v)
    if value is not None:
        words |= _stems(value)
    return said <= words


def product_with_option(analysis: Analysis, best: Match, matches: list[Match]) -> Match | None:
    """The one other match that, with one of its option values said whole (several words, filler aside),
    explains every content word said, while ``best`` leaves one out; else None."""
    said = set(analysis.content)
    if not said or _explains(best.product, said):
        return None
    found: list[Match] = []
    for m in matches:
        if m is best or m.product is best.product or len(m.matched) < 2:
            continue
        for opt in m.product.option_names():
            hit = next((v for v in values_of(m.product, opt)
                        if len(_stems(v)) >= 2 and _stems(v) <= said and _explains(m.product, said, v)), None)
            if hit:
                found.append(m)
                break
    return found[0] if len(found) == 1 else None
