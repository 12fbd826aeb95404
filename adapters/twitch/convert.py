"""twitchio chat events -> the core's neutral ChatMessage; roles from badges; redelivery filter."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from bot.events import Author, ChatMessage, Role

# badge set ids -> role; a chatter with several badges gets the highest
BADGE_ROLES: dict[str, Role] = {
    "broadcaster": Role.BROADCASTER,
    "lead_moderator": Role.MODERATOR,
    "moderator": Role.MODERATOR,
    "vip": Role.VIP,
    "subscriber": Role.SUBSCRIBER,
    "founder": Role.SUBSCRIBER,  # first subscribers wear "founder" instead of "subscriber"
}


def role_from_badges(set_ids: list[str], *, is_broadcaster: bool = False) -> Role:
    role = Role.BROADCASTER if is_broadcaster else Role.VIEWER
    for set_id in set_ids:
        role = max(role, BADGE_ROLES.get(set_id, Role.VIEWER))
    return role


def to_chat_message(payload: Any, *, platform: str, now: float, bot_id: str = "",
                    bot_names: tuple[str, ...] = ()) -> ChatMessage:
    """Translate a ``twitchio.ChatMessage`` (EventSub ``channel.chat.message``).

    A reply to the bot, or a message that starts with ``@<bot login>``, addresses the bot: the
    leading mention is stripped (so ``!price`` after it is a command) and ``meta["reply_to_bot"]``
    is set, the flag the Q&A skill reads."""
    broadcaster = payload.broadcaster
    chatter = payload.chatter
    badges = [b.set_id for b in (payload.badges or [])]
    role = role_from_badges(badges, is_broadcaster=str(chatter.id) == str(broadcaster.id))
    text = payload.text or ""
    meta: dict[str, Any] = {"broadcaster_id": str(broadcaster.id), "display_name": chatter.display_name,
                            "badges": badges}
    reply_to = None
    if payload.reply is not None:
        reply_to = payload.reply.parent_message_id
        parent = payload.reply.parent_user
        # Twitch prefixes a reply's text with "@parent "
        text = _strip_mention(text, (parent.name, parent.display_name))
        if bot_id and str(parent.id) == bot_id:
            meta["reply_to_bot"] = True
    if bot_names:
        unmentioned = _strip_mention(text, bot_names)
        if unmentioned != text:
            text, meta["reply_to_bot"] = unmentioned, True
    return ChatMessage(
        platform=platform,
        channel=(broadcaster.name or str(broadcaster.id)).lower(),
        author=Author(id=str(chatter.id), name=chatter.name or str(chatter.id), role=role),
        text=text,
        id=str(payload.id),
        timestamp=now,
        reply_to=reply_to,
        meta=meta,
    )


def _strip_mention(text: str, names: tuple[str | None, ...]) -> str:
    """``text`` without a leading ``@name`` (plus ``,`` or ``:``) for any of ``names``."""
    lowered = text.lower()
    for name in {n for n in names if n}:
        prefix = f"@{name.lower()}"
        if lowered.startswith(prefix) and (len(text) == len(prefix) or text[len(prefix)] in " ,:"):
            return text[len(prefix):].lstrip(" ,:")
    return text


class RecentIds:
    """A bounded LRU of message ids: Twitch may deliver a notification twice (at-least-once,
    and again around a session reconnect); the second copy must not be answered twice."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._ids: OrderedDict[str, None] = OrderedDict()

    def seen(self, message_id: str) -> bool:
        """True if the id was seen before; otherwise remember it and return False."""
        if message_id in self._ids:
            self._ids.move_to_end(message_id)
            return True
        self._ids[message_id] = None
        if len(self._ids) > self.size:
            self._ids.popitem(last=False)
        return False

    def __contains__(self, message_id: object) -> bool:
        return message_id in self._ids

    def __len__(self) -> int:
        return len(self._ids)
