"""A small chart of one goal's measure over the approved sessions, as a server-rendered SVG.

No JavaScript and nothing from a CDN: the client page shows it as an image. The x axis is the sessions
in date order (evenly spaced, labelled with their dates), the y axis the measure in its unit (a count's
part when every session counts the same total, else its share in %), and the target, when it is one
number of the same kind, a dashed line. Every text is XML-escaped.
"""

from __future__ import annotations

import math
from xml.sax.saxutils import escape

from .goals import Value, value_of
from .model import Goal, GoalResult

W, H = 420, 180
LEFT, RIGHT, TOP, BOTTOM = 44, 16, 24, 36


def _points(results: list[GoalResult]) -> tuple[list[tuple[str, float, str]], str]:
    """(date, y value, label) of each measured session, and the y axis' unit."""
    values: list[tuple[GoalResult, Value]] = []
    for r in results:
        v = value_of(r.measure)
        if v is not None:
            values.append((r, v))
    if not values:
        return [], ""
    kinds = {v.kind for _, v in values}
    if kinds == {"count"}:
        totals = {v.total for _, v in values}
        if len(totals) == 1:
            return [(r.date, v.number, v.shown()) for r, v in values], f"of {values[0][1].total:g}"
        return [(r.date, 100 * v.score, v.shown()) for r, v in values], "%"
    kind = values[-1][1].kind
    same = [(r, v) for r, v in values if v.kind == kind]
    return [(r.date, v.number, v.shown()) for r, v in same], same[-1][1].unit


def _nice(v: float) -> float:
    """A round top for the y axis: 7 -> 7, 66 -> 70, 130 -> 150."""
    if v <= 10:
        return float(math.ceil(v))
    step = 10 ** math.floor(math.log10(v)) / 2
    return math.ceil(v / step) * step


def svg(goal: Goal, results: list[GoalResult]) -> str:
    """The chart of ``goal``'s measured results (oldest first); a note in words when there is none."""
    points, unit = _points(results)
    title = f"{goal.id}: {goal.text}"
    target = value_of(goal.target)
    target_y = None
    if target is not None and points:
        if unit.startswith("of ") and target.kind == "count" and f"of {target.total:g}" == unit:
            target_y = target.number
        elif unit == "%" and target.kind == "count":
            target_y = 100 * target.score
        elif target.kind != "count" and target.unit == unit:
            target_y = target.number
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" '
           f'role="img" aria-label="{escape(title, {chr(34): "&quot;"})}">',
           f"<title>{escape(title)}</title>",
           f'<rect x="0" y="0" width="{W}" height="{H}" fill="#ffffff"/>']
    if not points:
        out.append(f'<text x="{W / 2:.0f}" y="{H / 2:.0f}" text-anchor="middle" font-family="sans-serif" '
                   'font-size="13" fill="#555">No measured result yet</text></svg>')
        return "\n".join(out)
    top = max([p[1] for p in points] + ([target_y] if target_y is not None else [])) or 1.0
    top = _nice(top * 1.1) if not unit.startswith("of ") else float(unit[3:])  # a count: up to its total
    plot_w, plot_h = W - LEFT - RIGHT, H - TOP - BOTTOM

    def x(i: int) -> float:
        return LEFT + (plot_w / 2 if len(points) == 1 else plot_w * i / (len(points) - 1))

    def y(v: float) -> float:
        return TOP + plot_h * (1 - v / top)

    font = 'font-family="sans-serif"'
    out.append(f'<line x1="{LEFT}" y1="{TOP + plot_h}" x2="{W - RIGHT}" y2="{TOP + plot_h}" stroke="#888"/>')
    out.append(f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{TOP + plot_h}" stroke="#888"/>')
    out.append(f'<text x="{LEFT - 6}" y="{TOP + plot_h}" text-anchor="end" {font} font-size="11" fill="#333">0</text>')
    out.append(f'<text x="{LEFT - 6}" y="{TOP + 4}" text-anchor="end" {font} font-size="11" fill="#333">'
               f"{top:g}</text>")
    out.append(f'<text x="4" y="14" {font} font-size="11" fill="#333">{escape(unit)}</text>')
    if target_y is not None:
        out.append(f'<line class="target" x1="{LEFT}" y1="{y(target_y):.1f}" x2="{W - RIGHT}" y2="{y(target_y):.1f}" '
                   'stroke="#b35900" stroke-dasharray="5,4"/>')
        out.append(f'<text x="{W - RIGHT}" y="{y(target_y) - 4:.1f}" text-anchor="end" {font} font-size="11" '
                   f'fill="#b35900">target {escape(goal.target)}</text>')
    path = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, (_d, v, _l) in enumerate(points))
    out.append(f'<polyline points="{path}" fill="none" stroke="#1f5f99" stroke-width="2"/>')
    for i, (date, v, label) in enumerate(points):
        out.append(f'<circle class="point" cx="{x(i):.1f}" cy="{y(v):.1f}" r="4" fill="#1f5f99">'
                   f"<title>{escape(date)}: {escape(label)}</title></circle>")
        out.append(f'<text class="value" x="{x(i):.1f}" y="{y(v) - 8:.1f}" text-anchor="middle" {font} '
                   f'font-size="11" fill="#1f5f99">{escape(label)}</text>')
        out.append(f'<text class="date" x="{x(i):.1f}" y="{H - 14}" text-anchor="middle" {font} font-size="11" '
                   f'fill="#333">{escape(date or "?")}</text>')
    out.append("</svg>")
    return "\n".join(out)
