"""Telegram voice notes through livebot's voice pipeline (bot/voice).

A viewer's voice note (OGG/Opus) is transcribed and answered by the same pipeline as text; the
answer comes back as text plus a voice note (the adapter encodes the pipeline's WAV to OGG/Opus
with PyAV in ``to_voice_note``). Turns run in the background: the update loop never waits on ASR.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from adapters.telegram.adapter import TelegramAdapter, VoiceNote
    from bot.core import BotCore
    from bot.events import ChatMessage

log = logging.getLogger("livebot.telegram.voice")

VOICE_NOTE_FORMATS = ("ogg", "opus", "oga")


def attach(adapter: TelegramAdapter, bot: BotCore) -> bool:
    """Route the adapter's voice notes to the voice pipeline; False when voice is off or not installed."""
    from bot.voice import voice_for

    pipeline = voice_for(bot)
    if pipeline is None:
        return False

    async def on_voice_note(message: ChatMessage, note: VoiceNote) -> None:
        pipeline.spawn(message, note.download, duration=float(note.duration or 0) or None)

    adapter.voice_handler = on_voice_note
    pipeline.warm_up_soon()  # load Whisper and the offline voice now, not on the first viewer's note
    log.info("voice notes are answered by the voice pipeline (ASR %s)", pipeline.config.asr.model)
    return True


async def to_voice_note(audio: bytes, audio_format: str | None) -> bytes:
    """The reply's audio as OGG/Opus, the only format Telegram shows as a voice note."""
    if (audio_format or "").lower() in VOICE_NOTE_FORMATS:
        return audio
    from bot.voice.audio import to_ogg_opus

    return await asyncio.to_thread(to_ogg_opus, audio)
