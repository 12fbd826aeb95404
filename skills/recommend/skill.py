"""The recommend skill: ``!recommend`` in chat, ``!buy`` links, live history, background retraining."""

from __future__ import annotations

import asyncio
import contextlib
import re
from typing import Any

from bot.commands import Arg, command
from bot.context import Context
from bot.events import ChatMessage
from bot.lang import detect_lang
from bot.skill import Skill
from skills.recommend.config import RecommendConfig
from skills.recommend.profiles import LiveHistory, Touch
from skills.recommend.serving import Pick, canonical_sku, choose, money, render
from skills.recommend.snapshot import Snapshot, build_snapshot, last_event_id

DEFAULT_LENGTH = 500
# "what should I get?" addressed to the bot is !recommend in words (English and Chinese)
ASKS_FOR_PICKS = re.compile(
    r"(?i)\b(recommend\w*|suggest\w*|what should i (get|buy|try|order|pick)|what (do|would) you suggest|"
    r"any (picks|suggestions|ideas)|gift ideas?|what'?s good)\b|推荐|买什么|买哪个|买哪款|选哪个|有什么好")
SHOWN_FOR = 600.0  # seconds a viewer's shown picks step aside when they ask again


class RecommendSkill(Skill):
    name = "recommend"
    Config = RecommendConfig
    # before the Q&A skill, so "@bot what should I buy?" gets picks rather than small talk
    priority = 40

    config: RecommendConfig

    async def setup(self) -> None:
        self.snapshot = Snapshot()  # replaced whole by retrain(): the atomic swap
        self.live = LiveHistory(self.config.event_weights, self.config.popular_half_life_minutes * 60)
        self._last_picks: dict[tuple[str, str], tuple[float, list[str]]] = {}
        self._training: asyncio.Task[None] | None = None
        self._again = False
        self._forgotten: set[tuple[str, str]] = set()
        self._retrain_lock = asyncio.Lock()
        self.bot.history.listeners.append(self._on_event)
        self._job = self.bot.scheduler.every(self.config.retrain_minutes * 60, self._start_retrain,
                                             "recommend-retrain", first_in=0)

    def reconfigure(self, config: RecommendConfig) -> None:  # type: ignore[override]
        old = self.config
        self.config = config
        self.live.weights = config.event_weights
        self.live.half_life = config.popular_half_life_minutes * 60
        if config.retrain_minutes != old.retrain_minutes:
            self._job.cancel()
            self._job = self.bot.scheduler.every(config.retrain_minutes * 60, self._start_retrain,
                                                 "recommend-retrain")
        if (config.event_weights, config.model, config.min_events_to_train) != (
                old.event_weights, old.model, old.min_events_to_train):
            # the snapshot's weights and model came from the old settings: refit now, not in 30 min
            self._retrain_soon = self.bot.scheduler.after(0, self._start_retrain, "recommend-retrain-now")

    async def teardown(self) -> None:
        self._job.cancel()
        with contextlib.suppress(ValueError):
            self.bot.history.listeners.remove(self._on_event)
        if self._training is not None and not self._training.done():
            with contextlib.suppress(Exception):
                await self._training

    # ------------------------------------------------------------------ history
    def _canonical(self, sku: str) -> str:
        return canonical_sku(self.bot.catalog, sku)

    def _on_event(self, row: dict[str, Any]) -> None:
        kind = str(row.get("kind") or "")
        if self.config.event_weights.of(kind, float(row.get("weight") or 0.0)) <= 0 \
                and kind not in self.config.bought_kinds:
            return  # impressions and other weightless kinds: no taste, no exclusion
        self.live.add_row(row, self._canonical)

    def touches(self, platform: str, user_id: str) -> list[Touch]:
        """Everything we know this viewer did, oldest first: the snapshot plus live events since."""
        snap = self.snapshot
        return [*snap.histories.get((platform, user_id), ()),
                *self.live.of(platform, user_id, after=snap.cut_seq)]

    # ------------------------------------------------------------------ training
    async def _start_retrain(self) -> None:
        # the scheduler awaits its jobs: train in a task so history flushes never wait on a fit
        if self._training is None or self._training.done():
            self._training = asyncio.create_task(self._retrain_until_current(), name="recommend-retrain")
        else:
            self._again = True  # the running fit may have read data that changed since: fit once more

    async def _retrain_until_current(self) -> None:
        self._again = True
        while self._again:
            self._again = False
            await self.retrain()

    async def retrain(self) -> None:
        """Fit a new model from the store off the event loop and swap it in atomically."""
        async with self._retrain_lock:
            # Live events up to arrival ``cut_seq`` are in the history buffer or the store; the flush
            # swaps that buffer out without yielding first, so after it they are all in the store,
            # and nothing newer is (no other flush can run until we yield again).
            cut_seq = self.live.seq
            settled = set(self._forgotten)  # deleted from the store before this read begins
            await self.bot.history.flush()
            try:
                max_id = last_event_id(self.bot.store)
                snap = await asyncio.to_thread(build_snapshot, self.bot.store, cut_seq=cut_seq, max_id=max_id,
                                               now=self.bot.clock.now(), config=self.config,
                                               canonical=self._canonical)
            except Exception:
                self.log.exception("recommend retraining failed; keeping the previous model")
                return
            for key in self._forgotten:  # forgotten while we read: their rows may be in this read
                snap.histories.pop(key, None)
            self._forgotten -= settled
            # one assignment, no await in between: a request sees old or new, never a mix
            self.snapshot = snap
            self.live.cut(cut_seq)

    # ------------------------------------------------------------------ chat
    async def on_message(self, message: ChatMessage, ctx: Context) -> bool:
        """Answer a recommendation request addressed to the bot (a mention or a reply to it)."""
        if not ASKS_FOR_PICKS.search(message.text):
            return False
        mentioned = re.search(rf"(?i)@{re.escape(self.bot.config.bot.name)}\b", message.text)
        if not (mentioned or message.meta.get("reply_to_bot")):
            return False
        await self.recommend(ctx)
        return True

    # ------------------------------------------------------------------ serving
    def recommend_for(self, platform: str, user_id: str, channel: str, count: int | None = None) -> list[Pick]:
        now = self.bot.clock.now()
        shown_at, shown = self._last_picks.get((platform, user_id), (0.0, []))
        return choose(model=self.snapshot.model, catalog=self.bot.catalog, touches=self.touches(platform, user_id),
                      bought_kinds=self.config.bought_kinds, count=count or self.config.count,
                      popular_now=self.live.popular_now(now), pinned=self.bot.pinned_sku(platform, channel),
                      avoid=shown if now - shown_at < SHOWN_FOR else ())

    def _max_length(self, platform: str) -> int:
        adapter = self.bot.adapters.get(platform)
        caps = getattr(adapter, "capabilities", None)
        return int(getattr(caps, "max_message_length", DEFAULT_LENGTH) or DEFAULT_LENGTH)

    @command("recommend", help="Products picked for you from what you asked about and liked",
             aliases=("rec", "recommendations"), user_cooldown=10)
    async def recommend(self, ctx: Context) -> None:
        msg = ctx.message
        picks = self.recommend_for(msg.platform, msg.author.id, msg.channel)
        if not picks:
            if not len(self.bot.catalog):
                await ctx.reply("I can't recommend anything yet: the shop's catalog isn't loaded.")
            else:
                await ctx.reply("Nothing to recommend right now: everything is sold out. Check back soon!")
            return
        now = self.bot.clock.now()
        priced = [(p, money(self.bot.promotions.price(p.product, None, now)[0], p.product.currency)) for p in picks]
        limit = self._max_length(msg.platform) - len(msg.author.name) - 3  # room for the "@name " mention
        zh = detect_lang(msg.text) == "zh"
        hint = f"输入 {self.bot.router.prefix}buy 1 获取链接" if zh else f"{self.bot.router.prefix}buy 1 for the link"
        text = render(priced, limit, hint, "zh" if zh else "en")
        self._last_picks[(msg.platform, msg.author.id)] = (now, [p.product.sku for p in picks])
        if len(self._last_picks) > 50_000:
            self._last_picks.pop(next(iter(self._last_picks)))
        await ctx.reply(text)
        weight = self.config.event_weights.recommended
        if self.config.record_impressions:
            for pick in picks:
                self.bot.history.record_event(msg.platform, msg.author, "recommended", sku=pick.product.sku,
                                              weight=weight, data={"reason": pick.reason})

    @command("buy", help="Get the link for a product: !buy SKU, or !buy 2 for the 2nd recommendation",
             args=(Arg("product", required=True),), user_cooldown=3)
    async def buy(self, ctx: Context) -> None:
        msg = ctx.message
        if not ctx.args:
            await ctx.reply(f"Which product? {self.bot.router.prefix}buy SKU")
            return
        wanted = ctx.args[0]
        kind = "buy"
        _, shown = self._last_picks.get((msg.platform, msg.author.id), (0.0, []))
        if wanted.isdigit() and 1 <= int(wanted) <= len(shown):
            wanted, kind = shown[int(wanted) - 1], "click"
        hit = self.bot.catalog.lookup(wanted)
        if hit is None:
            await ctx.reply(f"I don't know the product {wanted[:40]!r}. Try {self.bot.router.prefix}recommend")
            return
        product, variant = hit
        if not (variant.in_stock if variant is not None else product.in_stock):
            await ctx.reply(f"Sorry, the {product.name} is sold out right now.")
            return
        self.bot.history.record_event(msg.platform, msg.author, kind, sku=product.sku,
                                      weight=self.config.event_weights.of(kind, 1.0),
                                      data={"variant": variant.sku} if variant is not None else None)
        price, promo = self.bot.promotions.price(product, variant, self.bot.clock.now())
        deal = " (sale price)" if promo else ""
        link = f": {product.url}" if product.url else ""
        await ctx.reply(f"{product.name} {money(price, product.currency)}{deal}{link}")

    async def forget_user(self, platform: str, user_id: str) -> int:
        removed = self.live.forget(platform, user_id)
        self._last_picks.pop((platform, user_id), None)
        snap = self.snapshot
        removed += len(snap.histories.pop((platform, user_id), []))
        self._forgotten.add((platform, user_id))
        if removed:
            # the store rows are gone already (BotCore.forget_viewer): refit so the model forgets too
            await self._start_retrain()
        return removed
