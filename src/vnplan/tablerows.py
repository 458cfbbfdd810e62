"""A table's row as the normalised text writes it, `| a | b |`, and its cells read back: one form for every reader
and converter that lays a table out, and for the stages that read the rows."""
from __future__ import annotations

from collections.abc import Iterable


def table_row(cells: Iterable[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def row_cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]
