"""The history stage: records every viewer and message, and weighted interaction events.

Rows are buffered in memory and written in batches off the event loop, so a flooded chat
never waits on the disk. ``flush()`` commits everything buffered so far.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from bot.clock import Clock
from bot.events import Author, ChatMessage
from bot.store import Store

log = logging.getLogger(__name__)


class HistoryRecorder:
    def __init__(self, store: Store, clock: Clock, *, flush_rows: int = 500) -> None:
        self.store = store
        self.clock = clock
        self.flush_rows = flush_rows
        self._messages: list[dict[str, Any]] = []
        self._events: list[dict[str, Any]] = []
        self._lock = asyncio.Lock()
        self._pending_flush: asyncio.Task[None] | None = None
        self.listeners: list[Any] = []  # callables(event_row) told of each event as it happens

    def record_message(self, message: ChatMessage, *, removed: bool = False) -> None:
        self._messages.append({
            "platform": message.platform, "user_id": message.author.id, "name": message.author.name,
            "channel": message.channel, "message_id": message.id, "text": message.text, "ts": message.timestamp,
            "removed": removed, "voice": message.voice,
        })
        self._maybe_flush()

    def record_event(self, platform: str, author: Author, kind: str, *, sku: str | None = None,
                     weight: float = 1.0, ts: float | None = None, data: dict[str, Any] | None = None) -> None:
        """Record an interaction (mention, question, click, buy, purchase) for one viewer."""
        row = {"platform": platform, "user_id": author.id, "name": author.name, "kind": kind, "sku": sku,
               "weight": weight, "ts": self.clock.now() if ts is None else ts, "data": data}
        self._events.append(row)
        for listener in self.listeners:
            try:
                listener(row)
            except Exception:
                log.exception("history listener failed")
        self._maybe_flush()

    def _maybe_flush(self) -> None:
        if len(self._messages) + len(self._events) >= self.flush_rows and (
                self._pending_flush is None or self._pending_flush.done()):
            self._pending_flush = asyncio.get_running_loop().create_task(self.flush())

    async def flush(self) -> None:
        async with self._lock:
            messages, self._messages = self._messages, []
            events, self._events = self._events, []
            if not messages and not events:
                return
            try:
                await asyncio.to_thread(self.store.write_history, messages, events)
            except Exception:
                # keep the rows for the next try rather than lose them
                log.exception("writing %d history rows failed; will retry", len(messages) + len(events))
                self._messages[:0] = messages
                self._events[:0] = events

    def flush_now(self) -> None:
        """Synchronous flush for shutdown paths without a running loop."""
        messages, self._messages = self._messages, []
        events, self._events = self._events, []
        self.store.write_history(messages, events)
