"""Messages waiting for the classifier's second look, re-read in batches off the chat path.

The first pass decides most messages in microseconds. The ones it is unsure of go here: a worker
takes up to ``batch`` of them at a time, runs the second look in a thread (a batch of chat lines
costs a few milliseconds, so the event loop and the chat keep flowing) and hands each verdict
back. When a raid fills the queue, new arrivals are refused and keep the first pass's verdict:
being a little less precise for a minute is better than falling behind the chat.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

log = logging.getLogger("livebot.moderation.review")


@dataclass
class Pending:
    norm: str  # the normalised text the classifier reads
    payload: Any  # whatever the caller needs to act on the verdict


class ReviewQueue:
    def __init__(self, refine: Callable[[list[str]], np.ndarray],
                 on_verdict: Callable[[Pending, float, float], Awaitable[None]], *, max_pending: int = 256,
                 batch: int = 32) -> None:
        self._refine = refine
        self._on_verdict = on_verdict
        self._queue: asyncio.Queue[Pending] = asyncio.Queue(max_pending)
        self._batch = batch
        self._worker: asyncio.Task[None] | None = None
        self.refused = 0  # offers turned away because the queue was full

    def offer(self, item: Pending) -> bool:
        """Queue a message for the second look; False when the queue is full (keep the first verdict)."""
        try:
            self._queue.put_nowait(item)
        except asyncio.QueueFull:
            self.refused += 1
            if self.refused in (1, 100) or self.refused % 1000 == 0:
                log.warning("second look is behind the chat: %d messages kept their first-pass verdict",
                            self.refused)
            return False
        if self._worker is None or self._worker.done():
            self._worker = asyncio.get_running_loop().create_task(self._run(), name="moderation-second-look")
        return True

    async def _run(self) -> None:
        while True:
            items = [await self._queue.get()]
            while len(items) < self._batch and not self._queue.empty():
                items.append(self._queue.get_nowait())
            try:
                scores = await asyncio.to_thread(self._refine, [i.norm for i in items])
            except Exception:
                log.exception("second look failed on %d messages; they keep their first-pass verdict", len(items))
                scores = None
            for n, item in enumerate(items):
                try:
                    if scores is not None:
                        await self._on_verdict(item, float(scores[n, 0]), float(scores[n, 1]))
                except Exception:
                    log.exception("acting on a second-look verdict failed")
                finally:
                    self._queue.task_done()

    async def settle(self) -> None:
        """Wait until every queued message has had its second look (tests, shutdown)."""
        await self._queue.join()

    async def close(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._worker
            self._worker = None
