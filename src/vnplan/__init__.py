"""vnplan: Vietnamese provincial implementation plans as a tracked register.

    >>> import vnplan
    >>> plan = vnplan.extract("ke-hoach.pdf")   # or the text itself
    >>> plan.to_json()
"""
from __future__ import annotations

from pathlib import Path

from . import extract as _extract_stage  # loaded first: the function below must shadow the subpackage
from .errors import NotAPlan, UnreadableFile, VnplanError
from .model import Plan
from .normalise import normalise
from .read import RawText, read_file

__all__ = ["extract", "extract_file", "extract_text", "Plan", "VnplanError", "NotAPlan", "UnreadableFile"]
__version__ = "0.1.0"


def extract_text(text: str, source: str | None = None, strict: bool = True) -> Plan:
    """Extract a plan from raw text (as found: PDF extraction, web scrape, markdown)."""
    return _extract_stage.extract_plan(normalise(RawText(text, "txt")), source=source, strict=strict)


def extract_file(path: str | Path, strict: bool = True) -> Plan:
    """Extract a plan from a file (txt, md, pdf, docx, html)."""
    raw = read_file(path)
    return _extract_stage.extract_plan(normalise(raw), source=str(path), strict=strict)


def extract(path_or_text: str | Path, strict: bool = True) -> Plan:
    """Extract a plan from a file path or from the text itself (a string with line breaks)."""
    if isinstance(path_or_text, Path) or ("\n" not in path_or_text and len(path_or_text) < 4096):
        return extract_file(path_or_text, strict=strict)
    return extract_text(path_or_text, strict=strict)
