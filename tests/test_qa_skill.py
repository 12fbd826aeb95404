"""The Q&A skill in a whole bot: commands, pin, mentions, passive mode with burst de-duplication,
flash-sale prices, recommender events."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from bot.promotions import Promotion
from bot.testing import ScriptedBot

ROOT = Path(__file__).resolve().parent.parent
SHOP = {"name": "Luma live shop", "currency": "USD", "catalog": str(ROOT / "config" / "catalog.yaml"),
        "faq": str(ROOT / "config" / "faq.yaml")}


def bot_with(**qa) -> ScriptedBot:
    return ScriptedBot({"shop": SHOP, "skills": {"qa": qa}})


def texts(actions):
    return [a["text"] for a in actions if a["action"] == "reply"]


async def test_price_stock_ask_commands():
    async with bot_with() as bot:
        assert texts(await bot.say("ann", "!price josie jacket")) == ["Josie Yoga Jacket is $56.25."]
        [stock] = texts(await bot.say("ann", "!stock josie jacket", at=10))
        assert stock.startswith("Yes, Josie Yoga Jacket is in stock")
        [ask] = texts(await bot.say("ann", "!ask does the josie jacket come in XXL?", at=20))
        assert ask.startswith("No, Josie Yoga Jacket doesn't come in XXL")
        [faq] = texts(await bot.say("bob", "!ask 可以用支付宝吗"))
        assert faq.startswith("不行")


async def test_pin_then_this_one():
    async with bot_with() as bot:
        assert await bot.say("viewer", "!pin MH02") == []                    # moderators only
        actions = await bot.say("mod", "!pin MH02", role="moderator")
        assert [(a["action"], a["text"]) for a in actions] == [("pin", "Now showing: Teton Pullover Hoodie")]
        assert bot.bot.pinned[("console", "#live")] == "MH02"
        assert texts(await bot.say("ann", "!price")) == ["Teton Pullover Hoodie is $70."]
        assert "$70" in texts(await bot.say("bob", "@livebot how much is this one?"))[0]
        [reply] = texts(await bot.say("mod", "!pin NOPE", role="moderator"))
        assert "No product or variant with SKU 'NOPE'" in reply


async def test_mention_answers_and_plain_chat_is_left_alone():
    async with bot_with() as bot:
        [reply] = texts(await bot.say("ann", "@livebot Josie外套多少钱"))
        assert reply == "Josie Yoga Jacket的价格是56.25美元。"
        assert await bot.say("bob", "how much is the josie jacket?") == []   # passive mode is off by default
        [hello] = texts(await bot.say("cat", "@livebot hiii"))
        assert "Welcome" in hello


async def test_passive_mode_answers_a_burst_once_and_mentions_the_askers():
    async with bot_with(passive=True, passive_batch_seconds=2, passive_cooldown_seconds=60) as bot:
        assert await bot.say("ann", "how much is the josie jacket?", at=0) == []
        assert await bot.say("bob", "josie jacket price??", at=0.5) == []
        assert await bot.say("ann", "how much is the josie jacket?", at=1.0) == []
        actions = await bot.advance(2)
        assert texts(actions) == ["@ann @bob Josie Yoga Jacket is $56.25."]
        assert await bot.say("cat", "how much is the josie jacket", at=30) == []   # cooldown
        await bot.advance(5)
        assert await bot.say("dan", "lol nice stream", at=40) == []               # chit-chat is not passive
        assert await bot.say("dan", "the teton hoodie is so cheap lol", at=41) == []   # not a question
        assert await bot.advance(5) == []
        await bot.say("eve", "how much is the josie jacket", at=100)
        assert texts(await bot.advance(3)) == ["@eve Josie Yoga Jacket is $56.25."]


async def test_flash_sale_price_is_the_quoted_price():
    async with bot_with() as bot:
        bot.bot.promotions.start(Promotion("WJ02", Decimal(20), starts=0, ends=100))
        [reply] = texts(await bot.say("ann", "!price josie jacket", at=10))
        assert reply == "Josie Yoga Jacket is $45 right now (flash sale: 20% off)."
        [after] = texts(await bot.say("ann", "!price josie jacket", at=200))
        assert after == "Josie Yoga Jacket is $56.25."


async def test_questions_and_mentions_feed_the_recommender():
    async with bot_with() as bot:
        events = []
        bot.bot.history.listeners.append(events.append)
        await bot.say("ann", "!ask is the teton pullover hoodie in stock?")
        await bot.say("bob", "the josie jacket looks great")
        await bot.say("cat", "hello everyone")
        got = [(e["name"], e["kind"], e["sku"], e["weight"]) for e in events]
        assert got == [("ann", "question", "MH02", 1.0), ("bob", "mention", "WJ02", 0.3)]


async def test_catalog_reload_rebuilds_the_index(tmp_path):
    async with bot_with() as bot:
        skill = bot.bot.skills["qa"]
        first = skill.engine()
        assert skill.engine() is first                                        # cached while nothing changed
        from bot.catalog import Catalog

        bot.bot.catalog = Catalog(bot.bot.catalog.products[:3], "USD")
        assert skill.engine() is not first
        [reply] = texts(await bot.say("ann", "!price josie jacket"))
        assert "couldn't find" in reply


async def test_big_catalog_reload_is_indexed_off_the_event_loop(monkeypatch):
    import asyncio

    import skills.qa.skill as qa_skill
    from bot.catalog import Catalog

    monkeypatch.setattr(qa_skill, "BACKGROUND_BUILD", 5)
    async with bot_with() as bot:
        skill = bot.bot.skills["qa"]
        old = skill.engine()
        bot.bot.catalog = Catalog(bot.bot.catalog.products[:10], "USD")     # "reloaded", bigger than 5
        assert skill.engine() is old                                          # still answering meanwhile
        await asyncio.wait_for(skill._rebuild, 10)
        assert skill.engine() is not old and len(skill.engine().catalog) == 10


async def test_price_of_an_unknown_product_is_not_the_pinned_one():
    async with bot_with() as bot:
        await bot.say("mod", "!pin WJ02", role="moderator")
        [reply] = texts(await bot.say("eve", "!price nike air max"))
        assert "couldn't find" in reply and "$" not in reply


async def test_spoken_product_questions_are_answered_at_once():
    import dataclasses

    async with bot_with() as bot:
        heard = bot.console.message("ann", "how much is the josie jacket", "viewer", line=1)
        await bot.bot.handle(dataclasses.replace(heard, voice=True))
        await bot.bot.outbound.drain()
        assert texts(bot.records) == ["Josie Yoga Jacket is $56.25."]
        chat = bot.console.message("bob", "so the weather is nice", "viewer", line=2)
        await bot.bot.handle(dataclasses.replace(chat, voice=True))              # spoken chit-chat: left alone
        await bot.bot.outbound.drain()
        assert len(texts(bot.records)) == 1
