"""The inbox's table rows, written here rather than by the template.

A page of the inbox holds up to 150 rows of ~20 values each. Written by Jinja, every value costs an
attribute look-up, an escape and a Markup object: ~3,000 a page, about half of the page's time. Here
every value that comes from the register (task texts, names, reasons: anything a person typed) is still
escaped, by `html.escape`, and only our own tags are written around it; the row is marked safe once, whole.
Integers (ids, day counts) and the kind of an item ("report", "actual": ours) are the only values written as they are.
"""
from __future__ import annotations

from datetime import date
from html import escape
from urllib.parse import quote

from markupsafe import Markup

from ..monitor.formatting import format_date, format_datetime
from ..monitor.inbox import Item


def _cut(text: str, width: int) -> str:
    """What Jinja's truncate(width, True, '…', 0) gives: the text, or its first width-1 characters and '…'."""
    return text if len(text) <= width else text[:width - 1] + "…"


def _link(url: str, text: str) -> str:
    return f'<a href="{escape(url)}">{escape(text)}</a>'


def _plan(item: Item) -> str:
    return f'<td><a href="/plans/{item.plan_id}">{escape(item.plan_number)}</a></td>'


def _decision(item: Item, what: str) -> str:
    """Approve, or return with a reason, this one item (its key names the revision the reviewer saw)."""
    key = escape(item.key)
    return (f'<td>\n            <button type="submit" name="one" value="approve {key}">Duyệt</button>\n'
            f'            <input type="hidden" name="reason_for" value="{key}">\n'
            f'            <input name="reason" size="18" placeholder="Lý do trả lại" '
            f'aria-label="Lý do trả lại {what} số {item.id}">\n'
            f'            <button type="submit" name="one" value="return {key}" class="secondary">Trả lại</button>\n'
            f'          </td>')


def _chosen(item: Item, what: str) -> str:
    return (f'<td><input type="checkbox" name="items" value="{escape(item.key)}" '
            f'aria-label="Chọn {what} số {item.id}"></td>')


def waiting(items: list[Item], today: date) -> Markup:
    """Reports waiting for review: plan, task, agency, period and its due date, submitter, when and how long ago."""
    return Markup("\n".join(_waiting(item, today) for item in items))


def _waiting(item: Item, today: date) -> str:
    due = f'<br><span class="meta">hạn {format_date(item.period_due)}</span>' if item.period_due else ""
    age = item.age_days(today) if item.submitted_at else None
    sent = (f'{format_datetime(item.submitted_at)}<br><span class="meta">{f"{age} ngày trước" if age else "hôm nay"}</span>'
            if item.submitted_at else "")
    return _review_row(item, "báo cáo", due, sent)


def actuals(items: list[Item]) -> Markup:
    """Target actuals waiting for review."""
    return Markup("\n".join(_actual(item) for item in items))


def _actual(item: Item) -> str:
    sent = format_datetime(item.submitted_at) if item.submitted_at else ""
    return _review_row(item, "số liệu", "", sent)


def _review_row(item: Item, noun: str, after_period: str, sent: str) -> str:
    """A row waiting for a decision: tick box, plan, subject, agency, period, submitter, when, the decision's buttons."""
    return (f'<tr data-item="{item.kind}:{item.id}">{_chosen(item, noun)}{_plan(item)}'
            f'<td>{_link(item.subject_url, _cut(item.subject, 160))}</td><td>{escape(item.agency)}</td>'
            f'<td>{escape(item.period_label)}{after_period}</td><td>{escape(item.submitter)}</td>'
            f'<td class="num">{sent}</td>{_decision(item, noun)}</tr>')


def returned(items: list[Item]) -> Markup:
    """Reports sent back and not yet sent again, with the reason each was returned."""
    return Markup("\n".join(_returned(item) for item in items))


def _returned(item: Item) -> str:
    day = format_date(item.decided_at.date()) if item.decided_at else ""
    return (f'<tr data-item="{item.kind}:{item.id}">{_plan(item)}'
            f'<td>{_link(item.subject_url, _cut(item.subject, 100))}</td><td>{escape(item.agency)}</td>'
            f'<td>{escape(item.period_label)}</td><td>{escape(item.comment)}</td>'
            f'<td class="num">{day}</td></tr>')


def overdue(agencies: list[tuple[int, str, int]], province: str | None) -> Markup:
    """Agencies with reports past due and not received, each linked to its reporting rates (in the reviewer's
    province): for a reviewer of every province, several hundred rows."""
    in_province = f"&amp;province={escape(quote(province))}" if province else ""
    return Markup("\n".join(f'<tr><td><a href="/rates?agency={agency_id}{in_province}">{escape(name)}</a></td>'
                            f'<td class="num">{missing}</td></tr>' for agency_id, name, missing in agencies))
