"""Compatibility module: the explorers now live one per module in :mod:`toolkit.ui`.

Import them from the facade (``import toolkit as pl; pl.ToneExplorer``) or from their modules.
"""

from __future__ import annotations

from toolkit.ui.actors import ActorExplorer
from toolkit.ui.base import ArticleHolder, current, date_warning, mark_spans, tone_color
from toolkit.ui.coding import CodingWidget
from toolkit.ui.loader import ArticleLoader
from toolkit.ui.overview import overview, overview_numbers, overview_svg
from toolkit.ui.timeline import TimelineExplorer
from toolkit.ui.tone import ToneExplorer

__all__ = [
    "ToneExplorer",
    "ActorExplorer",
    "TimelineExplorer",
    "CodingWidget",
    "ArticleLoader",
    "ArticleHolder",
    "current",
    "date_warning",
    "overview",
    "overview_numbers",
    "overview_svg",
    "mark_spans",
    "tone_color",
]
