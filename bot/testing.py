"""A test harness shipped with the package: a whole bot on the console adapter and a ManualClock.

    async with ScriptedBot(skills={"qa": {}}) as bot:
        actions = await bot.say("alice", "how much is the hoodie?")
        assert actions[0]["action"] == "reply"

Every action is the same record the ``--transcript`` file holds.
"""

from __future__ import annotations

import io
from typing import Any

from adapters.console import Config as ConsoleConfig
from adapters.console.adapter import ConsoleAdapter
from bot.clock import ManualClock
from bot.config import LiveBotConfig, validate_config
from bot.config_loader import LineMap
from bot.core import BotCore
from bot.events import Role
from bot.store import Store


class ScriptedBot:
    def __init__(self, data: dict[str, Any] | None = None, *, skills: dict[str, Any] | None = None,
                 config: LiveBotConfig | None = None, store: Store | None = None, start: float = 0.0) -> None:
        if config is None:
            data = dict(data or {})
            data.setdefault("storage", {"url": "sqlite://"})
            if skills is not None:
                data["skills"] = skills
            config = validate_config(data, LineMap("<test>"))
        self.config = config
        self.clock = ManualClock(start)
        self.store = store
        self.out = io.StringIO()
        self.bot: BotCore | None = None
        self.console: ConsoleAdapter | None = None
        self._line = 0

    async def __aenter__(self) -> ScriptedBot:
        self.bot = BotCore(self.config, clock=self.clock, store=self.store)
        await self.bot.setup()
        self.console = ConsoleAdapter(self.config.adapters.console or ConsoleConfig(), self.clock, out=self.out,
                                      origin=0.0)
        await self.bot.add_adapter(self.console)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self.bot is not None
        await self.bot.shutdown()

    @property
    def records(self) -> list[dict[str, Any]]:
        assert self.console is not None
        return self.console.records

    async def advance(self, seconds: float) -> list[dict[str, Any]]:
        """Let simulated time pass; timers due meanwhile fire. Returns the actions they caused."""
        assert self.bot is not None
        before = len(self.records)
        target = self.clock.now() + seconds
        await self.bot.scheduler.run_until(target)
        self.clock.set(target)
        await self.bot.outbound.drain()
        return self.records[before:]

    async def say(self, author: str, text: str, role: str | Role = "viewer", *, at: float | None = None,
                  channel: str | None = None) -> list[dict[str, Any]]:
        """One chat line; returns the actions it caused (timers that came due first are included)."""
        assert self.bot is not None and self.console is not None
        before = len(self.records)
        if at is not None:
            await self.bot.scheduler.run_until(at)
            self.clock.set(at)
        else:
            await self.bot.scheduler.run_until(self.clock.now())
        self._line += 1
        role = role if isinstance(role, Role) else Role.parse(role)
        await self.bot.handle(self.console.message(author, text, role, line=self._line, channel=channel))
        await self.bot.settle()
        return self.records[before:]
