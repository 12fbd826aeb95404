"""A typo in each word of a product's name: "ema leggins" for "Emma Leggings", "jossie jaket" for "Josie Jacket".

The matcher's own fuzzy lookup takes one typo in a word of five letters or more. A short word ("ema") is too
short to be read alone: a three-letter word is one edit from dozens of others. Read beside the other words it
becomes safe, the way a shop assistant reads it: the other words already point at a few products, and the short
word is a near spelling of a word of *those* names only. So a word no name has is read as a name word when

- another word of the line names products (exactly or through the fuzzy lookup), and the word is a near spelling
  of a name word of one of them: a doubled or dropped letter at any length ("ema" / "emma", "jossie" / "josie"),
  a dropped letter for a short word, one edit for 5-7 letters, two for 8 or more; always the first letter kept;
- the word is no word in its own right: not a stop word, a colour, an option value, a question word, nor a word
  the candidates' listings use ("new", "warm");
- exactly one name word is that near, it sets its product apart (few products have it), and with it the line
  names one product clearly, the same one it named before if it named any (a price for the wrong product is the
  worst failure: when in doubt the line is left as typed).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from skills.qa.intent import read_shape
from skills.qa.phrasing import PLAIN_WORDS
from skills.qa.text import COLOURS, GENERIC_NAME_WORDS, STOP, TYPE_OF, english_view, fold, has_cjk, stem, tokens

if TYPE_CHECKING:
    from skills.qa.matcher import ProductMatcher

# past this many products the other words say too little for a short word to be read against them
MAX_CANDIDATES = 300


def squeeze(word: str) -> str:
    """The word with doubled letters single: "emma" and "ema", "leggings" and "legings" meet."""
    return re.sub(r"(.)\1+", r"\1", word)


def edit_distance(a: str, b: str, cap: int = 3) -> int:
    """Optimal-string-alignment distance (insert, delete, substitute, swap neighbours), stopping past ``cap``."""
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > cap:
            return cap + 1
        prev2, prev = prev, cur
    return prev[-1]


def near_spelling(said: str, name_word: str) -> bool:
    """Is ``said`` a typo of ``name_word``, by how long it is (see the module's rules)?"""
    if said == name_word or not said.isalpha() or not name_word.isalpha() or said[0] != name_word[0]:
        return False
    if len(name_word) < 4 or len(said) < 3:
        return False
    if squeeze(said) == squeeze(name_word):
        return True  # a doubled or dropped double letter
    if len(said) <= 4:  # short: only a letter dropped ("jsie" is too far, "josi" is "josie")
        return len(name_word) == len(said) + 1 and any(name_word[:k] + name_word[k + 1:] == said
                                                       for k in range(1, len(name_word)))
    return edit_distance(said, name_word, 2) <= (1 if len(said) <= 7 else 2)


def _known_word(word: str, listing: set[str]) -> bool:
    """A word in its own right, not a misspelt name: stop, colour, plain, question words, the listings' words."""
    if word in STOP or stem(word) in STOP or word in COLOURS or word in PLAIN_WORDS or word in TYPE_OF:
        return True
    if word in listing or stem(word) in listing:
        return True
    shape = read_shape(word)
    return bool(shape.attribute or shape.price or shape.stock or shape.variant or shape.restock or shape.sale
                or shape.compare or shape.greeting)


def correct_name_typos(text: str, matcher: ProductMatcher) -> str:
    """The line with misspelt name words written as the name spells them, when together with the other words
    they clearly name one product; otherwise the line as it is."""
    analysis = matcher.analyse(text)
    said = [(w, matcher.hits(w, analysis)) for w in analysis.content]
    unmatched = [w for w, hits in said if not hits and w.isalpha() and not has_cjk(w)
                 and not matcher.lookup_listing(w, analysis.raw.get(w, ""))]
    named = {t for _w, hits in said for t, _q in hits if not t.isdigit()}
    if not unmatched or not named:
        return text
    candidates = {i for t in named for i in matcher.postings.get(t, ())}
    if len(candidates) > MAX_CANDIDATES:
        return text
    listing = {form for i in candidates for w in _listing_text(matcher, i) for form in (w, stem(w))}
    fixes: dict[str, str] = {}
    fixed_tokens: set[str] = set()
    for w in unmatched:
        typed = fold(analysis.raw.get(w, w))
        if _known_word(typed, listing):
            continue
        near: dict[str, str] = {}
        for i in candidates:
            for spelled in tokens(english_view(matcher.products[i].name)):
                token = stem(spelled)
                if token in named or token not in matcher.postings:
                    continue
                if near_spelling(typed, spelled) or near_spelling(typed, token):
                    near[token] = spelled
        if len(near) != 1:
            continue  # none, or two name words as near: not clear
        token, spelled = next(iter(near.items()))
        if token in GENERIC_NAME_WORDS or token in TYPE_OF or len(matcher.postings[token]) > matcher.distinctive_df:
            continue  # a word many names share sets nothing apart
        fixes[typed] = spelled
        fixed_tokens.add(token)
    if not fixes:
        return text
    fixed = text
    for typed, spelled in fixes.items():
        fixed = re.sub(r"(?i)(?<![a-z0-9])" + re.escape(typed) + r"(?![a-z0-9])", spelled, fixed)
    before = matcher.confident(matcher.match_details(analysis))
    after = matcher.confident(matcher.match_details(matcher.analyse(fixed)))
    if after is None or not fixed_tokens <= after.matched or (before is not None and before.product is not after.product):
        return text
    return fixed


def _listing_text(matcher: ProductMatcher, i: int) -> list[str]:
    p = matcher.products[i]
    return tokens(fold(" ".join([p.description, *map(str, p.features), *p.tags, p.category, p.brand,
                                 *(val for v in p.variants for val in v.options.values())])))
