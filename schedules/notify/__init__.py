"""Alerts after each run: what changed, to whom, by e-mail and webhook, told once."""

from __future__ import annotations

from schedules.notify.alerts import CHANGES, Alert, build_alerts
from schedules.notify.channels import post_webhook, send_email
from schedules.notify.messages import email_text, item_link, webhook_body
from schedules.notify.outbox import DeliveryReport, deliver_pending, enqueue, recipients

__all__ = [
    "CHANGES",
    "Alert",
    "DeliveryReport",
    "build_alerts",
    "deliver_pending",
    "email_text",
    "enqueue",
    "item_link",
    "post_webhook",
    "recipients",
    "send_email",
    "webhook_body",
]
