"""Q&A on a phone & laptop accessories shop (Shopify export, fictional): device models a product is made for,
FAQ questions put without a leading question word, typos and run-together names, the Chinese a viewer uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.catalog import load_catalog
from skills.qa.engine import QAEngine
from skills.qa.faq import load_faq

DATA = Path(__file__).resolve().parent / "data" / "qa"


@pytest.fixture(scope="module")
def qa():
    return QAEngine(load_catalog(DATA / "gadget_shop.json", "AUD"), load_faq(DATA / "gadget_faq.yaml"))


def _no(text: str) -> bool:
    return text.startswith(("No", "没有", "Sorry")) and "Yes" not in text and "可以的" not in text


@pytest.mark.parametrize("question,pinned,model", [
    ("does the clear phone case come for iphone 13", None, "iPhone 13"),
    ("这个有iPhone 12的吗", "clear-phone-case", "iPhone 12"),
    ("is this for iphone 13", "clear-phone-case", "iPhone 13"),
    ("slim armour case for pixel 7?", None, "Pixel 7"),
    ("folio cover for tab s8?", None, "S8"),
])
def test_a_model_the_product_is_not_made_for_is_a_clear_no(qa, question, pinned, model):
    a = qa.answer(question, pinned_sku=pinned)
    assert _no(a.text) and model in a.text, a.text


def test_a_model_it_is_made_for_is_still_found(qa):
    a = qa.answer("clear phone case iphone 15 pro price")
    assert "29" in a.text and "15 Pro" in a.text
    assert qa.answer("slim armour case pixel 8 pro in stock?").text.startswith("Yes")


@pytest.mark.parametrize("question", ["free delivery from what amount", "free shipping over how much"])
def test_faq_asked_with_the_question_word_last(qa, question):
    a = qa.answer(question)
    assert a.intent == "faq" and "$80" in a.text


def test_a_remark_with_what_inside_stays_a_remark(qa):
    assert qa.answer("i really love what you sell").intent == "chitchat"


@pytest.mark.parametrize("question,price", [
    ("how much is the 45w charger", "49"),              # "45w": the name indexes the number, "W" is its unit
    ("pric of the 4in1 wirless charging dock", "99"),    # typos, and "4in1" is the name's "4-in-1"
    ("4 in 1 charging dock price", "99"),
])
def test_wattage_and_n_in_1_names(qa, question, price):
    a = qa.answer(question)
    assert a.intent == "price" and f"A${price}" in a.text, a.text


def test_what_types_asks_the_values(qa):
    a = qa.answer("what plug types does the 45w charger come in")
    assert all(v in a.text for v in ("EU", "UK", "US")), a.text


def test_a_colour_only_one_candidate_has_picks_it(qa):
    a = qa.answer("mint power bank still available?")
    assert a.sku == "G9005-MINT" and "sold out" in a.text
    # a plain black is no pick: the power bank with no colour option may be black too
    assert qa.answer("black power bank price").intent == "unknown"


@pytest.mark.parametrize("question,sku", [
    ("磁吸钱包有什么颜色", "magsafe-card-wallet"),             # magnetic wallet
    ("透明壳多少钱", "clear-phone-case"),                      # clear case
    ("氮化镓充电器多少钱", "45w-travel-charger"),              # GaN charger
    ("蓝牙键盘多少钱", "compact-bluetooth-keyboard"),
    ("防丢器多少钱", "bluetooth-key-finder"),                  # item tracker
    ("车载手机支架多少钱", "dashboard-phone-mount"),
    ("钢化膜多少钱", "tempered-glass-screen-protector"),
    ("表带有哪些尺寸", "fitness-watch-strap"),                 # 表带 is a strap or band, not a part of a watch
])
def test_chinese_accessory_words(qa, question, sku):
    a = qa.answer(question)
    assert a.sku == sku and a.lang == "zh", a.text


def test_chinese_length_and_braided_cable(qa):
    a = qa.answer("红色的2米编织线还有货吗")  # 2米 is the 2m value; 编织线 a braided cable
    assert a.sku == "G9007-2M-RED" and "售罄" in a.text


def test_chinese_what_sizes_lists_the_size_option(qa):
    a = qa.answer("电脑内胆包有什么尺寸")
    assert '13"' in a.text and '15"' in a.text


def test_a_device_word_other_products_are_sold_for_is_no_name_word(qa):
    # "iphone 14 pro": never the earbuds or any product matched by "pro" alone
    a = qa.answer("iphone 14 pro in stock?")
    assert a.sku is None and not a.text.startswith("Yes")


def test_a_bare_number_after_the_word_the_names_measure_follows():
    # "travel charger 65?" of "45W Travel Charger" has no such word order; a name like "Charger 45W" does
    from bot.catalog import Catalog, Product
    shop = Catalog([Product(sku="pk", name="Summit Pack 45L", price=__import__("decimal").Decimal("99"),
                            currency="AUD")])
    qa = QAEngine(shop)
    a = qa.answer("summit pack 55 in stock?")
    assert a.text.startswith("No") and "55l" in a.text, a.text
    assert "99" in qa.answer("summit pack 45 price").text


def test_does_it_fit_a_model_is_the_model_value(qa):
    no = qa.answer("does the slim armour case fit pixel 7?")
    assert no.text.startswith("No") and "Pixel 7" in no.text, no.text
    yes = qa.answer("does the slim armour case fit pixel 8 pro?")
    assert yes.text.startswith("Yes") and "Pixel 8 Pro" in yes.text, yes.text


def test_glued_models_and_a_model_alone_of_the_pinned_product(qa):
    assert qa.answer("clear phone case iphone13 in stock?").text.startswith("No")
    assert "15 Pro" in qa.answer("clear phone case iphone15 pro price").text
    on_screen = qa.answer("iphone 14?", pinned_sku="clear-phone-case")  # only model words: the case on screen
    assert on_screen.sku == "G9010-IPHONE14" and on_screen.text.startswith("Yes"), on_screen.text
    assert qa.answer("iphone 12 pro?", pinned_sku="clear-phone-case").text.startswith("No")


def test_chinese_shade_names(qa):
    a = qa.answer("表带42mm珊瑚色还有吗")  # 珊瑚色 is the listing's "Coral"
    assert a.sku == "G9008-42MM-CORAL" and "珊瑚色" in a.text, a.text
    assert "棕色" in qa.answer("磁吸钱包有什么颜色").text  # a generic colour stays as it was


def test_inch_values_and_names_with_numbers_are_no_models(qa):
    assert qa.answer("felt laptop sleeve 13 inch?").sku == "G9014-13"
    no = qa.answer("felt laptop sleeve 14 inch?")  # sizes 13" and 15": a clear no, never "Sleeve 14" as a model
    assert no.text.startswith("No") and "14 inch" in no.text, no.text
