"""Flash sales and timers on the ManualClock (ScriptedBot.advance): no sleeping."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from bot.config import ConfigError
from bot.testing import ScriptedBot

CATALOG = str(Path(__file__).resolve().parent.parent / "config" / "catalog.yaml")


def cfg(**copywriter) -> dict:
    return {"shop": {"catalog": CATALOG, "name": "Luma live shop"}, "skills": {"copywriter": {"seed": 1, **copywriter}}}


def texts(actions: list[dict]) -> list[str]:
    return [a["text"] for a in actions]


async def test_flash_sale_announces_counts_down_and_closes():
    async with ScriptedBot(cfg()) as bot:
        hoodie = bot.bot.catalog.product("MH01")
        (start,) = await bot.say("mod", "!flash MH01 10m 20%", "moderator", at=100)
        assert start["action"] == "announce"
        assert start["text"] == ("⚡ FLASH SALE! Chaz Kangeroo Hoodie is 20% off for the next 10 minutes: "
                                 "now $41.60 (was $52). Grab it! 🛒")
        # the price every skill quotes (the Q&A skill asks here) is the sale price now
        price, promo = bot.bot.promotions.price(hoodie, None, bot.clock.now())
        assert price == Decimal("41.60") and promo is not None and promo.percent == 20

        assert await bot.advance(299) == []  # nothing until 5 minutes are left
        (five,) = await bot.advance(1)
        assert five["time"] == 400 and five["text"].startswith("⏰ 5 minutes left on the Chaz Kangeroo Hoodie")
        (last,) = await bot.advance(240)
        assert last["time"] == 640 and "Last minute" in last["text"] and "$41.60" in last["text"]
        assert await bot.advance(59) == []
        (close,) = await bot.advance(1)
        assert close["time"] == 700 and "is over" in close["text"] and "$52" in close["text"]
        assert bot.bot.promotions.price(hoodie, None, bot.clock.now()) == (Decimal("52"), None)
        assert await bot.advance(3600) == []


async def test_flash_sale_in_chinese_with_a_variant_sku_and_reversed_arguments():
    async with ScriptedBot(cfg()) as bot:
        (start,) = await bot.say("mod", "!flash MP01-32-Black 15% 2m zh", "moderator")
        assert start["text"].startswith("⚡ 限时秒杀！Caesar Warm-Up Pant 直降 15%，2分钟内只要 $29.75（原价 $35）")
        (last,) = await bot.advance(60)
        assert last["text"].startswith("⏰ 最后 1 分钟")
        (close,) = await bot.advance(60)
        assert "秒杀结束" in close["text"]


async def test_stopping_a_flash_sale_early_cancels_its_countdown():
    async with ScriptedBot(cfg()) as bot:
        await bot.say("mod", "!flash MH01 30m 10%", "moderator")
        listing = await bot.say("mod", "!flash", "moderator")
        assert "Chaz Kangeroo Hoodie 10% off, $46.80, 30 minutes left" in listing[0]["text"]
        (close,) = await bot.say("mod", "!flash stop MH01", "moderator", at=60)
        assert "is over" in close["text"]
        assert bot.bot.promotions.all_active(bot.clock.now()) == []
        assert await bot.advance(3600) == []


@pytest.mark.parametrize("line, answer", [
    ("!flash NOPE 10m 20%", "No product matches"),
    ("!flash MH01 10x 20%", "Duration must be"),
    ("!flash MH01 10s 20%", "Duration must be"),
    ("!flash MH01 10m 95%", "Discount must be"),
    ("!flash MH01 10m 0%", "Discount must be"),
    ("!flash MH01 10m", "Usage"),
    ("!flash stop", "No flash sale to stop"),
])
async def test_bad_flash_commands_get_a_clear_answer_and_change_nothing(line, answer):
    async with ScriptedBot(cfg()) as bot:
        (reply,) = await bot.say("mod", line, "moderator")
        assert reply["action"] == "reply" and reply["text"].startswith(answer), reply["text"]
        assert bot.bot.promotions.all_active(bot.clock.now()) == []


async def test_one_flash_sale_per_product_and_viewers_cannot_start_one():
    async with ScriptedBot(cfg()) as bot:
        assert await bot.say("viewer1", "!flash MH01 10m 20%") == []
        await bot.say("mod", "!flash MH01 10m 20%", "moderator")
        (again,) = await bot.say("mod", "!flash MH01 5m 50%", "moderator")
        assert "already on a flash sale" in again["text"]
        assert bot.bot.promotions.active("MH01", bot.clock.now()).percent == 20


async def test_sold_out_products_get_no_flash_sale(tmp_path):
    catalog = tmp_path / "c.yaml"
    catalog.write_text("products:\n- {sku: X1, name: Gone Tee, price: 10, stock: 0}\n", encoding="utf-8")
    async with ScriptedBot({"shop": {"catalog": str(catalog)}, "skills": {"copywriter": {}}}) as bot:
        (reply,) = await bot.say("mod", "!flash X1 10m 20%", "moderator")
        assert "sold out" in reply["text"]
        (reply,) = await bot.say("mod", "!copy X1", "moderator")
        assert "sold out" in reply["text"]


# ---------------------------------------------------------------------- timers
TIMERS = [{"name": "follow", "every_minutes": 10, "min_messages": 3,
           "messages": ["Welcome to {shop}! Follow for more drops.", "{name:MH01} is {price:MH01} today."]}]


async def test_timer_posts_only_after_enough_chat():
    async with ScriptedBot(cfg(timers=TIMERS)) as bot:
        await bot.say("a", "hi")
        await bot.say("b", "hello")
        assert await bot.advance(600) == []  # 2 messages < 3: a quiet chat is not spammed
        await bot.say("c", "any hoodies?")
        (first,) = await bot.advance(600)
        assert first["action"] == "announce" and first["text"] == "Welcome to Luma live shop! Follow for more drops."
        assert await bot.advance(600) == []  # the count starts again after a post
        for i in range(3):
            await bot.say("v", f"line {i}")
        (second,) = await bot.advance(600)
        assert second["text"] == "Chaz Kangeroo Hoodie is $52 today."


async def test_timer_prices_follow_a_running_flash_sale():
    timers = [{"name": "price", "every_minutes": 5, "min_messages": 1, "messages": ["{name:MH01}: {price:MH01}"]}]
    async with ScriptedBot(cfg(timers=timers)) as bot:
        await bot.say("mod", "!flash MH01 20m 25%", "moderator")
        await bot.say("v", "wow")
        actions = await bot.advance(300)
        assert "Chaz Kangeroo Hoodie: $39" in texts(actions)


async def test_timer_rotates_product_ads_per_channel():
    timers = [{"name": "ads", "every_minutes": 5, "min_messages": 1, "products": ["MH01", "MP01"], "style": "short"}]
    async with ScriptedBot(cfg(timers=timers)) as bot:
        await bot.say("v", "hi", channel="#one")
        await bot.say("v", "hi", channel="#two")
        first = await bot.advance(300)
        assert sorted(a["channel"] for a in first) == ["#one", "#two"]
        assert all("Chaz Kangeroo Hoodie" in t for t in texts(first))
        await bot.say("v", "more", channel="#one")
        (second,) = await bot.advance(300)
        assert second["channel"] == "#one" and "Caesar Warm-Up Pant" in second["text"]


async def test_commands_do_not_count_as_chat_and_reload_keeps_timers(tmp_path):
    async with ScriptedBot(cfg(timers=TIMERS)) as bot:
        for _ in range(3):
            await bot.say("v", "!help")
        assert await bot.advance(600) == []
        skill = bot.bot.skills["copywriter"]
        skill.reconfigure(skill.Config(timers=[{**TIMERS[0], "min_messages": 1}]))
        await bot.say("v", "hello")
        assert len(await bot.advance(600)) == 1


@pytest.mark.parametrize("timer, error", [
    ({"name": "x", "messages": []}, "needs at least one entry"),
    ({"name": "x", "messages": ["{price}"]}, "needs a SKU"),
    ({"name": "x", "messages": ["{discount:MH01}"]}, "unknown placeholder"),
    ({"name": "x", "messages": ["hi"], "every_minutes": 0}, "every_minutes"),
])
def test_bad_timer_config_is_rejected_with_the_key(timer, error):
    from bot.config import validate_config
    from bot.config_loader import LineMap

    with pytest.raises(ConfigError) as info:
        validate_config({"skills": {"copywriter": {"timers": [timer]}}}, LineMap("<test>"))
    assert error in str(info.value)


async def test_unknown_sku_in_a_timer_is_skipped_not_posted():
    timers = [{"name": "t", "every_minutes": 5, "min_messages": 0, "messages": ["{price:NOPE}", "Plain line"]}]
    async with ScriptedBot(cfg(timers=timers)) as bot:
        await bot.say("v", "hi")
        (only,) = await bot.advance(300)
        assert only["text"] == "Plain line"


async def test_products_can_be_named_instead_of_a_sku():
    async with ScriptedBot(cfg()) as bot:
        (reply,) = await bot.say("mod", "!copy kangeroo short", "moderator")
        assert "Chaz Kangeroo Hoodie" in reply["text"]
        (reply,) = await bot.say("mod", "!copy pant", "moderator")
        assert reply["text"].startswith("Several products match 'pant': ") and "(MP01)" in reply["text"]
        bot.bot.pinned[("console", "#live")] = "WJ01"
        (reply,) = await bot.say("mod", "!copy", "moderator")
        assert "Stellar Solar Jacket" in reply["text"]
