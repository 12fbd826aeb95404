"""The TTS chain: edge-tts against a local websocket stand-in, fallbacks, deadlines, breakers."""

from __future__ import annotations

import shutil
import socket
import time
from pathlib import Path

import pytest

pytest.importorskip("edge_tts", reason="the voice extra is not installed: pip install -e '.[voice]'")
pytest.importorskip("piper", reason="the voice extra is not installed: pip install -e '.[voice]'")

import edge_tts.communicate  # noqa: E402

from bot.voice.audio import decode_s16, encode, probe  # noqa: E402
from bot.voice.breaker import CircuitBreaker  # noqa: E402
from bot.voice.config import TTSConfig  # noqa: E402
from bot.voice.tts import TTSChain, parse_voice, reply_language, spoken_text  # noqa: E402
from tests.fakes.edge_tts_server import EdgeTTSServer  # noqa: E402

SPEECH = Path(__file__).resolve().parent / "data" / "speech"
needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None,
                                  reason="espeak-ng is not installed (apt-get install espeak-ng)")


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture(scope="module")
def edge_mp3() -> bytes:
    """Real speech as edge-tts's service sends it: MP3, 24 kHz mono."""
    return encode(decode_s16(SPEECH / "en_ljspeech-LJ050-0131.wav", 24000), 24000, "mp3")


@pytest.fixture(scope="module")
def piper_loaded() -> None:
    from bot.voice.tts_engines import load_piper_voice

    load_piper_voice("joe-us")  # once per session; every chain below shares it


def closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"ws://127.0.0.1:{port}/edge/v1?TrustedClientToken=x"  # nothing listens there now


# ---------------------------------------------------------------- text preparation


def test_reply_language_and_spoken_text():
    assert reply_language("The hoodie is $40.") == "en"
    assert reply_language("有的，L码还有货。") == "zh"
    assert reply_language("Hoodie 卫衣 还有L码吗") == "zh"
    assert reply_language("ok", default="zh") == "en"  # no Chinese characters: not a zh reply
    said = spoken_text("**Yes!** See https://shop.example/p/1 🔥 now", 400)
    assert said == "Yes! See now"
    long = "The first sentence is long enough to keep. " + "word " * 200
    assert spoken_text(long, 100) == "The first sentence is long enough to keep."
    assert spoken_text("word " * 200, 100) == ("word " * 20).strip()
    assert parse_voice("edge:en-GB-SoniaNeural") == ("edge", "en-GB-SoniaNeural")
    assert parse_voice("en-US-GuyNeural") == ("edge", "en-US-GuyNeural")
    assert parse_voice("/voices/x.onnx") == ("piper", "/voices/x.onnx")
    assert parse_voice("en-gb") == ("espeak", "en-gb")


def test_circuit_breaker_opens_and_probes_after_the_window():
    clock = FakeClock()
    breaker = CircuitBreaker(failures=2, reset_seconds=60, clock=clock)
    breaker.failure("x")
    assert breaker.allow()  # one failure is not enough
    breaker.failure("x")
    assert not breaker.allow() and breaker.state == "open"
    clock.t += 61
    assert breaker.allow()  # the probe
    assert not breaker.allow()  # ... only one
    breaker.success()
    assert breaker.allow() and breaker.state == "closed"


# ---------------------------------------------------------------- edge-tts, online


async def test_edge_tts_speaks_through_the_websocket_stand_in(monkeypatch, edge_mp3):
    async with EdgeTTSServer(edge_mp3) as server:
        monkeypatch.setattr(edge_tts.communicate, "WSS_URL", server.wss_url)
        config = TTSConfig(edge_voices={"en": "en-GB-SoniaNeural", "zh": "zh-CN-YunxiNeural"})
        chain = TTSChain(config)
        spoken = await chain.synthesize("Yes, the denim jacket is in stock & ships today.")
        zh = await chain.synthesize("有的，今天发货。")
    assert spoken is not None and spoken.engine == "edge" and spoken.codec == "mp3"
    assert spoken.data == edge_mp3 and spoken.chunks > 1  # streamed in several frames
    assert spoken.first_audio_seconds < 2
    first = server.requests[0]
    assert "TrustedClientToken" in first.query and "Sec-MS-GEC" in first.query
    assert "audio-24khz-48kbitrate-mono-mp3" in first.config
    assert first.voice == "Microsoft Server Speech Text to Speech Voice (en-GB, SoniaNeural)"
    assert first.text == "Yes, the denim jacket is in stock &amp; ships today."
    assert zh is not None and zh.engine == "edge"
    assert server.requests[1].voice.endswith("(zh-CN, YunxiNeural)") and "今天发货" in server.requests[1].text
    # the MP3 decodes to the clip's length, and converts to a Telegram-ready OGG/Opus file
    assert len(spoken.pcm()) / 24000 == pytest.approx(7.66, abs=0.1)
    ogg = probe(spoken.encode("ogg"))
    assert (ogg["codec"], ogg["sample_rate"]) == ("opus", 48000)
    assert ogg["seconds"] == pytest.approx(7.66, abs=0.1)


# ---------------------------------------------------------------- fallbacks


async def test_unreachable_edge_falls_back_to_piper_and_the_breaker_skips_it(monkeypatch, piper_loaded):
    monkeypatch.setattr(edge_tts.communicate, "WSS_URL", closed_port_url())
    clock = FakeClock()
    chain = TTSChain(TTSConfig(breaker_reset_seconds=300), clock=clock)
    started = time.perf_counter()
    spoken = await chain.synthesize("The hoodie comes in three sizes.")
    assert spoken is not None and spoken.engine == "piper"
    assert spoken.codec == "pcm_s16le" and spoken.sample_rate == 22050
    assert 1.0 < len(spoken.pcm()) / 22050 < 6.0
    assert chain.breakers["edge"].state == "open" and "Connect" in chain.breakers["edge"].last_error
    assert time.perf_counter() - started < 10

    # edge is now skipped outright: a Chinese reply has no offline voice, so it stays text
    assert await chain.synthesize("有的，L码还有货。") is None
    # after the window, one probe is allowed again (still down: piper answers again)
    clock.t += 301
    assert chain.breakers["edge"].state == "half-open"
    again = await chain.synthesize("Thanks for watching.")
    assert again is not None and again.engine == "piper" and chain.breakers["edge"].state == "open"


@needs_espeak
async def test_edge_first_audio_deadline_then_breaker(monkeypatch, edge_mp3, piper_loaded):
    async with EdgeTTSServer(edge_mp3, mode="stall") as server:
        monkeypatch.setattr(edge_tts.communicate, "WSS_URL", server.wss_url)
        chain = TTSChain(TTSConfig(first_audio_seconds=0.3, engines=["edge", "espeak"]))
        started = time.perf_counter()
        spoken = await chain.synthesize("Hello there.")
        elapsed = time.perf_counter() - started
        assert spoken is not None and spoken.engine == "espeak"
        assert elapsed < 2.0  # the hung service cost the deadline, not edge-tts's 10 s timeout
        assert await chain.synthesize("Hello again.") is not None
    assert len(server.requests) == 1  # the second reply did not try edge at all


@needs_espeak
async def test_espeak_speaks_when_piper_has_no_usable_voice(monkeypatch):
    monkeypatch.setattr(edge_tts.communicate, "WSS_URL", closed_port_url())
    chain = TTSChain(TTSConfig(piper_voices={"en": "/no/such/voice.onnx"}))
    spoken = await chain.synthesize("-v this starts with a dash, and is still just text.")
    assert spoken is not None and spoken.engine == "espeak"
    wav = probe(spoken.encode("wav"))
    assert wav["codec"] == "pcm_s16le" and wav["seconds"] > 1.5
    assert set(chain.breakers["piper"].last_error.split(":")[:1]) == {"EngineUnavailable"}


async def test_nothing_to_say_and_no_engine_left():
    chain = TTSChain(TTSConfig(engines=["espeak"], espeak_voices={}))
    assert await chain.synthesize("https://only.a/link") is None
    assert await chain.synthesize("No voice configured for this language.") is None
