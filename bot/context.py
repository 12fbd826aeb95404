"""What a handler gets: the message, the bot's services and ways to act."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from bot.events import Action, Announce, Author, Ban, ChatMessage, Delete, Reply, Timeout, Warn

if TYPE_CHECKING:  # pragma: no cover
    from bot.commands import Command
    from bot.core import BotCore


class Context:
    """Handlers take ``(ctx)``; everything they may touch hangs off it, no globals."""

    __slots__ = ("message", "bot", "command", "args", "arg_text", "log", "collected", "config")

    def __init__(self, message: ChatMessage, bot: BotCore, *, command: Command | None = None,
                 args: list[str] | None = None, arg_text: str = "", collect: bool = False,
                 log: logging.Logger | None = None, config: Any = None) -> None:
        self.message = message
        self.bot = bot
        self.command = command
        self.args = args or []
        self.arg_text = arg_text
        self.log = log or logging.getLogger("livebot")
        self.config = config
        # slash commands collect their replies so the adapter can answer the interaction itself
        self.collected: list[Action] | None = [] if collect else None

    @property
    def clock(self):  # noqa: ANN201 - Clock protocol
        return self.bot.clock

    async def act(self, action: Action) -> None:
        if self.collected is not None and isinstance(action, Reply):
            self.collected.append(action)
            return
        await self.bot.act(action)

    async def reply(self, text: str, *, mention: bool = True) -> None:
        """Answer the message's author, threaded to their message where the platform can."""
        msg = self.message
        await self.act(Reply(msg.platform, msg.channel, text=text, addressee=msg.author.name if mention else None,
                             reply_to=msg.id, cause=msg))

    async def announce(self, text: str) -> None:
        msg = self.message
        await self.act(Announce(msg.platform, msg.channel, text=text, cause=msg))

    async def delete(self, reason: str = "") -> None:
        msg = self.message
        await self.act(Delete(msg.platform, msg.channel, message_id=msg.id, user=msg.author, reason=reason,
                              cause=msg))

    async def timeout(self, seconds: int, reason: str = "", user: Author | None = None) -> None:
        msg = self.message
        await self.act(Timeout(msg.platform, msg.channel, user=user or msg.author, seconds=int(seconds),
                               reason=reason, cause=msg))

    async def ban(self, reason: str = "", user: Author | None = None) -> None:
        msg = self.message
        await self.act(Ban(msg.platform, msg.channel, user=user or msg.author, reason=reason, cause=msg))

    async def warn(self, reason: str = "", user: Author | None = None) -> None:
        msg = self.message
        await self.act(Warn(msg.platform, msg.channel, user=user or msg.author, reason=reason, cause=msg))
