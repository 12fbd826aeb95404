"""Discord objects -> livebot's neutral events: which channels are served, who is who, the text."""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, Any

import discord

from bot.events import Author, ChatMessage, Role

if TYPE_CHECKING:  # pragma: no cover
    from adapters.discord import Config

PLATFORM = "discord"


def _matches(wanted: set[str], obj_id: int, name: str | None) -> bool:
    return str(obj_id) in wanted or (name is not None and (name in wanted or f"#{name}" in wanted))


class Scope:
    """Which guilds and channels the bot serves (ids or names from the config)."""

    def __init__(self, config: Config) -> None:
        self.guilds = {g.strip() for g in config.guilds if g.strip()}
        self.channels = {c.strip() for c in config.channels if c.strip()}
        self.direct_messages = config.direct_messages

    def serves_guild(self, guild: discord.abc.Snowflake | None) -> bool:
        if guild is None:
            return False
        return not self.guilds or _matches(self.guilds, guild.id, getattr(guild, "name", None))

    def serves_channel(self, channel: Any, guild: discord.Guild | None) -> bool:
        if guild is None:  # a direct message
            return self.direct_messages and isinstance(channel, discord.DMChannel | discord.PartialMessageable)
        if not self.serves_guild(guild):
            return False
        if not self.channels:
            return True
        if _matches(self.channels, channel.id, getattr(channel, "name", None)):
            return True
        # a thread is served when its parent channel is
        parent = getattr(channel, "parent", None)
        return parent is not None and _matches(self.channels, parent.id, getattr(parent, "name", None))


def _role_keys(member: discord.Member) -> set[str]:
    return {str(r.id) for r in member.roles} | {r.name for r in member.roles}


def channel_permissions(user: discord.abc.User, channel: Any) -> discord.Permissions:
    """The user's permissions in the channel (overwrites included)."""
    if not isinstance(user, discord.Member):
        return discord.Permissions.none()
    try:
        return channel.permissions_for(user)
    except Exception:  # a channel type without overwrites: the guild-wide permissions
        return user.guild_permissions


def role_of(user: discord.abc.User, perms: discord.Permissions, config: Config) -> Role:
    """livebot role from Discord permissions and the configured role lists."""
    if not isinstance(user, discord.Member):
        return Role.VIEWER  # direct messages: nobody moderates there
    keys = _role_keys(user)
    if user.guild.owner_id == user.id or keys & set(config.broadcaster_roles):
        return Role.BROADCASTER
    if perms.manage_messages or perms.moderate_members or keys & set(config.moderator_roles):
        return Role.MODERATOR
    if keys & set(config.vip_roles):
        return Role.VIP
    if keys & set(config.subscriber_roles) or (config.boosters_are_subscribers and user.premium_since):
        return Role.SUBSCRIBER
    return Role.VIEWER


def author_of(user: discord.abc.User, perms: discord.Permissions, config: Config) -> Author:
    return Author(str(user.id), user.display_name, role_of(user, perms, config))


def message_text(message: discord.Message, me: discord.abc.User | None, bot_name: str, prefix: str | None,
                 core_prefix: str) -> str:
    """Readable text: mentions as @names, a mention of this bot as @<bot name>, the Discord prefix mapped.

    The core recognises "@<bot name>" as addressing the bot, whatever the bot account is called.
    """
    text = message.content
    if me is not None:
        for mention in (f"<@{me.id}>", f"<@!{me.id}>"):
            text = text.replace(mention, f"@{bot_name}")
    if "<" in text:
        # the remaining user/role/channel mentions become names (what clean_content does)
        for user in message.mentions:
            text = text.replace(f"<@{user.id}>", f"@{user.display_name}").replace(f"<@!{user.id}>",
                                                                                   f"@{user.display_name}")
        for role in message.role_mentions:
            text = text.replace(f"<@&{role.id}>", f"@{role.name}")
        for channel in message.channel_mentions:
            text = text.replace(f"<#{channel.id}>", f"#{channel.name}")
    text = text.strip()
    if prefix and prefix != core_prefix and text.startswith(prefix):
        text = core_prefix + text[len(prefix):]
    return text


def to_chat_message(message: discord.Message, text: str, config: Config) -> ChatMessage:
    reply_to = str(message.reference.message_id) if message.reference and message.reference.message_id else None
    is_voice = bool(message.flags.voice)
    return ChatMessage(
        platform=PLATFORM,
        channel=str(message.channel.id),
        author=author_of(message.author, channel_permissions(message.author, message.channel), config),
        text=text,
        id=str(message.id),
        timestamp=message.created_at.timestamp(),
        reply_to=reply_to,
        voice=is_voice,
        # adapter-private: the adapter acts on these objects (timeouts need the Member, the voice
        # layer reads the attachment); skills never look here
        meta={"discord_message": message, "discord_author": message.author},
    )


class RecentIds:
    """A bounded set of message ids already handled: a replayed gateway event is not answered twice."""

    def __init__(self, size: int = 2048) -> None:
        self.size = size
        self._ids: OrderedDict[int, None] = OrderedDict()

    def first_time(self, message_id: int) -> bool:
        if message_id in self._ids:
            return False
        self._ids[message_id] = None
        if len(self._ids) > self.size:
            self._ids.popitem(last=False)
        return True
