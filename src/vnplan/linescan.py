"""Scans of a whole text for a line that opens so.

A multi-line pattern that opens on "^" is tried at every position of the text; one that opens on a character, only
where that character stands. `after_a_break` turns the one into the other: it opens on the line break before the line,
and is searched in the text after a break of its own (`"\\n" + text`), the text's first line a line like the others.
"""
from __future__ import annotations

import re


def after_a_break(line_opening: re.Pattern) -> re.Pattern:
    """A multi-line pattern that opens on "^" as one that opens on the line break before it (see the module's
    docstring): search it in "\\n" + text; it finds the same lines, with the same groups (and as many, where a match
    stops before its line's break, which the next line's match now opens on)."""
    source = line_opening.pattern.removeprefix("(?m)")
    if not (source.startswith("^") and line_opening.flags & re.M):
        raise ValueError(f"not a multi-line pattern opening on '^': {line_opening.pattern!r}")
    return re.compile("\n" + source[1:], line_opening.flags)
