"""What the Q&A engine hands back: the reply text and what it was about. Its own module so the engine's
parts (comparisons, FAQ, "no product") can build one without importing the engine."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Answer:
    text: str
    sku: str | None = None
    intent: str = "unknown"
    lang: str = "en"
    confident: bool = False  # a clear product/FAQ question (passive mode answers only these)
    key: str = ""  # what was asked, for de-duplicating a burst of the same question
    products: list[str] = field(default_factory=list)  # product SKUs the question was about
