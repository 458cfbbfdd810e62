"""The Jinja environment of the pages, with the filters that write Vietnamese conventions.

Kept apart from the application so that the app and the page routes both import it and
not each other; every date, number, period and long title on a page goes through here.
"""
from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from fastapi import Request
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from ..monitor.access import may_open
from ..monitor.formatting import (coordinators_text, correction_text, due_day_text, format_date, format_datetime,
                                  format_number, format_percent, goal_text, input_figure, shorten, today_local)
from ..monitor.periods import period_label
from ..monitor.status import REPORT_STATUSES
from ..register.corrected import FIELD_NAMES

templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))


def compile_templates() -> None:
    """Every page's template compiled into the environment's cache, as the first page using it would."""
    for name in templates.env.list_templates(extensions=["html"]):
        templates.env.get_template(name)


def highlight(snippet: str) -> Markup:
    """A search snippet with its «matches» marked, everything else escaped."""
    return Markup(str(escape(snippet)).replace("«", "<mark>").replace("»", "</mark>"))


def clip(text: str | None, width: int) -> Markup:
    """A long text cut to `width` characters with "…", the whole of it in the tooltip."""
    short = shorten(text, width)
    if short == " ".join((text or "").split()):
        return Markup(escape(short))
    return Markup(f'<span title="{escape(" ".join((text or "").split()))}">{escape(short)}</span>')


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}.*")


def audited(value) -> str:
    """A value as the audit log recorded it (JSON), written for people: days and moments the Vietnamese way."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, float):
        return format_number(value)
    if isinstance(value, list):
        return "; ".join(audited(item) for item in value)
    if isinstance(value, dict):
        return ", ".join(f"{key}: {audited(item)}" for key, item in value.items())
    text = str(value)
    if _ISO_DAY.fullmatch(text):
        return format_date(text)
    if _ISO_MOMENT.fullmatch(text):
        try:
            return format_datetime(datetime.fromisoformat(text))
        except ValueError:
            return text
    return text


templates.env.filters.update(
    audited=audited, highlight=highlight, clip=clip, date=format_date, datetime=format_datetime, number=format_number,
    figure=input_figure, correction=correction_text, day=due_day_text, percent=format_percent, period=period_label, goal=goal_text, coordinators=coordinators_text)


# the menu asks the permission rule which parts of the app the reader may open
templates.env.globals["may_open"] = may_open
templates.env.globals["corrected_fields"] = FIELD_NAMES
templates.env.globals["report_statuses"] = REPORT_STATUSES


def error_page(request: Request, message: str, status: int):
    return templates.TemplateResponse(request, "error.html", {"message": message, "status": status, "user": None,
                                                              "today": today_local()}, status_code=status)
