"""Who moderates a chat: its administrators, asked from Telegram and cached for a while.

Every incoming message needs its author's role, but ``getChatAdministrators`` is one HTTP call;
the list changes rarely, so it is kept for ``ttl`` seconds per chat. When Telegram cannot be
asked, the last known list is used (or nobody is a moderator), and the next try waits a little,
so a flooded chat during an outage does not turn into a flood of API calls.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from bot.events import Role

log = logging.getLogger("livebot.telegram")

RETRY_AFTER_FAILURE = 30.0

Fetch = Callable[[int], Awaitable[Sequence[Any]]]


class AdminCache:
    def __init__(self, fetch: Fetch, ttl: float, now: Callable[[], float] = time.monotonic) -> None:
        self._fetch = fetch
        self.ttl = ttl
        self._now = now
        self._roles: dict[int, dict[int, Role]] = {}
        self._expires: dict[int, float] = {}
        self._locks: dict[int, asyncio.Lock] = {}

    async def role(self, chat_id: int, user_id: int) -> Role:
        roles = await self._roles_of(chat_id)
        return roles.get(user_id, Role.VIEWER)

    def forget(self, chat_id: int) -> None:
        """Ask again on the next message (e.g. after a promotion was noticed)."""
        self._expires.pop(chat_id, None)

    async def _roles_of(self, chat_id: int) -> dict[int, Role]:
        if self._now() < self._expires.get(chat_id, 0.0):
            return self._roles[chat_id]
        lock = self._locks.setdefault(chat_id, asyncio.Lock())
        async with lock:  # one fetch per chat even when many messages arrive at once
            if self._now() < self._expires.get(chat_id, 0.0):
                return self._roles[chat_id]
            try:
                members = await self._fetch(chat_id)
            except Exception as exc:
                log.warning("cannot read the administrators of chat %s (%s); using the last known "
                            "list", chat_id, exc)
                self._expires[chat_id] = self._now() + min(self.ttl, RETRY_AFTER_FAILURE)
                return self._roles.setdefault(chat_id, {})
            self._roles[chat_id] = {m.user.id: _role_of(m.status) for m in members}
            self._expires[chat_id] = self._now() + self.ttl
            return self._roles[chat_id]


def _role_of(status: str) -> Role:
    return Role.BROADCASTER if status == "creator" else Role.MODERATOR
