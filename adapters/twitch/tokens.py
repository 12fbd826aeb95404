"""The bot's Twitch user tokens, kept in the project's store (``kv`` table), never in a loose file.

twitchio manages tokens per user id and refreshes them; it calls ``load_tokens`` at login and
``save_tokens`` at close, and dispatches ``token_refreshed`` after each refresh. The client hands
all three to this vault. Tokens from the config (``${TWITCH_ACCESS_TOKEN}``...) seed the vault;
a refreshed token in the store wins over the seed until the seed itself changes (a new login).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from bot.store import Store

log = logging.getLogger("livebot.twitch")

NAMESPACE = "twitch"


def _fingerprint(token: str, refresh: str) -> str:
    return hashlib.sha256(f"{token}\0{refresh}".encode()).hexdigest()[:16]


class TokenVault:
    def __init__(self, store: Store, client_id: str) -> None:
        self.store = store
        # one app may be swapped for another: tokens are kept per client id
        self.key = f"tokens:{client_id}"

    async def _read(self) -> dict[str, Any]:
        data = await asyncio.to_thread(self.store.kv_get, NAMESPACE, self.key, None)
        return data if isinstance(data, dict) else {"users": {}, "seeds": {}}

    async def _write(self, data: dict[str, Any]) -> None:
        await asyncio.to_thread(self.store.kv_set, NAMESPACE, self.key, data)

    async def tokens_to_load(self, seed_user: str, seed_token: str | None,
                             seed_refresh: str | None) -> dict[str, tuple[str, str]]:
        """user id -> (access, refresh) to hand to twitchio at login.

        The config's seed replaces the stored pair for ``seed_user`` only when the seed changed
        since it was last used: a restart must not roll a refreshed token back to a stale one.
        """
        data = await self._read()
        users: dict[str, Any] = dict(data.get("users", {}))
        seeds: dict[str, str] = dict(data.get("seeds", {}))
        if seed_token:
            fp = _fingerprint(seed_token, seed_refresh or "")
            if seeds.get(seed_user) != fp or seed_user not in users:
                users[seed_user] = {"token": seed_token, "refresh": seed_refresh or ""}
                seeds[seed_user] = fp
                await self._write({"users": users, "seeds": seeds})
                log.info("twitch: using the token from the config for user %s", seed_user)
        return {uid: (v["token"], v.get("refresh", "")) for uid, v in users.items() if v.get("token")}

    async def save(self, user_id: str, token: str, refresh: str) -> None:
        data = await self._read()
        data.setdefault("users", {})[user_id] = {"token": token, "refresh": refresh}
        data.setdefault("seeds", {})
        await self._write(data)
        log.info("twitch: stored the refreshed token for user %s", user_id)

    async def save_all(self, tokens: dict[str, Any]) -> None:
        """Store twitchio's whole token mapping (called when the client closes)."""
        if not tokens:
            return
        data = await self._read()
        users = data.setdefault("users", {})
        for uid, entry in tokens.items():
            users[uid] = {"token": entry["token"], "refresh": entry.get("refresh", "")}
        data.setdefault("seeds", {})
        await self._write(data)
