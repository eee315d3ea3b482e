"""Make ``tests/data/scorer_exactness.json``: real sentences with the libraries' own scores.

The sentences are 500 distinct sentences of the bundled sample corpus
(``toolkit/data/sample_corpus.jsonl``: English Wikinews, CC BY 2.5; see
``toolkit/data/SAMPLE_CORPUS.md``), as the toolkit segments them: every sentence that is not
plain ASCII or holds "?", "!", a quote or an apostrophe (the cases where tokenisation rules
matter), then evenly spaced others up to 500, in corpus order. For each sentence the file holds
what the libraries themselves give:

* ``polarity``, ``subjectivity``: ``TextBlob(text).sentiment``;
* ``vader``: ``SentimentIntensityAnalyzer().polarity_scores(normalise_quotes(text))["compound"]``
  (Presslens straightens curly quotes before VADER, which cannot strip them; see
  ``toolkit.sentiment.tone``).

``tests/test_tone.py`` checks that the fast re-implementations
(``toolkit.sentiment.tone.score_texts``) give exactly these numbers, without ``../shared``.
Floats are written with ``repr`` precision, so they read back bit for bit.

Usage (re-run after upgrading TextBlob or vaderSentiment; the versions are recorded):
    .venv/bin/python tests/data/make_scorer_fixture.py
"""

from __future__ import annotations

import importlib.metadata
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).with_name("scorer_exactness.json")
N = 500


def select(sentences: list[str], n: int = N) -> list[str]:
    """``n`` distinct sentences: the tricky ones first, then evenly spaced others (corpus order)."""
    distinct = list(dict.fromkeys(s for s in sentences if s.strip()))
    tricky = [s for s in distinct if not s.isascii() or any(c in s for c in "?!\"'")]
    plain = [s for s in distinct if s not in set(tricky)]
    k = max(0, n - len(tricky))
    step = len(plain) / k if k else 1
    chosen = set(tricky[:n]) | {plain[int(i * step)] for i in range(min(k, len(plain)))}
    return [s for s in distinct if s in chosen]


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from textblob import TextBlob
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from toolkit.corpus.engine import sample_corpus
    from toolkit.sentiment.tone import normalise_quotes

    sentences = [s for art in sample_corpus() for s in art.sentences["text"].tolist()]
    texts = select(sentences)
    sia = SentimentIntensityAnalyzer()
    rows = []
    for text in texts:
        tb = TextBlob(text).sentiment
        rows.append(
            {
                "text": text,
                "polarity": tb.polarity,
                "subjectivity": tb.subjectivity,
                "vader": sia.polarity_scores(normalise_quotes(text))["compound"],
            }
        )
    doc = {
        "source": "toolkit/data/sample_corpus.jsonl (English Wikinews, CC BY 2.5, see SAMPLE_CORPUS.md)",
        "made_by": "tests/data/make_scorer_fixture.py",
        "versions": {
            "textblob": importlib.metadata.version("textblob"),
            "vaderSentiment": importlib.metadata.version("vaderSentiment"),
        },
        "rows": rows,
    }
    text = json.dumps(doc, ensure_ascii=False, indent=1)
    # one sentence per line: rows are short, and a diff then shows which sentences changed
    rows_json = ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
    text = text[: text.index('"rows": [') + len('"rows": [')] + "\n" + rows_json + "\n ]\n}"
    OUT.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} sentences to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
