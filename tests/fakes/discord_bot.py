"""Test support for the Discord adapter: a bot wired to FakeDiscord, and a test-only skill.

``serve_fake`` starts the loopback Discord and points discord.py at it through its two override
points (internal class attributes; ``tests/test_discord.py::test_override_points_exist`` pins them);
``running_bot`` assembles BotCore + the Discord adapter the way ``bot/runner.py`` does.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import discord.gateway
import discord.http
import pytest
import yarl

from adapters.discord import create
from bot.commands import Arg, command
from bot.config import SkillConfig, validate_config
from bot.config_loader import LineMap
from bot.context import Context
from bot.core import BotCore
from bot.events import ChatMessage
from bot.skill import Skill
from tests.fakes.discord_api import CHANNEL_ID, MOD_ROLE_ID, FakeDiscord

VIEWER, TROLL, MOD = 5001, 5002, 5003
ROOT = Path(__file__).resolve().parent.parent.parent
SHOP = {"name": "Luma live shop", "currency": "USD", "catalog": str(ROOT / "config" / "catalog.yaml"),
        "faq": str(ROOT / "config" / "faq.yaml")}
# the real Q&A and moderation skills; toxic comments start at the "timeout 600" rung
REAL_SKILLS = {"qa": {}, "moderation": {"start_rung": {"toxic": 4}}}


class ShopTestSkill(Skill):
    """Test-only stand-in for the Q&A and moderation skills: exercises the adapter's paths."""

    name = "shoptest"

    async def setup(self) -> None:
        self.seen: list[ChatMessage] = []

    @command("price", help="Price of a product", args=(Arg("product", help="which product", required=True,
                                                            rest=True),))
    async def price(self, ctx: Context) -> None:
        await ctx.reply(f"{ctx.arg_text}: 12.99 USD ({ctx.message.author.role.name.lower()})")

    @command("slow", help="An answer that takes a while")
    async def slow(self, ctx: Context) -> None:
        await asyncio.sleep(0.3)
        await ctx.reply("worth the wait")

    @command("purge", help="Moderators only", permission="moderator")
    async def purge(self, ctx: Context) -> None:
        await ctx.reply("purged")

    async def moderate(self, message: ChatMessage, ctx: Context) -> bool:
        if "badword" in message.text.lower():
            await ctx.delete("toxic")
            await ctx.timeout(600, "toxic")
            return True
        return False

    async def on_message(self, message: ChatMessage, ctx: Context) -> bool:
        self.seen.append(message)
        if "how much" in message.text.lower():
            await ctx.reply("The Luma mug is 12.99 USD.")
            return True
        return False


@asynccontextmanager
async def serve_fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    """A running FakeDiscord with three viewers, discord.py pointed at it until the test ends."""
    server = await FakeDiscord().start()
    monkeypatch.setattr(discord.http.Route, "BASE", server.api_base)
    monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(server.gateway_url))
    server.add_member(VIEWER, "ann")
    server.add_member(TROLL, "troll")
    server.add_member(MOD, "mia", roles=(MOD_ROLE_ID,))
    try:
        yield server
    finally:
        await server.close()


@asynccontextmanager
async def running_bot(db: Path, skill: type[Skill] | None = ShopTestSkill, *, skills: dict[str, Any] | None = None,
                      **adapter: Any) -> AsyncIterator[BotCore]:
    """BotCore + the Discord adapter against the fake; ``skills`` enables real skills with the demo shop."""
    settings = {"token": "fake-token", "guild_ready_timeout": 0.05, "defer_after_seconds": 0.1,
                "ready_timeout_seconds": 10, **adapter}
    data: dict[str, Any] = {"storage": {"url": f"sqlite:///{db}"}, "adapters": {"discord": settings}}
    if skills is not None:
        data |= {"shop": SHOP, "skills": skills}
    config = validate_config(data, LineMap("<test>"))
    bot = BotCore(config)
    await bot.setup()
    if skill is not None:
        await bot.add_skill(skill(bot, SkillConfig()))
    await bot.add_adapter(create(config.adapters.discord, bot))
    try:
        yield bot
    finally:
        await bot.shutdown()


def posted(fake: FakeDiscord) -> list[str]:
    return [r.json.get("content") for r in fake.calls("POST", f"/channels/{CHANNEL_ID}/messages")]
