import asyncio

import pytest

from bot.clock import ManualClock
from bot.events import Adapter, Capabilities, Reply
from bot.outbound import Outbound, SlidingWindowLimiter
from bot.splitter import split_message, utf16_units

TEXT_EN = ("Check https://luma.example/products/josie-yoga-jacket?variant=123456789&utm_source=live for the "
           "full size chart. ") * 60
TEXT_ZH = "这件卫衣有黑色、蓝色和灰色，尺码从XS到XL都有，今天直播间下单包邮！" * 200
TEXT_EMOJI = "🔥 flash sale 👨‍👩‍👧‍👦 family pack 👍🏽 " * 300


@pytest.mark.parametrize("limit", [500, 2000, 4096])
@pytest.mark.parametrize("text", [TEXT_EN, TEXT_ZH, TEXT_EMOJI])
def test_split_respects_limit_and_keeps_everything(text, limit):
    parts = split_message(text, limit)
    assert all(len(p) <= limit for p in parts)
    # nothing lost or reordered: the parts joined give back the words in order
    assert "".join("".join(parts).split()) == "".join(text.split())
    for p in parts:
        assert not p.startswith("\u200d") and not p.endswith("\u200d")


def test_split_never_cuts_words_or_urls():
    parts = split_message(TEXT_EN, 500)
    words = set(TEXT_EN.split())
    for p in parts:
        for w in p.split():
            assert w in words


def test_split_utf16_for_telegram():
    text = "😀" * 5000
    parts = split_message(text, 4096, utf16_units)
    assert all(utf16_units(p) <= 4096 for p in parts)
    assert "".join(parts) == text


class RecordingAdapter(Adapter):
    name = "fake"

    def __init__(self, clock, limit=20, window=30.0):
        self.clock = clock
        self.capabilities = Capabilities(max_message_length=500, rate_limit=limit, rate_window=window)
        self.sent: list[tuple[float, str, str]] = []

    async def start(self, sink):
        pass

    async def stop(self):
        pass

    async def send(self, action):
        self.sent.append((self.clock.now(), action.channel, action.text))


async def test_rate_limited_queue_keeps_order_and_limit():
    clock = ManualClock()
    adapter = RecordingAdapter(clock)
    out = Outbound(clock)
    out.add_adapter(adapter)
    for i in range(60):
        await out.submit(Reply("fake", "#a", text=f"a{i}"))
        await out.submit(Reply("fake", "#b", text=f"b{i}"))
    await out.drain()
    for channel in ("#a", "#b"):
        sent = [(t, text) for t, ch, text in adapter.sent if ch == channel]
        assert [text for _, text in sent] == [f"{channel[1]}{i}" for i in range(60)]
        times = [t for t, _ in sent]
        for i in range(len(times) - 20):
            assert times[i + 20] - times[i] >= 30.0  # never more than 20 in any 30 s
    await out.close()


async def test_limiter_real_clock_is_short():
    class Real:
        def now(self):
            return asyncio.get_running_loop().time()

        async def sleep(self, s):
            await asyncio.sleep(s)

    limiter = SlidingWindowLimiter(2, 0.05, Real())
    for _ in range(4):
        await limiter.acquire()
