"""DiscordAdapter: runs a discord.py client and maps it onto livebot's Adapter interface.

Incoming guild messages go to ``sink.handle`` (the core parses prefix commands); the core's
commands are also slash commands (``adapters/discord/slash.py``). Outgoing actions use
discord.py's REST client, which keeps Discord's per-route buckets and retries 429s itself;
the core's outbound queue keeps each channel's replies in order.
"""

from __future__ import annotations

import asyncio
import importlib
import io
import logging
from collections.abc import Sequence
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import discord

from adapters.discord import NAME, Config
from adapters.discord.errors import ActionErrors, AlreadyGone
from adapters.discord.inbound import (
    PLATFORM,
    RecentIds,
    Scope,
    author_of,
    message_text,
    to_chat_message,
)
from adapters.discord.slash import SlashCommands
from adapters.discord.voice import VoiceHook
from bot.events import (
    Action,
    Adapter,
    AdapterError,
    Announce,
    Ban,
    Capabilities,
    ChatMessage,
    Delete,
    MessageSink,
    Pin,
    Reply,
    Timeout,
    Unban,
)

if TYPE_CHECKING:  # pragma: no cover
    from bot.commands import Command
    from bot.core import BotCore

log = logging.getLogger("livebot.discord")

# Discord refuses communication_disabled_until beyond 28 days from *its* clock: keep a margin for skew
MAX_TIMEOUT_SECONDS = 28 * 24 * 3600 - 300

# View Channels, Send Messages (+ in Threads), Read Message History, Attach Files, Manage Messages,
# Pin Messages, Moderate Members, Ban Members (README "Discord" explains each)
PERMISSIONS_INTEGER = 2253174203329540

# the voice layer's Discord glue (voice issue): attached when the module is present
SPEECH_MODULE = "adapters.discord.speech"



def intents_for(config: Config) -> discord.Intents:
    """Only what the features need. ``message_content`` is privileged (Developer Portal switch)."""
    intents = discord.Intents.none()
    intents.guilds = True            # guild, channel and role cache (permissions -> livebot roles)
    intents.guild_messages = True    # MESSAGE_CREATE in guild channels
    intents.message_content = True  # the text of messages that do not mention the bot
    intents.voice_states = True      # the voice hook: who sits in which voice channel
    intents.dm_messages = config.direct_messages
    return intents


class _Client(discord.Client):
    """discord.py client forwarding the events livebot uses to the adapter."""

    def __init__(self, adapter: DiscordAdapter, **options: Any) -> None:
        super().__init__(**options)
        self.adapter = adapter

    async def on_ready(self) -> None:
        await self.adapter.on_ready()

    async def on_message(self, message: discord.Message) -> None:
        await self.adapter.on_message(message)

    async def on_guild_join(self, guild: discord.Guild) -> None:
        await self.adapter.on_guild_join(guild)


class DiscordAdapter(Adapter):
    name = NAME
    # ~5 messages per 5 s per channel is Discord's usual create-message bucket: pacing at that rate
    # in the core keeps replies ordered without leaning on 429 retries
    capabilities = Capabilities(max_message_length=2000, rate_limit=5, rate_window=5.0, slash_commands=True,
                                threads=True, voice=True, native_warn=False)

    def __init__(self, config: Config, bot: BotCore) -> None:
        self.config = config
        self.bot = bot
        self.scope = Scope(config)
        self.sink: MessageSink | None = None
        self.client: _Client | None = None
        self.slash: SlashCommands | None = None
        #: the voice layer's handle (join/leave a voice channel, read voice messages); set on start
        self.voice: VoiceHook | None = None
        #: the voice layer's glue once attached (None: no voice layer, or voice is off)
        self.speech: Any = None
        self._declarations: list[Command] = []
        self._ready = asyncio.Event()
        self._runner: asyncio.Task[None] | None = None
        self._stopping = False
        self._seen = RecentIds()
        self._errors = ActionErrors()

    # ------------------------------------------------------------------ lifecycle
    async def start(self, sink: MessageSink) -> None:
        self.sink = sink
        self._stopping = False
        self._ready.clear()
        mentions = discord.AllowedMentions(everyone=False, roles=False, users=True,
                                           replied_user=self.config.ping_on_reply)
        self.client = _Client(self, intents=intents_for(self.config), allowed_mentions=mentions,
                              guild_ready_timeout=self.config.guild_ready_timeout, chunk_guilds_at_startup=False,
                              max_messages=500)
        self.voice = VoiceHook(self.client)
        if self.config.slash_commands:
            self.slash = SlashCommands(self.client, self.bot.store, self.config.sync_commands,
                                       self.config.defer_after_seconds, self.bot.config.bot.max_reply_parts)
        self._runner = asyncio.create_task(self.client.start(self.config.token), name="discord-client")
        self._runner.add_done_callback(self._client_ended)
        ready = asyncio.create_task(self._ready.wait())
        done, _ = await asyncio.wait({self._runner, ready}, timeout=self.config.ready_timeout_seconds,
                                     return_when=asyncio.FIRST_COMPLETED)
        if ready in done:
            # before the core registers commands, so the voice layer's /join and /leave are included
            self.speech = await self._attach_speech()
            served = sum(1 for g in self.client.guilds if self.scope.serves_guild(g))
            log.info("connected to Discord as %s; serving %d guild(s)", self.client.user, served)
            if not served:
                log.warning("the bot serves no Discord server yet; invite it with %s", self.invite_url())
            return
        ready.cancel()
        reason = self._failure(self._runner) if self._runner in done else (
            f"no READY from the gateway within {self.config.ready_timeout_seconds:.0f}s")
        await self.stop()
        raise AdapterError(f"Discord did not start: {reason}")

    async def _attach_speech(self) -> Any:
        """Let the voice layer hook in: ``DiscordVoice.attach(adapter, bot)`` (None when voice is off)."""
        try:
            module = importlib.import_module(SPEECH_MODULE)
        except ModuleNotFoundError as exc:
            if exc.name != SPEECH_MODULE:
                log.warning("Discord voice unavailable (%s); text features keep working", exc)
            return None
        try:
            return await module.DiscordVoice.attach(self, self.bot)
        except Exception:
            log.exception("the voice layer failed to attach; Discord text features keep working")
            return None

    def invite_url(self) -> str:
        app_id = self.client.application_id if self.client else None
        return (f"https://discord.com/oauth2/authorize?client_id={app_id or 'YOUR_APPLICATION_ID'}"
                f"&scope=bot+applications.commands&permissions={PERMISSIONS_INTEGER}")

    @staticmethod
    def _failure(task: asyncio.Task[None]) -> str:
        exc = task.exception() if not task.cancelled() else None
        if isinstance(exc, discord.LoginFailure):
            return "the token was rejected (check DISCORD_BOT_TOKEN)"
        if isinstance(exc, discord.PrivilegedIntentsRequired):
            return ("the Message Content intent is not enabled: Developer Portal -> your application -> Bot -> "
                    "Privileged Gateway Intents -> Message Content Intent")
        return repr(exc) if exc else "the connection closed"

    def _client_ended(self, task: asyncio.Task[None]) -> None:
        # before READY, start() reports the failure itself
        if self._ready.is_set() and not self._stopping and not task.cancelled() and task.exception() is not None:
            log.error("Discord connection ended: %s; other platforms keep running", self._failure(task))

    async def stop(self) -> None:
        self._stopping = True
        speech, self.speech = self.speech, None
        if speech is not None:
            try:
                await speech.close()
            except Exception:
                log.exception("closing the voice layer failed")
        client, runner = self.client, self._runner
        if client is not None and not client.is_closed():
            await client.close()
        if runner is not None and not runner.done():
            try:
                await asyncio.wait_for(runner, 5.0)
            except (TimeoutError, asyncio.CancelledError):
                runner.cancel()
            except Exception:  # the failure was logged by _client_ended or start()
                pass

    async def on_ready(self) -> None:
        self._ready.set()

    async def on_guild_join(self, guild: discord.Guild) -> None:
        if self.slash is not None and self._declarations and self.scope.serves_guild(guild):
            await self._sync(guild)

    # ------------------------------------------------------------------ commands
    async def register_commands(self, commands: Sequence[Command]) -> None:
        self._declarations = list(commands)
        if self.slash is None or self.client is None:
            return
        self.slash.set_commands(self._declarations, self._invoke)
        for guild in self.client.guilds:
            if self.scope.serves_guild(guild):
                await self._sync(guild)

    async def _sync(self, guild: discord.Guild) -> None:
        assert self.slash is not None
        try:
            await self.slash.sync_guild(guild)
        except Exception:
            log.exception("syncing slash commands to guild %s failed; prefix commands keep working", guild.id)

    async def _invoke(self, interaction: discord.Interaction, name: str, args: list[str]) -> None:
        """A slash command: run it through the core and answer the interaction with its replies."""
        assert self.slash is not None and self.sink is not None
        if not self.scope.serves_channel(interaction.channel, interaction.guild):
            await interaction.response.send_message("I'm not active in this channel.", ephemeral=True)
            return
        message = ChatMessage(
            platform=PLATFORM,
            channel=str(interaction.channel_id),
            author=author_of(interaction.user, interaction.permissions, self.config),
            text=" ".join([f"/{name}", *args]),
            id=str(interaction.id),
            timestamp=interaction.created_at.timestamp(),
            meta={"discord_interaction": interaction, "discord_author": interaction.user},
        )
        await self.slash.answer(interaction, self.sink.dispatch_command(message, name, args))

    # ------------------------------------------------------------------ incoming
    async def on_message(self, message: discord.Message) -> None:
        client = self.client
        if client is None or self.sink is None:
            return
        if client.user is not None and message.author.id == client.user.id:
            return
        if message.author.bot and self.config.ignore_bots:
            return
        if message.type not in (discord.MessageType.default, discord.MessageType.reply):
            return  # joins, pins, boosts: not chat
        if not self.scope.serves_channel(message.channel, message.guild):
            return
        if not self._seen.first_time(message.id):
            log.debug("message %s delivered twice by the gateway; handled once", message.id)
            return
        core = self.bot.config.bot
        text = message_text(message, client.user, core.name, self.config.prefix, core.command_prefix)
        if not text and not message.flags.voice:
            return
        chat = to_chat_message(message, text, self.config)
        try:
            # a voice message goes to the voice layer (transcribed, then through the pipeline)
            if chat.voice and self.speech is not None and self.speech.on_voice_message(chat):
                return
            await self.sink.handle(chat)
        except Exception:
            log.exception("handling Discord message %s failed", message.id)

    # ------------------------------------------------------------------ outgoing
    async def _channel(self, channel_id: str) -> Any:
        assert self.client is not None
        cid = int(channel_id)
        channel = self.client.get_channel(cid)
        if channel is None:
            async with self._errors("send", channel_id):
                channel = await self.client.fetch_channel(cid)
        return channel

    async def send(self, action: Reply | Announce | Pin) -> None:
        channel = await self._channel(action.channel)
        text, kwargs = action.text, {}
        if isinstance(action, Reply):
            if action.reply_to and action.reply_to.isdigit():
                kwargs["reference"] = discord.MessageReference(message_id=int(action.reply_to),
                                                               channel_id=channel.id, fail_if_not_exists=False)
            elif action.addressee:
                text = f"@{action.addressee} {text}"
            if action.audio:
                audio, fmt = await _playable(action.audio, action.audio_format)
                kwargs["file"] = discord.File(io.BytesIO(audio), filename=f"reply.{fmt}")
        async with self._errors("send", action.channel):
            sent = await channel.send(text or None, **kwargs)
        if isinstance(action, Pin):
            async with self._errors("pin", action.channel):
                await sent.pin(reason="livebot: product on screen")
        if self.speech is not None:
            try:  # the voice layer also speaks replies in a joined voice channel
                self.speech.after_send(action)
            except Exception:
                log.exception("voice layer after_send failed")

    async def delete(self, action: Delete) -> None:
        channel = await self._channel(action.channel)
        try:
            async with self._errors("delete", action.channel):
                await channel.get_partial_message(int(action.message_id)).delete()
        except AlreadyGone:
            log.debug("message %s was already deleted", action.message_id)

    async def timeout(self, action: Timeout) -> None:
        seconds = max(1, min(int(action.seconds), MAX_TIMEOUT_SECONDS))
        if seconds != action.seconds:
            log.info("timeout of %ss clamped to %ss (Discord allows up to 28 days)", action.seconds, seconds)
        member = await self._member(action)
        async with self._errors("timeout", action.channel):
            await member.timeout(timedelta(seconds=seconds), reason=action.reason or None)

    async def ban(self, action: Ban) -> None:
        guild = await self._guild(action)
        async with self._errors("ban", action.channel):
            await guild.ban(discord.Object(int(self._user_id(action))), reason=action.reason or None,
                            delete_message_seconds=0)

    async def unban(self, action: Unban) -> None:
        """Lift a timeout if the user is still a member, else a ban."""
        guild = await self._guild(action)
        user_id = int(self._user_id(action))
        try:
            async with self._errors("timeout", action.channel):
                member = guild.get_member(user_id) or await guild.fetch_member(user_id)
        except AlreadyGone:
            member = None
        try:
            if member is not None:
                async with self._errors("timeout", action.channel):
                    await member.timeout(None, reason=action.reason or None)
            else:
                async with self._errors("unban", action.channel):
                    await guild.unban(discord.Object(user_id), reason=action.reason or None)
        except AlreadyGone:
            log.debug("user %s was neither timed out nor banned", user_id)

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _user_id(action: Action) -> str:
        user = getattr(action, "user", None)
        if user is None or not str(user.id).isdigit():
            raise AdapterError(f"{action.kind} needs a Discord user id")
        return str(user.id)

    async def _guild(self, action: Action) -> discord.Guild:
        guild = getattr(await self._channel(action.channel), "guild", None)
        if guild is None:
            raise AdapterError(f"channel {action.channel} is not in a guild; nothing to {action.kind} there")
        return guild

    async def _member(self, action: Action) -> discord.Member:
        guild = await self._guild(action)
        user_id = int(self._user_id(action))
        # the message that caused the action carries its author's Member: no extra request
        cached = action.cause.meta.get("discord_author") if action.cause is not None else None
        if isinstance(cached, discord.Member) and cached.id == user_id and cached.guild.id == guild.id:
            return cached
        member = guild.get_member(user_id)
        if member is not None:
            return member
        try:
            async with self._errors(action.kind, action.channel):
                return await guild.fetch_member(user_id)
        except AlreadyGone:
            raise AdapterError(f"user {user_id} is no longer in the guild") from None


async def _playable(audio: bytes, audio_format: str | None) -> tuple[bytes, str]:
    """The voice pipeline's WAV as a small OGG/Opus attachment (Discord plays it inline)."""
    fmt = (audio_format or "mp3").lower()
    if fmt != "wav":
        return audio, fmt
    try:
        from bot.voice.audio import to_ogg_opus

        return await asyncio.to_thread(to_ogg_opus, audio), "ogg"
    except Exception as exc:  # PyAV missing: a WAV attachment plays too
        log.warning("reply audio not converted to OGG (%r); attached as WAV", exc)
        return audio, "wav"
