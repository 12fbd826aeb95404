"""The Telegram adapter (python-telegram-bot 22): groups, supergroups and a channel's discussion group.

Only the config model lives here; the library is imported when the adapter is created, so
loading or validating a config never needs python-telegram-bot.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, field_validator, model_validator

from bot.config import AdapterConfig, StrictModel

if TYPE_CHECKING:  # pragma: no cover
    from adapters.telegram.adapter import TelegramAdapter
    from bot.core import BotCore

NAME = "telegram"

# what BotFather hands out: "<bot id>:<35 characters>"
_TOKEN = re.compile(r"^\d+:[A-Za-z0-9_-]+$")
_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


class WebhookConfig(StrictModel):
    # the public HTTPS address Telegram posts updates to (your reverse proxy), without the path
    url: str = Field(pattern=r"^https://\S+$")
    # where the bot's own HTTP server listens; the proxy forwards to it (0 = any free port, tests)
    listen: str = "127.0.0.1"
    port: int = Field(8443, ge=0, le=65535)
    path: str = Field("/telegram", pattern=r"^/\S*$")
    # Telegram echoes it in X-Telegram-Bot-Api-Secret-Token; requests without it are refused
    secret_token: str

    @field_validator("secret_token")
    @classmethod
    def _secret_shape(cls, value: str) -> str:
        if not _SECRET.match(value):
            raise ValueError("secret_token must be 1-256 characters of A-Z a-z 0-9 _ - "
                             "(e.g. export TELEGRAM_WEBHOOK_SECRET=$(openssl rand -hex 32))")
        return value


class RateLimitConfig(StrictModel):
    # Telegram's documented flood limits; lower them if you see 429s in the log
    overall_per_second: float = Field(30, gt=0)
    group_per_minute: int = Field(20, ge=1)
    # minimum gap between two messages in one chat
    per_chat_interval: float = Field(1.0, ge=0)
    # a 429 "retry after N" is waited out and the request repeated up to this many times
    max_retries: int = Field(5, ge=0, le=50)


class Config(AdapterConfig):
    # from @BotFather; write it as ${TELEGRAM_BOT_TOKEN}, never in the file
    token: str = ""
    mode: Literal["polling", "webhook"] = "polling"
    webhook: WebhookConfig | None = None
    # group ids the bot serves (negative, e.g. -1001234567890); empty = every group it is in
    channels: list[str] = Field(default_factory=list)
    # answer viewers who write to the bot privately
    private_chats: bool = True
    # long-poll length of one getUpdates call, and the pause between calls
    poll_timeout: int = Field(10, ge=1, le=50)
    poll_interval: float = Field(0.0, ge=0)
    # skip messages sent while the bot was offline instead of handling them at start
    drop_pending_updates: bool = False
    # messages handled at the same time: a slow answer (an LLM rewording one reply) must not hold up
    # moderation of the messages behind it. 1 = strictly one after another
    max_concurrent_updates: int = Field(32, ge=1, le=512)
    # how long a chat's administrator list (who is a moderator) is trusted before asking again
    admin_cache_seconds: float = Field(300, ge=0)
    rate_limits: RateLimitConfig = Field(default_factory=RateLimitConfig)
    # a local Bot API server or a test fake; the token is appended as in the real API
    base_url: str = "https://api.telegram.org/bot"
    base_file_url: str = "https://api.telegram.org/file/bot"

    @field_validator("token")
    @classmethod
    def _token_shape(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("the bot token is missing or empty: write token: ${TELEGRAM_BOT_TOKEN} and "
                             "export TELEGRAM_BOT_TOKEN=<the token @BotFather gave you>")
        if not _TOKEN.match(value):
            raise ValueError("this is not a bot token (expected <digits>:<letters>, as @BotFather prints it); "
                             "check TELEGRAM_BOT_TOKEN")
        return value

    @field_validator("channels", mode="before")
    @classmethod
    def _ids_as_text(cls, value: Any) -> Any:
        # YAML reads -1001234 as a number; chat ids are compared as text
        return [str(v) for v in value] if isinstance(value, list) else value

    @model_validator(mode="after")
    def _webhook_needs_settings(self) -> Config:
        if self.mode == "webhook" and self.webhook is None:
            raise ValueError("mode: webhook needs a webhook section (url, secret_token)")
        return self


def create(config: Config, bot: BotCore) -> TelegramAdapter:
    from adapters.telegram.adapter import TelegramAdapter

    return TelegramAdapter(config, bot)
