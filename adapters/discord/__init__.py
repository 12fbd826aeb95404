"""Discord adapter (discord.py 2.7): chat, slash commands, moderation actions, a voice hook.

This module stays light: only the config model lives here. discord.py is imported when the
adapter is created (``create``), by the modules beside this one, always with absolute imports
(``import discord`` is the library, never this package: ``adapters/`` is not on ``sys.path``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import Field

from bot.config import AdapterConfig

if TYPE_CHECKING:  # pragma: no cover
    from adapters.discord.adapter import DiscordAdapter
    from bot.core import BotCore

NAME = "discord"


class Config(AdapterConfig):
    """``adapters.discord`` in the YAML. ``channels`` (inherited): ids or names; empty = every channel."""

    token: str = Field(min_length=1, description="the bot token; write ${DISCORD_BOT_TOKEN}, never the token")
    # guild (server) ids or names to serve; empty = every guild the bot has been invited to
    guilds: list[str] = Field(default_factory=list)
    # a Discord-only command prefix (e.g. "?" when another bot already owns "!"); None = the bot's own
    prefix: str | None = Field(None, min_length=1, max_length=3)
    # register the bot's commands as slash commands in each served guild
    slash_commands: bool = True
    # auto: re-sync a guild's slash commands only when they changed; always: every start; never
    sync_commands: Literal["auto", "always", "never"] = "auto"
    # a slash command not answered after this long is deferred ("thinking...") and followed up;
    # Discord drops interactions not acknowledged within 3 seconds
    defer_after_seconds: float = Field(2.0, gt=0, le=2.8)
    # role ids or names mapped to livebot roles (on top of Discord permissions: Manage Messages or
    # Moderate Members -> moderator, the guild owner -> broadcaster)
    broadcaster_roles: list[str] = Field(default_factory=list)
    moderator_roles: list[str] = Field(default_factory=list)
    vip_roles: list[str] = Field(default_factory=list)
    subscriber_roles: list[str] = Field(default_factory=list)
    boosters_are_subscribers: bool = True
    # ignore messages from other bots (avoids two bots answering each other forever)
    ignore_bots: bool = True
    # also answer direct messages to the bot (commands and questions; nothing to moderate there)
    direct_messages: bool = False
    # notify the viewer a reply answers (Discord "ping"); off keeps a busy chat quiet
    ping_on_reply: bool = False
    # how long start-up may wait for the gateway's READY before the adapter gives up
    ready_timeout_seconds: float = Field(30.0, gt=0, le=300)
    # discord.py waits this long for the guilds after READY (tests lower it)
    guild_ready_timeout: float = Field(2.0, gt=0, le=60)


def create(config: Config, bot: BotCore) -> DiscordAdapter:
    from adapters.discord.adapter import DiscordAdapter

    return DiscordAdapter(config, bot)
