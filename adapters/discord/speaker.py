"""Speaking in a Discord voice channel: the bot's replies played one after another.

discord.py's ``VoiceClient.play`` takes one ``AudioSource`` at a time (and does the DAVE E2EE
encryption through ``davey``); ``VoiceSpeaker`` queues replies per guild and starts the next
when the previous one ends. Audio is converted with PyAV to 48 kHz stereo s16le and played
through ``discord.PCMAudio``: no ffmpeg process per reply (``FFmpegPCMAudio`` would also work).
"""

from __future__ import annotations

import asyncio
import io
import logging
from collections import deque
from typing import Any

import discord

from bot.voice.audio import to_discord_pcm

log = logging.getLogger("livebot.discord.voice")

FRAME_BYTES = discord.opus.Encoder.FRAME_SIZE  # 20 ms of 48 kHz stereo s16le = 3,840 bytes


def pcm_source(audio: bytes) -> discord.PCMAudio:
    """An AudioSource for any audio file (the pipeline's WAV, edge-tts MP3, a voice note)."""
    pcm = to_discord_pcm(audio)
    # PCMAudio stops at the first short read: pad the last frame with silence instead of losing it
    pcm += b"\x00" * (-len(pcm) % FRAME_BYTES)
    return discord.PCMAudio(io.BytesIO(pcm))


class VoiceSpeaker:
    """One playback queue per guild; ``say(vc, audio)`` returns at once, playback runs in order."""

    def __init__(self, max_queue: int = 5) -> None:
        self.max_queue = max_queue
        self._queues: dict[int, deque[bytes]] = {}
        self._clients: dict[int, Any] = {}

    def say(self, vc: Any, audio: bytes) -> bool:
        """Queue ``audio`` on the guild's voice client; False when not connected or the queue is full."""
        if vc is None or not vc.is_connected():
            return False
        guild_id = vc.guild.id
        queue = self._queues.setdefault(guild_id, deque())
        if len(queue) >= self.max_queue:
            # a flood of questions must not keep the bot talking for minutes: drop the oldest
            queue.popleft()
            log.info("voice queue full in guild %s: dropped the oldest reply", guild_id)
        queue.append(audio)
        self._clients[guild_id] = vc
        if not vc.is_playing():
            self._play_next(guild_id)
        return True

    def forget(self, guild_id: int) -> None:
        """The bot left the channel: drop what was waiting."""
        self._queues.pop(guild_id, None)
        self._clients.pop(guild_id, None)

    def pending(self, guild_id: int) -> int:
        return len(self._queues.get(guild_id, ()))

    def _play_next(self, guild_id: int) -> None:
        vc, queue = self._clients.get(guild_id), self._queues.get(guild_id)
        if vc is None or not queue or not vc.is_connected() or vc.is_playing():
            return
        audio = queue.popleft()
        try:
            source = pcm_source(audio)
        except Exception:
            log.exception("reply audio could not be decoded for guild %s; skipped", guild_id)
            self._play_next(guild_id)
            return
        loop = asyncio.get_running_loop()

        def after(error: Exception | None) -> None:  # runs on discord.py's player thread
            if error is not None:
                log.warning("voice playback in guild %s failed: %r", guild_id, error)
            loop.call_soon_threadsafe(self._play_next, guild_id)

        vc.play(source, after=after)
