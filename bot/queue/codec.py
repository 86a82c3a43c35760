"""What travels through Redis: a job (the request and where its answer goes) and a summary.

A job carries everything the reply needs, so whichever worker takes it can answer the chat even
when the bot replica that accepted it is gone. Summaries are stored slimmed (no article text).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import asdict, dataclass, fields, is_dataclass
from types import UnionType
from typing import Any, Union, get_args, get_origin, get_type_hints

from summarizer.types import Summary

from ..message_input import MessageInput


@dataclass(frozen=True)
class Job:
    job_id: str
    key: str  # the cache key of the article (bot.service.cache_key)
    text: str
    url: str | None = None
    source: str | None = None
    source_url: str | None = None
    # Where the answer goes; no chat: only the cache is filled (an inline query waits on it).
    chat_id: int | None = None
    reply_to: int | None = None
    thread_id: int | None = None
    placeholder: int | None = None
    user: int | None = None
    accepted_at: float = 0.0  # unix time the bot took the request

    @classmethod
    def new(cls, key: str, request: MessageInput, **where: Any) -> Job:
        return cls(
            job_id=uuid.uuid4().hex,
            key=key,
            text=request.text,
            url=request.url,
            source=request.source,
            source_url=request.source_url,
            **where,
        )

    @property
    def request(self) -> MessageInput:
        return MessageInput(self.text, self.url, self.source, self.source_url)

    @property
    def answer_id(self) -> str:
        """One answer per user message: redelivered copies of the job share it."""
        if self.chat_id is not None and self.reply_to is not None:
            return f"{self.chat_id}:{self.reply_to}"
        return self.job_id

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, data: str | bytes) -> Job:
        return cls(**json.loads(data))


def key_hash(key: str) -> str:
    """Redis key names of bounded length for cache keys (a URL can be long)."""
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


def summary_to_json(summary: Summary) -> str:
    """Every field of the summary and of what it holds (figures, speakers, the evidence of each
    quote: which ones the reply may show), so a cached summary renders exactly as the fresh one;
    the article without its text."""
    data = asdict(summary)
    if data.get("article") is not None:
        data["article"]["text"] = ""
    return json.dumps(data, ensure_ascii=False)


def summary_from_json(data: str | bytes) -> Summary:
    return _build(Summary, json.loads(data))


def _build(cls: Any, data: dict[str, Any]) -> Any:
    """A dataclass from its JSON: nested dataclasses by the field types, arrays as tuples; a
    field another version added is left out."""
    hints = get_type_hints(cls)
    known = {f.name for f in fields(cls)}
    return cls(**{k: _decode(hints[k], v) for k, v in data.items() if k in known})


def _decode(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    if is_dataclass(kind):
        return _build(kind, value)
    args = [a for a in get_args(kind) if a is not type(None)]
    if get_origin(kind) is tuple:
        inner = args[0] if args else Any
        return tuple(_decode(inner, v) for v in value)
    if get_origin(kind) in (Union, UnionType) and len(args) == 1:
        return _decode(args[0], value)
    if isinstance(value, list):
        return tuple(_decode(Any, v) for v in value)
    return value
