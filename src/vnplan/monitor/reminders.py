"""Reminders: the reports due within N days or overdue, and the SMTP connection every e-mail goes through.

SMTP comes from the environment: VNPLAN_SMTP_HOST, VNPLAN_SMTP_PORT (25),
VNPLAN_SMTP_USER, VNPLAN_SMTP_PASSWORD, VNPLAN_SMTP_FROM, VNPLAN_SMTP_STARTTLS (0/1).
What is mailed, and to whom, is decided in `notifications`.
"""
from __future__ import annotations

import os
import smtplib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta

from sqlalchemy.orm import Session

from .calendar import due_items
from .dashboard import PeriodDuty
from .formatting import today_local


def pending(session: Session, days: int = 7, today: date | None = None) -> list[PeriodDuty]:
    """Reports not yet all in whose due date is within `days` or already past."""
    today = today or today_local()
    horizon = today + timedelta(days=days)
    return [i for i in due_items(session, today) if not i.complete and i.period.due <= horizon]


def smtp_configured() -> bool:
    return bool(os.environ.get("VNPLAN_SMTP_HOST"))


def sender() -> str:
    return os.environ.get("VNPLAN_SMTP_FROM", "vnplan@localhost")


@contextmanager
def smtp_connection() -> Iterator[smtplib.SMTP]:
    """A connection to the configured SMTP server, signed in when a user is set."""
    host = os.environ.get("VNPLAN_SMTP_HOST")
    if not host:
        raise RuntimeError("VNPLAN_SMTP_HOST is not set")
    with smtplib.SMTP(host, int(os.environ.get("VNPLAN_SMTP_PORT", "25")), timeout=30) as smtp:
        if os.environ.get("VNPLAN_SMTP_STARTTLS") == "1":
            smtp.starttls()
        if os.environ.get("VNPLAN_SMTP_USER"):
            smtp.login(os.environ["VNPLAN_SMTP_USER"], os.environ.get("VNPLAN_SMTP_PASSWORD", ""))
        yield smtp
