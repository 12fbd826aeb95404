"""A typo in each word of a multi-word product name ("ana tihgts" for "Anna Running Tights", "northwnd jackett" for
the "Northwind Fleece Jacket") names the product when together the words point at it clearly; real words one
letter from a name word ("woolen" / "Wooden", "cat" / "Cast", "honey" / "Phone") never become names.
The catalog is written here: a small sports-and-home shop."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.catalog import Catalog, Product, Variant
from skills.qa.engine import QAEngine
from skills.qa.name_typos import near_spelling

NAMES = ["Anna Running Tights", "Delta Running Tights", "Northwind Fleece Jacket", "Kestrel Rain Jacket",
         "Marlowe Wool Beanie", "Cast Iron Skillet", "Ceramic Skillet", "Wooden Puzzle Cube", "Phone Stand",
         "Sheet Pan", "Bellamy Canvas Tote", "Fieldcrest Thermal Bottle", "Fieldcrest Lunch Box",
         "Harrowgate Enamelled Cast Iron Dutch Oven", "Crème Brûlée Torch", "Crema Milk Frother"]


def _catalog() -> Catalog:
    products = []
    for k, name in enumerate(NAMES):
        sku = f"T{k:02d}"
        products.append(Product(sku=sku, name=name, price=Decimal(20 + k), currency="USD", description=f"Our {name.lower()}.",
                                variants=[Variant(sku=f"{sku}-S", options={"size": "S"}, stock=4),
                                          Variant(sku=f"{sku}-M", options={"size": "M"}, stock=0)]))
    return Catalog(products=products)


@pytest.fixture(scope="module")
def engine():
    return QAEngine(_catalog())


def named(engine, question: str) -> str | None:
    sku = engine.answer(question).sku
    if sku is None:
        return None
    found = engine.catalog.lookup(sku)
    return found[0].name if found else None


@pytest.mark.parametrize(("question", "name"), [
    ("ana tights price", "Anna Running Tights"),          # a double letter typed single in a short word
    ("ana tihgts price?", "Anna Running Tights"),         # ... and two letters swapped in the noun
    ("northwnd jackett how much", "Northwind Fleece Jacket"),  # a letter left out, a letter doubled
    ("kestrl jakcet price", "Kestrel Rain Jacket"),
    ("marrlowe beannie in stock?", "Marlowe Wool Beanie"),
    ("bellammy tote price", "Bellamy Canvas Tote"),
    ("harowgate ovenn price", "Harrowgate Enamelled Cast Iron Dutch Oven"),  # each typo cost a long name too much
])
def test_a_typo_in_each_word_names_the_product(engine, question, name):
    assert named(engine, question) == name, engine.answer(question).text


def test_the_stock_of_the_variant_asked(engine):
    text = engine.answer("ana tights in M still available?").text
    assert "Anna Running Tights" in text and "sold out" in text, text


def test_products_named_alike_ask_which(engine):
    text = engine.answer("feildcrest price").text  # typo or not, two Fieldcrest products: which one?
    assert "Fieldcrest Thermal Bottle" in text and "Fieldcrest Lunch Box" in text and "$" not in text, text
    text = engine.answer("fieldcrestt price").text
    assert "Fieldcrest Thermal Bottle" in text and "Fieldcrest Lunch Box" in text and "$" not in text, text


def test_a_name_word_shared_by_two_products_is_no_clear_reading(engine):
    # "marlowe" is one beanie; with a second Marlowe beanie "marrlowe beannie" points at two: ask which
    catalog = _catalog()
    catalog.products.append(Product(sku="T99", name="Marlowe Knit Beanie", price=Decimal(30), currency="USD",
                                    variants=[Variant(sku="T99-S", options={"size": "S"}, stock=2)]))
    catalog.reindex()
    two = QAEngine(catalog)
    text = two.answer("marrlowe beannie price").text
    assert "$" not in text and "Marlowe Wool Beanie" in text and "Marlowe Knit Beanie" in text, text


def test_no_reading_when_another_name_has_every_word(engine):
    # two Kasumi knives: "kasumi knife" is not clearly the short-named one, whatever the matcher's ranking
    catalog = _catalog()
    for sku, name in (("K1", "Kasumi Santoku Knife 17cm"), ("K2", "Kasumi VG-10 Damascus Chef's Knife")):
        catalog.products.append(Product(sku=sku, name=name, price=Decimal(100), currency="USD",
                                        variants=[Variant(sku=f"{sku}-1", options={}, stock=2)]))
    catalog.reindex()
    knives = QAEngine(catalog)
    text = knives.answer("kaasumi knfie price").text
    assert "$" not in text, text
    assert knives.matcher.spell("kaasumi santku price") == "kasumi santoku price"


@pytest.mark.parametrize("question", ["woolen cube price", "cat skillet price", "honey stand price",
                                      "sweet pan price", "new tights price", "ana price", "dalta price"])
def test_real_words_and_lone_short_words_stay_as_typed(engine, question):
    assert engine.matcher.spell(question) == question


def test_a_line_that_names_a_product_is_not_moved_to_another(engine):
    # "delta" names the Delta tights exactly: "ana" beside it must not make them the Anna tights
    assert named(engine, "delta tights ana price") != "Anna Running Tights"


def test_the_matcher_reads_the_typos_too(engine):
    assert engine.matcher.best("ana tihgts") == "T00"


def test_accents_are_not_needed(engine):
    # chat types "creme brulee" for the listing's "Crème Brûlée"
    assert named(engine, "creme brulee torch price") == "Crème Brûlée Torch"
    assert named(engine, "crème brûlée torch price") == "Crème Brûlée Torch"


@pytest.mark.parametrize(("said", "word", "near"), [
    ("ema", "emma", True), ("jossie", "josie", True), ("northfeld", "northfield", True), ("kasmui", "kasumi", True),
    ("jackrt", "jacket", True), ("jackdt", "jacket", False),  # "r" is beside "e" on the keyboard, "d" is not
    ("cat", "cast", False), ("fam", "foam", False), ("woolen", "wooden", False), ("silky", "silk", False),
    ("honey", "phone", False), ("ema", "ema", False), ("bra", "bras", False),
])
def test_near_spelling(said, word, near):
    assert near_spelling(said, word) is near
