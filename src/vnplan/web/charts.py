"""Charts drawn as SVG on the server: they show without any script and download as SVG or PNG."""
from __future__ import annotations

from html import escape

from ..monitor.formatting import format_number, format_percent, shorten
from ..monitor.status import STATES

STATE_COLOURS = {
    "hoan_thanh_dung_han": "#2e7d32",
    "hoan_thanh_qua_han": "#9ccc65",
    "chua_hoan_thanh_trong_han": "#1e88e5",
    "chua_hoan_thanh_qua_han": "#e53935",
}


def states_bar(counts: dict[str, int], title: str, width: int = 560) -> str:
    """A horizontal bar per task state, with counts."""
    total = sum(counts.values()) or 1
    rows = len(STATES)
    height = 40 + rows * 32
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" font-family="sans-serif">',
             f'<title>{escape(title)}</title><rect width="100%" height="100%" fill="#fff"/>',
             f'<text x="8" y="22" font-size="15" font-weight="bold">{escape(title)}</text>']
    bar_left, bar_width = 230, width - 300
    for i, (state, label) in enumerate(STATES.items()):
        y = 40 + i * 32
        count = counts.get(state, 0)
        length = round(bar_width * count / total)
        parts.append(f'<text x="8" y="{y + 17}" font-size="13">{escape(label)}</text>')
        parts.append(f'<rect x="{bar_left}" y="{y + 4}" width="{bar_width}" height="18" fill="#eee"/>')
        parts.append(f'<rect x="{bar_left}" y="{y + 4}" width="{length}" height="18" fill="{STATE_COLOURS[state]}"/>')
        parts.append(f'<text x="{bar_left + bar_width + 8}" y="{y + 17}" font-size="13">{count} '
                     f'({format_percent(count / total)})</text>')
    parts.append("</svg>")
    return "".join(parts)


def targets_bar(rows: list[tuple[str, float | None, float | None, float | None, str]], title: str, width: int = 560) -> str:
    """Each target's actual against its goal (min..max), as a share of the goal."""
    height = 40 + max(len(rows), 1) * 30
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" font-family="sans-serif">',
             f'<title>{escape(title)}</title><rect width="100%" height="100%" fill="#fff"/>',
             f'<text x="8" y="22" font-size="15" font-weight="bold">{escape(title)}</text>']
    bar_left, bar_width = 230, width - 320
    for i, (label, low, high, actual, unit) in enumerate(rows):
        y = 40 + i * 30
        goal = high if high is not None else low
        share = (actual / goal) if (actual is not None and goal) else 0.0
        parts.append(f'<text x="8" y="{y + 16}" font-size="12"><title>{escape(label)}</title>'
                     f'{escape(shorten(label, 34))}</text>')
        parts.append(f'<rect x="{bar_left}" y="{y + 4}" width="{bar_width}" height="16" fill="#eee"/>')
        parts.append(f'<rect x="{bar_left}" y="{y + 4}" width="{round(bar_width * min(share, 1.0))}" height="16" '
                     f'fill="{"#2e7d32" if share >= 1 else "#fb8c00"}"/>')
        shown = ("chưa có số liệu" if actual is None else f"{format_number(actual)} / {format_number(goal)} {unit}" if goal
                 else f"{format_number(actual)} {unit}")
        parts.append(f'<text x="{bar_left + bar_width + 8}" y="{y + 16}" font-size="12">{escape(shown)}</text>')
    parts.append("</svg>")
    return "".join(parts)
