"""Calling Helix safely: rate-limit resets honoured, permanent refusals turned into AdapterError.

twitchio raises ``HTTPException`` on a 429 and drops the response headers, so the reset time is
read from every response by an aiohttp trace hook on the session twitchio is given. Calls wait for
the reset and are retried in place: the caller (the outbound queue) sees one slow call, so nothing
is dropped and the order of a channel's messages is kept.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import aiohttp

from bot.events import AdapterError

log = logging.getLogger("livebot.twitch")

T = TypeVar("T")

# Twitch's Helix bucket refills within a minute; a reset further away than this is not believed
MAX_SINGLE_WAIT = 60.0
# a 429 without a usable Ratelimit-Reset header waits this long before the retry
FALLBACK_WAIT = 1.0


_SECRET_PARAMS = re.compile(r"(client_secret|refresh_token|access_token|device_code|code)=[^&\s'\"]+")


def redact(text: str, *secrets: str | None) -> str:
    """Remove secrets from an error text: twitchio puts request URLs (with client_secret for the OAuth
    calls) and tokens into its exception messages, and those end up in logs."""
    text = _SECRET_PARAMS.sub(r"\1=***", text)
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "***")
    return text


class HelixRateGate:
    """Tracks Helix's ``Ratelimit-Remaining`` / ``Ratelimit-Reset`` and makes callers wait for a reset."""

    def __init__(self, now: Callable[[], float] = time.time) -> None:
        self.now = now
        self.reset_at = 0.0  # unix time before which no call should be made
        self.limited = 0     # 429 responses seen

    def observe(self, status: int, headers: Any) -> None:
        remaining = headers.get("Ratelimit-Remaining")
        reset = headers.get("Ratelimit-Reset")
        if status != 429 and remaining != "0":
            return
        if status == 429:
            self.limited += 1
        try:
            reset_at = float(reset)
        except (TypeError, ValueError):
            reset_at = self.now() + FALLBACK_WAIT
        self.reset_at = max(self.reset_at, min(reset_at, self.now() + MAX_SINGLE_WAIT))

    def wait_time(self) -> float:
        return max(0.0, self.reset_at - self.now())

    async def wait(self) -> None:
        if (delay := self.wait_time()) > 0:
            await asyncio.sleep(delay)

    def trace_config(self) -> aiohttp.TraceConfig:
        """An aiohttp hook that feeds every response's headers to ``observe``."""
        trace = aiohttp.TraceConfig()

        async def on_request_end(_session: Any, _ctx: Any, params: aiohttp.TraceRequestEndParams) -> None:
            self.observe(params.response.status, params.response.headers)

        trace.on_request_end.append(on_request_end)
        return trace


class HelixCaller:
    """Runs one Helix call with the rate gate, retries 429s and explains permanent failures."""

    def __init__(self, gate: HelixRateGate, *, max_wait: float = 120.0) -> None:
        self.gate = gate
        self.max_wait = max_wait

    async def call(self, what: str, scope: str | None, fn: Callable[[], Awaitable[T]]) -> T:
        from twitchio import HTTPException

        waited = 0.0
        while True:
            await self.gate.wait()
            try:
                return await fn()
            except HTTPException as exc:
                status = exc.status
                message = redact(str((exc.extra or {}).get("message", "")) or str(exc))
                if status == 429:
                    delay = self.gate.wait_time() or FALLBACK_WAIT
                    if waited + delay > self.max_wait:
                        raise AdapterError(f"{what}: still rate limited after waiting {waited:.0f}s") from exc
                    log.warning("twitch: %s rate limited (429); retrying in %.1fs", what, delay)
                    waited += delay
                    await asyncio.sleep(delay)
                    continue
                if status in (401, 403):
                    # 401 here is never an expired token (twitchio refreshes those and retries)
                    hint = f"; the bot's token needs the scope {scope!r}" if scope else ""
                    if status == 403:
                        hint += " and the bot must be a moderator in the channel (or the broadcaster)"
                    log.error("twitch: %s refused (%d: %s)%s", what, status, message, hint)
                    raise AdapterError(f"{what} refused by Twitch ({status}): {message}{hint}") from exc
                if 400 <= status < 500:
                    raise AdapterError(f"{what} rejected by Twitch ({status}): {message}") from exc
                raise  # 5xx: transient, the outbound retries
