"""Platform-neutral events, actions and the adapter interface.

Everything a skill or the core sees is one of these dataclasses; platform libraries are
imported only inside ``adapters/``. Adapters translate their platform's objects into
``ChatMessage`` and carry out ``Action`` objects.
"""

from __future__ import annotations

import enum
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - typing only
    from bot.commands import Command


class Role(enum.IntEnum):
    """Author standing in a channel; higher values include the lower permissions."""

    VIEWER = 0
    SUBSCRIBER = 1
    VIP = 2
    MODERATOR = 3
    BROADCASTER = 4

    @classmethod
    def parse(cls, text: str) -> Role:
        """Parse a role name ('mod', 'moderator', 'sub', 'broadcaster', ...)."""
        key = text.strip().lower()
        aliases = {"mod": "moderator", "sub": "subscriber", "streamer": "broadcaster", "owner": "broadcaster",
                   "everyone": "viewer", "user": "viewer"}
        key = aliases.get(key, key)
        try:
            return cls[key.upper()]
        except KeyError:
            names = ", ".join(r.name.lower() for r in cls)
            raise ValueError(f"unknown role {text!r} (expected one of: {names})") from None


@dataclass(frozen=True, slots=True)
class Author:
    """Who wrote a message. ``id`` is the platform's stable user id."""

    id: str
    name: str
    role: Role = Role.VIEWER

    @property
    def is_moderator(self) -> bool:
        return self.role >= Role.MODERATOR


@dataclass(slots=True)
class ChatMessage:
    """One incoming chat message, whatever the platform."""

    platform: str
    channel: str
    author: Author
    text: str
    id: str
    timestamp: float
    reply_to: str | None = None
    voice: bool = False
    # Adapter-private extras (script line number, platform object). Skills must not rely on it.
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str]:
        """The (platform, channel) pair that identifies where a message lives."""
        return (self.platform, self.channel)


# ---------------------------------------------------------------- actions


@dataclass(slots=True)
class Action:
    """Something the bot does in a channel. ``cause`` is the message that triggered it."""

    platform: str
    channel: str
    cause: ChatMessage | None = field(default=None, kw_only=True)

    kind: str = field(default="action", init=False)


@dataclass(slots=True)
class Reply(Action):
    """Text (and optionally audio) sent to a channel, threaded to ``reply_to`` where possible."""

    text: str = ""
    addressee: str | None = None
    reply_to: str | None = None
    audio: bytes | None = None
    audio_format: str | None = None
    kind: str = field(default="reply", init=False)


@dataclass(slots=True)
class Announce(Action):
    """A channel-wide announcement (timers, flash sales). Not threaded to anyone."""

    text: str = ""
    kind: str = field(default="announce", init=False)


@dataclass(slots=True)
class Pin(Action):
    """Pin a message or show a product as the on-screen item."""

    text: str = ""
    kind: str = field(default="pin", init=False)


@dataclass(slots=True)
class Delete(Action):
    """Remove one message."""

    message_id: str = ""
    user: Author | None = None
    reason: str = ""
    kind: str = field(default="delete", init=False)


@dataclass(slots=True)
class Timeout(Action):
    """Silence a user for ``seconds``."""

    user: Author | None = None
    seconds: int = 60
    reason: str = ""
    kind: str = field(default="timeout", init=False)


@dataclass(slots=True)
class Ban(Action):
    """Ban a user from the channel."""

    user: Author | None = None
    reason: str = ""
    kind: str = field(default="ban", init=False)


@dataclass(slots=True)
class Warn(Action):
    """Warn a user (Twitch has a native warning; elsewhere a mention)."""

    user: Author | None = None
    reason: str = ""
    kind: str = field(default="warn", init=False)


@dataclass(slots=True)
class Unban(Action):
    """Lift a ban or timeout (used by ``!pardon``)."""

    user: Author | None = None
    reason: str = ""
    kind: str = field(default="unban", init=False)


MODERATION_ACTIONS = (Delete, Timeout, Ban, Warn, Unban)


# ---------------------------------------------------------------- adapters


@dataclass(frozen=True, slots=True)
class Capabilities:
    """What a platform allows; the outbound queue reads the limits from here."""

    max_message_length: int
    # Chat sends allowed per ``rate_window`` seconds in one channel (None: unlimited).
    rate_limit: int | None = None
    rate_window: float = 30.0
    slash_commands: bool = False
    threads: bool = True
    voice: bool = False
    native_warn: bool = False
    # how the platform counts length: "codepoints" or "utf16" (Telegram)
    length_unit: str = "codepoints"


class AdapterError(Exception):
    """An adapter could not carry out an action (missing permission, platform down)."""


class Adapter(ABC):
    """One chat platform. Implementations live in ``adapters/<name>/``."""

    #: config key and ``ChatMessage.platform`` value
    name: str = "adapter"
    capabilities: Capabilities = Capabilities(max_message_length=2000)

    @abstractmethod
    async def start(self, sink: MessageSink) -> None:
        """Connect and start delivering messages to ``sink`` (returns once started)."""

    @abstractmethod
    async def stop(self) -> None:
        """Disconnect; must be safe to call twice."""

    @abstractmethod
    async def send(self, action: Reply | Announce | Pin) -> None:
        """Post text to a channel. The text already fits ``capabilities.max_message_length``."""

    def channel_rate_limit(self, channel: str) -> tuple[int, float] | None:
        """(messages, seconds) allowed in one channel; adapters may refine it per channel."""
        caps = self.capabilities
        return (caps.rate_limit, caps.rate_window) if caps.rate_limit else None

    async def delete(self, action: Delete) -> None:
        raise AdapterError(f"{self.name} cannot delete messages")

    async def timeout(self, action: Timeout) -> None:
        raise AdapterError(f"{self.name} cannot time users out")

    async def ban(self, action: Ban) -> None:
        raise AdapterError(f"{self.name} cannot ban users")

    async def warn(self, action: Warn) -> None:
        """Default warning: a plain reply mentioning the user."""
        who = action.user.name if action.user else ""
        await self.send(Reply(action.platform, action.channel, text=f"@{who} {action.reason}".strip(),
                              addressee=who, cause=action.cause))

    async def unban(self, action: Unban) -> None:
        raise AdapterError(f"{self.name} cannot lift bans")

    async def register_commands(self, commands: Sequence[Command]) -> None:
        """Register the core's commands natively (slash commands); prefix platforms need nothing."""
        return None


class MessageSink(ABC):
    """What an adapter hands incoming messages to (the bot core)."""

    @abstractmethod
    async def handle(self, message: ChatMessage) -> None: ...

    @abstractmethod
    async def dispatch_command(self, message: ChatMessage, name: str, args: list[str]) -> list[Action]:
        """Run a natively invoked command (a slash command) and return the replies it produced."""

    async def settle(self) -> None:
        """Wait until the work earlier messages started is done and its output sent (default: none)."""
        return None
