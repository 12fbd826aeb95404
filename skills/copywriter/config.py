"""Config of the copywriter skill (``skills.copywriter`` in the YAML)."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, model_validator

from bot.config import SkillConfig, StrictModel

Style = Literal["hype", "short", "detailed"]
Lang = Literal["en", "zh"]

# placeholders a timer message may hold; prices are looked up when the message is posted
PLACEHOLDER = re.compile(r"\{(\w+)(?::([^{}]+))?\}")
PLACEHOLDERS = {"shop": False, "name": True, "price": True}  # name -> needs a SKU


class TimerConfig(StrictModel):
    name: str = "timer"
    every_minutes: float = Field(15, ge=0.5, le=1440, description="how often the timer may post")
    min_messages: int = Field(5, ge=0, description="chat messages needed since its last post")
    # posted in rotation; may hold {shop}, {name:SKU}, {price:SKU} (the live price, flash sales included)
    messages: list[str] = Field(default_factory=list)
    # products advertised in rotation with fresh copy (after the messages)
    products: list[str] = Field(default_factory=list)
    style: Style = "short"
    lang: Lang | None = None
    # channel names to post in; empty: every channel where chat happened
    channels: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _check(self) -> TimerConfig:
        if not self.messages and not self.products:
            raise ValueError("a timer needs at least one entry in messages or products")
        for text in self.messages:
            if not text.strip():
                raise ValueError("timer messages must not be empty")
            for m in PLACEHOLDER.finditer(text):
                key, arg = m.group(1), m.group(2)
                if key not in PLACEHOLDERS:
                    raise ValueError(f"unknown placeholder {{{key}}} in {text!r} (use {{shop}}, "
                                     "{name:SKU} or {price:SKU})")
                if PLACEHOLDERS[key] and not arg:
                    raise ValueError(f"{{{key}}} needs a SKU, like {{{key}:MH01}}")
        return self


class CopywriterConfig(SkillConfig):
    # language of copy when the command gives none (default: bot.language)
    language: Lang | None = None
    default_style: Style = "hype"
    # use the bot's LLM (the `llm:` section) when it is configured; templates otherwise
    use_llm: bool = True
    # the LLM gets this long for a piece of copy (both drafts together), then a template is used
    llm_timeout_seconds: float = Field(8.0, gt=0, le=60)
    temperature: float | None = Field(None, ge=0, le=2)
    # "only N left" is said when a product's total stock is at or below this
    low_stock_threshold: int = Field(10, ge=0)
    # fixed seed for the template choices (tests, reproducible demos); null = random
    seed: int | None = None
    timers: list[TimerConfig] = Field(default_factory=list)
    flash_max_percent: float = Field(90, gt=0, lt=100)
    flash_max_minutes: float = Field(360, gt=0)
