"""A stand-in for Microsoft's Edge read-aloud websocket (what edge-tts talks to), on 127.0.0.1.

Wire protocol (as edge-tts 7.x speaks it):
- the client connects to ``/edge/v1?TrustedClientToken=...&ConnectionId=...&Sec-MS-GEC=...``
- it sends two text frames: ``Path:speech.config`` (JSON with the output format), then
  ``Path:ssml`` (headers, a blank line, the SSML with the voice name and the escaped text)
- the server answers with a text frame ``Path:turn.start``, binary audio frames (a 2-byte
  big-endian header length, the header block ending in CRLF, then MP3 bytes), and a text frame
  ``Path:turn.end``.

Modes: "ok" streams ``audio`` in chunks; "stall" accepts and says nothing (a hung service).

    async with EdgeTTSServer(mp3_bytes) as server:
        monkeypatch.setattr(edge_tts.communicate, "WSS_URL", server.wss_url)
"""

from __future__ import annotations

import re
import socket
from dataclasses import dataclass, field

import pytest
from aiohttp import WSMsgType, web

from tests.fakes.loopback import LoopbackServer


@dataclass
class SynthesisRequest:
    query: dict[str, str]
    config: str = ""
    ssml: str = ""
    voice: str = ""
    text: str = ""
    headers: dict[str, str] = field(default_factory=dict)


def _split(message: str) -> tuple[dict[str, str], str]:
    head, _, body = message.partition("\r\n\r\n")
    headers = dict(line.split(":", 1) for line in head.split("\r\n") if ":" in line)
    return headers, body


def closed_port_url() -> str:
    """An edge-tts endpoint nobody listens on: connections are refused, as when the service is down."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"ws://127.0.0.1:{port}/edge/v1?TrustedClientToken=x"  # nothing listens there now


def take_edge_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make edge-tts "offline" for this test: its endpoint refuses connections."""
    monkeypatch.setattr("edge_tts.communicate.WSS_URL", closed_port_url())


class EdgeTTSServer:
    def __init__(self, audio: bytes, *, mode: str = "ok", chunk: int = 4096) -> None:
        self.audio = audio
        self.mode = mode
        self.chunk = chunk
        self.requests: list[SynthesisRequest] = []
        self._server = LoopbackServer()

    @property
    def wss_url(self) -> str:
        # edge-tts appends "&ConnectionId=..." to this constant
        return self._server.url("/edge/v1?TrustedClientToken=fake", scheme="ws")

    async def __aenter__(self) -> EdgeTTSServer:
        app = web.Application()
        app.router.add_get("/edge/v1", self._handle)
        await self._server.start(app)
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._server.stop()

    async def _handle(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        req = SynthesisRequest(query=dict(request.query), headers=dict(request.headers))
        self.requests.append(req)
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            headers, body = _split(msg.data)
            if headers.get("Path") == "speech.config":
                req.config = body
            elif headers.get("Path") == "ssml":
                req.ssml = body
                voice = re.search(r"<voice name='([^']+)'>", body)
                text = re.search(r"<prosody[^>]*>(.*?)</prosody>", body, re.S)
                req.voice = voice.group(1) if voice else ""
                req.text = text.group(1) if text else ""
                if self.mode == "stall":
                    continue  # never answer; the loop ends when the client gives up and closes
                await self._answer(ws, headers.get("X-RequestId", "0"))
                break
        await ws.close()
        return ws

    async def _answer(self, ws: web.WebSocketResponse, request_id: str) -> None:
        await ws.send_str(f"X-RequestId:{request_id}\r\nContent-Type:application/json; charset=utf-8\r\n"
                          "Path:turn.start\r\n\r\n{\"context\":{\"serviceTag\":\"fake\"}}")
        header = f"X-RequestId:{request_id}\r\nContent-Type:audio/mpeg\r\nPath:audio\r\n".encode()
        for i in range(0, len(self.audio), self.chunk):
            await ws.send_bytes(len(header).to_bytes(2, "big") + header + self.audio[i:i + self.chunk])
        await ws.send_str(f"X-RequestId:{request_id}\r\nContent-Type:application/json; charset=utf-8\r\n"
                          "Path:turn.end\r\n\r\n{}")
