"""The two sides of a comparison when one is said short ("kestrel vs summit ul price?"): "kestrel" names both
the Kestrel 2-Person Tent and the Tent Footprint Kestrel 2P, but next to a tent it is the tent. A side that
names several products is read as the one that is not the other side, when only one is left, else as the one
of the same kind as the other side (same product type, or same head noun), when exactly one is, else as the
plain one whose name the others only add words to ("core bibs": the Core Bib Shorts, not the Women's Core Bib
Shorts); otherwise it stays unknown and the bot asks.

Two option values of one product ("60cm和120cm的生长灯差多少钱") are the sides: the grow light's lengths, not a
raised bed whose name happens to hold "60 cm".

Clipped name words ("chrono" for Chronograph, "auto" for Automatic) are read in full when they begin exactly one
name word of the catalog: on a comparison's side, or anywhere when another word of that product's name is said
too ("the field chrono", "kestrel auto price")."""

from __future__ import annotations

import bisect
import re
import weakref

from bot.catalog import Product
from skills.qa import options as O
from skills.qa.matcher import Match, ProductMatcher
from skills.qa.text import STOP, fold, name_tokens, tokens


def _kind(matcher: ProductMatcher, p: Product) -> tuple[str, str | None]:
    return fold(p.category).strip(), matcher._heads[matcher.position(p)]


def _name_words(p: Product) -> set[str]:
    return set(tokens(fold(p.name)))


def plainest(products: list[Product]) -> Product | None:
    """The one product whose name every other one only adds words to ("Core Bib Shorts" of it and the
    "Women's Core Bib Shorts"), or None when there is no such one."""
    for p in products:
        mine = _name_words(p)
        if all(o is p or mine < _name_words(o) for o in products):
            return p
    return None


def same_kind(matcher: ProductMatcher, side: str, other: Product) -> Product | None:
    """The one product the short side names that is the same kind of thing as ``other``, or None."""
    category, head = _kind(matcher, other)
    named = [m for m in matcher.match_details(side, 6) if m.product is not other and m.exact_distinctive
             and not m.type_conflict and m.query_cov >= 0.99]
    if len(named) == 1:  # "kestrel vs footprint": the footprint is the other side, so this kestrel is the tent
        return named[0].product
    alike = []
    for m in named:
        c, h = _kind(matcher, m.product)
        if (category and c == category) or (head is not None and h == head):
            alike.append(m.product)
    if len(alike) == 1:
        return alike[0]
    return plainest(alike) if len(alike) > 1 else None


def with_frame(matcher: ProductMatcher, side: str, frame: str, other: Product) -> Product | None:
    """The short side read with the kind said once ("the waterproof one" + "which mascara"): the one product,
    not ``other``, that the two together name."""
    m = matcher.confident(matcher.match_details(f"{side} {frame}", 5))
    if m is not None and m.product is not other:
        return m.product
    return same_kind(matcher, f"{side} {frame}", other)


def values_product(question: str, segments: list[str], matches: list[Match]) -> Product | None:
    """The one product the question names whose option values make the sides ("60cm和120cm的生长灯"): two
    segments each ask a different value of one of its options, and the line names it besides."""
    owners = []
    for m in matches:
        option, values = O.said_values(m.product, question)
        if not m.matched or option is None:
            continue
        asked = {O.requested(m.product, seg).wanted.get(option) for seg in segments}
        if len(asked & set(values)) >= 2:
            owners.append(m.product)
    return owners[0] if len(owners) == 1 else None


def lone_other(matcher: ProductMatcher, side: str, other: Product) -> Product | None:
    """ "big volume or the waterproof one?": the one product besides ``other`` that the side's words name at all
    (even by a word too common to name it alone), when it is the same kind of thing; None when several are."""
    named = {m.product.sku: m.product for m in matcher.match_details(side, 6)
             if m.product is not other and m.matched and not m.type_conflict and m.query_cov >= 0.99}
    if len(named) != 1:
        return None
    found = next(iter(named.values()))
    (c1, h1), (c2, h2) = _kind(matcher, other), _kind(matcher, found)
    return found if (c1 and c1 == c2) or (h1 is not None and h1 == h2) else None


def is_frame(matcher: ProductMatcher, segment: str, named: Product) -> bool:
    """ "which mascara is cheaper": words that only say the kind the named side is, framing the question."""
    words = matcher.analyse(segment).content
    own = set(name_tokens(named.name)) | {fold(named.category)}
    return bool(words) and all(w in own for w in words)


_SORTED: weakref.WeakKeyDictionary[ProductMatcher, list[str]] = weakref.WeakKeyDictionary()


def name_word_index(matcher: ProductMatcher) -> list[str]:
    """The catalog's name words and option value words ("choc" for a Chocolate Fudge flavour), sorted; built
    once per matcher (the engine builds it with the index, so no answer waits for it)."""
    words = _SORTED.get(matcher)
    if words is None:
        values = {w for p in matcher.products for v in p.variants for val in v.options.values()
                  for w in re.findall(r"[a-z]+", fold(val))}
        words = _SORTED[matcher] = sorted({t for t in matcher.postings if t.isalpha()} | values)
    return words


def _starting_with(matcher: ProductMatcher, prefix: str) -> list[str]:
    """The catalog's name words that begin with the prefix."""
    words = name_word_index(matcher)
    out = []
    for t in words[bisect.bisect_left(words, prefix):]:
        if not t.startswith(prefix):
            break
        out.append(t)
    return out


def expand_short_words(matcher: ProductMatcher, side: str) -> str:
    """A side said with a clipped name word ("field chrono" for the Field Chronograph, "auto" for Automatic): each
    word no name has, of four letters or more, that begins exactly one name word of the catalog (and is at least
    two fifths of it) is read as that word. A clip that begins several name words stays as said, so the bot asks."""
    out = []
    for word in re.findall(r"\S+", side):
        w = re.sub(r"[^a-z]", "", fold(word))
        if len(w) >= 4 and w not in STOP and not matcher.lookup_word(w, w):
            longer = {t for t in _starting_with(matcher, w) if len(t) > len(w) and len(w) / len(t) >= 0.4}
            if len(longer) == 1:
                out.append(longer.pop())
                continue
        out.append(word)
    return " ".join(out)


def clipped_name(matcher: ProductMatcher, question: str) -> str | None:
    """ "how much is the field chrono?": the question with its clipped word read in full, when nothing is named as
    said and the full reading names one product by the clipped word *and* another word of its name ("field"). A
    clip alone ("the chrono?") is left as said: too little to name a product outside a comparison."""
    expanded = expand_short_words(matcher, question)
    if expanded == " ".join(question.split()):
        return None
    best = matcher.confident(matcher.match_details(expanded))
    new = set(re.findall(r"\S+", expanded)) - set(re.findall(r"\S+", question))
    if best is None:
        return None
    values = {w for v in best.product.variants for val in v.options.values() for w in re.findall(r"[a-z]+", fold(val))}
    # the clip is another word of its name, or a word of one of its option values ("choc fudge isolate")
    if not ((new & best.matched and len(best.matched) >= 2) or (new and new <= values)):
        return None
    said = matcher.confident(matcher.match_details(question))
    return expanded if said is None or said.product is best.product else None  # never another product than said
