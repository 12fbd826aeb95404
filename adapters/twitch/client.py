"""The twitchio 3 client: tokens from the project's store, chat events handed to the adapter.

A plain ``twitchio.Client`` (not ``commands.Bot``): the core's router handles ``!commands``, so
twitchio only delivers ``channel.chat.message`` events and makes Helix calls.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

import twitchio
from twitchio.authentication import Scopes

from adapters.twitch.helix import redact
from adapters.twitch.tokens import TokenVault

log = logging.getLogger("livebot.twitch")


class _NoStarletteNag(logging.Filter):
    """twitchio warns on every client that the optional Starlette web adapter is missing; we use none."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "StarletteAdapter" not in record.getMessage()


logging.getLogger("twitchio.client").addFilter(_NoStarletteNag())

# what the bot's user token needs; printed by the README's token steps and checked at start
BOT_SCOPES = (
    "user:read:chat",                   # read chat over EventSub
    "user:write:chat",                  # send chat messages
    "user:bot",                         # appear as a bot in channels
    "moderator:manage:chat_messages",   # delete messages
    "moderator:manage:banned_users",    # timeouts, bans, unbans
    "moderator:manage:warnings",        # native warnings
)


class LiveBotTwitchClient(twitchio.Client):
    def __init__(self, *, vault: TokenVault, seed: tuple[str | None, str | None],
                 on_message: Callable[[Any], Awaitable[None]],
                 on_setup: Callable[[], Awaitable[None]], **kwargs: Any) -> None:
        super().__init__(scopes=Scopes(list(BOT_SCOPES)), **kwargs)
        self._vault = vault
        self._seed = seed
        self._on_message = on_message
        self._on_setup = on_setup
        self.granted_scopes: set[str] = set()

    # ------------------------------------------------------------- tokens
    async def load_tokens(self, path: str | None = None, /) -> None:
        assert self.bot_id is not None
        pairs = await self._vault.tokens_to_load(self.bot_id, *self._seed)
        if self.bot_id not in pairs:
            log.error("twitch: no token for the bot account %s; set adapters.twitch.access_token and "
                      "refresh_token (see README, 'Twitch')", self.bot_id)
        for user_id, (token, refresh) in pairs.items():
            try:
                valid = await self.add_token(token, refresh)
            except twitchio.InvalidTokenException as exc:
                # not the exception text: twitchio writes the token itself into it
                status = getattr(exc, "status", "?")
                log.error("twitch: the stored token for user %s was rejected (%s) and could not be refreshed; "
                          "authorize the bot again (README, 'Twitch')", user_id, status)
                continue
            if valid.user_id == self.bot_id:
                self.granted_scopes = set(valid.scopes)
        missing = [s for s in BOT_SCOPES if s not in self.granted_scopes]
        if self.bot_id in pairs and missing:
            log.warning("twitch: the bot's token lacks scopes %s; those actions will fail", ", ".join(missing))

    async def save_tokens(self, path: str | None = None, /) -> None:
        await self._vault.save_all(dict(self.tokens))

    async def event_token_refreshed(self, payload: twitchio.TokenRefreshedPayload) -> None:
        # persist at once: a crash before close must not lose the rotated refresh token
        await self._vault.save(payload.user_id, payload.token, payload.refresh_token)

    # ------------------------------------------------------------- events
    async def setup_hook(self) -> None:
        await self._on_setup()

    async def event_message(self, payload: twitchio.ChatMessage) -> None:
        await self._on_message(payload)

    async def event_error(self, payload: twitchio.EventErrorPayload) -> None:
        name = getattr(payload.listener, "__qualname__", payload.listener)
        if isinstance(payload.error, twitchio.HTTPException):  # its text may hold a URL with secrets
            log.error("twitch: listener %s failed: %s", name, redact(str(payload.error)))
        else:
            log.error("twitch: listener %s failed: %r", name, payload.error, exc_info=payload.error)
