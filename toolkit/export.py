"""Turning tables into JSON-ready records and deterministic CSV files.

Example:
    >>> import pandas as pd
    >>> to_records(pd.DataFrame({"a": [1, None], "d": [pd.Timestamp("2021-12-31"), None]}))
    [{'a': 1.0, 'd': '2021-12-31'}, {'a': None, 'd': None}]
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["to_jsonable", "to_records", "write_csv"]


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


def write_csv(df: pd.DataFrame, path: str | Path) -> Path:
    """Write ``df`` as UTF-8 CSV with ``\\n`` line ends and repeatable float formatting."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    df.to_csv(path, index=False, lineterminator="\n", float_format="%.6g", encoding="utf-8")
    return path
