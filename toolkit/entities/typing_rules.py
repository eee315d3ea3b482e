"""Candidate typing: the rules that vote for a mention's type, and their weights, in one table.

Every mention collects *hints*: ``{type: points}`` votes from the rules in :data:`TYPE_RULES`
(person, organization, place, or one of the :data:`THING_TYPES` of names that are no actors:
work, product, event, other). A rule reads either the name alone (``reads="name"``:
its words, the gazetteer, the word lists; memoised per name) or the mention in its sentence
(``reads="detector"``: what the detector or the title splitting said; ``"before"``: the word
before it; ``"before2"``: the word before "of", "for", "in", "to", "at", "from", a comma or a naming verb ("the town of X", "the MP for X", "published in X", "fled to X", "economist at X", "a drink called X"); ``"group"``: the plural noun
before "such as", "like" or "including" ("gods, such as Zeus"); ``"quoted"``: the word before an opening quote or a title's "The" ('the film "X"', "the novel The X"); ``"year"``: a model year between a determiner and the name ("his 1997 Ford Mustang"); ``"after"``: the words after it; ``"article"``: the article's other capitals). Rules apply in table order; order matters only for ties (the first type to
reach a count wins a tie in :func:`toolkit.entities.mentions.strong_type`). Rules marked
``reads="pass"`` are applied by a later pass over all mentions (lists, clusters); their weights
live here too, so that every weight of candidate typing is in this one table.

How the points are used: a type with 3 points or more is *strong* (it wins over the gazetteer's
type when coordinating a list); an actor's type is its cluster's best-scoring type
(:mod:`toolkit.entities.resolution`), falling back on the gazetteer and the shape of the name.
The points of the four thing types add up when a name is weighed against person, organization and
place (:func:`thing_points`, :func:`top_type`): whether a name is an actor at all is decided as if
they were one type, and which thing it is by the most points among them (:func:`thing_type`; a tie
stays ``other``), so splitting ``other`` into work, product and event moves no name between
actors and things.

Example:
    >>> RULE["title_before"].type, RULE["title_before"].weight
    ('person', 3)
    >>> from toolkit.entities.gazetteer import gazetteer
    >>> [r.name for r in name_info("Center for Food Safety", ("Center", "for", "Food", "Safety"), gazetteer()).rules]
    ['for_inside']
    >>> [r.name for r in name_info("Acme Corp", ("Acme", "Corp"), gazetteer()).rules]
    ['org_head_word']
    >>> [(r.name, r.type) for r in name_info("World Cup", ("World", "Cup"), gazetteer()).rules]
    [('event_head_word', 'event')]
    >>> top_type({"person": 2, "product": 3, "other": 1})
    ('product', 4)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from typing import Any, NamedTuple

from toolkit.entities.gazetteer import (
    NUMBER_LINE_TYPES,
    US_STATE_TAGS,
    Gazetteer,
    countries,
    well_known_names,
    well_known_people,
    world_cities,
)
from toolkit.entities.tokens import (
    CITED_YEAR,
    COMPASS_POINTS,
    CONNECT,
    CONSTITUENCY_OF,
    CORE_TITLES,
    FIRM_KIN,
    FLIGHT_CODE,
    MEMO_MAX,
    MODEL_CODE,
    MODEL_SUFFIXES,
    NOBLE_TITLES,
    NUMBER_LABEL,
    NUMBERED_INSTRUMENTS,
    PARTY_SHORT,
    POSSESSIVE_PLACE_HEADS,
    PRIZE_WORDS,
    SAINT_OR_MOUNT,
    SURNAME_PARTICLES,
    VAN_VON,
    YEAR_EVENTS,
    fold_accents,
    lazy_lex,
    memo,
    mountain_pass,
    strip_dot,
    title_like,
    word_lists,
)

__all__ = ["Rule", "TYPE_RULES", "RULE", "THING_TYPES", "NameInfo", "Cue", "name_info", "mention_rules", "name_like",
           "place_led", "thing_points", "thing_type", "top_type"]

_lex = lazy_lex(__name__)

#: participles of owning, running and making before "by" and the owner ("owned by Truth Aquatics")
_OWNED_BY = frozenset(["owned", "operated", "chartered", "managed", "run", "acquired", "bought", "sponsored", "funded",
                       "manufactured", "developed", "published", "distributed", "leased", "insured", "audited"])
#: the people who live in a place, before "of" and its name
_DWELLERS = frozenset(["residents", "inhabitants", "townspeople", "townsfolk", "villagers", "natives", "denizens"])
#: facilities that stand at a place ("the processing plant at Abqaiq")
_FACILITIES_AT = frozenset(["plant", "plants", "refinery", "refineries", "base", "bases", "camp", "camps", "facility",
                            "facilities", "factory", "factories", "mine", "mines", "terminal", "depot", "reactor",
                            "reactors", "checkpoint", "crossing", "port", "airfield", "airstrip", "prison", "barracks",
                            "outpost", "compound", "mill", "smelter", "works", "site"])
#: Verbs after a name that make it a person ("X said", "X resigned").
SPEECH = frozenset(
    ["said", "says", "say", "told", "tells", "added", "adds", "explained", "explains", "stated", "states", "wrote", "writes", "asked", "asks", "argued", "argues", "claimed", "claims", "noted", "notes", "warned", "warns", "insisted", "insists", "replied", "replies", "continued", "continues", "commented", "comments", "recalled", "recalls", "acknowledged", "admitted", "concluded", "spoke", "speaks", "met", "meets", "visited", "visits", "died", "dies", "smiled", "laughed", "resigned", "resigns", "married", "thanked", "apologized", "apologised", "tweeted", "tweets", "fouled"]
)
#: Place words that are common surnames too ("Christopher Hill", "Rebecca Hall", "Darrell Castle").
_SURNAME_PLACE_WORDS = frozenset(["Hill", "Hall", "Castle", "Tower", "Wood", "Woods", "Banks", "Rivers", "Brooks",
                                  "Lane", "Ford", "Temple", "Marsh", "Church", "Chapel", "Field", "Fields", "Mount",
                                  "Bridges", "Ridge"])
#: Participles that, before "in", make the name after it a place ("located in Beit Lahia").
_LOCATED = frozenset(["located", "situated", "nestled", "headquartered", "based", "born", "buried", "home", "homes",
                      "house", "houses", "hometown", "village", "villages", "farm", "apartment", "lives", "lived",
                      "living", "resides", "resided", "residing", "raised"])
#: Verbs of a siege or a bombardment: their object is a place ("the RSF besiege El Fasher").
_SIEGE_VERBS = frozenset(["besiege", "besieges", "besieged", "besieging", "shelled", "shelling", "bombarded",
                          "bombarding", "encircled", "encircling", "blockaded"])
#: Kin nouns that open an apposition after a person's name ("Reg Keys, father of …").
_KIN_NOUNS = frozenset(["father", "mother", "son", "daughter", "wife", "husband", "widow", "brother", "sister",
                        "grandson", "granddaughter", "grandfather", "grandmother", "uncle", "aunt", "nephew", "niece",
                        "cousin", "parents", "stepfather", "stepmother", "fiancée", "fiancé"])
#: Nouns that, after a name's possessive, make it a person: kin, and what only people have
#: ("Valerie Plame, Wilson's wife", "Hitler's birthday", "Lennon's killer").
_PERSONAL_AFTER_POSS = _KIN_NOUNS | frozenset([
    "widower", "ex-wife", "ex-husband", "spouse", "fiance", "fiancee", "girlfriend", "boyfriend", "mistress", "sons",
    "daughters", "brothers", "sisters", "grandchildren", "grandparents", "stepson", "stepdaughter", "half-brother",
    "half-sister", "in-laws", "mother-in-law", "father-in-law", "son-in-law", "daughter-in-law", "funeral", "autopsy",
    "assassination", "assassin", "assassins", "killer", "killers", "murderer", "birthday", "memoir",
    "memoirs", "bodyguard", "bodyguards", "childhood", "deathbed", "obituary", "biographer",
])
#: Verbs after which "its" makes the subject an organisation ("X said its", "X reported its").
_ITS_VERBS = frozenset(["said", "says", "reported", "reports", "announced", "announces", "posted", "posts", "expects", "expected", "raised", "cut", "lowered", "increased", "reduced", "sold", "bought", "closed", "opened", "shut", "suspended", "resumed"])
#: Reporting verbs that come before the speaker after a quote ('"...," said Mauer').
_SAID_BEFORE = frozenset(["said", "says", "added", "explained", "noted", "recalled", "continued"])
#: Words before "of" that make what follows a place ("north of X", "the outskirts of X").
#: holders of a seat "for" a constituency ("the MP for X")
_PLACE_OF = frozenset(["state", "province", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outskirts", "suburbs", "streets", "heart", "downtown", "residents", "inhabitants", "coast", "shores", "seat", "riding",
                       # a town's or a state's head ("the reformist mayor of Campulung", "the governor of Oaxaca")
                       "mayor", "mayors", "governor", "governors", "premier"])
_PLACE_PREP = PLACE_PREP = frozenset(["in", "near", "across", "outside", "throughout", "inside", "into", "above", "overlooking"])
#: Opening quotation marks before a title ('the film "Marriage Story"').
_OPEN_QUOTES = frozenset(['"', "“", "‘", "'"])
#: Types of names that are no actors: titles of works, products (vehicles included), events and
#: everything else (laws, prizes, holidays, ideologies, religions, codes). In a tie between them
#: the first wins (unsure: ``other``).
THING_TYPES = ("other", "event", "product", "work")
_THING_SET = frozenset(THING_TYPES)
#: ``Cue.prev2`` before a comma after a capitalised word (no role noun: only "New York, NY" reads it)
CAPITAL_BEFORE_COMMA = "<capital>"
#: ``Cue.prev2`` before a comma after a street's name ("of Marsh Lane, Northwich,": an address, then its town)
STREET_BEFORE_COMMA = "<street>"
#: last words of a street's name
STREET_WORDS = frozenset(["Street", "St", "Road", "Rd", "Avenue", "Ave", "Way", "Boulevard", "Drive", "Lane", "Close",
                          "Crescent", "Terrace", "Grove", "Gardens", "Place", "Row", "Parkway", "Mews", "Walk"])
_CODE = re.compile(r"^[A-Z]{1,8}\d*-?\d+[A-Za-z]?$")  # "STS-133", "F-16", "K2-18b", "TRAPPIST-1e"
#: Sports after a body's word ("Major League Soccer", "Canadian Football League" ends in the body word).
_SPORTS = frozenset(["Soccer", "Football", "Baseball", "Basketball", "Hockey", "Rugby", "Cricket", "Lacrosse",
                     "Softball", "Volleyball", "Handball", "Tennis", "Golf", "Athletics", "Cycling", "Wrestling"])
#: titles that a person holds in a body, written between the body's name and the person's
_BODY_TITLES = frozenset(["President", "Chancellor", "Provost", "Chairman", "Chairwoman", "Chair", "CEO", "Director",
                          "Principal", "Dean"])
#: nouns for a body that, after a name and one modifier, make the name the body's ("the Wagner mercenary group")
_GROUP_NOUNS = frozenset(["group", "militia", "organisation", "organization", "movement", "network", "faction", "gang"])
#: A regnal number after a name ("Louis XIV", "Elizabeth II", "Benedict XVI"; not "I", "V", "X" alone).
REGNAL = re.compile(r"X{0,2}(?:II|III|IV|VI|VII|VIII|IX)|X{1,2}[IV]|XX")
#: a Roman numeral of two letters or more, up to 3999 ("LIX", "XLVIII")
ROMAN = re.compile(r"(?=[MDCLXVI]{2})M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_WAR_NUMBER = re.compile(r"\bWar (?:One|Two|Three|I|II|III|1|2|3)$")
INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")
_ADJ_END = re.compile(r"(?:ean|ian|ese|ish)$")
#: the nouns of administrative units, after their names ("Fujian province", "the Gharbia governorate")
_UNIT_NOUNS = frozenset(["province", "county", "region", "prefecture", "district", "oblast", "governorate",
                         "municipality"])
#: Capitalised adjectives of race and origin, before a noun ("Black voters", "Indigenous leaders").
_RACE_WORDS = frozenset(["Black", "White", "Indigenous", "Brown"])
#: Capitalised adjectives of an age or an ancient people ("a Roman villa", "Viking graves", "the Roman Empire"): no
#: given name before a common noun or a place ("Roman Egypt"), unlike "Roman Abramovich".
_PERIOD_WORDS = frozenset(["Roman", "Byzantine", "Ottoman", "Viking", "Victorian", "Edwardian", "Elizabethan", "Celtic",
                           "Saxon", "Tudor", "Mayan", "Aztec", "Inca", "Neolithic", "Etruscan", "Phoenician"])
#: A hyphenated name syllable pair ("Joo-Ho", "Lung-bin").
SYLLABLE_NAME = re.compile(r"^[A-Z][a-z]+-[A-Za-z][a-z]+$")
_NO_HIT = ("", "")


class NameCue(NamedTuple):
    """What the ``reads="name"`` rules see: the name, its words and what the gazetteer says."""

    name: str
    words: tuple[str, ...]
    g: Gazetteer
    wl: dict[str, frozenset[str]]  # the word lists (tokens.word_lists)
    hit: tuple[str, str] | None  # gazetteer (canonical, type)
    unknown: bool  # hit is None
    multi: bool  # more than one word
    last: str  # the head word ("Museum" in "Museum of Flight")
    suffixed: bool  # the head is an organisation/place/other suffix, or an organisation word is inside
    party: tuple[str, str] | None  # "Democrats" -> the Democratic Party
    shape: str | None  # of an unknown multi-word name: "compass_place", "regnal", "acronym_or_place_led", "short_name"


class Cue(NamedTuple):
    """What the per-mention rules (``reads`` "detector", "article", "before", "after") see.

    A ``"before2"`` rule reads ``prev2`` too and applies only after "of", "for", "in", "to", "at", "from", a comma or a
    naming verb ("the town of X", "the MP for X", "published in X", "his secretary, X", "economist at X", "a drink
    called X"; before a comma only a lower-case ``prev2`` is kept).
    A ``"quoted"`` rule reads ``prev2`` and applies only after an opening quote or a capitalised
    "The" ('the film "X"', "the novel The X").
    A ``"before"`` rule reads only ``prev``, ``unknown``, ``g`` and ``wl`` (its answers are
    memoised on the first two); every ``"detector"`` rule needs one of the detector's flags set,
    every ``"before"`` rule a word before and every ``"after"`` rule a word after."""

    words: tuple[str, ...]
    hit: tuple[str, str] | None
    unknown: bool
    acronym: bool  # an acronym is defined right after ("... Organization (NATO)")
    label: str | None  # the detector's type (spaCy), or one given while splitting a title
    titled: bool  # a title came before the name ("President X")
    institution: bool  # an institution after a title ("Chairman of the Centre for X")
    prev: str  # the token before ("" at the start of the sentence)
    prev2: str  # the token before ``prev`` ("" when none); after "such as", "like" or "including", the noun before them
    after: list[str]  # up to four tokens after
    poss: bool  # the name is followed by a possessive 's
    space_after: bool  # one space follows the name
    plural_seen: bool  # the name's last word is a plural of a word the body capitalises ("Polaroids")
    plural_caps: bool  # the body capitalises the plural of this one-word name ("Britons" for "Briton")
    term_acronym: bool  # the text defines this acronym by lower-case words ("reactive oxygen species (ROS)")
    appos: str  # the head noun of an apposition after the name ("organisation" of ", a youth organisation"), or ""
    g: Gazetteer
    wl: dict[str, frozenset[str]]


class Rule(NamedTuple):
    """One typing rule: when ``condition`` holds, ``type`` gets ``weight`` points."""

    name: str
    reads: str  # "name" (a NameCue), "detector"/"article"/"before"/"before2"/"quoted"/"year"/"after" (a Cue), "pass" (later)
    type: str | None  # None: the caller's type (the detector's label, a list's majority)
    weight: int
    condition: Callable[[Any], bool] | None
    example: str
    final: bool = False  # when it fires, no later rule applies
    unless_typed: bool = False  # applies only while the mention has no organization/place points
    #: an "after" rule: what the first word after the name must be for ``condition`` to hold at all
    #: (``first(word, wl)``; None: any word). Only a shortcut: the condition still decides.
    first: Callable[[str, dict[str, frozenset[str]]], bool] | None = None


# ---------------------------------------------------------------------- conditions too long for a row
#: Role nouns a firm can fill too ("the developer, Acme Homes", "its publisher, Penguin").
_ROLES_OF_FIRMS = frozenset(
    [
        "member", "resident", "head", "owner", "user", "star", "king", "queen", "forward", "trainer", "developer",
        "publisher", "producer", "investor", "representative", "executive", "chief", "leader", "defender",
        "player",
    ]
)

#: What an agency named "... X Center" studies or watches (GUM types "X Center" buildings as places).
_AGENCY_FIELDS = frozenset(
    [
        "Research", "Policy", "Law", "Hurricane", "Prediction", "Warning", "Poverty", "Rights", "Studies",
        "Information", "Data", "Analysis", "Monitoring", "Coordination", "Forecast", "Forecasting",
        "Intelligence", "Counterterrorism", "Terrorism", "Typhoon", "Tsunami", "Earthquake", "Disease", "Justice",
        "Ethics", "Advocacy", "Security", "Strategic", "Biosecurity", "Cybersecurity", "Cyber", "Prevention",
        "Control", "Innovation", "Statistics", "Excellence", "Reconciliation", "Aerospace", "Aeronautics", "Pandemic",
        "Preparedness", "Democracy", "Climate", "Medical",
    ]
)


#: Last words of a firm's name of two words or more that, alone, open sentences as common nouns ("Management
#: said", "Associates of the victim"): "Solaris Asset Management", "Naroff Economic Advisors".
_FIRM_TAILS = frozenset(["Management", "Advisors", "Advisers", "Associates"])

#: Lower-case modifiers between a name and the noun that types it ("the Kepler space telescope").
_NOUN_MODIFIERS = frozenset(["space", "cargo", "passenger", "research", "fighter", "news", "rock",
                             "music", "film", "television", "tv", "radio", "board", "video", "mobile",
                             # "its Sentinel military aircraft", "Predator surveillance drones", "Tomahawk cruise missiles"
                             "military", "surveillance", "spy", "combat", "transport", "reconnaissance", "stealth",
                             "unmanned", "attack", "ballistic", "cruise", "nuclear",
                             # "two Galileo navigation satellites", "a Starlink communications satellite"
                             "navigation", "communications", "weather", "observation"])

#: Words of an airline's name: "an Air India Express jet" is the airline's plane, not a product name.
_AIRLINE_WORDS = frozenset(["Air", "Airways", "Airlines", "Airline", "Express", "Aviation", "Jet", "Cargo"])

#: Holidays that are also surnames ("Taha Yasin Ramadan", "Tariq Ramadan"), unless a modifier makes them
#: the holiday ("Holy Ramadan").
_SURNAME_FEASTS = frozenset(["Ramadan"])
_FEAST_MODIFIERS = frozenset(["Holy", "Muslim", "Islamic", "Last", "This", "Next", "During"])

#: Roles "of" an organisation ("the director of X").
_ORG_ROLES_OF = frozenset(["director", "chairman", "chairwoman", "ceo", "founder", "cofounder", "co-founder", "owner",
                           "owners", "shareholders", "employees", "employee", "staff", "members", "board",
                           "spokesman", "spokeswoman", "spokesperson", "executives", "executive", "chair",
                           "headquarters", "subsidiary",
                           # (a name the gazetteer does not know after "leader of": a body's, "Deputy leader of National";
                           # not "president of", "head of": "President of North Yemen", "the head of Jesus")
                           "treasurer", "secretary-general", "leader"])

#: a company's stock and its holders, before "of"/"in" and the company ("shares of X", "a stake in X")
_FIRM_HOLDINGS = frozenset(["shares", "stock", "stocks", "stake", "stakes", "shareholders", "shareholder", "stockholders",
                            "bonds", "bondholders"])

#: a bank's word glued to a name ("Handelsbanken", "Landsbanki", "Rabobank"; not "Riverbank", "Westbank")
_GLUED_BANK = re.compile(r"(?!(?:River|West|East|North|South|Sand|Snow|Fog|Data|Food|Blood|Sperm|Seed|Piggy)bank)"
                         r"[A-ZÀ-Þ][a-zß-ÿ]{3,}(?:bank|banken|banki|banka|bankas)")
#: words after a language's name or before "of" and it ("Bayot speakers", "the language of Essil")
_LANGUAGE_NEXT = frozenset(["speakers", "speaking", "language", "languages", "dialect", "dialects"])
_LANGUAGE_HEADS = frozenset(["language", "dialect", "creole", "pidgin"])
#: verbs of saying an event's name may take as a subject ("the summit called for …", "the conference noted")
_EVENT_SPEECH = frozenset(["called", "calls", "noted", "notes", "urged", "urges", "declared", "declares"])
#: a model year before a car's name ("his 1997 Ford Mustang"), after a determiner or a possessive
_MODEL_YEAR = re.compile(r"(?:19[5-9]\d|20[0-3]\d)")
_OWNER_DETERMINERS = frozenset(["a", "an", "the", "his", "her", "their", "its", "my", "our", "your"])
#: Verbs before "in" that make the name a journal or paper ("published in X").
PUBLISHED = frozenset(["published", "publishes", "publish", "appeared", "appears", "appear", "reported"])
#: Words of a time between such a verb and "in" ("published on Wednesday in X", "appeared online this week in X").
PUBLISHED_WHEN = frozenset(["on", "online", "today", "yesterday", "this", "last", "week", "month", "earlier", "recently",
                            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
#: The words after which the ``"before2"`` rules read ``prev2``.
#: verbs that give a name to the noun before them ("a drug called X", "the vaccine, dubbed X")
NAMING_VERBS = frozenset(["called", "named", "dubbed", "nicknamed", "titled", "entitled", "codenamed", "code-named"])
_BEFORE2_LEADS = frozenset(["of", "for", ",", "in", "to", "at", "from", "by"]) | NAMING_VERBS
#: people described by where they come from ("a 27-year-old man from Horfield", "a couple from Leeds")
_PEOPLE_FROM = frozenset(["man", "woman", "men", "women", "boy", "girl", "boys", "girls", "teenager", "teenagers",
                          "teen", "pensioner", "pensioners", "resident", "residents", "couple", "family", "mother",
                          "father", "driver", "motorist", "cyclist", "pedestrian", "student", "students", "youth"])
#: prepositions before a name that is no subject of the verb after it ("the Red Lion in Ashcombe closed its doors")
_PLACE_OF_SUBJECT = frozenset(["in", "at", "near", "from", "outside", "inside"])
#: drinks before a naming verb ("a local ale named Old Ashcombe"; not product nouns everywhere: "the Beer Hall Putsch")
_DRINKS = frozenset(["ale", "beer", "lager", "stout", "cider", "whisky", "whiskey", "gin", "vodka", "wine", "rum"])
#: prepositions of a street's place ("on Harehills Lane", "off Mill Close")
_STREET_PREPS = frozenset(["on", "off", "along", "in", "at", "near", "down", "up", "into", "onto", "from"])
#: nouns of a part of a town after "the" and a name ("the Karol Bagh area of …"), and the words after them
_AREA_NOUNS = frozenset(["area", "district", "neighbourhood", "neighborhood", "suburb", "locality", "quarter"])
_AREA_NEXT = frozenset(["of", ",", "in", "near", "on", ".", "where", "and"])
#: jobs held "at" a firm or body ("economist at Pantheon Macroeconomics", "an analyst at Kelvora Capital")
_JOBS_AT = frozenset(["economist", "economists", "analyst", "analysts", "strategist", "strategists", "researcher",
                      "researchers", "scientist", "scientists", "professor", "lecturer", "engineer", "engineers",
                      "partner", "director", "manager", "executive", "editor", "reporter", "correspondent", "lawyer",
                      "attorney", "consultant", "trader", "traders", "banker", "official", "officials", "spokesman",
                      "spokeswoman", "spokesperson", "employee", "employees", "worker", "workers", "fellow",
                      # a hospital's or a university's clinicians and scientists ("a psychiatrist at Northwell Health")
                      "psychiatrist", "psychiatrists", "physician", "physicians", "surgeon", "surgeons",
                      "epidemiologist", "epidemiologists", "psychologist", "psychologists", "virologist",
                      "virologists", "immunologist", "cardiologist", "oncologist", "neurologist", "paediatrician",
                      "pediatrician", "biologist", "biologists", "physicist", "physicists", "chemist", "chemists",
                      "historian", "historians", "sociologist", "sociologists", "neuroscientist", "geologist",
                      "seismologist", "climatologist", "meteorologist", "ecologist"])


def _called(nouns: Callable[[Cue], Collection[str]]) -> Callable[[Cue], bool]:
    """"a drink called X", "the vaccine, dubbed X": a naming verb after one of the ``nouns``, before a whole
    name (not the start of a longer title: "a documentary titled Bob Lazar: Area 51 & Flying Saucers")."""
    return lambda c: c.prev in NAMING_VERBS and c.unknown and not (c.after and c.after[0] == ":") \
        and c.prev2 in nouns(c)


#: the level of a school named after a name ("Jefferson and Roosevelt elementary schools")
_SCHOOL_LEVELS = frozenset(["elementary", "primary", "secondary", "middle", "junior", "grammar"])
#: a match's score as one token ("1-1", "3–0")
_SCORE_WORD = re.compile(r"\d{1,3}[-–]\d{1,3}")
#: nouns of people before a naming verb ("a man called Ove", "a boy named Sue")
_PEOPLE_CALLED = frozenset(["man", "woman", "boy", "girl", "guy", "person", "child", "baby", "son", "daughter",
                            "brother", "sister", "friend", "soldier", "teenager", "officer", "student", "people",
                            "men", "women", "character", "suspect", "activist", "blogger", "user", "poet", "artist"])
#: Verbs of travelling or taking somewhere, before "to" and a place ("fled to Tapuah", "transported to Golmud"; not
#: "went", "returned": "went to Harrow", "return to Harrow" is a school).
_MOTION_TO = frozenset(["travelled", "traveled", "travel", "travelling",
                        "traveling", "moved", "move", "moving", "flew", "fly",
                        "flying", "fled", "flee", "fleeing", "drove", "driven", "sailed", "headed", "heading",
                        "relocated", "transported", "deported", "evacuated", "extradited", "emigrated", "migrated",
                        "route", "routes", "trip", "journey", "flight", "flights", "visit", "visits",
                        "called"])  # ("officers were called to Briggate": where police went)

#: Verbs of travelling or taking away, before "from" and a place ("traveled from Munsan", "evacuated from Kherson";
#: not "moved from": "moved from Google to Meta" is a job)
_MOTION_FROM = frozenset(["travelled", "traveled", "travelling", "traveling", "flew", "flying", "fled", "fleeing",
                          "drove", "sailed", "departed", "departing", "evacuated", "deported", "extradited", "emigrated",
                          "migrated", "escaped", "withdrew", "withdrawn", "retreated", "returned", "returning", "arrived",
                          "arriving", "trains", "train", "flights", "flight", "bus", "buses", "ferry", "ferries"])

#: plural nouns of a franchise's works after "the" and its name ("the Harry Potter films")
#: (not "books", "novels": "the Mark Dvoretsky books" are an author's)
_WORK_SERIES = frozenset(["films", "movies", "franchise", "saga", "trilogy", "sequels", "prequels"])
#: makers and players of a work right after its name ("Downton Abbey creator Julian Fellowes")
_WORK_MAKERS = frozenset(["creator", "co-creator", "showrunner", "screenwriter", "actress", "actor", "presenter",
                          "narrator", "scriptwriter", "librettist"])

#: Administrative regions, after their name ("Gangwon Province").
_REGION_NOUNS = frozenset(["province", "county", "district", "prefecture", "region", "governorate", "oblast", "state",
                           "department", "municipality", "parish"])

#: Titles after a court's district ("District Judge", "Circuit Judge", "District Attorney").
_COURT_TITLES = frozenset(["Judge", "Judges", "Attorney", "Attorneys", "Magistrate", "Justice"])

#: Lower-case compass adjectives before a region's name ("northern Helmand").
_COMPASS_ADJECTIVES = frozenset(["northern", "southern", "eastern", "western", "northeastern", "northwestern",
                                 "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
                                 "south-western"])
#: a region's adjective after a town and a comma ("in Musa Qaleh, northern Helmand")
_REGION_ADJECTIVES = _COMPASS_ADJECTIVES | frozenset(["central", "north-east", "north-west", "south-east", "south-west",
                                                      "upstate", "rural", "coastal"])

#: Adverbs between a name and its verb of saying ("Saint-Laurent once said").
_SAY_ADVERBS = frozenset(["once", "also", "later", "then", "reportedly", "previously", "recently", "earlier"])

#: Plural place nouns after two names joined by "and" ("Seminole and Brevard counties").
_REGION_PLURALS = frozenset(["counties", "provinces", "districts", "regions", "prefectures", "municipalities",
                             "governorates", "oblasts", "parishes", "islands", "villages", "towns"])


def _faith(n: NameCue) -> bool:
    """A faith or an ethnic group: a name of the ``religion`` list, or of two words of it ("Protestant Christianity")."""
    religion = n.wl["religion"]
    if n.name in religion:
        return True
    if len(n.words) >= 2 and n.words[-1] in religion and n.words[-1].endswith(("ity", "ism", "Islam")) and all(
            w in religion or w in _FAITH_MODIFIERS or w in n.g.demonyms for w in n.words[:-1]):
        return True  # "Roman Catholic Christianity", "Orthodox Judaism", "Shia Islam": a faith and its branch
    words = n.words if len(n.words) == 2 else n.name.split("-") if "-" in n.name else ()
    return len(words) == 2 and words[0] in religion and words[1] in religion  # (also "Sunni-Arab")


#: words of a faith's branch before its name ("Roman Catholic Christianity", "Reform Judaism")
_FAITH_MODIFIERS = frozenset(["Roman", "Orthodox", "Eastern", "Western", "Reform", "Reformed", "Conservative",
                              "Liberal", "Evangelical", "Ultra-Orthodox", "Mahayana", "Theravada", "Tibetan", "Zen",
                              "Political", "Radical", "Early", "Medieval", "Modern"])


def _of_a_people(c: Cue) -> bool:
    """Whether the name is made of faith or people words ("the Shiite Muslim provinces", "the mostly Sunni-Arab
    provinces"): a description of places, not their name."""
    return all(w in c.wl["religion"] or w in c.g.demonyms for word in c.words for w in word.split("-"))


#: Common nouns that, with a capital letter after them, name a category ("Class C"; not "Group F", a team's group).
_LETTERED = frozenset(["Class", "Category", "Grade", "Type", "Level", "Stage", "Phase", "Plan", "Schedule", "Section",
                       "Part", "Tier", "Option", "Vitamin", "Hepatitis", "Model"])

#: Directions before "of" that place a town ("X, north of the capital").
_COMPASS_OF = frozenset(["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                         "north-east", "north-west", "south-east", "south-west", "outside"])

#: the last words of US states' names, as ``prev2`` reads them ("colorado" in "University of Colorado at Boulder")
_STATE_LAST_WORDS = frozenset(name.split()[-1].lower() for name in US_STATE_TAGS.values())
#: A state's services named by a demonym or a branch before them ("Palestinian Intelligence", "Military Intelligence").
_STATE_SERVICES = frozenset(["Intelligence", "Customs", "Coastguard", "Gendarmerie"])
_SERVICE_BRANCHES = frozenset(["Military", "Naval", "Defence", "Defense", "Army", "Navy", "Border"])
#: Currencies, after a demonym ("the Brazilian Real").
_CURRENCY_NAMES = frozenset(["Dollar", "Euro", "Yen", "Pound", "Peso", "Rupee", "Yuan", "Renminbi", "Ruble", "Rouble",
                             "Franc", "Lira", "Real", "Rand", "Won", "Krona", "Krone", "Shekel", "Dinar", "Riyal",
                             "Ringgit", "Baht", "Dirham", "Hryvnia", "Zloty", "Forint", "Naira", "Shilling", "Kwacha"])
#: ... and their plurals ("one million Swiss Francs", "Hong Kong Dollars"; "Reals", "Reais")
_CURRENCIES = _CURRENCY_NAMES | {"Reais", "Liras", "Lire", "Kronor", "Kroner"} | {
    c + "s" for c in _CURRENCY_NAMES if c not in ("Yen", "Yuan", "Renminbi", "Baht", "Won", "Rand")}

#: the words before "as" that make the name after it a firm's trading name ("trading as X", "doing business as X"; the
#: mention keeps such a word as ``prev2``)
TRADING = frozenset(["trading", "trades", "traded", "business"])
#: the words before "as" that make the name after it a product's brand ("sold as Zulresso", "marketed as X"; the mention
#: keeps such a word as ``prev2`` too)
MARKETED = frozenset(["sold", "sells", "selling", "marketed", "markets", "marketing", "branded", "rebranded"])
#: the words before "name" that make the name after it a product's ("under the brand name Zurzuvae", "the trade name X")
_BRAND_NAME = frozenset(["brand", "trade", "proprietary"])
#: a body's people after "whose" ("Metallica, whose members …", "X, whose shareholders …")
_MEMBERS_NOUNS = frozenset(["members", "shareholders", "employees", "staff", "workers", "players", "supporters",
                            "fans", "lawmakers", "MPs", "directors", "owners", "investors", "customers", "troops"])
#: adjectives of nearness before a place ("in nearby Hiko")
_NEARBY = frozenset(["nearby", "neighbouring", "neighboring", "adjacent", "adjoining"])
#: Common nouns that, numbered, name a place ("Terminal 4").
_NUMBERED_PLACES = frozenset(["Terminal", "Gate", "Pier", "Platform", "Hangar", "Route", "Highway", "Interstate",
                              "Camp", "Sector", "Block", "Zone", "Area", "Ward", "District", "Pad", "Complex", "Runway"])
#: ... and a broadcaster ("Channel 10").
_NUMBERED_BROADCASTERS = frozenset(["Channel", "News"])


def _numbered(n: NameCue) -> bool:
    """A common noun and a number ("Proposition 98"; the detector joins them only then)."""
    return len(n.words) == 2 and n.unknown and NUMBER_LABEL.fullmatch(n.words[1]) is not None \
        and _lex(n.words[0].lower()) == "NN"


def _lookup_type(g: Gazetteer, name: str) -> str:
    return (g.lookup(name) or _NO_HIT)[1]


#: Compass words that, after "the" and alone, name a region ("the South", "the North"; "the West" is in the
#: gazetteer).
_REGION_COMPASS = frozenset(["South", "North", "East"])
_PLAIN_COMPASS = _REGION_COMPASS | {"West"}  # ("West Timor", "West Java": a place before a word no list knows)
#: the titles of a constituency's member after its name ("Bristol West MP Carla Denyer"), and the last words of
#: such names
SEAT_HOLDERS = frozenset(["MP", "MSP", "MLA", "TD", "MPP", "MHA", "MNA"])
_SEAT_COMPASS = COMPASS_POINTS | {"Central"}
_COMPASS_SECOND = frozenset(["East", "West"])  # the second word of "the South East", "the North West"


_COMMON_TAGS = frozenset(["NN", "NNS", "JJ", "JJR", "JJS"])  # a common noun or an adjective, in the lexicon


def _compass_place(n: NameCue) -> bool:
    """"North Korea", "East Timor", "South West Norfolk": one or two compass words before a known place; "West Timor",
    "West Java", "East Croydon": North/South/East/West before one word no list or lexicon knows (not "West Point",
    "South Bank": English words; nor "Northern Rock")."""
    w = n.words
    return w[0] in n.wl["compass"] and (_lookup_type(n.g, " ".join(w[1:])) == "place" or (  # "Western North Carolina"
        len(w) > 2 and w[1] in n.wl["compass"] and _lookup_type(n.g, " ".join(w[2:])) == "place")  # "South West Norfolk"
        or (len(w) == 2 and w[0] in _PLAIN_COMPASS and w[1][1:].islower() and _lex(w[1].lower()) is None
            and n.g.lookup(w[1]) is None and w[1] not in n.wl["given"] and not w[1].endswith(("s", "ese"))
            and w[1] not in n.g.demonyms))  # (not "South Africans", "East Timorese", "West Indies": people, a team)


def _acronym_or_place_led(n: NameCue) -> bool:
    """An acronym word inside ("BBC World Service"; not a regnal number after a given name, "John J. Ray III", nor a
    thing's number, "Article IV", "Section II"), a place leading the name ("Washington Post") or a known organisation
    leading it ("Google Analytics")."""
    words = n.words
    if REGNAL.fullmatch(words[-1]) and (words[0] in n.wl["given"] or any(w in n.wl["thing_word"] for w in words[:-1])):
        words = words[:-1]
    if words[0] in n.wl["product_first"]:
        words = words[1:]  # "the MV Island Star": a ship's prefix, no acronym of a body
    return any(w.isupper() and len(w) > 1 and not INITIALS.match(w) for w in words) or place_led(list(n.words), n.g) \
        or _lookup_type(n.g, n.words[0]) == "organization"


#: Demonyms that are also languages (only these stand alone after "in": "in Iraqi." is a typo for Iraq; "American
#: English" is a language, not a people).
LANGUAGES = frozenset({
    "Albanian", "Arabic", "Armenian", "Basque", "Bulgarian", "Catalan", "Chinese", "Croatian", "Czech",
    "Danish", "Dutch", "English", "Estonian", "Filipino", "Finnish", "French", "Georgian", "German", "Greek",
    "Hebrew", "Hungarian", "Icelandic", "Indonesian", "Irish", "Italian", "Japanese", "Korean", "Latvian",
    "Lithuanian", "Malay", "Maori", "Māori", "Mongolian", "Norwegian", "Persian", "Polish", "Portuguese", "Romanian",
    "Russian", "Serbian", "Slovak", "Slovenian", "Somali", "Spanish", "Swahili", "Swedish", "Thai", "Tibetan",
    "Turkish", "Ukrainian", "Vietnamese", "Welsh",
})

#: Plural endings of a word for a group of people ("Melbournians", "Shiites", "Maoists", "Wikipedians").
PEOPLE_ENDING = re.compile(r"[a-z](?:ians|ites|ists)$")


#: an acronym's plural ("CPUs", "MPs")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")

#: a company's legal form, written after its name and a comma ("Staples, Inc.", "Apple, Inc.")
COMPANY_SUFFIXES = frozenset(["Inc", "Inc.", "Ltd", "Ltd.", "LLC", "Corp", "Corp.", "plc", "PLC", "Co.", "GmbH",
                              "Limited", "Incorporated", "Corporation", "L.P.", "LLP"])


def _thing_head(c: Cue) -> bool:
    """The last word names a law, prize, plan, work or product ("Agreement", "Medal") and no
    organisation word is inside ("All Party Hurriyat Conference")."""
    w = c.words[-1]
    return (w in c.wl["other_word"] or w in c.wl["work_word"] or w in c.wl["product_word"]) \
        and w not in c.wl["org_suffix"] and c.wl["org_word"].isdisjoint(c.words)


def things_acronym(w: str, g: Gazetteer) -> bool:
    """An acronym's plural naming things ("CPUs", "PCs", "DVDs"), not people ("MPs", "CEOs")."""
    return _PLURAL_ACRONYM.fullmatch(w) is not None and not g.has("person_role", w[:-1].lower())


def _initials_name(c: Cue) -> bool:
    """Two capitals as initials, then a surname ("AJ Smith", "JB Straubel", "TM Roh"): shaped like an acronym's
    name (not "UK Government", "EU Commission", "BP Chief": a known name, a body's word, a common noun; nor a campus,
    "UC Davis", "UT Austin"); the rules that read it ask the context for a person too."""
    w = c.words
    if len(w) != 2 or len(w[0]) != 2 or not w[0].isupper() or not w[0].isalpha() or w[0][0] == "U" \
            or not w[1][1:].islower() or not c.unknown:
        return False
    wl = c.wl
    last = w[1]
    return c.g.lookup(w[0]) is None and name_like(last) and last not in wl["org_suffix"] \
        and last not in wl["org_word"] and last not in wl["place_suffix"] and last not in wl["thing_word"] \
        and c.g.lookup(last) is None and (_lex(last.lower()) is None or last in wl["surname_word"])


#: a company's head word joined to the word before it ("AeroSystems", "BioTechnologies"; not "McDonald", "LeBron")
_CAMEL_ORG = re.compile(r"[A-Z][a-z]{2,}([A-Z][a-z]{3,})")


def _camel_org(w: str, wl: dict[str, frozenset[str]]) -> bool:
    """``w`` ends in an organisation's head word written as part of it ("Spirit AeroSystems")."""
    m = _CAMEL_ORG.fullmatch(w)
    return m is not None and m.group(1) in wl["org_suffix"]


#: an influenza A virus's subtype ("H5N1", "H1N1", "H7N9")
_FLU_SUBTYPE = re.compile(r"H\d{1,2}N\d{1,2}")


def _product_list_after(c: Cue) -> bool:
    """The first of two names before one plural product noun ("the Falcon and Antares rockets", "Huawei's Mate 70 and
    Pura 70 phones")."""
    return len(c.after) > 2 and c.after[0] in ("and", "or") and c.unknown and not c.poss \
        and c.after[1][:1].isupper() and (
            (c.after[2] in c.wl["product_next"] and c.after[2].endswith("s"))
            or (len(c.after) > 3 and (c.after[2] in _NOUN_MODIFIERS or _MODEL_NUMBER.fullmatch(c.after[2]) is not None)
                and c.after[3] in c.wl["product_next"] and c.after[3].endswith("s")))


def _short_name(n: NameCue) -> bool:
    """Two or three plain capitalised words (no plural of things: "Itanium CPUs"), none an
    organisation/place/other word, the first name-like and no demonym."""
    wl = n.wl
    return all(w[:1].isupper() and not w.isupper() and not things_acronym(w, n.g) for w in n.words) \
        and len(n.words) <= 3 and not any(
        (w in wl["org_word"]) or (w in wl["org_suffix"]) or (w in wl["place_suffix"]) or (w in wl["thing_word"])
        or _camel_org(w, wl) for w in n.words
    ) and name_like(n.words[0]) and not headline_phrase(n.words, n.g) and not common_last_word(n.words, n.g) \
        and not _country_last(n.words, n.g) and n.words[-1] != "Air" and not place_inside(n.words, n.g) \
        and (n.words[0] not in n.g.demonyms or n.words[0] in wl["given"] or people_word(n.words[-1], n.g)) \
        and not period_phrase(n.words, n.g) and n.words[0].rstrip(".") not in SAINT_OR_MOUNT \
        and not n.words[0].startswith(("Anti-", "Pro-", "Non-", "Post-", "Counter-")) \
        and "'s " not in n.name and "’s " not in n.name  # ("the Anti-Secession Law"; "Fidler's Ferry": no one's name)
    # (not "British National Corpus", "American English"; but "Israeli Arab", "Somali American": people; not "St.
    # Lawrence", "Mt. Hood": named after a saint, a mountain)


def period_phrase(words: Sequence[str], g: Gazetteer) -> bool:
    """An age's or an ancient people's adjective before a common noun or a place: "the Roman Empire", "Roman Egypt"
    (not "Roman Abramovich")."""
    return len(words) > 1 and words[0] in _PERIOD_WORDS and (
        (_lex(words[1].lower()) or "")[:2] in ("NN", "JJ") or _lookup_type(g, words[1]) == "place")


def people_word(w: str, g: Gazetteer) -> bool:
    """A word naming people of a nation, faith or group ("Cypriot(s)", "Muslims", "Shi'ite", "People",
    "Wikipedians")."""
    if w in LANGUAGES:
        return False
    one = (w[:-1] if w.endswith("s") else w).replace("'", "")
    return w in g.demonyms or one in g.demonyms or g.has("religion", w) or g.has("religion", one) \
        or w in ("People", "Peoples") or PEOPLE_ENDING.search(w) is not None


def _country_last(words: Sequence[str], g: Gazetteer) -> bool:
    """The last word a country's name and no given name first: a company's or a show's national branch
    ("Semicon Taiwan", "Amnesty Australia"), no person's name (not "Michael Jordan"; not the countries
    that are common surnames: "Nikki Holland", "Murilo Portugal")."""
    last = words[-1]
    if last in _SURNAME_COUNTRIES:
        return False
    hit = g.lookup(last)
    if hit is None or hit[1] != "place" or hit[0] not in countries(g):
        return False
    return not any(g.has("given", w) or g.has("given_word", w) for w in words[:-1])


#: endings of regions' and cities' names that surnames do not have ("Dunbartonshire", "Waziristan")
REGION_ENDING = re.compile(r"[a-z](?:shire|stan|abad|grad|polis)$")


#: a team member's role between the team's name and the member's ("Lions coach Chris Fagan")
_TEAM_ROLES = frozenset(["coach", "captain", "skipper", "boss", "manager", "forward", "defender", "midfielder", "striker",
                         "goalkeeper", "winger", "quarterback", "pitcher", "ruckman", "halfback", "fullback", "guard",
                         "center", "centre", "prop", "flanker", "star", "veteran", "rookie", "owner"])
#: adjectives that, after a town's name, name its club, hospital or school ("Augusta National", "Mass General"; not
#: "Lincoln Memorial", "Pulkovo International": a monument, an airport)
_INSTITUTION_TAILS = frozenset(["National", "General", "Municipal", "Metropolitan"])


def _surname_after_place(n: NameCue) -> bool:
    """The second of two words is shaped like a surname: a capitalised word the lexicon does not know, no plural, and
    no place, organisation or word of either ("Sundar", "Beckham"; not "Paris Club", "Georgia Power", "Houston
    Methodist", "Denver Nuggets", "Paris Métro": a word with its accent). Surnames that are also words stay out
    (for "Chad Griffin" there is "Georgia Power")."""
    w = n.words[1]
    return len(w) > 2 and w[1:].islower() and not w.endswith("s") and _lex(fold_accents(w).lower()) is None \
        and n.g.lookup(w) is None and w not in world_cities() \
        and not any(w in n.wl[k] for k in ("org_word", "org_suffix", "place_suffix", "thing_word"))


def place_inside(words: Sequence[str], g: Gazetteer) -> bool:
    """A known place of two words ends a longer name ("Macworld San Francisco": an event's city
    edition), or a word ends like a region ("Dunbartonshire East"): no person's name."""
    if any(REGION_ENDING.search(w) for w in words):
        return True
    return len(words) >= 3 and (g.lookup(" ".join(words[-2:])) or ("", ""))[1] == "place"


#: Countries whose names are also common surnames (US census, gazetteer people).
_SURNAME_COUNTRIES = frozenset(["Holland", "England", "Wales", "Ireland", "Scotland", "Jordan", "Chad", "Israel",
                                "Georgia", "France", "Portugal", "Brazil", "Britain", "Cuba", "Chile", "Niger"])


def _branch_lead(w: str, wl: Any, g: Gazetteer) -> bool:
    """A first word that can open a firm's national branch: a word no lexicon knows, or a common noun
    ("Amnesty", "Justice"); not a title ("Captain America"), a place word ("Plaza Romania"), an
    adjective or a compass word ("New England", "North Yemen", "Islamic Iran", "Subsaharan Africa")."""
    tag = _lex(w.lower())
    if tag is None:
        return not w.endswith(("ic", "an", "ern", "ese", "ish"))
    return tag in ("NN", "NNS", "VBG") and w not in wl["title"] and w not in wl["place_suffix"] \
        and w.lower() not in g.words.get("place_prev", ())


def common_last_word(words: Sequence[str], g: Gazetteer) -> bool:
    """The last word a common English noun, adjective or gerund of four letters or more that is no
    surname, and no given name or name particle before it: "Campbell Soup", "Gallup Tracking"
    (not "Liz Truss", "Gordon Brown": ``actors_surname_words.tsv``; not "Osama bin Laden")."""
    last = words[-1]
    if len(last) < 4 or g.has("surname_word", last) or _lex(last.lower()) not in _COMMON_LAST_TAGS:
        return False
    return not any(
        w.lower() in CONNECT or any(g.has("given", p) or g.has("given_word", p) for p in w.split("-"))
        for w in words[:-1]
    )


_COMMON_LAST_TAGS = frozenset(["NN", "NNS", "JJ", "VBG"])


def headline_phrase(words: Sequence[str], g: Gazetteer) -> bool:
    """Every word, in lower case, a common noun, adjective or verb of the lexicon, and no given name
    first: a headline-cased phrase ("Climate Change", "Global Warming") rather than a person's name
    ("Heath Ledger": "Heath" is a given name and a word)."""
    if g.has("given", words[0]) or g.has("given_word", words[0]):
        return False
    tags = [_lex(w.lower()) or "NNP" for w in words]
    return all(t[:2] in ("NN", "JJ", "VB") and not t.startswith("NNP") and len(w) > 2  # ("Al Gore")
               for t, w in zip(tags, words, strict=True))


def _plural_last(n: NameCue) -> bool:
    """The last word is a plural common noun and the first no given name ("Six Flags"; a plural the lexicon lacks
    of a noun it has, after common words: "the Maple Leafs", not "Rayshard Brooks", "Sarah Huckabee Sanders")."""
    last = n.words[-1].lower()
    return (_lex(last) == "NNS" or (_lex(last) is None and _lex(last[:-1]) == "NN" and len(last) > 4
                                    and all((_lex(w.lower()) or "").startswith(("NN", "JJ")) for w in n.words[:-1]))) \
        and n.words[-1].endswith("s") and n.words[0] not in n.wl["given"] \
        and not (len(n.words) == 2 and n.words[-1] in n.wl["surname_word"] and _lex(n.words[0].lower()) is None
                 and n.words[0] not in n.wl["religion"] and n.words[0] not in n.g.demonyms)
    # (not "Madison Keys", "Tyra Banks": a word the lexicon lacks, then a surname that is also a plural; "Arab
    # States", "Islamist Courts" are no people)


def _shape(n: NameCue) -> str | None:  # (computed once per name: NameCue.shape)
    """The first of three exclusive shapes of an unknown multi-word name: "compass_place",
    "acronym_or_place_led" or "short_name" (None for none of them)."""
    if not (n.unknown and n.multi):
        return None
    if _compass_place(n):
        return "compass_place"
    if len(n.words) <= 3 and REGNAL.fullmatch(n.words[-1]) and all(w[1:].islower() for w in n.words[:-1]) \
            and any(w in n.wl["given"] for w in n.words[:-1]) and not place_led(list(n.words), n.g):
        return "regnal"
    if _acronym_or_place_led(n):
        return "acronym_or_place_led"
    return "short_name" if _short_name(n) else None


def _region_after(c: Cue) -> bool:
    """"Clearwater, Florida": a name followed by a comma and a known region or country."""
    after, g = c.after, c.g
    if len(after) >= 3 and after[0] == "," and after[1][:1].isupper() and _lookup_type(g, after[1]) != "place" \
            and _lookup_type(g, f"{after[1]} {after[2]}") == "place":
        after = [",", f"{after[1]} {after[2]}", *after[3:]]  # "KOUROU, French Guiana (AP)": a region of two words
    if not (len(after) >= 2 and after[0] == "," and _lookup_type(g, after[1]) == "place"
            and (c.hit is None or c.hit[1] == "place")):
        return False
    if len(after) > 3 and after[2] in ("and", "or") and after[3][:1].isupper():
        return False  # a list: "such as Alphabet, Amazon and Microsoft" (Amazon, the company, not the region)
    nxt2 = " ".join(after[1:3])
    verb_next = len(after) > 2 and (after[2] in SPEECH or (_lex(after[2]) or "").startswith("VB")
                                    or after[2] in CORE_TITLES  # ", Paris claims", ", U.S. Senator"
                                    or after[2] in c.wl["person_role"])  # "Hernan Gomez, Panama coach"
    return not (g.lookup(nxt2) and g.lookup(nxt2)[1] != "place") and not verb_next  # type: ignore[index]


def _adjective_before_noun(c: Cue) -> bool:
    """"Kenyan officials": a one-word -ean/-ian/-ese/-ish adjective before a noun (its plural is
    not capitalised in the body, so it is not a people); "the first Black mayor", "Indigenous
    leaders": a capitalised adjective of race (not the surname of "Conrad Black said")."""
    w, after = c.words[0], c.after
    return (len(c.words) == 1 and c.unknown and bool(after) and after[0][:1].islower()
            and (_lex(after[0]) or "").startswith("NN") and not c.poss
            and ((_ADJ_END.search(w) is not None and _lex(w.lower()) is None and not c.plural_caps
                  and after[0] not in _UNIT_NOUNS)  # (not "China's Fujian province": a province's name)
                 or w in _RACE_WORDS
                 or w in _PERIOD_WORDS))


def _noun_before(kind: str) -> Callable[[Cue], bool]:
    """"the cruise ship X", "the newspaper X", "the town X": a lower-case ``kind`` noun before."""
    return lambda c: c.prev[:1].islower() and c.unknown and c.prev in c.g.words.get(kind, ())


def _noun_after(kind: str) -> Callable[[Cue], bool]:
    """"the Brexit referendum", "the Polaroid camera": a lower-case ``kind`` noun right after an
    unknown name (not its possessive)."""
    return lambda c: bool(c.after) and c.unknown and not c.poss and (
        c.after[0] in c.wl[kind]
        # "the Kepler space telescope", "a Soyuz cargo rocket": one modifier, then the noun
        or (len(c.after) > 1 and c.after[0] in _NOUN_MODIFIERS and c.after[1] in c.wl[kind])
    )


_product_noun_after = _noun_after("product_next")
_event_noun_after = _noun_after("event_next")
#: a model's number after its maker's or its line's name ("Lexus GX 460 SUV", "Boeing 747 jet")
_MODEL_NUMBER = re.compile(r"\d{2,4}[a-z]?")


def _product_after(c: Cue) -> bool:
    """``_noun_after("product_next")``, but not a model who is a person ("former Playboy model Karen McDougal"; "its
    next Claude model" is a product)."""
    return _product_noun_after(c) and not (c.after[0] == "model" and len(c.after) > 1 and c.after[1][:1].isupper())
#: A facility named after a place or by a name of its own, after the modifier of its kind ("the Costa Sur power plant",
#: "the Bagram air base", "the Zamzam refugee camp"): the name is a place.
_FACILITY_MODIFIERS = frozenset(["power", "nuclear", "oil", "gas", "coal", "air", "military", "naval", "army",
                                 "refugee", "detention"])  # (not "steel", "chemical": "the Corus steel plant" is the firm's)
_FACILITIES = frozenset(["plant", "plants", "station", "base", "camp", "refinery", "field", "mine", "facility",
                         "complex", "reactor", "terminal", "prison", "centre", "center", "works"])
#: the words after a person's full name that make it a craft or an instrument named after them (directly or
#: after a modifier: "James Webb space telescope", "Nancy Grace Roman telescope")
_NAMESAKE_NOUNS = frozenset(["space", "telescope", "spacecraft", "probe", "satellite", "observatory", "rover",
                             "aircraft", "carrier", "submarine"])


def _person_shaped(words: tuple[str, ...], wl: dict[str, frozenset[str]], g: Gazetteer) -> bool:
    """Two or three words that look like a person's name: a given name first, or only words the lexicon does
    not know and no demonym ("Alaksandar Milinkievič", "Mallam Nuhu Ribadu"; not "Anglo Irish")."""
    return 2 <= len(words) <= 3 and (words[0] in wl["given"] or all(
        w[1:].islower() and _lex(w.lower()) is None and w not in g.demonyms for w in words))


def party_word(w: str, g: Gazetteer) -> bool:
    """A party's short name ("Labor", "Liberal", "Greens", "Democrat"; "D", "R" of US tags)."""
    return any((g.lookup(x) or ("", ""))[1] == "organization" for x in (w + " Party", w + "ic Party", w[:-1] + " Party"))


def _group_plural(name: str) -> bool:
    """A plural of a faith's or an ethnic group's member noun ("Muslims", "Kurds"; not "Islam", "Christianity")."""
    return name.endswith("s") and not name.endswith(("ism", "ity", "ss"))


#: Plural vehicles after an acronym: its operator's, not a product's name ("ISAF helicopters"; "SAM missiles",
#: "CCTV cameras" stay products).
_FLEET_PLURALS = frozenset(["helicopters", "jets", "tanks", "trucks", "satellites", "aircraft", "drones"])

#: a bill's number after "Bill" ("S.256", "C-69", "H.R.1234", "HB2")
_BILL_CODE = re.compile(r"(?:S|H\.?R\.?|HB|SB|AB|C)[.\- ]?\d{1,5}")
#: a service's head or its name's noun after "Fire", "Police" … ("St. George Fire Chief", "the Boston Fire Department")
_SERVICE_HEADS = frozenset(["Chief", "Commissioner", "Captain", "Marshal", "Department", "Service", "Brigade"])
#: nouns of an armed group after its name ("M23 rebels", "the M23 militia")
_ARMED_GROUP_NOUNS = frozenset(["rebels", "militia", "militiamen", "insurgents", "militants", "movement"])  # (not "F-18 fighters")
#: parts of a place that another place lies in ("X in the centre of Y", "X in the north of Y")
_PARTS_OF_PLACES = frozenset(["centre", "center", "heart", "middle", "north", "south", "east", "west", "northeast",
                              "northwest", "southeast", "southwest", "outskirts", "suburbs", "interior"])
#: Head nouns of an apposition that make the name before it a work, besides work_prev ("X, the year's biggest hit").
_WORK_APPOS = frozenset(["hit", "blockbuster", "sequel", "prequel", "remake", "bestseller", "best-seller", "drama",
                         "thriller", "comedy", "biopic", "franchise", "miniseries", "adaptation", "debut",
                         "encyclical", "anthem"])


def _table_row(c: Cue) -> bool:
    """A name opening a line, then nothing but three numbers or more (a row of a league table or of results)."""
    a = c.after
    return not c.prev and len(a) >= 3 and all(w.isdigit() for w in a[:3]) and not c.poss \
        and c.words[0] not in c.wl["given"] and not c.g.has("given_word_person", c.words[0]) \
        and (len(a) < 4 or a[3].isdigit())


#: verbs of what a body does, right after ", which" ("Workers United, which represents …", "X, which operates …")
_BODY_VERBS_AFTER_WHICH = frozenset(["represents", "operates", "owns", "runs", "manages", "employs", "organises",
                                     "organizes", "publishes", "campaigns", "lobbies", "advocates", "funds", "sponsors",
                                     "organised", "organized", "represented", "operated", "owned", "employed"])


def _possessive_opening(a: Sequence[str]) -> bool:
    """The words after a name open an apposition with a name's possessive (", Google's …", ", Australia's …")."""
    return len(a) >= 3 and a[0] == "," and a[1].endswith(("'s", "’s")) and a[1][:1].isupper()


#: a cited work's year, with a letter for a second work of the year ("2014b")
_CITED_YEAR = re.compile(CITED_YEAR)
#: units of a distance after a place's comma ("Zuwara, about 110 km west of Tripoli")
_DISTANCE_UNITS = frozenset(["km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "mi"])
_ABOUT = frozenset(["about", "some", "around", "roughly", "nearly", "approximately", "almost", "just"])


def _distance_after(words: Sequence[str]) -> bool:
    """The words after a comma give a distance: "about 110 km", "60 miles", "some 40 kilometres"."""
    if words and words[0] in _ABOUT:
        words = words[1:]
    return len(words) >= 2 and words[0].replace(",", "").replace(".", "").isdigit() and words[1] in _DISTANCE_UNITS


#: a country's regions, after a town, a comma and "in the" ("El Granado, in the province of Huelva")
_REGIONS_OF_COUNTRIES = frozenset(["province", "region", "state", "county", "district", "department", "prefecture",
                                   "municipality", "governorate", "canton", "oblast"])


def _body_word(words: Sequence[str], wl: dict[str, frozenset[str]]) -> bool:
    """A body's word among ``words`` (word lists org_suffix, org_word: "Corp", "Institute", "Foundation")."""
    return any(w in wl["org_suffix"] or w in wl["org_word"] for w in words)


#: the word between the parties of a court case
_CASE_WORDS = frozenset(["v", "v.", "vs", "vs."])
#: services of a district that is a body ("Public Health District", "Unified School District", "Water District")
_DISTRICT_SERVICES = frozenset(["Health", "School", "Water", "Fire", "Hospital", "Sanitation", "Irrigation", "Utility",
                                "Park", "Transit", "Library", "Conservation", "Sewer", "Drainage"])
#: a player's or city's "former franchise", "new franchise": a sports team, not a film series
_TEAM_FRANCHISE = frozenset(["former", "new", "old", "previous", "current"])


def _possessive_appos(c: Cue) -> str:
    """The head noun of an apposition that opens with a name's possessive (", Australia's national anthem"), or ""."""
    a = c.after
    if not _possessive_opening(a):
        return ""
    head = a[3] if len(a) > 3 and (_lex(a[2]) or "")[:2] == "JJ" else a[2]
    return head if head.isalpha() and head.islower() else ""
#: place head words of a facility run by a body that speaks for it ("The Carter Center said")
_FACILITY_HEADS = frozenset(["Center", "Centre", "Airport", "Museum", "Zoo", "Prison", "Gallery", "Planetarium", "Palace",
                             "Hotel", "Theatre", "Theater", "Hall", "Stadium", "Arena", "Station", "Cathedral"])
#: opening quotation marks, before a name spoken to ('"Sascha, I know ...')
_OPENING_QUOTES = frozenset(['"', "“", "‘"])
#: the word after a name and a comma that opens a quote, when the name is the one spoken to
_ADDRESS_NEXT = frozenset(["I", "you", "we", "I'm", "you're", "we're", "I've", "you've", "we've", "thank", "please"])
#: verbs of a statement (not of an act: "X died", "X resigned")
_STATEMENT_VERBS = frozenset(["said", "says", "told", "announced", "confirmed", "stated", "added", "warned", "reported",
                              "declined", "denied", "explained", "wrote", "tweeted", "posted", "insisted", "urged"])
#: a model's code of letters and digits ("R700t", "U2E", "MS820", "TH-65PZ700T", "STB-1010", "H100"; not "2024", "4")
_MODEL_CODE_WORD = re.compile(r"(?=[\w-]*[A-Za-z])(?=[\w-]*\d)[A-Z][A-Za-z]{0,4}-?\d[\w-]*|\d+[A-Z][\w-]*")
#: word lists of a place's or a thing's head word ("Carlton Gardens", "the Abraham Accords": no team)
_THING_OR_PLACE_KINDS = ("place_suffix", "other_word", "thing_word", "work_word", "event_word", "product_word")
#: nouns before "of" and a ruler's name ("the reign of Amenhotep III", "the tomb of Tutankhamun")
_RULERS_OF = frozenset(["reign", "tomb", "mummy", "dynasty", "court", "coronation", "abdication", "heir", "successor",
                        "predecessor"])
#: chambers whose party caucus is named by the chamber and the party ("Senate Republicans", "House Democrats")
_CHAMBERS = frozenset(["Senate", "House", "Assembly", "Congressional"])
#: nouns that, after "X is a (adjective)", make X a work ("Oppenheimer is a film of immense ambition")
_WORK_COPULA = (_WORK_APPOS - {"hit", "franchise", "debut"}) | {
    "film", "movie", "documentary", "novel", "memoir", "album", "musical", "sitcom", "docuseries"}
#: quotation marks around a title
_TITLE_MARKS = frozenset(["'", "’", "‘", '"', "“", "”"])
#: nouns of an event before a comma and its name ("its annual developer conference, GTC")
_EVENT_APPOS = frozenset(["conference", "summit", "festival", "tournament", "championship", "championships", "forum",
                          "expo", "fair", "convention", "marathon", "gala", "exhibition", "biennale", "olympiad"])
#: Head nouns of an apposition that make the name before it an organisation, besides org_prev ("X, the
#: local chapter of Y", "X, a subsidiary of Y", "X, a think tank").
_ORG_APPOS = frozenset(["chapter", "subsidiary", "affiliate", "branch", "division", "coalition", "alliance",
                        "association", "federation", "society", "committee", "commission", "foundation",
                        "institute", "club", "team", "publisher", "channel", "tank", "lobby", "consortium",
                        "co-operative", "cooperative", "collective", "ngo", "nonprofit", "non-profit", "charity",
                        "organisation", "organization", "corporation", "airline", "university", "college",
                        "maker", "drugmaker", "distributor", "chain", "miner", "utility", "insurer",
                        "lender", "carrier", "fund", "exchange", "brokerage", "conglomerate", "startup",
                        "start-up", "retailer", "manufacturer", "agency", "bank"])


#: The ending of a Latin species name ("fusca", "bassiana", "coli", "sapiens", "falciparum").
#: a capital after a lower-case letter inside a word ("TravelCorridor", "MeToo"; not "McDonald", "MacArthur")
_CAMEL_INNER = re.compile(r"^(?!Ma?c[A-Z]).*[a-z][A-Z]")
#: an Arabic surname written alone: "al-" and a nisba ending in -i ("al-Zarqawi", "al-Maliki", "al-Baghdadi")
_NISBA = re.compile(r"(?:al|el)-[A-Z][a-z]{2,}i")
_EPITHET = re.compile(r"[a-z]{2,}(?:a|ae|i|ii|us|um|is|ens)")
_GENUS = re.compile(r"[A-Z][a-z]{2,}")
#: a year alone in parentheses: a citation ("Quilis (1964)") or a work's year ("Titanic (1997)")
_YEAR = re.compile(r"1[5-9]\d\d[a-z]?|20\d\d[a-z]?")
_NOT_EPITHETS = frozenset(["della", "delle", "degli", "dei", "dos", "das", "des", "bin", "bint", "ibn"])


def _species_epithet(w: str) -> bool:
    """A lower-case word the lexicon lacks with the ending of a Latin species name."""
    return len(w) >= 4 and w not in _NOT_EPITHETS and _EPITHET.fullmatch(w) is not None and _lex(w) is None \
        and _lex(w[:-1]) is None and _lex(w[:-2]) is None  # not "specialises" (specialise), "thermophilus"


def _group_before(kind: str) -> Callable[[Cue], bool]:
    """"gods, such as X", "companies like X": a ``kind`` group noun before "such as"/"like"/"including"."""
    return lambda c: c.prev2 in c.wl[kind]


#: words between "and" and a group noun after a name ("Pontypridd and other towns", "and several other companies")
_AND_OTHER = frozenset(["other", "many", "several", "some", "various", "numerous"])


def _and_other(kind: str) -> Callable[[Cue], bool]:
    """"flooding to Pontypridd and other towns", "Google and several other companies": a ``kind`` group noun after
    "and other" right after an unknown name."""
    def cond(c: Cue) -> bool:
        a = c.after
        if len(a) < 3 or a[0] != "and" or not c.unknown or c.poss or a[1] not in _AND_OTHER \
                or c.prev == "of" or (c.prev == "the" and c.prev2 == "of"):
            return False  # (not "The president of the Senate and other people": the president is one of them)
        noun = a[2] if a[1] == "other" else (a[3] if len(a) > 3 and a[2] == "other" else "")
        return noun in c.wl[kind]
    return cond


def _quoted_after(kind: str) -> Callable[[Cue], bool]:
    """'the film "Marriage Story"', "the novel The Quiet Shore": an opening quote (or a title's
    "The") right before the name, a ``kind`` noun before that."""
    return lambda c: c.unknown and c.prev2 in c.g.words.get(kind, ())


def _inner_thing(n: NameCue) -> str | None:
    """The thing type of the first word of a thing noun list inside an unknown name (not its last
    word): "Space Shuttle Atlantis" -> "product", "Game of Thrones" -> "work"; None for none."""
    if not n.unknown or n.suffixed:
        return None
    wl = n.wl
    for i, w in enumerate(n.words[:-1]):
        low = w.lower()
        if low in wl["thing_prev"]:
            if any(x in wl["org_suffix"] for x in n.words[:i]):
                return None  # "Combined Joint Task Force Operation Inherent Resolve": a body named for its operation
            return next(t for t in _PREV_KINDS if low in wl[t + "_prev"])
    return None


_PREV_KINDS = ("work", "product", "event", "other")


# ---------------------------------------------------------------------- the table
#: Every typing rule in the order it applies: name, what it reads, type, weight, condition, example.
#: ``n`` is a :class:`NameCue`, ``c`` a :class:`Cue`; word lists (``wl[...]``) are in
#: ``toolkit/data/actors_words.tsv``.
#: what only a company has, after its possessive ("Ring's CEO", "Acme's shareholders")
_CORPORATE_POSSESSIONS = frozenset(["CEO", "CFO", "COO", "shares", "shareholders", "stockholders", "subsidiary",
                                    "subsidiaries", "stock"])
#: nouns after a possessive that make it a disease named after a person ("Crohn's disease", "Bell's palsy")
_DISEASE_NOUNS = frozenset(["disease", "diseases", "syndrome", "palsy", "disorder", "lymphoma", "sarcoma", "ataxia"])
#: people whose names, with a possessive, usually name a disease ("Alzheimer's drug", "living with Parkinson's")
_DISEASE_EPONYMS = frozenset(["Alzheimer", "Parkinson", "Crohn", "Huntington", "Tourette", "Asperger", "Hodgkin",
                              "Addison", "Cushing", "Gehrig", "Raynaud", "Graves", "Meniere", "Ménière"])
#: what follows a disease's possessive name besides a noun of disease ("Alzheimer's drug", "Parkinson's patients")
_DISEASE_CONTEXT = _DISEASE_NOUNS | frozenset([
    "drug", "drugs", "medicine", "medicines", "medication", "treatment", "treatments", "therapy", "therapies",
    "patient", "patients", "sufferers", "symptoms", "diagnosis", "risk", "dementia", "research", "vaccine", "cure",
    "trial", "trials", "care", "progression", "cases", "gene", "genes"])


def _disease_eponym(c: Cue) -> bool:
    """"Alzheimer's drug", "people with Parkinson's.", "Crohn's disease": a disease named after a person (a name
    alone, a possessive, a disease's noun or context after it; not "Michael Parkinson's show")."""
    if not c.poss or not c.after:
        return False
    if c.after[0] in _DISEASE_NOUNS:
        return True
    return len(c.words) == 1 and c.words[0] in _DISEASE_EPONYMS and (
        c.after[0] in _DISEASE_CONTEXT or not c.after[0][:1].isalpha()
        or (c.after[0].islower() and not (_lex(c.after[0]) or "NN").startswith("NN")))


#: Words between an organisation's possessive and the role it names ("Google's top lawyer").
_ROLE_MODIFIERS = frozenset(["former", "deputy", "vice", "senior", "new", "top", "acting", "interim",
                             "longtime", "then", "outgoing", "incoming", "assistant", "associate", "executive"])


def _role_apposition(c: Cue) -> bool:
    """An apposition naming a person's role: ", Google's (top) president|lawyer …" (a possessive, then the role), or
    one headed by a role after "a" (", a former senator,"); not a role a firm can have
    ("Alphabet, Google's owner", "the world's leader in …") unless "chief" opens it ("Google's chief executive")."""
    a = c.after
    if len(a) < 3 or a[0] != "," or not c.unknown or c.poss:
        return False
    roles = c.wl["person_role"]
    if _possessive_opening(a):
        role = a[3] if a[2] in _ROLE_MODIFIERS and len(a) > 3 else a[2]
        if role == "chief" and len(a) > 3 and a[3] != role and a[3].islower():
            return True
        return role in roles and role not in _ROLES_OF_FIRMS
    # (after "a"/"an" only: ", the former mayor argued" may open the clause after a fronted phrase, "In the speech,
    # first disclosed by the Aspen Times, the former mayor argued")
    return a[1] in ("a", "an") and bool(c.appos) and c.appos in roles and c.appos not in _ROLES_OF_FIRMS


def _first_is(*words: str) -> Callable[[str, dict[str, frozenset[str]]], bool]:
    """A :attr:`Rule.first` gate: the word after the name is one of ``words``."""
    allowed = frozenset(words)
    return lambda w, wl: w in allowed


def _first_noun(kind: str) -> Callable[[str, dict[str, frozenset[str]]], bool]:
    """The :attr:`Rule.first` gate of :func:`_noun_after`: a ``kind`` noun or one of its modifiers."""
    return lambda w, wl: w in wl[kind] or w in _NOUN_MODIFIERS


def _line_number(n: Any) -> str | None:
    """The type that a model or serial number gives a name ("Boeing 737": product), or ``None``."""
    w = n.words
    k = len(w) - 1
    while k >= 2 and w[k] in MODEL_SUFFIXES and len(w) - k <= 2:
        k -= 1  # "Boeing 737 MAX", "iPhone 17 Pro Max"
    if k < 1 or not w[k][-1:].isalnum() or not (MODEL_CODE.fullmatch(w[k]) or (w[k - 1] == "Flight" and FLIGHT_CODE.fullmatch(w[k]))):
        return None  # (a flight's code may open with a digit: "Jeju Air Flight 7C2216")
    line = w[k - 1]
    wl = n.wl
    for t in NUMBER_LINE_TYPES:
        if line in wl[t + "_line"]:
            return t
    return "product" if line in wl["product_name"] or w[0] in wl["product_name"] else None


def _line_is(t: str) -> Callable[[Any], bool]:
    """The rule that types a name ``t`` when its model or serial number says so (:func:`_line_number`)."""
    return lambda n: _line_number(n) == t


TYPE_RULES: tuple[Rule, ...] = (
    # -- what the detector and the title splitting said
    Rule("acronym_defined", "detector", "organization", 2, lambda c: c.acronym and not _thing_head(c),
         '"the North Atlantic Treaty Organization (NATO)": defined acronyms name organisations far more often than not '
         '(not "the Japan-Australia Migratory Bird Agreement (JAMBA)": a thing\'s head word)'),
    Rule("detector_label", "detector", None, 3, lambda c: bool(c.label),
         "spaCy's type, or \"Captain America\" / \"Mayor of Koszalin\" typed while splitting a title"),
    Rule("title_before", "detector", "person", 3, lambda c: c.titled, '"President Emmanuel Macron"'),
    Rule("institution_after_title", "detector", "organization", 2, lambda c: c.institution,
         '"Chairman of the Australian Centre for X"'),
    # -- party words, peoples and demonyms: decided at once
    Rule("party_word", "name", "organization", 3,
         lambda n: n.party is not None and n.party[1] == "organization" and n.name not in LANGUAGES,
         '"Democratic primaries", "Labour MPs", "Republicans": the party (not a language: "in English and Maori")',
         final=True),
    Rule("people", "name", "person", 4,
         lambda n: n.unknown and n.name.endswith("s") and (
             (len(n.words) == 1 and n.name[:-1] in n.g.demonyms)
             # "Indigenous Australians", "Many Iraqis", "Fellow Americans": a people after a modifier
             or (2 <= len(n.words) <= 3 and n.words[-1][:-1] in n.g.demonyms and all(
                 w[1:].islower() and (_lex(w.lower()) or "").startswith(("JJ", "NN", "DT", "PDT")) or w in n.g.demonyms
                 or w in n.wl["religion"] for w in n.words[:-1]))),
         '"Afghans", "Indigenous Australians", "Many Iraqis": a people', final=True),
    Rule("islanders", "name", "person", 4,
         lambda n: n.unknown and n.multi and len(n.words) <= 3 and (n.words[-1] == "Islander" or (
             n.words[-1] == "Islanders" and n.words[0] in ("Pacific", "Torres", "Channel", "Faroe", "Falkland"))),
         '"the first Pacific Islander to …", "Torres Strait Islanders": a people (not "the New York Islanders", a team)'),
    Rule("town_institution", "name", "organization", 4,
         lambda n: n.unknown and len(n.words) == 2 and n.words[1] in _INSTITUTION_TAILS and n.words[0][1:].islower()
         and n.words[0] not in n.g.demonyms and n.words[0] not in well_known_people(),
         '"Augusta National", "Mass General": a town, then the adjective of its club or hospital (no surname, though '
         '"Augusta" is a given name too; not "an Indian National", a citizen, nor "Reagan National", an airport)',
         final=True),
    Rule("well_known_person", "name", "person", 4, lambda n: n.multi and n.name in well_known_names(),
         '"Paris Hilton", "Conrad Hilton" (toolkit/data/gazetteer_people.tsv): a person, whatever place or brand '
         'their name holds'),
    Rule("demonym", "name", "place", 5, lambda n: n.name in n.g.demonyms and n.unknown,
         '"Russian troops": the country', final=True),
    # -- the shape of the name
    Rule("org_name_then_place", "name", "organization", 3,
         lambda n: n.unknown and len(n.words) > 2 and (n.words[-2] in n.wl["org_suffix"] or n.words[-2] in n.wl["org_word"])
         and _lookup_type(n.g, n.words[-1]) == "place",
         '"World Wildlife Fund Mexico", "Marriage Equality Coalition Taiwan"'),
    Rule("body_of_sport", "name", "organization", 3,
         lambda n: n.unknown and len(n.words) > 2 and n.words[-2] in n.wl["org_suffix"] and n.last in _SPORTS,
         '"Major League Soccer", "Rugby Football Union", "National Basketball Association"'),
    Rule("known_org_at_end", "name", "organization", 3,
         lambda n: n.unknown and len(n.words) >= 2 and any(
             _lookup_type(n.g, " ".join(n.words[i:])) == "organization" and len(n.words) - i >= 2
             for i in range(1, len(n.words))),
         '"Philippine Red Cross": a known organisation\'s name at the end'),
    Rule("for_inside", "name", "organization", 3, lambda n: "for" in n.words[1:] and n.unknown,
         '"Center for Food Safety", "Campaign for Nuclear Disarmament"'),
    Rule("compass_place", "name", "place", 4, lambda n: n.shape == "compass_place", '"North Korea", "East Timor"'),
    Rule("village_green", "name", "place", 3,
         lambda n: n.unknown and len(n.words) == 2 and n.words[1] == "Green" and n.words[0][1:].islower()
         and n.words[0] not in n.wl["given"]
         and not title_like(n.words[0], n.g) and n.words[0] not in n.g.demonyms,
         '"Bradmore Green", "Bethnal Green", "Broad Green": a place named for its green (not "Eva Green")'),
    Rule("place_channel", "name", "place", 4,
         lambda n: n.unknown and len(n.words) == 2 and n.words[1] == "Channel" and _lookup_type(n.g, n.words[0]) == "place",
         '"much of the Bristol Channel": a sea named for a place (not "the Disney Channel": a broadcaster)'),
    Rule("noble_of", "name", "person", 4,
         lambda n: n.unknown and 3 <= len(n.words) <= 5 and n.words[1] == "of" and n.words[0] in NOBLE_TITLES
         and n.last not in n.wl["org_suffix"] and n.last not in n.wl["other_word"] and n.last not in n.wl["event_word"]
         and n.words[-1] not in n.wl["org_suffix"] and n.words[-1] not in n.wl["place_suffix"],
         '"the Duke of Edinburgh", "the Emperor of Japan", "the Sultan of Brunei": the title holder (not "the Countess '
         'of Chester Hospital")'),
    Rule("particle_surname", "name", "person", 3,
         lambda n: len(n.words) >= 2 and n.words[0] in SURNAME_PARTICLES and n.last not in n.wl["org_suffix"]
         and n.last not in n.wl["place_suffix"] and n.last not in n.wl["thing_word"],
         '"von der Leyen", "de Gaulle", "da Silva" written without the given name: a surname'),
    Rule("van_von_inside", "name", "person", 3,
         lambda n: n.multi and n.words[1] in VAN_VON and 3 <= len(n.words) <= 5 and n.words[-1][:1].isupper()
         and not any(w in n.wl[k] for w in (n.words[0], n.last) for k in ("org_suffix", "org_word", "place_suffix",
                                                                            "thing_word")),
         '"Ad van den Berg", "Wim van Hanegem": a Dutch or German surname\'s particle after the given name (not '
         '"Université de Montréal": "de" is Romance, a body\'s "of")'),
    Rule("regnal_name", "name", "person", 3, lambda n: n.shape == "regnal",
         '"Louis XIV", "Elizabeth II", "Thomas Luce III": a given name and a regnal number (not "Agni III")'),
    Rule("variety_of_language", "name", "other", 5,
         lambda n: len(n.words) == 2 and n.words[-1] in LANGUAGES and n.unknown
         and (n.words[0] in n.g.demonyms or _lookup_type(n.g, n.words[0]) == "place"),
         '"U.S. English", "Brazilian Portuguese", "Canadian French": a language\'s variety, no body'),
    Rule("acronym_or_place_led", "name", "organization", 2, lambda n: n.shape == "acronym_or_place_led",
         '"BBC World Service", "Washington Post", "Philippine Coast Guard"'),
    Rule("short_name_plural", "name", "organization", 2, lambda n: n.shape == "short_name" and _plural_last(n),
         '"Six Flags", "Apex Shark Expeditions": not a surname'),
    Rule("short_name", "name", "person", 2, lambda n: n.shape == "short_name" and not _plural_last(n),
         '"Xiaogang Wei": two or three name-like words'),
    Rule("arabic_nisba", "after", "person", 3,  # ("after": it reads the name too, no memo on the word before)
         lambda c: len(c.words) == 1 and c.words[0][:3] in ("al-", "el-") and _NISBA.fullmatch(c.words[0]) is not None
         and c.prev.lower() not in ("the", "a", "an")
         and not (c.after and (_lex(c.after[0]) or "")[:2] == "NN"),
         '"the death of al-Zarqawi", "met al-Maliki": an Arabic surname (al- and a nisba in -i; not "the al-Askari shrine")'),
    Rule("number_team", "name", "organization", 5,
         lambda n: n.multi and n.words[-1][:1].isdigit() and n.words[-1].endswith("ers") and n.words[-1][:-3].isdigit(),
         '"the San Francisco 49ers", "the Philadelphia 76ers": a team named with a number'),
    Rule("group_letter", "name", "organization", 4,
         lambda n: len(n.words) == 2 and n.words[0] == "Group" and (len(n.words[1]) == 1 or n.words[1].isdigit()),
         '"Group F" of a tournament: its teams (GUM: an organisation)'),
    Rule("event_first_word", "name", "event", 4, lambda n: n.multi and n.words[0] in n.wl["event_first"],
         '"Operation Overlord", "Hurricane Katrina", "Battle of Britain"'),
    Rule("product_first_word", "name", "product", 4, lambda n: n.multi and n.words[0] in n.wl["product_first"],
         '"HMS Victory", "USS Enterprise": a ship'),
    Rule("other_first_word", "name", "other", 4, lambda n: n.multi and n.words[0] in n.wl["other_first"],
         '"Project Veritas"... a project: no actor, no clear kind'),
    Rule("given_name_place_word_surname", "name", "person", 4,
         lambda n: n.unknown and 2 <= len(n.words) <= 3 and n.words[-1] in _SURNAME_PLACE_WORDS and n.words[0] in n.wl["given"]
         and all(INITIALS.fullmatch(w) for w in n.words[1:-1])  # "Christopher R. Hill"
         and n.words[0] not in world_cities() and n.g.lookup(n.words[0]) is None,
         '"Christopher Hill", "Jill Hall", "Darrell Castle": a given name, then a surname that is also a place word '
         '(not "Victoria Park", "Lucas Heights")', final=True),
    Rule("given_name", "name", "person", 3, lambda n: n.unknown and not n.suffixed and n.words[0] in n.wl["given"] and n.multi
         and n.name not in n.wl["religion"] and not period_phrase(n.words, n.g) and not _faith(n),
         '"John Luk Jok": a known given name first (not "Roman Catholic", "the Roman Empire", "Roman Egypt", "Roman '
         'Catholic Christianity")',
         unless_typed=True),
    Rule("word_given_name", "name", "person", 3,
         lambda n: n.unknown and not n.suffixed and len(n.words) == 2 and n.words[0] in n.wl["given_word_person"]
         and n.words[1][1:].islower() and (_lex(n.words[1].lower()) is None or n.words[1] in n.wl["surname_word"])
         and n.g.lookup(n.words[1]) is None,
         '"Blessing Okagbare", "Sunny Hostin", "Destiny Wagner": a given name that is also a word, then a '
         'surname (not "Grace Church", "Hope Street": a common noun)', unless_typed=True),
    Rule("saint_or_mount_first", "name", "place", 2,
         lambda n: n.words[0].rstrip(".") in SAINT_OR_MOUNT and n.unknown and 2 <= len(n.words) <= 3
         and not any(w in n.wl[k] for w in n.words for k in ("org_word", "org_suffix", "event_word", "other_word")),
         '"followed by St. Lawrence with 67.7%", "St. Clair", "Mt. Hood": a town, college or mountain named after a saint '
         'or a mount (a body or an event by its head word: "St. Clair College", "St. Patrick\'s Day")'),
    Rule("title_given_name", "name", "person", 3,
         lambda n: n.unknown and len(n.words) == 2 and n.words[0] in n.wl["title"] and n.words[1] in n.wl["given"]
         and n.words[0].rstrip(".") not in SAINT_OR_MOUNT,
         '"Sister Agnes", "Brother Roger": a title kept in the name, then a given name (not a saint\'s: "St Mary\'s")'),
    Rule("place_given_name", "name", "person", 2,
         lambda n: n.unknown and len(n.words) == 2 and n.words[0] in n.wl["given_place"] and _surname_after_place(n),
         '"Kent Conrad", "Sydney Sweeney", "Brooklyn Beckham": a given name that is also a place, then a surname (not '
         '"Washington Post", "Paris Metro", "Denver Nuggets": a common noun or a plural)'),
    Rule("given_name_alone", "name", "person", 1,
         lambda n: n.unknown and not n.suffixed and n.words[0] in n.wl["given"] and not n.multi,
         '"Madison": a given name alone (also a place, a company ...)', unless_typed=True),
    Rule("initials", "name", "person", 3,
         lambda n: n.unknown and n.multi and bool(INITIALS.match(n.words[0])) and not n.suffixed and n.g.lookup(n.words[0]) is None,
         '"K.C. Maurer", "J. R. R. Tolkien"'),
    Rule("acronym_of_term", "article", "other", 4, lambda c: c.term_acronym,
         '"iodine deficiency disorders (IDD)" ... "IDD": an acronym of common words is a term, not an organisation'),
    Rule("plural_of_capitalised", "article", "other", 3, lambda c: c.plural_seen,
         '"Warhol Polaroids" beside "Polaroid": a plural thing'),
    Rule("hashtag", "article", "other", 5, lambda c: c.prev == "#" and len(c.words) == 1 and _CAMEL_INNER.match(c.words[0]),
         '"the #TravelCorridor list", "#MeToo": a hashtag (one word with an inner capital right after "#"), no actor'),
    Rule("faith_people", "name", "person", 5, lambda n: _faith(n) and _group_plural(n.name),
         '"Muslims", "the Kurds", "African Americans": a group of people, like "Afghans"'),
    Rule("religion", "name", "other", 5, lambda n: _faith(n) and not _group_plural(n.name),
         '"Muslim", "Islam", "Kurdish", "Protestant Christianity": a faith, an ethnic group\'s adjective'),
    Rule("org_head_word", "name", "organization", 3,
         lambda n: n.last in n.wl["org_suffix"] or not n.wl["org_word"].isdisjoint(n.words)
         or (n.multi and n.last in _FIRM_TAILS) or _camel_org(n.last, n.wl),
         '"Acme Corp", "Ministry of Health", "Solaris Asset Management", "Spirit AeroSystems"'),
    Rule("bank_glued", "name", "organization", 4,
         lambda n: "bank" in n.name and any(_GLUED_BANK.fullmatch(w) is not None for w in n.words),
         '"Svenska Handelsbanken", "Sparebanken Vest", "Landsbanki", "Halkbank": a bank\'s word glued to its name, as '
         'Nordic, German, Dutch and Turkish banks write it (not "Riverbank", "Westbank")'),
    Rule("place_head_word", "name", "place", 3, lambda n: n.last in n.wl["place_suffix"] and n.multi, '"Helmand Province"'),
    Rule("street_and_compass", "name", "place", 3,
         lambda n: len(n.words) >= 3 and n.words[-1] in COMPASS_POINTS and n.words[-2] in n.wl["place_suffix"],
         '"Eglinton Avenue East", "Bridge Plaza North": a street and its side'),
    Rule("service_district", "name", "organization", 4,
         lambda n: n.last == "District" and len(n.words) > 2 and n.words[-2] in _DISTRICT_SERVICES
         and not _CASE_WORDS.intersection(n.words),  # (not "Kitzmiller v. Dover Area School District": a case)
         '"South Plains Public Health District", "Chicago Park District", "Los Angeles Unified School District": a body '
         'that runs a service, not an area'),
    Rule("agency_center", "name", "organization", 4,
         lambda n: n.last in ("Center", "Centre") and len(n.words) > 2 and n.words[-2] in _AGENCY_FIELDS,
         '"National Hurricane Center", "Pew Research Center": an agency, not a building like "Kennedy Space Center"'),
    Rule("conference_of_members", "name", "organization", 5,
         lambda n: n.last == "Conference" and "of" in n.words and n.words[-1].endswith("s")
         and _lex(n.words[-1].lower()) == "NNS" and n.words[-1] != "Parties",
         '"the National Conference of State Legislatures", "the U.S. Conference of Mayors": a body of its members'),
    Rule("work_head_word", "name", "work", 4, lambda n: n.last in n.wl["work_word"], '"the Bible", "the Koran": a book'),
    Rule("product_head_word", "name", "product", 4, lambda n: n.last in n.wl["product_word"],
         '"James Webb Space Telescope", "Space Shuttle"'),
    Rule("possessive_place", "name", "place", 4,
         lambda n: len(n.words) == 2 and n.words[1] in POSSESSIVE_PLACE_HEADS and ("'s " in n.name or "’s " in n.name),
         '"Fidler\'s Ferry", "Hawke\'s Bay", "Pike\'s Peak": a place named by a possessive and a place\'s word'),
    Rule("event_head_word", "name", "event", 4,
         lambda n: n.last in n.wl["event_word"] and not (n.last in ("Fire", "Wildfire") and ("of" in n.words or len(n.words) < 2))
         and not (n.last == "Classic" and (len(n.words) < 2 or not n.words[0][:1].isupper()
                                           or _lookup_type(n.g, " ".join(n.words[:-1])) in ("product", "organization"))),
         # ("Wheels of Fire"; "Fire" alone: "D.C., Fire and EMS Chief …"; a product's "Classic" model: "iPod Classic",
         # "Coca-Cola Classic", not the "Dubai Desert Classic" tournament)
         '"World Cup", "Cannes Film Festival", "Academy Awards", "Monaco Grand Prix", "G20 Summit"'),
    Rule("other_head_word", "name", "other", 4,
         lambda n: n.last in n.wl["other_word"] and not (
             n.last in _SURNAME_FEASTS and len(n.words) >= 2 and n.words[0] not in _FEAST_MODIFIERS),
         '"Affordable Care Act", "Nobel Prize", "Paris Agreement": laws, prizes, plans, holidays'),
    Rule("mountain_pass", "name", "place", 6, lambda n: mountain_pass(n.words),
         '"the Col du Galibier", "the Col de la Loze": a mountain pass'),
    Rule("firm_and_kin", "name", "organization", 6,
         lambda n: len(n.words) >= 3 and n.words[-2] in ("and", "&") and n.words[-1] in FIRM_KIN,
         '"EG Green and Sons", "Pamela Martin and Associates": a firm named for its founder and family or partners'),
    Rule("prize_in_field", "name", "other", 7,
         lambda n: any(w in PRIZE_WORDS and n.words[i + 1] in ("in", "for") and not _body_word(n.words[i + 2 :], n.wl)
                       for i, w in enumerate(n.words[:-1])),
         # (not "the Prize Foundation for Science", "the Award for Excellence Institute": a body)
         '"the Nobel Prize in Chemistry", "the Pulitzer Prize for Fiction", "the Academy Award for Best Actor": a prize '
         'and its field'),
    Rule("bill_number", "name", "other", 6,
         lambda n: len(n.words) == 2 and n.words[0] == "Bill" and _BILL_CODE.fullmatch(n.words[1]) is not None,
         '"Bill S.256", "Bill C-69", "Bill HR 1": a bill by its number'),
    Rule("web_name", "name", "organization", 5,
         lambda n: n.last.lower().endswith((".com", ".org", ".net", ".co.uk", ".io")) and len(n.last) > 6,
         '"Economy.com", "Amazon.com", "Change.org": a site\'s address, the firm or group that runs it'),
    Rule("flu_subtype", "name", "other", 5, lambda n: _FLU_SUBTYPE.fullmatch(n.name) is not None,
         '"H5N1", "H7N9": an influenza virus\'s subtype'),
    Rule("lone_acronym", "name", "organization", 1,
         lambda n: len(n.words) == 1 and n.words[0].isupper() and len(n.words[0]) > 1, '"NATO", "BBC"'),
    # -- the word before the name
    Rule("role_noun_before", "before", "person", 2, lambda c: c.prev.lower() in c.wl["person_role"] and c.prev[:1].islower(),
         '"the opposition leader X"'),
    Rule("speech_verb_before", "before", "person", 2,
         lambda c: c.prev in _SAID_BEFORE and c.unknown,
         '"..., said Mauer": a reporting verb before the name (after a quote)'),
    Rule("place_preposition_before", "before", "place", 1, lambda c: c.prev.lower() in _PLACE_PREP, '"in X", "near X"'),
    Rule("stretch_between_after", "after", "place", 3,
         lambda c: c.prev == "on" and c.unknown and len(c.after) >= 2 and c.after[0] == "between"
         and c.after[1][:1].isupper(),
         '"a cordon on Stokes Croft between Jamaica Street and Ashley Road": a road, its stretch between two others',
         first=_first_is("between")),
    Rule("calls_itself_before", "before", "organization", 4, lambda c: c.prev in ("itself", "themselves") and c.unknown,
         '"a criminal group calling itself ShinyHunters", "men calling themselves the Sons of Liberty": a group\'s name'),
    Rule("place_at_a_distance", "after", "place", 4,
         lambda c: len(c.after) >= 3 and c.after[0] == "," and _distance_after(c.after[1:]) and not _body_word(c.words, c.wl),
         '"The boat had left Zuwara, about 110 km west of Tripoli", "Kherson, 60 miles from the front": a place, then how '
         'far it lies from another', first=_first_is(",")),
    Rule("place_in_region_of", "after", "place", 3,
         lambda c: c.unknown and len(c.after) > 3 and c.after[0] == "," and c.after[1] == "in" and c.after[2] == "the"
         and c.after[3] in _REGIONS_OF_COUNTRIES and not _body_word(c.words, c.wl)
         and (_lex(c.words[-1].lower()) or "") != "NNS",  # (not "Zorblat Tours, in the state of Goa": a firm)
         '"a station in El Granado, in the province of Huelva": a town, then the region it lies in',
         first=_first_is(",")),
    Rule("place_in_part_of", "after", "place", 3,
         lambda c: len(c.after) > 3 and c.after[0] == "in" and c.after[1] == "the" and c.after[2] in _PARTS_OF_PLACES
         and c.after[3] == "of",
         '"a military base in Maidan Shahr in the centre of Afghanistan\'s Maidan Wardak province": a place in a '
         'part of another', first=_first_is("in")),
    Rule("service_before_title", "after", "organization", 6,
         lambda c: c.words[-1] in ("Fire", "Police", "Rescue", "Ambulance") and len(c.words) >= 2
         and c.after[0] in _SERVICE_HEADS,
         '"said St. George Fire Chief Tim Polky": the town\'s fire service, no fire (the event of "the Palisades Fire")',
         first=lambda w, wl: w in _SERVICE_HEADS),
    Rule("place_gloss_after", "after", "place", 3,
         lambda c: c.after[0] == "(" and len(c.words) == 1 and c.unknown and c.words[0] not in c.wl["given"]
         and len(c.after) >= 4 and c.after[1][:1].isupper() and "-" not in "".join(c.after[1:4])
         and ((c.after[3] in c.wl["place_suffix"] and c.after[2][:1].isupper())
              or (c.after[1] in c.wl["place_suffix"] and c.after[2] == "of")),
         '"Zizhuyuan (Purple Bamboo Park)", "Ritan (Temple of the Sun)": a place\'s own name, then its gloss in English '
         '(not an MP and the seat in brackets: "Moore (Port Moody-Westwood-Port Coquitlam)")',
         first=_first_is("(")),
    Rule("bracketed_given_name_before", "after", "person", 3,  # ("after": it reads prev2, no memo on prev)
         lambda c: c.prev == ")" and len(c.words) == 1 and c.unknown and c.prev2.capitalize() in c.wl["given"],
         '"General (Peter) Cosgrove", "Senator (John) Smith": a surname after a given name an editor put in brackets'),
    Rule("the_compass_region", "after", "place", 4,  # ("after": it reads the name too, no memo on prev)
         lambda c: c.prev.lower() == "the" and c.unknown and (
             (len(c.words) == 1 and c.words[0] in _REGION_COMPASS)
             or (len(c.words) == 2 and c.words[0] in _REGION_COMPASS and c.words[1] in _COMPASS_SECOND)),
         '"from the Midwest to the South", "the North", "the South East", "the North West": a region'),
    Rule("work_noun_before", "before", "work", 4, _noun_before("work_prev"),
         '"the film Quiet Harbour", "the novel X", "the series X": stronger than a suffix'),
    Rule("product_noun_before", "before", "product", 4, _noun_before("product_prev"),
         '"the cruise ship X", "the browser Chrome", "the drug X": stronger than a suffix'),
    Rule("model_year_before", "year", "product", 4,
         lambda c: c.prev2 in _OWNER_DETERMINERS and _MODEL_YEAR.fullmatch(c.prev) is not None and c.unknown
         and 2 <= len(c.words) <= 3 and not c.poss and c.words[0] not in c.wl["given"]
         and _lex(c.words[-1].lower()) is None and not any(
             w in c.wl[k] for w in c.words for k in ("org_word", "org_suffix", "event_word", "place_suffix", "other_word"))
         and not (c.after and c.after[0][:1].islower() and (_lex(c.after[0]) or "").startswith("NN")),
         '"alone in his 1997 Ford Mustang", "she drove a 2015 Toyota Camry": a car by its model year (not "the 2016 '
         'Rio Olympics", "a 2019 Pew Research survey", "the 2008 Obama campaign")'),
    Rule("event_noun_before", "before", "event", 4, _noun_before("event_prev"), '"the festival X", "the operation X"'),
    Rule("other_noun_before", "before", "other", 4, _noun_before("other_prev"), '"the treaty X", "the hashtag X"'),
    Rule("org_noun_before", "before", "organization", 4, _noun_before("org_prev"), '"the newspaper X"'),
    Rule("place_noun_before", "before", "place", 4, _noun_before("place_prev"), '"the town X"'),
    Rule("trading_as_before", "after", "organization", 6,
         lambda c: c.prev == "as" and c.prev2 in TRADING and c.unknown and not c.poss,
         '"EG Green and Sons, trading as Harvey Beef", "doing business as X": the firm\'s trading name'),
    Rule("marketed_as_before", "after", "product", 6,
         lambda c: c.unknown and not c.poss and (c.prev == "as" and c.prev2 in MARKETED
                                                 or c.prev in ("name", "names") and c.prev2 in _BRAND_NAME)
         and not c.g.has("org_suffix", c.words[-1]),
         '"brexanolone, sold as Zulresso", "under the brand name Zurzuvae": a product\'s brand (not "sold as Hartwell '
         'Holdings": a firm)'),
    Rule("nearby_before", "after", "place", 3,
         lambda c: c.prev.lower() in _NEARBY and c.unknown and not c.poss
         and not (c.after[0][:1].islower() and (_lex(c.after[0]) or "").startswith("NN")),
         '"In nearby Hiko", "residents of neighbouring Tarrow": a place near the story\'s (not "the nearby Corus '
         'steel plant": a firm\'s)'),
    Rule("compass_adjective_before", "after", "place", 3,
         lambda c: c.prev in _COMPASS_ADJECTIVES and c.unknown and not c.poss
         and not (_lex(c.after[0]) or "").startswith("NN") and not c.wl["religion"].intersection(c.words),
         '"in Musa Qaleh, northern Helmand", "in southern Narathiwat": a region (not "the southern Gazan city": an '
         'adjective before its noun; an "after" rule, as it reads the word after too)',
         first=lambda w, wl: not (_lex(w) or "").startswith("NN")),
    Rule("quoted_work_title", "quoted", "work", 4, _quoted_after("work_prev"),
         'the film "Marriage Story", the novel The Quiet Shore: a title after a work noun'),
    Rule("quoted_other_name", "quoted", "other", 4, _quoted_after("other_prev"),
         'coined the term "Swiftonomics", the hashtag "#MeToo": a quoted name after a noun of things named'),
    Rule("quoted_product_name", "quoted", "product", 4, _quoted_after("product_prev"),
         'the app "Signal", the ship "Seawinds": a quoted name after a product noun'),
    Rule("quoted_sequel", "quoted", "work", 3,
         lambda c: c.unknown and c.prev in ('"', "“", "'", "‘") and len(c.words) >= 2 and REGNAL.fullmatch(c.words[-1]) is not None
         and c.words[0] not in c.wl["given"] and all(w[1:].islower() for w in c.words[:-1]),
         "Paramount's \"Gladiator II\", 'Frozen II': a quoted title with a sequel's number (not a king's: \"Henry VIII\")"),
    Rule("capital_the_mid_sentence", "quoted", "organization", 1,
         lambda c: c.prev == "The" and c.unknown and len(c.words) == 1 and c.prev2[:1].islower() and c.prev2.isalpha(),
         '"told The Intercept", "a reporter for The Onion": a capital "The" mid-sentence opens a publication\'s name'),
    Rule("called_person", "before2", "person", 12,
         _called(lambda c: _PEOPLE_CALLED),
         '"a man called Ove", "a blogger named Raed": a person'),
    Rule("called_organization", "before2", "organization", 12,
         _called(lambda c: c.wl["org_prev"]),
         '"a company called Acme", "a group named Smena": an organisation (word list org_prev)'),
    Rule("called_place", "before2", "place", 12,
         _called(lambda c: c.g.words.get("place_prev", ())),
         '"a village called Makilala", "a settlement named Atzmona": a place (word list place_prev)'),
    Rule("called_product", "before2", "product", 12,
         _called(lambda c: _DRINKS if c.prev2 in _DRINKS else c.g.words.get("product_prev", ())),
         '"a new drink called Robby Bubble", "the vaccine, called R21", "a local ale named Old Ashcombe": a product '
         '(word list product_prev, and drinks)'),
    Rule("called_work", "before2", "work", 12,
         _called(lambda c: c.g.words.get("work_prev", ())),
         '"a documentary called Sicko", "a book titled Fire and Fury": a work (word list work_prev)'),
    Rule("called_event", "before2", "event", 12,
         _called(lambda c: c.g.words.get("event_prev", ())),
         '"a storm named Katrina", "an operation codenamed Overlord": an event (word list event_prev)'),
    Rule("place_noun_of_before", "before2", "place", 3,
         lambda c: c.prev == "of" and c.unknown and (c.prev2 in c.g.words.get("place_prev", ()) or c.prev2 in _PLACE_OF),
         '"the town of X", "just west of X", "the outskirts of X"'),
    Rule("ruler_of_before", "before2", "person", 3,
         lambda c: c.prev == "of" and c.unknown and c.prev2 in _RULERS_OF and not c.poss,
         '"the reign of Amenhotep III", "the tomb of Tutankhamun", "the court of Suleiman": a ruler'),
    Rule("person_from_before", "before2", "place", 3,
         lambda c: c.prev == "from" and c.unknown and c.prev2 in _PEOPLE_FROM and not c.poss
         and not (c.after and c.after[0][:1].islower() and (_lex(c.after[0]) or "").startswith("NN")),
         '"a 27-year-old man from Horfield", "a couple from Leeds": where they live (not "students from All Saints '
         'school")'),
    Rule("job_at_before", "before2", "organization", 4,
         lambda c: c.prev == "at" and c.unknown and c.prev2 in _JOBS_AT,
         '"chief UK economist at Pantheon Macroeconomics", "an analyst at Kelvora Capital": the employer'),
    Rule("org_role_of_before", "before2", "organization", 3,
         lambda c: c.prev == "of" and c.unknown and c.prev2 in _ORG_ROLES_OF,
         '"the director of Gate Gourmet", "members of the Wiki Society": the body they lead or belong to'),
    Rule("firm_holding_before", "before2", "organization", 4,
         lambda c: c.prev in ("of", "in") and c.unknown and not c.poss and c.prev2 in _FIRM_HOLDINGS,
         '"Shares of Ford fell", "shares in Hitachi rose", "a stake in Maersk": a company\'s stock (not "a stake in '
         'Musk\'s firm")'),
    Rule("initials_role_comma_before", "before2", "person", 2,
         lambda c: c.prev == "," and c.prev2 in c.wl["person_role"] and _initials_name(c),
         '"its spokesman, TM Roh": a role noun, a comma, then initials and a surname (no acronym\'s name)'),
    Rule("kin_comma_before", "before2", "person", 4,
         lambda c: c.prev == "," and c.prev2 in _KIN_NOUNS and len(c.words) <= 3 and bool(c.after) and c.after[0] == ",",
         '"her daughter, Sofia, turned 4", "his wife, Debbie Meadows,": a kin noun, a comma, the person, a comma (not '
         'the place: the capital Sofia)'),
    Rule("role_comma_before", "before2", "person", 2,
         lambda c: c.prev == "," and c.unknown and c.prev2 in c.wl["person_role"] and c.prev2 not in _ROLES_OF_FIRMS,
         '"his loyal secretary, Rosemary Woods": a role noun, a comma, the person'),
    Rule("owner_by_before", "before2", "organization", 2,
         lambda c: c.prev == "by" and c.prev2 in _OWNED_BY and c.unknown and len(c.words) >= 2
         and not _person_shaped(c.words, c.wl, c.g),
         '"The Conception was owned by Truth Aquatics and chartered by Worldwide Diving Adventures": the firm that owns, '
         'runs or makes a thing (not a person: "owned by John Smith")'),
    Rule("residents_of_before", "before2", "place", 5,
         lambda c: c.prev == "of" and c.prev2 in _DWELLERS and c.unknown and len(c.words) <= 3,
         '"Residents of Marathon, Nea Makri and Dione received alerts": the people who live in a place (not the '
         'Marathon of "the London Marathon")'),
    Rule("place_facility_at", "before2", "place", 3,
         lambda c: c.prev == "at" and c.unknown and c.prev2 in _FACILITIES_AT and len(c.words) <= 2,
         '"the largest processing plant at Abqaiq", "the air base at Al Udeid": a facility, "at", the place it stands in'),
    Rule("place_comma_before", "before2", "place", 3,
         lambda c: c.prev == "," and c.unknown and c.prev2 in c.g.words.get("place_prev", ()),
         '"the capital city, Sri Jayawardenapura-Kotte": a place noun, a comma, the place'),
    Rule("town_after_street", "before2", "place", 4,
         lambda c: c.prev == "," and c.prev2 == STREET_BEFORE_COMMA and c.unknown and len(c.words) <= 3
         and (not c.after or c.after[0] in (",", ".", ")", ";")),
         '"Derek Hollins, 61, of Marsh Lane, Northwich, was sentenced": an address, a comma, its town (not "on Elm '
         'Street, Smith said")'),
    Rule("state_code_after_town", "before2", "place", 3,
         lambda c: c.prev == "," and len(c.words) == 1 and len(c.words[0]) == 2 and c.words[0] in US_STATE_TAGS
         and c.prev2 in (CAPITAL_BEFORE_COMMA, STREET_BEFORE_COMMA),
         '"New York, NY", "Austin, TX": a US state\'s postal code after a town and a comma'),
    Rule("campus_town", "before2", "place", 3,
         lambda c: c.prev == "at" and c.unknown and len(c.words) <= 2 and c.prev2 in _STATE_LAST_WORDS
         and not _person_shaped(c.words, c.wl, c.g),
         '"the University of Colorado at Boulder", "the University of Texas at Austin": a state university\'s campus'),
    Rule("org_comma_before", "before2", "organization", 3,
         lambda c: c.prev == "," and c.unknown and (c.prev2 in c.wl["org_prev"] or c.prev2 in _ORG_APPOS)
         and not _person_shaped(c.words, c.wl, c.g),
         '"the country\'s third largest bank, Anglo Irish": an organisation noun, a comma, the organisation (not '
         '"the leader of the main opposition party, Alaksandar Milinkievič": a name like a person\'s)'),
    Rule("product_comma_before", "before2", "product", 3,
         lambda c: c.prev == "," and c.unknown and c.prev2 in c.wl["product_prev"]
         and not (c.after and (_lex(c.after[0]) or "")[:2] in ("VB", "MD")) and not _person_shaped(c.words, c.wl, c.g),
         '"the only approved mpox vaccine, Jynneos,": a product noun, a comma, the product (not a subject after an '
         'opening phrase: "With the drug, Pfizer said")'),
    Rule("event_comma_before", "before2", "event", 3,
         lambda c: c.prev == "," and c.unknown and c.prev2 in _EVENT_APPOS
         and not (c.after and (_lex(c.after[0]) or "")[:2] in ("VB", "MD")),
         '"its annual developer conference, GTC", "the music festival, Glastonbury": an event noun, a comma, the event '
         '(not "For this special exhibition, Wikinews Reporter Brock interviewed": the subject after an opening phrase)'),
    Rule("published_in", "before2", "work", 3,
         lambda c: c.prev == "in" and c.unknown and c.prev2 in PUBLISHED,
         '"published in Nature Astronomy": a journal, not a place (stronger than "in X")'),
    Rule("motion_to_before", "before2", "place", 2,
         lambda c: c.prev == "to" and c.unknown and c.prev2 in _MOTION_TO and len(c.words) <= 3,
         '"he deserted and fled to Tapuah", "transported to Golmud or Lhasa": where someone or something went (not "went to Harrow": a school, too)'),
    Rule("held_by_score_before", "before2", "organization", 4,
         lambda c: c.prev == "by" and c.unknown and _SCORE_WORD.fullmatch(c.prev2) is not None,
         '"Arsenal were held 1-1 by Fulham", "beaten 3-0 by Leeds": the side that scored (not the district)'),
    Rule("bound_for_before", "before2", "place", 2,
         lambda c: c.prev == "for" and c.unknown and c.prev2 in ("bound", "destined") and len(c.words) <= 3,
         '"a ferry bound for Gilimanuk", "cargo destined for Odesa": where a journey ends'),
    Rule("motion_from_before", "before2", "place", 2,
         lambda c: c.prev == "from" and c.unknown and c.prev2 in _MOTION_FROM and len(c.words) <= 3,
         '"the train traveled from Munsan", "evacuated from Kherson": where someone or something left'),
    Rule("constituency_mp_after", "after", "place", 5,
         lambda c: c.unknown and len(c.after) >= 2 and c.after[0] in SEAT_HOLDERS and c.after[1][:1].isupper()
         and (c.words[-1] in _SEAT_COMPASS or "and" in c.words
              or (len(c.words) == 1 and not c.words[0].isupper() and _lex(c.words[0].lower()) is None
                  and c.words[0] not in PARTY_SHORT and not party_word(c.words[0], c.g))),
         '"Bristol West MP Carla Denyer", "Ashfield MP Lee Anderson": the constituency before its member\'s title '
         '(not "Labour MP", "SNP MP": a party)', first=lambda w, wl: w in SEAT_HOLDERS),
    Rule("constituency_for", "before2", "place", 9,
         lambda c: c.prev == "for" and c.prev2 in CONSTITUENCY_OF and not any(c.g.has("given", w) for w in c.words[1:]),
         '"the Labour MP for Newcastle Central", "the Member for Epsom": a constituency'),
    # -- more shapes of the name
    Rule("work_noun_inside", "name", "work", 3, lambda n: _inner_thing(n) == "work", '"Game of Thrones"'),
    Rule("vehicle_noun_inside", "name", "product", 3, lambda n: _inner_thing(n) == "product",
         '"Space Shuttle Atlantis", "Ferry Estonia"'),
    Rule("event_noun_inside", "name", "event", 3, lambda n: _inner_thing(n) == "event", '"Operation Overlord"'),
    Rule("other_noun_inside", "name", "other", 3, lambda n: _inner_thing(n) == "other", '"Treaty Port X"'),
    Rule("airline_air", "name", "organization", 4,
         lambda n: len(n.words) >= 2 and n.words[-1] == "Air" and n.words[-2][:1].isupper() and n.words[-2] != "Bel"
         and (_lex(n.words[-2].lower()) != "JJ" or n.words[-2] in n.g.demonyms),  # (not "Bel Air": a place)
         '"Adam Air", "Korean Air", "Mahan Air": an airline (a name ending in "Air"; typed, not split; not '
         '"National Air", the start of "National Air and Space Museum")'),
    Rule("country_branch", "name", "organization", 3,
         lambda n: n.unknown and 2 <= len(n.words) <= 3 and all(w[:1].isupper() for w in n.words)
         and not n.words[0].isupper() and _branch_lead(n.words[0], n.wl, n.g) and _country_last(n.words, n.g),
         '"Semicon Taiwan", "Amnesty Australia", "Microsoft India": a firm\'s or a show\'s national branch '
         '(not "Michael Jordan": a given name first)'),
    Rule("ampersand_name", "name", "organization", 4,
         lambda n: n.unknown and len(n.words) >= 4 and "&" in n.words[1:-1] and n.words[-1] not in n.wl["place_suffix"],
         '"San Diego Gas & Electric", "AT & T Mobility": a firm (not two surnames: "Marsden & Mackey (2014)"; the '
         '"Evergreen Aviation & Space Museum" is what its last word says)'),
    Rule("org_first_word", "name", "organization", 4, lambda n: n.unknown and n.multi and n.words[0] in n.wl["org_first"]
         and n.words[-1] not in n.wl["thing_word"] and n.words[-1] != "Law",
         '"Partido Popular", "Banco Delta Asia", "Université de Montréal", "Radio Disney": the head word first (not '
         '"the Radio Control Law": a law)'),
    Rule("org_head_inside", "name", "organization", 3,
         lambda n: n.unknown and n.multi and n.words[0] not in n.wl["given"] and not n.wl["org_first"].isdisjoint(n.words[1:]),
         '"Vrije Universiteit Amsterdam", "Freie Universität Berlin", "Pontificia Universidad Católica": the head word '
         'after an adjective'),
    Rule("place_first_word", "name", "place", 3, lambda n: n.unknown and n.multi and n.words[0] in n.wl["place_first"],
         '"Mount Everest", "Lake Victoria"'),
    Rule("world_city_name", "name", "place", 3,
         lambda n: n.unknown and n.multi and n.words[0] not in n.wl["given"] and n.name in world_cities(),
         '"Santa Monica", "Fort Worth", "Thousand Oaks": a city of 50,000 or more (not "Benito Juárez", '
         '"Ann Arbor": a given name first, a person\'s shape)'),
    Rule("day_or_week", "name", "other", 4,
         lambda n: n.unknown and n.multi and n.words[-1] in ("Day", "Week", "Eve")
         and (n.words[0] not in n.wl["given"] or len(n.words) >= 3),
         '"Election Day", "Fashion Week", "Martin Luther King Jr. Day" (but "Doris Day" is a person)'),
    Rule("ideology", "name", "other", 4,
         lambda n: n.unknown and len(n.words) == 1 and n.words[0].endswith("ism") and len(n.words[0]) > 5,
         '"Marxism", "Thatcherism"'),
    Rule("patronymic", "name", "person", 5,
         lambda n: n.unknown and len(n.words) >= 3 and any(w in ("bin", "ibn", "bint", "ben") for w in n.words[1:-1])
         and n.words[0][:1].isupper() and not n.suffixed,
         '"Haitham bin Tariq Al Said", "Mohammed bin Salman": a given name, then "son/daughter of" and a name'),
    Rule("maker_model_code", "name", "product", 4,
         lambda n: n.multi and len(n.words) <= 4 and _MODEL_CODE_WORD.fullmatch(n.words[-1]) is not None
         and (_lookup_type(n.g, n.words[0]) == "organization" or (n.words[0].isupper() and n.words[0].isalpha()
                                                                   and len(n.words[0]) >= 2)),
         '"ASUS R700t", "Nvidia H100", "ZyXEL STB-1010", "Panasonic TH-65PZ700T": a maker, then a model\'s code of '
         'letters and digits'),
    Rule("maker_and_code", "name", "product", 4,
         lambda n: n.unknown and len(n.words) == 2 and _CODE.match(n.words[1]) is not None
         and _lookup_type(n.g, n.words[0]) == "organization",
         '"a Lockheed C-130", "an Airbus A400M": a known maker, then a model\'s code'),
    Rule("known_product_model", "name", "product", 4,
         lambda n: n.unknown and n.multi and len(n.words) <= 3 and n.words[0] in n.wl["product_name"]
         and not n.suffixed,
         '"PlayStation Portable", "Windows Vista", "Firefox Quantum": a known product\'s name, then a model\'s word'),
    Rule("known_product", "name", "product", 5, lambda n: n.name in n.wl["product_name"],
         '"Internet Explorer", "Chrome", "iPhone": products known by name (word list product_name)'),
    Rule("event_and_year", "name", "event", 6,
         lambda n: len(n.words) == 2 and n.words[0] in YEAR_EVENTS and n.words[1][:2] in ("19", "20")
         and len(n.words[1]) == 4 and n.words[1].isdigit(),
         '"Euro 2024", "Expo 2020", "Eurovision 2023": an event by its year'),
    Rule("known_event", "name", "event", 5, lambda n: n.name in n.wl["event_name"] or (
             len(n.words) >= 2 and (ROMAN.fullmatch(n.words[-1]) is not None or (
                 n.words[-1][:1].isupper() and n.words[-1] not in well_known_people()
                 and n.words[-1] not in n.wl["given"] and n.g.lookup(n.words[-1]) is None))
             and " ".join(n.words[:-1]) in n.wl["event_name"]),
         # (not "the Holocaust Hitler himself …": a full stop lost between two names)
         '"Super Bowl", "Oscars", "Tour de France": events known by name (word list event_name); with its number in '
         'Roman numerals ("Super Bowl LIX") or one word more ("the Tour de France Femmes")'),
    Rule("firm_word", "name", "organization", 4, lambda n: n.name in n.wl["firm_word"],
         '"Shell reported record profits", "Target cut its forecast": a company named by a common word (word list '
         'firm_word), found only with a company\'s cue after it at a sentence\'s start'),
    Rule("known_thing", "name", "other", 5,
         lambda n: n.name in n.wl["other_name"] or (
             len(n.words) == 2 and n.words[0] in n.wl["other_name"] and any(ch.isdigit() for ch in n.words[1])),
         '"Bitcoin", "Oscar" (the prize): other things known by name (word list other_name); with a code after it '
         '("Omicron BA.2")'),
    Rule("war_number", "name", "event", 4, lambda n: n.multi and bool(_WAR_NUMBER.search(n.name)),
         '"World War One", "World War II"'),
    *(Rule(f"{t}_line_number", "name", t, 5, _line_is(t), doc)
      for t, doc in (("product", '"Boeing 737", "Airbus A380", "Falcon 9", "iPhone 17 Pro": a maker\'s or a product\'s'
                                 ' name, then a model number (word lists product_line, product_name)'),
                     ("event", '"Apollo 11", "UFC 300": a series of missions or shows, then its number (event_line)'),
                     ("other", '"GJ 486b", "FTSE 100", "Flight 302": a catalogue, index or flight, then its number'
                               ' (other_line)'),
                     ("place", '"Interstate 95", "Route 66": a road or terminal, then its number (place_line)'),
                     ("organization", '"BBC Radio 4", "Channel 4", "Radio 5 Live": a broadcaster\'s channel, then its '
                                      'number (organization_line)'))),
    Rule("code", "name", "other", 4, lambda n: n.unknown and len(n.words) == 1 and bool(_CODE.match(n.words[0])),
         '"STS-133", "F-16", "A380": a model, flight or mission code'),
    # -- the group noun before "such as", "like" or "including" (read as ``prev2``)
    Rule("person_group_before", "group", "person", 3, _group_before("person_group"),
         '"the ancient gods, such as Zeus, Hera and Athena", "artists like X" (word list person_group)'),
    Rule("org_group_before", "group", "organization", 3, _group_before("org_group"),
         '"companies such as X", "retailers including X" (word list org_group)'),
    Rule("place_group_before", "group", "place", 3, _group_before("place_group"),
         '"countries such as X and Y", "cities like X" (word list place_group)'),
    Rule("work_group_before", "group", "work", 3, _group_before("work_group"),
         '"albums such as Paranoid and Master of Reality", "films like X" (word list work_group)'),
    *(Rule(f"{k}_and_other", "after", t, 3, _and_other(k), doc, first=_first_is("and"))
      for k, t, doc in (("person_group", "person", '"Smith and other officials": one of a group of people'),
                        ("org_group", "organization", '"Google and other companies": one of a group of bodies'),
                        ("place_group", "place", '"flooding to Pontypridd and other towns": one of a group of places'),
                        ("product_group", "product", '"Ozempic and other drugs": one of a group of products'))),
    Rule("product_group_before", "group", "product", 3, _group_before("product_group"),
         '"previous telescopes, including Hubble and Spitzer", "drugs such as X" (word list product_group)'),
    # -- the words after the name
    Rule("dateline_city", "after", "place", 4,
         lambda c: not c.prev and all(w.isupper() for w in c.words) and (
             (len(c.after) >= 3 and c.after[0] == "(" and c.after[2] == ")")
             or (c.after[0] in ("—", "–", "--") and c.unknown and len("".join(c.words)) >= 4)
             or (c.after[0] == ":" and " ".join(w.title() for w in c.words) in world_cities())),
         '"AUSTIN (KXAN) —", "LOS ANGELES (Reuters) -", "FRAMINGHAM —", "SHIMLA:" (an Indian paper\'s): the city of a '
         'dateline', first=_first_is("(", "—", "–", "--", ":")),
    Rule("townsfolk_after", "after", "place", 3,
         lambda c: c.unknown and len(c.words) <= 2 and not c.poss and c.space_after
         and c.after[0] in ("man", "woman", "men", "women", "teenager")
         and (c.prev.lower() in ("a", "an") or c.prev.endswith("-year-old")) and not c.wl["given"].intersection(c.words),
         '"a 42-year-old Ashland man", "an Oxford woman": the town the person is from',
         first=lambda w, wl: w in ("man", "woman", "men", "women", "teenager")),
    Rule("region_after", "after", "place", 3, _region_after, '"Clearwater, Florida"',
         first=_first_is(",")),
    Rule("state_bonds", "name", "other", 8,
         lambda n: len(n.words) == 2 and n.words[1] in ("Bunds", "Gilts") and n.words[0] in n.g.demonyms,
         '"the premium investors demand over German Bunds": a state\'s bonds (not a person: "German" is a given name)'),
    Rule("currency", "name", "other", 5,
         lambda n: 2 <= len(n.words) <= 3 and n.words[-1] in _CURRENCIES and (
             n.words[0] in n.g.demonyms or n.words[0] in ("U.S.", "US") or " ".join(n.words[:-1]) in n.g.demonyms
             or (len(n.words) == 3 and _lookup_type(n.g, " ".join(n.words[:-1])) == "place")),
         '"the Brazilian Real", "the U.S. Dollar", "one million Swiss Francs", "Hong Kong Dollars": a currency'),
    Rule("state_service", "name", "organization", 4,
         lambda n: len(n.words) == 2 and n.words[1] in _STATE_SERVICES
         and (n.words[0] in n.g.demonyms or n.words[0] in _SERVICE_BRANCHES),
         '"Palestinian Intelligence", "Military Intelligence", "Turkish Customs": a state\'s service (not "Artificial '
         'Intelligence")'),
    Rule("numbered_place", "name", "place", 4,
         lambda n: _numbered(n) and n.words[0] in _NUMBERED_PLACES, '"Terminal 4", "Gate 12", "Pier 39"'),
    Rule("numbered_channel", "name", "organization", 4,
         lambda n: _numbered(n) and n.words[0] in _NUMBERED_BROADCASTERS, '"Channel 10", "News 12": a broadcaster'),
    Rule("numbered_instrument", "name", "other", 4,
         lambda n: len(n.words) >= 3 and n.unknown and NUMBER_LABEL.fullmatch(n.words[-1]) is not None
         and n.words[-2] in NUMBERED_INSTRUMENTS,
         '"Executive Order 12810", "Senate Bill 10", "Presidential Decree 1081": a numbered law or order, no actor'),
    Rule("numbered_thing", "name", "other", 4,
         lambda n: _numbered(n) and n.words[0] not in _NUMBERED_PLACES and n.words[0] not in _NUMBERED_BROADCASTERS,
         '"Proposition 98", "Article 5", "Resolution 1441": a numbered thing, no actor'),
    Rule("court_case", "name", "other", 6, lambda n: "v" in n.words or "vs" in n.words,
         '"Roe v. Wade", "Kelo v. New London": a court case'),
    Rule("lettered_thing", "name", "other", 4,
         lambda n: len(n.words) == 2 and n.unknown and len(n.words[1]) == 1 and n.words[1].isupper()
         and n.words[0] in _LETTERED,
         '"a Class C drug", "Schedule A", "Phase B": a lettered category, no actor'),
    Rule("airline_or_daily", "name", "organization", 3,
         lambda n: len(n.words) == 2 and n.unknown and n.words[0] in ("Air", "Daily", "Weekly") and n.words[1][1:].islower(),
         '"Air Nippon": an airline; "The Daily Illini": a newspaper'),
    Rule("species_name", "after", "other", 5,
         lambda c: c.unknown and len(c.words) == 1 and bool(c.after) and c.space_after and _GENUS.fullmatch(c.words[0]) is not None
         and _species_epithet(c.after[0]),
         '"Formica fusca", "Escherichia coli": a genus before its Latin species name, no actor'),
    Rule("cited_year", "after", "person", 3,
         lambda c: len(c.after) >= 3 and c.after[0] == "(" and _YEAR.fullmatch(c.after[1]) is not None
         and c.after[2] in (")", ",") and not c.hit and len(c.words) <= 2 and all(name_like(w) for w in c.words),
         '"Quilis (1964) describes", "as Spang (1983) showed", "Martínez Fernández (2010)": an author cited by '
         'name and year (not "Titanic (1997)": a word)',
         first=_first_is("(")),
    Rule("acronym_before_role", "after", "organization", 4,
         lambda c: len(c.words) == 1 and c.words[0].isupper() and c.words[0].isalpha() and len(c.words[0]) > 1 and bool(c.after)
         and c.after[0] in c.wl["person_role"] and c.after[0][:1].islower(),
         '"said CTV reporter Joel Bowey", "a BBC correspondent": the broadcaster, not a speaker',
         first=lambda w, wl: w in wl["person_role"]),
    Rule("body_before_title", "after", "organization", 3,
         lambda c: c.unknown and len(c.words) == 1 and len(c.after) > 1 and c.after[0] in _BODY_TITLES
         and c.after[1][:1].isupper()
         and c.words[0] not in c.wl["given"],
         '"Penn President Liz Magill", "Tesla CEO Elon Musk": the body whose title the person holds',
         first=lambda w, wl: w in _BODY_TITLES),
    Rule("court_district_before_title", "after", "other", 6,
         lambda c: bool(c.after) and c.words[-1] in ("District", "Circuit") and c.after[0] in _COURT_TITLES,
         '"U.S. District Judge Robert W. Pratt", "United States District Judge Victor Marrero": part of the judge\'s '
         'title, no place', first=lambda w, wl: w in _COURT_TITLES),
    Rule("company_suffix_after_comma", "after", "organization", 4,
         lambda c: len(c.after) > 1 and c.after[0] == "," and c.after[1] in COMPANY_SUFFIXES,
         '"office supply giant, Staples, Inc.": a company\'s legal form after a comma',
         first=_first_is(",")),
    Rule("corporate_possession_after", "after", "organization", 3,
         lambda c: c.poss and bool(c.after) and c.after[0] in _CORPORATE_POSSESSIONS,
         '"Ring\'s CEO, Jamie Siminoff", "Rockhopper Exploration\'s shares doubled": only a company has them',
         first=lambda w, wl: w in _CORPORATE_POSSESSIONS),
    Rule("the_team_plural", "after", "organization", 6,
         lambda c: c.prev.lower() == "the" and c.unknown and len(c.words) == 2 and c.words[0] in c.wl["given"]
         and c.words[1].endswith("s") and (_lex(c.words[1].lower()) == "NNS" or _lex(c.words[1][:-1].lower()) == "NN")
         and not any(c.words[1] in c.wl[k] for k in _THING_OR_PLACE_KINDS) and not c.poss
         and not (c.after and c.after[0][:1].islower() and (_lex(c.after[0]) or "").startswith("NN")),
         '"chosen by the Charlotte Hornets", "the Jonas Brothers": "the" and a plural after a given name (not "the '
         'Tiger Woods effect")'),
    Rule("org_noun_after", "after", "organization", 3,
         lambda c: bool(c.after) and c.unknown and not c.poss and (
             c.after[0] in c.wl["org_next"] or (len(c.after) > 1 and c.after[0] == "news" and c.after[1] == "agency")
             or (len(c.after) > 1 and c.after[0] in _SCHOOL_LEVELS and c.after[1] in ("school", "schools"))
             or (len(c.after) > 1 and c.after[1] in _GROUP_NOUNS and c.after[0].isalpha()
                 and (_lex(c.after[0]) or "") in ("JJ", "NN"))),
         '"Yonhap news agency", "the Hells Angels gang", "The Wagner mercenary group", "the Shabaab militant group", '
         '"Jefferson and Roosevelt elementary schools"',
         first=lambda w, wl: w in wl["org_next"] or w == "news" or w in _SCHOOL_LEVELS
         or (w.isalpha() and (_lex(w) or "") in ("JJ", "NN"))),
    Rule("other_noun_after", "after", "other", 3, _noun_after("other_next"),
         '"won a Critics Choice award", "a Pulitzer prize": a prize, no actor (word list other_next)',
         first=_first_noun("other_next")),
    Rule("the_law_after", "after", "other", 3,
         lambda c: c.prev.lower() == "the" and len(c.words) >= 2 and c.words[-1] == "Law" and c.unknown and not c.poss,
         '"the Anti-Secession Law", "the National Security Law": "the" before a name ending in "Law" (a surname elsewhere: '
         '"Jude Law")'),
    Rule("prize_named_after_a_person", "after", "other", 3,
         lambda c: c.prev.lower() == "the" and bool(c.after) and c.after[0] in ("trophy", "award", "prize", "medal")
         and c.unknown and not c.poss,
         '"holding the Larry O\'Brien trophy": "the", a name and a prize\'s noun: the prize named after a person (with '
         'other_noun_after it outweighs a full name\'s person cues)'),
    Rule("place_title_after", "after", "event", 3,
         lambda c: len(c.words) == 1 and c.words[0] in world_cities() and not c.poss and c.space_after
         and (c.after[0] in ("title", "titles", "crown") or (
             len(c.after) > 1 and c.after[0] in ("singles", "doubles") and c.after[1] in ("title", "titles", "crown"))),
         '"his Wimbledon title", "her first Wimbledon singles title": a tournament named by its place',
         first=lambda w, wl: w in ("title", "titles", "crown", "singles", "doubles")),
    Rule("event_noun_after", "after", "event", 4,
         lambda c: _event_noun_after(c) and not (c.after[0] == "race" and (
             c.words[-1] in _CHAMBERS or c.words[-1] in c.wl["org_suffix"] or c.words[-1] in c.wl["org_word"])),
         # (not "the Senate race": an election for a seat in a body)
         '"the Brexit referendum", "the Glastonbury festival", "the Itzulia Basque Country race"',
         first=_first_noun("event_next")),
    Rule("product_noun_after", "after", "product", 3,
         lambda c: _product_after(c) and _AIRLINE_WORDS.isdisjoint(c.words)
         and not (len(c.words) == 1 and c.words[0].isupper() and c.after[0] in _FLEET_PLURALS
                  and not any(ch.isdigit() for ch in c.words[0])),  # ("F-16 jets": a model's code, no airline)
         '"the Polaroid camera", "the Zorin phone", "Qassam rockets": a brand before a product noun (word list '
         'product_next); not an acronym before a fleet ("ISAF helicopters": their operator)',
         first=_first_noun("product_next")),
    Rule("model_number_after", "after", "product", 3,
         lambda c: len(c.after) > 1 and _MODEL_NUMBER.fullmatch(c.after[0]) is not None
         and c.after[1] in c.wl["product_next"] and not c.poss,
         '"its luxury Lexus GX 460 SUV", "a Boeing 747 jet": a model by its number, before what it is',
         first=lambda w, wl: _MODEL_NUMBER.fullmatch(w) is not None),
    Rule("assistant_after", "after", "product", 3,
         lambda c: c.unknown and not c.poss and c.after[0] in ("assistant", "assistants")
         and not (len(c.after) > 1 and (_lex(c.after[1]) or "")[:2] == "NN"),
         '"its Siri assistant", "the Gemini assistant": a software assistant (not "Maroochydore assistant coach": a '
         'team\'s staff)', first=_first_is("assistant", "assistants")),
    Rule("code_before_product_noun", "after", "product", 6,
         lambda c: (len(c.words) == 1 and _CODE.match(c.words[0]) is not None
                    or 2 <= len(c.words) <= 3 and c.words[-1].isdigit())  # (or a numbered name: "its Switch 2 console")
         and _product_after(c),
         '"the A18 chip", "a Falcon 9 rocket", "Israeli F-16 jets": a model\'s code before what it is (outvotes "code", '
         'also where the code stands alone once more: "six F-16 passing")',
         first=_first_noun("product_next")),
    Rule("code_before_group_noun", "after", "organization", 4,
         lambda c: len(c.words) == 1 and _CODE.match(c.words[0]) is not None and c.after[0] in _ARMED_GROUP_NOUNS,
         '"Rwanda-backed M23 rebels": a group named by a code, before what it is (outvotes "code")',
         first=lambda w, wl: w in _ARMED_GROUP_NOUNS),
    Rule("product_list_noun_after", "after", "product", 3, lambda c: _product_list_after(c),
         '"NASA\'s Hubble and Spitzer space telescopes", "the Falcon and Antares rockets": the first of two products named '
         'by one plural noun', first=_first_is("and", "or")),
    Rule("code_in_product_list", "after", "product", 2,
         lambda c: len(c.words) == 1 and _CODE.match(c.words[0]) is not None and _product_list_after(c),
         '"its H100 and Blackwell chips": a model\'s code first of two products (outvotes "code")',
         first=_first_is("and", "or")),
    Rule("named_after_person", "after", "product", 4,
         lambda c: len(c.words) >= 2 and c.words[0] in c.wl["given"] and c.after[0] in _NAMESAKE_NOUNS
         and _product_after(c),
         '"NASA\'s James Webb space telescope": an instrument or craft named after a person (with '
         'product_noun_after, more than a given name\'s points)',
         first=lambda w, wl: w in _NAMESAKE_NOUNS),
    Rule("place_noun_after", "after", "place", 3,
         lambda c: bool(c.after) and c.unknown and not c.poss and c.space_after and (
             (c.after[0] in c.wl["place_next"] and not (c.after[0] in _REGION_PLURALS and _of_a_people(c)))
             or (len(c.after) > 1 and c.after[0] in _FACILITY_MODIFIERS and c.after[1] in _FACILITIES)),
         '"Helmand province", "the Maidan Wardak provincial council", "the Costa Sur power plant", "the Bagram air '
         'base": a place, or a facility after its modifier',
         first=lambda w, wl: w in wl["place_next"] or w in _FACILITY_MODIFIERS),
    Rule("street_after_preposition", "after", "place", 3,  # (reads the name: no "before" rule, memoised by the word before)
         lambda c: c.prev in _STREET_PREPS and len(c.words) >= 2 and c.words[-1] in STREET_WORDS and not c.poss,
         '"an address on Harehills Lane", "off Mill Close": a street whose last word is also a surname ("Lane", '
         '"Close", "Drive")'),
    Rule("the_area_of", "after", "place", 3,
         lambda c: c.prev.lower() == "the" and c.unknown and not c.poss and len(c.after) > 1
         and c.after[0] in _AREA_NOUNS and c.after[1] in _AREA_NEXT
         and not (len(c.words) == 1 and (c.words[0] in c.g.demonyms or c.g.has("religion", c.words[0]))),
         '"in the Karol Bagh area of the Indian capital", "the Kibera district, where": a district, also when its '
         'name opens like a person\'s ("Karol"; not "the Druze neighborhood of": its people)',
         first=lambda w, wl: w in _AREA_NOUNS),
    Rule("place_list_noun_after", "after", "place", 3,
         lambda c: len(c.after) > 2 and c.after[0] in ("and", "or") and c.unknown and not c.poss
         and c.after[1][:1].isupper() and c.after[2] in _REGION_PLURALS and not _of_a_people(c),
         '"Florida\'s Seminole and Brevard counties", "the Kandahar and Helmand provinces": the first of two places',
         first=_first_is("and", "or")),
    Rule("person_noun_after", "after", "person", 3,
         lambda c: bool(c.after) and c.unknown and len(c.words) == 1 and c.after[0] in c.wl["person_next"],
         '"the Trump administration", "the Assad regime"',
         first=lambda w, wl: w in wl["person_next"]),
    Rule("disease_eponym_after", "after", "other", 6, _disease_eponym,
         '"Crohn\'s disease", "Bell\'s palsy", "an Alzheimer\'s drug", "living with Parkinson\'s.": a disease named '
         'after a person, no actor'),
    Rule("et_al_after", "after", "person", 4,
         lambda c: len(c.after) > 1 and c.after[0] == "et" and c.after[1] in ("al", "al.") and len(c.words) <= 3,
         '"a study by Hall et al.", "de Vera et al": the first author of a paper', first=_first_is("et")),
    Rule("citation_author_after", "after", "person", 4,
         lambda c: c.unknown and len(c.words) <= 2 and not c.poss and (
             (len(c.after) > 2 and c.after[0] == "," and _CITED_YEAR.fullmatch(c.after[1]) is not None
              and c.after[2] in (")", ";", ",")) or (
              len(c.after) > 3 and c.after[0] in ("&", "and") and c.after[1][:1].isupper() and c.after[2] == ","
              and _CITED_YEAR.fullmatch(c.after[3]) is not None)),
         '"(Porte, 2012)", "(Li, Polat, Scalzo, & Bavelier, 2010)", "(Marsden & Mackey, 2014)": the authors of a cited '
         'work', first=_first_is(",", "&", "and")),
    Rule("personal_noun_after_possessive", "after", "person", 3,
         lambda c: c.poss and bool(c.after) and c.unknown and c.after[0] in _PERSONAL_AFTER_POSS,
         '"Valerie Plame, Wilson\'s wife", "Lennon\'s killer": kin, a funeral, a birthday: a person',
         first=lambda w, wl: w in _PERSONAL_AFTER_POSS),
    Rule("located_in_before", "before2", "place", 3,
         lambda c: c.prev == "in" and c.prev2 in _LOCATED and c.unknown and not c.poss,
         '"The hospital, located in Beit Lahia, …", "a village situated in X", "his home in Moulay Brahim": a place'),
    Rule("siege_before", "before", "place", 3, lambda c: c.prev in _SIEGE_VERBS and c.unknown,
         '"as the RSF besiege El Fasher", "troops shelled Kherson": a place'),
    Rule("town_in_region_after", "after", "place", 2,
         lambda c: len(c.after) >= 3 and c.after[0] == "in" and c.unknown and len(c.words) == 1
         and c.after[1][:1].isupper() and c.after[2].lower() in _REGION_NOUNS,
         '"Cheorwon in Gangwon Province", "Kogelo in Nyanza province": a town in a region',
         first=_first_is("in")),
    Rule("surname_campaign_after", "after", "person", 3,
         lambda c: len(c.after) > 0 and c.after[0] in ("campaign", "family") and c.unknown and len(c.words) == 1
         and c.words[0].isalpha() and c.words[0][1:].islower() and _lex(c.words[0].lower()) is None and not c.poss
         and not c.words[0].endswith(("an", "ese", "ish")),
         '"the Sanders campaign", "the Bancroft family": a surname (a plain capitalised word the lexicon does not '
         'know; not "the Malayan campaign")',
         first=_first_is("campaign", "family")),
    Rule("compass_of_after", "after", "place", 3,
         lambda c: len(c.after) >= 3 and c.after[0] == "," and c.after[2] == "of" and c.unknown
         and c.after[1] in _COMPASS_OF,
         '"a bomb in Tuz Khurmatu, north of the capital": a place',
         first=_first_is(",")),
    Rule("place_in_region_after", "after", "place", 3,
         lambda c: len(c.after) >= 3 and c.after[0] == "," and c.after[1].lower() in _REGION_ADJECTIVES and c.unknown
         and c.after[2][:1].isupper() and c.after[2][1:].islower() and c.prev.lower() in _PLACE_PREP,
         '"in Musa Qaleh, northern Helmand", "near Sderot, southern Israel": a town, a comma, the region it lies in',
         first=_first_is(",")),
    Rule("place_apposition_after", "after", "place", 3,
         lambda c: len(c.after) >= 3 and c.after[0] == "," and c.after[1] in ("a", "an") and c.unknown
         and (c.after[2] in c.g.words.get("place_prev", ()) or (
             len(c.after) >= 4 and c.after[3] in c.g.words.get("place_prev", ())
             and (_lex(c.after[2]) or "") == "JJ")),
         '"Temescal, a neighborhood north of ...", "Kota, a town in ...", "Birmaza, a northern village"',
         first=_first_is(",")),
    Rule("work_apposition_after", "after", "work", 5,
         lambda c: c.unknown and ((head := c.appos or _possessive_appos(c)) in c.wl["work_prev"] or head in _WORK_APPOS)
         and not c.poss and not (head == "franchise" and _TEAM_FRANCHISE.intersection(c.after[:5])),
         '"Barbie, the year\'s biggest box-office hit", "Oppenheimer, a three-hour drama": the head noun of the '
         'apposition is a work\'s (word list work_prev)',
         first=_first_is(",", "'", "’")),  # (after a title's closing apostrophe: "Laudato Si', an encyclical")
    Rule("org_apposition_after", "after", "organization", 5,
         lambda c: c.unknown and (c.appos in c.wl["org_prev"] or c.appos in _ORG_APPOS) and not c.poss,
         '"The Woodcraft Folk, a British socialist inspired youth organisation", "X, the local chapter of": the '
         'head noun of the apposition (word list org_prev)',
         first=_first_is(",")),
    Rule("product_apposition_after", "after", "product", 5,
         lambda c: c.unknown and c.appos in c.wl["product_prev"] and not c.poss,
         '"the Maersk Hangzhou, a Singapore-flagged vessel", "Ozempic, a diabetes drug": the head noun of the '
         'apposition is a craft\'s or a product\'s (word list product_prev)',
         first=_first_is(",")),
    Rule("place_apposition_head", "after", "place", 3,
         lambda c: c.unknown and c.appos in c.wl["place_prev"] and not c.poss,
         '"Kota, the capital of the province", "Birmaza, a small northern farming village": the head noun of the '
         'apposition (word list place_prev)',
         first=_first_is(",")),
    Rule("electorate_before_party", "after", "place", 4,
         lambda c: c.prev == "(" and c.unknown and len(c.after) >= 3 and c.after[0] == "," and c.after[2] == ")"
         and party_word(c.after[1], c.g),
         '"Anthony Albanese (Grayndler, Labor)", "Petro Georgiou (Kooyong, Liberal)": a member\'s electorate, then '
         'the party',
         first=_first_is(",")),
    Rule("place_copula_after", "after", "place", 3,
         lambda c: len(c.after) >= 3 and c.after[0] in ("is", "was") and c.after[1] in ("a", "an") and c.unknown
         and c.after[2] in c.g.words.get("place_prev", ()),
         '"York is a city ...", "Kota was a village ..."',
         first=_first_is("is", "was")),
    Rule("work_copula_after", "after", "work", 5,
         lambda c: len(c.after) >= 3 and c.after[0] in ("is", "was") and c.after[1] in ("a", "an") and not c.poss
         and (c.after[2] in _WORK_COPULA or (len(c.after) > 3 and c.after[3] in _WORK_COPULA
                                            and (_lex(c.after[2]) or "")[:2] == "JJ")),
         '"Oppenheimer is a film of immense ambition", "Dune was a bold adaptation": a work, even when a person '
         'bears the name', first=_first_is("is", "was")),
    Rule("work_series_after", "after", "work", 12,
         lambda c: c.prev.lower() == "the" and not c.poss and c.after[0] in _WORK_SERIES,
         '"the Harry Potter films", "the Bourne novels": a franchise, even when a person bears the name',
         first=lambda w, wl: w in _WORK_SERIES),
    Rule("work_maker_after", "after", "work", 12,
         lambda c: c.unknown and not c.poss and len(c.after) >= 2 and c.after[0] in _WORK_MAKERS
         and c.after[1][:1].isupper() and not c.words[-1].endswith("wood"),  # ("Bollywood actress": an industry)
         '"Downton Abbey creator Julian Fellowes", "Succession actress Sarah Snook": a work, then one who made or '
         'plays in it (a known place or body is no work: "Hollywood actress")',
         first=lambda w, wl: w in _WORK_MAKERS),
    Rule("review_of_title", "after", "work", 5,
         lambda c: not c.poss and (
             (len(c.after) > 1 and c.prev in _TITLE_MARKS and c.after[0] in _TITLE_MARKS and c.after[1] == "review")
             or (not c.prev and len(c.after) > 1 and c.after[0] == "review" and c.after[1] == ":")),
         '"\'Oppenheimer\' review: …", "Barbie review: …": a critic\'s headline names a work',
         first=lambda w, wl: w in _TITLE_MARKS or w == "review"),
    Rule("verb_then_its", "after", "organization", 4,
         lambda c: len(c.after) >= 2 and c.after[1] == "its" and c.after[0] in _ITS_VERBS and not c.poss
         and c.prev not in _PLACE_OF_SUBJECT,
         '"Newmont said its profit rose": a company speaks of "its" results (not "the Red Lion in Ashcombe closed its '
         'doors": the place of the subject)',
         first=lambda w, wl: w in _ITS_VERBS),
    Rule("initials_speech_verb_after", "after", "person", 2,
         lambda c: not c.poss and (c.after[0] in SPEECH or (len(c.after) > 1 and c.after[0] == "," and c.after[1] in SPEECH))
         and _initials_name(c),
         '"AJ Smith said": initials and a surname that speaks (no acronym\'s name)',
         first=lambda w, wl: w in SPEECH or w == ","),
    Rule("facility_speaks", "after", "organization", 7,
         lambda c: len(c.words) > 1 and c.words[-1] in _FACILITY_HEADS and bool(c.after) and not c.poss
         and (c.after[0] in _STATEMENT_VERBS or (len(c.after) > 1 and c.after[0] in ("has", "have", "had")
                                                 and c.after[1] in _STATEMENT_VERBS)
              or (len(c.after) > 2 and c.after[:2] == [",", "which"] and c.after[2] in _STATEMENT_VERBS)),
         '"The Carter Center said", "Buckingham Palace has announced", "announced by the Carter Center, which said": '
         'the body that runs it speaks (not "at the Kennedy Center": a place)',
         first=lambda w, wl: w in _STATEMENT_VERBS or w in ("has", "have", "had", ",")),
    Rule("center_at_university", "after", "organization", 4,
         lambda c: len(c.words) > 1 and c.words[-1] in ("Center", "Centre") and not c.poss and len(c.after) > 2
         and c.after[0] == "at" and any(w in ("University", "College") for w in c.after[1:4])
         and c.prev2.lower() not in ("at", "in", "inside", "outside", "near", "to", "into"),
         '"the Pandemic Center at Brown University": a university\'s research unit (not "met at the Student Center at '
         'Yale University": a building)',
         first=lambda w, wl: w == "at"),
    Rule("addressed_in_quote", "after", "person", 3,
         lambda c: len(c.words) == 1 and c.unknown and c.prev in _OPENING_QUOTES and len(c.after) > 1
         and c.after[0] == "," and c.after[1] in _ADDRESS_NEXT,
         '\'"Sascha, I know how hard you worked"\': a name opening a quote, then a comma and "I" or "you": the one '
         'spoken to', first=_first_is(",")),
    Rule("language_context", "after", "other", 4,
         lambda c: ((bool(c.after) and c.after[0] in _LANGUAGE_NEXT)
                    or (c.prev == "of" and c.prev2 in _LANGUAGE_NEXT) or c.appos in _LANGUAGE_HEADS)
         and c.unknown and len(c.words) <= 2 and not c.poss,
         '"the Bayot speaking area", "speakers of Kujireray", "Siwu, a Kwa language spoken in Ghana": a language, no '
         'body (a name no list knows)'),
    Rule("event_word_speaks", "after", "organization", 5,
         lambda c: c.words[-1] in c.wl["event_word"] and len(c.words) >= 2 and not c.poss and (
             (bool(c.after) and c.after[0] in SPEECH and c.after[0] not in _EVENT_SPEECH)
             or (c.prev == "to" and c.prev2 == "according")),
         '"Cal Fire said", "according to Cal Fire", "the Glastonbury Festival said": a body named like its event (a '
         'fire service, an organiser) speaks; an event does not'),
    Rule("speech_verb_after", "after", "person", 1,
         lambda c: bool(c.after) and not c.poss
         and not (len(c.words) == 1 and c.words[0].isupper() and len(c.words[0]) > 1 and c.words[0] not in well_known_people())
         and (c.after[0] in SPEECH or (len(c.after) > 1 and c.after[0] in _SAY_ADVERBS and c.after[1] in SPEECH))
         and not (len(c.after) > 1 and c.after[0][-1] == "s" and (_lex(c.after[1]) or "")[:3] in ("VBD", "MD")),
         # ("Universal Credit claims fell": a plural noun before the verb, no verb of saying)
         '"X said", "X resigned", "X once said" (not an acronym, "FEMA said" is the agency, unless a well-known '
         'person goes by it: "AOC said")',
         first=lambda w, wl: w in SPEECH or w in _SAY_ADVERBS),
    Rule("born_after", "after", "person", 3,
         lambda c: len(c.after) > 1 and c.after[0] in ("was", "is") and c.after[1] == "born" and not c.poss
         and c.words[-1] not in c.wl["org_suffix"] and c.words[-1] not in c.wl["org_word"],
         '"Saint-Laurent was born …": a person (not "the Free State Project was born")', first=_first_is("was", "is")),
    Rule("table_row", "after", "organization", 6, _table_row,
         '"Liverpool     10  8   1   1   25": a name opening a line of a table of results, then three numbers or more: a '
         'team or a party (not a person\'s name: "Scottie Scheffler 67 68 70")', first=lambda w, wl: w.isdigit()),
    Rule("age_after", "after", "person", 2,
         lambda c: len(c.after) >= 3 and c.after[0] == "," and c.after[1].isdigit() and c.after[2] == ",", '"X, 45, ..."',
         first=_first_is(",")),
    Rule("role_apposition_after", "after", "person", 3, _role_apposition,
         '"Kent Walker, Google\'s president of global affairs, said", "X, a former senator,": an apposition headed by a '
         'person\'s role', first=_first_is(",")),
    Rule("kin_apposition_after", "after", "person", 3,
         lambda c: len(c.after) >= 3 and c.after[0] == "," and c.after[1] in _KIN_NOUNS and c.after[2] == "of"
         and not c.poss,
         '"Reg Keys, father of a military policeman who died": kin of someone, a person', first=_first_is(",")),
    Rule("which_after", "after", "organization", 2,
         lambda c: len(c.after) >= 3 and c.after[0] == "," and c.after[1] == "which" and c.unknown and not c.poss
         and c.after[2] in _BODY_VERBS_AFTER_WHICH,
         '"Workers United, which represents about 11,000 baristas": a body that does what bodies do (not a person: '
         '"which")', first=_first_is(",")),
    Rule("where_after", "after", "place", 1,
         lambda c: len(c.after) >= 2 and c.after[0] == "," and c.after[1] == "where" and c.unknown
         and c.prev.lower() not in ("at", "joined", "for", "with", "by", "of")
         and not any((_lex(w.lower()) or "NNP") in _COMMON_TAGS for w in c.words),
         '"including Clacton, where ...": a place (not "joined Acme, where ...", "at Google, where ...", "the home of '
         'Jaurès, where ...", "our First-Past-the-Post System, where ...": a common noun)',
         first=_first_is(",")),
    Rule("team_role_after", "after", "organization", 4,
         lambda c: c.unknown and len(c.words) == 1 and c.words[0].endswith("s") and c.words[0][1:].islower()
         and len(c.after) >= 2 and c.after[0] in _TEAM_ROLES and c.after[1][:1].isupper()
         and c.words[0] not in c.wl["given"] and c.words[0] not in well_known_people(),
         '"Lions coach Chris Fagan", "Broncos quarterback Bo Nix": a team\'s plural name before its member\'s role',
         first=lambda w, wl: w in _TEAM_ROLES),
    Rule("who_after", "after", "person", 2,
         lambda c: len(c.after) >= 2 and c.after[0] == "," and c.after[1] in ("who", "whose")
         and not (c.after[1] == "whose" and len(c.after) > 2 and c.after[2] in _MEMBERS_NOUNS),
         '"X, who ...", "X, whose ..."', first=_first_is(",")),
    Rule("whose_members_after", "after", "organization", 3,
         lambda c: len(c.after) >= 3 and c.after[0] == "," and c.after[1] == "whose" and c.after[2] in _MEMBERS_NOUNS,
         '"Metallica, whose members played at the concert", "X, whose shareholders …": a body (not "X, whose wife")',
         first=_first_is(",")),
    Rule("adjective_before_noun", "after", "other", 4, _adjective_before_noun,
         '"Kenyan officials": an adjective (the mention is flagged adjectival)',
         first=lambda w, wl: w[:1].islower() and (_lex(w) or "").startswith("NN")),
    # -- applied by later passes (toolkit.entities.mentions, toolkit.entities.resolution)
    Rule("head_word_alone", "pass", "organization", 1, None,
         '"the Church" after "the Church of Scientology": the head word of one organisation name'),
    Rule("list_then_speech_verb", "pass", "person", 1, None, '"Macron and Scholz spoke": the verb is each one\'s'),
    Rule("person_of", "pass", "organization", 3, None,
         '"musician Nick Rhodes of Duran Duran", "Jann Wenner of Rolling Stone": a person\'s organisation'),
    Rule("saints_place", "pass", "place", 6, None,
         '"beat Southampton 3-2 at St Mary\'s on Sunday": a saint\'s possessive that owns nothing names a place (a '
         'church, a ground, a hospital)'),
    Rule("possessive_firm", "pass", "organization", 6, None,
         '"Christie\'s declined to comment", "Kohl\'s will close 27 stores": a firm named with a possessive (the '
         'article writes the name with it everywhere; a verb follows it)'),
    Rule("owner_of_person", "pass", "organization", 3, None,
         '"McLaren\'s Lando Norris", "Alpine\'s Esteban Ocon": an unknown name owning a person\'s full name is their '
         'team, party or firm'),
    Rule("from_place_to", "pass", "place", 3, None,
         '"from Kumgang to Jejin", "from Munsan in the south to Kaesong": where a journey from a place ends'),
    Rule("in_place_and", "pass", "place", 1, None,
         '"his count in Richmond and Northallerton": the second of two names after "in", when the first is a place and '
         'nothing else types the second'),
    Rule("twin_place", "pass", "place", 3, None,
         '"Minneapolis-St. Paul", "Tampa-St. Petersburg": the second of two places joined by a hyphen'),
    Rule("inside_title_quote", "pass", "work", 5, None,
         '\'the gangster movie “The Irishman”\': a quoted title of a work is one work mention, whatever names '
         'it holds (toolkit.entities.titles, toolkit.entities.actors)'),
    Rule("defined_term_acronym", "pass", "other", 6, None,
         '"gross domestic product (GDP)", "improvised explosive devices (IEDs)": an acronym of lower-case words '
         'is a term, not an organisation (toolkit.entities.mentions)'),
    Rule("shared_surname", "pass", "person", 6, None,
         '"Bill and Hillary Clinton": a given name before "and" and a full name shares its surname (Bill Clinton)'),
    Rule("nickname_alone", "pass", "person", 3, None,
         '\'Diddy found not guilty\' beside \'Sean "Diddy" Combs\': a nickname quoted inside a person\'s name, alone'),
    Rule("kin_list", "pass", "person", 3, None,
         '"her children James and Gretel", "his sons Jack and Harry": given names after a kin noun'),
    Rule("list_majority", "pass", None, 2, None,
         '"Carrascal, Cantilan, Madrid and Cortes": an untyped name gets its list\'s majority type'),
    Rule("list_unanimous", "pass", None, 3, None,
         '"Seoul, Brisbane, Papeete and Pago Pago": three or more clearly typed names, all of one type, '
         'outvote a weakly typed one (the shape of a person\'s name, 2 points)'),
    Rule("demonym_surname", "pass", "person", 4, None,
         '"Bill English … English said": a demonym before a verb, written after a given name elsewhere in the '
         'article, is a surname (toolkit.entities.mentions)'),
    Rule("club_cue", "pass", "organization", 3, None,
         '"a 2-1 win over Chelsea", "Chelsea boss Thomas Tuchel": a town the gazetteer does not list, as a club in a '
         'match report (toolkit.entities.mentions)'),
    Rule("ampersand_pair", "pass", "organization", 5, None,
         '"rival Barnes & Noble", "Simon & Schuster said": two names joined by "&" are a firm (not a citation: '
         '"Marsden & Mackey (2014)", "(Makel & Plucker, 2014)"; not two given names: "Deirdre, Wyatt & Zach"; '
         'toolkit.entities.mentions)'),
    Rule("team_name", "pass", "organization", 4, None,
         '"Leeds United", "Bristol Rovers"; in a match report also "Manchester City", "Real Madrid": a club named '
         'after its town (toolkit.entities.mentions)'),
    Rule("residence_after_age", "pass", "place", 4, None,
         '"Daniel Okafor, 34, of Harehills", "a man, 52, from Leeds": where a person named with their age lives '
         '(toolkit.entities.mentions)'),
    Rule("ambiguous_surname", "pass", "person", 2, None,
         '"Shinawatra" with two Shinawatras in the story: a person, but which one is open'),
)  # fmt: skip

#: The rules by name.
RULE: dict[str, Rule] = {r.name: r for r in TYPE_RULES}
_ORDER: dict[Rule, int] = {r: i for i, r in enumerate(TYPE_RULES)}
_NAME_RULES = tuple(r for r in TYPE_RULES if r.reads == "name")
_DETECTOR_RULES = tuple(r for r in TYPE_RULES if r.reads == "detector")
_BEFORE_RULES = tuple(r for r in TYPE_RULES if r.reads == "before")
_BEFORE2_RULES = tuple(r for r in TYPE_RULES if r.reads == "before2")
_QUOTED_RULES = tuple(r for r in TYPE_RULES if r.reads == "quoted")
_AFTER_RULES = tuple(r for r in TYPE_RULES if r.reads == "after")
_GROUP_RULES = tuple(r for r in TYPE_RULES if r.reads == "group")
#: The words after which ``prev2`` is a group noun ("gods, such as X", "companies like X").
GROUP_LEADS = frozenset(["as", "like", "including"])
TERM_ACRONYM_RULE, PLURAL_RULE, HASHTAG_RULE = RULE["acronym_of_term"], RULE["plural_of_capitalised"], RULE["hashtag"]
MODEL_YEAR_RULE = RULE["model_year_before"]
ADJECTIVE_RULE = RULE["adjective_before_noun"]
assert len(RULE) == len(TYPE_RULES), "rule names must be unique"


class NameInfo(NamedTuple):
    """What the ``reads="name"`` rules derive from a name alone (memoised by :func:`name_info`)."""

    hit: tuple[str, str] | None  # gazetteer (canonical, type)
    party: tuple[str, str] | None
    final: Rule | None  # the final rule that fired (party word, people, demonym), if any
    rules: tuple[Rule, ...]  # the name rules that fired, in table order
    plural_of: str | None  # "Polaroids" -> "Polaroid" (plural_of_capitalised asks the article)
    religion_adj: bool | None  # a faith's adjective ("Muslim" leaders: True; "Islam": False); None: no faith


def name_info(name: str, words: tuple[str, ...], g: Gazetteer) -> NameInfo:
    """:class:`NameInfo` of a mention, memoised per (name, words): names recur within and
    across articles, and these rules read nothing else."""
    table = memo(g)["name_info"]
    key = (name, words)
    hit = table.get(key)
    if hit is None:
        if len(table) > MEMO_MAX:
            table.clear()
        hit = table[key] = _name_info_uncached(name, words, g)
    return hit


def _name_info_uncached(name: str, words: tuple[str, ...], g: Gazetteer) -> NameInfo:
    wl = word_lists(g)
    hit = g.lookup(name)
    if hit is None and name.isupper() and len(name) > 3:  # "WASHINGTON (AP) —"
        hit = g.lookup(name.title())
    party = (g.lookup(name + " Party") or g.lookup(name + "ic Party")) \
        if hit is None and len(words) == 1 and name not in wl["other_name"] else None  # "the Constitution": a thing
    if party is None and hit is None and len(words) == 2 and words[1] == "Democrat":
        party = g.lookup(name + "s")  # "Social Democrat": the Social Democrats
    if party is None and hit is None and len(words) == 1 and name.endswith("s"):
        party = g.lookup(name[:-1] + "ic Party") or g.lookup(name[:-1] + " Party")  # "Democrats"
    if party is None and hit is None and len(words) == 2 and words[0] in _CHAMBERS:
        # "Senate Republicans", "House Democrat(ic)": the party's members in a chamber
        w = words[1][:-1] if words[1].endswith("s") else words[1]
        party = g.lookup(w + " Party") or g.lookup(w + "ic Party")
    # ("Security Council Resolution 1701", "Terminal 4": the word before the number is the head)
    last = strip_dot(words[-2] if len(words) > 1 and NUMBER_LABEL.fullmatch(words[-1]) else words[-1])
    if "on" in words[1:] and hit is None and ("of" not in words or words.index("on") < words.index("of")):
        last = words[words.index("on") - 1]  # "Council on Foreign Relations", "Convention on the Rights of the Child"
    elif "of" in words[1:] and hit is None:  # "Museum of Flight", "University of Oregon": the head
        head = words[words.index("of") - 1]
        if not ((last in wl["thing_word"] or (last in wl["org_suffix"] and head in NOBLE_TITLES))
                and head not in wl["org_suffix"] and head not in wl["org_word"] and head not in wl["place_suffix"]) \
                and head != "Sound":
            last = head  # (but "Tenure of Office Act": a law; "The Sound of Music": no strait; "the Countess of
            # Chester Hospital": a hospital)
    suffixed = (
        (last in wl["org_suffix"]) or not wl["org_word"].isdisjoint(words) or (last in wl["thing_word"])
        or ((last in wl["place_suffix"]) and len(words) > 1)
    )
    n = NameCue(name, words, g, wl, hit, hit is None, len(words) > 1, last, suffixed, party, None)
    n = n._replace(shape=_shape(n))
    fired: list[Rule] = []
    for rule in _NAME_RULES:
        if rule.condition(n):  # type: ignore[misc]
            fired.append(rule)
            if rule.final:
                return NameInfo(hit, party, rule, tuple(fired), None, None)
    plural_of = None
    if hit is None and words[-1].endswith("s") and words[-1][:-1] not in g.demonyms \
            and _lex(words[-1][:-1].lower()) is None and words[-1][:-1] not in wl["given"]:
        plural_of = words[-1][:-1]
    religion_adj = None
    if name in wl["religion"]:
        religion_adj = name[-1] != "s" and not name.endswith(("ism", "ity", "lam"))
    return NameInfo(hit, party, None, tuple(fired), plural_of, religion_adj)


def mention_rules(info: NameInfo, c: Cue) -> list[Rule]:
    """Every rule that fires for a mention (its name's rules and the per-mention rules), in
    table order; after a final rule, nothing."""
    fired: list[Rule] = []
    if c.acronym or c.label or c.titled or c.institution:
        fired.extend(r for r in _DETECTOR_RULES if r.condition(c))  # type: ignore[misc]
    fired.extend(info.rules)
    if info.final is not None:
        return fired  # the detector's rules come first in the table, the final rule ends it
    if c.term_acronym:
        fired.append(TERM_ACRONYM_RULE)
    if c.plural_seen:
        fired.append(PLURAL_RULE)
    if c.prev == "#" and HASHTAG_RULE.condition(c):  # type: ignore[misc]
        fired.append(HASHTAG_RULE)
    if c.prev:
        table = memo(c.g)["before_rules"]
        key = (c.prev, c.unknown)
        before = table.get(key)
        if before is None:
            if len(table) > MEMO_MAX:
                table.clear()
            before = table[key] = tuple(r for r in _BEFORE_RULES if r.condition(c))  # type: ignore[misc]
        fired.extend(before)
        if c.prev2 in _OWNER_DETERMINERS and MODEL_YEAR_RULE.condition(c):  # type: ignore[misc]
            fired.append(MODEL_YEAR_RULE)  # (reads the name and the words around it: not memoised with "before")
        if c.prev in _BEFORE2_LEADS and c.prev2:
            fired.extend(r for r in _BEFORE2_RULES if r.condition(c))  # type: ignore[misc]
        elif (c.prev in _OPEN_QUOTES or c.prev == "The") and c.prev2:
            fired.extend(r for r in _QUOTED_RULES if r.condition(c))  # type: ignore[misc]
        elif c.prev in GROUP_LEADS and c.prev2:
            fired.extend(r for r in _GROUP_RULES if r.condition(c))  # type: ignore[misc]
    if c.after:
        fired.extend(r for r in _after_rules(c.after[0], c.g, c.wl) if r.condition(c))  # type: ignore[misc]
    if len(fired) > 1:
        fired.sort(key=_ORDER.__getitem__)
    return fired


def _after_rules(word: str, g: Gazetteer, wl: dict[str, frozenset[str]]) -> tuple[Rule, ...]:
    """The "after" rules whose :attr:`Rule.first` gate lets ``word`` (the first word after a name)
    through, in table order; memoised per word (a mention meets a handful of the 33)."""
    table = memo(g)["after_rules"]
    rules = table.get(word)
    if rules is None:
        if len(table) > MEMO_MAX:
            table.clear()
        rules = table[word] = tuple(r for r in _AFTER_RULES if r.first is None or r.first(word, wl))
    return rules


def add_points(hints: Any, rules: list[Rule], label: str | None) -> None:
    """Add each rule's points to ``hints`` (a Counter), in order; ``label`` is the type of a
    ``type=None`` rule. An ``unless_typed`` rule is skipped once the mention has organization or
    place points."""
    get = hints.get
    for r in rules:
        if r.unless_typed and (get("organization") or get("place")):
            continue
        t = r.type or label
        hints[t] = get(t, 0) + r.weight


# ---------------------------------------------------------------------- the thing types weighed as one
def thing_points(hints: Any) -> int:
    """The points of all four :data:`THING_TYPES` together (``hints``: a Counter or a dict)."""
    get = hints.get
    return get("work", 0) + get("product", 0) + get("event", 0) + get("other", 0)


def thing_type(hints: Any) -> str:
    """Which thing a name with thing points is: the thing type with the most points (ties: the
    first of :data:`THING_TYPES`, so ``other`` when unsure)."""
    get = hints.get
    return max(THING_TYPES, key=lambda t: get(t, 0))


def top_type(hints: Any) -> tuple[str | None, int]:
    """``hints.most_common(1)[0]`` with the four thing types counted as one type (in the place of
    the first of them), reported as :func:`thing_type`; ``(None, 0)`` without hints."""
    if not ("work" in hints or "product" in hints or "event" in hints):
        return hints.most_common(1)[0] if hints else (None, 0)
    best_t, best_n, seen_thing = None, 0, False
    for t, n in hints.items():
        if t in _THING_SET:
            if seen_thing:
                continue
            seen_thing = True
            t, n = thing_type(hints), thing_points(hints)
        if best_t is None or n > best_n:
            best_t, best_n = t, n
    return best_t, best_n


# ---------------------------------------------------------------------- word shapes shared with other steps
def name_like(word: str) -> bool:
    """A word that can be a given name: unknown to the lexicon as a common word, or listed
    there capitalised as a proper noun ("John") while its lower case is a noun ("john")."""
    low = _lex(word.lower())
    if low is None or low.startswith("NNP"):
        return True
    return (_lex(word) or "").startswith("NNP") and low.startswith("NN")


def place_led(words: list[str], g: Gazetteer) -> bool:
    """A multi-word name holding a known place (a shorter part of it) that starts it or follows a
    common word: an organisation ("Washington Post", "Philippine Coast Guard")."""
    places = [
        " ".join(words[i : i + k]) for k in (1, 2, 3) for i in range(len(words) - k + 1)
        if k < len(words) and (g.lookup(" ".join(words[i : i + k])) or _NO_HIT)[1] == "place"
    ]
    return bool(places) and (
        any(p.split()[0] == words[0] for p in places) or (_lex(words[0].lower()) or "NNP")[:3] in ("NN", "NNS", "JJ")
    )
