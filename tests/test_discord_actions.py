"""The Discord adapter's actions and hooks end to end: bans, long timeouts, pins, voice messages,
missing permissions, 429s, and the voice layer's hook (real discord.py against FakeDiscord)."""

from __future__ import annotations

import asyncio
import sys
import types
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from adapters.discord.adapter import SPEECH_MODULE, DiscordAdapter
from bot.commands import Arg, command
from bot.config import SkillConfig
from bot.context import Context
from bot.core import BotCore
from bot.events import Author, ChatMessage, Pin, Reply, Unban
from bot.skill import Skill
from tests.fakes.discord_api import CHANNEL_ID, GUILD_ID, FakeDiscord
from tests.fakes.discord_bot import MOD, TROLL, VIEWER, ShopTestSkill, posted, running_bot, serve_fake


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    async with serve_fake(monkeypatch) as server:
        yield server


async def test_missing_permission_is_named_and_the_bot_keeps_running(fake: FakeDiscord, tmp_path: Path,
                                                                       caplog: pytest.LogCaptureFixture) -> None:
    fake.denied |= {"delete", "timeout", "commands"}
    async with running_bot(tmp_path / "bot.db"):
        await fake.message(TROLL, "badword again")
        await fake.wait_for("PATCH", f"/guilds/{GUILD_ID}/members/{TROLL}")
        await fake.message(VIEWER, "how much is it?")
        await fake.wait_for("POST", f"/channels/{CHANNEL_ID}/messages")
    logged = caplog.text
    assert "missing Discord permission 'Manage Messages'" in logged
    assert "missing Discord permission 'Moderate Members'" in logged
    assert "'applications.commands' scope; prefix commands keep working" in logged
    assert len(fake.calls("DELETE", "/channels/")) == 1  # a permanent error is not retried


async def test_rate_limited_replies_are_retried_in_order(fake: FakeDiscord, tmp_path: Path) -> None:
    fake.rate_limited = 2  # Discord answers 429 twice
    async with running_bot(tmp_path / "bot.db"):
        for product in ("mug", "cap", "tee"):
            await fake.message(VIEWER, f"!price {product}")
        await fake.wait_for("POST", f"/channels/{CHANNEL_ID}/messages", 5)
        await asyncio.sleep(0.1)
    mug, cap, tee = (f"{p}: 12.99 USD (viewer)" for p in ("mug", "cap", "tee"))
    # discord.py waited out both 429s and re-sent; the core's queue kept the channel's order
    assert posted(fake) == [mug, mug, mug, cap, tee]


class ModToolsSkill(ShopTestSkill):
    """Commands that act on another viewer (what !ban / !pardon / a pinned product card do)."""

    name = "modtools"

    @command("hammer", help="ban a user id", args=(Arg("user", required=True),), permission="moderator")
    async def hammer(self, ctx: Context) -> None:
        await ctx.ban("spam bot", user=Author(ctx.args[0], "someone"))

    @command("pardon", help="lift a ban or timeout", args=(Arg("user", required=True),), permission="moderator")
    async def pardon(self, ctx: Context) -> None:
        await ctx.act(Unban(ctx.message.platform, ctx.message.channel, user=Author(ctx.args[0], "someone")))

    @command("mute", help="a very long timeout", args=(Arg("user", required=True),), permission="moderator")
    async def mute(self, ctx: Context) -> None:
        await ctx.timeout(90 * 86400, "raid", user=Author(ctx.args[0], "someone"))

    @command("pin", help="pin the product card", permission="moderator")
    async def pin(self, ctx: Context) -> None:
        await ctx.act(Pin(ctx.message.platform, ctx.message.channel, text="Now on screen: Luma mug 12.99 USD"))

    async def on_message(self, message: ChatMessage, ctx: Context) -> bool:
        if message.voice:  # what the voice layer does with a voice message: read its audio
            audio = await ctx.bot.adapters["discord"].voice.voice_attachment(message)
            await ctx.reply(f"heard {len(audio[0])} bytes of {audio[1]}")
            # a spoken answer (the voice layer's TTS output) goes out as an attachment
            await ctx.act(Reply(message.platform, message.channel, text="", audio=b"OggS-tts", audio_format="ogg"))
            return True
        return False


async def test_ban_unban_long_timeout_pin_and_voice_message(fake: FakeDiscord, tmp_path: Path) -> None:
    async with running_bot(tmp_path / "bot.db", ModToolsSkill):
        before = datetime.now().astimezone()
        await fake.message(MOD, f"!mute {TROLL}")
        [patch] = await fake.wait_for("PATCH", f"/guilds/{GUILD_ID}/members/{TROLL}")
        days = (datetime.fromisoformat(patch.json["communication_disabled_until"]) - before).total_seconds() / 86400
        assert 27.99 < days < 28.0  # clamped to Discord's maximum, not refused
        await fake.message(MOD, "!hammer 6666")
        [ban] = await fake.wait_for("PUT", f"/guilds/{GUILD_ID}/bans/6666")
        assert ban.query == {"delete_message_seconds": "0"}  # the viewer's earlier messages stay
        await fake.message(MOD, "!pardon 6666")  # not a member any more: the ban is lifted
        await fake.wait_for("DELETE", f"/guilds/{GUILD_ID}/bans/6666")
        await fake.message(MOD, f"!pardon {TROLL}")  # still a member: the timeout is lifted
        patches = await fake.wait_for("PATCH", f"/guilds/{GUILD_ID}/members/{TROLL}", 2)
        assert patches[1].json["communication_disabled_until"] is None
        await fake.message(MOD, "!pin")
        await fake.wait_for("PUT", f"/channels/{CHANNEL_ID}/messages/pins/")
        assert "Now on screen: Luma mug 12.99 USD" in posted(fake)
        await fake.message(VIEWER, "", voice_note=b"OggS" + bytes(60))
        sent = await fake.wait_for("POST", f"/channels/{CHANNEL_ID}/messages", 3)
        assert sent[1].json["content"] == "heard 64 bytes of audio/ogg"
        assert 'filename="reply.ogg"' in sent[2].json["multipart"] and "OggS-tts" in sent[2].json["multipart"]



class StandInSpeech:
    """Stands in for the voice layer's glue (adapters/discord/speech.py from the voice issue)."""

    instances: list[StandInSpeech] = []

    def __init__(self, adapter: DiscordAdapter) -> None:
        self.adapter = adapter
        self.voice_messages: list[ChatMessage] = []
        self.sent: list[str] = []
        self.closed = False

    @classmethod
    async def attach(cls, adapter: DiscordAdapter, bot: BotCore) -> StandInSpeech:
        class JoinSkill(Skill):
            name = "standin_voice"

            @command("join", help="Join your voice channel", permission="moderator")
            async def join(self, ctx: Context) -> None:
                await ctx.reply("joined")

        await bot.add_skill(JoinSkill(bot, SkillConfig()))
        cls.instances.append(cls(adapter))
        return cls.instances[-1]

    def on_voice_message(self, message: ChatMessage) -> bool:
        self.voice_messages.append(message)
        return True

    def after_send(self, action: Any) -> None:
        self.sent.append(action.text)

    async def close(self) -> None:
        self.closed = True


async def test_voice_layer_attaches_through_the_hook(fake: FakeDiscord, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    module = types.ModuleType(SPEECH_MODULE)
    module.DiscordVoice = StandInSpeech  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, SPEECH_MODULE, module)
    async with running_bot(tmp_path / "bot.db"):
        [speech] = StandInSpeech.instances
        assert "join" in {c["name"] for c in fake.command_sets[GUILD_ID]}  # its commands are synced too
        voice_id = await fake.message(VIEWER, "", voice_note=b"OggS" + bytes(10))
        await fake.message(VIEWER, "!price mug")
        await fake.wait_for("POST", f"/channels/{CHANNEL_ID}/messages")
        await asyncio.sleep(0.05)
        assert [m.id for m in speech.voice_messages] == [str(voice_id)]  # not also handled as text
        assert speech.sent == ["mug: 12.99 USD (viewer)"]
    assert speech.closed
