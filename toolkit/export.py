"""Turning tables into JSON-ready records and deterministic CSV files.

Example:
    >>> import pandas as pd
    >>> to_records(pd.DataFrame({"a": [1, None], "d": [pd.Timestamp("2021-12-31"), None]}))
    [{'a': 1.0, 'd': '2021-12-31'}, {'a': None, 'd': None}]
"""

from __future__ import annotations

import csv
import datetime as dt
import math
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["to_jsonable", "to_records", "write_csv", "csv_safe", "FORMULA_PREFIXES"]

#: A text cell starting with one of these is a formula to a spreadsheet (OWASP "CSV injection").
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def to_jsonable(value: Any) -> Any:
    """Convert one cell (numpy scalar, Timestamp, date, NaN, list...) to a JSON value."""
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, (str, bool)):
        return value
    if isinstance(value, (np.bool_,)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        f = float(value)
        return None if math.isnan(f) or math.isinf(f) else f
    if isinstance(value, pd.Timestamp):
        if value.hour == value.minute == value.second == value.microsecond == 0 and value.tz is None:
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, np.datetime64):
        return to_jsonable(pd.Timestamp(value)) if not np.isnat(value) else None
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, np.ndarray)):
        return [to_jsonable(v) for v in value]
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return str(value)


def to_records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows of ``df`` as a list of JSON-ready dicts (column order kept)."""
    cols = [str(c) for c in df.columns]
    return [
        {c: to_jsonable(v) for c, v in zip(cols, row, strict=True)}
        for row in df.itertuples(index=False, name=None)
    ]


def _neutralise(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def csv_safe(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with every text cell (and text column name) that a spreadsheet would run as a
    formula prefixed with ``'`` (OWASP's advice against CSV injection). Numbers, dates and
    missing values are untouched, so ``-0.5`` in a numeric column stays the number -0.5.
    Returns ``df`` itself when nothing needs neutralising.

    Example:
        >>> csv_safe(pd.DataFrame({"text": ["=1+1", "fine", "-5 degrees"], "tone": [-0.5, 0.1, 0.0]})).values.tolist()
        [["'=1+1", -0.5], ['fine', 0.1], ["'-5 degrees", 0.0]]
    """
    out = df
    for i in range(df.shape[1]):
        s = df.iloc[:, i]
        if isinstance(s.dtype, pd.CategoricalDtype):
            cats = s.cat.categories
            if cats.dtype == object or pd.api.types.is_string_dtype(cats.dtype):
                fixed = [_neutralise(c) for c in cats]
                if fixed != list(cats):
                    out = out.copy() if out is df else out
                    out.isetitem(i, s.cat.rename_categories(fixed))
            continue
        if not (s.dtype == object or pd.api.types.is_string_dtype(s.dtype)):
            continue
        flagged = s.map(lambda v: isinstance(v, str) and v.startswith(FORMULA_PREFIXES))
        if flagged.any():
            out = out.copy() if out is df else out
            out.isetitem(i, s.map(_neutralise, na_action="ignore"))
    names = [_neutralise(c) for c in df.columns]
    if names != list(df.columns):
        out = out.copy() if out is df else out
        out.columns = names
    return out


def write_csv(df: pd.DataFrame, path: str | Path) -> Path:
    """Write ``df`` as UTF-8 CSV with ``\\n`` line ends and repeatable float formatting.

    The CSV files are made to be opened in spreadsheets, so text from articles cannot run as a
    formula there: a text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
    return is written with a leading ``'`` (see :func:`csv_safe`; OWASP "CSV injection").
    Numeric columns are written as numbers (``-0.5`` stays ``-0.5``). The Parquet and JSON
    outputs keep every text exactly as in the article; use them to compute on the text.

    Example:
        >>> import tempfile, pathlib
        >>> p = write_csv(pd.DataFrame({"text": ["=HYPERLINK(\\"http://x\\")"], "tone": [-0.5]}), pathlib.Path(tempfile.mkdtemp()) / "t.csv")
        >>> print(p.read_text(encoding="utf-8"), end="")
        text,tone
        "'=HYPERLINK(""http://x"")",-0.5
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    safe = csv_safe(df)
    # The csv module quotes a cell holding "\n" but not one holding a lone "\r" (not part of
    # the "\n" line end), which readers then take for a line break: quote every text cell then.
    quoting = csv.QUOTE_NONNUMERIC if _has_cr(safe) else csv.QUOTE_MINIMAL
    safe.to_csv(path, index=False, lineterminator="\n", float_format="%.6g", encoding="utf-8", quoting=quoting)
    return path


def _has_cr(df: pd.DataFrame) -> bool:
    for i in range(df.shape[1]):
        s = df.iloc[:, i]
        if (s.dtype == object or pd.api.types.is_string_dtype(s.dtype)) and s.map(
            lambda v: isinstance(v, str) and "\r" in v
        ).any():
            return True
    return False
