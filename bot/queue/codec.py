"""What travels through Redis: a job (the request and where its answer goes) and a summary.

A job carries everything the reply needs, so whichever worker takes it can answer the chat even
when the bot replica that accepted it is gone. Summaries are stored slimmed (no article text).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import asdict, dataclass, fields
from typing import Any

from summarizer.types import Article, Figure, Speaker, Summary

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
    article = summary.article
    data = summary.to_dict()
    data["truncated"] = summary.truncated
    data["dropped"] = summary.dropped
    if article is not None:
        data["article"] = {
            "title": article.title,
            "url": article.url,
            "source": article.source,
            "published": article.published,
        }
    return json.dumps(data, ensure_ascii=False)


def _tuples(value: Any) -> Any:
    """JSON arrays back into the tuples the frozen dataclasses hold (and hash)."""
    if isinstance(value, list):
        return tuple(_tuples(v) for v in value)
    return value


def _figure(raw: dict[str, Any]) -> Figure:
    known = {f.name for f in fields(Figure)}  # a field a newer version added is left out
    return Figure(**{k: _tuples(v) for k, v in raw.items() if k in known})


def summary_from_json(data: str | bytes) -> Summary:
    raw = json.loads(data)
    article = raw.get("article")
    return Summary(
        headline=raw["headline"],
        text=raw["summary"],
        figures=tuple(_figure(f) for f in raw.get("figures", ())),
        speakers=tuple(
            Speaker(s["name"], s.get("role"), tuple(s.get("quotes", ())))
            for s in raw.get("speakers", ())
        ),
        backend=raw.get("backend", "extractive"),
        truncated=bool(raw.get("truncated", False)),
        dropped=int(raw.get("dropped", 0)),
        article=Article("", **article) if article else None,
    )
