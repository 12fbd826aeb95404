"""A question about a listing fact of one variant: "does the 12-piece kit include a drill?", "is the max lantern
splash resistant?". Naming a variant does not make it a stock question: when the listing has a line with the
words asked, the answer comes from the listing, read for that variant (scoped_facts).

When the only lines with those words are scoped to other values ("24-piece kit includes: ..., cordless drill"),
a shop assistant neither says yes nor pretends the listing is silent: they show the asked variant's own line next
to the line that has it, each labelled by its value, and let the viewer see the difference. Never a flat yes/no.
"""

from __future__ import annotations

import re

from bot.catalog import Product
from skills.qa import scoped_facts as S
from skills.qa.bilingual_values import said_glosses
from skills.qa.facts import GENERIC, all_fact_lines, key_pattern
from skills.qa.intent import read_shape
from skills.qa.text import fold, stem, tokens


def _option_words(product: Product) -> set[str]:
    """Words of the option values and of the option names ("EF nib" of the option "nib size" names a variant)."""
    said = [val for v in product.variants for val in v.options.values()] + product.option_names()
    return {form for text in said for t in tokens(fold(text)) for form in (t, stem(t))}


def _names_all(line: str, words: list[str]) -> bool:
    low = fold(line)
    return all(re.search(key_pattern(w), low) for w in words)


def fact_words(product: Product, leftover: list[str], question: str = "") -> list[str]:
    """The words asked about beside the variant (no option values, numbers or generic words), when some listing
    line, of any variant, names them all; [] otherwise (then the question is about stock, as before)."""
    own = _option_words(product) | (said_glosses(product, question) if question else set())  # "少糖"
    words = [w for w in leftover if fold(w) not in own and stem(fold(w)) not in own and not w.isdigit()
             and fold(w) not in GENERIC]
    lines = all_fact_lines(product)
    # "how many people does the 5.2L serve": "people" is in no line, "serve" is ("5.2L serves 5-6")
    words = [w for w in words if any(_names_all(line, [w]) for line in lines)]
    if not words or not any(_names_all(line, words) for line in lines):
        return []
    return words


def asks_stock(question: str, stock: bool) -> bool:
    """A stock question by more than "how many" ("how many people does it serve" asks a listing fact)."""
    return stock and read_shape(re.sub(r"\bhow many\b", " ", fold(question))).stock


def other_values_fact(product: Product, words: list[str]) -> str | None:
    """With a variant asked: None when a line the answer may quote names the words (the usual reading answers);
    else the asked variant's own line beside the other variants' lines that name them, each labelled."""
    every = all_fact_lines(product)
    visible = S.visible(product, every)
    if any(_names_all(line, words) for line in visible):
        return None
    elsewhere = [line for line in every if line.scope and line not in visible and _names_all(line, words)]
    elsewhere = [line for k, line in enumerate(elsewhere) if fold(line) not in {fold(x) for x in elsewhere[:k]}]
    if not elsewhere:
        return None
    options = {o for line in elsewhere for o in line.scope}
    own = [line for line in visible if set(line.scope) & options]
    first = elsewhere[0]
    shown = [max(own, key=lambda x: len({stem(t) for t in tokens(fold(x))} & {stem(t) for t in tokens(fold(first))}))]\
        if own else []
    lines = shown + elsewhere
    return " ".join(x if x.rstrip().endswith((".", "!", "?", "。")) else f"{x}." for x in lines).rstrip(". ")
