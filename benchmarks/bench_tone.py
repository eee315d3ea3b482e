"""Sentences per second of the tone scorers (one core).

Measures, on NYT dev sentences and on sentences of the news corpus (``../shared/data``):
TextBlob alone (``TextBlob(text).sentiment``), VADER alone (the library's ``polarity_scores``),
``toolkit.sentiment.tone.score_texts`` (all four scores: polarity, subjectivity, vader, tone) and the full
``tone(article)`` table (on fresh articles each round, as the table is cached on the article;
segmentation excluded: sentences are cached first; quote spans included; the word-level caches
of the scorers are warm). Each figure is sentences per CPU-second of the process (``time.process_time``), best
of ``--repeat`` runs: the machine is shared, and wall time would count other processes' turns.

Usage:
    .venv/bin/python benchmarks/bench_tone.py [--data DIR] [--articles N] [--repeat R] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _rate(fn, n: int, repeat: int) -> float:
    """Sentences per CPU-second of this process (best of ``repeat``): on a shared machine, wall
    time also counts the time other processes hold the core."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return n / best


def main(argv: list[str] | None = None) -> int:
    shared = Path(os.environ.get("PRESSLENS_SHARED", ROOT.parent / "shared")) / "data"
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=shared)
    ap.add_argument("--articles", type=int, default=300, help="news-corpus articles to use")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    if not a.data.is_dir():
        print(f"skip: {a.data} not found")
        return 0
    import warnings

    from textblob import TextBlob
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from toolkit import load_article, read_gold, score_texts, tone

    warnings.simplefilter("ignore")
    nyt = read_gold(a.data / "vader_groundtruth" / "nyt_dev.tsv")["text"].tolist()
    items = []
    with open(a.data / "news_corpus" / "news_corpus.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if len(items) >= a.articles:
                break
            d = json.loads(line)
            try:
                load_article(d["text"], title=d.get("title"))
            except Exception:  # noqa: BLE001 - skip unloadable items
                continue
            items.append(d)

    def fresh_articles() -> list:
        """New Article objects (tone is cached on an Article), segmented outside the timing."""
        arts = [load_article(d["text"], title=d.get("title")) for d in items]
        for art in arts:
            art.sentences  # noqa: B018
        return arts

    articles = fresh_articles()
    news = [s for art in articles for s in art.sentences["text"].tolist()]
    sia = SentimentIntensityAnalyzer()
    score_texts(nyt[:50])  # load lexicons and the model outside the timing
    results = []
    for name, texts in (("nyt_dev", nyt), ("news_corpus", news)):
        n = len(texts)
        row = {
            "set": name,
            "sentences": n,
            "textblob_per_s": _rate(lambda t=texts: [TextBlob(x).sentiment for x in t], n, a.repeat),
            "vader_per_s": _rate(lambda t=texts: [sia.polarity_scores(x) for x in t], n, a.repeat),
            "score_texts_per_s": _rate(lambda t=texts: score_texts(t), n, a.repeat),
        }
        if name == "news_corpus":  # each round on fresh articles: tone(article) is cached on the article
            rounds = [fresh_articles() for _ in range(a.repeat)]
            row["tone_table_per_s"] = _rate(lambda r=rounds: [tone(art) for art in r.pop()], n, a.repeat)
        results.append(row)
    if a.json:
        print(json.dumps(results, indent=1))
    else:
        for r in results:
            line = ", ".join(f"{k} {v:,.0f}" for k, v in r.items() if k.endswith("_per_s"))
            print(f"{r['set']:12s} n={r['sentences']:6d}  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
