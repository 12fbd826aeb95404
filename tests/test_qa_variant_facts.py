"""Fact lines scoped to one option value ("12-piece kit includes: ...", "Large: 35 x 35 cm", "The 1L model weighs
0.9 kg"): quoted only for that value; with no value asked, every value's line, labelled, and no flat yes/no.
The catalog is a small Shopify export written here (a lantern, a tool kit, a planter, a kettle, a lamp)."""

from __future__ import annotations

import json

import pytest

from bot.catalog import load_catalog
from skills.qa import facts as F
from skills.qa import scoped_facts as S
from skills.qa.engine import QAEngine


def _product(pid: int, title: str, option: str, values: list[str], body: str) -> dict:
    variants = [{"id": pid * 100 + j, "title": v, "sku": f"P{pid}-{j}", "price": f"{20 + 10 * j}.00", "option1": v,
                 "available": True, "inventory_quantity": 5, "inventory_management": "shopify"}
                for j, v in enumerate(values)]
    return {"id": pid, "title": title, "handle": title.lower().replace(" ", "-"), "body_html": body, "vendor": "Test",
            "product_type": "Home", "tags": [], "options": [{"name": option, "position": 1, "values": values}],
            "variants": variants}


PRODUCTS = [
    _product(1, "Alder Camping Lantern", "Model", ["Mini", "Max"],
             "<p>A rechargeable LED lantern for the tent.</p><ul><li>Mini: 200 lumens, runs 12 hours</li>"
             "<li>Max: 600 lumens, runs 30 hours</li><li>IPX4 splash resistant</li></ul>"),
    _product(2, "Fenwick Tool Kit", "Kit", ["12-piece", "24-piece"],
             "<p>Everything for small repairs, in a moulded case.</p>"
             "<p><strong>12-piece kit includes:</strong> claw hammer, tape measure, screwdriver set with 6 bits.</p>"
             "<p><strong>24-piece kit includes:</strong> claw hammer, tape measure, screwdriver set with 12 bits, "
             "cordless drill, spirit level.</p>"),
    _product(3, "Birch Fibre Clay Planter", "Size", ["Small", "Large"],
             "<ul><li>Small: 20 x 20 x 18 cm</li><li>Large: 35 x 35 x 30 cm</li><li>Frost-resistant fibre clay</li></ul>"),
    _product(4, "Harbor Electric Kettle", "Capacity", ["1L", "1.7L"],
             "<p>Brushed steel kettle with a hidden element. The 1L model weighs 0.9 kg. The 1.7L model weighs 1.3 kg."
             "</p><ul><li>Auto shut-off</li></ul>"),
    _product(5, "Quill Desk Lamp", "Finish", ["Matte Black", "Brass"],
             "<ul><li>Matte Black finish is powder-coated steel</li><li>Brass finish is solid lacquered brass</li>"
             "<li>Black fabric cord, 1.8 m</li></ul>"),
    _product(6, "Rowan Serving Bowl", "Size", ["20cm", "28cm"],
             "<ul><li>Stoneware, glazed inside and out</li><li>20cm holds 1.2 L; 28cm holds 3 L.</li>"
             "<li>Dishwasher safe. The 28cm has two handles.</li></ul>"),
    _product(8, "Drifter Camping Hammock", "Size", ["Single", "Double"],
             "<ul><li>Single holds up to 120 kg</li><li>Double holds up to 200 kg</li><li>Parachute nylon</li></ul>"),
    _product(7, "Teak Knife Set", "Set", ["3-piece", "5-piece"],
             "<ul><li>3-piece: chef's knife, bread knife, paring knife</li>"
             "<li>5-piece: adds a santoku and kitchen shears</li></ul>"),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    path = tmp_path_factory.mktemp("scoped") / "products.json"
    path.write_text(json.dumps({"products": PRODUCTS}), encoding="utf-8")
    return QAEngine(load_catalog(path, "USD"))


def ask(engine, question: str, pinned: str | None = None) -> str:
    return engine.answer(question, pinned_sku=pinned).text


def product(engine, name: str):
    return next(p for p in engine.catalog.products if p.name == name)


def test_lines_know_the_value_they_are_about(engine):
    kit = {str(x): x.scope for x in F.all_fact_lines(product(engine, "Fenwick Tool Kit"))}
    assert kit["12-piece kit includes: claw hammer, tape measure, screwdriver set with 6 bits."] == {"Kit": "12-piece"}
    assert any(s == {"Kit": "24-piece"} for line, s in kit.items() if "cordless drill" in line)
    assert kit["Everything for small repairs, in a moulded case."] == {}
    lamp = {str(x): x.scope for x in F.all_fact_lines(product(engine, "Quill Desk Lamp"))}
    assert lamp["Matte Black finish is powder-coated steel"] == {"Finish": "Matte Black"}
    assert lamp["Black fabric cord, 1.8 m"] == {}  # a cord that is black, not the Matte Black lamp


def test_a_line_with_two_values_facts_is_split(engine):
    bowl = [(str(x), x.scope) for x in F.all_fact_lines(product(engine, "Rowan Serving Bowl"))]
    assert ("20cm holds 1.2 L", {"Size": "20cm"}) in bowl
    assert ("28cm holds 3 L.", {"Size": "28cm"}) in bowl
    assert ("Dishwasher safe.", {}) in bowl and ("The 28cm has two handles.", {"Size": "28cm"}) in bowl
    assert not ask(engine, "does the 20cm rowan bowl have handles?").startswith("Yes")
    assert ask(engine, "is the 20cm rowan bowl dishwasher safe?").startswith("Yes")


def test_the_asked_value_never_gets_another_values_line(engine):
    text = ask(engine, "whats in the 12 piece fenwick tool kit")  # the longer 24-piece line used to win here
    assert "12-piece kit includes" in text and "cordless drill" not in text and "24-piece" not in text, text
    text = ask(engine, "does the 12 piece fenwick tool kit have a claw hammer")
    assert text.startswith("Yes") and "12-piece" in text and "24-piece" not in text, text
    text = ask(engine, "how big is the large birch planter")
    assert "35 x 35" in text and "20 x 20" not in text, text
    text = ask(engine, "how long does the mini alder lantern run")
    assert "12 hours" in text and "30 hours" not in text, text
    text = ask(engine, "how heavy is the 1.7l harbor kettle")
    assert "1.3 kg" in text and "0.9" not in text, text


def test_the_pinned_variant_scopes_the_lines(engine):
    for size, says, not_said in (("Small", "20 x 20", "35 x 35"), ("Large", "35 x 35", "20 x 20")):
        sku = next(v.sku for v in product(engine, "Birch Fibre Clay Planter").variants if v.options["Size"] == size)
        text = ask(engine, "how big is this one?", pinned=sku)
        assert says in text and not_said not in text, text


def test_no_value_asked_gives_each_value_labelled(engine):
    text = ask(engine, "how big is the birch planter")
    assert "Small: 20 x 20 x 18 cm" in text and "Large: 35 x 35 x 30 cm" in text, text
    text = ask(engine, "how heavy is the harbor kettle")
    assert "1L model weighs 0.9 kg" in text and "1.7L model weighs 1.3 kg" in text, text
    text = ask(engine, "how long does the alder lantern run")
    assert "Mini: 200 lumens, runs 12 hours" in text and "Max: 600 lumens, runs 30 hours" in text, text


def test_no_flat_yes_when_only_some_values_have_it(engine):
    text = ask(engine, "does the fenwick tool kit include a drill?")
    assert not text.startswith("Yes"), text
    assert "12-piece" in text and "24-piece" in text and "cordless drill" in text, text


def test_a_variant_named_with_a_fact_is_a_fact_question(engine):
    text = ask(engine, "does the 24 piece fenwick tool kit include a drill?")
    assert text.startswith("Yes") and "cordless drill" in text and "in stock" not in text, text
    # the 12-piece has no drill: never "yes" (neither "yes, in stock"), its own line shown beside the 24-piece's
    text = ask(engine, "does the 12 piece fenwick tool kit include a drill?")
    assert not text.startswith("Yes") and "in stock" not in text, text
    assert "12-piece kit includes: claw hammer" in text and "24-piece" in text, text
    text = ask(engine, "is the max alder lantern splash resistant")
    assert text.startswith("Yes") and "splash resistant" in text, text
    assert "in stock" in ask(engine, "is the 24 piece fenwick tool kit in stock")


def test_measures_and_counts_per_value(engine):
    text = ask(engine, "how many litres does the 28cm rowan bowl hold")
    assert "3 L" in text and "1.2" not in text, text
    text = ask(engine, "how many litres does the rowan bowl hold")
    assert "20cm holds 1.2 L" in text and "28cm holds 3 L" in text, text
    # "how many ... hold" with a value named asks the listing, not the stock count
    text = ask(engine, "how many hours does the max alder lantern run")
    assert "30 hours" in text and "12 hours" not in text and "in stock" not in text, text
    assert "in stock" in ask(engine, "how many max alder lanterns are left")


def test_loads_per_value(engine):
    assert ask(engine, "can the double drifter hammock take 150 kg?").startswith("Yes")
    assert ask(engine, "can the single drifter hammock take 150 kg?").startswith("No")
    text = ask(engine, "can the drifter hammock take 150 kg?")  # one size can, the other cannot: no flat answer
    assert not text.startswith(("Yes", "No")) and "120 kg" in text and "200 kg" in text, text
    text = ask(engine, "max load of the drifter hammock?")
    assert "Single holds up to 120 kg" in text and "Double holds up to 200 kg" in text, text


def test_a_line_that_adds_to_the_value_before_comes_with_it(engine):
    text = ask(engine, "does the 5 piece teak knife set have a santoku")
    assert "santoku" in text and "chef's knife" in text, text  # "adds" to the 3-piece: both lines


def test_unscoped_lines_serve_every_value(engine):
    text = ask(engine, "is the brass quill lamp cord fabric?")
    assert text.startswith("Yes") and "fabric cord" in text, text
    text = ask(engine, "is the brass quill lamp powder coated?")  # only the Matte Black one is
    assert not text.startswith("Yes") and "Brass finish is solid lacquered brass" in text, text


def test_outside_an_answer_every_line_is_visible(engine):
    kit = product(engine, "Fenwick Tool Kit")
    assert len([x for x in F.fact_lines(kit) if x.scope]) == 2
    with S.asking():
        S.ask_values(kit, {"Kit": "12-piece"})
        assert [x.scope for x in F.fact_lines(kit) if x.scope] == [{"Kit": "12-piece"}]
    assert len([x for x in F.fact_lines(kit) if x.scope]) == 2
