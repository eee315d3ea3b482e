"""Measure HTML main-text extraction (``toolkit.io.html.extract_html``) on real news pages.

Data: ``../shared/data/news_html/`` (30 English news pages from trafilatura's benchmark, with
gold ``with`` snippets that a correct extraction must contain, ``without`` snippets (boilerplate)
that it must not contain, and gold title/date). Internal evaluation data: it is read in place,
never copied into the project.

Matching (documented so the numbers can be compared): upstream trafilatura's scoring collapses
every whitespace run to one space and matches each snippet as a case-sensitive substring. We do
the same and, to be fair to extractions that keep typographic characters, also map curly quotes
and apostrophes to straight ones, non-breaking and zero-width spaces to spaces, and dashes
(en/em/minus) to ``-`` on both sides before matching. Titles are compared case-insensitively
after the same normalisation; dates must match ``YYYY-MM-DD`` exactly (pages with no gold date
are not counted for dates).

The page is given to ``extract_html`` as a user would load a saved ``.html`` file: without its
URL (``--with-url`` passes the original URL too, as ``load_article(url)`` would).

Usage::

    .venv/bin/python benchmarks/eval_html.py            # per-page table and totals
    .venv/bin/python benchmarks/eval_html.py --json     # machine-readable
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_DATA = Path(os.environ.get("PRESSLENS_SHARED", ROOT.parent / "shared")) / "data" / "news_html"

_TRANS = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u200b": "",
        "\u200c": "",
        "\u200d": "",
        "\ufeff": "",
    }
)


def norm(text: str) -> str:
    """Normalise quotes, dashes and spaces, then collapse whitespace runs to one space."""
    return re.sub(r"\s+", " ", text.translate(_TRANS)).strip()


def load_gold(data_dir: Path) -> list[dict[str, Any]]:
    """The gold records of ``expected.json`` in manifest order, each with its ``url_key``."""
    expected = json.loads((data_dir / "expected.json").read_text(encoding="utf-8"))
    with (data_dir / "manifest.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    out = []
    for row in rows:
        rec = dict(expected[row["url_key"]])
        rec["url_key"] = row["url_key"]
        out.append(rec)
    return out


def evaluate_page(data_dir: Path, rec: dict[str, Any], *, with_url: bool = False) -> dict[str, Any]:
    """Extract one page and score it against its gold record."""
    from toolkit import PresslensError
    from toolkit.io.html import extract_html

    path = data_dir / "html" / rec["file"]
    url = rec["url_key"] if with_url and rec["url_key"].startswith("http") else None
    t0 = time.perf_counter()
    try:
        ext = extract_html(path.read_bytes(), source=str(path), url=url)
        error = None
    except PresslensError as exc:
        ext = {"text": "", "title": None, "published": None}
        error = exc.problem
    seconds = time.perf_counter() - t0
    text = norm(ext["text"])
    with_found = [s for s in rec.get("with", []) if norm(s) in text]
    without_leaked = [s for s in rec.get("without", []) if norm(s) in text]
    gold_title = rec.get("title") or None
    gold_date = rec.get("date") or None
    got_date = ext.get("published")
    got_date = str(got_date)[:10] if got_date else None
    return {
        "file": rec["file"],
        "n_with": len(rec.get("with", [])),
        "with_found": len(with_found),
        "missing": [s for s in rec.get("with", []) if s not in with_found],
        "n_without": len(rec.get("without", [])),
        "without_leaked": len(without_leaked),
        "leaked": without_leaked,
        "gold_title": gold_title,
        "title": ext.get("title"),
        "title_ok": None if not gold_title else norm(ext.get("title") or "").casefold() == norm(gold_title).casefold(),
        "gold_date": gold_date,
        "date": got_date,
        "date_ok": None if not gold_date else got_date == gold_date,
        "n_chars": len(ext["text"]),
        "seconds": round(seconds, 3),
        "error": error,
    }


def evaluate(data_dir: Path = DEFAULT_DATA, *, with_url: bool = False, files: list[str] | None = None) -> dict[str, Any]:
    """Score every page (or only ``files``); return ``{"pages": [...], "totals": {...}}``."""
    gold = load_gold(data_dir)
    if files is not None:
        gold = [g for g in gold if g["file"] in files]
    pages = [evaluate_page(data_dir, rec, with_url=with_url) for rec in gold]
    n_with = sum(p["n_with"] for p in pages)
    n_without = sum(p["n_without"] for p in pages)
    titled = [p for p in pages if p["title_ok"] is not None]
    dated = [p for p in pages if p["date_ok"] is not None]
    totals = {
        "pages": len(pages),
        "with_total": n_with,
        "with_found": sum(p["with_found"] for p in pages),
        "with_recall": sum(p["with_found"] for p in pages) / n_with if n_with else None,
        "without_total": n_without,
        "without_leaked": sum(p["without_leaked"] for p in pages),
        "without_leak_rate": sum(p["without_leaked"] for p in pages) / n_without if n_without else None,
        "titles_gold": len(titled),
        "titles_correct": sum(bool(p["title_ok"]) for p in titled),
        "dates_gold": len(dated),
        "dates_correct": sum(bool(p["date_ok"]) for p in dated),
        "dates_missing": sum(1 for p in dated if p["date"] is None),
        "errors": sum(1 for p in pages if p["error"]),
        "seconds": round(sum(p["seconds"] for p in pages), 2),
        "with_url": with_url,
    }
    return {"pages": pages, "totals": totals}


def _print_table(result: dict[str, Any], *, verbose: bool) -> None:
    head = f"{'file':44} {'with':>7} {'leak':>6} {'title':>5} {'date':>22} {'sec':>5}"
    print(head)
    print("-" * len(head))
    for p in result["pages"]:
        title = "-" if p["title_ok"] is None else ("ok" if p["title_ok"] else "WRONG")
        if p["date_ok"] is None:
            date = f"(no gold) {p['date'] or '-'}"
        else:
            date = "ok" if p["date_ok"] else f"{p['date'] or 'none'}≠{p['gold_date']}"
        print(
            f"{p['file'][:44]:44} {p['with_found']:>3}/{p['n_with']:<3} {p['without_leaked']:>2}/{p['n_without']:<3}"
            f" {title:>5} {date:>22} {p['seconds']:>5.2f}"
        )
        if verbose:
            for s in p["missing"]:
                print(f"      missing: {s[:100]!r}")
            for s in p["leaked"]:
                print(f"      leaked:  {s[:100]!r}")
            if p["title_ok"] is False:
                print(f"      title:   {p['title']!r} (gold {p['gold_title']!r})")
            if p["error"]:
                print(f"      error:   {p['error']}")
    t = result["totals"]
    print("-" * len(head))
    print(
        f"with found {t['with_found']}/{t['with_total']} ({t['with_recall']:.1%}) | "
        f"without leaked {t['without_leaked']}/{t['without_total']} ({t['without_leak_rate']:.1%}) | "
        f"titles {t['titles_correct']}/{t['titles_gold']} | dates {t['dates_correct']}/{t['dates_gold']} "
        f"({t['dates_missing']} missing) | errors {t['errors']} | {t['seconds']:.1f} s"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the news_html folder")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    ap.add_argument("--with-url", action="store_true", help="also give the page's original URL to the extractor")
    ap.add_argument("-v", "--verbose", action="store_true", help="list missing/leaked snippets")
    args = ap.parse_args(argv)
    if not (args.data / "expected.json").exists():
        print(f"no evaluation data at {args.data}", file=sys.stderr)
        return 2
    result = evaluate(args.data, with_url=args.with_url)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        _print_table(result, verbose=args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
