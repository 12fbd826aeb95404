"""Webhook mode: a small aiohttp server that receives Telegram's updates and feeds PTB's queue.

Telegram POSTs each update as JSON to ``webhook.url + webhook.path`` (usually through a reverse proxy
terminating HTTPS) with the secret token in ``X-Telegram-Bot-Api-Secret-Token``; anything without
the right token is refused. Updates are handed to the Application's ``update_queue``, so handlers
run exactly as in polling mode. aiohttp is already a dependency; PTB's own webhook server would
need tornado.
"""

from __future__ import annotations

import hmac
import json
import logging
from typing import Any

from aiohttp import web
from telegram import Update

log = logging.getLogger("livebot.telegram")

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


class WebhookServer:
    def __init__(self, application: Any, *, listen: str, port: int, path: str, secret_token: str) -> None:
        self.application = application
        self.listen, self.port, self.path = listen, port, path
        self.secret_token = secret_token
        self._runner: web.AppRunner | None = None

    async def start(self) -> int:
        """Start listening; returns the port (useful when 0 asked for any free one)."""
        app = web.Application(client_max_size=4 * 1024 * 1024)
        app.router.add_post(self.path, self._receive)
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.listen, self.port)
        await site.start()
        sockets = getattr(site._server, "sockets", None) or []  # noqa: SLF001 - aiohttp keeps no public accessor
        if sockets:
            self.port = sockets[0].getsockname()[1]
        log.info("webhook server listening on %s:%d%s", self.listen, self.port, self.path)
        return self.port

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _receive(self, request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self.secret_token.encode()):
            log.warning("refused a webhook request from %s without the right secret token",
                        request.remote)
            return web.Response(status=403)
        try:
            data = json.loads(await request.read())
            update = Update.de_json(data, self.application.bot)
        except (ValueError, TypeError, KeyError) as exc:
            log.warning("ignored a malformed webhook update: %s", exc)
            return web.Response(status=400)
        await self.application.update_queue.put(update)
        return web.Response(status=200)
