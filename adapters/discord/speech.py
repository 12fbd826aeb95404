"""Discord voice through livebot's voice pipeline (bot/voice).

- Voice messages (OGG attachments in a text channel) are transcribed and answered by the same
  pipeline as text; the answer comes back as text with the spoken reply attached (OGG/Opus).
  This path never touches the voice gateway, so DAVE does not matter here.
- ``/join`` (moderators) brings the bot into the caller's voice channel; from then on its replies
  in that text channel are also spoken there, one after another (``speaker.VoiceSpeaker``,
  through discord.py's DAVE-enabled VoiceClient). ``/leave`` ends it.
- Listening in the voice channel is not offered: see docs/voice.md (DAVE breaks receive).
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

from adapters.discord.speaker import VoiceSpeaker
from bot.commands import command
from bot.config import SkillConfig
from bot.context import Context
from bot.events import Announce, Reply
from bot.skill import Skill
from bot.voice import voice_for

if TYPE_CHECKING:  # pragma: no cover
    from adapters.discord.adapter import DiscordAdapter
    from bot.core import BotCore
    from bot.events import ChatMessage
    from bot.voice.pipeline import VoicePipeline

log = logging.getLogger("livebot.discord.voice")


class DiscordVoice:
    """The adapter's voice features; ``DiscordVoice.attach`` returns None when voice is off."""

    def __init__(self, adapter: DiscordAdapter, bot: BotCore, pipeline: VoicePipeline) -> None:
        self.adapter = adapter
        self.bot = bot
        self.pipeline = pipeline
        self.speaker = VoiceSpeaker()
        self.joined: dict[int, str] = {}  # guild id -> the text channel whose replies are spoken
        self._queues: dict[int, asyncio.Queue[tuple[bytes | None, str]]] = {}
        self._workers: dict[int, asyncio.Task[None]] = {}

    @classmethod
    async def attach(cls, adapter: DiscordAdapter, bot: BotCore) -> DiscordVoice | None:
        pipeline = voice_for(bot)
        if pipeline is None:
            return None
        voice = cls(adapter, bot, pipeline)
        if "discord_voice" not in bot.skills:
            skill = VoiceChannelCommands(bot, SkillConfig())
            skill.voice = voice
            await bot.add_skill(skill)
        else:
            bot.skills["discord_voice"].voice = voice  # type: ignore[attr-defined]
        pipeline.warm_up_soon()
        return voice

    async def close(self) -> None:
        for task in self._workers.values():
            task.cancel()
        await asyncio.gather(*self._workers.values(), return_exceptions=True)
        self._workers.clear()
        self._queues.clear()

    # ------------------------------------------------------------------ voice messages
    def on_voice_message(self, message: ChatMessage) -> bool:
        """Start answering a voice message; False when it carries no audio (the text path takes it)."""
        original = message.meta.get("discord_message")
        attachments = list(getattr(original, "attachments", None) or [])
        audio = next((a for a in attachments if (a.content_type or "").startswith("audio/")
                      or a.is_voice_message()), None)
        if audio is None or self.adapter.voice is None:
            return False
        hook = self.adapter.voice

        async def download() -> bytes:
            found = await hook.voice_attachment(message)
            if found is None:
                raise ValueError("the voice message has no audio attachment")
            return found[0]

        self.pipeline.spawn(message, download, duration=getattr(audio, "duration", None))
        return True

    # ------------------------------------------------------------------ speaking in a voice channel
    def after_send(self, action: Reply | Announce | Any) -> None:
        """Called after a reply went out in text: speak it in the voice channel when /join asked for it."""
        if not isinstance(action, Reply | Announce) or self.adapter.voice is None:
            return
        guild = self.adapter.voice.guild_of(action.channel)
        if guild is None or self.joined.get(guild.id) != action.channel:
            return
        audio = getattr(action, "audio", None)
        if audio is None and action.cause is not None and action.cause.voice:
            return  # a voice turn's text-only part: its audio is spoken from its own action
        queue = self._queues.get(guild.id)
        if queue is None:
            queue = self._queues[guild.id] = asyncio.Queue(maxsize=20)
            self._workers[guild.id] = asyncio.create_task(self._speak_worker(guild.id, queue),
                                                          name=f"discord-voice:{guild.id}")
        try:
            queue.put_nowait((audio, action.text))
        except asyncio.QueueFull:
            log.info("voice channel queue full in guild %s; reply not spoken", guild.id)

    async def _speak_worker(self, guild_id: int, queue: asyncio.Queue[tuple[bytes | None, str]]) -> None:
        """One guild's replies, synthesized and queued for playback in order."""
        while True:
            audio, text = await queue.get()
            try:
                if audio is None:
                    spoken = await self.pipeline.speak(text)
                    audio = await asyncio.to_thread(spoken.encode, "wav") if spoken is not None else None
                vc = self.adapter.voice.voice_client(guild_id) if self.adapter.voice else None
                if audio is not None and not self.speaker.say(vc, audio):
                    self.joined.pop(guild_id, None)  # disconnected meanwhile: stop speaking here
            except Exception:
                log.exception("speaking a reply in guild %s failed", guild_id)

    async def join(self, ctx: Context) -> None:
        hook, msg = self.adapter.voice, ctx.message
        channel = hook.member_voice_channel(msg.channel, msg.author.id) if hook else None
        if hook is None or channel is None:
            await ctx.reply("Join a voice channel first, then ask me to /join.")
            return
        try:
            await hook.join(channel)
        except Exception as exc:  # no permission, no libopus/davey, voice gateway down
            log.error("joining voice channel %s failed: %r", channel.id, exc)
            await ctx.reply("I couldn't join that voice channel (the log says why).")
            return
        self.joined[channel.guild.id] = msg.channel
        await ctx.reply(f"Joined {channel.name}: I'll also say my answers there.")

    async def leave(self, ctx: Context) -> None:
        hook = self.adapter.voice
        guild = hook.guild_of(ctx.message.channel) if hook else None
        if hook is None or guild is None or not await hook.leave(guild.id):
            await ctx.reply("I'm not in a voice channel.")
            return
        self.joined.pop(guild.id, None)
        self.speaker.forget(guild.id)
        await ctx.reply("Left the voice channel.")


class VoiceChannelCommands(Skill):
    """``/join`` and ``/leave``, added by the Discord adapter when voice is on."""

    name = "discord_voice"
    voice: DiscordVoice | None = None

    @command("join", help="Join your voice channel and say my answers there (Discord)", permission="moderator")
    async def join_command(self, ctx: Context) -> None:
        if ctx.message.platform != "discord" or self.voice is None:
            await ctx.reply("Voice channels are a Discord feature.")
            return
        await self.voice.join(ctx)

    @command("leave", help="Leave the voice channel (Discord)", permission="moderator")
    async def leave_command(self, ctx: Context) -> None:
        if ctx.message.platform != "discord" or self.voice is None:
            await ctx.reply("Voice channels are a Discord feature.")
            return
        await self.voice.leave(ctx)
