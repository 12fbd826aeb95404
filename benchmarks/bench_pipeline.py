"""Pipeline throughput: 100,000 console chat messages through the core with routing only (no skills).

    python benchmarks/bench_pipeline.py [--messages 100000]

Prints messages/second and p50/p99 per-message latency. History goes to an in-memory SQLite store
(the batch writer runs as in production). Run with ``taskset -c 0`` to pin to one core.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import time
from pathlib import Path

from bot.config import load_config
from bot.testing import ScriptedBot

ROOT = Path(__file__).resolve().parent.parent

WORDS = ("how much is the hoodie", "lol", "is the jacket in stock in XL", "hi from Berlin", "!help", "🔥🔥🔥",
         "这个多少钱", "love it", "what size should I get", "first time here")


async def run(n: int, full: bool = False) -> dict[str, float]:
    rng = random.Random(7)
    if full:
        # every skill of the shipped config (moderation, Q&A, recommend, copywriter, insights)
        config = load_config(ROOT / "config" / "livebot.yaml", ["storage.url=sqlite://"])
        harness_cm = ScriptedBot(config=config)
    else:
        harness_cm = ScriptedBot({"bot": {"name": "benchbot"}})
    async with harness_cm as harness:
        bot, console = harness.bot, harness.console
        if not full:
            # routing only: no skills beyond the built-ins; replies are not the point here
            bot.router.remove_skill("core")
        messages = [console.message(f"viewer{rng.randrange(5000)}", rng.choice(WORDS), timestamp=i * 0.001)
                    for i in range(n)]
        latencies = []
        perf = time.perf_counter
        start = perf()
        for msg in messages:
            t0 = perf()
            await bot.handle(msg)
            latencies.append(perf() - t0)
        await bot.history.flush()
        elapsed = perf() - start
    latencies.sort()
    return {"messages": n, "seconds": elapsed, "msgs_per_s": n / elapsed,
            "p50_us": statistics.median(latencies) * 1e6, "p99_us": latencies[int(0.99 * n)] * 1e6}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--full", action="store_true", help="all skills of config/livebot.yaml, not routing only")
    args = parser.parse_args()
    r = asyncio.run(run(args.messages, args.full))
    what = "all shipped skills" if args.full else "routing only"
    print(f"pipeline ({what}): {r['messages']} messages in {r['seconds']:.2f}s = {r['msgs_per_s']:,.0f} msg/s; "
          f"latency p50 {r['p50_us']:.1f} us, p99 {r['p99_us']:.1f} us")


if __name__ == "__main__":
    main()
