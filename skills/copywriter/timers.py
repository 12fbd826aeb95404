"""Timed announcements (like Nightbot timers): rotating messages every N minutes, but only in a
channel whose chat had at least M messages since the timer last posted there, so a quiet
stream is not spammed by the bot talking to itself.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from bot.events import Announce
from bot.scheduler import Job
from skills.copywriter.config import PLACEHOLDER, TimerConfig
from skills.copywriter.facts import product_facts

if TYPE_CHECKING:  # pragma: no cover
    from bot.core import BotCore

log = logging.getLogger("livebot.skill.copywriter")

Key = tuple[str, str]  # (platform, channel)
ProductCopy = Callable[[str, TimerConfig, Key], Awaitable[str | None]]


class TimerState:
    def __init__(self, config: TimerConfig) -> None:
        self.config = config
        self.counts: dict[Key, int] = defaultdict(int)  # chat messages since the last post there
        self.next_item: dict[Key, int] = defaultdict(int)  # rotation position per channel
        self.job: Job | None = None

    @property
    def items(self) -> list[tuple[str, str]]:
        return [("message", m) for m in self.config.messages] + [("product", s) for s in self.config.products]

    def serves(self, key: Key) -> bool:
        wanted = self.config.channels
        return not wanted or key[1] in wanted or f"{key[0]}:{key[1]}" in wanted


class Announcer:
    def __init__(self, bot: BotCore, product_copy: ProductCopy, shop: Callable[[], str],
                 run: Callable[[Awaitable[None]], Awaitable[None]] | None = None) -> None:
        self.bot = bot
        self.product_copy = product_copy
        self.shop = shop
        # how a timer's work is run: inline by default; the skill moves it off the scheduler when an
        # LLM may take seconds, so other timed jobs (history flushes) are never held up
        self.run = run
        self.timers: list[TimerState] = []

    def schedule(self, configs: list[TimerConfig]) -> None:
        """(Re)start the timers; counts carry over for timers that keep their name."""
        old = {t.config.name: t for t in self.timers}
        self.cancel()
        for config in configs:
            state = TimerState(config)
            if config.name in old:
                state.counts, state.next_item = old[config.name].counts, old[config.name].next_item
            state.job = self.bot.scheduler.every(config.every_minutes * 60, self._runner(state),
                                                 f"timer:{config.name}")
            self.timers.append(state)

    def cancel(self) -> None:
        for state in self.timers:
            if state.job is not None:
                state.job.cancel()
        self.timers = []

    def count(self, platform: str, channel: str) -> None:
        key = (platform, channel)
        for state in self.timers:
            if state.serves(key):
                state.counts[key] += 1

    def _runner(self, state: TimerState) -> Callable[[], Awaitable[None]]:
        async def run() -> None:
            if self.run is None:
                await self.fire(state)
            else:
                await self.run(self.fire(state))
        return run

    async def fire(self, state: TimerState) -> None:
        for key, seen in list(state.counts.items()):
            if seen < state.config.min_messages or key[0] not in self.bot.adapters:
                continue
            text = await self._next_text(state, key)
            if text:
                state.counts[key] = 0
                await self.bot.act(Announce(key[0], key[1], text=text))

    async def _next_text(self, state: TimerState, key: Key) -> str | None:
        items = state.items
        for _ in range(len(items)):  # skip entries that cannot be said now (an unknown SKU)
            kind, value = items[state.next_item[key] % len(items)]
            state.next_item[key] += 1
            text = self.render(value) if kind == "message" else await self.product_copy(value, state.config, key)
            if text:
                return text
        return None

    def render(self, template: str) -> str | None:
        """Fill {shop}, {name:SKU}, {price:SKU}; None when a SKU is unknown (the entry is skipped)."""
        missing: list[str] = []

        def fill(match) -> str:  # noqa: ANN001 - re.Match
            key, sku = match.group(1), (match.group(2) or "").strip()
            if key == "shop":
                return self.shop()
            product = self.bot.catalog.product(sku)
            if product is None:
                missing.append(sku)
                return match.group(0)
            if key == "name":
                return product.name
            return product_facts(product, self.bot.promotions, self.bot.clock.now()).price_text()

        text = PLACEHOLDER.sub(fill, template)
        if missing:
            log.warning("timer message skipped: unknown SKU %s in %r", ", ".join(missing), template)
            return None
        return text
