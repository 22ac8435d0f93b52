"""A real HTTP server on 127.0.0.1 serving a YM-style job board whose faults each test chooses."""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

PAGE_SIZE = 5
JOBS = 12  # three results pages: 5, 5, 2


def job_id(n: int) -> str:
    return f"{70000000 + n}"


def results_page(page: int, pages: int) -> str:
    start = (page - 1) * PAGE_SIZE
    cards = "".join(
        f'<li class="job-tile"><div class="job-title"><a href="/job/teleradiologist-{n}/{job_id(n)}/">'
        f'Teleradiologist {n}</a></div><div class="job-company">Board Test Imaging</div>'
        f'<div class="job-location">Austin, Texas, United States(Remote)</div></li>'
        for n in range(start, min(start + PAGE_SIZE, JOBS))
    )
    nxt = (
        f'<a rel="next" href="/jobs/?keywords=radiologist&amp;page={page + 1}">Next</a>'
        if page < pages
        else ""
    )
    return f'<html><body><ul class="job-results">{cards}</ul><nav>{nxt}</nav></body></html>'


def job_page(n: int) -> str:
    return (
        f'<html><body><h1>Teleradiologist {n}</h1><div class="job-data-basics">'
        f'<span class="job-company">Board Test Imaging</span><span class="job-location">Austin, TX'
        f'</span></div><div class="description-text"><p>Remote overnight reads, $45 per wRVU, 1099, '
        f"malpractice with tail provided. Job {n}.</p></div></body></html>"
    )


@dataclass
class Faults:
    """What goes wrong, by path: each test sets the ones it wants."""

    robots: str = "User-agent: *\nDisallow: /employer/\n"
    status_once: dict[str, tuple[int, dict[str, str]]] = field(default_factory=dict)  # first hit only
    status_always: dict[str, int] = field(default_factory=dict)
    slow: dict[str, float] = field(default_factory=dict)  # seconds before answering
    reset: set[str] = field(default_factory=set)  # close the connection without an answer
    truncated: set[str] = field(default_factory=set)  # promise more bytes than are sent
    malformed: set[str] = field(default_factory=set)  # HTML with no description
    redirect_loop: set[str] = field(default_factory=set)
    ignore_page_param: bool = False  # every results page is page 1, with a next link forever


class Board:
    def __init__(self, faults: Faults) -> None:
        self.faults = faults
        self.hits: Counter[str] = Counter()
        self.lock = threading.Lock()

    def handler(self) -> type[BaseHTTPRequestHandler]:
        board = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def _send(
                self, status: int, body: str, headers: dict[str, str] | None = None, length: int | None = None
            ) -> None:
                data = body.encode()
                self.send_response(status)
                self.send_header("content-type", "text/html; charset=utf-8")
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.send_header("content-length", str(length if length is not None else len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                path = parts.path
                key = self.path
                with board.lock:
                    board.hits[key] += 1
                    first = board.hits[key] == 1
                f = board.faults
                if path in f.slow or key in f.slow:
                    time.sleep(f.slow.get(path, f.slow.get(key, 0)))
                if path == "/robots.txt":
                    return self._send(200, f.robots, {"content-type": "text/plain"})
                if key in f.reset or path in f.reset:
                    # RST instead of an answer: linger 0, then close
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.connection.shutdown(socket.SHUT_RDWR)
                    self.close_connection = True
                    return None
                if (key in f.status_once and first) or (path in f.status_once and first):
                    status, headers = f.status_once.get(key) or f.status_once[path]
                    return self._send(status, "", headers)
                if path in f.status_always or key in f.status_always:
                    return self._send(f.status_always.get(path, f.status_always.get(key, 500)), "error")
                if path in f.redirect_loop:
                    return self._send(302, "", {"location": path})
                if path == "/jobs/":
                    page = int(parse_qs(parts.query).get("page", ["1"])[0])
                    if f.ignore_page_param:
                        nxt = f"/jobs/?keywords=radiologist&amp;page={page + 1}"
                        link = f'<a rel="next" href="{nxt}">Next</a></nav>'
                        html = results_page(1, 1).replace("</nav>", link)
                        return self._send(200, html)
                    pages = (JOBS + PAGE_SIZE - 1) // PAGE_SIZE
                    return self._send(200, results_page(page, pages))
                if path.startswith("/job/"):
                    n = int(path.rstrip("/").rsplit("/", 1)[1]) - 70000000
                    body = job_page(n)
                    if path in f.malformed:
                        body = "<html><body><h1>Teleradiologist</h1><div class='job-data-basics'>"
                    if path in f.truncated:
                        return self._send(200, body[: len(body) // 2], length=len(body))
                    return self._send(200, body)
                return self._send(404, "not found")

        return Handler


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up (timeout, reset) is the point of these tests


@contextmanager
def serve(faults: Faults) -> Iterator[tuple[str, Board]]:
    board = Board(faults)
    server = _QuietServer(("127.0.0.1", 0), board.handler())
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", board
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
