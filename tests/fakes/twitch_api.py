"""A small, readable fake of Twitch for tests, served on 127.0.0.1 with aiohttp.

It speaks the wire protocol twitchio 3 uses:
- OAuth  (``/id/oauth2/token``, ``/id/oauth2/validate``): app tokens, user tokens, refresh.
- Helix  (``/helix/...``): users, EventSub subscriptions, Send Chat Message, delete message,
  bans/timeouts, unban, warnings. Tokens and scopes are checked like Twitch does: an unknown or
  expired token gets 401 "Invalid OAuth token", a missing scope 401 "Missing scope", a moderator
  action by someone who is not a moderator 403.
- EventSub websocket (``/ws``): ``session_welcome``, keepalives, ``notification`` frames for
  ``channel.chat.message``, ``session_reconnect`` (subscriptions move to the new session, as on
  Twitch) and dropped connections (their subscriptions are gone, as on Twitch).

Everything received is recorded in ``requests`` (method, path, query, JSON body, token, time);
``fail()`` / ``rate_limit()`` make the next matching calls answer 4xx/429 on demand.
"""

from __future__ import annotations

import asyncio
import datetime
import itertools
import math
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from tests.fakes.loopback import LoopbackServer, json_response

# scope each Helix route needs (method, path under /helix/)
SCOPES = {
    ("POST", "chat/messages"): "user:write:chat",
    ("DELETE", "moderation/chat"): "moderator:manage:chat_messages",
    ("POST", "moderation/bans"): "moderator:manage:banned_users",
    ("DELETE", "moderation/bans"): "moderator:manage:banned_users",
    ("POST", "moderation/warnings"): "moderator:manage:warnings",
}
ALL_BOT_SCOPES = ["user:read:chat", "user:write:chat", "user:bot", "moderator:manage:chat_messages",
                  "moderator:manage:banned_users", "moderator:manage:warnings"]


def _iso() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat()


@dataclass
class Received:
    method: str
    path: str
    query: dict[str, list[str]]
    body: Any
    token: str | None
    at: float

    def q(self, key: str) -> str | None:
        values = self.query.get(key)
        return values[0] if values else None


@dataclass
class Failure:
    method: str
    path: str
    status: int
    message: str
    headers: dict[str, str] = field(default_factory=dict)
    times: int = 1


@dataclass
class Session:
    id: str
    ws: web.WebSocketResponse
    keepalive: float
    moved_to: str | None = None
    task: asyncio.Task[None] | None = None
    silent: bool = False  # keepalives stop (a half-dead connection)


class FakeTwitch:
    def __init__(self, *, client_id: str = "fake-client-id", client_secret: str = "fake-secret",
                 now: Callable[[], float] = time.monotonic, send_keepalives: bool = True) -> None:
        self.client_id, self.client_secret = client_id, client_secret
        self.now = now  # the clock the recorded times are read from (tests may pass the bot's)
        self.send_keepalives = send_keepalives
        self.users: dict[str, dict[str, str]] = {}
        self.moderators: dict[str, set[str]] = {}       # broadcaster id -> moderator ids
        self.app_tokens: set[str] = set()
        self.user_tokens: dict[str, dict[str, Any]] = {}  # access token -> {user_id, scopes}
        self.refresh_tokens: dict[str, str] = {}           # refresh token -> user id
        self.requests: list[Received] = []
        self.subscriptions: dict[str, dict[str, Any]] = {}
        self.sessions: dict[str, Session] = {}
        self.failures: list[Failure] = []
        self.device_codes: dict[str, int] = {}           # device code -> polls so far
        self.device_login_user: str | None = None        # who "enters the code" in the device flow
        self.confidential = True                         # the app is Confidential: token requests need the secret
        self.sent_notifications: list[dict[str, Any]] = []
        self._last_chat: dict[tuple[str, str], tuple[str, float]] = {}  # (channel, sender) -> last text
        self.echo_own_messages = True                    # chat notifications for the bot's own messages
        self._echoes: set[asyncio.Task[str]] = set()
        self._ids = itertools.count(1)
        self._server = LoopbackServer()

    # ------------------------------------------------------------------ setup
    def add_user(self, user_id: str, login: str, display_name: str | None = None) -> None:
        self.users[user_id] = {"id": user_id, "login": login, "display_name": display_name or login}

    def make_moderator(self, broadcaster_id: str, user_id: str) -> None:
        self.moderators.setdefault(broadcaster_id, set()).add(user_id)

    def issue_user_token(self, user_id: str, scopes: list[str] | None = None, *, token: str | None = None,
                         refresh: str | None = None) -> tuple[str, str]:
        token = token or f"user-{user_id}-{next(self._ids)}"
        refresh = refresh or f"refresh-{user_id}-{next(self._ids)}"
        self.user_tokens[token] = {"user_id": user_id, "scopes": list(ALL_BOT_SCOPES if scopes is None else scopes)}
        self.refresh_tokens[refresh] = user_id
        return token, refresh

    def expire(self, token: str) -> None:
        """The token stops working (Twitch answers 401 until it is refreshed)."""
        self.user_tokens.pop(token, None)
        self.app_tokens.discard(token)

    def fail(self, method: str, path: str, status: int, message: str = "", *, times: int = 1,
             headers: dict[str, str] | None = None) -> None:
        """The next ``times`` calls to ``method path`` (e.g. "POST", "moderation/bans") answer ``status``."""
        self.failures.append(Failure(method, path.strip("/"), status, message, dict(headers or {}), times))

    def rate_limit(self, method: str, path: str, *, reset_in: float = 0.5, times: int = 1) -> None:
        """Answer 429 with Twitch's headers; Ratelimit-Reset is a whole unix second, as on Twitch."""
        reset = str(math.ceil(time.time() + reset_in))
        self.fail(method, path, 429, "", times=times,
                  headers={"Ratelimit-Limit": "800", "Ratelimit-Remaining": "0", "Ratelimit-Reset": reset})

    # ------------------------------------------------------------------ server
    @property
    def base(self) -> str:
        return self._server.url()

    @property
    def helix_url(self) -> str:
        return f"{self.base}/helix/"

    @property
    def oauth_url(self) -> str:
        return f"{self.base}/id/"

    @property
    def eventsub_url(self) -> str:
        return self._server.url("/ws", scheme="ws")

    async def start(self) -> FakeTwitch:
        app = web.Application()
        app.router.add_get("/ws", self._websocket)
        app.router.add_route("*", "/id/{path:.*}", self._oauth)
        app.router.add_route("*", "/helix/{path:.*}", self._helix)
        await self._server.start(app, handle_signals=False)
        return self

    async def close(self) -> None:
        for session in list(self.sessions.values()):
            if session.task:
                session.task.cancel()
            await session.ws.close()
        await self._server.stop()

    async def __aenter__(self) -> FakeTwitch:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # ------------------------------------------------------------------ queries for assertions
    def calls(self, method: str, path: str) -> list[Received]:
        path = "/helix/" + path.strip("/")
        return [r for r in self.requests if r.method == method and r.path == path]

    @property
    def chat_messages(self) -> list[dict[str, Any]]:
        return [r.body for r in self.calls("POST", "chat/messages")]

    def active_sessions(self) -> list[Session]:
        return [s for s in self.sessions.values() if not s.ws.closed and s.moved_to is None]

    async def wait_until(self, predicate: Callable[[], bool], timeout: float = 5.0) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError("the fake Twitch never reached the expected state")
            await asyncio.sleep(0.01)

    # ------------------------------------------------------------------ OAuth
    async def _oauth(self, request: web.Request) -> web.Response:
        path = request.match_info["path"].strip("/")
        form = dict(await request.post()) if request.can_read_body else {}
        self._record(request, form or None, None)
        if path == "oauth2/validate":
            # Twitch documents "OAuth <token>" here but accepts "Bearer <token>" too (twitchio sends both)
            token = request.headers.get("Authorization", "").removeprefix("OAuth ").removeprefix("Bearer ").strip()
            if token in self.app_tokens:
                return web.json_response({"client_id": self.client_id, "scopes": [], "expires_in": 5000000})
            info = self.user_tokens.get(token)
            if info is None:
                return web.json_response({"status": 401, "message": "invalid access token"}, status=401)
            user = self.users[info["user_id"]]
            return web.json_response({"client_id": self.client_id, "login": user["login"], "user_id": user["id"],
                                      "scopes": info["scopes"], "expires_in": 14400})
        if path == "oauth2/device" and request.method == "POST":
            code = f"device-{next(self._ids)}"
            self.device_codes[code] = 0
            return web.json_response({"device_code": code, "user_code": "ABCD-EFGH", "expires_in": 1800,
                                      "interval": 0, "verification_uri": "https://www.twitch.tv/activate"})
        q = {**request.query, **form}  # Twitch takes these parameters in the query or a form body
        if path == "oauth2/token" and request.method == "POST" and q.get("grant_type", "").endswith(":device_code"):
            if self.confidential and q.get("client_secret") != self.client_secret:
                return web.json_response({"status": 400, "message": "invalid client secret"}, status=400)
            return self._device_token(q.get("device_code", ""), q.get("scopes", ""))
        if path == "oauth2/token" and request.method == "POST":
            if q.get("client_id") != self.client_id or q.get("client_secret") != self.client_secret:
                return web.json_response({"status": 403, "message": "invalid client secret"}, status=403)
            if q.get("grant_type") == "client_credentials":
                token = f"app-{next(self._ids)}"
                self.app_tokens.add(token)
                return web.json_response({"access_token": token, "expires_in": 5000000, "token_type": "bearer"})
            if q.get("grant_type") == "refresh_token":
                user_id = self.refresh_tokens.pop(q.get("refresh_token", ""), None)
                if user_id is None:
                    return web.json_response({"status": 400, "message": "Invalid refresh token"}, status=400)
                old = next((i for i in self.user_tokens.values() if i["user_id"] == user_id), None)
                token, refresh = self.issue_user_token(user_id, old["scopes"] if old else None)
                return web.json_response({"access_token": token, "refresh_token": refresh, "expires_in": 14400,
                                          "scope": self.user_tokens[token]["scopes"], "token_type": "bearer"})
        return web.json_response({"status": 404, "message": "not found"}, status=404)

    def _device_token(self, code: str, scopes: str) -> web.Response:
        """Device-code flow: "authorization_pending" until the viewer "enters the code" (the first poll)."""
        if code not in self.device_codes:
            return web.json_response({"status": 400, "message": "invalid device code"}, status=400)
        self.device_codes[code] += 1
        if self.device_codes[code] == 1 or self.device_login_user is None:
            return web.json_response({"status": 400, "message": "authorization_pending"}, status=400)
        token, refresh = self.issue_user_token(self.device_login_user, scopes.split())
        return web.json_response({"access_token": token, "refresh_token": refresh, "expires_in": 14400,
                                  "scope": scopes.split(), "token_type": "bearer"})

    # ------------------------------------------------------------------ Helix
    async def _helix(self, request: web.Request) -> web.Response:
        path = request.match_info["path"].strip("/")
        body = await request.json() if request.can_read_body else None
        token = request.headers.get("Authorization", "").removeprefix("Bearer ").strip() or None
        self._record(request, body, token)
        for failure in self.failures:
            if failure.method == request.method and failure.path == path and failure.times > 0:
                failure.times -= 1
                return _error(failure.status, failure.message, failure.headers)
        if request.headers.get("Client-Id", request.headers.get("Client-ID")) != self.client_id:
            return _error(401, "Client ID and OAuth token do not match")
        if token not in self.app_tokens and token not in self.user_tokens:
            return _error(401, "Invalid OAuth token")
        user = self.user_tokens.get(token or "")
        scope = SCOPES.get((request.method, path))
        if scope is not None:
            if user is None:
                return _error(401, "User access token required")
            if scope not in user["scopes"]:
                return _error(401, f"Missing scope: {scope}")
        q = request.query
        if path.startswith("moderation/"):
            broadcaster, moderator = q.get("broadcaster_id", ""), q.get("moderator_id", "")
            assert user is not None
            if moderator != user["user_id"]:
                return _error(401, "The ID in moderator_id must match the user ID in the access token")
            if moderator != broadcaster and moderator not in self.moderators.get(broadcaster, set()):
                return _error(403, "The user in moderator_id is not one of the broadcaster's moderators")
        handler = {
            ("GET", "users"): self._get_users,
            ("POST", "eventsub/subscriptions"): self._create_subscription,
            ("POST", "chat/messages"): self._chat_message,
            ("DELETE", "moderation/chat"): self._no_content,
            ("POST", "moderation/bans"): self._ban,
            ("DELETE", "moderation/bans"): self._no_content,
            ("POST", "moderation/warnings"): self._warn,
        }.get((request.method, path))
        if handler is None:
            return _error(404, f"no fake for {request.method} {path}")
        return await handler(request, body or {}, user)

    async def _get_users(self, request: web.Request, _body: Any, _user: Any) -> web.Response:
        ids = request.query.getall("id", [])
        logins = [x.lower() for x in request.query.getall("login", [])]
        found = [u for u in self.users.values() if u["id"] in ids or u["login"] in logins]
        return _ok({"data": [{**u, "type": "", "broadcaster_type": "", "description": "",
                               "profile_image_url": "https://example.invalid/p.png", "offline_image_url": "",
                               "created_at": "2020-01-01T00:00:00+00:00"} for u in found]})

    async def _create_subscription(self, _request: web.Request, body: Any, user: Any) -> web.Response:
        transport = body.get("transport", {})
        session = self.sessions.get(transport.get("session_id", ""))
        if user is None:
            return _error(400, "websocket transports need a user access token")
        if session is None or session.ws.closed or session.moved_to:
            return _error(400, "websocket transport session does not exist or has already disconnected")
        if body.get("type") == "channel.chat.message" and "user:read:chat" not in user["scopes"]:
            return _error(403, "subscription missing proper authorization")
        for sub in self.subscriptions.values():
            if sub["session_id"] == session.id and sub["type"] == body["type"] and sub["condition"] == body["condition"]:
                return _error(409, f"subscription already exists id={sub['id']}")
        sub_id = str(uuid.uuid4())
        self.subscriptions[sub_id] = {"id": sub_id, "type": body["type"], "version": body["version"],
                                      "condition": body["condition"], "session_id": session.id}
        return _ok({"data": [self._subscription_json(sub_id)], "total": len(self.subscriptions),
                    "total_cost": 0, "max_total_cost": 10}, status=202)

    def _subscription_json(self, sub_id: str) -> dict[str, Any]:
        sub = self.subscriptions[sub_id]
        return {"id": sub_id, "status": "enabled", "type": sub["type"], "version": sub["version"],
                "condition": sub["condition"], "created_at": _iso(), "cost": 0,
                "transport": {"method": "websocket", "session_id": sub["session_id"], "connected_at": _iso()}}

    async def _chat_message(self, _request: web.Request, body: Any, user: Any) -> web.Response:
        if body.get("sender_id") != user["user_id"]:
            return _error(403, "The sender must match the user ID in the access token")
        if len(body.get("message", "")) > 500:
            return _error(400, "The message is too long")
        broadcaster, sender = body.get("broadcaster_id", ""), body["sender_id"]
        last = self._last_chat.get((broadcaster, sender))
        self._last_chat[(broadcaster, sender)] = (body.get("message", ""), time.monotonic())
        is_mod = sender == broadcaster or sender in self.moderators.get(broadcaster, set())
        if not is_mod and last and last[0] == body.get("message") and time.monotonic() - last[1] < 30:
            # Twitch's chat rule: a non-moderator may not repeat its previous message within 30 s
            return _ok({"data": [{"message_id": "", "is_sent": False, "drop_reason": {
                "code": "msg_duplicate", "message": "Your message is identical to the one you sent recently."}}]})
        message_id = str(uuid.uuid4())
        if self.echo_own_messages and self.chat_subscriptions(broadcaster):
            # like Twitch, the sender's own message comes back as a chat notification (here: just after)
            badges = ["broadcaster"] if sender == broadcaster else ["moderator"] if is_mod else []
            echo = self.send_chat(broadcaster, sender, body["message"], message_id=message_id, badges=badges)
            self._echoes.add(asyncio.get_running_loop().create_task(echo))
        return _ok({"data": [{"message_id": message_id, "is_sent": True, "drop_reason": None}]})

    async def _no_content(self, _request: web.Request, _body: Any, _user: Any) -> web.Response:
        return web.Response(status=204)

    async def _ban(self, request: web.Request, body: Any, _user: Any) -> web.Response:
        data = body.get("data", {})
        duration = data.get("duration")
        end = (datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=duration)).isoformat() if duration else None
        return _ok({"data": [{"broadcaster_id": request.query["broadcaster_id"], "moderator_id":
                              request.query["moderator_id"], "user_id": data.get("user_id"), "created_at": _iso(),
                              "end_time": end}]})

    async def _warn(self, request: web.Request, body: Any, _user: Any) -> web.Response:
        data = body.get("data", {})
        return _ok({"data": [{"broadcaster_id": request.query["broadcaster_id"], "moderator_id":
                              request.query["moderator_id"], "user_id": data.get("user_id"),
                              "reason": data.get("reason")}]})

    def _record(self, request: web.Request, body: Any, token: str | None) -> None:
        query = {k: request.query.getall(k) for k in request.query}
        self.requests.append(Received(request.method, request.path, query, body, token, self.now()))

    # ------------------------------------------------------------------ EventSub websocket
    async def _websocket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        keepalive = float(request.query.get("keepalive_timeout_seconds", 10))
        session = Session(str(uuid.uuid4()), ws, keepalive)
        old = self.sessions.get(request.query.get("reconnect", ""))
        if old is not None:
            # Twitch moves a reconnecting session's subscriptions to the new one
            keepalive = session.keepalive = old.keepalive
            old.moved_to = session.id
            for sub in self.subscriptions.values():
                if sub["session_id"] == old.id:
                    sub["session_id"] = session.id
        self.sessions[session.id] = session
        await ws.send_json(_frame("session_welcome", {"session": {
            "id": session.id, "status": "connected", "connected_at": _iso(),
            "keepalive_timeout_seconds": int(keepalive), "reconnect_url": None, "recovery_url": None}}))
        if old is not None and not old.ws.closed:
            await old.ws.close(code=4004)  # Twitch closes the old connection once the new one is up
        if self.send_keepalives:
            session.task = asyncio.create_task(self._keepalives(session))
        async for msg in ws:
            if msg.type == WSMsgType.TEXT:
                await ws.close(code=4001)  # Twitch: clients must not send messages
        if session.task:
            session.task.cancel()
        if session.moved_to is None:
            # a dropped session's subscriptions are disabled on Twitch; the client must subscribe again
            for sub_id in [k for k, v in self.subscriptions.items() if v["session_id"] == session.id]:
                del self.subscriptions[sub_id]
        return ws

    async def _keepalives(self, session: Session) -> None:
        while not session.ws.closed:
            await asyncio.sleep(session.keepalive / 2)
            if not session.ws.closed and not session.silent:
                await session.ws.send_json(_frame("session_keepalive", {}))

    def chat_subscriptions(self, broadcaster_id: str | None = None) -> list[dict[str, Any]]:
        return [s for s in self.subscriptions.values() if s["type"] == "channel.chat.message"
                and (broadcaster_id is None or s["condition"]["broadcaster_user_id"] == broadcaster_id)]

    async def send_chat(self, broadcaster_id: str, chatter_id: str, text: str, *, badges: list[str] = (),  # type: ignore[assignment]
                        message_id: str | None = None, reply_to: tuple[str, str] | None = None) -> str:
        """Deliver a ``channel.chat.message`` notification to the session subscribed to that chat.

        ``reply_to`` is (parent message id, parent user id). Returns the chat message id.
        """
        subs = self.chat_subscriptions(broadcaster_id)
        if not subs:
            raise AssertionError(f"nobody is subscribed to chat of {broadcaster_id}")
        sub = subs[0]
        session = self.sessions[sub["session_id"]]
        b, c = self.users[broadcaster_id], self.users[chatter_id]
        message_id = message_id or str(uuid.uuid4())
        reply = None
        if reply_to is not None:
            parent = self.users[reply_to[1]]
            reply = {"parent_message_id": reply_to[0], "parent_message_body": "...", "parent_user_id": parent["id"],
                     "parent_user_login": parent["login"], "parent_user_name": parent["display_name"],
                     "thread_message_id": reply_to[0], "thread_user_id": parent["id"],
                     "thread_user_login": parent["login"], "thread_user_name": parent["display_name"]}
        event = {
            "broadcaster_user_id": b["id"], "broadcaster_user_login": b["login"], "broadcaster_user_name": b["display_name"],
            "chatter_user_id": c["id"], "chatter_user_login": c["login"], "chatter_user_name": c["display_name"],
            "message_id": message_id,
            "message": {"text": text, "fragments": [{"type": "text", "text": text, "cheermote": None, "emote": None,
                                                     "mention": None}]},
            "color": "", "badges": [{"set_id": s, "id": "1", "info": ""} for s in badges],
            "message_type": "text", "cheer": None, "reply": reply,
            "channel_points_custom_reward_id": None, "channel_points_animation_id": None,
            "source_broadcaster_user_id": None, "source_broadcaster_user_login": None,
            "source_broadcaster_user_name": None, "source_message_id": None, "source_badges": None,
            "is_source_only": None,
        }
        frame = _frame("notification", {"subscription": self._subscription_json(sub["id"]), "event": event},
                       subscription_type="channel.chat.message")
        self.sent_notifications.append(frame)
        await session.ws.send_json(frame)
        return message_id

    async def session_reconnect(self) -> str:
        """Ask the connected client to move to a new session (Twitch's edge maintenance). Returns the old id."""
        (session,) = self.active_sessions()
        url = f"{self.eventsub_url}?reconnect={session.id}"
        await session.ws.send_json(_frame("session_reconnect", {"session": {
            "id": session.id, "status": "reconnecting", "keepalive_timeout_seconds": None,
            "reconnect_url": url, "connected_at": _iso(), "recovery_url": None}}))
        return session.id

    def go_silent(self) -> str:
        """Stop keepalives on the client's session while leaving the socket open (the client must notice)."""
        (session,) = self.active_sessions()
        session.silent = True
        return session.id

    async def drop_connection(self, code: int = 4005) -> str:
        """Close the client's socket as a network failure would (4005: network timeout)."""
        (session,) = self.active_sessions()
        await session.ws.close(code=code)
        return session.id


def _frame(message_type: str, payload: dict[str, Any], subscription_type: str | None = None) -> dict[str, Any]:
    metadata: dict[str, Any] = {"message_id": str(uuid.uuid4()), "message_type": message_type,
                                "message_timestamp": _iso()}
    if subscription_type:
        metadata.update(subscription_type=subscription_type, subscription_version="1")
    return {"metadata": metadata, "payload": payload}


def _ok(data: Any, status: int = 200) -> web.Response:
    headers = {"Ratelimit-Limit": "800", "Ratelimit-Remaining": "799", "Ratelimit-Reset": str(int(time.time()) + 60)}
    return json_response(data, status, headers=headers)


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> web.Response:
    reason = {400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 409: "Conflict",
              429: "Too Many Requests"}.get(status, "Error")
    return json_response({"error": reason, "status": status, "message": message}, status, headers=headers)
