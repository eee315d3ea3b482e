"""Presslens: analyse news coverage — tone, actors and timeline — in Jupyter.

Quick start:
    >>> import toolkit as pl
    >>> art = pl.load_article("seeds/biden-putin-call.txt")      # doctest: +SKIP
    >>> art.sentences.head()                                      # doctest: +SKIP

Heavy modules (TextBlob, VADER, matplotlib) load on first use, so ``import toolkit`` is fast.
"""

from __future__ import annotations

import importlib
from typing import Any

from ._version import __version__
from .article import Article
from .errors import PresslensError
from .io import load_article, load_corpus

# Public name -> "module:attribute", imported lazily on first access. A name here must never be
# the name of a submodule (``toolkit.tone`` is the module; the sentence-tone table is
# ``article.tone`` or ``toolkit.tone.tone(article, ...)``), or importing one would hide the other.
_LAZY: dict[str, str] = {
    "quote_spans": "toolkit.quotes:quote_spans",
    "analyze": "toolkit.analysis:analyze",
    "Corpus": "toolkit.io:Corpus",
    "headline": "toolkit.segment:headline",
    "analyze_corpus": "toolkit.corpus:analyze_corpus",
    "CorpusResult": "toolkit.corpus:CorpusResult",
    "sample_corpus": "toolkit.corpus:sample_corpus",
    "attention_over_time": "toolkit.views:attention_over_time",
    "tone_over_time": "toolkit.views:tone_over_time",
    "top_actors_by_source": "toolkit.views:top_actors_by_source",
    "corpus_cooccurrence": "toolkit.views:corpus_cooccurrence",
    "load_seed": "toolkit.datasets:load_seed",
    "seed_path": "toolkit.datasets:seed_path",
    # tone
    "tone_summary": "toolkit.tone:tone_summary",
    "score_texts": "toolkit.tone:score_texts",
    "explain_tone": "toolkit.explain:explain_tone",
    "explain_table": "toolkit.explain:explain_table",
    "evaluate_tone": "toolkit.evaluate:evaluate_tone",
    "evaluate_tone_file": "toolkit.evaluate:evaluate_tone_file",
    "read_gold": "toolkit.evaluate:read_gold",
    # actors and quotes
    "actor_frequencies": "toolkit.actors:actor_frequencies",
    "cooccurrence": "toolkit.actors:cooccurrence",
    "kwic": "toolkit.actors:kwic",
    "Codebook": "toolkit.codebook:Codebook",
    "load_codebook": "toolkit.codebook:load_codebook",
    "codebook_template": "toolkit.codebook:codebook_template",
    # timeline
    "events": "toolkit.timeline:events",
    "tag_text": "toolkit.timex:tag_text",
    "plot_timeline": "toolkit.charts.timeline:plot_timeline",
    "plot_narrative_order": "toolkit.charts.timeline:plot_narrative_order",
}

__all__ = ["__version__", "Article", "PresslensError", "load_article", "load_corpus", *_LAZY]


def __getattr__(name: str) -> Any:
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module 'toolkit' has no attribute {name!r}")
    mod, _, attr = target.partition(":")
    value = getattr(importlib.import_module(mod), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
