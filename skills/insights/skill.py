"""Streamer insights: per-message signals, ``!digest`` in chat, and the after-stream report."""

from __future__ import annotations

import asyncio
import json
from collections import OrderedDict
from typing import Any

from pydantic import Field
from sqlalchemy import delete, insert

from bot.commands import Arg, command
from bot.config import SkillConfig
from bot.context import Context
from bot.events import Action, ChatMessage, Reply
from bot.skill import Skill
from skills.insights import tables
from skills.insights.digest import figures_facts, format_digest, numbers_grounded
from skills.insights.products import ProductFinder
from skills.insights.queries import Window, stream_figures
from skills.insights.sentiment import SentimentScorer
from skills.insights.signals import is_question

SUMMARY_SYSTEM = ("You summarise live-stream chat statistics for a streamer in one short paragraph. Use only the "
                  "figures given; never add a number that is not in them. No greetings.")


class InsightsConfig(SkillConfig):
    digest_minutes: float = Field(10, gt=0, le=24 * 60, description="window of !digest without an argument")
    digest_top: int = Field(3, ge=1, le=10, description="products and unanswered questions listed")
    # write the HTML report here when the bot stops (relative to the config file); empty: don't
    report_on_shutdown: str | None = None
    report_hours: float = Field(4, gt=0, description="how much of the stream the shutdown report covers")


class InsightsSkill(Skill):
    name = "insights"
    Config = InsightsConfig
    priority = 0  # observes every chat message before other skills may consume it

    async def setup(self) -> None:
        self.bot.store.migrate("insights", tables.MIGRATIONS)
        self.scorer = await asyncio.to_thread(SentimentScorer)
        self.products = ProductFinder(self.bot)
        self._signals: list[dict[str, Any]] = []
        self._answers: list[dict[str, Any]] = []
        # recent questions awaiting an answer, bounded so a long stream cannot grow memory
        self._open: OrderedDict[tuple[str, str, str], str] = OrderedDict()
        self.bot.outbound.sent_hooks.append(self._on_sent)
        self.bot.scheduler.every(max(0.05, self.bot.config.storage.flush_seconds), self.flush, "insights-flush")

    async def teardown(self) -> None:
        await self.flush()
        target = self.config.report_on_shutdown
        if target:
            from skills.insights.report import write_report

            await self.bot.history.flush()
            path = self.bot.config.resolve(target)
            await asyncio.to_thread(write_report, self.bot.store, self.bot.catalog, path,
                                    self.config.report_hours * 3600)
            self.log.info("stream report written to %s", path)

    def signals_for(self, text: str) -> tuple[str, float, bool, str | None]:
        sentiment = self.scorer.classify(text)
        question = is_question(text)
        return sentiment.label, sentiment.score, question, self.products.find(text)

    async def on_message(self, message: ChatMessage, ctx: Context) -> bool:
        label, score, question, sku = self.signals_for(message.text)
        self._signals.append({"ts": message.timestamp, "platform": message.platform, "channel": message.channel,
                              "message_id": message.id, "user_id": message.author.id, "sentiment": label,
                              "score": round(score, 3), "is_question": question, "sku": sku})
        if question:
            self._open[(message.platform, message.channel, message.id)] = message.author.id
            if len(self._open) > 5000:
                self._open.popitem(last=False)
        return False

    def _on_sent(self, action: Action) -> None:
        cause = action.cause
        if not isinstance(action, Reply) or cause is None:
            return
        user = self._open.pop((cause.platform, cause.channel, cause.id), None)
        if user is not None:
            self._answers.append({"ts": self.bot.clock.now(), "platform": cause.platform, "channel": cause.channel,
                                  "message_id": cause.id, "user_id": user})

    async def flush(self) -> None:
        signals, self._signals = self._signals, []
        answers, self._answers = self._answers, []
        if signals or answers:
            await asyncio.to_thread(self._write, signals, answers)

    def _write(self, signals: list[dict[str, Any]], answers: list[dict[str, Any]]) -> None:
        store = self.bot.store
        with store.write_lock, store.engine.begin() as conn:
            if signals:
                conn.execute(insert(tables.signals), signals)
            if answers:
                conn.execute(insert(tables.answers), answers)

    async def forget_user(self, platform: str, user_id: str) -> int:
        await self.flush()
        self._open = OrderedDict((k, u) for k, u in self._open.items() if not (k[0] == platform and u == user_id))

        def drop() -> int:
            store = self.bot.store
            with store.write_lock, store.engine.begin() as conn:
                n = 0
                for table in (tables.signals, tables.answers):
                    n += conn.execute(delete(table).where(table.c.platform == platform,
                                                          table.c.user_id == user_id)).rowcount
                return n

        return await asyncio.to_thread(drop)

    @command("digest", help="What chat said lately: top products, open questions, mood, moderation",
             args=(Arg("minutes"),), permission="moderator", user_cooldown=20)
    async def digest(self, ctx: Context) -> None:
        minutes = self.config.digest_minutes
        if ctx.args:
            try:
                minutes = float(ctx.args[0].rstrip("m"))
                if not 0 < minutes <= 24 * 60:
                    raise ValueError
            except ValueError:
                await ctx.reply("Usage: !digest [minutes], e.g. !digest 15")
                return
        await self.bot.history.flush()
        await self.flush()
        now = self.bot.clock.now()
        window = Window(now - minutes * 60, now, ctx.message.platform, ctx.message.channel)
        figures = await asyncio.to_thread(stream_figures, self.bot.store, window, self.config.digest_top)
        text = format_digest(figures, self.bot.catalog, minutes)
        summary = await self._llm_summary(figures_facts(figures, self.bot.catalog, minutes))
        await ctx.reply(f"{summary} | {text}" if summary else text)

    async def _llm_summary(self, facts: dict[str, Any]) -> str | None:
        llm = self.bot.llm
        if llm is None:
            return None
        facts_text = json.dumps(facts, ensure_ascii=False)
        try:
            out = await llm.complete(SUMMARY_SYSTEM, f"Figures (JSON): {facts_text}", max_tokens=120)
        except Exception:
            self.log.exception("digest summary failed")
            return None
        if not out or not numbers_grounded(out, facts_text):
            return None  # an invented number is worse than no summary
        return " ".join(out.split())

