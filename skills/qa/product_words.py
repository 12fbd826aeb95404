"""A product's own words: what its listing says (kind, option values, every listing word), the content words
of a question, and which words of a question name the product (so they are not read as what is asked)."""

from __future__ import annotations

import re

from bot.catalog import Product
from skills.qa import facts as F
from skills.qa.matcher import ProductMatcher
from skills.qa.text import STOP, TYPE_OF, english_view, fold, has_cjk, name_tokens, stem, tokens, zh_pieces


def kind_words(p: Product) -> set[str]:
    return {stem(w) for w in tokens(fold(f"{p.category} {p.attributes.get('type', '')}"))}


def option_words(p: Product) -> set[str]:
    return {stem(t) for v in p.variants for val in v.options.values() for t in tokens(fold(val))}


def listing_words(p: Product) -> set[str]:
    return {form for w in tokens(fold(" ".join([p.name, p.category, p.description, *map(str, p.features), *p.tags,
                                                *(str(v) for v in p.attributes.values()),
                                                *(val for var in p.variants for val in var.options.values())])))
            for form in (w, stem(w), F.word_base(w))}


def content_words(text: str) -> list[str]:
    return [w for w in tokens(english_view(text)) if w not in STOP and stem(w) not in STOP and len(w) > 2
            and not w.isdigit() and not re.search(r"[\u3400-\u9fff]", w)]


def strip_name(question: str, p: Product | None) -> str:
    if p is None:
        return question
    out = question
    for word in sorted(set(re.findall(r"[A-Za-z0-9]+", p.name)), key=len, reverse=True):
        if len(word) > 2:
            out = re.sub(r"(?i)(?<![a-z0-9])" + re.escape(word) + r"(?![a-z0-9])", " ", out)
    for run in re.findall(r"[\u3400-\u9fff]{2,}", p.name):  # Chinese product names
        out = out.replace(run, " ")
    if has_cjk(out):  # Chinese words that say the name in English ("礼品卡" of "... Gift Card")
        own = set(name_tokens(p.name))
        kept, at = [], 0
        same_length = len(fold(out)) == len(out)  # then the pieces index the text as typed (case kept)
        for piece in zh_pieces(out):  # rebuilt piece by piece: 碗 of the name is not the 碗 of 洗碗机
            said = {stem(w) for w in tokens(piece.gloss or "")}
            typed = out[at:at + len(piece.text)] if same_length else piece.text
            kept.append(" " if said and said <= own else typed)
            at += len(piece.text)
        out = "".join(kept)
    return out


def names_product(matcher: ProductMatcher, word: str, p: Product, listing: bool = False) -> bool:
    """Is this word (a misspelt) part of the product's name or a type noun ("hoody", "pants")? With
    ``listing``, a word of its tags/handle counts too ("wellies" of the Wellington Boots)."""
    s = stem(word)
    if s in TYPE_OF or word in p.name.lower():
        return True
    own = set(name_tokens(p.name))
    if any(tok in own for tok, _q in matcher.lookup_word(s, word)):
        return True
    return listing and any(p in (matcher.products[i] for i in matcher.listing_postings[tok])
                           for tok, _q in matcher.lookup_listing(s, word))
