#!/usr/bin/env python
"""Build ``toolkit/data/actors_given_names_census.tsv``: common US given names from the 1990 census.

Source: the US Census Bureau's 1990 frequency lists of first names (``dist.male.first``,
``dist.female.first``) and surnames (``dist.all.last``), a work of the US government (public
domain), as shipped by the ``names`` package (MIT; pip install names==0.3.0; build time only). The
output file carries the credit in its header.

The hand-made list (``actors_given_names.tsv``, ~860 names from many countries) lacks common
American names ("Darrell Castle", "Keisha Lance Bottoms", "Maxine Waters" were a place and two
organisations). This adds the census names used by at least 0.005% of men or women, except names
that would make a person out of something else:

* names TextBlob's lexicon knows as common English words ("Will", "Grant", "Rose": the lexicon
  tags them NN/VB/JJ/MD) are kept apart (column ``word``): they are no cue of a person, but a name
  opening with one ("Heath Ledger") is not read as a headline-cased phrase ("Climate Change");
* names shorter than three letters;
* names in the gazetteer or among the world's cities ("Virginia", "Austin", "Chelsea") are kept apart
  (column ``place``): no cue of a person alone ("in Chelsea"), but before a surname they open a person's name,
  not a place's organisation ("Kent Conrad", "Sydney Sweeney"; not "Washington Post"); with a few given names
  from places that the 1990 lists miss or hold below the threshold, written out below ("Brooklyn Beckham");
* name particles and titles ("Van", "Prince"), and names more common as surnames than as given
  names (a surname share over half the given-name share: "Lewis", "Morris", "Wilson");
* a short list written out below: months, holidays, storm names that news writes alone
  ("Katrina", "Dorian"), famous surnames ("Clinton", "Roosevelt"), and words that are mostly
  something else in news ("Tory", "Shannon", "Mac", "Merrill" of Merrill Lynch).

    .venv/bin/pip install names==0.3.0
    .venv/bin/python training/build_given_names.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "toolkit" / "data" / "actors_given_names_census.tsv"
MIN_PERCENT = 0.005  # of the census population of that sex

#: Left out by hand (see the module docstring).
EXCLUDE = frozenset([
    "April", "June", "May", "August", "Easter", "Christmas", "Noel",  # months and holidays
    # famous surnames, and words that are mostly something else in news
    "Clinton", "Roosevelt", "Perry", "Wallace", "Marshall", "Spencer", "Sherman", "Ross", "Kirk", "Libby", "Merrill",
    "Santa", "Tory", "Shannon", "Mac", "Mack", "Georgina", "Raven", "Honour", "Merry", "Precious",
    # storm names news writes alone
    "Dorian", "Katrina", "Sandy", "Irma", "Harvey", "Ike", "Rita", "Wilma", "Floyd", "Hugo", "Gilbert", "Mitch",
    "Ivan", "Dean", "Felix", "Ophelia", "Florence", "Isaac", "Michael", "Laura", "Ida", "Ian", "Fiona", "Dolores",
    "Yolanda",
])


#: Places that are given names the 1990 census lists below the threshold or not at all (newer or foreign ones):
#: kept in column ``place`` when the gazetteer or the world's cities list them.
PLACE_GIVEN = frozenset(["Washington", "Paris", "Milan", "Brooklyn", "Madison", "Dakota"])


def _read(path: Path) -> dict[str, float]:
    """``{Name: percent}`` of one census list ("JAMES 3.318 3.318 1" per line)."""
    out: dict[str, float] = {}
    for line in path.read_text(encoding="ascii").splitlines():
        name, percent, _cumulative, _rank = line.split()
        out[name.title()] = float(percent)
    return out


def main() -> int:
    import names

    sys.path.insert(0, str(ROOT))
    from toolkit.entities.gazetteer import gazetteer, world_cities
    from toolkit.entities.tokens import CORE_TITLES, NAME_PARTICLES, lexicon_get

    src = Path(names.__file__).parent
    first: dict[str, float] = {}
    for sex in ("male", "female"):
        for name, percent in _read(src / f"dist.{sex}.first").items():
            first[name] = max(first.get(name, 0.0), percent)
    last = _read(src / "dist.all.last")
    lex = lexicon_get()
    g = gazetteer()
    cities = world_cities()
    hand = {line.strip() for line in (ROOT / "toolkit" / "data" / "actors_given_names.tsv").read_text().splitlines()}
    kept: list[tuple[str, str, str]] = []
    for name, percent in sorted(first.items(), key=lambda x: (-x[1], x[0])):
        tag = lex(name.lower())
        hit = g.lookup(name)
        place = (hit is not None and hit[1] == "place") or (hit is None and name in cities)
        if name in PLACE_GIVEN and place:
            kept.append((name, "", "1"))
            continue
        if (
            percent < MIN_PERCENT or name in hand or name in EXCLUDE or (hit is not None and not place)
            or len(name) < 3 or name in NAME_PARTICLES or name.lower() in NAME_PARTICLES or name in CORE_TITLES
            or last.get(name, 0.0) * 0.5 > percent
        ):
            continue
        kept.append((name, "1" if tag is not None and not tag.startswith("NNP") and not place else "", "1" if place else ""))
    kept += [(name, "", "1") for name in sorted(PLACE_GIVEN - set(first))]  # (not in the 1990 lists at all)
    n_place = sum(1 for *_, p in kept if p)
    n_word = sum(1 for _, w, _p in kept if w)
    header = (
        f"# Common US given names ({len(kept)}): used by {MIN_PERCENT}% or more of men or women in the 1990 census.\n"
        "# Source: US Census Bureau, 1990 name frequency lists (public domain), via the names package (MIT).\n"
        "# Built by training/build_given_names.py; names that are surnames first, or listed in\n"
        f"# actors_given_names.tsv are left out. word=1 ({n_word} names): also a common English word (\"Heath\",\n"
        "# \"Grace\", \"Will\"): no cue of a person by itself, only kept from calling \"Heath Ledger\" a phrase.\n"
        f"# place=1 ({n_place} names): also a place (\"Chelsea\", \"Kent\"): a person's name only before a surname.\n"
        "name\tword\tplace\n"
    )
    OUT.write_text(header + "".join(f"{n}\t{w}\t{p}\n" for n, w, p in kept), encoding="utf-8")
    print(f"wrote {OUT} ({len(kept)} names, {n_word} of them also common words, {n_place} places)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
