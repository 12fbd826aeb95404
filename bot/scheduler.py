"""Timed jobs (announcements, flash-sale countdowns, retraining) on the bot's clock.

Live, a background task wakes up for due jobs. In a scripted replay the console adapter calls
``run_until(t)`` before each line, so jobs fire at their exact simulated times.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from bot.clock import Clock, ManualClock

log = logging.getLogger(__name__)

JobFn = Callable[[], Awaitable[None]]


@dataclass(order=True)
class _Entry:
    due: float
    seq: int
    job: Job = field(compare=False)


@dataclass(eq=False)
class Job:
    name: str
    fn: JobFn
    interval: float | None  # None: run once
    cancelled: bool = False

    def cancel(self) -> None:
        self.cancelled = True


class Scheduler:
    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._heap: list[_Entry] = []
        self._seq = itertools.count()
        self._wakeup = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        # run after each job in a replay, so what a job sent is stamped with the job's own time
        self.after_job: JobFn | None = None

    def at(self, when: float, fn: JobFn, name: str = "job") -> Job:
        job = Job(name, fn, None)
        self._push(when, job)
        return job

    def after(self, delay: float, fn: JobFn, name: str = "job") -> Job:
        return self.at(self.clock.now() + delay, fn, name)

    def every(self, interval: float, fn: JobFn, name: str = "job", first_in: float | None = None) -> Job:
        if interval <= 0:
            raise ValueError("interval must be > 0")
        job = Job(name, fn, interval)
        self._push(self.clock.now() + (interval if first_in is None else first_in), job)
        return job

    def _push(self, when: float, job: Job) -> None:
        heapq.heappush(self._heap, _Entry(when, next(self._seq), job))
        self._wakeup.set()

    def next_due(self) -> float | None:
        while self._heap and self._heap[0].job.cancelled:
            heapq.heappop(self._heap)
        return self._heap[0].due if self._heap else None

    async def run_until(self, when: float) -> int:
        """Run every job due at or before ``when`` in time order; returns how many ran.

        With a ManualClock the clock is moved to each job's due time first, so a job sees the
        time it was scheduled for.
        """
        ran = 0
        while (due := self.next_due()) is not None and due <= when:
            entry = heapq.heappop(self._heap)
            if isinstance(self.clock, ManualClock):
                self.clock.set(entry.due)
            await self._run(entry)
            if self.after_job is not None:
                await self.after_job()
            ran += 1
        return ran

    async def _run(self, entry: _Entry) -> None:
        job = entry.job
        if job.interval is not None and not job.cancelled:
            self._push(entry.due + job.interval, job)
        try:
            await job.fn()
        except Exception:  # a broken timer must never stop the others
            log.exception("scheduled job %s failed", job.name)

    # -- live mode
    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._loop(), name="scheduler")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _loop(self) -> None:
        while True:
            self._wakeup.clear()
            due = self.next_due()
            wait = 3600.0 if due is None else max(0.0, due - self.clock.now())
            try:
                await asyncio.wait_for(self._wakeup.wait(), timeout=min(wait, 3600.0))
                continue  # a new job may be due sooner
            except TimeoutError:
                pass
            await self.run_until(self.clock.now())
