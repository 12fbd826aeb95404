"""A typo in each word of a product's name: "ema leggins" for "Emma Leggings", "northfeld ovenn" for the
"Northfield ... Dutch Oven".

The matcher's own fuzzy lookup takes one typo in a word of five letters or more, at a discount: a name said with
a typo in every word covers too little of the name to be named clearly, and a short word ("ema") is too short to
be read alone (a three-letter word is one edit from dozens of others). Read together the words become safe, the
way a shop assistant reads them: the line is re-read with each misspelt word spelled as the name spells it when

- the word is a slip of the fingers on a name word (``near_spelling``: a letter doubled or typed single, a letter
  inside left out or added, two neighbours swapped; the first and last letters kept; for three or four letters
  only a double letter, "cat" is no typo of "cast"); a short word is read only against the names the other words
  of the line point at, and must be a rare name word (few products have it);
- exactly one name word is that near (among the products the other words point at);
- the word is no word in its own right: not a stop word, a colour, a question word, nor a word the candidates'
  listings use ("new", "warm");
- re-read, the line names one product clearly (or a few alike, to ask which), the same one it named before if it
  named any: a price for the wrong product is the worst failure, so when in doubt the line stays as typed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from skills.qa.intent import read_shape
from skills.qa.phrasing import PLAIN_WORDS
from skills.qa.text import (
    COLOURS,
    GENERIC_NAME_WORDS,
    STOP,
    TYPE_OF,
    english_view,
    fold,
    has_cjk,
    name_tokens,
    stem,
    tokens,
)

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


def _one_inside(longer: str, shorter: str) -> bool:
    """Is ``shorter`` the longer word with one letter inside it (not the first, not the last) left out?"""
    return len(longer) == len(shorter) + 1 and any(longer[:k] + longer[k + 1:] == shorter
                                                   for k in range(1, len(longer) - 1))


_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
# keys side by side on a QWERTY keyboard (same row): a finger that slips hits one of these
_NEIGHBOUR_KEYS = {c: set(row[max(0, i - 1):i] + row[i + 1:i + 2]) for row in _ROWS for i, c in enumerate(row)}


def _slipped_key(said: str, name_word: str) -> bool:
    """One letter inside the word (not the first, not the last) typed with the key beside it ("jackrt")."""
    if len(said) != len(name_word):
        return False
    diff = [k for k, (a, b) in enumerate(zip(said, name_word, strict=True)) if a != b]
    return len(diff) == 1 and 0 < diff[0] < len(said) - 1 and said[diff[0]] in _NEIGHBOUR_KEYS.get(name_word[diff[0]], ())


def near_spelling(said: str, name_word: str) -> bool:
    """Is ``said`` a slip of the fingers on ``name_word``? Kinds that keep the word's first and last letters: a
    double letter typed single or a single one doubled ("ema" / "emma"), a letter inside left out or added
    ("northfeld"), two neighbours swapped ("kasmui"), a key beside the right one ("jackrt"). Another changed
    letter or ending is left alone: it makes other real words ("woolen" / "wooden", "sweet" / "sheet", "silky" /
    "silk"). Eight letters or more: two edits."""
    if said == name_word or not said.isalpha() or not name_word.isalpha() or said[0] != name_word[0]:
        return False
    if len(name_word) < 4 or len(said) < 3:
        return False
    if squeeze(said) == squeeze(name_word):
        return True
    if len(said) <= 4:  # short: one edit turns real words into others ("cat" / "cast", "fam" / "foam")
        return False
    if len(said) >= 8 and len(name_word) >= 8 and said[-1] == name_word[-1]:
        return edit_distance(said, name_word, 2) <= 2
    if _one_inside(said, name_word) or _one_inside(name_word, said) or _slipped_key(said, name_word):
        return True
    return len(said) == len(name_word) and any(
        said[:k] + said[k + 1] + said[k] + said[k + 2:] == name_word for k in range(1, len(said) - 2))


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
    named = {t for _w, hits in said for t, _q in hits if not t.isdigit()}
    unmatched = [w for w, hits in said if not hits and w.isalpha() and not has_cjk(w)
                 and not matcher.lookup_listing(w, analysis.raw.get(w, ""))]
    fuzzy = [(w, hits) for w, hits in said if hits and all(q < 1.0 for _t, q in hits) and w.isalpha()
             and w not in matcher.postings]
    if not named or not (unmatched or fuzzy):
        return text
    candidates = {i for t in named for i in matcher.postings.get(t, ())}
    if len(candidates) > MAX_CANDIDATES:
        return text
    listing = {form for i in candidates for w in _listing_text(matcher, i) for form in (w, stem(w))}
    fixes: dict[str, str] = {}
    fixed_tokens: set[str] = set()
    for w, hits in fuzzy:  # "northfeld ovenn": each word one edit from a name word, each costing the match
        typed = fold(analysis.raw.get(w, w))
        others = {t for v, h in said if v != w for t, _q in h}
        near = [t for t, _q in hits if (not others or any(others & matcher._product_tokens[i]
                                                          for i in matcher.postings.get(t, ())))
                and (near_spelling(typed, _spelling(matcher, t)) or near_spelling(stem(typed), t))]
        if len(near) == 1 and not _known_word(typed, listing):
            fixes[typed] = _spelling(matcher, near[0])
            fixed_tokens.add(near[0])
    for w in unmatched:  # "ema leggins": a short word read only against the names the others point at
        typed = fold(analysis.raw.get(w, w))
        if _known_word(typed, listing):
            continue
        near_short: dict[str, str] = {}
        for i in candidates:
            for spelled in tokens(english_view(matcher.products[i].name)):
                token = stem(spelled)
                if token in named or token not in matcher.postings:
                    continue
                if near_spelling(typed, spelled) or (len(typed) > 4 and near_spelling(typed, token)):
                    near_short[token] = spelled
        if len(near_short) != 1:
            continue  # none, or two name words as near: not clear
        token, spelled = next(iter(near_short.items()))
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
    if before is not None and not fixed_tokens <= before.matched:
        return text  # it named a product already: these words are something else
    reread = matcher.analyse(fixed)
    matches = matcher.match_details(reread)
    after = matcher.confident(matches)
    if after is not None:
        # one product, and no other name has every name word said ("kasumi knfie": two Kasumi knives)
        alike = [p for p in (matcher.products[i] for i in set.intersection(*(set(matcher.postings[t])
                                                                            for t in after.matched)))
                 if p is not after.product] if after.matched and all(t in matcher.postings for t in after.matched) else []
        clear = fixed_tokens <= after.matched and (before is None or before.product is after.product) and not alike
        return fixed if clear else text
    # products named alike ("coperline kettle" of two Copperline kettles): asking which beats "not found"
    tied = [m.product for m in matcher.ambiguous(matches)] or matcher.family(reread, limit=None)[1]
    return fixed if before is None and 1 < len(tied) <= MAX_CANDIDATES and all(
        fixed_tokens <= set(name_tokens(p.name)) for p in tied) else text


def _spelling(matcher: ProductMatcher, token: str) -> str:
    """How a name spells an index token ("legging" -> "leggings")."""
    for i in matcher.postings.get(token, ()):
        for spelled in tokens(english_view(matcher.products[i].name)):
            if stem(spelled) == token:
                return spelled
    return token


def _listing_text(matcher: ProductMatcher, i: int) -> list[str]:
    p = matcher.products[i]
    return tokens(fold(" ".join([p.description, *map(str, p.features), *p.tags, p.category, p.brand,
                                 *(val for v in p.variants for val in v.options.values())])))
