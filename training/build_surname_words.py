#!/usr/bin/env python
"""Build ``toolkit/data/actors_surname_words.tsv``: surnames that are also common English words.

Source: the US Census Bureau's 1990 frequency list of surnames (``dist.all.last``), a work of the
US government (public domain), as shipped by the ``names`` package (MIT; pip install names==0.3.0;
build time only), and the surnames of the people in ``gazetteer_people.tsv`` (heads of state
and government and other people news names, from many countries). The output file carries the
credit in its header.

Why: an unknown two-word name of plain capitalised words ("Kool Aid", "Campbell Soup") was read
as a person's name, because most such names are ("Liz Truss", "Harry Kane"). When the last word is
a common English word (TextBlob's lexicon tags it as a noun, verb or adjective) that is no one's
surname ("Soup", "Aid"), the name shape says nothing about a person. A surname that is also a word
("Brown", "King", "Truss", "May") keeps the shape. The list holds those words: census surnames
borne by at least 0.001% of Americans (1,750 of them) and surnames of the gazetteer's people.

    .venv/bin/pip install names==0.3.0
    .venv/bin/python training/build_surname_words.py
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_given_names import _read  # noqa: E402  (the census lists' reader, shared)

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "toolkit" / "data" / "actors_surname_words.tsv"
MIN_PERCENT = 0.001  # of the census population


def main() -> int:
    import names

    sys.path.insert(0, str(ROOT))
    from toolkit.entities.tokens import lexicon_get

    lex = lexicon_get()

    def common_word(w: str) -> bool:
        tag = lex(w.lower())
        return tag is not None and not tag.startswith("NNP")

    kept: dict[str, str] = {}
    src = Path(names.__file__).parent / "dist.all.last"
    for name, percent in _read(src).items():
        if percent >= MIN_PERCENT and common_word(name):
            kept.setdefault(name, "census")
    with open(ROOT / "toolkit" / "data" / "gazetteer_people.tsv", encoding="utf-8") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
        for r in rows:
            words, sur = r["name"].split(), r["surname"]
            if len(words) >= 2 and words[-1] == sur and common_word(sur):
                kept.setdefault(sur, "gazetteer")
    n_census = sum(1 for v in kept.values() if v == "census")
    header = (
        f"# Surnames that are also common English words ({len(kept)}): \"Brown\", \"King\", \"Truss\".\n"
        f"# {n_census} from the US Census Bureau's 1990 surname list (borne by {MIN_PERCENT}% or more; public\n"
        "# domain, via the names package, MIT), the rest surnames in gazetteer_people.tsv.\n"
        "# Built by training/build_surname_words.py. Used to tell \"Liz Truss\" (a person's name) from\n"
        "# \"Kool Aid\" (the last word a common word that is no surname).\n"
        "name\tsource\n"
    )
    OUT.write_text(header + "".join(f"{n}\t{s}\n" for n, s in sorted(kept.items())), encoding="utf-8")
    print(f"wrote {OUT} ({len(kept)} names, {n_census} from the census)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
