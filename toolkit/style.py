"""One style for every chart: colour-blind-safe palette, fixed sizes and fonts.

All ``plot_*`` functions draw inside :func:`chart_style` so that a chart made in a notebook, by
``presslens report`` or in a test looks the same, and so that reports are reproducible.

Example:
    >>> from toolkit.style import chart_style, new_axes
    >>> with chart_style():
    ...     ax = new_axes()
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["PALETTE", "KIND_COLORS", "TONE_CMAP", "FIGSIZE", "DPI", "RC", "chart_style", "new_axes", "color_cycle"]

#: Okabe & Ito (2008) colour-blind-safe palette.
PALETTE: dict[str, str] = {
    "black": "#000000",
    "orange": "#E69F00",
    "skyblue": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "grey": "#999999",
}
#: Colours for segment kinds.
KIND_COLORS: dict[str, str] = {
    "title": PALETTE["black"],
    "body": PALETTE["blue"],
    "caption": PALETTE["orange"],
    "credit": PALETTE["grey"],
    "boilerplate": PALETTE["grey"],
}
#: Diverging colormap for tone (negative = vermillion, positive = blue); colour-blind safe.
TONE_CMAP = "RdBu"
#: Default figure size (inches) and resolution for saved charts.
FIGSIZE: tuple[float, float] = (8.0, 4.5)
DPI = 100
#: Matplotlib settings used for every chart (fonts bundled with matplotlib, so output does not
#: depend on the machine's fonts; SVG text kept as paths-free text with a fixed hash salt).
RC: dict[str, Any] = {
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.titlesize": 11,
    "axes.labelsize": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "legend.frameon": False,
    "figure.figsize": FIGSIZE,
    "figure.dpi": DPI,
    "savefig.dpi": DPI,
    "svg.hashsalt": "presslens",
    "svg.fonttype": "none",
    "path.simplify": True,
}


def color_cycle() -> list[str]:
    """The palette in plotting order (black last)."""
    order = ("blue", "orange", "green", "vermillion", "purple", "skyblue", "yellow", "grey", "black")
    return [PALETTE[k] for k in order]


@contextlib.contextmanager
def chart_style() -> Iterator[None]:
    """Context manager applying :data:`RC` and the colour cycle."""
    import matplotlib as mpl
    from cycler import cycler

    with mpl.rc_context({**RC, "axes.prop_cycle": cycler(color=color_cycle())}):
        yield


def new_axes(ax: Axes | None = None, *, figsize: tuple[float, float] | None = None) -> Axes:
    """Return ``ax``, or a fresh Axes on a new figure of the standard size."""
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=figsize or FIGSIZE)
    return ax
