"""Values typed by people, read strictly: numbers the Vietnamese way, bounded sizes, no broken text.

Every rule here answers a wrong value with `InvalidInput` (a message in Vietnamese and
English), never with an exception from deeper down.
"""
from __future__ import annotations

import math
import re
import unicodedata

from .errors import InvalidInput
from .formatting import parse_number

MAX_ID = 2**31 - 1  # row ids and revisions: a 32-bit integer on both databases
MAX_QUANTITY = 1e15  # larger than any figure a plan sets (VND of a province's budget included)
MIN_YEAR, MAX_YEAR = 1945, 2100
MAX_NOTE = 5000
MAX_UNIT = 80
PERIOD_KEY = re.compile(r"[a-z0-9-]{1,20}")

def whole(value: str) -> bool:
    """False for text holding a lone surrogate (a JSON "\\ud800"), which no database can store."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def text(value: str, what: str, limit: int) -> str:
    """NFC text without broken characters, at most `limit` characters."""
    if not whole(value):
        raise InvalidInput(f"{what}: có ký tự không hợp lệ", f"{what}: invalid character in the text")
    value = unicodedata.normalize("NFC", value)
    if len(value) > limit:
        raise InvalidInput(f"{what}: quá dài (tối đa {limit:,} ký tự)".replace(",", "."),
                           f"{what}: too long ({limit:,} characters at most)")
    return value


def quantity(value, what: str = "Giá trị") -> float | None:
    """A figure as typed in a form (read by `formatting.parse_number`) or sent as a JSON number, within bounds."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise InvalidInput(f"{what} phải là một số", f"{what}: a number is required")
    number = parse_number(value, what) if isinstance(value, str) else float(value)
    if number is not None and (not math.isfinite(number) or abs(number) > MAX_QUANTITY):
        raise InvalidInput(f"{what} nằm ngoài giới hạn cho phép", f"{what}: out of range")
    return number


def year(value) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(str(value).strip()) if not isinstance(value, bool) else None
    except ValueError:
        number = None
    if number is None or not MIN_YEAR <= number <= MAX_YEAR:
        raise InvalidInput(f"Năm phải là số từ {MIN_YEAR} đến {MAX_YEAR}", f"the year must be {MIN_YEAR}-{MAX_YEAR}")
    return number


def row_id(value: str, what: str) -> int | None:
    """An id or revision sent in a form field ("" for none)."""
    if not value.strip():
        return None
    if not re.fullmatch(r"[0-9]{1,10}", value.strip()) or int(value) > MAX_ID:
        raise InvalidInput(f"{what} không hợp lệ: «{value[:40]}»", f"invalid {what}")
    return int(value)
