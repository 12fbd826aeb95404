"""Turning Telegram's refusals into one clear instruction for the admin, logged once per chat.

A bot that is not an administrator (or lacks one right) gets ``400 Bad Request: not enough rights``
or ``403 Forbidden`` for every moderation call. Logging that for each spam message would bury the
log, and retrying it is pointless; so the first refusal in a chat logs which right to grant, and
every refusal becomes an ``AdapterError`` (the outbound logs one line and does not retry).
"""

from __future__ import annotations

import logging

from telegram.error import BadRequest, Forbidden, TelegramError

from bot.events import AdapterError

log = logging.getLogger("livebot.telegram")

# action -> (the administrator right it needs, its name in Telegram's "Edit admin rights" screen)
RIGHTS = {
    "delete": ("can_delete_messages", "Delete messages"),
    "timeout": ("can_restrict_members", "Ban users"),
    "ban": ("can_restrict_members", "Ban users"),
    "unban": ("can_restrict_members", "Ban users"),
    "pin": ("can_pin_messages", "Pin messages"),
    "send": ("can_send_messages", "Send messages"),
}

_RIGHTS_PHRASES = ("not enough rights", "chat_admin_required", "need administrator rights", "have no rights",
                   "message can't be deleted", "not an administrator", "admin privileges are required")


def is_missing_right(exc: TelegramError) -> bool:
    if isinstance(exc, Forbidden):
        return True
    return isinstance(exc, BadRequest) and any(p in exc.message.lower() for p in _RIGHTS_PHRASES)


class RightsReporter:
    def __init__(self) -> None:
        self._reported: set[tuple[str, str]] = set()

    def refused(self, action: str, chat: str, exc: TelegramError) -> AdapterError:
        """Log (once per chat and right) what to grant; return the error to raise."""
        right, label = RIGHTS.get(action, ("administrator", "administrator"))
        if isinstance(exc, Forbidden) and "kicked" in exc.message.lower():
            key, advice = (chat, "member"), "the bot was removed from this chat: add it back as an administrator"
        else:
            key = (chat, right)
            advice = (f"make the bot an administrator of this chat with the right '{label}' ({right})"
                      if action != "send" else
                      "the bot may not post here: allow it to send messages (or make it an administrator)")
        if key not in self._reported:
            self._reported.add(key)
            log.error("chat %s: cannot %s (%s). To fix: %s. Until then these actions are skipped; "
                      "the bot keeps running.", chat, action, exc.message, advice)
        return AdapterError(f"telegram refused {action} in chat {chat}: {exc.message} (needs {right})")
