"""A small fake Telegram Bot API server for end-to-end tests and the load benchmark.

It speaks the real Bot API over HTTP (aiohttp on 127.0.0.1, a random port): ``getUpdates``
long polling with ``offset``/``timeout``, ``sendMessage`` (checking the HTML like Telegram does),
``editMessageText``, ``editMessageReplyMarkup``, ``answerCallbackQuery``, ``answerInlineQuery``,
``sendPhoto``/``sendDocument`` (multipart), ``getFile`` and the file download, ``setMyCommands``,
``getMyCommands``, ``deleteWebhook``, ``sendChatAction``. Dates are in seconds.

The server runs on its own event loop in a thread; the test side is synchronous and thread-safe:
queue updates (``send_text``, ``press``, ``inline``, ``send_document``...) and wait for what the bot
sent (``wait_for``), without sleeping.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import itertools
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from aiohttp import BodyPartReader, web

RAW_KEYS = {  # parameters PTB sends as plain strings (everything else is JSON-encoded)
    "text",
    "caption",
    "parse_mode",
    "callback_query_id",
    "inline_query_id",
    "file_id",
    "action",
    "url",
    "next_offset",
    "language_code",
    "switch_pm_text",
    "switch_pm_parameter",
    "secret_token",
    "emoji",
}
HTML_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "a",
    "code",
    "pre",
    "blockquote",
    "tg-spoiler",
    "span",
    "tg-emoji",
}
MAX_TEXT = 4096
MAX_CAPTION = 1024


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class BadRequest(Exception):
    """Answered as ``{"ok": false, "error_code": 400}`` like Telegram does."""


class _EntityParser(HTMLParser):
    """Telegram's HTML parse mode, strictly: known tags, balanced, entities escaped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in HTML_TAGS:
            raise BadRequest(f'Bad Request: can\'t parse entities: unsupported start tag "{tag}"')
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            raise BadRequest(f'Bad Request: can\'t parse entities: unexpected end tag "{tag}"')
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_html(text: str) -> str:
    """The visible text of an HTML message, or BadRequest like Telegram's parser."""
    if re.search(r"&(?!(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)", text):
        raise BadRequest("Bad Request: can't parse entities: unescaped '&'")
    if re.search(r"<(?!/?[a-z-]+[\s>])", text):
        raise BadRequest("Bad Request: can't parse entities: unescaped '<'")
    parser = _EntityParser()
    parser.feed(text)
    parser.close()
    if parser.stack:
        raise BadRequest(f'Bad Request: can\'t parse entities: unclosed tag "{parser.stack[-1]}"')
    return html.unescape("".join(parser.text))


@dataclass
class Call:
    """One Bot API request the bot made, with what the server answered."""

    method: str
    params: dict[str, Any]
    files: dict[str, bytes] = field(default_factory=dict)
    result: Any = None
    at: float = field(default_factory=time.monotonic)

    @property
    def chat_id(self) -> int | None:
        value = self.params.get("chat_id")
        return int(value) if value is not None else None

    @property
    def text(self) -> str:
        return str(self.params.get("text") or self.params.get("caption") or "")

    @property
    def buttons(self) -> list[tuple[str, str]]:
        """(text, callback_data) of every inline button, row by row."""
        markup = self.params.get("reply_markup") or {}
        return [
            (b["text"], b.get("callback_data", "")) for row in markup.get("inline_keyboard", []) for b in row
        ]

    def button(self, text: str) -> str:
        """The callback data of the first button whose text contains ``text``."""
        for label, data in self.buttons:
            if text in label:
                return data
        raise AssertionError(f"no button {text!r} in {self.buttons}")


@dataclass(frozen=True)
class User:
    id: int
    first_name: str
    username: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "is_bot": False,
            "first_name": self.first_name,
            "language_code": "vi",
        }
        if self.username:
            data["username"] = self.username
        return data

    @property
    def chat(self) -> dict[str, Any]:
        return {"id": self.id, "type": "private", "first_name": self.first_name}


def group_chat(chat_id: int, title: str) -> dict[str, Any]:
    return {"id": chat_id, "type": "supergroup", "title": title}


class FakeBotApi:
    """The server; start it, point the bot's base URLs at it, drive it from the test."""

    def __init__(self, token: str = "123:ABC", username: str = "baocao_test_bot") -> None:
        self.token = token
        self.bot = {
            "id": int(token.split(":")[0]),
            "is_bot": True,
            "first_name": "Báo cáo",
            "username": username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
        }
        self.port = 0
        self.calls: list[Call] = []
        self._by_chat: dict[tuple[str, int | None], list[Call]] = {}
        self.commands: dict[str, list[dict[str, Any]]] = {}
        self.files: dict[str, tuple[str, bytes]] = {}
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Condition()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._new_update: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self.polls = 0  # getUpdates calls so far
        self._hurry = False  # answer long polls at once (the bot is shutting down)

    # --- lifecycle ---------------------------------------------------------------------------
    @property
    def username(self) -> str:
        return str(self.bot["username"])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    def start(self) -> FakeBotApi:
        ready = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(ready,), name="fake-bot-api", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("fake Bot API server did not start")
        return self

    def stop(self) -> None:
        if self._loop is None:
            return
        asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread:
            self._thread.join(10)

    def hurry(self) -> None:
        """Answer long polls at once from now on, so a bot that is asked to stop stops quickly."""
        self._hurry = True
        if self._loop and self._new_update:
            self._loop.call_soon_threadsafe(self._new_update.set)

    def _run(self, ready: threading.Event) -> None:
        self._loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self._loop)
        self._new_update = asyncio.Event()
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_post("/bot{token}/{method}", self._handle)
        app.router.add_get("/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.+}", self._download)
        self._runner = web.AppRunner(app, access_log=None)
        self._loop.run_until_complete(self._runner.setup())
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        self._loop.run_until_complete(site.start())
        self.port = self._runner.addresses[0][1]
        ready.set()
        self._loop.run_forever()
        self._loop.close()

    async def _shutdown(self) -> None:
        if self._runner:
            await self._runner.cleanup()

    # --- test side: updates ------------------------------------------------------------------
    def push(self, kind: str, payload: dict[str, Any]) -> int:
        """Queue one update; returns its update_id."""
        update_id = next(self._update_ids)
        update = {"update_id": update_id, kind: payload}
        with self._lock:
            self._updates.append(update)
        if self._loop and self._new_update:
            self._loop.call_soon_threadsafe(self._new_update.set)
        return update_id

    def next_message_id(self, chat_id: int) -> int:
        with self._lock:
            counter = self._message_ids.setdefault(chat_id, itertools.count(1))
            return next(counter)

    def _message(self, user: User | None, chat: dict[str, Any], **fields: Any) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": self.next_message_id(chat["id"]),
            "date": int(time.time()),
            "chat": chat,
        }
        if user is not None:
            message["from"] = user.to_dict()
        message.update(fields)
        with self._lock:
            self.messages[(chat["id"], message["message_id"])] = message
        return message

    @staticmethod
    def entities(text: str) -> list[dict[str, Any]]:
        """What Telegram's servers compute for a typed text: the leading command, @mentions."""
        found = []
        if match := re.match(r"/\w+(@\w+)?", text):
            found.append({"type": "bot_command", "offset": 0, "length": utf16_len(match.group())})
        for match in re.finditer(r"(?<!\w)@\w{3,}", text):
            found.append(
                {
                    "type": "mention",
                    "offset": utf16_len(text[: match.start()]),
                    "length": utf16_len(match.group()),
                }
            )
        return found

    def send_text(
        self,
        user: User,
        text: str,
        chat: dict[str, Any] | None = None,
        reply_to: dict[str, Any] | None = None,
        kind: str = "message",
        **fields: Any,
    ) -> dict[str, Any]:
        """A user types ``text`` (in their private chat unless ``chat``); returns the message."""
        extra: dict[str, Any] = {"text": text, **fields}
        if entities := self.entities(text):
            extra["entities"] = entities
        if reply_to is not None:
            extra["reply_to_message"] = reply_to
        message = self._message(user, chat or user.chat, **extra)
        if kind == "edited_message":
            message["edit_date"] = int(time.time())
        self.push(kind, message)
        return message

    def send_sticker(self, user: User, chat: dict[str, Any] | None = None) -> dict[str, Any]:
        sticker = {
            "file_id": f"sticker{next(self._ids)}",
            "file_unique_id": f"u{next(self._ids)}",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": "👍",
        }
        message = self._message(user, chat or user.chat, sticker=sticker)
        self.push("message", message)
        return message

    def send_location(self, user: User) -> dict[str, Any]:
        message = self._message(user, user.chat, location={"latitude": 10.01, "longitude": 105.08})
        self.push("message", message)
        return message

    def send_document(
        self, user: User, data: bytes, file_name: str, mime_type: str = "application/octet-stream"
    ) -> dict[str, Any]:
        """A user sends a file: it is stored for ``getFile`` and the download URL."""
        file_id = self.add_file(data, f"documents/file_{next(self._ids)}{_suffix(file_name)}")
        document = {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_name": file_name,
            "mime_type": mime_type,
            "file_size": len(data),
        }
        message = self._message(user, user.chat, document=document)
        self.push("message", message)
        return message

    def add_file(self, data: bytes, path: str) -> str:
        file_id = f"file{next(self._ids)}"
        with self._lock:
            self.files[file_id] = (path, data)
        return file_id

    def press(self, user: User, message: dict[str, Any], data: str) -> str:
        """A user presses an inline button with ``data`` under the bot's ``message``."""
        query_id = str(next(self._ids))
        stored = self.messages.get((message["chat"]["id"], message["message_id"]), message)
        payload = {
            "id": query_id,
            "from": user.to_dict(),
            "message": stored,
            "chat_instance": f"ci{message['chat']['id']}",
            "data": data,
        }
        self.push("callback_query", payload)
        return query_id

    def inline(self, user: User, query: str) -> str:
        """A user types ``@bot query`` in some chat."""
        query_id = str(next(self._ids))
        self.push(
            "inline_query",
            {"id": query_id, "from": user.to_dict(), "query": query, "offset": "", "chat_type": "sender"},
        )
        return query_id

    def channel_post(self, text: str) -> None:
        chat = {"id": -1009999, "type": "channel", "title": "Kênh"}
        self.push("channel_post", self._message(None, chat, text=text, sender_chat=chat))

    # --- test side: what the bot did ---------------------------------------------------------
    def reset(self) -> None:
        """Forget recorded calls (between tests); queued updates and messages stay."""
        with self._lock:
            self.calls.clear()
            self._by_chat.clear()

    def sent(self, method: str | None = None, chat_id: int | None = None) -> list[Call]:
        with self._lock:
            if method is not None and chat_id is not None:
                return list(self._by_chat.get((method, chat_id), []))
            return [
                c
                for c in self.calls
                if (method is None or c.method == method) and (chat_id is None or c.chat_id == chat_id)
            ]

    def wait_for(self, match: Callable[[Call], bool], count: int = 1, timeout: float = 15.0) -> list[Call]:
        """Block until ``count`` recorded calls match (or fail with what was recorded)."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                found = [c for c in self.calls if match(c)]
                if len(found) >= count:
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    summary = "\n".join(
                        f"  {c.method} {json.dumps(c.params, ensure_ascii=False)[:300]}"
                        for c in self.calls[-15:]
                    )
                    raise AssertionError(
                        f"timed out waiting for {count} matching call(s); got {len(found)}. Recent calls:\n{summary}"
                    )
                self._lock.wait(left)

    def wait_sent(
        self,
        chat_id: int,
        method: str = "sendMessage",
        count: int = 1,
        contains: str = "",
        timeout: float = 15.0,
    ) -> list[Call]:
        """Wait for ``count`` messages of ``method`` to ``chat_id`` (with ``contains`` in the text)."""
        if not contains:  # the fast path (the load benchmark waits like this from many threads)
            deadline = time.monotonic() + timeout
            with self._lock:
                while len(found := self._by_chat.get((method, chat_id), [])) < count:
                    if not self._lock.wait(max(0.0, deadline - time.monotonic())):
                        break
                if len(found) >= count:
                    return list(found)
        return self.wait_for(
            lambda c: c.method == method and c.chat_id == chat_id and contains in c.text, count, timeout
        )

    def wait_polls(self, count: int = 1, timeout: float = 60.0) -> bool:
        """Block until the bot has started ``count`` getUpdates calls (it is up and taking updates)."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while self.polls < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._lock.wait(left)
        return True

    # --- server side -------------------------------------------------------------------------
    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        method = request.match_info["method"]
        params, files = await _read_params(request)
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            return web.json_response(
                {"ok": False, "error_code": 404, "description": "Not Found: method not found"}, status=404
            )
        call = Call(method, params, files)
        try:
            call.result = await handler(params, files) if method == "getUpdates" else handler(params, files)
        except BadRequest as err:
            call.result = err
            self._record(call)
            return web.json_response({"ok": False, "error_code": 400, "description": str(err)}, status=400)
        self._record(call)
        return web.json_response({"ok": True, "result": call.result})

    def _record(self, call: Call) -> None:
        with self._lock:
            self.calls.append(call)
            self._by_chat.setdefault((call.method, call.chat_id), []).append(call)
            self._lock.notify_all()

    async def _download(self, request: web.Request) -> web.Response:
        path = request.match_info["path"]
        with self._lock:
            found = [data for p, data in self.files.values() if p == path]
        if request.match_info["token"] != self.token or not found:
            return web.Response(status=404, text="Not Found")
        return web.Response(body=found[0], content_type="application/octet-stream")

    async def _api_getUpdates(self, params: dict[str, Any], files: dict[str, bytes]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        limit = int(params.get("limit") or 100)
        assert self._new_update is not None
        deadline = time.monotonic() + timeout
        with self._lock:
            self.polls += 1
            self._lock.notify_all()
        while True:
            with self._lock:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
                pending = self._updates[:limit]
                if pending or self._hurry or time.monotonic() >= deadline:
                    return pending
                self._new_update.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new_update.wait(), max(0.0, deadline - time.monotonic()))

    def _api_getMe(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        return self.bot

    def _api_deleteWebhook(self, params: dict[str, Any], files: dict[str, bytes]) -> bool:
        return True

    def _api_logOut(self, params: dict[str, Any], files: dict[str, bytes]) -> bool:
        return True

    def _api_close(self, params: dict[str, Any], files: dict[str, bytes]) -> bool:
        return True

    def _api_setMyCommands(self, params: dict[str, Any], files: dict[str, bytes]) -> bool:
        scope = params.get("scope") or {"type": "default"}
        if scope.get("type") == "chat" and int(scope.get("chat_id", 0)) not in self._known_chats():
            raise BadRequest("Bad Request: chat not found")
        for command in params["commands"]:
            if (
                not re.fullmatch(r"[a-z0-9_]{1,32}", command["command"])
                or not 1 <= len(command["description"]) <= 256
            ):
                raise BadRequest("Bad Request: BOT_COMMAND_INVALID")
        self.commands[json.dumps(scope, sort_keys=True)] = params["commands"]
        return True

    def _api_getMyCommands(self, params: dict[str, Any], files: dict[str, bytes]) -> list[dict[str, Any]]:
        scope = params.get("scope") or {"type": "default"}
        return self.commands.get(json.dumps(scope, sort_keys=True), [])

    def _api_sendChatAction(self, params: dict[str, Any], files: dict[str, bytes]) -> bool:
        self._chat(params)
        return True

    def _api_sendMessage(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        text = self._visible(str(params.get("text", "")), params.get("parse_mode"), MAX_TEXT)
        return self._bot_message(params, text=text)

    def _api_sendPhoto(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        data = files.get("photo")
        if not data or (not data.startswith(b"\x89PNG") and not data.startswith(b"\xff\xd8")):
            raise BadRequest("Bad Request: IMAGE_PROCESS_FAILED")
        file_id = self.add_file(data, f"photos/file_{next(self._ids)}.png")
        photo = [
            {
                "file_id": file_id,
                "file_unique_id": f"u{file_id}",
                "width": 700,
                "height": 400,
                "file_size": len(data),
            }
        ]
        return self._bot_message(params, photo=photo, **self._caption(params))

    def _api_sendDocument(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        data = files.get("document")
        if not data:
            raise BadRequest("Bad Request: there is no document in the request")
        file_id = self.add_file(data, f"documents/file_{next(self._ids)}")
        document = {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_size": len(data)}
        return self._bot_message(params, document=document, **self._caption(params))

    def _api_editMessageText(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any] | bool:
        message = self._stored(params)
        text = self._visible(str(params.get("text", "")), params.get("parse_mode"), MAX_TEXT)
        if message.get("text") == text and message.get("reply_markup") == params.get("reply_markup"):
            raise BadRequest("Bad Request: message is not modified")
        message["text"] = text
        message["edit_date"] = int(time.time())
        _set_markup(message, params.get("reply_markup"))
        return message

    def _api_editMessageReplyMarkup(
        self, params: dict[str, Any], files: dict[str, bytes]
    ) -> dict[str, Any] | bool:
        message = self._stored(params)
        _set_markup(message, params.get("reply_markup"))
        return message

    def _api_answerCallbackQuery(self, params: dict[str, Any], files: dict[str, bytes]) -> bool:
        if len(str(params.get("text") or "")) > 200:
            raise BadRequest("Bad Request: MESSAGE_TOO_LONG")
        return True

    def _api_answerInlineQuery(self, params: dict[str, Any], files: dict[str, bytes]) -> bool:
        results = params.get("results") or []
        if len(results) > 50 or len({r["id"] for r in results}) != len(results):
            raise BadRequest("Bad Request: RESULT_ID_DUPLICATE")
        for result in results:
            content = result.get("input_message_content") or {}
            self._visible(str(content.get("message_text", "")), content.get("parse_mode"), MAX_TEXT)
        return True

    def _api_getFile(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        file_id = str(params.get("file_id"))
        with self._lock:
            found = self.files.get(file_id)
        if found is None:
            raise BadRequest("Bad Request: invalid file_id")
        path, data = found
        return {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_size": len(data),
            "file_path": path,
        }

    # --- helpers -----------------------------------------------------------------------------
    def _known_chats(self) -> set[int]:
        with self._lock:
            return {chat_id for chat_id, _ in self.messages}

    def _chat(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        with self._lock:
            for (cid, _), message in self.messages.items():
                if cid == chat_id:
                    return dict(message["chat"])
        raise BadRequest("Bad Request: chat not found")

    @staticmethod
    def _visible(text: str, parse_mode: str | None, limit: int) -> str:
        visible = parse_html(text) if (parse_mode or "").upper() == "HTML" else text
        if not visible.strip():
            raise BadRequest("Bad Request: message text is empty")
        if utf16_len(visible) > limit:
            raise BadRequest("Bad Request: message is too long")
        return visible

    def _caption(self, params: dict[str, Any]) -> dict[str, Any]:
        if not params.get("caption"):
            return {}
        return {"caption": self._visible(str(params["caption"]), params.get("parse_mode"), MAX_CAPTION)}

    def _bot_message(self, params: dict[str, Any], **content: Any) -> dict[str, Any]:
        chat = self._chat(params)
        message: dict[str, Any] = {
            "message_id": self.next_message_id(chat["id"]),
            "date": int(time.time()),
            "chat": chat,
            "from": {k: self.bot[k] for k in ("id", "is_bot", "first_name", "username")},
            **content,
        }
        reply = params.get("reply_parameters") or {}
        if reply.get("message_id"):
            replied = self.messages.get((chat["id"], int(reply["message_id"])))
            if replied is None and not reply.get("allow_sending_without_reply"):
                raise BadRequest("Bad Request: message to be replied not found")
            if replied is not None:
                message["reply_to_message"] = {k: v for k, v in replied.items() if k != "reply_to_message"}
        _set_markup(message, params.get("reply_markup"))
        with self._lock:
            self.messages[(chat["id"], message["message_id"])] = message
        return message

    def _stored(self, params: dict[str, Any]) -> dict[str, Any]:
        key = (int(params.get("chat_id") or 0), int(params.get("message_id") or 0))
        with self._lock:
            message = self.messages.get(key)
        if message is None:
            raise BadRequest("Bad Request: message to edit not found")
        return message


def _set_markup(message: dict[str, Any], markup: dict[str, Any] | None) -> None:
    if markup and markup.get("inline_keyboard"):
        for row in markup["inline_keyboard"]:
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode()) <= 64:
                    raise BadRequest("Bad Request: BUTTON_DATA_INVALID")
        message["reply_markup"] = markup
    else:
        message.pop("reply_markup", None)


def _suffix(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:] if dot > 0 else ""


async def _read_params(request: web.Request) -> tuple[dict[str, Any], dict[str, bytes]]:
    """Form, multipart or JSON parameters; PTB JSON-encodes every value but plain strings."""
    params: dict[str, Any] = {}
    files: dict[str, bytes] = {}
    if request.content_type == "application/json":
        return dict(await request.json()), files
    if request.content_type.startswith("multipart/"):
        reader = await request.multipart()
        async for part in reader:
            if not isinstance(part, BodyPartReader) or part.name is None:
                continue
            data = await part.read()
            if part.filename:
                files[part.name] = bytes(data)
            else:
                params[part.name] = _decode(part.name, bytes(data).decode())
        return params, files
    form = await request.post()
    for key, value in form.items():
        params[key] = _decode(key, value) if isinstance(value, str) else value
    return params, files


def _decode(key: str, value: str) -> Any:
    if key in RAW_KEYS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value
