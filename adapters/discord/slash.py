"""The core's commands as Discord slash commands: building, syncing only on change, answering.

One ``bot.commands.Command`` declaration becomes one ``app_commands.Command`` whose options are the
declaration's ``Arg``s (strings). Syncing a guild's commands is a bulk PUT that Discord rate-limits
hard, so the payload's hash is kept per guild in the store and a start with unchanged commands
sends nothing. Answers come back from ``sink.dispatch_command``; a slow one is deferred within
Discord's 3-second window and followed up.
"""

from __future__ import annotations

import asyncio
import hashlib
import inspect
import io
import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import discord
from discord import app_commands

from bot.commands import Command
from bot.events import Action, Reply, Role
from bot.splitter import split_message

log = logging.getLogger("livebot.discord.slash")

KV_NAMESPACE = "discord.commands"
MAX_GUILD_COMMANDS = 100  # Discord's limit of chat-input commands per guild
MAX_LENGTH = 2000

# who sees a command in Discord's picker by default; the core checks roles again on every use
_DEFAULT_PERMISSIONS: dict[Role, Callable[[], discord.Permissions]] = {
    Role.MODERATOR: lambda: discord.Permissions(manage_messages=True),
    Role.BROADCASTER: lambda: discord.Permissions(manage_guild=True),
}

Invoke = Callable[[discord.Interaction, str, list[str]], Awaitable[None]]


def _description(text: str, fallback: str) -> str:
    text = " ".join((text or fallback).split())
    return text if len(text) <= 100 else text[:99] + "…"


def _option_name(name: str) -> str | None:
    name = name.lower().replace(" ", "_")
    try:
        return app_commands.commands.validate_name(name)
    except ValueError:
        return None


def build_command(cmd: Command, invoke: Invoke) -> app_commands.Command | None:
    """One slash command for a core declaration; None if Discord cannot take its name."""
    name = _option_name(cmd.name)
    if name is None:
        log.warning("command %r has no valid slash-command name; it stays a prefix command only", cmd.name)
        return None
    options: list[tuple[str, str]] = []  # (option name, declared arg name)
    parameters = [inspect.Parameter("interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                    annotation=discord.Interaction)]
    descriptions: dict[str, str] = {}
    for arg in cmd.args:
        option = _option_name(arg.name)
        if option is None or option == "interaction" or option in dict(options):
            continue
        options.append((option, arg.name))
        default = inspect.Parameter.empty if arg.required else None
        annotation: Any = str if arg.required else (str | None)
        parameters.append(inspect.Parameter(option, inspect.Parameter.KEYWORD_ONLY, default=default,
                                            annotation=annotation))
        descriptions[option] = _description(arg.help, arg.name)

    async def callback(interaction: discord.Interaction, **values: Any) -> None:
        args: list[str] = []
        for option, _arg in options:
            value = values.get(option)
            if value:
                # the prefix form splits on spaces; a slash option is split the same way
                args.extend(str(value).split())
        await invoke(interaction, cmd.name, args)

    callback.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    callback.__discord_app_commands_param_description__ = descriptions  # type: ignore[attr-defined]
    slash = app_commands.Command(name=name, description=_description(cmd.help, cmd.name), callback=callback)
    factory = _DEFAULT_PERMISSIONS.get(cmd.permission)
    if factory is not None:
        slash.default_permissions = factory()
    slash.guild_only = True
    return slash


def payload_digest(commands: Sequence[app_commands.Command], tree: app_commands.CommandTree) -> str:
    payload = sorted((c.to_dict(tree) for c in commands), key=lambda d: d["name"])
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


class SlashCommands:
    """Owns the command tree: registration per guild, change-only sync, interaction answers."""

    def __init__(self, client: discord.Client, store: Any, mode: str, defer_after: float,
                 max_parts: int) -> None:
        self.client = client
        self.tree = app_commands.CommandTree(client)
        self.tree.on_error = self._on_error  # type: ignore[method-assign]
        self.store = store
        self.mode = mode
        self.defer_after = defer_after
        self.max_parts = max_parts
        self.commands: list[app_commands.Command] = []
        self.synced: list[int] = []  # guild ids synced this run (tests and logs read it)

    def set_commands(self, declarations: Sequence[Command], invoke: Invoke) -> None:
        built = [c for c in (build_command(d, invoke) for d in declarations) if c is not None]
        if len(built) > MAX_GUILD_COMMANDS:
            log.warning("%d commands; Discord allows %d slash commands per guild, the rest stay prefix-only",
                        len(built), MAX_GUILD_COMMANDS)
            built = built[:MAX_GUILD_COMMANDS]
        self.commands = built

    async def sync_guild(self, guild: discord.Guild) -> bool:
        """Put this guild's commands on Discord if they changed since the last sync. True = sent."""
        self.tree.clear_commands(guild=guild)
        for command in self.commands:
            self.tree.add_command(command, guild=guild)
        if self.mode == "never":
            return False
        digest = payload_digest(self.commands, self.tree)
        key = f"{self.client.application_id}:{guild.id}"
        if self.mode == "auto":
            stored = await asyncio.to_thread(self.store.kv_get, KV_NAMESPACE, key)
            if stored == digest:
                log.debug("slash commands of guild %s unchanged; not re-synced", guild.id)
                return False
        try:
            await self.tree.sync(guild=guild)
        except discord.Forbidden:
            log.warning("cannot register slash commands in guild %s (%s): re-invite the bot with the "
                        "'applications.commands' scope; prefix commands keep working", guild.name, guild.id)
            return False
        await asyncio.to_thread(self.store.kv_set, KV_NAMESPACE, key, digest)
        self.synced.append(guild.id)
        log.info("synced %d slash commands to guild %s (%s)", len(self.commands), guild.name, guild.id)
        return True

    async def _on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        log.error("slash command in channel %s failed: %r", interaction.channel_id, error)

    # ------------------------------------------------------------------ answering
    async def answer(self, interaction: discord.Interaction, work: Awaitable[list[Action]]) -> None:
        """Reply to an interaction with the command's replies, deferring if the work is slow."""
        task = asyncio.ensure_future(work)
        done, _ = await asyncio.wait({task}, timeout=self.defer_after)
        if not done:
            # acknowledge inside Discord's 3 s window; the answer follows as a webhook message
            try:
                await interaction.response.defer(thinking=True)
            except discord.HTTPException as exc:  # too late (event loop stalled): the answer will fail too
                log.warning("could not defer slash command in channel %s: %s", interaction.channel_id, exc)
        try:
            actions = await task
        except Exception:
            log.exception("slash command /%s failed", getattr(interaction.command, "name", "?"))
            actions = []
        parts, files = self._render(actions)
        if not parts and not files:
            await self._send(interaction, "Nothing to show (the command may need a higher role, or is cooling "
                                          "down).", ephemeral=True)
            return
        for index, part in enumerate(parts or [""]):
            await self._send(interaction, part, files=files if index == 0 else [])

    def _render(self, actions: list[Action]) -> tuple[list[str], list[discord.File]]:
        texts = [a.text for a in actions if isinstance(a, Reply) and a.text]
        parts = split_message("\n".join(texts), MAX_LENGTH) if texts else []
        if len(parts) > self.max_parts:
            parts = parts[: self.max_parts]
        files = [discord.File(io.BytesIO(a.audio), filename=f"reply.{a.audio_format or 'mp3'}")
                 for a in actions if isinstance(a, Reply) and a.audio]
        return parts, files

    @staticmethod
    async def _send(interaction: discord.Interaction, text: str, *, ephemeral: bool = False,
                    files: list[discord.File] | None = None) -> None:
        mentions = discord.AllowedMentions.none()
        kwargs: dict[str, Any] = {"ephemeral": ephemeral, "allowed_mentions": mentions}
        if files:
            kwargs["files"] = files
        try:
            if interaction.response.is_done():
                await interaction.followup.send(text or None, **kwargs)
            else:
                await interaction.response.send_message(text or None, **kwargs)
        except discord.HTTPException as exc:
            log.error("answering a slash command in channel %s failed: %s", interaction.channel_id, exc)
