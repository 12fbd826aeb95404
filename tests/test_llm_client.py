"""The LLM client against a fake OpenAI-compatible server on 127.0.0.1 (real HTTP, SSE)."""

from __future__ import annotations

import asyncio
import time

import pytest

from bot.clock import ManualClock
from bot.llm.client import LLMClient, create_llm_client
from bot.llm.config import LLMConfig
from tests.fakes.openai_server import FakeOpenAIServer, Scripted


def make_cfg(server: FakeOpenAIServer, **over) -> LLMConfig:
    values = dict(base_url=server.base_url, model="fake-model", timeout_seconds=2.0, retries=0,
                  backoff_seconds=0.01, breaker_failures=3, breaker_reset_seconds=30)
    values.update(over)
    return LLMConfig(**values)


@pytest.fixture
async def server():
    async with FakeOpenAIServer() as fake:
        yield fake


@pytest.mark.parametrize("stream", [True, False])
async def test_complete_returns_the_answer_and_counts_tokens(server, stream):
    server.push(Scripted("The Josie jacket is our bestseller today.", prompt_tokens=30, completion_tokens=9))
    client = await create_llm_client(make_cfg(server, stream=stream), ManualClock())
    try:
        text = await client.complete("You write ad copy.", "Write one line.", max_tokens=50, temperature=0.2)
    finally:
        await client.close()
    assert text == "The Josie jacket is our bestseller today."
    sent = server.requests[-1]
    assert sent["messages"] == [{"role": "system", "content": "You write ad copy."},
                                {"role": "user", "content": "Write one line."}]
    assert sent["max_tokens"] == 50 and sent["temperature"] == 0.2 and sent["model"] == "fake-model"
    assert bool(sent.get("stream")) is stream
    assert (client.stats.prompt_tokens, client.stats.completion_tokens) == (30, 9)
    assert client.stats.answered == 1


async def test_stream_yields_chunks_as_they_arrive(server):
    server.push(Scripted("one two three four five six", chunk_size=1, chunk_delay=0.05))
    client = LLMClient(make_cfg(server), ManualClock())
    pieces: list[str] = []
    arrivals: list[float] = []
    async for piece in client.stream("", "count"):
        pieces.append(piece)
        arrivals.append(time.perf_counter())
    await client.close()
    assert "".join(pieces) == "one two three four five six"
    assert len(pieces) == 6
    # the first chunk was handed out well before the last one arrived
    assert arrivals[-1] - arrivals[0] >= 0.2
    assert client.stats.last_ttft is not None and client.stats.answered == 1


async def test_timeout_returns_none_within_the_deadline_while_chat_keeps_running(server):
    server.push(Scripted("too late", delay=5))
    client = LLMClient(make_cfg(server), ManualClock())
    ticks = 0

    async def chat_loop() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.01)

    chatter = asyncio.create_task(chat_loop())
    started = time.perf_counter()
    text = await client.complete("sys", "hello", timeout=0.3)
    elapsed = time.perf_counter() - started
    chatter.cancel()
    await client.close()
    assert text is None
    assert elapsed < 1.5  # the deadline (0.3 s) held; the scripted 5 s were never waited for
    assert ticks >= 10  # other coroutines kept running meanwhile
    assert client.stats.timeouts == 1


async def test_stalled_stream_ends_at_the_deadline(server):
    server.push(Scripted("a b c d e f", chunk_size=1, chunk_delay=2))
    client = LLMClient(make_cfg(server), ManualClock())
    started = time.perf_counter()
    pieces = [p async for p in client.stream("", "go", timeout=0.5)]
    assert time.perf_counter() - started < 1.5
    assert pieces == ["a"]
    assert client.stats.timeouts == 1 and client.breaker.consecutive_failures == 1
    await client.close()


async def test_retries_transient_errors_then_answers(server):
    server.push(Scripted(status=503), Scripted(status=500), Scripted("back again"))
    client = LLMClient(make_cfg(server, retries=2), ManualClock())
    assert await client.complete("", "hi") == "back again"
    assert len(server.requests) == 3
    await client.close()


async def test_client_errors_are_not_retried(server):
    server.push(Scripted(status=400), Scripted("never asked"))
    client = LLMClient(make_cfg(server, retries=3), ManualClock())
    assert await client.complete("", "hi") is None
    assert len(server.requests) == 1
    await client.close()


async def test_circuit_opens_after_repeated_failures_and_closes_again(server):
    clock = ManualClock()
    client = LLMClient(make_cfg(server, breaker_failures=3, breaker_reset_seconds=60), clock)
    server.default = Scripted(status=500)
    for _ in range(3):
        assert await client.complete("", "hi") is None
    assert not client.available
    asked = len(server.requests)
    # open: refused at once, the endpoint is not even asked
    started = time.perf_counter()
    assert await client.complete("", "hi") is None
    assert time.perf_counter() - started < 0.1
    assert len(server.requests) == asked and client.stats.refused == 1

    # half-open after the reset time on the bot's clock: one trial; it fails -> open again
    clock.advance(61)
    assert client.available
    assert await client.complete("", "hi") is None
    assert len(server.requests) == asked + 1
    assert not client.available

    # the endpoint recovers: the next trial closes the circuit
    server.default = Scripted("recovered")
    clock.advance(61)
    assert await client.complete("", "hi") == "recovered"
    assert client.available and client.breaker.state == "closed"
    assert await client.complete("", "hi") == "recovered"
    await client.close()


async def test_concurrency_is_capped(server):
    server.default = Scripted("ok", delay=0.2)
    client = LLMClient(make_cfg(server, max_concurrency=2), ManualClock())
    in_flight = 0
    peak = 0
    original = client._open

    async def counting_open(*args, **kwargs):
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        try:
            result = await original(*args, **kwargs)
            return result
        finally:
            in_flight -= 1

    client._open = counting_open  # observe, do not replace: the real request still goes out
    results = await asyncio.gather(*(client.complete("", f"q{i}", timeout=3) for i in range(5)))
    await client.close()
    assert results == ["ok"] * 5
    assert peak == 2


async def test_dead_endpoint_fails_fast():
    # nothing listens on this port: connection refused, no hang
    cfg = LLMConfig(base_url="http://127.0.0.1:9/v1", timeout_seconds=2, retries=0)
    client = LLMClient(cfg, ManualClock())
    started = time.perf_counter()
    assert await client.complete("", "hi") is None
    assert time.perf_counter() - started < 2.5
    await client.close()


async def test_dropped_connection_is_a_failure(server):
    server.push(Scripted(drop=True))
    client = LLMClient(make_cfg(server), ManualClock())
    assert await client.complete("", "hi") is None
    assert client.stats.failed == 1
    await client.close()


async def test_the_bot_core_builds_the_client_from_the_llm_section(server):
    from bot.testing import ScriptedBot

    async with ScriptedBot({"llm": {"base_url": server.base_url, "model": "m"}}) as bot:
        assert isinstance(bot.bot.llm, LLMClient)
        assert await bot.bot.llm.complete("", "hi") == "OK"
    assert bot.bot.llm.available is False  # closed with the bot
