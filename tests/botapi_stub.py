"""A Bot API stand-in on 127.0.0.1 that checks requests the way Telegram would.

It queues updates and serves them through getUpdates (honouring `offset` and a short long-poll),
records every request, and refuses what Telegram refuses: unknown methods, missing fields, HTML
that does not parse under Telegram's rules, messages over 4096 characters, an inline query
answered twice. Every refusal is also kept in `violations`, so a test can assert there were none.
Failures can be injected per method (a 400, or a 429 with retry_after).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from aiohttp import web

TOKEN_SHAPE = re.compile(r"^\d+:[A-Za-z0-9_-]{10,}$")
MAX_TEXT = 4096
MAX_POLL = 0.5  # seconds a getUpdates may hang, whatever timeout the client asks for

# method (lower case) -> required fields; alternatives are tuples.
REQUIRED: dict[str, list[str | tuple[str, ...]]] = {
    "getme": [],
    "getupdates": [],
    "deletewebhook": [],
    "getwebhookinfo": [],
    "close": [],
    "logout": [],
    "setwebhook": ["url"],
    "setmycommands": ["commands"],
    "deletemycommands": [],
    "sendmessage": ["chat_id", "text"],
    "sendchataction": ["chat_id", "action"],
    "editmessagetext": ["text", ("inline_message_id", "message_id")],
    "deletemessage": ["chat_id", "message_id"],
    "answerinlinequery": ["inline_query_id", "results"],
}
JSON_FIELDS = {
    "link_preview_options",
    "reply_parameters",
    "results",
    "commands",
    "scope",
    "allowed_updates",
    "button",
    "reply_markup",
    "entities",
}
ALLOWED_TAGS = {
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
CHAT_ACTIONS = {
    "typing",
    "upload_photo",
    "record_video",
    "upload_video",
    "record_voice",
    "upload_voice",
    "upload_document",
    "choose_sticker",
    "find_location",
    "record_video_note",
    "upload_video_note",
}


class HtmlError(ValueError):
    pass


class _StrictParser(HTMLParser):
    """Telegram's HTML: a few tags, properly nested, and only &lt; &gt; &amp; &quot;."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            raise HtmlError(f'unsupported start tag "{tag}"')
        names = dict(attrs)
        if tag == "a" and not names.get("href"):
            raise HtmlError("a tag without href")
        if tag == "a" and "a" in self.stack:
            raise HtmlError("nested a tags")
        if tag == "span" and names.get("class") != "tg-spoiler":
            raise HtmlError("span without class tg-spoiler")
        self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raise HtmlError(f'self-closing tag "{tag}"')

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            raise HtmlError(f'unmatched end tag "{tag}" (open: {self.stack})')
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if "<" in data or ">" in data:
            raise HtmlError("unescaped < or >")
        if "&" in data:
            raise HtmlError("unescaped &")
        self.text.append(data)

    def handle_entityref(self, name: str) -> None:
        table = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
        if name not in table:
            raise HtmlError(f"unsupported entity &{name};")
        self.text.append(table[name])

    def handle_charref(self, name: str) -> None:
        raise HtmlError(f"numeric entity &#{name}; (only &lt; &gt; &amp; &quot; are used)")

    def handle_comment(self, data: str) -> None:
        raise HtmlError("comment")

    def handle_decl(self, decl: str) -> None:
        raise HtmlError("declaration")

    def unknown_decl(self, data: str) -> None:
        raise HtmlError("declaration")


def parse_html(html: str) -> str:
    """The text Telegram would show, or `HtmlError` with Telegram's kind of complaint."""
    if re.search(r"&(?![a-zA-Z]+;|#)", html):
        raise HtmlError("unescaped &")
    if re.search(r"<(?![a-zA-Z/])", html):
        raise HtmlError("unescaped <")
    parser = _StrictParser()
    parser.feed(html)
    parser.close()
    if parser.stack:
        raise HtmlError(f"unclosed tags {parser.stack}")
    return "".join(parser.text)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass
class Call:
    method: str  # as sent, e.g. "sendMessage"
    params: dict[str, Any]
    at: float  # time.monotonic()
    status: int = 200


@dataclass
class _Failure:
    status: int
    description: str
    retry_after: int | None
    times: int


class TelegramError(Exception):
    def __init__(self, status: int, description: str) -> None:
        super().__init__(description)
        self.status, self.description = status, description


@dataclass
class BotAPIStub:
    token: str
    bot_id: int = 0
    username: str = "NewsBriefTestBot"
    calls: list[Call] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.bot_id = int(self.token.split(":")[0])
        self._updates: list[dict[str, Any]] = []
        self._next_update_id = 1000
        self._next_message_id: dict[int, int] = {}
        self._answered_inline: set[str] = set()
        self._failures: dict[str, list[_Failure]] = {}
        self._changed = asyncio.Condition()
        self._new_update = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.url = ""

    # --- lifecycle -----------------------------------------------------------------------
    async def start(self) -> str:
        app = web.Application()
        app.router.add_route("POST", "/bot{token}/{method}", self._handle)
        app.router.add_route("GET", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    # --- what tests do -------------------------------------------------------------------
    def push(self, update: dict[str, Any]) -> int:
        """Queue an update (its update_id is assigned here) for the next getUpdates."""
        update = dict(update)
        update["update_id"] = self._next_update_id
        self._next_update_id += 1
        self._updates.append(update)
        self._new_update.set()
        return update["update_id"]

    def fail(
        self,
        method: str,
        *,
        status: int = 400,
        description: str = "Bad Request: injected",
        retry_after: int | None = None,
        times: int = 1,
    ) -> None:
        """The next `times` calls of `method` fail like Telegram would fail them."""
        if retry_after is not None:
            status, description = 429, f"Too Many Requests: retry after {retry_after}"
        self._failures.setdefault(method.lower(), []).append(
            _Failure(status, description, retry_after, times)
        )

    def requests(self, method: str, *, ok_only: bool = False) -> list[Call]:
        return [
            c
            for c in self.calls
            if c.method.lower() == method.lower() and (not ok_only or c.status == 200)
        ]

    def sent_texts(self, chat_id: int | None = None) -> list[str]:
        """Texts of accepted sendMessage and editMessageText calls, in order."""
        return [
            c.params["text"]
            for c in self.calls
            if c.status == 200
            and c.method.lower() in ("sendmessage", "editmessagetext")
            and (chat_id is None or int(c.params.get("chat_id", 0)) == chat_id)
        ]

    async def wait_for(self, predicate: Callable[[BotAPIStub], Any], timeout: float = 10.0) -> Any:
        """Wait until `predicate(stub)` is truthy; its value is returned."""

        async def wait() -> Any:
            async with self._changed:
                while not (value := predicate(self)):
                    await self._changed.wait()
                return value

        return await asyncio.wait_for(wait(), timeout)

    # --- the server ----------------------------------------------------------------------
    async def _handle(self, request: web.Request) -> web.Response:
        token, method = request.match_info["token"], request.match_info["method"]
        if token != self.token or not TOKEN_SHAPE.match(token):
            return self._error(401, "Unauthorized")
        params = await self._params(request)
        call = Call(method, params, time.monotonic())
        try:
            result = await self._dispatch(method, params)
        except TelegramError as exc:
            call.status = exc.status
            await self._record(call)
            retry = getattr(exc, "retry_after", None)
            return self._error(exc.status, exc.description, retry)
        if method.lower() != "getupdates" or result:
            await self._record(call)
        return web.json_response({"ok": True, "result": result})

    async def _record(self, call: Call) -> None:
        async with self._changed:
            self.calls.append(call)
            self._changed.notify_all()

    @staticmethod
    async def _params(request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            return dict(await request.json())
        form = await request.post()
        params: dict[str, Any] = {}
        for key, value in form.items():
            if isinstance(value, str) and key in JSON_FIELDS:
                value = json.loads(value)
            params[key] = value
        return params

    def _error(self, status: int, description: str, retry_after: int | None = None) -> web.Response:
        body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
        if retry_after is not None:
            body["parameters"] = {"retry_after": retry_after}
        return web.json_response(body, status=status)

    def _violation(self, method: str, problem: str) -> TelegramError:
        self.violations.append(f"{method}: {problem}")
        return TelegramError(400, f"Bad Request: {problem}")

    def _check_text(self, method: str, text: str, parse_mode: str | None) -> None:
        shown = text
        if parse_mode is not None:
            if parse_mode.upper() != "HTML":
                raise self._violation(method, f"unexpected parse_mode {parse_mode}")
            try:
                shown = parse_html(text)
            except HtmlError as exc:
                raise self._violation(method, f"can't parse entities: {exc}") from None
        if not shown.strip():
            raise self._violation(method, "message text is empty")
        if utf16_len(shown.strip()) > MAX_TEXT:
            raise self._violation(method, f"message is too long ({utf16_len(shown)})")

    async def _dispatch(self, method: str, params: dict[str, Any]) -> Any:
        name = method.lower()
        if name not in REQUIRED:
            self.violations.append(f"unknown method {method}")
            raise TelegramError(404, "Not Found")
        for required in REQUIRED[name]:
            options = required if isinstance(required, tuple) else (required,)
            if not any(params.get(o) not in (None, "") for o in options):
                raise self._violation(method, f"{'/'.join(options)} is required")
        failures = self._failures.get(name)
        if failures:
            failure = failures[0]
            failure.times -= 1
            if failure.times <= 0:
                failures.pop(0)
            exc = TelegramError(failure.status, failure.description)
            exc.retry_after = failure.retry_after  # type: ignore[attr-defined]
            raise exc
        handler = getattr(self, f"_m_{name}", None)
        return await handler(params) if handler else True

    async def _m_getme(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "NewsBrief",
            "username": self.username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
        }

    async def _m_getupdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        timeout = min(float(params.get("timeout") or 0), MAX_POLL)
        if offset:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        if not self._updates and timeout > 0:
            self._new_update.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new_update.wait(), timeout)
        return self._updates[:limit]

    def _message(self, params: dict[str, Any], message_id: int | None = None) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        if message_id is None:
            message_id = self._next_message_id.get(chat_id, 500) + 1
            self._next_message_id[chat_id] = message_id
        chat = {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"}
        if chat_id < 0:
            chat["title"] = "Test group"
        else:
            chat["first_name"] = "Test"
        return {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": chat,
            "from": {
                "id": self.bot_id,
                "is_bot": True,
                "first_name": "NewsBrief",
                "username": self.username,
            },
            "text": parse_html(params["text"]) if params.get("parse_mode") else params["text"],
        }

    async def _m_sendmessage(self, params: dict[str, Any]) -> dict[str, Any]:
        self._check_text("sendMessage", params["text"], params.get("parse_mode"))
        return self._message(params)

    async def _m_editmessagetext(self, params: dict[str, Any]) -> dict[str, Any]:
        self._check_text("editMessageText", params["text"], params.get("parse_mode"))
        if "chat_id" not in params:
            raise self._violation("editMessageText", "chat_id is required with message_id")
        return self._message(params, int(params["message_id"]))

    async def _m_sendchataction(self, params: dict[str, Any]) -> bool:
        if params["action"] not in CHAT_ACTIONS:
            raise self._violation("sendChatAction", f"wrong action {params['action']}")
        return True

    async def _m_answerinlinequery(self, params: dict[str, Any]) -> bool:
        query_id = str(params["inline_query_id"])
        if query_id in self._answered_inline:
            raise self._violation(
                "answerInlineQuery",
                "query is too old and response timeout expired or query ID "
                "is invalid (answered twice)",
            )
        results = params["results"]
        if not isinstance(results, list) or len(results) > 50:
            raise self._violation("answerInlineQuery", "results must be a list of at most 50")
        ids = set()
        for result in results:
            for key in ("type", "id", "title", "input_message_content"):
                if not result.get(key):
                    raise self._violation("answerInlineQuery", f"result {key} is required")
            if result["id"] in ids or len(result["id"].encode()) > 64:
                raise self._violation("answerInlineQuery", "RESULT_ID_DUPLICATE or too long")
            ids.add(result["id"])
            content = result["input_message_content"]
            self._check_text(
                "answerInlineQuery", content.get("message_text", ""), content.get("parse_mode")
            )
        self._answered_inline.add(query_id)
        return True
