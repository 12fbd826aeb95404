"""The Telegram adapter: a python-telegram-bot ``Application`` wired to the bot core.

In: ``message`` and ``edited_message`` updates (long polling, or a webhook) from groups,
supergroups, a channel's discussion group and private chats become ChatMessages; the author's
role comes from the chat's administrator list (creator -> broadcaster, admin -> moderator).
Out: replies threaded to the asker, announcements, pins, and moderation (delete, restrict for N
seconds, ban, unban). Telegram's refusals for missing admin rights are reported once per chat
(``rights.py``); flood limits and 429s are handled by ``ratelimit.py`` and the core's per-chat queue.

Voice notes are left to the voice layer: set ``adapter.voice_handler`` to an async callable
``(message, note)``; it receives every voice note with a ``VoiceNote`` that can download the audio.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from telegram import Update
from telegram.error import Conflict, InvalidToken, NetworkError, TelegramError
from telegram.ext import Application, ContextTypes, MessageHandler, filters

from adapters.telegram.actions import TelegramActions
from adapters.telegram.incoming import (
    GROUP_CHAT_TYPES,
    author_of,
    command_text,
    mention_as_bot_name,
    to_chat_message,
)
from adapters.telegram.ratelimit import TelegramRateLimiter, seconds
from adapters.telegram.redact import TokenRedactor
from adapters.telegram.roles import AdminCache
from bot.events import (
    Adapter,
    AdapterError,
    Capabilities,
    ChatMessage,
    MessageSink,
    Role,
)

if TYPE_CHECKING:  # pragma: no cover
    from adapters.telegram import Config
    from bot.core import BotCore

log = logging.getLogger("livebot.telegram")

MAX_TEXT = 4096  # telegram.constants.MessageLimit.MAX_TEXT_LENGTH, counted in UTF-16 units
START_ATTEMPTS = 3


@dataclass(frozen=True)
class VoiceNote:
    """A voice note as the voice layer needs it; ``download()`` fetches the OGG/Opus bytes."""

    file_id: str
    duration: int
    mime_type: str | None
    file_size: int | None
    download: Callable[[], Awaitable[bytes]]


VoiceHandler = Callable[[ChatMessage, VoiceNote], Awaitable[None]]


class TelegramAdapter(TelegramActions, Adapter):
    name = "telegram"

    def __init__(self, config: Config, bot: BotCore) -> None:
        self.config = config
        self.core = bot
        limits = config.rate_limits
        self.capabilities = Capabilities(max_message_length=MAX_TEXT, rate_limit=limits.group_per_minute,
                                         rate_window=60.0, slash_commands=True, threads=True, voice=True,
                                         length_unit="utf16")
        self.rate_limiter = TelegramRateLimiter(limits.overall_per_second, limits.per_chat_interval,
                                                limits.max_retries)
        self.voice_handler: VoiceHandler | None = None
        self.sink: MessageSink | None = None
        self.username = ""
        self.application: Any = None
        self.admins: AdminCache | None = None
        self._webhook: Any = None
        self._redactor = TokenRedactor(config.token)
        self._linked: dict[int, int | None] = {}
        self._chats_logged: set[int] = set()
        self._linked_lock = asyncio.Lock()
        self._init_actions()

    # ------------------------------------------------------------------ lifecycle
    def _build(self) -> Any:
        cfg = self.config
        builder = (Application.builder().token(cfg.token).base_url(cfg.base_url).base_file_url(cfg.base_file_url)
                   .rate_limiter(self.rate_limiter).concurrent_updates(cfg.max_concurrent_updates)
                   # a long poll may take poll_timeout seconds before Telegram answers
                   .get_updates_read_timeout(5.0).get_updates_connect_timeout(5.0))
        if cfg.mode == "webhook":
            builder = builder.updater(None)
        app = builder.build()
        app.add_handler(MessageHandler(filters.UpdateType.MESSAGES, self._on_update))
        app.add_error_handler(self._on_error)
        return app

    async def start(self, sink: MessageSink) -> None:
        self.sink = sink
        self._redactor.install()
        if self.voice_handler is None:
            from adapters.telegram.voice import attach

            attach(self, self.core)  # voice notes -> the voice pipeline (when the config has `voice:`)
        self.application = app = self._build()
        for attempt in range(1, START_ATTEMPTS + 1):
            try:
                await app.initialize()  # getMe: checks the token, learns the bot's @username
                break
            except InvalidToken as exc:
                await self._discard(app)
                raise AdapterError("Telegram rejected the bot token (check TELEGRAM_BOT_TOKEN; @BotFather "
                                   f"/token shows it): {exc.message}") from None
            except NetworkError as exc:
                if attempt == START_ATTEMPTS:
                    await self._discard(app)
                    raise AdapterError(f"cannot reach the Telegram Bot API at {self.config.base_url}: "
                                       f"{exc.message}") from None
                log.warning("Bot API unreachable (%s); retrying", exc.message)
                await asyncio.sleep(attempt)
        self.username = app.bot.username or ""
        self.admins = AdminCache(self._fetch_admins, self.config.admin_cache_seconds)
        await app.start()
        allowed = ["message", "edited_message"]
        if self.config.mode == "webhook":
            await self._start_webhook(allowed)
        else:
            await app.updater.start_polling(
                poll_interval=self.config.poll_interval, timeout=self.config.poll_timeout,
                allowed_updates=allowed, drop_pending_updates=self.config.drop_pending_updates,
                bootstrap_retries=3, error_callback=self._on_poll_error)
        log.info("connected as @%s (%s)", self.username, self.config.mode)

    async def _discard(self, app: Any) -> None:
        """Close the HTTP clients of an Application that never started."""
        self.application = None
        with contextlib.suppress(Exception):
            await app.bot.shutdown()

    async def _start_webhook(self, allowed: list[str]) -> None:
        from adapters.telegram.webhook import WebhookServer

        hook = self.config.webhook
        assert hook is not None  # the config validator guarantees it
        self._webhook = WebhookServer(self.application, listen=hook.listen, port=hook.port, path=hook.path,
                                      secret_token=hook.secret_token)
        await self._webhook.start()
        await self.application.bot.set_webhook(url=hook.url.rstrip("/") + hook.path, secret_token=hook.secret_token,
                                               allowed_updates=allowed,
                                               drop_pending_updates=self.config.drop_pending_updates)

    async def stop(self) -> None:
        app, self.application = self.application, None
        if app is None:
            self._redactor.uninstall()
            return
        try:
            if app.updater is not None and app.updater.running:
                await app.updater.stop()
            if self._webhook is not None:
                await self._webhook.stop()
            if app.running:
                await app.stop()
            await app.shutdown()
        except TelegramError as exc:
            log.warning("error while disconnecting: %s", exc)
        finally:
            self._redactor.uninstall()

    def _on_poll_error(self, exc: TelegramError) -> None:
        # PTB retries on its own (backing off up to 30 s); updates are confirmed only once received
        if isinstance(exc, Conflict):
            log.error("another process is polling with this bot token (%s); only one may. Stop the "
                      "other bot instance, or run several behind mode: webhook", exc.message)
            return
        log.warning("polling failed (%s); reconnecting", exc)

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        log.error("handling an update failed", exc_info=context.error)

    # ------------------------------------------------------------------ incoming
    async def _fetch_admins(self, chat_id: int) -> Sequence[Any]:
        return await self.application.bot.get_chat_administrators(chat_id)

    def _serves(self, chat: Any) -> bool:
        if chat.type == "private":
            return self.config.private_chats
        if chat.type not in GROUP_CHAT_TYPES:
            return False
        serves = not self.config.channels or str(chat.id) in self.config.channels
        if chat.id not in self._chats_logged:
            # the admin needs the group's id for adapters.telegram.channels: say it once per group
            self._chats_logged.add(chat.id)
            log.info("%s group %r (id %s)%s", "serving" if serves else "ignoring", chat.title, chat.id,
                     "" if serves else ": not listed in adapters.telegram.channels")
        return serves

    async def _on_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is None or self.sink is None or not self._serves(message.chat):
            return
        if message.is_automatic_forward:
            # the linked channel's own post copied into its discussion group: the streamer's words,
            # not a viewer's; answering or moderating it would only embarrass them
            return
        edited = update.edited_message is not None
        user = message.from_user
        if user is not None and user.id == self.application.bot.id:
            return  # our own messages echoed back
        role = Role.VIEWER
        if user is not None and self.admins is not None:
            if message.chat.type in GROUP_CHAT_TYPES:
                role = await self.admins.role(message.chat.id, user.id)
            elif self.config.channels:
                # in a private chat, the standing the person has in the groups this bot serves (only
                # listed groups: an admin of some unrelated group the bot was added to counts for nothing)
                role = max([await self.admins.role(int(chat), user.id) for chat in self.config.channels])
        sender = message.sender_chat
        if sender is not None and sender.type == "channel" and sender.id == await self._linked_channel(message.chat):
            role = Role.BROADCASTER  # the streamer commenting as their channel in its discussion group
        author = author_of(message, role)
        raw = message.text or message.caption or ""
        text, command = command_text(raw, self.username, self._known_command, self.core.router.prefix)
        text = mention_as_bot_name(text, self.username, self.core.config.bot.name)
        chat_message = to_chat_message(message, author, text, edited=edited, command=command,
                                       bot_id=self.application.bot.id)
        if message.voice is not None and self.voice_handler is not None:
            await self.voice_handler(chat_message, self._voice_note(message.voice))
            return
        if not text.strip():
            return  # stickers, photos without caption, joins: nothing to read
        await self.sink.handle(chat_message)

    async def _linked_channel(self, chat: Any) -> int | None:
        """The channel whose discussion group this is (asked once per group, only when a channel posts)."""
        async with self._linked_lock:  # updates run concurrently: ask once, not once per message
            if chat.id not in self._linked:
                try:
                    self._linked[chat.id] = (await self.application.bot.get_chat(chat.id)).linked_chat_id
                except TelegramError as exc:
                    log.warning("cannot read chat %s's linked channel (%s)", chat.id, exc)
                    return None
            return self._linked[chat.id]

    def _known_command(self, name: str) -> bool:
        return self.core.router.get(name) is not None

    def _voice_note(self, voice: Any) -> VoiceNote:
        async def download() -> bytes:
            file = await voice.get_file()
            return bytes(await file.download_as_bytearray())

        return VoiceNote(voice.file_id, int(seconds(voice, "duration")), voice.mime_type, voice.file_size, download)

    # ------------------------------------------------------------------ rate limits
    def channel_rate_limit(self, channel: str) -> tuple[int, float] | None:
        limits = self.config.rate_limits
        if channel.startswith("-"):  # groups and supergroups have negative ids
            return (limits.group_per_minute, 60.0)
        return None  # private chats: only the per-chat gap in the rate limiter applies
