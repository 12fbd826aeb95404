"""The skill base class. A skill knows nothing of platforms.

Hooks (all optional):
- ``moderate(message, ctx) -> bool``: runs first for every message; True means the message was
  removed and goes no further. Only the moderation skill should need it.
- ``on_message(message, ctx) -> bool``: for messages that are not commands, in ``priority``
  order; True means handled (later skills do not see it).
- ``check_outgoing(text) -> str | None``: a reason to block the bot's own text before sending.
- ``forget_user(platform, user_id) -> int``: delete what the skill keeps about one viewer.
- ``settle()``: wait until background work started by earlier messages is done (the moderation
  skill's second look); replays and the test harness call it after each line.
- commands: methods decorated with ``@command``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, ClassVar

from bot.commands import Command, commands_of
from bot.config import SkillConfig
from bot.events import ChatMessage

if TYPE_CHECKING:  # pragma: no cover
    from bot.context import Context
    from bot.core import BotCore


class Skill:
    name: ClassVar[str] = "skill"
    Config: ClassVar[type[SkillConfig]] = SkillConfig
    #: lower runs earlier in the routing stage
    priority: ClassVar[int] = 100

    def __init__(self, bot: BotCore, config: SkillConfig) -> None:
        self.bot = bot
        self.config = config
        self.log = logging.getLogger(f"livebot.skill.{self.name}")

    async def setup(self) -> None:
        """Load models and data; called once before the first message."""

    async def teardown(self) -> None:
        """Release resources; called on shutdown."""

    async def settle(self) -> None:
        """Wait for background work earlier messages started (replays and tests step through time)."""

    def reconfigure(self, config: SkillConfig) -> None:
        """A new validated config arrived (``!reload`` or a file change)."""
        self.config = config

    def commands(self) -> list[Command]:
        return commands_of(self, self.name)

    async def moderate(self, message: ChatMessage, ctx: Context) -> bool:
        return False

    async def on_message(self, message: ChatMessage, ctx: Context) -> bool:
        return False

    async def check_outgoing(self, text: str) -> str | None:
        return None

    async def forget_user(self, platform: str, user_id: str) -> int:
        return 0

    # which hooks a subclass really overrides; the pipeline skips the rest on the hot path
    @classmethod
    def overrides(cls, hook: str) -> bool:
        return getattr(cls, hook) is not getattr(Skill, hook)
