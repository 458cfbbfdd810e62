"""vnplan: Vietnamese provincial implementation plans as a tracked register.

    >>> import vnplan
    >>> plan = vnplan.extract("ke-hoach.pdf")   # or the text itself
    >>> plan.to_json()
"""
from __future__ import annotations

from pathlib import Path

from .errors import NotAPlan, UnreadableFile, VnplanError
from .model import Plan

__all__ = ["extract", "extract_text", "Plan", "VnplanError", "NotAPlan", "UnreadableFile"]
__version__ = "0.1.0"


def extract_text(text: str, source: str | None = None, strict: bool = True) -> Plan:
    """Extract a plan from raw text (as found: PDF extraction, web scrape, markdown)."""
    from .extract import extract_plan
    from .normalise import normalise
    from .read import RawText

    return extract_plan(normalise(RawText(text, "txt")), source=source, strict=strict)


def extract(path_or_text: str | Path, strict: bool = True) -> Plan:
    """Extract a plan from a file path (txt, md, pdf, docx, html) or from the text itself."""
    from .extract import extract_plan
    from .normalise import normalise
    from .read import read_file

    candidate = Path(path_or_text) if isinstance(path_or_text, Path) or "\n" not in str(path_or_text) else None
    if candidate is not None and len(str(candidate)) < 4096 and candidate.exists():
        raw = read_file(candidate)
        return extract_plan(normalise(raw), source=str(candidate), strict=strict)
    return extract_text(str(path_or_text), strict=strict)
