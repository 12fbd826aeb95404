"""Find which catalog products a chat line talks about: fast, typo-tolerant, both languages.

    matcher = ProductMatcher(catalog)
    matcher.match("helois evercool price??")     # [("MS05", 0.93), ...]

How: product names are split into tokens weighted by rarity (IDF), in an inverted index. Query
words are looked up exactly, or through a one-deletion neighbourhood index (SymSpell style) that
catches one typo — a missing, extra, swapped or wrong letter — in O(1) dictionary lookups, so a
50,000-product catalog answers in well under a millisecond per word. Chinese product-type nouns
and colours are rewritten to English first (text.english_view), so "Josie外套" finds the Josie
Yoga Jacket. A product is only reported *confidently* when a distinctive word of its name (or
most of its name) was said; product-type nouns that contradict the product veto it.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from bot.catalog import Catalog, Product
from skills.qa.bilingual_names import english_weights
from skills.qa.names import accessory_heads, head_noun, listing_words, packaging, sized_numbers
from skills.qa.text import (
    COLOUR_ALIASES,
    COLOURS,
    GENERIC_NAME_WORDS,
    SIZE_WORDS,
    STOP,
    TYPE_OF,
    cjk_grams,
    english_view,
    fold,
    has_cjk,
    name_tokens,
    stem,
    tokens,
    zh_alternates,
    zh_pieces,
)
from skills.qa.units import UNITS

FUZZY_QUALITY = 0.8
SIZE_NAMES = frozenset({"small", "medium", "large", "xlarge", "xxlarge", "regular", "petite"})
# what a product comes in, not what it is: "a 10kg bag of the dog food", "2 bottles of X", "a box of"
CONTAINERS = frozenset({"bag", "pack", "box", "bottle", "can", "tin", "jar", "pouch", "case", "carton", "tub", "sachet",
                        "roll", "bundle", "packet"})
_QUANTITY = re.compile(r"\d+(?:\.\d+)?(?:kg|g|lb|oz|ml|l|ct|pc|pcs|x)?|a|an|one|two|three|four|five|six|ten|twelve|dozen")
# past this many products a word only re-scores candidates found through rarer words
COMMON_DF_CAP = 1000
# a listing word (tag, handle, type) counts as a name only when at most this many products have it
LISTING_DF = 2
LISTING_QUALITY = 0.7
# sizes said in words: a variant asked ("the medium otter plush"), never part of a name no title has
SIZE_ADJECTIVES = frozenset(["small", "medium", "large", "big", "little", "tiny", "huge", "mini", "extra", "regular"])


@dataclass
class Match:
    product: Product
    score: float  # 0..1: how much of the product's name the text covers, with typo discount
    matched: set[str] = field(default_factory=set)  # index tokens that matched
    distinctive: bool = False  # a rare word of the name was said
    exact_distinctive: bool = False
    type_conflict: bool = False  # the text names a product type this product is not
    exact_unique: bool = False  # a word that only this product's name has was said exactly
    rank: float = 0.0  # ordering key: name coverage and how much of the text the product explains
    query_cov: float = 0.0  # how much of what was said this product explains (0..1)
    head_unique: bool = False  # its head noun was said, and no other title has that word ("the scooter")
    listing_unique: bool = False  # a word of its tags/handle/type only it has was said ("wellies")
    listing_only: bool = False  # named by listing words alone, no title word said
    values_said: int = 0  # how many of the option-value words said this product's options have
    head_matched: bool = False  # the title's head noun is among the words said ("water bottle" of a long title)
    explained: bool = False  # a word said that only this product's listing has (tags, type, options), not its name
    head_missing: bool = False  # named by a Chinese word's modifier only, not by its head noun
    head_last: bool = False  # its head noun is the last name word said ("the kestrel tent": tent, not footprint)


@dataclass
class Analysis:
    """A chat line as the matcher sees it."""

    text: str  # english_view of the line
    words: list[str]  # all tokens
    content: list[str]  # tokens that may name a product (stems, no stop/colour/size words)
    types: set[int]  # product-type groups named in the line
    raw: dict[str, str] = field(default_factory=dict)  # content stem -> the word as typed
    values: list[str] = field(default_factory=list)  # option-value words said that no name has ("large", "frog")
    alts: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a Chinese word's other English spellings
    # Chinese words glossed as several English words: (modifier stems, head noun stem); "手冲壶" is a kettle
    # for pour-over, never the pour-over dripper
    phrases: list[tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=list)  # (modifiers, heads)


# nouns a number counts in a name ("2-Person Tent", "4 Seater"): said with a number they ask for a size
COUNT_NOUNS = frozenset(["person", "people", "man", "men", "seater", "seat", "player", "burner"])


_COLOUR_STEMS = frozenset(stem(c) for c in COLOURS)
_PLAIN_COLOURS = frozenset(["black", "white", "grey", "gray", "silver", "clear", "transparent"])


def _count_token(token: str) -> bool:
    """A number, a count noun, or the two joined ("2person")."""
    return token.isdigit() or token in COUNT_NOUNS or (token[:1].isdigit() and token.lstrip("0123456789") in COUNT_NOUNS)


def _shared_word(a: Match, b: Match) -> bool:
    """Do two matches share a name word (not a size code like "2p")?"""
    return any(t.isalpha() for t in a.matched & b.matched)


def _deletes(token: str) -> set[str]:
    return {token[:i] + token[i + 1:] for i in range(len(token))}


class ProductMatcher:
    """Reusable product finder over one catalog (rebuild it when the catalog reloads)."""

    def __init__(self, catalog: Catalog, *, distinctive_df: int = 3) -> None:
        self.catalog = catalog
        self.products: list[Product] = list(catalog.products)
        self.distinctive_df = distinctive_df
        postings: dict[str, list[int]] = defaultdict(list)
        self._types: list[set[int]] = []
        self._option_types: list[set[int]] = []
        self._product_tokens: list[frozenset[str]] = []
        self._kinds: list[frozenset[str]] = []
        self._own_words: list[frozenset[str]] = []
        self._option_name_words: list[frozenset[str]] = []
        self._described: list[frozenset[str]] = []
        self.cjk_names = False
        for i, product in enumerate(self.products):
            toks = set(name_tokens(product.name))
            self._product_tokens.append(frozenset(toks))
            self.cjk_names |= any(has_cjk(t) for t in toks)
            for tok in toks:
                postings[tok].append(i)
            cat_words = {stem(t) for t in tokens(fold(f"{product.category} {product.attributes.get('type', '')}"))}
            # what the listing files it under (type, category, tags): said, such a word fits this product
            # even when its name lacks it ("catnip fish toy" for "Catnip Kicker Fish", type Toys)
            # (one-word tags: a longer one, "lunch box", describes it and is no kind it is filed under)
            tag_words = [tokens(english_view(tag)) for tag in product.tags]
            self._kinds.append(frozenset(cat_words | {stem(words[0]) for words in tag_words if len(words) == 1}))
            self._types.append({TYPE_OF[t] for t in toks | cat_words if t in TYPE_OF})
            # kinds named by its option values ("20 tea bags"): saying them is no veto
            values = {val for v in product.variants for val in v.options.values()}  # each value once
            opt_words = {stem(t) for val in values for t in tokens(english_view(val))}
            self._option_types.append({TYPE_OF[t] for t in opt_words if t in TYPE_OF})
            # said, an option value of its own ("salmon" dog food) is no word the product fails to explain
            # structured attributes (gender "Men", activity "Sports", material "Fleece"): what it is for and of
            described = {stem(t) for value in product.attributes.values() if not isinstance(value, bool)
                         for v in (value if isinstance(value, list) else [value]) for t in tokens(english_view(str(v)))}
            self._described.append(frozenset(described - self._kinds[-1]))
            self._own_words.append(self._kinds[-1] | self._described[-1] | frozenset(w for w in opt_words if not w.isdigit()))
            # its option names ("what flavours does X come in"): said, they ask about it, they are no name word it lacks
            self._option_name_words.append(self._own_words[-1] | frozenset(
                stem(t) for n in product.option_names() if n.lower() != "title" for t in tokens(english_view(n))))
        self.postings = dict(postings)
        kind_postings: dict[str, list[int]] = defaultdict(list)
        for i, kinds in enumerate(self._kinds):
            for k in kinds:
                kind_postings[k].append(i)
        self._kind_postings = dict(kind_postings)
        self._own_df: dict[str, int] = defaultdict(int)
        for words in self._own_words:
            for w in words:
                self._own_df[w] += 1
        described_postings: dict[str, list[int]] = defaultdict(list)  # only for "do you have <kind> for men?"
        for i, words in enumerate(self._described):
            for w in words:
                described_postings[w].append(i)
        self._described_postings = dict(described_postings)
        # "the scooter": a head noun no other title has names the product however long its title
        plain_heads = [head_noun(p.name) for p in self.products]
        heads = accessory_heads(self.products, plain_heads, self.postings)
        # accessories for another product ("Tent Footprint Kestrel 2P"): named only with their own noun
        self._accessories = {id(self.products[i]): h for i, (a, h) in enumerate(zip(plain_heads, heads, strict=True))
                             if a != h}
        self._heads = heads
        head_count = Counter(h for h in heads if h)
        self._unique_head = [h if h and head_count[h] == 1 and len(self.postings.get(h, ())) == 1 else None
                             for h in heads]
        self._init_listing_words()
        # option names ("age", "design", "pack") ask for a value; no name uses them, they name nothing
        self._option_names = {w for p in self.products for o in p.option_names() for w in tokens(fold(o))}
        # a type noun in a longer option name ("Shoe size") is that option only with the rest of the name said:
        # "shoe size 41" asks the size, "hiking shoe 41" (登山鞋41码) names a shoe
        self._option_partners: dict[str, set[str]] = defaultdict(set)
        self._index_of = {id(p): i for i, p in enumerate(self.products)}  # product -> its position
        for p in self.products:
            for o in p.option_names():
                said = tokens(fold(o))
                for w in said:
                    if stem(w) in TYPE_OF and len(said) > 1:
                        self._option_partners[w].update(x for x in said if x != w)
        # option-value words ("large", "frog", "mint"): they ask for a variant, and break a tie between
        # products named alike ("the large otter": the plush has a Large, the gift card not)
        self._value_stems = [{stem(w) for v in p.variants for val in v.options.values() for w in tokens(fold(val))
                              if len(w) >= 2 and w.isalpha()} for p in self.products]  # "uk" of "UK 10" too
        self._value_words = set().union(*self._value_stems) if self._value_stems else set()
        # numbers in names with the word after them ("30 cm", "12 colour"): "the 30cm planter" names one
        self._name_numbers: set[tuple[str, str]] = set()
        for p in self.products:
            words = tokens(english_view(p.name))
            self._name_numbers.update((a, stem(b)) for a, b in zip(words, words[1:], strict=False) if a.isdigit())
        self._by_type: dict[int, list[int]] = defaultdict(list)
        for i, groups in enumerate(self._types):
            for g in groups:
                self._by_type[g].append(i)
        n = max(1, len(self.products))
        self.idf = {tok: math.log(1 + n / len(ids)) for tok, ids in self.postings.items()}
        self._name_weight = [0.0] * len(self.products)
        for tok, ids in self.postings.items():
            for i in ids:
                self._name_weight[i] += self.idf[tok]
        # an English question covers the English half of a bilingual title ("Chilli Crisp 香辣脆油辣椒")
        self._name_weight_en = english_weights(self.products, self.idf, self._name_weight)
        neighbours: dict[str, set[str]] = defaultdict(set)
        for tok in self.postings:
            if len(tok) >= 4 and not has_cjk(tok):
                for d in _deletes(tok) | {tok}:
                    neighbours[d].add(tok)
        # the unstemmed spellings too: "joise" is one swap from "josie", not from its stem "josy"
        for product in self.products:
            for raw in tokens(english_view(product.name)):
                s = stem(raw)
                if raw != s and len(raw) >= 4 and s in self.postings and not has_cjk(raw):
                    for d in _deletes(raw) | {raw}:
                        neighbours[d].add(s)
        self._neighbours = {d: sorted(toks) for d, toks in neighbours.items()}
        self._cache: dict[tuple[str, str], list[tuple[str, float]]] = {}

    def _init_listing_words(self) -> None:
        """Weaker name evidence: words of tags/handle/type/vendor that no title has ("wellies")."""
        listing: dict[str, list[int]] = defaultdict(list)
        for i, product in enumerate(self.products):
            for w in listing_words(product):
                if w not in self.postings:
                    listing[w].append(i)
        self.listing_postings = {w: ids for w, ids in listing.items() if len(ids) <= LISTING_DF}
        n = max(1, len(self.products))
        self.listing_idf = {w: math.log(1 + n / len(ids)) for w, ids in self.listing_postings.items()}
        near: dict[str, set[str]] = defaultdict(set)
        for w in self.listing_postings:
            if len(w) >= 4:
                for d in _deletes(w) | {w}:
                    near[d].add(w)
        self._listing_near = dict(near)

    def lookup_listing(self, word: str, raw: str = "") -> list[tuple[str, float]]:
        """Listing words (see names.listing_words) a query word stands for, exactly or one typo away."""
        if word in self.listing_postings:
            return [(word, 1.0)]
        if word.isdigit() or has_cjk(word) or max(len(word), len(raw)) < 5:
            return []
        found: set[str] = set()
        for form in {word, raw, stem(raw)} - {""}:  # "welies" -> stem "wely", one letter from "welly"
            if len(form) >= 4:
                for d in _deletes(form) | {form}:
                    found.update(t for t in self._listing_near.get(d, ()) if abs(len(t) - len(form)) <= 2)
        return [(t, FUZZY_QUALITY) for t in sorted(found)]

    def _number_in_name(self, number: str, words: list[str]) -> bool:
        """Is the number said with the word a name has after it ("30 cm" of "Planter 30 cm")?"""
        return any((number, stem(b)) in self._name_numbers for a, b in zip(words, words[1:], strict=False) if a == number)

    # ------------------------------------------------------------------ words
    def lookup_word(self, word: str, raw: str = "") -> list[tuple[str, float]]:
        """Index tokens a query word (its stem, and as typed) stands for: itself, or near spellings
        (one edit away)."""
        hit = self._cache.get((word, raw))
        if hit is not None:
            return hit
        if word in self.postings:
            out = [(word, 1.0)]
        elif word in TYPE_OF:  # "tee" in the question, "T-Shirt" in the name: same kind of product
            group = TYPE_OF[word]
            out = [(w, 0.9) for w, g in TYPE_OF.items() if g == group and w in self.postings]
        elif max(len(word), len(raw)) >= 5 and not word.isdigit() and not has_cjk(word):
            found: set[str] = set()
            for form in {word, raw} - {""}:
                if len(form) < 5:
                    continue
                for d in _deletes(form) | {form}:
                    found.update(t for t in self._neighbours.get(d, ()) if abs(len(t) - len(form)) <= 2)
            out = [(tok, FUZZY_QUALITY) for tok in sorted(found)]
        else:
            out = []
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[(word, raw)] = out
        return out

    def _spread(self, token: str) -> int:
        """How many products a name token names or files under (name, type, tags)."""
        named, filed = self.postings[token], self._kind_postings.get(token, ())
        if not filed or len(named) > self.distinctive_df or len(filed) > self.distinctive_df:
            return max(len(named), len(filed))  # callers only tell "a few" from "many"
        return len(set(named) | set(filed))

    def hits(self, word: str, analysis: Analysis) -> list[tuple[str, float]]:
        """Index tokens a content word stands for, through a Chinese word's other spellings too."""
        hits = self.lookup_word(word, analysis.raw.get(word, ""))
        if word not in analysis.alts:
            return hits
        best = dict(hits)
        for alt in analysis.alts[word]:
            for tok, q in self.lookup_word(alt):
                best[tok] = max(q, best.get(tok, 0.0))
        return sorted(best.items())

    def analyse(self, text: str) -> Analysis:
        view = english_view(text)
        words = tokens(view)
        content: list[str] = []
        raw_of: dict[str, str] = {}
        types: set[int] = set()
        values: list[str] = []
        sized = sized_numbers(view) if any(c.isdigit() for c in view) else set()
        for at, w in enumerate(words):
            if stem(w) in CONTAINERS and (at > 0 and _QUANTITY.fullmatch(words[at - 1])
                                          or at + 1 < len(words) and words[at + 1] == "of"):
                continue  # "a 10kg bag", "bags of": the packaging, not the kind of product
            if has_cjk(w):
                if self.cjk_names:
                    content.extend(g for g in cjk_grams(w) if g in self.postings)
                continue
            if (w in sized and (w not in self.postings or not self._number_in_name(w, words))) \
                    or (w in self._option_names and w not in self.postings
                        and (w not in self._option_partners or self._option_partners[w] & set(words))):
                continue  # "rain jacket in age 8-9", "wellies in a 12": an option asked, not part of a name
            if len(w) == 1 and w in UNITS and at > 0 and words[at - 1].isdigit() and w not in self.postings:
                continue  # the "w" of "65w": names index the number alone ("65W" -> 65)
            glued = re.fullmatch(r"([a-z]{2,})(\d+)", w)
            if glued and w not in self.postings and glued.group(1) in self.postings:
                content.extend(glued.groups())  # "spf50", "iphone15": the name says "SPF 50", "iPhone 15"
                continue
            s = stem(w)
            if s in TYPE_OF and not packaging(words, at):  # "a 10kg bag of X": how X comes, no other kind
                types.add(TYPE_OF[s])
            if (w in COLOURS or w in COLOUR_ALIASES) and s in self.postings:
                content.append(s)  # a colour that is part of product names ("Classic Tee - Black")
                continue
            if w in STOP or s in STOP or w in SIZE_WORDS or w in COLOURS or w in COLOUR_ALIASES:
                # "the lavender power bank": of two power banks, the one in lavender; never by a plain black or
                # white, which a product with no colour option may well be
                if (w in COLOURS or w in COLOUR_ALIASES) and s in self._value_words and w not in _PLAIN_COLOURS:
                    values.append(s)
                continue
            if (s in self._value_words or s in SIZE_ADJECTIVES) and s not in self.postings:
                values.append(s)  # "the large otter": an option asked, not part of a name
                continue
            content.append(s)
            raw_of.setdefault(s, w)
        if self.cjk_names:  # Chinese names are indexed as written too: the question's own characters
            for run in re.findall(r"[\u3400-\u9fff]+", fold(text)):
                content.extend(g for g in cjk_grams(run) if g in self.postings)
        # hyphen-free joins so "cross fit" / "crossfit" / "cross-fit" all meet
        content.extend(a + b for a, b in zip(content, content[1:], strict=False) if a + b in self.postings)
        alts, phrases = {}, []
        if has_cjk(text):
            alts = {w: a for w, a in zh_alternates(text).items() if w in content}
            pieces = [p for p in zh_pieces(text) if p.text.strip()]
            for k, piece in enumerate(pieces):
                said = [stem(w) for w in tokens(piece.gloss or "") if w not in STOP]
                if len(said) < 2:
                    continue
                # "辅食碗": 辅食 (baby food) before 碗 (bowl) is itself a modifier: a later word of the same run
                # may be the head instead
                heads = [said[-1]]
                for then in pieces[k + 1:]:
                    if then.gloss is None:
                        break
                    heads.append(stem(tokens(then.gloss)[-1]))
                phrases.append((tuple(said[:-1]), tuple(heads)))
        return Analysis(view, words, list(dict.fromkeys(content)), types, raw_of, values, alts, phrases)

    def spell(self, text: str) -> str:
        """The text with a typo in each word of a name read as the name ("ema leggins" -> "emma leggins") when
        together the words clearly name one product (name_typos)."""
        from skills.qa.name_typos import correct_name_typos  # it reads through this matcher
        return correct_name_typos(text, self)

    # ------------------------------------------------------------------ products
    def match_details(self, text: str | Analysis, limit: int = 5) -> list[Match]:
        """Best products for the text, best first, with the evidence behind each score."""
        analysis = text if isinstance(text, Analysis) else self.analyse(self.spell(text))
        said_words = [(w, self.hits(w, analysis)) for w in analysis.content]
        # words no title has may still be a listing word of one or two products ("wellies")
        listing_hits = [h for w, hits in said_words if not hits
                        for h in self.lookup_listing(w, analysis.raw.get(w, ""))] if self.listing_postings else []
        # the last word said that some title has: the head noun of what was named ("kestrel tent" -> tent)
        last_said = {t for t, _q in next((hits for w, hits in reversed(said_words) if hits and not w.isdigit()), [])}
        # rare words first: they choose the candidates, very common words only re-score them
        said_words.sort(key=lambda wh: min((len(self.postings[t]) for t, _ in wh[1]), default=0))
        per_word = [hits for _w, hits in said_words]
        acc: dict[int, float] = {}
        used: set[str] = set()
        for hits in per_word:
            hits = [(t, q) for t, q in hits if t not in used]
            if not hits:
                continue
            used.update(t for t, _ in hits)
            best: dict[int, float] = {}
            for tok, quality in hits:
                ids = self.postings[tok]
                if len(ids) > COMMON_DF_CAP and acc:
                    ids = [i for i in acc if tok in self._product_tokens[i]]
                gain = self.idf[tok] * quality
                for i in ids:
                    if gain > best.get(i, 0.0):
                        best[i] = gain
            for i, gain in best.items():
                acc[i] = acc.get(i, 0.0) + gain
        listed: dict[int, dict[str, float]] = defaultdict(dict)
        for tok, quality in listing_hits:
            for i in self.listing_postings[tok]:
                if quality > listed[i].get(tok, 0.0):
                    listed[i][tok] = quality
        for i, found in listed.items():
            acc[i] = acc.get(i, 0.0) + sum(self.listing_idf[t] * q * LISTING_QUALITY for t, q in found.items())
        if not acc:
            return []
        types = analysis.types
        weights, ptypes = (self._name_weight if has_cjk(analysis.text) else self._name_weight_en), self._types

        # how much of what was said the product explains (unknown words weigh as much as the rarest)
        rarest = math.log(1 + max(1, len(self.products)))
        # a size said in words ("medium", 中号) that no name has is an option, not a word the product lacks
        weight_said = [max((self.idf[t] for t, _ in hits), default=0.0 if w in SIZE_NAMES else rarest)
                       for w, hits in said_words]
        said = sum(weight_said) or 1.0

        def name_cover(i: int) -> float:
            return acc[i] / weights[i] + (0.05 if types and types & ptypes[i] else 0.0)

        def said_for(i: int) -> float:
            """What was said, less the words this product's name lacks but its listing files it under or
            sells it in (tags, type, option values)."""
            kinds, own = self._option_name_words[i], self._product_tokens[i]
            if not kinds:
                return said
            extra = sum(weight for (w, hits), weight in zip(said_words, weight_said, strict=True)
                        if ({w, *analysis.alts.get(w, ())} & kinds) and not any(t in own for t, _ in hits))
            return max(said - extra, 1e-9)

        def rank(i: int) -> float:
            return 0.5 * name_cover(i) + 0.5 * min(1.0, acc[i] / said_for(i))

        # one flat pass (no function call per candidate): thousands of candidates on big catalogs
        half_said = 0.5 / said
        if types:
            keyed = [(a * (0.5 / weights[i] + half_said) + (0.025 if types & ptypes[i] else 0.0), -i)
                     for i, a in acc.items()]
        else:
            keyed = [(a * (0.5 / weights[i] + half_said), -i) for i, a in acc.items()]
        # a few more than asked for: a product whose listing explains the unnamed words may move up
        top = [-neg for _r, neg in heapq.nlargest(limit + 5, keyed)]
        query_tokens: dict[str, float] = {}
        for hits in per_word:
            for t, q in hits:
                query_tokens[t] = max(q, query_tokens.get(t, 0.0))
        results: list[Match] = []
        for i in top:
            toks = {t: self.idf[t] * q for t, q in query_tokens.items() if t in self._product_tokens[i]}
            # "jacket" never names one jacket, however few there are; nor does a word several listings are
            # filed under ("treats": one name says it, two products are treats), nor "12" (a count or size)
            distinct = [t for t in toks if self._spread(t) <= self.distinctive_df and t not in GENERIC_NAME_WORDS
                        and t not in TYPE_OF and len(self._kind_postings.get(t, ())) < 2  # "serum": this shop's kind
                        and not (t.isdigit() and len(t) < 3)]
            exact = [t for t in distinct if toks[t] >= self.idf[t] - 1e-9]
            unique = any(self._spread(t) == 1 and not t.isdigit() and len(t) >= 4 and t not in COLOURS
                         and t not in GENERIC_NAME_WORDS for t in exact)
            # a kind the shop does not stock at all ("a 1kg bag of the yirgacheffe" in a coffee shop) does
            # not veto a product named by a word only it has; a kind it stocks does ("yoga mats")
            conflict = bool(types) and not (types & (ptypes[i] | self._option_types[i])) \
                and not (unique and not types & self._by_type.keys())
            head = self._unique_head[i]
            # a generic head ("bike", "set") only when it is all that was said ("how much is the bike")
            head_said = head is not None and toks.get(head, 0.0) >= self.idf[head] - 1e-9 \
                and (head in exact or (head in GENERIC_NAME_WORDS and len(per_word) == 1))
            from_listing = listed.get(i, {})
            listing_unique = any(len(self.listing_postings[t]) == 1 for t in from_listing)
            results.append(Match(self.products[i], min(1.0, name_cover(i)), set(toks) | set(from_listing),
                                 bool(distinct), bool(exact), conflict, unique, rank(i), min(1.0, acc[i] / said_for(i)),
                                 head_said, listing_unique, bool(from_listing) and not toks,
                                 sum(v in self._value_stems[i] for v in analysis.values),
                                 self._heads[i] is not None and self._heads[i] in toks,
                                 self._explains(i, said_words, analysis)))
        for m, i in zip(results, top, strict=True):
            m.head_last = self._heads[i] is not None and self._heads[i] in last_said
            m.head_missing = any(not any(self._fits(i, h, analysis) for h in heads)
                                 and any(self._fits(i, w, analysis) for w in mods) for mods, heads in analysis.phrases)
        # stable: equal ranks keep the index order; a product named by a modifier only goes last
        results.sort(key=lambda m: (not m.head_missing, m.rank), reverse=True)
        return results[:limit]

    def _explains(self, i: int, said_words: list[tuple[str, list[tuple[str, float]]]], analysis: Analysis) -> bool:
        """Was a word said that no name has and only product i's listing (options, tags, type) has ("jade" of
        "Stone: Jade")? Colours and sizes never count: many products come in them."""
        return any(not hits and f in self._own_words[i] and self._own_df.get(f, 0) == 1 and f not in COLOURS
                   and f not in SIZE_WORDS and not f.isdigit()
                   for w, hits in said_words for f in (w, *analysis.alts.get(w, ())))

    def _fits(self, i: int, word: str, analysis: Analysis) -> bool:
        """Does product i's name, kind, tags or options say this word (or its other spellings, or its kind)?"""
        forms = (word, *analysis.alts.get(word, ()))
        if any(f in self._own_words[i] for f in forms) or (word in TYPE_OF and TYPE_OF[word] in self._types[i]):
            return True
        return any(t in self._product_tokens[i] for f in forms for t, _q in self.lookup_word(f))

    def confident(self, matches: list[Match]) -> Match | None:
        """The one product the text clearly names, or None (nothing, a contradiction, or a tie)."""
        if not matches:
            return None
        # a product the title names outranks one only its tags name ("is the toner hydrating?" when the
        # serum is tagged "hydrating"); a listing-only match never ties with a title match
        titled = [m for m in matches if not m.listing_only]
        if titled and self.accepts(titled[0]):
            matches = titled
        best = matches[0]
        if not self.accepts(best):
            return self._by_values(matches)
        if self._named_otherwise(best, matches):
            return None
        if len(matches) > 1:
            second = matches[1]
            if self.accepts(second) and (second.matched >= best.matched or second.rank >= best.rank - 0.02):
                if best.values_said != second.values_said:  # the one whose options were said
                    pick = max(best, second, key=lambda m: m.values_said)
                    # among the products the words leave tied ("the green yoga mat": two mats, one sold in
                    # green); a product that lacks the words said (a yoga block) is no rival
                    tied = [m for m in matches if m is not pick and self.accepts(m)
                            and (m.matched >= best.matched or m.rank >= best.rank - 0.02)]
                    if not any(m.values_said >= pick.values_said for m in tied):
                        return pick
                return self._by_head(matches)
            def kinds(m: Match) -> set[object]:  # "top" and "tee" are one kind of product
                return {TYPE_OF.get(t, t) for t in m.matched}

            if kinds(second) >= kinds(best) and not second.type_conflict \
                    and all(t in GENERIC_NAME_WORDS or t in TYPE_OF for t in best.matched):
                return None  # "sports bra", "long sleeve top": everyday words and a type noun two names share
        return None if self._accessory_unnamed(best, matches) else best

    def _named_otherwise(self, m: Match, matches: list[Match]) -> bool:
        """ "does the summit ul come in 2 person?": the Kestrel 2-Person Tent is matched only by the count asked
        ("2 person"), while other words name another product: not clearly the Kestrel."""
        return any(o is not m and self._counted_only(m, o) for o in matches)

    def _counted_only(self, m: Match, o: Match) -> bool:
        """Is ``m`` set apart from the accepted ``o`` only by a count, while ``o`` has name words of its own?"""
        own_m, own_o = m.matched - o.matched, o.matched - m.matched
        return self.accepts(o) and bool(own_m) and all(_count_token(t) for t in own_m) \
            and any(not _count_token(t) for t in own_o)

    def _accessory_unnamed(self, m: Match, matches: list[Match]) -> bool:
        """ "the kestrel 2p" names the Tent Footprint Kestrel 2P by the words it shares with the tent it is for,
        not by its own noun: not clearly the footprint while the tent is a candidate too."""
        head = self._accessories.get(id(m.product))
        return head is not None and head not in m.matched and any(
            o is not m and o.exact_distinctive and _shared_word(o, m) for o in matches)

    def _by_head(self, matches: list[Match]) -> Match | None:
        """Products named alike ("the kestrel tent": Kestrel 2-Person Tent, Tent Footprint Kestrel 2P): the one
        whose head noun is the last name word said, when only one is and it has every word the others have."""
        named = [m for m in matches if self.accepts(m)]
        heads = [m for m in named if m.head_last]
        if len(heads) != 1:
            return None
        pick = heads[0]
        return pick if all(m.matched <= pick.matched for m in named) else None

    def _by_values(self, matches: list[Match]) -> Match | None:
        """Products named alike by a rare word ("the large otter": Otto the Otter Plush, Little Otter Gift
        Card): the one whose options have the values said, when only one has them."""
        lead = matches[0]
        group = [m for m in matches if m.matched == lead.matched and m.distinctive and not m.type_conflict]
        if not group:
            group = self._coloured_kind(matches)
        top = max((m.values_said for m in group), default=0)
        picks = [m for m in group if m.values_said == top]
        return picks[0] if top and len(group) > 1 and len(picks) == 1 else None

    def _coloured_kind(self, matches: list[Match]) -> list[Match]:
        """ "the orange jacket" (冲锋衣橙色) of three jackets: every product of the kind said, when they are all
        among the matches and each is sold in colours (so one lacking the colour said is not that colour);
        else []."""
        lead = matches[0]
        if not lead.matched or not all(t in TYPE_OF for t in lead.matched):
            return []
        group = [m for m in matches if m.matched == lead.matched and not m.type_conflict]
        if any(len(self.postings.get(t, ())) > len(group) for t in lead.matched):
            return []  # more products of the kind than the matches hold
        if len(group) < 2:
            return []
        index = self._index_of
        coloured = all(self._value_stems[index[id(m.product)]] & _COLOUR_STEMS for m in group if id(m.product) in index)
        return group if coloured and all(id(m.product) in index for m in group) else []

    def position(self, product: Product) -> int:
        """The product's place in ``products`` (the index every per-product table uses), or -1."""
        i = self._index_of.get(id(product))
        return i if i is not None else next((k for k, p in enumerate(self.products) if p.sku == product.sku), -1)

    def accepts(self, m: Match, allow_conflict: bool = False) -> bool:
        if m.head_missing:
            return False  # "手冲壶" (pour-over kettle) never names the pour-over dripper
        if m.type_conflict and not allow_conflict:
            return False  # "Hero jacket" when only a Hero Hoodie exists: not this product
        if m.exact_unique and m.score >= 0.15:
            return True  # a word only this product's name has, spelled exactly ("Deion", "Orion")
        if m.head_unique or m.listing_unique:
            return True  # "the scooter" (the one title ending in it), "frog wellies" (its tags and handle)
        if len(m.matched) >= 2 and m.query_cov >= 0.99 and m.score >= 0.5:
            return True  # two or more words, all said, most of the name: "compete track" (ties are caught later)
        if len(m.matched) >= 2 and m.query_cov >= 0.99 and m.score >= 0.25 and m.head_matched:
            return True  # a modifier and the head noun of a long title: "water bottle" (ties are caught later)
        if m.distinctive and m.query_cov >= 0.9 and m.score >= 0.2 and len(m.matched) >= 2:
            return True  # everything said fits this long name ("grey tee" -> "Crew Neck T-Shirt - Heather Grey")
        if m.explained and m.query_cov >= 0.99 and m.score >= 0.3:
            return True  # its name, its kind and its options say everything said: "jade roller" (Stone: Jade)
        return (m.distinctive and m.score >= 0.3) or m.score >= 0.75

    def ambiguous(self, matches: list[Match]) -> list[Match]:
        """Products tied for the top when the text is not specific enough (for "which one?")."""
        if not matches or self.confident(matches) is not None:
            return []
        lead = matches[0]
        top = [m for m in matches if not m.type_conflict and (
            (self.accepts(m) and m.rank >= lead.rank - 0.02) or (m.matched == lead.matched and m.score >= 0.4))]
        if self.accepts(lead) and self._accessory_unnamed(lead, matches):  # the footprint or the tent it is for
            top = [lead] + [o for o in matches if o is not lead and o.exact_distinctive and _shared_word(o, lead)]
        elif self._named_otherwise(lead, matches):  # "the summit ul in 2 person?": Summit UL or the 2-Person?
            top = [lead] + [o for o in matches if o is not lead and self._counted_only(lead, o)]
        return top if len(top) > 1 else []



    def family(self, analysis: Analysis, limit: int | None = 4) -> tuple[int, list[Product]]:
        """Products that share every word said, when those are only common words or type nouns
        ("the snowboard", "hoodies", "yoga shorts"): how many, and the first few. (0, []) otherwise."""
        if not analysis.content:
            return 0, []
        ids: set[int] | None = None
        for w in analysis.content:
            if w.isdigit() or (w in SIZE_NAMES and w not in self.postings):
                continue  # "the -12 one", "dog bowl medium": a number or a size, not a kind
            forms = (w, *analysis.alts.get(w, ()))
            # "toys", "for men": what the listings file them under, or say they are for
            filed = {i for f in forms for i in (*self._kind_postings.get(f, ()), *self._described_postings.get(f, ()))}
            if any(self.postings.get(f) for f in forms) or filed:
                found = {i for f in forms for i in self.postings.get(f, ())} | filed
            elif w in TYPE_OF:
                found = set(self._by_type.get(TYPE_OF[w], ()))
            else:
                return 0, []  # a word no product name has: not a family question
            ids = found if ids is None else ids & found
        if analysis.types:
            typed = {i for t in analysis.types for i in self._by_type.get(t, ())}
            ids = (ids or set()) & typed
        # "iphone 15 pro case": "iphone" is an option value of other cases, not of the AirPods Pro case, so that
        # case is no member ("pro" alone would make it one); colours and size words keep their own readers
        for v in analysis.values:
            if v not in COLOURS and v not in SIZE_ADJECTIVES and ids:
                ids = {i for i in ids if v in self._value_stems[i] or v in self._kinds[i] or v in self._described[i]}
        if not ids:
            return 0, []
        ordered = sorted(ids)
        return len(ordered), [self.products[i] for i in (ordered if limit is None else ordered[:limit])]

    def match(self, text: str, limit: int = 5, min_score: float = 0.0) -> list[tuple[str, float]]:
        """(sku, score) of the products the text may name, best first (score 0..1)."""
        return [(m.product.sku, round(m.score, 4)) for m in self.match_details(text, limit) if m.score >= min_score]

    def best(self, text: str) -> str | None:
        """The SKU of the one product the text clearly names, or None (use this to act on a match)."""
        m = self.confident(self.match_details(text))
        return m.product.sku if m is not None else None
