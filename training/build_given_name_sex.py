#!/usr/bin/env python
"""Build ``toolkit/data/actors_given_name_sex.tsv``: given names borne almost only by women or by men.

Source: the US Census Bureau's 1990 frequency lists of first names (``dist.male.first``,
``dist.female.first``), a work of the US government (public domain), as shipped by the ``names``
package (MIT; pip install names==0.3.0; build time only). The output file carries the credit in its
header.

Why: a quote's "she said" was given to the last speaker, Michael Byers, though Diana Murugi had been
named since, and "she added" to Mark Oaten. The quote attribution reads this list only to refuse a
pronoun's antecedent whose given name says the other sex; it never assigns anyone a sex in any table. Kept: names used by at least 0.005%
of one sex in the census, of whose bearers 98% or more are of that sex. Names read differently
outside the US are left out ("Andrea", "Jean", "Nicola", "Sasha", "Kim": not 98% one way, or in the
hand list below), and so are names shorter than three letters.

    .venv/bin/pip install names==0.3.0
    .venv/bin/python training/build_given_name_sex.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_given_names import _read  # noqa: E402  (the census lists' reader, shared)

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "toolkit" / "data" / "actors_given_name_sex.tsv"
MIN_PERCENT = 0.005  # of the census population of that sex
MIN_SHARE = 0.98  # of the name's bearers

#: Left out by hand: names of the other sex (or of both) in other countries.
EXCLUDE = frozenset([
    "Andrea", "Jean", "Nicola", "Sasha", "Kim", "Simone", "Michele", "Daniele", "Gabriele", "Carol", "Joan",
    "Rene", "Renee", "Dominique", "Claude", "Yves", "Toni", "Luca", "Ira", "Noa", "Eden", "Ariel", "Shay",
    "Laurence", "Maxime", "Camille", "Dana", "Robin", "Leslie", "Lynn", "Marion", "Evelyn", "Hillary",
    # men's names in Britain and Ireland ("Hilary Benn", "Bertie Ahern"), and surnames ("Scooter Libby")
    "Hilary", "Bertie", "Vivian", "Jocelyn", "Shirley", "Beverley", "Beverly", "Meredith", "Libby", "Allison",
])


def main() -> int:
    import names

    src = Path(names.__file__).parent
    male, female = _read(src / "dist.male.first"), _read(src / "dist.female.first")
    kept: list[tuple[str, str]] = []
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if len(name) < 3 or name in EXCLUDE:
            continue
        if f >= MIN_PERCENT and f >= MIN_SHARE * (f + m):
            kept.append((name, "f"))
        elif m >= MIN_PERCENT and m >= MIN_SHARE * (f + m):
            kept.append((name, "m"))
    n_f = sum(1 for _, s in kept if s == "f")
    header = (
        f"# Given names borne almost only by women (f, {n_f}) or by men (m, {len(kept) - n_f}): {MIN_SHARE:.0%} or more\n"
        f"# of their bearers, and used by {MIN_PERCENT}% or more of that sex, in the US census of 1990.\n"
        "# Source: US Census Bureau, 1990 name frequency lists (public domain), via the names package (MIT).\n"
        "# Built by training/build_given_name_sex.py. Read only by the quote attribution, to refuse \"she\"\n"
        "# an antecedent named Michael or \"he\" one named Sarah; no table shows it.\n"
        "name\tsex\n"
    )
    OUT.write_text(header + "".join(f"{n}\t{s}\n" for n, s in kept), encoding="utf-8")
    print(f"wrote {OUT} ({len(kept)} names, {n_f} f)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
