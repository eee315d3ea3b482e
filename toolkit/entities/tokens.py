"""Tokens of a sentence and the word-level predicates that name detection reads.

A sentence becomes a :class:`Toks` (parallel lists of token starts, ends and texts: no object per
token); a possessive "'s" is cut off and a hyphen compound of names ("Russia-NATO") is split.
The predicates (:func:`is_cap`, :func:`title_like`, :func:`maybe_flags`) are pure and memoised
per word, because the same words recur within and across articles.

Example:
    >>> from toolkit.entities.gazetteer import gazetteer
    >>> text = "Mr. Scholz met Germany-NATO envoys."
    >>> toks = tokens(text, 0, len(text), gazetteer())
    >>> toks.text
    ['Mr.', 'Scholz', 'met', 'Germany', 'NATO', 'envoys', '.']
    >>> is_cap("Scholz"), is_cap("iPhone"), is_cap("met")
    (True, True, False)
"""

from __future__ import annotations

import re
import sys
import unicodedata
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache
from typing import Any, NamedTuple

from toolkit._textblob_en import lexicon_get
from toolkit.entities.gazetteer import US_STATE_TAGS, Gazetteer, well_known_people, world_cities

__all__ = ["Toks", "tokens", "is_cap", "strip_dot", "title_like", "maybe_name", "maybe_flags", "lazy_lex", "NUMBER_LABEL", "NUMBERED_INSTRUMENTS", "YEAR_EVENTS"]

#: the number of a numbered place or thing, with a letter ("Terminal 4", "Launch Complex 39A", "Terminal 2E")
NUMBER_LABEL = re.compile(r"\d{1,5}[A-Z]?")
#: the word before a law's or an order's number ("Executive Order 12810", "Senate Bill 10", "Resolution 1701")
NUMBERED_INSTRUMENTS = frozenset(["Order", "Decree", "Bill", "Resolution", "Directive", "Regulation", "Proposition"])
#: events named by a word and their year ("Euro 2024", "Expo 2020", "Eurovision 2023"): the year is the name's
YEAR_EVENTS = frozenset(["Euro", "Expo", "Eurovision", "EuroBasket", "Eurobasket", "Worldcon"])

_ABBREV = r"Mr|Mrs|Ms|Dr|Sir|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof|Rev|Jr|Sr|Maj|Adm|Sgt|Fr|Mt|Ft|Insp|Supt|Ald"
# The first three alternatives all start with an ASCII capital: the (?=[A-Z]) guard only lets the
# engine skip them at once for other tokens (same matches, ~40% faster).
#: a word's tokens; after a lower-case letter a dot and a digit or a capitalised word end the word (a footnote mark:
#: "Boris Shor.3"; a caption run into the next: "Justin Amash.Image:"), not a domain's dot ("Amazon.com",
#: "OpenTheGovernment.Org"), a file's ("photo.JPG") nor a title's ("Mr.Bush")
_TOKEN_PATTERN = (
    r"(?=[A-Z])(?:(?:[A-Z]\.){{2,}}|(?:{a})\.(?=[\s,;])|[A-Z]\.(?=\s+[A-Z]))|{w}+(?:(?:[-–'’]|&(?![a-z]{{2,8}};)){w}+|(?<![a-z])\.{w}+|\.(?!\d)(?:(?![A-Z][a-z]{{2}})|(?=(?:Org|Com|Net|Gov|Edu|Info)\b)|(?<=Mr\.|Ms\.|Dr\.|St\.)"
    r"|(?<=Mrs\.|Sen\.|Gov\.|Rep\.|Gen\.|Col\.)){w}+)*|\S"
)
_TOKEN = re.compile(_TOKEN_PATTERN.format(a=_ABBREV, w=r"\w"))
#: the same where a word's letters carry combining marks (decomposed "José", the stress marks of "Бори́с"):
#: slower, so only for a text span that holds one
_TOKEN_MARKS = re.compile(_TOKEN_PATTERN.format(a=_ABBREV, w=r"(?:\w[\u0300-\u036f]*)"))
#: Unicode's combining diacritical marks
COMBINING = re.compile("[\u0300-\u036f]")
_M_START, _M_END, _M_GROUP = re.Match.start, re.Match.end, re.Match.group  # for map(): no Python frame per token
_HYPHEN = re.compile(r"[-–]")
_SPLIT_HINT = re.compile(r"[-–]|['’]s")  # what a token to split or trim holds
_CONTRACTION = re.compile(r"['’](?:m|ve|ll|d|re|t|s)$", re.IGNORECASE)
#: A particle glued to the next word by an apostrophe ("d'Ivoire", "d’Estaing", "dell'Arte").
GLUED_PARTICLE = re.compile(r"(?:d|dell|dall|l)['’]")
#: "al-Assad", "bin-Laden", "wal-Muslimin"; "d'Ivoire", "d’Estaing", "dell'Arte": a particle glued to a capitalised word
PARTICLE_NAME = re.compile(
    rf"^(?:(?:al|el|ad|ar|as|ash|at|az|ad|bin|ibn|abu|bint|wal)[-‑][A-Z]|{GLUED_PARTICLE.pattern}[A-ZÀ-ÖØ-Þ])\w"
)

EMPTY_WORDS: frozenset[str] = frozenset()
#: The word lists of ``actors_words.tsv`` that the rules read (:func:`word_lists`).
#: a model or serial number after a name that takes one (word kind ``number_line``: "737", "737-800",
#: "486b", "360")
MODEL_NUMBER = re.compile(r"\d{1,4}(?:-\d{1,4})?[a-z]{0,3}")
#: a model number as the last word of a name, a maker's letters included ("737", "A380", "S26", "A320neo")
MODEL_CODE = re.compile(r"(?:[A-Z]{1,2})?\d{1,4}(?:-\d{1,4})?[a-z]{0,3}")
#: an airline's code and a flight's number, the code opening with a digit ("Jeju Air Flight 7C2216"), after "Flight"
FLIGHT_CODE = re.compile(r"\d[A-Z]\d{1,4}")
#: words after a model's number that belong to its name ("Boeing 737 MAX", "iPhone 17 Pro Max")
MODEL_SUFFIXES = frozenset(["MAX", "Max", "Pro", "Plus", "Ultra", "Mini", "Air", "XL", "Lite", "Edge", "Dreamliner",
                            "Heavy", "SE", "Neo", "Live"])
WORD_KINDS = ("compass", "given", "given_word", "given_word_person", "given_place", "surname_word", "modifier", "org_next", "org_prev", "place_prev", "org_suffix", "org_word", "other_first", "other_name", "other_next", "other_prev", "other_word", "work_prev", "work_word", "product_first", "product_name", "product_next", "product_prev", "product_word", "product_line", "event_line", "other_line", "place_line", "organization_line", "number_line", "firm_word", "event_first", "event_name", "event_next", "event_prev", "event_word", "thing_first", "thing_name", "thing_prev", "thing_word", "person_next", "person_role", "person_group", "org_group", "place_group", "work_group", "product_group", "place_first", "org_first", "place_next", "place_suffix", "religion", "title")
#: a member's title before "for" and the seat ("the MP for Bradfield", "the Member for Wentworth"), lower-cased
CONSTITUENCY_OF = frozenset(["mp", "mps", "member", "mla", "msp", "mep", "td", "mha", "mpp"])
#: Titles and honorifics known without the gazetteer ("President", "Mr", "Sheikh" ...).
CORE_TITLES = frozenset(
    ["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady", "Rev", "Reverend", "Fr", "Father", "President", "Vice-President", "President-Elect", "President-elect", "Premier", "Minister", "Chancellor", "Secretary", "Senator", "Sen", "Rep", "Representative", "Congressman", "Congresswoman", "Governor", "Gov", "Mayor", "King", "Queen", "Prince", "Princess", "Pope", "Sheikh", "Sheik", "Shaikh", "Emir", "General", "Gen", "Lt", "Lieutenant", "Colonel", "Col", "Major", "Maj", "Captain", "Capt", "Admiral", "Adm", "Sergeant", "Sgt", "Commander", "Judge", "Justice", "Ambassador", "Spokesman", "Spokeswoman", "Spokesperson", "Director", "Chairman", "Chairwoman", "CEO", "Officer", "Speaker", "Leader", "Detective", "Inspector", "Constable", "Superintendent", "Coach", "Bishop", "Archbishop", "Cardinal", "Rabbi", "Imam", "Ayatollah", "Assistant", "Insp", "Supt", "Mrs.", "Mr.", "Dr.", "Ms.", "Administrator", "Commissioner", "Secretary-General", "Undersecretary", "Under-Secretary", "Under-Secretary-General", "MP", "MPP", "MLA", "MEP", "MSP", "MNA", "MHA", "Whip", "Prosecutor", "Attorney", "Pastor", "Treasurer", "Sheriff", "Lance-Corporal", "Assemblymember", "Councilmember", "Councilman", "Councilwoman", "Selectman", "Selectwoman", "Trustee", "Provost", "Deputy", "Councillor", "Councilor", "Assemblyman", "Assemblywoman", "Alderman", "Alderwoman", "Ald", "Cllr", "Co-President", "Co-Chair", "Chair", "Chairperson", "Counsel", "Det", "DCI", "PCSO", "Co-Chairman", "Co-Chairwoman", "Co-Leader", "Comrade", "Cde", "Taoiseach", "Tánaiste", "Tanaiste", "Mullah", "Maulana", "Mufti", "Lieut", "Cpl", "Pvt", "Pte", "Brig", "Cmdr", "Comdr", "Envoy", "Corporal", "Director-General", "Major-General", "Lieutenant-General", "Brigadier-General", "Lieutenant-Colonel", "Lieutenant-Commander",
     "Vice-Admiral", "Rear-Admiral", "Air-Marshal", "Marshal", "Vice-Marshal", "Commodore", "Lt-Col", "Lt-Gen", "Maj-Gen", "Brigadier", "Governor-General", "Attorney-General", "Solicitor-General", "Inspector-General", "Auditor-General", "Surgeon-General", "Host", "Guardsman", "Guardsmen", "Trooper", "Rifleman", "Sapper", "Airman", "Presidente", "Presidenta", "Président", "Présidente", "Herr", "Frau", "Shri", "Shrimati", "Smt", "Kumari", "Thiru", "Tmt", "Selvi", "Alhaji", "Alhaja", "Hajiya", "Mallam", "Datuk", "Datin", "Seri", "Hon", "Rt", "Manager", "Consultant", "Coordinator", "Supervisor", "Adviser", "Advisor"]
)
#: Prefixes that join a demonym into one word of a name ("Inter-American Development Bank", "Pan-African
#: Parliament", "Trans-Pacific Partnership"): such a compound is not split at its hyphen; alone it is an
#: adjective ("Inter-Korean talks").
#: words that name their party on their own ("Democrats", "Labour", "the Greens"); any other word
#: ("Constitution", "Alliance") only when the article names the party in full
PARTY_SHORT = frozenset(
    ["Democrat", "Democratic", "Republican", "Labour", "Labor", "Liberal", "Conservative", "Green",
     "Libertarian", "Tory", "Tories", "Socialist", "Communist", "Unionist", "Nationalist"]
)
#: the head words that end a party's name ("Labour Party", "Christian Democratic Union", "National Rally")
PARTY_HEADS = ("Party", "Union", "Congress", "Alliance", "Appeal", "Front", "Movement", "Rally", "League")
NAME_PREFIXES = frozenset(["Inter", "Pan", "Trans", "Intra"])
#: a place's words after a possessive that continue the name and make it a place's ("Hawke's Bay", "Pike's Peak",
#: "Owen's Cove", "Fidler's Ferry"; not "Martha's Vineyard", "Cox's Bazar": the typer reads no possessive)
POSSESSIVE_PLACE_HEADS = frozenset(["Bay", "Cove", "Creek", "Harbour", "Harbor", "Peak", "Sound", "Ferry", "Landing",
                                    "Point"])
#: Titles of monarchs and nobles that name a person with "of" and a place ("the Duke of Edinburgh").
NOBLE_TITLES = frozenset(["Duke", "Duchess", "Earl", "Count", "Countess", "Emperor", "Empress", "Sultan", "Baron",
                          "Baroness", "Marquess", "Marquis", "Marchioness", "Viscount", "Viscountess", "Archduke",
                          "Tsar", "Czar", "Tsarina", "Emir", "Prince", "Princess", "King", "Queen"])
#: The eight compass points, capitalised ("Eglinton Avenue East", "Northeast Asia").
COMPASS_POINTS = frozenset(["North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest"])
#: Name particles that may come several in a row ("von der", "van den", "de la", "dela").
NAME_PARTICLES = frozenset(["de", "del", "della", "dela", "delos", "da", "dos", "das", "do", "van", "von", "der", "den", "la", "le", "du",
                            "des"])
#: Lower-case words that may sit inside a name ("Bank of England", "Ludwig van Beethoven").
CONNECT = NAME_PARTICLES | {"of", "for", "bin", "al", "el", "y", "wa", "arap", "ten", "ter"}  # ("Daniel arap Moi",
# "Erik ten Hag": Dutch "ten", "ter")
#: lower-case particles that open a surname written alone ("von der Leyen said", "de Gaulle's"; not "la",
#: "le": "Italy's la Repubblica")
SURNAME_PARTICLES = frozenset(["van", "von", "de", "da", "del", "della", "der", "den", "du", "dos", "das", "di", "ten", "ter"])
#: The Dutch and German particles that open a surname after a given name ("Ad van den Berg", "Wim von Hanegem").
VAN_VON = frozenset(["van", "von"])


# ---------------------------------------------------------------------- the lexicon


def lazy_lex(module: str) -> Callable[[str], str | None]:
    """A stand-in for ``module._lex`` (the lexicon's tag for a word): its first call loads the
    lexicon and rebinds ``module._lex`` to :func:`lexicon_get`'s builtin, so every later call in
    that module is one C call with no Python frame. Each rule module binds its own::

        _lex = lazy_lex(__name__)
    """

    def _lex(word: str) -> str | None:
        get = lexicon_get()
        sys.modules[module]._lex = get  # type: ignore[attr-defined]
        return get(word)

    return _lex


_lex = lazy_lex(__name__)

# ---------------------------------------------------------------------- per-word memos
MEMO_MAX = 1 << 17  # entries of one word memo before it is cleared (bounded memory)


@lru_cache(maxsize=4)
def memo(g: Gazetteer) -> defaultdict[str, dict]:
    """Memo tables of pure word-level functions for one gazetteer, by function name, keyed by the
    word (or a tuple of words/flags). Plain dicts: unlike an lru_cache keyed on ``(word, g)``, they
    keep no tuple per entry alive for the garbage collector to walk on every full collection."""
    return defaultdict(dict)


@lru_cache(maxsize=4)
def fold_accents(name: str) -> str:
    """Accents removed ("Brudziński" → "Brudzinski", "Métro" → "Metro") for matching spelling variants."""
    if name.isascii():
        return name
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def word_lists(g: Gazetteer) -> dict[str, frozenset[str]]:
    """``{kind: words}`` for :data:`WORD_KINDS` (``w in wl[kind]`` is ``g.has(kind, w)`` without a call)."""
    return {k: g.words.get(k, EMPTY_WORDS) for k in WORD_KINDS}


_NONE: frozenset[int] = frozenset()


class Toks(NamedTuple):
    """The tokens of one sentence as parallel lists (token ``i`` is ``start[i]``, ``end[i]``,
    ``text[i]``): no object per token, so building them is cheap and feeds no garbage collection."""

    start: list[int]
    end: list[int]
    text: list[str]
    poss: set[int] | frozenset[int]  # tokens followed by a possessive 's (not part of the token)
    brk: set[int] | frozenset[int]  # parts of a split hyphen compound (a hard break between them)
    compound: set[int] | frozenset[int]  # first part of "Russia-backed": the name ends here

    def append(self, s: int, e: int, w: str, *, poss: bool = False, brk: bool = False, compound: bool = False) -> None:
        i = len(self.text)
        self.start.append(s)
        self.end.append(e)
        self.text.append(w)
        if poss:
            self.poss.add(i)  # type: ignore[union-attr]
        if brk:
            self.brk.add(i)  # type: ignore[union-attr]
        if compound:
            self.compound.add(i)  # type: ignore[union-attr]


@lru_cache(maxsize=1 << 16)  # a pure word-level predicate, called ~1,000 times an article
def is_cap(t: str) -> bool:
    """A capitalised word ("Scholz", "al-Assad", "iPhone"), not a contraction ("I'm") nor an identifier with
    underscores ("G8_Summit_July_2005_Infobox": wiki markup, a file or user name)."""
    if PARTICLE_NAME.match(t):
        return True
    if not t or not (t[0].isalpha() or t[0] == "&") or _CONTRACTION.search(t) or "_" in t:
        return False
    if t[0].isupper():
        return True
    return t[0].islower() and t.isalnum() and any(c.isupper() for c in t[1:]) and t not in _UNITS


#: units of measure written with a capital inside ("120 dB", "a 5,000 mAh battery"): no name, unlike "iPhone"
_UNITS = frozenset(["dB", "dBA", "dBm", "kWh", "kW", "MWh", "mW", "mAh", "kHz", "kV", "mV", "mL", "dL", "mmHg", "kB",
                    "kN", "pH"])


def tokens(text: str, a: int, b: int, g: Gazetteer) -> Toks:
    """The tokens of ``text[a:b]`` (offsets into ``text``)."""
    ms = list((_TOKEN_MARKS if not text.isascii() and COMBINING.search(text, a, b) else _TOKEN).finditer(text, a, b))
    ws = list(map(_M_GROUP, ms))
    # Only a token holding "-", "–" or "'s" can be split or trimmed; a sentence without any of
    # these substrings has none (most sentences): its tokens are the matches, listed in C.
    if text.find("-", a, b) < 0 and text.find("–", a, b) < 0 and text.find("'s", a, b) < 0 \
            and text.find("’s", a, b) < 0:
        return Toks(list(map(_M_START, ms)), list(map(_M_END, ms)), ws, _NONE, _NONE, _NONE)
    starts, ends = list(map(_M_START, ms)), list(map(_M_END, ms))
    # The tokens to split, from the hits alone (no scan of every token): a dash hit lies inside
    # its token; a token ends with "'s" exactly when an "'s" hit ends where the token does (hits
    # don't overlap: a dash is one character, "'s" cannot start on the "s" of another).
    split: set[int] = set()
    for p in map(_M_START, _SPLIT_HINT.finditer(text, a, b)):
        k = bisect_right(starts, p) - 1
        if k >= 0 and (p < ends[k] if text[p] in "-–" else ends[k] == p + 2):
            split.add(k)
    out = Toks([], [], [], set(), set(), set())
    # the other tokens are copied over in slices (what out.append() would do one by one)
    done = 0
    for k in sorted(split):
        out.start.extend(starts[done:k])
        out.end.extend(ends[done:k])
        out.text.extend(ws[done:k])
        done = k + 1 + _split_token(out, text, a, starts[k], ends[k], ws[k], g)
    out.start.extend(starts[done:])
    out.end.extend(ends[done:])
    out.text.extend(ws[done:])
    return out


#: One romanised Korean or Chinese syllable ("moon" of "Ki-moon", "hyun", "jeou", "hwan"): after a short
#: capitalised syllable it ends a given name, not a compound like "Obama-like" or "Kabul-born".
_EA_SYLLABLE = re.compile(
    r"[bcdfghjklmnprstwyz]{0,2}(?:eou|ae|eo|eu|oe|ui|wa|wo|we|ya|ye|yo|yu|oo|ee|ou|ao|ai|ei|ia|ie|io|iu|ua|ue|uo|a|e|i|o|u)"
    r"(?:ng|n|m|k|l|p|t|r)?"
)


def east_asian_given(w: str) -> bool:
    """A romanised two-syllable given name written with a hyphen ("Ki-moon", "Jae-in", "Jong-un", "Ki-Moon")."""
    head, _, tail = w.partition("-")
    return bool(tail) and 1 < len(head) <= 5 and head[0].isupper() and tail[1:].islower() and tail[:1].isalpha() \
        and _EA_SYLLABLE.fullmatch(head.lower()) is not None and _EA_SYLLABLE.fullmatch(tail.lower()) is not None


#: Short words inside a hyphenated place name, written in lower case ("Port-au-Prince", "Stoke-on-Trent").
_PLACE_PARTICLES = frozenset(["au", "aux", "on", "upon", "sur", "en", "de", "du", "des", "la", "le", "les", "di",
                              "da", "del", "am", "an", "im", "lès", "sous", "et", "of", "do", "dos", "das"])


def place_casing(w: str) -> str:
    """An all-caps word (or words) in a place's casing: "AUSTIN" → "Austin", "PORT-AU-PRINCE" → "Port-au-Prince",
    "RIO DE JANEIRO" → "Rio de Janeiro"."""
    parts = re.split(r"([-–\s]+)", w.lower())
    return "".join(p if p in _PLACE_PARTICLES and k else p[:1].upper() + p[1:] for k, p in enumerate(parts))


def upper_place(w: str, g: Gazetteer) -> str | None:
    """The place an all-caps hyphenated word names (a dateline's "PORT-AU-PRINCE", "STOKE-ON-TRENT"), in its
    casing, when the gazetteer or the world's cities know it; else None."""
    cased = place_casing(w)
    if (g.lookup(cased) or ("", ""))[1] == "place" or cased in world_cities():
        return cased
    return None


#: the one or two words right after a hyphen compound ("Friuli-Venezia| Giulia", "Provence-Alpes-Côte| d'Azur")
_TWO_WORDS_AFTER = re.compile(r" ([\w'’]+)(?: ([\w'’]+))?")
#: the capitalised word right before one ("North |Rhine-Westphalia")
_CAP_WORD_BEFORE = re.compile(r"(?<![\w'’])([A-Z][\w'’]*) $")


def _inside_known_name(text: str, a: int, s: int, e: int, g: Gazetteer) -> bool:
    """Whether the hyphen compound ``text[s:e]`` is part of a longer name the gazetteer knows, with the word or two
    after it ("Friuli-Venezia Giulia", "Trentino-Alto Adige") or the word before ("North Rhine-Westphalia"): one
    name, not split at its hyphen."""
    w = text[s:e]
    if (m := _TWO_WORDS_AFTER.match(text, e)) is not None and (
            g.lookup(f"{w} {m.group(1)}") or m.group(2) and g.lookup(f"{w} {m.group(1)} {m.group(2)}")):
        return True
    return (m := _CAP_WORD_BEFORE.search(text, max(a, s - 30), s)) is not None and g.lookup(f"{m.group(1)} {w}") is not None


#: prefixes written with a hyphen before a lower-case word ("Non-governmental", "Anti-corruption"): the name
#: prefixes' and more
_WORD_PREFIXES = frozenset(p.lower() for p in NAME_PREFIXES) | frozenset(
    ["non", "anti", "pro", "multi", "sub", "post", "pre", "semi", "cross", "counter", "neo", "socio", "agro", "bio", "eco"])


def _split_token(out: Toks, text: str, a: int, s: int, e: int, w: str, g: Gazetteer) -> int:
    """Append the token(s) of one match: a possessive 's cut off, a hyphen compound split. Returns how many of
    the following matches it took too (1 for the dot of a saint's abbreviation: "Minneapolis-St. Paul")."""
    append = out.append
    poss = False
    if (w[0].isupper() or w[0].isdigit() or PARTICLE_NAME.match(w)) and len(w) > 2 and w.endswith(("'s", "’s")):
        # a possessive 's (also "Cote d’Ivoire’s"; a model's or a channel's number: "the Boeing 737's", "Radio 4's")
        e -= 2
        w = w[:-2]
        poss = True
    if "-" not in w and "–" not in w:  # no compound to split
        append(s, e, w, poss=poss)
        return 0
    parts = _HYPHEN.split(w)
    if len(parts) >= 3 and PARTICLE_NAME.match(w) and is_cap(parts[-2]) and parts[-1].islower() and _lex(parts[-1]):
        head = w[: len(w) - len(parts[-1]) - 1]  # "the al-Qaeda-linked group", "al-Shabaab-affiliated": the name
        append(s, s + len(head), head, compound=True)
        return 0
    if len(parts) == 2 and parts[0] in ("R", "D", "I") and parts[1].rstrip(".") in US_STATE_TAGS:
        # a party-state tag "(D-Va.)": the party letter, then the state
        append(s, s + 1, parts[0], brk=True)
        append(s + 2, e, parts[1], poss=poss, brk=True)
        return 0
    if len(parts) > 1 and w.isupper() and upper_place(w, g):
        append(s, e, w, poss=poss)  # a dateline's "PORT-AU-PRINCE", "STOKE-ON-TRENT": one place, no "AU"
        return 0
    if len(parts) > 1 and is_cap(parts[0]) and g.lookup(w) is None and parts[0] not in NAME_PREFIXES \
            and not _inside_known_name(text, a, s, e, g):
        if all(is_cap(p) for p in parts):
            if len(parts) == 2 and parts[1] in _HEADLINE_PARTICIPLES and (g.lookup(parts[0]) or parts[0] in g.demonyms):
                append(s, s + len(parts[0]), parts[0], compound=True)  # a headline's "Russia-Backed Rebels"
                return 0
            if (any(g.lookup(p) or (p.isupper() and len(p) > 1) or p in g.demonyms for p in parts)
                    or (all(p in well_known_people() for p in parts) and _pair_of_people(text, a, s, e))) \
                    and not _acronym_compound(parts, g) and not _noun_tail(parts, g) \
                    and not any(_SHORT_CAMEL.fullmatch(p) for p in parts[1:]):  # ("SARS-CoV", "MERS-CoV": one name)
                # (or well-known people's surnames: "a Trump-Zelensky call", "the Trump-Kim summit")
                # ("US-China"; not "ZANU-PF": one party's name; not "Cleveland-Cliffs": a name ending in a noun)
                pos = s
                saint = parts[-1] in _SAINT_ABBREVS and text[e : e + 2] == ". " and text[e + 2 : e + 3].isupper()
                for k, p in enumerate(parts):
                    if saint and k == len(parts) - 1:
                        append(pos, pos + len(p) + 1, p + ".", brk=True)  # "Minneapolis-St. Paul": the town "St. Paul"
                        return 1
                    append(pos, pos + len(p), p, poss=poss and k == len(parts) - 1, brk=True)
                    pos += len(p) + 1
                return 0
        elif all(p.isdigit() for p in parts[1:]) and parts[0].isupper():  # "STS-1", "F-16": one code
            pass
        elif len(parts) == 2 and parts[1].isalpha() and parts[1].islower() and not parts[0].isupper() \
                and parts[1] not in ("led", "run", "era") \
                and (len(parts[1]) <= 3 or len(parts[1]) == 4 and _EA_SYLLABLE.fullmatch(parts[1]) is not None) \
                and len(parts[0]) <= 5 and s > a and is_cap(text[max(a, s - 20) : s].split()[-1] if text[max(a, s - 20) : s].split() else ""):
            pass  # "Hau Lung-bin", "Moon Jae-in": an East Asian given name, one token
        elif len(parts) == 2 and parts[0] == "Co" and parts[1].islower():
            pass  # "Co-operative Group", "Co-op": one word (the prefix co-), not the name "Co"
        elif len(parts) >= 3 and all(len(p) <= 3 and p.isalpha() and p.islower() for p in parts[1:] if not is_cap(p)) \
                and (any((_lex(p.lower()) or "NNP").startswith("NNP") for p in parts if is_cap(p))
                     or text[e : e + 2][:1] == " " and text[e + 1 : e + 2].isupper()):
            # "Chan-o-cha", "Aix-en-Provence", "Lashkar-e-Toiba": a name's small joining syllables, one token (not
            # common words: "Serjeant-at-Arms", "the First-Past-the-Post system"; unless a name goes on after it:
            # "the Oil-for-Food Programme")
            pass
        elif len(parts) == 2 and east_asian_given(w) and _lex(parts[0].lower()) is None:
            pass  # '"…," said Ki-moon': the given name written alone (not "Pro-war": "pro" is a word)
        elif len(parts) == 3 and parts[2].isdigit() and _SHORT_CAMEL.fullmatch(parts[1]):
            pass  # "SARS-CoV-2", "HCoV-…": a virus's name and its number, one token
        elif any(_lex(p.lower()) for p in parts[1:] if not is_cap(p)):  # "Russia-backed"
            n = 0
            while n < len(parts) and is_cap(parts[n]):
                n += 1
            head = "-".join(parts[:n])
            if n == 1 and ((_lex(head.lower()) or "NNP")[:2] in ("JJ", "RB") or head.lower() in _WORD_PREFIXES) \
                    and not g.lookup(head) \
                    and head.lower() not in ("north", "south", "east", "west") \
                    and head not in g.demonyms and text[e : e + 1] == " " and text[e + 1 : e + 2].isupper():
                append(s, e, w, poss=poss)  # "the Corruption Investigation Office for High-ranking Officials": an
                return 0  # adjective's compound inside a name, no name's head (not "Russia-backed", "Kabul-born", nor a
                # compass point's: "South-eastern Turkey"); or a prefix's ("Federation of Non-governmental Organisations")
            append(s, s + len(head), head, compound=True)
            return 0
    append(s, e, w, poss=poss)
    return 0


#: abbreviations of a place's first word that a hyphen compound may end in ("Minneapolis-St. Paul", "Tampa-St.
#: Petersburg")
_SAINT_ABBREVS = frozenset(["St", "Ste", "Mt", "Ft"])
#: A saint's or a mount's word opening a name ("St. Lawrence", "Saint Vincent", "Mt. Hood"), its dot stripped.
SAINT_OR_MOUNT = _SAINT_ABBREVS | {"Saint", "Sainte"}


#: participles after a name and a hyphen in a headline's capitals ("Russia-Backed Rebels", "London-Based Firm"): the
#: name alone (not "Australia-United States": a name goes on)
_HEADLINE_PARTICIPLES = frozenset(["Backed", "Based", "Led", "Born", "Owned", "Run", "Funded", "Linked", "Made", "Bred",
                                   "Allied", "Brokered", "Sponsored", "Controlled", "Held", "Occupied", "Supported",
                                   "Inspired", "Bound", "Focused", "Registered", "Listed", "Flagged", "Built"])


def _pair_of_people(text: str, a: int, s: int, e: int) -> bool:
    """Whether the hyphen compound ``text[s:e]`` of well-known surnames qualifies a common noun after it: two people
    ("a Trump-Zelensky call", "the Bush-Cheney ticket"), not one surname of two ("Dominique Strauss-Kahn", after a
    capitalised word; "Strauss-Kahn has agreed", before a verb) nor a law's name ("the Dodd-Frank Act", "Dodd-Frank
    still fell")."""
    before = text[max(a, s - 30) : s].split()
    nxt = _NEXT_WORD.match(text, e)
    return not (before and before[-1][:1].isupper() and before[-1] not in ("A", "An", "The")) and nxt is not None \
        and _lex(nxt.group(1)) in ("NN", "NNS", "VB")  # ("call" is a verb to the lexicon first)


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _noun_tail(parts: list[str], g: Gazetteer) -> bool:
    """A hyphen compound whose later part is a plural common noun, no name ("Cleveland-Cliffs", the steelmaker; not
    "US-China", "Russia-NATO", "Asha-Rose", "Nile-Delta")."""
    return any(not g.lookup(p) and not p.isupper() and p not in g.demonyms and _lex(p.lower()) == "NNS"
               and not g.has("given", p) for p in parts[1:])


#: a short word with a capital inside after an acronym's hyphen ("SARS-CoV", "MERS-CoV"): one name, no pair of names
_SHORT_CAMEL = re.compile(r"[A-Z][a-z]{1,2}[A-Z][a-z]?")


def _acronym_compound(parts: list[str], g: Gazetteer) -> bool:
    """Hyphenated capitals that name one thing: acronyms none of which is known alone or is an English word
    ("ZANU-PF", "KDKA-TV", "ABS-CBN", "C-SPAN"; not "US-China", "HIV-AIDS", "CENTRE-LEFT")."""
    return all(p.isupper() and p.isalnum() for p in parts) and not any(
        g.lookup(p) or p in g.demonyms or _lex(p.lower()) or g.has("other_word", p) or g.has("thing_name", p)
        for p in parts
    )


def strip_dot(w: str) -> str:
    """``w`` without an abbreviation's final dot ("Gen." → "Gen"; "U.S." stays)."""
    return w[:-1] if w.endswith(".") and len(w) > 2 and not w[-2].isupper() else w


def title_like(w: str, g: Gazetteer) -> bool:
    """A title or honorific ("President", "Mr.", a gazetteer title word); memoised per word."""
    table = memo(g)["title_like"]
    hit = table.get(w)
    if hit is None:
        if len(table) > MEMO_MAX:
            table.clear()
        hit = table[w] = w in CORE_TITLES or g.has("title", strip_dot(w))
    return hit


#: a fiscal year's label ("the FY 12 budget", "FY2025", "FY25"): a date, no name
_FISCAL_YEAR = re.compile(r"FY(?:\d{2}|\d{4})?")
#: an amount of money in a currency written with letters ("Sh30 billion", "Rs500", "KSh2.5bn", "N30bn": Kenya's, India's,
#: Nigeria's; not "N95", a mask)
_CURRENCY_AMOUNT = re.compile(r"(?:K?Sh|KES|Ksh|Rs|GHS|UGX|TZS|Tk)\d[\d.,]*(?:bn|m|k|tn)?|[NR]\d[\d.,]*(?:bn|m|tn|k)")


def maybe_name(w: str, g: Gazetteer) -> bool:
    """Whether a token can start or continue a name at all (capitalised, or a title; no amount of money: "Sh30")."""
    return (is_cap(w) or title_like(w, g)) and not (w[:1] in "KSRNGUT" and _CURRENCY_AMOUNT.fullmatch(w)) \
        and not (w[:2] == "FY" and _FISCAL_YEAR.fullmatch(w))


def maybe_table(g: Gazetteer) -> dict[str, bool]:
    """Memo of :func:`maybe_name` for one gazetteer, keyed by word: ``map(table.get, words)`` is
    twice as fast as an lru_cache per token (filled and bounded by :func:`maybe_flags`)."""
    return memo(g)["maybe_name"]


def maybe_flags(tw: list[str], g: Gazetteer) -> list[bool]:
    """``[maybe_name(w, g) for w in tw]``, through the per-word table."""
    table = maybe_table(g)
    flags: list[Any] = list(map(table.get, tw))
    if None in flags:  # words not seen yet
        if len(table) > MEMO_MAX:
            table.clear()
        for k, f in enumerate(flags):
            if f is None:
                flags[k] = table[tw[k]] = maybe_name(tw[k], g)
    return flags

#: the year of a cited work, with a letter for a second work of that year ("2014", "2014b"): "(Porte, 2012)"
CITED_YEAR = r"(?:1[89]|20)\d\d[a-z]?"

#: Letters after a person's name: honours, offices, degrees ("Neil Ford QC", "Dame Judi Dench OBE").
POST_NOMINALS = frozenset(["QC", "KC", "SC", "OBE", "MBE", "CBE", "KBE", "DBE", "GBE", "CH", "OM", "KCB", "GCB", "KCMG",
                           "GCMG", "CMG", "KG", "FRS", "FRSE", "PhD", "DPhil", "MP", "MEP", "MSP", "MLA", "MPP", "TD", "QPM"])


#: the particles after "Col", a mountain pass in French ("Col du Galibier", "Col de la Loze", "Col d'Izoard")
_PASS_PARTICLES = frozenset(["du", "de", "des", "d'", "d’"])


def mountain_pass(words: tuple[str, ...]) -> bool:
    """A pass in the Alps or the Pyrenees named in French ("Col du Galibier", "Col de la Loze"), not a colonel."""
    return len(words) >= 3 and words[0] == "Col" and words[1] in _PASS_PARTICLES


#: a prize's word before "in" or "for" and its field ("the Nobel Prize in Chemistry", "the Pulitzer Prize for Fiction")
PRIZE_WORDS = frozenset(["Prize", "Prizes", "Award", "Awards", "Medal"])
#: the last word of a firm named for its founder and family or partners, after "and" ("EG Green and Sons", "Pamela
#: Martin and Associates"): one name, an organisation
FIRM_KIN = frozenset(["Sons", "Son", "Daughters", "Brothers", "Associates", "Partners", "Nephews"])
