"""Turn stream figures into a chat-sized digest (template, or an LLM paragraph that adds no numbers)."""

from __future__ import annotations

import re
from typing import Any

from bot.catalog import Catalog
from skills.insights.queries import StreamFigures

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
ACTION_WORDS = {"delete": "deleted", "timeout": "timed out", "ban": "banned", "warn": "warned", "unban": "pardoned"}


def _name(catalog: Catalog, sku: str) -> str:
    product = catalog.product(sku)
    return product.name if product else sku


def _trend(figures: StreamFigures) -> str:
    first, second = figures.mood_halves
    if second - first > 0.1:
        return "rising"
    if first - second > 0.1:
        return "falling"
    return "steady"


def format_digest(figures: StreamFigures, catalog: Catalog, minutes: float) -> str:
    parts = [f"Last {minutes:g} min: {figures.messages} msgs, {figures.questions} questions."]
    if figures.asked_products:
        asked = ", ".join(f"{_name(catalog, sku)} ({n})" for sku, n in figures.asked_products)
        parts.append(f"Most asked: {asked}.")
    if figures.unanswered:
        open_q = "; ".join(f"\"{_clip(text)}\" x{n}" for text, n in figures.unanswered)
        parts.append(f"Unanswered: {open_q}.")
    total = sum(figures.sentiment.values())
    if total:
        pos = round(100 * figures.sentiment["positive"] / total)
        neg = round(100 * figures.sentiment["negative"] / total)
        parts.append(f"Mood: {pos}% positive, {neg}% negative, {_trend(figures)}.")
    if figures.moderation:
        mod = ", ".join(f"{n} {ACTION_WORDS.get(a, a)}" for a, n in sorted(figures.moderation.items()))
        parts.append(f"Moderation: {mod}.")
    else:
        parts.append("Moderation: nothing needed.")
    return " ".join(parts)


def _clip(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def figures_facts(figures: StreamFigures, catalog: Catalog, minutes: float) -> dict[str, Any]:
    return {
        "minutes": minutes, "messages": figures.messages, "questions": figures.questions,
        "most_asked": [{"product": _name(catalog, s), "questions": n} for s, n in figures.asked_products],
        "unanswered": [{"question": _clip(t), "times": n} for t, n in figures.unanswered],
        "sentiment": dict(figures.sentiment), "mood_trend": _trend(figures),
        "moderation": dict(figures.moderation),
    }


def numbers_grounded(text: str, facts_text: str) -> bool:
    """Every number the summary writes must appear among the figures it was given."""
    allowed = {n.replace(",", "") for n in _NUMBER.findall(facts_text)}
    return all(n.replace(",", "") in allowed for n in _NUMBER.findall(text))
