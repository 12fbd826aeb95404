"""Clocks: real time for live chat, scripted time for replays and tests.

Everything time-dependent in the bot (cooldowns, flood windows, timers, rate limits) reads
``clock.now()`` and waits with ``await clock.sleep()``, so a replayed script behaves exactly
as live chat would, without real waiting.
"""

from __future__ import annotations

import asyncio
import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Seconds since an arbitrary epoch (a stream's start for scripted clocks)."""
        ...

    async def sleep(self, seconds: float) -> None: ...


class RealClock:
    """Wall-clock seconds since the Unix epoch."""

    def now(self) -> float:
        return time.time()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(0.0, seconds))


class ManualClock:
    """A clock that moves only when told to; ``sleep`` advances it instantly.

    Used by ``--script`` replays and tests: waiting for a rate limit costs no real time,
    and the order of events is exactly what it would be live.
    """

    def __init__(self, start: float = 0.0) -> None:
        self._now = float(start)

    def now(self) -> float:
        return self._now

    def set(self, when: float) -> None:
        # Time never runs backwards, even if a script line does.
        self._now = max(self._now, float(when))

    def advance(self, seconds: float) -> None:
        self.set(self._now + seconds)

    async def sleep(self, seconds: float) -> None:
        if seconds > 0:
            self.advance(seconds)
        await asyncio.sleep(0)
