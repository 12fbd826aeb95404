"""The FAQ entry a question names by its own words, when no policy concept does: "if i crash my helmet do i get
anything" is the entry "Do you have a crash replacement policy for helmets?".

The concept lists (faq.py) cover what every shop has (shipping, returns, payment ...); each shop adds policies of
its own kind (crash replacement, tyre fitting, plant guarantees, engraving). A shop assistant who hears the words
of one of those policies' questions thinks of it. So: the question's words are weighed against each entry's own
question (and id) and, less, its answer, a word by how few entries use it; the entry is taken only when its
question shares two of the asker's words, one of them no product name has (the policy's own word, not just
"helmet"), more of them than any other entry's question shares, and it leads the weighing clearly. Anything less stays "not a policy question".
"""

from __future__ import annotations

import math
import re

from bot.catalog import Product
from skills.qa.facts import GENERIC, word_base
from skills.qa.faq import FaqEntry, FaqHit
from skills.qa.text import STOP, fold, name_tokens, stem, tokens

# words that ask, not say what about ("do i get anything", "what happens if")
_ASKING = frozenset(["anything", "something", "happen", "happens", "happened", "what", "get", "got", "any", "thing",
                     "things", "stuff", "there", "policy", "question", "know", "want", "wanted", "like", "would"])


def _bases(text: str) -> set[str]:
    return {word_base(stem(w)) for w in tokens(fold(text))
            if len(w) > 2 and w not in STOP and w not in GENERIC and w not in _ASKING and not w.isdigit()}


class FaqByWords:
    """Built once per catalog and FAQ: the entries' words and the words product names use."""

    def __init__(self, entries: list[FaqEntry], products: list[Product], margin: float = 1.0) -> None:
        self.entries = entries
        self.margin = margin
        self.heads = [_bases(f"{e.question} {re.sub(r'[-_]', ' ', e.id)}") for e in entries]
        self.bodies = [_bases(e.answer) for e in entries]
        self.name_words = {word_base(stem(t)) for p in products for t in name_tokens(p.name)}

    def find(self, question: str) -> FaqHit | None:
        """The one entry whose own question the asker's words name, or None."""
        asked = _bases(question)
        if len(asked) < 2 or not self.entries:
            return None
        pairs = list(zip(self.heads, self.bodies, strict=True))
        df = {w: sum(w in h or w in b for h, b in pairs) for w in asked}
        idf = {w: math.log((1 + len(self.entries)) / (1 + df[w])) + 0.1 for w in asked}
        scored = []
        for e, (head, body) in zip(self.entries, pairs, strict=True):
            in_head = asked & head
            score = sum(2 * idf[w] for w in in_head) + sum(idf[w] for w in (asked & body) - in_head)
            scored.append((score, in_head, e))
        scored.sort(key=lambda x: (-x[0], -len(x[1])))
        best_score, in_head, entry = scored[0]
        second = scored[1][0] if len(scored) > 1 else 0.0
        most_others = max((len(x[1]) for x in scored[1:]), default=0)
        own = [w for w in in_head if w not in self.name_words]  # the policy's own word, not only "helmet"
        # its own question says more of the asker's words than any other entry's does, and it leads clearly
        if len(in_head) < 2 or len(in_head) <= most_others or not own or best_score < second + self.margin:
            return None
        return FaqHit(entry, best_score, None, None, False)
