"""The public entry point of :mod:`toolkit.io`: loading articles and corpora.

:func:`load_article` is defined in :mod:`toolkit.io.article_loader`, :func:`load_corpus` and
:class:`Corpus` in :mod:`toolkit.io.corpus`, the helpers in :mod:`toolkit.io.decode`,
:mod:`toolkit.io.html` and :mod:`toolkit.io.url`; they are all importable from here.

Example:
    >>> from toolkit.io.load import load_article, load_corpus
    >>> [a.title for a in load_corpus(["Storm hits coast\\n\\nIt rained.", "Calm returns\\n\\nIt stopped."])]
    ['Storm hits coast', 'Calm returns']
"""

from __future__ import annotations

from toolkit.io.article_loader import HTML_EXTENSIONS, TEXT_EXTENSIONS, load_article
from toolkit.io.corpus import Corpus, load_corpus
from toolkit.io.decode import decode_bytes
from toolkit.io.html import extract_html
from toolkit.io.url import MAX_FETCH_BYTES, fetch_url

__all__ = [
    "load_article",
    "load_corpus",
    "Corpus",
    "decode_bytes",
    "extract_html",
    "fetch_url",
    "TEXT_EXTENSIONS",
    "HTML_EXTENSIONS",
    "MAX_FETCH_BYTES",
]
