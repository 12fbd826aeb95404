"""Telegram's flood limits, applied to every Bot API request python-telegram-bot makes.

The core's outbound queue already keeps each chat to its per-minute budget (20 messages a minute in
a group) and sends one chat's messages in order. This limiter adds what only a bot-wide view can:

- at most ``overall_per_second`` messages sent, bot-wide (30/s);
- a minimum gap between two messages sent to the same chat (about one a second);
- a 429 "Too Many Requests: retry after N" is waited out (that chat pauses N seconds) and the same
  request is sent again, so nothing is dropped.

Moderation calls (delete, restrict, ban) are not throttled up front: a raid must be cleaned up at
once, not at 30 calls a second. If Telegram pushes back, they too wait out its 429 and go again.
"""

from __future__ import annotations

import asyncio
import logging
import time
import warnings
from collections import deque
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter
from telegram.warnings import PTBDeprecationWarning

log = logging.getLogger("livebot.telegram")

SEND_ENDPOINTS = frozenset({"sendMessage", "sendVoice", "sendAudio", "sendPhoto", "sendDocument",
                            "sendAnimation", "sendVideo", "sendSticker", "copyMessage", "forwardMessage"})
# never sleep longer than this on one 429; the outbound queue retries after that
MAX_RETRY_AFTER = 300.0

Callback = Callable[..., Coroutine[Any, Any, Any]]


def seconds(obj: Any, attr: str) -> float:
    """A PTB duration as seconds: an int today, a timedelta once PTB_TIMEDELTA becomes the default."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = getattr(obj, attr)
    return value.total_seconds() if hasattr(value, "total_seconds") else float(value or 0)


class TelegramRateLimiter(BaseRateLimiter[int]):
    def __init__(self, overall_per_second: float = 30, per_chat_interval: float = 1.0, max_retries: int = 5,
                 now: Callable[[], float] = time.monotonic) -> None:
        self.overall_per_second = overall_per_second
        self.per_chat_interval = per_chat_interval
        self.max_retries = max_retries
        self._now = now
        self._recent: deque[float] = deque()
        self._overall_lock = asyncio.Lock()
        self._chat_free_at: dict[str, float] = {}
        self._chat_locks: dict[str, asyncio.Lock] = {}
        self.retries_after_429 = 0  # for logs and tests: how many requests were repeated after a 429

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def process_request(self, callback: Callback, args: Any, kwargs: dict[str, Any], endpoint: str,
                              data: dict[str, Any], rate_limit_args: int | None) -> Any:
        chat = str(data["chat_id"]) if data.get("chat_id") is not None else None
        retries = self.max_retries if rate_limit_args is None else rate_limit_args
        for attempt in range(retries + 1):
            try:
                if chat is not None and endpoint in SEND_ENDPOINTS:
                    await self._overall_slot()
                    async with self._chat_locks.setdefault(chat, asyncio.Lock()):
                        await self._chat_gap(chat)
                        return await callback(*args, **kwargs)
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                wait = min(seconds(exc, "retry_after"), MAX_RETRY_AFTER)
                if attempt >= retries:
                    log.warning("%s still rate limited after %d retries; handing it back", endpoint,
                                retries)
                    raise
                log.warning("429 flood limit on %s%s; waiting %.1f s as Telegram asks, then sending "
                            "it again", endpoint, f" in chat {chat}" if chat else "", wait)
                self.retries_after_429 += 1
                if chat is not None:
                    # the whole chat waits, so later messages cannot overtake the one being retried
                    self._chat_free_at[chat] = max(self._chat_free_at.get(chat, 0.0), self._now() + wait)
                    if endpoint not in SEND_ENDPOINTS:
                        await asyncio.sleep(wait)
                else:
                    await asyncio.sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _chat_gap(self, chat: str) -> None:
        delay = self._chat_free_at.get(chat, 0.0) - self._now()
        if delay > 0:
            await asyncio.sleep(delay)
        self._chat_free_at[chat] = self._now() + self.per_chat_interval

    async def _overall_slot(self) -> None:
        async with self._overall_lock:
            while True:
                now = self._now()
                while self._recent and now - self._recent[0] >= 1.0:
                    self._recent.popleft()
                if len(self._recent) < self.overall_per_second:
                    self._recent.append(now)
                    return
                await asyncio.sleep(self._recent[0] + 1.0 - now)
