"""Reminders: e-mail each agency's focal points about reports due within N days or overdue.

SMTP comes from the environment: VNPLAN_SMTP_HOST, VNPLAN_SMTP_PORT (25),
VNPLAN_SMTP_USER, VNPLAN_SMTP_PASSWORD, VNPLAN_SMTP_FROM, VNPLAN_SMTP_STARTTLS (0/1).
"""
from __future__ import annotations

import os
import smtplib
from dataclasses import dataclass
from datetime import date, timedelta
from email.message import EmailMessage

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..register.models import User
from .calendar import DueItem, agency_text, due_items
from .formatting import format_date, today_local


@dataclass
class Reminder:
    user: User
    items: list[DueItem]


def pending(session: Session, days: int = 7, today: date | None = None) -> list[DueItem]:
    """Reports not yet all in whose due date is within `days` or already past."""
    today = today or today_local()
    horizon = today + timedelta(days=days)
    return [i for i in due_items(session, today) if not i.complete and i.period.due <= horizon]


def reminders(session: Session, days: int = 7, today: date | None = None) -> list[Reminder]:
    items = pending(session, days, today)
    out = []
    for user in session.scalars(select(User).where(User.active.is_(True), User.role == "agency", User.email != "")):
        mine = [i for i in items if user.agency_id in (i.agency.id, i.holder.id)]
        if mine:
            out.append(Reminder(user, mine))
    return out


def message(reminder: Reminder, sender: str, today: date) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = reminder.user.email
    msg["Subject"] = f"[vnplan] Nhắc hạn báo cáo: {len(reminder.items)} kỳ báo cáo sắp đến hạn hoặc quá hạn"
    lines = [f"Kính gửi {reminder.user.display_name},", "",
             "Cơ quan của đồng chí còn các báo cáo tình hình thực hiện kế hoạch sau:", ""]
    for item in reminder.items:
        state = "QUÁ HẠN" if item.period.due < today else "sắp đến hạn"
        lines.append(f"- {item.plan.number or 'Kế hoạch'} — {item.period.label} — {agency_text(item)}: "
                     f"hạn {format_date(item.period.due)} ({state}), đã gửi {item.received}/{item.tasks} báo cáo.")
    lines += ["", "Đề nghị đồng chí đăng nhập hệ thống để cập nhật và gửi báo cáo.", "", "Trân trọng."]
    msg.set_content("\n".join(lines))
    return msg


def send(session: Session, days: int = 7, today: date | None = None) -> int:
    """Send the reminders by SMTP; returns how many messages went out."""
    today = today or today_local()
    host = os.environ.get("VNPLAN_SMTP_HOST")
    if not host:
        raise RuntimeError("VNPLAN_SMTP_HOST is not set")
    port = int(os.environ.get("VNPLAN_SMTP_PORT", "25"))
    sender = os.environ.get("VNPLAN_SMTP_FROM", "vnplan@localhost")
    batch = reminders(session, days, today)
    with smtplib.SMTP(host, port, timeout=30) as smtp:
        if os.environ.get("VNPLAN_SMTP_STARTTLS") == "1":
            smtp.starttls()
        if os.environ.get("VNPLAN_SMTP_USER"):
            smtp.login(os.environ["VNPLAN_SMTP_USER"], os.environ.get("VNPLAN_SMTP_PASSWORD", ""))
        for reminder in batch:
            smtp.send_message(message(reminder, sender, today))
    return len(batch)
