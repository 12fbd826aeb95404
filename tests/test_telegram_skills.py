"""The real moderation and Q&A skills behind the Telegram adapter, end to end through the fake Bot API."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from decimal import Decimal
from pathlib import Path

import pytest

from adapters.telegram import create
from bot.config import validate_config
from bot.config_loader import LineMap
from bot.core import BotCore
from tests.fakes.telegram_api import BOT_USER, FakeTelegramAPI

ROOT = Path(__file__).resolve().parent.parent
GROUP = {"id": -1004321, "type": "supergroup", "title": "Luma live"}
VIEWER = {"id": 601, "is_bot": False, "first_name": "Vera", "username": "vera"}
TROLL = {"id": 602, "is_bot": False, "first_name": "Troll"}
TIMEOUT_SECONDS = 300


@pytest.fixture
async def shop() -> AsyncIterator[tuple[FakeTelegramAPI, BotCore]]:
    fake = await FakeTelegramAPI().start()
    fake.set_admins(GROUP["id"], admins=[BOT_USER])
    config = validate_config({
        "storage": {"url": "sqlite://"},
        "shop": {"catalog": str(ROOT / "config" / "catalog.yaml"), "currency": "USD"},
        "skills": {"moderation": {"ladder": [f"timeout {TIMEOUT_SECONDS}"]}, "qa": {}},
        "adapters": {"telegram": {"token": fake.token, "base_url": fake.base_url, "base_file_url": fake.base_file_url,
                                  "poll_timeout": 1, "poll_interval": 0.01, "rate_limits": {"per_chat_interval": 0}}},
    }, LineMap("<test>"))
    core = BotCore(config)
    await core.setup()
    await core.add_adapter(create(config.adapters.telegram, core))
    yield fake, core
    await core.shutdown()
    await fake.stop()


async def test_a_price_question_gets_the_catalog_price_in_the_askers_thread(shop) -> None:  # noqa: ANN001
    fake, core = shop
    # a product with one price for every option, so the answer is that one price
    product = next(p for p in core.catalog.products
                   if all(v.price in (None, p.price) for v in p.variants) and not p.compare_at_price)
    asked = fake.push_message(GROUP, VIEWER, f"@{BOT_USER['username']} how much is the {product.name}?")
    [reply] = await fake.wait_for("sendMessage", timeout=10,
                                  where=lambda p: p["reply_parameters"]["message_id"] == asked)
    assert reply["chat_id"] == str(GROUP["id"])
    price = Decimal(product.price)
    assert product.name.lower() in reply["text"].lower()
    assert f"{price:.2f}" in reply["text"] or f"{price.normalize()}" in reply["text"]  # never an invented price


async def test_a_toxic_message_is_deleted_and_its_author_restricted(shop) -> None:  # noqa: ANN001
    fake, _ = shop
    before = time.time()
    bad = fake.push_message(GROUP, TROLL, "you are a fucking idiot, shut up you stupid bitch")
    [deleted] = await fake.wait_for("deleteMessage", timeout=10)
    [restricted] = await fake.wait_for("restrictChatMember", timeout=10)
    assert deleted == {"chat_id": str(GROUP["id"]), "message_id": str(bad)}
    assert restricted["user_id"] == str(TROLL["id"]) and restricted["permissions"]["can_send_messages"] is False
    assert abs(int(restricted["until_date"]) - (before + TIMEOUT_SECONDS)) <= 5
    assert fake.calls_to("sendMessage") == []
