"""The admin config: pydantic models for one YAML file, validated once at load.

Skills and adapters declare their own config model beside their code (``Skill.Config``,
``adapters.<name>.Config``); the root model is assembled from them, so an unknown key anywhere
is an error that names the file, the line and the key path.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

from bot.config_loader import (
    ConfigError,
    ConfigProblem,
    LineMap,
    Loc,
    apply_override,
    display_path,
    dotted,
    load_yaml,
)
from bot.llm.config import LLMConfig
from bot.voice.config import VoiceConfig

__all__ = ["ConfigError", "ConfigProblem", "StrictModel", "SkillConfig", "AdapterConfig", "LiveBotConfig",
           "load_config", "validate_config"]


class StrictModel(BaseModel):
    """Base for every config section: unknown keys are errors, never silently ignored."""

    model_config = ConfigDict(extra="forbid", validate_default=True)


class SkillConfig(StrictModel):
    enabled: bool = True


class AdapterConfig(StrictModel):
    enabled: bool = True
    # channels this bot serves on the platform; empty means every channel it can see
    channels: list[str] = Field(default_factory=list)


class BotSection(StrictModel):
    name: str = Field("livebot", min_length=1, description="the bot's display name; mentions of it address the bot")
    command_prefix: str = Field("!", min_length=1, max_length=3)
    language: Literal["en", "zh"] = "en"
    # never answer in chat with more than this many messages for one command (long replies are cut)
    max_reply_parts: int = Field(3, ge=1, le=10)


class ShopSection(StrictModel):
    name: str = "our shop"
    currency: str = Field("USD", min_length=1, max_length=8)
    # the shop's own domain(s): links to them are never treated as spam
    domains: list[str] = Field(default_factory=list)
    catalog: str | None = None
    faq: str | None = None


class StorageSection(StrictModel):
    url: str = "sqlite:///livebot.db"
    # incoming chat is written in batches; a crash loses at most this much uncommitted history
    flush_seconds: float = Field(0.5, gt=0, le=60)
    flush_rows: int = Field(500, ge=1)
    # raw chat messages older than this are purged (aggregate counts are kept); 0 keeps them forever
    retention_days: float = Field(0, ge=0)


class LoggingSection(StrictModel):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    format: Literal["text", "json"] = "text"


class CoreConfig(StrictModel):
    bot: BotSection = Field(default_factory=BotSection)
    shop: ShopSection = Field(default_factory=ShopSection)
    storage: StorageSection = Field(default_factory=StorageSection)
    logging: LoggingSection = Field(default_factory=LoggingSection)
    llm: LLMConfig | None = None
    voice: VoiceConfig | None = None
    # reload the file automatically when it changes on disk (checked every few seconds)
    watch_config: bool = True


_root_model: type[CoreConfig] | None = None


def root_model() -> type[CoreConfig]:
    """The full config model: core sections plus every discovered skill and adapter section."""
    global _root_model
    if _root_model is None:
        from bot.plugins import adapter_modules, skill_classes

        skill_fields: dict[str, Any] = {
            name: (cls.Config | None, None) for name, cls in skill_classes().items()
        }
        adapter_fields: dict[str, Any] = {
            name: (mod.Config | None, None) for name, mod in adapter_modules().items()
        }
        skills = create_model("SkillsSection", __base__=StrictModel, **skill_fields)
        adapters = create_model("AdaptersSection", __base__=StrictModel, **adapter_fields)
        _root_model = create_model(
            "LiveBotConfig",
            __base__=CoreConfig,
            skills=(skills, Field(default_factory=skills)),
            adapters=(adapters, Field(default_factory=adapters)),
        )
    return _root_model


class LiveBotConfig(CoreConfig):
    """Typing view of the assembled model (the real class is built by ``root_model``)."""

    skills: Any = None
    adapters: Any = None
    # where the file lives: relative paths inside it are resolved against this folder
    base_dir: Path = Path(".")
    source: str = "<defaults>"

    def resolve(self, path: str | Path) -> Path:
        p = Path(path).expanduser()
        return p if p.is_absolute() else (self.base_dir / p)


def _message(err: dict[str, Any], loc: Loc, model: type[BaseModel]) -> str:
    kind, ctx = err.get("type", ""), err.get("ctx") or {}
    if kind == "extra_forbidden":
        known = _known_keys(model, loc[:-1])
        close = difflib.get_close_matches(str(loc[-1]), known, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else (f" (known keys: {', '.join(sorted(known))})" if known else "")
        return f"unknown key{hint}"
    if kind == "missing":
        return "required key is missing"
    for op, sym in (("greater_than", ">"), ("greater_than_equal", ">="), ("less_than", "<"), ("less_than_equal", "<=")):
        if kind == op:
            return f"must be {sym} {next(iter(ctx.values()), '')}"
    msg = str(err.get("msg", "invalid value"))
    return msg[0].lower() + msg[1:] if msg else msg


def _known_keys(model: type[BaseModel], loc: Loc) -> list[str]:
    current: Any = model
    for part in loc:
        fields = getattr(current, "model_fields", None)
        if fields is None or part not in fields:
            return []
        current = _model_of(fields[part].annotation)
    fields = getattr(current, "model_fields", None)
    return list(fields) if fields else []


def _model_of(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _model_of(arg)
        if found is not None:
            return found
    return None


def validate_config(data: dict[str, Any], lines: LineMap, overrides: dict[Loc, str] | None = None,
                    base_dir: Path = Path(".")) -> LiveBotConfig:
    """Validate a loaded mapping; raises ConfigError naming file, line and key for every problem."""
    model = root_model()
    overrides = overrides or {}
    for section in ("skills", "adapters"):
        # a section holding only comments is empty, not an error
        if section in data and data[section] is None:
            data[section] = {}
    try:
        core = model.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and ("[" in p or p.startswith("function-"))))
            hit = next((o for o in overrides if loc[: len(o)] == o), None)
            source, line = ("--set", None) if hit else (lines.source, lines.line_for(loc))
            problems.append(ConfigProblem(source, line, dotted(loc), _message(err, loc, model)))
        raise ConfigError(problems) from exc
    fields = {name: getattr(core, name) for name in type(core).model_fields}
    config = LiveBotConfig.model_construct(**fields, base_dir=base_dir, source=lines.source)
    return config


def load_config(path: str | Path, overrides: list[str] | None = None) -> LiveBotConfig:
    """Load, override (``--set key.path=value``) and validate the admin YAML file."""
    path = Path(path)
    data, lines = load_yaml(path)
    applied: dict[Loc, str] = {}
    for assignment in overrides or []:
        apply_override(data, assignment, applied)
    return validate_config(data, lines, applied, base_dir=path.resolve().parent)


def default_config() -> LiveBotConfig:
    return validate_config({}, LineMap("<defaults>"))


__all__ += ["display_path", "default_config"]
