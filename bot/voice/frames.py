"""Typed frames passed between the voice steps (audio -> utterance -> transcript -> speech)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

SAMPLE_RATE = 16000  # what the VAD and Whisper consume


@dataclass(frozen=True, slots=True)
class AudioFrame:
    """Mono float32 PCM in [-1, 1] at ``sample_rate`` (16 kHz everywhere inside the pipeline)."""

    samples: np.ndarray
    sample_rate: int = SAMPLE_RATE

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.sample_rate


@dataclass(frozen=True, slots=True)
class Utterance:
    """One speaker's stretch of speech, cut by the VAD (or a whole voice note)."""

    audio: AudioFrame
    speaker: str | None = None
    start: float = 0.0  # seconds since the stream began


@dataclass(frozen=True, slots=True)
class Transcript:
    text: str
    language: str
    language_probability: float
    audio_seconds: float
    processing_seconds: float

    @property
    def real_time_factor(self) -> float:
        return self.processing_seconds / self.audio_seconds if self.audio_seconds else 0.0


@dataclass(frozen=True, slots=True)
class SpeechChunk:
    """A piece of synthesized speech as the engine produced it."""

    data: bytes
    codec: str  # "pcm_s16le" (mono) or "mp3"
    sample_rate: int


@dataclass(slots=True)
class SpokenAudio:
    """A whole synthesized reply and who spoke it."""

    engine: str
    codec: str
    sample_rate: int
    data: bytes
    first_audio_seconds: float
    seconds: float  # wall time of the whole synthesis
    chunks: int = 1
    meta: dict[str, str] = field(default_factory=dict)

    def pcm(self, sample_rate: int | None = None, channels: int = 1) -> np.ndarray:
        """Signed 16-bit PCM, interleaved when ``channels`` is 2, at ``sample_rate`` (default: native)."""
        from bot.voice.audio import decode_s16, resample_s16

        rate = sample_rate or self.sample_rate
        if self.codec == "pcm_s16le":
            pcm = np.frombuffer(self.data, dtype=np.int16)
            if rate == self.sample_rate and channels == 1:
                return pcm
            return resample_s16(pcm, self.sample_rate, rate, channels)
        return decode_s16(self.data, rate, channels)

    def encode(self, fmt: str) -> bytes:
        """The audio as a ``wav``, ``ogg`` (Opus) or ``mp3`` file."""
        from bot.voice.audio import encode

        if fmt == "mp3" and self.codec == "mp3":
            return self.data
        rate = 48000 if fmt == "ogg" else (24000 if fmt == "mp3" else self.sample_rate)
        return encode(self.pcm(rate), rate, fmt)
