"""Assembling and running a bot: live (real clock, adapters from config) or a scripted replay."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from adapters.console import Config as ConsoleConfig
from adapters.console.adapter import ConsoleAdapter
from bot.clock import ManualClock
from bot.config import LiveBotConfig
from bot.core import BotCore
from bot.plugins import adapter_modules
from bot.script import ScriptLine
from bot.store import Store

log = logging.getLogger("livebot.run")


async def replay(bot: BotCore, console: ConsoleAdapter, lines: Iterable[ScriptLine]) -> None:
    """Feed script lines through the pipeline on the bot's ManualClock; timers fire on time."""
    clock = bot.clock
    assert isinstance(clock, ManualClock), "replays need a ManualClock"
    for line in lines:
        await bot.scheduler.run_until(line.time)
        clock.set(line.time)
        await bot.handle(console.message(line.author, line.text, line.role, line=line.number, timestamp=line.time))
        await bot.settle()
    await bot.settle()


async def run_script(config: LiveBotConfig, lines: list[ScriptLine], *, out: IO[str], transcript: IO[str] | None,
                     config_path: Path | None = None, overrides: list[str] | None = None,
                     store: Store | None = None) -> ConsoleAdapter:
    clock = ManualClock(0.0)
    bot = BotCore(config, clock=clock, store=store, config_path=config_path, overrides=overrides)
    await bot.setup()
    console_cfg = config.adapters.console or ConsoleConfig()
    console = ConsoleAdapter(console_cfg, clock, out=out, transcript=transcript, origin=0.0)
    await bot.add_adapter(console)
    try:
        await replay(bot, console, lines)
    finally:
        await bot.shutdown()
    return console


async def run_live(config: LiveBotConfig, *, config_path: Path | None, overrides: list[str]) -> int:
    bot = BotCore(config, config_path=config_path, overrides=overrides)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    await bot.setup()
    console: ConsoleAdapter | None = None
    started = 0
    try:
        for name, module in adapter_modules().items():
            section = getattr(config.adapters, name, None)
            if section is None or not section.enabled:
                continue
            adapter = module.create(section, bot)
            try:
                await bot.add_adapter(adapter)
                started += 1
            except Exception as exc:
                # one platform down must not take the others with it
                log.error("adapter %s failed to start: %s", name, exc)
                continue
            if isinstance(adapter, ConsoleAdapter):
                console = adapter
        if not started:
            log.error("no adapter started; enable one under 'adapters:' in the config")
            return 2
        bot.scheduler.start()
        if config.watch_config and config_path is not None:
            bot.scheduler.every(2.0, bot.check_config_file, "config-watch")
        if console is not None:
            reader = asyncio.create_task(console.interactive(stop))
            await stop.wait()
            reader.cancel()
        else:
            await stop.wait()
    finally:
        log.info("shutting down")
        await bot.shutdown()
    return 0
