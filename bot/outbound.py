"""Outbound: per-channel ordered send queues with rate limits, and moderation actions.

Chat text goes through one queue per (platform, channel): split to the platform's length,
throttled to its rate limit, sent in order, never dropped silently. Moderation actions
(delete, timeout, ban) skip the chat queue: a slur must go now, not after ten queued replies.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Awaitable, Callable

from bot.clock import Clock
from bot.events import (
    Action,
    Adapter,
    AdapterError,
    Announce,
    Ban,
    Delete,
    Pin,
    Reply,
    Timeout,
    Unban,
    Warn,
)
from bot.splitter import codepoints, split_message, utf16_units

log = logging.getLogger(__name__)

SentHook = Callable[[Action], Awaitable[None] | None]


class SlidingWindowLimiter:
    """At most ``limit`` events in any ``window`` seconds, on the bot's clock."""

    def __init__(self, limit: int, window: float, clock: Clock) -> None:
        if limit <= 0 or window <= 0:
            raise ValueError("limit and window must be > 0")
        self.limit, self.window, self.clock = limit, window, clock
        self._times: deque[float] = deque()

    def delay(self) -> float:
        now = self.clock.now()
        while self._times and now - self._times[0] >= self.window:
            self._times.popleft()
        if len(self._times) < self.limit:
            return 0.0
        return self._times[0] + self.window - now

    async def acquire(self) -> None:
        while (wait := self.delay()) > 0:
            await self.clock.sleep(wait)
        self._times.append(self.clock.now())


class _ChannelQueue:
    def __init__(self, outbound: Outbound, adapter: Adapter, channel: str) -> None:
        self.outbound = outbound
        self.adapter = adapter
        self.queue: asyncio.Queue[Reply | Announce | Pin] = asyncio.Queue()
        limit = adapter.channel_rate_limit(channel)
        self.limiter = SlidingWindowLimiter(limit[0], limit[1], outbound.clock) if limit else None
        self.task = asyncio.create_task(self._run(), name=f"outbound:{adapter.name}:{channel}")

    async def _run(self) -> None:
        while True:
            action = await self.queue.get()
            try:
                if self.limiter is not None:
                    await self.limiter.acquire()
                await self.outbound.deliver(self.adapter, action)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("sending to %s %s failed", action.platform, action.channel)
            finally:
                self.queue.task_done()


class Outbound:
    def __init__(self, clock: Clock, *, retries: int = 2, max_parts: int = 3) -> None:
        self.clock = clock
        self.adapters: dict[str, Adapter] = {}
        self.retries = retries
        self.max_parts = max_parts
        self._queues: dict[tuple[str, str], _ChannelQueue] = {}
        self.sent_hooks: list[SentHook] = []

    def add_adapter(self, adapter: Adapter) -> None:
        self.adapters[adapter.name] = adapter

    def split(self, adapter: Adapter, text: str) -> list[str]:
        caps = adapter.capabilities
        length = utf16_units if caps.length_unit == "utf16" else codepoints
        parts = split_message(text, caps.max_message_length, length)
        if len(parts) > self.max_parts:
            # a wall of text is worse than a short answer on a live chat: keep the first parts
            log.warning("reply to %s cut from %d to %d parts", adapter.name, len(parts), self.max_parts)
            parts = parts[: self.max_parts]
        return parts

    async def submit(self, action: Action) -> None:
        adapter = self.adapters.get(action.platform)
        if adapter is None:
            log.error("no adapter %r for action %s; dropped", action.platform, action.kind)
            return
        if isinstance(action, Reply | Announce | Pin):
            key = (action.platform, action.channel)
            queue = self._queues.get(key)
            if queue is None:
                queue = self._queues[key] = _ChannelQueue(self, adapter, action.channel)
            for part in self.split(adapter, action.text) or ([""] if getattr(action, "audio", None) else []):
                piece = _with_text(action, part)
                queue.queue.put_nowait(piece)
            return
        await self.deliver(adapter, action)

    async def deliver(self, adapter: Adapter, action: Action) -> None:
        """Carry out one action now, retrying transient errors; never raises."""
        for attempt in range(self.retries + 1):
            try:
                await _perform(adapter, action)
                break
            except AdapterError as exc:  # permanent: missing permission, unsupported action
                log.warning("%s %s in %s not done: %s", adapter.name, action.kind, action.channel, exc)
                return
            except Exception as exc:
                if attempt >= self.retries:
                    log.error("%s %s in %s failed after %d tries: %r", adapter.name, action.kind, action.channel,
                              attempt + 1, exc)
                    return
                await asyncio.sleep(0.2 * (attempt + 1))
        for hook in self.sent_hooks:
            try:
                result = hook(action)
                if result is not None:
                    await result
            except Exception:
                log.exception("sent hook failed")

    async def drain(self) -> None:
        """Wait until every queued message has been handed to its adapter."""
        for queue in list(self._queues.values()):
            await queue.queue.join()

    def pending(self) -> int:
        return sum(q.queue.qsize() for q in self._queues.values())

    async def close(self, timeout: float = 5.0) -> None:
        """Flush what is queued (up to ``timeout``), log anything left, stop the workers."""
        try:
            await asyncio.wait_for(self.drain(), timeout)
        except TimeoutError:
            log.warning("shutdown: %d queued replies not sent", self.pending())
        for queue in self._queues.values():
            queue.task.cancel()
        await asyncio.gather(*(q.task for q in self._queues.values()), return_exceptions=True)
        self._queues.clear()


def _with_text(action: Reply | Announce | Pin, text: str) -> Reply | Announce | Pin:
    if text == action.text:
        return action
    if isinstance(action, Reply):
        return Reply(action.platform, action.channel, text=text, addressee=action.addressee,
                     reply_to=action.reply_to, audio=action.audio, audio_format=action.audio_format,
                     cause=action.cause)
    return type(action)(action.platform, action.channel, text=text, cause=action.cause)


async def _perform(adapter: Adapter, action: Action) -> None:
    if isinstance(action, Reply | Announce | Pin):
        await adapter.send(action)
    elif isinstance(action, Delete):
        await adapter.delete(action)
    elif isinstance(action, Timeout):
        await adapter.timeout(action)
    elif isinstance(action, Ban):
        await adapter.ban(action)
    elif isinstance(action, Warn):
        await adapter.warn(action)
    elif isinstance(action, Unban):
        await adapter.unban(action)
    else:
        raise AdapterError(f"unknown action {action.kind}")
