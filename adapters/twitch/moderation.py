"""Moderation through Helix: delete, timeout, ban, unban, warn, always as the bot (moderator) with its token.

A mixin of TwitchAdapter; every call goes through ``HelixCaller`` (429 waits, missing scope or
moderator status logged and raised as AdapterError, so the outbound does not retry them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.events import AdapterError, Author, Ban, Delete, Timeout, Unban, Warn

if TYPE_CHECKING:  # pragma: no cover
    from adapters.twitch.adapter import ChannelRef
    from adapters.twitch.client import LiveBotTwitchClient
    from adapters.twitch.helix import HelixCaller

MAX_TIMEOUT = 1_209_600  # Twitch's longest timeout: 14 days


class HelixModeration:
    bot_id: str
    client: LiveBotTwitchClient | None
    helix: HelixCaller

    if TYPE_CHECKING:  # provided by TwitchAdapter
        def channel(self, name: str) -> ChannelRef: ...
        def _partial(self, user_id: str, login: str | None = None) -> Any: ...

    async def delete(self, action: Delete) -> None:
        if not action.message_id:
            # Helix deletes EVERY message in the chat when message_id is missing
            raise AdapterError("twitch: delete without a message id refused (it would clear the whole chat)")
        ref = self.channel(action.channel)
        b = self._partial(ref.id, ref.login)
        await self.helix.call(f"delete message in #{ref.login}", "moderator:manage:chat_messages",
                              lambda: b.delete_chat_messages(moderator=self.bot_id, message_id=action.message_id,
                                                             token_for=self.bot_id))

    async def timeout(self, action: Timeout) -> None:
        ref = self.channel(action.channel)
        user_id = await self._user_id(action.user)
        seconds = max(1, min(int(action.seconds), MAX_TIMEOUT))
        b = self._partial(ref.id, ref.login)
        await self.helix.call(f"timeout in #{ref.login}", "moderator:manage:banned_users",
                              lambda: b.timeout_user(moderator=self.bot_id, user=user_id, duration=seconds,
                                                     reason=_reason(action.reason), token_for=self.bot_id))

    async def ban(self, action: Ban) -> None:
        ref = self.channel(action.channel)
        user_id = await self._user_id(action.user)
        b = self._partial(ref.id, ref.login)
        await self.helix.call(f"ban in #{ref.login}", "moderator:manage:banned_users",
                              lambda: b.ban_user(moderator=self.bot_id, user=user_id, reason=_reason(action.reason),
                                                 token_for=self.bot_id))

    async def unban(self, action: Unban) -> None:
        ref = self.channel(action.channel)
        user_id = await self._user_id(action.user)
        b = self._partial(ref.id, ref.login)
        await self.helix.call(f"unban in #{ref.login}", "moderator:manage:banned_users",
                              lambda: b.unban_user(moderator=self.bot_id, user_id=user_id, token_for=self.bot_id))

    async def warn(self, action: Warn) -> None:
        ref = self.channel(action.channel)
        user_id = await self._user_id(action.user)
        b = self._partial(ref.id, ref.login)
        reason = _reason(action.reason) or "Please follow the chat rules."  # Twitch requires a reason
        await self.helix.call(f"warn in #{ref.login}", "moderator:manage:warnings",
                              lambda: b.warn_user(moderator=self.bot_id, user_id=user_id, reason=reason,
                                                  token_for=self.bot_id))

    async def _user_id(self, user: Author | None) -> str:
        if user is None:
            raise AdapterError("twitch: no user given")
        if user.id.isdigit():
            return user.id
        assert self.client is not None
        found = await self.client.fetch_users(logins=[user.name.lstrip("@").lower()])
        if not found:
            raise AdapterError(f"twitch: no user named {user.name!r}")
        return str(found[0].id)



def _reason(reason: str) -> str:
    return (reason or "").strip()[:500]
