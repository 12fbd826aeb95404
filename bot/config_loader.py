"""YAML loading that remembers where every key was written, and ``${ENV}`` secrets.

Kept apart from the models so that error messages can always name ``file:line key.path``.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

Loc = tuple[str | int, ...]
_ENV = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")


@dataclass(frozen=True)
class ConfigProblem:
    source: str  # file path or "--set"
    line: int | None
    key: str
    message: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where} {self.key}: {self.message}" if self.key else f"{where}: {self.message}"


class ConfigError(Exception):
    """A config that cannot be used; ``problems`` lists every issue found."""

    def __init__(self, problems: list[ConfigProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def display_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def dotted(loc: Loc) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


class LineMap:
    """Maps a key path to the line (1-based) where it appears in the source."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.lines: dict[Loc, int] = {}

    def line_for(self, loc: Loc) -> int | None:
        # Fall back to the closest parent that exists (a missing key is reported at its parent).
        for cut in range(len(loc), -1, -1):
            line = self.lines.get(tuple(loc[:cut]))
            if line is not None:
                return line
        return None


def _construct(node: yaml.Node, loc: Loc, lines: LineMap, problems: list[ConfigProblem]) -> Any:
    lines.lines.setdefault(loc, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            child = (*loc, key)
            if key in out:
                problems.append(ConfigProblem(lines.source, key_node.start_mark.line + 1, dotted(child),
                                              "key appears twice"))
            lines.lines[child] = key_node.start_mark.line + 1
            out[key] = _construct(value_node, child, lines, problems)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_construct(item, (*loc, i), lines, problems) for i, item in enumerate(node.value)]
    value = yaml.SafeLoader("").construct_object(node, deep=True)
    if isinstance(value, str):
        value = substitute_env(value, lines.source, node.start_mark.line + 1, loc, problems)
    return value


def substitute_env(value: str, source: str, line: int | None, loc: Loc,
                   problems: list[ConfigProblem]) -> str:
    """Replace ``${NAME}`` (or ``${NAME:-default}``) with the environment variable's value."""

    def repl(match: re.Match[str]) -> str:
        name, default = match.group(1), match.group(2)
        if name in os.environ:
            return os.environ[name]
        if default is not None:
            return default
        problems.append(ConfigProblem(source, line, dotted(loc),
                                      f"environment variable {name} is not set (export {name}=...)"))
        return ""

    return _ENV.sub(repl, value)


def load_yaml(path: Path) -> tuple[dict[str, Any], LineMap]:
    """Load a YAML mapping with line numbers; raises ConfigError on syntax errors or missing env."""
    source = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError([ConfigProblem(source, None, "", f"cannot read config: {exc.strerror}")]) from exc
    lines = LineMap(source)
    problems: list[ConfigProblem] = []
    try:
        node = yaml.compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError([ConfigProblem(source, line, "", f"YAML syntax error: {problem}")]) from exc
    if node is None:
        return {}, lines
    data = _construct(node, (), lines, problems)
    if not isinstance(data, dict):
        problems.append(ConfigProblem(source, 1, "", "the top level must be a mapping of sections"))
    if problems:
        raise ConfigError(problems)
    return data, lines


def apply_override(data: dict[str, Any], assignment: str, overrides: dict[Loc, str]) -> None:
    """Apply ``key.path=value`` (value parsed as YAML) onto ``data``; remembers it for errors."""
    if "=" not in assignment:
        raise ConfigError([ConfigProblem("--set", None, assignment, "expected key.path=value")])
    key, raw = assignment.split("=", 1)
    parts: Loc = tuple(p for p in key.strip().split(".") if p)
    if not parts:
        raise ConfigError([ConfigProblem("--set", None, assignment, "empty key")])
    problems: list[ConfigProblem] = []
    value = yaml.safe_load(raw) if raw.strip() else ""
    if isinstance(value, str):
        value = substitute_env(value, "--set", None, parts, problems)
    if problems:
        raise ConfigError(problems)
    node: Any = data
    for part in parts[:-1]:
        if not isinstance(node.get(part), dict):
            node[part] = {}
        node = node[part]
    node[parts[-1]] = value
    overrides[parts] = assignment
