"""The Twitch adapter: twitchio 3 (EventSub websocket in, Helix out). twitchio is imported only on start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import Field, SecretStr, field_validator

from bot.config import AdapterConfig

if TYPE_CHECKING:  # pragma: no cover
    from adapters.twitch.adapter import TwitchAdapter
    from bot.core import BotCore

NAME = "twitch"


class Config(AdapterConfig):
    """``adapters.twitch`` in the YAML. Secrets come from ``${ENV}`` variables, never the file itself.

    ``channels`` (inherited) lists the broadcasters to serve, by login (``luma_live``) or numeric id.
    """

    client_id: str = Field(min_length=1, description="the app's Client ID (dev.twitch.tv/console)")
    client_secret: SecretStr = Field(description="the app's Client Secret")
    bot_id: str = Field(pattern=r"^\d+$", description="numeric user id of the bot's Twitch account")
    # The bot account's user token. Used to seed the store on first start (or when you paste a new
    # one); after that the refreshed tokens kept in the store are used.
    access_token: SecretStr | None = None
    refresh_token: SecretStr | None = None
    # Twitch allows 100 messages / 30 s in a channel where the bot is a moderator, else 20.
    # true = moderator everywhere; or a list of the channels where it is one.
    moderator: bool | list[str] = False
    # answer as a threaded reply to the asker's message (Twitch shows "replying to @user")
    threaded_replies: bool = True
    # how many recent message ids are remembered to drop redelivered notifications
    dedupe_size: int = Field(5000, ge=100, le=1_000_000)
    # give up on one Helix call after waiting this long in total for rate-limit resets
    max_rate_limit_wait: float = Field(120.0, gt=0, le=3600)
    # Endpoints; leave unset for Twitch itself. Set them to use a local mock (e.g. `twitch mock-api`).
    helix_url: str | None = None
    oauth_url: str | None = None
    eventsub_url: str | None = None

    @field_validator("channels")
    @classmethod
    def _clean_channels(cls, value: list[str]) -> list[str]:
        cleaned = [c.strip().lstrip("#").lower() for c in value if c.strip().lstrip("#")]
        if not cleaned:
            raise ValueError("list at least one channel (the broadcaster's login or user id)")
        return cleaned

    def is_moderator_in(self, login: str, broadcaster_id: str) -> bool:
        if isinstance(self.moderator, bool):
            return self.moderator
        wanted = {m.strip().lstrip("#").lower() for m in self.moderator}
        return login.lower() in wanted or broadcaster_id in wanted


def create(config: Config, bot: BotCore) -> TwitchAdapter:
    from adapters.twitch.adapter import TwitchAdapter

    return TwitchAdapter(config, bot)
