"""The order in which a text writes its dates: day first ("24 November", British, Irish, Australian, Indian and
most European outlets) or month first ("November 24", American ones). It settles a numeric date that reads both
ways ("06/12/2024": 6 December or June 12) in a page's stamp (:mod:`toolkit.io.dateline`) and in the story
(:func:`toolkit.temporal.timeline.timeline`).

Example:
    >>> day_first("Georgescu won the first round on 24 November.")
    True
    >>> day_first("The vote was held on November 24, and again on Dec. 8.")
    False
    >>> day_first("The vote was held on Tuesday.") is None
    True
"""

from __future__ import annotations

import re

__all__ = ["day_first"]

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
#: "24 November", "6 Dec 2024", "1st of March" (not "2 May" after "to": a count of months is no date here either way)
_DAY_MONTH = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+" + _MONTH + r"(?![\w-])")
#: "November 24", "Dec. 6, 2024" (not "March 2024": a year, not a day)
_MONTH_DAY = re.compile(r"\b" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?(?!\d)(?!\s*(?:%|per\s*cent|percent))")


def day_first(text: str) -> bool | None:
    """Whether ``text`` writes its dates day first (True), month first (False), or neither or both as often (None)."""
    dm = len(_DAY_MONTH.findall(text))
    md = len(_MONTH_DAY.findall(text))
    if dm == md:
        return None
    return dm > md
