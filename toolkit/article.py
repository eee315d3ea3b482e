"""The :class:`Article`: one news text with its metadata and lazily computed analyses.

Like TextBlob's ``TextBlob``, an ``Article`` is a noun with lazy properties: segmentation and
every analysis are computed on first access and cached.

Example:
    >>> from toolkit import load_article
    >>> art = load_article("Macron calls Scholz\\n\\nThe call lasted 50 minutes.", published="2021-12-31")
    >>> art.sentences[["sent_id", "kind", "text"]].values.tolist()
    [[0, 'title', 'Macron calls Scholz'], [1, 'body', 'The call lasted 50 minutes.']]
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Article", "parse_date"]


def parse_date(value: object, *, source: str = "<metadata>") -> dt.date | None:
    """Parse a publication date given as ``date``, ``datetime`` or ISO-like string.

    Accepts ``YYYY-MM-DD`` (optionally with a time part) and, through dateutil, the usual
    written forms ("31 December 2021", "Dec 31, 2021"). Returns ``None`` for ``None``/empty.

    Raises:
        toolkit.errors.LoadError: the value is not a recognisable date.
    """
    from toolkit.errors import LoadError

    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        pass
    try:
        from dateutil import parser as du

        return du.parse(s, dayfirst=False, fuzzy=False).date()
    except (ValueError, OverflowError, TypeError) as exc:
        raise LoadError(source, f"cannot read {s!r} as a publication date (use YYYY-MM-DD)") from exc


@dataclass(eq=False)
class Article:
    """A news article: its text, metadata and lazily computed tables.

    Attributes:
        text: the article text as loaded (line endings normalised to ``\\n``); every offset in
            every table indexes this string.
        title: headline (from metadata, HTML, or the first line when it looks like one).
        published: publication date, or ``None`` when unknown (relative dates then stay
            unresolved).
        source_name: the outlet ("ABC News", "Wikinews"); the input an article was loaded from is
            :attr:`path` or :attr:`url`.
        url: where it came from, if anywhere.
        author: byline, if known.
        language: ISO code from metadata, or ``"en"``/``"und"`` from a quick check.
        path: the file it was read from, if any.
        id: a stable identifier (given, else derived from the text's hash).
        meta: any further metadata (sidecar JSON, HTML metadata, corpus columns).
    """

    text: str
    title: str | None = None
    published: dt.date | None = None
    source_name: str | None = None
    url: str | None = None
    author: str | None = None
    language: str = "en"
    path: str | None = None
    id: str = ""
    meta: dict[str, Any] = field(default_factory=dict)

    #: Analyses memoise their results on the article (see :mod:`toolkit._memo`).
    _presslens_memo: ClassVar[bool] = True

    def __post_init__(self) -> None:
        if not self.id:
            self.id = "sha1:" + self.sha1[:12]

    def __repr__(self) -> str:
        title = (self.title or self.text[:40]).replace("\n", " ")
        return f"<Article {self.id!r} {title!r} published={self.published} chars={len(self.text)}>"

    def __getstate__(self) -> dict[str, Any]:
        # Ship only the data between processes; caches are recomputed where needed.
        keep = ("text", "title", "published", "source_name", "url", "author", "language", "path", "id", "meta")
        return {k: self.__dict__[k] for k in keep}

    # ------------------------------------------------------------------ identity
    @cached_property
    def sha1(self) -> str:
        """SHA-1 of the UTF-8 text (used for provenance and default ids)."""
        return hashlib.sha1(self.text.encode("utf-8")).hexdigest()

    @property
    def source_label(self) -> str:
        """What error messages call this article: its path, URL or id."""
        return self.path or self.url or self.id

    # ------------------------------------------------------------------ segmentation
    @cached_property
    def _segment_rows(self) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, int, str]]]:
        from toolkit.text.segment import segment_rows

        return segment_rows(self.text, title=self.title)

    @cached_property
    def _sentence_rows(self) -> list[tuple[int, int, int, str, int]]:
        return [(i, a, b, kind, para) for i, (para, a, b, kind) in enumerate(self._segment_rows[1])]

    @cached_property
    def _paragraph_rows(self) -> list[tuple[int, int, int, str]]:
        return [(i, a, b, kind) for i, (a, b, kind) in enumerate(self._segment_rows[0])]

    @cached_property
    def _segments(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        from toolkit.text.segment import _frames

        return _frames(self.text, *self._segment_rows)

    @property
    def paragraphs(self) -> pd.DataFrame:
        """Paragraphs: ``para_id``, ``start``, ``end``, ``kind``, ``text``.

        Each access returns a new (copy-on-write) frame: changing it never changes what the next
        caller, :func:`toolkit.analyze` or the report sees.
        """
        return self._segments[0].copy(deep=False)

    @property
    def sentences(self) -> pd.DataFrame:
        """Sentences: ``sent_id``, ``para_id``, ``start``, ``end``, ``kind``, ``text`` (a new frame
        on each access, like :attr:`paragraphs`)."""
        return self._segments[1].copy(deep=False)

    # ------------------------------------------------------------------ analyses (lazy)
    # ``tone``, ``actors``, ``quotes``, ``timeline`` (lazy tables) and ``highlight()`` are
    # registered on this class by :mod:`toolkit.analysis`, the layer above, as pandas registers
    # its accessors: this module imports no analysis.

    def info(self) -> dict[str, Any]:
        """Metadata as a JSON-ready dict (the ``article`` object of ``presslens analyze``)."""
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "source_name": self.source_name,
            "url": self.url,
            "author": self.author,
            "language": self.language,
            "n_chars": len(self.text),
            "sha1": self.sha1,
            "path": self.path,
        }
