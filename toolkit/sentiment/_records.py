"""The cached per-word and per-token records of the fast scorers, with named fields.

Everything VADER, TextBlob and the tone features ask about a word is a pure function of the word,
so it is computed once per distinct word (not once per occurrence and scorer) and kept in a
record; a sentence is then mostly handled by C-level passes (``map``/``compress``) over the cached
records. Each record type is declared here as a :class:`~typing.NamedTuple` (its fields, in
order, with their meaning), but records are *plain tuples* in that layout, built by tuple
literals (one comment per field): ``operator.itemgetter`` has a fast path for exact tuples only
(on a NamedTuple instance every getter call of the ``map`` passes costs about a quarter more),
the garbage collector stops tracking exact tuples of atoms (it keeps tracking NamedTuple
instances, which makes every full collection slower with large caches), and a literal costs
~35 ns where ``tuple(WordInfo(**fields))`` costs ~2 µs for each new word. Fields are read by name through the
position constants (``rec[TOK_INFO][W_VALENCE]``) or the getters named after them
(``map(tok_lower, recs)``); :func:`view` shows a record with its field names.

Four record types:

* :class:`WordInfo` — a lower-cased VADER word (cache ``tone_model._WORDS``);
* :class:`Token` — a whitespace token of a quote-normalised text (cache ``tone_model._TOKENS``);
* :class:`PatternWord` — a TextBlob token (cache ``_Pattern.word_cache``);
* :class:`Raw` — a whitespace token of a text: TextBlob's and VADER's records of it at once
  (cache ``tone._RAW``).

Example:
    >>> from toolkit.sentiment.tone_model import _word_info
    >>> info = _word_info("fraud")
    >>> type(info) is tuple, info[W_VALENCE], info_feature(info)
    (True, -2.8, True)
    >>> view(info, WordInfo).known
    True
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any, NamedTuple, TypeVar

__all__ = ["WordInfo", "Token", "PatternWord", "Raw", "F_MARK", "F_ACTIVE", "F_FEATURE", "F_CUE", "view"]


_R = TypeVar("_R")


class WordInfo(NamedTuple):
    """What VADER and the tone features ask about one lower-cased VADER word."""

    #: VADER's lexicon valence, or None.
    valence: float | None
    #: A VADER booster word ("very", "hardly").
    booster: bool
    #: A VADER negator (in ``NEGATE``, or contains "n't").
    vader_negator: bool
    #: A tone-feature negator (a VADER negator, or "no").
    negator: bool
    #: A harm-reversing word (:data:`toolkit.sentiment.tone_model.HARM_REVERSERS`).
    harm_reverser: bool
    #: In VADER's lexicon or its boosters.
    known: bool
    #: The VADER valence of its base form ("deaths" -> "death"; 0.0 for known words).
    base_valence: float
    #: A news hazard word (:data:`toolkit.sentiment.tone_model.NEWS_HAZARDS`).
    hazard: bool
    #: A news benefit word (:data:`toolkit.sentiment.tone_model.NEWS_BENEFITS`).
    benefit: bool
    #: VADER gives it a valence (in the lexicon, not a booster).
    vader_valued: bool
    #: The tone feature loop must look at it: a lexicon word, or an unknown word with a base-form
    #: valence, hazard or benefit (every other word adds nothing there).
    feature: bool
    #: A VADER context word: within three words before or two after a lexicon word it can change
    #: that word's valence (when none is that close, the valence is the lexicon's, caps aside).
    context: bool


class Token(NamedTuple):
    """One whitespace token of a quote-normalised text, as VADER and the tone features see it.

    ``vader_valued``, ``feature``, ``harm_reverser`` and ``context`` copy the fields of ``info`` so
    that one getter reads them off a list of tokens.
    """


    #: VADER's word: the token with punctuation stripped, unless that leaves <= 2 characters.
    word: str
    #: ``word.lower()``.
    lower: str
    #: ``word.isupper()``.
    upper: bool
    #: The :class:`WordInfo` of ``lower``.
    info: WordInfo
    #: Number of cue tokens (``tone_model._CUE_TOKEN``) in the token.
    n_cues: int
    #: The distinct cue tokens (plus "n't" if one of them ends in "n't").
    cues: tuple[str, ...]
    #: The cues of ``cues`` that have a model weight.
    weighted_cues: tuple[str, ...]
    vader_valued: bool
    feature: bool
    harm_reverser: bool
    context: bool
    #: The bits :data:`F_FEATURE` (``feature``) and :data:`F_CUE` (``weighted_cues`` not empty).
    flags: int


class PatternWord(NamedTuple):
    """What TextBlob's assessment loop asks about one lower-cased TextBlob token."""

    #: (polarity, subjectivity, intensity) of the lexicon entry, or None.
    psi: tuple[float, float, float] | None
    #: A modifier (an adverb in the lexicon).
    modifier: bool
    #: The lexicon's label of the word (or None).
    label: Any
    #: A negation word.
    negation: bool
    #: ``len(w.strip("'")) > 1``.
    long: bool
    #: ``len(w) > 2``.
    longer: bool
    #: The polarity of the emoticon it is, or None.
    emoticon: float | None
    #: It can change anything when no modifier or negation is pending (else the loop skips it).
    active: bool


class Raw(NamedTuple):
    """One whitespace token of a text: TextBlob's tokens and VADER's :class:`Token` of it."""

    #: TextBlob's lower-cased tokens.
    low: tuple[str, ...]
    #: TextBlob's tokens in their case, joined with spaces.
    joined: str
    #: The :class:`Token` of the quote-normalised token.
    token: Token
    #: The :class:`PatternWord` of each of ``low``.
    infos: tuple[PatternWord, ...]
    #: One of ``infos`` is active.
    active: bool
    #: The tokens may be part of a sarcasm mark or emoticon (``_Pattern.mark_chars``).
    marks: bool
    #: :data:`F_MARK` | :data:`F_ACTIVE` | ``token.flags``: a sentence ORs its tokens' flags in
    #: one pass instead of one pass per question.
    flags: int
    #: ``token.n_cues``.
    n_cues: int


#: Bits of :attr:`Raw.flags` (and, the last four, of :attr:`Token.flags`). ``F_CAPLEX``: a capitalised
#: word with a lexicon value (VADER's, its base form's or TextBlob's): maybe a lexicon word inside a name;
#: ``F_DESCRIPTOR``: a word of ``tone_model.DESCRIPTORS_WITHOUT_TONE`` ("gay", "foreign").
F_MARK, F_ACTIVE, F_FEATURE, F_CUE, F_CAPLEX, F_DESCRIPTOR = 1, 2, 4, 8, 16, 32

# Field positions, in the order of the NamedTuple declarations above (tests check the names).
(W_VALENCE, W_BOOSTER, W_VADER_NEGATOR, W_NEGATOR, W_HARM_REVERSER, W_KNOWN, W_BASE_VALENCE,
 W_HAZARD, W_BENEFIT, W_VADER_VALUED, W_FEATURE, W_CONTEXT) = range(12)  # fmt: skip
(TOK_WORD, TOK_LOWER, TOK_UPPER, TOK_INFO, TOK_N_CUES, TOK_CUES, TOK_WEIGHTED_CUES, TOK_VADER_VALUED,
 TOK_FEATURE, TOK_HARM_REVERSER, TOK_CONTEXT, TOK_FLAGS) = range(12)  # fmt: skip
PW_PSI, PW_MODIFIER, PW_LABEL, PW_NEGATION, PW_LONG, PW_LONGER, PW_EMOTICON, PW_ACTIVE = range(8)
RAW_LOW, RAW_JOINED, RAW_TOKEN, RAW_INFOS, RAW_ACTIVE, RAW_MARKS, RAW_FLAGS, RAW_N_CUES = range(8)
#: Record type -> the prefix of its position constants.
PREFIXES = {WordInfo: "W_", Token: "TOK_", PatternWord: "PW_", Raw: "RAW_"}


def view(rec: tuple[Any, ...], kind: type[_R]) -> _R:
    """A stored record (a plain tuple) as its NamedTuple ``kind``, to read it by field name."""
    return kind._make(rec)  # type: ignore[attr-defined, no-any-return]


# Named getters for the map() passes over lists of records.
info_harm_reverser = itemgetter(W_HARM_REVERSER)
info_feature = itemgetter(W_FEATURE)
tok_word = itemgetter(TOK_WORD)
tok_lower = itemgetter(TOK_LOWER)
tok_upper = itemgetter(TOK_UPPER)
tok_info = itemgetter(TOK_INFO)
tok_n_cues = itemgetter(TOK_N_CUES)
tok_cues = itemgetter(TOK_CUES)
tok_weighted_cues = itemgetter(TOK_WEIGHTED_CUES)
tok_vader_valued = itemgetter(TOK_VADER_VALUED)
tok_context = itemgetter(TOK_CONTEXT)
pw_active = itemgetter(PW_ACTIVE)
raw_low = itemgetter(RAW_LOW)
raw_joined = itemgetter(RAW_JOINED)
raw_token = itemgetter(RAW_TOKEN)
raw_infos = itemgetter(RAW_INFOS)
raw_flags = itemgetter(RAW_FLAGS)
raw_n_cues = itemgetter(RAW_N_CUES)
