"""Voice: speech in, speech out, through the same pipeline as text.

    audio (16 kHz mono) -> VAD segments -> ASR -> ChatMessage(voice=True) -> BotCore.handle
    -> Reply text -> TTS -> Reply(audio=WAV)

Modules (one job each): ``frames`` (typed frames passed between steps), ``audio`` (decode and
encode with PyAV), ``models`` (offline Whisper models), ``asr`` (faster-whisper in one worker
thread), ``vad`` (streaming Silero segmenter), ``tts`` / ``tts_engines`` (edge-tts -> piper ->
espeak-ng -> text, with deadlines and circuit breakers), ``capture`` (per-turn reply
collector), ``pipeline`` (the voice turn), ``cli`` (``livebot transcribe`` / ``livebot say``).

This ``__init__`` stays light: the heavy stack (faster-whisper, piper, edge-tts, PyAV) comes with
the ``.[voice]`` extra and is imported only when voice is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from bot.core import BotCore
    from bot.voice.pipeline import VoicePipeline

__all__ = ["voice_for"]


def voice_for(bot: BotCore) -> VoicePipeline | None:
    """The bot's voice pipeline (one per bot), or None when voice is off or not installed.

    Adapters call this when a voice message arrives; the pipeline is built on first use.
    """
    from bot.voice.pipeline import pipeline_for

    return pipeline_for(bot)
