"""The Q&A skill in chat: !price, !stock, !ask, !pin, mentions of the bot, and opt-in passive mode."""

from __future__ import annotations

import asyncio
import gc
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from bot.catalog import Catalog, Product, Variant
from bot.commands import Arg, command
from bot.context import Context
from bot.events import Author, ChatMessage, Pin, Reply
from bot.skill import Skill
from skills.qa.config import QAConfig
from skills.qa.engine import Answer, QAEngine
from skills.qa.faq import FaqEntry, FaqError, load_faq
from skills.qa.intent import read_shape
from skills.qa.reword import reword

ASKING = {"price", "stock", "variant", "attribute", "compare", "faq"}
BACKGROUND_BUILD = 5_000  # catalogs larger than this are re-indexed in a thread on reload


@dataclass
class _Pending:
    """A passive-mode question waiting for its batch window: later askers of the same thing join it."""

    answer: Answer
    first: ChatMessage
    askers: list[Author] = field(default_factory=list)


class QASkill(Skill):
    name = "qa"
    Config = QAConfig
    priority = 50  # before chit-chat style skills: a product question is the most useful answer

    def __init__(self, bot: Any, config: QAConfig) -> None:
        super().__init__(bot, config)
        self.config: QAConfig = config
        self._engine: QAEngine | None = None
        self._built_for: tuple[Catalog, str | None, float] | None = None
        self._pending: dict[tuple[str, str, str], _Pending] = {}
        self._answered_at: dict[tuple[str, str, str], float] = {}
        self._rebuild: asyncio.Task[None] | None = None

    async def setup(self) -> None:
        # build the index now, off the event loop (a 50,000-product catalog takes a few seconds)
        await asyncio.to_thread(self.engine)

    def reconfigure(self, config: QAConfig) -> None:  # type: ignore[override]
        self.config = config
        self._built_for = None  # the catalog or FAQ may have changed with the config

    # ------------------------------------------------------------------ engine
    def engine(self) -> QAEngine:
        """The engine for the current catalog and FAQ (rebuilt when either changes)."""
        catalog: Catalog = self.bot.catalog
        faq_path = self._faq_path()
        stamp = (catalog, str(faq_path) if faq_path else None, _mtime(faq_path))
        built = self._built_for
        if self._engine is not None and built is not None and built[0] is catalog and built[1:] == stamp[1:]:
            return self._engine
        if self._engine is not None and len(catalog) > BACKGROUND_BUILD and _in_loop():
            # a big catalog was reloaded: keep answering from the previous index while the new one builds
            if self._rebuild is None or self._rebuild.done():
                self._rebuild = asyncio.get_running_loop().create_task(self._build_in_thread(stamp))
            return self._engine
        self._engine = self._build(stamp)
        return self._engine

    def _build(self, stamp: tuple[Catalog, str | None, float]) -> QAEngine:
        catalog, faq_path = stamp[0], stamp[1]
        engine = QAEngine(catalog, self._load_faq(Path(faq_path) if faq_path else None), price=self._price,
                          default_lang=self.bot.config.bot.language, max_values=self.config.max_values_listed)
        # The index is millions of long-lived objects: without this, each full garbage collection walks them
        # all and stalls one answer by up to a second on a 50,000-product catalog.
        gc.freeze()
        self._built_for = stamp
        return engine

    async def _build_in_thread(self, stamp: tuple[Catalog, str | None, float]) -> None:
        try:
            engine = await asyncio.to_thread(self._build, stamp)
        except Exception:
            self.log.exception("rebuilding the product index failed; answering from the previous catalog")
            return
        self._engine = engine
        self.log.info("product index rebuilt: %d products", len(stamp[0]))

    def _faq_path(self) -> Path | None:
        faq = self.bot.config.shop.faq
        return self.bot.config.resolve(faq) if faq else None

    def _load_faq(self, path: Path | None) -> list[FaqEntry]:
        if path is None:
            return []
        try:
            return load_faq(path)
        except FaqError as exc:
            self.log.error("FAQ not loaded, policy questions get 'I don't know': %s", exc)
            return []

    def _price(self, product: Product, variant: Variant | None) -> tuple[Decimal, Decimal | None]:
        amount, promo = self.bot.promotions.price(product, variant, self.bot.clock.now())
        return amount, (promo.percent if promo is not None else None)

    # ------------------------------------------------------------------ commands
    @command("price", help="Price of a product: !price josie jacket (no name: the pinned product)",
             args=(Arg("product", rest=True),), user_cooldown=3)
    async def cmd_price(self, ctx: Context) -> None:
        await self._explicit(ctx, ctx.arg_text or "this", force="price")

    @command("stock", help="Stock of a product or option: !stock josie jacket blue M",
             args=(Arg("product", rest=True),), user_cooldown=3)
    async def cmd_stock(self, ctx: Context) -> None:
        await self._explicit(ctx, ctx.arg_text or "this", force="stock")

    @command("ask", help="Ask about a product or the shop: !ask does the josie jacket come in XL?",
             args=(Arg("question", required=True, rest=True),), user_cooldown=3)
    async def cmd_ask(self, ctx: Context) -> None:
        if not ctx.arg_text.strip():
            await ctx.reply("Ask me about a product, e.g. !ask how much is the hoodie?")
            return
        await self._explicit(ctx, ctx.arg_text)

    @command("pin", help="Show a product as the on-screen item (moderators): !pin SKU",
             args=(Arg("sku", required=True),), permission="moderator")
    async def cmd_pin(self, ctx: Context) -> None:
        msg = ctx.message
        sku = (ctx.args[0] if ctx.args else "").strip()
        found = self.bot.catalog.lookup(sku) if sku else None
        if found is None:
            await ctx.reply(f"No product or variant with SKU {sku!r} in the catalog." if sku else "Usage: !pin SKU")
            return
        product, variant = found
        self.bot.pinned[msg.key] = variant.sku if variant is not None else product.sku
        label = product.name + (f" ({' '.join(variant.options.values())})" if variant is not None and variant.options else "")
        await ctx.act(Pin(msg.platform, msg.channel, text=f"Now showing: {label}", cause=msg))

    @command("unpin", help="Clear the on-screen product (moderators)", permission="moderator")
    async def cmd_unpin(self, ctx: Context) -> None:
        self.bot.pinned.pop(ctx.message.key, None)
        await ctx.reply("No product pinned now.")

    # ------------------------------------------------------------------ chat
    async def on_message(self, message: ChatMessage, ctx: Context) -> bool:
        text, addressed = self._addressed(message)
        if addressed and self.config.answer_mentions:
            await self._explicit(ctx, text)
            return True
        engine = self.engine()
        answer = engine.answer(message.text, pinned_sku=self.bot.pinned.get(message.key), user=message.author.name)
        self._record(message, answer, asked=answer.intent in ASKING)
        if message.voice and answer.confident and answer.intent in ASKING:
            # a spoken product question: answer now, inside the voice turn, so the reply is spoken too
            await ctx.reply(await self._words(answer))
            return True
        if not (self.config.passive and answer.confident and answer.intent in ASKING
                and read_shape(message.text).question):  # "so cheap lol" names a price word but asks nothing
            return False
        await self._passive(message, answer)
        return True

    def _addressed(self, message: ChatMessage) -> tuple[str, bool]:
        name = re.escape(self.bot.config.bot.name)
        stripped, n = re.subn(rf"(?i)@{name}\b[:,]?", " ", message.text)
        if n:
            return stripped.strip(), True
        return message.text, bool(message.meta.get("reply_to_bot"))

    async def _explicit(self, ctx: Context, text: str, force: str | None = None) -> None:
        msg = ctx.message
        answer = self.engine().answer(text, pinned_sku=self.bot.pinned.get(msg.key), user=msg.author.name, force=force)
        self._record(msg, answer, asked=True)
        await ctx.reply(await self._words(answer))

    async def _words(self, answer: Answer) -> str:
        """The template, or the LLM's rephrasing of it when one is configured and it kept the facts."""
        if self.bot.llm is None or not self.config.reword or not answer.confident:
            return answer.text
        return await reword(self.bot.llm, answer.text, answer.lang, self.config.reword_timeout_seconds)

    def _record(self, message: ChatMessage, answer: Answer, asked: bool) -> None:
        """Feed the recommender: a product question, or a product named in passing."""
        if not answer.products or len(answer.products) > 2:
            return  # nothing named, or a whole family ("do you have hoodies?"): no one product's signal
        weight = self.config.question_weight if asked else self.config.mention_weight
        kind = "question" if asked else "mention"
        for sku in answer.products:
            self.bot.history.record_event(message.platform, message.author, kind, sku=sku, weight=weight,
                                          data={"intent": answer.intent})

    async def _passive(self, message: ChatMessage, answer: Answer) -> None:
        key = (message.platform, message.channel, answer.key)
        now = self.bot.clock.now()
        pending = self._pending.get(key)
        if pending is not None:
            if all(a.id != message.author.id for a in pending.askers):
                pending.askers.append(message.author)
            return
        last = self._answered_at.get(key)
        if last is not None and now - last < self.config.passive_cooldown_seconds:
            return
        self._pending[key] = _Pending(answer, message, [message.author])

        async def flush() -> None:
            item = self._pending.pop(key, None)
            if item is None:
                return
            self._answered_at[key] = self.bot.clock.now()
            mentions = " ".join(f"@{a.name}" for a in item.askers)
            text = await self._words(item.answer)
            first = item.first
            await self.bot.act(Reply(first.platform, first.channel, text=f"{mentions} {text}", addressee=None,
                                     reply_to=first.id if len(item.askers) == 1 else None, cause=first))
            cutoff = self.bot.clock.now() - self.config.passive_cooldown_seconds
            for k in [k for k, t in self._answered_at.items() if t < cutoff]:
                del self._answered_at[k]

        if self.config.passive_batch_seconds > 0:
            self.bot.scheduler.after(self.config.passive_batch_seconds, flush, "qa-passive")
        else:
            await flush()


def _in_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def _mtime(path: Path | None) -> float:
    try:
        return path.stat().st_mtime if path else 0.0
    except OSError:
        return 0.0
