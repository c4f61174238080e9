"""Horizontal bar charts laid out in Python and drawn by a small SVG template.

Horizontal bars keep long labels (rule names, incident types) readable in a narrow PDF column.
Each chart is shown with a table of the same numbers beside it, and carries a <title> and
<desc>, so it reads without sight of the bars.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: GOV.UK palette: blue, red, green, dark grey (distinct in greyscale print too).
COLOURS = ("#1d70b8", "#d4351c", "#00703c", "#505a5f")
# Sized for a chart beside its table in 58% of an A4 page's width, near 1:1 there and on a phone.
WIDTH = 400
LABEL_WIDTH = 150
VALUE_GAP = 5
VALUE_WIDTH = 34
BAR = 12
BAR_GAP = 2
GROUP_GAP = 8
TOP = 6
LEGEND_LINE = 18
MAX_LABEL = 24
CHAR = 6.6  # rough width of a character at the legend's font size


@dataclass(frozen=True)
class Chart:
    """Rows of labelled values, one value per series. ``percent`` draws 0-100 % on a fixed scale."""

    title: str
    desc: str
    series: tuple[str, ...]
    rows: tuple[tuple[str, tuple[float, ...]], ...]
    percent: bool = False
    colours: tuple[str, ...] = COLOURS
    #: A row drawn in another colour than its series (e.g. what is still to do, in red), by label.
    row_colours: tuple[tuple[str, str], ...] = ()

    def value_text(self, value: float) -> str:
        return f"{value:.0f}%" if self.percent else f"{value:g}"


@dataclass(frozen=True)
class Bar:
    x: int
    y: int
    width: int
    height: int
    colour: str
    value: str
    value_x: int
    text_y: int


@dataclass(frozen=True)
class Group:
    label: str
    label_y: int
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class Legend:
    x: int
    y: int  # top of the swatch
    text_x: int
    label: str
    colour: str


@dataclass(frozen=True)
class Layout:
    chart: Chart
    width: int
    height: int
    groups: tuple[Group, ...]
    legend: tuple[Legend, ...] = field(default_factory=tuple)
    top: int = TOP  # where the bars start (below the legend)
    axis_x: int = LABEL_WIDTH
    empty: bool = False


def layout(chart: Chart) -> Layout:
    """Every coordinate the template needs; the scale starts at zero (bars compare by length)."""
    legend = _legend(chart) if len(chart.series) > 1 else ()
    top = TOP + (max(item.y for item in legend) + LEGEND_LINE if legend else 0)
    area = WIDTH - LABEL_WIDTH - VALUE_GAP - VALUE_WIDTH
    biggest = 100.0 if chart.percent else max((v for _l, values in chart.rows for v in values), default=0.0)
    scale = area / biggest if biggest > 0 else 0.0
    groups, y = [], top
    special = dict(chart.row_colours)
    for label, values in chart.rows:
        bars = []
        for index, value in enumerate(values):
            colour = special.get(label) or chart.colours[index % len(chart.colours)]
            width = round(value * scale)
            if value > 0 and width < 2:
                width = 2  # a non-zero value is always visible
            bars.append(Bar(x=LABEL_WIDTH, y=y, width=width, height=BAR, colour=colour,
                            value=chart.value_text(value), value_x=LABEL_WIDTH + width + VALUE_GAP, text_y=y + BAR - 3))
            y += BAR + BAR_GAP
        group_height = len(values) * (BAR + BAR_GAP) - BAR_GAP
        groups.append(Group(label=_short(label), label_y=y - BAR_GAP - group_height // 2 + 4, bars=tuple(bars)))
        y += GROUP_GAP - BAR_GAP
    height = max(y + TOP, top + 30)
    return Layout(chart=chart, width=WIDTH, height=height, groups=tuple(groups), legend=legend, top=top,
                  empty=not chart.rows)


def _legend(chart: Chart) -> tuple[Legend, ...]:
    """Swatches and names from the left edge, wrapping to a new line when the next would not fit."""
    out, x, y = [], 0, 0
    for index, name in enumerate(chart.series):
        needed = 16 + round(CHAR * len(name))
        if x and x + needed > WIDTH:
            x, y = 0, y + LEGEND_LINE
        out.append(Legend(x=x, y=y, text_x=x + 16, label=name, colour=chart.colours[index % len(chart.colours)]))
        x += needed + 18
    return tuple(out)


def _short(label: str) -> str:
    """Labels longer than the label column are cut with an ellipsis (the table has them whole)."""
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1].rstrip() + "…"
