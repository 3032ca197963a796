"""A figure's series as a PNG bar chart (matplotlib, Agg; blocking: call in a thread)."""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure as Canvas
from matplotlib.ticker import FuncFormatter

from knowledge.answer import Figure
from knowledge.numbers import format_number, format_value


def series_png(series: Sequence[Figure], title: str) -> bytes:
    """Bars of the same measure over its periods, each labelled with its Vietnamese-formatted value."""
    canvas = Canvas(figsize=(7, 4), dpi=100)
    FigureCanvasAgg(canvas)  # no pyplot: no global state, safe in worker threads
    axes = canvas.add_subplot()
    names = [fig.period or str(i) for i, fig in enumerate(series, 1)]
    values = [float(fig.value) for fig in series]
    bars = axes.bar(names, values, color="#c0392b")
    axes.bar_label(bars, labels=[format_value(fig.value, fig.unit) for fig in series], padding=3, fontsize=9)
    axes.yaxis.set_major_formatter(FuncFormatter(lambda y, _pos: format_number(round(y, 2))))
    axes.set_title("\n".join(textwrap.wrap(title, 60)), fontsize=11)
    axes.spines[["top", "right"]].set_visible(False)
    axes.margins(y=0.15)
    canvas.tight_layout()
    out = io.BytesIO()
    canvas.savefig(out, format="png")
    return out.getvalue()
