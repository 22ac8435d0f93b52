"""Replay recorded HTTP from cassette folders (cassettes/README.md), and record new ones.

Replay is an httpx.MockTransport: it serves tests and `scout demo` alike and patches nothing.
"""

from __future__ import annotations

import json
import threading
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

from scout.errors import ConfigError

NOT_RECORDED = 599


def canonical_url(url: str) -> str:
    """Scheme, host and path as given; query parameters sorted, so their order never matters."""
    parts = urlsplit(url)
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path or "/", query, ""))


def _json_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


@dataclass
class Interaction:
    method: str
    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    request_json: Any = None


def load_cassette(folder: Path) -> list[Interaction]:
    """Read one cassette folder; a broken cassette is a ConfigError naming the file."""
    path = folder / "cassette.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise ConfigError(f"cannot read cassette {path}: {e}") from e
    out = []
    for i, item in enumerate(data.get("interactions", [])):
        try:
            if "body_file" in item:
                body = (folder / item["body_file"]).read_bytes()
            else:
                body = str(item.get("body", "")).encode("utf-8")
            out.append(
                Interaction(
                    method=item.get("method", "GET").upper(),
                    url=item["url"],
                    status=int(item.get("status", 200)),
                    headers={k.lower(): str(v) for k, v in item.get("headers", {}).items()},
                    body=body,
                    request_json=item.get("request_json"),
                )
            )
        except (KeyError, OSError, ValueError) as e:
            raise ConfigError(f"{path}: interaction {i} is broken: {e}") from e
    return out


class Replayer:
    """Serves recorded interactions; repeats of one request play in order, the last repeating."""

    def __init__(self, interactions: Iterable[Interaction]) -> None:
        self._queues: dict[tuple[str, str, str], list[Interaction]] = defaultdict(list)
        for it in interactions:
            body_key = _json_key(it.request_json) if it.request_json is not None else ""
            self._queues[(it.method, canonical_url(it.url), body_key)].append(it)
        self._served: dict[tuple[str, str, str], int] = defaultdict(int)
        self._lock = threading.Lock()
        self.misses: list[str] = []

    @classmethod
    def from_folders(cls, folders: Iterable[Path]) -> Replayer:
        items: list[Interaction] = []
        for folder in folders:
            items.extend(load_cassette(folder))
        return cls(items)

    def _match(self, request: httpx.Request) -> Interaction | None:
        url = canonical_url(str(request.url))
        method = request.method.upper()
        keys = [(method, url, "")]
        if request.content:
            try:
                keys.insert(0, (method, url, _json_key(json.loads(request.content))))
            except (ValueError, UnicodeDecodeError):
                pass
        with self._lock:
            for key in keys:
                queue = self._queues.get(key)
                if queue:
                    n = self._served[key]
                    self._served[key] = n + 1
                    return queue[min(n, len(queue) - 1)]
        return None

    def handle(self, request: httpx.Request) -> httpx.Response:
        it = self._match(request)
        if it is None:
            self.misses.append(f"{request.method} {request.url}")
            return httpx.Response(
                NOT_RECORDED,
                text=f"no recorded response for {request.method} {request.url}",
                request=request,
            )
        return httpx.Response(it.status, headers=it.headers, content=it.body, request=request)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)


class RecordingTransport(httpx.BaseTransport):
    """Wraps a real transport and writes every exchange into a cassette folder."""

    def __init__(self, folder: Path, inner: httpx.BaseTransport | None = None) -> None:
        self.folder = folder
        self.inner = inner or httpx.HTTPTransport()
        self.items: list[dict[str, Any]] = []
        folder.mkdir(parents=True, exist_ok=True)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        body = response.read()
        n = len(self.items)
        ext = ".json" if "json" in response.headers.get("content-type", "") else ".html"
        name = f"bodies/{n:04d}{ext}"
        (self.folder / "bodies").mkdir(exist_ok=True)
        (self.folder / name).write_bytes(body)
        item: dict[str, Any] = {
            "method": request.method,
            "url": str(request.url),
            "status": response.status_code,
            "headers": {
                k: v
                for k, v in response.headers.items()
                if k.lower() in ("content-type", "retry-after", "location")
            },
            "body_file": name,
        }
        if request.method == "POST" and request.content:
            try:
                item["request_json"] = json.loads(request.content)
            except ValueError:
                pass
        self.items.append(item)
        self.save()
        return httpx.Response(
            response.status_code, headers=response.headers, content=body, request=request
        )

    def save(self) -> None:
        data = {"source": self.folder.name, "note": "recorded live", "interactions": self.items}
        (self.folder / "cassette.json").write_text(json.dumps(data, indent=1), encoding="utf-8")
