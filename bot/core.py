"""The bot core: services shared by every part, and the message pipeline.

Pipeline, in order, each stage isolated (an exception is logged, never posted to chat):
1. moderation  - skills with a ``moderate`` hook; a removed message goes no further
2. history     - the viewer and message are recorded in the store
3. routing     - a command runs its handler; otherwise skills' ``on_message`` in priority order
4. outbound    - replies are checked, split and queued per channel (``bot.outbound``)
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.catalog import Catalog, CatalogError, load_catalog
from bot.clock import Clock, ManualClock, RealClock
from bot.commands import CommandRouter
from bot.config import ConfigError, LiveBotConfig, load_config
from bot.context import Context
from bot.events import Action, Adapter, Announce, ChatMessage, MessageSink, Reply
from bot.history import HistoryRecorder
from bot.outbound import Outbound
from bot.plugins import skill_classes
from bot.promotions import PromotionBook
from bot.scheduler import Scheduler
from bot.skill import Skill
from bot.store import Store

log = logging.getLogger("livebot.core")
SETTLE_ON_SHUTDOWN_S = 2.0  # how long shutdown waits for skills' pending work (second looks) before closing


class BotCore(MessageSink):
    def __init__(self, config: LiveBotConfig, *, clock: Clock | None = None, store: Store | None = None,
                 config_path: str | Path | None = None, overrides: list[str] | None = None) -> None:
        self.config = config
        self.config_path = Path(config_path) if config_path else None
        self.overrides = list(overrides or [])
        self.clock: Clock = clock or RealClock()
        self.scheduler = Scheduler(self.clock)
        if isinstance(self.clock, ManualClock):
            # scripted time: a timer's announcement goes out at the timer's time, not the next line's
            self.scheduler.after_job = self.outbound_drain
        self._owns_store = store is None
        self.store = store or Store(config.storage.url)
        self.history = HistoryRecorder(self.store, self.clock, flush_rows=config.storage.flush_rows)
        self.router = CommandRouter(self.clock, config.bot.command_prefix)
        self.outbound = Outbound(self.clock, max_parts=config.bot.max_reply_parts)
        self.promotions = PromotionBook()
        self.pinned: dict[tuple[str, str], str] = {}  # (platform, channel) -> SKU on screen
        self.catalog: Catalog = Catalog()
        self.skills: dict[str, Skill] = {}
        self.adapters: dict[str, Adapter] = {}
        self.llm: Any = None  # bot.llm client when an endpoint is configured
        self.started_at = self.clock.now()
        self._moderators: list[Skill] = []
        self._listeners: list[Skill] = []
        self._outgoing_checks: list[Skill] = []
        self._catalog_stamp: tuple[str, float] | None = None
        self._config_mtime = self._mtime()
        # taps see every action first and may take it (return True): a voice turn holds the replies
        # its message caused, to speak them before they go out
        self.action_taps: list[Callable[[Action], bool]] = []

    async def outbound_drain(self) -> None:
        await self.outbound.drain()

    async def settle(self) -> None:
        """Let every skill finish the background work earlier messages started, then send its output."""
        for skill in list(self.skills.values()):
            if skill.overrides("settle"):
                await skill.settle()
        await self.outbound.drain()

    # ------------------------------------------------------------------ lifecycle
    async def setup(self) -> None:
        """Load the catalog, create the enabled skills and register their commands."""
        from bot.builtins import CoreCommands

        self.load_catalog()
        await self._setup_llm()
        core = CoreCommands(self, CoreCommands.Config())
        self.skills[core.name] = core
        for name, cls in skill_classes().items():
            section = getattr(self.config.skills, name, None)
            if section is not None and section.enabled:
                self.skills[name] = cls(self, section)
        for skill in list(self.skills.values()):
            try:
                await skill.setup()
            except Exception:
                log.exception("skill %s failed to start; it is disabled for this run", skill.name)
                self.skills.pop(skill.name, None)
        self._index_skills()
        self.scheduler.every(max(0.05, self.config.storage.flush_seconds), self.history.flush, "history-flush")
        if self.config.storage.retention_days > 0:
            self.scheduler.every(3600, self._purge_old_messages, "retention", first_in=60)

    async def _setup_llm(self) -> None:
        cfg = self.config.llm
        if cfg is None or not cfg.enabled:
            self.llm = None
            return
        try:
            from bot.llm.client import create_llm_client
        except ImportError:
            log.warning("llm section configured but the LLM client is not available; continuing without it")
            return
        self.llm = await create_llm_client(cfg, self.clock)

    def _index_skills(self) -> None:
        self.router.remove_skill("core")
        for name in list(self.skills):
            self.router.remove_skill(name)
        for skill in self.skills.values():
            for cmd in skill.commands():
                self.router.add(cmd)
        ordered = sorted(self.skills.values(), key=lambda s: s.priority)
        self._moderators = [s for s in ordered if s.overrides("moderate")]
        self._listeners = [s for s in ordered if s.overrides("on_message")]
        self._outgoing_checks = [s for s in ordered if s.overrides("check_outgoing")]

    async def add_skill(self, skill: Skill) -> None:
        """Add a skill instance at run time (tests, embedding apps)."""
        await skill.setup()
        self.skills[skill.name] = skill
        self._index_skills()

    async def add_adapter(self, adapter: Adapter) -> None:
        self.adapters[adapter.name] = adapter
        self.outbound.add_adapter(adapter)
        await adapter.start(self)
        await self._register_commands(adapter)

    async def _register_commands(self, adapter: Adapter) -> None:
        try:
            await adapter.register_commands(self.router.all())
        except Exception:
            log.exception("%s: registering commands failed; prefix commands still work", adapter.name)

    async def shutdown(self) -> None:
        """Stop adapters, flush queued replies, commit history, release skills."""
        await self.scheduler.stop()
        try:  # verdicts a skill is still working on (the moderation second look) get a moment to land
            await asyncio.wait_for(self.settle(), SETTLE_ON_SHUTDOWN_S)
        except TimeoutError:
            log.warning("shutting down with skill work still pending after %.0fs", SETTLE_ON_SHUTDOWN_S)
        except Exception:
            log.exception("settling skills before shutdown failed")
        await self.outbound.close()
        for adapter in list(self.adapters.values()):
            try:
                await adapter.stop()
            except Exception:
                log.exception("stopping %s failed", adapter.name)
        for skill in list(self.skills.values()):
            try:
                await skill.teardown()
            except Exception:
                log.exception("skill %s teardown failed", skill.name)
        if self.llm is not None and hasattr(self.llm, "close"):
            await self.llm.close()
        await self.history.flush()
        if self._owns_store:
            self.store.close()

    # ------------------------------------------------------------------ pipeline
    async def handle(self, message: ChatMessage) -> None:
        ctx = Context(message, self)
        removed = False
        for skill in self._moderators:
            try:
                if await skill.moderate(message, ctx):
                    removed = True
                    break
            except Exception:
                log.exception("moderation by %s failed on message %s", skill.name, message.id)
        try:
            self.history.record_message(message, removed=removed)
        except Exception:
            log.exception("history stage failed on message %s", message.id)
        if removed:
            return
        parsed = self.router.parse(message.text) if message.text.startswith(self.router.prefix) else None
        if parsed is not None:
            await self._run_command(message, parsed.command, parsed.args, parsed.arg_text, collect=False)
            return
        for skill in self._listeners:
            try:
                if await skill.on_message(message, Context(message, self, log=skill.log, config=skill.config)):
                    return
            except Exception:
                log.exception("skill %s failed on message %s", skill.name, message.id)

    async def _run_command(self, message: ChatMessage, cmd: Any, args: list[str], arg_text: str,
                           collect: bool) -> list[Action]:
        denied = self.router.check(cmd, message)
        if denied is not None:
            log.debug("%s may not run %s: %s", message.author.name, cmd.name, denied)
            return []
        skill = self.skills.get(cmd.skill)
        ctx = Context(message, self, command=cmd, args=args, arg_text=arg_text, collect=collect,
                      log=skill.log if skill else log, config=skill.config if skill else None)
        try:
            await cmd.handler(ctx)
        except Exception:
            # never a traceback in a live chat: log it, and say something short if anything
            log.exception("command %s failed", cmd.name)
            if collect:
                ctx.collected = [Reply(message.platform, message.channel, text="Sorry, that didn't work.",
                                       addressee=message.author.name, reply_to=message.id, cause=message)]
        return ctx.collected or []

    async def dispatch_command(self, message: ChatMessage, name: str, args: list[str]) -> list[Action]:
        cmd = self.router.get(name)
        if cmd is None:
            return []
        try:
            self.history.record_message(message)
        except Exception:
            log.exception("history stage failed on message %s", message.id)
        replies = await self._run_command(message, cmd, args, " ".join(args), collect=True)
        checked = []
        for reply in replies:
            if isinstance(reply, Reply) and await self._blocked(reply.text):
                continue
            checked.append(reply)
        return checked

    async def act(self, action: Action) -> None:
        """Every action goes out through here: taps first, then outgoing text is screened."""
        for tap in self.action_taps:
            if tap(action):
                return
        await self.send(action)

    async def send(self, action: Action) -> None:
        """Screen and submit an action, past the taps (a voice turn sending what it held)."""
        if isinstance(action, Reply | Announce) and await self._blocked(action.text):
            return
        await self.outbound.submit(action)

    async def _blocked(self, text: str) -> bool:
        for skill in self._outgoing_checks:
            try:
                reason = await skill.check_outgoing(text)
            except Exception:
                log.exception("outgoing check by %s failed", skill.name)
                continue
            if reason:
                log.warning("blocked the bot's own message (%s): %r", reason, text[:200])
                return True
        return False

    # ------------------------------------------------------------------ privacy
    async def forget_viewer(self, platform: str, user_id: str) -> dict[str, int]:
        """Delete one viewer's data everywhere: the store's tables and every skill's own state."""
        await self.history.flush()  # buffered rows must not be written back after the delete
        counts = await asyncio.to_thread(self.store.forget_viewer, platform, user_id)
        for skill in list(self.skills.values()):
            try:
                removed = await skill.forget_user(platform, user_id)
            except Exception:
                log.exception("skill %s could not forget a viewer", skill.name)
                continue
            if removed:
                counts[f"skill:{skill.name}"] = removed
        # the audit trail of the deletion keeps no identity, only that it happened and how much
        log.info("forgot a %s viewer on request: %s", platform, counts)
        return {k: v for k, v in counts.items() if v}

    # ------------------------------------------------------------------ catalog
    def load_catalog(self) -> None:
        shop = self.config.shop
        if not shop.catalog:
            self.catalog = Catalog(currency=shop.currency)
            return
        path = self.config.resolve(shop.catalog)
        stamp = (str(path), path.stat().st_mtime if path.exists() else 0.0)
        if stamp == self._catalog_stamp:
            return
        self.catalog = load_catalog(path, shop.currency)
        self._catalog_stamp = stamp
        log.info("catalog %s: %d products", path, len(self.catalog))

    def pinned_sku(self, platform: str, channel: str) -> str | None:
        return self.pinned.get((platform, channel))

    # ------------------------------------------------------------------ reload
    def _mtime(self) -> float:
        try:
            return os.stat(self.config_path).st_mtime if self.config_path else 0.0
        except OSError:
            return 0.0

    async def reload(self) -> list[str]:
        """Reload the config file; on any error keep the running config and return the errors."""
        if self.config_path is None:
            return ["no config file to reload"]
        self._config_mtime = self._mtime()
        try:
            new = load_config(self.config_path, self.overrides)
            old_stamp = self._catalog_stamp
            self.config = new
            try:
                self.load_catalog()
            except CatalogError:
                self._catalog_stamp = old_stamp
                raise
        except ConfigError as exc:
            errors = [str(p) for p in exc.problems]
        except CatalogError as exc:
            errors = [str(exc)]
        else:
            await self._apply_skill_config()
            log.info("config reloaded from %s", self.config_path)
            return []
        for line in errors:
            log.error("reload rejected, keeping the running config: %s", line)
        return errors

    async def _apply_skill_config(self) -> None:
        commands_before = [(c.name, c.help) for c in self.router.all()]
        classes = skill_classes()
        for name, cls in classes.items():
            section = getattr(self.config.skills, name, None)
            running = self.skills.get(name)
            enabled = section is not None and section.enabled
            if running is not None and enabled:
                running.reconfigure(section)
            elif running is not None:
                await running.teardown()
                del self.skills[name]
            elif enabled:
                skill = cls(self, section)
                try:
                    await skill.setup()
                    self.skills[name] = skill
                except Exception:
                    log.exception("skill %s failed to start", name)
        self.router.prefix = self.config.bot.command_prefix
        self._index_skills()
        if [(c.name, c.help) for c in self.router.all()] != commands_before:
            # a skill switched on or off by !reload brings or takes its slash commands and command menus
            for adapter in self.adapters.values():
                await self._register_commands(adapter)

    async def check_config_file(self) -> None:
        """Reload when the file changed on disk (called periodically in live mode)."""
        if self.config_path and self._mtime() != self._config_mtime:
            await self.reload()

    async def _purge_old_messages(self) -> None:
        cutoff = self.clock.now() - self.config.storage.retention_days * 86400
        await self.history.flush()
        removed = await asyncio.to_thread(self.store.purge_messages_before, cutoff)
        if removed:
            log.info("retention: purged %d chat messages older than %.1f days", removed,
                     self.config.storage.retention_days)
