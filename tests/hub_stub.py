"""A stand-in for the Hugging Face hub on 127.0.0.1: serves model folders as repositories.

huggingface_hub honours HF_ENDPOINT, so `snapshot_download` (and `python -m summarizer download`)
talks to this server over real HTTP: the revision and file-tree API, then HEAD and GET on each
file's resolve URL, with the commit, ETag and length headers the client checks. Requests are
recorded so tests can count what was fetched. A gate holds one file's download half-way until the
test opens it, so what happens during a download is not left to timing.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

COMMIT = "0123456789abcdef0123456789abcdef01234567"


class HubStub:
    def __init__(self, repos: dict[str, Path], gate_file: str | None = None) -> None:
        self.repos = repos
        self.gate_file = gate_file  # sent half, then held until `gate` is set
        self.gate = threading.Event()
        self.requests: list[tuple[str, str]] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> HubStub:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                stub._handle(self, body=True)

            def do_HEAD(self) -> None:
                stub._handle(self, body=False)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.gate.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def fetched(self, name: str) -> int:
        """How many times a file's bytes were sent (GET on its resolve URL)."""
        with self._lock:
            return sum(1 for m, p in self.requests if m == "GET" and p.endswith(f"/{name}"))

    # --- the hub's API ------------------------------------------------------------------------
    def _files(self, repo: str) -> dict[str, Path]:
        root = self.repos[repo]
        return {str(p.relative_to(root)): p for p in sorted(root.rglob("*")) if p.is_file()}

    def _handle(self, h: BaseHTTPRequestHandler, body: bool) -> None:
        path = unquote(urlsplit(h.path).path)
        with self._lock:
            self.requests.append((h.command, path))
        api = re.fullmatch(r"/api/models/([^/]+/[^/]+)/(revision|tree)/([^/]+)(?:/.*)?", path)
        resolve = re.fullmatch(r"/([^/]+/[^/]+)/resolve/([^/]+)/(.+)", path)
        repo = (api or resolve).group(1) if (api or resolve) else None
        if repo not in self.repos:
            return self._send(h, 404, b'{"error":"Repository not found"}', body, repo_missing=True)
        files = self._files(repo)
        if api and api.group(2) == "revision":
            info = {
                "id": repo,
                "modelId": repo,
                "sha": COMMIT,
                "private": False,
                "siblings": [{"rfilename": name} for name in files],
            }
            return self._send(h, 200, json.dumps(info).encode(), body)
        if api:
            tree = [
                {"type": "file", "oid": _oid(p), "size": p.stat().st_size, "path": name}
                for name, p in files.items()
            ]
            return self._send(h, 200, json.dumps(tree).encode(), body)
        assert resolve is not None
        file = files.get(resolve.group(3))
        if file is None:
            return self._send(h, 404, b'{"error":"Entry not found"}', body, entry_missing=True)
        data = file.read_bytes()
        headers = {"X-Repo-Commit": COMMIT, "ETag": f'"{_oid(file)}"'}
        held = body and resolve.group(3) == self.gate_file
        return self._send(
            h,
            200,
            data,
            body,
            headers=headers,
            content_type="application/octet-stream",
            gate=self.gate if held else None,
        )

    @staticmethod
    def _send(
        h: BaseHTTPRequestHandler,
        status: int,
        data: bytes,
        body: bool,
        headers: dict[str, str] | None = None,
        content_type: str = "application/json",
        repo_missing: bool = False,
        entry_missing: bool = False,
        gate: threading.Event | None = None,
    ) -> None:
        h.send_response(status)
        h.send_header("Content-Type", content_type)
        h.send_header("Content-Length", str(len(data)))
        if repo_missing:
            h.send_header("X-Error-Code", "RepoNotFound")
        if entry_missing:
            h.send_header("X-Error-Code", "EntryNotFound")
        for key, value in (headers or {}).items():
            h.send_header(key, value)
        h.end_headers()
        if not body:
            return
        if gate is not None:
            h.wfile.write(data[: len(data) // 2])
            h.wfile.flush()
            gate.wait(600)
            data = data[len(data) // 2 :]
        h.wfile.write(data)


def _oid(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()
