"""The TTS chain: edge-tts -> piper -> espeak-ng -> text only.

- edge-tts must deliver its first audio within ``first_audio_seconds``; any engine must finish
  within ``deadline_seconds``. A failure moves on to the next engine at once.
- Each engine has a circuit breaker: an offline install pays edge-tts's failed connection once
  per ``breaker_reset_seconds``, not on every reply.
- Engines only speak languages they have a voice for: Chinese replies go to edge-tts, and
  without it they stay text (no usable offline Mandarin voice; docs/voice.md).
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from typing import Any, Protocol

from bot.breaker import CircuitBreaker
from bot.clock import Clock, RealClock
from bot.voice.config import TTSConfig
from bot.voice.frames import SpeechChunk, SpokenAudio
from bot.voice.tts_engines import EdgeEngine, EngineUnavailable, EspeakEngine, PiperEngine

log = logging.getLogger("livebot.voice.tts")

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_URL = re.compile(r"https?://\S+|www\.\S+")
_MARKUP = re.compile(r"[*_`~#>|]+")
_EMOJI = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]")


class Engine(Protocol):
    name: str

    def voice_for(self, language: str) -> str | None: ...

    def stream(self, text: str, language: str, voice: str | None = None) -> Any: ...


def reply_language(text: str, default: str = "en") -> str:
    """"zh" when the text is mostly Chinese characters, else ``default``."""
    cjk = len(_CJK.findall(text))
    letters = sum(ch.isalpha() for ch in text)
    if cjk and cjk >= 0.3 * max(letters, 1):
        return "zh"
    return default if default != "zh" or cjk else "en"


def spoken_text(text: str, max_chars: int) -> str:
    """What is worth saying aloud: no links, markup or emoji; long text cut at a sentence end."""
    text = _EMOJI.sub("", _MARKUP.sub(" ", _URL.sub("", text)))
    text = " ".join(text.split())
    if len(text) <= max_chars:
        return text
    cut = text[:max_chars]
    end = max(cut.rfind(p) for p in ".!?。！？")
    if end >= max_chars // 3:
        return cut[: end + 1]
    space = cut.rfind(" ")
    return cut[:space] if space > 0 else cut


def parse_voice(voice: str | None) -> tuple[str | None, str | None]:
    """``--voice``: "edge:NAME", "piper:PATH", "espeak:NAME", or a bare name guessed by its shape."""
    if not voice:
        return None, None
    engine, sep, name = voice.partition(":")
    if sep and engine in ("edge", "piper", "espeak"):
        return engine, name
    if voice.endswith(".onnx") or voice == "joe-us":
        return "piper", voice
    if voice.endswith("Neural"):
        return "edge", voice
    return "espeak", voice


class TTSChain:
    def __init__(self, config: TTSConfig, *, clock: Clock | None = None,
                 engines: list[Engine] | None = None) -> None:
        self.config = config
        if engines is None:
            available: dict[str, Engine] = {
                "edge": EdgeEngine(config.edge_voices, config.edge_rate, config.first_audio_seconds),
                "piper": PiperEngine(config.piper_voices),
                "espeak": EspeakEngine(config.espeak_voices),
            }
            engines = [available[name] for name in config.engines]
        self.engines = engines
        self.breakers = {e.name: CircuitBreaker(clock or RealClock(), config.breaker_failures,
                                                config.breaker_reset_seconds, name=f"tts {e.name}")
                         for e in engines}

    async def warmup(self) -> None:
        """Load the offline voice(s) now, so the first reply doesn't pay for it."""
        for engine in self.engines:
            warm = getattr(engine, "warmup", None)
            if warm is not None:
                try:
                    await warm()
                except Exception as exc:
                    log.warning("TTS %s not available: %s", engine.name, exc)

    async def synthesize(self, text: str, language: str | None = None, *,
                         voice: str | None = None) -> SpokenAudio | None:
        """Speak ``text`` with the first engine that can; None means "send it as text only"."""
        text = spoken_text(text, self.config.max_chars)
        if not text:
            return None
        language = language or reply_language(text)
        forced_engine, forced_voice = parse_voice(voice)
        # a chosen voice puts its engine first; the rest of the chain stays as the fallback
        engines = sorted(self.engines, key=lambda e: e.name != forced_engine)
        for engine in engines:
            engine_voice = forced_voice if engine.name == forced_engine else None
            if engine_voice is None and engine.voice_for(language) is None:
                continue
            breaker = self.breakers[engine.name]
            if not breaker.allow():
                log.debug("TTS %s skipped: circuit open after %s", engine.name, breaker.last_error)
                continue
            try:
                spoken = await self._speak(engine, text, language, engine_voice)
            except Exception as exc:
                # any failure (offline, timeout, bad voice, missing binary) -> next engine
                breaker.failure(f"{type(exc).__name__}: {exc}")
                log.warning("TTS %s failed (%s: %s); trying the next engine", engine.name, type(exc).__name__,
                            str(exc)[:200] or "no detail")
                continue
            breaker.success()
            spoken.meta["language"] = language
            return spoken
        log.info("no TTS engine could speak a %s reply; sending text only", language)
        return None

    async def _speak(self, engine: Engine, text: str, language: str, voice: str | None) -> SpokenAudio:
        cfg = self.config
        started = time.perf_counter()
        # only the online engine gets the short first-audio deadline; offline ones just the total
        first_deadline = min(cfg.first_audio_seconds if engine.name == "edge" else cfg.deadline_seconds,
                             cfg.deadline_seconds)
        stream = engine.stream(text, language, voice)
        chunks: list[SpeechChunk] = []
        try:
            async with asyncio.timeout(first_deadline):
                chunks.append(await anext(stream))
            first = time.perf_counter() - started
            async with asyncio.timeout(max(0.1, cfg.deadline_seconds - first)):
                async for chunk in stream:
                    chunks.append(chunk)
        except StopAsyncIteration:
            raise EngineUnavailable("the engine produced no audio") from None
        finally:
            await stream.aclose()
        head = chunks[0]
        if any(c.codec != head.codec or c.sample_rate != head.sample_rate for c in chunks):
            raise RuntimeError("the engine changed audio format mid-stream")
        return SpokenAudio(engine=engine.name, codec=head.codec, sample_rate=head.sample_rate,
                           data=b"".join(c.data for c in chunks), first_audio_seconds=first,
                           seconds=time.perf_counter() - started, chunks=len(chunks))
