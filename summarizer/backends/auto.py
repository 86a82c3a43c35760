"""The backend that changes under a running bot: extractive now, seq2seq once the model arrives.

The pipeline holds this backend; requests keep being served by the current one while the model
is fetched, converted and loaded off the request path, and the switch is one attribute
assignment, seen by the next request. Which text a draft is (extractive or generated) is
carried by the draft itself, so a request that straddles the switch is still checked right.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..document import Document
from ..errors import ModelUnavailableError
from .base import Backend, Draft

if TYPE_CHECKING:
    from ..provision import Provisioner

log = logging.getLogger(__name__)


class AutoBackend:
    abstractive = False  # a generated draft says so itself (Draft.abstractive)

    def __init__(self, current: Backend, upgrade: Callable[[], Backend]) -> None:
        self.current = current
        self._upgrade = upgrade
        self.switched = threading.Event()
        self.provisioner: Provisioner | None = None  # what fetches the model, when something does

    @property
    def name(self) -> str:
        return self.current.name

    def summarize(self, doc: Document) -> Draft:
        return self.current.summarize(doc)

    def arrive(self) -> None:
        """The model is on disk: load it (in the caller's thread, not a request's) and switch."""
        try:
            backend = self._upgrade()
        except ModelUnavailableError as exc:
            log.error("%s: staying on the %s backend", exc, self.current.name)
            return
        previous, self.current = self.current, backend
        log.info(
            "switched from the %s backend to %s without a restart",
            previous.name,
            getattr(backend, "label", backend.name),
        )
        self.switched.set()
