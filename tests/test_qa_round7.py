"""Round 7 capabilities: letter sizes (UK ring sizes A-Z) asked and not offered get a clear "no";
yes/no FAQ questions lead with a yes/no decided by the answering sentence; "discount cod" is a code.
Catalog: tests/data/qa/ring_shop.json + ring_faq.yaml, a made-up ring shop written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.catalog import load_catalog
from skills.qa.engine import QAEngine
from skills.qa.faq import load_faq

DATA = Path(__file__).resolve().parent / "data" / "qa"


@pytest.fixture(scope="module")
def engine():
    return QAEngine(load_catalog(DATA / "ring_shop.json", "GBP"), load_faq(DATA / "ring_faq.yaml"))


def ask(engine, question: str) -> str:
    return engine.answer(question).text


@pytest.mark.parametrize("question", ["does the ember signet come in size R", "ember signet ring in R?",
                                      "ember signet ring R码有吗"])
def test_letter_size_not_offered_is_a_no(engine, question):
    text = ask(engine, question)
    assert text.startswith(("No", "没有")), text
    assert "F" in text and "H" in text and "K" in text


def test_letter_size_offered_is_picked(engine):
    assert "Size H" in ask(engine, "ember signet ring in H?")
    text = ask(engine, "marlow band in size g gold price")
    assert "120" in text and "doesn't" not in text


def test_ordinary_one_letter_words_are_no_sizes(engine):
    for question in ("can I get the marlow band in a", "does the marlow band come in a size?"):
        assert not ask(engine, question).startswith("No"), question


def test_apparel_letter_sizes_unchanged(engine):
    assert ask(engine, "forge logo tee in XL?").startswith("No")
    assert "L is available" in ask(engine, "forge logo tee size L")


@pytest.mark.parametrize("question", ["discount cod?", "any discount cod for live viewers", "promo cod pls"])
def test_cod_next_to_a_discount_word_is_a_code(engine, question):
    assert "FORGE15" in ask(engine, question)


@pytest.mark.parametrize("question", ["do you do cod", "is cod available on sale items",
                                      "can I pay cod with a discount code"])
def test_cod_alone_is_cash_on_delivery(engine, question):
    text = ask(engine, question)
    assert "COD" in text and "FORGE15" not in text, text


@pytest.mark.parametrize("question", ["定制刻字的戒指可以退货吗", "刻字的可以退吗", "can I return an engraved ring?",
                                      "are personalised rings refundable?"])
def test_yes_no_faq_question_leads_with_the_answering_sentences_no(engine, question):
    text = ask(engine, question)
    assert text.startswith(("No", "不")), text
    assert "engraved" in text


def test_yes_no_faq_question_answered_yes_by_its_sentence(engine):
    text = ask(engine, "can I return unused pieces?")
    assert text.startswith("Yes") and "14 days" in text


def test_no_verdict_when_no_sentence_alone_answers(engine):
    text = ask(engine, "can I return it?")  # both sentences are about returns: quoted, no yes/no guessed
    assert not text.startswith(("Yes", "No")), text
    assert "14 days" in text and "cannot" in text
