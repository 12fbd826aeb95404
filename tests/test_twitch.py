"""The Twitch adapter end to end: the REAL twitchio 3 client inside a whole bot (BotCore + adapter),
against the fake Twitch in tests/fakes/twitch_api.py. Every assertion is on what the fake received."""

from __future__ import annotations

import asyncio
import logging
import re
from collections import defaultdict
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from adapters.twitch import create
from adapters.twitch.adapter import TwitchAdapter
from bot.clock import ManualClock
from bot.commands import Arg, command
from bot.config import SkillConfig, validate_config
from bot.config_loader import LineMap
from bot.context import Context
from bot.core import BotCore
from bot.events import Author, ChatMessage, Delete, Timeout
from bot.skill import Skill
from tests.fakes.twitch_api import ALL_BOT_SCOPES, FakeTwitch

ROOT = Path(__file__).resolve().parent.parent
BOT, STREAMER, MOD = "111", "222", "333"
VIEWERS = [str(1000 + i) for i in range(60)]
LINK = "https://free-nitro.example/claim"


class TinyShop(Skill):
    """Test-only stand-in for the Q&A and moderation skills (exercises the adapter's real paths)."""

    name = "tinyshop"

    def __init__(self, bot: BotCore, config: SkillConfig) -> None:
        super().__init__(bot, config)
        self.links: dict[str, list[tuple[float, ChatMessage]]] = defaultdict(list)

    @command("price", help="price of an item", args=(Arg("item"),))
    async def price(self, ctx: Context) -> None:
        item = ctx.args[0] if ctx.args else "mug"
        await ctx.reply(f"{item}: 12.99 USD")

    async def moderate(self, message: ChatMessage, ctx: Context) -> bool:
        """The same link from 3+ accounts within 2 s is a raid: delete every copy, time the senders out."""
        found = re.findall(r"https?://\S+", message.text)
        if not found:
            return False
        now = ctx.clock.now()
        copies = self.links[found[0]] = [c for c in self.links[found[0]] if now - c[0] <= 2.0] + [(now, message)]
        if len({m.author.id for _, m in copies}) < 3:
            return False
        for _, m in copies:
            if m.meta.get("removed"):
                continue
            m.meta["removed"] = True
            await self.bot.act(Delete(m.platform, m.channel, message_id=m.id, user=m.author, reason="link raid",
                                      cause=m))
            await self.bot.act(Timeout(m.platform, m.channel, user=m.author, seconds=600, reason="link raid",
                                       cause=m))
        return True


@dataclass
class Harness:
    fake: FakeTwitch
    core: BotCore
    adapter: TwitchAdapter
    clock: ManualClock
    token: str
    refresh: str

    async def say(self, chatter: str, text: str, **kw: Any) -> str:
        return await self.fake.send_chat(STREAMER, chatter, text, **kw)

    async def wait_replies(self, n: int, timeout: float = 5.0) -> list[dict[str, Any]]:
        await self.fake.wait_until(lambda: len(self.fake.chat_messages) >= n, timeout)
        return self.fake.chat_messages


@asynccontextmanager
async def twitch_bot(*, moderator: bool = True, scopes: list[str] | None = None, mod_on_twitch: bool | None = None,
                     skills: dict[str, Any] | None = None, **extra: Any):
    """A whole bot on the Twitch adapter against the fake. ``skills``: real skills' config (with the demo
    catalog); without it the test-only TinyShop answers ``!price`` and handles link raids."""
    clock = ManualClock(1000.0)
    async with FakeTwitch(now=clock.now) as fake:
        fake.add_user(BOT, "luma_bot", "LumaBot")
        fake.add_user(STREAMER, "luma_live", "Luma_Live")
        fake.add_user(MOD, "helper_mod")
        for i, uid in enumerate(VIEWERS):
            fake.add_user(uid, f"viewer{i}")
        if moderator if mod_on_twitch is None else mod_on_twitch:
            fake.make_moderator(STREAMER, BOT)
        token, refresh = fake.issue_user_token(BOT, scopes)
        section = {"client_id": fake.client_id, "client_secret": fake.client_secret, "bot_id": BOT,
                   "access_token": token, "refresh_token": refresh, "channels": ["luma_live"],
                   "moderator": moderator, "helix_url": fake.helix_url, "oauth_url": fake.oauth_url,
                   "eventsub_url": fake.eventsub_url, **extra}
        data: dict[str, Any] = {"storage": {"url": "sqlite://"}, "adapters": {"twitch": section}}
        if skills is not None:
            data.update(skills=skills, shop={"catalog": str(ROOT / "config" / "catalog.yaml"), "currency": "USD"})
        config = validate_config(data, LineMap("<test>"))
        core = BotCore(config, clock=clock)
        await core.setup()
        if skills is None:
            await core.add_skill(TinyShop(core, SkillConfig()))
        adapter = create(config.adapters.twitch, core)
        await core.add_adapter(adapter)
        try:
            yield Harness(fake, core, adapter, clock, token, refresh)
        finally:
            await core.shutdown()


async def test_startup_subscribes_to_chat_with_the_bot_user_token():
    async with twitch_bot() as h:
        (sub,) = h.fake.chat_subscriptions()
        assert sub["condition"] == {"broadcaster_user_id": STREAMER, "user_id": BOT}
        (post,) = h.fake.calls("POST", "eventsub/subscriptions")
        assert post.token == h.token  # websocket subscriptions need the bot's user token, not the app token
        assert post.body["transport"]["method"] == "websocket"


QA = {"qa": {"reword": False}}
# the raid rule on its own: links allowed and no classifier, so only "the same text from many accounts" acts
RAID_ONLY = {"moderation": {"links": False, "first_message_links": False, "classifier": False,
                            "raid_accounts": 5, "raid_window_seconds": 2, "start_rung": {"raid": 4}}}


async def test_question_answered_by_the_qa_skill_with_a_threaded_helix_chat_message():
    async with twitch_bot(skills=QA) as h:
        asked = await h.say(VIEWERS[0], "!price caesar warm-up pant")
        (body,) = await h.wait_replies(1)
        assert body == {"broadcaster_id": STREAMER, "sender_id": BOT, "message": "Caesar Warm-Up Pant is $35.",
                        "reply_parent_message_id": asked}
        (call,) = h.fake.calls("POST", "chat/messages")
        assert call.token == h.token


async def test_a_question_addressed_to_the_bot_account_is_answered():
    async with twitch_bot(skills=QA) as h:  # bot.name is "livebot"; the Twitch account is @LumaBot
        asked = await h.say(VIEWERS[1], "@LumaBot how much is the caesar warm-up pant?")
        (body,) = await h.wait_replies(1)
        assert body["message"] == "Caesar Warm-Up Pant is $35." and body["reply_parent_message_id"] == asked


async def test_roles_come_from_badges():
    async with twitch_bot() as h:
        await h.say(VIEWERS[0], "!reload")                        # moderators only: ignored
        await h.say(MOD, "!reload", badges=["moderator", "subscriber"])  # answered
        replies = await h.wait_replies(1)
        await asyncio.sleep(0.1)
        assert len(h.fake.chat_messages) == 1
        assert replies[0]["reply_parent_message_id"]


async def test_spam_raid_is_deleted_and_timed_out_by_the_moderation_skill():
    async with twitch_bot(skills={**RAID_ONLY, **QA}) as h:
        ids = [await h.say(uid, f"free stuff {LINK}") for uid in VIEWERS[:20]]
        await h.say(VIEWERS[30], "what a nice hoodie")             # innocent: untouched
        await h.fake.wait_until(lambda: len(h.fake.calls("POST", "moderation/bans")) >= 20)
        deletes = h.fake.calls("DELETE", "moderation/chat")
        assert sorted(d.q("message_id") for d in deletes) == sorted(ids)
        assert {d.q("broadcaster_id") for d in deletes} == {STREAMER}
        assert {d.q("moderator_id") for d in deletes} == {BOT}
        bans = h.fake.calls("POST", "moderation/bans")
        assert sorted(b.body["data"]["user_id"] for b in bans) == sorted(VIEWERS[:20])
        assert {b.body["data"]["duration"] for b in bans} == {600}
        assert h.fake.chat_messages == []


async def test_burst_of_60_replies_keeps_20_per_30s_in_order():
    async with twitch_bot(moderator=False) as h:
        for i, uid in enumerate(VIEWERS):
            await h.say(uid, f"!price item{i}")
        await h.wait_replies(60, timeout=20)
        sends = h.fake.calls("POST", "chat/messages")
        assert [s.body["message"] for s in sends] == [f"item{i}: 12.99 USD" for i in range(60)]
        times = [s.at for s in sends]  # the bot's (manual) clock when the fake received each send
        for i in range(len(times) - 20):
            assert times[i + 20] - times[i] >= 30.0, f"messages {i}..{i + 20} inside 30 s"
        assert times[19] - times[0] < 1.0  # the first 20 go out at once


async def test_moderator_channel_gets_100_per_30s():
    async with twitch_bot(moderator=True) as h:
        assert h.adapter.channel_rate_limit("luma_live") == (100, 30.0)
        for i, uid in enumerate(VIEWERS):
            await h.say(uid, f"!price item{i}")
        await h.wait_replies(60, timeout=20)
        times = [s.at for s in h.fake.calls("POST", "chat/messages")]
        assert times[-1] - times[0] < 1.0


async def test_helix_429_waits_for_reset_and_keeps_order(caplog):
    async with twitch_bot() as h:
        h.fake.rate_limit("POST", "chat/messages", reset_in=0.2)
        for i in range(3):
            await h.say(VIEWERS[i], f"!price q{i}")
        await h.wait_replies(4)
        assert [m["message"] for m in h.fake.chat_messages] == ["q0: 12.99 USD", "q0: 12.99 USD",
                                                                "q1: 12.99 USD", "q2: 12.99 USD"]
        assert h.adapter.gate.limited == 1
        assert "rate limited (429)" in caplog.text


async def test_expired_token_is_refreshed_stored_and_the_call_retried():
    async with twitch_bot() as h:
        h.fake.expire(h.token)
        await h.say(VIEWERS[0], "!price mug")
        await h.wait_replies(2)
        first, second = h.fake.calls("POST", "chat/messages")
        assert first.token == h.token and second.token != h.token
        assert second.body["message"] == "mug: 12.99 USD"
        refreshes = [r for r in h.fake.requests if r.path == "/id/oauth2/token" and r.q("grant_type") == "refresh_token"]
        assert len(refreshes) == 1
        await h.fake.wait_until(lambda: _stored_token(h.core) == second.token)


def _stored_token(core: BotCore) -> str | None:
    data = core.store.kv_get("twitch", "tokens:fake-client-id") or {}
    return data.get("users", {}).get(BOT, {}).get("token")


async def test_session_reconnect_keeps_subscriptions_and_drops_redelivery():
    async with twitch_bot() as h:
        first = await h.say(VIEWERS[0], "!price a")
        await h.wait_replies(1)
        old = await h.fake.session_reconnect()
        await h.fake.wait_until(lambda: h.fake.sessions[old].ws.closed and len(h.fake.active_sessions()) == 1)
        (sub,) = h.fake.chat_subscriptions()
        assert sub["session_id"] == h.fake.active_sessions()[0].id  # moved with the session
        assert len(h.fake.calls("POST", "eventsub/subscriptions")) == 1  # nothing lost, nothing to redo
        await h.say(VIEWERS[0], "!price a", message_id=first)      # Twitch redelivers around a reconnect
        await h.say(VIEWERS[1], "!price b")
        replies = await h.wait_replies(2)
        await asyncio.sleep(0.1)
        assert [r["message"] for r in h.fake.chat_messages] == ["a: 12.99 USD", "b: 12.99 USD"]
        assert replies and h.adapter.duplicates_dropped == 1


async def test_dropped_connection_resubscribes():
    async with twitch_bot() as h:
        await h.fake.drop_connection()
        await h.fake.wait_until(lambda: len(h.fake.chat_subscriptions()) == 1
                                and len(h.fake.calls("POST", "eventsub/subscriptions")) == 2)
        (sub,) = h.fake.chat_subscriptions()
        assert sub["condition"]["broadcaster_user_id"] == STREAMER
        await h.say(VIEWERS[0], "!price c")
        assert (await h.wait_replies(1))[0]["message"] == "c: 12.99 USD"


async def test_lost_subscription_is_restored_by_the_watchdog():
    async with twitch_bot() as h:
        # the subscription vanishes on Twitch's side and twitchio forgets it (a failed resubscribe)
        h.fake.subscriptions.clear()
        for socket in [s for pair in h.adapter.client._websockets.values() for s in pair.values()]:
            socket._subscriptions.clear()
        assert h.adapter.missing_channel_ids() == {STREAMER}
        # restart the adapter's watchdog with a short period; it acts on the second check that misses it
        h.adapter.subscription_check_seconds = 0.05
        h.adapter._watchdog.cancel()
        h.adapter._watchdog = asyncio.create_task(h.adapter._watch_subscriptions())
        await h.fake.wait_until(lambda: not h.adapter.missing_channel_ids())
        await asyncio.sleep(0.2)  # more checks: nothing more to do
        assert len(h.fake.chat_subscriptions()) == 1
        assert len(h.fake.calls("POST", "eventsub/subscriptions")) == 2  # once at start, once restored
        await h.say(VIEWERS[0], "!price e")
        assert (await h.wait_replies(1))[0]["message"] == "e: 12.99 USD"


async def test_403_not_moderator_is_logged_with_scope_and_not_retried(caplog):
    caplog.set_level(logging.WARNING)
    async with twitch_bot(moderator=False) as h:  # the bot is not a moderator on the fake either
        await h.core.act(Timeout("twitch", "luma_live", user=Author(VIEWERS[0], "viewer0"), seconds=60, reason="x"))
        assert len(h.fake.calls("POST", "moderation/bans")) == 1
        assert "moderator:manage:banned_users" in caplog.text and "403" in caplog.text


async def test_missing_scope_for_warn_is_logged_and_not_retried(caplog):
    scopes = [s for s in ALL_BOT_SCOPES if s != "moderator:manage:warnings"]
    async with twitch_bot(scopes=scopes) as h:
        from bot.events import Warn

        await h.core.act(Warn("twitch", "luma_live", user=Author(VIEWERS[0], "viewer0"), reason="no links"))
        assert len(h.fake.calls("POST", "moderation/warnings")) == 1
        assert "moderator:manage:warnings" in caplog.text


async def test_ban_unban_warn_reach_helix():
    from bot.events import Ban, Unban, Warn

    async with twitch_bot() as h:
        who = Author(VIEWERS[5], "viewer5")
        await h.core.act(Ban("twitch", "luma_live", user=who, reason="scam"))
        await h.core.act(Unban("twitch", "luma_live", user=who))
        await h.core.act(Warn("twitch", "luma_live", user=who, reason="no links please"))
        (ban,) = h.fake.calls("POST", "moderation/bans")
        assert ban.body == {"data": {"user_id": VIEWERS[5], "reason": "scam"}}
        (unban,) = h.fake.calls("DELETE", "moderation/bans")
        assert unban.q("user_id") == VIEWERS[5]
        (warn,) = h.fake.calls("POST", "moderation/warnings")
        assert warn.body == {"data": {"user_id": VIEWERS[5], "reason": "no links please"}}


async def test_delete_without_message_id_never_clears_the_chat():
    async with twitch_bot() as h:
        await h.core.act(Delete("twitch", "luma_live", message_id="", reason="x"))
        assert h.fake.calls("DELETE", "moderation/chat") == []


async def test_long_answer_split_to_500():
    class Long(Skill):
        name = "long"

        @command("long", help="a long answer")
        async def long(self, ctx: Context) -> None:
            await ctx.reply(" ".join(["word"] * 200))  # 999 characters

    async with twitch_bot() as h:
        await h.core.add_skill(Long(h.core, SkillConfig()))
        await h.say(VIEWERS[0], "!long")
        replies = await h.wait_replies(2)
        await asyncio.sleep(0.1)
        assert len(h.fake.chat_messages) == 2
        assert all(len(r["message"]) <= 500 for r in replies)
        assert " ".join(r["message"] for r in replies) == " ".join(["word"] * 200)


async def test_command_inside_a_twitch_reply_is_still_a_command():
    async with twitch_bot() as h:
        parent = await h.say(STREAMER, "new drop is live!", badges=["broadcaster"])
        # Twitch prefixes a reply's text with "@parent "
        asked = await h.say(VIEWERS[0], "@Luma_Live !price cap", reply_to=(parent, STREAMER))
        (body,) = await h.wait_replies(1)
        assert body["message"] == "cap: 12.99 USD" and body["reply_parent_message_id"] == asked


async def test_wrong_client_secret_fails_start_cleanly(caplog):
    from twitchio.http import Route

    from adapters.twitch.endpoints import HELIX_DEFAULT
    from bot.events import AdapterError

    async with FakeTwitch() as fake:
        fake.add_user(BOT, "luma_bot")
        fake.add_user(STREAMER, "luma_live")
        token, refresh = fake.issue_user_token(BOT)
        section = {"client_id": fake.client_id, "client_secret": "wrong", "bot_id": BOT, "access_token": token,
                   "refresh_token": refresh, "channels": ["luma_live"], "helix_url": fake.helix_url,
                   "oauth_url": fake.oauth_url, "eventsub_url": fake.eventsub_url}
        config = validate_config({"storage": {"url": "sqlite://"}, "adapters": {"twitch": section}},
                                 LineMap("<test>"))
        core = BotCore(config, clock=ManualClock(0))
        await core.setup()
        adapter = create(config.adapters.twitch, core)
        try:
            await adapter.start(core)
        except AdapterError as exc:
            assert "did not start" in str(exc) and "403" in str(exc)
            assert "wrong" not in str(exc) and token not in str(exc)  # no secret in the error or the log
            assert "wrong" not in caplog.text and token not in caplog.text
        else:
            raise AssertionError("start should fail with a wrong client secret")
        assert Route.BASE == HELIX_DEFAULT  # endpoints restored
        await adapter.stop()  # safe twice
        await core.shutdown()


async def test_reply_to_a_deleted_message_falls_back_to_a_mention():
    async with twitch_bot() as h:
        h.fake.fail("POST", "chat/messages", 400, "The reply parent message ID is invalid")
        asked = await h.say(VIEWERS[2], "!price scarf")
        threaded, plain = await h.wait_replies(2)
        assert threaded["reply_parent_message_id"] == asked
        assert "reply_parent_message_id" not in plain and plain["message"] == "@viewer2 scarf: 12.99 USD"


async def test_announcement_is_a_plain_chat_message():
    from bot.events import Announce

    async with twitch_bot() as h:
        await h.core.act(Announce("twitch", "#Luma_Live", text="Flash sale: 20% off for 10 minutes!"))
        (body,) = await h.wait_replies(1)
        assert body == {"broadcaster_id": STREAMER, "sender_id": BOT, "message": "Flash sale: 20% off for 10 minutes!"}


@pytest.mark.slow
async def test_keepalive_loss_reconnects_and_resubscribes():
    """twitchio's shortest keepalive window is 10 s (+5 s grace): this one waits ~20 s of real time."""
    async with twitch_bot() as h:
        old = h.fake.go_silent()
        await h.fake.wait_until(lambda: h.fake.sessions[old].ws.closed and len(h.fake.chat_subscriptions()) == 1,
                                timeout=40)
        (sub,) = h.fake.chat_subscriptions()
        assert sub["session_id"] != old
        await h.say(VIEWERS[0], "!price d")
        assert (await h.wait_replies(1))[0]["message"] == "d: 12.99 USD"


async def test_revoked_token_fails_start_with_a_clear_log_and_no_token_in_it(caplog):
    from bot.events import AdapterError

    async with FakeTwitch() as fake:
        fake.add_user(BOT, "luma_bot")
        fake.add_user(STREAMER, "luma_live")
        token, refresh = fake.issue_user_token(BOT)
        fake.expire(token)
        fake.refresh_tokens.clear()  # the user revoked the app: the refresh token is dead too
        section = {"client_id": fake.client_id, "client_secret": fake.client_secret, "bot_id": BOT,
                   "access_token": token, "refresh_token": refresh, "channels": ["luma_live"],
                   "helix_url": fake.helix_url, "oauth_url": fake.oauth_url, "eventsub_url": fake.eventsub_url}
        config = validate_config({"storage": {"url": "sqlite://"}, "adapters": {"twitch": section}},
                                 LineMap("<test>"))
        core = BotCore(config, clock=ManualClock(0))
        await core.setup()
        adapter = create(config.adapters.twitch, core)
        with pytest.raises(AdapterError, match="could not subscribe"):
            await adapter.start(core)
        await core.shutdown()
    assert "authorize the bot again" in caplog.text
    assert token not in caplog.text and refresh not in caplog.text


async def test_same_answer_twice_is_made_unique_for_a_non_moderator_bot(caplog):
    async with twitch_bot(moderator=False) as h:
        await h.say(VIEWERS[0], "!price mug")
        await h.wait_replies(1)
        await h.say(VIEWERS[1], "!price mug")
        first, second = await h.wait_replies(2)
        assert first["message"] == "mug: 12.99 USD"
        assert second["message"] == "@viewer1 mug: 12.99 USD"  # not dropped as a duplicate by Twitch
        assert "msg_duplicate" not in caplog.text


async def test_twitch_dropping_a_message_is_logged_not_retried(caplog):
    from bot.events import Announce

    async with twitch_bot(moderator=False) as h:
        for _ in range(2):
            await h.core.act(Announce("twitch", "luma_live", text="Sale now on"))
        await h.wait_replies(2)
        await h.core.outbound.drain()
        assert len(h.fake.chat_messages) == 2  # the repeat was sent once, refused, not retried
        assert "msg_duplicate" in caplog.text


async def test_bot_never_answers_its_own_echo_but_a_human_on_the_bot_account_counts():
    class Echo(Skill):
        name = "echo"

        @command("tell", help="says a command back", args=(Arg("text", rest=True),))
        async def tell(self, ctx: Context) -> None:
            await ctx.reply(ctx.arg_text, mention=False)

    async with twitch_bot() as h:
        await h.core.add_skill(Echo(h.core, SkillConfig()))
        await h.say(VIEWERS[0], "!tell !price loop")   # the bot says "!price loop"; Twitch echoes it back
        await h.wait_replies(1)
        await h.fake.wait_until(lambda: any(n["payload"]["event"]["chatter_user_id"] == BOT
                                            for n in h.fake.sent_notifications))
        await asyncio.sleep(0.2)
        assert [m["message"] for m in h.fake.chat_messages] == ["!price loop"]  # the echo ran nothing
        await h.say(BOT, "!price typed")  # the streamer typing on the bot account is a real message
        replies = await h.wait_replies(2)
        assert replies[1]["message"] == "typed: 12.99 USD"


async def test_config_claiming_moderator_without_the_badge_is_warned(caplog):
    async with twitch_bot(moderator=True, mod_on_twitch=False) as h:
        await h.say(VIEWERS[0], "!price mug")
        await h.wait_replies(1)
        await h.fake.wait_until(lambda: "without a moderator badge" in caplog.text)
        assert "/mod luma_bot" in caplog.text


async def test_real_moderator_matching_the_config_is_not_warned(caplog):
    async with twitch_bot(moderator=True) as h:
        await h.say(VIEWERS[0], "!price mug")
        await h.wait_replies(1)
        await h.fake.wait_until(lambda: len(h.fake.sent_notifications) == 2)
        await asyncio.sleep(0.1)
        assert "moderator badge" not in caplog.text


async def test_spam_raid_with_the_test_skill_also_deleted_and_timed_out():
    """The same adapter paths with the test-only skill (kept: it does not depend on the skills' tuning)."""
    async with twitch_bot() as h:
        ids = [await h.say(uid, f"look {LINK}") for uid in VIEWERS[:20]]
        await h.fake.wait_until(lambda: len(h.fake.calls("POST", "moderation/bans")) >= 20)
        assert sorted(d.q("message_id") for d in h.fake.calls("DELETE", "moderation/chat")) == sorted(ids)
