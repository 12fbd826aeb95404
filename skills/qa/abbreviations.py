"""Option values said in short: "choc fudge" for "Chocolate Fudge", "van bean" for "Vanilla Bean".

Chat shortens long value words by cutting their end. A word is read as the value word it begins when
(1) no product's name, tags or listing uses the word as typed, (2) exactly one value word anywhere in the
catalog begins with it, and (3) a word said beside it is another word of a value that has the long form,
so the pair names that value ("choc fudge" -> "Chocolate Fudge"). A cut word alone ("choc?") is left as
typed: too many everyday words begin other words.
"""

from __future__ import annotations

import re

from bot.catalog import Product
from skills.qa import options as O
from skills.qa.text import STOP, fold, tokens

_WORD = re.compile(r"[A-Za-z]+")


class Abbreviations:
    def __init__(self, products: list[Product], known: set[str]) -> None:
        self.known = known  # every word of names and listings: never re-read
        self.value_words: set[str] = set()
        self.phrases: list[list[str]] = []  # each value's words
        for p in products:
            for name in p.option_names():
                for value in O.values_of(p, name):
                    words = [w for w in tokens(fold(value)) if w.isalpha()]
                    if len(words) >= 2:
                        self.phrases.append(words)
                    self.value_words.update(w for w in words if len(w) >= 5)

    def expand(self, text: str) -> str:
        folded = fold(text)
        said = [m.group(0) for m in _WORD.finditer(folded)]
        out = text
        for i, word in enumerate(said):
            if len(word) < 4 or word in STOP or word in self.known or word in self.value_words:
                continue
            longer = {w for w in self.value_words if w.startswith(word) and len(w) > len(word) + 1}
            if len(longer) != 1:
                continue
            full = longer.pop()
            beside = {said[j] for j in (i - 1, i + 1) if 0 <= j < len(said)}
            if any(full in ph and beside & (set(ph) - {full}) for ph in self.phrases):
                out = re.sub(r"(?<![A-Za-z])" + re.escape(word) + r"(?![A-Za-z])", full, out, count=1, flags=re.I)
        return out
