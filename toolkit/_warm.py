"""Warm-up imported by the corpus engine's fork server: loads every lexicon, gazetteer and model
once, so that each worker process forked from it starts with them in memory instead of loading
them again at its first article (about half a second per worker).

Importing this module runs the per-article analyses on a short built-in text and freezes what
they loaded (see :func:`gc.freeze`); it never raises. Nothing else imports it.
"""

from __future__ import annotations

_TEXT = (
    "Leaders meet in Geneva\n\n"
    "GENEVA (Reuters) - Prime Minister Anna Berg and the European Commission's president met on Monday, "
    "two weeks after talks in Brussels stalled. \u201cWe made good progress,\u201d Berg told reporters.\n\n"
    "Officials said a new round of talks would begin on 9 January 2022 and last three days.\n\n"
    "Photo: Jane Doe/Reuters"
)


def warm() -> bool:
    """Run the corpus analyses once on :data:`_TEXT`; ``True`` when everything loaded."""
    try:
        import datetime as dt

        from toolkit.article import Article
        from toolkit.corpus.work import _process_chunk

        _process_chunk([(0, "warm-up", Article(_TEXT, published=dt.date(2021, 12, 20)), None)])
    except Exception:  # a warm-up must never break the fork server; workers load lazily then
        return False
    return True


WARM = warm()
if WARM:  # what the warm-up loaded stays; keep the collector (and copy-on-write pages) off it
    import gc

    gc.freeze()
