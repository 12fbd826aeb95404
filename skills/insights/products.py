"""Which catalog product a chat message is about.

Uses the Q&A skill's matcher when that skill is installed (one matcher for the whole bot);
otherwise a plain name-word match, so insights also work on their own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from bot.core import BotCore

_WORD = re.compile(r"[a-z0-9]+")


class ProductFinder:
    def __init__(self, bot: BotCore) -> None:
        self.bot = bot
        self._catalog_id: int | None = None
        self._matcher = None
        self._index: dict[str, set[str]] = {}

    def _refresh(self) -> None:
        catalog = self.bot.catalog
        if id(catalog) == self._catalog_id:
            return
        self._catalog_id = id(catalog)
        try:
            from skills.qa.matcher import ProductMatcher
        except ImportError:
            self._matcher = None
        else:
            self._matcher = ProductMatcher(catalog)
        self._index = {}
        for product in catalog.products:
            for word in _WORD.findall(product.name.lower()):
                if len(word) >= 4:
                    self._index.setdefault(word, set()).add(product.sku)

    def find(self, text: str) -> str | None:
        self._refresh()
        if self._matcher is not None:
            hits = self._matcher.match(text)
            return hits[0][0] if hits else None
        votes: dict[str, int] = {}
        for word in set(_WORD.findall(text.lower())):
            skus = self._index.get(word, ())
            if len(skus) == 1:  # a word naming one product only (e.g. a model name)
                sku = next(iter(skus))
                votes[sku] = votes.get(sku, 0) + 1
        return max(votes, key=votes.get) if votes else None  # type: ignore[arg-type]
