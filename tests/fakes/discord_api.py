"""A small loopback Discord: the REST API and the gateway websocket, enough for real discord.py 2.7.

Serves ``http://127.0.0.1:PORT/api/v10/...`` and ``ws://127.0.0.1:PORT/gateway`` with aiohttp and
records everything the client sends, so tests assert on the wire:

- gateway: HELLO -> (HEARTBEAT/ACK) -> IDENTIFY -> READY + GUILD_CREATE, then dispatches the test
  pushes (MESSAGE_CREATE, INTERACTION_CREATE) with increasing sequence numbers; RESUME replays the
  events the client missed and answers RESUMED. ``drop()`` cuts the connection like an outage.
- REST: the routes the adapter uses (login, messages, delete, member timeout, bans, pins, guild
  command sync, interaction callbacks and follow-ups). ``deny(kind)`` answers 403 Missing Permissions.

discord.py quirks the fake honours: JSON responses carry ``Content-Type: application/json`` exactly
(with a charset discord.py treats the body as text); members need ``flags``; interactions need
``attachment_size_limit``.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

APP_ID = 1000
BOT_ID = 1001
GUILD_ID = 2000
CHANNEL_ID = 3000
OWNER_ID = 4000
TIMESTAMP = "2026-11-28T06:00:00.000000+00:00"
EVERYONE_PERMISSIONS = 0x400 | 0x800 | 0x10000 | 0x40  # view channel, send messages, read history, add reactions
MOD_PERMISSIONS = EVERYONE_PERMISSIONS | 0x2000 | (1 << 40)  # + manage messages, moderate members
MOD_ROLE_ID = 2100


def _json(data: Any, status: int = 200) -> web.Response:
    # exactly "application/json": discord.py only parses bodies with that header verbatim
    return web.Response(status=status, body=json.dumps(data).encode(), headers={"Content-Type": "application/json"})


def _no_content() -> web.Response:
    return web.Response(status=204)


@dataclass
class Request:
    method: str
    path: str  # under /api/v10, e.g. "/channels/3000/messages"
    json: Any
    query: dict[str, str] = field(default_factory=dict)


class FakeDiscord:
    def __init__(self, *, token: str = "fake-token", heartbeat_ms: int = 500) -> None:
        self.token = token
        self.heartbeat_ms = heartbeat_ms
        self.requests: list[Request] = []
        self.gateway_frames: list[dict[str, Any]] = []  # every frame the client sent
        self.events: list[dict[str, Any]] = []  # every dispatch (op 0) ever sent, for RESUME replay
        self.denied: set[str] = set()  # "send", "delete", "timeout", "ban", "commands"
        self.rate_limited = 0  # answer the next N channel messages with 429
        self.command_sets: dict[int, list[dict[str, Any]]] = {}  # guild id -> synced commands
        self.session_id = "fake-session-1"
        self.connections = 0
        self.resume_gate: asyncio.Event | None = None
        # the application's Message Content switch is off in the Developer Portal
        self.privileged_intents_off = False
        self.ids = itertools.count(900000)
        self._seq = 0
        self._live: web.WebSocketResponse | None = None
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.users: dict[int, dict[str, Any]] = {}
        self.members: dict[int, dict[str, Any]] = {}
        self.files: dict[str, bytes] = {}  # attachments served under /cdn/
        self.bot_user = self.add_user(BOT_ID, "livebot-app", bot=True)
        self.add_member(BOT_ID, "livebot-app")
        self.add_member(OWNER_ID, "streamer")

    # ------------------------------------------------------------------ world
    def add_user(self, user_id: int, name: str, *, bot: bool = False) -> dict[str, Any]:
        user = {"id": str(user_id), "username": name, "global_name": name, "discriminator": "0", "avatar": None,
                "bot": bot, "public_flags": 0}
        self.users[user_id] = user
        return user

    def add_member(self, user_id: int, name: str, *, roles: tuple[int, ...] = ()) -> dict[str, Any]:
        user = self.users.get(user_id) or self.add_user(user_id, name)
        member = {"user": user, "roles": [str(r) for r in roles], "joined_at": TIMESTAMP, "deaf": False,
                  "mute": False, "flags": 0, "nick": None, "premium_since": None, "pending": False,
                  "communication_disabled_until": None}
        self.members[user_id] = member
        return member

    def guild(self) -> dict[str, Any]:
        def role(rid: int, name: str, perms: int, position: int) -> dict[str, Any]:
            return {"id": str(rid), "name": name, "permissions": str(perms), "position": position, "color": 0,
                    "hoist": False, "managed": False, "mentionable": False, "flags": 0}

        return {
            "id": str(GUILD_ID), "name": "Luma Live", "owner_id": str(OWNER_ID), "icon": None,
            "roles": [role(GUILD_ID, "@everyone", EVERYONE_PERMISSIONS, 0), role(MOD_ROLE_ID, "Mods", MOD_PERMISSIONS, 1)],
            "channels": [self.channel(CHANNEL_ID, "live"), self.channel(CHANNEL_ID + 1, "offtopic")],
            "members": [self.members[BOT_ID]] if BOT_ID in self.members else [],
            "member_count": len(self.members), "large": False, "features": [], "emojis": [], "stickers": [],
            "voice_states": [], "threads": [], "presences": [], "stage_instances": [],
            "guild_scheduled_events": [], "joined_at": TIMESTAMP, "unavailable": False,
            "premium_tier": 0, "verification_level": 0, "default_message_notifications": 0,
            "explicit_content_filter": 0, "mfa_level": 0, "nsfw_level": 0, "preferred_locale": "en-US",
            "system_channel_flags": 0,
        }

    @staticmethod
    def channel(channel_id: int, name: str) -> dict[str, Any]:
        return {"id": str(channel_id), "type": 0, "name": name, "position": 0, "guild_id": str(GUILD_ID),
                "permission_overwrites": [], "nsfw": False, "parent_id": None, "topic": None,
                "rate_limit_per_user": 0, "last_message_id": None}

    # ------------------------------------------------------------------ server
    async def start(self) -> FakeDiscord:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{path:.*}", self._rest)
        app.router.add_get("/cdn/{name}", self._cdn)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def close(self) -> None:
        if self._live is not None:
            await self._live.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    # ------------------------------------------------------------------ gateway
    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.connections += 1
        # plain-text frames are accepted although the client asks for zlib-stream
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": self.heartbeat_ms}}))
        async for msg in ws:
            if msg.type is not WSMsgType.TEXT:
                continue
            frame = json.loads(msg.data)
            self.gateway_frames.append(frame)
            op = frame.get("op")
            if op == 1:
                await ws.send_str(json.dumps({"op": 11}))
            elif op == 2:
                if self.privileged_intents_off and frame["d"]["intents"] & (1 << 15):
                    await ws.close(code=4014)  # "Disallowed intent(s)": Message Content not enabled
                    break
                self._live = ws
                await self._dispatch("READY", self._ready_payload())
                await self._dispatch("GUILD_CREATE", self.guild())
            elif op == 6:
                await self._resume(ws, frame["d"])
        if self._live is ws:
            self._live = None
        return ws

    def _ready_payload(self) -> dict[str, Any]:
        return {"v": 10, "user": self.bot_user, "guilds": [{"id": str(GUILD_ID), "unavailable": True}],
                "session_id": self.session_id, "resume_gateway_url": self.gateway_url,
                "application": {"id": str(APP_ID), "flags": 0}, "shard": [0, 1], "private_channels": [],
                "relationships": []}

    async def _resume(self, ws: web.WebSocketResponse, data: dict[str, Any]) -> None:
        if data.get("session_id") != self.session_id:
            await ws.send_str(json.dumps({"op": 9, "d": False}))  # invalid session: identify again
            return
        if self.resume_gate is not None:
            await self.resume_gate.wait()
        self._live = ws
        for event in self.events:
            if event["s"] > (data.get("seq") or 0):
                await ws.send_str(json.dumps(event))
        await self._dispatch("RESUMED", {})

    async def _dispatch(self, name: str, data: dict[str, Any]) -> int:
        """Send one event now, or keep it for the next RESUME when no client is connected."""
        self._seq += 1
        event = {"op": 0, "t": name, "s": self._seq, "d": data}
        self.events.append(event)
        if self._live is not None and not self._live.closed:
            await self._live.send_str(json.dumps(event))
        return self._seq

    async def redeliver(self, seq: int) -> None:
        """Send an already delivered event again under a new sequence number (at-least-once delivery)."""
        event = next(e for e in self.events if e["s"] == seq)
        await self._dispatch(event["t"], event["d"])

    def hold_resumes(self) -> asyncio.Event:
        """RESUME waits until the returned event is set (to push events while the client is away)."""
        self.resume_gate = asyncio.Event()
        return self.resume_gate

    async def drop(self, code: int = 4000) -> None:
        """Cut the live gateway connection (a resumable close code, like a network blip)."""
        ws, self._live = self._live, None
        if ws is not None:
            await ws.close(code=code)

    def frames(self, op: int) -> list[dict[str, Any]]:
        return [f for f in self.gateway_frames if f.get("op") == op]

    # ------------------------------------------------------------------ pushes
    async def message(self, author_id: int, content: str, *, channel_id: int = CHANNEL_ID,
                      voice_note: bytes | None = None) -> int:
        """A viewer writes in a channel (or sends a voice message); returns the message id."""
        member = self.members[author_id]
        message_id = next(self.ids)
        attachments, flags = [], 0
        if voice_note is not None:
            name = f"voice-{message_id}.ogg"
            self.files[name] = voice_note
            url = f"http://127.0.0.1:{self.port}/cdn/{name}"
            attachments = [{"id": str(next(self.ids)), "filename": "voice-message.ogg", "size": len(voice_note),
                            "url": url, "proxy_url": url, "content_type": "audio/ogg", "duration_secs": 1.5,
                            "waveform": "AAAA", "flags": 0}]
            flags = 1 << 13  # IS_VOICE_MESSAGE
        await self._dispatch("MESSAGE_CREATE", {
            "id": str(message_id), "channel_id": str(channel_id), "guild_id": str(GUILD_ID),
            "author": member["user"], "member": {k: v for k, v in member.items() if k != "user"},
            "content": content, "timestamp": TIMESTAMP, "edited_timestamp": None, "tts": False,
            "mention_everyone": False, "mentions": [], "mention_roles": [], "attachments": attachments,
            "embeds": [], "pinned": False, "type": 0, "flags": flags, "nonce": None})
        return message_id

    async def interaction(self, author_id: int, name: str, options: dict[str, str] | None = None, *,
                          channel_id: int = CHANNEL_ID, permissions: int = EVERYONE_PERMISSIONS) -> tuple[int, str]:
        """A viewer runs a slash command; returns (interaction id, token)."""
        member = dict(self.members[author_id], permissions=str(permissions))
        interaction_id, token = next(self.ids), f"itoken-{next(self.ids)}"
        command = next((c for c in self.command_sets.get(GUILD_ID, []) if c["name"] == name), None)
        await self._dispatch("INTERACTION_CREATE", {
            "id": str(interaction_id), "application_id": str(APP_ID), "type": 2, "token": token, "version": 1,
            "guild_id": str(GUILD_ID), "channel_id": str(channel_id), "channel": self.channel(channel_id, "live"),
            "member": member, "app_permissions": str(MOD_PERMISSIONS), "locale": "en-US", "guild_locale": "en-US",
            "entitlements": [], "authorizing_integration_owners": {"0": str(GUILD_ID)}, "context": 0,
            "attachment_size_limit": 8 * 1024 * 1024,
            "data": {"id": command["id"] if command else "1", "name": name, "type": 1, "guild_id": str(GUILD_ID),
                     "options": [{"name": k, "type": 3, "value": v} for k, v in (options or {}).items()]}})
        return interaction_id, token

    # ------------------------------------------------------------------ REST
    async def _cdn(self, request: web.Request) -> web.Response:
        data = self.files.get(request.match_info["name"])
        return web.Response(body=data, content_type="audio/ogg") if data is not None else web.Response(status=404)

    def calls(self, method: str, prefix: str = "") -> list[Request]:
        return [r for r in self.requests if r.method == method and r.path.startswith(prefix)]

    async def wait_for(self, method: str, prefix: str, count: int = 1, timeout: float = 5.0) -> list[Request]:
        """Wait until at least ``count`` matching requests arrived; returns them."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while len(found := self.calls(method, prefix)) < count:
            if loop.time() > deadline:
                seen = [f"{r.method} {r.path}" for r in self.requests]
                raise AssertionError(f"{count}x {method} {prefix} not received in {timeout}s; got {seen}")
            await asyncio.sleep(0.01)
        return found

    def _message_json(self, channel_id: str, body: dict[str, Any], author: dict[str, Any] | None = None) -> dict:
        return {"id": str(next(self.ids)), "channel_id": channel_id, "guild_id": str(GUILD_ID),
                "author": author or self.bot_user, "content": body.get("content") or "", "timestamp": TIMESTAMP,
                "edited_timestamp": None, "tts": False, "mention_everyone": False, "mentions": [],
                "mention_roles": [], "attachments": [], "embeds": [], "pinned": False, "type": 0, "flags": 0}

    @staticmethod
    def _too_many_requests() -> web.Response:
        # Discord's 429 comes through its proxy ("Via"); without it discord.py assumes a Cloudflare ban
        body = {"message": "You are being rate limited.", "retry_after": 0.05, "global": False}
        return web.Response(status=429, body=json.dumps(body).encode(),
                            headers={"Content-Type": "application/json", "Via": "1.1 google",
                                     "Retry-After": "1", "X-RateLimit-Scope": "user"})

    def _denied(self, kind: str) -> web.Response | None:
        if kind in self.denied:
            return _json({"message": "Missing Permissions", "code": 50013}, 403)
        return None

    async def _rest(self, request: web.Request) -> web.Response:
        body: Any = None
        if request.can_read_body:
            raw = await request.read()
            if request.content_type == "application/json":
                body = json.loads(raw)
            elif request.content_type.startswith("multipart/"):
                body = {"multipart": raw.decode("utf-8", "replace"), "raw": raw}
        path = "/" + request.match_info["path"]
        self.requests.append(Request(request.method, path, body, dict(request.query)))
        auth = request.headers.get("Authorization")
        if auth is not None and auth != f"Bot {self.token}":  # interaction webhooks carry no token
            return _json({"message": "401: Unauthorized", "code": 0}, 401)
        parts = path.strip("/").split("/")
        return await self._route(request.method, parts, body or {}) or _json(
            {"message": f"fake: no route {request.method} {path}", "code": 0}, 404)

    async def _route(self, method: str, p: list[str], body: dict[str, Any]) -> web.Response | None:
        match method, p:
            case "GET", ["users", "@me"]:
                return _json(self.bot_user)
            case "GET", ["oauth2", "applications", "@me"]:
                return _json({"id": str(APP_ID), "name": "livebot", "description": "", "icon": None,
                              "bot_public": True, "bot_require_code_grant": False, "verify_key": "00",
                              "owner": self.users[OWNER_ID], "flags": 0, "team": None, "bot": self.bot_user})
            case "GET", ["channels", cid]:
                return _json(self.channel(int(cid), "live"))
            case "POST", ["channels", cid, "messages"]:
                if self.rate_limited > 0:
                    self.rate_limited -= 1
                    return self._too_many_requests()
                return self._denied("send") or _json(self._message_json(cid, body))
            case "DELETE", ["channels", _cid, "messages", _mid]:
                return self._denied("delete") or _no_content()
            case "PUT", ["channels", _cid, "messages", "pins", _mid]:
                return self._denied("pin") or _no_content()
            case "GET", ["guilds", _gid, "members", uid]:
                member = self.members.get(int(uid))
                return _json(member) if member else _json({"message": "Unknown Member", "code": 10007}, 404)
            case "PATCH", ["guilds", _gid, "members", uid]:
                if denied := self._denied("timeout"):
                    return denied
                member = self.members[int(uid)]
                member["communication_disabled_until"] = body.get("communication_disabled_until")
                return _json(member)
            case ("PUT" | "DELETE"), ["guilds", _gid, "bans", _uid]:
                return self._denied("ban") or _no_content()
            case "PUT", ["applications", _app, "guilds", gid, "commands"]:
                if denied := self._denied("commands"):
                    return denied
                synced = [dict(c, id=str(next(self.ids)), application_id=str(APP_ID), guild_id=gid, version="1",
                               type=c.get("type", 1)) for c in body]
                self.command_sets[int(gid)] = synced
                return _json(synced)
            case "POST", ["interactions", iid, _token, "callback"]:
                kind = body.get("type")
                message = self._message_json(str(CHANNEL_ID), body.get("data") or {}) if kind == 4 else None
                reply: dict[str, Any] = {"interaction": {"id": iid, "type": 2, "response_message_id":
                                                         message["id"] if message else None,
                                                         "response_message_loading": kind == 5,
                                                         "response_message_ephemeral": False}}
                if message is not None:
                    reply["resource"] = {"type": kind, "message": message}
                return _json(reply)
            case "POST", ["webhooks", _app, _token]:
                return _json(self._message_json(str(CHANNEL_ID), body))
        return None
