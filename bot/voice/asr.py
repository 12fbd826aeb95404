"""Speech to text with faster-whisper, off the event loop.

One ``WhisperModel`` per process and configuration (a module-level cache), loaded from a local
path. All model work runs on ONE worker thread per transcriber: faster-whisper's ``transcribe``
returns a lazy generator, and consuming it is where the decoding happens, so the generator is
drained inside the worker too — never on the event loop. A bounded number of utterances may wait;
beyond it new ones are refused at once (a flood of voice notes must not build an ever-growing
backlog on a 2-core box).
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from bot.voice.config import ASRConfig
from bot.voice.frames import AudioFrame, Transcript
from bot.voice.models import resolve_model

log = logging.getLogger("livebot.voice.asr")

_models: dict[tuple[str, str, str, int], Any] = {}
_models_lock = threading.Lock()


class ASRError(RuntimeError):
    """Transcription could not be done; ``reason`` is safe to show to a person."""


class ASRBusy(ASRError):
    pass


class UtteranceTooLong(ASRError):
    pass


def load_model(name: str, device: str = "cpu", compute_type: str = "int8", cpu_threads: int = 2) -> Any:
    """The process-wide WhisperModel for these settings (loaded on first call; blocking)."""
    try:
        from faster_whisper import WhisperModel
    except ImportError:
        raise ASRError("speech recognition needs the voice extra: pip install 'livebot[voice]'") from None
    path = resolve_model(name)
    key = (path, device, compute_type, cpu_threads)
    with _models_lock:
        model = _models.get(key)
        if model is None:
            started = time.perf_counter()
            # num_workers=1: our own worker thread is the only caller
            model = WhisperModel(path, device=device, compute_type=compute_type, cpu_threads=cpu_threads,
                                 num_workers=1)
            log.info("whisper model %s loaded in %.1f s", name, time.perf_counter() - started)
            _models[key] = model
    return model


class Transcriber:
    """Async front of one Whisper model: ``await transcriber.transcribe(frame)``."""

    def __init__(self, config: ASRConfig) -> None:
        self.config = config
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="livebot-asr")
        self._pending = 0
        self._model: Any = None

    # ------------------------------------------------------------------ lifecycle
    def _ensure_model(self) -> Any:
        if self._model is None:
            c = self.config
            self._model = load_model(c.model, c.device, c.compute_type, c.cpu_threads)
        return self._model

    async def warmup(self) -> None:
        """Load the model now (at start-up) instead of on the first voice message."""
        await asyncio.get_running_loop().run_in_executor(self._executor, self._ensure_model)

    @property
    def multilingual(self) -> bool:
        return bool(self._ensure_model().model.is_multilingual)

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)

    # ------------------------------------------------------------------ work
    async def transcribe(self, audio: AudioFrame, *, language: str | None = None,
                         prompt: str | None = None, hotwords: str | None = None) -> Transcript:
        c = self.config
        if audio.seconds > c.max_utterance_seconds:
            raise UtteranceTooLong(f"{audio.seconds:.0f} s of audio; the limit is {c.max_utterance_seconds:.0f} s")
        if self._pending >= c.max_pending:
            raise ASRBusy(f"{self._pending} utterances already waiting")
        self._pending += 1
        loop = asyncio.get_running_loop()
        try:
            future = loop.run_in_executor(self._executor, self.transcribe_sync, audio, language, prompt, hotwords)
            return await asyncio.wait_for(future, c.deadline_seconds)
        except TimeoutError:
            raise ASRError(f"transcription took longer than {c.deadline_seconds:.0f} s") from None
        finally:
            self._pending -= 1

    def transcribe_sync(self, audio: AudioFrame, language: str | None = None,
                        prompt: str | None = None, hotwords: str | None = None) -> Transcript:
        """Blocking: runs in the worker thread (or a CLI/benchmark). Drains the segment generator here."""
        c = self.config
        model = self._ensure_model()
        started = time.perf_counter()
        language = language or c.language
        if not model.model.is_multilingual:
            language = "en"
        prompt = prompt or c.initial_prompt
        options: dict[str, Any] = {"beam_size": c.beam_size, "vad_filter": c.vad,
                                   "condition_on_previous_text": False, "hotwords": hotwords or None}
        if prompt is None and language is None and c.prompts:
            # the prompt depends on the language: detect first (one encoder pass), then decode
            # with that language's prompt. The unconsumed generator costs nothing.
            _segments, info = model.transcribe(audio.samples, language=None, **options)
            language = info.language
        if prompt is None and language is not None:
            prompt = c.prompts.get(language)
        segments, info = model.transcribe(audio.samples, language=language, initial_prompt=prompt, **options)
        text = " ".join(s.text.strip() for s in segments).strip()  # the decoding happens here
        return Transcript(text=text, language=info.language, language_probability=float(info.language_probability),
                          audio_seconds=audio.seconds, processing_seconds=time.perf_counter() - started)
