"""Candidate detection: maximal runs of name tokens in the title, body and caption sentences.

:class:`Detector` tokenises every kept sentence (:mod:`toolkit.entities.tokens`) and
:meth:`Detector.runs` grows runs of capitalised words, with "of", "for", "&", "and" inside names
when the whole is one institution ("Bank of England", "National Air and Space Museum"), and
notes an acronym defined right after a run ("the North Atlantic Treaty Organization (NATO)").
The capitalisation rules (:func:`cap_rule`) tell a sentence-initial or headline common word
("During", "Aides") from a name with the TextBlob/Pattern lexicon and the article's own
mid-sentence capitals. What each run names is decided later (:mod:`toolkit.entities.typing_rules`).

Example:
    >>> from toolkit import Article
    >>> from toolkit.entities.gazetteer import gazetteer
    >>> det = Detector(Article("Talks\\n\\nDuring the talks, the Bank of England met Jane Doe."), gazetteer())
    >>> sid = det.rows[-1][0]
    >>> [" ".join(det.toks[sid].text[i] for i in run) for run, _ in det.runs(sid)]
    ['Bank of England', 'Jane Doe']
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from functools import cached_property, lru_cache
from itertools import compress, count
from typing import TYPE_CHECKING, Any, NamedTuple

from toolkit.entities.gazetteer import (
    US_STATE_TAGS,
    Gazetteer,
    a_place,
    countries,
    well_known_first_words,
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
    EMPTY_WORDS,
    FIRM_KIN,
    FLIGHT_CODE,
    GLUED_PARTICLE,
    MEMO_MAX,
    MODEL_NUMBER,
    MODEL_SUFFIXES,
    NAME_PARTICLES,
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
    Toks,
    east_asian_given,
    is_cap,
    lazy_lex,
    maybe_flags,
    maybe_name,
    maybe_table,
    memo,
    title_like,
    tokens,
)
from toolkit.temporal.rules import names_opening_with_month

if TYPE_CHECKING:
    from toolkit.article import Article

__all__ = ["KEEP_KINDS", "Candidate", "Detector", "cap_rule", "singular_acronym", "spacy_candidates"]

_lex = lazy_lex(__name__)
#: endings of a verb's forms that no name has ("Demonising", "Weaponized", "Nullifying")
_VERB_FORM = re.compile(r"(?:is|iz|ify|ifi)(?:ing|ed|es)$")

#: Sentence kinds searched for actors (credits and boilerplate never hold one).
KEEP_KINDS = ("title", "body", "caption")
_INITIAL_AFTER = frozenset("“\"‘'(:—–-[)]?!.…=>")  # markup too: "== Heading == Meanwhile", "<td> On"
_STRAIGHT_QUOTES = frozenset("\"'")  # open or close: after a comma, they close a quote
#: Tags of closed-class words (determiners, prepositions, pronouns, …): no part of a name.
CLOSED_TAGS = frozenset(["DT", "IN", "CC", "PRP", "PRP$", "WDT", "WP", "WRB", "MD", "EX", "PDT"])
_FUNCTION_TAGS = ("DT", "IN", "CC", "PRP", "PRP$", "WDT", "WP", "WRB", "TO", "MD", "EX", "PDT", "RB", "UH")
_LOWER_LETTER = re.compile(r"[a-z]")
#: table markup left in a text (wiki or HTML attributes, a colour): no names inside
_MARKUP = re.compile(r"\b(?:id|style|class|width|height|align|valign|colspan|rowspan|bgcolor|color|border|"
                     r"cellpadding|cellspacing)\s*=\s*\"[^\"\n]{0,200}\"|#(?:[0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})\b")
#: A web address or an e-mail address: no word inside it is a name ("...index.asp?locID=421").
_URL = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/|t\.co/)[^\s\]\)>\"']+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: an ordinal in figures, and the street words after it that make a numbered street's name ("42nd Street", "5th Ave")
_ORDINAL_WORD = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
_NUMBERED_STREETS = frozenset(["Street", "St", "St.", "Streets", "Avenue", "Ave", "Ave.", "Avenues", "Road", "Boulevard",
                               "Precinct", "Parallel"])
#: words after a possessive that continue the name ("the People's Republic of China", "Valentine's Day",
#: "St. Paul's Cathedral", "St. Peter's Square")
_POSSESSIVE_HEADS = frozenset(["Republic", "Day", "Eve", "Cathedral", "Basilica", "Abbey", "Chapel", "Square"]) \
    | POSSESSIVE_PLACE_HEADS  # (places named by a possessive, a place's word after it)
#: nouns of people whose possessive goes on into a name ("People's Daily", "Women's Aid", "Children's Hospital")
_PEOPLE_NOUNS = frozenset(["People", "Woman", "Women", "Children", "Child", "Workers", "Veterans", "Farmers",
                           "Citizens", "Teachers", "Nurses", "Students", "Men", "Mothers", "Fathers", "Soldiers"])
#: a wire dateline's town in capitals, then perhaps its state, the agency and a dash
_WIRE_TOWN = re.compile(r"([A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){1,3})(?:,\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?"
                        r"\s*(?:\((?:AP|Reuters|AFP|UPI|CNN|dpa)\))?\s*[-–—]")
_WIRE_REACH = 600  # characters from the start of the text where a dateline may stand
#: a constituency's noun after a name ("his Richmond and Northallerton constituency", "the Godalming and Ash seat"),
#: and the words before such a name
_CONSTITUENCY_AFTER = re.compile(r"\s+(?:constituency|seat|riding|electorate|ward|division)\b")
_SEAT_DETERMINERS = frozenset(["the", "his", "her", "their", "its", "my", "our", "your"])
#: nouns of a seat before "of" ("his seat of Richmond and Northallerton"; a member before "for" is CONSTITUENCY_OF's:
#: "the MP for Brighton and Hove")
_SEAT_NOUNS = frozenset(["seat", "constituency", "riding", "electorate"])
#: an amount in rand ("R400,000", "R2.5 billion"): the token, then its thousands or its "million"/"billion"
_RAND = re.compile(r"[RN]\d+(?:[.,]\d+)?")
#: an amount in rand or naira with its unit in the token ("N54.99trn", "R2bn")
_RAND_UNIT = re.compile(r"[RN]\d+(?:[.,]\d+)?(?:trn|tn|bn|m)")
#: an amount after a currency's code ("SEK9", "USD910", "GBP738", "IDR5.3")
_CODE_AMOUNT = re.compile(r"(?:USD|EUR|GBP|JPY|CNY|RMB|INR|AUD|CAD|CHF|SEK|NOK|DKK|HKD|NZD|ZAR|BRL|MXN|RUB|KRW|SGD|IDR|"
                          r"PHP|THB|MYR|PKR|NGN|KES|EGP|TRY|PLN|CZK|HUF|ILS|AED|SAR)\d[\d.,]*")
_THOUSANDS = re.compile(r"(?:[,.]\d{3})+|[.,]\d+\s*(?:million|billion|trillion|bn|trn|tn|m)\b"
                        r"|\s*(?:million|billion|trillion|bn|trn|tn|m)\b")


def _compound_word(w: str) -> bool:
    """Whether ``w`` is two words of the lexicon of three letters or more each ("heatwave", "wildfire",
    "lockdown", "landslide")."""
    return any(_lex(w[:k]) is not None and _lex(w[k:]) is not None for k in range(3, len(w) - 2))


#: words that open a sentence before a capitalised noun without being part of a name ("Other Cabinet members")
_NOT_A_NAMES_WORD = frozenset(["Other", "Further", "Independent", "Storm", "Former", "Senior", "Several", "Many",
                               "Local", "Recent", "Current", "Previous", "Top", "Key", "Rival", "Fellow", "Both"])
#: words that open a title of two words ("Vice Chancellor", "Prime Minister", "Deputy Mayor")
_TITLE_LEADS = frozenset(["Vice", "Prime", "Deputy", "Chief", "Acting", "Interim"])
#: a possessive mark and its space between two names ("People's Bank", "McLaren's Lando Norris")
POSSESSIVE_GAPS = frozenset(["'s ", "’s ", "' ", "’ "])
_LOWER_WORD = re.compile(r"\b[a-z][a-z'-]+\b")
_PARTY_STATE = re.compile(r"^[DRI]-[A-Z][A-Za-z]{1,12}$")
_SCORE_HINT = re.compile(r"[–—-]\s?\d")  # in every SCORE match (a fast search: literal first)
#: A match score ("2–1", "3 - 0").
SCORE = re.compile(r"(?<![\d.,:/])\b\d{1,2}\s?[–—-]\s?\d{1,2}\b(?![\d,:/%]|\.\d)")
#: a basketball game's score of three digits, told as one ("beat the Mavericks 106-88", "a 112-104 win"; not "100-150
#: people")
_HIGH_SCORE = re.compile(r"(?:\b(?:beat|beats|beating|defeated|defeating|edged|routed|topped|downed|past|over)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}"
                         r"|\ba\s+)1\d\d\s?[–—-]\s?\d{2,3}\b(?![\d.,:/%])(?!\s+(?:people|votes|seats))")
_SPORT_WORDS = re.compile(r"\b(?:goals?|scored|match|tournament|World Cup|league|championship|penalty|penalties|innings?|"
                          r"wickets?|striker|goalkeeper|home runs?|World Series|Super Bowl|touchdowns?|playoffs?|quarterback|"
                          r"rugby|Six Nations|conversions?|birdies?|rebounds|three-pointers?|NBA|WNBA)\b")
#: words right before a vote's tally, which is no score ("by a vote of 91-58", "voted 6-3")
_VOTE_BEFORE = re.compile(r"\b(?:vote|votes|voted|voting|margin|ballot|tally|ruled|majority)\b[^.]{0,10}$")
#: words of a match report only (two of them with one score make one: "30 goals this season … before half-time")
_MATCH_WORDS = re.compile(r"\b(?:goals?|scored|scoring|innings|wickets?|striker|goalkeeper|midfielder|defender|half-time|"
                          r"halftime|touchdowns?|quarterback|semi-final|quarter-final|Cup final|penalty shoot-?out|innings?|home runs?|"
                          r"pitched|pitcher|RBIs?|rebounds|three-pointers?)\b")
#: a football story's words: competitions, positions ("Premier League", "midfielder"), and its other words
_FOOTBALL_WORDS = re.compile(r"\b(?:Premier League|Champions League|Europa League|FA Cup|League Cup|La Liga|Serie A|"
                             r"Bundesliga|Ligue 1|Eredivisie|Major League Soccer|midfielder|striker|goalkeeper|"
                             r"centre-back|center-back|full-back|winger|footballer|equaliser|equalizer|free kick|free-kick|stoppage time|"
                             r"clean sheet)s?\b|\bequali[sz]ed\b")
#: a competition's word that a football story writes capitalised mid-sentence, looked for first
_FOOTBALL_CAPS = ("League", "Liga", "Serie", "Ligue", "Bundesliga", "Eredivisie", "Soccer", "Cup", "Copa", "Euro", "Stadium")
_FOOTBALL_CONTEXT = re.compile(r"\b(?:transfer|signing|signed|loan|club|clubs|manager|squad|season|fans|"
                               r"contract)\b")
#: endings of adjectives ("Astronautical", "Geophysical", "Oceanographic")
_ADJECTIVE_END = re.compile(r"[a-z]{3}(?:ical|ic|al|ary|ive|ous)$")
_ABSTRACT_END = re.compile(r"(?:ology|ics|ment|tion|sion|ity|ence|ance|ness)$")
#: Months that are also given names or surnames ("Theresa May", "April Ryan").
_MONTH_NAMES = frozenset(["May", "April", "June", "August"])
#: Words that open a region's name before a country's ("Atlantic Canada", "Greater China"): no place of its own there
_REGION_LEADS = frozenset(["Atlantic", "Pacific", "Arctic", "Central", "Northern", "Southern", "Eastern", "Western",
                           "Greater", "Upper", "Lower", "Mainland", "Coastal", "Rural", "Metropolitan"])
#: A month's abbreviation that is also a common given name ("Jan Egeland", "Jan Peter Balkenende"): it opens a
#: name before a capitalised word (never ends one).
_MONTH_GIVEN = frozenset(["Jan"])
_MONTH_LIKE = _MONTH_NAMES | _MONTH_GIVEN

_TIME_PREP = frozenset(["in", "on", "since", "until", "till", "by", "from", "of", "last", "next", "early", "late", "mid", "before", "after", "during", "through", "to", "this", "that", "each", "every", "and", "or", "-", "–"])
#: Capitalised words that name no actor on their own ("Coronavirus cases"), only inside a longer
#: name ("White House Coronavirus Task Force").
_COMMON_ALONE = frozenset(["Coronavirus", "Coronaviruses", "Yes", "No"])  # ("Spain says Yes to EU constitution")
#: word classes whose words in capitals are no name alone ("PROCEEDINGS AGAINST", "WHEREAS", "AND", "an IT
#: worker"; but "(D-CA)": a member of Congress's state)
_CAPS_CLOSED_TAGS = CLOSED_TAGS | {"TO"}
#: Three-letter words written in capitals mid-sentence for stress ("is NOW a global standard-setter", "we will NOT"),
#: which no acronym in news spells as often (not "OFT", the Office of Fair Trading; "SAT", the test)
_EMPHASIS_WORDS = frozenset(["NOW", "NOT", "ALL", "YOU", "ARE", "WAS", "HAS", "HAD", "CAN", "AND", "THE", "FOR", "BUT",
                             "HOW", "WHY", "HER", "HIS", "SHE", "ANY", "TOO", "YES", "OFF", "OUT", "DID", "ITS", "OUR",
                             "NOR", "YET"])
#: words that end names ("Amnesty International") but are no name as a run of their own ("Beirut's
#: International airport"); cardinal numbers alone are none either ("Two years on", "ONE")
_NOT_ALONE = frozenset(["International", "Jr", "Sr",  # "Martin Luther King, Jr ."
                        "GP", "GPs"])  # a family doctor alone ("GP appointment systems"; "the Monaco GP" stays a name)
_SCANS_BEFORE_SET = 32  # has_lower(): text scans answered before building the set (keeps it linear)


class Candidate(NamedTuple):
    """A run of name tokens in one sentence (the detector's output, the typing rules' input)."""

    sent_id: int
    run: list[int]  # token indices into ``Detector.toks[sent_id]``
    acronym: int | None  # token index of an acronym defined right after ("... Organization (NATO)")
    label: str | None  # a type given by the detector (spaCy's), else None


def sentence_rows(article: Article) -> list[tuple[int, int, int, str, int]]:
    """``(sent_id, start, end, kind, para_id)`` of every sentence (:func:`toolkit.text.segment.sentence_rows`)."""
    from toolkit.text.segment import sentence_rows as rows

    return rows(article)


#: Organisation endings that are also fields or goods: no possessive joins them ("the UN's Oil-for-Food
#: programme", "the Army's Research and Referral Hospital"), and before "and" they do not end a name
#: ("Defence Research and Development Organisation").
_FIELD_SUFFIXES = frozenset(["Oil", "Research", "Chemical", "Chemicals", "Aviation"])
#: Function words a Title Case line capitalises and running text does not ("Do Parties Or Voters Choose …").
_CAP_FUNCTION = frozenset(["Or", "The", "Of", "And", "To", "In", "For", "With", "A", "An", "Is", "Are", "Will", "Do",
                           "Does", "Who", "What", "How", "Why", "Can", "On", "At", "By", "From", "Not", "Than", "As",
                           "Into", "About", "Over", "Be", "Its", "Your"])


def _title_case_line(text: str, start: int, end: int, tw: list[str]) -> bool:
    """Whether a body sentence is a line of its own in Title Case, a subheading or a link to another
    story ("Do Parties Or Voters Choose Presidential Nominees?", "[Our Latest Forecast: Who Will Win
    The 2020 Democratic Primary?]"): every word capitalised, a function word among them."""
    if start and text[start - 1] != "\n":
        return False
    nl = text.find("\n", end)
    if text[end : len(text) if nl < 0 else nl].strip():
        return False
    words = [w for w in tw if w[0].isalpha()]
    return len(words) >= 4 and all(w[0].isupper() for w in words) and not _CAP_FUNCTION.isdisjoint(words[1:])


#: "Centre" ends places ("Rockefeller Center"); before "for" it heads an institution ("European Centre for
#: Disease Prevention and Control").
_CENTRES = frozenset(["Centre", "Center", "Centres", "Centers"])
#: A brand written in camel case ("DirecTV", "EasTone", "iPhone").
_CAMEL = re.compile(r"[a-z][A-Z]")
#: Chambers whose committees are named by their fields ("Senate Homeland Security and Governmental Affairs Committee").
_CHAMBERS = frozenset(["Senate", "House", "Joint", "Select"])
#: Words that make a weekday a named day, one name: "Super Tuesday", "Good Friday (Agreement)", "Black
#: Friday", "Bloody Sunday", "Ash Wednesday" (else a weekday never joins a name: "Paris on Tuesday").
#: The last word of a public service shared by two places ("Devon and Cornwall Police", "Avon and Somerset
#: Constabulary", "Bedfordshire and Hertfordshire Fire", "Surrey and Sussex Healthcare").
_JOINT_SERVICES = frozenset(["Police", "Constabulary", "Fire", "Ambulance", "Council", "Trust", "Healthcare", "Railway"])
#: Heads of names that go on with "on" and their subject ("Council on Foreign Relations", "War on Terror").
_ON_HEADS = frozenset(["Council", "Committee", "Subcommittee", "Commission", "Authority", "Conference", "Panel",
                       "Convention", "Forum", "Summit", "Caucus", "Center", "Centre", "Institute", "Board", "Office",
                       "Treaty", "Agreement", "Protocol", "Declaration", "Covenant", "Group", "Force", "Coalition",
                       "Alliance", "Campaign", "Initiative", "Network", "Project", "Program", "Programme", "War"])
_MONTHS = frozenset(["January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"])
_WEEKDAYS = frozenset(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
_NAMED_DAYS = frozenset(["Super", "Good", "Black", "Cyber", "Ash", "Bloody", "Easter", "Palm", "Holy", "Maundy",
                         "Shrove", "Giving", "Blue", "Fat", "Whit", "Pancake", "Clean", "Great", "Mad"])
#: Capitalised prepositions and determiners before a day or month: no part of a name ("Australia On Saturday").
_DATE_LEADS = frozenset(["On", "In", "Since", "From", "During", "Until", "Last", "This", "Next", "By"])
_WHEN_WORDS = _WEEKDAYS | _MONTHS
#: what a government's Treasury issues, after its name ("Treasury notes", "Treasury yields"): no actor
_TREASURY_SECURITIES = frozenset(["note", "notes", "bond", "bonds", "bill", "bills", "yield", "yields", "securities",
                                  "market", "markets", "prices", "auction", "auctions", "futures", "rally"])
#: a cited work's year after its authors ("(Marsden & Mackey, 2014)", "…, 2014b;")
_CITATION_YEAR_AFTER = re.compile(rf",\s*{CITED_YEAR}\s*[);,]")
#: an Arabic surname with its article ("al-Salehi", "el-Sisi")
_ARABIC_ARTICLE_NAME = re.compile(r"(?:al|el|Al|El)-[A-Z][a-z]")
#: words of the day that may open a sentence before a surname ("Yesterday al-Maliki said")
_DAY_WORDS = frozenset(["yesterday", "today", "tonight", "tomorrow", "now", "then", "later", "earlier", "meanwhile"])
#: An acronym in parentheses after the words it abbreviates ("reactive oxygen species (ROS)"), and
#: an acronym before the words in parentheses ("IDPs (internally displaced people)").
_PAREN_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,8})\)")
#: An acronym's plural written with a lower-case "s" ("CDs", "SUVs", "NGOs"), the acronym in group 1.
ACRONYM_PLURAL = re.compile(r"([A-Z]{2,5})s")
_ACRONYM_PLURAL_WORD = re.compile(rf"(?<![\w(]){ACRONYM_PLURAL.pattern}\b")
_ACRONYM_PAREN_WORDS = re.compile(r"([A-Z][A-Za-z]{1,8}) \(([a-z][\w'’ -]{2,80})\)")
#: One word before "and" that is no name alone: "the University and College Union", "the Universities and
#: Colleges Employers' Association", "the Food and Drug Administration".
#: A plural's possessive mark, a token of its own ("the Colleges Employers’ Association").
_APOSTROPHES = frozenset(["'", "’"])
_GENERIC_LEFT = re.compile(r"Universit(?:y|ies)|Colleges?|Schools?|Arts?|Sciences?|Trade|Industry|Industries")
#: Determiners after a verb that takes an object ("Defended the appointment").
#: what a company does right after its name opening a sentence ("Shell reported", "Target cut its forecast",
#: "Boots will close 300 stores")
_FIRM_VERBS = frozenset(["said", "says", "reported", "reports", "posted", "posts", "raised", "raises", "cut", "cuts",
                         "announced", "announces", "agreed", "agrees", "plans", "planned", "expects", "expected",
                         "warned", "warns", "shares", "sold", "sells", "bought", "buys", "launched", "launches",
                         "confirmed", "confirms", "denied", "denies", "declined", "employs", "opened", "closed",
                         "will"])  # (not "is", "has": "Sky is blue", "the Gap has widened")
#: a company's apposition after its name and a comma ("Orange, the French telecom group, said")
_FIRM_APPOSITION = frozenset(["group", "company", "firm", "retailer", "bank", "lender", "chain", "operator", "giant",
                              "maker", "carrier", "insurer", "conglomerate", "supermarket", "brand", "company's"])


def _common_plural(w: str) -> bool:
    """A capitalised plural of a common noun ("Renters", "Teachers", "Companies"; not "Congress", "Davis"):
    :func:`_plural_of_noun`, and a plural in -ies."""
    if _plural_of_noun(w) is not None:
        return True
    low = w.lower()
    return len(w) > 4 and w[1:].islower() and low.endswith("ies") and _lex(low[:-3] + "y") == "NN"


def _firm_cue(tw: Sequence[str], i: int) -> bool:
    """A company's cue after a word that is also a company's name ("Shell reported", "Orange, the French
    telecom group, said", "Boots will close"): the word names the company."""
    n = len(tw)
    if i + 1 >= n:
        return False
    nxt = tw[i + 1]
    if nxt in _FIRM_VERBS:
        return nxt != "will" or (i + 2 < n and tw[i + 2] not in ("be", "not"))  # (not "Target will be met")
    if nxt == "," and i + 2 < n and tw[i + 2] in ("the", "a", "an"):
        return any(w in _FIRM_APPOSITION for w in tw[i + 3 : i + 7])
    return False


_OBJECT_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "those"])
#: a quarter's or a half-year's code ("Q3", "H1")
_PERIOD_CODE = re.compile(r"Q[1-4]|H[12]")
#: A party's member before a name ("Democrat Barbara Boxer of California"): no part of the name.
_PARTY_MEMBERS = frozenset(["Democrat", "Republican", "Tory", "Labour", "Conservative", "Liberal", "Socialist"])
#: Surnames that the lexicon also lists as dialect forms of function words ("cain" = can't, "howe" = how, "yu" =
#: you) or that are Vietnamese given names ("An", "Mai"): after a name's first word they end the name ("Herman Cain",
#: "Geoffrey Howe", "Jiang Yu", "Nguyen Van An", "Tran Thi Mai").
_DIALECT_SURNAMES = frozenset(["Cain", "Howe", "Dey", "Ye", "Yu", "Soo", "An", "Mai"])
#: Vietnamese surnames that are also English words or interjections, and the middle names that follow them: at the
#: start of a sentence "Do Van Hung said" is a name.
_VIETNAMESE_SURNAME_WORDS = frozenset(["Do", "Ho", "Le", "Ha", "Ta", "Ly"])
_VIETNAMESE_MIDDLE = frozenset(["Van", "Thi", "Minh", "Duc", "Quoc", "Huu", "Ngoc", "Xuan", "Thanh", "Quang", "Trong"])
#: contests' numbered parts ("Game 5 of the World Series", "Stage 12", "Week 10", "Round 3")
_NUMBERED_PARTS = frozenset(["Game", "Games", "Stage", "Week", "Round", "Leg", "Heat", "Match", "Race"])
#: Words that open a storm's name at the start of a sentence ("Typhoon Haiyan hit").
STORM_WORDS = frozenset(["Hurricane", "Typhoon", "Cyclone", "Tropical", "Storm"])


_DASHES = re.compile(r"[-–]")
#: a century's or a millennium's word after its ordinal ("the 21st Century")
_CENTURY_WORDS = frozenset(["Century", "Centuries", "Millennium"])
#: seasons written with a capital before a year ("Fall 2005")
_SEASON_WORDS = frozenset(["Spring", "Summer", "Fall", "Autumn", "Winter"])
#: continents and world regions: an edition's or a branch's name after a surname ("Forbes Asia"), no country
_CONTINENTS = frozenset(["Asia", "Africa", "Europe", "America", "North America", "South America", "Latin America",
                         "Oceania", "Middle East", "Australasia", "Antarctica"])
#: the last word of a name whose number follows it ("Security Council Resolution 1701")
_NUMBERED_HEADS = NUMBERED_INSTRUMENTS | frozenset(["Article", "Section", "Chapter", "Protocol", "Convention",
                                                    # a site's numbered part: "Launch Complex 36", "State Route 1"
                                                    "Complex", "Terminal", "Pad", "Route", "Highway", "Runway",
                                                    "Platform", "Pier", "Gate"])


def _common(
    w: str, g: Gazetteer, *, initial: bool, next_cap: bool = False, next_word: str = "", headline: bool = False,
    mid: bool = False,
) -> bool:
    """Whether a capitalised token is an ordinary word rather than (part of) a name; ``mid``: the
    body writes ``w`` capitalised mid-sentence (``w in Detector.mid_caps``)."""
    if (g.has("not_name", w) and not (w == "BC" and next_cap)) or (w in _COMMON_ALONE and not next_cap):
        return True  # (the era's "BC" before a name is British Columbia's: "the BC Wildfire Service")
    if ("-" in w or "–" in w) and all(g.has("not_name", p) or p in ("to", "and", "through") for p in _DASHES.split(w)):
        return True  # "the April-to-June quarter", "Monday-Friday": dates, no name
    if next_word in _WHEN_WORDS and w in _DATE_LEADS:
        return True  # "Preston, Victoria, Australia On Saturday": a dateline run into the first sentence
    if w in _SEASON_WORDS and _YEAR_TOKEN.fullmatch(next_word):
        return True  # "the floodplains that in Fall 2005 were under water", "Spring 2006": a season, no name
    if len(w) >= 4 and w.isupper() and w.isalpha() and not g.lookup(w) and not g.lookup(w.title()) \
            and (_lex(w.lower()) or "")[:2] in ("NN", "JJ", "VB", "RB") and not (_lex(w.lower()) or "").startswith("NNP") \
            and not (initial and next_cap and len(next_word) >= 3 and next_word.isupper() and next_word.isalpha()
                     and not _shouted_word(next_word, g)):
        return True  # "LEFT", "SOCIETY": an English word in capitals for emphasis, not an acronym (but a
        # dateline's "FORT MYERS, Fla. —", "CAPE CANAVERAL (AP) —": the first word of a town's name)
    if w in _EMPHASIS_WORDS and not initial and not g.lookup(w):
        return True  # 'Europe is NOW a global standard-setter', 'we will NOT': a short word stressed mid-sentence
    if not initial and not next_cap and w[1:].islower() and (_lex(w.lower()) or "") in CLOSED_TAGS \
            and not g.lookup(w):
        return True  # "fans, We are sorry", "me, But I": a function word, not a name
    if not initial:
        return False
    if w.isupper() and len(w) > 1:
        return False
    if "-" in w and any(p.isalpha() and p.islower() for p in w.split("-")[1:]):
        return True  # "Party-goers", "Well-known" at the start of a sentence
    if g.lookup(w) or w in g.demonyms or (w[-1] == "s" and w[:-1] in g.demonyms) or (next_word and (
            g.lookup(f"{w} {next_word}") or f"{w} {next_word}" in g.demonyms or f"{w} {next_word}" in _name_starts(g))) \
            or g.lookup(f"{w} Party") or (w[-1] == "s" and g.lookup(f"{w[:-1]} Party")):
        # ("North Korean officials said": not "Korean" (South Korea); "Greens leader Adam Bandt", "Liberals won":
        # a party's members by its name)
        return False
    if headline:  # Title Case headline: a name only if the body writes it capitalised too
        low = _lex(w.lower()) or _plural_of_noun(w)
        return not (mid or low is None or low.startswith("NNP"))
    if next_cap and w in STORM_WORDS and next_word[:1].isupper() and (_lex(next_word.lower()) is None or g.has("given", next_word)):
        return False  # "Typhoon Haiyan hit", "Hurricane Sandy struck": the storm's name
    if next_cap and east_asian_given(next_word):
        return False  # "Ban Ki-moon said", "Moon Jae-in met": a surname before a hyphenated given name
    if next_cap and next_word and (g.has("given", w) or (
            g.has("given_word_person", w) and (_lex(w.lower()) or "")[:2] in ("NN", "JJ"))) \
            and next_word[:1].isupper() and next_word[1:].islower() \
            and next_word not in g.demonyms and next_word[:-1] not in g.demonyms and not g.lookup(next_word) \
            and _lex(next_word.lower()) is None:
        # "Rich Bowen, a developer, said", "Blessing Okagbare said": a given name that is also a word, before
        # a surname (not a modal or verb: "Will Sánchez run?" is a question)
        return False
    if next_cap and next_word in _VIETNAMESE_MIDDLE and w in _VIETNAMESE_SURNAME_WORDS:
        return False  # "Do Van Hung said", "Ho Thi Lan": a Vietnamese surname that is also an English word
    tag = _lex(w)
    if next_cap and tag is not None and g.has("given", w) and next_word[:1].isupper() and _lex(w.lower()) is None:
        return False  # "Sabrina Carpenter said": a given name the lexicon lists as a capitalised noun, no word
    if next_cap and w[1:].islower() and g.has("org_suffix", next_word) \
            and ((low := _lex(w.lower()) or "").startswith("NN") or (low == "JJ" and (tag or "").startswith("NNP"))
                 or w == "United"):
        # "Counterpoint Research analyst Ivan Lam said", "Federal Communications Commission", "United Press
        # International": a body's name (a common noun, or an adjective the lexicon also knows as a name's word;
        # not "Related Wikinews", "Other Wikinews", "Further Government": headings)
        return False
    if next_cap and next_word in VAN_VON and w[1:].islower():
        return False  # "Ad van den Berg said": before two particles and a capital (the detector checked them)
    if tag is not None and not tag.startswith("NNP"):
        return True
    if tag is not None and next_cap and ((_lex(w.lower()) or "NN").startswith(("NN", "FW")) or g.has("given", w)):
        return False  # "John Smith said", "Bill Gates", "Peter Marks said" ("peter" is a verb, too); a foreign
        # word the lexicon knows as a name's before another capital: "Le Minh Duc said", "La Paz", "Kwon Tae-il"
    low = _lex(w.lower()) or _plural_of_noun(w)
    if low is None:
        return _inflected_common(w) and not mid
    if low.startswith("NNP"):
        return False
    if low.startswith(_FUNCTION_TAGS):
        return True
    return not mid


@lru_cache(maxsize=4)
def _name_starts(g: Gazetteer) -> frozenset[str]:
    """The first two words of every gazetteer name and well-known person's name of three words or more
    ("New South" of "New South Wales", "Human Rights" of "Human Rights Watch", "Min Aung" of "Min Aung
    Hlaing"; not "The New" of "The New York Times"): a sentence-initial common word before them starts the
    name."""
    return frozenset(
        " ".join(k.split()[:2]) for k in (*g.names, *well_known_names()) if len(k.split()) >= 3 and not k.startswith("The ")
    )


#: a prefix of English words ("pre-", "re-", "over-")
_WORD_PREFIX = re.compile(r"(?:pre|re|non|over|under|anti|counter|mis|out)-?")


def _inflected_common(w: str) -> bool:
    """An inflection the lexicon lacks of a common verb or adjective ("Evacuating", "Dirtied",
    "Renewables", "Rhetorically" at the start of a sentence): not a name."""
    if len(w) < 6 or not w[1:].islower():
        return False
    low = w.lower()
    if (pre := _WORD_PREFIX.match(low)) is not None and len(rest := low[pre.end() :]) >= 4:
        tag = _lex(rest) or _plural_of_noun(rest)
        if (tag is not None and tag.startswith(("NNS", "VB"))) or (tag is None and _inflected_common(rest.title())):
            return True  # "Preorders", "Overstaffing": a prefix and a plural or a verb (not "Underwood", "Outback")
    stems: list[str] = []
    if low.endswith("ing"):
        stems = [low[:-3], low[:-3] + "e", low[:-4]]
    elif low.endswith("ied"):
        return (_lex(low[:-3] + "y") or "").startswith(("VB", "JJ"))  # "Dirtied" (dirty), "Tried" (try)
    elif low.endswith("ed"):
        stems = [low[:-2], low[:-1], low[:-3]]
    elif low.endswith("s") and not low.endswith("ss"):
        return (_lex(low[:-1]) or "").startswith("JJ")  # "Renewables"
    elif low.endswith("ly"):
        return (_lex(low[:-2]) or "").startswith(("JJ", "VBG"))  # "Rhetorically, she …", "Unsurprisingly"
    return any((_lex(x) or "").startswith("VB") for x in stems if len(x) > 2)


def _plural_of_noun(w: str) -> str | None:
    """"NNS" for a plural the lexicon lacks whose singular is a common noun ("Astronomers")."""
    if len(w) > 4 and w.endswith("s") and not w.endswith("ss") and w[1:].islower() \
            and _lex(w[:-1].lower()) == "NN":
        return "NNS"
    return None


@lru_cache(maxsize=4096)
def _shouted_word(w: str, g: Gazetteer) -> bool:
    """An English word written in capitals that is no known name ("WON", "THIS", "A"; not "US", "NATO", "WHO",
    nor a two-letter noun: "CC", "TV")."""
    if w in ("A", "I"):
        return True
    if len(w) < 2 or not w.isupper() or not w.isalpha() or g.lookup(w) or g.lookup(w.title()):
        return False
    low = w.lower()
    tag = _lex(low)
    if tag is None and len(low) > 4:  # an inflection the lexicon lacks: "ABSTAINS", "DISMISSES"
        tag = next((t for t in map(_lex, (low[:-1], low[:-2], low[:-3])) if t is not None and t.startswith("VB")), None)
    if tag is None or tag.startswith("NNP"):
        return False
    return len(w) > 2 or not tag.startswith("NN")  # (two capitals that are a noun are more often an acronym: "CC", "TV")


def _shouted_surname(w: str, text: str) -> bool:
    """A word in capitals that the text also writes as a name ("CARNEY" beside "Carney, 59, is …")."""
    return w.isupper() and w.isalpha() and len(w) > 2 and re.search(rf"\b{w.title()}\b", text) is not None


def shout_common(w: str, g: Gazetteer, mid_caps: Counter) -> bool:
    """In a sentence without lower-case letters ("SHARES UP AND DOWN"), an all-caps word that is
    an ordinary English word and neither a known name nor written as a name in the body."""
    if not w.isupper() or len(w) < 2 or g.lookup(w) or g.lookup(w.title()) or w.title() in mid_caps:
        return False
    low = _lex(w.lower())
    if low is None and len(w) >= 4 and w.isalpha():  # an inflection the lexicon lacks: "RIPS", "SLAMS", "VOWED"
        stem = w.lower()
        low = next((t for t in map(_lex, (stem[:-1], stem[:-2], stem[:-3])) if t is not None), None) \
            if stem.endswith(("s", "ed", "ing")) and len(stem) - 1 >= 3 else None
    return low is not None and not low.startswith("NNP")


def cap_rule(
    w: str, nxt: bool, title_next: bool, in_comp: bool, initial: bool, next_word: str, headline: bool,
    g: Gazetteer, *, mid: bool,
) -> bool:
    """Whether a possible name token (``maybe_name``) is part of a name: ``nxt``, the next token is
    capitalised and one space away; ``title_next``, a next token that is ``nxt`` or "of";
    ``in_comp``, the head of a split compound ("Russia-backed"); ``mid``, the body writes ``w``
    capitalised mid-sentence."""
    if _PARTY_STATE.match(w):
        return False  # "D-Mass.", "R-Texas": party and state after a US politician's name
    if title_next and title_like(w, g):
        return True  # "Secretary of State Antony Blinken" at the start of a sentence
    if initial and title_next and not nxt and (g.has("org_suffix", w) or g.has("place_suffix", w)) and w[1:].islower():
        return True  # "Bank of America said", "University of Texas officials": an institution's head before "of"
    if in_comp and not (g.lookup(w) or w.isupper() or w in g.demonyms or mid):
        return False  # "Latter-day", "Well-known": not a name
    return is_cap(w) and not _common(
        w, g, initial=initial, next_cap=nxt, next_word=next_word, headline=headline, mid=mid
    )


#: plans named by the year they aim at ("Project 2025", "Vision 2030", "Agenda 2063")
_YEAR_PLANS = frozenset(["Project", "Vision", "Agenda"])

#: What follows a number in a score or a range, not in a numbered name ("Heat 98, Celtics 95").
_SCORE_PUNCT = frozenset([",", "-", "–", "—", ":", "/", "%", "percent", "per"])

#: Opening quote -> its closing quote, around a nickname inside a name.
_NICK_CLOSE = {'"': '"', "“": "”", "'": "'", "‘": "’"}

_PAIRS = {(a, b): (a, b) for a in (False, True) for b in (False, True)}  # shared memo values


class Detector:
    """Rule-based proper-name detector over one article."""

    def __init__(self, article: Article, g: Gazetteer) -> None:
        self.article = article
        self.text = text = article.text
        self.g = g
        #: (sent_id, start, end, kind, para_id) of the title, body and caption sentences.
        self.rows: list[tuple[int, int, int, str, int]] = [r for r in sentence_rows(article) if r[3] in KEEP_KINDS]
        self.toks: dict[int, Toks] = {}
        #: per sentence, the indices of tokens that can start or continue a name (``maybe_name``)
        self.maybe: dict[int, list[int]] = {}
        self.headline_ids: set[int] = set()
        #: the sentences of the headline (labelled title)
        self.title_ids: set[int] = set()
        self.initial: dict[int, set[int]] = {}
        #: (sent_id, first token of a run) -> the end of capitalised common nouns absorbed after
        #: its acronym definition ("(NATO) Security Alliance")
        self.absorb: dict[tuple[int, int], int] = {}
        self._scans = 0  # text scans done by has_lower() before lower_words was built
        mid: list[str] = []
        edge: list[str] = []  # of mid: the words not strictly inside a longer name
        surnames: list[str] = []
        given_words = g.words.get("given", EMPTY_WORDS)
        wk_first = well_known_first_words()
        urls = [m.span() for m in _URL.finditer(text)] if "://" in text or "www." in text or "@" in text \
            or "pic.twitter.com/" in text or "t.co/" in text else []
        if '="' in text or "#" in text:  # markup left in the text: 'id="LaborLabel"', "#FFFFFF"
            urls = sorted(urls + [m.span() for m in _MARKUP.finditer(text)])
        # Per-token work runs through map()/compress() over memoised word predicates; Python
        # loops only visit the candidates (capitalised words and titles, ~1 token in 5).
        for sent_id, start, end, kind, _ in self.rows:
            toks = tokens(text, start, end, g)
            self.toks[sent_id] = toks
            tw = toks.text
            candidates = self.maybe[sent_id] = list(compress(range(len(tw)), maybe_flags(tw, g)))
            if "July" in tw:  # "the July Fourth holiday", "the Fourth of July": a day, no name
                candidates[:] = [i for i in candidates if not (tw[i] == "Fourth" and (
                    (i and tw[i - 1] == "July") or tw[i + 1 : i + 3] == ["of", "July"]))]
            if urls and candidates:
                spans = [(a, b) for a, b in urls if a < end and b > start]
                if spans:
                    ts = toks.start
                    candidates[:] = [i for i in candidates if not any(a <= ts[i] < b for a, b in spans)]
            hl = kind == "title" or (kind == "body" and (_title_case_line(text, start, end, tw)
                                                         # a wiki section's heading ("==Mothballed Detention Centre
                                                         # Reopened=="): a headline's case
                                                         or text.startswith("==", start)
                                                         or (text.startswith("'''", start)
                                                             and text[start:end].rstrip().endswith("'''"))))
            init, n_words = self._initial_positions(tw, headline=hl)
            if init and len(tw) > 2 and tw[0] in ("*", "#") and 1 in init and is_cap(tw[2]) \
                    and (_lex(tw[1].lower()) or "NN")[:2] in ("NN", "JJ", "VB", "RB"):
                init.discard(1)  # an item of a flattened list whose first words are a name's ("* Fishers Ridge", "*Mixed
                # Member Proportional"): mid-sentence (but an item's common word alone is none: "# Increasing shareholder";
                # nor a function word: "* Both Buttigieg and Klobuchar dropped out")
            if init and ('"' in tw or "'" in tw):
                # '"…," Frist said': a straight quote glued to a comma, then a space, closes the quote, and
                # a word after it that is no English word is mid-sentence (', "Base camp': a quote opening;
                # '," According to': a new sentence the writer did not mark)
                ts, te = toks.start, toks.end
                init -= {i for i in init if i > 1 and tw[i - 1] in _STRAIGHT_QUOTES and tw[i - 2] == ","
                         and ts[i - 1] == te[i - 2] and ts[i] > te[i - 1] and _lex(tw[i].lower()) is None}
            if init and ("'" in tw or "’" in tw):
                # "the United States' Centers for …": a plural's possessive mark, no opening quote (when a
                # name of two words or more follows: not "Veterans' Day")
                init -= {i for i in init if i > 1 and tw[i - 1] in ("'", "’") and toks.start[i - 1] == toks.end[i - 2]
                         and tw[i - 2].endswith("s") and i + 1 < len(tw) and (is_cap(tw[i + 1]) or tw[i + 1] in ("of", "for"))
                         and (_lex(tw[i].lower()) or "NN")[:2] in ("NN", "JJ")}  # (not "… offenders' By James …")
            self.initial[sent_id] = init
            if kind == "title":
                self.title_ids.add(sent_id)
            if hl and n_words and len(init) == n_words and n_words > 2:
                self.headline_ids.add(sent_id)
            if kind == "body":  # is_cap(w) implies maybe_name(w): the candidates hold every capital
                mid.extend(tw[i] for i in candidates if i not in init and is_cap(tw[i]) and i not in toks.compound)
                ts, te = toks.start, toks.end
                last = len(tw) - 1
                edge.extend(tw[i] for i in candidates if i not in init and is_cap(tw[i]) and not (
                    0 < i < last and not (i == 1 and tw[0] in ("The", "A", "An")) and is_cap(tw[i - 1]) and is_cap(tw[i + 1])
                    and ts[i] == te[i - 1] + 1 and ts[i + 1] == te[i] + 1))
                surnames.extend(tw[i] for i in candidates if (
                    (i > 0 and (tw[i - 1] in given_words
                                or (tw[i - 1] in wk_first and f"{tw[i - 1]} {tw[i]}" in well_known_names()))
                     and ts[i] == te[i - 1] + 1)
                    # ("Jalen Hurts … Hurts said": a well-known person's surname though the given name is no listed one)
                    or (i < last and "-" in tw[i + 1] and tw[i].isalpha() and east_asian_given(tw[i + 1])
                        and ts[i + 1] == te[i] + 1)) and tw[i][1:].islower())
                # ("Woo Won-shik … Woo said": an East Asian surname before its given name)
                for i in candidates:  # "Ursula von der Leyen", "Bill de Blasio": after the particles
                    j = i
                    while j > 0 and i - j < 3 and tw[j - 1] in SURNAME_PARTICLES:
                        j -= 1
                    if i > j > 0 and tw[j - 1] in given_words:
                        surnames.append(tw[i])
        self.mid_caps = Counter(mid)
        #: words the body capitalises mid-sentence only inside a longer name ("Emergency" of "State Emergency
        #: Management Commissioner"): that makes no name of the word opening a sentence ("Emergency warnings were
        #: downgraded")
        self.inside_only = frozenset(self.mid_caps.keys() - set(edge))
        #: words written after a given name mid-sentence ("Steve Fielding", "Don Ready"): surnames,
        #: also when they open a sentence ("Fielding concluded") though the lexicon knows them as words
        self.surnames = frozenset(surnames)
        #: sentences without a lower-case letter ("STANDINGS", an all-caps headline)
        self.shout_ids: set[int] = {
            sid for sid, start, end, _, _ in self.rows if _LOWER_LETTER.search(text, start, end) is None
        }

    @cached_property
    def party_acronyms(self) -> frozenset[str]:
        """Acronyms the text writes before "party" ("the ACT party", "the DUP Party"): a party's name wherever the
        article writes it, though the gazetteer knows a place by it (the Australian Capital Territory)."""
        if "arty" not in self.text:
            return frozenset()
        return frozenset(_PARTY_ACRONYM.findall(self.text))

    @cached_property
    def month_names(self) -> frozenset[str]:
        """Names of the article that open with a month, from where they cannot be a date ("The reporter April
        Ryan asked"): :func:`toolkit.temporal.rules.names_opening_with_month`. Read only for a month after a
        preposition ("asked by April Ryan"), which alone would be a date."""
        return names_opening_with_month(self.text)

    @cached_property
    def sports(self) -> bool:
        """A match report: a sport word and at least two scores ("2–1") in the text, or one score and
        two sport words ("a 2-1 win over Chelsea … 30 goals this season … before half-time")."""
        text = self.text
        # every score holds a dash followed by a digit: without one there is no score to count
        if _SCORE_HINT.search(text) is None:
            return False
        if not _SPORT_WORDS.search(text):
            return False
        scores = sum(1 for m in SCORE.finditer(text) if not _VOTE_BEFORE.search(text, max(0, m.start() - 16), m.start())) \
            + len(_HIGH_SCORE.findall(text))  # (not a vote's tally: "approved the bill by a vote of 25-10")
        return scores >= 2 or (scores == 1 and len(set(_MATCH_WORDS.findall(text))) >= 2)

    @cached_property
    def football(self) -> bool:
        """A football story without a score (a transfer, a manager's sacking): a competition named mid-sentence, a
        competition or a player's position, and three such words in all ("Premier League … midfielder … signing")."""
        text = self.text
        mid = self.mid_caps
        if not any(k in mid for k in _FOOTBALL_CAPS):  # (a competition's word written mid-sentence: most stories have none)
            return False
        strong = set(_FOOTBALL_WORDS.findall(text))
        return bool(strong) and len(strong) + len(set(_FOOTBALL_CONTEXT.findall(text))) >= 3

    @cached_property
    def has_score(self) -> bool:
        """The text holds a match score ("2–1") somewhere (club cues are read only then)."""
        return _SCORE_HINT.search(self.text) is not None and SCORE.search(self.text) is not None

    @cached_property
    def term_acronyms(self) -> frozenset[str]:
        """Acronyms the text defines by lower-case words: common terms, not names ("iodine deficiency
        disorders (IDD)", "gross domestic product (GDP)", "NGOs (non-governmental organisations)").
        Read only when a mention asks (an all-capitals word); a plural's "s" is dropped ("IDPs": IDP). Also
        an acronym the text writes as a plural with a lower-case "s" elsewhere ("the URLs": URL)."""
        text = self.text
        # an acronym whose plural the text writes with a lower-case "s" ("URLs", "WMDs", "MPPs"): a common noun
        # (not one the text defines after a name: "PlayStation Portable (PSP)" … "PSPs")
        out = {a for m in _ACRONYM_PLURAL_WORD.finditer(text)
               if f"({(a := m.group(1))})" not in text and f"({a}s)" not in text}
        if "(" not in text:
            return frozenset(out)
        for m in _PAREN_ACRONYM.finditer(text):
            before = text[max(0, m.start() - 120) : m.start()].split()[-8:]
            if _term_of(m.group(1), before, last=True):
                out.add(singular_acronym(m.group(1)))
        for m in _ACRONYM_PAREN_WORDS.finditer(text):
            if (m.start() == 0 or not text[m.start() - 1].isalnum()) and _term_of(m.group(1), m.group(2).split(), last=False):
                out.add(singular_acronym(m.group(1)))
        return frozenset(out)

    @cached_property
    def lower_words(self) -> set[str]:
        """Words written in lower case anywhere in the text (computed only when a rule asks)."""
        return set(_LOWER_WORD.findall(self.text))

    def has_lower(self, word: str) -> bool:
        """``word in self.lower_words``: each of those words is a substring of the text, so a word
        absent from the text answers False without the regex pass that builds the set. After a
        few such scans the set is built (each scan reads the whole text: linear time overall)."""
        if "lower_words" not in self.__dict__ and self._scans < _SCANS_BEFORE_SET:
            self._scans += 1
            if word not in self.text:
                return False
        return word in self.lower_words

    @staticmethod
    def _initial_positions(tw: list[str], *, headline: bool) -> tuple[set[int], int | None]:
        """Positions of word tokens (``tw``: the token texts) where a capital proves nothing, and
        for a headline the number of word tokens (else None)."""
        n = len(tw)
        n_words = None
        if headline:
            words = [i for i, w in enumerate(tw) if w[0].isalnum()]
            n_words = len(words)
            long = [tw[i] for i in words if len(tw[i]) > 3]
            if len(long) >= 3 and sum(map(is_cap, long)) / len(long) >= 0.7:
                return set(words), n_words  # headline case: every position is suspect
        # the first word, and any word after an opening mark or a colon
        init = {i for i in compress(count(1), map(_INITIAL_AFTER.__contains__, tw)) if i < n and tw[i][0].isalnum()}
        first = next((i for i, w in enumerate(tw) if w[0].isalnum()), None)
        if first is not None:
            init.add(first)
            for k in (first + 1, first + 2):
                if k + 1 < n and tw[k] == "news" and all(tw[j][:1].isupper() for j in range(first, k)) \
                        and tw[k + 1][:1].isupper():
                    init.add(k + 1)  # "Australian news Early results in …": a section's label, then the sentence's start
        return init, n_words

    # -------------------------------------------------------------- runs
    def runs(self, sent_id: int) -> list[tuple[list[int], int | None]]:
        """Maximal name runs (token indices) and, when followed by "(ACR)", the index of ACR."""
        candidates = self.maybe[sent_id]
        if not candidates:
            return []  # no capitalised word and no title: no run can start
        toks = self.toks[sent_id]
        ts, te, tw, poss, brk, comp = toks
        init = self.initial[sent_id]
        maybe_of = maybe_table(self.g)
        n = len(tw)
        text = self.text

        def adjacent(i: int, j: int) -> bool:
            if j in brk and i in brk and ts[j] == te[i] + 1:
                return False
            gap = text[te[i] : ts[j]]
            if i in poss:
                gap = text[te[i] + 2 : ts[j]]
                if tw[i] in _PEOPLE_NOUNS and gap == " " and is_cap(tw[j]):
                    return True  # "People's Protection Units", "Whole Woman's Health": a name made with "People's"
                if gap == " " and (self.g.lookup(text[ts[i] : te[j]]) or (
                        j + 1 < n and text[te[j] : ts[j + 1]] == " " and self.g.lookup(text[ts[i] : te[j + 1]]))):
                    return True  # "a Domino's Pizza franchise", "Moody's Investors Service": a known name with a possessive
                if gap == " " and tw[j] in self.g.demonyms and j + 1 < len(tw) and self._org_word(tw[j + 1]) \
                        and text[te[j] : ts[j + 1]] == " " and not self._owner(tw[i]) and tw[i] not in self.g.demonyms:
                    return True  # "Katter's Australian Party": a party named for its founder
                if gap == " " and i > 0 and tw[i - 1].rstrip(".") in SAINT_OR_MOUNT and j + 1 < n \
                        and is_cap(tw[j]) and text[te[j] : ts[j + 1]] == " " \
                        and (self._org_word(tw[j + 1]) or self.g.has("place_suffix", tw[j + 1])):
                    return True  # "St. Brigid's Medical Center", "St Luke's General Hospital": a saint's, with its adjective
                return gap == " " and (self._org_word(tw[j]) or tw[j] in _POSSESSIVE_HEADS) \
                    and (_lex(tw[j].lower()) or "")[:2] != "JJ" \
                    and not self._owner(tw[i])
                # ("Beirut's International airport": an adjective; "India's Ministry of External Affairs",
                # "Tsvangirai's Movement for Democratic Change": a place's or a person's body, two names)
            return gap in (" ", "\u00a0") and i not in comp

        headline = sent_id in self.headline_ids
        mid_caps = self.mid_caps
        inside_only = self.inside_only
        cap_table = memo(self.g)["cap"]

        def cap_uncached(i: int) -> bool:
            w = tw[i]
            maybe = maybe_of.get(w)  # maybe_flags() put every token of the article there
            if not (maybe if maybe is not None else maybe_name(w, self.g)):
                return False  # most tokens: a lower-case word that is no title
            if len(w) == 1 and text.startswith("-", te[i]) and text[te[i] + 1 : te[i] + 2].islower():
                return False  # "Arabic T-shirts", "an X-ray": a letter glued to a common noun, no name
            if i in poss and i in init and (self.g.lookup(w + "'s") or ("", ""))[1] == "organization":
                return True  # "Moody's cut the rating", "Domino's reported higher sales": a firm's name opening a sentence
            nxt = i + 1 < n and (text[te[i] : ts[i + 1]] == " " or (
                # "People's Bank of China Governor …" opening a sentence: a name made with "People's"
                w in _PEOPLE_NOUNS and i in poss and text[te[i] : ts[i + 1]] in POSSESSIVE_GAPS)) and (is_cap(tw[i + 1]) or (
                # "Mark van der Berg agreed": a surname's particles, then its capital
                tw[i + 1] in NAME_PARTICLES and i in init and w in given and i + 2 < n and (
                    is_cap(tw[i + 2]) or (tw[i + 2] in NAME_PARTICLES and i + 3 < n and is_cap(tw[i + 3]))))
                # "Ad van den Berg, one of the founders": a given name no list knows, then two particles and a capital
                or (tw[i + 1] in VAN_VON and i in init and i + 3 < n and tw[i + 2] in ("der", "den", "de")
                    and is_cap(tw[i + 3]) and w[1:].islower() and (_lex(w.lower()) or "") not in CLOSED_TAGS))
            if w in _CENTURY_WORDS and not nxt and i > 0 and _ORDINAL_WORD.fullmatch(tw[i - 1]):
                return False  # "the most important challenge of the 21st Century.": a time, no name
            initial = i in init
            # Everything _cap_rule() reads, as a memo key (the next word and the headline flag only
            # matter for a sentence-initial word); the answer for both values of "mid".
            # the head of a split compound, unless it ends a known name ("Los Angeles-area", "New York-based")
            # (nor after a given name: "the Jane Goodall-style approach", "a Bernie Sanders-backed candidate")
            in_comp = i in comp and not (i > 0 and text[te[i - 1] : ts[i]] == " " and (
                self.g.lookup(f"{tw[i - 1]} {w}") or self.g.has("given", tw[i - 1])
                or f"{tw[i - 1]} {w}" in well_known_names()  # ("a Taylor Swift-themed dance class")
                or (self.g.has("thing_word", w) and is_cap(tw[i - 1]))))  # ("the Nobel Peace Prize-winning economist")
            key = (w, nxt, i + 1 < n and (nxt or tw[i + 1] == "of"), in_comp, initial,
                   # ("Transport for Wales says", "Environment and Climate Change Canada said" opening a sentence: a known name)
                   tw[i + 1] if (nxt or (initial and i + 1 < n and tw[i + 1] in ("for", "of", "the", "and"))) and (
                       initial or w in _DATE_LEADS) or (w in _SEASON_WORDS and i + 1 < n) else "", headline and initial)
            # (a season's next word, a year or not: "in Fall 2005")
            pair = cap_table.get(key)
            if pair is None:
                if len(cap_table) > MEMO_MAX:
                    cap_table.clear()
                pair = cap_table[key] = _PAIRS[cap_rule(*key, self.g, mid=False), cap_rule(*key, self.g, mid=True)]
            # (mid_caps counts are >= 1: "in" is "mid_caps.get(w)" as a bool)
            return pair[w in mid_caps and not (initial and not nxt and w in inside_only)]

        cap_memo: dict[int, bool] = {}
        surnames = self.surnames
        shout = sent_id in self.shout_ids

        def cap(i: int) -> bool:  # asked several times per token while growing and joining runs
            hit = cap_memo.get(i)
            if hit is None:
                hit = cap_uncached(i) and not (shout and shout_common(tw[i], self.g, mid_caps) and not (
                    # (a factbox's heading "MARK CARNEY" over "Carney, 59, is …": a given name, then a surname the
                    # body writes)
                    (i + 1 < n and self.g.has("given", tw[i].title()) and _shouted_surname(tw[i + 1], self.text))
                    or (i > 0 and self.g.has("given", tw[i - 1].title()) and tw[i - 1].isupper()
                        and _shouted_surname(tw[i], self.text)))) \
                    and not (i + 1 < n and tw[i + 1] == "$" and len(tw[i]) <= 3 and (te[i] == ts[i + 1] or (
                        tw[i].isupper() and i + 2 < n and tw[i + 2][:1].isdigit() and te[i + 1] == ts[i + 2])))
                # ("US$ 5 billion", "AU$", "HK$", "US $332m": a currency, no name)
                if hit and not shout and tw[i].isupper() and _shouted_word(tw[i], self.g) and (
                    (i > 0 and _shouted_word(tw[i - 1], self.g)) or (i + 1 < n and _shouted_word(tw[i + 1], self.g))
                ):
                    hit = False  # "I WON THIS ELECTION, BY A LOT!": words in capitals for emphasis, no names
                if not hit and i in init and tw[i] in surnames and not self.has_lower(tw[i].lower()):
                    hit = True  # "Fielding concluded …" after "Steve Fielding" (not "Police", a word)
                if not hit and i in init and i + 1 < n and _ARABIC_ARTICLE_NAME.match(tw[i + 1]) and tw[i][1:].islower() \
                        and tw[i].isalpha() and text[te[i] : ts[i + 1]] == " " and _lex(tw[i].lower()) in (None, "NN", "JJ") \
                        and tw[i] not in _WHEN_WORDS and tw[i].lower() not in _DAY_WORDS \
                        and not self.g.has("org_word", tw[i]) and not self.g.has("org_suffix", tw[i]):
                    hit = True  # "Hind al-Salehi, an Iraqi activist, claims": a given name before "al-" opening a sentence
                if not hit and i in init and i + 2 < n and tw[i + 1] == "&" and is_cap(tw[i + 2]) \
                        and self.g.lookup(f"{tw[i]} & {tw[i + 2]}") is not None:
                    hit = True  # "Marks & Spencer said", "Black & Decker": a known name with "&" opening a sentence
                if not hit and i in init and tw[i] in firm_words and _firm_cue(tw, i):
                    hit = True  # "Shell reported record profits", "Target cut its forecast": the company
                if not hit and tw[i] == "Us" and i > 1 and tw[i - 1] == "R" and adjacent(i - 1, i):
                    hit = True  # "Toys R Us", "Babies R Us": the brand's last word, no pronoun
                if hit and i not in init and i + 1 < n and tw[i + 1] in _OBJECT_DETERMINERS and tw[i][1:].islower() \
                        and _lex(tw[i].lower()) in ("VBD", "VBN") and tw[i] not in surnames and tw[i] not in given \
                        and not self.g.lookup(tw[i]) and not (i > 0 and is_cap(tw[i - 1]) and adjacent(i - 1, i)):
                    hit = False  # "Mr Andrews' spokesman Defended the appointment": a verb written with a capital
                if not hit and i > 0 and i not in init and tw[i - 1] in given and tw[i][1:].islower() \
                        and self.g.has("surname_word", tw[i]) and adjacent(i - 1, i) and cap_uncached(i - 1):
                    hit = True  # "Alison Till, a geologist, criticized …": a surname that is also a function word
                if not hit and tw[i] in _DIALECT_SURNAMES and i > 0 and i not in init and is_cap(tw[i - 1]) \
                        and adjacent(i - 1, i) and cap_uncached(i - 1):
                    # "Herman Cain", "Geoffrey Howe", "Jiang Yu": a surname, not the lexicon's dialect word
                    # (cap_uncached, not cap: a closure that calls itself is a reference cycle, left to the GC)
                    hit = True
                if not hit and i + 1 < n and tw[i + 1] in _NUMBERED_STREETS and _ORDINAL_WORD.fullmatch(tw[i]) \
                        and text[te[i] : ts[i + 1]] == " ":
                    hit = True  # "on 42nd Street", "West 57th Street", "between 51st and 53rd Streets": a numbered street
                cap_memo[i] = hit
            return hit

        out: list[tuple[list[int], int | None]] = []
        not_name = self.g.words.get("not_name", EMPTY_WORDS)
        given = self.g.words.get("given", EMPTY_WORDS)
        firm_words = self.g.words.get("firm_word", EMPTY_WORDS)
        lines = self.g.words.get("number_line", EMPTY_WORDS)
        products = self.g.words.get("product_name", EMPTY_WORDS)

        def month_name(k: int, *, first: bool) -> bool:
            """A month that is part of a person's name: "Theresa May" (after a given name, no date
            number after it) or "April Ryan" (before a capitalised surname, not after a preposition or a
            day's number: "On 1 June Keating was …")."""
            if tw[k] not in _MONTH_LIKE or (k + 1 < n and tw[k + 1][:1].isdigit()):
                return False
            if not first:
                return tw[k] in _MONTH_NAMES and tw[k - 1] in given
            return (
                not (tw[k] == "May" and k in init)  # "May God bless": the verb
                and k + 1 < n and adjacent(k, k + 1) and cap(k + 1) and tw[k + 1] not in not_name
                and not self.g.lookup(tw[k + 1])
                and not (tw[k + 1] in given and k + 2 < n and adjacent(k + 1, k + 2) and cap(k + 2)
                         and tw[k] not in _MONTH_GIVEN)  # "May Boris Johnson" (not "Jan Peter Balkenende")
                # after a preposition a month is a date ("by June"); "Jan" before a capitalised word is a name
                # ("backed by Jan Novák": the month is written "Jan." or has its day's number)
                and (k == 0 or tw[k] in _MONTH_GIVEN
                     or (tw[k - 1].lower() not in _TIME_PREP and not tw[k - 1].isdigit())
                     # ... unless the article names the person where no date can be: "asked by April Ryan" after
                     # "The reporter April Ryan asked"
                     or f"{tw[k]} {tw[k + 1]}" in self.month_names) and not headline
            )

        paren = "(" in tw  # an acronym in brackets may define a longer name (most sentences have none)
        known = "known" in tw  # … or one after ", known as"
        # a short line of its own in capitals with no end mark: a subheading ("Cancer Patients", "Blockade
        # and Little Aid")
        subheading = self._subheading(toks) if n <= 8 else False
        i = 0  # where the next run may start (the tokens before it are used up)
        skip: set[int] = set()  # words after a category label that start the sentence: no names
        # a wire dateline's town in capitals ("KANSAS CITY, Mo. (AP) —", "SALT LAKE CITY (AP) —"): one name, whatever
        # its words ("CITY", "LAKE" are English words in capitals)
        wire = _WIRE_TOWN.match(text, ts[0]) if n > 2 and ts[0] < _WIRE_REACH and tw[0].isupper() else None
        town = [k for k in range(n) if ts[k] >= wire.start(1) and te[k] <= wire.end(1)] if wire else []
        for c in candidates:  # the other tokens cannot start a run (cap() is False for them)
            # (a particle glued to a capitalised word continues a name and never opens one: "a coup d'État")
            if town and c == town[0] and len(town) > 1:
                run = town
                i = town[-1] + 1
                out.append((run, None))
                continue
            if c < i or c in skip or tw[c][0].islower() and GLUED_PARTICLE.match(tw[c]) \
                    or not (cap(c) or (tw[c] in _MONTH_LIKE and month_name(c, first=True))
                             or (tw[c] in _NAMED_DAYS and c + 1 < n and tw[c + 1] in _WEEKDAYS and adjacent(c, c + 1))
                             # a newspaper named after a weekday: "The Sunday Times", "Sunday Mirror"
                             or (tw[c] in _WEEKDAYS and c + 1 < n and adjacent(c, c + 1)
                                 and self.g.lookup(f"{tw[c]} {tw[c + 1]}") is not None)):
                continue
            run = [c]
            if c > i and tw[c] in _NUMBERED_STREETS and _ORDINAL_WORD.fullmatch(tw[c - 1]) \
                    and text[te[c - 1] : ts[c]] == " ":
                run = [c - 1, c]  # "closed 42nd Street", "the 19th Precinct": the ordinal opens the street's name
            p = c
            while p > i and c - p < 2 and tw[p - 1] in SURNAME_PARTICLES and adjacent(p - 1, p):
                p -= 1
            if p < c and (p == 0 or not is_cap(tw[p - 1]) or (p - 1 in init and _lex(tw[p - 1].lower()) in CLOSED_TAGS)) \
                    and tw[c] in self.surnames:
                # "von der Leyen said" after "Ursula von der Leyen": the surname's particles (not "de
                # Volkskrant", "Université de Montréal", "Secretario de Estado")
                run = [*range(p, c), c]
            while True:
                k = run[-1] + 1
                if k < n and adjacent(run[-1], k) and (
                    (cap(k) and tw[k] not in not_name) or (tw[k] in _MONTH_NAMES and month_name(k, first=False))
                    or (tw[k] in _WEEKDAYS and len(run) == 1 and tw[c] in _NAMED_DAYS)
                ):
                    run.append(k)
                    continue
                joined = self._nickname(toks, run, k, cap) or self._join(toks, run, k, adjacent, cap) \
                    or self._comma_firm(toks, run, k, cap)
                if joined:
                    run.extend(joined)
                    continue
                break
            if (b := c - 1) in init and len(run) >= 2 and b >= i and adjacent(b, c) and tw[b][:1].isupper() and tw[b][1:].islower() \
                    and self.g.has("org_suffix", tw[run[-1]]) and not cap(b) and tw[b] not in not_name \
                    and tw[b] not in _QUANTITY_WORDS and tw[b] not in _FIRM_DESCRIPTORS \
                    and ((low := _lex(tw[b].lower()) or "") == "NN" or (low == "JJ" and _lex(tw[b]) == "NNP")):
                run.insert(0, b)  # "Nuclear Regulation Authority officials said": the body's first word (not
                # "Senior Labour Party figures", "Former Conservative Party leader": the lexicon's "Senior" is no name's;
                # nor "Rival Alphabet Inc reported": a word describing the firm)
            elif (b := c - 1) in init and len(run) == 1 and b >= i and adjacent(b, c) and tw[b][:1].isupper() \
                    and tw[b][1:].islower() and tw[c][1:].islower() and not cap(b) and tw[b] not in not_name \
                    and tw[b] not in _QUANTITY_WORDS and tw[b] not in _NOT_A_NAMES_WORD \
                    and _lex(tw[c].lower()) == "NN" and not self.g.lookup(tw[c]) \
                    and (_lex(tw[b].lower()) or "") in ("JJ", "NN") \
                    and c + 1 < n and tw[c + 1][:1].islower() and tw[c + 1].isalpha():
                run.insert(0, b)  # "Social Security payments rose", "Universal Credit claims fell": a name of two
                # common words opening the sentence, not the second word alone (a sentence goes on after it: not a
                # heading, "Nuclear Power"; nor "Storm Area 51", "Other Cabinet members")
            e = run[-1]
            if e + 1 < n and tw[e + 1].endswith("ers") and _NUMBER_TEAM.fullmatch(tw[e + 1]) and adjacent(e, e + 1):
                run.append(e + 1)  # "the San Francisco 49ers", "the Philadelphia 76ers": the team's name ends in a number
                e += 1
            if e + 1 < n and tw[e + 1][:1].isdigit() and (tw[e] in lines or tw[run[0]] in lines) \
                    and text[te[e] : ts[e + 1]] == " " \
                    and (MODEL_NUMBER.fullmatch(tw[e + 1]) or (tw[e] == "Flight" and FLIGHT_CODE.fullmatch(tw[e + 1]))) \
                    and (tw[e] in products or tw[e] in _YEAR_PLANS or not _YEAR_TOKEN.fullmatch(tw[e + 1])) \
                    and not _score_after(tw, e + 1):
                # "Boeing 737", "Falcon 9", "Apollo 11", "GJ 486b", "Interstate 95", "iPhone 17", "Windows 95": a
                # model or serial number ends the name (not "Galaxy 2 Sounders 1", "Kepler in 1609")
                e += 1
                run.append(e)
                for _ in range(2):
                    if e + 1 < n and tw[e + 1] in MODEL_SUFFIXES and adjacent(e, e + 1):
                        e += 1
                        run.append(e)  # "Boeing 737 MAX", "iPhone 17 Pro", "iPhone 17 Pro Max"
            if e + 3 < n and tw[e + 1] in ("v", "vs") and tw[e + 2] == "." and te[e + 1] == ts[e + 2] \
                    and text[te[e] : ts[e + 1]] == " " and text[te[e + 2] : ts[e + 3]] == " " and is_cap(tw[e + 3]):
                # "Roe v. Wade", "Kelo v. New London": a court case is one name (the capital after "v." is
                # no sentence start)
                k = e + 3
                while k + 1 < n and adjacent(k, k + 1) and (is_cap(tw[k + 1]) or (
                        tw[k + 1] in ("of", "the") and k + 2 < n and adjacent(k + 1, k + 2) and is_cap(tw[k + 2]))):
                    k += 1
                run.extend(range(e + 1, k + 1))
            if e + 4 < n and tw[e + 1] == "(" and text[te[e] : ts[e + 1]] == " " and is_cap(tw[e + 2]):
                # "the Terminally Ill Adults (End of Life) Bill", "the Children (Scotland) Act 1995": a British law's
                # name holds its subject in brackets
                j = e + 2
                while j < n and j - e < 14 and (is_cap(tw[j]) or tw[j] in _BRACKET_LINKS or (
                        tw[j] == ")" and j + 2 < n and tw[j + 1] == "(" and is_cap(tw[j + 2]))  # "(Care and Treatment)
                        or (tw[j] == "(" and tw[j - 1] == ")")):  # (Scotland) Act 2003": two brackets
                    j += 1
                if j + 1 < n and tw[j] == ")" and text[te[j] : ts[j + 1]] == " " and tw[j + 1] in _BRACKET_LAWS:
                    j += 1
                    if j + 1 < n and _YEAR_TOKEN.fullmatch(tw[j + 1]) and text[te[j] : ts[j + 1]] == " ":
                        j += 1
                    run.extend(range(e + 1, j + 1))
            if tw[e] == "Treasury" and len(run) <= 2 and e + 1 < n and tw[e + 1] in _TREASURY_SECURITIES \
                    and adjacent(e, e + 1):
                i = e + 1
                continue  # "the yield on the two-year Treasury note", "Treasury yields rose": a government bond, no actor
            if tw[c] in MODEL_SUFFIXES and c and MODEL_NUMBER.fullmatch(tw[c - 1]) and adjacent(c - 1, c) \
                    and all(tw[x] in MODEL_SUFFIXES or tw[x].isdigit() for x in run[1:]) \
                    and not any(not self.g.has("org_suffix", m.group(1)) for m in
                                re.finditer(rf"([A-Z]\w*) {re.escape(tw[c - 1])} {tw[c]}\b", text)):
                i = c + 1
                continue  # "the 737 MAX", "the 15 Pro", "a 737 Max 9": a model's number and its words, no name (unless
                # the article names the model in full: "Boeing 737 Max", then "the 737 Max"; not "an Alaska Airlines
                # 737 Max 9": an airline's)
            num = c + 1
            if len(run) == 1 and num < n and NUMBER_LABEL.fullmatch(tw[num]) \
                    and text[te[c] : ts[num]] == " " and _lex(tw[c].lower()) == "NN" and tw[c][1:].islower() \
                    and tw[c] not in _COMMON_ALONE and tw[c] not in _NOT_ALONE and tw[c] not in not_name \
                    and tw[c] not in _NUMBERED_PARTS \
                    and (num + 1 >= n or tw[num + 1] not in _SCORE_PUNCT) and not self.has_score \
                    and not (c and tw[c - 1][:1].isdigit()) and not _score_after(tw, num) \
                    and not (len(tw[num]) == 4 and tw[num][:2] in ("19", "20")) and not title_like(tw[c], self.g):
                run.append(num)  # "Proposition 98", "Terminal 4", "Article 5": a numbered thing or place
            elif len(run) == 1 and tw[c] in YEAR_EVENTS and num < n and _YEAR_TOKEN.fullmatch(tw[num]) \
                    and text[te[c] : ts[num]] == " ":
                run.append(num)  # "Euro 2024", "Expo 2020": an event by its year
            elif num < n and tw[num].isdigit() and len(tw[num]) <= 2 and run[-1] == c and text[te[c] : ts[num]] == " " \
                    and self.g.lookup(" ".join(tw[x] for x in run) + " " + tw[num]):
                run.append(num)  # "Ligue 1": a name the gazetteer knows with its number
            elif len(run) > 1 and tw[run[-1]] in _NUMBERED_HEADS and run[-1] + 1 < n \
                    and NUMBER_LABEL.fullmatch(tw[run[-1] + 1]) and text[te[run[-1]] : ts[run[-1] + 1]] == " ":
                run.append(run[-1] + 1)  # "Security Council Resolution 1701": the number is the name's
            half = len(run) // 2
            if len(run) % 2 == 0 and half and [tw[x] for x in run[:half]] == [tw[x] for x in run[half:]] \
                    and self.g.lookup(" ".join(tw[x] for x in run[:half])):
                del run[:half]  # "Australia Australia's opposition …": a category label, then the same name
            elif len(run) > 1 and ts[c] == 0 and self._kicker(tw, run, te[run[-1]]):
                del run[:1]  # "Internet Skype, an Internet phone service, has apologised", "Aviation Boeing's newest
                # aircraft": a section's label at the article's start, then a name the article writes alone
            elif len(run) > 1 and ts[c] < _LABEL_REACH and (c in init or (c == 1 and _YEAR_TOKEN.fullmatch(tw[0]))):
                cut = self._label_cut(tw, run)
                if cut:
                    # "Turkey Thousands of people marched", "Venezuela According to …", "United Kingdom
                    # British-born …": a category label run into the sentence it heads
                    if (_lex(tw[run[cut]].lower()) in _LABEL_NEXT_TAGS or tw[run[cut]] in _QUANTITY_WORDS
                            or (cut + 1 == len(run) and (_lex(tw[run[cut]].lower()) or "")[:2] in ("NN", "JJ")
                                and not self.g.has("given", tw[run[cut]]))
                            or (_lex(tw[run[cut]].lower()) == "JJ" and cut + 1 < len(run)
                                and tw[run[cut + 1]] in self.g.demonyms)) \
                            and not self.g.lookup(" ".join(tw[x] for x in run[cut:])):
                        skip.add(run[cut])  # ("According", "Thousands": no name; not "United States")
                    del run[cut:]
            if len(run) > 1 and tw[run[-1]] in ("A", "An", "The") and run[-1] + 1 < n and tw[run[-1] + 1][:1].islower() \
                    and self.g.lookup(" ".join(tw[x] for x in run[:-1])):
                run.pop()  # "Sri Lanka A bus bombing …": a category label run into the first sentence
            elif len(run) > 1 and tw[run[-1]] == "The":
                run.pop()  # "HRH The Crown Prince": no name ends with "The"
            elif len(run) > 2 and "The" in (mid := [tw[x] for x in run[1:-1]]):
                k = mid.index("The") + 1
                label = " ".join(tw[x] for x in run[:k])
                after = tw[run[k + 1]] if k + 1 < len(run) else ""
                if self.g.lookup(label) or label[-1].isdigit() or "-" in label or label.startswith("Infobox") \
                        or after in self.g.demonyms or (self.g.lookup(after) or ("", ""))[1] == "place":
                    # "United Kingdom The UK Parliament", "APEC2005 The Asia-Pacific …", "Snowy Mountains Scheme
                    # The Australian federal …": a category label or a headline run into the first sentence (not
                    # "Face The Nation", "Save The Children")
                    del run[k:]
                    if not self.g.lookup(label):
                        i = run[-1] + 1
                        continue  # "Germanelection2005", "Archive-unreviewed": a wiki tag, no name
            if k := self._country_cut(tw, run):
                del run[-k:]  # "Crawford , Texas USA Monday": a place, then its country (two places, no organisation)
            if len(run) >= 3 and (k := self._place_then_party(tw, run)):
                del run[k:]  # "Louisiana Republican Governor Bobby Jindal": the state, then the party's member and his title
            if len(run) == 1 and len(tw[c]) == 2 and _PERIOD_CODE.fullmatch(tw[c]) and (c == 0 or not is_cap(tw[c - 1])):
                i = run[-1] + 1
                continue  # "sales rose in Q3", "a weak H1": a quarter or a half of the year (a date), no name ("Audi Q3" is)
            if subheading and all(tw[x][1:].islower() and self.has_lower(tw[x].lower()) for x in run) \
                    and not any(self.g.lookup(tw[x]) for x in run) and not self.g.lookup(" ".join(tw[x] for x in run)):
                i = run[-1] + 1
                continue  # a subheading "Cancer Patients" above "… 10,000 cancer patients …": words, no name
            if len(run) == 1 and c in init and tw[c][1:].islower() and tw[c] not in mid_caps \
                    and _lex(tw[c].lower()) is None and not self.g.lookup(tw[c]) and self.has_lower(tw[c].lower()):
                i = run[-1] + 1
                continue  # "Reindeer actually have ..." beside "larger than reindeer": a word the lexicon lacks
            if len(run) == 1 and c in init and tw[c][1:].islower() and _VERB_FORM.search(tw[c]) \
                    and _lex(tw[c].lower()) is None and not self.g.lookup(tw[c]) and tw[c] not in mid_caps:
                i = run[-1] + 1
                continue  # "Demonising foods based on processing alone is misleading": a verb the lexicon lacks
            if len(run) == 1 and ((_RAND.fullmatch(tw[c]) and _THOUSANDS.match(text, te[c]))
                                  or _CODE_AMOUNT.fullmatch(tw[c]) or _RAND_UNIT.fullmatch(tw[c])):
                i = run[-1] + 1
                continue  # "approximately R400,000", "R2.5 billion", "SEK9 million", "USD910", "N54.99 trillion",
                # "N54.99trn" (naira): an amount, no name
            if len(run) == 1 and c == 0 and sent_id in self.title_ids and tw[c][1:].islower() and tw[c] not in mid_caps \
                    and _lex(tw[c].lower()) is None and not self.g.lookup(tw[c]) and _compound_word(tw[c].lower()) \
                    and tw[c] not in world_cities() and tw[c] not in well_known_people() \
                    and re.compile(rf"\b{re.escape(tw[c])}\b").search(text, te[-1]) is None:
                # (a name the story writes again is kept: "Goldman cuts jobs" ... "Goldman Sachs said")
                i = run[-1] + 1
                continue  # "Heatwave to peak on Wednesday": a headline's first word made of two words, no name
            if (len(run) == 1 and (tw[c] in _COMMON_ALONE or tw[c] in _NOT_ALONE or _lex(tw[c].lower()) == "CD"
                                   # "in Game 5", "Stage 12", "Week 10": a numbered part of a contest, no name
                                   or (tw[c] in _NUMBERED_PARTS and c + 1 < n and tw[c + 1][:1].isdigit())
                                   or (tw[c].isupper() and _lex(tw[c].lower()) in _CAPS_CLOSED_TAGS and not self.g.lookup(tw[c])
                                       and text[ts[c] - 1 : ts[c]] not in ("-", "–")))) \
                    or (shout and (
                (len(run) >= 3 and all(len(tw[x]) <= 3 for x in run) and not any(self.g.lookup(tw[x]) for x in run))
                or (len(run) == 1 and n <= 2 and len(tw[c]) >= 6 and tw[c].isupper() and not self.g.lookup(tw[c])
                    and not self.g.lookup(tw[c].title())
                    and tw[c] not in mid_caps and tw[c].title() not in mid_caps)
            )):
                i = run[-1] + 1
                continue  # "Coronavirus" alone; "L T GF GA PTS": a table's column headers; "STANDINGS": a heading
            e = run[-1]
            if tw[run[0]] == "University" and len(run) >= 3 and tw[run[1]] == "of" and e + 2 < n and tw[e + 1] == "," \
                    and te[e] == ts[e + 1] and text[te[e + 1] : ts[e + 2]] == " " and is_cap(tw[e + 2]):
                k = e + 2
                while k + 1 < n and adjacent(k, k + 1) and is_cap(tw[k + 1]) and k - e < 4:
                    k += 1
                city = " ".join(tw[e + 2 : k + 1])
                if city in world_cities() and (self.g.lookup(city) or ("", "place"))[0] not in _states_and_countries(self.g):
                    run.extend(range(e + 1, k + 1))  # "University of California, San Diego": a campus, one name
            whole = self._defined_by_acronym(toks, run, i) if paren or known else None
            if whole:
                run = whole  # "Citizens for Responsibility and Ethics in Washington (CREW)": one name
            acr = None
            e = run[-1]
            # a capitalised plain word of 4+ letters in brackets, a body's short name ("(Banxico)", "(Phivolcs)")
            plain = e + 3 < n and len(tw[e + 2]) >= 4 and tw[e + 2].isalpha() and tw[e + 2][0].isupper() \
                and tw[e + 2][1:].islower()
            if (
                e + 3 < n
                and tw[e + 1] == "("
                and tw[e + 3] == ")"
                and (_acronym_of(tw[e + 2], ws := [tw[x] for x in run]) or spelled_by(tw[e + 2], ws)
                     # a known body's acronym after another name of it, every word of which begins one of its known name
                     # ("the Free Democrats (FDP)"; not "the Republican National Convention (GOP)")
                     or ((kn := self.g.lookup(tw[e + 2])) is not None and kn[1] == "organization" and tw[e + 2].isupper()
                         and len(run) >= 2 and all(any(w[:5] == k[:5] for k in kn[0].split()) for w in ws
                                                   if w not in ("The", "the")))
                     or (len(run) >= 2 and self.g.has("org_suffix", tw[e]) and 2 <= len(tw[e + 2]) <= 6
                         and tw[e + 2].isupper() and tw[e + 2].isalpha())
                     # a body's short name in brackets ("The Bank of Mexico (Banxico)", "The Philippine Institute of
                     # Volcanology and Seismology (Phivolcs)"): one capitalised word no lexicon, gazetteer or town knows
                     or (plain and len(run) >= 3 and any(self.g.has("org_suffix", tw[x]) for x in run)
                         and _lex(tw[e + 2].lower()) is None and _lex(tw[e + 2]) is None
                         and self.g.lookup(tw[e + 2]) is None and tw[e + 2] not in world_cities())
                     # or a short name cut out of the long one's words ("Bagong Alyansang Makabayan (Bayan)"; not a word
                     # of it: "Luiz Inácio Lula da Silva (Lula)")
                     or (plain and len(run) >= 3 and tw[e + 2].lower() in "".join(tw[x] for x in run[1:]).lower()
                         and tw[e + 2] not in ws)
                     # or the first word clipped ("The Co-operative Group (Co-op)")
                     or (len(run) >= 2 and len(tw[e + 2]) >= 4 and tw[e + 2][0].isupper() and (
                         fw := [w for w in ws if w not in ("The", "the")] or [""])[0] != tw[e + 2]
                         and fw[0].lower().startswith(tw[e + 2].lower())))
            ):  # ("The Asia-Pacific Economic Cooperation (APEC)": its capitals spell the name but "The"; a body's
                # acronym in its own language: "the Superior Electoral Court (TSE)", "Kurdistan Workers' Party (PKK)")
                acr = e + 2
            elif paren and (t := self._ticker_after(tw, e)) is not None:
                acr = t  # "Northwind Robotics, Inc. (NASDAQ: NWRB)": the firm's ticker names it
            out.append((run, acr))
            i = (acr + 2) if acr is not None else run[-1] + 1
            if acr is not None:
                # "(NATO) Security Alliance": capitalised common nouns right after a definition
                j = i
                while j < n and is_cap(tw[j]) and (_lex(tw[j].lower()) or "").startswith("NN") \
                        and text[te[j - 1] : ts[j]] == " ":
                    j += 1
                if j > i and not any(title_like(tw[x], self.g) for x in range(i, j)):
                    # (not "(ANTaR) National Director David Cooper": a title, then a person)
                    out[-1] = (run, acr)
                    self.absorb[(sent_id, run[0])] = te[j - 1]
                    i = j
        return out

    @staticmethod
    def _ticker_after(tw: Sequence[str], e: int) -> int | None:
        """The index of a stock ticker in brackets after token ``e`` ("Acme Corp (NYSE: ACM)", "Northwind
        Robotics, Inc. (NASDAQ: NWRB)": a legal form between them is skipped), or None. The ticker token stands
        where an acronym's would in "Acme Corp (ACM)", so it is the firm's second name."""
        j = e + 1
        n = len(tw)
        if j < n and tw[j] == "." and tw[e] in _LEGAL_FORMS:
            j += 1  # "Apple Inc. (NASDAQ: AAPL)"
        if j < n and tw[j] == ",":
            j += 1
        if j < n and tw[j] in _LEGAL_FORMS:
            j += 1
            if j < n and tw[j] == ".":
                j += 1
        if j + 4 < n and tw[j] == "(" and tw[j + 1].upper() in _EXCHANGES and tw[j + 2] == ":" and tw[j + 4] == ")" \
                and _TICKER.fullmatch(tw[j + 3]):
            return j + 3
        return None

    def _subheading(self, toks: Toks) -> bool:
        """A body line of two to eight words, each capitalised but small linking words, with no end mark."""
        ts, te, tw = toks.start, toks.end, toks.text
        text = self.text
        if not tw or (ts[0] and text[ts[0] - 1] != "\n") or text[te[-1] : te[-1] + 1] not in ("\n", ""):
            return False
        words = [w for w in tw if w[:1].isalpha()]
        return 2 <= len(words) == len(tw) and all(w[0].isupper() or w in _ACRONYM_LINKS for w in words) \
            and words[0][0].isupper()

    def _kicker(self, tw: Sequence[str], run: list[int], end: int) -> bool:
        """Whether a run's first word is a site section's label ("Internet", "Aviation", "Obituaries") run into
        the article's first words, before a name no lexicon word opens that the text writes again later ("Internet
        Skype …"; not "Health Ministry officials", "Business Insider reported": the whole is a name)."""
        from toolkit.text.segment import SECTION_WORDS

        first, second = tw[run[0]], tw[run[1]]
        if not (first in SECTION_WORDS or first in _MORE_SECTIONS) or self.g.lookup(" ".join(tw[x] for x in run)):
            return False
        tag = _lex(second.lower()) or "NNP"
        if not (tag.startswith("NNP") and second[1:].islower() or second.isupper()) or self.g.lookup(f"{first} {second}"):
            return False
        return re.compile(rf"\b{re.escape(second)}\b").search(self.text, end) is not None

    def _label_cut(self, tw: Sequence[str], run: list[int]) -> int:
        """Where a category label ends in a run that opens a sentence: a known place (one to three
        words), then a word that opens sentences and no name ("According", "Thousands", "Several")
        or a demonym ("British"; not "Manchester United signed": a club); after a year, an election's name ("2008 US Presidential Election
        Alaska Governor …"). 0 for no label."""
        words = [tw[x] for x in run]
        if self.g.lookup(" ".join(words)):
            return 0  # "Washington Post", "Sri Lanka Freedom Party"
        for k in (3, 2, 1):
            if k < len(words) and (self.g.lookup(" ".join(words[:k])) or ("", ""))[1] == "place" and (
                    ((_lex(words[k].lower()) in _LABEL_NEXT_TAGS or words[k] in _QUANTITY_WORDS
                      or words[k] in self.g.demonyms
                      # "United Kingdom Local British councillors": an adjective, then a demonym
                      or (_lex(words[k].lower()) == "JJ" and k + 1 < len(words) and words[k + 1] in self.g.demonyms))
                     and words[k] not in COMPASS_POINTS
                     and not (words[k] == "United" and k == len(words) - 1)
                     and not self._org_word(words[k]) and not self.g.has("place_suffix", words[k])
                     and not self.g.has("thing_word", words[k]))
                    or (self.g.lookup(" ".join(words[k:])) or ("", ""))[1] == "place") \
                    or (k < len(words) and (self.g.lookup(" ".join(words[:k])) or ("", ""))[1] == "organization" and (
                        # "European Union According to revised figures, …": a body's category label, then a word that
                        # opens sentences and never continues a name
                        words[k] in ("According", *_QUANTITY_WORDS) or _lex(words[k].lower()) in _LABEL_CLOSED_TAGS)) \
                    or (k < len(words) and (self.g.lookup(label := " ".join(words[:k])) or ("", ""))[1] == "place"
                        # "Kenya Violence has erupted … in Kenya", "New Zealand John Fairfax Holdings Limited announced
                        # … the New Zealand online auction site": a known place as the label, written again right after,
                        # before a common word or a person's given name (not a body's: "Starbucks Coffee")
                        and ((k + 1 == len(words) and (_lex(words[k].lower()) or "")[:2] in ("NN", "JJ")
                              and not self._org_word(words[k]) and not self.g.has("place_suffix", words[k])
                              and not self.g.has("thing_word", words[k]) and not self.g.has("product_word", words[k]))
                             or (len(words) - k >= 2 and self.g.has("given", words[k])))
                        and len(re.findall(rf"\b{re.escape(label)}\b(?!\s+[A-Z])", self.text[: _LABEL_REACH + 200])) >= 1
                        and len(re.findall(rf"\b{re.escape(label)}\b", self.text[: _LABEL_REACH + 200])) >= 2):
                # (the place written alone again: not "Kent Walker, … Kent Hawley")
                # ("Iraq United States officials", "Zimbabwe South Africa's …": two places; not "U.S. State Department")
                return k
        if run[0] == 1 and _YEAR_TOKEN.fullmatch(tw[0]):
            for k, w in enumerate(words[:-1]):
                if w in ("Election", "Elections", "Primaries", "Olympics") and words[k + 1][:1].isupper():
                    return k + 1
        return 0

    def _place_then_party(self, tw: Sequence[str], run: list[int]) -> int:
        """How many words open a run with a known place right before a party's adjective and a title ("Louisiana
        Republican Governor Bobby Jindal", "Texas Democratic Senator X"; not a body: "South Carolina Democratic Executive
        Council"); 0 for none."""
        words = [tw[x] for x in run]
        for k in (1, 2):
            if k + 2 <= len(words) and words[k] in PARTY_SHORT and title_like(words[k + 1], self.g) \
                    and not self._org_word(words[-1]) \
                    and (self.g.lookup(" ".join(words[:k])) or ("", ""))[1] == "place":
                return k
        return 0

    def _country_cut(self, tw: Sequence[str], run: list[int]) -> int:
        """How many words at the end of a run of two to four are a country's name after a known place
        ("Texas USA", "Lyon France", "Pakistan Iran"): the run is two places. 0 for none, also after a compass word
        or a region's lead ("West Iran", "Atlantic Canada") and for a known name ("Paris Saint-Germain")."""
        words = [tw[x] for x in run]
        g = self.g
        if not 2 <= len(words) <= 4 or words[0] in COMPASS_POINTS or words[0] in _REGION_LEADS or g.lookup(" ".join(words)):
            return 0
        for k in (1, 2):
            tail = g.lookup(" ".join(words[-k:])) if len(words) > k else None
            if tail is not None and tail[1] == "place" and tail[0] in countries(g) \
                    and ((g.lookup(" ".join(words[:-k])) or ("", ""))[1] == "place"
                         # "According to Pahad South Africa wishes …" (a comma left out): the surname of a person
                         # the article names with a given name, then the country
                         or (len(words) - k == 1 and words[0] in self.surnames and _lex(words[0].lower()) is None
                             and tail[0] not in _CONTINENTS)):  # (not "Forbes Asia": a magazine's edition)
                return k
        return 0

    def _defined_by_acronym(self, toks: Toks, run: list[int], free: int) -> list[int]:
        """A run grown to the name an acronym in brackets after it defines: the acronym's capitals
        are the initials of every capitalised word from the run's start (or from the sentence's
        first word, a capitalised word the run left out, when only linking words lie between:
        "Citizens for Responsibility …") to the bracket ("Citizens for Responsibility and Ethics in
        Washington (CREW)", "Organisation for Security and Co-operation in Europe (OSCE)"; or after ", known as"), with
        lower-case linking words and capitalised words only between; [] when there is no such
        acronym. ``free``: the first token no earlier run holds."""
        ts, te, tw = toks.start, toks.end, toks.text
        n = len(tw)
        text = self.text
        k = run[-1] + 1
        # a space, or a hyphen inside a compound ("Asia-Pacific", "Co-operation in")
        while k < n and k - run[-1] <= 8 and tw[k] != "(" and _LINK_GAP.fullmatch(text[te[k - 1] : ts[k]]) and (
                tw[k] in _ACRONYM_LINKS or is_cap(tw[k])):
            k += 1
        if k + 2 < n and tw[k] == "(" and tw[k + 2] == ")":
            acr = k + 1
        elif k + 3 < n and tw[k] == "," and tw[k + 1] == "known" and tw[k + 2] == "as":
            acr = k + 3  # "the Committee on Foreign Investment in the United States, known as CFIUS,"
        else:
            return []
        if not is_cap(tw[k - 1]):
            return []
        starts = [run[0]] if k > run[-1] + 1 else []
        b = run[0] - 1
        while b > 0 and tw[b] in _ACRONYM_LINKS:
            b -= 1
        if b == 0 and free == 0 and run[0] <= 4 and is_cap(tw[0]) and all(
                _LINK_GAP.fullmatch(text[te[x - 1] : ts[x]]) for x in range(1, run[0] + 1)):
            starts.append(0)
        for s0 in starts:
            if spelled_by(tw[acr], tw[s0:k]):
                return list(range(s0, k))
        return []

    def _nickname(self, toks: Toks, run: list[int], k: int, cap: Any) -> list[int]:
        """A nickname in quotes between a given name (and an initial) and a surname ('Lewis "Scooter" Libby',
        'Dwayne “The Rock” Johnson', 'Ivan L. “Chip” Frederick'): the tokens from the opening quote to the surname."""
        ts, te, tw = toks.start, toks.end, toks.text
        n = len(tw)
        k0, last_end = k, te[run[-1]]
        if len(run) == 2 and k < n and tw[k] == "." and ts[k] == last_end:
            k, last_end = k + 1, te[k]  # the initial's dot ("Ivan L. “Chip” Frederick")
        if not (len(run) == 1 or (len(run) == 2 and len(tw[run[1]].rstrip(".")) == 1 and tw[run[1]].isupper())) \
                or k + 3 >= n or tw[k] not in _NICK_CLOSE or self.text[last_end : ts[k]] != " " \
                or not (self.g.has("given", tw[run[0]]) or _lex(tw[run[0]].lower()) is None) or self.g.lookup(tw[run[0]]) \
                or tw[run[0]] in self.g.demonyms:
            return []
        close = _NICK_CLOSE[tw[k]]
        j = k + 1
        while j < n and j - k <= 3 and is_cap(tw[j]) and (j == k + 1 or self.text[te[j - 1] : ts[j]] == " "):
            j += 1
        if j == k + 1 or j + 1 >= n or tw[j] != close or ts[j] != te[j - 1] or self.text[te[j] : ts[j + 1]] != " " \
                or ts[k + 1] != te[k] or not cap(j + 1) or self.g.lookup(tw[j + 1]):
            return []
        return list(range(k0, j + 2))

    def _owner(self, w: str) -> bool:
        """A possessive's word that names an owner of its own: a known place or organisation ("India's Ministry
        of ...", "Google's Library Project") or a surname the article writes after a given name ("Clinton's
        Senate") that is no English word; not "the Workers' Party", "People's Republic", "Sierra Leone People's
        Party", "Queen's University"."""
        return (self.g.lookup(w) or ("", ""))[1] in ("place", "organization") \
            or (w in self.surnames and _lex(w.lower()) is None)

    def _plural_owner_name(self, tw: Sequence[str], ts: Sequence[int], te: Sequence[int], j: int) -> bool:
        """Whether the capitalised words from ``j`` (up to three, one space apart) end with a body's or a thing's
        word, after a plural's possessive ("Renters' Rights Act", "Teachers' Pension Scheme", "Veterans' Affairs
        Committee"; not "the workers' Christmas party" nor "voters' Labour loyalty")."""
        g = self.g
        for k in range(j, min(j + 3, len(tw))):
            if not is_cap(tw[k]) or (k > j and self.text[te[k - 1] : ts[k]] != " "):
                return False
            if k > j and (self._org_word(tw[k]) or g.has("other_word", tw[k])):
                return True
        return False

    def _org_word(self, w: str) -> bool:
        """An organisation ending or word ("Party", "Union", "Ministry"): after a possessive it continues
        the name ("the Workers' Party")."""
        return (self.g.has("org_suffix", w) or self.g.has("org_word", w)) and w not in _FIELD_SUFFIXES

    def _common_and(self, left: list[str], right: list[str]) -> bool:
        """Whether ``left and right`` is one institution's name: ``left`` is "Department/Ministry/... of
        Y" with Y capitalised common words (title words allowed: "Health"), ``right`` one to three nouns
        or adjectives ending in a noun, no title among them, and no word a known name or given name."""
        g = self.g

        def common(w: str, tags: tuple[str, ...] = ("NN", "NNS", "JJ"), titles: bool = False) -> bool:
            # (an adjective the lexicon lacks counts by its ending: "Institute of Space and Astronautical Science")
            return (_lex(w.lower()) or ("JJ" if _ADJECTIVE_END.search(w) else "")) in tags \
                and not g.lookup(w) and w not in g.demonyms \
                and not g.has("given", w) and (titles or not title_like(w, g) and w not in CORE_TITLES)

        if not right or len(right) > 3 or not common(right[-1], ("NN", "NNS")) or not all(map(common, right)) \
                or not _CENTRES.isdisjoint(right):
            return False  # (not "the Center for Biological Diversity and Center for Food Safety": two)
        if g.lookup(" ".join(right)):
            return False
        at = next((i for i, w in enumerate(left) if i and w in ("of", "on", "for")), 0)
        if at and (g.has("org_suffix", left[at - 1]) or self._org_word(left[at - 1])
                   or (left[at] == "for" and left[at - 1] in _CENTRES)):
            # "Department of Health and Human Services", "National Institute of Allergy and Infectious
            # Diseases": the institution's head right before "of", its field common words
            return all(common(w, titles=True) for w in left[at + 1 :] if w not in CONNECT)
        # "Senate Homeland Security and Governmental Affairs Committee", "Fish and Wildlife Service": the fields of
        # one body (not "House and Senate Intelligence Committee", "Federal Reserve and Treasury Department": two
        # bodies; not "Senate and House", "Government and Opposition": two names, or none)
        return len(right) >= 2 and g.has("org_suffix", right[-1]) and right[-1] != "Party" and _CHAMBERS.isdisjoint(right) \
            and (left[0] in _CHAMBERS and len(left) > 1 or common(left[0], titles=True)) \
            and all(common(w, titles=True) for w in left[1:]) and not g.lookup(" ".join(left)) \
            and not (len(left) >= 2 and left[-1] == right[-1])  # (not "Silicon Valley Bank and Signature Bank": two)

    def _comma_firm(self, toks: Toks, run: list[int], k: int, cap: Any) -> list[int]:
        """'Keefe, Bruyette & Woods', 'Skadden, Arps, Slate, Meagher & Flom': a firm named by its partners'
        surnames, commas between them and "&" before the last, is one name (not "France, Germany & Italy": a
        list of places; nor "Tom, Dick & Harry": given names)."""
        tw = toks.text
        if len(run) != 1 or k >= len(tw) or tw[k] != ",":
            return []  # (most runs: asked at every run's end)
        ts, te, text = toks.start, toks.end, self.text
        n = len(tw)
        if te[run[0]] != ts[k]:
            return []
        parts = [run[0]]
        j = k
        while j + 2 < n and len(parts) < 6:
            if tw[j] == "," and text[te[j] : ts[j + 1]] == " " and cap(j + 1) and te[j + 1] == ts[j + 2] and tw[j + 2] == ",":
                parts.append(j + 1)
                j += 2
                continue
            if tw[j] == "," and j + 3 < n and text[te[j] : ts[j + 1]] == " " and cap(j + 1) and tw[j + 2] == "&" \
                    and text[te[j + 1] : ts[j + 2]] == " " and text[te[j + 2] : ts[j + 3]] == " " and cap(j + 3):
                parts += [j + 1, j + 3]
                break
            return []
        else:
            return []
        words = [tw[x] for x in parts]
        if not all(w.isalpha() and w[1:].islower() for w in words) or any(
                self.g.lookup(w) is not None or w in self.g.demonyms or w in _MONTH_NAMES or w in _WEEKDAYS for w in words) \
                or sum(self.g.has("given", w) for w in words) >= 2:  # ("Deirdre, Wyatt & Zach": a family)
            return []
        return list(range(k, parts[-1] + 1))

    def _prize_field(self, toks: Toks, k: int, adjacent: Any, cap: Any) -> list[int]:
        """The field after a prize's "in" ("the Nobel Prize in Chemistry", "… in Physiology or Medicine", "the Nobel
        Memorial Prize in Economic Sciences"): the tokens from "in" to the field's last word, when every word of the
        field is a common noun or adjective (not "the Nobel Prize in Oslo": a place), else []."""
        tw, n = toks.text, len(toks.text)
        end = k
        while end + 1 < n and adjacent(end, end + 1) and cap(end + 1):
            end += 1
            if end + 2 < n and tw[end + 1] in ("or", "and") and adjacent(end, end + 1) and adjacent(end + 1, end + 2) \
                    and cap(end + 2):
                end += 1  # "Physiology or Medicine"
        field = [tw[x] for x in range(k + 1, end + 1) if tw[x] not in ("or", "and")]
        if not field or len(field) > 3 or any(
                (_lex(x.lower()) or "NNP")[:2] not in ("NN", "JJ") or (_lex(x.lower()) or "").startswith("NNP")
                or self.g.lookup(x) is not None or x in world_cities() or x in self.g.demonyms for x in field):
            return []
        return list(range(k, end + 1))

    def _join(self, toks: Toks, run: list[int], k: int, adjacent: Any, cap: Any) -> list[int]:
        ts, te, tw = toks.start, toks.end, toks.text
        n = len(tw)
        if k + 1 < n and tw[k] in ("'", "’") and te[run[-1]] == ts[k] and tw[run[-1]].endswith("s") \
                and self.text[te[k] : ts[k + 1]] == " " and is_cap(tw[k + 1]) and (
                    self._org_word(tw[k + 1]) or (len(run) == 1 and _common_plural(tw[run[0]])
                                                  and self._plural_owner_name(tw, ts, te, k + 1))):
            # "the Workers' Party", "the Builders' Union": a plural possessive inside one name (also before a body's
            # or a thing's name of two or three words: "the Renters' Rights Act", "the Teachers' Pension Scheme")
            end = k + 1
            while end + 1 < n and adjacent(end, end + 1) and cap(end + 1):
                end += 1
            return list(range(k, end + 1))
        if k >= n or not adjacent(run[-1], k):
            return []
        w = tw[k]
        nxt = k + 1
        if w == "in" and tw[run[-1]] in PRIZE_WORDS:
            return self._prize_field(toks, k, adjacent, cap)
        if w == "on" and nxt < n and tw[nxt] in _WEEKDAYS and adjacent(k, nxt) \
                and self.g.lookup(" ".join([*(tw[x] for x in run), "on", tw[nxt]])) is not None:
            return [k, nxt]  # "the Mail on Sunday", "Scotland on Sunday": a newspaper
        if w in ("of", "for", "on") and nxt < n and tw[nxt] == "the" and adjacent(k, nxt):
            nxt += 1
        elif w == "for" and nxt < n and tw[nxt] == "The":
            return []  # "(left) Blues Incorporated for The Rolling Stones": two names
        elif w in NAME_PARTICLES:  # "Ursula von der Leyen", "Vincent van den Berg": particles in a row
            while nxt < n and tw[nxt] in NAME_PARTICLES and adjacent(nxt - 1, nxt):
                nxt += 1
        if nxt >= n or not adjacent(nxt - 1, nxt) or not cap(nxt):
            return []
        left = [tw[x] for x in run]
        # the right part: the capitalised run after the connector
        right = [nxt]
        while right[-1] + 1 < n and adjacent(right[-1], right[-1] + 1) and cap(right[-1] + 1):
            right.append(right[-1] + 1)
        if w == "and" and (cut := next((i for i in range(1, len(right)) if tw[right[i]] in CORE_TITLES
                                        and tw[right[i - 1]] in _ON_HEADS), None)) is not None:
            right = right[:cut]  # "the Homeland Security and Governmental Affairs Committee Senator Susan Collins": the
            # body's name ends before the title of the person after it
        if w == "of" and len(right) >= 2 and (tw[nxt] in CORE_TITLES or (
                tw[nxt] in _TITLE_LEADS and tw[right[1]] in CORE_TITLES and len(right) >= 3)) \
                and not self.g.lookup(" ".join(tw[x] for x in right)) and not any(x in toks.poss for x in right) \
                and not all(tw[x] in CORE_TITLES or title_like(tw[x], self.g) for x in right):
            # (not "the Office of the Attorney General", "the Office of the Inspector General": titles alone, the
            # office's name)
            # "The Greens of Vice Chancellor Robert Habeck": a body and its leader, no one name (not "the 2nd Battalion
            # of Princess Patricia's Canadian Light Infantry": a regiment named for its patron)
            return []
        if w == "and" and (e := right[-1]) + 2 < n and tw[e + 1] in _APOSTROPHES and te[e] == ts[e + 1] \
                and tw[e].endswith("s") and self.text[te[e + 1] : ts[e + 2]] == " " and is_cap(tw[e + 2]) \
                and self._org_word(tw[e + 2]):
            # "the Universities and Colleges Employers’ Association": the plural possessive inside the right part
            right += [e + 1, e + 2]
        whole = self.text[ts[run[0]] : te[right[-1]]]
        if self.g.lookup(whole):
            return list(range(k, right[-1] + 1))
        if w == "and" and len(left) > 1 and any(
                self.g.lookup(self.text[ts[run[i]] : te[right[-1]]]) for i in range(1, min(len(run), 8))):
            return list(range(k, right[-1] + 1))  # "the UK Foreign and Commonwealth Office": a known name, a word before
        if w == "&":
            if _CITATION_YEAR_AFTER.match(self.text, te[right[-1]]):
                return []  # "(Marsden & Mackey, 2014)": two authors of a cited work, no firm
            if all((self.g.lookup(" ".join(part)) or ("", ""))[1] == "place" for part in (left, [tw[x] for x in right])):
                return []  # "France, Germany & Italy": places in a list (not "Trinidad & Tobago": a known name, above)
            return list(range(k, right[-1] + 1))
        if w == "on":
            # "Council on Foreign Relations", "Intergovernmental Panel on Climate Change", "Convention on the
            # Rights of the Child": a body or treaty named for its subject (not "the Council on Monday", "the
            # Commission on Iraq": a day, a place)
            rw = [tw[x] for x in right]
            if tw[run[-1]] in _ON_HEADS and _WHEN_WORDS.isdisjoint(rw) \
                    and (self.g.lookup(" ".join(rw)) or ("", ""))[1] != "place" and rw[0] not in self.g.demonyms \
                    and not self.g.has("thing_word", rw[-1]):  # (not "Review Conference on the … Treaty": two names)
                return list(range(k, right[-1] + 1))
            return []
        if w == "and":
            # "National Air and Space Museum", "The Globe and Mail", "Defence Research and Development
            # Organisation": one institution whose name holds "and" (a field word is no name's end there)
            tail = tw[right[-1]]
            if len(right) == 1 and tail in FIRM_KIN and not self.g.lookup(" ".join(left)):
                return list(range(k, right[-1] + 1))  # "EG Green and Sons", "Smith and Associates": a firm's name
            if tail in _AND_THING_TAILS and len(right) <= 3 and len(left) <= 3 and self.g.lookup(" ".join(left)) is None \
                    and all((x.isupper() and len(x) >= 2) or x in self.g.demonyms
                            or (_lex(x.lower()) or "")[:2] in ("NN", "JJ", "VB") and not self.g.has("given", x)
                            and not (_lex(x.lower()) or "").startswith("NNP") and self.g.lookup(x) is None
                            and not self.g.has("org_word", x) and not self.g.has("org_suffix", x) for x in left) \
                    and self.g.lookup(" ".join(tw[x] for x in right)) is None:
                return list(range(k, right[-1] + 1))  # "the CHIPS and Science Act", "the Tax Cuts and Jobs Act": one law
                # ("the NIH-AARP Diet and Health Study": one study)
            if tail in _JOINT_SERVICES and len(right) == 2 and len(left) <= 2 and not self.g.has("given", left[0]) \
                    and ((self.g.lookup(" ".join(left)) or ("", ""))[1] == "place"
                         or (self.g.lookup(tw[right[0]]) or ("", ""))[1] == "place"):
                return list(range(k, right[-1] + 1))  # "Devon and Cornwall Police": a service of two places
            if _CONSTITUENCY_AFTER.match(self.text, te[right[-1]]) and len(left) <= 2 and len(right) <= 2 \
                    and not self.g.has("given", left[0]) and run[0] > 0 and tw[run[0] - 1].lower() in _SEAT_DETERMINERS:
                return list(range(k, right[-1] + 1))  # "his Richmond and Northallerton constituency": one seat
            # the seat's first part: after "seat of" before the run, or after "MP for" inside it ("the MP for Brighton")
            j = max((x for x, t in enumerate(left) if t == "for" and x and left[x - 1].lower() in CONSTITUENCY_OF),
                    default=-1)
            seat = left[j + 1 :]
            if 1 <= len(seat) <= 2 and len(right) <= 2 and not self.g.has("given", seat[0]) \
                    and not any(t in CORE_TITLES for t in (*seat, tw[right[0]])) and (j >= 0 or (
                    run[0] > 1 and ((tw[run[0] - 1] == "of" and tw[run[0] - 2].lower() in _SEAT_NOUNS)
                                    or (tw[run[0] - 1] == "for" and tw[run[0] - 2].lower() in CONSTITUENCY_OF)))) \
                    and (right[-1] + 1 >= n or not is_cap(tw[right[-1] + 1])):
                return list(range(k, right[-1] + 1))  # "his seat of Richmond and Northallerton", "the MP for Brighton
                # and Hove": one seat
            if left[-1] in _PAIRED_GRADES and tw[right[0]] in _PAIRED_GRADES and len(right) <= 4 \
                    and any(tw[x] in _SCHOOL_HEADS for x in right):
                return list(range(k, right[-1] + 1))  # "LEA Primary and Secondary School Kuriga": one school
            if (self.g.has("org_suffix", tail) or self.g.has("place_suffix", tail)) \
                    and len(right) - sum(tw[x] in _APOSTROPHES for x in right) <= (
                        4 if len(left) == 1 and (_lex(left[0].lower()) or "") == "NN" else 3) \
                    and (not any((self.g.has("org_suffix", x) and x not in _FIELD_SUFFIXES) or self.g.has("place_suffix", x)
                                 or self.g.has("given", x) for x in left) or _GENERIC_LEFT.fullmatch(" ".join(left))) \
                    and self.g.lookup(" ".join(left)) is None and not self.g.has("thing_name", " ".join(left)) \
                    and self.g.lookup(" ".join(tw[x] for x in right[:-1])) is None \
                    and not (self.g.has("place_suffix", tail) and " ".join(left) in world_cities()) \
                    and not _two_names(left, [tw[x] for x in right], self.g):
                # (not "Reno and Carson City": two cities)
                return list(range(k, right[-1] + 1))
            if ("of" in left[1:] or "on" in left[1:]) and len(right) <= 2 and all(
                ((_lex(tw[x].lower()) or "") in ("NN", "NNS")
                 or (_lex(tw[x].lower()) is None and _ABSTRACT_END.search(tw[x])))
                and tw[x] not in CORE_TITLES and tw[x] not in _CENTRES
                for x in right
            ) and not self.g.has("given", left[-1]) and (nxt_i := right[-1] + 1) < n and not is_cap(tw[nxt_i]):
                # (not "the Minister of Finance Paul Martin and Secretary of State …": a name, then a title)
                # "Institute of Volcanology and Seismology" (not "University of Washington and Center for …": two)
                return list(range(k, right[-1] + 1))
            if self._common_and(left, [tw[x] for x in right]) and (right[-1] + 1 >= n or not is_cap(tw[right[-1] + 1])):
                # "Department of Housing and Urban Development": an institution's field of two parts
                return list(range(k, right[-1] + 1))
            return []
        if w in CONNECT:
            head = left[-1]
            low = _lex(head.lower()) or ""
            if w in ("of", "for"):
                named = left
                while len(named) > 2 and (title_like(named[0], self.g) or named[0] in _PARTY_MEMBERS):
                    named = named[1:]  # "Sen. Elizabeth Warren of Massachusetts", "Democrat Barbara Boxer of California"
                right_type = (self.g.lookup(" ".join(tw[x] for x in right)) or ("", ""))[1]
                right_org = right_type == "organization" or self.g.has("org_suffix", tw[right[-1]])
                no_org_word = not any(self.g.has("org_suffix", x) or self.g.has("org_word", x) for x in named)
                person_like = (
                    len(named) >= 2 and no_org_word and not any(self.g.has("place_suffix", x) for x in named)
                    and self.g.has("given", named[0]) and (right_type == "place" or right_org)
                ) or (
                    # "Darrell Castle of the Constitution Party": a two-word name, then a known organisation
                    len(named) == 2 and right_org and w == "of" and _lex(named[0].lower()) is None and no_org_word
                ) or (
                    len(left) >= 2 and low != "NN" and not self.has_lower(head.lower())
                    and (_lex(left[0].lower()) is None or self.g.has("given", left[0]))
                    and left[0] not in self.g.demonyms  # (not "Israeli Chief of Staff Lt Gen Dan Halutz": a title)
                    and not any(self.g.has("org_suffix", x) or self.g.has("org_word", x) or self.g.has("place_suffix", x)
                                or x in CORE_TITLES for x in left)
                )  # "Xiaogang Wei of the Beijing ... Institute": a person, then their institution
                generic = (
                    (low.startswith("NN") and not low.startswith("NNP") and not person_like)
                    or self.g.has("org_word", head) or self.g.has("org_suffix", head)
                    or (self.g.has("place_suffix", head) and not person_like) or head in CORE_TITLES
                    or (self.g.has("title", head) and not person_like)  # "Chief of Staff John Kelly"
                    or head in NOBLE_TITLES  # "the Duchess of Sussex" (the lexicon lacks "duchess")
                    or (self.g.has("place_first", head) and len(left) == 1)  # "the Vale of Glamorgan"
                )
                if not generic or self.g.lookup(" ".join(left)):
                    return []
                if w == "for" and len(left) >= 2 and run[0] and tw[run[0] - 1] in _PLACE_PREPS and low == "NN" \
                        and not (self.g.has("org_word", head) or self.g.has("org_suffix", head) or head in _CENTRES):
                    return []  # "moves to Hilton Head for the RBC Heritage": a place, then what one goes there for
                rw = [tw[x] for x in right]
                if w == "of" and 2 <= len(rw) <= 3 and (self.g.has("given", rw[0]) or (
                        _lex(rw[0].lower()) is None and _lex(rw[-1].lower()) is None and rw[-1][1:].islower())) \
                        and self.g.lookup(" ".join(rw)) is None and self.g.lookup(whole) is None \
                        and (self.g.has("org_suffix", head) or self.g.has("org_word", head)) and not any(
                            self.g.has("org_suffix", x) or self.g.has("org_word", x) or self.g.has("place_suffix", x)
                            or self.g.lookup(x) for x in rw) \
                        and not (right[-1] + 2 < n and tw[right[-1] + 1] == ","
                                 and (self.g.lookup(tw[right[-1] + 2]) or ("", ""))[1] == "place") \
                        and not (right[-1] + 2 < n and tw[right[-1] + 1] in NAME_PARTICLES and is_cap(tw[right[-1] + 2])):
                    return []  # "the Samajwadi Party of Akhilesh Yadav": a body, then its leader (two names; not
                    # "Calvary Church of Santa Ana, California": a town; nor "University of Rio Grande do Sul": a
                    # place's name goes on after a particle)
            return list(range(k, right[-1] + 1))
        return []


#: prepositions of place before a name ("to Hilton Head for the …")
_PLACE_PREPS = frozenset(["to", "in", "at", "into", "from", "near", "outside", "around"])


#: the grades of a school named together ("Primary and Secondary School")
_PAIRED_GRADES = frozenset(["Primary", "Secondary", "Junior", "Senior", "Elementary", "Middle", "High", "Infant", "Infants",
                            "Nursery", "Upper", "Lower", "Boys", "Girls", "Boys'", "Girls'"])
_SCHOOL_HEADS = frozenset(["School", "Schools", "College", "Academy"])


#: an acronym before "party" ("the ACT party's David Seymour")
_PARTY_ACRONYM = re.compile(r"\b([A-Z]{2,6})\s+[Pp]arty\b")
#: the words inside the brackets of a British law's name besides capitalised ones ("(End of Life)") and its last
#: words after them
_BRACKET_LINKS = frozenset(["of", "and", "the", "for", "on", "to", "in", "&"])
_BRACKET_LAWS = frozenset(["Bill", "Act", "Order", "Regulations", "Measure"])
#: the last word of a law's, a study's or a programme's name that may hold "and" between common words ("the CHIPS and
#: Science Act", "the Diet and Health Study")
_AND_THING_TAILS = frozenset(["Act", "Bill", "Study", "Survey", "Strategy", "Programme", "Program"])


def _two_names(left: list[str], right: list[str], g: Gazetteer) -> bool:
    """Whether "left and right" names two bodies, not one whose name holds "and": either side holds an
    acronym or a brand in camel case ("NBC Universal and Paramount Pictures", "DirecTV and XM Satellite
    Radio", "Coventry FC and Crystal Palace"), both open with the same word ("Setanta Golf and Setanta Sports
    News"), the right opens with "The" or is a known name ("Civic Platform and The Alliance …", "Democratic
    and Republican Party", "European and African Union"), or both have two words or more, the left opening with a place
    and the right with a place, a given name or a word the lexicon lacks ("Georgia Power and Duke Energy")."""
    if right[0] == "The" or right[0] == left[0] or g.lookup(" ".join(right)) is not None:
        return True
    if len(left) >= 2 and len(right) >= 2 and a_place(left[0], g) and (
            a_place(right[0], g) or g.has("given", right[0]) or _lex(right[0].lower()) is None):
        return True  # "Georgia Power and Duke Energy", "Lincoln Financial and Austin Energy": two firms, each named in full
        # from its town or its founder (not "National Air and Space Museum", "Queensland Fire and Emergency Services")
    for w in (*left, *right):
        bare = w.replace(".", "")
        if _CAMEL.search(w) or (len(bare) >= 2 and bare.isupper() and (g.lookup(w) or ("", ""))[1] != "place"):
            return True  # (not a country's acronym: "U.S. Food and Drug Administration" is one body)
    return False


#: lower-case words inside a name that an acronym defined after it skips ("Citizens for Responsibility
#: and Ethics in Washington (CREW)")
_ACRONYM_LINKS = frozenset(["and", "of", "for", "in", "on", "the", "&", "de", "du", "des", "la", "le", "to", "at"])
_LINK_GAP = re.compile(r" |-|-[a-z]+ ")
#: word classes of a sentence's first word after a category label ("Turkey Thousands of …", "Belarus Eleven people …")
_LABEL_NEXT_TAGS = frozenset(["IN", "DT", "CC", "RB", "VBG", "VBN", "PRP", "PRP$", "WRB", "MD", "EX", "JJS", "JJR", "CD"])
#: the closed-class ones, which may follow a body's label too ("European Union The …")
_LABEL_CLOSED_TAGS = frozenset(["IN", "DT", "CC", "PRP", "PRP$", "WRB", "MD", "EX"])
#: words that open a sentence to describe the firm named next ("Rival Alphabet Inc reported", "Parent company …")
_FIRM_DESCRIPTORS = frozenset(["Rival", "Parent", "Fellow", "Sister", "Troubled", "Embattled", "Struggling", "Ailing",
                               "Beleaguered", "Retailer", "Lender", "Insurer", "Miner", "Carmaker", "Automaker",
                               "Chipmaker", "Drugmaker", "Startup", "Conglomerate", "Broadcaster", "Publisher"])
_NUMBER_TEAM = re.compile(r"\d{2}ers")
#: Stock exchanges before a ticker in brackets ("(NASDAQ: NWRB)", "(NYSE: ACM)").
_EXCHANGES = frozenset(["NASDAQ", "NYSE", "NYSEAMERICAN", "AMEX", "LSE", "TSX", "TSXV", "ASX", "OTC", "OTCQX", "OTCQB",
                        "HKEX", "SEHK", "TYO", "TSE", "SGX", "NSE", "BSE", "JSE", "XETRA", "FWB", "EURONEXT", "SIX"])
_TICKER = re.compile(r"[A-Z][A-Z.]{0,5}")
#: Legal forms after a firm's name and a comma ("Northwind Robotics, Inc.").
_LEGAL_FORMS = frozenset(["Inc", "Corp", "Corporation", "Ltd", "LLC", "plc", "PLC", "AG", "SA", "NV", "SE", "Co",
                          "Limited", "Incorporated", "LP", "LLP", "GmbH", "AB", "ASA", "Oyj", "SpA", "BV"])


_SCORE = re.compile(r"\d{1,2}[-–]\d{1,2}")


def _score_after(tw: Sequence[str], k: int) -> bool:
    """Token ``k``, a number, is a score: another name and its number follow ("Galaxy 2 Sounders 1",
    "LA Galaxy 3, Seattle Sounders 1"), or is one of two small numbers ("beat the Galaxy 2-1": no model is
    numbered so)."""
    if _SCORE.fullmatch(tw[k]):
        return True
    j = k + 1
    if j < len(tw) and tw[j] in _SCORE_PUNCT:
        j += 1
    elif j + 1 < len(tw) and tw[j] in MODEL_SUFFIXES and tw[j + 1][:1].isdigit():
        return False  # "Boeing 737 Max 9": a model's variant, no score
    end = min(j + 4, len(tw))
    while j < end and tw[j][:1].isupper():
        j += 1  # "Seattle Sounders 1"
    return j < len(tw) and j > k + 1 and tw[j - 1][:1].isupper() and tw[j][:1].isdigit()
_QUANTITY_WORDS = frozenset(["Thousands", "Hundreds", "Millions", "Dozens", "Tens", "Scores", "Several", "Many", "Some",
                             "Multiple", "Various", "Numerous"])
_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")
#: section labels beyond a site menu's (:data:`toolkit.text.segment.SECTION_WORDS`) that head a wire's or wiki's story
_MORE_SECTIONS = frozenset(["Internet", "Aviation", "Crime", "Law", "Disasters", "Space", "Media", "Obituary"])
_LABEL_REACH = 200  # category labels head an article: only a run starting this near the text's start is cut


def spelled_by(acr: str, words: Sequence[str]) -> bool:
    """Whether the capitals of ``acr`` (three or more) are the initials of the capitalised words
    (and of the capitalised parts of hyphenated ones) of ``words``, a leading "The" aside:
    "CREW" of "Citizens for Responsibility and Ethics in Washington", "APEC" of "Asia-Pacific
    Economic Cooperation"."""
    letters = "".join(c for c in singular_acronym(acr) if c.isupper())
    if words and words[0] in ("The", "A", "An"):
        words = words[1:]
    initials = "".join(p[0] for w in words if is_cap(w) for p in w.split("-") if p[:1].isupper())
    return len(letters) >= 3 and initials == letters


@lru_cache(maxsize=4)
def _states_and_countries(g: Gazetteer) -> frozenset[str]:
    """The gazetteer's countries and the US states (no campus is named after one)."""
    return countries(g) | frozenset(US_STATE_TAGS.values())


def singular_acronym(acr: str) -> str:
    """``acr`` without a plural's "s" ("NGOs" → "NGO"; "AIDS", "SARS" stay)."""
    return acr[:-1] if len(acr) > 2 and acr.endswith("s") and acr[:-1].isupper() else acr


def _term_of(acr: str, words: list[str], *, last: bool) -> bool:
    """Whether ``acr`` abbreviates lower-case ``words``: the initials (of each hyphenated part) of the
    words ending the list (``last``) or starting it equal its letters, and every one of them is
    lower case (then it is a term; capitalised words make a name, :func:`_acronym_of`)."""
    letters = singular_acronym(acr)
    if not letters.isupper() or len(letters) < 2:
        return False
    seq = words if not last else words[::-1]
    initials: list[str] = []
    for w in seq:
        parts = [p for p in w.split("-") if p]
        if not parts or not parts[0][:1].isalpha() or not w[:1].islower():
            return False
        initials.extend(p[0] for p in (parts if not last else parts[::-1]))
        if len(initials) >= len(letters):
            got = "".join(initials if not last else initials[::-1])
            return got.upper() == letters
    return False


def _acronym_of(acr: str, words: list[str]) -> bool:
    letters = [c for c in acr if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters[:1]) or sum(c.isupper() for c in letters) < 2:
        return False
    caps = [w for w in words if is_cap(w)]
    if not caps or caps[0][0].upper() != letters[0]:
        return False
    pool = " ".join(words).upper()
    pos = 0
    for c in letters:
        pos = pool.find(c.upper(), pos)
        if pos < 0:
            return False
        pos += 1
    return True


def spacy_candidates(det: Detector, nlp: Any) -> list[Candidate]:
    """The entities of a spaCy pipeline as candidates (``backend="spacy"``), typed by their label."""
    label_map = {"PERSON": "person", "PER": "person", "ORG": "organization", "GPE": "place", "LOC": "place",
                 "FAC": "place", "NORP": "norp"}
    doc = nlp(det.text)
    out = []
    # sentences are sorted and disjoint: the one holding an entity is the last starting at or before it
    starts = [r[1] for r in det.rows]
    for ent in doc.ents:
        label = label_map.get(ent.label_)
        if label is None:
            continue
        i = bisect_right(starts, ent.start_char) - 1
        if i < 0 or ent.end_char > det.rows[i][2]:
            continue
        sid = det.rows[i][0]
        toks = det.toks[sid]
        # tokens are sorted and disjoint: those inside the entity are one range
        idx = list(range(bisect_left(toks.start, ent.start_char), bisect_right(toks.end, ent.end_char)))
        if idx:
            out.append(Candidate(sid, idx, None, None if label == "norp" else label))
    return out
