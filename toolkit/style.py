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
import warnings
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = [
    "PALETTE",
    "KIND_COLORS",
    "TONE_CMAP",
    "FIGSIZE",
    "DPI",
    "RC",
    "MAX_WIDTH_PX",
    "chart_style",
    "new_axes",
    "color_cycle",
    "plain",
    "plain_all",
    "legend_below",
]

# Article text in another script (Cyrillic is covered, CJK, Arabic … are not) would flood the
# output with one "Glyph … missing from font(s)" warning per character (each a different
# message). The chart shows empty boxes for those characters, which says the same once.
warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from font", category=UserWarning)

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
#: Widest chart (pixels) that fits a JupyterLab output area or a report page without scrolling.
MAX_WIDTH_PX = 960
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


def plain(text: object) -> str:
    """``text`` as matplotlib must draw it literally: every ``$`` escaped, so article text is
    never read as mathtext (``$x$`` is not drawn as maths, ``$\\foo{x}$`` does not crash).

    Every chart passes each label, title and tick label that comes from data through this.

    Example:
        >>> plain("cut $5m and $y$")
        'cut \\\\$5m and \\\\$y\\\\$'
    """
    return str(text).replace("$", r"\$")


def plain_all(texts: Iterable[object]) -> list[str]:
    """:func:`plain` of every item."""
    return [plain(t) for t in texts]


@contextlib.contextmanager
def chart_style() -> Iterator[None]:
    """Context manager applying :data:`RC` and the colour cycle.

    Unlike a bare ``rc_context`` it leaves matplotlib's *interactive* flag as the body left it:
    the first ``pyplot`` figure of a Jupyter kernel turns interactive mode on (the inline
    backend), and resetting it on exit would stop every later chart from being shown.
    """
    import matplotlib as mpl
    from cycler import cycler

    after: dict[str, Any] = {}
    try:
        with mpl.rc_context({**RC, "axes.prop_cycle": cycler(color=color_cycle())}):
            try:
                yield
            finally:
                after["interactive"] = mpl.rcParams["interactive"]
    finally:
        if after:
            mpl.rcParams["interactive"] = after["interactive"]


def legend_below(ax: Axes, *, ncol: int = 2, gap_pt: float | None = None, handles: list[Any] | None = None,
                 **kw: Any) -> Any:
    """A legend centred under the axes, ``gap_pt`` points below its bottom edge (clear of the
    tick labels and the x label whatever the axes' size; by default 22 points and 12 per line of
    the x label); ``tight_layout`` makes room for it. ``handles``: the legend's entries (default:
    the axes' labelled artists).

    Returns the Legend (``None`` when nothing is labelled).
    """
    from matplotlib.transforms import offset_copy

    if handles is None:
        handles, labels = ax.get_legend_handles_labels()
    else:
        labels = [h.get_label() for h in handles]
    if not handles:
        return None
    if gap_pt is None:
        gap_pt = 22.0 + 12.0 * max(1, ax.get_xlabel().count("\n") + 1)
    return ax.legend(
        handles,
        labels,
        loc="upper center",
        bbox_to_anchor=(0.5, 0.0),
        bbox_transform=offset_copy(ax.transAxes, fig=ax.figure, y=-gap_pt, units="points"),
        ncol=ncol,
        fontsize=8,
        **kw,
    )


def new_axes(ax: Axes | None = None, *, figsize: tuple[float, float] | None = None) -> Axes:
    """Return ``ax``, or a fresh Axes on a new figure of the standard size."""
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=figsize or FIGSIZE)
    return ax
