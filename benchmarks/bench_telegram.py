"""Telegram intake under a flooded chat: the real python-telegram-bot Application polling a local fake
Bot API, the whole bot core, and a moderation stand-in that deletes + restricts every 10th message.

    python benchmarks/bench_telegram.py [--messages 2000]

All messages are queued on the fake at once (a raid), then the bot drains them through long polling
(100 updates per getUpdates, PTB's maximum). Prints messages/s handled, the delay from a message
being queued to the bot handling it (p50/p95), and from a spam message being queued to its
deleteMessage reaching the fake (p50/p95). Replies are not measured: Telegram itself caps them at
20 a minute per group. No data set needed; everything runs on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from adapters.telegram import create  # noqa: E402
from bot.config import SkillConfig, validate_config  # noqa: E402
from bot.config_loader import LineMap  # noqa: E402
from bot.context import Context  # noqa: E402
from bot.core import BotCore  # noqa: E402
from bot.events import ChatMessage  # noqa: E402
from bot.skill import Skill  # noqa: E402
from tests.fakes.telegram_api import FakeTelegramAPI  # noqa: E402

GROUP = {"id": -100777, "type": "supergroup", "title": "bench"}


class FloodModerator(Skill):
    name = "floodbench"
    Config = SkillConfig

    def __init__(self, bot: BotCore, config: SkillConfig) -> None:
        super().__init__(bot, config)
        self.handled: dict[str, float] = {}

    async def moderate(self, message: ChatMessage, ctx: Context) -> bool:
        self.handled[message.id] = time.monotonic()
        if "buy followers" in message.text:
            await ctx.delete("spam")
            await ctx.timeout(600, "spam")
            return True
        return False


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))] if values else float("nan")


async def run(n: int) -> dict[str, float]:
    fake = await FakeTelegramAPI().start()
    fake.set_admins(GROUP["id"])
    config = validate_config({"storage": {"url": "sqlite://"}, "adapters": {"telegram": {
        "token": fake.token, "base_url": fake.base_url, "base_file_url": fake.base_file_url,
        "poll_timeout": 1, "poll_interval": 0}}}, LineMap("<bench>"))
    core = BotCore(config)
    await core.setup()
    skill = FloodModerator(core, SkillConfig())
    await core.add_skill(skill)
    await core.add_adapter(create(config.adapters.telegram, core))
    queued: dict[str, float] = {}
    spam: set[str] = set()
    start = time.monotonic()
    for i in range(n):
        text = "buy followers cheap" if i % 10 == 0 else f"how much is item {i}?"
        user = {"id": 1000 + i % 300, "is_bot": False, "first_name": f"v{i % 300}"}
        mid = str(fake.push_message(GROUP, user, text))
        queued[mid] = time.monotonic()
        if i % 10 == 0:
            spam.add(mid)
    while len(skill.handled) < n or len(fake.calls_to("restrictChatMember")) < len(spam):
        if time.monotonic() - start > 300:
            break
        await asyncio.sleep(0.01)
    elapsed = time.monotonic() - start
    deleted_at = {c.params["message_id"]: c.at for c in fake.calls if c.method == "deleteMessage"}
    await core.shutdown()
    await fake.stop()
    handle_delay = [skill.handled[m] - queued[m] for m in queued if m in skill.handled]
    delete_delay = [deleted_at[m] - queued[m] for m in spam if m in deleted_at]
    return {"messages": n, "handled": len(skill.handled), "deleted": len(deleted_at), "spam": len(spam),
            "seconds": elapsed, "msgs_per_s": len(skill.handled) / elapsed,
            "handle_p50": statistics.median(handle_delay), "handle_p95": pct(handle_delay, 0.95),
            "delete_p50": statistics.median(delete_delay), "delete_p95": pct(delete_delay, 0.95)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=2000)
    args, _ = parser.parse_known_args()
    logging.basicConfig(level=logging.ERROR)
    r = asyncio.run(run(args.messages))
    print(f"telegram intake: {r['handled']}/{r['messages']} messages in {r['seconds']:.2f}s = "
          f"{r['msgs_per_s']:,.0f} msg/s; queued->handled p50 {r['handle_p50']:.2f}s p95 {r['handle_p95']:.2f}s; "
          f"{r['deleted']}/{r['spam']} spam deleted, queued->deleted p50 {r['delete_p50']:.2f}s "
          f"p95 {r['delete_p95']:.2f}s")


if __name__ == "__main__":
    main()
