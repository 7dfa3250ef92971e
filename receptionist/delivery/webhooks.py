"""The work-chat webhooks, each as its own documentation gives it.

- WeCom (企业微信) group robot: ``POST …/cgi-bin/webhook/send?key=KEY`` with
  ``{"msgtype": "text", "text": {"content": …}}``; it answers ``{"errcode": 0, …}``.
- DingTalk (钉钉) robot: the same body, and with a signing secret the address gets
  ``&timestamp=T&sign=S``, T in milliseconds, S = Base64(HMAC-SHA256(key=secret,
  msg="T\\nsecret")), URL-encoded; it answers ``{"errcode": 0, …}``.
- Feishu (飞书) custom bot: ``{"msg_type": "text", "content": {"text": …}}``; with a
  signing secret the body gets ``"timestamp"`` (seconds) and ``"sign"`` = Base64(
  HMAC-SHA256(key="T\\nsecret", msg="")); it answers ``{"code": 0, …}`` (older bots:
  ``{"StatusCode": 0}``).
- Generic: ``{"kind", "subject", "text", "recipient", "sent_at"}``; any 2xx is delivered;
  with a secret, ``X-Receptionist-Signature: sha256=HEX(HMAC-SHA256(secret, body))``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import UTC, datetime

from ..domain.outbox import Channel
from . import DeliveryFailed, Envelope


def dingtalk_sign(secret: str, timestamp_ms: int) -> str:
    digest = hmac.new(
        secret.encode(), f"{timestamp_ms}\n{secret}".encode(), hashlib.sha256
    ).digest()
    return base64.b64encode(digest).decode()


def feishu_sign(secret: str, timestamp_s: int) -> str:
    digest = hmac.new(f"{timestamp_s}\n{secret}".encode(), b"", hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def generic_signature(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def _content(envelope: Envelope) -> str:
    return f"{envelope.subject}\n{envelope.text}" if envelope.text else envelope.subject


def request_of(envelope: Envelope, now: float | None = None) -> tuple[str, bytes, dict[str, str]]:
    """The address, body and headers of ``envelope``'s POST."""
    at = time.time() if now is None else now
    url = envelope.address
    headers = {"Content-Type": "application/json; charset=utf-8"}
    if envelope.channel is Channel.WECOM:
        payload: dict = {"msgtype": "text", "text": {"content": _content(envelope)}}
    elif envelope.channel is Channel.DINGTALK:
        payload = {"msgtype": "text", "text": {"content": _content(envelope)}}
        if envelope.secret:
            ms = int(at * 1000)
            sign = urllib.parse.quote_plus(dingtalk_sign(envelope.secret, ms))
            url += ("&" if "?" in url else "?") + f"timestamp={ms}&sign={sign}"
    elif envelope.channel is Channel.FEISHU:
        payload = {"msg_type": "text", "content": {"text": _content(envelope)}}
        if envelope.secret:
            seconds = int(at)
            payload = {
                "timestamp": str(seconds),
                "sign": feishu_sign(envelope.secret, seconds),
                **payload,
            }
    else:
        payload = {
            "kind": envelope.kind,
            "subject": envelope.subject,
            "text": envelope.text,
            "recipient": envelope.recipient,
            "sent_at": datetime.fromtimestamp(at, UTC).isoformat(timespec="seconds"),
        }
    body = json.dumps(payload, ensure_ascii=False).encode()
    if envelope.channel is Channel.WEBHOOK and envelope.secret:
        headers["X-Receptionist-Signature"] = generic_signature(envelope.secret, body)
    return url, body, headers


def _answer_ok(channel: Channel, raw: bytes) -> None:
    """The chat tools answer 200 with an error code in the body."""
    if channel is Channel.WEBHOOK:
        return
    try:
        answer = json.loads(raw.decode("utf-8", "replace") or "{}")
    except ValueError:
        raise DeliveryFailed("rejected", "the answer was not JSON") from None
    if not isinstance(answer, dict):
        raise DeliveryFailed("rejected", "the answer was not a JSON object")
    if channel is Channel.FEISHU:
        code = answer.get("code", answer.get("StatusCode", 0))
        text = answer.get("msg", answer.get("StatusMessage", ""))
    else:
        code, text = answer.get("errcode", 0), answer.get("errmsg", "")
    if code not in (0, "0"):
        raise DeliveryFailed("rejected", f"error {code}: {str(text)[:120]}")


def post(envelope: Envelope, timeout: float) -> None:
    url, body, headers = request_of(envelope)
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise DeliveryFailed("not_configured", "the address is not an http(s) address")
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            raw = response.read(65536)
    except urllib.error.HTTPError as error:
        raise DeliveryFailed("http", f"HTTP {error.code}") from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, ConnectionRefusedError):
            raise DeliveryFailed("unreachable", "connection refused") from None
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise DeliveryFailed("timeout", "no answer in time") from None
        if isinstance(reason, socket.gaierror):
            raise DeliveryFailed("unreachable", "the server's name is not known") from None
        raise DeliveryFailed("unreachable", type(reason).__name__) from None
    except TimeoutError:
        raise DeliveryFailed("timeout", "no answer in time") from None
    except OSError as error:
        raise DeliveryFailed("unreachable", error.strerror or type(error).__name__) from None
    _answer_ok(envelope.channel, raw)
