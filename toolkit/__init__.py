"""Presslens: analyse news coverage — tone, actors and timeline — in Jupyter.

Every analysis is a function of an article, by its own name, and returns a tidy DataFrame:

    >>> import toolkit as pl
    >>> art = pl.load_article("Merkel calls Macron\\n\\nAngela Merkel called Emmanuel Macron on Monday, and the "
    ...                       "two leaders spoke for an hour about the crisis.", published="2021-12-31")
    >>> pl.actors(art)["actor"].unique().tolist()
    ['Angela Merkel', 'Emmanuel Macron']
    >>> pl.timeline(art)["value"].tolist()
    ['2021-12-27', 'PT1H']
    >>> pl.tone(art).equals(art.tone)
    True

Charts are ``pl.plot_*(df, ax=None) -> Axes``; the explorers (``pl.ToneExplorer`` …) compose
them. Everything but the article itself loads on first use, so ``import toolkit`` is fast.
The map of the package is in ``docs/architecture.md``.
"""

from __future__ import annotations

from typing import Any

from toolkit import analysis as _analysis  # noqa: F401  (registers Article.tone, .actors, … (cheap: no analysis loaded))
from toolkit._lazy import resolve as _resolve
from toolkit._version import __version__
from toolkit.article import Article
from toolkit.errors import PresslensError

# Public name -> "module:attribute", imported on first access (see toolkit._lazy). No public
# name is the name of a subpackage, so ``pl.tone`` is always the function.
_LAZY: dict[str, str] = {
    # loading
    "load_article": "toolkit.io.article_loader:load_article",
    "load_corpus": "toolkit.io.corpus:load_corpus",
    "Corpus": "toolkit.io.corpus:Corpus",
    "load_seed": "toolkit.datasets:load_seed",
    "seed_path": "toolkit.datasets:seed_path",
    "list_seeds": "toolkit.datasets:list_seeds",
    "demo_codes_path": "toolkit.datasets:demo_codes_path",
    "news_corpus": "toolkit.datasets:news_corpus",
    # every table at once
    "analyze": "toolkit.analysis:analyze",
    "analysis_json": "toolkit.analysis:analysis_json",
    # text
    "paragraphs": "toolkit.text.segment:paragraphs",
    "sentences": "toolkit.text.segment:sentences",
    "segment": "toolkit.text.segment:segment",
    "headline": "toolkit.text.segment:headline",
    "quote_spans": "toolkit.text.quotespans:quote_spans",
    # tone
    "tone": "toolkit.sentiment.tone:tone",
    "tone_summary": "toolkit.sentiment.tone:tone_summary",
    "article_tone": "toolkit.sentiment.tone:article_tone",
    "score_texts": "toolkit.sentiment.tone:score_texts",
    "explain_tone": "toolkit.sentiment.explain:explain_tone",
    "explain_table": "toolkit.sentiment.explain:explain_table",
    "highlight": "toolkit.sentiment.highlight:highlight",
    "evaluate_tone": "toolkit.sentiment.evaluate:evaluate_tone",
    "evaluate_tone_file": "toolkit.sentiment.evaluate:evaluate_tone_file",
    "read_gold": "toolkit.sentiment.evaluate:read_gold",
    # actors and quotes
    "actors": "toolkit.entities.actors:actors",
    "quotes": "toolkit.entities.quotes:quotes",
    "actor_frequencies": "toolkit.entities.crosstabs:actor_frequencies",
    "cooccurrence": "toolkit.entities.crosstabs:cooccurrence",
    "kwic": "toolkit.entities.crosstabs:kwic",
    "codebook_template": "toolkit.entities.crosstabs:codebook_template",
    "actor_tone": "toolkit.entities.stances:actor_tone",
    "stances": "toolkit.entities.stances:stances",
    "target_tone": "toolkit.sentiment.target:target_tone",
    "evaluate_target_tone": "toolkit.sentiment.target:evaluate_target_tone",
    "read_target_gold": "toolkit.sentiment.target:read_target_gold",
    "swap_audit": "toolkit.sentiment.target:swap_audit",
    "Codebook": "toolkit.entities.codebook:Codebook",
    "load_codebook": "toolkit.entities.codebook:load_codebook",
    # timeline
    "timeline": "toolkit.temporal.timeline:timeline",
    "events": "toolkit.temporal.timeline:events",
    "tag_text": "toolkit.temporal.timex:tag_text",
    # corpus
    "analyze_corpus": "toolkit.corpus.engine:analyze_corpus",
    "CorpusResult": "toolkit.corpus.engine:CorpusResult",
    "sample_corpus": "toolkit.corpus.engine:sample_corpus",
    "attention_over_time": "toolkit.corpus.views:attention_over_time",
    "tone_over_time": "toolkit.corpus.views:tone_over_time",
    "actor_tone_over_time": "toolkit.corpus.views:actor_tone_over_time",
    "top_actors_by_source_name": "toolkit.corpus.views:top_actors_by_source_name",
    "corpus_cooccurrence": "toolkit.corpus.views:corpus_cooccurrence",
    # human coding and agreement
    "read_codes": "toolkit.validate:read_codes",
    "sample_for_coding": "toolkit.validate:sample_for_coding",
    "agreement": "toolkit.validate:agreement",
    "pairwise_agreement": "toolkit.validate:pairwise_agreement",
    "compare_with_scores": "toolkit.validate:compare_with_scores",
    # charts
    "plot_tone_arc": "toolkit.charts.tone:plot_tone_arc",
    "plot_tone_distribution": "toolkit.charts.tone:plot_tone_distribution",
    "plot_scorer_agreement": "toolkit.charts.tone:plot_scorer_agreement",
    "plot_tone_evaluation": "toolkit.charts.tone:plot_tone_evaluation",
    "plot_actor_frequencies": "toolkit.charts.actors:plot_actor_frequencies",
    "plot_actor_tone": "toolkit.charts.actors:plot_actor_tone",
    "plot_cooccurrence_network": "toolkit.charts.actors:plot_cooccurrence_network",
    "plot_voice": "toolkit.charts.actors:plot_voice",
    "plot_stance_network": "toolkit.charts.stances:plot_stance_network",
    "plot_timeline": "toolkit.charts.timeline:plot_timeline",
    "plot_narrative_order": "toolkit.charts.timeline:plot_narrative_order",
    "plot_attention": "toolkit.charts.corpus:plot_attention",
    "plot_tone_over_time": "toolkit.charts.corpus:plot_tone_over_time",
    "plot_top_actors_by_source_name": "toolkit.charts.corpus:plot_top_actors_by_source_name",
    # explorers
    "ToneExplorer": "toolkit.ui.tone:ToneExplorer",
    "ActorExplorer": "toolkit.ui.actors:ActorExplorer",
    "TimelineExplorer": "toolkit.ui.timeline:TimelineExplorer",
    "CodingWidget": "toolkit.ui.coding:CodingWidget",
    "ArticleLoader": "toolkit.ui.loader:ArticleLoader",
    "overview": "toolkit.ui.overview:overview",
    # output
    "write_report": "toolkit.report:write_report",
}

__all__ = ["__version__", "Article", "PresslensError", *_LAZY]


def __getattr__(name: str) -> Any:
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module 'toolkit' has no attribute {name!r}")
    value = _resolve(target)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
