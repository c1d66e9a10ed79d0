"""Delivering one message: e-mail with the standard library's smtplib, webhooks with httpx.

Each send is tried ``settings.notify_attempts`` times with a doubling backoff
from ``settings.notify_backoff`` seconds; what is left is a
:class:`~oitwatch.exceptions.NotifyError` naming the last failure.
"""

from __future__ import annotations

import logging
import smtplib
import ssl
import time
from collections.abc import Callable
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any

import httpx

from oitwatch.exceptions import NotifyError
from oitwatch.settings import Settings

__all__ = ["DELIVERY_HEADER", "post_webhook", "send_email", "with_retries"]

log = logging.getLogger(__name__)

DELIVERY_HEADER = "X-Oitwatch-Delivery"


def with_retries(
    send: Callable[[], None],
    settings: Settings,
    what: str,
    *,
    sleep: Callable[[float], None] = time.sleep,
) -> int:
    """Call ``send`` until it succeeds, at most ``notify_attempts`` times; return the tries used."""
    delay = settings.notify_backoff
    for attempt in range(1, settings.notify_attempts + 1):
        try:
            send()
            return attempt
        except NotifyError as exc:
            log.warning(
                "delivery of %s failed (try %d of %d): %s",
                what,
                attempt,
                settings.notify_attempts,
                exc,
            )
            if attempt == settings.notify_attempts:
                raise NotifyError(f"{what}: {exc} (after {attempt} tries)") from exc
            sleep(delay)
            delay *= 2
    raise AssertionError("unreachable")


def send_email(
    settings: Settings,
    to: list[str],
    cc: list[str],
    subject: str,
    body: str,
    delivery_id: str | None = None,
) -> None:
    """Send one plain-text UTF-8 e-mail through ``settings.smtp_host``; :class:`NotifyError` on failure.

    With ``delivery_id`` the ``Message-ID`` is derived from it, so a retry of
    the same alert is the same message to mail servers and clients.
    """
    if not settings.smtp_host:
        raise NotifyError("e-mail is not configured (set OITWATCH_SMTP_HOST)")
    msg = EmailMessage()
    msg["From"] = settings.smtp_from
    msg["To"] = ", ".join(to)
    if cc:
        msg["Cc"] = ", ".join(cc)
    msg["Subject"] = subject
    msg["Date"] = formatdate(localtime=False)
    domain = settings.smtp_from.rpartition("@")[2] or "oitwatch"
    msg["Message-ID"] = f"<{delivery_id}@{domain}>" if delivery_id else make_msgid(domain=domain)
    if delivery_id:
        msg[DELIVERY_HEADER] = delivery_id
    msg.set_content(body, charset="utf-8")
    timeout = settings.notify_timeout
    try:
        if settings.smtp_tls == "ssl":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                settings.smtp_host,
                settings.smtp_port,
                timeout=timeout,
                context=ssl.create_default_context(),
            )
        else:
            smtp = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=timeout)
        with smtp:
            if settings.smtp_tls == "starttls":
                smtp.starttls(context=ssl.create_default_context())
            if settings.smtp_user:
                smtp.login(settings.smtp_user, settings.smtp_password)
            smtp.send_message(msg, to_addrs=[*to, *cc])
    except (smtplib.SMTPException, OSError) as exc:
        raise NotifyError(f"SMTP {settings.smtp_host}:{settings.smtp_port}: {exc}") from exc


def post_webhook(
    settings: Settings, url: str, payload: dict[str, Any], delivery_id: str | None = None
) -> None:
    """POST ``payload`` as JSON to ``url``; a non-2xx answer or a network error is a :class:`NotifyError`.

    ``delivery_id`` goes in the ``X-Oitwatch-Delivery`` header and the body's
    ``delivery_id``: a retry of the same alert carries the same id, so the
    receiver can drop a duplicate.
    """
    headers = {"User-Agent": settings.user_agent}
    if delivery_id:
        headers[DELIVERY_HEADER] = delivery_id
        payload = {**payload, "delivery_id": delivery_id}
    try:
        resp = httpx.post(
            url,
            json=payload,
            timeout=settings.notify_timeout,
            headers=headers,
            follow_redirects=False,
        )
    except (httpx.HTTPError, httpx.InvalidURL) as exc:  # InvalidURL is no HTTPError
        raise NotifyError(f"webhook {url}: {exc}") from exc
    if not 200 <= resp.status_code < 300:
        raise NotifyError(f"webhook {url}: HTTP {resp.status_code}")
