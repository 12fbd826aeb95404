"""Command declarations, parsing, permissions and cooldowns.

One declaration per command is the single source every adapter registers from: prefix
``!cmd`` on Twitch and the console, slash commands on Discord and Telegram.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.clock import Clock
from bot.events import ChatMessage, Role

if TYPE_CHECKING:  # pragma: no cover
    from bot.context import Context

log = logging.getLogger(__name__)

Handler = Callable[["Context"], Awaitable[None]]

PERMISSIONS = {"everyone": Role.VIEWER, "viewer": Role.VIEWER, "subscriber": Role.SUBSCRIBER, "vip": Role.VIP,
               "moderator": Role.MODERATOR, "broadcaster": Role.BROADCASTER}


@dataclass(frozen=True)
class Arg:
    name: str
    help: str = ""
    required: bool = False
    # the last argument may take the rest of the line ("!ask how much is the hoodie")
    rest: bool = False


@dataclass
class Command:
    name: str
    handler: Handler
    help: str = ""
    aliases: tuple[str, ...] = ()
    args: tuple[Arg, ...] = ()
    permission: Role = Role.VIEWER
    user_cooldown: float = 0.0
    global_cooldown: float = 0.0
    skill: str = "core"

    @property
    def usage(self) -> str:
        parts = [self.name] + [f"<{a.name}>" if a.required else f"[{a.name}]" for a in self.args]
        return " ".join(parts)


@dataclass
class CommandSpec:
    """What the ``@command`` decorator attaches to a skill method."""

    name: str
    help: str
    aliases: tuple[str, ...]
    args: tuple[Arg, ...]
    permission: Role
    user_cooldown: float
    global_cooldown: float


def command(name: str, *, help: str, aliases: tuple[str, ...] | list[str] = (), args: tuple[Arg, ...] | list[Arg] = (),
            permission: str = "everyone", user_cooldown: float = 0.0, global_cooldown: float = 0.0
            ) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Declare a skill method ``async def f(self, ctx)`` as a chat command."""
    if permission not in PERMISSIONS:
        raise ValueError(f"unknown permission {permission!r}; use one of {sorted(PERMISSIONS)}")
    spec = CommandSpec(name.lower(), help, tuple(a.lower() for a in aliases), tuple(args), PERMISSIONS[permission],
                       user_cooldown, global_cooldown)

    def mark(fn: Callable[..., Any]) -> Callable[..., Any]:
        fn.__livebot_command__ = spec  # type: ignore[attr-defined]
        return fn

    return mark


@dataclass
class ParsedCommand:
    command: Command
    args: list[str]
    arg_text: str


@dataclass
class _Cooldowns:
    last_global: dict[str, float] = field(default_factory=dict)
    last_user: dict[tuple[str, str], float] = field(default_factory=dict)


class CommandRouter:
    def __init__(self, clock: Clock, prefix: str = "!") -> None:
        self.clock = clock
        self.prefix = prefix
        self._commands: dict[str, Command] = {}
        self._lookup: dict[str, Command] = {}
        self._cooldowns = _Cooldowns()

    def add(self, cmd: Command) -> None:
        for key in (cmd.name, *cmd.aliases):
            other = self._lookup.get(key)
            if other is not None and other is not self._commands.get(cmd.name):
                raise ValueError(f"command {key!r} of skill {cmd.skill} clashes with {other.skill}'s {other.name!r}")
        self._commands[cmd.name] = cmd
        for key in (cmd.name, *cmd.aliases):
            self._lookup[key] = cmd

    def remove_skill(self, skill: str) -> None:
        for name in [n for n, c in self._commands.items() if c.skill == skill]:
            del self._commands[name]
        self._lookup = {k: c for k, c in self._lookup.items() if c.skill != skill}

    def get(self, name: str) -> Command | None:
        return self._lookup.get(name.lower().lstrip(self.prefix).lstrip("/"))

    def all(self) -> list[Command]:
        return sorted(self._commands.values(), key=lambda c: c.name)

    def parse(self, text: str) -> ParsedCommand | None:
        """``!price hoodie`` -> the price command with args; None if not a known command."""
        if not text.startswith(self.prefix):
            return None
        body = text[len(self.prefix):]
        head, _, rest = body.partition(" ")
        # "/cmd@botname" style suffixes are stripped by the adapters; be lenient here too
        cmd = self._lookup.get(head.split("@", 1)[0].lower())
        if cmd is None:
            return None
        rest = rest.strip()
        return ParsedCommand(cmd, rest.split() if rest else [], rest)

    def check(self, cmd: Command, message: ChatMessage) -> str | None:
        """Return why the author may not run ``cmd`` now, or None (and start its cooldowns)."""
        role = message.author.role
        if role < cmd.permission:
            return f"needs {cmd.permission.name.lower()}"
        now = self.clock.now()
        # moderators and the broadcaster are never slowed down by cooldowns
        if role < Role.MODERATOR:
            last = self._cooldowns.last_global.get(cmd.name)
            if cmd.global_cooldown and last is not None and now - last < cmd.global_cooldown:
                return f"global cooldown ({cmd.global_cooldown - (now - last):.0f}s left)"
            user_key = (cmd.name, f"{message.platform}:{message.author.id}")
            last = self._cooldowns.last_user.get(user_key)
            if cmd.user_cooldown and last is not None and now - last < cmd.user_cooldown:
                return f"user cooldown ({cmd.user_cooldown - (now - last):.0f}s left)"
            self._cooldowns.last_user[user_key] = now
        self._cooldowns.last_global[cmd.name] = now
        return None


def commands_of(obj: object, skill: str) -> list[Command]:
    """Collect the ``@command`` methods of a skill instance."""
    found = []
    for attr in dir(type(obj)):
        fn = getattr(type(obj), attr, None)
        spec: CommandSpec | None = getattr(fn, "__livebot_command__", None)
        if spec is None:
            continue
        found.append(Command(spec.name, getattr(obj, attr), spec.help, spec.aliases, spec.args, spec.permission,
                             spec.user_cooldown, spec.global_cooldown, skill))
    return found
