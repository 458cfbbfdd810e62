"""Vietnamese display conventions, in one place for pages, exports and e-mails.

Dates read dd/mm/yyyy, numbers use the decimal comma and the thousands dot, times are
shown in Asia/Ho_Chi_Minh (they are stored in UTC). Numbers and dates go through Babel's
`vi_VN` locale (sorting goes through ICU, in `vnplan.collation`), so that every output
agrees with every other. The parsers take what officials type: "31/12/2025", "98,5", "1.234,5".
"""
from __future__ import annotations

import math
import re
from datetime import date, datetime, time, timezone
from decimal import Decimal
from functools import lru_cache
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date as _babel_date
from babel.numbers import NumberPattern, parse_pattern

from .errors import InvalidInput

LOCALE = "vi_VN"
TIMEZONE = ZoneInfo("Asia/Ho_Chi_Minh")
DATE_PATTERN = "dd/MM/yyyy"
ELLIPSIS = "…"
RELATED_AGENCIES = "các cơ quan liên quan"
FREQUENCIES = {"once": "Một lần", "monthly": "Hằng tháng", "quarterly": "Hằng quý", "semiannual": "6 tháng",
               "annual": "Hằng năm"}


# -- dates and times --------------------------------------------------------------------------------

@lru_cache(maxsize=4096)  # a page writes the same days again and again, and Babel takes tens of µs for each
def format_date(day: date | str | None) -> str:
    """31/12/2025 ("" for no date); a date stored as ISO text (2025-12-31) is read first."""
    if isinstance(day, str):
        day = date.fromisoformat(day) if day else None
    return _babel_date(day, DATE_PATTERN, locale=LOCALE) if day else ""


def format_datetime(moment: datetime | None) -> str:
    """31/12/2025 14:05 in Vietnam's time; a moment without a zone is taken as UTC, as it is stored."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    local = moment.astimezone(TIMEZONE)
    # the day as every date is written, then HH:mm: digits only, which no locale changes
    return f"{format_date(local.date())} {local:%H:%M}"


def today_local() -> date:
    """Today in Vietnam: the day officials see on their calendars, whatever the server's zone."""
    return datetime.now(TIMEZONE).date()


def day_start(day: date) -> datetime:
    """The moment a day begins in Vietnam, in UTC (as moments are stored): 01/12/2025 starts at 17:00 on 30/11."""
    return datetime.combine(day, time.min, tzinfo=TIMEZONE).astimezone(timezone.utc)


def long_date(day: date) -> str:
    """"ngày 05 tháng 3 năm 2025", the date line of an administrative document (a zero before days
    below 10 and months 1 and 2, as Nghị định 30/2020/NĐ-CP asks)."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_date(text: str) -> date | None:
    """A date typed as dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy) or yyyy-mm-dd (what a
    browser's date field sends); None for an empty field; InvalidInput for anything else."""
    text = text.strip()
    if not text:
        return None
    found = _DAY_MONTH_YEAR.fullmatch(text)
    iso = _ISO.fullmatch(text)
    try:
        if found:
            return date(int(found[3]), int(found[2]), int(found[1]))
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
    except ValueError:
        pass
    raise InvalidInput(f"Ngày không hợp lệ: «{text}» (nhập theo dạng ngày/tháng/năm, ví dụ 31/12/2025)",
                       f"invalid date: {text!r} (expected dd/mm/yyyy, e.g. 31/12/2025)")


# -- numbers ----------------------------------------------------------------------------------------

@lru_cache(maxsize=8)
def _number_pattern(decimals: int) -> NumberPattern:
    return parse_pattern(f"#,##0.{'#' * decimals}" if decimals else "#,##0")


_NUMBERS_LOCALE = Locale.parse(LOCALE)  # parsed once: Babel's format_decimal parses the locale and pattern on each call


def format_number(value: float | int | Decimal | None, decimals: int = 2) -> str:
    """12.345,5: at most `decimals` decimals, none when the number is whole ("" for no number)."""
    if value is None:
        return ""
    return _number_pattern(decimals).apply(value, _NUMBERS_LOCALE)


def input_figure(value: float | int | None) -> str:
    """A stored figure as it goes back into a form's field: every digit it has, a decimal comma, no grouping dots
    ("1500000", "123456,78"), so that saving the form again reads the same number (`parse_number`); "" for none."""
    if value is None:
        return ""
    text = format(Decimal(repr(float(value))), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def format_percent(ratio: float, decimals: int = 0) -> str:
    """0.985 -> "98,5%" with decimals=1; "10%" for 0.1."""
    return f"{format_number(ratio * 100, decimals)}%"


# 1.234.567,5: dots group thousands, a comma marks the decimals
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?")
# 98,5 | 98.5 | 1234 | -3: one mark, either way, for the decimals
_PLAIN = re.compile(r"[+-]?\d+(?:[.,]\d+)?")
# 1.000: a thousand to a Vietnamese reader, one to an English keyboard
_AMBIGUOUS = re.compile(r"[+-]?\d+\.\d{3}")


def parse_number(text: str, what: str = "Số") -> float | None:
    """A figure as officials type it: "98,5" and "98.5" are ninety-eight and a half, "1.234.567,5" is grouped
    by thousands; None for an empty field. A lone dot before exactly three digits ("1.000") could be either,
    so it is refused rather than guessed, as are words, "nan", "inf" and figures too long to be finite."""
    typed = text.strip().replace("\u00a0", "").replace(" ", "")
    if not typed:
        return None
    if _AMBIGUOUS.fullmatch(typed):
        raise InvalidInput(f"{what} «{text.strip()}» không rõ: viết {typed.replace('.', '')} (nghìn) hoặc "
                           f"{typed.replace('.', ',')} (số thập phân)",
                           f"{what} {text.strip()!r} is ambiguous: write it without the dot, or with a decimal comma")
    if _GROUPED.fullmatch(typed):
        typed = typed.replace(".", "")
    elif not _PLAIN.fullmatch(typed):
        raise InvalidInput(f"{what} không phải là số: «{text.strip()}» (dùng dấu phẩy cho phần thập phân, ví dụ 98,5)",
                           f"{what}: not a number: {text.strip()!r} (use a decimal comma, e.g. 98,5)")
    number = float(typed.replace(",", "."))
    if not math.isfinite(number):
        raise InvalidInput(f"{what} nằm ngoài giới hạn cho phép", f"{what}: out of range")
    return number


def goal_text(low: float | None, high: float | None) -> str:
    """A target's goal written once: "12", "10 – 12", "≥ 80", "≤ 5" ("" when neither bound is known)."""
    if low is not None and high is not None:
        return format_number(low) if low == high else f"{format_number(low)} – {format_number(high)}"
    if low is not None:
        return f"≥ {format_number(low)}"
    if high is not None:
        return f"≤ {format_number(high)}"
    return ""


# -- text -------------------------------------------------------------------------------------------

def shorten(text: str | None, width: int) -> str:
    """At most `width` characters, cut at a word boundary and ended with "…" when cut."""
    text = " ".join((text or "").split())
    if len(text) <= width:
        return text
    cut = text[:width - 1]
    if " " in cut and not text[width - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.-–") + ELLIPSIS


def coordinators_text(names: list[str], collective: bool) -> str:
    """Coordinating agencies as a sentence: "A, B và các cơ quan liên quan"; "Các cơ quan liên quan"
    when the plan names none; "" when there are none at all."""
    if not names:
        return RELATED_AGENCIES[0].upper() + RELATED_AGENCIES[1:] if collective else ""
    return ", ".join(names) + (f" và {RELATED_AGENCIES}" if collective else "")


def due_day_text(due: str | None) -> str:
    """A day as extraction writes it (2026-06-30; --11-20, each year; ---20, each period) as people write it."""
    if not due:
        return ""
    if due.startswith("---"):
        return f"ngày {due[3:]}"
    if due.startswith("--"):
        return f"{due[5:7]}/{due[2:4]}"
    try:
        return format_date(due)
    except ValueError:  # a partial date ("2024-08") stays as written
        return due


def correction_text(field: str, value) -> str:
    """A corrected value (`register.corrected` stores them) as people read it."""
    if value is None or value == "":
        return "(để trống)"
    if field == "deadline":
        return format_date(value)
    if field == "due":
        return due_day_text(value)
    if field == "frequency":
        return FREQUENCIES.get(value, value)
    if isinstance(value, list):  # agencies, as names or as {id, name}
        return ", ".join(item["name"] if isinstance(item, dict) else item for item in value)
    if isinstance(value, float):
        return format_number(value)
    return str(value)

