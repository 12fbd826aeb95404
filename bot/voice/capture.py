"""Per-turn reply capture: hold the replies a voice message causes, so they can be spoken first.

A voice turn hands its ChatMessage to the SAME ``BotCore.handle`` as text (moderation, history,
commands and every skill apply). Skills answer through ``ctx.reply`` -> ``bot.act``; every such
``Reply`` carries ``cause`` = the message. While a turn is open, ``ReplyCapture`` routes Replies
whose cause is that message into the turn's list instead of the outbound queue; everything else
(other messages' replies, moderation actions on the voice message itself) goes out unchanged.
The voice pipeline then adds the audio and sends the replies through the original ``act`` (so
outgoing checks, splitting and rate limits still apply).

It is installed once per bot as one of ``BotCore.action_taps``; held replies go out later through
``BotCore.send`` (past the taps). Replies a skill sends later from a background task, after
``handle`` returned, are not part of the turn and go out as text.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from bot.events import Action, ChatMessage, Reply

if TYPE_CHECKING:  # pragma: no cover
    from bot.core import BotCore


class ReplyCapture:
    def __init__(self, bot: BotCore) -> None:
        self.bot = bot
        self._turns: dict[int, tuple[ChatMessage, list[Reply]]] = {}
        self.send: Callable[[Action], Awaitable[None]] = bot.send
        bot.action_taps.append(self._take)

    @classmethod
    def of(cls, bot: BotCore) -> ReplyCapture:
        """The bot's capture (installed on first use)."""
        capture = getattr(bot, "_voice_capture", None)
        if capture is None:
            capture = cls(bot)
            bot._voice_capture = capture  # type: ignore[attr-defined]
        return capture

    def _take(self, action: Action) -> bool:
        cause = action.cause
        if isinstance(action, Reply) and cause is not None and id(cause) in self._turns:
            self._turns[id(cause)][1].append(action)
            return True
        return False

    @asynccontextmanager
    async def turn(self, message: ChatMessage) -> AsyncIterator[list[Reply]]:
        """``async with capture.turn(msg) as replies: await bot.handle(msg)`` -> replies caused by msg."""
        replies: list[Reply] = []
        self._turns[id(message)] = (message, replies)  # the message is held, so its id stays unique
        try:
            yield replies
        finally:
            del self._turns[id(message)]
