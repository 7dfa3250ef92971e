"""E-mail through the site's mail server (SMTP; STARTTLS, SSL or neither)."""

from __future__ import annotations

import smtplib
import socket
import ssl
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from ..domain.outbox import SmtpSecurity
from . import DeliveryFailed, Envelope, SmtpConfig


def _message(config: SmtpConfig, envelope: Envelope) -> EmailMessage:
    message = EmailMessage()
    message["From"] = config.sender or config.user
    message["To"] = envelope.address
    message["Subject"] = envelope.subject
    message["Date"] = formatdate(localtime=True)
    domain = (config.sender or config.user).rpartition("@")[2] or None
    message["Message-ID"] = make_msgid(domain=domain)
    message.set_content(envelope.text)
    return message


def _connect(config: SmtpConfig, timeout: float) -> smtplib.SMTP:
    context = ssl.create_default_context()
    if config.security is SmtpSecurity.SSL:
        return smtplib.SMTP_SSL(config.host, config.port, timeout=timeout, context=context)
    client = smtplib.SMTP(config.host, config.port, timeout=timeout)
    if config.security is SmtpSecurity.STARTTLS:
        client.starttls(context=context)
    return client


def send_email(config: SmtpConfig, envelope: Envelope, timeout: float) -> None:
    try:
        client = _connect(config, timeout)
        try:
            if config.user:
                client.login(config.user, config.password)
            client.send_message(_message(config, envelope))
        finally:
            try:
                client.quit()
            except (smtplib.SMTPException, OSError):
                client.close()
    except smtplib.SMTPAuthenticationError as error:
        raise DeliveryFailed("auth", f"login refused ({error.smtp_code})") from None
    except smtplib.SMTPNotSupportedError:
        raise DeliveryFailed("tls", "the server does not offer STARTTLS") from None
    except smtplib.SMTPRecipientsRefused:
        raise DeliveryFailed("refused", "the server refused the address") from None
    except smtplib.SMTPSenderRefused as error:
        raise DeliveryFailed(
            "refused", f"the sender address was refused ({error.smtp_code})"
        ) from None
    except smtplib.SMTPResponseException as error:
        raise DeliveryFailed("refused", f"the server answered {error.smtp_code}") from None
    except smtplib.SMTPServerDisconnected:
        raise DeliveryFailed("unreachable", "the server closed the connection") from None
    except smtplib.SMTPException as error:
        raise DeliveryFailed("refused", type(error).__name__) from None
    except ssl.SSLError as error:
        raise DeliveryFailed("tls", error.reason or "TLS failed") from None
    except TimeoutError:
        raise DeliveryFailed("timeout", "no answer in time") from None
    except ConnectionRefusedError:
        raise DeliveryFailed("unreachable", "connection refused") from None
    except socket.gaierror:
        raise DeliveryFailed("unreachable", "the server's name is not known") from None
    except OSError as error:
        raise DeliveryFailed("unreachable", error.strerror or type(error).__name__) from None
