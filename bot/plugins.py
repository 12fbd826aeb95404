"""Discovery of skills, adapters and CLI extensions.

A skill is a package ``skills/<name>/`` whose ``__init__`` exports ``SKILL`` (a Skill subclass);
an adapter is a package ``adapters/<name>/`` whose ``__init__`` exports ``NAME``, ``Config`` and
``create(config, bot)``; any ``cli`` module inside ``bot/``, ``skills/<name>/`` or
``adapters/<name>/`` exporting ``register(subparsers)`` adds CLI subcommands. Discovery keeps
new parts from touching a central list. Package ``__init__`` modules must stay light: platform
libraries and models are imported only when the part starts.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from bot.skill import Skill


def _subpackages(package: str) -> list[str]:
    pkg = importlib.import_module(package)
    return sorted(m.name for m in pkgutil.iter_modules(pkg.__path__) if m.ispkg and not m.name.startswith("_"))


@cache
def skill_classes() -> dict[str, type[Skill]]:
    found: dict[str, type[Skill]] = {}
    for name in _subpackages("skills"):
        module = importlib.import_module(f"skills.{name}")
        cls = getattr(module, "SKILL", None)
        if cls is not None:
            found[cls.name] = cls
    return found


@cache
def adapter_modules() -> dict[str, ModuleType]:
    found: dict[str, ModuleType] = {}
    for name in _subpackages("adapters"):
        module = importlib.import_module(f"adapters.{name}")
        if hasattr(module, "create") and hasattr(module, "Config"):
            found[getattr(module, "NAME", name)] = module
    return found


def cli_modules() -> list[ModuleType]:
    modules: list[ModuleType] = []
    for package in ("bot", "skills", "adapters"):
        for name in _subpackages(package):
            try:
                modules.append(importlib.import_module(f"{package}.{name}.cli"))
            except ModuleNotFoundError as exc:
                if exc.name != f"{package}.{name}.cli":
                    raise
    return [m for m in modules if hasattr(m, "register")]
