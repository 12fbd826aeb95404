"""What the Q&A engine hands back: the reply text and what it was about. Its own module so the engine's
parts (comparisons, FAQ, "no product") can build one without importing the engine."""

from __future__ import annotations

from dataclasses import dataclass, field

from skills.qa.render import join, say


@dataclass
class Answer:
    text: str
    sku: str | None = None
    intent: str = "unknown"
    lang: str = "en"
    confident: bool = False  # a clear product/FAQ question (passive mode answers only these)
    key: str = ""  # what was asked, for de-duplicating a burst of the same question
    products: list[str] = field(default_factory=list)  # product SKUs the question was about


def not_found(lang: str) -> Answer:
    """"We may not carry it": the words name nothing we sell."""
    return Answer(say("not_found", lang), None, "unknown", lang, False, "not_found")


def which_product(lang: str, key: str = "not_found") -> Answer:
    """"Which product do you mean?": what was said is not enough to pick one."""
    return Answer(say("which_product", lang), None, "unknown", lang, False, key)


def which_one(names: list[str], lang: str) -> Answer:
    """"Not sure which one you mean: A or B?"."""
    return Answer(say("which_one", lang, names=join(names, lang, "or")), None, "unknown", lang, False, "which")
