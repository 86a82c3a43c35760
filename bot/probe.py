"""Ask a running process's /healthz: the one check behind `newsbrief-bot --healthcheck` and
`newsbrief-worker --healthcheck` (a container's HEALTHCHECK)."""

from __future__ import annotations

import sys


def probe(url: str, timeout: float = 4.0) -> int:
    """0 when `url` answers 200; else one line on stderr, 1."""
    import urllib.error
    import urllib.request

    try:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never a proxy
        with opener.open(url, timeout=timeout) as response:
            status = response.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    except OSError as exc:
        print(f"unhealthy: {url}: {exc}", file=sys.stderr)
        return 1
    if status != 200:
        print(f"unhealthy: {url} answered {status}", file=sys.stderr)
        return 1
    return 0
