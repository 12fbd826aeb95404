"""Keep the bot token out of the logs.

The Bot API puts the token in every URL, and httpx logs each request URL (at DEBUG here, INFO in
httpx's own default). Anyone holding the token controls the bot, and logs get pasted into issues,
so every log line that reaches the bot's handlers has the token replaced.
"""

from __future__ import annotations

import logging

PLACEHOLDER = "<TELEGRAM_BOT_TOKEN>"


class TokenRedactor(logging.Filter):
    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken log call is not ours to fix here
            return True
        if self.token and self.token in message:
            record.msg, record.args = message.replace(self.token, PLACEHOLDER), None
        if record.exc_info and record.exc_info[1] is not None and self.token in str(record.exc_info[1]):
            # the formatted traceback would repeat the URL: keep the type and the redacted text only
            record.msg = f"{record.msg} ({type(record.exc_info[1]).__name__}: " \
                         f"{str(record.exc_info[1]).replace(self.token, PLACEHOLDER)})"
            record.exc_info, record.exc_text = None, None
        return True

    def install(self) -> None:
        """Attach to the root handlers (records from every logger pass them) and to httpx's logger."""
        for handler in logging.getLogger().handlers:
            handler.addFilter(self)
        logging.getLogger("httpx").addFilter(self)

    def uninstall(self) -> None:
        for handler in logging.getLogger().handlers:
            handler.removeFilter(self)
        logging.getLogger("httpx").removeFilter(self)
