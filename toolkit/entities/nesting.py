"""Names inside names: "University of North Carolina" also names North Carolina, "the Andy Warhol
Foundation" names Andy Warhol, "Church of Scientology" names Scientology.

The actors table has one row per name as written, the longest name (a flat table, as most named-entity
tools give). Annotated corpora such as GUM also mark the names nested inside a longer one, and a
researcher counting every mention of a person may want them too; ``actors(article, nested=True)``
adds them as rows flagged ``nested``. A part of a longer name is a nested name when it is

* the name of another actor of the same article, as that actor ("Andy Warhol" inside "Andy Warhol
  Photographic Legacy Program" when the article names Andy Warhol elsewhere), or
* a place or organisation of the bundled gazetteer ("Indiana" inside "University of Southern Indiana",
  "BBC" inside "BBC News Online"), or
* a person's name opening the longer name: a given name and one to three name-like words ("John F.
  Kennedy" in "John F. Kennedy International Airport", "George Washington" in "George Washington
  University").

Parts are tried longest first, left to right, and do not overlap. People's names are never split
("Paris Hilton" names no city), but a title holder's is ("the Duke of Edinburgh" names Edinburgh);
the parts must start and end with a capitalised word. A part of the outer name's own type at its start or end is the same name shortened ("BBC" in "BBC News", "Korea" in
"North Korea", "Home Office" in "United Kingdom Home Office"), not a name inside it. A compass word
before a place belongs to it ("Southern Indiana").

Example:
    >>> from toolkit import load_article
    >>> from toolkit.entities.actors import actors
    >>> art = load_article("She studied at the University of North Carolina.")
    >>> df = actors(art, nested=True)
    >>> df[["actor", "type", "surface", "nested"]].values.tolist()
    [['University of North Carolina', 'organization', 'University of North Carolina', False], ['North Carolina', 'place', 'North Carolina', True]]
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from toolkit.entities.tokens import COMPASS_POINTS, lazy_lex

if TYPE_CHECKING:
    from toolkit.entities.gazetteer import Gazetteer
    from toolkit.entities.resolution import Resolved

__all__ = ["nested_mentions"]

_lex = lazy_lex(__name__)

#: the words of a name: letters/digits with inner dots, hyphens, apostrophes and ampersands
_WORD = re.compile(r"[^\W_][\w.'’&-]*|&")
_POSSESSIVE = ("'s", "’s", "'", "’")
#: words that make a region of a place ("Southern Indiana"): part of the nested name (not the compass
#: word list of actors_words.tsv, which has "Greater", "Inner", "Outer" and lacks "Northeast")
_COMPASS = COMPASS_POINTS | {"Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower"}
#: last words of a building or site named after the place it is in ("Volgograd Arena", "Madrid Airport")
_FACILITIES = frozenset(["Stadium", "Arena", "Airport", "Station", "Zoo", "Cathedral", "Harbour", "Harbor",
                         "Port", "Prison", "Mall", "Hospital", "Racecourse", "Circuit", "Aquarium"])
#: the types a name inside a longer one can have
_ACTOR_TYPES = frozenset(["person", "organization", "place"])


def _known_names(resolved: list[Resolved], text: str) -> dict[str, tuple[str, str, str | None]]:
    """Every way the article writes an actor (surface without a possessive, name with titles
    stripped, canonical name) -> (actor, type, group); the first actor wins a shared spelling."""
    known: dict[str, tuple[str, str, str | None]] = {}
    for t in resolved:
        if t.type not in _ACTOR_TYPES or t.raw.adjectival:
            continue
        value = (t.actor, t.type, t.group)
        for name in (_strip_possessive(text[t.raw.start : t.raw.end]), t.raw.name, t.actor):
            known.setdefault(name, value)
    return known


def _strip_possessive(s: str) -> str:
    for p in _POSSESSIVE:
        if s.endswith(p) and len(s) > len(p) + 1:
            return s[: -len(p)]
    return s


def _person_prefix(ws: list[str], g: Gazetteer) -> int:
    """How many leading words ``ws`` of a longer name are a person's name: a given name, then one to
    three name-like words, then more of the name ("John F. Kennedy International Airport", "George
    Washington University", "Francis Crick Institute"); 0 for none."""
    if not g.has("given", ws[0]):
        return 0
    k = 1
    while k < len(ws) - 1 and k <= 3 and ws[k][:1].isupper() and not g.has("org_suffix", ws[k]) \
            and not g.has("org_word", ws[k]) and not g.has("place_suffix", ws[k]) \
            and (len(ws[k].rstrip(".")) == 1 or _lex(ws[k].lower()) is None or g.has("given", ws[k])):
        k += 1
    return k if 2 <= k < len(ws) else 0


def nested_mentions(resolved: list[Resolved], text: str, g: Gazetteer) -> list[Resolved]:
    """The names inside the longer names of ``resolved`` (see the module docstring), as
    :class:`~toolkit.entities.resolution.Resolved` rows whose ``raw`` is the outer mention's with
    the inner span and name; sorted by start."""
    known = _known_names(resolved, text)
    out: list[Resolved] = []
    for t in resolved:
        if t.raw.adjectival:
            continue
        s0 = t.raw.start
        surface = text[s0 : t.raw.end]
        if t.type == "person" and " of " not in surface:
            continue  # (but "the Duke of Edinburgh" names Edinburgh)
        words = [(m.start() + s0, m.end() + s0) for m in _WORD.finditer(surface)]
        if len(words) < 2:
            continue
        ws = [text[a:b] for a, b in words]
        n = len(words)
        i = 0
        while i < n:
            hit = None
            for j in range(n, i, -1):
                if i == 0 and j == n:
                    continue  # the whole name is the outer mention
                a, b = words[i][0], words[j - 1][1]
                sub = _strip_possessive(text[a:b])
                if not (sub[:1].isupper() and sub.split()[-1][:1].isupper()):
                    continue
                value = known.get(sub)
                if value is None:
                    hit_g = g.lookup(sub)
                    if hit_g is not None and hit_g[1] in ("place", "organization") \
                            and not (" " not in sub and _lex(sub.lower()) is not None):  # "Commonwealth": a word
                        value = (hit_g[0], hit_g[1], None)
                if value is None or value[0] == t.actor:
                    continue
                if value[1] == t.type and (i == 0 or j == n) \
                        and not (i == 0 and t.type == "place" and ws[-1] in _FACILITIES):
                    continue  # "BBC" in "BBC News", "Korea" in "North Korea": the same name, shortened
                    # (but "Nizhny Novgorod" in "Nizhny Novgorod Stadium": a city, then a building in it)
                k = i
                while k > 0 and ws[k - 1] in _COMPASS:
                    k -= 1  # "Southern Indiana" in "University of Southern Indiana"
                if i and ws[i - 1] == "New":
                    continue  # "England" in "New England Journal of Medicine"
                if k == 0 and j == n:
                    continue  # "Korea" in "North Korea" (whatever its type there): a place of its own
                if j == n and k == i and value[1] == "place" and t.type == "organization" \
                        and ws[i - 1][:1].isupper() and ws[i - 1][1:].islower() and _lex(ws[i - 1].lower()) is not None:
                    continue  # "Environment Canada", "Air Canada", "Cancer Research UK": the body's own name, not Canada
                if k < i:
                    a = words[k][0]
                    sub = text[a : a + len(sub) + (words[i][0] - a)]
                    value = (sub, value[1], None)
                hit = (a, a + len(sub), sub, value)
                break
            if hit is None and i == 0:
                k = _person_prefix(ws, g)
                if k:
                    sub = text[words[0][0] : words[k - 1][1]]
                    value = known.get(sub, (sub, "person", None))
                    if value[1] == "person":
                        hit, j = (words[0][0], words[k - 1][1], sub, value), k
            if hit is None:
                i += 1
                continue
            a, b, sub, (actor, typ, group) = hit
            raw = replace(t.raw, start=a, end=b, name=sub, adjectival=False, canonical=None, acronym=None,
                          ntok=len(sub.split()))
            out.append(type(t)(raw, actor, typ, group))
            i = j
    out.sort(key=lambda r: (r.raw.start, r.raw.end))
    return out
