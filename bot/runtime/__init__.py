"""The bot as a service: updates taken durably, health reported, a clean stop on a signal.

`runner.run` is what `python -m bot` runs; the parts are usable alone (tests run an `UpdateIntake`
and the poller in-process against the Bot API stand-in).
"""

from __future__ import annotations

from .intake import UpdateIntake
from .polling import poll
from .startup import StartupError, check_token
from .web import Health, make_web_app

__all__ = ["Health", "StartupError", "UpdateIntake", "check_token", "make_web_app", "poll"]
