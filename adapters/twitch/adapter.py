"""TwitchAdapter: the core's Adapter interface on top of twitchio 3.

In:  EventSub websocket ``channel.chat.message`` -> ChatMessage -> ``sink.handle`` (redeliveries dropped).
Out: Helix Send Chat Message (threaded replies), delete / timeout / ban / unban / warn, each through
     ``HelixCaller`` (429 waits, scope errors explained). The core's outbound queue holds the chat
     rate limit per channel: 20 messages / 30 s, 100 / 30 s where the bot is a moderator.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import aiohttp

from adapters.twitch.convert import RecentIds, to_chat_message
from adapters.twitch.endpoints import Endpoints, point_twitchio_at, restore
from adapters.twitch.helix import HelixCaller, HelixRateGate, redact
from adapters.twitch.moderation import HelixModeration
from adapters.twitch.tokens import TokenVault
from bot.events import (
    Adapter,
    AdapterError,
    Announce,
    Capabilities,
    MessageSink,
    Pin,
    Reply,
)

if TYPE_CHECKING:  # pragma: no cover
    from adapters.twitch import Config
    from adapters.twitch.client import LiveBotTwitchClient
    from bot.core import BotCore

log = logging.getLogger("livebot.twitch")

CHAT_SUBSCRIPTION = "channel.chat.message"
DUPLICATE_WINDOW = 30.0  # seconds in which Twitch rejects a non-moderator's identical message


@dataclass(frozen=True)
class ChannelRef:
    id: str
    login: str


class TwitchAdapter(HelixModeration, Adapter):
    name = "twitch"
    capabilities = Capabilities(max_message_length=500, rate_limit=20, rate_window=30, native_warn=True)
    #: Twitch's chat limit in a channel where the bot is a moderator or the broadcaster
    moderator_rate_limit = (100, 30.0)
    #: how often the subscriptions are checked and restored if a reconnect lost one (seconds)
    subscription_check_seconds = 30.0
    #: how long start() waits for login + subscriptions
    start_timeout = 60.0

    def __init__(self, config: Config, bot: BotCore) -> None:
        self.config = config
        self.bot = bot
        self.bot_id = config.bot_id
        self.recent = RecentIds(config.dedupe_size)
        self.gate = HelixRateGate()
        self.helix = HelixCaller(self.gate, max_wait=config.max_rate_limit_wait)
        self.client: LiveBotTwitchClient | None = None
        self.channels: dict[str, ChannelRef] = {}  # keyed by login and by id
        self._sink: MessageSink | None = None
        self._session: aiohttp.ClientSession | None = None
        self._task: asyncio.Task[None] | None = None
        self._watchdog: asyncio.Task[None] | None = None
        self._endpoints: Endpoints | None = None
        self.duplicates_dropped = 0
        self._last_sent: dict[str, tuple[str, float]] = {}  # channel id -> (text, monotonic time)
        self._sent_ids = RecentIds(1000)                  # ids of the bot's own messages (EventSub echoes them)
        self._sent_texts: deque[str] = deque(maxlen=100)
        self._status_checked: set[str] = set()  # channels where the bot's moderator badge was compared
        self.bot_login: str | None = None
        self._bot_names: tuple[str, ...] = ()  # a leading @mention of these addresses the bot

    # ------------------------------------------------------------------ lifecycle
    async def start(self, sink: MessageSink) -> None:
        from adapters.twitch.client import LiveBotTwitchClient

        self._sink = sink
        cfg = self.config
        self._endpoints = point_twitchio_at(cfg.helix_url, cfg.oauth_url, cfg.eventsub_url)
        self._session = aiohttp.ClientSession(trace_configs=[self.gate.trace_config()])
        self.client = LiveBotTwitchClient(
            client_id=cfg.client_id,
            client_secret=cfg.client_secret.get_secret_value(),
            bot_id=cfg.bot_id,
            session=self._session,
            vault=TokenVault(self.bot.store, cfg.client_id),
            seed=(cfg.access_token.get_secret_value() if cfg.access_token else None,
                  cfg.refresh_token.get_secret_value() if cfg.refresh_token else None),
            on_message=self._on_chat,
            on_setup=self._subscribe_channels,
        )
        # with_adapter=False: no OAuth web server; tokens come from the store
        self._task = asyncio.create_task(self.client.start(with_adapter=False), name="twitch:client")
        ready = asyncio.create_task(self.client.wait_until_ready())
        done, _ = await asyncio.wait({ready, self._task}, timeout=self.start_timeout,
                                     return_when=asyncio.FIRST_COMPLETED)
        if ready not in done:
            ready.cancel()
            error = self._task.exception() if self._task in done and not self._task.cancelled() else None
            await self.stop()
            reason = redact(f"{type(error).__name__}: {error}", *self._secrets()) if error else "timed out"
            raise AdapterError(f"twitch did not start: {reason}") from None
        user = self.client.user
        self.bot_login = getattr(user, "name", None)
        self._bot_names = tuple(n for n in {self.bot_login, getattr(user, "display_name", None)} if n)
        self._watchdog = asyncio.create_task(self._watch_subscriptions(), name="twitch:subscriptions")
        log.info("twitch: connected as %s in %s", self.bot_id,
                 ", ".join(sorted({c.login for c in self.channels.values()})))

    async def stop(self) -> None:
        if self._watchdog is not None:
            self._watchdog.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._watchdog
            self._watchdog = None
        if self.client is not None:
            with contextlib.suppress(Exception):
                await self.client.close()
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await asyncio.wait_for(self._task, 5)
            self._task = None
        if self._session is not None:
            await self._session.close()
            self._session = None
        if self._endpoints is not None:
            restore(self._endpoints)
            self._endpoints = None

    # ------------------------------------------------------------------ channels & subscriptions
    async def _subscribe_channels(self) -> None:
        """Called by twitchio after login: resolve channel logins/ids, subscribe to their chat."""
        assert self.client is not None
        wanted = self.config.channels
        ids = [c for c in wanted if c.isdigit()]
        logins = [c for c in wanted if not c.isdigit()]
        users = await self.client.fetch_users(ids=ids or None, logins=logins or None)
        for user in users:
            ref = ChannelRef(str(user.id), (user.name or str(user.id)).lower())
            self.channels[ref.id] = self.channels[ref.login] = ref
        unknown = [c for c in wanted if c not in self.channels]
        if unknown:
            log.error("twitch: no such channel(s): %s", ", ".join(unknown))
        subscribed = 0
        for ref in {r.id: r for r in self.channels.values()}.values():
            subscribed += await self._subscribe(ref)
        if not subscribed:
            raise AdapterError("twitch: could not subscribe to any channel's chat")

    async def _subscribe(self, ref: ChannelRef) -> bool:
        from twitchio import HTTPException
        from twitchio.eventsub import ChatMessageSubscription

        assert self.client is not None
        try:
            await self.client.subscribe_websocket(
                ChatMessageSubscription(broadcaster_user_id=ref.id, user_id=self.bot_id), token_for=self.bot_id)
        except HTTPException as exc:
            hint = " (the bot's token needs user:read:chat)" if exc.status in (401, 403) else ""
            log.error("twitch: subscribing to #%s chat failed: %s%s", ref.login, exc, hint)
            return False
        return True

    def subscribed_channel_ids(self) -> set[str]:
        if self.client is None:
            return set()
        subs = self.client.websocket_subscriptions().values()
        return {str(s.condition.get("broadcaster_user_id")) for s in subs if s.type.value == CHAT_SUBSCRIPTION}

    async def _watch_subscriptions(self) -> None:
        """twitchio restores subscriptions after a reconnect but only logs a failure; restore them here.

        A channel must be missing on two checks in a row: a reconnect in progress hides the
        subscriptions for a moment, and subscribing then would only make a duplicate."""
        suspects: set[str] = set()
        while True:
            await asyncio.sleep(self.subscription_check_seconds)
            try:
                missing = self.missing_channel_ids()
                await self.ensure_subscriptions(only=missing & suspects)
                suspects = missing - suspects
            except Exception:
                log.exception("twitch: checking subscriptions failed")

    def missing_channel_ids(self) -> set[str]:
        return {ref.id for ref in self.channels.values()} - self.subscribed_channel_ids()

    async def ensure_subscriptions(self, only: set[str] | None = None) -> int:
        """Subscribe again to channels whose chat subscription is gone (or just ``only``); returns how many."""
        restored = 0
        for ref in {r.id: r for r in self.channels.values()}.values():
            if ref.id in self.missing_channel_ids() and (only is None or ref.id in only):
                log.warning("twitch: chat subscription for #%s was lost; subscribing again", ref.login)
                restored += await self._subscribe(ref)
        return restored

    def channel(self, name: str) -> ChannelRef:
        key = name.strip().lstrip("#").lower()
        ref = self.channels.get(key)
        if ref is None:
            raise AdapterError(f"twitch: not serving channel {name!r} (channels: {', '.join(self.config.channels)})")
        return ref

    def channel_rate_limit(self, channel: str) -> tuple[int, float] | None:
        key = channel.strip().lstrip("#").lower()
        ref = self.channels.get(key, ChannelRef(key, key))
        if ref.id == self.bot_id or self.config.is_moderator_in(ref.login, ref.id):
            return self.moderator_rate_limit
        return (self.capabilities.rate_limit or 20, self.capabilities.rate_window)

    # ------------------------------------------------------------------ incoming
    async def _on_chat(self, payload: Any) -> None:
        # checked before any await: two copies of one notification cannot both pass
        if self.recent.seen(str(payload.id)):
            self.duplicates_dropped += 1
            log.debug("twitch: dropped a redelivered message %s", payload.id)
            return
        if str(payload.chatter.id) == self.bot_id and self._sent_by_us(str(payload.id), payload.text or ""):
            self._check_moderator_status(payload)
            return  # EventSub echoes what the bot sends; a human typing on the bot account still counts
        if self._sink is None:
            return
        message = to_chat_message(payload, platform=self.name, now=self.bot.clock.now(), bot_id=self.bot_id,
                                  bot_names=self._bot_names)
        try:
            await self._sink.handle(message)
        except Exception:
            log.exception("twitch: handling message %s failed", message.id)

    # ------------------------------------------------------------------ outgoing chat
    async def send(self, action: Reply | Announce | Pin) -> None:
        from twitchio import MessageRejectedError

        text = action.text.strip()
        if not text:
            return  # audio-only replies: Twitch chat has no voice
        ref = self.channel(action.channel)
        reply_to = action.reply_to if isinstance(action, Reply) and self.config.threaded_replies else None
        addressee = action.addressee if isinstance(action, Reply) else None
        if addressee and (not reply_to or self._is_repeat(ref, text)):
            # Twitch drops a non-moderator's message identical to its previous one within 30 s:
            # two viewers asking the same price would lose the second answer; a mention makes it unique
            text = _mention(addressee, text, self.capabilities.max_message_length)
        self._last_sent[ref.id] = (text, time.monotonic())
        broadcaster = self._partial(ref.id, ref.login)

        async def post(parent: str | None, body: str) -> Any:
            self._sent_texts.append(body)
            sent = await broadcaster.send_message(body, sender=self.bot_id, token_for=self.bot_id,
                                                  reply_to_message_id=parent)
            if sent.id:
                self._sent_ids.seen(sent.id)
            return sent

        try:
            try:
                await self.helix.call(f"send to #{ref.login}", "user:write:chat", lambda: post(reply_to, text))
            except AdapterError as exc:
                if reply_to is None or _status(exc) != 400:
                    raise
                # the message we answer was deleted meanwhile: answer unthreaded instead
                body = text
                if addressee and not text.startswith(f"@{addressee.lstrip('@')} "):
                    body = _mention(addressee, text, self.capabilities.max_message_length)
                await self.helix.call(f"send to #{ref.login}", "user:write:chat", lambda: post(None, body))
        except MessageRejectedError as exc:
            raise AdapterError(f"twitch dropped the message in #{ref.login} ({exc.code}: {exc.message})") from exc

    def _check_moderator_status(self, payload: Any) -> None:
        """The echo of the bot's first message in a channel shows its real standing: compare with the config."""
        channel_id, login = str(payload.broadcaster.id), (payload.broadcaster.name or "").lower()
        if channel_id in self._status_checked:
            return
        self._status_checked.add(channel_id)
        badges = {b.set_id for b in (payload.badges or [])}
        is_mod = bool(badges & {"moderator", "lead_moderator", "broadcaster"})
        configured = self.channel_rate_limit(login or channel_id) == self.moderator_rate_limit
        if configured and not is_mod:
            log.warning("twitch: the config says the bot is a moderator in #%s, but Twitch shows it without a "
                        "moderator badge: messages beyond 20 per 30 s will be dropped and moderation fails. "
                        "Type /mod %s in that chat, or set moderator: false", login, self.bot_login or "<bot>")
        elif is_mod and not configured:
            log.info("twitch: the bot is a moderator in #%s; set moderator: true to send up to 100 messages "
                     "per 30 s there instead of 20", login)

    def _sent_by_us(self, message_id: str, text: str) -> bool:
        # the echo can arrive before Helix has answered with the id, so the text is checked too
        return message_id in self._sent_ids or text in self._sent_texts

    def _is_repeat(self, ref: ChannelRef, text: str) -> bool:
        if self.channel_rate_limit(ref.login) == self.moderator_rate_limit:
            return False  # moderators and broadcasters may repeat themselves
        last = self._last_sent.get(ref.id)
        return last is not None and last[0] == text and time.monotonic() - last[1] < DUPLICATE_WINDOW

    # ------------------------------------------------------------------ helpers
    def _secrets(self) -> list[str]:
        cfg = self.config
        values = [cfg.client_secret.get_secret_value()]
        values += [v.get_secret_value() for v in (cfg.access_token, cfg.refresh_token) if v is not None]
        if self.client is not None:
            values += [t for entry in self.client.tokens.values() for t in (entry["token"], entry["refresh"])]
        return values

    def _partial(self, user_id: str, login: str | None = None) -> Any:
        if self.client is None:
            raise AdapterError("twitch adapter is not started")
        return self.client.create_partialuser(user_id, login)


def _mention(who: str, text: str, limit: int) -> str:
    mentioned = f"@{who.lstrip('@')} {text}"
    return mentioned if len(mentioned) <= limit else text


def _status(exc: AdapterError) -> int | None:
    return getattr(exc.__cause__, "status", None)
