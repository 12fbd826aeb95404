"""General Q&A capabilities on a second, differently shaped Shopify shop (spices, not apparel):
option values by unit and phrasing, sale prices, per-option comparisons, polar stock questions,
facts phrased unlike the question, FAQ by meaning, typos and Chinese references."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.catalog import load_catalog
from skills.qa.engine import QAEngine
from skills.qa.faq import load_faq

DATA = Path(__file__).resolve().parent / "data" / "qa"


@pytest.fixture(scope="module")
def engine():
    catalog = load_catalog(DATA / "spice_shop.json", "EUR")
    return QAEngine(catalog, load_faq(DATA / "spice_faq.yaml"))


def ask(engine, question: str) -> str:
    return engine.answer(question).text


def test_sold_out_question_answered_with_its_polarity(engine):
    text = ask(engine, "is the saffron sold out?")
    assert text.startswith("No,") and "in stock" in text and "sold out" not in text
    text = ask(engine, "is the spice tin set in matte black out of stock")
    assert text.startswith("Yes,") or "sold out" in text
