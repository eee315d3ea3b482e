"""Small bundled gazetteers used by the actor detector (no model, no download).

The lists live in ``toolkit/data/gazetteer_*.tsv`` and ``toolkit/data/actors_words.tsv``
and ``toolkit/data/actors_given_names.tsv`` (hand-made from general knowledge, CC0): every UN
member state with aliases, demonyms and capitals, plus territories and historical states; ~230
well-known organisations (international bodies, agencies, parliaments, parties, armed groups,
news outlets, companies, universities) with acronyms; ~720 regions (US, Brazilian, Mexican and Indian states,
English counties, Italian and Spanish regions), seas, rivers,
islands and world cities (cities that are also common first or last names are left out);
~1,030 given names (Arabic, Turkish, Persian, South and East Asian, African, Latin American and
Slavic names among them), plus ~1,400 common US given names from the 1990 census
(``actors_given_names_census.tsv``, public domain, built by ``training/build_given_names.py``; the
89 of them that are also English words, "Heath", "Grace", form the word kind ``given_word``; the ~90 that are
also places, "Chelsea", "Kent", the kind ``given_place``);
~1,800 surnames that are also English words ("Brown", "Truss": kind ``surname_word``, from the
census and ``gazetteer_people.tsv``, built by ``training/build_surname_words.py``); ~2,200 given
names borne 98% by one sex in the census (kinds ``given_f``, ``given_m``: only the quote attribution's
pronoun agreement reads them; ``training/build_given_name_sex.py``);
titles and honorifics, role nouns, organisation/place suffixes and context words (see the comments
at the top of ``actors_words.tsv``).

Example:
    >>> from toolkit.entities.gazetteer import gazetteer
    >>> g = gazetteer()
    >>> g.lookup("U.S.")
    ('United States', 'place')
    >>> g.demonyms["Russian"]
    'Russia'
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

__all__ = ["Gazetteer", "gazetteer", "countries", "nations", "world_cities", "well_known_people", "well_known_names", "well_known_first_words", "THING_KINDS",
           "NUMBER_LINE_TYPES",
           "US_STATE_TAGS", "DATELINE_STATES"]

#: The types of names that are no actors, as the word lists of ``actors_words.tsv`` spell them
#: (``work_prev``, ``product_name``, ``event_word``, ``other_word`` ...).
THING_KINDS = ("work", "product", "event", "other")
#: The types of the names that take a model or serial number (word kinds ``product_line``, ``event_line``,
#: ``other_line``, ``place_line``: "Boeing 737", "Apollo 11", "FTSE 100", "Interstate 95").
NUMBER_LINE_TYPES = ("product", "event", "other", "place", "organization")


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("toolkit").joinpath("data", name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [{k: (v or "") for k, v in r.items()} for r in csv.DictReader(lines, delimiter="\t")]


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split(";") if v.strip()]


def _same_city(a: str, b: str) -> bool:
    """Spelling variants of one capital (Kyiv/Kiev, Peking/Beijing) share a canonical name."""
    variants = ({"Kyiv", "Kiev"}, {"Beijing", "Peking"}, {"Bern", "Berne"}, {"Astana", "Nur-Sultan"},
                {"Brasilia", "Brasília"}, {"Bogota", "Bogotá"}, {"Chisinau", "Chișinău"},
                {"Ulaanbaatar", "Ulan Bator"}, {"Sanaa", "Sana'a"}, {"San Jose", "San José"},
                {"Yaounde", "Yaoundé"}, {"Reykjavik", "Reykjavík"}, {"Asuncion", "Asunción"},
                {"Lome", "Lomé"}, {"Washington", "Washington, D.C.", "Washington DC"})
    return a == b or any(a in v and b in v for v in variants)


_EMPTY: frozenset[str] = frozenset()
#: every spelling x with x.lower() == "the " (no other character lower-cases into "t", "h", "e"
#: or a space): a set test instead of a lower() per failed lookup
_THE = frozenset(a + b + c + " " for a in "Tt" for b in "Hh" for c in "Ee")


@dataclass(eq=False)
class Gazetteer:
    """Lookup tables: ``names`` (alias → (canonical, type)), ``demonyms`` (adjective → country),
    ``capitals`` (capital → country), and word sets from ``actors_words.tsv``.

    Compared and hashed by identity, so word-level lookups can be memoised per gazetteer
    (``functools.lru_cache`` keyed on ``(word, gazetteer)``); treat a built gazetteer as read-only."""

    names: dict[str, tuple[str, str]] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)
    words: dict[str, frozenset[str]] = field(default_factory=dict)

    def lookup(self, name: str) -> tuple[str, str] | None:
        """``(canonical, type)`` for a known name or alias, else ``None`` (case-sensitive,
        a leading "the" ignored, a typographic apostrophe read as a straight one)."""
        hit = self.names.get(name)
        if hit is None:
            if name[:4] in _THE:
                hit = self.names.get(name[4:])
            if hit is None and "’" in name:  # "Cote d’Ivoire", "People’s Liberation Army": the typographic mark
                return self.lookup(name.replace("’", "'"))
        return hit

    def has(self, kind: str, word: str) -> bool:
        """Whether ``word`` is in word list ``kind`` (title, org_suffix, place_suffix, ...)."""
        return word in self.words.get(kind, _EMPTY)


#: US states by postal code and by AP abbreviation (without its dots), as in a member of
#: Congress's party-state tag "(R-N.C.)", "(D-CA)", "(D-Va.)". Only read in that tag: "Ind", "Miss",
#: "Ill", "Wash" and "OR" are words elsewhere.
US_STATE_TAGS: dict[str, str] = {}
for _name, _codes in {
    "Alabama": "AL Ala", "Alaska": "AK", "Arizona": "AZ Ariz", "Arkansas": "AR Ark", "California": "CA Calif Cal",
    "Colorado": "CO Colo", "Connecticut": "CT Conn", "Delaware": "DE Del", "Florida": "FL Fla", "Georgia": "GA Ga",
    "Hawaii": "HI", "Idaho": "ID", "Illinois": "IL Ill", "Indiana": "IN Ind", "Iowa": "IA", "Kansas": "KS Kan Kans",
    "Kentucky": "KY Ky", "Louisiana": "LA La", "Maine": "ME", "Maryland": "MD Md", "Massachusetts": "MA Mass",
    "Michigan": "MI Mich", "Minnesota": "MN Minn", "Mississippi": "MS Miss", "Missouri": "MO Mo", "Montana": "MT Mont",
    "Nebraska": "NE Neb Nebr", "Nevada": "NV Nev", "New Hampshire": "NH N.H", "New Jersey": "NJ N.J",
    "New Mexico": "NM N.M", "New York": "NY N.Y", "North Carolina": "NC N.C", "North Dakota": "ND N.D",
    "Ohio": "OH", "Oklahoma": "OK Okla", "Oregon": "OR Ore Oreg", "Pennsylvania": "PA Pa Penn",
    "Rhode Island": "RI R.I", "South Carolina": "SC S.C", "South Dakota": "SD S.D", "Tennessee": "TN Tenn",
    "Texas": "TX Tex", "Utah": "UT", "Vermont": "VT Vt", "Virginia": "VA Va", "Washington": "WA Wash",
    "West Virginia": "WV W.Va W.V", "Wisconsin": "WI Wis Wisc", "Wyoming": "WY Wyo",
}.items():  # fmt: skip
    for _code in _codes.split():
        US_STATE_TAGS[_code] = _name
#: A dateline's state or province after the town and a comma ("REDMOND, Wash. —", "JASPER, Alta. —"): the US
#: states' codes and Canada's provinces by their Canadian Press abbreviations (only read after a dateline's town).
DATELINE_STATES: dict[str, str] = {**US_STATE_TAGS, "Alta": "Alberta", "Sask": "Saskatchewan", "Man": "Manitoba",
                                   "Ont": "Ontario", "Que": "Quebec", "Nfld": "Newfoundland and Labrador"}


@lru_cache(maxsize=4)
def countries(g: Gazetteer) -> frozenset[str]:
    """The gazetteer's countries by canonical name: the places its demonyms name ("France" for "French")."""
    return frozenset(g.demonyms.values())


@lru_cache(maxsize=4)
def nations(g: Gazetteer) -> frozenset[str]:
    """The gazetteer's sovereign countries by canonical name (those of ``gazetteer_countries.tsv``; not
    "California", whose demonym :func:`countries` knows too)."""
    return frozenset(g.capitals.values())


@lru_cache(maxsize=1)
def world_cities() -> frozenset[str]:
    """Names of the world's cities of 50,000 people or more (GeoNames, CC BY 4.0; built by
    ``training/build_world_cities.py``), without those that are common English words. Only a
    one-word name that nothing else types is looked up here (:func:`toolkit.entities.resolution.fallback_type`)."""
    text = resources.files("toolkit").joinpath("data", "world_cities.txt").read_text(encoding="utf-8")
    return frozenset(ln for ln in text.splitlines() if ln and not ln.startswith("#"))


def a_place(word: str, g: Gazetteer) -> bool:
    """A city of the world or a place of the gazetteer ("Gaza", "Chicago", "Kansas")."""
    return word in world_cities() or (g.lookup(word) or ("", ""))[1] == "place"


@lru_cache(maxsize=1)
def well_known_people() -> dict[str, tuple[str, ...]]:
    """The one word news names a well-known person by ("Gorbachev", "Einstein", "Federer") -> the
    full names of the people it names (``toolkit/data/gazetteer_people.tsv``: ~4,000 heads of state
    and government, politicians, historical figures, scientists, writers, artists, athletes; hand-made,
    CC0). Only a one-word name that nothing else types is looked up here
    (:func:`toolkit.entities.resolution.fallback_type`)."""
    out: dict[str, list[str]] = {}
    for r in _rows("gazetteer_people.tsv"):
        out.setdefault(r["surname"], []).append(r["name"])
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def well_known_first_words() -> frozenset[str]:
    """The first words of the full names of :func:`well_known_people` that have two words or more ("Jalen" of
    "Jalen Hurts"): a cheap gate before looking a pair of words up."""
    return frozenset(n.split()[0] for n in well_known_names() if " " in n)


@lru_cache(maxsize=1)
def well_known_names() -> frozenset[str]:
    """The full names of :func:`well_known_people` ("Saddam Hussein", "Paris Hilton")."""
    return frozenset(n for names in well_known_people().values() for n in names)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The bundled gazetteer (loaded once)."""
    g = Gazetteer()
    for r in _rows("gazetteer_countries.tsv"):
        country = r["name"]
        for alias in [country, *_split(r["aliases"])]:
            g.names.setdefault(alias, (country, "place"))
        for dem in _split(r["demonyms"]):
            g.demonyms.setdefault(dem, country)
        caps = _split(r["capitals"])
        for cap in caps:
            g.capitals.setdefault(cap, country)
            g.names.setdefault(cap, (caps[0] if _same_city(cap, caps[0]) else cap, "place"))
    for r in _rows("gazetteer_organizations.tsv"):
        for alias in [r["name"], *_split(r["aliases"])]:
            g.names.setdefault(alias, (r["name"], "organization"))
    for r in _rows("gazetteer_places.tsv"):
        for alias in [r["name"], *_split(r["aliases"])]:
            g.names.setdefault(alias, (r["name"], "place"))
        for dem in _split(r.get("demonyms", "")):
            g.demonyms.setdefault(dem, r["name"])
    words: dict[str, set[str]] = {}
    for r in _rows("actors_words.tsv"):
        words.setdefault(r["kind"], set()).add(r["word"])
    census = _rows("actors_given_names_census.tsv")
    words["given"] = {r["name"] for r in _rows("actors_given_names.tsv")} | {
        r["name"] for r in census if not r["word"] and not r["place"]}
    # also a place ("Chelsea", "Kent", "Sydney"): a person's given name only before a surname ("Kent Conrad")
    words["given_place"] = {r["name"] for r in census if r["place"]}
    # also a common word: "Heath", "Grace" (census), "Blessing", "Patience" (actors_words.tsv); the
    # hand-made ones are a person's first name before a surname ("Blessing Okagbare"), the census's
    # not always ("Royal Mint", "Glen Innes", "Forest Avenues")
    words["given_word_person"] = set(words.get("given_word", ()))
    words["given_word"] = words["given_word_person"] | {r["name"] for r in census if r["word"] and not r["place"]}
    # surnames that are also common words ("Brown", "Truss"): see typing_rules.common_last_word
    words["surname_word"] = {r["name"] for r in _rows("actors_surname_words.tsv")}
    # given names almost only of women / of men (census): the quote attribution's pronoun agreement
    sexes = _rows("actors_given_name_sex.tsv")
    words["given_f"] = {r["name"] for r in sexes if r["sex"] == "f"}
    words["given_m"] = {r["name"] for r in sexes if r["sex"] == "m"}
    # the lists of the four kinds of things that are no actors (work, product, event, other), each
    # also as one union ("thing_word": any of them), for the rules that only ask "a thing?"
    for part in ("word", "prev", "first", "name"):
        words["thing_" + part] = set().union(*(words.get(f"{t}_{part}", ()) for t in THING_KINDS))
    # names that take a model or serial number after them ("Boeing 737", "Apollo 11", "GJ 486b"): the four
    # line kinds and the one-word products known by name ("iPhone 17", "Xbox 360")
    words["number_line"] = set().union(*(words.get(f"{t}_line", ()) for t in NUMBER_LINE_TYPES),
                                       (w for w in words.get("product_name", ()) if " " not in w))
    g.words = {k: frozenset(v) for k, v in words.items()}
    return g
