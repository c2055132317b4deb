"""A real HTTP server on 127.0.0.1 that tests program with a route table.

Network code is tested against real sockets rather than a mocked ``requests`` so that
timeouts, redirects, truncated bodies and headers behave as they do in the field.

Usage::

    server.route("/a", Reply(status=500), Reply(body=b"ok"))   # 500 once, then 200 forever
    server.route("/tree", Reply.json({"tree": []}, etag='"v1"'))  # 304 on If-None-Match
    server.route("/moved", Reply.redirect(other.url_for("/a")))
    server.route("/slow", Reply(hang=True))                   # never answers
    server.route("/cut", Reply(body=b"x" * 100, truncate_to=10))
    server.route("/drip", Reply(body=b"x" * 100, trickle=0.5))  # one byte every 0.5 s
    server.route("/stuck", Reply(body=b"x" * 100, stall_after=10))  # 10 bytes, then silence
    server.route("/dyn", lambda request: Reply(body=request.path.encode()))
    server.requests_to("/a")[0].headers.get("Authorization")

A route may also be keyed by path plus query (``"/api?date=2025-05-01"``); that exact
match wins over the bare path. Unknown paths answer 404.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

HANG_LIMIT = 30.0  # a hanging reply gives up by itself so no test can wedge forever


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the server saw it; ``headers`` is case-insensitive."""

    method: str
    path: str  # including the query string
    headers: Message
    body: bytes = b""

    @property
    def bare_path(self) -> str:
        return urlsplit(self.path).path


@dataclass(frozen=True)
class Reply:
    """One programmed answer.

    ``etag``: sent as ETag, and a request whose If-None-Match equals it gets 304.
    ``truncate_to``: advertise the full Content-Length but send only that many bytes,
    then close the connection. ``hang``: accept and never answer (until the server
    stops or ``HANG_LIMIT``). ``delay``: seconds to wait before answering.
    ``chunked``: use Transfer-Encoding: chunked (no Content-Length); with
    ``truncate_to`` the final chunk marker is never sent. ``trickle``: seconds between
    pieces of ``trickle_bytes`` bytes of the body (with ``trickle_head`` the status
    line and headers too). ``stall_after``: send that many body bytes, then go silent
    as ``hang`` does.
    """

    status: int = 200
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    etag: str | None = None
    truncate_to: int | None = None
    hang: bool = False
    delay: float = 0.0
    chunked: bool = False
    trickle: float = 0.0
    trickle_bytes: int = 1
    trickle_head: bool = False
    stall_after: int | None = None

    @classmethod
    def json(cls, data: Any, **kw: Any) -> Reply:
        headers = {"Content-Type": "application/json", **kw.pop("headers", {})}
        return cls(body=json.dumps(data).encode(), headers=headers, **kw)

    @classmethod
    def text(cls, text: str, **kw: Any) -> Reply:
        headers = {"Content-Type": "text/plain; charset=utf-8", **kw.pop("headers", {})}
        return cls(body=text.encode(), headers=headers, **kw)

    @classmethod
    def redirect(cls, location: str, status: int = 302) -> Reply:
        return cls(status=status, headers={"Location": location})


Responder = Reply | Callable[[RecordedRequest], Reply]


class LoopbackServer:
    """ThreadingHTTPServer on an ephemeral port, run in a background thread."""

    def __init__(self) -> None:
        self._routes: dict[str, list[Responder]] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self.requests: list[RecordedRequest] = []
        self._httpd = _QuietServer(("127.0.0.1", 0), _make_handler(self))
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="loopback-http",
            daemon=True,
        )
        self._thread.start()

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    @property
    def netloc(self) -> str:
        """``127.0.0.1:PORT``: the key HttpClient's ``tokens`` uses."""
        return f"127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        return f"http://{self.netloc}"

    def url_for(self, path: str) -> str:
        return self.url + path

    def route(self, path: str, *replies: Responder) -> None:
        """Program ``path``: replies are used in order, the last one repeats."""
        if not replies:
            raise ValueError("route() needs at least one reply")
        with self._lock:
            self._routes[path] = list(replies)

    def requests_to(self, path: str) -> list[RecordedRequest]:
        """Requests whose path (with or without the query) equals ``path``."""
        with self._lock:
            return [r for r in self.requests if path in (r.path, r.bare_path)]

    def clear_log(self) -> None:
        with self._lock:
            self.requests.clear()

    def stop(self) -> None:
        """Wake hanging handlers, then stop serving and close the socket."""
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> LoopbackServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- used by the handler

    def _record_and_pick(self, request: RecordedRequest) -> Reply:
        with self._lock:
            self.requests.append(request)
            queue = self._routes.get(request.path) or self._routes.get(request.bare_path)
            if not queue:
                return Reply(status=404, body=b"not found")
            responder = queue.pop(0) if len(queue) > 1 else queue[0]
        return responder(request) if callable(responder) else responder


class _QuietServer(ThreadingHTTPServer):
    """Handler threads are daemons; a client hanging up mid-reply is expected, not noise."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def _make_handler(server: LoopbackServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # else keep-alive replies wait ~40 ms on delayed ACKs

        def do_GET(self) -> None:
            self._answer()

        def do_HEAD(self) -> None:
            self._answer(send_body=False)

        def do_POST(self) -> None:
            self._answer()

        def log_message(self, format: str, *args: Any) -> None:
            pass  # keep test output clean; the request log is server.requests

        def _answer(self, send_body: bool = True) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            request = RecordedRequest(self.command, self.path, self.headers, body)
            reply = server._record_and_pick(request)
            if reply.hang:
                server._stopping.wait(HANG_LIMIT)
                self.close_connection = True
                return
            if reply.delay:
                server._stopping.wait(reply.delay)
            payload = reply.body
            status = reply.status
            if reply.etag is not None and self.headers.get("If-None-Match") == reply.etag:
                status, payload = 304, b""
            if reply.trickle_head:
                self._trickle_all(reply, status, payload)
                return
            self.send_response(status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if reply.etag is not None:
                self.send_header("ETag", reply.etag)
            if status != 304:
                if reply.chunked:
                    self.send_header("Transfer-Encoding", "chunked")
                else:
                    self.send_header("Content-Length", str(len(payload)))
            if reply.truncate_to is not None:
                self.send_header("Connection", "close")
            self.end_headers()
            if send_body and status != 304:
                if reply.truncate_to is not None:
                    payload = payload[: reply.truncate_to]
                    self.close_connection = True
                if reply.chunked:
                    self._write_chunked(payload, finish=reply.truncate_to is None)
                elif reply.stall_after is not None:
                    self.wfile.write(payload[: reply.stall_after])
                    self.wfile.flush()
                    server._stopping.wait(HANG_LIMIT)
                    self.close_connection = True
                    return
                elif reply.trickle:
                    self._drip(payload, reply)
                else:
                    self.wfile.write(payload)
            self.wfile.flush()

        def _drip(self, data: bytes, reply: Reply) -> None:
            """Write *data* a few bytes at a time, ``reply.trickle`` seconds apart."""
            deadline = time.monotonic() + HANG_LIMIT
            for start in range(0, len(data), reply.trickle_bytes):
                self.wfile.write(data[start : start + reply.trickle_bytes])
                self.wfile.flush()
                if server._stopping.wait(reply.trickle) or time.monotonic() > deadline:
                    self.close_connection = True
                    return

        def _trickle_all(self, reply: Reply, status: int, payload: bytes) -> None:
            """The whole reply, status line and headers included, dripped."""
            head = [f"HTTP/1.1 {status} {self.responses.get(status, ('',))[0]}"]
            head += [f"{name}: {value}" for name, value in reply.headers.items()]
            head.append(f"Content-Length: {len(payload)}")
            data = ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + payload
            self.close_connection = True
            self._drip(data, reply)

        def _write_chunked(self, payload: bytes, *, finish: bool) -> None:
            for start in range(0, len(payload), 16 * 1024):
                piece = payload[start : start + 16 * 1024]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            if finish:
                self.wfile.write(b"0\r\n\r\n")

    return Handler
