"""Flash sales: ``!flash SKU 10m 20%`` -> announcement, countdowns, close, all on the bot's clock.

The sale is a ``bot.promotions.Promotion``: while it runs every skill that quotes a price (the
Q&A skill included) gets the discounted price from ``bot.promotions.price``. The price in the
announcements is computed from the catalog here, never typed by a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from bot.catalog import Product
from bot.events import Announce
from bot.promotions import Promotion
from bot.scheduler import Job
from skills.copywriter.facts import ProductFacts, product_facts

if TYPE_CHECKING:  # pragma: no cover
    from bot.core import BotCore

# remaining times that get a reminder, when the sale is at least twice as long
COUNTDOWN_POINTS = (1800, 900, 300, 60)

TEXT = {
    "en": {
        "start": "⚡ FLASH SALE! {name} is {pct} off for the next {duration}: now {price} (was {was}). Grab it! 🛒",
        "countdown": "⏰ {left} left on the {name} flash sale — {price} instead of {was}!",
        "last": "⏰ Last minute! {name} at {price} ({pct} off) — the sale ends in 1 minute!",
        "close": "The {name} flash sale is over — back to {was}. Thanks for shopping, chat! 💛",
        "units": {"h": ("hour", "hours"), "m": ("minute", "minutes"), "s": ("second", "seconds")},
    },
    "zh": {
        "start": "⚡ 限时秒杀！{name} 直降 {pct}，{duration}内只要 {price}（原价 {was}）！冲！🛒",
        "countdown": "⏰ 秒杀还剩 {left}！{name} 现价 {price}，原价 {was}。",
        "last": "⏰ 最后 1 分钟！{name} 只要 {price}（省 {pct}），马上恢复原价！",
        "close": "{name} 秒杀结束啦，已恢复原价 {was}。感谢大家支持！💛",
        "units": {"h": ("小时", "小时"), "m": ("分钟", "分钟"), "s": ("秒", "秒")},
    },
}


def parse_duration(text: str) -> float | None:
    """``10m``, ``90s``, ``1h``, ``1h30m``, ``15`` (minutes) -> seconds; None if not a duration."""
    text = text.strip().lower()
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text) * 60
    match = re.fullmatch(r"(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m(?:in)?)?(?:(\d+)s)?", text)
    if not match or not any(match.groups()):
        return None
    h, m, s = (float(g) if g else 0.0 for g in match.groups())
    return h * 3600 + m * 60 + s


def parse_percent(text: str) -> Decimal | None:
    text = text.strip().rstrip("%").strip()
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def say_duration(seconds: float, lang: str) -> str:
    units = TEXT[lang]["units"]
    seconds = int(round(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    pieces = []
    for value, unit in ((h, "h"), (m, "m"), (s, "s")):
        if value:
            word = units[unit][0 if value == 1 else 1]
            pieces.append(f"{value} {word}" if lang == "en" else f"{value}{word}")
    return (" " if lang == "en" else "").join(pieces) or ("0 seconds" if lang == "en" else "0秒")


@dataclass
class FlashRun:
    promo: Promotion
    product: Product
    platform: str
    channel: str
    lang: str
    jobs: list[Job] = field(default_factory=list)


class FlashSales:
    def __init__(self, bot: BotCore) -> None:
        self.bot = bot
        self.running: dict[str, FlashRun] = {}

    def start(self, product: Product, seconds: float, percent: Decimal, platform: str, channel: str,
              lang: str) -> FlashRun:
        now = self.bot.clock.now()
        promo = Promotion(sku=product.sku, percent=percent, starts=now, ends=now + seconds)
        self.bot.promotions.start(promo)
        run = FlashRun(promo, product, platform, channel, lang)
        self.running[product.sku.lower()] = run
        scheduler = self.bot.scheduler
        for left in COUNTDOWN_POINTS:
            if left <= seconds / 2:
                run.jobs.append(scheduler.at(promo.ends - left, self._reminder(run, left), f"flash:{product.sku}:{left}"))
        run.jobs.append(scheduler.at(promo.ends, self._closer(run), f"flash:{product.sku}:close"))
        return run

    def facts(self, run: FlashRun) -> ProductFacts:
        # read the price while the sale is on (at its start), so "was" and "now" both come from the catalog
        return product_facts(run.product, self.bot.promotions, run.promo.starts)

    def text(self, run: FlashRun, kind: str, left: float | None = None) -> str:
        facts = self.facts(run)
        words = TEXT[run.lang]
        price = facts.price_text()
        return words[kind].format(
            name=facts.name, pct=facts.percent_text() or "", price=price, was=facts.was_text() or price,
            duration=say_duration(run.promo.ends - run.promo.starts, run.lang),
            left=say_duration(left or 0, run.lang))

    def _reminder(self, run: FlashRun, left: float):  # noqa: ANN202 - a scheduler job
        async def remind() -> None:
            if self.running.get(run.product.sku.lower()) is not run:
                return
            await self._announce(run, self.text(run, "last" if left <= 60 else "countdown", left))
        return remind

    def _closer(self, run: FlashRun):  # noqa: ANN202 - a scheduler job
        async def close() -> None:
            if self.running.get(run.product.sku.lower()) is not run:
                return
            await self.stop(run, announce=True)
        return close

    async def stop(self, run: FlashRun, *, announce: bool) -> None:
        text = self.text(run, "close")  # worded while the sale's prices are still known
        for job in run.jobs:
            job.cancel()
        self.running.pop(run.product.sku.lower(), None)
        if self.bot.promotions.active(run.product.sku, run.promo.starts) == run.promo:
            self.bot.promotions.end(run.product.sku)
        if announce:
            await self._announce(run, text)

    async def _announce(self, run: FlashRun, text: str) -> None:
        await self.bot.act(Announce(run.platform, run.channel, text=text))

    async def stop_all(self) -> None:
        for run in list(self.running.values()):
            await self.stop(run, announce=False)
