"""Server-side SVG charts of the network overview: no JavaScript, no chart library, nothing from a CDN.

Each chart scales with its ``viewBox`` to the width of its column (a phone included). Colour is never the only
carrier: every bar carries its number or a pattern with a legend, every element its ``<title>``, and every chart its
numbers as a table beside it (in the template) and as CSV. Presentation comes from CSS classes in
static/css/overview.css; the patterns are presentation attributes (``fill="url(#…)"``), so a strict
Content-Security-Policy without inline styles holds."""

from __future__ import annotations

import math

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

WIDTH = 400
LABEL_MAX = 38  # characters of a row label; the whole label is in its <title> and in the table

# Patterns of the series of a stacked bar and of the risk levels (defined once per page, patterns_defs()).
SERIES_PATTERNS = 5


def _n(value: float) -> str:
    """A coordinate: at most one decimal."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _short(label: str) -> str:
    label = str(label)
    return label if len(label) <= LABEL_MAX else f"{label[: LABEL_MAX - 1]}…"


def _svg(height: float, title: str, body: SafeString, css: str = "") -> SafeString:
    return format_html(
        '<svg class="app-chart {}" viewBox="0 0 {} {}" width="100%" role="img" aria-label="{}" '
        'preserveAspectRatio="xMinYMin meet" focusable="false"><title>{}</title>{}</svg>',
        css,
        WIDTH,
        _n(height),
        title,
        title,
        body,
    )


def patterns_defs() -> SafeString:
    """The patterns every chart of the page refers to, in one hidden SVG."""
    series = [
        # 0: solid; 1: diagonal lines; 2: dots; 3: cross-hatch; 4: horizontal lines.
        "",
        '<path class="app-chart__hatch" d="M0 8 L8 0" />',
        '<circle class="app-chart__dot" cx="4" cy="4" r="1.6" />',
        '<path class="app-chart__hatch" d="M0 8 L8 0 M0 0 L8 8" />',
        '<path class="app-chart__hatch" d="M0 4 L8 4" />',
    ]
    risk = {
        "low": '<circle class="app-chart__dot" cx="4" cy="4" r="1.4" />',
        "elevated": '<path class="app-chart__hatch" d="M0 8 L8 0" />',
        "high": '<path class="app-chart__hatch" d="M0 8 L8 0 M0 0 L8 8" />',
    }
    parts = [
        f'<pattern id="ov-pattern-{number}" width="8" height="8" patternUnits="userSpaceOnUse">{shape}</pattern>'
        for number, shape in enumerate(series)
    ]
    parts += [
        f'<pattern id="ov-risk-{level}" width="8" height="8" patternUnits="userSpaceOnUse">{shape}</pattern>'
        for level, shape in risk.items()
    ]
    return mark_safe(  # noqa: S308 - constant markup, no input
        '<svg class="app-chart-defs" width="0" height="0" aria-hidden="true" focusable="false">'
        f"<defs>{''.join(parts)}</defs></svg>"
    )


def swatch(css: str, pattern: str = "") -> SafeString:
    """A small square of a series or risk level for a legend (the pattern repeats what the colour says)."""
    overlay = format_html('<rect width="16" height="16" fill="url(#{})" />', pattern) if pattern else ""
    return format_html(
        '<svg class="app-chart-swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" '
        'focusable="false"><rect class="{}" width="16" height="16" />{}</svg>',
        css,
        overlay,
    )


def column_chart(values: list[int], labels: list[str], *, title: str, value_name: str) -> SafeString:
    """Columns per week with their numbers on top (up to 13 columns; with more, the highest value is marked)."""
    height, top, bottom, side = 200.0, 20.0, 26.0, 6.0
    count = max(len(values), 1)
    slot = (WIDTH - 2 * side) / count
    bar = slot * 0.72
    highest = max(values, default=0) or 1
    inner = height - top - bottom
    with_numbers = count <= 13
    every = max(1, math.ceil(count / 7))
    parts = []
    for number, (value, label) in enumerate(zip(values, labels, strict=True)):
        bar_height = inner * value / highest
        x = side + number * slot + (slot - bar) / 2
        y = height - bottom - bar_height
        parts.append(
            format_html(
                '<rect class="app-chart__bar" x="{}" y="{}" width="{}" height="{}"><title>{}: {} {}</title></rect>',
                _n(x),
                _n(y),
                _n(bar),
                _n(bar_height),
                label,
                value,
                value_name,
            )
        )
        if with_numbers:
            parts.append(
                format_html(
                    '<text class="app-chart__value" x="{}" y="{}" text-anchor="middle">{}</text>',
                    _n(x + bar / 2),
                    _n(y - 5),
                    value,
                )
            )
        if number % every == 0:
            parts.append(
                format_html(
                    '<text class="app-chart__axis" x="{}" y="{}" text-anchor="middle">{}</text>',
                    _n(x + bar / 2),
                    _n(height - 8),
                    label,
                )
            )
    parts.append(
        format_html(
            '<line class="app-chart__baseline" x1="{}" x2="{}" y1="{}" y2="{}" />',
            _n(side),
            _n(WIDTH - side),
            _n(height - bottom),
            _n(height - bottom),
        )
    )
    if not with_numbers:
        parts.append(
            format_html(
                '<line class="app-chart__gridline" x1="{}" x2="{}" y1="{}" y2="{}" />'
                '<text class="app-chart__axis" x="{}" y="{}">{}</text>',
                _n(side),
                _n(WIDTH - side),
                _n(top),
                _n(top),
                _n(side),
                _n(top - 5),
                highest,
            )
        )
    return _svg(height, title, mark_safe("".join(parts)))  # noqa: S308 - parts built with format_html


def bar_rows(rows: list[tuple[str, int, list[int] | None]], *, title: str) -> SafeString:
    """One horizontal bar per row, its label above it and its number after it; with ``series`` a small column chart
    of the weeks at the right (the trend), on one scale for all rows."""
    row_height, label_y, bar_y, bar_height = 50.0, 17.0, 24.0, 16.0
    trend = any(row[2] for row in rows)
    bar_room = 220.0 if trend else 330.0
    highest = max((row[1] for row in rows), default=0) or 1
    series_highest = max((max(row[2]) for row in rows if row[2]), default=0) or 1
    parts = []
    for number, (label, value, weeks) in enumerate(rows):
        top = number * row_height
        width = bar_room * value / highest
        parts.append(
            format_html(
                '<text class="app-chart__label" x="0" y="{}">{}<title>{}</title></text>'
                '<rect class="app-chart__bar" x="0" y="{}" width="{}" height="{}"><title>{}: {}</title></rect>'
                '<text class="app-chart__value" x="{}" y="{}">{}</text>',
                _n(top + label_y),
                _short(label),
                label,
                _n(top + bar_y),
                _n(max(width, 1.5)),
                _n(bar_height),
                label,
                value,
                _n(width + 6),
                _n(top + bar_y + 13),
                value,
            )
        )
        if trend and weeks:
            parts.append(_sparkline(weeks, x=290.0, y=top + 20, width=WIDTH - 290.0, height=24.0, top=series_highest))
    if not rows:
        return mark_safe("")
    return _svg(len(rows) * row_height, title, mark_safe("".join(parts)))  # noqa: S308 - built with format_html


def _sparkline(values: list[int], *, x: float, y: float, width: float, height: float, top: int) -> SafeString:
    slot = width / max(len(values), 1)
    bars = []
    for number, value in enumerate(values):
        bar_height = height * value / top
        bars.append(
            format_html(
                '<rect class="app-chart__spark" x="{}" y="{}" width="{}" height="{}" />',
                _n(x + number * slot + slot * 0.1),
                _n(y + height - bar_height),
                _n(slot * 0.8),
                _n(bar_height),
            )
        )
    bars.append(
        format_html(
            '<line class="app-chart__baseline" x1="{}" x2="{}" y1="{}" y2="{}" />',
            _n(x),
            _n(x + width),
            _n(y + height),
            _n(y + height),
        )
    )
    return mark_safe("".join(bars))  # noqa: S308 - built with format_html


def stacked_rows(rows: list[tuple[str, list[tuple[str, int]]]], *, title: str) -> SafeString:
    """One stacked bar per row: its segments in the order given, each with its own colour and pattern (series
    0, 1, …: the legend), the number in the segment where it fits and the row's total after it."""
    row_height, label_y, bar_y, bar_height = 50.0, 17.0, 24.0, 18.0
    bar_room = 330.0
    totals = [sum(value for _name, value in segments) for _label, segments in rows]
    highest = max(totals, default=0) or 1
    parts = []
    for number, ((label, segments), total) in enumerate(zip(rows, totals, strict=True)):
        top = number * row_height
        parts.append(
            format_html('<text class="app-chart__label" x="0" y="{}">{}</text>', _n(top + label_y), _short(label))
        )
        x = 0.0
        for index, (name, value) in enumerate(segments):
            if not value:
                continue
            width = bar_room * value / highest
            series = index % SERIES_PATTERNS
            parts.append(
                format_html(
                    "<g><title>{} – {}: {}</title>"
                    '<rect class="app-chart__seg app-chart__seg--{}" x="{}" y="{}" width="{}" height="{}" />'
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="url(#ov-pattern-{})" /></g>',
                    label,
                    name,
                    value,
                    series,
                    _n(x),
                    _n(top + bar_y),
                    _n(width),
                    _n(bar_height),
                    _n(x),
                    _n(top + bar_y),
                    _n(width),
                    _n(bar_height),
                    series,
                )
            )
            if width >= 22:
                parts.append(
                    format_html(
                        '<text class="app-chart__inside" x="{}" y="{}" text-anchor="middle">{}</text>',
                        _n(x + width / 2),
                        _n(top + bar_y + 13),
                        value,
                    )
                )
            x += width
        parts.append(
            format_html(
                '<text class="app-chart__value" x="{}" y="{}">{}</text>', _n(x + 6), _n(top + bar_y + 14), total
            )
        )
    if not rows:
        return mark_safe("")
    return _svg(len(rows) * row_height, title, mark_safe("".join(parts)))  # noqa: S308 - built with format_html


def risk_strip(areas: list[dict], week_labels: list[str], level_names: dict, *, title: str) -> SafeString:
    """Per area a strip of the coming weeks: each week's cell in the colour and pattern of its highest risk level
    (legend beside it), with the week numbers above."""
    header, row_height, label_y, cell_y, cell_height, gap = 20.0, 48.0, 17.0, 22.0, 20.0, 3.0
    count = max(len(week_labels), 1)
    cell = (WIDTH - gap * (count - 1)) / count
    parts = [
        format_html(
            '<text class="app-chart__axis" x="{}" y="12" text-anchor="middle">{}</text>',
            _n(number * (cell + gap) + cell / 2),
            label,
        )
        for number, label in enumerate(week_labels)
    ]
    for row_number, row in enumerate(areas):
        top = header + row_number * row_height
        parts.append(
            format_html(
                '<text class="app-chart__label" x="0" y="{}">{}<title>{}</title></text>',
                _n(top + label_y),
                _short(row["area"]),
                row["area"],
            )
        )
        for number, level in enumerate(row["levels"]):
            x = number * (cell + gap)
            overlay = (
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="url(#ov-risk-{})" />',
                    _n(x),
                    _n(top + cell_y),
                    _n(cell),
                    _n(cell_height),
                    level,
                )
                if level
                else ""
            )
            parts.append(
                format_html(
                    '<g><title>{}, {}: {}</title><rect class="app-strip__cell app-strip__cell--{}" x="{}" y="{}" '
                    'width="{}" height="{}" />{}</g>',
                    row["area"],
                    week_labels[number],
                    level_names.get(level, level_names[""]),
                    level or "none",
                    _n(x),
                    _n(top + cell_y),
                    _n(cell),
                    _n(cell_height),
                    overlay,
                )
            )
    if not areas:
        return mark_safe("")
    return _svg(header + len(areas) * row_height, title, mark_safe("".join(parts)))  # noqa: S308 - format_html


__all__ = [
    "bar_rows",
    "column_chart",
    "patterns_defs",
    "risk_strip",
    "stacked_rows",
    "swatch",
]
