"""Telegram messages -> the bot's neutral ChatMessage, and ``/cmd@bot args`` -> the core's commands.

Commands take one path: a ``/price@shop_bot hoodie`` that names one of the core's commands is
rewritten to the core's prefix (``!price hoodie``) and goes through the whole pipeline like any
chat line, so moderation sees it first and its replies are queued, rate-limited and threaded like
every other reply. A command meant for another bot, or unknown to ours, stays plain text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bot.events import Author, ChatMessage, Role

NAME = "telegram"

# the account Telegram shows for "anonymous group admins"; the real author is hidden
ANONYMOUS_ADMIN_ID = 1087968824
GROUP_CHAT_TYPES = frozenset({"group", "supergroup"})


def author_of(message: Any, role: Role) -> Author:
    """Who wrote it: a user, an anonymous admin (the group itself) or a channel posting in the group."""
    sender_chat = message.sender_chat
    if sender_chat is not None:
        if message.is_automatic_forward or sender_chat.id == message.chat.id:
            # the linked channel's own post, or an admin writing anonymously as the group
            role = Role.BROADCASTER if message.is_automatic_forward else max(role, Role.MODERATOR)
        name = sender_chat.username or sender_chat.title or str(sender_chat.id)
        return Author(str(sender_chat.id), name, role)
    user = message.from_user
    if user is None:  # service messages
        return Author("0", "unknown", role)
    return Author(str(user.id), user.username or user.full_name or str(user.id), role)


def command_text(text: str, bot_username: str, known: Callable[[str], bool], prefix: str) -> tuple[str, str | None]:
    """Map ``/cmd[@bot] args`` onto the core's prefix if it is one of our commands.

    Returns (text to route, command name or None).
    """
    if not text.startswith("/"):
        return text, None
    head, _, rest = text.partition(" ")
    name, _, target = head[1:].partition("@")
    name = name.lower()
    if target and target.lower() != bot_username.lower():
        return text, None  # addressed to another bot in the group
    if name == "start" and not known("start"):
        name = "help"  # what a viewer sends first in a private chat with the bot
    if not name or not known(name):
        return text, None
    rest = rest.strip()
    return (f"{prefix}{name} {rest}" if rest else f"{prefix}{name}"), name


def mention_as_bot_name(text: str, bot_username: str, bot_name: str) -> str:
    """``@shop_live_bot how much?`` -> ``@livebot how much?``: skills know the bot by its configured name."""
    if not bot_username or bot_username.lower() == bot_name.lower():
        return text
    return re.sub(rf"(?i)@{re.escape(bot_username)}\b", f"@{bot_name}", text)


def to_chat_message(message: Any, author: Author, text: str, *, edited: bool, command: str | None,
                    bot_id: int) -> ChatMessage:
    when = message.edit_date if edited and message.edit_date else message.date
    reply_to = message.reply_to_message
    meta: dict[str, Any] = {"chat_type": message.chat.type, "edited": edited}
    if reply_to is not None and reply_to.from_user is not None and reply_to.from_user.id == bot_id:
        meta["reply_to_bot"] = True  # a viewer answering the bot addresses it
    if text != (message.text or message.caption or ""):
        meta["raw_text"] = message.text
    if command:
        meta["command"] = command
    if message.is_topic_message and message.message_thread_id:
        meta["thread_id"] = message.message_thread_id  # forum topic: answer in the same topic
    if message.sender_chat is not None:
        meta["sender_chat"] = True  # a channel identity: banned with banChatSenderChat, cannot be muted
    return ChatMessage(
        platform=NAME,
        channel=str(message.chat.id),
        author=author,
        text=text,
        id=str(message.message_id),
        timestamp=when.timestamp(),
        reply_to=str(reply_to.message_id) if reply_to is not None else None,
        voice=message.voice is not None,
        meta=meta,
    )
