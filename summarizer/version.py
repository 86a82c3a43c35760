"""The installed distribution's version, for `--version` of the console scripts."""

from __future__ import annotations

from importlib import metadata


def version() -> str:
    try:
        return metadata.version("newsbrief")
    except metadata.PackageNotFoundError:  # run from a checkout that was never installed
        return "0+unknown"
