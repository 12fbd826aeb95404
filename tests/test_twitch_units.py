"""Twitch adapter pieces that need no server: override points, config, roles, dedupe, rate gate, tokens."""

from __future__ import annotations

import time

import pytest

from adapters.twitch import Config
from adapters.twitch.convert import RecentIds, role_from_badges
from adapters.twitch.endpoints import (
    EVENTSUB_DEFAULT,
    HELIX_DEFAULT,
    OAUTH_DEFAULT,
    check_override_points,
    point_twitchio_at,
    restore,
)
from adapters.twitch.helix import HelixRateGate
from adapters.twitch.tokens import TokenVault
from bot.config import ConfigError, load_config
from bot.events import Role
from bot.store import Store


def test_twitchio_override_points_have_not_moved():
    """Fails loudly when a twitchio upgrade moves Route.BASE / Route.ID_BASE / eventsub WSS.

    The adapter (and its tests) point twitchio at other endpoints through these internals;
    pyproject pins twitchio>=3.3,<3.4 for that reason."""
    import twitchio

    assert twitchio.__version__.startswith("3.3."), f"twitchio {twitchio.__version__}: re-check endpoints.py"
    current = check_override_points()
    assert current.helix == HELIX_DEFAULT
    assert current.oauth == OAUTH_DEFAULT
    assert current.eventsub == EVENTSUB_DEFAULT
    # and they really are what twitchio reads when it builds a URL / opens the socket
    from twitchio.http import Route

    previous = point_twitchio_at("http://127.0.0.1:9/helix", "http://127.0.0.1:9/id", "ws://127.0.0.1:9/ws")
    try:
        assert Route("GET", "users", params={"id": "1"}).url == "http://127.0.0.1:9/helix/users?id=1"
        assert Route("GET", "/oauth2/validate", use_id=True).url == "http://127.0.0.1:9/id/oauth2/validate"
        from twitchio.eventsub import websockets

        assert websockets.WSS == "ws://127.0.0.1:9/ws"
    finally:
        restore(previous)
    assert check_override_points() == current


def test_config_from_yaml_with_env_secrets(tmp_path, monkeypatch):
    monkeypatch.setenv("TWITCH_CLIENT_ID", "cid")
    monkeypatch.setenv("TWITCH_CLIENT_SECRET", "s3cret")
    monkeypatch.setenv("TWITCH_BOT_ID", "111")
    monkeypatch.setenv("TWITCH_ACCESS_TOKEN", "tok")
    monkeypatch.setenv("TWITCH_REFRESH_TOKEN", "ref")
    path = tmp_path / "livebot.yaml"
    path.write_text(
        "storage: {url: 'sqlite://'}\n"
        "adapters:\n"
        "  twitch:\n"
        "    client_id: ${TWITCH_CLIENT_ID}\n"
        "    client_secret: ${TWITCH_CLIENT_SECRET}\n"
        "    bot_id: ${TWITCH_BOT_ID}\n"
        "    access_token: ${TWITCH_ACCESS_TOKEN}\n"
        "    refresh_token: ${TWITCH_REFRESH_TOKEN}\n"
        "    channels: ['#Luma_Live', '222']\n"
        "    moderator: [luma_live]\n"
    )
    cfg = load_config(path, []).adapters.twitch
    assert isinstance(cfg, Config)
    assert cfg.client_secret.get_secret_value() == "s3cret" and "s3cret" not in repr(cfg)
    assert cfg.channels == ["luma_live", "222"]
    assert cfg.is_moderator_in("luma_live", "222") and not cfg.is_moderator_in("other", "999")


def test_config_requires_channels_and_numeric_bot_id(tmp_path):
    path = tmp_path / "livebot.yaml"
    path.write_text("adapters:\n  twitch:\n    client_id: a\n    client_secret: b\n    bot_id: luma_bot\n")
    with pytest.raises(ConfigError) as err:
        load_config(path, [])
    text = str(err.value) + " ".join(str(p) for p in err.value.problems)
    assert "bot_id" in text and "channels" in text


def test_roles_from_badges():
    assert role_from_badges([]) is Role.VIEWER
    assert role_from_badges(["subscriber"]) is Role.SUBSCRIBER
    assert role_from_badges(["founder"]) is Role.SUBSCRIBER
    assert role_from_badges(["subscriber", "vip"]) is Role.VIP
    assert role_from_badges(["vip", "moderator", "subscriber"]) is Role.MODERATOR
    assert role_from_badges(["broadcaster", "subscriber"]) is Role.BROADCASTER
    assert role_from_badges(["glhf-pledge"], is_broadcaster=True) is Role.BROADCASTER


def test_recent_ids_is_a_bounded_lru():
    recent = RecentIds(3)
    assert [recent.seen(x) for x in "abc"] == [False] * 3
    assert recent.seen("a") is True       # refreshes a
    assert recent.seen("d") is False      # evicts b, the least recently seen
    assert len(recent) == 3
    assert recent.seen("b") is False and recent.seen("a") is True


def test_rate_gate_reads_twitch_headers():
    now = [1000.0]
    gate = HelixRateGate(now=lambda: now[0])
    gate.observe(200, {"Ratelimit-Remaining": "799", "Ratelimit-Reset": "1060"})
    assert gate.wait_time() == 0
    gate.observe(200, {"Ratelimit-Remaining": "0", "Ratelimit-Reset": "1002"})  # bucket empty: wait
    assert gate.wait_time() == pytest.approx(2.0)
    gate.observe(429, {"Ratelimit-Reset": "1003"})
    assert gate.wait_time() == pytest.approx(3.0) and gate.limited == 1
    gate.observe(429, {})                       # no header: a short fallback, never zero
    assert gate.wait_time() > 0
    gate.observe(429, {"Ratelimit-Reset": str(time.time() + 10**6)})  # absurd reset: capped
    assert gate.wait_time() <= 60.0


async def test_token_vault_keeps_refreshed_tokens_over_a_stale_seed():
    store = Store("sqlite://")
    vault = TokenVault(store, "cid")
    assert await vault.tokens_to_load("111", "seed-tok", "seed-ref") == {"111": ("seed-tok", "seed-ref")}
    await vault.save("111", "fresh-tok", "fresh-ref")                 # twitchio refreshed it
    # restart with the same (now stale) token in the config: the stored fresh one wins
    assert await vault.tokens_to_load("111", "seed-tok", "seed-ref") == {"111": ("fresh-tok", "fresh-ref")}
    # the admin pasted a new token: it replaces the stored one
    assert await vault.tokens_to_load("111", "new-tok", "new-ref") == {"111": ("new-tok", "new-ref")}
    # no seed at all: whatever is stored
    assert await vault.tokens_to_load("111", None, None) == {"111": ("new-tok", "new-ref")}
    assert store.kv_get("twitch", "tokens:cid")["users"]["111"]["token"] == "new-tok"


async def test_twitch_login_device_code_flow_prints_the_bot_tokens():
    import io

    from adapters.twitch.cli import device_login
    from adapters.twitch.client import BOT_SCOPES
    from tests.fakes.twitch_api import FakeTwitch

    async with FakeTwitch() as fake:
        fake.add_user("111", "luma_bot")
        fake.device_login_user = "111"
        out = io.StringIO()
        result = await device_login(fake.client_id, fake.client_secret, out=out, oauth_url=fake.oauth_url)
        assert fake.user_tokens[result["access_token"]]["user_id"] == "111"
        (device,) = [r for r in fake.requests if r.path == "/id/oauth2/device"]
        assert set(device.body["scopes"].split()) == set(BOT_SCOPES)
        polls = [r for r in fake.requests if r.path == "/id/oauth2/token"]
        assert len(polls) == 2  # "authorization_pending" once, then the tokens
        with pytest.raises(Exception, match="invalid client secret"):
            await device_login(fake.client_id, "wrong", out=io.StringIO(), oauth_url=fake.oauth_url)
    assert result["bot_id"] == "111"
    assert f"export TWITCH_ACCESS_TOKEN={result['access_token']}" in out.getvalue()
    assert "ABCD-EFGH" in out.getvalue() and "Warning" not in out.getvalue()


def test_mentions_and_replies_to_the_bot_are_flagged_and_stripped():
    from types import SimpleNamespace as NS

    def payload(text: str, reply_parent: tuple[str, str] | None = None) -> NS:
        reply = None
        if reply_parent:
            reply = NS(parent_message_id="m0", parent_user=NS(id=reply_parent[0], name=reply_parent[1],
                                                               display_name=reply_parent[1].title()))
        return NS(broadcaster=NS(id="222", name="luma_live"), chatter=NS(id="9", name="ann", display_name="Ann"),
                  badges=[NS(set_id="subscriber")], text=text, id="m1", reply=reply)

    def convert(p: NS):  # noqa: ANN202
        from adapters.twitch.convert import to_chat_message

        return to_chat_message(p, platform="twitch", now=5.0, bot_id="111", bot_names=("luma_bot", "LumaBot"))

    m = convert(payload("@LumaBot, how much is the mug?"))
    assert m.text == "how much is the mug?" and m.meta["reply_to_bot"] is True
    assert m.author.role is Role.SUBSCRIBER and m.channel == "luma_live"
    m = convert(payload("@Luma_Bot !price mug", reply_parent=("111", "luma_bot")))
    assert m.text == "!price mug" and m.reply_to == "m0" and m.meta["reply_to_bot"] is True
    m = convert(payload("@Helper thanks", reply_parent=("5", "helper")))
    assert m.text == "thanks" and "reply_to_bot" not in m.meta
    m = convert(payload("@luma_botanist is a great name"))  # another user whose name starts like the bot's
    assert m.text == "@luma_botanist is a great name" and "reply_to_bot" not in m.meta
