"""Plumbing every fake server shares: serve an aiohttp app on 127.0.0.1, answer JSON.

    self._server = LoopbackServer()
    await self._server.start(app)          # a free port the OS picks
    self._server.url("/v1")                # "http://127.0.0.1:PORT/v1"
    await self._server.stop()
"""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web


class LoopbackServer:
    def __init__(self) -> None:
        self.port = 0
        self._runner: web.AppRunner | None = None

    async def start(self, app: web.Application, **runner_options: Any) -> None:
        self._runner = web.AppRunner(app, **runner_options)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    def url(self, path: str = "", scheme: str = "http") -> str:
        return f"{scheme}://127.0.0.1:{self.port}{path}"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None


def json_response(data: Any, status: int = 200, *, headers: dict[str, str] | None = None,
                  exact_type: bool = False) -> web.Response:
    """A JSON answer; ``exact_type`` sends ``Content-Type: application/json`` with no charset
    (discord.py treats a body with a charset as text)."""
    if exact_type:
        return web.Response(status=status, body=json.dumps(data).encode(),
                            headers={"Content-Type": "application/json", **(headers or {})})
    return web.json_response(data, status=status, headers=headers)
