"""A fake OpenAI-compatible server on 127.0.0.1 for tests (real HTTP, SSE streaming too).

    async with FakeOpenAIServer() as llm:                 # answers "OK" unless told otherwise
        llm.push(Scripted("Grab the hoodie for $49!"))    # the next request gets this
        llm.push(Scripted(delay=5))                       # ... the one after hangs for 5 s
        llm.push(Scripted(status=500))                    # ... then fails
        llm.responder = lambda body: Scripted(text=...)   # or decide from the request body
        cfg = LLMConfig(base_url=llm.base_url, ...)
        ...
        llm.requests[-1]["messages"]                      # what the bot sent

Queued responses are used first, in order; when the queue is empty ``responder`` (if set) or
``default`` answers. ``Scripted`` controls text, delays, status codes, dropped connections and
usage numbers. Streaming requests (``"stream": true``) get the text split into chunks.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from tests.fakes.loopback import LoopbackServer


@dataclass
class Scripted:
    text: str = "OK"
    delay: float = 0.0  # seconds before the response starts
    status: int = 200  # != 200: an OpenAI-style error body with this status
    chunk_delay: float = 0.0  # streaming: seconds between chunks
    chunk_size: int = 2  # streaming: words per chunk
    drop: bool = False  # close the connection without an answer
    finish_reason: str = "stop"
    prompt_tokens: int | None = None  # None: counted from the request (words)
    completion_tokens: int | None = None


class FakeOpenAIServer:
    def __init__(self, default: Scripted | None = None, model: str = "fake-model") -> None:
        self.default = default or Scripted()
        self.model = model
        self.responder: Callable[[dict[str, Any]], Scripted | str] | None = None
        self.requests: list[dict[str, Any]] = []
        self._queue: deque[Scripted] = deque()
        self._server = LoopbackServer()

    # ------------------------------------------------------------------ scripting
    def push(self, *responses: Scripted | str) -> None:
        for r in responses:
            self._queue.append(Scripted(r) if isinstance(r, str) else r)

    def _next(self, body: dict[str, Any]) -> Scripted:
        if self._queue:
            return self._queue.popleft()
        if self.responder is not None:
            r = self.responder(body)
            return Scripted(r) if isinstance(r, str) else r
        return self.default

    @property
    def base_url(self) -> str:
        return self._server.url("/v1")

    # ------------------------------------------------------------------ lifecycle
    async def start(self) -> FakeOpenAIServer:
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._chat)
        app.router.add_get("/v1/models", self._models)
        app.router.add_get("/health", self._health)
        await self._server.start(app, shutdown_timeout=0.1)
        return self

    async def stop(self) -> None:
        await self._server.stop()

    async def __aenter__(self) -> FakeOpenAIServer:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # ------------------------------------------------------------------ handlers
    async def _health(self, request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    async def _models(self, request: web.Request) -> web.Response:
        return web.json_response({"object": "list", "data": [{"id": self.model, "object": "model"}]})

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.requests.append(body)
        script = self._next(body)
        if script.delay:
            await asyncio.sleep(script.delay)
        if request.transport is None or request.transport.is_closing():
            return web.Response(status=499)  # the client gave up waiting: nobody to answer
        if script.drop:
            assert request.transport is not None
            request.transport.close()
            raise web.HTTPInternalServerError()  # never reaches the client: the socket is gone
        if script.status != 200:
            return web.json_response(
                {"error": {"message": f"scripted failure {script.status}", "type": "server_error", "code": None}},
                status=script.status)
        usage = self._usage(body, script)
        if body.get("stream"):
            try:
                return await self._stream(request, body, script, usage)
            except ConnectionResetError:  # the client stopped reading mid-stream (its deadline)
                return web.Response(status=499)
        return web.json_response({
            "id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()),
            "model": body.get("model", self.model),
            "choices": [{"index": 0, "message": {"role": "assistant", "content": script.text},
                         "finish_reason": script.finish_reason}],
            "usage": usage,
        })

    async def _stream(self, request: web.Request, body: dict[str, Any], script: Scripted,
                      usage: dict[str, int]) -> web.StreamResponse:
        resp = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"})
        await resp.prepare(request)
        base = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": int(time.time()),
                "model": body.get("model", self.model)}

        async def send(choices: list[dict[str, Any]], **extra: Any) -> None:
            await resp.write(f"data: {json.dumps({**base, 'choices': choices, **extra})}\n\n".encode())

        await send([{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}])
        for i, piece in enumerate(_chunks(script.text, script.chunk_size)):
            if i and script.chunk_delay:
                await asyncio.sleep(script.chunk_delay)
            await send([{"index": 0, "delta": {"content": piece}, "finish_reason": None}])
        await send([{"index": 0, "delta": {}, "finish_reason": script.finish_reason}])
        if (body.get("stream_options") or {}).get("include_usage"):
            await send([], usage=usage)
        await resp.write(b"data: [DONE]\n\n")
        await resp.write_eof()
        return resp

    @staticmethod
    def _usage(body: dict[str, Any], script: Scripted) -> dict[str, int]:
        prompt = script.prompt_tokens
        if prompt is None:
            prompt = sum(len(str(m.get("content", "")).split()) for m in body.get("messages", []))
        completion = script.completion_tokens
        if completion is None:
            completion = len(script.text.split())
        return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def _chunks(text: str, words: int) -> list[str]:
    """Split text into pieces of ``words`` words, keeping the spaces so they join back exactly."""
    tokens = text.split(" ")
    pieces = [" ".join(tokens[i:i + words]) for i in range(0, len(tokens), max(1, words))]
    return [p if i == 0 else " " + p for i, p in enumerate(pieces)] or [""]
