"""A small fake of the Telegram Bot API, served by aiohttp on 127.0.0.1 inside a test.

It speaks the real wire protocol python-telegram-bot uses: ``POST /bot<token>/<method>`` with a
form-encoded (or multipart) body whose nested objects are JSON strings, answered with
``{"ok": true, "result": ...}``. Enough of the API is implemented for the bot's adapter:

- ``getUpdates`` honours ``offset`` (updates below it are confirmed and forgotten) and long-polls
  up to ``timeout`` seconds when nothing is pending;
- ``sendMessage``/``sendVoice`` return a Message with a fresh id; moderation calls return True;
- ``getChatAdministrators`` answers from ``admins``.

Every call is recorded in ``calls`` (method + decoded params) so tests assert on what the bot
really sent. Failures are scripted: ``fail_next`` answers one call with an error (429 with
``retry_after``, 400 "not enough rights", ...); ``drop_polls`` cuts the connection of the next
getUpdates calls without answering, ``drop_deliveries`` cuts it just as a poll would deliver updates.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

BOT_USER = {"id": 4242, "is_bot": True, "first_name": "Live Shop Bot", "username": "livebot_shop_bot",
            "can_join_groups": True, "can_read_all_group_messages": True, "supports_inline_queries": False}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)
    result: Any = None  # what the fake answered (a sent Message carries the id the bot got)


@dataclass
class Failure:
    status: int
    description: str
    retry_after: int | None = None


def _decode(value: Any) -> Any:
    """Form values are strings; PTB sends nested objects and lists as JSON text."""
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


class FakeTelegramAPI:
    def __init__(self, token: str = "123456:TEST-token") -> None:
        self.token = token
        self.calls: list[Call] = []
        self.admins: dict[int, list[dict[str, Any]]] = {}
        self.member_status: dict[tuple[int, int], str] = {}  # (chat, user) -> getChatMember status
        self.linked_chats: dict[int, int] = {}  # discussion group -> its channel (getChat.linked_chat_id)
        self.files: dict[str, bytes] = {}  # file_id -> the bytes getFile + download serve (default b"OggS")
        self.drop_polls = 0            # cut the connection of this many getUpdates calls
        self.drop_after = 0.0          # ... after this many seconds of the long poll
        self.drop_deliveries = 0       # cut the connection of this many polls just as they would return updates
        self.dropped = 0               # connections cut so far
        self._failures: dict[str, list[Failure]] = {}
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._new_update = asyncio.Event()
        self._called = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._closing = False
        self.port = 0

    # ------------------------------------------------------------------ server
    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    async def start(self) -> FakeTelegramAPI:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.+}", self._file)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        self._closing = True
        self._new_update.set()  # end pending long polls now instead of at their timeout
        if self._runner is not None:
            await self._runner.cleanup()

    # ------------------------------------------------------------------ scripting
    def fail_next(self, method: str, status: int, description: str, retry_after: int | None = None) -> None:
        self._failures.setdefault(method, []).append(Failure(status, description, retry_after))

    def set_admins(self, chat_id: int, creator: dict[str, Any] | None = None,
                   admins: list[dict[str, Any]] = ()) -> None:
        members = [{"status": "creator", "user": creator, "is_anonymous": False}] if creator else []
        members += [{"status": "administrator", "user": user, "can_be_edited": False, "is_anonymous": False,
                     "can_manage_chat": True, "can_delete_messages": True, "can_manage_video_chats": True,
                     "can_restrict_members": True, "can_promote_members": False, "can_change_info": True,
                     "can_invite_users": True, "can_post_stories": False, "can_edit_stories": False,
                     "can_delete_stories": False} for user in admins]
        self.admins[chat_id] = members

    def push_update(self, update: dict[str, Any]) -> int:
        update = {"update_id": next(self._update_ids), **update}
        self._updates.append(update)
        self._new_update.set()
        return update["update_id"]

    def push_message(self, chat: dict[str, Any], user: dict[str, Any], text: str, *, edited_id: int | None = None,
                     thread_id: int | None = None, **extra: Any) -> int:
        """Queue a viewer's message (or an edit of message ``edited_id``); returns its message id."""
        message_id = edited_id if edited_id is not None else next(self._message_ids)
        message = {"message_id": message_id, "date": int(time.time()), "chat": chat, "from": user, "text": text,
                   **extra}
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        if thread_id is not None:
            message.update(message_thread_id=thread_id, is_topic_message=True)
        if edited_id is not None:
            message["edit_date"] = int(time.time())
            self.push_update({"edited_message": message})
        else:
            self.push_update({"message": message})
        return message_id

    # ------------------------------------------------------------------ assertions
    def calls_to(self, method: str) -> list[dict[str, Any]]:
        return [c.params for c in self.calls if c.method == method]

    async def wait_for(self, method: str, count: int = 1, timeout: float = 5.0,
                       where: Callable[[dict[str, Any]], bool] = lambda p: True) -> list[dict[str, Any]]:
        """Wait until ``method`` was called ``count`` times (matching ``where``); returns those calls."""
        deadline = time.monotonic() + timeout
        while True:
            found = [p for p in self.calls_to(method) if where(p)]
            if len(found) >= count:
                return found
            left = deadline - time.monotonic()
            if left <= 0:
                seen = [c.method for c in self.calls]
                raise AssertionError(f"{method} called {len(found)} times, wanted {count}; calls: {seen}")
            self._called.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._called.wait(), left)

    # ------------------------------------------------------------------ protocol
    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        method = request.match_info["method"]
        form = await request.post()
        # an uploaded file (multipart) is kept as its bytes
        params = {k: _decode(v) if isinstance(v, str) else v.file.read() for k, v in form.items()}
        call = Call(method, params)
        self.calls.append(call)
        self._called.set()
        failures = self._failures.get(method)
        if failures:
            failure = failures.pop(0)
            body: dict[str, Any] = {"ok": False, "error_code": failure.status, "description": failure.description}
            if failure.retry_after is not None:
                body["parameters"] = {"retry_after": failure.retry_after}
            return web.json_response(body, status=failure.status)
        if method == "getUpdates":
            return await self._get_updates(request, params)
        call.result = self._result(method, params)
        return web.json_response({"ok": True, "result": call.result})

    async def _get_updates(self, request: web.Request, params: dict[str, Any]) -> web.StreamResponse:
        offset = int(params.get("offset") or 0)
        # confirming: everything below offset is gone for good, as on the real server
        self._updates = [u for u in self._updates if u["update_id"] >= offset]
        if self.drop_polls > 0:
            self.drop_polls -= 1
            await asyncio.sleep(self.drop_after)
            return await self._drop(request)
        timeout = float(params.get("timeout") or 0)
        deadline = time.monotonic() + timeout
        while not self._updates and not self._closing and time.monotonic() < deadline:
            self._new_update.clear()
            try:
                await asyncio.wait_for(self._new_update.wait(), deadline - time.monotonic())
            except TimeoutError:
                break
        if self._updates and self.drop_deliveries > 0:
            self.drop_deliveries -= 1
            return await self._drop(request)  # the updates were on their way and are lost on the wire
        limit = int(params.get("limit") or 100)
        return web.json_response({"ok": True, "result": self._updates[:limit]})

    async def _drop(self, request: web.Request) -> web.StreamResponse:
        assert request.transport is not None
        request.transport.close()  # the connection dies mid-poll; no answer is ever written
        self.dropped += 1
        await asyncio.sleep(0.05)
        return web.Response(status=499)

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return BOT_USER
        if method in ("sendMessage", "sendVoice", "sendAudio", "sendDocument"):
            chat_id = int(params["chat_id"])
            message: dict[str, Any] = {"message_id": next(self._message_ids), "date": int(time.time()),
                                       "chat": {"id": chat_id, "type": "supergroup" if chat_id < 0 else "private"},
                                       "from": BOT_USER}
            media = {"file_id": f"f{message['message_id']}", "file_unique_id": f"u{message['message_id']}"}
            if method == "sendMessage":
                message["text"] = params.get("text", "")
            elif method == "sendDocument":
                message["document"] = media
            else:
                message["voice" if method == "sendVoice" else "audio"] = {**media, "duration": 1}
            return message
        if method == "getChatAdministrators":
            return self.admins.get(int(params["chat_id"]), [])
        if method == "getFile":
            return {"file_id": params["file_id"], "file_unique_id": "u",
                    "file_size": len(self.files.get(params["file_id"], b"OggS")),
                    "file_path": f"voice/{params['file_id']}.oga"}
        if method == "getChat":
            chat_id = int(params["chat_id"])
            info = {"id": chat_id, "type": "supergroup", "title": "Luma live", "accent_color_id": 0,
                    "max_reaction_count": 11,
                    "accepted_gift_types": {"unlimited_gifts": True, "limited_gifts": True, "unique_gifts": True,
                                            "premium_subscription": True, "gifts_from_channels": True}}
            if chat_id in self.linked_chats:
                info["linked_chat_id"] = self.linked_chats[chat_id]
            return info
        if method == "getChatMember":
            chat_id, user_id = int(params["chat_id"]), int(params["user_id"])
            status = self.member_status.get((chat_id, user_id), "member")
            member: dict[str, Any] = {"status": status, "user": {"id": user_id, "is_bot": False, "first_name": "x"}}
            if status == "kicked":
                member["until_date"] = 0
            if status == "restricted":
                member.update(is_member=True, until_date=0, can_send_messages=False, can_send_audios=False,
                              can_send_documents=False, can_send_photos=False, can_send_videos=False,
                              can_send_video_notes=False, can_send_voice_notes=False, can_send_polls=False,
                              can_send_other_messages=False, can_add_web_page_previews=False,
                              can_change_info=False, can_invite_users=False, can_pin_messages=False,
                              can_manage_topics=False, can_edit_tag=False,
                              can_react_to_messages=False)
            return member
        return True  # setMyCommands, deleteMessage, restrictChatMember, banChatMember, setWebhook, ...

    async def _file(self, request: web.Request) -> web.Response:
        self.calls.append(Call("GET file", {"path": request.match_info["path"]}))
        self._called.set()
        file_id = request.match_info["path"].removeprefix("voice/").removesuffix(".oga")
        return web.Response(body=self.files.get(file_id, b"OggS"))
