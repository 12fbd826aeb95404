"""Console adapter: prints every bot action as a line and optionally writes a JSONL transcript.

Transcript lines (a public interface, keep stable):
``{"line", "time", "action", "channel", "user", "text", "seconds"}`` where ``line`` is the script
line that caused the action (null for timers), ``time`` the bot clock in seconds, ``action`` one of
reply|delete|timeout|ban|warn|announce|pin (and unban), ``user`` the target or addressee, ``text``
the message or the reason, ``seconds`` the timeout length or null.
"""

from __future__ import annotations

import asyncio
import json
import sys
import threading
from typing import IO, Any

from bot.clock import Clock
from bot.events import (
    Action,
    Adapter,
    Announce,
    Author,
    Ban,
    Capabilities,
    ChatMessage,
    Delete,
    MessageSink,
    Pin,
    Reply,
    Role,
    Timeout,
    Unban,
    Warn,
)


def _stdin_lines() -> asyncio.Queue[str]:
    """Read stdin on a daemon thread, so a blocked read never holds up shutdown."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[str] = asyncio.Queue()

    def pump() -> None:
        while True:
            line = sys.stdin.readline()
            loop.call_soon_threadsafe(queue.put_nowait, line)
            if not line:
                return

    threading.Thread(target=pump, name="console-stdin", daemon=True).start()
    return queue


def format_clock(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class ConsoleAdapter(Adapter):
    name = "console"

    def __init__(self, config: Any, clock: Clock, *, out: IO[str] | None = None,
                 transcript: IO[str] | None = None, origin: float | None = None) -> None:
        self.config = config
        self.clock = clock
        self.out = out or sys.stdout
        self.transcript = transcript
        self.origin = clock.now() if origin is None else origin
        self.capabilities = Capabilities(max_message_length=config.max_message_length, slash_commands=False,
                                         native_warn=False)
        self.sink: MessageSink | None = None
        self.records: list[dict[str, Any]] = []
        self._next_id = 0

    # ------------------------------------------------------------------ lifecycle
    async def start(self, sink: MessageSink) -> None:
        self.sink = sink

    async def stop(self) -> None:
        if self.transcript is not None:
            self.transcript.flush()

    def message(self, author: str, text: str, role: Role = Role.VIEWER, *, line: int | None = None,
                timestamp: float | None = None, channel: str | None = None) -> ChatMessage:
        self._next_id += 1
        meta = {"line": line} if line is not None else {}
        return ChatMessage("console", channel or self.config.channel, Author(author.lower(), author, role), text,
                           str(self._next_id), self.clock.now() if timestamp is None else timestamp, meta=meta)

    # ------------------------------------------------------------------ actions
    async def send(self, action: Reply | Announce | Pin) -> None:
        user = getattr(action, "addressee", None)
        self._record(action, user, action.text, None)

    async def delete(self, action: Delete) -> None:
        self._record(action, action.user.name if action.user else None, action.reason, None)

    async def timeout(self, action: Timeout) -> None:
        self._record(action, action.user.name if action.user else None, action.reason, action.seconds)

    async def ban(self, action: Ban) -> None:
        self._record(action, action.user.name if action.user else None, action.reason, None)

    async def warn(self, action: Warn) -> None:
        self._record(action, action.user.name if action.user else None, action.reason, None)

    async def unban(self, action: Unban) -> None:
        self._record(action, action.user.name if action.user else None, action.reason, None)

    def _record(self, action: Action, user: str | None, text: str, seconds: int | None) -> None:
        t = round(self.clock.now() - self.origin, 3)
        line = action.cause.meta.get("line") if action.cause is not None else None
        record = {"line": line, "time": t, "action": action.kind, "channel": action.channel, "user": user,
                  "text": text, "seconds": seconds}
        self.records.append(record)
        self.out.write(self.render(record) + "\n")
        self.out.flush()
        if self.transcript is not None:
            self.transcript.write(json.dumps(record, ensure_ascii=False) + "\n")

    @staticmethod
    def render(record: dict[str, Any]) -> str:
        stamp = f"[{format_clock(record['time'])}] {record['channel']}"
        kind, user, text = record["action"], record["user"], record["text"]
        if kind == "reply":
            return f"{stamp} bot -> @{user}: {text}" if user else f"{stamp} bot: {text}"
        if kind in ("announce", "pin"):
            return f"{stamp} bot [{kind}]: {text}"
        extra = f" {record['seconds']}s" if record["seconds"] is not None else ""
        why = f" ({text})" if text else ""
        return f"{stamp} ** {kind.upper()} {user}{extra}{why}"

    # ------------------------------------------------------------------ interactive
    async def interactive(self, stop: asyncio.Event) -> None:
        """Read lines typed by a person; ``/as NAME`` and ``/role ROLE`` switch the author."""
        user, role = self.config.user, Role.parse(self.config.role)
        self.out.write(f"livebot console - you are {user} ({role.name.lower()}) in {self.config.channel}. "
                       "Type a message; /as NAME, /role moderator|subscriber|viewer|broadcaster, /quit.\n")
        self.out.flush()
        lines = _stdin_lines()
        while not stop.is_set():
            line = await lines.get()
            if not line:  # end of input
                break
            text = line.strip()
            if not text:
                continue
            if text in ("/quit", "/exit"):
                break
            if text.startswith("/as "):
                user = text[4:].strip() or user
                self.out.write(f"(you are now {user})\n")
                continue
            if text.startswith("/role "):
                try:
                    role = Role.parse(text[6:])
                    self.out.write(f"(your role is now {role.name.lower()})\n")
                except ValueError as exc:
                    self.out.write(f"({exc})\n")
                continue
            assert self.sink is not None
            await self.sink.handle(self.message(user, text, role))
        if self.sink is not None:  # piped input ends at once: its answers still go out before the bot stops
            await self.sink.settle()
        stop.set()
