"""The Discord adapter end to end: the real discord.py client, the whole bot, a loopback Discord.

Every test starts a FakeDiscord (tests/fakes/discord_api.py) on 127.0.0.1, points discord.py at it
and runs BotCore with the adapter; assertions are on what the fake received over the wire.
"""

from __future__ import annotations

import asyncio
import inspect
import os
import subprocess
import sys
import types
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import discord
import discord.gateway
import discord.http
import pytest
import yarl

from adapters.discord import create
from adapters.discord.adapter import PERMISSIONS_INTEGER, SPEECH_MODULE, DiscordAdapter
from bot.commands import Arg, command
from bot.config import SkillConfig, validate_config
from bot.config_loader import LineMap
from bot.context import Context
from bot.core import BotCore
from bot.events import AdapterError, Author, ChatMessage, Pin, Reply, Unban
from bot.skill import Skill
from tests.fakes.discord_api import APP_ID, BOT_ID, CHANNEL_ID, GUILD_ID, MOD_ROLE_ID, OWNER_ID, FakeDiscord

VIEWER, TROLL, MOD = 5001, 5002, 5003


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


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    server = await FakeDiscord().start()
    # discord.py's override points (internal; test_override_points_exist pins them)
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
async def running_bot(db: Path, skill: type[Skill] = ShopTestSkill, **adapter: Any) -> AsyncIterator[BotCore]:
    settings = {"token": "fake-token", "guild_ready_timeout": 0.05, "defer_after_seconds": 0.1,
                "ready_timeout_seconds": 10, **adapter}
    config = validate_config({"storage": {"url": f"sqlite:///{db}"}, "adapters": {"discord": settings}},
                             LineMap("<test>"))
    bot = BotCore(config)
    await bot.setup()
    await bot.add_skill(skill(bot, SkillConfig()))
    await bot.add_adapter(create(config.adapters.discord, bot))
    try:
        yield bot
    finally:
        await bot.shutdown()


def posted(fake: FakeDiscord) -> list[str]:
    return [r.json.get("content") for r in fake.calls("POST", f"/channels/{CHANNEL_ID}/messages")]


def test_override_points_exist() -> None:
    """The fake relies on two discord.py internals: fail loudly (not with a hang) if they move."""
    assert discord.version_info[:2] == (2, 7), "tests/fakes/discord_api.py was written for discord.py 2.7"
    assert "BASE" in vars(discord.http.Route), "discord.http.Route.BASE moved: update the Discord fake"
    assert "self.BASE" in inspect.getsource(discord.http.Route.__init__), "Route no longer builds on BASE"
    assert isinstance(discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY, yarl.URL)
    source = inspect.getsource(discord.gateway.DiscordWebSocket.from_client)
    assert "cls.DEFAULT_GATEWAY" in source, "DiscordWebSocket.from_client no longer reads DEFAULT_GATEWAY"


def test_invite_permissions_integer_matches_readme(root: Path) -> None:
    wanted = discord.Permissions(view_channel=True, send_messages=True, send_messages_in_threads=True,
                                 read_message_history=True, attach_files=True, manage_messages=True,
                                 pin_messages=True, moderate_members=True, ban_members=True)
    assert wanted.value == PERMISSIONS_INTEGER
    assert f"permissions={PERMISSIONS_INTEGER}" in (root / "README.md").read_text()


def test_package_import_stays_light(root: Path) -> None:
    """Config discovery imports adapters.discord; the discord library must load only on create()."""
    code = "import sys, adapters.discord; assert 'discord' not in sys.modules, 'discord imported eagerly'"
    env = {**os.environ, "PYTHONPATH": str(root)}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=root, timeout=60)


async def test_question_answered_and_prefix_command(fake: FakeDiscord, tmp_path: Path) -> None:
    async with running_bot(tmp_path / "bot.db") as bot:
        identify = fake.frames(2)[0]["d"]
        assert identify["token"] == "fake-token"
        intents = discord.Intents._from_value(identify["intents"])
        assert intents.message_content and intents.guild_messages and not intents.members
        question = await fake.message(VIEWER, "how much is the mug?")
        await fake.message(VIEWER, "!price blue mug")
        sent = await fake.wait_for("POST", f"/channels/{CHANNEL_ID}/messages", 2)
        assert sent[0].json["content"] == "The Luma mug is 12.99 USD."
        # threaded to the question, without pinging the viewer
        assert int(sent[0].json["message_reference"]["message_id"]) == question
        mentions = sent[0].json["allowed_mentions"]
        assert not mentions.get("replied_user") and "everyone" not in mentions["parse"]
        assert sent[1].json["content"] == "blue mug: 12.99 USD (viewer)"
        await fake.message(VIEWER, f"<@{BOT_ID}> nice stream <@{MOD}>")
        await asyncio.sleep(0.1)
        assert len(posted(fake)) == 2  # small talk gets no answer
        seen = bot.skills["shoptest"].seen
        # the bot's mention reads as its configured name, so skills see it addressed
        assert seen[-1].text.startswith("@livebot nice stream")
        assert (seen[-1].platform, seen[-1].channel, seen[-1].author.id) == ("discord", str(CHANNEL_ID), str(VIEWER))
        assert seen[0].author.name == "ann" and seen[0].id == str(question)


async def test_slash_command_answered_through_interaction_callback(fake: FakeDiscord, tmp_path: Path) -> None:
    async with running_bot(tmp_path / "bot.db"):
        synced = {c["name"]: c for c in fake.command_sets[GUILD_ID]}
        assert {"price", "slow", "purge", "help", "commands", "reload"} <= set(synced)
        option = synced["price"]["options"][0]
        assert (option["name"], option["required"], option["description"]) == ("product", True, "which product")
        assert not synced["help"]["options"][0].get("required")  # optional args stay optional
        assert int(synced["purge"]["default_member_permissions"]) == discord.Permissions(manage_messages=True).value
        iid, token = await fake.interaction(VIEWER, "price", {"product": "luma mug"})
        [callback] = await fake.wait_for("POST", f"/interactions/{iid}/{token}/callback")
        assert callback.json["type"] == 4  # answered at once, no defer needed
        assert callback.json["data"]["content"] == "luma mug: 12.99 USD (viewer)"
        assert posted(fake) == []  # the answer went through the interaction, not the channel


async def test_slow_slash_command_is_deferred_then_followed_up(fake: FakeDiscord, tmp_path: Path) -> None:
    async with running_bot(tmp_path / "bot.db"):
        iid, token = await fake.interaction(VIEWER, "slow")
        [callback] = await fake.wait_for("POST", f"/interactions/{iid}/{token}/callback")
        assert callback.json["type"] == 5  # "thinking...": acknowledged inside Discord's window
        [followup] = await fake.wait_for("POST", f"/webhooks/{APP_ID}/{token}")
        assert followup.json["content"] == "worth the wait"


async def test_slash_permission_uses_discord_permissions(fake: FakeDiscord, tmp_path: Path) -> None:
    async with running_bot(tmp_path / "bot.db"):
        iid, token = await fake.interaction(VIEWER, "purge")
        [denied] = await fake.wait_for("POST", f"/interactions/{iid}/{token}/callback")
        assert denied.json["data"]["flags"] & 64  # ephemeral note, nothing public
        iid, token = await fake.interaction(MOD, "purge", permissions=0x2000 | 0x800 | 0x400)
        [allowed] = await fake.wait_for("POST", f"/interactions/{iid}/{token}/callback")
        assert allowed.json["data"]["content"] == "purged"


async def test_toxic_message_deleted_and_author_timed_out(fake: FakeDiscord, tmp_path: Path) -> None:
    async with running_bot(tmp_path / "bot.db") as bot:
        before = datetime.now().astimezone()
        toxic = await fake.message(TROLL, "you are a BADWORD")
        await fake.wait_for("DELETE", f"/channels/{CHANNEL_ID}/messages/{toxic}")
        [patch] = await fake.wait_for("PATCH", f"/guilds/{GUILD_ID}/members/{TROLL}")
        until = datetime.fromisoformat(patch.json["communication_disabled_until"])
        assert 590 <= (until - before).total_seconds() <= 620
        assert posted(fake) == []  # a removed message is not answered
        # the owner is the broadcaster and moderators are recognised from Discord permissions
        assert not fake.calls("GET", "/guilds/")  # the Member came with the message: no extra lookup
        await fake.message(OWNER_ID, "!price hoodie")
        await fake.message(MOD, "!price hoodie")
        sent = await fake.wait_for("POST", f"/channels/{CHANNEL_ID}/messages", 2)
        assert [s.json["content"] for s in sent] == ["hoodie: 12.99 USD (broadcaster)",
                                                     "hoodie: 12.99 USD (moderator)"]
        assert bot.adapters["discord"].capabilities.max_message_length == 2000


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


async def test_commands_synced_once_then_only_when_changed(fake: FakeDiscord, tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    sync_path = f"/applications/{APP_ID}/guilds/{GUILD_ID}/commands"
    async with running_bot(db):
        pass
    assert len(fake.calls("PUT", sync_path)) == 1
    async with running_bot(db):  # same commands: nothing sent, no 429 risk
        pass
    assert len(fake.calls("PUT", sync_path)) == 1
    assert fake.connections == 2

    class WithExtra(ShopTestSkill):
        @command("stock", help="Stock of a product", args=(Arg("product"),))
        async def stock(self, ctx: Context) -> None:
            await ctx.reply("in stock")

    async with running_bot(db, WithExtra):  # a new command: synced again
        pass
    calls = fake.calls("PUT", sync_path)
    assert len(calls) == 2 and "stock" in {c["name"] for c in calls[1].json}
    assert not fake.calls("PUT", f"/applications/{APP_ID}/commands")  # never a global sync


async def test_gateway_resume_loses_and_doubles_nothing(fake: FakeDiscord, tmp_path: Path) -> None:
    async with running_bot(tmp_path / "bot.db"):
        first = await fake.message(VIEWER, "!price mug")
        await fake.wait_for("POST", f"/channels/{CHANNEL_ID}/messages", 1)
        seq_seen = fake.events[-1]["s"]
        gate = fake.hold_resumes()
        await fake.drop()
        # while the client is away, a viewer asks: the event must arrive after the RESUME
        second = await fake.message(VIEWER, "!price hoodie")
        await asyncio.sleep(0.05)
        gate.set()
        sent = await fake.wait_for("POST", f"/channels/{CHANNEL_ID}/messages", 2)
        await asyncio.sleep(0.2)  # room for a wrongly doubled answer to show up
        assert [s.json["content"] for s in fake.calls("POST", f"/channels/{CHANNEL_ID}/messages")] == [
            "mug: 12.99 USD (viewer)", "hoodie: 12.99 USD (viewer)"]
        assert [int(s.json["message_reference"]["message_id"]) for s in sent] == [first, second]
        [resume] = fake.frames(6)
        assert resume["d"]["session_id"] == fake.session_id and resume["d"]["seq"] == seq_seen
        assert len(fake.frames(2)) == 1  # resumed, not re-identified
        assert fake.connections == 2
        # an event delivered twice (new sequence number, same message) is answered once
        await fake.redeliver(next(e["s"] for e in fake.events if e["d"].get("id") == str(second)))
        await fake.message(VIEWER, "!price cap")
        await fake.wait_for("POST", f"/channels/{CHANNEL_ID}/messages", 3)
        await asyncio.sleep(0.1)
        assert len(posted(fake)) == 3


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


async def test_served_channels_and_prefix(fake: FakeDiscord, tmp_path: Path) -> None:
    async with running_bot(tmp_path / "bot.db", channels=["#live"], prefix="?") as bot:
        await fake.message(VIEWER, "?price mug", channel_id=CHANNEL_ID + 1)  # not a served channel
        await fake.message(VIEWER, "?price mug")
        sent = await fake.wait_for("POST", "/channels/", 1)
        await asyncio.sleep(0.1)
        assert len(fake.calls("POST", "/channels/")) == 1 and sent[0].path == f"/channels/{CHANNEL_ID}/messages"
        assert isinstance(bot.adapters["discord"], DiscordAdapter)


async def start_error(token: str) -> str:
    """Start a bot whose Discord adapter must fail; returns the error it gives."""
    config = validate_config({"storage": {"url": "sqlite://"}, "adapters": {"discord": {
        "token": token, "guild_ready_timeout": 0.05, "ready_timeout_seconds": 5}}}, LineMap("<test>"))
    bot = BotCore(config)
    await bot.setup()
    try:
        with pytest.raises(AdapterError) as failure:
            await bot.add_adapter(create(config.adapters.discord, bot))
    finally:
        await bot.shutdown()
    return str(failure.value)


async def test_bad_token_fails_start_clearly(fake: FakeDiscord) -> None:
    error = await start_error("wrong")  # the fake accepts only "fake-token"
    assert error == "Discord did not start: the token was rejected (check DISCORD_BOT_TOKEN)"
    assert not fake.gateway_frames  # login failed before the gateway


async def test_message_content_intent_off_fails_start_naming_the_switch(fake: FakeDiscord) -> None:
    fake.privileged_intents_off = True
    error = await start_error("fake-token")
    assert "Privileged Gateway Intents -> Message Content Intent" in error


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
