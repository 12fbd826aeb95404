"""Option values written in two languages ("Less Sweet 少糖", "Original 原味"), said by either half.

A bilingual shop writes each value in English and Chinese. A viewer says one half: "港式奶茶有少糖的吗" (is there
a less-sugar one?) asks for the value "Less Sweet 少糖", though our Chinese reading cuts 少糖 into 少 + 糖 (sugar).
So a Chinese run of a value said whole names that value: its characters are the product's own words (never
"unread Chinese beside the name"), and the English they read as ("sugar") asks nothing about the listing.
"""

from __future__ import annotations

import re

from bot.catalog import Product
from skills.qa.text import english_view, fold, stem, tokens

_CJK_RUN = re.compile(r"[\u3400-\u9fff]{2,}")


def value_runs(product: Product) -> set[str]:
    """The Chinese runs of the product's option values ("少糖", "原味")."""
    return {run for v in product.variants for val in v.options.values() for run in _CJK_RUN.findall(fold(val))}


def said_glosses(product: Product, question: str) -> set[str]:
    """The English reading (words and stems) of each value's Chinese run said whole in the question."""
    q = fold(question)
    runs = {run for run in value_runs(product) if run in q}
    return {form for run in runs for t in tokens(english_view(run)) for form in (t, stem(t))}


def in_said_value(product: Product, question: str, text: str) -> bool:
    """Is ``text`` (Chinese characters of the question) part of a value's Chinese run said whole there?"""
    q = fold(question)
    return bool(text) and any(text in run and run in q for run in value_runs(product))
