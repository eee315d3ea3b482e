"""Measure how many quotes are left without a speaker, and how many "quotes" are really titles.

Usage:
    .venv/bin/python benchmarks/eval_quotes.py [--html DIR] [--corpus FILE] [--limit N] [--json] [--list]

Two sources, scored separately:

* ``html``: every page of ``../shared/data/news_html/html`` (30 real news pages, see that folder's
  ``manifest.tsv``), loaded with :func:`toolkit.load_article` on the file.
* ``corpus``: the first ``--limit`` (default 500) articles of
  ``../shared/data/news_corpus/news_corpus.jsonl`` (Wikinews).

What is counted (no gold exists, so these are rates, not accuracy):

* ``quotes``: rows of :func:`toolkit.quotes` (quotes outside the title, credits and boilerplate).
* ``unattributed``: rows whose ``speaker`` is None; ``unattributed_rate`` = unattributed / quotes.
* ``title_like``: rows whose text looks like the title of a work rather than speech, by a fixed
  heuristic independent of the toolkit's rules: the quoted text has at most 6 words, no sentence
  punctuation inside (.,!?;:), every word of 4+ letters capitalised, and either the word right
  before the opening mark is a work noun (film, series, book, song, album, show, movie, play,
  novel, documentary, programme, program, podcast, musical, opera, single, episode, hit,
  titled, called, entitled) or the quote is 2+ words all capitalised in a sentence naming an
  award/film cue (award, Oscar, Golden Globe, Emmy, Grammy, BAFTA, nominated, nomination, best
  picture, box office, starring, directed). ``title_like_rate`` = title_like / quotes. This
  is an estimate of a kind of error, not a count of errors: a real one-word quote is never
  counted, and a title the heuristic misses is not either.
* ``unattributed_nontitle_rate``: unattributed quotes that are not title-like / quotes that are
  not title-like (titles have no speaker, so they inflate the unattributed rate).
* ``turns``: quotes that are turns of an interview printed as a transcript ("Q: …", "Stiell: …",
  Wikinews' "((WN)) …": :func:`toolkit.text.quotespans.transcript_turns`; counted since 6 Dec 2026), and
  ``unattributed_rate_marked``: the unattributed rate among the other quotes, those in quotation marks (the
  rate as it was measured before turns were quotes).

``--list`` prints the unattributed and title-like quotes (page id, flag, text) for inspection;
never copy those texts into the repository (the HTML pages are publishers' copyright).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = ROOT.parent / "shared" / "data"
HTML_DIR = DATA / "news_html" / "html"
CORPUS = DATA / "news_corpus" / "news_corpus.jsonl"

_WORK_NOUN = re.compile(
    r"\b(?:film|films|series|book|books|song|songs|album|albums|show|shows|movie|movies|play|plays|novel|novels|"
    r"documentary|programme|program|podcast|musical|opera|single|episode|hit|titled|called|entitled)\s*[,:]?\s*$",
    re.IGNORECASE,
)
_AWARD_CUE = re.compile(
    r"\b(?:awards?|Oscars?|Golden Globes?|Emmys?|Grammys?|BAFTAs?|nominated|nominations?|best picture|box office|"
    r"starring|directed)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def title_like(text: str, quote: str, start: int, sent: str) -> bool:
    """Whether the quoted text ``quote`` (marks removed) at ``start`` of ``text`` looks like a title."""
    q = quote.strip().strip("“”\"‘’«»").strip()
    words = _WORD.findall(q)
    if not words or len(q.split()) > 6 or re.search(r"[.,!?;:]", q):
        return False
    if any(len(w) >= 4 and not w[0].isupper() for w in words):
        return False
    if _WORK_NOUN.search(text[max(0, start - 40) : start]):
        return True
    return len(words) >= 2 and all(w[0].isupper() or len(w) < 4 for w in words) and bool(_AWARD_CUE.search(sent))


def _score(items: list[tuple[str, object]], listing: list[str]) -> dict:
    from toolkit import quotes
    from toolkit.text.quotespans import transcript_turns

    n = unatt = titles = unatt_nontitle = turns = unatt_turns = 0
    docs_with_quotes = 0
    for doc_id, art in items:
        q = quotes(art)
        turn_starts = {s for _, s, _, _ in transcript_turns(art)}
        if len(q):
            docs_with_quotes += 1
        text = art.text
        sents = art.sentences
        sent_text = dict(zip(sents["sent_id"].tolist(), sents["text"].tolist(), strict=True))
        for speaker, qtext, start, sid in zip(q["speaker"], q["text"], q["start"], q["sent_id"], strict=True):
            n += 1
            is_title = title_like(text, qtext, int(start), sent_text.get(int(sid), ""))
            titles += is_title
            is_turn = int(start) in turn_starts
            turns += is_turn
            if speaker is None:
                unatt += 1
                unatt_nontitle += not is_title
                unatt_turns += is_turn
            if listing is not None and (speaker is None or is_title):
                flag = ("TITLE " if is_title else "") + ("NONE" if speaker is None else f"speaker={speaker}")
                listing.append(f"{doc_id}\t{flag}\t{qtext[:120]!r}")
    nontitle = n - titles
    return {
        "documents": len(items),
        "documents_with_quotes": docs_with_quotes,
        "quotes": n,
        "unattributed": unatt,
        "unattributed_rate": round(unatt / n, 4) if n else 0.0,
        "title_like": titles,
        "title_like_rate": round(titles / n, 4) if n else 0.0,
        "unattributed_nontitle_rate": round(unatt_nontitle / nontitle, 4) if nontitle else 0.0,
        "turns": turns,
        "unattributed_rate_marked": round((unatt - unatt_turns) / (n - turns), 4) if n > turns else 0.0,
    }


def evaluate(html_dir: Path = HTML_DIR, corpus: Path = CORPUS, limit: int = 500, listing: list[str] | None = None) -> dict:
    import toolkit as pl

    res: dict = {}
    if html_dir.is_dir():
        pages = [(p.name, pl.load_article(p)) for p in sorted(html_dir.glob("*.html"))]
        res["html"] = _score(pages, listing)
    if corpus.is_file():
        arts = [(getattr(a, "id", None) or str(i), a) for i, a in enumerate(islice(pl.load_corpus(corpus), limit))]
        res["corpus"] = _score(arts, listing)
        res["corpus"]["limit"] = limit
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--html", type=Path, default=HTML_DIR)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--limit", type=int, default=500)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--list", action="store_true", help="print unattributed and title-like quotes")
    args = ap.parse_args(argv)
    listing: list[str] | None = [] if args.list else None
    res = evaluate(args.html, args.corpus, args.limit, listing)
    if args.json:
        print(json.dumps(res, indent=2))
    else:
        for name, r in res.items():
            print(
                f"{name:7s} docs {r['documents']:4d}  quotes {r['quotes']:5d}  unattributed {r['unattributed']:4d} "
                f"({r['unattributed_rate']:.1%})  title-like {r['title_like']:3d} ({r['title_like_rate']:.1%})  "
                f"unattributed among non-titles {r['unattributed_nontitle_rate']:.1%}  transcript turns {r['turns']} "
                f"(unattributed among the others {r['unattributed_rate_marked']:.1%})"
            )
    if listing:
        print("\n".join(listing))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
