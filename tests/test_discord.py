"""The Discord adapter end to end: the real discord.py client, the whole bot, a loopback Discord.

Chat, slash commands, moderation, command sync, gateway resume (actions and hooks: test_discord_actions.py).

Every test starts a FakeDiscord (tests/fakes/discord_api.py) on 127.0.0.1, points discord.py at it
and runs BotCore with the adapter; assertions are on what the fake received over the wire.
"""

from __future__ import annotations

import asyncio
import inspect
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

import discord
import discord.gateway
import discord.http
import pytest
import yaml
import yarl

from adapters.discord import create
from adapters.discord.adapter import PERMISSIONS_INTEGER, DiscordAdapter
from bot.commands import Arg, command
from bot.config import validate_config
from bot.config_loader import LineMap
from bot.context import Context
from bot.core import BotCore
from bot.events import AdapterError
from tests.fakes.discord_api import APP_ID, BOT_ID, CHANNEL_ID, GUILD_ID, OWNER_ID, FakeDiscord
from tests.fakes.discord_bot import (
    MOD,
    REAL_SKILLS,
    SHOP,
    TROLL,
    VIEWER,
    ShopTestSkill,
    posted,
    running_bot,
    serve_fake,
)


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    async with serve_fake(monkeypatch) as server:
        yield server


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


async def test_question_answered_by_the_qa_skill(fake: FakeDiscord, tmp_path: Path) -> None:
    async with running_bot(tmp_path / "bot.db", None, skills=REAL_SKILLS):
        identify = fake.frames(2)[0]["d"]
        assert identify["token"] == "fake-token"
        intents = discord.Intents._from_value(identify["intents"])
        assert intents.message_content and intents.guild_messages and not intents.members
        # a mention of the bot account reads as "@livebot", which the Q&A skill answers
        question = await fake.message(VIEWER, f"<@{BOT_ID}> how much is the josie jacket?")
        [answer] = await fake.wait_for("POST", f"/channels/{CHANNEL_ID}/messages")
        assert "Josie Yoga Jacket" in answer.json["content"] and "$56.25" in answer.json["content"]
        # threaded to the question, without pinging the viewer or anyone else
        assert int(answer.json["message_reference"]["message_id"]) == question
        mentions = answer.json["allowed_mentions"]
        assert not mentions.get("replied_user") and "everyone" not in mentions["parse"]
        await fake.message(VIEWER, "!price josie jacket")  # the prefix command still works
        sent = await fake.wait_for("POST", f"/channels/{CHANNEL_ID}/messages", 2)
        assert sent[1].json["content"] == "Josie Yoga Jacket is $56.25."
        await fake.message(VIEWER, "nice stream everyone")
        await asyncio.sleep(0.1)
        assert len(posted(fake)) == 2  # small talk gets no answer


async def test_message_fields_and_roles_from_discord_permissions(fake: FakeDiscord, tmp_path: Path) -> None:
    async with running_bot(tmp_path / "bot.db") as bot:
        question = await fake.message(VIEWER, f"<@{BOT_ID}> how much is the mug?")
        await fake.wait_for("POST", f"/channels/{CHANNEL_ID}/messages")
        [seen] = bot.skills["shoptest"].seen
        assert (seen.platform, seen.channel, seen.id) == ("discord", str(CHANNEL_ID), str(question))
        assert (seen.author.id, seen.author.name, seen.text) == (str(VIEWER), "ann", "@livebot how much is the mug?")
        # the guild owner is the broadcaster; Manage Messages (the Mods role) makes a moderator
        for user in (VIEWER, OWNER_ID, MOD):
            await fake.message(user, "!price hoodie")
        sent = await fake.wait_for("POST", f"/channels/{CHANNEL_ID}/messages", 4)
        assert [s.json["content"] for s in sent[1:]] == ["hoodie: 12.99 USD (viewer)", "hoodie: 12.99 USD (broadcaster)",
                                                        "hoodie: 12.99 USD (moderator)"]


async def test_slash_command_answered_through_interaction_callback(fake: FakeDiscord, tmp_path: Path) -> None:
    async with running_bot(tmp_path / "bot.db", None, skills=REAL_SKILLS):
        synced = {c["name"]: c for c in fake.command_sets[GUILD_ID]}
        assert {"price", "stock", "ask", "pin", "help", "commands", "reload"} <= set(synced)
        option = synced["ask"]["options"][0]
        assert (option["name"], option["required"]) == ("question", True)
        assert not synced["price"]["options"][0].get("required")  # optional args stay optional
        assert int(synced["pin"]["default_member_permissions"]) == discord.Permissions(manage_messages=True).value
        iid, token = await fake.interaction(VIEWER, "price", {"product": "josie jacket"})
        [callback] = await fake.wait_for("POST", f"/interactions/{iid}/{token}/callback")
        assert callback.json["type"] == 4  # answered at once, no defer needed
        assert callback.json["data"]["content"] == "Josie Yoga Jacket is $56.25."
        assert posted(fake) == []  # the answer went through the interaction, not the channel


async def test_a_skill_switched_on_by_reload_brings_its_slash_commands(fake: FakeDiscord, tmp_path: Path) -> None:
    async with running_bot(tmp_path / "bot.db", None, skills={"moderation": {}}) as bot:
        assert "price" not in {c["name"] for c in fake.command_sets[GUILD_ID]}
        # the admin enables the Q&A skill in the config file and reloads
        data = {"storage": {"url": f"sqlite:///{tmp_path / 'bot.db'}"}, "shop": SHOP,
                "adapters": {"discord": {"token": "fake-token", "guild_ready_timeout": 0.05}},
                "skills": {"moderation": {}, "qa": {}}}
        path = tmp_path / "livebot.yaml"
        path.write_text(yaml.safe_dump(data), encoding="utf-8")
        bot.config_path = path
        assert await bot.reload() == []
        synced = {c["name"] for c in fake.command_sets[GUILD_ID]}
        assert {"price", "stock", "ask", "pin"} <= synced
        iid, token = await fake.interaction(VIEWER, "price", {"product": "josie jacket"})
        [callback] = await fake.wait_for("POST", f"/interactions/{iid}/{token}/callback")
        assert callback.json["data"]["content"] == "Josie Yoga Jacket is $56.25."


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
    async with running_bot(tmp_path / "bot.db", None, skills=REAL_SKILLS) as bot:
        before = datetime.now().astimezone()
        toxic = await fake.message(TROLL, "you stupid bitch")
        await fake.wait_for("DELETE", f"/channels/{CHANNEL_ID}/messages/{toxic}")
        [patch] = await fake.wait_for("PATCH", f"/guilds/{GUILD_ID}/members/{TROLL}")
        until = datetime.fromisoformat(patch.json["communication_disabled_until"])
        assert 590 <= (until - before).total_seconds() <= 620
        assert not fake.calls("GET", "/guilds/")  # the Member came with the message: no extra lookup
        # a moderator (Manage Messages on Discord) is exempt from the moderation skill
        await fake.message(MOD, "you stupid bitch")
        await fake.message(VIEWER, "!price josie jacket")
        await fake.wait_for("POST", f"/channels/{CHANNEL_ID}/messages")
        await asyncio.sleep(0.1)  # room for a wrong removal of the moderator's message to show up
        assert len(fake.calls("DELETE", "/channels/")) == 1 and len(fake.calls("PATCH", "/guilds/")) == 1
        assert posted(fake) == ["Josie Yoga Jacket is $56.25."]  # the removed message was not answered
        assert bot.store.moderation_log("discord", str(TROLL))[0]["action"] in ("delete", "timeout")


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
