"""A Bot API stand-in on 127.0.0.1 that checks requests the way Telegram would.

It queues updates and serves them through getUpdates (honouring `offset` and a short long-poll),
records every request, and refuses what Telegram refuses: unknown methods, missing fields, HTML
that does not parse under Telegram's rules, messages over 4096 characters, an inline query
answered twice, a user's message edited or deleted. Every refusal is also kept in `violations`, so a
test can assert there were none. It keeps the chat as a user sees it (`visible`): messages with
ids from one sequence per chat shared with the user's own, edits applied, deletions gone.

Faults are injected per method, for a number of calls or a span of time (`fault`): Telegram's
errors (500, 429 with retry_after), a proxy's 502 HTML page, a connection dropped before the call
took effect or after it (the bot never learns that it did), and slow answers.
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
from typing import Any, Literal

from aiohttp import web

TOKEN_SHAPE = re.compile(r"^\d+:[A-Za-z0-9_-]{10,}$")
MAX_TEXT = 4096
MAX_POLL = 0.5  # seconds a getUpdates may hang, whatever timeout the client asks for
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)

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
    "editmessagereplymarkup": [("inline_message_id", "message_id")],
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

# Seconds a wait on a condition may take before the test fails: generous, because it only
# matters when a test fails, and the suite must pass on a machine loaded by other jobs.
WAIT_LIMIT = 300.0


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
    status: int = 200  # what the bot was told; 0: the connection was dropped before processing
    dropped: bool = False  # processed (status 200) but the response never reached the bot


@dataclass
class StoredMessage:
    """A message as the chat shows it: who wrote it, its text now, whether it is still there."""

    chat_id: int
    message_id: int
    text: str
    from_bot: bool
    reply_to: int | None = None
    parse_mode: str | None = None
    deleted: bool = False
    edits: int = 0
    updated: float = field(default_factory=time.monotonic)  # when it got its current text


# How an injected fault answers: Telegram's own errors, a proxy's HTML page, a dropped connection
# before or after the call took effect, or a slow answer.
FaultKind = Literal["status", "html502", "drop_before", "drop_after", "retry_after", "slow"]
BAD_GATEWAY_PAGE = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    "</body>\r\n</html>\r\n"
)


@dataclass
class Fault:
    kind: FaultKind
    methods: frozenset[str] | None  # lower-case names; None: every method but getUpdates
    times: int | None = None  # how many calls it hits; None: until `until`
    until: float | None = None  # time.monotonic() when it ends; None: until `times` run out
    status: int = 500
    description: str = "Internal Server Error"
    retry_after: int | None = None
    delay: float = 0.0
    then: Callable[[], Any] | None = None  # run after a call hit by the fault (drop_after)
    hits: int = 0

    def matches(self, method: str, now: float) -> bool:
        if self.until is not None and now >= self.until:
            return False
        if self.times is not None and self.hits >= self.times:
            return False
        if self.methods is None:
            return method != "getupdates"
        return method in self.methods

    @property
    def spent(self) -> bool:
        return self.times is not None and self.hits >= self.times


class TelegramError(Exception):
    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status, self.description, self.retry_after = status, description, retry_after


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
        self._last_message_id: dict[int, int] = {}
        self.messages: dict[tuple[int, int], StoredMessage] = {}
        self._answered_inline: set[str] = set()
        self._faults: list[Fault] = []
        self._changed = asyncio.Condition()
        self._new_update = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.url = ""
        self.revoked = False  # every call answers 401, as for a token revoked at @BotFather
        self.confirmed_offset = 0  # the highest offset a getUpdates has acknowledged

    # --- lifecycle -----------------------------------------------------------------------
    async def start(self, port: int = 0) -> str:
        app = web.Application()
        app.router.add_route("POST", "/bot{token}/{method}", self._handle)
        app.router.add_route("GET", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, handler_cancellation=True)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", port)
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
        msg = update.get("message")
        if msg:  # the user's message takes its place in the chat's sequence of ids
            chat_id, message_id = int(msg["chat"]["id"]), int(msg["message_id"])
            self.messages[(chat_id, message_id)] = StoredMessage(
                chat_id, message_id, msg.get("text") or msg.get("caption") or "", False
            )
            self._last_message_id[chat_id] = max(self._last_message_id.get(chat_id, 0), message_id)
        self._new_update.set()
        return update["update_id"]

    def next_message_id(self, chat_id: int) -> int:
        """The id the chat's next message gets (for a user message that should land there)."""
        return max(self._last_message_id.get(chat_id, 500), 500) + 1

    @property
    def pending_updates(self) -> int:
        """Updates not yet acknowledged by an offset."""
        return len(self._updates)

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
            self.fault(method, kind="retry_after", retry_after=retry_after, times=times)
        else:
            self.fault(method, kind="status", status=status, description=description, times=times)

    def fault(
        self,
        *methods: str,
        kind: FaultKind,
        times: int | None = None,
        seconds: float | None = None,
        status: int = 500,
        description: str = "Internal Server Error",
        retry_after: int | None = None,
        delay: float = 0.0,
        then: Callable[[], Any] | None = None,
    ) -> Fault:
        """Calls of `methods` (every method but getUpdates when none are named) fail as `kind`
        says, for the next `times` calls or the next `seconds` seconds (whichever ends first)."""
        if times is None and seconds is None:
            raise ValueError("a fault needs `times` or `seconds`")
        if kind == "retry_after":
            status = 429
            description = f"Too Many Requests: retry after {retry_after}"
        fault = Fault(
            kind,
            frozenset(m.lower() for m in methods) or None,
            times,
            time.monotonic() + seconds if seconds is not None else None,
            status,
            description,
            retry_after,
            delay,
            then,
        )
        self._faults.append(fault)
        return fault

    def clear_faults(self) -> None:
        self._faults.clear()

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

    def visible(self, chat_id: int | None = None) -> list[StoredMessage]:
        """The bot's messages as the chat shows them now: edits applied, deleted ones gone."""
        return sorted(
            (
                m
                for m in self.messages.values()
                if m.from_bot and not m.deleted and (chat_id is None or m.chat_id == chat_id)
            ),
            key=lambda m: (m.chat_id, m.message_id),
        )

    async def wait_for(
        self, predicate: Callable[[BotAPIStub], Any], timeout: float = WAIT_LIMIT
    ) -> Any:
        """Wait until `predicate(stub)` is truthy; its value is returned."""

        async def wait() -> Any:
            async with self._changed:
                while not (value := predicate(self)):
                    await self._changed.wait()
                return value

        return await asyncio.wait_for(wait(), timeout)

    async def poke(self) -> None:
        """Wake `wait_for` callers whose predicate looks at something outside the stand-in."""
        async with self._changed:
            self._changed.notify_all()

    # --- the server ----------------------------------------------------------------------
    def _fault_for(self, method: str) -> Fault | None:
        now = time.monotonic()
        for fault in self._faults:
            if fault.matches(method, now):
                fault.hits += 1
                return fault
        self._faults = [f for f in self._faults if not f.spent]
        return None

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        token, method = request.match_info["token"], request.match_info["method"]
        if token != self.token or not TOKEN_SHAPE.match(token) or self.revoked:
            return self._error(401, "Unauthorized")
        params = await self._params(request)
        call = Call(method, params, time.monotonic())
        fault = self._fault_for(method.lower())
        if fault is not None and fault.kind == "slow":
            await asyncio.sleep(fault.delay)
        elif fault is not None and fault.kind == "drop_before":
            call.status = 0
            await self._record(call)
            return self._drop(request)
        elif fault is not None and fault.kind == "html502":
            call.status = 502
            await self._record(call)
            return web.Response(status=502, text=BAD_GATEWAY_PAGE, content_type="text/html")
        elif fault is not None and fault.kind in ("status", "retry_after"):
            call.status = fault.status
            await self._record(call)
            return self._error(fault.status, fault.description, fault.retry_after)
        try:
            result = await self._dispatch(method, params)
        except TelegramError as exc:
            call.status = exc.status
            await self._record(call)
            return self._error(exc.status, exc.description, exc.retry_after)
        if fault is not None and fault.kind == "drop_after":
            call.dropped = True
            await self._record(call)
            if fault.then is not None:
                fault.then()
            return self._drop(request)
        if method.lower() != "getupdates" or result:
            await self._record(call)
        return web.json_response({"ok": True, "result": result})

    @staticmethod
    def _drop(request: web.Request) -> web.StreamResponse:
        """Close the connection without an answer, as a proxy or a network failure would."""
        if request.transport is not None:
            request.transport.close()
        return web.Response(status=500)  # never reaches the client: the socket is gone

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
            self.confirmed_offset = max(self.confirmed_offset, offset)
        if not self._updates and timeout > 0:
            self._new_update.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new_update.wait(), timeout)
        return self._updates[:limit]

    def _message_json(self, stored: StoredMessage) -> dict[str, Any]:
        chat: dict[str, Any] = {
            "id": stored.chat_id,
            "type": "private" if stored.chat_id > 0 else "supergroup",
        }
        if stored.chat_id < 0:
            chat["title"] = "Test group"
        else:
            chat["first_name"] = "Test"
        return {
            "message_id": stored.message_id,
            "date": int(time.time()),
            "chat": chat,
            "from": {
                "id": self.bot_id,
                "is_bot": True,
                "first_name": "NewsBrief",
                "username": self.username,
            },
            "text": parse_html(stored.text) if stored.parse_mode else stored.text,
        }

    def _own_message(self, method: str, params: dict[str, Any], verb: str) -> StoredMessage:
        """The bot's message a call names, or the error Telegram gives for it."""
        if "chat_id" not in params:
            raise self._violation(method, "chat_id is required with message_id")
        key = (int(params["chat_id"]), int(params["message_id"]))
        stored = self.messages.get(key)
        if stored is None or stored.deleted:
            raise TelegramError(400, f"Bad Request: message to {verb} not found")
        if not stored.from_bot and verb == "edit":
            raise TelegramError(400, "Bad Request: message can't be edited")
        return stored

    async def _m_sendmessage(self, params: dict[str, Any]) -> dict[str, Any]:
        self._check_text("sendMessage", params["text"], params.get("parse_mode"))
        chat_id = int(params["chat_id"])
        message_id = self.next_message_id(chat_id)
        self._last_message_id[chat_id] = message_id
        reply = params.get("reply_parameters") or {}
        stored = StoredMessage(
            chat_id,
            message_id,
            params["text"],
            True,
            int(reply["message_id"]) if reply.get("message_id") else None,
            params.get("parse_mode"),
        )
        self.messages[(chat_id, message_id)] = stored
        return self._message_json(stored)

    async def _m_editmessagetext(self, params: dict[str, Any]) -> dict[str, Any]:
        self._check_text("editMessageText", params["text"], params.get("parse_mode"))
        stored = self._own_message("editMessageText", params, "edit")
        if stored.text == params["text"] and stored.parse_mode == params.get("parse_mode"):
            raise TelegramError(400, NOT_MODIFIED)
        stored.text, stored.parse_mode = params["text"], params.get("parse_mode")
        stored.edits += 1
        stored.updated = time.monotonic()
        return self._message_json(stored)

    async def _m_editmessagereplymarkup(self, params: dict[str, Any]) -> dict[str, Any]:
        stored = self._own_message("editMessageReplyMarkup", params, "edit")
        if params.get("reply_markup"):
            raise self._violation("editMessageReplyMarkup", "the bot uses no keyboards")
        raise TelegramError(400, NOT_MODIFIED)  # no keyboard before, none after
        return self._message_json(stored)  # pragma: no cover

    async def _m_deletemessage(self, params: dict[str, Any]) -> bool:
        stored = self._own_message("deleteMessage", params, "delete")
        if not stored.from_bot:
            self.violations.append(
                f"deleteMessage: the bot deleted a user's message {stored.message_id}"
            )
        stored.deleted = True
        return True

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
