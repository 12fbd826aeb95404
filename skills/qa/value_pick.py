"""An option value that picks the product: "is warm sand 220 sold out?" (a shade only one foundation has),
"遮瑕液Light 2.5号还有货吗" (two concealers, only one sold in "Light 2.5").

When the product words leave several candidates (or none), a shop assistant looks at what else was said: an
option value, said whole, that exactly one candidate sells names that one. Values held by several
candidates ("30ml", "Black") pick nothing; a value said inside a longer one ("Light" in "Light 2.5") gives
way to the longer one. With no candidate at all, every other word said must fit the product picked, so
"lavender soap" never becomes the lavender candle.
"""

from __future__ import annotations

import re
import weakref

from bot.catalog import Product
from skills.qa import options as O
from skills.qa.matcher import Analysis, Match, ProductMatcher
from skills.qa.text import COLOURS, GENERIC_NAME_WORDS, SIZE_WORDS, tokens


def _spans(product: Product, view: str) -> list[tuple[int, int, str, str]]:
    """Where each of the product's option values is said whole: (start, end, option name, normalised value)."""
    out = []
    for name in product.option_names():
        if name.lower() == "title":
            continue
        for value in O.values_of(product, name):
            v = O._norm_value(value)
            if len(v) < 3 or v.isdigit() or v in SIZE_WORDS:
                continue
            for m in re.finditer(r"(?<![a-z0-9.])" + re.escape(v) + r"(?![a-z0-9]|\.\d)", view):
                out.append((m.start(), m.end(), name, v))
    return out


def _substantial(value: str) -> bool:
    """Specific enough to name a product in a whole catalog: not a bare colour, size or measure."""
    words = [w for w in tokens(value) if not w.isdigit()]
    letters = [w for w in words if re.fullmatch(r"[a-z]{3,}", w) and w not in COLOURS and w not in SIZE_WORDS]
    return bool(letters) and len(tokens(value)) >= 2


def _plain(value: str) -> bool:
    """A bare colour ("Black"): a product with no colour option may be that colour too, so it picks nothing."""
    return all(w in COLOURS or w == "gray" for w in tokens(value))


def pick_by_value(matcher: ProductMatcher, question: str, analysis: Analysis, matches: list[Match],
                  pinned: Product | None = None) -> Product | None:
    """The one candidate sold in a value said whole, or None. ``pinned``: the product on screen; a value
    it has itself keeps the question on it. The tied candidates are looked at first, then the whole catalog
    ("90cm in oak": a faux stem and a table are named alike, the shelf is sold in 90 cm and Oak)."""
    view = O._view(question)
    if pinned is not None and _spans(pinned, view):
        # "90cm in oak, any left?" with the shelf on screen: its own values, every word said fits it
        i = matcher.position(pinned)
        if i < 0:
            return None
        fits = all(w.isdigit() or matcher._fits(i, w, analysis) for w in analysis.content)
        return pinned if fits and _phrase_alone(matcher, pinned, analysis, view, _spans(pinned, view)) else None
    tied = [m.product for m in matcher.ambiguous(matches)]
    pick = _pick_in(matcher, tied, view, analysis, whole_catalog=False) if tied else None
    if pick is None and pinned is None:  # with a product on screen, a value it lacks is asked of it ("no, ...")
        pick = _pick_in(matcher, _holding_words_of(matcher, view), view, analysis, whole_catalog=True)
    return pick


_VALUE_WORDS: weakref.WeakKeyDictionary[ProductMatcher, dict[str, list[int]]] = weakref.WeakKeyDictionary()


def value_word_index(matcher: ProductMatcher) -> dict[str, list[int]]:
    """Built once per catalog: each word of an option value (not a bare colour, size or number) -> the products
    sold in a value with it. Only those products can hold a value said in a question, so a question looks at
    them, not at the whole catalog (a 50,000-product shop)."""
    index = _VALUE_WORDS.get(matcher)
    if index is None:
        index = _VALUE_WORDS[matcher] = {}
        for i, p in enumerate(matcher.products):
            for name in p.option_names():
                for value in O.values_of(p, name):
                    for w in set(tokens(O._norm_value(value))):
                        if not w.isdigit() and w not in COLOURS and w not in SIZE_WORDS:
                            index.setdefault(w, []).append(i)
    return index


def _holding_words_of(matcher: ProductMatcher, view: str) -> list[Product]:
    index = value_word_index(matcher)
    found = sorted({i for w in set(tokens(view)) for i in index.get(w, ())})
    return [matcher.products[i] for i in found]


def _pick_in(matcher: ProductMatcher, pool: list[Product], view: str, analysis: Analysis,
             whole_catalog: bool) -> Product | None:
    spans = {id(p): _spans(p, view) for p in pool}
    every = [(s, e) for found in spans.values() for s, e, _n, _v in found]
    holders: dict[str, set[int]] = {}
    for p in pool:
        for _s, _e, _n, v in spans[id(p)]:
            holders.setdefault(v, set()).add(id(p))
    value_words = {id(p): [set(tokens(O._norm_value(x))) for n in p.option_names() for x in O.values_of(p, n)]
                   for p in pool}
    def fits_other(p: Product, v: str) -> bool:  # "rose" of "Rose" when another has "Rose 12": both fit
        return any(set(tokens(v)) <= ws for o in pool if o is not p for ws in value_words[id(o)])

    picks = []
    for p in pool:
        own = [(n, v) for s, e, n, v in spans[id(p)]
               if len(holders[v]) == 1 and not any(s2 <= s and e <= e2 and (e2 - s2) > (e - s) for s2, e2 in every)
               and not _plain(v)]
        alone = [(n, v) for n, v in own if not fits_other(p, v)]
        if alone and (not whole_catalog or any(_substantial(v) for _n, v in alone)):
            picks.append(p)
        elif whole_catalog and len({n for n, _v in own}) >= 2 and not any(
                all(set(tokens(v)) <= ws for _n, v in own for ws in [set().union(*value_words[id(o)])])
                for o in pool if o is not p and value_words[id(o)]):
            picks.append(p)  # values of two options ("90 cm", "Oak") no other product has together
    if len(picks) != 1:
        return None
    pick = picks[0]
    if not _phrase_alone(matcher, pick, analysis, view, spans[id(pick)]):
        return None
    if whole_catalog and not _rest_fits(matcher, pick, analysis):
        return None
    i = matcher.position(pick)
    for other in pool if not whole_catalog else []:  # "is the saffron available in 2 pods?": "saffron" names another
        if other is not pick and any(w in matcher._product_tokens[matcher.position(other)]
                                     and not matcher._fits(i, w, analysis) for w in analysis.content):
            return None
    return pick


def _phrase_alone(matcher: ProductMatcher, product: Product, analysis: Analysis, view: str,
                  found: list[tuple[int, int, str, str]]) -> bool:
    """Is the value said as a phrase of its own? "iphone 14 pro" is not the value "iPhone 14": a word said
    right after it that is not the product's name word makes it a longer thing."""
    own = matcher._product_tokens[matcher.position(product)]
    for _s, end, _n, _v in found:
        after = re.match(r"\s*([a-z][a-z0-9]*)", view[end:])
        if after and after.group(1) in analysis.content and after.group(1) not in own:
            return False
    return True


def _rest_fits(matcher: ProductMatcher, product: Product, analysis: Analysis) -> bool:
    """Every word said fits the product, or is an everyday word ("full", "need")."""
    i = matcher.position(product)
    for w in analysis.content:
        if w.isdigit() or matcher._fits(i, w, analysis):
            continue
        if w not in matcher.postings or w in matcher._kind_postings or w in matcher._heads \
                or w not in GENERIC_NAME_WORDS:
            return False  # a word the shop does not know, another product's kind or its own name ("saffron")
    return True


def switch_by_value(matcher: ProductMatcher, question: str, analysis: Analysis, best: Match) -> Product | None:
    """"90cm in oak, any left?": "oak" names the Birch Oak Stool, but the one product sold in "90 cm" and "Oak"
    is a shelf. Switched only when values of two of the other's options are said whole and every word that
    matched the first product fits the other too (so "oak stool in 90cm?" stays on the stool)."""
    view = O._view(question)
    pick = _pick_in(matcher, _holding_words_of(matcher, view), view, analysis, whole_catalog=True)
    if pick is None or pick is best.product or len({n for _s, _e, n, _v in _spans(pick, view)}) < 2:
        return None
    i = matcher.position(pick)
    return pick if all(matcher._fits(i, w, analysis) for w in best.matched) else None
