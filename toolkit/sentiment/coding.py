"""Hand-coded sentence tone: the coding CSV of :class:`toolkit.ui.coding.CodingWidget`.

A coding CSV has the columns ``coder, article_id, sent_id, label, text, timestamp`` (one row per
click; ``label`` is ``negative``, ``neutral`` or ``positive``; when a coder changed their mind
the last row of a sentence counts). A class usually has one file per student, or one shared
file: :func:`read_codes` reads either, or a folder of such files, and returns one row per coder
and sentence. :func:`ratings_from_codes` turns codes into a gold table for
:func:`toolkit.sentiment.evaluate.evaluate_tone` (mean coded value per sentence).

This module is the sentiment layer's reader; :mod:`toolkit.validate` (agreement between coders,
comparison with the automatic labels) builds on it and re-exports :func:`read_codes`.

Example:
    >>> import pandas as pd
    >>> codes = pd.DataFrame({"coder": ["a", "b"], "article_id": "x", "sent_id": [0, 0],
    ...                       "label": ["negative", "neutral"], "text": "Talks failed."})
    >>> ratings_from_codes(codes).values.tolist()
    [['x#0', -0.5, 'Talks failed.', 2]]
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from toolkit.errors import GoldFileError

__all__ = [
    "LABELS",
    "ORDINAL",
    "CODE_COLUMNS",
    "read_codes",
    "latest_codes",
    "ratings_from_codes",
    "is_coding_header",
]

#: The coding scheme, in ordinal order.
LABELS: tuple[str, str, str] = ("negative", "neutral", "positive")
#: Ordinal values of the labels (ordinal alpha; the ratings of :func:`ratings_from_codes`).
ORDINAL: dict[str, int] = {"negative": -1, "neutral": 0, "positive": 1}
#: Columns of a coding CSV (as ``CodingWidget`` writes it).
CODE_COLUMNS: list[str] = ["coder", "article_id", "sent_id", "label", "text", "timestamp"]
_KEY = ["coder", "article_id", "sent_id"]


def check_codes(codes: pd.DataFrame, source: object = "<codes>") -> pd.DataFrame:
    """A normalised copy of a codes table (``coder``/``article_id`` strings, labels lower-case,
    ``sent_id`` int), or :class:`~toolkit.errors.GoldFileError` naming ``source`` and the problem."""
    missing = [c for c in ("coder", "sent_id", "label") if c not in codes.columns]
    if missing:
        raise GoldFileError(source, f"coding table lacks column(s) {missing}; needs {CODE_COLUMNS}")
    out = codes.copy()
    if "article_id" not in out.columns:
        out["article_id"] = ""
    out["article_id"] = out["article_id"].fillna("").astype(str)
    out["coder"] = out["coder"].astype(str)
    out["label"] = out["label"].astype(str).str.strip().str.lower()
    bad = sorted(set(out["label"]) - set(LABELS))
    if bad:
        raise GoldFileError(source, f"unknown label(s) {bad}; use one of {list(LABELS)}")
    try:
        out["sent_id"] = out["sent_id"].astype(int)
    except (TypeError, ValueError) as exc:
        raise GoldFileError(source, "sent_id must be whole numbers") from exc
    return out


def latest_codes(codes: pd.DataFrame) -> pd.DataFrame:
    """One row per coder and sentence: the coder's last decision (file order).

    Example:
        >>> df = pd.DataFrame({"coder": ["a", "a"], "article_id": "x", "sent_id": [3, 3],
        ...                    "label": ["neutral", "negative"]})
        >>> latest_codes(df)["label"].tolist()
        ['negative']
    """
    out = check_codes(codes)
    out = out.drop_duplicates(_KEY, keep="last")
    return out.sort_values(_KEY, kind="stable").reset_index(drop=True)


def is_coding_header(line: str) -> bool:
    """Whether ``line`` (the first line of a file) is the header of a coding CSV.

    Example:
        >>> is_coding_header("coder,article_id,sent_id,label,text,timestamp")
        True
        >>> is_coding_header("1_1\\t0.5\\tA sentence, with commas")
        False
    """
    cols = {c.strip().strip('"').strip().lower() for c in line.lstrip("\ufeff").split(",")}
    return "\t" not in line and {"sent_id", "label"} <= cols


def _read_file(p: Path) -> pd.DataFrame:
    """The rows of one coding CSV, checked, with its file name in ``file`` (every row kept)."""
    if not p.is_file():
        raise GoldFileError(p, "no such coding file")
    try:
        df = pd.read_csv(p, dtype={"article_id": str, "coder": str}, keep_default_na=False, encoding="utf-8-sig")
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as exc:
        raise GoldFileError(p, f"not a readable CSV ({exc})") from exc
    if "target" in df.columns:  # CodingWidget(target=...): tone toward an actor, several per sentence
        raise GoldFileError(
            p,
            "this file codes the tone toward an actor (column 'target'), not sentence tone; "
            "read it with presslens eval actor-tone --gold",
        )
    if "coder" not in df.columns:  # a hand-made file of one coder: the file names the coder
        df.insert(0, "coder", p.stem)
    df["coder"] = df["coder"].astype(str).str.strip().replace("", p.stem)
    try:
        df = check_codes(df, p)
    except GoldFileError as exc:
        raise GoldFileError(p, exc.problem) from exc
    return df.assign(file=p.name)


def read_codes(path: str | Path) -> pd.DataFrame:
    """Read coding CSVs (as written by ``CodingWidget``) and keep each coder's last decision.

    Args:
        path: one coding CSV (one coder or several sharing the file), or a folder: every ``*.csv``
            in it is read (in name order) and merged, e.g. one file per student. Coders are told
            apart by the ``coder`` column; a file without it (or with blank coders) names its coder
            by the file name without ``.csv``.

    Returns:
        DataFrame ``coder, article_id, sent_id, label, text, timestamp, file`` (the columns the
        files have, then ``file``: the file each code came from), one row per coder and sentence,
        sorted by coder, article and sentence. :func:`toolkit.validate.agreement` of it gives
        Krippendorff's alpha across all coders.

    Raises:
        toolkit.errors.GoldFileError: missing file, empty folder, unreadable CSV, missing columns,
            unknown labels, a file of actor-tone codes (``CodingWidget(target=...)``, column
            ``target``), or one coder name coding the same sentence in two files (two students
            who chose the same name: their codes would overwrite each other).

    Example:
        >>> read_codes("class_codes/")                          # doctest: +SKIP
    """
    p = Path(path)
    if p.is_dir():
        files = sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() == ".csv")
        if not files:
            raise GoldFileError(p, "the folder holds no coding CSV (*.csv)")
        df = pd.concat([_read_file(f) for f in files], ignore_index=True)
        per_unit = df.groupby(_KEY, sort=True)["file"].unique()
        clash = per_unit[per_unit.map(len) > 1]
        if len(clash):
            (coder, aid, sid), names = clash.index[0], clash.iloc[0]
            raise GoldFileError(
                p,
                f"coder {coder!r} coded the same sentence (article {aid!r}, sent_id {sid}) in "
                f"{' and '.join(names)}; give each coder their own name",
            )
    else:
        df = _read_file(p)
    return latest_codes(df)


def ratings_from_codes(codes: pd.DataFrame, *, source: object = "<codes>") -> pd.DataFrame:
    """A gold table (``id, rating, text, n_coders``) from hand codes: one row per sentence.

    ``rating`` is the mean of the coders' last labels as :data:`ORDINAL` values: negative -1,
    neutral 0, positive +1 (on the -4..4 scale of the VADER ratings these are the mildest
    non-neutral ratings: three labels carry no strength). With the human neutral band of
    :func:`~toolkit.sentiment.evaluate.evaluate_tone` (±0.5) a single coder's label keeps its
    class, and several coders' mean is negative (positive) only when the negative (positive)
    codes outnumber the others by more than half the coders; a tie is neutral. Correlations do
    not depend on the scale. ``id`` is ``article_id#sent_id`` (``sent_id`` alone without article
    ids).

    Raises:
        toolkit.errors.GoldFileError: no ``text`` column or a sentence without text (the sentences
            are needed to score them).
    """
    df = latest_codes(codes)
    if "text" not in df.columns:
        raise GoldFileError(source, "the coding table has no text column: the sentences are needed to score them")
    df = df.assign(value=df["label"].map(ORDINAL).astype(float), text=df["text"].fillna("").astype(str))
    rows = []
    for (aid, sid), grp in df.groupby(["article_id", "sent_id"], sort=True):
        uid = f"{aid}#{sid}" if aid else str(sid)
        texts = [t for t in grp["text"] if t.strip()]
        if not texts:
            raise GoldFileError(source, f"sentence {uid} has no text")
        rows.append((uid, float(grp["value"].mean()), texts[0], len(grp)))
    return pd.DataFrame(rows, columns=["id", "rating", "text", "n_coders"])
