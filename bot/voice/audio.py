"""Decoding and encoding audio with PyAV (bundled FFmpeg): no ffmpeg executable needed.

Inside the pipeline audio is 16 kHz mono float32 (ASR side) or 16-bit PCM (TTS side);
platform formats (Telegram's OGG/Opus, Discord's 48 kHz stereo) are produced here on the
adapters' request, so the adapters stay thin.
"""

from __future__ import annotations

import io
import wave
from pathlib import Path
from typing import BinaryIO

import numpy as np

from bot.voice.frames import SAMPLE_RATE, AudioFrame


class AudioDecodeError(ValueError):
    """The input is not audio PyAV can read (or holds no audio stream)."""


def _layout(channels: int) -> str:
    return "stereo" if channels == 2 else "mono"


def decode_s16(source: bytes | str | Path | BinaryIO, rate: int, channels: int = 1) -> np.ndarray:
    """Any audio file (WAV, FLAC, OGG/Opus, MP3, ...) as interleaved int16 PCM at ``rate``."""
    import av

    if isinstance(source, bytes | bytearray | memoryview):
        source = io.BytesIO(bytes(source))
    elif isinstance(source, Path):
        source = str(source)
    resampler = av.AudioResampler(format="s16", layout=_layout(channels), rate=rate)
    parts: list[np.ndarray] = []
    try:
        with av.open(source, mode="r", metadata_errors="ignore") as container:
            if not container.streams.audio:
                raise AudioDecodeError("no audio stream in the input")
            for frame in container.decode(audio=0):
                for out in resampler.resample(frame):
                    parts.append(out.to_ndarray().reshape(-1))
            for out in resampler.resample(None):
                parts.append(out.to_ndarray().reshape(-1))
    except AudioDecodeError:
        raise
    except (av.FFmpegError, OSError, ValueError) as exc:
        raise AudioDecodeError(f"cannot decode audio: {exc}") from exc
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int16)


def load_audio(source: bytes | str | Path | BinaryIO | AudioFrame) -> AudioFrame:
    """The pipeline's input frame: 16 kHz mono float32."""
    if isinstance(source, AudioFrame):
        return source
    pcm = decode_s16(source, SAMPLE_RATE, 1)
    return AudioFrame(pcm.astype(np.float32) / 32768.0, SAMPLE_RATE)


def resample_s16(pcm: np.ndarray, src_rate: int, dst_rate: int, channels: int = 1) -> np.ndarray:
    """Mono int16 PCM to ``dst_rate``, as mono or interleaved stereo."""
    import av

    frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(pcm, dtype=np.int16).reshape(1, -1),
                                       format="s16", layout="mono")
    frame.sample_rate = src_rate
    resampler = av.AudioResampler(format="s16", layout=_layout(channels), rate=dst_rate)
    parts = [f.to_ndarray().reshape(-1) for f in resampler.resample(frame)]
    parts += [f.to_ndarray().reshape(-1) for f in resampler.resample(None)]
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int16)


def wav_bytes(pcm: np.ndarray | bytes, rate: int, channels: int = 1) -> bytes:
    data = pcm.astype(np.int16).tobytes() if isinstance(pcm, np.ndarray) else pcm
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(data)
    return buf.getvalue()


_CODECS = {"ogg": ("ogg", "libopus", 32000), "mp3": ("mp3", "libmp3lame", 64000)}


def encode(pcm: np.ndarray, rate: int, fmt: str) -> bytes:
    """Mono int16 PCM as a ``wav``, ``ogg`` (Opus; Telegram voice notes need 48 kHz) or ``mp3`` file."""
    if fmt == "wav":
        return wav_bytes(pcm, rate)
    if fmt not in _CODECS:
        raise ValueError(f"unsupported audio format {fmt!r} (wav, ogg, mp3)")
    import av

    container_format, codec, bit_rate = _CODECS[fmt]
    buf = io.BytesIO()
    with av.open(buf, mode="w", format=container_format) as out:
        stream = out.add_stream(codec, rate=rate, layout="mono")
        stream.bit_rate = bit_rate
        frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(pcm, dtype=np.int16).reshape(1, -1),
                                           format="s16", layout="mono")
        frame.sample_rate = rate
        for packet in stream.encode(frame):
            out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return buf.getvalue()


def to_ogg_opus(data: bytes) -> bytes:
    """Any audio file (the pipeline's WAV) as OGG/Opus 48 kHz mono: a Telegram voice note."""
    return encode(decode_s16(data, 48000, 1), 48000, "ogg")


def to_discord_pcm(data: bytes) -> bytes:
    """Any audio file as 48 kHz stereo s16le, what ``discord.PCMAudio`` plays (20 ms = 3,840 bytes)."""
    return decode_s16(data, 48000, 2).tobytes()


def probe(data: bytes) -> dict[str, object]:
    """Container, codec, rate, channels and duration of an audio file (for checks and tests)."""
    import av

    with av.open(io.BytesIO(data), mode="r") as container:
        stream = container.streams.audio[0]
        frames = sum(f.samples for f in container.decode(stream))
        return {"container": container.format.name, "codec": stream.codec_context.name,
                "sample_rate": stream.codec_context.sample_rate, "channels": stream.codec_context.channels,
                "seconds": frames / stream.codec_context.sample_rate}
