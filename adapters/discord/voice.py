"""The hook the voice layer uses on Discord: find a viewer's voice channel, join, leave, read voice messages.

Speech itself (TTS playback, ASR) belongs to the voice layer; this module only exposes the
discord.py objects it needs, so the voice code never reaches into the adapter's client.
Playing audio needs the ``discord.py[voice]`` extra (PyNaCl, davey for DAVE E2EE) plus libopus
and ffmpeg; voice *receive* is not in discord.py (see docs/discord.md).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord

if TYPE_CHECKING:  # pragma: no cover
    from bot.events import ChatMessage

log = logging.getLogger("livebot.discord.voice")

AUDIO_TYPES = ("audio/",)


class VoiceHook:
    """``adapter.voice``: the voice layer's handle on Discord voice channels and voice messages."""

    def __init__(self, client: discord.Client) -> None:
        self.client = client

    def guild_of(self, channel_id: str) -> discord.Guild | None:
        channel = self.client.get_channel(int(channel_id))
        return getattr(channel, "guild", None)

    def member_voice_channel(self, channel_id: str, user_id: str) -> discord.VoiceChannel | discord.StageChannel | None:
        """The voice channel a viewer sits in (for "/join": come to where I am), or None."""
        guild = self.guild_of(channel_id)
        member = guild.get_member(int(user_id)) if guild else None
        state = member.voice if member else None
        return state.channel if state else None

    def voice_client(self, guild_id: int) -> discord.VoiceClient | None:
        guild = self.client.get_guild(guild_id)
        vc = guild.voice_client if guild else None
        return vc if isinstance(vc, discord.VoiceClient) else None

    async def join(self, voice_channel: discord.VoiceChannel | discord.StageChannel) -> discord.VoiceClient:
        """Connect (or move) to a voice channel; returns the VoiceClient to ``play()`` audio on."""
        current = self.voice_client(voice_channel.guild.id)
        if current is not None and current.is_connected():
            if current.channel.id != voice_channel.id:
                await current.move_to(voice_channel)
            return current
        return await voice_channel.connect(self_deaf=True)

    async def leave(self, guild_id: int) -> bool:
        current = self.voice_client(guild_id)
        if current is None:
            return False
        await current.disconnect()
        return True

    async def voice_attachment(self, message: ChatMessage) -> tuple[bytes, str] | None:
        """The audio of a Discord voice message (or any audio attachment): (bytes, content type)."""
        original = message.meta.get("discord_message")
        if not isinstance(original, discord.Message):
            return None
        for attachment in original.attachments:
            content_type = attachment.content_type or ""
            if content_type.startswith(AUDIO_TYPES) or attachment.is_voice_message():
                return await attachment.read(), content_type or "audio/ogg"
        return None
