"""The moderation skill's config schema (the `skills.moderation` section of livebot.yaml)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from bot.config import SkillConfig, StrictModel
from bot.events import Role
from skills.moderation.classifier import UNSURE_BAND

CATEGORIES = ("toxic", "spam", "blocked_term", "link", "first_link", "raid", "repeat", "rate", "mentions",
              "caps", "symbols")


class Rules(StrictModel):
    """Chat rules; every field can be overridden per channel under `channels:`."""

    # links: anything not on the shop's domains or `allow_domains` is removed unless `!permit`ted
    links: bool = True
    allow_domains: list[str] = Field(default_factory=list)
    # a viewer's first message in a channel may not carry a link (even when `links` is off)
    first_message_links: bool = True
    # SHOUTING: share of capital letters, emotes not counted
    caps: bool = True
    caps_min_letters: int = Field(20, ge=1)  # "WHAT SIZE IS THE HOODIE" (19 letters) is fine
    caps_max_ratio: float = Field(0.8, gt=0, le=1)
    emotes: list[str] = Field(default_factory=lambda: ["LUL", "KEKW", "PogChamp", "Pog", "OMEGALUL", "Kappa",
                                                       "LMAO", "LOL", "GG", "POGGERS", "HYPE", "W", "L"])
    # symbol / emoji flood: share of characters that are neither letters, digits nor spaces
    symbols: bool = True
    symbols_min_chars: int = Field(10, ge=1)
    symbols_max_ratio: float = Field(0.6, gt=0, le=1)
    # one viewer repeating the same text
    repeat: bool = True
    repeat_max: int = Field(3, ge=2, description="the Nth copy inside the window is removed")
    repeat_window_seconds: float = Field(60, gt=0)
    # copy-paste raid: the same text from many accounts in a short window
    raid: bool = True
    raid_accounts: int = Field(5, ge=2)
    raid_window_seconds: float = Field(30, gt=0)
    raid_min_chars: int = Field(30, ge=1, description="shorter texts are never a raid: many viewers ask the same short question")
    # per-viewer message rate
    rate: bool = True
    rate_max_messages: int = Field(8, ge=1)
    rate_window_seconds: float = Field(10, gt=0)
    # mention spam
    mentions: bool = True
    mentions_max: int = Field(5, ge=1)
    # terms removed wherever they appear, matched after normalisation (so "b4dw0rd" matches "badword")
    blocked_terms: list[str] = Field(default_factory=list)
    # the classifier: a message at or above a threshold is an offence of that category
    classifier: bool = True
    toxic_threshold: float = Field(0.8, gt=0, le=1)
    spam_threshold: float = Field(0.8, gt=0, le=1)


class ModerationConfig(Rules, SkillConfig):
    """Rules (the defaults for every channel) plus the policy."""

    # log what would have happened and act on nothing (a first stream with the bot)
    shadow: bool = False
    # roles never moderated; add vip / subscriber to trust them too
    exempt_roles: list[str] = Field(default_factory=lambda: ["moderator", "broadcaster"])
    # the escalation ladder: the Nth offence inside `reset_seconds` gets rung N (the last rung repeats)
    ladder: list[str] = Field(default_factory=lambda: ["warn", "delete", "timeout 60", "timeout 600", "ban"])
    reset_seconds: float = Field(3600, gt=0, description="a clean record this long resets the ladder")
    # the offending message is removed on every rung, a warning included
    delete_on_every_rung: bool = True
    # categories that start higher up the ladder, e.g. {blocked_term: 3}; rungs count from 1
    start_rung: dict[str, int] = Field(default_factory=dict)
    # a `!permit USER` lets that viewer post one link within this many seconds
    permit_seconds: float = Field(120, gt=0)
    # the bot's own text is blocked at or above this toxic score
    outgoing_toxic_threshold: float = Field(0.9, gt=0, le=1)
    # a trained model file; empty = the model shipped in the package
    model: str = ""
    # the second look: a message whose first-pass toxic or spam score lies in [from, until) is re-read
    # by the slower contextual model (a few ms, off the chat path), whose verdict then decides.
    # Off: the first pass decides alone (the fastest, least precise setting)
    second_look: bool = True
    second_look_from: float = Field(UNSURE_BAND[0], ge=0, le=1)
    second_look_until: float = Field(UNSURE_BAND[1], gt=0, le=1)
    # messages waiting for it at most; in a flood the rest keep the first pass's verdict
    second_look_queue: int = Field(256, ge=1)
    # per-channel overrides of any rule field: {"#live": {caps: false, toxic_threshold: 0.9}}
    channels: dict[str, dict[str, Any]] = Field(default_factory=dict)

    @field_validator("exempt_roles")
    @classmethod
    def _roles(cls, value: list[str]) -> list[str]:
        return [Role.parse(v).name.lower() for v in value]

    @field_validator("ladder")
    @classmethod
    def _ladder(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("the ladder needs at least one rung")
        for rung in value:
            parse_rung(rung)
        return value

    @field_validator("start_rung")
    @classmethod
    def _start(cls, value: dict[str, int]) -> dict[str, int]:
        for key, rung in value.items():
            if key not in CATEGORIES:
                raise ValueError(f"unknown category {key!r} (expected one of: {', '.join(CATEGORIES)})")
            if rung < 1:
                raise ValueError(f"start_rung.{key} must be >= 1")
        return value

    @model_validator(mode="after")
    def _channels(self) -> ModerationConfig:
        for channel, override in self.channels.items():
            unknown = set(override) - set(Rules.model_fields)
            if unknown:
                raise ValueError(f"channels.{channel}: unknown rule key(s) {', '.join(sorted(unknown))} "
                                 f"(per-channel keys: {', '.join(Rules.model_fields)})")
            self.rules_for(channel)  # validates the values
        return self

    def rules_for(self, channel: str) -> Rules:
        """The rules in force in one channel: the defaults with that channel's overrides."""
        override = self.channels.get(channel)
        base = {k: getattr(self, k) for k in Rules.model_fields}
        return Rules.model_validate({**base, **override}) if override else Rules.model_validate(base)

    def exempt(self, role: Role) -> bool:
        return role.name.lower() in self.exempt_roles


Rung = tuple[Literal["warn", "delete", "timeout", "ban"], int | None]


def parse_rung(text: str) -> Rung:
    """'warn' | 'delete' | 'ban' | 'timeout SECONDS'."""
    parts = text.split()
    if parts and parts[0] in ("warn", "delete", "ban") and len(parts) == 1:
        return parts[0], None  # type: ignore[return-value]
    if len(parts) == 2 and parts[0] == "timeout" and parts[1].isdigit() and int(parts[1]) > 0:
        return "timeout", int(parts[1])
    raise ValueError(f"bad ladder rung {text!r} (use warn, delete, ban or 'timeout SECONDS')")
