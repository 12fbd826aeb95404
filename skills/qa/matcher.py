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
from collections import defaultdict
from dataclasses import dataclass, field

from bot.catalog import Catalog, Product
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

FUZZY_QUALITY = 0.8
SIZE_NAMES = frozenset({"small", "medium", "large", "xlarge", "xxlarge", "regular", "petite"})
# what a product comes in, not what it is: "a 10kg bag of the dog food", "2 bottles of X", "a box of"
CONTAINERS = frozenset({"bag", "pack", "box", "bottle", "can", "tin", "jar", "pouch", "case", "carton", "tub", "sachet",
                        "roll", "bundle", "packet"})
_QUANTITY = re.compile(r"\d+(?:\.\d+)?(?:kg|g|lb|oz|ml|l|ct|pc|pcs|x)?|a|an|one|two|three|four|five|six|ten|twelve|dozen")
# past this many products a word only re-scores candidates found through rarer words
COMMON_DF_CAP = 1000


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
    explained: bool = False  # a word said that only this product's listing has (tags, type, options), not its name
    head_missing: bool = False  # named by a Chinese word's modifier only, not by its head noun


@dataclass
class Analysis:
    """A chat line as the matcher sees it."""

    text: str  # english_view of the line
    words: list[str]  # all tokens
    content: list[str]  # tokens that may name a product (stems, no stop/colour/size words)
    types: set[int]  # product-type groups named in the line
    raw: dict[str, str] = field(default_factory=dict)  # content stem -> the word as typed
    alts: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a Chinese word's other English spellings
    # Chinese words glossed as several English words: (modifier stems, head noun stem); "手冲壶" is a kettle
    # for pour-over, never the pour-over dripper
    phrases: list[tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=list)  # (modifiers, heads)


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
            self._kinds.append(frozenset(cat_words | {stem(t) for tag in product.tags for t in tokens(english_view(tag))}))
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
        for k, w in enumerate(words):
            if stem(w) in CONTAINERS and (k > 0 and _QUANTITY.fullmatch(words[k - 1])
                                          or k + 1 < len(words) and words[k + 1] == "of"):
                continue  # "a 10kg bag", "bags of": the packaging, not the kind of product
            if has_cjk(w):
                if self.cjk_names:
                    content.extend(g for g in cjk_grams(w) if g in self.postings)
                continue
            glued = re.fullmatch(r"([a-z]{2,})(\d+)", w)
            if glued and w not in self.postings and glued.group(1) in self.postings:
                content.extend(glued.groups())  # "spf50", "iphone15": the name says "SPF 50", "iPhone 15"
                continue
            s = stem(w)
            if s in TYPE_OF:
                types.add(TYPE_OF[s])
            if (w in COLOURS or w in COLOUR_ALIASES) and s in self.postings:
                content.append(s)  # a colour that is part of product names ("Classic Tee - Black")
                continue
            if w in STOP or s in STOP or w in SIZE_WORDS or w in COLOURS or w in COLOUR_ALIASES:
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
        return Analysis(view, words, list(dict.fromkeys(content)), types, raw_of, alts, phrases)

    # ------------------------------------------------------------------ products
    def match_details(self, text: str | Analysis, limit: int = 5) -> list[Match]:
        """Best products for the text, best first, with the evidence behind each score."""
        analysis = text if isinstance(text, Analysis) else self.analyse(text)
        said_words = [(w, self.hits(w, analysis)) for w in analysis.content]
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
        if not acc:
            return []
        types = analysis.types
        weights, ptypes = self._name_weight, self._types

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
            kinds, own = self._own_words[i], self._product_tokens[i]
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
            # filed under ("treats": one name says it, two products are treats)
            distinct = [t for t in toks if self._spread(t) <= self.distinctive_df and t not in GENERIC_NAME_WORDS
                        and t not in TYPE_OF and len(self._kind_postings.get(t, ())) < 2]  # "serum": this shop's kind
            exact = [t for t in distinct if toks[t] >= self.idf[t] - 1e-9]
            unique = any(self._spread(t) == 1 and not t.isdigit() and len(t) >= 4 and t not in COLOURS
                         and t not in GENERIC_NAME_WORDS for t in exact)
            # a kind the shop does not stock at all ("a 1kg bag of the yirgacheffe" in a coffee shop) does
            # not veto a product named by a word only it has; a kind it stocks does ("yoga mats")
            conflict = bool(types) and not (types & (ptypes[i] | self._option_types[i])) \
                and not (unique and not types & self._by_type.keys())
            results.append(Match(self.products[i], min(1.0, name_cover(i)), set(toks), bool(distinct), bool(exact),
                                 conflict, unique, rank(i), min(1.0, acc[i] / said_for(i)), self._explains(i, said_words, analysis)))
        for m, i in zip(results, top, strict=True):
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
        best = matches[0]
        if not self.accepts(best):
            return None
        if len(matches) > 1:
            second = matches[1]
            if self.accepts(second) and (second.matched >= best.matched or second.rank >= best.rank - 0.02):
                return None
            if second.matched >= best.matched and not second.type_conflict \
                    and all(t in GENERIC_NAME_WORDS or t in TYPE_OF for t in best.matched):
                return None  # "sports bra": everyday words and a type noun that two of our names share
        return best

    def accepts(self, m: Match, allow_conflict: bool = False) -> bool:
        if m.head_missing:
            return False  # "手冲壶" (pour-over kettle) never names the pour-over dripper
        if m.type_conflict and not allow_conflict:
            return False  # "Hero jacket" when only a Hero Hoodie exists: not this product
        if m.exact_unique and m.score >= 0.15:
            return True  # a word only this product's name has, spelled exactly ("Deion", "Orion")
        if len(m.matched) >= 2 and m.query_cov >= 0.99 and m.score >= 0.5:
            return True  # two or more words, all said, most of the name: "compete track" (ties are caught later)
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
        return top if len(top) > 1 else []



    def family(self, analysis: Analysis, limit: int | None = 4) -> tuple[int, list[Product]]:
        """Products that share every word said, when those are only common words or type nouns
        ("the snowboard", "hoodies", "yoga shorts"): how many, and the first few. (0, []) otherwise."""
        if not analysis.content:
            return 0, []
        ids: set[int] | None = None
        for w in analysis.content:
            forms = (w, *analysis.alts.get(w, ()))
            # "toys", "for men": what the listings file them under, or say they are for
            filed = {i for f in forms for i in (*self._kind_postings.get(f, ()), *self._described_postings.get(f, ()))}
            if any(self.postings.get(f) for f in forms) or filed:
                found = {i for f in forms for i in self.postings.get(f, ())} | filed
            elif w in TYPE_OF:
                found = set(self._by_type.get(TYPE_OF[w], ()))
            elif w.isdigit() or w in SIZE_NAMES:
                continue  # "dog bowl medium": a size, not a kind
            else:
                return 0, []  # a word no product name has: not a family question
            ids = found if ids is None else ids & found
        if analysis.types:
            typed = {i for t in analysis.types for i in self._by_type.get(t, ())}
            ids = (ids or set()) & typed
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
