"""Name resolution: raw mentions become actors, one canonical name and one type each.

Within an article, :func:`resolve` merges aliases: an acronym with its definition, a surname
(or a title and surname) with the full name, accent variants ("Brudziński" / "Brudzinski"), a
two-word name with the unique longer name it starts, a vehicle or work with its last word
("Space Shuttle Atlantis" ... "Atlantis"). A codebook (:mod:`toolkit.entities.codebook`)
renames, merges and groups the clusters. Each cluster's type is its codebook type, else its
gazetteer type (a country in a match report is its national team), else its best-scoring type
from the typing rules' points, else a guess from the name's shape (:func:`fallback_type`). One
exception is typed per mention: a country or capital that acts ("North Korea fired missiles", "Moscow
said") or a team beside its score ("Sweden 1 – 0") is an ``organization`` in that mention only (GUM's
news convention), and stays a ``place`` actor elsewhere.

Example:
    >>> from toolkit.entities.gazetteer import gazetteer
    >>> from collections import Counter
    >>> raws = [Raw(0, 15, "Emmanuel Macron", 0, "body", 0, Counter(person=3)), Raw(30, 36, "Macron", 1, "body", 0)]
    >>> [(r.actor, r.type) for r in resolve(raws, gazetteer(), None)]
    [('Emmanuel Macron', 'person'), ('Emmanuel Macron', 'person')]
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Mapping
from functools import lru_cache, partial
from typing import TYPE_CHECKING, Any, NamedTuple

from toolkit.entities.detection import STORM_WORDS, Detector
from toolkit.entities.gazetteer import (
    Gazetteer,
    a_place,
    gazetteer,
    nations,
    well_known_people,
    world_cities,
)
from toolkit.entities.mentions import AMBIGUOUS_HEADS, CLUB_HEADS, MATCH_CLUB_TAILS, Raw
from toolkit.entities.tokens import (
    CONNECT,
    CORE_TITLES,
    NAME_PARTICLES,
    PARTY_HEADS,
    PARTY_SHORT,
    fold_accents,
    is_cap,
    lazy_lex,
)
from toolkit.entities.typing_rules import (
    COMPANY_SUFFIXES,
    INITIALS,
    PEOPLE_ENDING,
    REGION_ENDING,
    REGNAL,
    RULE,
    SYLLABLE_NAME,
    common_last_word,
    headline_phrase,
    name_info,
    name_like,
    people_word,
    period_phrase,
    place_inside,
    thing_points,
    thing_type,
    things_acronym,
)

if TYPE_CHECKING:
    from toolkit.article import Article
    from toolkit.entities.codebook import Codebook

__all__ = ["Resolved", "resolve", "fallback_type", "gazetteer_type", "codebook_mentions"]

_lex = lazy_lex(__name__)

#: Name particles a surname may start with ("De Niro", "van der Berg", "bin Laden").
_PARTICLES = NAME_PARTICLES | {"bin", "ibn", "al", "el", "arap", "ten", "ter"}
_TEAM_RULE = RULE["team_name"]
#: the generation after a person's name ("Robert F. Kennedy Jr."), besides a regnal number ("Joe Manchin III")
_GENERATIONAL = frozenset(["Jr", "Jr.", "Sr", "Sr.", "Junior", "Senior"])
#: Last words of a place that is later named by its first word alone ("Hart Island" ... "Hart");
#: not buildings or districts, whose first word is often a town of its own ("Cahors Cathedral").
_FEATURE_HEADS = frozenset(["Island", "Islands", "Isle", "Bay", "River", "Mountains", "Peninsula", "Canyon", "Valley", "Desert", "Reef", "Strait", "Forest", "Glacier", "County", "Atoll", "Archipelago"])
#: One word shaped like a Gaelic surname: "Mc" or "O'" then a capitalised name ("McGuinty", "O'Toole").
_SURNAME_SHAPE = re.compile(r"(?:Mc|O['’])([A-Z][a-z]{2,})")
#: endings of Slavic surnames ("-ov", "-yev", "-enko", "-vich", "-ski")
_SLAVIC_SURNAME = re.compile(r"[A-Z][a-z]{2,}(?:ov|ev|yev|iev|ova|eva|yeva|enko|chuk|vich|ovich|evich|ski|sky|skiy|ić)")
_PLACE_ENDING = re.compile(
    r"[a-z](?:ville|burg|burgh|berg|grad|stan|polis|shire|abad|pur|pura|nagar|sk|ovo|evo|ino|opol|orough"
    r"|strasse|straße|platz|allee|gasse|damm)$"  # German street and square names ("Petersallee")
    r"|-(?:Strasse|Straße|Platz|Allee|Gasse|Damm|Weg|Ufer)$"  # "Maji-Maji-Allee", "Manga-Bell-Platz"
)



#: A brand written in camel case from a lower-case letter ("wikiHow", "eBay"; not "al-Assad").
_LOWER_CAMEL = re.compile(r"[a-z]+[A-Z][A-Za-z]*")
#: Lexicon tags of a one-word name with no cue that make it a word rather than an organisation.
_NOT_NAME_TAGS = frozenset(["JJ", "RB", "IN", "UH", "VB", "DT", "CC", "MD", "PR", "WP", "WR", "TO", "EX", "PD"])

#: Last words of a territory's name ("British Virgin Islands"): its acronym is the territory.
_GEO_HEADS = frozenset(["Islands", "Island", "Province", "Region", "Territory", "Territories", "Republic", "Kingdom",
                        "Emirates", "Peninsula", "County", "District", "Prefecture", "Oblast"])


class Resolved(NamedTuple):
    """A mention with its actor: canonical name, type and codebook group."""

    raw: Raw
    actor: str
    type: str
    group: str | None


def _with_prefix(names: list[str], prefix: str) -> list[str]:
    """The names of a sorted list that start with ``prefix`` (a contiguous range: bisect, no scan)."""
    out = []
    for i in range(bisect_left(names, prefix), len(names)):
        if not names[i].startswith(prefix):
            break
        out.append(names[i])
    return out


def gazetteer_type(g: Gazetteer, name: str) -> str | None:
    hit = g.lookup(name)
    return hit[1] if hit else None




#: Surnames of well-known people that are English words, where news means the person all but always.
_WORD_SURNAMES = frozenset(["Trump", "Bush", "Pence", "Gore", "Rove"])
#: Cities of 50,000 people or more named like a well-known person where news mostly means the city.
_CITIES_BEFORE_PEOPLE = frozenset([
    "Ajax", "Ames", "Austin", "Batman", "Bellingham", "Blackburn", "Bolton", "Chandler", "Columbus", "Cranston",
    "Darwin", "Hamilton", "Hastings", "Irving", "Jackson", "Kitchener", "Lafayette", "Lancaster", "Lansing",
    "Laval", "Layton", "Madison", "Massa", "Milton", "Montgomery", "Moreno", "Norman", "Offenbach", "Orlando",
    "Racine", "Redding", "Reno", "Salinas", "Sanford", "Santana", "Segovia", "Shelby", "Toledo", "Trujillo",
    "Tyler", "Ventura", "Wayne",
])

#: Well-known people's names that news uses more for a company, brand, prize, plan or place named after
#: them ("McDonald's", "Forbes magazine", "Molotov cocktails", "a Fulbright fellowship", "the Hague").
_NAMES_OF_THINGS = frozenset([
    "Armani", "Bosch", "Caldera", "Carnegie", "Cartier", "Chanel", "Curtin", "Dior", "Dyson", "Ferrari", "Forbes",
    "Fulbright", "Gucci", "Guinness", "Hague", "Hearst", "Hermes", "Hesse", "Hilton", "Kellogg", "Marshall",
    "McDonald", "Molotov", "Nemo", "Nobel", "Pearson", "Prada", "Pulitzer", "Reich", "Rhodes", "Tata", "Versace",
    "Warner",
])


@lru_cache(maxsize=1)
def known_surnames() -> frozenset[str]:
    """The words that name a well-known person alone (:func:`~toolkit.entities.gazetteer.well_known_people`)
    and nothing else the toolkit knows: not an English word of the lexicon ("Brown", "May", "Gates"; but
    see ``_WORD_SURNAMES``), a place or organisation of the gazetteer ("Washington", "Disney"), a demonym,
    a title ("Sen") or a name news mostly gives a thing ("McDonald's", ``_NAMES_OF_THINGS``)."""
    g = gazetteer()
    out = set()
    for w in well_known_people():
        tag = _lex(w.lower())
        if w in _NAMES_OF_THINGS:
            continue
        if w in _WORD_SURNAMES or (
            (tag is None or tag.startswith("NNP")) and not g.lookup(w) and w not in g.demonyms
            and not g.has("title", w) and w not in CORE_TITLES
        ):
            out.add(w)
    return frozenset(out)


#: a given name's initial, with or without its dot ("G. Papandreou", "G Papandreou")
_FIRST_INITIAL = re.compile(r"[A-Z]\.?")
#: English given names and their common short forms (hand-made for Presslens, CC0): "Jon Hetherington" beside
#: "Jonathan Hetherington" is one person
_SHORT_FORMS: dict[str, frozenset[str]] = {full: frozenset(short.split()) for full, short in (
    ("Jonathan", "Jon Jonny Johnny"), ("John", "Jack Johnny Jon"), ("William", "Bill Will Billy Willie Liam"),
    ("Robert", "Bob Rob Bobby Robbie Bert"), ("Richard", "Rick Dick Rich Richie Ricky"), ("Michael", "Mike Mick Mickey"),
    ("Thomas", "Tom Tommy"), ("James", "Jim Jimmy Jamie"), ("Joseph", "Joe Joey"), ("Charles", "Charlie Chuck Chas"),
    ("Edward", "Ed Eddie Ted Ned"), ("Anthony", "Tony"), ("Antony", "Tony"), ("Christopher", "Chris Kit"),
    ("Daniel", "Dan Danny"), ("David", "Dave Davy"), ("Matthew", "Matt"), ("Nicholas", "Nick Nicky"),
    ("Stephen", "Steve"), ("Steven", "Steve"), ("Timothy", "Tim Timmy"), ("Peter", "Pete"), ("Andrew", "Andy Drew"),
    ("Alexander", "Alex Sandy"), ("Benjamin", "Ben Benny"), ("Samuel", "Sam Sammy"), ("Kenneth", "Ken Kenny"),
    ("Ronald", "Ron Ronnie"), ("Donald", "Don Donnie"), ("Gerald", "Gerry Jerry"), ("Lawrence", "Larry"),
    ("Patrick", "Pat Paddy"), ("Philip", "Phil"), ("Phillip", "Phil"), ("Raymond", "Ray"), ("Frederick", "Fred Freddie"),
    ("Gregory", "Greg"), ("Jeffrey", "Jeff"), ("Geoffrey", "Geoff"), ("Leonard", "Len Lenny Leo"), ("Douglas", "Doug"),
    ("Nathaniel", "Nate Nat"), ("Nathan", "Nate"), ("Zachary", "Zach Zack"), ("Jacob", "Jake"), ("Joshua", "Josh"),
    ("Vincent", "Vince Vinny"), ("Terence", "Terry"), ("Albert", "Al Bert"), ("Alfred", "Alf Alfie"),
    ("Elizabeth", "Liz Beth Betty Lizzie Eliza"), ("Margaret", "Maggie Meg Peggy"), ("Katherine", "Kate Kathy Katie"),
    ("Catherine", "Cathy Kate Katie"), ("Kathleen", "Kathy Kate"), ("Jennifer", "Jen Jenny"), ("Rebecca", "Becky Becca"),
    ("Susan", "Sue Susie"), ("Deborah", "Debbie Deb"), ("Patricia", "Pat Patty Tricia Trish"), ("Barbara", "Barb"),
    ("Victoria", "Vicky Tori"), ("Christine", "Chris Chrissie"), ("Jacqueline", "Jackie"), ("Alexandra", "Alex Sasha"),
    ("Samantha", "Sam"), ("Abigail", "Abby"), ("Kimberly", "Kim"), ("Pamela", "Pam"), ("Cynthia", "Cindy"),
    ("Theodore", "Ted Teddy Theo"), ("Eleanor", "Ellie Nell"), ("Dorothy", "Dot Dottie"), ("Judith", "Judy Jude"),
)}


def fallback_type(name: str, ntok: int, g: Gazetteer) -> str:
    """Type of a name with no cue at all: one word is a place when it has a place-name ending or is a
    city of the world (:func:`~toolkit.entities.gazetteer.world_cities`), other when it is a common
    noun of the lexicon ("Frog", "Analysts"), else an organisation; short names of name-like words are
    people; a name that opens with a common word ("Silver Clouds", "Easy Rider") is a work or thing;
    long ones are organisations."""
    words = name.split()
    if ntok < 2 or len(words) < 2:
        # "Jacksonville", "Smolensk", "Islamabad": place-name endings; "Gwangju", "Daegu": a city of
        # 50,000 people or more (GeoNames)
        if name in known_surnames() and name not in _CITIES_BEFORE_PEOPLE:
            return "person"  # "Gorbachev", "Einstein", "Rubio" (also a city), "Trump" (also a word)
        if not name.isupper() and (_PLACE_ENDING.search(name) or name in world_cities()):
            return "place"
        tag = _lex(name.lower())
        if (tag or "NN")[:2] in _NOT_NAME_TAGS and not name.isupper():
            return "other"  # "National", "Presidential", "According", "On": a word, no actor
        if PEOPLE_ENDING.search(name):
            return "person"  # "Melbournians", "Ontarians", "Zionists": a group of people
        if (shape := _SURNAME_SHAPE.fullmatch(name)) and name not in _NAMES_OF_THINGS \
                and not (_lex(shape.group(1).lower()) or "").startswith("NN"):
            # "McGuinty", "O'Toole": a surname's shape (not "McDonald's", a chain; not "McJob", "McQualifications":
            # words made with the chain's name; not "MacBook": "Mac" is no such prefix here)
            return "person"
        if _SLAVIC_SURNAME.fullmatch(name) and not (_lex(name.lower()) or "").startswith("NN"):
            return "person"  # "Bakayev", "Dushebayev", "Tymoshenko": a Slavic surname's ending (the cities with it are
            # known above: "Kirov", "Rostov")
        if name.endswith("an") and name[1:].islower() and any(
                len(x) >= 4 and a_place(x, g) for x in (name[:-1], name[:-2], name[:-3], name[:-1] + "s")):
            return "other"  # "the southern Gazan city", "a Chicagoan", "Parisian cafés": of a place, no actor
        if name.endswith("ns") and name[1:].islower() and any(
                a_place(x, g) for x in (name[:-2], name[:-3], name[:-2] + "s")):
            return "person"  # "Chicagoans", "Tulsans", "Kansans": the people of a place
        if name.endswith("ers") and name[1:].islower() and len(name) > 6 and any(
                a_place(x, g) for x in (name[:-3], name[:-2])):
            return "person"  # "Londoners", "Icelanders", "Berliners": the people of a place
        if (tag or "")[:2] == "NN" and not name.isupper():
            # "Frog", "Yesterday", "Reconciliation", "Analysts": a capitalised common noun with no cue
            # is mostly a word of a title or a longer name ("Beauty and the Beast", "Legion of Honour")
            return "other"
        return "organization"
    last = words[-1]
    if last[1:].islower() and last.endswith(("ers", "ns")) and any(
            a_place(" ".join([*words[:-1], x]), g)
            for x in ((last[:-3], last[:-2]) if last.endswith("ers") else (last[:-2], last[:-3], last[:-2] + "s"))):
        return "person"  # "New Yorkers", "New Zealanders", "Rhode Islanders": the people of a place
    if any(_LOWER_CAMEL.fullmatch(w) for w in words):
        return "organization"  # "English wikiHow", "the eBay Store": a brand written in camel case is no person
    t = _fallback_many(words, g)
    if t == "person" and not _FUNCTION_WORDS.isdisjoint(words[1:]):
        roles = g.words.get("person_role", ())
        head = words[: next(i for i, w in enumerate(words) if i and w in _FUNCTION_WORDS)]
        if not any(w.lower() in roles or w.lower().rstrip("s") in roles or g.has("title", w) for w in head):
            return "other"  # "The Art of the Deal", "Law of the Sea", "Code of Conduct": no person's name
            # holds "of the" or "and" (but "Members of Parliament", "Minister of Finance": people)
    return t


def _fallback_many(words: list[str], g: Gazetteer) -> str:
    """:func:`fallback_type` of a name of two words or more."""
    if any(SYLLABLE_NAME.match(w) and _lex(w.lower()) is None for w in words[1:]) or (
            g.has("given", words[0]) and not period_phrase(words, g)):
        return "person"  # "Ban Ki-moon", "Park Won-soon" (not "Eastern League All-Star Game": an English word)
    if period_phrase(words, g):
        return "other"  # "the Roman Empire", "Viking Age": an age's or an ancient people's, no person
    if len(words) >= 4:
        particles = sum(w in CONNECT for w in words)
        common = sum(1 for w in words if (_lex(w.lower()) or "NNP")[:2] in ("NN", "JJ", "VB") and not name_like(w))
        # "Luiz Inácio Lula da Silva", "Diogo Freitas do Amaral": up to four name words and a particle
        limit = 4 if not _PARTICLES.isdisjoint(words) else 3  # ("of", "the" are no such particle)
        if not particles and not common and len(words) <= 5 and any(g.has("given", w) for w in words[1:]) \
                and not any(g.lookup(w) or w in g.demonyms for w in words):
            return "person"  # "Adel Murad Ali Murad": a name of several given names and surnames, no word of a body
        return "person" if particles and not common and len(words) - particles <= limit else "organization"
    if place_inside(words, g):
        # "North Waziristan", "Dunbartonshire East": a region; "Macworld San Francisco": an edition, no person
        region = all(REGION_ENDING.search(w) or w in g.words.get("compass", ()) for w in words)
        return "place" if region else "organization"  # (not "Leningrad Metal Works")
    low = _lex(words[0].lower()) or ""
    if low in ("NN", "JJ", "VBN", "VBG") and not name_like(words[0]):
        return "other"
    if _lex(words[-1].lower()) == "NNS" and words[-1].endswith("s"):
        return "organization"  # "Apex Shark Expeditions": a plural common noun is not a surname
    if headline_phrase(words, g):
        return "other"  # "Climate Change", "State Visit" (the lexicon lists "Climate" capitalised, too)
    if common_last_word(words, g):
        return "other"  # "Campbell Soup", "Gallup Tracking": a common word that is no surname ends no person's name
    if words[0] in g.demonyms and not people_word(words[-1], g):
        return "other"  # "British National Corpus", "American English", "Spanish Flu": no person (but
        # "Turkish Cypriots", "Indian Muslims", "Palestinian People": a people)
    if things_acronym(words[-1], g):
        return "other"  # "Itanium CPUs", "Blu-ray DVDs": things, no person
    return "person"


#: Lower-case words no person's name holds ("the Art of the Deal"; "Osama bin Laden" and "Lula da Silva"
#: hold particles, which are not among these).
_FUNCTION_WORDS = frozenset(["of", "the", "and", "for", "to", "in", "on", "with"])
#: The Arabic article a surname may start with ("al-Assad", "el-Sisi", "Al-Maliki", "ad-Din").
#: A surname's initial after a given name ("Gukesh D", "Vaishali R.").
_SURNAME_INITIAL = re.compile(r"[A-Z]\.?")
_ARTICLE_PREFIX = re.compile(r"^(?:[aAeE][lL]|a[dnrst]|as[hs]?)[-‑]")


#: Words describing a telescope or a craft between its namesake and its head word ("James Webb Space Telescope").
_CRAFT_DESCRIPTORS = frozenset(["Space", "Infrared", "X-ray", "Solar", "Gamma-ray", "Radio", "Optical", "Large",
                                "Extremely", "Orbiting", "Survey"])


def _common_first(word: str, g: Gazetteer) -> bool:
    """A name's first word that is a common word of the lexicon and no given name or particle ("Home" of "Home
    Sarah")."""
    return word[1:].islower() and _lex(word.lower()) is not None and not g.has("given", word) \
        and not g.has("given_word", word) and word.lower() not in NAME_PARTICLES


def _ambiguous(fulls: list[str]) -> bool:
    """Several different people share the surname ("Thaksin" and "Yingluck Shinawatra"), unlike
    spelling variants of one first name ("Kristin"/"Kristen Wilkins")."""
    from difflib import SequenceMatcher

    firsts = {f.split()[0] for f in fulls}
    return len(firsts) > 1 and any(
        SequenceMatcher(None, a, b).ratio() < 0.75 for a in firsts for b in firsts if a < b
    )


def _principal(fulls: list[str], raws: list[Raw]) -> tuple[str, int] | None:
    """Among full names sharing a surname (in order of first mention), the one named first, and the sentence
    where the next one is first named: news style names the story's principal first and then by the surname
    alone, the others in full each time ("Rep. Mark Meadows … his wife, Debbie Meadows … Meadows said"); None
    when another is named in the same sentence."""
    first = fulls[0]
    sent_of: dict[str, int] = {}
    for r in raws:
        if r.name in fulls:
            sent_of.setdefault(r.name, r.sent_id)
    # (named in a sentence before the others': not "Thaksin Kovar and his sister Yingluck Kovar met")
    others = [sent_of.get(f, -1) for f in fulls[1:]]
    return (first, min(others)) if all(s > sent_of[first] for s in others) else None


def _surely_person(name: str, hints_by_name: Mapping[str, Counter], g: Gazetteer) -> bool:
    """A full name with a known given name or a strong person cue (title, speech verb)."""
    return g.has("given", name.split()[0]) or hints_by_name[name]["person"] >= 3


_new_counter = partial(Counter.__new__, Counter)  # = Counter(), minus its __init__


def _short_forms(full: str, g: Gazetteer, suffixes: dict[str, set[str]], middles: dict[str, set[str]]) -> None:
    """Record the short forms of a person's full name: its last two or three words ("García Márquez" of
    "Gabriel García Márquez", "Lula da Silva"; a given name opens none unless a particle follows: not "Steve
    Jobs" of a run-on "Apple Steve Jobs") and, for five or six words, its middle words ("Lula" of "Luiz Inácio
    Lula da Silva")."""
    words = full.split()
    for k in range(max(1, len(words) - 3), len(words) - 1):
        if words[k] not in CONNECT and (not g.has("given", words[k]) or any(w in CONNECT for w in words[k + 1 :])):
            suffixes[fold_accents(" ".join(words[k:]))].add(full)
    if len(words) > 4:
        for w in words[1:-1]:
            if w[0].isupper() and not INITIALS.match(w) and len(w) > 2:
                middles[fold_accents(w)].add(full)


def _merge_hints(acc: Counter, hints: Counter) -> None:
    """``acc.update(hints)``: the same counts in the same key order (hints are positive counts),
    without Counter.update's isinstance(Mapping) check."""
    get = acc.get
    for label, n in hints.items():
        acc[label] = get(label, 0) + n


def resolve(raws: list[Raw], g: Gazetteer, codebook: Codebook | None) -> list[Resolved]:
    """Cluster raw mentions into actors; returns (raw, actor, type, group)."""
    if codebook is not None:
        raws = [r for r in raws if not codebook.ignored(r.name)]
    key: dict[int, str] = {}
    # 1. acronyms defined in the text
    acr_map: dict[str, str] = {}
    for r in raws:
        if r.acronym:
            known = (g.lookup(r.acronym) or (None,))[0]
            if known is not None and known != r.acronym and set(known.split()).isdisjoint(r.name.split()):
                known = None  # "Armed Forces of the Philippines (AFP)": not the AFP the gazetteer knows
            full = r.canonical or known or r.name
            r.canonical = full
            acr_map[r.acronym] = full
    # 2. person names with several words: surname (and surname-with-title) aliases
    hints_by_name: dict[str, Counter] = defaultdict(_new_counter)
    for r in raws:
        _merge_hints(hints_by_name[r.canonical or r.name], r.hints)
    # each distinct name's words and accent-folded form, computed once (names recur in an article)
    split_of: dict[str, list[str]] = {}
    fold_of: dict[str, str] = {}
    for r in raws:
        if r.name not in split_of:
            split_of[r.name] = r.name.split()
            fold_of[r.name] = fold_accents(r.name)
    persons: dict[str, list[str]] = defaultdict(list)  # surname -> full names
    middles: dict[str, set[str]] = defaultdict(set)  # first of two surnames -> full names
    suffixes: dict[str, set[str]] = defaultdict(set)  # the last two or three words -> full names
    for r in raws:
        if r.canonical and r.gaz == "person" and r.canonical.count(" ") >= 2 and not r.adjectival:
            _short_forms(r.canonical, g, suffixes, middles)  # a known person's full name ("Luiz Inácio Lula da Silva")
        words = split_of[r.name]
        if r.canonical or r.adjectival or len(words) < 2 or len(words) > 6:
            continue
        h = hints_by_name[r.name]
        things = thing_points(h)
        if (h["organization"] >= 3 or h["place"] >= 2 or things >= 3) and h["person"] <= max(
            h["organization"], h["place"], things
        ):
            continue
        if not all(is_cap(w) or w in _PARTICLES or w == "wa" for w in words):
            continue
        if words[0].lower() in _PARTICLES and words[0] not in ("Al", "El", "Des"):
            continue  # "De Niro", "Von der Leyen": a surname with its particle, not a full name
        if len(words) >= 3 and (words[-1] in _GENERATIONAL or (words[-1][0] in "IVX" and REGNAL.fullmatch(words[-1]))):
            words = words[:-1]  # "Joe Manchin III", "Robert F. Kennedy Jr." … "Mr. Manchin", "Kennedy": the surname
        if any(w.isupper() and len(w) > 1 and not INITIALS.match(w) for w in words):
            continue
        if (g.lookup(words[-1]) or ("", ""))[1] in ("place", "organization") and not (
            h["person"] >= 2 or g.has("given", words[0])
        ):
            continue  # "World Wildlife Fund Mexico" is not Mr Mexico; "Valeska Paris" (said) is Ms Paris
        if (h["person"] >= 3 or (
                # "Aníbal Acevedo Vilá" … "Acevedo Vilá said": three words by their shape, whose last two (no given
                # name first) the text names as a person of their own
                len(words) == 3 and h["person"] >= 2 and not g.has("given", words[1])
                and (g.has("given", words[0]) or not words[0].endswith(("er", "ist", "or", "ian")))  # ("Podcaster Spike Cohen")
                and (t := hints_by_name.get(" ".join(words[1:]))) is not None
                and t["person"] >= 3 and t["person"] > t["organization"] + t["place"] + thing_points(t))) \
                and h["person"] > h["organization"] + h["place"] + things \
                and not any(w in CORE_TITLES or g.has("title", w) for w in words):
            _short_forms(r.name, g, suffixes, middles)
        if len(words) > 4 and not (len(words) <= 6 and words[-1][:1].isupper()
                                   and any(w in NAME_PARTICLES for w in words[1:-1])):
            continue  # no surname key: the last word of five is too often a particle's word (but "Urano Teixeira da
            # Matta Bacellar" … "Bacellar": a Portuguese or Spanish name with a particle inside, its last word capitalised)
        if words[-1].endswith("s") and (words[-1][:-1] in g.demonyms or PEOPLE_ENDING.search(words[-1])):
            continue  # "African Americans", "Bosnian Serbs": a group, and "Americans" alone is no short form of it
        same_last = persons[fold_accents(words[-1])]
        if r.name not in same_last:
            same_last.append(r.name)
        if len(words) == 3 and not g.has("given", words[1]) and not INITIALS.match(words[1]) \
                and words[1] not in CONNECT and len(words[1]) > 2:
            middles[fold_accents(words[1])].add(r.name)  # "Ricardo Rosselló Nevares" ... "Rosselló"
    # "Dan and Linda Whitaker": the given name coordinated with a full name is a full name of its own, which an
    # honorific of its sex names ("Mr. Whitaker"); it makes the surname no more ambiguous
    coordinated: dict[str, list[str]] = defaultdict(list)
    for r in raws:
        if r.canonical and " " not in r.name and r.canonical.startswith(r.name + " ") and r.canonical.count(" ") == 1:
            last = fold_accents(r.canonical.rsplit(" ", 1)[1])
            if last in persons and r.canonical not in persons[last] and r.canonical not in coordinated[last]:
                coordinated[last].append(r.canonical)
    for last, fulls in list(persons.items()):
        bare = _ARTICLE_PREFIX.sub("", last)
        if bare != last and last[0].islower() and (cap := last[0].upper() + last[1:]) not in persons:
            persons[cap] = fulls  # "Al-Mutlaq said" at a sentence's start ... "Saleh al-Mutlaq"
        if bare != last and len(bare) > 2 and bare not in persons:
            persons[bare] = fulls  # "Zawahiri" ... "Ayman al-Zawahiri", "Sisi" ... "Abdel Fattah el-Sisi"
        elif bare == last and "-" in last and len(fulls) == 1:
            # a double-barrelled surname's last part ("Arroyo" ... "Gloria Macapagal-Arroyo"), when no other
            # person has it; not a given name or a known name ("Kim Jong-un", "Lloyd-George")
            part = last.rsplit("-", 1)[1]
            if len(part) > 2 and part[0].isupper() and part[1:].islower() and part not in persons \
                    and not g.has("given", part) and not gazetteer_type(g, part):
                persons[part] = fulls
    for mid, fulls in middles.items():
        if mid not in persons and len(fulls) == 1:
            persons[mid] = sorted(fulls)
    # a given name and the initial of the surname ("Gukesh D", India's usage) beside the full name ("Gukesh
    # Dommaraju"): the full name, when only one full name fits
    initial_of: dict[str, str] = {}
    fulls_now = {f for fs in persons.values() for f in fs}
    for short in fulls_now:
        w = short.split()
        if len(w) == 2 and _SURNAME_INITIAL.fullmatch(w[1]):
            fits = [f for f in fulls_now if f != short and f.startswith(w[0] + " " + w[1][0])
                    and len(f.split()) == 2 and len(f.split()[1]) > 2]
            if len(fits) == 1:
                initial_of[short] = fits[0]
    if initial_of:
        for last, fulls in persons.items():
            persons[last] = list(dict.fromkeys(initial_of.get(x, x) for x in fulls))
    firsts: dict[str, set[str]] = defaultdict(set)
    for names in persons.values():
        for full in names:
            firsts[full.split()[0]].add(full)
    for first, fulls in firsts.items():
        if len(fulls) > 1 and len({" ".join(w for w in f.split() if not INITIALS.fullmatch(w)) for f in fulls}) == 1:
            fulls = {max(fulls, key=len)}  # "Craig L. Thomas" and "Craig Thomas": one person ("without Craig here")
        if len(fulls) == 1 and not gazetteer_type(g, first) and (fold_accents(first) not in persons or (
                g.has("given", first) and all(_common_first(o.split()[0], g) for o in persons[fold_accents(first)]))):
            # (a given name that also ends a name whose first word is a common word: "Sarah" is Sarah Palin, not the
            # "Home Sarah" of a rally's name "Welcome Home Sarah")
            persons[fold_accents(first)] = sorted(fulls)
    # spelling variants of one full name ("Brudziński" / "Brudzinski") share the first spelling
    by_fold: dict[str, str] = {}
    for short, full in initial_of.items():
        by_fold[fold_accents(short)] = full
    for r in raws:
        if len(split_of[r.name]) >= 2 and not r.canonical:
            by_fold.setdefault(fold_of[r.name], r.name)
    # a two-word name that starts a unique longer person name is that person ("John Luk" / "John Luk Jok")
    all_fulls = sorted({f for fs in persons.values() for f in fs})
    for full in all_fulls:
        longer = _with_prefix(all_fulls, full + " ")
        if len(full.split()) == 2 and len(longer) == 1 and fold_accents(full) not in persons:
            by_fold[fold_accents(full)] = longer[0]
            persons[fold_accents(full.split()[-1])] = [longer[0] if x == full else x for x in persons[fold_accents(full.split()[-1])]]
    # one name with and without a middle initial ("Stephen R. Henley" ... "Stephen Henley"): the fuller form
    fulls_set = set(all_fulls)
    for full in all_fulls:
        w = full.split()
        if len(w) == 3 and INITIALS.match(w[1]) and (short := f"{w[0]} {w[2]}") in fulls_set:
            by_fold[fold_accents(short)] = by_fold.get(fold_accents(full), full)
            last = fold_accents(w[2])  # "Alito" alone: the fuller form too
            persons[last] = list(dict.fromkeys(full if x == short else x for x in persons[last]))
    # a given name's short form beside the full one ("Lance Corporal Jon Hetherington" after "Jonathan Hetherington"):
    # one person, under the full form (only when no third person has the surname)
    for last, fulls in list(persons.items()):
        both = list(dict.fromkeys(fulls))
        if len(both) != 2 or last != fold_accents(both[0].split()[-1]):
            continue
        wa, wb = both[0].split(), both[1].split()
        if len(wa) != len(wb) or wa[1:] != wb[1:]:
            continue
        long_, short = (both[0], both[1]) if len(wa[0]) > len(wb[0]) else (both[1], both[0])
        given, initial = long_.split()[0], short.split()[0]
        if initial in _SHORT_FORMS.get(given, ()) or (
                _FIRST_INITIAL.fullmatch(initial) is not None and given[0] == initial[0] and len(given) > 2):
            # (or its initial: "G. Papandreou" beside "George Papandreou")
            by_fold[fold_accents(short)] = by_fold.get(fold_accents(long_), long_)
            persons[last] = [long_]
    # vehicles and works named after their last word ("Space Shuttle Atlantis" ... "Atlantis"); a storm under each
    # of its names ("Hurricane Lorenzo" ... "Storm Lorenzo" ... "Lorenzo") is the one named first
    things: dict[str, set[str]] = defaultdict(set)
    storms: dict[str, str] = {}
    for r in raws:
        words = split_of[r.name]
        if not r.canonical and len(words) >= 2 and thing_points(hints_by_name[r.name]) >= 3 and is_cap(words[-1]) \
                and not g.has("thing_word", words[-1]) and not words[-1].isupper():
            if len(words) == 2 and words[0] in STORM_WORDS:
                things[words[-1]].add(storms.setdefault(words[-1], r.name))
            else:
                things[words[-1]].add(r.name)
        elif not r.canonical and len(words) >= 3 and g.has("product_word", words[-1]):
            # a telescope or a craft named after someone, later by that name alone ("James Webb Space Telescope" ...
            # "Webb", "the Hubble Space Telescope" ... "Hubble")
            k = len(words) - 2
            while k > 0 and words[k] in _CRAFT_DESCRIPTORS:
                k -= 1
            if k >= 0 and is_cap(words[k]) and words[k] not in _CRAFT_DESCRIPTORS:
                things[words[k]].add(r.name)
    # a place named later by its head alone ("Hart Island" ... "Hart", "County Kerry" ... "Kerry"), a club by its
    # tail, a monarch without the number
    place_heads: dict[str, set[str]] = defaultdict(set)
    for r in raws:
        words = split_of[r.name]
        if len(words) == 2 and (not r.canonical or r.canonical == r.name) and not r.adjectival:
            if words[1] in _FEATURE_HEADS and is_cap(words[0]) and not words[0].isupper() and not r.canonical:
                place_heads[words[0]].add(r.name)
            elif words[0] == "County" and is_cap(words[1]) and not words[1].isupper() and not r.canonical:
                place_heads[words[1]].add(r.name)
            elif words[1] in MATCH_CLUB_TAILS and (r.hints["organization"] >= _TEAM_RULE.weight or (
                    r.canonical and (g.lookup(r.name) or ("", ""))[1] == "organization")):
                place_heads[words[1]].add(r.name)  # a club: "Manchester United" … "United manager Erik ten Hag"
            elif words[1][0] in "IVX" and REGNAL.fullmatch(words[1]) and is_cap(words[0]) and r.hints["person"] >= 3 \
                    and not r.canonical:
                place_heads[words[0]].add(r.name)  # a monarch: "King Charles III" … "King Charles"
    ambiguous: dict[str, bool] = {}  # per surname: several people share it (_ambiguous, once each)
    principals: dict[str, tuple[str, int] | None] = {}  # per ambiguous surname: the principal (_principal, once each)
    ambiguous_rule = RULE["ambiguous_surname"]
    # a surname written in another case than in the full name ("Cynthia Mckinney" … "McKinney"): the one key it matches
    by_lower: dict[str, list[str]] = defaultdict(list)
    for k in persons:
        by_lower[k.lower()].append(k)
    for r in raws:
        # persons only gains keys above: a name's fold is looked up there as often as before
        fold = fold_of[r.name]
        one_word = len(split_of[r.name]) == 1
        if one_word and fold not in persons and len(other := by_lower.get(fold.lower(), ())) == 1 and fold[1:] != fold[1:].lower():
            fold = other[0]  # (only a name with a capital inside: "McKinney", "DeLay"; not "Bush" for "BUSH")
        if r.name in acr_map:
            key[id(r)] = acr_map[r.name]
        elif storms and not one_word and (storm := storms.get(split_of[r.name][-1])) is not None and storm != r.name \
                and split_of[r.name][0] in STORM_WORDS:
            key[id(r)] = storm  # "Storm Lorenzo" after "Hurricane Lorenzo"
        elif not one_word and not r.canonical and split_of[r.name][0].lower() in _PARTICLES \
                and len(fulls := [f for f in persons.get(fold_accents(split_of[r.name][-1]), ())
                                  if f.lower().endswith(" " + r.name.lower())]) == 1:
            key[id(r)] = fulls[0]  # "De Niro" ... "Robert De Niro"; "Von der Leyen" ... "Ursula von der Leyen"
        elif not one_word and not r.canonical and not r.gaz and fold not in persons and len(suffixes.get(fold, ())) == 1 \
                and (long := next(iter(suffixes[fold]))) != r.name and fold_accents(long).endswith(" " + fold) \
                and r.hints["organization"] < 2 and r.hints["place"] < 2 and not thing_points(r.hints):
            key[id(r)] = long  # "García Márquez" ... "Gabriel García Márquez"; "Lula da Silva"
        elif fold not in persons and len(things.get(r.name, ())) == 1 and not r.canonical and not r.gaz \
                and r.hints.get("place", 0) < 3 and hints_by_name[r.name].get("place", 0) < 3:
            # (not "the port of Tromsø" after "the vessel KV Tromsø"; "in Vista" is; nor a village named twice as a
            # place, "in Ashcombe", before "a local ale named Old Ashcombe")
            key[id(r)] = next(iter(things[r.name]))
        elif one_word and fold not in persons and len(place_heads.get(r.name, ())) == 1 and not r.canonical \
                and not r.gaz and not r.adjectival:
            key[id(r)] = next(iter(place_heads[r.name]))
        elif fold in persons and (
            ambiguous[fold] if fold in ambiguous else ambiguous.setdefault(fold, _ambiguous(persons[fold]))
        ) and not r.adjectival and not r.det and one_word and not r.canonical:
            found = principals[fold] if fold in principals else principals.setdefault(
                fold, _principal(persons[fold], raws))
            principal, next_named = found if found is not None else ("", 0)
            if principal and not r.gaz and (_surely_person(principal, hints_by_name, g) or r.sent_id < next_named) \
                    and not (r.sex and g.has("given_f" if r.sex == "m" else "given_m", principal.split()[0])):
                # "Rep. Mark Meadows … his wife, Debbie Meadows … Meadows said": the story's principal, named a
                # sentence before the others, as news style uses the surname alone for him (not "Mr Anderson" for
                # "Zoe Anderson": an honorific of the other sex); before the next one is named, whoever the
                # principal's name ("Dev Shah … Shah said … His father, Sanjay Shah")
                key[id(r)] = principal
            else:
                key[id(r)] = r.name  # "Shinawatra" with two Shinawatras in the story: a person, but which one is open
            r.hints[ambiguous_rule.type] += ambiguous_rule.weight
        elif fold in persons and not r.adjectival and one_word and not g.has("other_word", r.name) \
                and not (r.hints["work"] >= 5 and r.hints["work"] > r.hints["person"]) \
                and not (r.hints["other"] >= 6 and r.hints["other"] > r.hints["person"]) and (
            not r.det or (r.attributive and (r.hints["person"] >= 3 or _surely_person(persons[fold][0], hints_by_name, g)))
        ) and (not r.gaz or r.hints["person"] > 0 or (_surely_person(persons[fold][0], hints_by_name, g)
                                                       and not r.hints["place"])) \
                and not (r.canonical and r.gaz is None and not r.hints["person"]):
            # (not "the Government" already the head of "Howard Government": no first word of a person's name;
            # a known place with a place cue stays the place: "in Washington, D.C." beside "Denzel Washington"; a
            # work named so stays the work: "Nolan's Oppenheimer is a film" beside "J. Robert Oppenheimer"; a disease
            # too: "people with Parkinson's" beside "Michael Parkinson")
            key[id(r)] = persons[fold][0]
            if r.sex and fold in coordinated and g.has("given_f" if r.sex == "m" else "given_m", persons[fold][0].split()[0]):
                same_sex = [f for f in coordinated[fold] if g.has("given_m" if r.sex == "m" else "given_f", f.split()[0])]
                if len(same_sex) == 1:
                    key[id(r)] = same_sex[0]  # "Dan and Linda Whitaker … Mr. Whitaker said": the man of the two
        else:
            key[id(r)] = r.canonical or by_fold.get(fold, r.name)
    _merge_variants(raws, key, g, hints_by_name)
    # 3. codebook: any member of a cluster matching an entry maps the whole cluster
    cb_of: dict[str, Any] = {}
    if codebook is not None:
        votes: dict[str, Counter] = defaultdict(Counter)
        for r in raws:
            ent = codebook.resolve(r.name) or codebook.resolve(key[id(r)])
            if ent is not None:
                votes[key[id(r)]][ent.name] += 1
        for k, v in votes.items():
            cb_of[k] = codebook.entries[v.most_common(1)[0][0]]
    # 4. type per cluster
    cluster_hints: dict[str, Counter] = defaultdict(_new_counter)
    ntoks: dict[str, int] = {}
    lone = RULE["lone_acronym"].weight
    for r in raws:
        k = key[id(r)]
        h = r.hints
        own = hints_by_name[k]
        if r.name in acr_map and k != r.name and h.get("organization", 0) >= lone and " " not in r.name and (
            (own["place"] > own["organization"] and k.rsplit(" ", 1)[-1] in _GEO_HEADS)
            or (thing_points(own) > own["organization"] and g.has("other_word", k.rsplit(" ", 1)[-1]))
        ):
            # "BVI" after "British Virgin Islands (BVI)", "NPT" after "the Nuclear Non-Proliferation
            # Treaty (NPT)": the acronym of a place or a law takes its type, not the organisation
            # points of a lone acronym
            h = Counter(h)
            h["organization"] -= lone
        _merge_hints(cluster_hints[k], h)
        ntoks[k] = max(ntoks.get(k, 0), r.ntok)
    types: dict[str, str] = {}
    guessed: list[str] = []
    teams: Counter = Counter()
    places: Counter = Counter()
    clubs: Counter = Counter()
    dets: Counter = Counter()
    mentions_of: Counter = Counter()
    called: set[tuple[str, str]] = set()  # (a mention's own name, its cluster)
    for r in raws:
        mentions_of[key[id(r)]] += 1
        called.add((r.name, key[id(r)]))
        dets[key[id(r)]] += r.det and not r.attributive  # (not "the Howard government")
        if r.gaz == "place" and not r.adjectival:
            places[key[id(r)]] += 1
            teams[key[id(r)]] += r.team or r.club
            clubs[key[id(r)]] += r.club
    for k, h in cluster_hints.items():
        if k in cb_of and cb_of[k].type:
            types[k] = cb_of[k].type
            continue
        gh = g.lookup(k)
        if gh and gh[1] == "place" and " " not in k and h["person"] >= 4 and h["person"] > 2 * h["place"] \
                and g.has("given", k):
            types[k] = "person"  # "her daughter, Sofia, turned 4": a given name that is a city too, said of a person
            continue
        if gh:
            types[k] = gh[1]
            if gh[1] == "place" and (teams[k] >= 2 or clubs[k]) and teams[k] * 3 >= places[k]:
                types[k] = "organization"  # the national team of a match report; a city's club
            continue
        if h and 0 < h["person"] < 3 and " " not in k and dets[k] * 2 > mentions_of[k]:
            # "The Onion writes", "the Mets won": a weak person cue on a one-word name mostly written after
            # "the" (a person's name is not) counts for nothing
            h = h.copy()
            h["person"] = 0
        if h:
            # the four thing types (work, product, event, other) are weighed as one against the actors
            things = thing_points(h)
            best = max(("person", "organization", "place", "other"),
                       key=lambda t: (things if t == "other" else h[t], t == "person"))  # fmt: skip
            own = hints_by_name[k]  # the points of the full name's own mentions
            if best == "other" and " " in k and not h["organization"] and not h["place"] \
                    and not thing_points(own) and fallback_type(k, ntoks[k], g) == "person":
                # "radio show Imus …" beside "Don Imus": a thing cue on the surname alone (a show
                # named after its host) does not make a person-shaped full name a thing
                types[k] = "person"
                continue
            if best != "person" and " " in k and own["person"] >= 3 and not own["organization"] \
                    and not own["place"] and not thing_points(own):
                # "Tom Steyer" (a given name) beside "Bloomberg and Steyer": points the surname alone
                # took from a list with a company's name do not outvote the full name's own evidence
                types[k] = "person"
                continue
            if (things if best == "other" else h[best]) > 0:
                types[k] = thing_type(h) if best == "other" else best
                continue
        types[k] = fallback_type(k, ntoks[k], g)
        guessed.append(k)
    names = sorted(cluster_hints) if guessed else []
    for k in guessed:
        if " " not in k and not _PLACE_ENDING.search(k):  # "Blenheim" beside "Blenheim Palace": the type of the longer name
            # (not "Asheville" beside "Asheville Tea PAC": a place-name ending stays a place)
            longer = {types[o] for o in _with_prefix(names, k + " ")} & {"place", "organization"}
            if len(longer) == 1:
                types[k] = longer.pop()
    named_after = _named_after(types, cluster_hints, mentions_of, g)
    named_after.update(_company_short_forms(types, cluster_hints, g))
    named_after.update(_party_members(types))
    named_after.update(_model_short_forms(types, g))
    named_after.update(_team_short_forms(types, g, called))
    named_after.update(_reversed_names(types, g))
    named_after.update(_clipped_names(types))
    # (a town by another of its names too: "Golden State" of "the Golden State Warriors", California's nickname)
    clubs = _clubs_by_town(types, {r.name for r in raws if (r.bare or r.name != key[id(r)]) and types.get(key[id(r)]) == "place"}) \
        if any(r.bare for r in raws) else {}
    out = []
    for r in raws:
        k = key[id(r)]
        if named_after and k in named_after:
            k = key[id(r)] = named_after[k]
        elif (r.bare and (k in clubs or r.name in clubs) or r.name != k and r.name in clubs) \
                and types.get(k) in ("place", "organization") \
                and not r.name.isupper():  # (not "BOSTON (AP) —")
            k = key[id(r)] = clubs.get(k) or clubs[r.name]
            # "Real Madrid beat …. Madrid have won 15 titles": the club (not "in Madrid"); "Los Angeles has lost three
            # straight road games" beside "the Los Angeles Lakers" (the town typed a team already)
        ent = cb_of.get(k)
        actor = ent.name if ent is not None else k
        t = types[k]
        if r.acts and t == "place" and ent is None:
            t = "organization"  # "North Korea fired missiles": the state (GUM's convention); "Sweden 1 – 0": the team
        out.append(Resolved._make((r, actor, t, ent.group if ent is not None else None)))  # _make: no Python frame
    return out


#: other countries' legal forms, after a name only ("Stockmann Oyj Abp", "Lindex AB", "Equinor ASA"; not read after a
#: comma, where "SA" is South Australia)
_FOREIGN_FORMS = frozenset(["AG", "SA", "S.A.", "NV", "N.V.", "BV", "AB", "ASA", "Oyj", "Abp", "SpA", "S.p.A.", "SE",
                            "KK", "Pty", "Bhd"])
#: words after a company's name that it drops when named again ("Monster Worldwide" … "Monster")
_COMPANY_TAILS = frozenset(["Worldwide", "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Group", "Holdings", "Ltd",
                            "Ltd.", "Limited", "plc", "PLC", "LLC", "Co", "Co.", "Company", "International",
                            "Incorporated", "Enterprises", "Industries", "Technologies", "Systems", "Networks",
                            "Brands", "Motors", "Pharmaceuticals",
                            # a firm's trade ("Rockhopper Exploration" … "Rockhopper", "Desire Petroleum")
                            "Exploration", "Petroleum", "Energy", "Resources", "Mining", "Airlines", "Airways", "Air",
                            "Entertainment", "Media", "Communications", "Telecom", "Software", "Capital", "Partners",
                            "Financial", "Foods", "Electric", "Insurance", "Aerospace", "Laboratories", "Labs",
                            "Therapeutics", "Studios", "Records", "Research", "Ventures", "Pharma", "Biotech",
                            "Semiconductor", "Securities", "Services", "Solutions", "Robotics", "Automation",
                            "Semiconductors", "Analytics", "Biosciences", "Logistics", "Healthcare", "Microsystems",
                            # a university or college named again by its first word ("Deakin University" … "at Deakin")
                            "University", "College",
                            # a maker's trade ("Sukhoi Civil Aircraft" … "Sukhoi")
                            "Aircraft", "Aviation", "Civil", "Automotive", "Shipbuilding",
                            # a bank named again without the word ("First Republic Bank" … "First Republic")
                            "Bank"]) | COMPANY_SUFFIXES | _FOREIGN_FORMS


#: a company's legal form ("Tesla Inc", "Apple Inc.", "Ford Motor Co": "Motor" is a trade)
_LEGAL_FORMS = COMPANY_SUFFIXES | _FOREIGN_FORMS | {"Co", "Company"}


#: the second word of a research body named after its town ("Kiel Institute", "Brookings Institution")
_RESEARCH_HEADS = frozenset(["Institute", "Institution", "University", "College", "Foundation", "Center", "Centre"])


#: a party's members in the plural, and the adjective of its name ("Social Democrats": "Social Democratic Party")
_MEMBER_PLURALS = {"Democrats": "Democratic", "Republicans": "Republican", "Socialists": "Socialist",
                   "Liberals": "Liberal", "Conservatives": "Conservative", "Nationalists": "Nationalist"}


def _reversed_names(types: dict[str, str], g: Gazetteer) -> dict[str, str]:
    """A person's two names in the other order ("Koizumi Junichiro" beside "Junichiro Koizumi": a Japanese, Chinese or
    Hungarian name written surname first), when one order is a well-known person's or puts the only known given name
    first: the same person, named as that order names them (not "Ali Hassan" beside "Hassan Ali": both words given
    names, two people may be meant)."""
    out: dict[str, str] = {}
    known = _well_known_full_names()
    for k, t in types.items():
        if t != "person" or k.count(" ") != 1:
            continue
        a, b = k.split(" ")
        other = f"{b} {a}"
        if types.get(other) != "person" or other in out or k in out:
            continue
        if other in known and k not in known:
            out[k] = other
        elif g.has("given", b) and not g.has("given", a) and k not in known:
            out[k] = other  # "Koizumi Junichiro" beside "Junichiro Koizumi"
    return out


#: clipped first words that name a body alone ("the Met" of "the Metropolitan Police", "the Fed")
_CLIPPED = {"Met": "Metropolitan", "Fed": "Federal"}


def _clipped_names(types: dict[str, str]) -> dict[str, str]:
    """A body named by the clipped first word of its name ("the Met's Counter Terrorism Command" beside "the
    Metropolitan Police", "the Fed" beside "the Federal Reserve Bank of Boston"): the one body of the article whose
    name opens with the full word (not "the Mac community" beside "Macworld": only the clippings of ``_CLIPPED``)."""
    out: dict[str, str] = {}
    for k, full in _CLIPPED.items():
        if types.get(k) in ("organization", "other"):
            found = [b for b, t in types.items() if t == "organization" and b.startswith(full + " ")]
            if len(found) == 1:
                out[k] = found[0]
    return out


@lru_cache(maxsize=1)
def _well_known_full_names() -> frozenset[str]:
    """The full names of :func:`~toolkit.entities.gazetteer.well_known_people`."""
    return frozenset(full for fulls in well_known_people().values() for full in fulls)


def _party_members(types: dict[str, str]) -> dict[str, str]:
    """A party named by its members ("Scholz's Social Democrats", "the Free Democrats") beside the one party of
    the article whose name opens with their adjective ("Social Democratic Party of Germany", "Free Democratic
    Party"): the same party (one word alone, "Democrats", is a known name of its own)."""
    out: dict[str, str] = {}
    for k, t in types.items():
        words = k.split()
        if t != "organization" or len(words) < 2 or words[-1] not in _MEMBER_PLURALS:
            continue
        stem = " ".join([*words[:-1], _MEMBER_PLURALS[words[-1]]]) + " "
        parties = [o for o, to in types.items() if to == "organization" and o.startswith(stem)
                   and any(w in PARTY_HEADS for w in o.split())]
        if len(parties) == 1:
            out[k] = parties[0]
    return out


def _company_short_forms(types: dict[str, str], hints: Mapping[str, Counter], g: Gazetteer) -> dict[str, str]:
    """Organisations that are the short form of the one longer organisation name made of them and
    company words ("Monster" beside "Monster Worldwide", "Amnesty" beside "Amnesty International", "Live
    Nation" beside "Live Nation Entertainment"), or of a known firm of two names ("Goldman" beside "Goldman Sachs", "Lilly" beside
    "Eli Lilly"); not a known name of its own, nor a person by more than its shape ("Mr Butler"
    beside "Butler Capital Partners"). Also a known firm with its legal form written another way ("Walt
    Disney Co" beside "Walt Disney Company") and a known body with its country in front ("U.S. Food and Drug
    Administration" beside "Food and Drug Administration")."""
    longer: dict[str, list[str]] = defaultdict(list)
    partners: set[str] = set()  # the names before "& Co." / "& Company" ("Dow Jones" of "Dow Jones & Company")
    for k, t in types.items():
        words = k.split()
        if t == "organization" and len(words) > 2 and words[-2] in ("&", "and") and words[-1] in ("Co", "Co.", "Company"):
            # "Dow Jones & Company" … "the Dow Jones' voting power": the firm, even where a list names an index so
            base = " ".join(words[:-2])
            longer[base].append(k)
            partners.add(base)
        elif t == "organization" and len(words) > 1 and words[-1] in _COMPANY_TAILS:
            # the name before its company words: "Monster" of "Monster Worldwide", "Live Nation" of "Live Nation
            # Entertainment"
            cut = len(words) - 1
            while cut > 1 and words[cut - 1] in _COMPANY_TAILS:
                cut -= 1
            longer[" ".join(words[:cut])].append(k)
        elif t == "organization" and len(words) == 2 and (g.lookup(k) or ("", ""))[1] == "organization" \
                and all(w[:1].isupper() and w.isalpha() for w in words):
            # a known firm of two names, named again by one: "Goldman Sachs" … "Goldman"; a founder's full
            # name by the surname: "Eli Lilly" … "Lilly"
            longer[words[1] if g.has("given", words[0]) else words[0]].append(k)
    firms_of_places = {k for k in longer if len(longer[k]) == 1 and types.get(k) == "place"
                       and (" " not in k or not g.lookup(k))  # ("Iron Mountain" of "Iron Mountain Incorporated")
                       and k not in nations(g) and (tail := longer[k][0].rsplit(" ", 1)[1]) in _LEGAL_FORMS | {"Bank"}
                       and (tail != "Bank" or k not in world_cities())
                       and longer[k][0].count(" ") == k.count(" ") + 1}
    # ("Mars Inc. said … Mars chief executive Poul Weihrauch": the firm, not the planet, when the article names the
    # firm with its legal form; not a country: "Japan Inc"; "First Republic Bank" … "First Republic": the bank, not
    # a place, unless a city of that name)
    out = {k: longer[k][0] for k in firms_of_places}
    out |= {k: longer[k][0] for k in longer if len(longer[k]) == 1 and (
               types.get(k) == "organization" or (k in partners and types.get(k) == "other")
               or (types.get(k) == "person" and " " not in k
                                                 and (h := hints.get(k)) is not None and h["person"] < 3))
           and not g.lookup(k)}  # (a person by its shape alone: "Progressive said" beside "Progressive Enterprises";
    # not a person's full name: "Oral Roberts" beside "Oral Roberts University")
    for k, t in types.items():
        base, _, form = k.rpartition(" ")
        if t == "organization" and form in _LEGAL_FORMS and base and not g.lookup(k):
            # "Walt Disney Co" beside "Walt Disney Company": one firm with its legal form written two ways
            known = [c for f in ("", " Company", " Co", " Corporation", " Inc", " Inc.")
                     if (hit := g.lookup(base + f)) is not None and hit[1] == "organization"
                     and (c := hit[0]) != k and types.get(c) == "organization"]
            if len(set(known)) == 1:
                out[k] = known[0]
        elif t == "organization" and k.count(" ") >= 2:
            # "the U.S. Food and Drug Administration" beside "the Food and Drug Administration", a known body: the
            # same body with its country in front (not "Ontario Liberal Party" beside "Liberal Party")
            words = k.split()
            for n in (1, 2):
                rest = " ".join(words[n:])
                if types.get(rest) == "organization" and (g.lookup(rest) or ("", ""))[1] == "organization" \
                        and (hit := g.lookup(" ".join(words[:n]))) is not None and hit[0] in nations(g):
                    out[k] = rest
                    break
    # a research body named again by its town, typed a body where it stands ("the Kiel team" beside "the Kiel Institute
    # for the World Economy"): the one such body the town opens (not "Oxford's societies" beside "the Oxford University
    # Student Union": a body of the body)
    towns: dict[str, list[str]] = defaultdict(list)
    for k, t in types.items():
        words = k.split(" ", 3)
        if t == "organization" and len(words) > 1 and words[1] in _RESEARCH_HEADS and types.get(words[0]) == "organization" \
                and (len(words) == 2 or words[2] in ("of", "for")) \
                and a_place(words[0], g) and words[0] not in out:
            towns[words[0]].append(k)
    out.update((town, bodies[0]) for town, bodies in towns.items() if len(bodies) == 1)
    for k, fulls in longer.items():
        if types.get(k) == "organization" and (g.lookup(k) or ("", ""))[1] == "organization":
            # "Tesla Inc" beside "Tesla", a known company: its legal form adds nothing (not "Tesla Energy")
            out.update((full, k) for full in fulls  # ("JPMorgan Chase & Co" beside "JPMorgan Chase")
                       if all(w in _LEGAL_FORMS or w == "&" for w in full.split()[k.count(" ") + 1:]))
    return out


def _model_short_forms(types: dict[str, str], g: Gazetteer) -> dict[str, str]:
    """A model's code alone beside the one product named by its maker's name and that code ("A380" beside
    "Airbus A380", "737" beside "Boeing 737", "GX" beside "Lexus GX"), or a model's name of two words or more beside
    the one product named by it after its maker, a body of the article ("Crew Dragon" beside "SpaceX Crew
    Dragon"): the product."""
    longer: dict[str, list[str]] = defaultdict(list)
    for k, t in types.items():
        maker, _, code = k.rpartition(" ")
        if t == "product" and maker and " " not in maker and maker not in g.demonyms \
                and (any(ch.isdigit() for ch in code) or (code.isupper() and code.isalpha() and 2 <= len(code) <= 4)) \
                and code in types:  # (not "Israeli F-16")
            longer[code].append(k)
        elif t == "product" and k.count(" ") >= 2 and types.get(maker := k.split(" ", 1)[0]) == "organization" \
                and types.get(model := k.split(" ", 1)[1]) in ("other", "product") and model[:1].isupper():
            longer[model].append(k)  # "Crew Dragon" beside "SpaceX Crew Dragon", its maker a body of the article
    return {code: fulls[0] for code, fulls in longer.items() if len(fulls) == 1}


def _team_short_forms(types: dict[str, str], g: Gazetteer, called: set[tuple[str, str]]) -> dict[str, str]:
    """A one-word plural that ends the one organisation named by a known place and that plural ("the Lakers"
    beside "the Los Angeles Lakers", "the Hornets" beside "the Charlotte Hornets"), or by a word the article
    also names the organisation by alone ("Buffalo" for "the Buffalo Bills", ``called``: (name, cluster) pairs of
    the mentions): the team by its nickname, not a known name of its own."""
    longer: dict[str, list[str]] = defaultdict(list)
    for k, t in types.items():
        lead, _, last = k.rpartition(" ")
        if t == "organization" and lead and last.endswith("s") and last[1:].islower() \
                and not last.endswith("ss") and _lex(last.lower()) in ("NNS", "NNP", "NNPS", None) \
                and ((g.lookup(lead) or ("", ""))[1] == "place" or (lead, k) in called):
            # (not "Congress", "Census": no plural; "Buffalo" alone for "the Buffalo Bills": a city the gazetteer
            # does not list)
            longer[last].append(k)
    # (typed a person or not: "the Lakers, who have lost four games" reads like a person's name)
    return {k: v[0] for k, v in longer.items() if len(v) == 1 and k in types and not g.lookup(k)}


def _clubs_by_town(types: dict[str, str], towns: set[str]) -> dict[str, str]:
    """The one club each town's name opens or ends ("Real Madrid", "Borussia Dortmund", "Manchester United": a club's
    word before or after the town, or a plural nickname after it: "Boston Celtics"; not "Hawaii Supreme Court"), by
    the town's name (typed a place or already a team, or one of ``towns``: names of places the article writes alone)."""
    found: dict[str, list[str]] = defaultdict(list)
    for k, t in types.items():
        words = k.split()
        if t == "organization" and 2 <= len(words) <= 3 and not any(w[:1].islower() for w in words):
            if words[-1] in MATCH_CLUB_TAILS or words[-1] == "Saint-Germain":
                town = " ".join(words[:-1])  # "Manchester United", "Paris Saint-Germain"
            elif words[0] in CLUB_HEADS:
                town = " ".join(words[1:])  # "Real Madrid", "Borussia Dortmund"
            elif words[-1].endswith("s") and words[-1][1:].islower() and not words[-1].endswith("ss"):
                town = " ".join(words[:-1])  # "Boston Celtics", "Dallas Mavericks", "New York Yankees": a nickname
            else:
                continue  # (not "Hawaii Supreme Court", "Bank of England")
            if types.get(town) in ("place", "organization") or town in towns:
                found[town].append(k)
    return {w: v[0] for w, v in found.items() if len(v) == 1}


def _named_after(types: dict[str, str], hints: Mapping[str, Counter], mentions_of: Counter, g: Gazetteer) -> dict[str, str]:
    """Person-shaped names that are the short form of a product named after someone in the
    same article ("James Webb" beside "the James Webb Space Telescope"): a name whose person points
    all come from its shape (given name, short name), none from its context (a title, a verb of
    saying), and that starts exactly one such longer name."""
    things = [o for o, t in types.items() if t == "product" and " " in o]  # (not "The Doris Day Show": a
    # show's host is often its subject too)
    out: dict[str, str] = {}
    for k, t in types.items() if things else ():
        if t != "person" or " " not in k:
            continue
        longer = [o for o in things if o.startswith(k + " ")]
        if len(longer) != 1:
            continue
        shape = sum(r.weight for r in name_info(k, tuple(k.split()), g).rules if r.type == "person")
        if hints[k]["person"] <= shape * mentions_of[k]:
            out[k] = longer[0]
            types[k] = types[longer[0]]
    return out


_ACR_SKIP = frozenset(["of", "for", "and", "the", "&", "on", "in", "de"])


#: a generation's dot ending a name ("Duane Martin Sr.", "Robert Kennedy Jr.")
_GENERATION_DOT = re.compile(r"\b(Jr|Sr)\.$")
#: an initial's dot before a space ("N. Gopalaswami", "George W. Bush")
_INITIAL_DOT = re.compile(r"\b([A-Z])\.(?= )")


def _initials(name: str) -> str:
    """The first letters of a name's words, the small words left out ("Congressional Black Caucus" -> "CBC")."""
    return "".join(w[0] for w in name.split() if w not in _ACR_SKIP)


#: a short word in capitals, with or without dots, that an acronym keeps whole ("US", "U.S.", "UK", "EU")
_CAPS_WORD = re.compile(r"(?:[A-Z]\.?){2,3}")


def _caps_initials(name: str) -> str:
    """:func:`_initials`, with a short word in capitals kept whole ("U.S. Geological Survey" -> "USGS", "UK Health
    Security Agency" -> "UKHSA", "US Agency for International Development" -> "USAID")."""
    return "".join(w.replace(".", "") if _CAPS_WORD.fullmatch(w) else w[0] for w in name.split() if w not in _ACR_SKIP)


def _merge_variants(raws: list[Raw], key: dict[int, str], g: Gazetteer, hints_by_name: Mapping[str, Counter]) -> None:
    """Merge clusters that are forms of one name the text never ties together explicitly:

    * forms of one name that differ only in case ("Telesur", "TeleSur", "teleSUR"), to the most frequent, and an
      acronym written as a word beside its capitals ("Eta" → "ETA");
    * an all-caps headline form with the body's form ("IRISHMAN" → "Irishman");
    * a one-word plural with its singular ("Oscars" → "Oscar"), neither a person;
    * an acronym, or the long form's first words with the acronym, with the one long form whose
      last words it abbreviates ("ISO", "California ISO" → "California Independent System Operator");
    * the last words of one longer name, when the longer name adds a place or is known ("General Assembly" →
      "UN General Assembly"), and a body's head word alone ("Council" → "Leeds City Council", "Congress" → "US
      Congress"; not "House", "Party": :data:`AMBIGUOUS_HEADS`).
    Keys are renamed in place; nothing is merged when the target is not unique."""
    keys = set(key.values())
    if len(keys) < 2:
        return
    shouted = [k for k in keys if len(k) >= 4 and k.isupper()]
    plurals = [k for k in keys if len(k) > 3 and k[-1] == "s" and k[:-1] in keys and " " not in k]
    # a name of several words with and without a plural's "s" ("the National Security Archives" … "the National Security
    # Archive"): one name, the form that has type points (else the plural)
    plurals_many = [k for k in keys if " " in k and k[-1] == "s" and k[:-1] in keys and len(k.rsplit(" ", 1)[1]) > 4]
    acronyms = [k for k in keys if k.rsplit(" ", 1)[-1].isupper()]
    # a cluster of nothing but an acronym the gazetteer expanded ("CBC" -> "Canadian Broadcasting
    # Corporation"): the article's own name with exactly those initials wins ("Congressional Black Caucus")
    expanded: dict[str, str] = {}
    for r in raws:
        k = key[id(r)]
        if r.canonical and r.name != k and r.name.isupper() and 2 <= len(r.name) <= 8 and r.gaz != "place":
            expanded.setdefault(k, r.name)  # (not a country's: "US" is no "University of Saskatchewan")
    if expanded:
        for r in raws:
            k = key[id(r)]
            if k in expanded and expanded[k] != r.name:
                expanded[k] = ""  # the long form (or another form) is in the text: keep the gazetteer's
        expanded = {k: a for k, a in expanded.items() if a}
        acronyms.extend(k for k in expanded if k not in acronyms)
    # the last words of one longer name ("General Assembly" ... "UN General Assembly")
    tails: dict[str, set[str]] = defaultdict(set)
    for k in keys:
        if " " in k and (head := k.rsplit(" ", 1)[1]) in keys and g.has("org_suffix", head) and head[1:].islower() \
                and head not in AMBIGUOUS_HEADS:
            tails[head].add(k)  # "Council approves plan" (a headline) ... "Leeds City Council": the one council
        if k.count(" ") < 2:
            continue  # a tail of two words or more needs three words or more
        words = k.split()
        for i in range(1, len(words) - 1):
            if words[i - 1][:1].isupper() and words[i][:1].isupper():  # not "University of North Carolina"
                tail = " ".join(words[i:])
                if tail in keys:
                    tails[tail].add(k)
    shorter = [k for k, longer in tails.items() if len(longer) == 1]
    # the words before "of" of one longer name ("Supreme Court" ... "Supreme Court of the United States")
    heads_of: dict[str, set[str]] = defaultdict(set)
    for k in keys:
        if " of " in k and " " in (head := k.split(" of ", 1)[0]) and head in keys:
            heads_of[head].add(k)
    before_of = [k for k, longer in heads_of.items() if len(longer) == 1]
    folded: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        if len(k) >= 4 and not k.isupper():
            # (and with an initial's dot or without: "N. Gopalaswami", "N Gopalaswami"; "Duane Martin Sr.", "Duane
            # Martin Sr")
            folded[_GENERATION_DOT.sub(r"\1", _INITIAL_DOT.sub(r"\1", k)).casefold()].append(k)
    variants = [v for v in folded.values() if len(v) > 1]
    mixed = [k for k in keys if len(k) <= 6 and _MIXED_ACRONYM.fullmatch(k)]
    # a well-known person's initials with the full name in the article ("AOC" ... "Alexandria Ocasio-Cortez")
    initials_of = {k: full[0] for k in acronyms if k in well_known_people()
                   and len(full := [n for n in well_known_people()[k] if n in keys]) == 1}
    # a party's word alone with its full name ("Socialist leader Olivier Faure" ... "the Socialist Party")
    party_words = {k: full for k in keys if (k in PARTY_SHORT or k[:-1] in PARTY_SHORT)
                   and (full := f"{k[:-1] if k.endswith('s') else k} Party") in keys}
    # an acronym written as a word beside its capitals ("Today Eta is weaker" beside "ETA", "Farc" beside "FARC")
    acronym_words = {k: k.upper() for k in keys if 3 <= len(k) <= 6 and k[1:].islower() and k.upper() in keys
                     and not g.lookup(k) and (hints_by_name.get(k) or Counter()).get("person", 0) < 2}
    if not (shouted or plurals or plurals_many or acronyms or shorter or variants or mixed or before_of or party_words
            or acronym_words):
        return  # most articles: nothing to merge, nothing to build
    ren: dict[str, str] = {**party_words, **acronym_words}
    if variants:
        counts = Counter(key.values())
        for forms in variants:
            # "Telesur", "TeleSur", "teleSUR": one name written several ways; the most frequent form, but
            # not a lower-case brand capitalised at a sentence start ("EBay" beside "eBay")
            styled = {f[:1].upper() + f[1:] for f in forms if f[:1].islower()}
            target = max(forms, key=lambda f: (f not in styled, counts[f], f[:1].isupper(), f))
            for f in forms:
                if f != target:
                    ren[f] = target

    def person(k: str) -> bool:  # a given name alone is 1 point
        h = hints_by_name.get(k)
        return h is not None and h.get("person", 0) >= 2

    if shouted:
        by_upper: dict[str, set[str]] = defaultdict(set)
        for k in keys:
            if not k.isupper():
                by_upper[k.upper()].add(k)
        for k in shouted:
            forms = {ren.get(f, f) for f in by_upper.get(k, ())}
            if len(forms) == 1 and not g.lookup(k):
                ren[k] = forms.pop()  # "IRISHMAN" → "Irishman"
            elif not forms and not g.lookup(k):
                titled = " ".join(w[:1] + w[1:].lower() for w in k.split())
                hit = g.lookup(titled)
                h = hints_by_name.get(k) or Counter()
                if max(h["person"], h["organization"], thing_points(h)) > h["place"]:
                    continue  # not a dateline's town: "the MIRI camera" is no "Miri" (a Malaysian city)
                if (hit is not None and hit[1] == "place") or titled in world_cities():
                    ren[k] = hit[0] if hit is not None else titled  # a dateline's "AUSTIN, Texas —": Austin
    for k in plurals:
        if k not in ren and not person(k) and not person(k[:-1]) and not g.lookup(k) \
                and not any(o.endswith(" " + k[:-1]) for o in keys):
            ren[k] = k[:-1]  # "Oscars" → "Oscar" (not "the Turpins" beside "David Turpin": a family)
    for k in plurals_many:
        one = k[:-1]
        if k in ren or one in ren or person(k) or person(one):
            continue
        h_one = hints_by_name.get(one) or Counter()
        if any(h_one.values()) and not any((hints_by_name.get(k) or Counter()).values()):
            ren[k] = one
        else:
            ren[one] = k
    if acronyms:
        needed = {expanded.get(k) or k.rsplit(" ", 1)[-1] for k in acronyms}
        needed = {a for a in needed if 2 <= len(a) <= 8}
        long_of: dict[str, set[str]] = defaultdict(set)
        for k in keys if needed else ():
            if k.count(" ") < 1 or k.isupper() or (k.count(" ") == 1 and _initials(k) not in needed):
                continue  # (two words only for an acronym of exactly their initials: "DA" … "Democratic Alliance")
            words = k.split()
            caps = [i for i, w in enumerate(words) if w not in _ACR_SKIP]
            if not all(words[i][:1].isupper() for i in caps):
                continue
            initials = "".join(words[i][0] for i in caps)
            whole = _caps_initials(k) if any(_CAPS_WORD.fullmatch(words[i]) for i in caps) else initials
            for acr in needed:
                if acr == whole != initials:
                    long_of[acr].add(k)  # "USGS" … "U.S. Geological Survey", "UKHSA" … "UK Health Security Agency"
                elif len(acr) < len(caps) + 1 and initials.endswith(acr):
                    i = caps[len(caps) - len(acr)]  # the first word the acronym abbreviates
                    if acr == initials or len(acr) >= 3:
                        # (a tail of the initials alone only from three letters: "ISO" of "California
                        # Independent System Operator", not "PC" of "One Laptop Per Child")
                        long_of[acr].add(k)
                    if i > 0:
                        long_of[" ".join(words[:i]) + " " + acr].add(k)  # "Housing NZ"
        for k in acronyms:
            a = expanded.get(k)
            if a is not None:  # only a long form with exactly the acronym's initials replaces the gazetteer's
                longs = {w for w in long_of.get(a, ()) if w != k and a in (_initials(w), _caps_initials(w))}
                if len(longs) == 1:
                    ren[k] = longs.pop()
                continue
            if k not in ren and len(long_of.get(k, ())) == 1:
                long = next(iter(long_of[k]))
                h = hints_by_name.get(long) or Counter()
                if long.count(" ") == 1 and (g.has("thing_name", k) or g.lookup(long) is None and (
                        h["organization"] + h["place"] <= max(thing_points(h), h["person"]))):
                    continue  # two words: a body's or a place's name ("Democratic Alliance", "New York"), not a thing's
                    # ("Executive Order", "Operating System") nor one whose acronym is a thing of its own ("AI")
                if h["person"] <= h["organization"]:  # not a person's initials ("WSS")
                    ren[k] = long  # "ISO", "California ISO" → "California Independent System Operator"
    for k, full in initials_of.items():
        ren.setdefault(k, full)
    if mixed:
        # "BoE", "DoJ", "DfE": an acronym with the small words of its long form, whose every word's first letter
        # it is ("Bank of England", "Department of Justice", "Department for Education")
        by_initials: dict[str, set[str]] = defaultdict(set)
        for k in keys:
            if " " in k:
                by_initials["".join(w[0] for w in k.split())].add(k)
        for k in mixed:
            longs = by_initials.get(k, set())
            if k not in ren and len(longs) == 1:
                ren[k] = next(iter(longs))

    def kind(k: str) -> str | None:  # the label the name's own points favour, if any
        h = hints_by_name.get(k) or Counter()
        pts = {"person": h["person"], "organization": h["organization"], "place": h["place"], "thing": thing_points(h)}
        best = max(pts, key=pts.__getitem__)
        return best if pts[best] > 0 else None

    for k in shorter:
        long = next(iter(tails[k]))
        joint = " " not in k and " and " in long and (js := _JOINT_SERVICE.fullmatch(long)) is not None \
            and any((g.lookup(w) or ("", ""))[1] == "place" for w in js.groups())  # (a joint service's places)
        if k in ren or g.lookup(k) or k.isupper() or (" and " in long and not joint) or " & " in long \
                or person(k) or person(long) or g.has("given", k.split()[0]):
            continue
        kk, kl = kind(k), kind(long)
        if kk is not None and kl is not None and kk != kl:
            continue  # "Crew Dragon" (a thing) is no part of the organisation "SpaceX Crew Dragon"
        prefix = long[: len(long) - len(k)].rstrip()
        if " " not in k:  # a body's head word alone: the body of a place ("Leeds City Council") or a known one
            first = prefix.split()[0]
            if not (joint or g.lookup(long) or (g.lookup(first) or ("", ""))[1] == "place" or first in g.demonyms
                    or first in world_cities()):
                continue
        elif not (g.lookup(long) or (g.lookup(prefix) or ("", ""))[1] == "place" or prefix in g.demonyms
                  or prefix in world_cities()):
            continue  # the longer name only qualifies the shorter by where it is ("Michigan Supreme Court")
        ren[k] = long  # "General Assembly" → "UN General Assembly", "Home Office" → "UK Home Office"
    for k in before_of:
        long = next(iter(heads_of[k]))
        if k not in ren and not g.lookup(k) and kind(k) in ("organization", None) and kind(long) == "organization" \
                and g.has("org_suffix", k.rsplit(" ", 1)[1]):
            ren[k] = long  # "Supreme Court" (a headline) → "Supreme Court of the United States", the one named
    if not ren:
        return
    for r in raws:
        k = key[id(r)]
        if k in ren:
            key[id(r)] = ren[k]


#: a public service of two places ("Avon and Somerset Police", "Devon and Cornwall Constabulary"): its head word alone
#: ("Police said") is that service when the story names no other
_JOINT_SERVICE = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+)?) and ([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:Police|Constabulary|Fire|Ambulance)")

#: An acronym that keeps the small words of its long form in lower case: "BoE", "DoJ", "DfE", "MoD", "DfID".
_MIXED_ACRONYM = re.compile(r"[A-Z](?:[a-z]{1,2}[A-Z]|[A-Z])*[a-z]{1,2}[A-Z](?:[A-Z])*|[A-Z](?:[A-Z])*[a-z]{1,2}[A-Z][A-Z]*")


def codebook_mentions(article: Article, det: Detector, codebook: Codebook) -> list[Raw]:
    """Mentions of codebook aliases found verbatim in the text (first letter case-insensitive)."""
    raws: list[Raw] = []
    text = article.text
    pat, index = _alias_pattern(codebook)
    if pat is None:
        return raws
    for sent_id, start, end, kind, para_id in det.rows:
        for m in pat.finditer(text, start, end):
            entry = index.get(_first_lower(m.group()))
            if entry is None:
                continue
            r = Raw(m.start(), m.end(), entry.name, sent_id, kind, para_id)
            r.canonical = entry.name
            raws.append(r)
    return raws


def _first_lower(s: str) -> str:
    return s[:1].lower() + s[1:]


_ALIAS_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _alias_pattern(codebook: Codebook) -> tuple[re.Pattern[str] | None, dict[str, Any]]:
    """One regex for every alias (longest first, first letter in either case)."""
    hit = _ALIAS_CACHE.get(codebook)
    if hit is not None:
        return hit
    index: dict[str, Any] = {}
    for alias, entry in codebook.aliases():
        if alias.strip():
            index.setdefault(_first_lower(alias), entry)
    if not index:
        out: tuple[re.Pattern[str] | None, dict[str, Any]] = (None, index)
    else:
        alts = [
            "[" + re.escape(a[0].upper()) + re.escape(a[0].lower()) + "]" + re.escape(a[1:])
            for a in sorted(index, key=lambda a: (-len(a), a))
        ]
        out = (re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)"), index)
    _ALIAS_CACHE[codebook] = out
    return out

