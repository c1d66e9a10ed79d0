"""Small inline SVG charts: a district's score over runs, an item's status over runs.

Only numbers and escaped text go into the SVG, so it is safe to inline.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from reports.labels import STATUS_COLOURS, STATUS_EN, STATUS_TH, thai_date

__all__ = ["score_chart_svg", "status_strip_svg"]

WIDTH, HEIGHT, PAD = 520, 150, 30


def score_chart_svg(history: list[dict[str, Any]]) -> Markup:
    """A line of the score estimate (0-100) over ``history`` (results, oldest first)."""
    points = [(r, float((r.get("score") or {}).get("estimate") or 0)) for r in history]
    if not points:
        return Markup("")
    span = max(len(points) - 1, 1)
    low = min(70.0, min(v for _, v in points) - 5)
    low = max(0.0, low // 10 * 10)  # 0..100 squeezes the band that matters (70-100)

    def x(i: int) -> float:
        return PAD + (WIDTH - 2 * PAD) * (i / span if len(points) > 1 else 0.5)

    def y(v: float) -> float:
        return PAD / 2 + (HEIGHT - PAD) * (1 - (max(low, min(v, 100.0)) - low) / (100 - low))

    parts = [
        f'<svg class="trend" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="คะแนนประมาณการตามรอบการตรวจ / score over runs">'
    ]
    for level in sorted({100, 95, 85, 70, int(low)}, reverse=True):
        if level < low:
            continue
        parts.append(
            f'<line x1="{PAD}" x2="{WIDTH - PAD}" y1="{y(level):.1f}" y2="{y(level):.1f}" '
            f'stroke="#ccc" stroke-width="0.5"/>'
            f'<text x="2" y="{y(level) + 3:.1f}" font-size="9" fill="#666">{level}</text>'
        )
    coords = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, (_, v) in enumerate(points))
    parts.append(f'<polyline points="{coords}" fill="none" stroke="#1565c0" stroke-width="2"/>')
    for i, (result, value) in enumerate(points):
        label = escape(f"{thai_date(result.get('as_of'), short=True)}: {value:.2f}")
        parts.append(
            f'<circle cx="{x(i):.1f}" cy="{y(value):.1f}" r="3.5" fill="#1565c0">'
            f"<title>{label}</title></circle>"
        )
        if i in (0, len(points) - 1):
            parts.append(
                f'<text x="{x(i):.1f}" y="{HEIGHT - 2}" font-size="9" text-anchor="middle" '
                f'fill="#333">{escape(thai_date(result.get("as_of"), short=True))}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))


def status_strip_svg(entries: list[tuple[str, str]], *, cell: int = 14) -> Markup:
    """A row of squares, one per run, coloured by status; ``entries`` are ``(label, status)``."""
    if not entries:
        return Markup("")
    width = cell * len(entries) + 2
    parts = [
        f'<svg class="strip" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {cell + 2}" '
        f'width="{width}" height="{cell + 2}" role="img" aria-label="สถานะตามรอบการตรวจ / status over runs">'
    ]
    for i, (label, status) in enumerate(entries):
        colour = STATUS_COLOURS.get(status, "#eee")
        title = escape(
            f"{label}: {STATUS_TH.get(status, status)} ({STATUS_EN.get(status, status)})"
        )
        parts.append(
            f'<rect x="{1 + i * cell}" y="1" width="{cell - 2}" height="{cell}" fill="{colour}" '
            f'stroke="#555" stroke-width="0.5"><title>{title}</title></rect>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
