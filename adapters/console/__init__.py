"""The console adapter: a terminal chat needing no token and no network (the embedded default)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import Field

from bot.config import AdapterConfig

if TYPE_CHECKING:  # pragma: no cover
    from bot.core import BotCore

NAME = "console"


class Config(AdapterConfig):
    channel: str = "#live"
    # who you are when you start typing; change with /as NAME and /role ROLE
    user: str = "viewer1"
    role: str = "viewer"
    max_message_length: int = Field(500, ge=20, le=10000)


def create(config: Config, bot: BotCore, **kwargs: Any):  # noqa: ANN201
    from adapters.console.adapter import ConsoleAdapter

    return ConsoleAdapter(config, bot.clock, **kwargs)
