"""The cached per-word and per-token records of the fast scorers, with named fields.

Everything VADER, TextBlob and the tone features ask about a word is a pure function of the word,
so it is computed once per distinct word (not once per occurrence and scorer) and kept in a
record; a sentence is then mostly handled by C-level passes (``map``/``compress``) over the cached
records. The records are :class:`~typing.NamedTuple` s: fields are read by name
(``rec.info.valence``), and the getters below (``operator.itemgetter`` s named after the field,
as fast as an index) serve the ``map`` passes.

Four record types:

* :class:`WordInfo` — a lower-cased VADER word (cache ``tone_model._WORDS``);
* :class:`Token` — a whitespace token of a quote-normalised text (cache ``tone_model._TOKENS``);
* :class:`PatternWord` — a TextBlob token (cache ``_Pattern.word_cache``);
* :class:`Raw` — a whitespace token of a text: TextBlob's and VADER's records of it at once
  (cache ``tone._RAW``).

Example:
    >>> info = WordInfo(-2.0, False, False, False, False, True, 0.0, False, False, True, True, False)
    >>> info.valence, info_feature(info)
    (-2.0, True)
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any, NamedTuple

__all__ = ["WordInfo", "Token", "PatternWord", "Raw", "F_MARK", "F_ACTIVE", "F_FEATURE", "F_CUE"]


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


#: Bits of :attr:`Raw.flags` (and, the last two, of :attr:`Token.flags`).
F_MARK, F_ACTIVE, F_FEATURE, F_CUE = 1, 2, 4, 8


def _getter(cls: type, field: str) -> itemgetter[Any]:
    return itemgetter(cls._fields.index(field))  # type: ignore[attr-defined]


# Named getters for map() passes over lists of records.
info_harm_reverser = _getter(WordInfo, "harm_reverser")
info_feature = _getter(WordInfo, "feature")
tok_word = _getter(Token, "word")
tok_lower = _getter(Token, "lower")
tok_upper = _getter(Token, "upper")
tok_info = _getter(Token, "info")
tok_n_cues = _getter(Token, "n_cues")
tok_cues = _getter(Token, "cues")
tok_weighted_cues = _getter(Token, "weighted_cues")
tok_vader_valued = _getter(Token, "vader_valued")
tok_context = _getter(Token, "context")
pw_active = _getter(PatternWord, "active")
raw_low = _getter(Raw, "low")
raw_joined = _getter(Raw, "joined")
raw_token = _getter(Raw, "token")
raw_infos = _getter(Raw, "infos")
raw_flags = _getter(Raw, "flags")
raw_n_cues = _getter(Raw, "n_cues")
