"""Mentions: candidate runs become raw mentions with a name, a span and type hints.

:func:`mentions` takes the detector's candidates (:mod:`toolkit.entities.detection`) and, per
candidate, strips titles and honorifics ("French President Emmanuel Macron" → "Emmanuel
Macron", plus "France"), splits a descriptor off a name ("Scientologist Tom Cruise"), splits a
title with an institution ("CEO of the Refugee Council Enver Solomon" → both), drops lone
titles, media credits ("Image: NASA") and emphasised common words, and gives each mention its
type points from :data:`toolkit.entities.typing_rules.TYPE_RULES`. Names in one list share the
type of the clearly typed ones (:func:`coordinate`).

Example:
    >>> from toolkit import Article
    >>> from toolkit.entities.detection import Detector
    >>> from toolkit.entities.gazetteer import gazetteer
    >>> det = Detector(Article("Talks\\n\\nFrench President Emmanuel Macron called."), gazetteer())
    >>> cands = [Candidate(sid, run, acr, None) for sid in det.toks for run, acr in det.runs(sid)]
    >>> [(m.name, m.canonical, strong_type(m)) for m in mentions(det, cands)]
    [('French', 'France', 'place'), ('Emmanuel Macron', None, 'person')]
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import pairwise

from toolkit.entities.detection import (
    ACRONYM_PLURAL,
    CLOSED_TAGS,
    POSSESSIVE_GAPS,
    SCORE,
    Candidate,
    Detector,
    singular_acronym,
    spelled_by,
)
from toolkit.entities.gazetteer import (
    DATELINE_STATES,
    US_STATE_TAGS,
    Gazetteer,
    countries,
    well_known_names,
    world_cities,
)
from toolkit.entities.tokens import (
    COMBINING,
    COMPASS_POINTS,
    CONNECT,
    CONSTITUENCY_OF,
    CORE_TITLES,
    EMPTY_WORDS,
    MEMO_MAX,
    NAME_PREFIXES,
    NOBLE_TITLES,
    PARTICLE_NAME,
    PARTY_SHORT,
    POST_NOMINALS,
    SURNAME_PARTICLES,
    east_asian_given,
    is_cap,
    lazy_lex,
    memo,
    mountain_pass,
    place_casing,
    strip_dot,
    title_like,
    word_lists,
)
from toolkit.entities.typing_rules import (
    ADJECTIVE_RULE,
    CAPITAL_BEFORE_COMMA,
    GROUP_LEADS,
    LANGUAGES,
    MARKETED,
    NAMING_VERBS,
    PLACE_PREP,
    PUBLISHED,
    PUBLISHED_WHEN,
    RULE,
    SEAT_HOLDERS,
    SPEECH,
    STREET_BEFORE_COMMA,
    STREET_WORDS,
    SYLLABLE_NAME,
    TRADING,
    Cue,
    add_points,
    mention_rules,
    name_info,
    name_like,
    party_word,
    top_type,
)

__all__ = ["Raw", "mentions", "strong_type", "coordinate"]

_lex = lazy_lex(__name__)

_SPORT_VERB = re.compile(r"^\s+(?:beat|beats|defeated|defeat|drew|draw|lost|lose|faced|face|play|played|plays|scored|won|wins|edged|thrashed|eliminated|advanced|qualified)\b")
_CLUB_AFTER = re.compile(
    r"['’]s (?:home )?(?:ground|stadium|fans|supporters|players|manager|squad|striker|goalkeeper|midfielder|defender|"
    r"coach|head coach|captain|academy|first team|youth team|forward|winger|sporting director|director of football)\b"
    # "Chelsea boss Thomas Tuchel", "Liverpool striker Mohamed Salah": a club's role before a name
    r"| (?:boss|manager|head coach|striker|goalkeeper|midfielder|defender|winger|forward|captain)\s+(?=[A-Z][a-z])"
)
def _address_street(tw: list[str], k: int) -> bool:
    """Token ``k`` ends a street's name of an address: capitalised words before it, and before them "of", "on",
    "in", "at", "from" or a house's number ("of Marsh Lane", "at 12 Elm Road"; not "Chuck Close" in a list)."""
    j = k - 1
    while j >= 0 and tw[j][:1].isupper() and k - j <= 3:
        j -= 1
    return j < k - 1 and j >= 0 and (tw[j] in ("of", "on", "in", "at", "from") or tw[j].isdigit())


_SPORT_VERB_BEFORE = re.compile(r"\b(?:beat|beating|defeated|against|versus|vs\.?|over|to|faced|facing)\s+$")
#: In a match report, a fixture's verb before a town's name makes it the club ("to face Liverpool next Sunday",
#: "Arsenal host Chelsea on Wednesday"), with or without a score beside it.
_FIXTURE_BEFORE = re.compile(r"\b(?:face|faces|facing|faced|host|hosts|hosting|hosted|welcome|welcomes|welcoming|"
                             r"against|beat|beats|versus|vs\.?)\s+$")  # (not "visiting Oulu", "playing in Paris")
#: In a football story, what makes a town's name its club: a transfer's preposition or verb before it ("signed from
#: Chelsea", "Havertz to Arsenal", "joined Everton"), or a plural verb after it ("Chelsea have sold", "Leeds are")
_TRANSFER_BEFORE = re.compile(r"\b(?:from|to|joined|joins|joining|join|rejoined|signed for|signs for|sign for|left|"
                              r"leaves|leaving)\s+$")
_PLURAL_VERB_AFTER = re.compile(r"\s+(?:have|are|were)\b")
#: in a sports story, a relative clause of a fixture after a town's name: its club ("a point clear of Liverpool, who play
#: Manchester City on Sunday")
_WHO_PLAY_AFTER = re.compile(r",\s+who\s+(?:play|face|host|visit|meet|travel to|welcome)\b")
#: In a match report, what makes a country's mention its team besides a score: the subject of a
#: verb ("Sweden had more possession", "Belgium made a change") or "for"/"put" before it ("a goal for
#: Belgium", "put Sweden in the lead").
_TEAM_BEFORE = re.compile(r"\b(?:for|put|putting|puts|against|beat|beating|defeated|versus|vs\.?|over)\s+$")
#: a person's name and "of (the)" before a country ("Krejcikova of the Czech Republic"), a given name after its
#: possessive ("Italy's Jasmine Paolini")
_OF_BEFORE = re.compile(r"\b[A-Z][a-z][\w'’-]*\s+of\s+(?:the\s+)?$")
_POSSESSOR_OF_NAME = re.compile(r"['’]s\s+([A-Z][a-z]+)\s+[A-Z]")
_SCORE_NEXT = re.compile(r"\s?\d{1,2}\s?[–—-]\s?\d{1,2}\b")
_SCORE_PREV = re.compile(r"\b\d{1,2}\s?[–—-]\s?\d{1,2}\s?$")
_SUBJECT_VERB = re.compile(r"\s+(?:has|had|have|was|were|is|are)?\s*(\w+)")
#: Verbs of a government after a country or capital ("North Korea fired missiles", "Moscow said",
#: "Japan has agreed"): GUM types such a mention as an organisation (the state), the country as a
#: place otherwise.
_ACT_VERBS = frozenset(
    ["said", "says", "agreed", "agrees", "announced", "announces", "warned", "warns", "launched",
     "fired", "threatened", "threatens", "accused", "accuses", "denied", "denies", "rejected", "rejects", "demanded",
     "demands", "urged", "urges", "condemned", "condemns", "refused", "refuses", "pledged", "promised", "vowed",
     "insisted", "insists", "claimed", "claims", "declared", "confirmed", "decided", "voted", "approved", "imposed",
     "recognised", "recognized", "expelled", "invaded", "attacked", "retaliated", "offered", "proposed", "proposes",
     "responded", "sent", "deployed", "ratified", "withdrew", "protested", "welcomed", "criticised", "criticized",
     "blamed", "summoned", "sanctioned", "banned", "ordered", "appealed", "requested", "negotiated", "wants", "seeks",
     "sought", "plans", "planned", "hopes", "maintains", "reported", "released", "suspended", "tested", "conducted",
     "stated", "signed", "evacuated", "resumed", "halted", "arrested", "detained",
     "executed", "blocked", "recalled", "seized", "captured", "bombed", "shelled", "retaliates", "denounced",
     "vetoed", "abstained", "boycotted", "reiterated", "acknowledged", "admitted", "argued", "asked",
     "scrambled", "intercepted", "annexed", "mobilized", "mobilised", "struck"]
)
_PREP_BEFORE = re.compile(r"\b(?:in|of|from|at|to|with|between|by|for|on|across|against)\s+(?:the\s+)?$")
_ACT_AFTER = re.compile(r"\s+((?:has|have|had|also|then|later|quickly|officially)\s+)?((?:also\s+)?[a-z]+)")
#: Words that label a media credit before a colon ("Image: NASA", "Photo: Alvaro Serey").
_CREDIT_WORDS = ("Image", "Images", "Photo", "Photos", "Video", "Audio", "Picture", "Credit", "Photograph")
_CREDIT_BEFORE = re.compile(rf"\b(?:{'|'.join(_CREDIT_WORDS)})\s?:\s*$")
_INITIAL = re.compile(r"[A-Z]\.")
_YEAR_TAG = re.compile(r"[A-Za-z][A-Za-z-]{3,}(?:19|20)\d\d")
_PLATFORMS = frozenset(["Facebook", "Twitter", "WhatsApp", "Telegram", "LinkedIn", "Pinterest", "Reddit", "Email",
                        "E-mail", "Messenger", "Flipboard", "Tumblr"])
_FURNITURE_NEXT = frozenset(["Videos", "Articles", "Stories", "Posts", "Content", "News", "Links", "Topics"])


def _share_bar(words: list[str]) -> bool:
    """Words of a web page's share bar or link block run together into one "name": two platforms
    among three words or more, or "Share"/"Related" before a platform or a content noun."""
    if len(words) >= 3 and sum(w in _PLATFORMS for w in words) >= 2:
        return True
    return words[0] in ("Share", "Related") and (words[1] in _PLATFORMS or words[1] in _FURNITURE_NEXT)


#: Labels that open a wiki link or a media credit when a colon follows ("File:", "Photo:"): no name's end.
_LABELS_BEFORE_COLON = frozenset([*_CREDIT_WORDS, "File", "Source", "Caption"])
_CREDIT_LABEL = re.compile(rf"(?:{'|'.join(_CREDIT_WORDS)})\s?:")
_ROMAN = re.compile(r"[IVX]{2,6}")
#: (" , ": a wiki's stripped link before the comma, "the settlements of Neve Dekalim , Morag , Ganei Tal")
_LIST_SEP = re.compile(r" ?,?\s+(?:and|or|&)\s+| ?,\s+")
_NEXT_WORD = re.compile(r"\s+(\w+)")
_NICKNAME = re.compile(r"\s[\"“'‘][^\"”'’]{1,30}[\"”'’]\s")  # a quoted nickname inside a name
_LIST_COMMA = re.compile(r" ?,\s+")
_LIST_SEP_THE = re.compile(r" ?,?\s+(?:and|or)\s+the\s+| ?,\s+the\s+")
#: kin before a list of given names ("her children James and Gretel", "his two sons, Jack and Harry,")
_KIN_BEFORE = re.compile(r"\b(?:children|sons|daughters|grandchildren|twins|siblings|brothers|sisters|parents)(?:,)?\s+$")
#: a preposition opening a sentence, before its first name ("In the United States, …")
_OPENING_PREP = re.compile(r"(?:^|[.!?]\s+|\n)(?:In|At|Across|Throughout|Outside)\s+(?:the\s+)?$")
_LIST_GOES_ON = re.compile(r" ?,?\s+(?:and|or|&)\s")  # "ITV, Channel Four and FIVE"
_GROUP_PUNCT = frozenset([",", "—", "–", "("])
_DETERMINERS = frozenset(["the", "a", "an", "this", "these", "those"])
_NO_HIT = ("", "")


@dataclass(slots=True)
class Raw:
    """One mention before resolution: its span, its name as written (titles stripped) and its
    type points (``hints``)."""

    start: int
    end: int
    name: str
    sent_id: int
    kind: str
    para_id: int
    hints: Counter = field(default_factory=partial(Counter.__new__, Counter))  # = Counter(), minus its __init__
    adjectival: bool = False
    canonical: str | None = None
    acronym: str | None = None
    ntok: int = 1
    gaz: str | None = None  # type from the gazetteer (applied per actor, not per mention)
    det: bool = False  # preceded by a determiner ("the Polaroid"): not a person's surname
    attributive: bool = False  # followed by a common noun ("the Cruise video", "the Macron administration")
    team: bool = False  # a country in a match report ("Sweden defeated Korea 1 – 0"): the national team
    club: bool = False  # a city named as its football club ("at Barcelona's ground", "Liverpool beat Everton 2-0")
    bare: bool = False  # a town in a sports story, after no preposition: maybe a club the article names in full
    acts: bool = False  # a country or capital acting ("North Korea fired", "Moscow said"), a team beside its score
    group: str | None = None  # the rule of a group noun before it ("companies such as X"): types the list it opens
    sex: str = ""  # "m"/"f" from an honorific before the name ("Mr Anderson", "Mrs Meadows"), else ""


#: honorifics that tell a person's sex ("Mr Anderson" is not "Zoe Anderson")
_HONORIFIC_SEX = {**dict.fromkeys(["Mr", "Mister", "Sir", "Lord", "King", "Prince", "Monsieur", "M", "Herr", "Sr",
                                   "Senor", "Señor", "Shri", "Thiru"], "m"),
                  **dict.fromkeys(["Mrs", "Ms", "Miss", "Madam", "Madame", "Mme", "Mlle", "Dame", "Lady", "Queen",
                                   "Princess", "Frau", "Sra", "Senora", "Señora", "Shrimati", "Smt", "Kumari", "Tmt",
                                   "Selvi"], "f")}
#: bodies of a state that a faith or a people before them only describes the member of ("the first Jewish Supreme
#: Court justice"; not a party: "the Christian Democratic Party leader")
_STATE_BODIES = frozenset(["Court", "Senate", "Parliament", "Cabinet", "Assembly", "Congress", "Legislature", "Bench"])
#: a modifier between a count and the counted role ("two former Prime Ministers")
_COUNT_MODIFIERS = frozenset(["former", "ex", "other", "late", "previous", "past", "current", "serving", "sitting"])
#: what a party leads, after its name ("the Steve Bracks Labor government")
_GOVERNMENT_NOUNS = frozenset(["government", "governments", "administration", "cabinet", "ministry", "coalition"])
#: parties found from a bare word ("Congress" → "Congress Party") that the word names only in
#: one country's news: the party only when the article names that country
_PARTY_CONTEXT = {"Indian National Congress": ("India", "Delhi", "BJP", "Lok Sabha", "Gandhi")}
_BARE_SUFFIXES = frozenset(["Inc", "Ltd", "LLC", "Corp", "PLC", "plc", "Co", "GmbH", "AG", "SA"])
#: Title words that are common surnames too ("Julie Bishop", "John Major", "Gayle King"): after a title
#: ("Ms Bishop", "Prime Minister Major") they are the person named earlier in the article.
_SURNAME_TITLES = frozenset(["Bishop", "King", "Major", "Judge", "Marshal", "Constable", "Sheriff", "Dean", "Cardinal",
                             "Speaker", "Prince", "Knight", "Baron", "Earl", "Duke", "Chancellor", "Abbott", "Deacon"])
#: Word lists whose words end names that are no person's ("Howard Government", "Nobel Prize").
_NOT_SURNAME_KINDS = ("org_suffix", "org_word", "place_suffix", "other_word", "event_word", "work_word", "product_word")
_POSS_END = re.compile(r"['’]s$")
_HEX_COLOUR = re.compile(r"(?=[0-9A-F]*[0-9])[0-9A-F]{6}")
#: The end of a file name ("Protest11.jpg" in a wiki gallery): no name holds one.
_FILE_NAME = re.compile(r"\.(?:jpe?g|png|gif|svg|pdf|webp|tiff?|ogg|ogv|mp[34]|docx?|xlsx?)$", re.IGNORECASE)
_PARTY_TAG = re.compile(r"[(\[,]\s*[RDI]\s*[-–]$")  # "(R-", "(D–": a party-state tag before a state code
# A demonym that names a language, not its country: "[French] language", "[Persian] speakers",
# "speak [English]", "written in [English].", "known in [English] as", "in [French] and English,"
# (not "in [Iraqi] waters", "in [Muslim]-majority Mindanao", "In [Australian] rugby").
_LANG_AFTER = re.compile(r"[ -](?:language|languages|speaking|speakers?|translations?|subtitles|tests?|exams?|lessons?|"
                         r"classes|courses?|proficiency|grammar|dictionary|dictionaries)\b")
_LANG_VERB_BEFORE = re.compile(
    r"\b(?:speak|speaks|spoke|spoken|speaking|learn|learns|learning|learned|learnt|teach|teaches|teaching|taught)\s+$",
    re.IGNORECASE,
)
_LANG_IN_BEFORE = re.compile(r"\b(?:in|into|other than|(?:standard|knowledge|command|level|grasp|fluency|proficiency|"
                             r"mastery|teaching|teachers?|study)\s+of)\s+(?:[A-Z][a-z]+,?\s+(?:and|or)\s+)?$",
                             re.IGNORECASE)  # ("a higher standard of English", "knowledge of French")
_LANG_END = re.compile(
    r"\s*(?:[,.;:!?)\]\"”]|$)|\s+(?:as|meaning)\b|\s+(?:and|or)\s+[A-Z][a-z]+\s*(?:[,.;:!?)\]\"”]|$)"
)
#: Places that share their name with a firm: the firm's gazetteer name, and what makes a story's every mention the place.
_PLACE_OR_FIRM = {
    "Amazon": ("Amazon.com", re.compile(
        r"\bAmazon(?:ian)? (?:rain ?forests?|jungle|basin|river|region|forests?|delta|biome|tribes?)\b"
        r"|\b(?:in|across|into|through) the Amazon(?=\s*[,.;:)]|\s+(?:and|or|where|which)\b)|\bAmazonas\b|\bdeforest", re.IGNORECASE)),
}
#: a story about the larger Congo ("Congo" alone is the gazetteer's Republic of the Congo otherwise)
_DR_CONGO = re.compile(r"\bDemocratic Republic of (?:the )?Congo\b|\bDR ?Congo\b|\bDRC\b|\bKinshasa\b|\bGoma\b")
_CONGO_REPUBLIC = re.compile(r"(?<!Democratic )Republic of (?:the )?Congo\b|\bBrazzaville\b|\bCongo-Brazzaville\b")
#: a stock's exchange code in parentheses: "(MSFT.O)", "(7203.T)", "(VOWG_p.DE)", "(NYSE:IBM)", "(AAPL.O)"
_TICKER = re.compile(r"(?:[A-Z0-9_]{1,7}[a-z]?\.[A-Z]{1,3}|(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX)\s?:\s?[A-Z.]{1,6})")
#: a dateline's town in capitals at the start of a line, then its comma
_DATELINE_CITY = re.compile(r"(?:^|\n)[A-Z][A-Z .'-]+,\s*$")
_DATELINE_RULE = RULE["dateline_city"]
_REGION_RULE = RULE["region_after"]
_POSSESSIVE_FIRM = RULE["possessive_firm"]
_SAINTS_PLACE = RULE["saints_place"]
#: what may follow a saint's possessive that owns nothing ("at St Mary's on Sunday", "St Mary's, where")
_SAINTS_PLACE_NEXT = frozenset(["on", "in", "at", "and", "or", ",", ".", ";", ")", "where", "when", "last", "this", "for",
                                "to", "from", "with", "after", "before"])


class _Scope:
    """What every mention of one article reads: the detector, the gazetteer, its word lists and
    each sentence's kind and paragraph."""

    __slots__ = ("det", "g", "text", "wl", "sent_info", "title_surnames", "surnames")

    def __init__(self, det: Detector) -> None:
        self.det = det
        self.g = det.g
        self.text = det.text
        self.wl = word_lists(det.g)
        self.sent_info = {sid: (kind, para) for sid, _, _, kind, para in det.rows}
        self.title_surnames: frozenset[str] = frozenset()  # "King" after "Gayle King" (set by mentions())
        self.surnames: frozenset[str] = frozenset()  # "Hunt" after "Sally Hunt" (set by mentions())


def mentions(det: Detector, candidates: Iterable[Candidate]) -> list[Raw]:
    """Turn the detector's candidates into raw mentions (title stripping, descriptors, demonyms,
    acronyms, type points), then let lists share their type (:func:`coordinate`)."""
    sc = _Scope(det)
    candidates = list(candidates)
    sc.title_surnames, sc.surnames = _surnames(sc, candidates)
    heads = _head_words(sc, candidates)
    raws: list[Raw] = []
    for cand in candidates:
        raws.extend(_candidate_mentions(sc, cand, heads))
    _defined_terms(raws, sc.text)
    _first_word_restored(raws, sc.text)
    _possessive_short_forms(raws, sc.text)
    _known_as(raws, sc.text, sc.surnames)
    _noble_appositions(raws, sc.text)
    _nicknames(raws, sc.text)
    _turn_labels(raws, sc.text, sc.g)
    _celestial(raws, sc.text)
    _storms_named_together(raws, sc.text)
    coordinate(raws, sc.text, sc.g)
    return raws


#: storms named together after one plural ("Hurricanes Helene and Milton"): the plural and its singular
_STORM_PLURALS = {"Hurricanes": "Hurricane", "Typhoons": "Typhoon", "Cyclones": "Cyclone", "Storms": "Storm"}


def _storms_named_together(raws: list[Raw], text: str) -> None:
    """"Hurricanes Helene and Milton": two storms, each named with the singular ("Hurricane Helene", "Hurricane
    Milton"), events both (the second is no town, the first no person)."""
    for i, r in enumerate(raws):
        plural, _, name = r.name.partition(" ")
        if plural not in _STORM_PLURALS or not name or r.canonical is not None:
            continue
        single = _STORM_PLURALS[plural]
        r.canonical, r.gaz = f"{single} {name}", None
        k = i + 1
        while k < len(raws) and text[r.end : raws[k].start] in (" and ", ", ", " or ") \
                and " " not in raws[k].name and raws[k].name[:1].isupper():
            raws[k].canonical, raws[k].gaz = f"{single} {raws[k].name}", None
            raws[k].hints["event"] += RULE["event_first_word"].weight
            r = raws[k]
            k += 1


#: the rest of a line of a table after a name: three numbers or more ("Liverpool     10  8   1   1   25")
_TABLE_ROW_AFTER = re.compile(r"[ \t]+\d+(?:[ \t]+\d+){2,}[ \t]*(?:\n|$)")
#: a capitalised word opening a sentence (perhaps after a quotation mark), right before a name
_OPENING_WORD = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n[ \t]*)[\"“]?([A-Z][a-z]+) $")


def _first_word_restored(raws: list[Raw], text: str) -> None:
    """A sentence's first word, left out of a name as a capitalised common word ("Just Stop Oil, which wants …" gave
    "Stop Oil"), is put back when the article names the whole ("the group Just Stop Oil")."""
    names = {r.name for r in raws if r.ntok >= 2}
    if not names:
        return
    for r in raws:
        if r.start < 2 or r.canonical or r.acronym:
            continue
        m = _OPENING_WORD.search(text, max(0, r.start - 40), r.start)
        if m is not None and (full := f"{m.group(1)} {r.name}") in names \
                and (_lex(m.group(1).lower()) or "NN") not in CLOSED_TAGS:  # (not "Her Majesty and the Duke …")
            r.start = m.start(1)
            r.name = full
            r.ntok += 1


def _possessive_short_forms(raws: list[Raw], text: str) -> None:
    """A name and its possessive that end a phrase ("reports from St Mary's.", "at Guy's") stand for the one longer
    name of the article that opens with them ("St Mary's Hospital"): that name, not a person "St Mary"."""
    longs = [r.name for r in raws if "'s " in r.name or "’s " in r.name]
    if not longs:
        return
    for r in raws:
        if r.canonical or r.hints["other"] or r.hints["work"] or r.hints["product"] or r.hints["event"]:
            continue  # (not a disease: "early symptomatic Alzheimer's," beside "the Alzheimer's Association")
        m = _POSSESSIVE_END.match(text, r.end)
        if m is None:
            continue
        fits = {n for n in longs if n.startswith((r.name + "'s ", r.name + "’s "))}
        if len(fits) == 1:
            r.canonical = fits.pop()
            r.end = m.end(1)


#: a possessive 's that ends a noun phrase (no noun after it): "from St Mary's.", "at Guy's, and"
_POSSESSIVE_END = re.compile(r"(['’]s)(?=\s*(?:[.,;:!?)\"”’]|\s+(?:and|or|in|on|at|for|to|was|were|is|are|has|had|said|says)\b|$))")


#: words of a story about space: "the Sun" there is the star, not the newspaper
_SPACE_WORDS = re.compile(r"\b(?:planets?|orbits?|orbiting|solar|astronom\w+|telescopes?|spacecraft|asteroids?|comets?"
                          r"|galax\w+|exoplanets?|sunlight|sunspots?|lunar|eclipse)\b")


def _celestial(raws: list[Raw], text: str) -> None:
    """"the Sun" and "the Moon" in a story about space are places as the Earth is (GUM's type for
    them), not the newspapers "The Sun" or "The Moon"."""
    bodies = [r for r in raws if r.name in ("Sun", "Moon") and text[max(0, r.start - 4) : r.start].lower() == "the "]
    if bodies and _SPACE_WORDS.search(text):
        for r in bodies:
            r.canonical, r.gaz = r.name, "place"  # (its own actor: not a short form of "Sun Corona")
            r.hints = Counter(place=5)


#: what may stand before an interview's turn label: a line start, wiki bold marks or a colon ("'''EW:")
_TURN_BEFORE = re.compile(r"(?:^|\n|'''|:)\s*$")


def _turn_labels(raws: list[Raw], text: str, g: Gazetteer) -> None:
    """An interview's turn labels ("DS: You are one of the leaders …", "EW: —marriage."): two or three
    capitals and a colon at a line's start are the initials of the person speaking, when exactly one
    person of the article has them ("David Shankbone", "Evan Wolfson"); the label becomes that person's
    mention (it was an organisation)."""
    labels = [r for r in raws if 2 <= len(r.name) <= 3 and r.name.isupper() and text.startswith(":", r.end)
              and _TURN_BEFORE.search(text, max(0, r.start - 6), r.start)]
    if not labels:
        return
    by_initials: dict[str, set[str]] = defaultdict(set)
    for r in raws:
        words = r.name.split()
        if 2 <= len(words) <= 3 and (g.has("given", words[0]) or r.hints.get("person", 0) >= 3) \
                and all(w[:1].isupper() and w[1:2].islower() for w in words):
            by_initials["".join(w[0] for w in words)].add(r.name)
    for r in labels:
        names = by_initials.get(r.name, set())
        if len(names) == 1:
            r.canonical = next(iter(names))
            r.hints = Counter(person=3)


#: small words a term's acronym usually skips ("weapons of mass destruction (WMD)")
_TERM_SKIP = frozenset(["of", "and", "the", "for", "in", "on", "to", "a", "an", "&"])
_TERM_WORD = re.compile(r"[^\W\d_]+")


def term_acronym(acr: str, before: str) -> bool:
    """Whether ``acr`` abbreviates the lower-case words that end ``before``: "gross domestic
    product" (GDP), "weapons of mass destruction" (WMD), "light-emitting diode" (LED): a term,
    not a name.

    Example:
        >>> term_acronym("WMD", "Iraq had no weapons of mass destruction"), term_acronym("NATO", "the alliance")
        (True, False)
    """
    letters = [ch for ch in acr if ch.isalpha()]
    if len(letters) < 2:
        return False
    words = _TERM_WORD.findall(before[-160:])
    k = len(letters) - 1
    for w in reversed(words):
        if k < 0:
            break
        if not w[0].islower():
            return False
        if w[0] == letters[k].lower():
            k -= 1
        elif w not in _TERM_SKIP:
            return False
    return k < 0


_KNOWN_AS = re.compile(r",\s+(?:(?:who\s+(?:is|was|has\s+been)\s+)?"
                       r"(?:(?:often|also|popularly|widely|commonly|better|affectionately|universally|locally|"
                       r"internationally|officially)\s+)?"
                       r"(?:known|nicknamed|dubbed)(?:\s+(?:locally|internationally|officially|popularly))?\s+as\s+"
                       r"(?P<the>the\s+)?|(?:alias|aka|a\.k\.a\.)\s+)(?:''|[\"“‘'])?")
#: an epithet's shape: "Godfather of AI", "Queen of Soul", "King of Pop"
_EPITHET_NAME = re.compile(r"[A-Z][a-z]+ of (?:the )?[A-Z][\w-]*")


#: a person's title glued to the name by its dot ("Mr.Bush", "Dr.Smith"; not "St.Petersburg", a place's)
_GLUED_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|Col)\.(?=[A-Z][a-z])")


def _short_form(short: str, name: str) -> bool:
    """Each word of ``short`` opens a word of the longer ``name``, in order ("Cal Fire" of "California Department of
    Forestry and Fire Protection")."""
    words, k = name.split(), 0
    for w in short.split():
        while k < len(words) and not words[k].startswith(w):
            k += 1
        if k == len(words):
            return False
        k += 1
    return len(short.split()) < len(words)


def _known_as(raws: list[Raw], text: str, surnames: frozenset[str] = frozenset()) -> None:
    """A one-word name right after "X, known as" (or "alias", "aka") is X's other name ("first lady Rosângela da Silva,
    known as Janja", "Mikel Garikoitz Aspiazu Rubina, alias Txeroki"),
    as is a short form of X's words ("the California Department of Forestry and Fire Protection, known as Cal Fire"):
    it joins X's actor (X a name of two words or more, or the last word of one named before: "Widodo, popularly
    known as Jokowi", "Typhoon Gaemi … Gaemi, known locally as Carina")."""
    if (" as " not in text or ("known" not in text and "nicknamed" not in text and "dubbed" not in text)) \
            and "alias " not in text and "aka " not in text and "a.k.a. " not in text:
        return
    full: dict[str, Raw] = {}  # a surname -> the last full name ending with it
    alias: dict[str, Raw] = {}  # an other name -> its mention after "known as"
    for a, b in pairwise(raws):
        if " " in a.name:
            full[a.name.rsplit(" ", 1)[1]] = a
        if b.start - a.end < 40 and (" " in a.name or a.name in surnames or a.name in full) and not a.adjectival \
                and text[a.end - 1] != ")" and (k := _KNOWN_AS.fullmatch(text, a.end, b.start)) is not None \
                and (" " not in b.name or _short_form(b.name, a.name) if k.group("the") is None
                     else _EPITHET_NAME.fullmatch(b.name) is not None):
            # ("Hinton, who is known as the Godfather of AI": an epithet of the person)
            named = a if " " in a.name else full.get(a.name, a)
            b.canonical, b.gaz = named.canonical or named.name, named.gaz
            alias[b.name] = b
        elif b.name in alias and b.canonical is None:
            b.canonical, b.gaz = alias[b.name].canonical, alias[b.name].gaz  # "Jokowi said" later: the same person


def _noble_appositions(raws: list[Raw], text: str) -> None:
    """A noble title of a place in apposition to a person's name ("Catherine, the Princess of Wales,", "Prince William,
    the Prince of Wales,") names that person, there and wherever the article writes it again ("The Princess of Wales
    thanked …")."""
    if " of " not in text:
        return
    alias: dict[str, Raw] = {}
    for a, b in pairwise(raws):
        words = b.name.split()
        if len(words) >= 3 and words[0] in NOBLE_TITLES and words[1] == "of" and b.canonical is None and not a.adjectival \
                and text[a.end : b.start] in (", the ", ", ") and a.hints["person"] > max(a.hints["organization"],
                                                                                        a.hints["place"]):
            b.canonical, b.gaz = a.canonical or a.name, a.gaz
            alias[b.name] = b
    if alias:
        for r in raws:
            if r.canonical is None and r.name in alias:
                r.canonical, r.gaz = alias[r.name].canonical, alias[r.name].gaz


#: a quoted nickname of one or two words inside a person's name ('Sean "Diddy" Combs': Diddy)
_NICKNAME_INSIDE = re.compile(r"\s[\"“'‘]([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?)[\"”'’]\s")


def _nicknames(raws: list[Raw], text: str) -> None:
    """A nickname quoted inside a person's name ('Sean "Diddy" Combs') names that person wherever it stands alone
    ("Diddy found not guilty", the headline): it joins the full name's actor."""
    if not any(c in text for c in "\"“‘'"):
        return
    full: dict[str, Raw] = {}
    for r in raws:
        if " " in r.name and (m := _NICKNAME_INSIDE.search(text, r.start, r.end)) is not None and m.end() < r.end \
                and strong_type(r) in (None, "person"):
            full.setdefault(m.group(1), r)
    if not full:
        return
    for r in raws:
        named = full.get(r.name)
        if named is not None and r is not named and r.canonical is None:
            r.canonical, r.gaz = named.canonical or named.name, named.gaz
            r.hints["person"] += RULE["nickname_alone"].weight


def _defined_terms(raws: list[Raw], text: str) -> None:
    """An acronym defined by lower-case words ("gross domestic product (GDP)", "improvised explosive
    devices (IEDs)") names a term, not an organisation: points for ``other``."""
    pts = RULE["defined_term_acronym"].weight
    for r in raws:
        name = r.name
        if " " in name or not name[:1].isupper() or r.start < 2 or text[r.start - 1] != "(" \
                or text[r.end : r.end + 1] != ")":
            continue
        acr = name[:-1] if name.endswith("s") and name[:-1].isupper() else name
        if acr.isupper() and term_acronym(acr, text[max(0, r.start - 161) : r.start - 1].rstrip()):
            r.hints["other"] += pts


def _surnames(sc: _Scope, candidates: list[Candidate]) -> tuple[frozenset[str], frozenset[str]]:
    """Title words that end a person's name in this article ("King" of "Gayle King", "Major" of
    "John Major"), so that "King said" alone is that person, not a title without a name; and the
    last words of names a given name opens ("Hunt" of "Sally Hunt"), so that "Hunt" alone is no
    emphasised common word even where the article writes "hunt" too."""
    g = sc.g
    out = set()
    surnames = set()
    for sent_id, run, _, _ in candidates:
        if len(run) < 2:
            continue
        tw = sc.det.toks[sent_id][2]
        words = tuple(tw[i] for i in run)
        last = words[-1]
        if (last in CORE_TITLES or g.has("title", strip_dot(last))) and _surname_title(words, len(words) - 1, g):
            out.add(last)
        first = 0
        while first < len(words) - 2 and title_like(words[first], g):
            first += 1  # "Prime Minister Anthony Albanese": the name after the titles
        if len(words) - first <= 4 and g.has("given", words[first]) and not any(g.has(k, last) for k in _NOT_SURNAME_KINDS):
            surnames.add(last)  # (not "Government" of "the Howard Government")
    return frozenset(out), frozenset(surnames)


#: the headline and the lead's sentences, where a story names its principal
_LEAD_SENTENCES = 3

#: Bodies' head words that name another body alone ("the House" is the House of Representatives beside "the White
#: House"; "Energy" is a field).
AMBIGUOUS_HEADS = frozenset(["House", "Energy", "Health", "Justice", "Defense", "Defence", "State", "Party"])


def _head_words(sc: _Scope, candidates: list[Candidate]) -> dict[str, set[str]]:
    """Organisation head words ("Church") -> the multi-word names they end or start ("the Church
    of Scientology"), for a later "the Church" alone."""
    heads: dict[str, set[str]] = defaultdict(set)
    first_sent: dict[str, int] = {}  # each name's first sentence
    wl, text = sc.wl, sc.text
    for sent_id, run, _, _ in candidates:
        ts, te, tw = sc.det.toks[sent_id][:3]
        if len(run) > 1 and tw[run[0]] != "The":
            # the first word heads "Church of Scientology", "House of Representatives" (not "Opposition
            # Health"); the last word no name that holds "of" ("Deputy President of the Senate": the Senate)
            of = [x for x in run if tw[x] in ("of", "for")]
            first = tw[run[0]] if of and of[0] == run[1] and not (
                (tw[run[-1]] in wl["org_suffix"]) or (tw[run[-1]] in wl["org_word"])) else None
            last = tw[run[-1]] if not of and not (len(run) == 2 and tw[run[0]] == "White") else None  # ("the
            # House" is no short form of "White House")
            for w in (first, last):
                if w is not None and ((w in wl["org_suffix"]) or (w in wl["org_word"])):
                    name = " ".join(text[ts[run[0]] : te[run[-1]]].split())
                    heads[w].add(name)
                    first_sent.setdefault(name, sent_id)
    for w, names in heads.items():
        if len(names) > 1:  # "Supreme Court" beside "United States Supreme Court": one body, the longer name
            heads[w] = names = {x for x in names if not any(
                o != x and o.endswith(" " + x) and o[: -len(x) - 1].rsplit(" ", 1)[-1] not in ("of", "the", "for")
                for o in names)}  # (not "President of the Senate" beside "Senate": a title)
        if len(names) > 1 and w not in AMBIGUOUS_HEADS:
            # "the Bank" in a story on the Bank of England that names the European Central Bank later: the body
            # named first, in the headline or the lead and in a sentence before the others (news style names its
            # principal first)
            order = sorted(names, key=first_sent.__getitem__)
            if first_sent[order[0]] < min(first_sent[order[1]], _LEAD_SENTENCES) \
                    and not sc.g.has("given", order[0].split()[0]):  # (not "Matthew Hill Wikipedia": a run too long)
                heads[w] = {order[0]}
    return heads


#: a journalist's job after the desk's name in a byline ("Health editor", "Political correspondent")
_DESK_JOBS = frozenset(["editor", "correspondent", "reporter", "writer", "columnist", "analyst", "producer"])
#: a nucleic acid's name ("mRNA", "microRNA", "siRNAs", "eDNA", "cfDNA")
_NUCLEIC = re.compile(r"[a-z]{1,6}(?:RNA|DNA)s?")
#: a count before a noun phrase ("two Nobel Laureates")
_COUNT_WORDS = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                          "several", "many", "both"])


def _plural_demonym(word: str, g: Gazetteer) -> bool:
    """Whether a word is a demonym's plural ("Americans", "Ethiopians"; not "Germany", which less its "y" is one)."""
    return word.endswith("s") and word not in g.demonyms and word[:-1] in g.demonyms


def _role_plural(word: str, g: Gazetteer) -> bool:
    """Whether a capitalised word is the plural of a role or title ("Laureates", "Secretaries", "Presidents")."""
    if len(word) < 4 or not word.endswith("s") or not word[1:].islower():
        return False
    one = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return g.has("person_role", one.lower()) or g.has("title", one)


def _candidate_mentions(sc: _Scope, cand: Candidate, heads: dict[str, set[str]]) -> list[Raw]:
    """The mentions of one candidate run: none (a lone title, an emphasised word), one, or a
    title's parts (a place or institution, then the title holder)."""
    sent_id, run, acr, label = cand
    g, wl = sc.g, sc.wl
    ts, te, tw = sc.det.toks[sent_id][:3]
    words = tuple(map(tw.__getitem__, run))  # read-only here: a tuple serves the memo keys too
    if len(run) >= 3 and run[-1] + 1 < len(tw) and tw[run[-1] + 1] in _DESK_JOBS and label is None \
            and run[0] > 0 and tw[run[0] - 1] in ("By", "by", "BY") \
            and (_lex(words[-1].lower()) or "")[:2] in ("NN", "JJ") and not g.has("given", words[-1]) \
            and g.lookup(words[-1]) is None and words[-2] not in CONNECT:
        run, words = run[:-1], words[:-1]  # "By Andrew Gregory Health editor": the byline's name, then the desk
    out: list[Raw | None] = []
    mention = partial(_mention, sc, sent_id)
    if label is None and acr is None and words[-1] in PARTY_SHORT \
            and ((3 <= len(words) <= 4 and g.has("given", words[0])) or (len(words) == 2 and words[0] in sc.surnames)) \
            and run[-1] + 1 < len(tw) and tw[run[-1] + 1] in _GOVERNMENT_NOUNS:
        # "the Steve Bracks Labor government", "the Tony Blair Labour government", "the Albanese Labor government"
        # (a surname of the article's): the leader, then the party
        return _kept([mention(run[:-1]), mention(run[-1:])])

    if label is None and acr is None and len(words) == 1 and len(heads.get(words[0], ())) == 1 and run[0] > 0 \
            and tw[run[0] - 1].lower() == "the":
        kind, para = sc.sent_info[sent_id]
        r = Raw(ts[run[0]], te[run[0]], words[0], sent_id, kind, para)
        r.canonical = next(iter(heads[words[0]]))
        rule = RULE["head_word_alone"]
        r.hints[rule.type] += rule.weight
        return [r]
    if label is None and acr is None and len(words) == 1 and words[0] not in sc.title_surnames \
            and words[0] not in sc.surnames and _emphasis(words[0], sc.det) \
            and not _PUBLICATION_AFTER.match(sc.det.text, te[run[-1]]):
        return []  # (but "Time magazine's Person of the Year" in a story that writes "time": the magazine)
    if len(words) == 1 and words[0].endswith(("NA", "NAs")) and _NUCLEIC.fullmatch(words[0]):
        return []  # "microRNA", "mRNA", "eDNA": molecules, no names
    if len(words) == 1 and words[0] in _CAPITAL_UNITS and run[0] > 0 and _NUMBER_BEFORE_UNIT.fullmatch(tw[run[0] - 1]):
        return []  # "a 500 MW plant", "52–58 GtCO2 a year", "3 TWh": a unit after its number, no name
    if label is None and acr is None and len(words) >= 3 and words[1] == "of" and words[0] in ("Democrat", "Republican") \
            and (g.lookup(" ".join(words[2:])) or _NO_HIT)[1] == "place":
        # "Chuck Schumer, Democrat of New York": a party's member from a state, no body "Democrat of New York"
        return _kept([mention(run[:1]), mention(run[2:])])
    if label is None and acr is None and 2 <= len(words) <= 3 and words[-1] in ("Democrat", "Republican") \
            and (g.lookup(" ".join(words[:-1])) or _NO_HIT)[1] == "place":
        # "the New Jersey Democrat", "a Texas Republican": a state, then the party of its member
        return _kept([mention(run[:-1]), mention(run[-1:])])
    if label is None and acr is None and len(words) <= 2 and run[0] > 1 and tw[run[0] - 1] in (",", "and", "&") \
            and all(_portfolio_word(w, g) for w in words) \
            and _PORTFOLIO_LIST.search(sc.det.text, max(0, ts[run[0]] - 80), ts[run[0]]):
        return []  # "Minister for Education, Science and Training": the portfolio's later words, no names
    if label is None and words in (("Test",), ("Tests",)) and run[0] > 0:
        return []  # "the second Test", "his first Test hundred": a cricket match, no name (but "the Perth Test": an event)
    if label is None and _title_only(words, g) and not (len(words) == 1 and words[0] in sc.title_surnames):
        if len(words) >= 2 and words[-1] in sc.title_surnames and words[-1] in _SURNAME_TITLES:
            # "Senator Bishop said" after "Senator Mark Bishop", "Prime Minister Major" after "John Major":
            # the titles, then the surname that is a title word
            return _kept([mention(run[-1:], titled=True, span_from=ts[run[0]])])
        return []  # "Secretary General", "Prime Minister": a title without a name (but "King said" after "Gayle King")
    if label is None and acr is None and len(words) >= 2 and run[0] > 0 and (
            tw[run[0] - 1].lower() in _COUNT_WORDS or (
                run[0] > 1 and tw[run[0] - 1].lower() in _COUNT_MODIFIERS and tw[run[0] - 2].lower() in _COUNT_WORDS)) \
            and _role_plural(words[-1], g):
        # "two Nobel Laureates", "four Vice Presidents", "two former Prime Ministers": people counted, no name; but
        # the known name or the acronym before the role stays ("five IRA Volunteers", "Two Democratic Representatives")
        rest = " ".join(words[:-1])
        if rest.isupper() or g.lookup(rest) or (len(words) == 2 and g.lookup(rest + " Party")):
            return _kept([mention(run[:-1])])
        return []
    if label is None and acr is None and len(words) >= 3 and run[-1] + 1 < len(tw) and tw[run[-1] + 1].islower() \
            and words[-1] in _STATE_BODIES:
        for k in (2, 1):
            if k < len(words) - 1 and " ".join(words[:k]) in wl["religion"]:
                # "the first Native American Supreme Court justice", "the first Jewish Supreme Court justice": a
                # faith or a people, then a body of state before the noun it modifies (no body of that name)
                return _kept([mention(run[:k]), mention(run[k:])])
    if label is None and acr is None and len(words) >= 2 and run[-1] + 1 < len(tw) and tw[run[-1] + 1].islower() \
            and (words[-1] in wl["other_word"] or words[-1] in wl["other_name"]) and _lex(words[-1].lower()) is None \
            and (g.lookup(" ".join(words[:-1])) or _NO_HIT)[1] in ("organization", "place"):
        # "a former European Union Brexit negotiator": a known body, then a thing named alone (no "European Union
        # Brexit"; but "the Nobel Prize", "the Clean Air Act": a head word that names nothing alone)
        return _kept([mention(run[:-1]), mention(run[-1:])])
    if label is None and acr is None and len(words) >= 2 and words[-1] == "State" \
            and _STATES_ATTORNEY.match(sc.det.text, te[run[-1]]):
        # "Sangamon County State's Attorney Dan Wright": a county, then the title (no body "Sangamon County State")
        return _kept([mention(run[:-1])])
    if label is None and acr is None and len(words) >= 2 and g.lookup(words[0] + " Party") \
            and (g.lookup(words[1]) or _NO_HIT)[1] == "place" and g.lookup(" ".join(words[:2])) is None \
            and all(w in CORE_TITLES or title_like(w, g) for w in words[2:]):
        # "the first female Democratic US Senator": a party's adjective, then a country (and a title without a name)
        return _kept([mention(run[:1]), mention(run[1:2])])
    if label is None and acr is None and words[0] in g.demonyms and _demonym_before_body(words, run, tw, g, wl):
        # "German Rewe group", "the Russian Gazprom", "American CNN": a country's adjective, then a body named
        # alone (no "German Rewe"; but "Saudi Aramco", "British Airways": the whole is the name)
        return _kept([mention(run[:1]), mention(run[1:])])
    lead = _descriptor_length(words, g, wl) if label is None and acr is None else 0
    if not lead and label is None and acr is None and 3 <= len(words) <= 5 and run[0] > 0 and tw[run[0] - 1] in ("and", "&"):
        k = 0
        while k < len(words) - 2 and ((_lex(words[k].lower()) or "")[:2] in ("NN", "JJ", "VB")
                                      or words[k].endswith(("ing", "ence", "ment", "tion", "ies"))) \
                and not g.has("given", words[k]) and g.lookup(words[k]) is None and words[k] not in g.demonyms \
                and not title_like(words[k], g) and not g.has("person_role", words[k].lower()):  # ("Ageing")
            k += 1
        if k and g.has("given", words[k]):
            # "Minister for Health and Ageing Tony Abbott": the portfolio's last words, then the person
            return _kept([mention(run[k:], titled=True, span_from=ts[run[k]])])
    if lead:
        # "Scientologist Tom Cruise", "American Joe Smith", "(Senator from) Vermont Bernie Sanders":
        # a descriptor, then the person ("Americans Victor Ambros and Gary Ruvkun": a plural demonym, no actor)
        if lead >= 2 and party_word(words[lead - 1], g) \
                and (g.lookup(" ".join(words[: lead - 1])) or _NO_HIT)[1] == "place":
            out += [mention(run[: lead - 1]), mention(run[lead - 1 : lead])]  # "Texas Republican Ted Cruz": the state,
            # the party and the person
        elif not (lead == 1 and _plural_demonym(words[0], g)):
            out.append(mention(run[:lead]))
        out.append(mention(run[lead:]))
        return _kept(out)
    if label is None and acr is None and 2 <= len(words) <= 4 and words[-1] in SEAT_HOLDERS \
            and (run[-1] + 1 >= len(tw) or not tw[run[-1] + 1][:1].isupper()) \
            and not any(party_word(w, g) or w in PARTY_SHORT or g.has("given", w) or w.isupper() for w in words[:-1]) \
            and not (_lex(words[0].lower()) or "").startswith("JJ") and g.lookup(" ".join(words)) is None:
        # "Michael Lowry, the Tipperary North TD", "the Ashfield MP said": the seat, a place (not "the Labour MP", "an
        # Independent MP")
        return _kept([mention(run[:-1], label="place")])
    if label is None and acr is None and 3 <= len(words) <= 4 and words[1] == "for" \
            and words[0].lower() in CONSTITUENCY_OF and not any(g.has("given", w) for w in words[2:]):
        # "the Member for Wentworth", "the MP for Bradfield": the seat, a place (its holder is not named here)
        return _kept([mention(run[2:], label="place")])
    split = _title_split(words, g) if label in (None, "person") else None
    if split is not None and split[0] == 0 and words[-1] in wl["place_suffix"] and run[0] > 0 \
            and tw[run[0] - 1].lower() == "the" and not {"of", "the", "for"} & set(words):
        split = None  # "the Sheikh Zayed Road", "the Prince Albert Hall": a place named after a titled person
    if split is not None and split[0] == 0 and acr is not None and spelled_by(tw[acr], words):
        split = None  # "General Agreement on Tariffs and Trade (GATT)": the acronym spells the first word too
    if split is not None and split[1] < len(words) and words[split[1]] in ("and", "or", "&"):
        split = None  # "Department of Justice and Homeland Security": no title, then "and Homeland Security"
    if split is None and label is None and acr is None and _role_before_name(words, wl):
        # "Nurse Nesma Hajjaj works", "Teacher Anna Berg": a role noun, capitalised, before a name
        out.append(mention(run[1:], titled=True, span_from=ts[run[0]]))
        return _kept(out)
    if split is None:
        out.append(mention(run, acr=acr, label=label))
        return _kept(out)
    b, j = split
    if j >= len(run):  # "NASA Administrator", "US Senator": a title with no name after it
        if b > 0:
            out.append(mention(run[:b], acr=acr, label=label, prefix=True))
        return _kept(out)
    if b >= 2 and (words[b - 1] in g.demonyms or (g.lookup(words[b - 1]) or _NO_HIT)[0] in countries(g)) and all(w[:1].isupper() and g.lookup(w) is None and w not in g.demonyms
                                                     and not g.has("given", w) and not w.isupper()
                                                     and w not in COMPASS_POINTS for w in words[: b - 1]) \
            and " ".join(words[:b]) not in g.demonyms and g.lookup(" ".join(words[:b])) is None:
        # "former Progressive-Conservative Canadian Prime Minister Brian Mulroney", "Liberal Canadian Prime Minister":
        # a party's adjective, then the country's (no name "Liberal Canadian"); the party when the gazetteer knows it
        party = " ".join(words[: b - 1])
        if g.lookup(party + " Party") or g.lookup(party.replace("-", " ") + " Party"):
            out.append(mention(run[: b - 1], prefix=True))
        out.append(mention(run[b - 1 : b], prefix=True))
    elif b >= 2 and (g.lookup(words[b - 1]) or _NO_HIT)[0] in countries(g) \
            and (g.lookup(" ".join(words[: b - 1])) or _NO_HIT)[1] == "place":
        # "Manhattan U.S. Attorney Damian Williams": a place, then the country whose title follows (no body "Manhattan
        # U.S.")
        out.append(mention(run[: b - 1], prefix=True))
        out.append(mention(run[b - 1 : b], prefix=True))
    elif b > 0:
        out.append(mention(run[:b], prefix=True))
    if label is None and j < len(words) and words[j - 1] == "the" and (words[j - 2 : j - 1] == ("for",) or (
            words[j - 2 : j - 1] == ("of",) and j >= 3 and words[j - 3] in _PORTFOLIO_TITLES)):
        k = j
        while k < len(words) and ((_portfolio_word(words[k], g) and words[k] not in g.demonyms)
                                  or (words[k] in ("and", "&") and k > j)):
            k += 1
        if k > j and words[k - 1] not in ("and", "&"):
            # "Minister for the Environment (and Heritage)", "Minister of the Economy Antonio Palocci": a portfolio,
            # no institution, then perhaps the minister
            if k == len(words):
                return _kept(out)
            if 2 <= len(words) - k <= 3 and g.has("given", words[k]) and not any(w in CONNECT for w in words[k:]):
                out.append(mention(run[k:], titled=True, span_from=ts[run[b]], acr=acr))
                return _kept(out)
    if label is None and ("the" in words[b:j] or (
        words[j - 1] in ("of", "for") and any((w in wl["org_suffix"]) or (w in wl["org_word"]) for w in words[j:])
    )):
        # "Chairman of the Australian Centre for ...": what follows "of the" is an institution,
        # possibly followed by the title holder's name ("CEO of the Refugee Council Enver Solomon")
        cut = _institution_end(words, j, g, wl)
        out.append(mention(run[j:cut], acr=None if cut < len(words) else acr, institution=True))
        if cut < len(words):
            out.append(mention(run[cut:], titled=True, acr=acr))
        return _kept(out)
    if label is None and words[j - 1] in ("of", "for") and len(words) - j >= 4:
        # "CEO of Vincor Canada Jay Wright": a body of two words or more, then a person's name opening with a
        # given name (not a place: "Governor of New York Andrew Cuomo", below)
        p = next((x for x in range(j + 2, len(words) - 1) if g.has("given", words[x]) and 2 <= len(words) - x <= 3
                  and words[x - 1] not in CONNECT), None)
        if p is not None and (g.lookup(" ".join(words[j:p])) or _NO_HIT)[1] != "place" \
                and " ".join(words[j:p]) not in world_cities() and not any(w in CONNECT for w in words[p:]):
            out.append(mention(run[j:p], institution=True))
            out.append(mention(run[p:], titled=True, acr=acr))
            return _kept(out)
    # "Governor of Michigan George Romney": the place after "of" is its own mention
    if words[j - 1] in ("of", "for") and label is None and (g.lookup(" ".join(words[j:])) or _NO_HIT)[1] in ("place", "organization"):
        # "the Governor General of Canada": a title without a name, then the place
        out.append(mention(run[j:], acr=acr))
        return _kept(out)
    if words[j - 1] == "of" and label is None and len(words) - j <= 2 \
            and not any(g.has("given", w) for w in words[j:]):
        # "CEO of Aer Lingus", "Chief Executive Officer of Red Hat": a title without a name, then
        # the institution (not a person called "Aer Lingus")
        rest = " ".join(words[j:])
        place = (g.lookup(rest) or _NO_HIT)[1] == "place" or rest in world_cities()  # "the Bishop of Durham"
        # (the verbs after belong to the title holder: "The Mayor of Koszalin spoke" says nothing of Koszalin)
        out.append(mention(run[j:], acr=acr, label="place") if place else mention(run[j:], acr=acr, institution=True))
        return _kept(out)
    if len(words) - j == 1 and b == 0 and words[j - 1] not in CONNECT and (g.lookup(words[j]) or _NO_HIT)[1] == "place":
        out.append(mention(run, acr=acr, label="other"))  # "Captain America"
        return _kept(out)
    for n_place in (3, 2, 1):
        if j + n_place < len(run) and words[j - 1] in ("of", "for") and (
            g.lookup(" ".join(words[j : j + n_place])) or _NO_HIT
        )[1] == "place":
            out.append(mention(run[j : j + n_place]))
            j += n_place
            break
    else:
        if words[j - 1] == "of" and len(words) - j == 3 and label is None and name_like(words[j + 1]) \
                and not any((w in wl["org_suffix"]) or (w in wl["place_suffix"]) for w in words[j:]):
            # "Mayor of Koszalin Piotr Jedlinski": a one-word place, then a two-word name
            out.append(mention(run[j : j + 1], label="place"))
            j += 1
    if words[j - 1] in ("for", "of") and label is None and all(
        (_lex(w.lower()) or "") in ("NN", "NNS", "JJ") and not g.has("given", w) and g.lookup(w) is None for w in words[j:]
    ):
        return _kept(out)  # "Secretary of State for Democracy, …", "Minister for Jobs": a portfolio, no name
    if words[j - 1] in ("for", "of") and label is None:
        k = j
        while k < len(words) and (_lex(words[k].lower()) or "") in ("NN", "NNS", "JJ") and not g.has("given", words[k]) \
                and g.lookup(words[k]) is None:
            k += 1
        if j < k and len(words) - k >= 2 and name_like(words[k]) and not (_lex(words[k].lower()) or "").startswith("NN"):
            j = k  # "Commissioner for Competition Neelie Kroes", "Minister for Health Tony Abbott": the portfolio, then the name
    out.append(mention(run[j:], titled=True, span_from=ts[run[b]], acr=acr, label=label))
    return _kept(out)


def _kept(out: list[Raw | None]) -> list[Raw]:
    return [r for r in out if r is not None]


def _descriptor_length(words: tuple[str, ...], g: Gazetteer, wl: dict[str, frozenset[str]]) -> int:
    """How many words of a run are a descriptor before a person's name ("American" in "American Joe Smith",
    "Vermont" in "Vermont Bernie Sanders" (3-5 words), "Amnesty International" in "Amnesty International
    Man-kei Tam" (4-6 words, a known organisation)); 0 for none."""
    if (4 <= len(words) <= 6 or (len(words) == 3 and len(words[0]) > 1 and (
            words[0].isupper() or (words[1] in wl["given"] and words[2][:1].isupper() and g.lookup(" ".join(words)) is None
                                   and g.lookup(" ".join(words[:2])) is None)))) \
            and (g.lookup(" ".join(words[:-2])) or _NO_HIT)[1] == "organization" \
            and (words[-2] in wl["given"] or east_asian_given(words[-2])) \
            and (_lex(words[-1].lower()) is None or words[-1] in wl["surname_word"]) \
            and not title_like(words[-1], g) and g.lookup(words[-1]) is None:
        return len(words) - 2  # "(director of) Amnesty International Man-kei Tam", "(Ambassador to the) UN Riyad
        # Mansour", "Apple Steve Jobs" (a picture's label run into the text): the body, then its person
    if not (3 <= len(words) <= 6) or g.lookup(" ".join(words)) is not None or any(
        (w in wl["org_suffix"]) or (w in wl["org_word"]) or (w in wl["place_suffix"])
        for w in (words[1:] if g.lookup(words[0] + " Party") else words)  # (a party's word first: "Liberal")
    ):
        return 0
    leads: list[int] = []  # the descriptor's possible lengths, most likely first
    # "American Joe Smith", "Americans Victor Ambros (and Gary Ruvkun)"
    demonym = words[0] in g.demonyms or _plural_demonym(words[0], g)
    if len(words) >= 4 and words[1] == "Democrat" and (g.lookup(" ".join(words[:2]) + "s") or _NO_HIT)[1] == "organization":
        leads.append(2)  # "Social Democrat Gerhard Schröder", "Christian Democrat Angela Merkel": a party member
    elif demonym or (words[0] in wl["religion"]) or g.lookup(words[0] + " Party") \
            or g.lookup(words[0] + "ic Party"):
        leads.append(1)
    # "New York Democrat Anthony Weiner", "Texas Republican Ted Cruz": a place, then its member's party word
    leads.extend(n + 1 for n in (2, 1, 3) if n + 3 <= len(words)
                 and (g.lookup(" ".join(words[:n])) or _NO_HIT)[1] == "place" and party_word(words[n], g))
    # ("Saudi Arabia Raouf Amin el-Araby": after the demonym fails, the two-word place)
    # ("Rio Grande do Sul Olivio Dutra": a place of four words)
    leads.extend(n for n in (4, 3, 2, 1) if n not in leads and n < len(words) and (g.lookup(" ".join(words[:n])) or _NO_HIT)[1] == "place")
    for lead in leads:
        rest = len(words) - lead
        if (2 <= rest <= 3 or (rest == 4 and words[lead + 1] in SURNAME_PARTICLES) or (
                # "Bhutan Jigme Khesar Namgyel Wangchuck": a place (a category label), then four names no lexicon knows
                rest == 4 and not demonym and (g.lookup(" ".join(words[:lead])) or _NO_HIT)[1] == "place"
                and all(w[1:].islower() and w.isalpha() and _lex(w.lower()) is None and g.lookup(w) is None
                        and not title_like(w, g) for w in words[lead:]))) and (
            (words[lead] in wl["given"])
            # "(leader of) Iraq Saddam Hussein": a known person's name after the place
            or " ".join(words[lead:]) in well_known_names()
            # "Macedonian Senija Roganovic", "(Ambassador to) Iraq Zalmay Khalilzad": after a demonym or a known
            # place, a name the lexicon does not know
            or ((demonym or (g.lookup(" ".join(words[:lead])) or _NO_HIT)[1] == "place"
                 or (lead == 1 and g.lookup(words[0] + " Party") and g.lookup(" ".join(words[1:])) is None))
                # ("Liberal Wilson Tuckey": a party's member; not "Republican Sinn Féin", a party's name)
                and all(((w[1:].islower() or PARTICLE_NAME.match(w)) and _lex(w.lower()) is None
                         and g.lookup(w) is None
                         and w not in g.demonyms and not title_like(w, g)
                         and (w not in world_cities() or (demonym and i == 0 and words[-1] not in world_cities())))
                        # ("American Taylor Fritz": a town's name first after a demonym, but not all of it; not
                        # "Beijing Shijie Gongyuan", a park)
                        or (w in SURNAME_PARTICLES and 0 < i < len(words) - lead - 1)  # ("Belgian Wout van Aert")
                        for i, w in enumerate(words[lead:])))
        ):
            return lead
    return 0


#: a craft's or a weapon's model code of letters, a hyphen and digits ("F-16", "Su-25", "MiG-29", "T-72", "AK-47")
_MILITARY_MODEL = re.compile(r"[A-Z][A-Za-z]{0,2}-\d{1,3}[A-Z]?")


def _demonym_before_body(words: tuple[str, ...], run: list[int], tw: Sequence[str], g: Gazetteer,
                         wl: dict[str, frozenset[str]]) -> bool:
    """Whether a run is a country's adjective, then a body's own name: a known organisation ("Russian Gazprom",
    "Chinese Xinhua"), an acronym ("German BMW", "Belarusian KGB") or one word the lexicon does not know before a
    company noun ("German Rewe group"); or a craft's model ("Israeli F-16", "Israeli Merkava tanks"); never a name
    known whole ("Saudi Aramco", "British Airways")."""
    if len(words) < 2 or words[0] not in g.demonyms or g.lookup(" ".join(words)) is not None \
            or " ".join(words) in well_known_names():
        return False
    rest = words[1:]
    if rest[0] in g.demonyms or rest[0].startswith("Wiki"):
        return False  # "American Indian"; "the Polish Wikipedia": a language's edition, one name
    hit = g.lookup(" ".join(rest)) or _NO_HIT
    if hit[1] == "organization" and (hit[0] == rest[0] if len(rest) == 1 else (
            any(_lex(w.lower()) is None and w not in g.demonyms for w in rest)
            and not any(g.has("org_word", w) or g.has("org_suffix", w) for w in rest))):
        return True  # "Dutch Air France", "Russian RIA Novosti" (not "Australian Democrats", "British Foreign Office",
        # "German Ministry of Defence", "Philippine Red Cross": a nation's own body, whose words name others' too)
    if len(rest) != 1:
        return False
    w = rest[0]
    if len(w) >= 2 and w.isalpha() and w.isupper():
        return True
    if _MILITARY_MODEL.fullmatch(w):
        return True  # "Israeli F-16 jets", "Russian Su-25 jets": a country's adjective, then a craft's model
    nxt = tw[run[-1] + 1] if run[-1] + 1 < len(tw) else ""
    return (nxt in wl["org_next"] or nxt in wl["product_next"]) and w[1:].islower() and _lex(w.lower()) is None \
        and not g.has("given", w) and g.lookup(w) is None  # ("the German Rewe group", "Israeli Merkava tanks")


def _role_before_name(words: tuple[str, ...], wl: dict[str, frozenset[str]]) -> bool:
    """A capitalised role noun ("Nurse", "Teacher") before a two- or three-word name that starts
    with a given name or a word the lexicon does not know."""
    if not (3 <= len(words) <= 4) or not words[0][1:].islower() or words[0].lower() not in wl["person_role"]:
        return False
    rest = words[1:]
    if any((w in wl["org_suffix"]) or (w in wl["org_word"]) or (w in wl["place_suffix"]) for w in rest):
        return False
    return all(w[:1].isupper() for w in rest) and (
        (rest[0] in wl["given"]) or (rest[0][1:].islower() and _lex(rest[0].lower()) is None)
    )


def _institution_end(words: tuple[str, ...], j: int, g: Gazetteer, wl: dict[str, frozenset[str]]) -> int:
    """Where the institution that starts at ``words[j]`` ends (after "Chairman of the"); a name
    may follow it ("CEO of the Refugee Council Enver Solomon")."""
    org_heads = [x for x in range(j, len(words)) if (words[x] in wl["org_suffix"]) or (words[x] in wl["org_word"])]
    cut = org_heads[-1] + 1 if org_heads else len(words)
    for n in range(len(words) - j - 1, 0, -1):  # "... of the French Republic Emmanuel Macron"
        if g.lookup(" ".join(words[j : j + n])):
            cut = max(cut if org_heads else 0, j + n)
            break
    if not org_heads and cut == len(words) and len(words) - j >= 3 and (
        (words[-2] in wl["given"]) or SYLLABLE_NAME.match(words[-1])
    ):
        cut = len(words) - 2  # "Speaker of the House Nancy Pelosi"
    if len(words) - cut == 1 and words[cut][1:].islower() and words[cut].isalpha() and _lex(words[cut].lower()) is None \
            and g.lookup(words[cut]) is None and words[cut] not in g.demonyms and cut > j:
        return cut  # "Secretary General of the Andean Community Wagner": the title holder's surname
    if len(words) - cut < 2 or words[cut] in CONNECT:
        cut = len(words)
    return cut


#: finite verbs right after a possessive that owns nothing ("Kohl's will close", "Christie's declined")
_FIRM_VERBS = frozenset(["said", "says", "will", "would", "has", "had", "declined", "reported", "announced", "plans",
                         "expects", "posted", "sold", "cut", "raised", "closed", "opened", "agreed", "denied",
                         "confirmed", "recalled", "warned", "told", "added", "shares", "stock"])


def _firm_possessive(name: str, nxt: str, text: str, surnames: frozenset[str]) -> bool:
    """Whether ``name`` and its possessive, then ``nxt``, name a firm ("Christie's declined to comment", "Wendy's
    said profit rose"): a verb right after the possessive (or the firm's shares), the name written with its possessive
    wherever the article writes it, and no surname of a person the article names."""
    if nxt not in _FIRM_VERBS or name in surnames:
        return False
    return text.count(name) == text.count(name + "'s") + text.count(name + "’s")


#: the rest of a US prosecutor's title after "State" ("Cook County State's Attorney Kim Foxx")
_STATES_ATTORNEY = re.compile(r"['’]s\s+Attorney\b")
#: participles after a name in a compound that make it a word about something else ("a Florida-based company",
#: "the Iran-aligned Houthis", "a Kremlin-backed party")
_BASED_ON = re.compile(r"(?:based|headquartered|backed|led|aligned|allied|owned|run|funded|sponsored|controlled|"
                       r"affiliated|linked|born|bred|raised|made|registered|listed|flagged)\b")

#: the state of "a Sarasota, Florida-based company" up to its hyphen
_TOWN_STATE_BASED = re.compile(r"[A-Z][\w.]*(?: [A-Z][\w.]*)?[-–]")


def _mention(
    sc: _Scope, sent_id: int, idx: list[int], *, titled: bool = False, span_from: int | None = None,
    acr: int | None = None, label: str | None = None, prefix: bool = False, institution: bool = False,
) -> Raw | None:
    """One mention from the tokens ``idx`` of a sentence, or None (a portfolio, a lone letter, a
    media credit). ``titled``: a title came before; ``prefix``: the tokens are a title's prefix
    ("French" in "French President"); ``institution``: they follow "Chairman of the"."""
    det, g, text, wl = sc.det, sc.g, sc.text, sc.wl
    ts, te, tw, poss, brk, _ = det.toks[sent_id]
    idx = _trim(sc, tw, ts, te, idx, titled=titled, label=label, prefix=prefix)
    if idx is None:
        return None
    if _YEAR_TAG.fullmatch(tw[idx[0]]):
        # "OntarioProvincialElection2007", "TRUMP2020": a wiki category or hashtag, no name; before a
        # name ("OntarioProvincialElection2007 Marija Minic"), cut off
        if len(idx) == 1:
            return None
        idx = idx[1:]
    if len(idx) > 1 and tw[idx[-1]] in _LABELS_BEFORE_COLON and text.startswith(":", te[idx[-1]]):
        idx = idx[:-1]  # "… Coupe.jpg File:Elmwood …", "… Category B. Photo: Alvaro Serey": the next label
        if len(idx) == 1 and _INITIAL.fullmatch(tw[idx[0]]):
            return None  # "B." left alone: an initial is no name
    s, e = ts[idx[0]], te[idx[-1]]
    if len(idx) == 1 and idx[0] > 0 and idx[0] - 1 in poss and title_like(tw[idx[0] - 1], g) \
            and (_lex(tw[idx[0]].lower()) or "").startswith("NN"):
        return None  # "Prime Minister's Questions": a common noun after a title's possessive
    # _CREDIT_BEFORE needs a colon in the 40 characters before the name: look for one first
    # (and the line start is looked for in those 40 characters only: the search stays local)
    if (text.find(":", max(0, s - 40), s) >= 0
            and _CREDIT_BEFORE.search(text[max(text.rfind("\n", max(0, s - 40), s) + 1, s - 40) : s])) \
            or _CREDIT_LABEL.match(text, s):
        return None  # "Image: NASA.", "Video: J. Smith": a media credit inside the text, not an actor
    if s and text[s - 1] == "@":
        return None  # "(@Rabbi_360)": a social-media handle, no name
    if s and text[s - 1] == "(" and _TICKER.fullmatch(text, s, e):
        return None  # "Shares of the company (MSFT.O) rose": a stock's code, no name
    if text.startswith("((", s - 2) and text.startswith("))", e) and s >= 2:
        return None  # "((WN))", "((Akram Pasha))": a transcript's speaker label, no mention in the text
    words = [tw[i] for i in idx]
    if len(words) == 1 and len(words[0]) == 6 and _HEX_COLOUR.fullmatch(words[0]):
        return None  # "B0CEFF", "FFB6B6": a colour code left over from a wiki table, no name
    if len(words) == 1 and words[0][-1] == "s" and ACRONYM_PLURAL.fullmatch(words[0]) and g.lookup(words[0]) is None and (
        f"({words[0]})" not in text or singular_acronym(words[0]) in det.term_acronyms
    ):
        # "the world of CDs", "DVDs and PCs", "ATMs": the plural of a common noun's acronym, no name (but
        # "Jehovah's Witnesses (JWs)" defines a name)
        return None
    if len(words) >= 2 and _share_bar(words):
        return None  # "Share Facebook Twitter WhatsApp Email Telegram", "Related Videos Related articlesMore": page furniture
    if any(_FILE_NAME.search(w) for w in words):
        return None  # "File:Elmwood Protest11.jpg": a file name from a wiki gallery, no name
    if len(words) == 1 and words[0].rstrip(".") in _BARE_SUFFIXES:
        return None  # "Apple, Inc.": the company's suffix alone is no name
    if len(words) == 1 and "-" in words[0] and words[0].split("-", 1)[0] in NAME_PREFIXES:
        return None  # "Inter-Korean (talks)", "Pan-Arab": an adjective, no name
    if len(words) == 1 and words[0] in _COMBINING_FORMS and text[e : e + 1] in ("-", "–"):
        return None  # "Indo-French", "Sino-American": a combining form, no name (the demonym after it is one)
    if len(words) == 1:  # a token holds no whitespace: joining its split() is the token itself
        w = words[0]
        name = strip_dot(w) if w[:-1] in CORE_TITLES else w
        if (glued := _GLUED_TITLE.match(name)) is not None:
            name = name[glued.end() :]  # a title glued to the name: "Mr.Bush said", "St.Petersburg" stays
    else:
        name = " ".join(strip_dot(w) if w[:-1] in CORE_TITLES else w for w in words)
        name = text[s:e] if "\n" not in text[s:e] else name
        name = " ".join(_NICKNAME.sub(" ", name).split())  # 'Lewis "Scooter" Libby' is Lewis Libby
    if not name.isascii() and COMBINING.search(name):
        name = unicodedata.normalize("NFC", name)  # decomposed "José" is the José of other articles
    if 2 <= len(words) <= 3 and name.isupper() and all(w.isalpha() and len(w) > 1 for w in words) and g.lookup(name) is None \
            and g.has("given", words[0].title()) and re.search(rf"\b{words[-1].title()}\b", text) is not None \
            and not any(g.lookup(w) or g.lookup(w.title()) for w in words):
        name = name.title()  # a factbox's heading "KARINA GOULD" over "Gould, 37, is …": the person's name (a given
        # name, and a surname the text writes: not "GUJJOLAAY EEGIMAA", a language, over "Eegimaa")
        words = name.split()
    kind, para = sc.sent_info[sent_id]
    raw = Raw(span_from if span_from is not None else s, e, name, sent_id, kind, para, ntok=len(idx))
    if titled and span_from is not None and span_from < s:
        raw.sex = _HONORIFIC_SEX.get(text[span_from:s].split(maxsplit=1)[0].rstrip("."), "")  # "Mr Anderson": m
    if acr is not None:
        raw.acronym = tw[acr]
        raw.end = det.absorb.get((sent_id, idx[0]), te[acr + 1])
    if len(words) == 1 and s >= 2 and text[s - 1] in "-–" and _PARTY_TAG.search(text, max(0, s - 4), s):
        state = US_STATE_TAGS.get(name.rstrip("."))
        if state is not None:  # "Rep. Charles Taylor (R-NC)", "(D-Va.)": the member's state
            raw.canonical, raw.gaz = state, "place"
            return raw
    if len(words) == 1 and text.startswith(".", e) and name in DATELINE_STATES and name[1:].islower() \
            and idx[0] > 0 and tw[idx[0] - 1] == "," \
            and _DATELINE_CITY.search(text, max(0, s - 40), s):
        state = DATELINE_STATES[name]  # "REDMOND, Wash. (Reuters)", "JASPER, Alta. —": a dateline's state ("Wash",
        # "Ind", "Miss", "Man" are words)
        raw.canonical, raw.gaz = ("Washington State" if state == "Washington" else state), "place"
        return raw
    info = name_info(name, tuple(words), g)
    hit = info.hit
    if hit is not None and hit[1] == "place" and hit[0] in _PLACE_OR_FIRM and not _PLACE_OR_FIRM[hit[0]][1].search(text):
        hit = g.lookup(_PLACE_OR_FIRM[hit[0]][0])  # "Amazon sued Barnes & Noble": the firm, in a story without the forest
    elif name == "Congo" and hit is not None and _DR_CONGO.search(text) and not _CONGO_REPUBLIC.search(text):
        hit = g.lookup("DR Congo")  # "… spread from the Democratic Republic of Congo … among children in Congo"
    elif hit is None and len(words) >= 4 and words[0] in _US_UK \
            and (rest := g.lookup(" ".join(words[1:]))) is not None and rest[1] == "organization":
        hit = rest  # "the UK Foreign and Commonwealth Office", "the U.S. Department of State": the known body with its
        # country in front (the gazetteer's bodies of one country are British or American; not "the Canadian House of
        # Commons", "the German Ministry of Defence")
    elif hit is None and len(words) == 1 and name in COMPASS_POINTS and (m_ := _COMPASS_PAIR.match(text, e)) is not None \
            and (pair := g.lookup(f"{name} {m_.group(2)}")) is not None and pair[1] == "place" \
            and (g.lookup(f"{m_.group(1)} {m_.group(2)}") or ("", ""))[1] == "place":
        hit = pair  # "North and South Korea oppose it": North Korea (the second takes its own name)
    elif hit is not None and hit[1] == "place" and name.isupper() and name in det.party_acronyms:
        hit = None  # "the ACT party's David Seymour … ACT leader": a party the article names so, not the territory
        raw.canonical = name + " Party"
    if len(words) == 1 and hit is None and not titled and idx[-1] + 1 < len(tw) and tw[idx[-1] + 1][:1].islower() \
            and text.startswith(" ", e) and (name in _INSTITUTION_ADJECTIVES or (_lex(name) == "JJ" and _lex(name.lower()) == "JJ")) \
            and name[1:].islower() and name not in g.demonyms and not g.lookup(name + " Party") \
            and name not in det.surnames and not det.mid_caps.get(name + "s"):
        # "the Western country", "a Congressional intern", "the Federal government": an adjective, no name (not an
        # acronym, "the NET system"; nor a group's, "the Nationalist retreat" beside "the Nationalists")
        return None
    first, last_i = idx[0], idx[-1]
    lead = first
    while lead >= 2 and tw[lead - 1] == "'" and tw[lead - 2] == "'" and ts[lead - 1] == te[lead - 2]:
        lead -= 2  # a wiki's italics: the word before them ("the drug ''Tysabri''") when it is a kind's noun
    if lead < first and not (lead > 0 and (any(tw[lead - 1] in wl[k] for k in _KIND_NOUN_KINDS)
                                           or tw[lead - 1] in NAMING_VERBS)):
        lead = first  # (not "published in ''Maariv''", "said ''CTV's'' Roger Smith": the italics mark a title)
    prev = tw[lead - 1] if lead > 0 else ""
    prev2 = tw[lead - 2].lower() if lead > 1 else ""
    if prev == "," and prev2 and not tw[lead - 2][:1].islower():
        # "Chairman, WTO Appellate Body": a signature's title, not "his secretary, Rosemary Woods"; only the
        # state-code rule reads that a name came before ("New York, NY")
        prev2 = STREET_BEFORE_COMMA if tw[lead - 2] in STREET_WORDS and _address_street(tw, lead - 2) \
            else CAPITAL_BEFORE_COMMA  # ("of Marsh Lane, Northwich": an address's street, then its town)
    if prev in NAMING_VERBS and lead > 1:
        # "The vaccine, called R21": the noun before the comma; a common noun only (not "an Egyptian Newspaper
        # named Muntazer al-Zaidi": the journalist before it is the one named)
        j = lead - 3 if tw[lead - 2] == "," else lead - 2
        prev2 = tw[j] if j >= 0 and tw[j][:1].islower() else ""
    if prev == "in" and lead > 3 and tw[lead - 2].lower() in PUBLISHED_WHEN:
        # "published on Wednesday in Science Advances", "appeared online this week in Nature": the verb before the time
        j = lead - 2
        while j > 0 and lead - j <= 5 and tw[j].lower() in PUBLISHED_WHEN:
            j -= 1
        if tw[j].lower() in PUBLISHED:
            prev2 = tw[j].lower()
    if prev in GROUP_LEADS and lead > 1:  # the group noun: "gods, such as X", "companies like X"
        j = lead - 3 if prev == "as" and prev2 == "such" else (lead - 2 if prev != "as" else -1)
        if j > 0 and tw[j] in _GROUP_PUNCT:  # "towns, including X", "towns —including X"
            j -= 1
        prev2 = tw[j].lower() if j >= 0 else ""
        if prev == "as" and j < 0 and (tw[lead - 2].lower() in TRADING or tw[lead - 2].lower() in MARKETED):
            prev2 = tw[lead - 2].lower()  # "trading as Harvey Beef", "doing business as X": a firm's trading name
    last_poss = last_i in poss
    if last_poss and hit is None and (known := g.lookup(name + "'s")) is not None and known[1] == "organization":
        hit = known  # a firm whose name ends in 's: "Moody's Economy.com", "McDonald's said", "Sotheby's sold it"
    after = tw[last_i + 1 : last_i + 5]
    if len(after) > 2 and after[0] == after[1] == "'" and ts[last_i + 2] == te[last_i + 1] \
            and any(after[2] in wl[k] for k in _KIND_NEXT_KINDS):
        after = tw[last_i + 3 : last_i + 7]  # a wiki's italics closing before a kind's noun: "the ''Novaya Gazeta'' newspaper"
    if after and after[0][-2:] in ("'s", "’s") and after[0][:1].islower():
        after = [after[0][:-2], *after[1:]]  # "the Smith campaign’s pledge": the noun, not its possessive
    elif len(after) > 1 and after[0] == "," and last_i + 2 in poss:
        after = [",", after[1] + "'s", *after[2:]]  # "Adel Abdul Mahdi, Iraq's Finance Minister": no "Clearwater, Florida"
    single = len(words) == 1
    cue = Cue._make((  # _make: a third of the cost of Cue(...)
        tuple(words), hit, hit is None, acr is not None, label, titled, institution,
        # "in al-Tikriti's decapitation": the preposition's object is what the name owns, no place
        "" if last_poss and prev in PLACE_PREP else prev,
        prev2, after, last_poss,
        text[te[last_i] : te[last_i] + 1] == " ",
        # (not in a match report: "the Yankees" beside "Yankee Stadium" is the team)
        info.plural_of is not None and bool(det.mid_caps.get(info.plural_of)) and not det.sports,
        single and bool(det.mid_caps.get(words[0] + "s")),
        single and name[1:2].isupper() and singular_acronym(name) in det.term_acronyms,  # (read only for "IDD", "IDPs")
        _apposition_head(tw, last_i) if len(after) > 2 and after[0] == "," and after[1] in _APPOS_DETS
        and not (prev == "to" and prev2 == "according")
        # (after a title's closing apostrophe: "Laudato Si', an encyclical on the environment")
        else _apposition_head(tw, last_i + 1) if len(after) > 3 and after[0] in ("'", "’") and after[1] == ","
        and after[2] in _APPOS_DETS else "",
        g, wl,
    ))
    rules = mention_rules(info, cue)
    if single and rules and rules[-1] is ADJECTIVE_RULE and words[0] in sc.surnames and words[0] not in g.demonyms \
            and _lex(words[0].lower()) is None:  # (a colour stays one: "Black voters" beside "Conrad Black")
        rules = rules[:-1]  # "Albanese government announces …" beside "Anthony Albanese": his surname, no adjective
    add_points(raw.hints, rules, label)
    if last_poss and hit is None and single and after and _firm_possessive(name, after[0], text, sc.surnames):
        # "Christie's declined to comment", "Kohl's will close 27 stores": a firm named with a possessive
        raw.canonical = f"{name}'s"
        raw.hints[_POSSESSIVE_FIRM.type] += _POSSESSIVE_FIRM.weight
    elif last_poss and hit is None and len(words) == 2 and words[0] in ("St", "St.", "Saint") \
            and (not after or after[0] in _SAINTS_PLACE_NEXT) \
            and not re.search(re.escape(name) + r"['’]s [A-Z]", text):  # (not the short form of "St Mary's Hospital")
        raw.canonical = f"{name}'s"  # "3-2 at St Mary's on Sunday": a church, a ground, a hospital
        raw.hints[_SAINTS_PLACE.type] += _SAINTS_PLACE.weight
    if prev in GROUP_LEADS:
        raw.group = next((r.name for r in rules if r.reads == "group"), None)
    if info.final is not None:
        if info.final.name == "people" and prev == "the" and det.sports:
            raw.hints = Counter(organization=raw.hints["person"])  # "putting the Belgians in the lead": the team
        if info.final.name == "party_word":
            # "Democratic primaries", "Labour MPs", "Republicans": the party
            raw.canonical, raw.gaz = info.party  # type: ignore[misc]
            cues = _PARTY_CONTEXT.get(raw.canonical)
            if cues is not None and not any(c in text for c in cues):
                raw.canonical = None  # "Congress got involved" in a US story: not India's Congress party
            elif cues is None and name.split()[-1].rstrip("s") not in PARTY_SHORT and not name.endswith(" Democrat") \
                    and raw.canonical not in text:
                raw.canonical = None  # "the Constitution" is no party unless the article names the party
            nxt = tw[last_i + 1] if last_i + 1 < len(tw) else ""
            raw.adjectival = nxt[:1].islower() and nxt != "party" and (_lex(nxt) or "")[:2] in ("NN", "JJ")
        elif info.final.name == "demonym":
            if _LANG_AFTER.match(text, e) or _LANG_VERB_BEFORE.search(text, max(0, s - 12), s) or (
                name in LANGUAGES and _LANG_IN_BEFORE.search(text, max(0, s - 30), s) and _LANG_END.match(text, e)
            ):
                return None  # the language ("in English", "Spanish language"), not the country
            nxt_i = last_i + 2 if last_i + 2 < len(tw) and (_lex(tw[last_i + 1]) or "") == "RB" else last_i + 1
            if single and nxt_i < len(tw) and (_lex(tw[nxt_i]) or "")[:2] in ("VB", "MD") \
                    and _named_with_given(name, text, g):  # ("English also said")
                rule = RULE["demonym_surname"]  # "Bill English … English said": his surname, no demonym
                raw.hints[rule.type] += rule.weight
                return raw
            if single and _EPITHET_BEFORE.search(text, max(0, s - 16), s) and not name.endswith(_MASS_DEMONYM) \
                    and _ends_noun_phrase(tw, nxt_i, g):
                return None  # "the Briton told Sky Sports", "an American was hurt": a person, not the country
            raw.canonical = g.demonyms[name]
            raw.adjectival = True
        return raw
    if not hit and name.isupper() and (_DATELINE_RULE in rules or (not prev and (_REGION_RULE in rules or (
            len(after) > 2 and after[0] == "," and after[1] in DATELINE_STATES and after[2] == ".")))):
        raw.canonical = place_casing(" ".join(name.split()))  # "AUSTIN (KXAN) —": Austin; "CAPE
        # CANAVERAL, Fla. —": Cape Canaveral; "AUGUSTA, Ga. (AP)": Augusta; "PORT-AU-PRINCE": Port-au-Prince
        hit = g.lookup(raw.canonical)
        if _DATELINE_RULE not in rules and _REGION_RULE not in rules:
            raw.hints[_DATELINE_RULE.type] += _DATELINE_RULE.weight
    if hit:
        raw.canonical = hit[0]
        raw.gaz = hit[1]
        if (first in brk or last_i in brk) and hit[0].startswith(name + " ") and hit[0] not in text:
            raw.canonical = None  # "Harvard–Smithsonian Center": not "Harvard University", a name the text never uses
        # "Krejcikova of the Czech Republic beat Italy's Jasmine Paolini 6-2": a player's country, no team
        nationality = hit[1] == "place" and (det.sports or det.football or det.has_score) and hit[0] in countries(g) and (
            _OF_BEFORE.search(text, max(0, s - 30), s) is not None
            or ((m_ := _POSSESSOR_OF_NAME.match(text, e)) is not None and g.has("given", m_.group(1))))
        if hit[1] == "place" and det.sports and not nationality:
            window = text[max(0, s - 25) : e + 25]
            raw.team = bool(SCORE.search(window) or _SPORT_VERB.search(text[e : e + 20])
                            or _TEAM_BEFORE.search(text[max(0, s - 20) : s]) or _subject_of_verb(text, e))
            if _SCORE_NEXT.match(text, e) or _SCORE_PREV.search(text, max(0, s - 12), s):
                raw.acts = True  # "Sweden 1 – 0 Korea Republic": a team's name beside its score
        if hit[1] == "place" and not nationality and (_CLUB_AFTER.match(text, e) or (
                det.football and _transfer_cue(text, s, e, country=hit[0] in countries(g)))
                                  or det.has_score and ((
            _SPORT_VERB.search(text[e : e + 20]) and SCORE.search(text, e, e + 45)
        ) or (_SPORT_VERB_BEFORE.search(text[max(0, s - 20) : s]) and SCORE.search(text, e, e + 12)))
                                  or (det.sports or det.football) and (_FIXTURE_BEFORE.search(text, max(0, s - 20), s)
                                                                      or _WHO_PLAY_AFTER.match(text, e))
                                  or ((not s or text[s - 1] == "\n") and _TABLE_ROW_AFTER.match(text, e))):
            raw.club = True  # "at Barcelona's ground", "Liverpool beat Everton 2-0", "to face Liverpool": the club (also a
            # row of a league table: "Liverpool     10  8   1   1   25")
        if hit[1] == "place" and not last_poss and hit[0] in _states(g) and _acts_after(text, e) \
                and _PREP_BEFORE.search(text, max(0, s - 12), s) is None:
            raw.acts = True  # "North Korea fired", "Moscow said": the state, not the territory (not "the Mayor of London said")
    elif single and name in world_cities() and (det.has_score or det.football) and (_CLUB_AFTER.match(text, e) or (
            det.football and (_transfer_cue(text, s, e) or _SPORT_VERB.search(text[e : e + 20]))) or det.sports and (
            _TEAM_BEFORE.search(text[max(0, s - 20) : s]) or _SPORT_VERB.search(text[e : e + 20])
            or _FIXTURE_BEFORE.search(text, max(0, s - 20), s)
            or (SCORE.search(text, max(0, s - 25), e + 25) and not _PREP_BEFORE.search(text, max(0, s - 12), s)))):
        # a town the gazetteer does not list, in a match report: "a 2-1 win over Chelsea", "Chelsea boss Thomas
        # Tuchel" (the club; not "at Wembley": where; a listed place's club is weighed in toolkit.entities.resolution);
        # in a football story without a score: "signed Mason Mount from Chelsea", "Chelsea have raised £200m"
        rule = RULE["club_cue"]
        raw.hints[rule.type] += rule.weight
    elif single and not hit and det.football and name[1:].islower() \
            and (_CLUB_AFTER.match(text, e) or _transfer_cue(text, s, e)):
        # a club no list knows, in a football story: "Brentford striker Bryan Mbeumo", "signed Cunha from Wolves",
        # "Wolves avoided relegation" (a nickname the lexicon reads as a plural noun)
        rule = RULE["club_cue"]
        raw.hints[rule.type] += rule.weight
    if len(words) <= 3 and (det.sports or det.football) and ((hit and hit[1] == "place") or name in world_cities()) \
            and not _PREP_BEFORE.search(text, max(0, s - 12), s):
        raw.bare = True  # "Madrid have won 15 titles" beside "Real Madrid": maybe the club (weighed in resolution)
    if len(words) == 3 and words[1] == "&" and not hit and prev not in ("(", ";") and not (after and (
            after[0] == "(" or (len(after) > 1 and after[1][:4].isdigit()))) \
            and not (g.has("given", words[0]) and g.has("given", words[2])):
        rule = RULE["ampersand_pair"]
        raw.hints[rule.type] += rule.weight
    if not hit and prev in ("of", "from") and lead >= 4 and tw[lead - 2] == "," and tw[lead - 4] == "," \
            and tw[lead - 3].isdigit() and len(tw[lead - 3]) <= 3:
        rule = RULE["residence_after_age"]  # "Daniel Okafor, 34, of Harehills": where he lives
        raw.hints[rule.type] += rule.weight
    if not single and not hit and (words[-1] in _CLUB_TAILS or det.sports or det.football) and _team_name(words, g):
        rule = RULE["team_name"]  # "Manchester City", "Leeds United", "Real Madrid": a club
        raw.hints[rule.type] += rule.weight
    if info.religion_adj is not None:
        raw.adjectival = info.religion_adj
    if prev.lower() in _DETERMINERS and not titled and not (prev.lower() in ("a", "an") and text[e : e + 1] in ("'", "’")):
        raw.det = True  # (not "a Meadows’ staffer": the article is the staffer's)
    if single and last_i + 1 < len(tw) and not last_poss and tw[last_i + 1].islower() \
            and text[te[last_i] : ts[last_i + 1]] == " " \
            and (_lex(_POSS_END.sub("", tw[last_i + 1])) or "") in ("NN", "NNS", "JJ"):
        raw.attributive = True  # "the Howard government('s)"
    if rules and rules[-1] is ADJECTIVE_RULE:  # the last rule of the table
        raw.adjectival = True
    elif (text[e : e + 1] in ("-", "–") and _BASED_ON.match(text, e + 1)) or (
            text.startswith(", ", e) and (m := _TOWN_STATE_BASED.match(text, e + 2)) and _BASED_ON.match(text, m.end())):
        # "the Sarasota, Florida-based company said": words of the company's, no speaker
        raw.adjectival = True
    return raw


#: words for a party's role in parliament before its name ("Opposition Labour Party", "Ruling Fidesz")
_PARTY_ROLES = frozenset(["Opposition", "Ruling", "Governing"])
#: adjectives of institutions that news capitalises before their noun ("the Federal government", "a Congressional
#: intern"); alone before a lower-case word they name nothing
_INSTITUTION_ADJECTIVES = frozenset(["Federal", "Congressional", "Constitutional", "Electoral", "Provincial", "Ministerial",
                                     "Senatorial", "Gubernatorial", "Presidential", "Parliamentary", "Mayoral", "Municipal"])

#: the last word of a club named after its town, whatever the text ("Leeds United", "Bristol Rovers"), and the
#: words of one in a match report ("Manchester City", "Ipswich Town", "Real Madrid", "Bayern Munich")
_CLUB_TAILS = frozenset(["United", "Rovers", "Athletic", "Wanderers", "Albion", "Hotspur", "Argyle", "FC", "AFC"])
MATCH_CLUB_TAILS = _CLUB_TAILS | frozenset(["City", "Town", "County", "Forest", "Wednesday", "Rangers", "Orient",
                                             "Villa", "Athletico", "Alexandra"])
CLUB_HEADS = frozenset(["Real", "Atletico", "Atlético", "Inter", "AC", "Bayern", "Borussia", "Dynamo", "Sporting",
                         "Olympique", "Racing", "Athletic", "Deportivo", "Dinamo", "Lokomotiv", "Spartak", "Zenit",
                         "Shakhtar", "Partizan", "Hajduk", "Slavia", "Sparta", "Legia", "Celta", "Steaua", "Viktoria",
                         "Eintracht", "Fortuna", "Hertha", "Werder", "Arminia", "Hellas", "Hapoel", "Maccabi", "Rapid",
                         "Torpedo", "CSKA", "PSV", "FC", "Union"])


#: the countries whose bodies the gazetteer names without them ("Foreign Office", "State Department")
_US_UK = frozenset(["US", "U.S.", "UK", "U.K.", "British"])
#: "and", another compass point and a place's name after a compass point ("North and South Korea", "East and West
#: Germany")
_COMPASS_PAIR = re.compile(r" and ((?:North|South|East|West)(?:ern)?) ([A-Z][a-z]+)\b")


def _transfer_cue(text: str, s: int, e: int, *, country: bool = False) -> bool:
    """In a football story, a town's name at ``text[s:e]`` is its club after a transfer's word or before a plural verb
    ("signed Mason Mount from Chelsea", "Chelsea have raised £200m"); a country's only before the verb ("Spain have
    won": its team; "flew to Germany": the country, no club)."""
    return (not country and _TRANSFER_BEFORE.search(text, max(0, s - 20), s) is not None) \
        or _PLURAL_VERB_AFTER.match(text, e) is not None


def _named_with_given(name: str, text: str, g: Gazetteer) -> bool:
    """Whether the text writes ``name`` after a given name ("Bill English", "Jane French"): a surname."""
    return any(g.has("given", m.group(1)) for m in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(name)}\b", text))


def _team_name(words: Sequence[str], g: Gazetteer) -> bool:
    """Whether a name of two or three words is a club named after its town: the town, then a club word ("Leeds
    United", "Manchester City" in a match report), or a club word, then the town ("Real Madrid", "Bayern
    Munich"); not a place's own name ("Mexico City", "Kansas City", "Fairfax County")."""
    name = " ".join(words)
    if len(words) > 3 or g.lookup(name) is not None or name in world_cities():
        return False
    if words[-1] in MATCH_CLUB_TAILS:
        town = " ".join(words[:-1])
    elif words[0] in CLUB_HEADS:
        town = " ".join(words[1:])
    else:
        return False
    return (g.lookup(town) or _NO_HIT)[1] == "place" or town in world_cities()


#: Combining forms of peoples' names before a hyphen ("Sino-American", "Russo-Japanese War").
_COMBINING_FORMS = frozenset(["Indo", "Sino", "Anglo", "Franco", "Russo", "Afro", "Austro", "Greco", "Graeco", "Judeo",
                              "Italo", "Hispano", "Germano", "Nippo", "Turco", "Serbo", "Czecho", "Polono", "Luso",
                              "Celto", "Scoto", "Hiberno", "Dano", "Fenno", "Sovieto", "Euro"])

#: Word lists of nouns naming a kind of thing before its name ("the drug X", "the tabloid X", "the vessel X").
_KIND_NOUN_KINDS = ("org_prev", "product_prev", "work_prev", "thing_prev", "other_prev", "place_prev", "event_prev")
#: the word lists of kinds' nouns after a name ("the X newspaper", "the X province")
_KIND_NEXT_KINDS = ("org_next", "product_next", "other_next", "place_next", "event_next")

#: What opens an apposition whose head noun types the name before it.
_APPOS_DETS = frozenset(["a", "an", "the", "its"])
#: Words that end an apposition's noun phrase (its head is the word before them).
_APPOS_END = frozenset([",", ".", ";", ":", "(", ")", "of", "in", "for", "that", "which", "who", "whose", "based", "with",
                        "from", "at", "on", "to", "and", "or", "by", "since", "where", "founded", "formed", "set",
                        "known", "led", "run", "owned", "—", "–", "north", "south", "east", "west", "northeast",
                        "northwest", "southeast", "southwest", "near", "off", "outside", "about", "some", "just",
                        "he", "she", "they", "we", "i", "you", "it"])
# ("a hedge fund he controlled": a relative clause without "that" opens with its subject)
# ("Cayo Costa, a barrier island west of Fort Myers", "a village some 20 km from …": the head before a distance)
#: Words after which the noun phrase was the subject of a clause, no apposition ("According to Keni Lesa, the
#: anti-vaccine movement was able to ...", 'According to Camara, the group "assaulted him"').
_APPOS_NOT = frozenset(["is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "may",
                        "might", "must", "should", "did", "does", "\"", "“", "”"])


def _apposition_head(tw: list[str], last: int) -> str:
    """The head noun of the apposition after the token ``last`` ("X, a British socialist inspired youth
    organisation, ..." → "organisation"; "X, the local chapter of Y" → "chapter"): the last of up to six
    words after ", a/an/the" before a preposition, a relative pronoun, a verb or punctuation; "" when that
    word is not a lower-case word or the phrase runs on."""
    n = len(tw)
    j = last + 3
    head = ""
    while j < n and j <= last + 8:
        t = tw[j]
        if t in _APPOS_END:
            break
        if t in _APPOS_NOT:
            return ""
        if head and (_lex(t) or "") in ("VBN", "VBG", "VBD") and t.endswith(("ed", "ing")) and j + 1 < n \
                and (tw[j + 1] in _APPOS_END or tw[j + 1] in _APPOS_DETS):
            break  # "the marketing company involved with …", "the ringtone company created by VeriSign": a participle
            # and its preposition after the head (not "a socialist inspired youth organisation")
        head = t
        j += 1
    else:
        if j < n:
            return ""  # no end within reach: not a short noun phrase
    return head if head.isalpha() and head.islower() else ""


def _states(g: Gazetteer) -> frozenset[str]:
    """Canonical names of countries and capitals (what can stand for a government)."""
    hit = memo(g)["states"].get(None)
    if hit is None:
        hit = memo(g)["states"][None] = frozenset(g.demonyms.values()) | frozenset(g.capitals)
    return hit


def _acts_after(text: str, e: int) -> bool:
    """A government's verb follows ("fired", "has agreed", "also said"): see :data:`_ACT_VERBS`."""
    m = _ACT_AFTER.match(text, e, e + 40)
    return m is not None and m.group(2).split()[-1] in _ACT_VERBS


def _subject_of_verb(text: str, e: int) -> bool:
    """The name is followed by a verb in the past or present ("Sweden had", "Belgium made",
    "England opened"): the subject of a clause."""
    m = _SUBJECT_VERB.match(text, e, e + 30)
    if m is None:
        return False
    tag = _lex(m.group(1)) or ""
    return tag in ("VBD", "VBZ", "VBN") and m.group(1) not in ("is", "was", "has", "had")


def _adjective_like(w: str) -> bool:
    """An adjective written capitalised ("Presumptive", "Democratic"), not a proper noun."""
    tag = _lex(w.lower())
    return tag == "JJ" or (tag is None and w.endswith(("ive", "ial")) and w[1:].islower())


#: Capitalised adjectives that modify the common noun after a place's name rather than continue the name
#: ("United States Presidential candidate", "U.S. Federal judiciary").
_ATTRIBUTIVE_ADJECTIVES = frozenset([
    "Presidential", "Vice-Presidential", "Federal", "Congressional", "Parliamentary", "Gubernatorial", "Senatorial",
    "Mayoral", "Legislative", "Judicial", "Electoral", "Naval", "Military", "Political", "Aboriginal", "Former",
    "Senior", "Heavy", "Individual", "Musical", "Municipal",
])


def _trim(
    sc: _Scope, tw: list[str], ts: list[int], te: list[int], idx: list[int], *, titled: bool, label: str | None,
    prefix: bool,
) -> list[int] | None:
    """``idx`` without leading articles and modifiers, a leading role noun before a given name,
    a prefix's titles and trailing connectors; None when nothing is left or it is no actor (a
    portfolio, "Plan B", "part XVII")."""
    g, text, wl = sc.g, sc.text, sc.wl
    if len(idx) >= 3 and idx[0] >= 2 and tw[idx[0] - 1] in ("of", "for") and (
            tw[idx[0] - 2] in wl["person_role"] or (tw[idx[0] - 2].endswith("s") and tw[idx[0] - 2][:-1] in wl["person_role"])) \
            and not titled and label is None:  # (also a plural: "European commissioners for Trade Peter Mandelson")
        # "Dutch minister of Foreign Affairs Maxime Verhagen": the portfolio's words, then the person
        p = 0
        while p < len(idx) - 2 and _portfolio_word(tw[idx[p]], g):
            p += 1
        rest = [tw[x] for x in idx[p:]]
        if p and 2 <= len(rest) <= 3 and (rest[0] in wl["given"] or _lex(rest[0].lower()) is None) \
                and not any(w in g.demonyms or w in wl["org_suffix"] or w in wl["org_word"] or w in wl["place_suffix"]
                            for w in rest) \
                and not any(g.lookup(" ".join(tw[x] for x in idx[:q])) for q in range(1, len(idx) + 1)):
            idx = idx[p:]
    miss = 1 if tw[idx[0]] == "Miss" else 0 if idx[0] > 0 and tw[idx[0] - 1] == "Miss" else -1
    if miss >= 0 and len(idx) >= 2 + miss and label is None and tw[idx[miss]] not in wl["given"]:
        # "former Miss England Danielle Lloyd", "Miss World Ana Lopez": a beauty title, then the person
        k = miss
        while k < min(len(idx) - 1, 4) and tw[idx[k]] not in wl["given"]:
            k += 1
        if k < len(idx) - 1 and tw[idx[k]] in wl["given"]:
            idx = idx[k:]
    while idx and (
        (tw[idx[0]] in ("The", "the", "A", "An") and not (
            # an article needs a noun after it: "Mr. An said", "An Cheol-soo" (a Korean surname) are names
            tw[idx[0]] == "An" and (len(idx) == 1 or (len(idx) == 2 and east_asian_given(tw[idx[1]])))))
        or (tw[idx[0]] in wl["modifier"])
        # "Opposition Labour Party's Rachel Reeves", "Ruling Conservative Party": a party's role, then its name
        or (tw[idx[0]] in _PARTY_ROLES and len(idx) > 1 and ((len(idx) > 2 and tw[idx[-1]] == "Party") or g.lookup(
            text[ts[idx[1]] : te[idx[-1]]]) is not None))
        or (len(idx) >= 3 and (tw[idx[0]].lower() in wl["person_role"]) and not titled and label is None
            and (tw[idx[1]] in wl["given"]))
        or (prefix and (strip_dot(tw[idx[0]]) in wl["title"] or tw[idx[0]] in CORE_TITLES or tw[idx[0]] in CONNECT)
            and not (strip_dot(tw[idx[0]]) in ("St", "Ste", "Saint") and len(idx) > 1))  # "St. George Fire (Chief)"
    ) and text[ts[idx[0]] : te[idx[-1]]] not in g.names:  # ("Chief of Staff for the U.S. (Vice-President X)")
        idx = idx[1:]
    if prefix and idx and label is None:
        # "Emergency Situations Minister X": a portfolio, not an actor
        phrase = text[ts[idx[0]] : te[idx[-1]]]
        ministerial = idx[-1] + 1 < len(tw) and tw[idx[-1] + 1] in _MINISTERIAL
        if not g.lookup(phrase) and not g.lookup(phrase + " Party"):
            if all(_common_word(tw[i], g) for i in idx) and (ministerial or len(idx) == 1 or not g.has("org_suffix", tw[idx[-1]])):
                return None  # (but "Duke Energy Chief Executive X": a firm's name, before a title no minister holds)
            # "Zimbabwe Economic Development Minister X", "Canadian Foreign Affairs Minister X", "EC Competition
            # Commissioner X": the country (or its demonym) or a known body, then the portfolio
            # ("Saudi Energy Minister X", "Nigerian Petroleum Minister X": before a minister's title, a word that also
            # ends a firm's name is the portfolio)
            for k in range(1, min(3, len(idx) - 1) + 1):
                lead = text[ts[idx[0]] : te[idx[k - 1]]]
                if ((hit := g.lookup(lead)) is not None and hit[1] in ("place", "organization") or lead in g.demonyms) \
                        and all((_portfolio_word(tw[i], g) or (ministerial and _ministry_noun(tw[i], g)))
                                and not g.has("place_suffix", tw[i]) and tw[i] != "First"
                                and not g.lookup(tw[i] + " Party") and not g.lookup(tw[i][:-1] + " Party")
                                for i in idx[k:]) \
                        and [tw[i] for i in idx] != ["Indian", "Affairs"]:
                    # (not "St. Louis Park Mayor X", "Australian Greens Senator X", "Scotland First leader X": a
                    # place's, a party's or a movement's name; "Indian Affairs Minister X" in Canada names no India)
                    idx = idx[:k]
                    break
    if len(idx) >= 3 and label is None and text[ts[idx[0]] : te[idx[-1]]] not in g.names:
        # "Presumptive Democratic White House (nominee)": adjectives glued before a known name
        for j in range(1, len(idx)):
            w = tw[idx[j - 1]]
            if not _adjective_like(w) or (j == 1 and _lex(w.lower()) is not None):
                break  # led by an adjective the lexicon lacks: "National Security Council" stays
            if g.lookup(text[ts[idx[j]] : te[idx[-1]]]):
                idx = idx[j:]
                break
    while idx and (tw[idx[-1]] in CONNECT or tw[idx[-1]] in ("and", "&", "the")):
        idx = idx[:-1]
    while len(idx) >= 3 and strip_dot(tw[idx[-1]]) in POST_NOMINALS and tw[idx[0]] in wl["given"]:
        idx = idx[:-1]  # "Neil Ford QC", "Judi Dench OBE": the letters after a person's name are no part of it
    if len(idx) >= 3 and tw[idx[0]] in wl["given"] and tw[idx[-1]].endswith("s") and tw[idx[-1]][:-1] in g.demonyms:
        idx = idx[:-1]  # '"This is a Brian Mulroney Canadians have never seen"': a people after a person's name
    if len(idx) >= 2 and tw[idx[-1]] in _ATTRIBUTIVE_ADJECTIVES and label is None and idx[-1] + 1 < len(tw) \
            and tw[idx[-1] + 1][:1].isalpha() and tw[idx[-1] + 1][:1].islower() \
            and (g.lookup(text[ts[idx[0]] : te[idx[-2]]]) or _NO_HIT)[1] == "place":
        # "United States Presidential candidate", "the U.S. Federal judiciary", "Palestine Heavy fighting continued" (a
        # dateline glued to the first sentence): a place, then an adjective of the common noun after it
        idx = idx[:-1]
    if not idx or (len(idx) == 1 and (len(tw[idx[0]]) == 1 or _ROMAN.fullmatch(tw[idx[0]]))):
        return None  # a lone letter ("Plan B") or a roman numeral ("part XVII") is not an actor
    return idx


#: Titles of a minister, whose portfolio may be a word that also ends a firm's name ("Energy Minister").
_MINISTERIAL = frozenset(["Minister", "Secretary", "Commissioner", "Undersecretary", "Under-Secretary"])


def _ministry_noun(w: str, g: Gazetteer) -> bool:
    """A common noun that ends firms' names and names a ministry: "Energy", "Oil", "Petroleum", "Mining"."""
    return w[1:].islower() and g.has("org_suffix", w) and (_lex(w.lower()) or "")[:2] == "NN"


def _common_word(w: str, g: Gazetteer) -> bool:
    """A capitalised common noun or adjective (no proper noun, acronym or demonym): "Emergency", "Situations"."""
    tag = _lex(w.lower()) or "NNP"
    return tag[:2] in ("NN", "JJ") and not tag.startswith("NNP") and not w.isupper() and w not in g.demonyms


def _emphasis(word: str, det: Detector) -> bool:
    """A lone capitalised common word ("Iodine", "Night") that the article also writes in
    lower case: emphasis or a heading word, not a name."""
    if word.isupper() or det.g.lookup(word) or word in det.g.demonyms:
        return False
    low = word.lower()
    tag = _lex(low) or ""
    return tag[:2] in ("NN", "JJ", "VB", "RB") and not tag.startswith("NNP") and det.has_lower(low)


_NO_SPLIT = (-1, -1)  # memo value for "no title split" (None means "not computed yet")


def _title_split(words: tuple[str, ...], g: Gazetteer) -> tuple[int, int] | None:
    """For a run like "French President Emmanuel Macron": (start of the title block, start of the name).

    Memoised per word tuple: names recur within and across articles."""
    table = memo(g)["title_split"]
    hit = table.get(words)
    if hit is None:
        if len(table) > MEMO_MAX:
            table.clear()
        hit = table[words] = _title_split_uncached(words, g) or _NO_SPLIT
    return None if hit is _NO_SPLIT else hit


#: a publication's noun right after a name ("Time magazine", "the Sun newspaper")
_PUBLICATION_AFTER = re.compile(r"\s+(?:magazine|newspaper|tabloid|weekly)\b")
#: a minister's portfolio listed up to where a name starts ("Minister for Education, Science and ", "Minister for the
#: Environment and ")
_PORTFOLIO_LIST = re.compile(
    r"\b(?:Minister|Secretary|Ministry|Department|Spokesman|Spokeswoman|Spokesperson|Commissioner)\s+(?:for|of)\s+"
    r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:(?:\s*,\s*|\s+and\s+|\s+&\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*"
    r"(?:\s*,\s*|\s+and\s+|\s+&\s+)$"
)

#: Honorifics before a surname that is also a place word ("Mr. Park", "Dr Hill"; not "Queen Street").
_HONORIFICS = frozenset(["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sir", "Dame", "Madam", "Mme", "Mlle", "Herr", "Frau",
                         "Shri", "Shrimati", "Smt", "Kumari", "Thiru", "Tmt", "Selvi"])


def _plural_compound_title(w: str) -> bool:
    """A hyphenated title in the plural of its first word ("Secretaries-General", "Attorneys-General",
    "Directors-General"), whose singular is a title."""
    head, sep, rest = w.partition("-")
    if not sep or not head.endswith("s"):
        return False
    singular = head[:-3] + "y" if head.endswith("ies") else head[:-1]
    return f"{singular}-{rest}" in CORE_TITLES


def _title_split_uncached(words: tuple[str, ...], g: Gazetteer) -> tuple[int, int] | None:
    if len(words) >= 3 and words[1] == "of" and words[0] in NOBLE_TITLES and words[0] in CORE_TITLES \
            and all(is_cap(w) or w == "the" for w in words[2:]):
        return None  # "the Princess of Wales", "the King of Jordan": the title names its holder (as "the Duke of Sussex")
    if any(g.has("thing_name", " ".join(words[:k])) for k in range(len(words), 2, -1)):
        return None  # "State of the Union (Address)": a known thing's name, no "State of" title before "the Union"
    if " ".join(words) in well_known_names():
        return None  # "Lady Gaga", "Queen Latifah": a well-known stage name that starts with a title
    if mountain_pass(words):
        return None  # "the Col du Galibier": a pass, no colonel
    i = next((k for k, w in enumerate(words) if w in ("of", "for")), 0)
    if i and i + 1 < len(words) and (g.has("org_suffix", words[i - 1]) or g.has("org_word", words[i - 1])) \
            and not title_like(words[i - 1], g) \
            and (words[-1] in CORE_TITLES or title_like(words[-1], g)) \
            and all(w in ("the", "of") or w in CORE_TITLES or title_like(w, g)
                    or ((_lex(w.lower()) or "").startswith("NN") and not g.has("given", w) and g.lookup(w) is None)
                    for w in words[i + 1 :]):  # (not "the Communist Party of China General Secretary": a body, then a title)
        return None  # "the Office of the Attorney General", "the Office of the Auditor General", "the Office of the
        # Prime Minister": a body named by an office, no title before a name
    # "Director of Communications", "Head of Human Resources": a department, no organisation
    dept = bool(i) and words[-1] in _DEPARTMENTS and all(_portfolio_word(w, g) for w in words[i + 1 :])
    if i and len(words) > i + 1 and all(w in CORE_TITLES or g.has("title", strip_dot(w)) for w in words[:i]) \
            and (g.has("org_suffix", words[-1]) or g.has("org_word", words[-1])) and not dept:
        # "CEO of Massey Energy", "Executive Director of the Wikimedia Foundation": a title, then the organisation
        # (not "Director of Communications", "Director of Human Resources": a department, below)
        return 0, i + 1
    # (the head of "Committee on Ways", "Council on Foreign Relations" is the word before "on"; a surname that names a thing
    # after a title and a given name is none: "Councilmember Brad Lander")
    last = words[words.index("on") - 1] if "on" in words[1:] else words[-1]
    if g.lookup(" ".join(words)) or (g.has("org_suffix", last) and not dept) or (g.has("thing_word", last) and not (
            len(words) == 3 and words[0] in CORE_TITLES and g.has("given", words[1]))) \
            or (g.has("place_suffix", words[-1]) and len(words) > 1 and not g.has("given", words[-2]) and "of" not in words
                and not (len(words) == 2 and strip_dot(words[0]) in _HONORIFICS)):  # "Mr. Park": a surname
        return None
    core = [
        i for i, w in enumerate(words)
        if ((w in CORE_TITLES or strip_dot(w) in CORE_TITLES)
            and not (i == len(words) - 1 and i > 1 and "of" in words[max(1, i - 2) : i]))
        # ("Department of Justice", "Uniform Code of Military Justice": a field)
        or (w.endswith("s") and w[:-1] in CORE_TITLES and w not in _PLACE_PLURALS
            and (i + 1 < len(words) or "of" not in words[:i]))
        or (i + 1 < len(words) and _plural_compound_title(w))  # "UN Secretaries-General Kofi Annan and …"
        or (w == "Chief" and i + 2 < len(words) and words[i + 1] == "of")  # "Chief of Staff John Kelly"
        or (w == "Head" and i + 2 < len(words) and words[i + 1] == "of")  # "Head of Research Tom Brown"
        or (w == "Chief" and i > 0 and i + 2 < len(words) and words[i - 1] in _CHIEF_OF)  # "Police Chief Malik Iqbal"
        or (w == "Member" and words[i + 1 : i + 3] in (("of", "Parliament"), ("of", "Congress"))
            and i + 3 < len(words))  # "Bloc Quebecois Member of Parliament Benoit Sauvageau"
        or (w == "Member" and i > 0 and words[i - 1] in _MEMBER_BODIES and i + 1 < len(words))  # "Council Member X"
        or (w == "Executive" and i > 0 and words[i - 1] == "Chief")  # "Chief Executive Carrie Lam"
    ]
    core = [k for k in core if not (words[k] == "Chair" and k + 1 < len(words) and words[k + 1] in ("In", "in"))]
    # ("a Chair In Global Islamic Politics": an academic chair, no title before a name)
    for k in reversed(core):
        j = k + 1
        if words[k] == "Member" and words[k + 1 : k + 2] == ("of",):
            j = k + 3  # "Member of Parliament": the whole title
        while j < len(words) and (
            words[j] in CONNECT or words[j] == "the" or g.has("title", strip_dot(words[j])) or words[j] in CORE_TITLES
        ):
            j += 1
        if words[k] in _PORTFOLIO_TITLES and ("of" in words[k + 1 : j] or "for" in words[k + 1 : j]) \
                and "the" not in words[k + 1 : j] and j < len(words) - 2 \
                and not any(g.lookup(" ".join(words[j:x])) for x in range(j + 1, len(words) + 1)):
            # "Minister of Foreign Affairs Maxime Verhagen", "Minister for Health and Ageing Tony Abbott": the
            # portfolio's common words belong to the title, when a person's name of two or three words follows
            # (opening with a given name or a word the lexicon does not know)
            p = j
            while p + 1 < len(words) and (_portfolio_word(words[p], g) or (words[p] in ("and", "&") and p > j)):
                p += 1
            if p > j and words[p - 1] not in ("and", "&") and 2 <= len(words) - p <= 3 \
                    and (g.has("given", words[p]) or _lex(words[p].lower()) is None) \
                    and not any(w in CONNECT or w == "the" for w in words[p:]):
                j = p
        if words[k] in _PORTFOLIO_TITLES and ("of" in words[k + 1 : j] or "for" in words[k + 1 : j]) \
                and "the" not in words[k + 1 : j] \
                and j < len(words) <= j + 3 and all(_portfolio_word(w, g) for w in words[j:]) \
                and not g.lookup(" ".join(words[j:])):
            # "the Brazilian Minister of Foreign Relations, Celso Amorim": the portfolio ends the title, which names
            # nobody (what comes before it, "Brazilian", is kept)
            b = k
            while b > 0 and (g.has("title", strip_dot(words[b - 1])) or words[b - 1] in CORE_TITLES):
                b -= 1
            return b, len(words)
        b = k
        if k > 0 and k + 1 < len(words) and strip_dot(words[k + 1]) in ("Jr", "Sr"):
            continue  # "Martin Luther King Jr. Center": a title word before "Jr." is a surname
        if k > 0 and (words[k] in _NAME_PART_TITLES and g.has("given", words[k - 1]) or words[k] == "Sen" and k == len(words) - 1):
            continue  # "Khalid Sheikh Mohammed", "Hun Sen", "Amartya Sen": part of the name
        if j == k + 1 < len(words) and g.has("org_suffix", words[j]) and (
            (j + 1 < len(words) and (_lex(words[j + 1].lower()) or "")[:2] == "NN")
            or (j + 1 == len(words) and not g.has("surname_word", words[j]))
        ):
            return None  # "Major League Soccer", "General Assembly": the title word opens a body's name
            # (not "Captain Sun Li", "Captain Sun": "Sun" is also a surname)
        if j >= len(words):
            while b > 0 and (g.has("title", strip_dot(words[b - 1])) or words[b - 1] in CORE_TITLES):
                b -= 1
            if b > 0 and k == len(words) - 1 and not _surname_title(words, b, g):
                return b, len(words)  # "Kremlin Spokesman": a title after the name of a body
            continue  # "Gayle King", "John Major": after a given name, a title word is a surname
        while b > 0 and (g.has("title", strip_dot(words[b - 1])) or words[b - 1] in CORE_TITLES or words[b - 1] in CONNECT
                         or (words[k] in ("Judge", "Justice", "Attorney", "Attorney-General")
                             and words[b - 1] in _COURT_WORDS)
                         or (b == k and words[k] == "Secretary" and words[b - 1] in ("Labor", "Labour"))
                         or (words[k] == "Member" and (words[b - 1] in _MEMBER_BODIES or words[b - 1] in _BODY_OF_PLACE))
                         or (words[b - 1] in _RANK_LEADS and (words[b] in CORE_TITLES or g.has("title", strip_dot(words[b]))))):
            b -= 1  # (and the kind of court of a judge or a prosecutor: "U.S. District Judge X", "Manhattan District
            # Attorney X"; a court's name stays, "Fulton County Superior Court Judge X"; and "Labor Secretary X": a
            # portfolio, no party, unlike "Labour General Secretary X")
        return b, j
    return None


#: Words opening a military rank of two or three words before its title word ("Air Chief Marshal Angus Houston", "Field
#: Marshal X", "Rear Admiral X", "Group Captain X", "Wing Commander X")
_RANK_LEADS = frozenset(["Air", "Field", "Rear", "Group", "Wing", "Squadron", "Flight", "Fleet"])
#: Bodies whose members are titled "<Body> Member" ("Council Member Priya Nair", "School Board Member Ann Lee"), and the
#: words of a place's body before them ("City Council Member Julie Won"): all part of the title
_MEMBER_BODIES = frozenset(["Council", "Board", "Assembly", "Committee", "Commission", "Legislative"])
_BODY_OF_PLACE = frozenset(["City", "Town", "County", "School", "State", "District", "Village", "Borough", "Parish"])


#: Words naming the court before "Judge" ("U.S. District Judge X", "Circuit Judge X"): part of the title, no name
#: of a body ("U.S. District" was an actor).
_COURT_WORDS = frozenset(["District", "Circuit", "Magistrate", "Bankruptcy", "Appeals", "Appellate", "Superior",
                          "Supreme", "High", "Family", "Probate", "Administrative", "Immigration",
                          "Federal", "State", "Crown", "Sheriff", "Trial", "Municipal", "Tax"])


#: Plural titles that name places and teams rather than list two people ("Kings Cross", "Queens Park
#: Rangers", "the Sacramento Kings"; "Presidents Obama and Bush", "Liberal MPs" stay). A plural title
#: ending a run after "of" names a body, no title either ("House of Representatives", "Council of Ministers").
_PLACE_PLURALS = frozenset(["Kings", "Queens"])

#: Services whose head is their "Chief" ("Lahore Police Chief Malik Iqbal", "Army Chief General Raheel Sharif").
_CHIEF_OF = frozenset(["Police", "Fire", "Army", "Navy", "Defence", "Defense", "Military", "Intelligence", "Spy",
                       "Staff", "Party", "Tribal", "Village", "Bureau", "Station", "Security", "Health", "EMS"])

#: Titles that hold a portfolio ("Minister of Health", "Secretary of Commerce"); not "Mayor of Buffalo", "Governor of".
_PORTFOLIO_TITLES = frozenset(["Minister", "Secretary", "Director", "Commissioner", "Undersecretary", "Under-Secretary",
                               "Superintendent", "Officer", "Manager", "Spokesman", "Spokeswoman", "Spokesperson",
                               "Administrator", "Chairman", "Chairwoman", "Chief", "Head"])


#: Words that end firms' names ("Thomson Reuters Research") but after "Director of", "Head of" name a
#: department of whatever employs the person ("Director of Communications", "Head of Research Tom Brown").
_DEPARTMENTS = frozenset(["Research", "Communications", "News", "Media", "Services", "Resources", "Publishing",
                          "Broadcasting", "Systems"])


def _portfolio_word(w: str, g: Gazetteer) -> bool:
    """A capitalised common noun or adjective of a minister's portfolio ("Affairs", "Ageing", "Trade"), no given
    name ("Bill", "Grant") and no known name."""
    if not w[1:].islower() or not w.isalpha() or g.has("given", w) or g.has("given_word", w) or g.lookup(w) \
            or (g.has("org_suffix", w) and w not in _DEPARTMENTS) or g.has("org_word", w) or w in world_cities():
        return False  # (nor an institution: "President of Parliament Kim Yong Nam", "Superintendent of Police")
    return (_lex(w.lower()) or "") in ("NN", "NNS", "JJ", "VBG")


#: Titles that are also parts of people's names ("Khalid Sheikh Mohammed", "Abdul Rahman Emir").
_NAME_PART_TITLES = frozenset(["Sheikh", "Sheik", "Shaikh", "Emir", "Imam", "Mullah", "Maulana", "Mufti", "Rabbi", "Ayatollah"])


def _surname_title(words: tuple[str, ...], b: int, g: Gazetteer) -> bool:
    """Whether the title word(s) ``words[b:]`` at the end of a run are a surname: the last is a surname too
    (``actors_surname_words.tsv``: "King", "Major"; not "President", "Spokesman"), and a known given name comes before
    ("John Major"), or a single capitalised word that the lexicon knows at most as a proper noun and that is
    no known place, organisation or demonym ("Gayle King"; not "Kremlin Spokesman", "Police Commissioner",
    "Russian President")."""
    if any(w in g.demonyms or g.has("religion", w) for w in words[:b]):
        return False  # "Roman Catholic Bishops", "Saudi King"
    last = words[-1]
    if len(last) >= 5 and last in CORE_TITLES and last not in _NAME_PART_TITLES and last not in _SURNAME_TITLES \
            and not g.has("surname_word", last):
        return False  # "Ticketmaster President", "Kremlin Spokesman": no surname (but "King", "Major", "Bishop";
        # not for an abbreviation, "Hun Sen", nor a title that is part of names, "Khalid Sheikh Mohammed")
    if any(g.has("given", w) for w in words[:b]):
        return True
    w = words[b - 1]
    return b == 1 and len(w) > 2 and w[1:].islower() and _lex(w.lower()) is None and (_lex(w) or "NNP") == "NNP" \
        and not g.lookup(w) and w not in g.demonyms


#: units of measure written with capitals, no names after a number ("a 500 MW plant", "40 GtCO2", "12 MtCO2e")
_CAPITAL_UNITS = frozenset(["MW", "GW", "TW", "KW", "MWh", "GWh", "TWh", "MWp", "GWp", "GtCO", "GtCO2", "GtCO2e",
                            "MtCO", "MtCO2", "MtCO2e", "Mt", "Gt", "Mtpa", "Mbps", "Gbps", "MB", "GB", "TB", "PB", "GHz",
                            "MHz", "Hz", "MPa", "GPa", "GJ", "MJ", "PJ", "EJ", "Bcf", "Tcf", "MMBtu", "MMbtu", "Kbps",
                            # a clock's half of the day ("at 4:00 A.M. local time")
                            "A.M.", "P.M.", "A.M", "P.M"])
#: a number's token before a unit ("500", "1,200", "2.5", "52–58")
_NUMBER_BEFORE_UNIT = re.compile(r"\d[\d,.:]*(?:[–-]\d[\d,.:]*)?")
#: offices named by words that are no titles alone ("I will be naming a new National Security Advisor next week")
_ROLE_NAMES = frozenset(["National Security Advisor", "National Security Adviser", "Poet Laureate", "Nobel Laureate",
                         "Chief of Staff", "Surgeon General", "Inspector General", "Press Secretary",
                         # a royal's or a dignitary's style alone ("This will be Her Majesty's fourth State Visit")
                         "Her Majesty", "His Majesty", "Her Royal Highness", "His Royal Highness", "Your Majesty",
                         "Your Royal Highness", "His Excellency", "Her Excellency", "Your Excellency", "Your Honour",
                         "Your Honor", "Majesty", "Royal Highness", "Highness", "Excellency", "Holiness"])


def _title_only(words: tuple[str, ...], g: Gazetteer) -> bool:
    """Every word is a title, a connector or "the" ("Secretary General", "Prime Minister"): a
    title without a name. Memoised per word tuple (it reads the words and the gazetteer only)."""
    table = memo(g)["title_only"]
    hit = table.get(words)
    if hit is None:
        if len(table) > MEMO_MAX:
            table.clear()
        titles = g.words.get("title", EMPTY_WORDS)
        hit = table[words] = " ".join(words) in _ROLE_NAMES or all(
            w in CORE_TITLES or (strip_dot(w) in titles) or w in CONNECT or w in ("the", "The")
            or (len(words) == 1 and w.endswith("s") and (w[:-1] in CORE_TITLES or w.endswith("ies") and w[:-3] + "y" in CORE_TITLES))
            or (len(words) == 1 and _plural_compound_title(w))  # "the Attorneys-General of both states"
            for w in words
        )
    return hit


def strong_type(r: Raw) -> str | None:
    """The mention's type when its points make it clear (3 or more), else the gazetteer's."""
    if r.gaz and not r.hints:
        return r.gaz
    if r.hints:
        t, n = top_type(r.hints)  # the four thing types weighed as one
        if n >= 3:
            return t
    return r.gaz


def _shares_surname(a: Raw, b: Raw, text: str, g: Gazetteer) -> bool:
    """Whether a lone given name ``a`` before "and" shares the surname of the full name ``b``
    ("Bill and Hillary Clinton"); not after a title ("Prince Charles and Jacques Chirac"), not with
    a place or organisation ("Georgia and Virginia Beach")."""
    if a.canonical or a.gaz is not None or " " in a.name or not g.has("given", a.name) or text[a.start : a.end] != a.name:
        return False
    before = text[max(0, a.start - 12) : a.start].split()
    if before and g.has("title", before[-1].rstrip(".")):
        return False
    words = b.name.split()
    return g.has("given", words[0]) and g.lookup(b.name) is None \
        and not any(g.has(k, words[-1]) for k in ("place_suffix", "org_suffix", "org_word"))


_LOWER_NEXT = re.compile(r" ([a-z]+)\b")


#: a determiner or an age before a demonym used as a noun for one person ("the Briton", "a 24-year-old Spaniard")
_EPITHET_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Aa]nother)|-year-old)\s+$")
#: what may follow a noun phrase's last word: punctuation, a relative or a preposition opening a modifier
_AFTER_NOUN_PHRASE = frozenset([",", ".", ";", ":", ")", "!", "?", "who", "whose", "named", "called", "in", "from",
                                "of", "with", "at", "on", "for", "by", "to"])


def _ends_noun_phrase(tw: list[str], i: int, g: Gazetteer) -> bool:
    """Whether the token before ``tw[i]`` ends a noun phrase: ``tw[i]`` is punctuation, a relative or a
    preposition ("an American, became", "a Jordanian named", "a Pakistani in his 30s"), or a verb not
    followed by a noun ("the Briton told Sky Sports", "an American was hurt"; not "the Indian controlled side",
    "the Iraqi government's request")."""
    if i >= len(tw):
        return True
    w = tw[i]
    if w == "," and i + 1 < len(tw) and tw[i + 1] in g.demonyms:
        return False  # a list of adjectives: "the Jordanian, Nepalese and Nigerian units"
    if w in _AFTER_NOUN_PHRASE:
        return True
    tag = _lex(w) or ""
    if tag[:2] not in ("VB", "MD"):
        return False
    return i + 1 >= len(tw) or not (tw[i + 1][:1].islower() and (_lex(tw[i + 1]) or "").startswith("NN"))


#: demonyms that, after "the", are a people or a language, not one person ("the French", "the Swiss", "the Chinese")
_MASS_DEMONYM = ("ch", "sh", "ss", "ese", "ic")


_FROM_BEFORE = re.compile(r"\bfrom\s+$")
#: the most points a name's shape alone gives ("Boca Grande": two name-like words); a journey's end outweighs it
_WEAK_HINT = 2
_IN_BEFORE = re.compile(r"\b(?:in|near|across|throughout|between|(?:towns|cities|villages|districts|provinces|regions|"
                        r"counties|islands|states)\s+of)\s+$")  # ("the towns of Futaba and Okuma", "between Santa Monica
# and Malibu")
#: between a journey's start and its end: "to", after a compass aside ("from Munsan in the south to Kaesong")
_TO_BETWEEN = re.compile(r"(?:\s+in\s+the\s+(?:north|south|east|west)(?:east|west)?)?\s+to\s+")


def coordinate(raws: list[Raw], text: str, g: Gazetteer) -> None:
    """Names in one list ("Carrascal, Cantilan, Madrid and Cortes") share the type of the
    clearly typed ones."""
    by_sent: dict[int, list[Raw]] = defaultdict(list)
    for r in raws:
        by_sent[r.sent_id].append(r)
    for group in by_sent.values():
        group.sort(key=lambda r: r.start)
        person_of, owner_of, from_to = RULE["person_of"], RULE["owner_of_person"], RULE["from_place_to"]
        twin, in_list = RULE["twin_place"], RULE["in_place_and"]
        for a, b in zip(group, group[1:], strict=False):
            if b.gaz is None and not b.canonical and max(b.hints.values(), default=0) <= _WEAK_HINT and (a.gaz == "place" or (
                    a.hints["place"] > max(a.hints["organization"], a.hints["person"]))) \
                    and _FROM_BEFORE.search(text, max(0, a.start - 6), a.start) \
                    and _TO_BETWEEN.fullmatch(text, a.end, b.start):
                b.hints[from_to.type] += from_to.weight  # "from Kumgang to Jejin": the journey's end too
            elif b.gaz is None and not b.canonical and not b.hints and text[a.end : b.start] in (" and ", " or ") \
                    and not any(_lex(w.lower()) for w in b.name.split()) \
                    and (a.gaz == "place" or (a.hints["place"] > 0 and not a.hints["organization"]
                                              and not a.hints["person"])
                         or a.hints["place"] > a.hints["organization"] + a.hints["person"]) \
                    and _IN_BEFORE.search(text, max(0, a.start - 16), a.start):
                # "his count in Richmond and Northallerton": where, too (not a name of common words: "Skull and
                # Bones", "Environmental Science and Technology")
                b.hints[in_list.type] += in_list.weight
            elif a.gaz == "place" and b.gaz is None and not b.canonical and text[a.end : b.start] in ("-", "–") \
                    and text[a.start : b.end].count(" ") <= 2 and not any(w.isupper() for w in b.name.split()) \
                    and not ((m := _LOWER_NEXT.match(text, b.end)) and (_lex(m.group(1)) or "").startswith("NN")):
                # (not "the Iran-Contra affair": a compound before a noun)
                b.hints[twin.type] += twin.weight  # "Minneapolis-St. Paul", "Dallas-Fort Worth": twin cities
            if a.ntok == 1 and b.ntok >= 2 and text[a.end : b.start] in (" and ", " & ") and _shares_surname(a, b, text, g):
                # "Bill and Hillary Clinton", "Barack and Michelle Obama": a given name sharing the surname
                a.canonical = f"{a.name} {b.name.split()[-1]}"
                a.gaz = None
                a.hints["person"] += RULE["shared_surname"].weight
            if text[a.end : b.start] == " of " and b.gaz is None and b.ntok > 1 and not b.adjectival \
                    and strong_type(a) == "person" and strong_type(b) in (None, "person") and b.hints[person_of.type] == 0:
                b.hints[person_of.type] += person_of.weight  # "Nick Rhodes of Duran Duran": his band
            elif text[a.end : b.start] in POSSESSIVE_GAPS and a.gaz is None and not a.canonical and b.ntok > 1 \
                    and strong_type(b) == "person" and a.hints[owner_of.type] == 0:
                a.hints[owner_of.type] += owner_of.weight  # "McLaren's Lando Norris": his team
        chains: list[list[Raw]] = []
        for r in group:
            if chains and (_LIST_SEP.fullmatch(text, chains[-1][-1].end, r.start) or (
                    # "Italy, France, the Czech Republic and Serbia sent planes": "the" before a country in a list of them
                    _LIST_SEP_THE.fullmatch(text, chains[-1][-1].end, r.start) and r.gaz == "place"
                    and chains[-1][-1].gaz == "place" and {r.canonical, chains[-1][-1].canonical} <= countries(g))) \
                    and not text.startswith(("'s ", "’s "), r.end):
                # (not "MoveOn.org and California's Service Employees International Union": a possessive
                # names an owner, no member of the list)
                chains[-1].append(r)
            else:
                chains.append([r])
        for k, chain in enumerate(chains):
            if len(chain) >= 3 and _LOWER_NEXT.match(text, chain[-1].end) and _LIST_COMMA.fullmatch(text, chain[0].end, chain[1].start) \
                    and _OPENING_PREP.search(text, max(0, chain[0].start - 16), chain[0].start):
                # "In the United States, Delta, United and American Airlines grounded": the place opening the sentence
                # is no member of the list
                chain = chains[k] = chain[1:]
            if len(chain) == 1:
                # a lone name: with no gazetteer type it is skipped below; with one, strong_type()
                # is never None, so the votes change nothing
                continue
            # a bare comma before the last name is no coordination ("In Cotonou, Yayi thanked", "a visit by
            # James Kelly, North Korea admitted") unless a town comes first, then its state ("the city manager
            # of San Jose, California announced"; not "the invasion of Georgia, Poland agreed")
            joined = not _LIST_COMMA.fullmatch(text, chain[-2].end, chain[-1].start)
            if chain[-1].acts and (joined or (
                    len(chain) == 2 and strong_type(chain[0]) == "place" and (chain[0].canonical or chain[0].name) not in countries(g))):
                # "North Korea and South Korea agreed": each state acts
                states = _states(g)
                after_prep = _PREP_BEFORE.search(text, max(0, chain[0].start - 20), chain[0].start) is not None
                for r in chain:
                    if after_prep:
                        r.acts = False  # "authorities in the UK and the US announced": the verb is theirs
                    elif joined and r.gaz == "place" and r.canonical in states and not r.adjectival:
                        r.acts = True
            if joined:  # "Macron and Scholz spoke": the verb after the list is each one's
                m = _NEXT_WORD.match(text[chain[-1].end : chain[-1].end + 30])
                if m and m.group(1) in SPEECH:
                    rule = RULE["list_then_speech_verb"]
                    for r in chain[:-1]:
                        r.hints[rule.type] += rule.weight
            if chain[0].group is not None:  # "firms such as Kelvora and Drumlin": the group noun types the list
                rule = RULE[chain[0].group]
                for r in chain[1:]:
                    if not r.adjectival and strong_type(r) is None and not r.canonical:
                        r.hints[rule.type] += rule.weight
            if _KIN_BEFORE.search(text, max(0, chain[0].start - 24), chain[0].start) and text[chain[0].end : chain[1].start] in (" and ", ", ") \
                    and all(r.ntok <= 2 for r in chain):
                rule = RULE["kin_list"]  # "her children James and Gretel", "his sons Jack and Harry": people
                for r in chain:
                    if not r.adjectival and strong_type(r) is None and not r.canonical:
                        r.hints[rule.type] += rule.weight
            if len(chain) == 2 and text[chain[0].end : chain[1].start] == " and " and chain[0].ntok > 1 \
                    and chain[1].ntok > 1 and strong_type(chain[0]) == "person" and strong_type(chain[1]) is None \
                    and not chain[1].canonical and not chain[1].adjectival \
                    and not ((m := _LOWER_NEXT.match(text, chain[1].end)) and (_lex(m.group(1)) or "").startswith("NN")):
                # (not "Tim Gunn and Grateful Dead drummer Mickey Hart": a name modifying a noun)
                rule = RULE["list_majority"]  # "after Kai Havertz and Jurrien Timber": two full names, two people
                chain[1].hints["person"] += rule.weight
                continue
            if len(chain) < 3 and not any(r.gaz for r in chain) and not (
                    # "brought by the American Civil Liberties Union and Human Rights First": two bodies, one clearly so
                    len(chain) == 2 and text[chain[0].end : chain[1].start] == " and "
                    and any(strong_type(r) == "organization" for r in chain) and all(r.ntok > 1 for r in chain)):
                continue
            votes = Counter(t for r in chain if (t := strong_type(r)) in ("person", "organization", "place"))
            if not votes:
                continue
            t, n = votes.most_common(1)[0]
            if n * 2 <= sum(votes.values()):
                continue
            if len(chain) == 2 and text[chain[0].end : chain[1].start].strip() == "," \
                    and not _LIST_GOES_ON.match(text, chain[1].end) \
                    and not (t == "place" and (strong_type(chain[1]) == "place" or (
                        len(chain[1].name) <= 4 and not (len(chain[1].name) == 4 and chain[1].name.isupper() and chain[1].name.isalpha())))):
                # two names and a bare comma: "Espanola, New Mexico", "Toronto, Ont" (a town, its state)
                # share the place (not "in Afghanistan, ISAF,": four capitals are no state's abbreviation);
                # "With Wikinews, Blankenship", "the President of Brazil, Luiz Inácio
                # Lula da Silva" are no list
                continue
            # three or more names of one type and none of another: "Seoul, Brisbane, Papeete and Pago Pago"
            rule = RULE["list_unanimous"] if n >= 3 and n == sum(votes.values()) else RULE["list_majority"]
            for r in chain:
                if not r.adjectival and strong_type(r) is None and not r.canonical:
                    r.hints[t] += rule.weight

