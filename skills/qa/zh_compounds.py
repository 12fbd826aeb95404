"""How a dictionary word stands to the words of ours beside it: a kind of ours, a form of ours, or prose.

The CC-CEDICT fallback (``zh_fallback``) reads the Chinese our lexicon leaves unread, and it must never read
a word of ours out of the compound the viewer wrote (烘箱 is an oven, not a 箱 box). Three readings a shop
assistant makes of such compounds, with no word list:

- a *kind of* our word: a compound ending in a word of ours whose dictionary sense ends in that word's English
  (前灯 "headlight" of 灯 lamp / light, 尾灯 "tail light"). It is still that thing, so it is read as its parts
  (前 "front" + 灯 "light" meets a "Front Light"); when its modifier is a word the catalog does not use (尾
  "tail" of a "Rear Light"), the product must also be named by other words (the "Glow 100" said in English),
  never by the head alone (路灯 "street lamp" is not the shop's one desk lamp);
- a *form of* our type word: one character the dictionary reads right after a word of ours that names a kind of
  product the shop files (遮瑕 concealer + 液 "liquid", 面霜, 眼线液) says in what form it comes; it is part of
  that type word, never a second product (the "Liquid Eyeliner" beside the concealer) — unless its reading is
  itself a kind or a name's head noun in this shop (an "Oil" sold as such);
- *prose*: a word the dictionary reads only through the catalog's description prose (回来 "to return" meets
  "can only be returned unworn") is a fact a question may ask about a product named otherwise; it never names
  products, so a chat line ("刚骑完100公里回来看直播") never becomes a product list through it.
"""

from __future__ import annotations

from skills.qa import cedict, text
from skills.qa.matcher import Match
from skills.qa.text import stem, tokens

MIN_PREFIX = 3  # "headlight" is a kind of light (head + light); "delight" is not ("de")


def our_heads(word: str) -> set[str]:
    """Stems of the English head nouns a word of ours stands for (灯: lamp, light)."""
    seg = text.current_segmenter()
    gloss = seg.glosses.get(word)
    if not gloss:
        return set()
    out = {stem(tokens(gloss)[-1])} if tokens(gloss) else set()
    if word in text.ZH_ALTERNATES:
        head, others = text.ZH_ALTERNATES[word]
        out |= {head, *others}
    return out


def _plain_heads(word: str) -> set[str]:
    """Our head nouns as written and stemmed ("lamp", "light", "lights")."""
    return {h for h in our_heads(word) if h}


def kind_of(compound: str, ours: str) -> bool:
    """Is the dictionary word ``compound``, ending in our word ``ours``, a kind of it: one of its senses ends in
    one of our word's head nouns (前灯 "headlight", 尾灯 "tail light" of 灯 lamp / light)?"""
    if len(compound) <= len(ours) or not compound.endswith(ours):
        return False
    heads = _plain_heads(ours)
    if not heads:
        return False
    for phrase, _verb, _primary in cedict.readings(compound):
        last = phrase[-1]
        for head in heads:
            for form in (head, head + "s"):
                if last == form or (len(phrase) == 1 and last.endswith(form) and len(last) - len(form) >= MIN_PREFIX):
                    return True
    return False


def _kind_pieces(question: str) -> list[tuple[str, str]]:
    """(modifier, word of ours) of each kind-of compound whose modifier is left unread (尾 of 尾灯)."""
    seg = text.current_segmenter()
    if seg.fallback is None:
        return []
    pieces = [p for p in text.zh_pieces(question) if p.text]
    out = []
    for k in range(1, len(pieces)):
        before, piece = pieces[k - 1], pieces[k]
        if not piece.gloss or piece.text not in seg.words or before.gloss is not None or before.kept:
            continue
        edge = before.text.rstrip()
        if edge != before.text or not edge:
            continue
        for n in range(1, min(3, len(edge)) + 1):
            if kind_of(edge[-n:] + piece.text, piece.text):
                out.append((edge[-n:], piece.text))
                break
    return out


def head_only(question: str, best: Match | None) -> bool:
    """A kind-of compound with its modifier unread (尾灯: 尾 "tail", a word this catalog does not use): was the
    product named by its head noun alone? Then we do not know which kind of it was meant: ask."""
    if best is None:
        return False
    found = _kind_pieces(question)
    if not found:
        return False
    name = set(text.name_tokens(best.product.name))
    for _modifier, ours in found:
        heads = _plain_heads(ours)
        other = {t for t in best.matched if stem(t) not in heads and t not in heads} & name
        if not other:
            return True
    return False


def prose_words(question: str) -> set[str]:
    """Stems of the English words of the question's dictionary words read only through description prose
    (回来 "returned"): fact words, never product names."""
    seg = text.current_segmenter()
    reader = seg.fallback
    if reader is None or not hasattr(reader, "prose_only"):
        return set()
    return {stem(w) for p in text.zh_pieces(question) if p.gloss and p.text not in seg.words
            and reader.prose_only(p.text) for w in tokens(p.gloss)}
