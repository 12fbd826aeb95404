"""``livebot copy`` in a subprocess: templates on a fresh install, and an LLM from flags or a config."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from tests.fakes.openai_server import FakeOpenAIServer, Scripted

ROOT = Path(__file__).resolve().parent.parent
CATALOG = str(ROOT / "config" / "catalog.yaml")


async def livebot(*args: str) -> tuple[int, str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", *args, cwd=ROOT, env=env,
                                                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    return proc.returncode, out.decode(), err.decode()


async def test_template_copy_without_any_llm():
    rc, out, err = await livebot("copy", "--catalog", CATALOG, "--sku", "MH01", "--platform", "twitch",
                                 "--style", "hype", "--lang", "en", "--seed", "4")
    assert rc == 0, err
    assert "Chaz Kangeroo Hoodie" in out and "$52" in out and len(out.strip()) <= 500
    assert "from a template" in err


async def test_chinese_short_copy_for_telegram():
    rc, out, err = await livebot("copy", "--catalog", CATALOG, "--sku", "MP01", "--platform", "telegram",
                                 "--style", "short", "--lang", "zh")
    assert rc == 0, err
    assert "Caesar Warm-Up Pant" in out and "$35" in out
    assert any("\u4e00" <= ch <= "\u9fff" for ch in out)


async def test_unknown_sku_and_missing_catalog_are_clear_errors():
    rc, out, err = await livebot("copy", "--catalog", CATALOG, "--sku", "NOPE")
    assert rc == 2 and "no product with SKU 'NOPE'" in err and out == ""
    rc, out, err = await livebot("copy", "--catalog", str(ROOT / "missing.yaml"), "--sku", "MH01")
    assert rc == 2 and "file not found" in err


async def test_copy_from_an_llm_given_by_flags():
    async with FakeOpenAIServer() as server:
        server.push(Scripted("Chaz Kangeroo Hoodie: $52 of pure cosy. XS–XL in stock!"))
        rc, out, err = await livebot("copy", "--catalog", CATALOG, "--sku", "MH01", "--llm-base-url",
                                     server.base_url, "--llm-model", "fake")
    assert rc == 0, err
    assert out.strip() == "Chaz Kangeroo Hoodie: $52 of pure cosy. XS–XL in stock!"
    assert "from the LLM" in err
    assert server.requests[0]["model"] == "fake"


async def test_copy_from_a_config_with_a_lying_llm_falls_back(tmp_path):
    async with FakeOpenAIServer() as server:
        server.default = Scripted("Chaz Kangeroo Hoodie for $5!!")
        config = tmp_path / "livebot.yaml"
        config.write_text(f"shop:\n  name: Test shop\n  catalog: {CATALOG}\n"
                          f"llm:\n  base_url: {server.base_url}\n  model: fake\n", encoding="utf-8")
        rc, out, err = await livebot("copy", "--config", str(config), "--sku", "MH01", "--style", "short")
    assert rc == 0, err
    assert "$52" in out and "$5!" not in out
    assert "from a template, 2 draft(s) rejected" in err


async def test_shipped_config_enables_the_copywriter():
    rc, out, err = await livebot("config", "check", "config/livebot.yaml")
    assert rc == 0, err
    from bot.config import load_config

    config = load_config(ROOT / "config" / "livebot.yaml")
    assert config.skills.copywriter is not None and config.skills.copywriter.timers
