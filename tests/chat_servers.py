"""Real servers on loopback standing in for the places messages go (issue 14):

- ``ChatServer``: one HTTP server that answers as each work-chat tool's webhook does, by
  path — ``/wecom`` (企业微信 group robot), ``/dingtalk`` (钉钉 robot; checks the
  signature of its documentation when it has a secret), ``/feishu`` (飞书 bot; checks its
  signature when it has one), ``/hook`` (a generic JSON webhook; checks the HMAC header
  when it has a secret). What each received is kept, decoded, in order. It can be made to
  answer with the tool's error (``fail_with``) or an HTTP error, and stopped and started
  again on the same port (the server down, then up).
- ``SmtpServer``: aiosmtpd's SMTP server keeping every message it accepted.

The signature checks are written here from the tools' documentation, not imported from
the code under test.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import socket
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from email.policy import default
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Received:
    tool: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: dict
    raw: bytes

    @property
    def text(self) -> str:
        """The message's words as the tool shows them."""
        if self.tool == "feishu":
            return self.body["content"]["text"]
        if self.tool == "hook":
            return f"{self.body['subject']}\n{self.body['text']}"
        return self.body["text"]["content"]


@dataclass
class ChatServer:
    secrets: dict[str, str] = field(default_factory=dict)  # tool -> signing secret
    port: int = 0
    received: list[Received] = field(default_factory=list)
    fail_with: dict[str, int] = field(default_factory=dict)  # tool -> HTTP status or code
    _server: ThreadingHTTPServer | None = None

    def url(self, tool: str, token: str = "T0KEN-secret-123") -> str:
        if tool == "wecom":
            return f"http://127.0.0.1:{self.port}/wecom?key={token}"
        if tool == "dingtalk":
            return f"http://127.0.0.1:{self.port}/dingtalk?access_token={token}"
        if tool == "feishu":
            return f"http://127.0.0.1:{self.port}/feishu/{token}"
        return f"http://127.0.0.1:{self.port}/hook/{token}"

    def texts(self, tool: str | None = None) -> list[str]:
        return [r.text for r in self.received if tool is None or r.tool == tool]

    def start(self) -> ChatServer:
        if not self.port:
            self.port = free_port()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_POST(self):  # noqa: N802 - http.server's name
                owner._handle(self)

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    # -- what each tool checks and answers ---------------------------------------------
    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        split = urllib.parse.urlsplit(request.path)
        tool = split.path.strip("/").split("/")[0]
        query = dict(urllib.parse.parse_qsl(split.query))
        raw = request.rfile.read(int(request.headers.get("Content-Length", 0)))
        status, answer = 200, {"errcode": 0, "errmsg": "ok"}
        try:
            body = json.loads(raw.decode("utf-8"))
            problem = self._check(tool, query, dict(request.headers), body, raw)
        except ValueError:
            body, problem = {}, "not JSON"
        failing = self.fail_with.get(tool)
        if tool == "feishu":
            answer = {"code": 0, "msg": "success"}
        if problem and tool == "hook":  # a plain webhook answers with HTTP's own codes
            status, answer = 401, {"error": problem}
        elif problem:
            answer = (
                {"code": 19021, "msg": problem}
                if tool == "feishu"
                else {"errcode": 310000, "errmsg": problem}
            )
        elif failing and failing >= 400:
            status = failing
        elif failing:
            answer = (
                {"code": failing, "msg": "refused"}
                if tool == "feishu"
                else {"errcode": failing, "errmsg": "refused"}
            )
        else:
            self.received.append(
                Received(tool, split.path, query, dict(request.headers), body, raw)
            )
        data = json.dumps(answer).encode()
        request.send_response(status)
        request.send_header("Content-Type", "application/json")
        request.send_header("Content-Length", str(len(data)))
        request.end_headers()
        request.wfile.write(data)

    def _check(self, tool, query, headers, body, raw) -> str:
        secret = self.secrets.get(tool)
        if tool == "wecom":
            if not query.get("key") or body.get("msgtype") != "text":
                return "invalid webhook request"
            return "" if body["text"].get("content") else "empty content"
        if tool == "dingtalk":
            if not query.get("access_token") or body.get("msgtype") != "text":
                return "invalid robot request"
            if secret:
                stamp = query.get("timestamp", "")
                if not stamp or abs(int(stamp) - time.time() * 1000) > 3600_000:
                    return "timestamp out of range"
                expected = base64.b64encode(
                    hmac.new(
                        secret.encode(), f"{stamp}\n{secret}".encode(), hashlib.sha256
                    ).digest()
                ).decode()
                if query.get("sign") != expected:  # parse_qsl decoded the URL encoding
                    return "sign not match"
            return ""
        if tool == "feishu":
            if body.get("msg_type") != "text" or not body.get("content", {}).get("text"):
                return "params error"
            if secret:
                stamp = body.get("timestamp", "")
                expected = base64.b64encode(
                    hmac.new(f"{stamp}\n{secret}".encode(), b"", hashlib.sha256).digest()
                ).decode()
                if body.get("sign") != expected:
                    return "sign match fail or timestamp is not within one hour from current time"
            return ""
        if tool == "hook":
            if secret:
                expected = "sha256=" + hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()
                if headers.get("X-Receptionist-Signature") != expected:
                    return "bad signature"
            return "" if {"kind", "subject", "text"} <= set(body) else "missing fields"
        return "unknown path"


class SmtpServer:
    """aiosmtpd's server on loopback keeping each message it accepted."""

    def __init__(self, port: int = 0, auth: tuple[str, str] | None = None) -> None:
        self.port = port or free_port()
        self.messages: list[Message] = []
        self.auth = auth
        self._controller = None

    def start(self) -> SmtpServer:
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult, LoginPassword

        owner = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):  # noqa: N802
                owner.messages.append(message_from_bytes(envelope.content, policy=default))
                return "250 OK"

        def check(server, session, envelope, mechanism, auth_data):
            ok = (
                isinstance(auth_data, LoginPassword)
                and owner.auth is not None
                and (auth_data.login.decode(), auth_data.password.decode()) == owner.auth
            )
            return AuthResult(success=ok, handled=False)  # False: the server says 535 itself

        options = {}
        if self.auth is not None:
            options = {"authenticator": check, "auth_require_tls": False}
        self._controller = Controller(Handler(), hostname="127.0.0.1", port=self.port, **options)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def texts(self) -> list[str]:
        return [m.get_content() for m in self.messages]
