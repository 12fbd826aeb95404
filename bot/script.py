"""Chat scripts: ``[mm:ss] author[role]: text`` lines replayed on a scripted clock.

The time prefix is optional (``[mm:ss]`` or ``[hh:mm:ss]``); without it a line comes one second
after the previous one. The role is optional (viewer). Blank lines and ``#`` comments are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bot.events import Role

_LINE = re.compile(
    r"^(?:\[(?:(?P<h>\d+):)?(?P<m>\d{1,2}):(?P<s>\d{1,2}(?:\.\d+)?)\]\s*)?"
    r"(?P<author>[^\s\[\]:][^\[\]:]*?)\s*(?:\[(?P<role>[A-Za-z]+)\])?\s*:\s?(?P<text>.*)$"
)


class ScriptError(ValueError):
    pass


@dataclass(frozen=True)
class ScriptLine:
    number: int
    time: float
    author: str
    role: Role
    text: str


def parse_script(text: str, source: str = "<script>") -> list[ScriptLine]:
    out: list[ScriptLine] = []
    last = -1.0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = _LINE.match(line)
        if match is None:
            raise ScriptError(f"{source}:{number}: expected '[mm:ss] author[role]: text', got {raw!r}")
        if match.group("m") is not None:
            t = int(match.group("h") or 0) * 3600 + int(match.group("m")) * 60 + float(match.group("s"))
        else:
            t = last + 1.0
        try:
            role = Role.parse(match.group("role")) if match.group("role") else Role.VIEWER
        except ValueError as exc:
            raise ScriptError(f"{source}:{number}: {exc}") from None
        last = max(last, t)
        out.append(ScriptLine(number, max(t, last), match.group("author").strip(), role, match.group("text")))
    return out


def load_script(path: str | Path) -> list[ScriptLine]:
    path = Path(path)
    return parse_script(path.read_text(encoding="utf-8"), str(path))
