"""The Telegram adapter's pieces on their own: command mapping, authors, refusals, the rate limiter."""

from __future__ import annotations

import asyncio
import logging
import time
from types import SimpleNamespace
from typing import Any

import pytest
from telegram.error import BadRequest, Forbidden, RetryAfter

from adapters.telegram.incoming import author_of, command_text
from adapters.telegram.ratelimit import TelegramRateLimiter
from adapters.telegram.rights import RightsReporter, is_missing_right
from adapters.telegram.roles import AdminCache
from bot.events import AdapterError, Role

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

KNOWN = {"price", "help", "commands"}


@pytest.mark.parametrize(("text", "expected"), [
    ("/price hoodie", ("!price hoodie", "price")),
    ("/PRICE@LiveBot_Shop_Bot  blue hoodie ", ("!price blue hoodie", "price")),
    ("/price@other_bot hoodie", ("/price@other_bot hoodie", None)),
    ("/unknown thing", ("/unknown thing", None)),
    ("/start", ("!help", "help")),
    ("/", ("/", None)),
    ("price /price", ("price /price", None)),
])
def test_commands_map_onto_the_core_prefix(text: str, expected: tuple[str, str | None]) -> None:
    assert command_text(text, "livebot_shop_bot", KNOWN.__contains__, "!") == expected


def _message(**fields: Any) -> SimpleNamespace:
    base = {"sender_chat": None, "is_automatic_forward": None, "chat": SimpleNamespace(id=-100),
            "from_user": SimpleNamespace(id=5, username=None, full_name="Ann Lee")}
    return SimpleNamespace(**{**base, **fields})


def test_authors_users_anonymous_admins_and_channels() -> None:
    user = author_of(_message(), Role.MODERATOR)
    assert (user.id, user.name, user.role) == ("5", "Ann Lee", Role.MODERATOR)
    anonymous = author_of(_message(sender_chat=SimpleNamespace(id=-100, username=None, title="Shop")), Role.VIEWER)
    assert anonymous.role == Role.MODERATOR and anonymous.name == "Shop"
    channel = author_of(_message(sender_chat=SimpleNamespace(id=-200, username="spamchan", title="x")), Role.VIEWER)
    assert (channel.id, channel.name, channel.role) == ("-200", "spamchan", Role.VIEWER)


def test_refusals_are_recognised_and_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    assert is_missing_right(BadRequest("Not enough rights to restrict/unrestrict chat member"))
    assert is_missing_right(Forbidden("bot was kicked from the supergroup chat"))
    assert not is_missing_right(BadRequest("Message to delete not found"))
    reporter = RightsReporter()
    with caplog.at_level(logging.ERROR, "livebot.telegram"):
        errors = [reporter.refused("delete", "-1", BadRequest("message can't be deleted")) for _ in range(3)]
        reporter.refused("delete", "-2", BadRequest("message can't be deleted"))
        reporter.refused("ban", "-1", BadRequest("not enough rights"))
    assert all(isinstance(e, AdapterError) for e in errors)
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 3
    assert "-1" in lines[0] and "can_delete_messages" in lines[0] and "Delete messages" in lines[0]
    assert "can_restrict_members" in lines[2]


async def test_admin_cache_asks_once_per_ttl_and_survives_failures() -> None:
    now = [0.0]
    calls: list[int] = []
    fail = [False]

    async def fetch(chat_id: int) -> list[Any]:
        calls.append(chat_id)
        if fail[0]:
            raise OSError("down")
        return [SimpleNamespace(status="creator", user=SimpleNamespace(id=1)),
                SimpleNamespace(status="administrator", user=SimpleNamespace(id=2))]

    cache = AdminCache(fetch, ttl=60, now=lambda: now[0])
    assert await cache.role(-1, 1) == Role.BROADCASTER
    assert await cache.role(-1, 2) == Role.MODERATOR
    assert await cache.role(-1, 3) == Role.VIEWER
    assert calls == [-1]
    now[0], fail[0] = 61.0, True
    assert await cache.role(-1, 2) == Role.MODERATOR  # last known list while Telegram is unreachable
    assert await cache.role(-1, 2) == Role.MODERATOR
    assert calls == [-1, -1]  # and it does not ask again on every message


class Recorder:
    def __init__(self, fail_with: list[Exception] | None = None) -> None:
        self.times: list[float] = []
        self.fail_with = list(fail_with or [])

    async def __call__(self, *args: Any, **kwargs: Any) -> bool:
        self.times.append(time.monotonic())
        if self.fail_with:
            raise self.fail_with.pop(0)
        return True


async def send(limiter: TelegramRateLimiter, callback: Recorder, endpoint: str, chat: Any) -> Any:
    return await limiter.process_request(callback, (), {}, endpoint, {"chat_id": chat}, None)


async def test_one_chat_gets_a_gap_between_messages_other_chats_do_not_wait() -> None:
    limiter = TelegramRateLimiter(per_chat_interval=0.5)
    same, other, moderation = Recorder(), Recorder(), Recorder()
    await asyncio.gather(send(limiter, same, "sendMessage", -1), send(limiter, same, "sendMessage", -1),
                         send(limiter, other, "sendMessage", -2), send(limiter, moderation, "deleteMessage", -1),
                         send(limiter, moderation, "deleteMessage", -1))
    assert same.times[1] - same.times[0] >= 0.49
    # ordering, not timing: nothing else waited for chat -1's gap
    assert other.times[0] < same.times[1]
    assert moderation.times[1] < same.times[1]  # moderation is never held back


async def test_bot_wide_rate_is_kept() -> None:
    limiter = TelegramRateLimiter(overall_per_second=5, per_chat_interval=0)
    rec = Recorder()
    await asyncio.gather(*(send(limiter, rec, "sendMessage", -i) for i in range(1, 8)))
    rec.times.sort()
    assert rec.times[5] - rec.times[0] >= 0.95  # the 6th message waits for the first second to pass


async def test_429_on_a_moderation_call_is_waited_out_and_repeated() -> None:
    limiter = TelegramRateLimiter(max_retries=2)
    rec = Recorder([RetryAfter(1)])
    assert await send(limiter, rec, "deleteMessage", -1) is True
    assert len(rec.times) == 2 and rec.times[1] - rec.times[0] >= 1.0
    assert limiter.retries_after_429 == 1
    stubborn = Recorder([RetryAfter(0), RetryAfter(0), RetryAfter(0)])
    with pytest.raises(RetryAfter):  # handed back to the outbound queue after max_retries
        await send(limiter, stubborn, "banChatMember", -1)
    assert len(stubborn.times) == 3
