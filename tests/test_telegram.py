"""The Telegram adapter end to end: the real python-telegram-bot Application, the whole bot core,
and a fake Bot API on 127.0.0.1. Every assertion is on what the fake received."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from adapters.telegram import create
from bot.commands import Arg, command
from bot.config import SkillConfig, validate_config
from bot.config_loader import LineMap
from bot.context import Context
from bot.core import BotCore
from bot.events import Announce, Author, Ban, ChatMessage, Pin, Reply, Timeout, Unban
from bot.skill import Skill
from tests.fakes.telegram_api import BOT_USER, FakeTelegramAPI

GROUP = {"id": -1001234, "type": "supergroup", "title": "Luma live"}
ALICE = {"id": 501, "is_bot": False, "first_name": "Alice", "username": "alice"}
BOB = {"id": 502, "is_bot": False, "first_name": "Bob"}
MOD = {"id": 503, "is_bot": False, "first_name": "Mona", "username": "mona_mod"}
OWNER = {"id": 504, "is_bot": False, "first_name": "Stella", "username": "streamer"}
TIMEOUT_SECONDS = 120

# PTB's own RetryAfter constructor warns about its future timedelta type; nothing to act on here
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


class ShopTestSkill(Skill):
    """A small, predictable skill that drives every adapter path (the real moderation and Q&A skills
    behind the same adapter are tested in test_telegram_skills.py)."""

    name = "shoptest"
    Config = SkillConfig

    def __init__(self, bot: BotCore, config: SkillConfig) -> None:
        super().__init__(bot, config)
        self.seen: list[ChatMessage] = []
        self.release = asyncio.Event()

    async def moderate(self, message: ChatMessage, ctx: Context) -> bool:
        self.seen.append(message)
        if "spamword" in message.text.lower() and not message.author.is_moderator:
            await ctx.delete("blocked word")
            await ctx.timeout(TIMEOUT_SECONDS, "blocked word")
            return True
        return False

    async def on_message(self, message: ChatMessage, ctx: Context) -> bool:
        if message.text.startswith("slow"):
            # an answer that takes a while (an LLM rewording it): held until the test releases it
            await asyncio.wait_for(self.release.wait(), 10)
        if message.text.rstrip().endswith("?"):
            await ctx.reply(f"Good question, {message.author.name}: the hoodie costs $25.")
            return True
        return False

    @command("price", help="Price of a product: /price hoodie", args=(Arg("product", rest=True),))
    async def price(self, ctx: Context) -> None:
        await ctx.reply(f"The {ctx.arg_text or 'hoodie'} costs $25.")

    @command("whoami", help="Your role here")
    async def whoami(self, ctx: Context) -> None:
        await ctx.reply(f"You are {ctx.message.author.role.name.lower()}.")

    @command("clearchat", help="Moderators only", permission="moderator")
    async def clearchat(self, ctx: Context) -> None:
        await ctx.reply("cleared")


def telegram_section(fake: FakeTelegramAPI, **extra: Any) -> dict[str, Any]:
    section = {"token": fake.token, "base_url": fake.base_url, "base_file_url": fake.base_file_url,
               "poll_timeout": 1, "poll_interval": 0.01, "rate_limits": {"per_chat_interval": 0}}
    section.update(extra)
    return section


class Harness:
    def __init__(self, fake: FakeTelegramAPI, core: BotCore, skill: ShopTestSkill, adapter: Any) -> None:
        self.fake, self.core, self.skill, self.adapter = fake, core, skill, adapter

    async def replies_to(self, message_id: int, count: int = 1, timeout: float = 5.0) -> list[dict[str, Any]]:
        return await self.fake.wait_for(
            "sendMessage", count, timeout,
            where=lambda p: (p.get("reply_parameters") or {}).get("message_id") == message_id)


    async def seen(self, *message_ids: int, timeout: float = 5.0) -> dict[str, ChatMessage]:
        """Wait until the core has handled these messages; returns everything it saw by id."""
        deadline = time.monotonic() + timeout
        while not {str(i) for i in message_ids} <= {m.id for m in self.skill.seen}:
            assert time.monotonic() < deadline, f"messages {message_ids} never reached the core"
            await asyncio.sleep(0.01)
        return {m.id: m for m in self.skill.seen}


async def start_bot(fake: FakeTelegramAPI, **extra: Any) -> Harness:
    config = validate_config({"storage": {"url": "sqlite://"}, "adapters": {"telegram": telegram_section(fake, **extra)}},
                             LineMap("<test>"))
    core = BotCore(config)
    await core.setup()
    skill = ShopTestSkill(core, SkillConfig())
    await core.add_skill(skill)
    adapter = create(config.adapters.telegram, core)
    await core.add_adapter(adapter)
    return Harness(fake, core, skill, adapter)


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegramAPI]:
    api = await FakeTelegramAPI().start()
    api.set_admins(GROUP["id"], creator=OWNER, admins=[MOD, BOT_USER])
    yield api
    await api.stop()


@pytest.fixture
async def bot(fake: FakeTelegramAPI) -> AsyncIterator[Harness]:
    harness = await start_bot(fake)
    yield harness
    await harness.core.shutdown()


async def test_question_gets_a_reply_threaded_to_the_asker(bot: Harness) -> None:
    asked = bot.fake.push_message(GROUP, ALICE, "how much is the hoodie?")
    [reply] = await bot.replies_to(asked)
    assert reply["chat_id"] == str(GROUP["id"])
    assert reply["text"] == "Good question, alice: the hoodie costs $25."
    assert reply["reply_parameters"] == {"message_id": asked, "allow_sending_without_reply": True}
    # the viewer's message reached the core as a neutral ChatMessage
    seen = bot.skill.seen[-1]
    assert (seen.platform, seen.channel, seen.author.id, seen.id) == ("telegram", "-1001234", "501", str(asked))


async def test_mentions_of_the_bot_use_its_configured_name_and_replies_to_it_are_flagged(bot: Harness) -> None:
    mentioned = bot.fake.push_message(GROUP, ALICE, "@LiveBot_Shop_Bot how much is the hoodie?")
    [answer] = await bot.replies_to(mentioned)
    follow_up = bot.fake.push_message(GROUP, ALICE, "and in blue?", reply_to_message={
        "message_id": answer_id(bot, mentioned), "date": int(time.time()), "chat": GROUP, "from": BOT_USER,
        "text": answer["text"]})
    plain_reply = bot.fake.push_message(GROUP, BOB, "same", reply_to_message={
        "message_id": mentioned, "date": int(time.time()), "chat": GROUP, "from": ALICE, "text": "x"})
    seen = await bot.seen(follow_up, plain_reply)
    assert seen[str(mentioned)].text == "@livebot how much is the hoodie?"
    assert seen[str(follow_up)].meta.get("reply_to_bot") is True
    assert seen[str(follow_up)].reply_to == str(answer_id(bot, mentioned))
    assert "reply_to_bot" not in seen[str(plain_reply)].meta


def answer_id(bot: Harness, asked: int) -> int:
    """The message id the fake gave the bot's reply to ``asked``."""
    return next(c.result["message_id"] for c in bot.fake.calls if c.method == "sendMessage"
                and c.params["reply_parameters"]["message_id"] == asked)


async def test_reply_in_a_forum_topic_stays_in_that_topic(bot: Harness) -> None:
    asked = bot.fake.push_message(GROUP, BOB, "is it waterproof?", thread_id=77)
    [reply] = await bot.replies_to(asked)
    assert reply["message_thread_id"] == "77"


async def test_toxic_message_is_deleted_and_author_restricted(bot: Harness) -> None:
    bad = bot.fake.push_message(GROUP, BOB, "buy followers SPAMWORD now")
    before = time.time()
    [deleted] = await bot.fake.wait_for("deleteMessage")
    [restricted] = await bot.fake.wait_for("restrictChatMember")
    assert deleted == {"chat_id": str(GROUP["id"]), "message_id": str(bad)}
    assert restricted["chat_id"] == str(GROUP["id"]) and restricted["user_id"] == str(BOB["id"])
    assert abs(int(restricted["until_date"]) - (before + TIMEOUT_SECONDS)) <= 3
    assert restricted["permissions"]["can_send_messages"] is False
    assert not any(restricted["permissions"].values())
    # nothing was said in chat about it, and the removed message was not answered
    assert bot.fake.calls_to("sendMessage") == []


async def test_roles_come_from_the_chat_admin_list_and_are_cached(bot: Harness) -> None:
    # an admin's message with the marker word is not moderated
    by_admin = bot.fake.push_message(GROUP, MOD, "spamword is a word we block")
    ids = [bot.fake.push_message(GROUP, user, "/whoami") for user in (ALICE, MOD, OWNER)]
    answers = [(await bot.replies_to(i))[0]["text"] for i in ids]
    assert answers == ["You are viewer.", "You are moderator.", "You are broadcaster."]
    await bot.seen(by_admin)
    assert bot.fake.calls_to("deleteMessage") == []
    assert len(bot.fake.calls_to("getChatAdministrators")) == 1  # cached for admin_cache_seconds


async def test_a_slow_answer_does_not_hold_up_moderation_behind_it(bot: Harness) -> None:
    slow = bot.fake.push_message(GROUP, ALICE, "slow: which jacket suits rain?")
    spam = bot.fake.push_message(GROUP, BOB, "spamword spamword")
    try:
        # the spam goes while the answer is still being written (handled one after the other, it never would)
        [deleted] = await bot.fake.wait_for("deleteMessage", timeout=3)
    finally:
        bot.skill.release.set()
    assert deleted["message_id"] == str(spam)
    await bot.replies_to(slow)


async def test_command_list_is_registered_and_commands_answer(bot: Harness) -> None:
    public, admins = bot.fake.calls_to("setMyCommands")
    public_names = [c["command"] for c in public["commands"]]
    assert {"price", "whoami", "help", "commands"} <= set(public_names)
    assert "clearchat" not in public_names and "reload" not in public_names
    assert admins["scope"] == {"type": "all_chat_administrators"}
    assert {"clearchat", "reload", "price"} <= {c["command"] for c in admins["commands"]}
    price = next(c for c in public["commands"] if c["command"] == "price")
    assert price["description"] == "Price of a product: /price hoodie"

    asked = bot.fake.push_message(GROUP, ALICE, "/price@livebot_shop_bot blue hoodie")
    other_bot = bot.fake.push_message(GROUP, ALICE, "/price@some_other_bot mug")
    plain = bot.fake.push_message(GROUP, ALICE, "/price mug")
    assert (await bot.replies_to(asked))[0]["text"] == "The blue hoodie costs $25."
    assert (await bot.replies_to(plain))[0]["text"] == "The mug costs $25."
    await asyncio.sleep(0.2)
    assert not [p for p in bot.fake.calls_to("sendMessage")
                if p["reply_parameters"]["message_id"] == other_bot]
    # a viewer may not run a moderator command
    denied = bot.fake.push_message(GROUP, ALICE, "/clearchat")
    allowed = bot.fake.push_message(GROUP, MOD, "/clearchat")
    await bot.replies_to(allowed)
    assert not [p for p in bot.fake.calls_to("sendMessage") if p["reply_parameters"]["message_id"] == denied]


async def test_start_in_a_private_chat_gets_the_help_text(bot: Harness) -> None:
    private = {"id": ALICE["id"], "type": "private", "first_name": "Alice"}
    started = bot.fake.push_message(private, ALICE, "/start")
    [reply] = await bot.replies_to(started)
    assert reply["chat_id"] == str(ALICE["id"]) and "livebot" in reply["text"]


async def test_429_is_waited_out_and_the_reply_sent_again(bot: Harness) -> None:
    bot.fake.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    asked = bot.fake.push_message(GROUP, ALICE, "do you ship to Canada?")
    first, second = await bot.replies_to(asked, count=2)
    attempts = [c for c in bot.fake.calls if c.method == "sendMessage"]
    assert len(attempts) == 2 and first == second  # the same message, sent again: nothing dropped
    assert attempts[1].at - attempts[0].at >= 1.0  # not before Telegram's retry_after
    await asyncio.sleep(0.3)
    assert len(bot.fake.calls_to("sendMessage")) == 2


async def test_dropped_connection_mid_poll_loses_and_repeats_nothing(
        bot: Harness, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, "livebot.telegram")
    first = bot.fake.push_message(GROUP, ALICE, "first question?")
    await bot.replies_to(first)
    # the connection dies just as the poll carries the second message to the bot
    bot.fake.drop_deliveries = 1
    second = bot.fake.push_message(GROUP, BOB, "second question?")
    await bot.replies_to(second)
    assert bot.fake.dropped == 1
    # and a poll dies in the middle of its long wait, with nothing pending
    bot.fake.drop_polls, bot.fake.drop_after = 1, 0.3
    for _ in range(200):
        if bot.fake.dropped == 2:
            break
        await asyncio.sleep(0.02)
    assert bot.fake.dropped == 2
    third = bot.fake.push_message(GROUP, ALICE, "third question?")
    await bot.replies_to(third)
    await asyncio.sleep(0.3)
    answered = [p["reply_parameters"]["message_id"] for p in bot.fake.calls_to("sendMessage")]
    assert answered == [first, second, third]  # each exactly once, in order
    assert [m.id for m in bot.skill.seen] == [str(first), str(second), str(third)]
    offsets = [int(p.get("offset") or 0) for p in bot.fake.calls_to("getUpdates")]
    assert offsets == sorted(offsets)  # the bot never confirmed an update it had not received
    assert len([r for r in caplog.records if "polling failed" in r.getMessage()]) == 2


async def test_missing_admin_rights_are_logged_once_and_the_bot_keeps_going(
        bot: Harness, caplog: pytest.LogCaptureFixture) -> None:
    for _ in range(2):
        bot.fake.fail_next("deleteMessage", 400, "Bad Request: message can't be deleted")
        bot.fake.fail_next("restrictChatMember", 400, "Bad Request: not enough rights to restrict/unrestrict "
                                                      "chat member")
    with caplog.at_level(logging.WARNING):
        bot.fake.push_message(GROUP, BOB, "spamword one")
        bot.fake.push_message(GROUP, BOB, "spamword two")
        await bot.fake.wait_for("restrictChatMember", 2)
        asked = bot.fake.push_message(GROUP, ALICE, "still there?")
        await bot.replies_to(asked)
    # refused calls are not retried: one call per action
    assert len(bot.fake.calls_to("deleteMessage")) == 2
    assert len(bot.fake.calls_to("restrictChatMember")) == 2
    advice = [r.getMessage() for r in caplog.records if r.name == "livebot.telegram" and r.levelno == logging.ERROR]
    assert len([a for a in advice if "can_delete_messages" in a]) == 1
    assert len([a for a in advice if "can_restrict_members" in a]) == 1
    assert all(str(GROUP["id"]) in a for a in advice)


async def test_an_edit_is_moderated_but_not_answered_twice(bot: Harness) -> None:
    asked = bot.fake.push_message(GROUP, ALICE, "what sizes are there?")
    await bot.replies_to(asked)
    bot.fake.push_message(GROUP, ALICE, "what sizes are there in blue?", edited_id=asked)
    clean = bot.fake.push_message(GROUP, BOB, "nice stream")
    bot.fake.push_message(GROUP, BOB, "nice stream spamword", edited_id=clean)
    [deleted] = await bot.fake.wait_for("deleteMessage")
    assert deleted["message_id"] == str(clean)
    await asyncio.sleep(0.2)
    assert len(bot.fake.calls_to("sendMessage")) == 1
    edits = [m for m in bot.skill.seen if m.meta.get("edited")]
    assert [m.id for m in edits] == [str(asked), str(clean)]


async def test_chats_outside_the_allowed_list_are_ignored(fake: FakeTelegramAPI,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, "livebot.telegram")
    harness = await start_bot(fake, channels=[-1009999], private_chats=False)
    try:
        ignored = fake.push_message(GROUP, ALICE, "anyone here?")
        served = fake.push_message({"id": -1009999, "type": "supergroup", "title": "VIP"}, ALICE, "anyone here?")
        fake.push_message({"id": ALICE["id"], "type": "private", "first_name": "Alice"}, ALICE, "hello?")
        await harness.replies_to(served)
        await asyncio.sleep(0.2)
        assert [p["reply_parameters"]["message_id"] for p in fake.calls_to("sendMessage")] == [served]
        assert ignored not in [int(m.id) for m in harness.skill.seen]
        # the admin learns each group's id from the log, once
        lines = [r.getMessage() for r in caplog.records if "group 'Luma live'" in r.getMessage()]
        assert lines == [f"ignoring group 'Luma live' (id {GROUP['id']}): not listed in adapters.telegram.channels"]
    finally:
        await harness.core.shutdown()


async def test_in_a_private_chat_a_listed_groups_admin_keeps_their_role(fake: FakeTelegramAPI) -> None:
    harness = await start_bot(fake, channels=[GROUP["id"]])
    try:
        asked = [fake.push_message({"id": user["id"], "type": "private", "first_name": "x"}, user, "/whoami")
                 for user in (MOD, ALICE)]
        assert [(await harness.replies_to(i))[0]["text"] for i in asked] == ["You are moderator.", "You are viewer."]
    finally:
        await harness.core.shutdown()


async def test_voice_notes_reach_the_voice_hook(bot: Harness) -> None:
    got: list[tuple[ChatMessage, bytes]] = []

    async def on_voice(message: ChatMessage, note: Any) -> None:
        got.append((message, await note.download()))

    bot.adapter.voice_handler = on_voice
    bot.fake.push_update({"message": {"message_id": 1, "date": int(time.time()), "chat": GROUP, "from": ALICE,
                                      "voice": {"file_id": "vn1", "file_unique_id": "u1", "duration": 2,
                                                "mime_type": "audio/ogg"}}})
    await bot.fake.wait_for("GET file")
    for _ in range(50):
        if got:
            break
        await asyncio.sleep(0.02)
    [(message, audio)] = got
    assert message.voice and message.channel == str(GROUP["id"]) and audio == b"OggS"
    assert bot.fake.calls_to("getFile") == [{"file_id": "vn1"}]


async def test_ban_unban_pin_and_announcements(bot: Harness) -> None:
    bob, alice = Author(str(BOB["id"]), "Bob"), Author(str(ALICE["id"]), "alice")
    channel, chat = str(GROUP["id"]), GROUP["id"]
    bot.fake.member_status[(chat, BOB["id"])] = "kicked"
    bot.fake.member_status[(chat, ALICE["id"])] = "restricted"
    await bot.core.act(Ban("telegram", channel, user=bob, reason="raid"))
    await bot.core.act(Unban("telegram", channel, user=bob))
    await bot.core.act(Unban("telegram", channel, user=alice))
    await bot.core.act(Announce("telegram", channel, text="Flash sale: 20% off hoodies for 10 minutes!"))
    await bot.core.act(Pin("telegram", channel, text="Now on screen: Luma hoodie, $25"))
    await bot.core.outbound.drain()
    assert bot.fake.calls_to("banChatMember") == [{"chat_id": channel, "user_id": str(BOB["id"])}]
    assert bot.fake.calls_to("unbanChatMember") == [{"chat_id": channel, "user_id": str(BOB["id"]),
                                                     "only_if_banned": "true"}]
    [lifted] = bot.fake.calls_to("restrictChatMember")  # the muted viewer gets her rights back
    assert lifted["user_id"] == str(ALICE["id"]) and all(lifted["permissions"].values())
    announced, pinned_text = bot.fake.calls_to("sendMessage")
    assert "reply_parameters" not in announced and announced["text"].startswith("Flash sale")
    [pin] = bot.fake.calls_to("pinChatMessage")
    assert pin["chat_id"] == channel and pin["disable_notification"] == "true"
    assert pinned_text["text"].startswith("Now on screen")


async def test_a_warning_mentions_the_viewer_and_threads_to_the_message(bot: Harness) -> None:
    from bot.events import Warn

    viewer = Author(str(BOB["id"]), "Bøb 🎉")
    cause = ChatMessage("telegram", str(GROUP["id"]), viewer, "LOUD", "321", time.time())
    await bot.core.act(Warn("telegram", str(GROUP["id"]), user=viewer, reason="no caps please", cause=cause))
    [warned] = bot.fake.calls_to("sendMessage")
    assert warned["text"] == "Bøb 🎉: no caps please"
    assert warned["reply_parameters"]["message_id"] == 321
    [entity] = warned["entities"]
    assert entity["type"] == "text_mention" and entity["user"]["id"] == BOB["id"]
    assert (entity["offset"], entity["length"]) == (0, 6)  # UTF-16 units: the emoji counts two


async def test_a_reply_with_audio_goes_out_as_one_voice_note(bot: Harness) -> None:
    long_text = "The hoodie is brushed cotton, runs true to size and ships tomorrow. " * 80  # > 4096: two parts
    await bot.core.act(Reply("telegram", str(GROUP["id"]), text=long_text, reply_to="77", audio=b"OggS-voice",
                             audio_format="ogg"))
    await bot.core.outbound.drain()
    texts = bot.fake.calls_to("sendMessage")
    assert len(texts) == 2 and all(p["reply_parameters"]["message_id"] == 77 for p in texts)
    [voice] = bot.fake.calls_to("sendVoice")
    assert voice["chat_id"] == str(GROUP["id"]) and voice["voice"] == b"OggS-voice"
    # other formats: MP3 as playable audio, anything else as a file
    await bot.core.act(Reply("telegram", str(GROUP["id"]), text="", audio=b"ID3-mp3", audio_format="mp3"))
    await bot.core.act(Reply("telegram", str(GROUP["id"]), text="", audio=b"RIFF-wav", audio_format="wav"))
    await bot.core.outbound.drain()
    assert [p["audio"] for p in bot.fake.calls_to("sendAudio")] == [b"ID3-mp3"]
    assert [p["document"] for p in bot.fake.calls_to("sendDocument")] == [b"RIFF-wav"]


async def test_the_linked_channels_own_posts_are_left_alone(bot: Harness) -> None:
    channel = {"id": -1005555, "type": "channel", "title": "Luma channel"}
    bot.fake.push_message(GROUP, {"id": 777000, "is_bot": False, "first_name": "Telegram"},
                          "Tonight's sale: who wants a hoodie?", sender_chat=channel, is_automatic_forward=True)
    comment = bot.fake.push_message(GROUP, ALICE, "me! what colours?")
    await bot.replies_to(comment)
    assert [m.id for m in bot.skill.seen] == [str(comment)]


async def test_the_streamer_commenting_as_their_channel_is_the_broadcaster(bot: Harness) -> None:
    bot.fake.linked_chats[GROUP["id"]] = -1005555
    channel_bot = {"id": 136817688, "is_bot": True, "first_name": "Channel"}
    own = bot.fake.push_message(GROUP, channel_bot, "/whoami",
                                sender_chat={"id": -1005555, "type": "channel", "title": "Luma channel"})
    other = bot.fake.push_message(GROUP, channel_bot, "/whoami",
                                  sender_chat={"id": -1006666, "type": "channel", "title": "Spam channel"})
    assert (await bot.replies_to(own))[0]["text"] == "You are broadcaster."
    assert (await bot.replies_to(other))[0]["text"] == "You are viewer."
    assert len(bot.fake.calls_to("getChat")) == 1
    # a spam channel cannot be muted, but it can be banned from the group
    spammer = next(m for m in bot.skill.seen if m.id == str(other))
    assert spammer.author.id == "-1006666"
    await bot.core.act(Timeout("telegram", spammer.channel, user=spammer.author, seconds=60, cause=spammer))
    await bot.core.act(Ban("telegram", spammer.channel, user=spammer.author, cause=spammer))
    assert bot.fake.calls_to("restrictChatMember") == []
    assert bot.fake.calls_to("banChatSenderChat") == [{"chat_id": str(GROUP["id"]), "sender_chat_id": "-1006666"}]


async def test_webhook_mode_receives_updates_with_the_secret_only(fake: FakeTelegramAPI) -> None:
    harness = await start_bot(fake, mode="webhook", webhook={"url": "https://shop.example", "port": 0,
                                                              "path": "/tg", "secret_token": "s3cret-token"})
    try:
        [hook] = fake.calls_to("setWebhook")
        assert hook["url"] == "https://shop.example/tg" and hook["secret_token"] == "s3cret-token"
        assert fake.calls_to("getUpdates") == []
        port = harness.adapter._webhook.port
        update = {"update_id": 1, "message": {"message_id": 9, "date": int(time.time()), "chat": GROUP,
                                              "from": ALICE, "text": "webhook question?"}}
        async with aiohttp.ClientSession() as http:
            url = f"http://127.0.0.1:{port}/tg"
            async with http.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "nope"}) as resp:
                assert resp.status == 403
            async with http.post(url, json=update,
                                 headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"}) as resp:
                assert resp.status == 200
        [reply] = await harness.replies_to(9)
        assert len(fake.calls_to("sendMessage")) == 1 and reply["chat_id"] == str(GROUP["id"])
    finally:
        await harness.core.shutdown()


async def test_the_token_never_reaches_the_logs(fake: FakeTelegramAPI, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # httpx logs every request URL, token included, at this level
    harness = await start_bot(fake)
    try:
        asked = fake.push_message(GROUP, ALICE, "anything new?")
        await harness.replies_to(asked)
    finally:
        await harness.core.shutdown()
    lines = [r.getMessage() for r in caplog.records]
    assert any("<TELEGRAM_BOT_TOKEN>/sendMessage" in line for line in lines)
    assert not [line for line in lines if fake.token in line]
