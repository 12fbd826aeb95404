"""Precision on a new shop, round 4: answers that were confidently wrong on blind rounds 19-21, in general form.

- "有没有X的Y" with X a word we don't read (another brand: "有没有得伟的电钻") is not "yes, we have N of those".
The catalog is written here (a small power-tool shop)."""

from __future__ import annotations

import pytest

from bot.catalog import load_catalog
from skills.qa.engine import QAEngine

CATALOG = """\
products:
  - sku: TK-DD1
    name: Torque 18V Drill Driver
    price: 99.00
    stock: 5
  - sku: TK-HD1
    name: Torque 18V Hammer Drill
    price: 129.00
    stock: 3
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> QAEngine:
    path = tmp_path_factory.mktemp("p4") / "catalog.yaml"
    path.write_text(CATALOG, encoding="utf-8")
    return QAEngine(load_catalog(path, "USD"), [])


def test_unread_brand_before_de_is_not_we_have(engine: QAEngine) -> None:
    ans = engine.answer("有没有得伟的电钻")
    assert "有的" not in ans.text
    assert not ans.confident and ans.key == "not_found"


def test_plain_kind_is_still_we_have(engine: QAEngine) -> None:
    ans = engine.answer("有没有电钻")
    assert ans.key == "which" and len(ans.products) == 2
