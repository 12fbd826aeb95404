"""The copywriter skill: ``!copy`` drafts ad copy, ``!flash`` runs flash sales, timers announce.

Safety, in one place:
- copy states only catalog facts (grounding check); an LLM draft that fails it is redrafted once,
  then replaced by a template; every draft also passes the moderation skills' outgoing screen;
- viewers' chat text never reaches a prompt: ``!copy`` takes a SKU and whitelisted words only;
- model output is only ever posted as text (a Reply or Announce): it cannot run a command or a
  moderation action, and a draft that starts a line like a command is rejected.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Coroutine
from decimal import Decimal
from typing import Any

from bot.commands import Arg, command
from bot.context import Context
from bot.events import ChatMessage
from bot.skill import Skill
from bot.splitter import codepoints, utf16_units
from skills.copywriter.config import CopywriterConfig, TimerConfig
from skills.copywriter.facts import format_money, format_percent, product_facts
from skills.copywriter.flash import FlashSales, parse_duration, parse_percent, say_duration
from skills.copywriter.templates import TemplateWriter
from skills.copywriter.writer import CopyWriter

STYLE_WORDS = {"hype": "hype", "short": "short", "detailed": "detailed", "long": "detailed", "brief": "short",
               "详细": "detailed", "简短": "short", "热情": "hype"}
LANG_WORDS = {"en": "en", "english": "en", "英文": "en", "zh": "zh", "cn": "zh", "chinese": "zh", "中文": "zh"}


class CopywriterSkill(Skill):
    name = "copywriter"
    Config = CopywriterConfig
    # runs before the answering skills so every chat line is counted for the timers
    priority = 5

    config: CopywriterConfig

    async def setup(self) -> None:
        from skills.copywriter.timers import Announcer

        self.templates = TemplateWriter(random.Random(self.config.seed))
        self.flash = FlashSales(self.bot)
        self.announcer = Announcer(self.bot, self._timer_copy, lambda: self.bot.config.shop.name, self._run_timer)
        self.announcer.schedule(self.config.timers)
        self._tasks: set[asyncio.Task[None]] = set()

    def reconfigure(self, config: CopywriterConfig) -> None:  # type: ignore[override]
        self.config = config
        self.templates.rng = random.Random(config.seed)
        self.announcer.schedule(config.timers)

    async def teardown(self) -> None:
        self.announcer.cancel()
        await self.flash.stop_all()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def idle(self) -> None:
        """Wait for copy still being written in the background (tests, shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    # ------------------------------------------------------------------ writing
    def writer(self) -> CopyWriter:
        shop = self.bot.config.shop
        return CopyWriter(
            llm=self.bot.llm if self.config.use_llm else None, templates=self.templates,
            outgoing_check=self._screen, other_names=lambda: (p.name for p in self.bot.catalog.products),
            allowed_domains=shop.domains, llm_timeout=self.config.llm_timeout_seconds,
            temperature=self.config.temperature)

    async def _screen(self, text: str) -> str | None:
        """The moderation skills' verdict on the bot's own text (the same screen outbound applies)."""
        for skill in list(self.bot.skills.values()):
            if skill is not self and skill.overrides("check_outgoing"):
                reason = await skill.check_outgoing(text)
                if reason:
                    return reason
        return None

    def _limit(self, platform: str) -> tuple[int, object]:
        adapter = self.bot.adapters.get(platform)
        if adapter is None:
            return 500, codepoints
        caps = adapter.capabilities
        return caps.max_message_length, utf16_units if caps.length_unit == "utf16" else codepoints

    async def write_copy(self, sku: str, style: str, lang: str, platform: str):  # noqa: ANN201 - CopyResult
        product = self.bot.catalog.product(sku)
        if product is None:
            return None
        facts = product_facts(product, self.bot.promotions, self.bot.clock.now(), shop=self.bot.config.shop.name,
                              low_stock_threshold=self.config.low_stock_threshold)
        limit, length = self._limit(platform)
        return await self.writer().write(facts, style, lang, limit, length)  # type: ignore[arg-type]

    def _lang(self) -> str:
        return self.config.language or self.bot.config.bot.language

    def find_products(self, query: str) -> list:
        """A SKU (product or variant), else the products whose name contains every word."""
        hit = self.bot.catalog.lookup(query)
        if hit is not None:
            return [hit[0]]
        words = query.lower().split()
        if not words:
            return []
        return [p for p in self.bot.catalog.products if all(w in p.name.lower() for w in words)]

    def find_product(self, query: str):  # noqa: ANN201 - Product | None
        found = self.find_products(query)
        return found[0] if len(found) == 1 else None

    def _not_found(self, query: str) -> str:
        found = self.find_products(query)
        if len(found) > 1:
            shown = ", ".join(f"{p.name} ({p.sku})" for p in found[:3])
            return f"Several products match {query[:40]!r}: {shown}{' …' if len(found) > 3 else ''}. Use the SKU."
        example = self.bot.catalog.products[0].sku if len(self.bot.catalog) else "SKU"
        return f"No product matches {query[:40]!r}. Use its SKU, e.g. !copy {example} hype"

    # ------------------------------------------------------------------ !copy
    @command("copy", help="Draft ad copy for a product: !copy SKU [hype|short|detailed] [en|zh]",
             args=(Arg("product", required=False, rest=True),), permission="moderator", aliases=("ad",),
             user_cooldown=3)
    async def copy_command(self, ctx: Context) -> None:
        words = ctx.arg_text.split()
        style, lang = self.config.default_style, self._lang()
        while words and (words[-1].lower() in STYLE_WORDS or words[-1].lower() in LANG_WORDS):
            last = words.pop().lower()
            if last in STYLE_WORDS:
                style = STYLE_WORDS[last]
            else:
                lang = LANG_WORDS[last]
        if len(words) > 1 and self.bot.catalog.lookup(words[0]) is not None:
            # "!copy SKU <anything else>": only style and language words may follow a SKU
            await ctx.reply(f"Unknown option {words[1][:20]!r}. Use: !copy SKU [hype|short|detailed] [en|zh]")
            return
        query = " ".join(words)
        if not query:
            pinned = self.bot.pinned_sku(ctx.message.platform, ctx.message.channel)
            if pinned is None:
                await ctx.reply("Usage: !copy SKU [hype|short|detailed] [en|zh]")
                return
            query = pinned
        product = self.find_product(query)
        if product is None:
            await ctx.reply(self._not_found(query))
            return
        if not product.in_stock:
            await ctx.reply(f"{product.name} is sold out, so there is nothing to advertise right now.")
            return
        platform = ctx.message.platform
        if ctx.collected is not None or not self._llm_in_use():
            # templates are instant; a slash command must hand its reply back to the adapter
            result = await self.write_copy(product.sku, style, lang, platform)
            await ctx.reply(result.text, mention=False)
            return
        # the LLM may take seconds: write in the background so chat handling never waits on it
        self._spawn(self._copy_later(ctx, product.sku, style, lang), f"copy:{product.sku}")

    def _llm_in_use(self) -> bool:
        return self.bot.llm is not None and self.config.use_llm

    def _spawn(self, work: Coroutine[Any, Any, None], name: str) -> None:
        task = asyncio.create_task(work, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run_timer(self, work: Coroutine[Any, Any, None]) -> None:
        if self._llm_in_use():
            self._spawn(work, "copywriter-timer")  # product copy may wait on the LLM
        else:
            await work

    async def _copy_later(self, ctx: Context, sku: str, style: str, lang: str) -> None:
        try:
            result = await self.write_copy(sku, style, lang, ctx.message.platform)
        except Exception:
            self.log.exception("writing copy for %s failed", sku)
            return
        if result is not None:
            await ctx.reply(result.text, mention=False)

    async def _timer_copy(self, sku: str, timer: TimerConfig, key: tuple[str, str]) -> str | None:
        product = self.bot.catalog.product(sku)
        if product is None or not product.in_stock:
            self.log.info("timer %s: %s skipped (%s)", timer.name, sku, "unknown SKU" if product is None else "sold out")
            return None
        result = await self.write_copy(sku, timer.style, timer.lang or self._lang(), key[0])
        return result.text if result is not None else None

    # ------------------------------------------------------------------ !flash
    @command("flash", help="Run a flash sale: !flash SKU 10m 20% · !flash stop SKU · !flash (list)",
             args=(Arg("sku"), Arg("duration"), Arg("percent")), permission="moderator", aliases=("flashsale",))
    async def flash_command(self, ctx: Context) -> None:
        args = ctx.args
        if not args:
            await ctx.reply(self._flash_list())
            return
        if args[0].lower() in ("stop", "end", "cancel"):
            await self._flash_stop(ctx, args[1:])
            return
        if len(args) < 3:
            await ctx.reply("Usage: !flash SKU 10m 20% (duration like 90s, 10m, 1h; percent off)")
            return
        product = self.find_product(args[0])
        seconds, percent = parse_duration(args[1]), parse_percent(args[2])
        if seconds is None and parse_duration(args[2]) is not None:  # "!flash SKU 20% 10m" works too
            seconds, percent = parse_duration(args[2]), parse_percent(args[1])
        lang = LANG_WORDS.get(args[3].lower(), self._lang()) if len(args) > 3 else self._lang()
        problem = self._flash_problem(product, args[0], seconds, percent)
        if problem:
            await ctx.reply(problem)
            return
        assert product is not None and seconds is not None and percent is not None
        run = self.flash.start(product, seconds, percent, ctx.message.platform, ctx.message.channel, lang)
        self.log.info("flash sale: %s %s off for %s (by %s)", product.sku, format_percent(percent),
                      say_duration(seconds, "en"), ctx.message.author.name)
        await ctx.announce(self.flash.text(run, "start"))

    def _flash_problem(self, product, query: str, seconds: float | None, percent: Decimal | None) -> str | None:  # noqa: ANN001
        if product is None:
            return self._not_found(query).replace("!copy", "!flash").replace(" hype", " 10m 20%")
        if not product.in_stock:
            return f"{product.name} is sold out: no flash sale."
        if seconds is None or seconds < 30 or seconds > self.config.flash_max_minutes * 60:
            return f"Duration must be between 30s and {self.config.flash_max_minutes:g}m, like 10m or 90s."
        if percent is None or percent <= 0 or percent > Decimal(str(self.config.flash_max_percent)):
            return f"Discount must be a percentage above 0 and at most {self.config.flash_max_percent:g}%, like 20%."
        run = self.flash.running.get(product.sku.lower())
        if run is not None:
            left = say_duration(run.promo.ends - self.bot.clock.now(), "en")
            return f"{product.name} is already on a flash sale ({left} left). !flash stop {product.sku} first."
        return None

    async def _flash_stop(self, ctx: Context, args: list[str]) -> None:
        runs = list(self.flash.running.values())
        if args:
            product = self.find_product(" ".join(args))
            runs = [r for r in runs if product is not None and r.product.sku == product.sku]
        if not runs:
            await ctx.reply("No flash sale to stop." if not args else f"No flash sale running for {' '.join(args)[:40]}.")
            return
        if len(runs) > 1 and not args:
            await ctx.reply("Several flash sales are running: !flash stop SKU")
            return
        await self.flash.stop(runs[0], announce=True)

    def _flash_list(self) -> str:
        now = self.bot.clock.now()
        if not self.flash.running:
            return "No flash sale running. Start one: !flash SKU 10m 20%"
        parts = []
        for run in self.flash.running.values():
            facts = self.flash.facts(run)
            parts.append(f"{run.product.name} {format_percent(run.promo.percent)} off, "
                         f"{format_money(facts.price_low, facts.currency)}, {say_duration(run.promo.ends - now, 'en')} left")
        return "Flash sales: " + "; ".join(parts)

    # ------------------------------------------------------------------ chat activity for the timers
    async def on_message(self, message: ChatMessage, ctx: Context) -> bool:
        self.announcer.count(message.platform, message.channel)
        return False
