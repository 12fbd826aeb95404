"""The outgoing half of the Telegram adapter: replies, warnings and moderation actions, commands menu.

Every call goes through ``_call``: Telegram's refusals for missing admin rights become one log line
per chat naming the right (``rights.py``) and an ``AdapterError`` (the outbound does not retry);
other bad requests are ``AdapterError`` too; network trouble propagates so the outbound retries.
"""

from __future__ import annotations

import contextlib
import datetime as dtm
import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any

from telegram import (
    BotCommand,
    BotCommandScopeAllChatAdministrators,
    ChatPermissions,
    MessageEntity,
    ReplyParameters,
    User,
)
from telegram.error import BadRequest, ChatMigrated, NetworkError, TelegramError

from adapters.telegram.rights import RightsReporter, is_missing_right
from bot.events import AdapterError, Announce, Ban, Delete, Pin, Reply, Role, Timeout, Unban, Warn
from bot.splitter import utf16_units

if TYPE_CHECKING:  # pragma: no cover
    from bot.commands import Command

log = logging.getLogger("livebot.telegram")

MAX_COMMANDS = 100
# Telegram treats a restriction shorter than 30 s (or longer than 366 days) as "forever"
MIN_RESTRICT, MAX_RESTRICT = 30, 366 * 86400 - 60


class TelegramActions:
    """Mixed into TelegramAdapter; needs ``application``, ``name`` and the state set in ``_init_actions``."""

    name: str
    application: Any

    def _init_actions(self) -> None:
        self.rights = RightsReporter()
        self._answered: OrderedDict[tuple[str, str], None] = OrderedDict()
        self._sent_audio: OrderedDict[tuple[str, int], None] = OrderedDict()

    def _bot(self) -> Any:
        if self.application is None:
            raise NetworkError("the Telegram adapter is not connected")
        return self.application.bot

    async def send(self, action: Reply | Announce | Pin) -> None:
        cause = action.cause
        params: dict[str, Any] = {}
        if isinstance(action, Reply) and cause is not None and cause.platform == self.name:
            if cause.meta.get("edited") and (action.channel, cause.id) in self._answered:
                log.debug("message %s was edited after it was answered; not answering again", cause.id)
                return
            if not cause.meta.get("edited"):
                _remember(self._answered, (action.channel, cause.id))
        if isinstance(action, Reply) and action.reply_to:
            params["reply_parameters"] = ReplyParameters(int(action.reply_to), allow_sending_without_reply=True)
        if cause is not None and cause.meta.get("thread_id") and not isinstance(action, Announce):
            params["message_thread_id"] = cause.meta["thread_id"]
        sent = None
        if action.text:
            sent = await self._call("send", action.channel, self._bot().send_message, text=action.text, **params)
        if isinstance(action, Reply) and action.audio:
            await self._send_audio(action, params)
        if isinstance(action, Pin) and sent is not None:
            # the text went out; a missing pin right is logged once for this chat
            with contextlib.suppress(AdapterError):
                await self._call("pin", action.channel, self._bot().pin_chat_message, message_id=sent.message_id,
                                 disable_notification=True)

    async def _send_audio(self, action: Reply, params: dict[str, Any]) -> None:
        # a long reply is split into parts that share one audio clip: send the clip once
        key = (action.channel, hash(action.audio))
        if key in self._sent_audio:
            return
        _remember(self._sent_audio, key)
        fmt = (action.audio_format or "").lower()
        if fmt == "wav":  # the voice pipeline's output: encoded to OGG/Opus with PyAV, sent as a voice note
            from adapters.telegram.voice import to_voice_note

            try:
                note = await to_voice_note(action.audio, fmt)
            except Exception as exc:  # PyAV missing or unreadable audio: send the WAV as a file
                log.warning("reply audio not converted to a voice note (%r); sent as a file", exc)
            else:
                await self._call("send", action.channel, self._bot().send_voice, voice=note, **params)
                return
        if fmt in ("ogg", "opus", "oga"):  # OGG/Opus shows as a voice note
            await self._call("send", action.channel, self._bot().send_voice, voice=action.audio, **params)
        elif fmt in ("mp3", "m4a"):  # the formats Telegram plays as music
            await self._call("send", action.channel, self._bot().send_audio, audio=action.audio,
                             filename=f"reply.{fmt}", **params)
        else:
            await self._call("send", action.channel, self._bot().send_document, document=action.audio,
                             filename=f"reply.{fmt or 'bin'}", **params)

    async def warn(self, action: Warn) -> None:
        """A warning threaded to the offending message, with a real mention (viewers may lack a @username)."""
        user = action.user
        reason = action.reason or "please keep the chat friendly"
        params: dict[str, Any] = {}
        if action.cause is not None and action.cause.platform == self.name:
            params["reply_parameters"] = ReplyParameters(int(action.cause.id), allow_sending_without_reply=True)
            if action.cause.meta.get("thread_id"):
                params["message_thread_id"] = action.cause.meta["thread_id"]
        if user is None or not user.id.isdigit():  # nobody to mention (or a channel identity)
            await self._call("send", action.channel, self._bot().send_message, text=reason, **params)
            return
        name = user.name
        mention = MessageEntity(MessageEntity.TEXT_MENTION, 0, utf16_units(name),
                                user=User(int(user.id), name, is_bot=False))
        await self._call("send", action.channel, self._bot().send_message, text=f"{name}: {reason}",
                         entities=[mention], **params)

    async def delete(self, action: Delete) -> None:
        await self._call("delete", action.channel, self._bot().delete_message, message_id=int(action.message_id))

    async def timeout(self, action: Timeout) -> None:
        user = _target(action)
        if action.cause is not None and action.cause.meta.get("sender_chat") and action.cause.author.id == user:
            raise AdapterError("a channel posting in a group cannot be muted on Telegram; ban it instead")
        seconds = min(max(int(action.seconds), MIN_RESTRICT), MAX_RESTRICT)
        if seconds != action.seconds:
            log.info("restriction of %ss adjusted to %ss (Telegram's range is 30 s to 366 days)",
                     action.seconds, seconds)
        until = dtm.datetime.fromtimestamp(time.time() + seconds, tz=dtm.UTC)
        await self._call("timeout", action.channel, self._bot().restrict_chat_member, user_id=int(user),
                         permissions=ChatPermissions.no_permissions(), until_date=until)

    async def ban(self, action: Ban) -> None:
        user = _target(action)
        if action.cause is not None and action.cause.meta.get("sender_chat") and action.cause.author.id == user:
            await self._call("ban", action.channel, self._bot().ban_chat_sender_chat, sender_chat_id=int(user))
            return
        await self._call("ban", action.channel, self._bot().ban_chat_member, user_id=int(user))

    async def unban(self, action: Unban) -> None:
        user = int(_target(action))
        member = await self._call("unban", action.channel, self._bot().get_chat_member, user_id=user)
        if member.status == "kicked":
            await self._call("unban", action.channel, self._bot().unban_chat_member, user_id=user,
                             only_if_banned=True)
        elif member.status == "restricted":
            # "pass True for all permissions to lift restrictions": the chat's defaults still apply
            await self._call("unban", action.channel, self._bot().restrict_chat_member, user_id=user,
                             permissions=ChatPermissions.all_permissions())

    async def _call(self, action: str, channel: str, method: Callable[..., Awaitable[Any]], **kwargs: Any) -> Any:
        """Call the Bot API for one chat; refusals become AdapterError, network trouble propagates (retried)."""
        try:
            return await method(chat_id=int(channel), **kwargs)
        except ChatMigrated as exc:
            log.error("chat %s became a supergroup with id %s; add that id to adapters.telegram."
                      "channels if you list chats there", channel, exc.new_chat_id)
            return await method(chat_id=exc.new_chat_id, **kwargs)
        except TelegramError as exc:
            if is_missing_right(exc):
                raise self.rights.refused(action, channel, exc) from None
            if isinstance(exc, BadRequest):  # the request itself is wrong: repeating it cannot help
                raise AdapterError(f"telegram refused {action} in chat {channel}: {exc.message}") from None
            raise

    # ------------------------------------------------------------------ commands
    async def register_commands(self, commands: Sequence[Command]) -> None:
        """Fill Telegram's command menu: public commands for everyone, all of them for chat admins."""
        # Telegram has no subscribers or VIPs: the menu for everyone shows what every viewer may run
        public = [_bot_command(c) for c in commands if c.permission == Role.VIEWER]
        everything = [_bot_command(c) for c in commands]
        public = [c for c in public if c is not None][:MAX_COMMANDS]
        everything = [c for c in everything if c is not None][:MAX_COMMANDS]
        bot = self._bot()
        await bot.set_my_commands(public)
        await bot.set_my_commands(everything, scope=BotCommandScopeAllChatAdministrators())
        log.info("registered %d commands (%d for admins)", len(public), len(everything))


def _bot_command(cmd: Command) -> Any:
    name = cmd.name.lower()
    if not (1 <= len(name) <= 32) or not all(ch.isascii() and (ch.isalnum() or ch == "_") for ch in name):
        log.warning("command %r cannot be a Telegram command (a-z, 0-9, _ only); it is left out "
                    "of the menu", cmd.name)
        return None
    description = (cmd.help or cmd.name).strip()[:256]
    return BotCommand(name, description if len(description) >= 1 else name)


def _target(action: Timeout | Ban | Unban) -> str:
    if action.user is None or not action.user.id.lstrip("-").isdigit():
        raise AdapterError(f"telegram {action.kind}: no Telegram user to act on")
    return action.user.id


def _remember(cache: OrderedDict[Any, None], key: Any, size: int = 4096) -> None:
    cache[key] = None
    cache.move_to_end(key)
    while len(cache) > size:
        cache.popitem(last=False)
