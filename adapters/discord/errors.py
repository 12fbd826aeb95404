"""Discord REST errors -> livebot's AdapterError: a missing permission is named, with the fix."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator

import discord

from bot.events import AdapterError

log = logging.getLogger("livebot.discord")

# the Discord permission each action needs: named in the log when the bot lacks it
PERMISSION = {"send": "Send Messages", "delete": "Manage Messages", "pin": "Pin Messages",
              "timeout": "Moderate Members", "ban": "Ban Members", "unban": "Ban Members"}
# a 403 on these may also mean the target's top role is above the bot's
_OUTRANKED = {"timeout", "ban"}


class AlreadyGone(AdapterError):
    """The target no longer exists (deleted message, departed member, ban already lifted)."""


class ActionErrors:
    """``async with errors("timeout", channel):`` around a REST call.

    Permanent failures become AdapterError, which the core's outbound logs and does not retry;
    transient ones (5xx, network) pass through so the outbound retries them.
    """

    def __init__(self) -> None:
        self._warned: set[tuple[str, str]] = set()

    @contextlib.asynccontextmanager
    async def __call__(self, what: str, channel: str) -> AsyncIterator[None]:
        try:
            yield
        except discord.Forbidden as exc:
            permission = PERMISSION.get(what, what)
            hint = " (or the target's highest role is above the bot's)" if what in _OUTRANKED else ""
            message = f"missing Discord permission '{permission}' in channel {channel}{hint}"
            key = (permission, channel)
            # name the fix once per channel; a raid must not flood the log with the same line
            if key not in self._warned:
                self._warned.add(key)
                log.warning("%s. Fix: Server Settings -> Roles -> the bot's role -> enable '%s' (or allow it in "
                            "the channel's permission overrides). Discord said: %s", message, permission,
                            exc.text or exc)
            raise AdapterError(message) from exc
        except discord.NotFound as exc:
            raise AlreadyGone(str(exc)) from exc
