"""Target-dependent tone, the features: lexicons, the tokenised sentence and feature extraction.

The lower half of :mod:`toolkit.sentiment.target` (whose docstring describes the features): the
word lists of clause breaks, saying verbs and roles; the VADER / pattern lexicons read from the
installed packages; :class:`_Sent`, a sentence tokenised once with per-token lexicon values and
clause/quote structure; and :func:`extract_features`, the named features of one target span.
The model (:mod:`toolkit.sentiment.target_model`) scores them.

Example:
    >>> sent = _Sent("Critics accused Smith of lying.", {})
    >>> sent.low
    ['critics', 'accused', 'smith', 'of', 'lying', '.']
    >>> sent.token_span(16, 21)
    (2, 3)
    >>> f = extract_features(sent, 2, 3)
    >>> f["vO"] < 0  # the target is the object of a negative word
    True
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate, chain
from pathlib import Path
from typing import Any

from toolkit._textblob_en import textblob_en
from toolkit.sentiment.tone_model import _TITLE_SMALL, DESCRIPTORS_WITHOUT_TONE

__all__ = ["DEFAULT_CONFIG", "extract_features"]

#: Feature-extraction settings; the model file stores the ones it was trained with.
DEFAULT_CONFIG: dict[str, Any] = {
    "tau": 16.0,
    "k": 6,
    "bow_side": False,
    "target_bow": "lower",
    "role_bow": True,
    "sent_bow": "decay",
    "mask_all": True,
    "sent_tone": True,
    "neutral_words": True,
}

# --------------------------------------------------------------------------- tokens and lexicons
#: words (possessive "'s" split off: "Trump's" -> "Trump" "'s"), numbers, any other character
_TOKEN = re.compile(r"[A-Za-z]+(?:'(?![sS]\b)[A-Za-z]+)*|'[sS]\b|[0-9]+(?:[.,:][0-9]+)*|\S")
_QUOTES = frozenset({'"', "\u201c", "\u201d"})
_STRONG = frozenset(
    {
        ";",
        ":",
        "(",
        ")",
        "\u2014",
        "\u2013",
        "--",
        "but",
        "however",
        "although",
        "though",
        "while",
        "whereas",
        "yet",
        "because",
        "despite",
        "unlike",
        "instead",
        "?",
        "!",
        ".",
    }
)
_WEAK = frozenset(
    {",", "and", "or", "who", "which", "that", "as", "after", "before", "when", "if", "-"}
)
_NEGATORS_EXTRA = frozenset(
    {
        "no",
        "not",
        "never",
        "n't",
        "cannot",
        "without",
        "nobody",
        "none",
        "nothing",
        "neither",
        "nor",
    }
)
_SAY = frozenset(
    {
        "said",
        "says",
        "say",
        "told",
        "tells",
        "added",
        "stated",
        "wrote",
        "writes",
        "argued",
        "argues",
        "claimed",
        "claims",
        "insisted",
        "insists",
        "noted",
        "notes",
        "explained",
        "asked",
        "asks",
        "tweeted",
        "declared",
        "warned",
        "warns",
        "replied",
        "responded",
        "recalled",
        "acknowledged",
        "admitted",
        "announced",
        "suggested",
        "testified",
        "contended",
        "maintained",
        "predicted",
    }
)
_SKIP_AFTER = frozenset(
    {
        "has",
        "have",
        "had",
        "also",
        "then",
        "later",
        "again",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "must",
        "did",
        "does",
        "do",
        "can",
        "just",
        "already",
        "now",
        "still",
        "repeatedly",
        "publicly",
        "sharply",
        "strongly",
        "openly",
        "quickly",
        "recently",
        "previously",
        "reportedly",
        "allegedly",
        "even",
        "himself",
        "herself",
        "themselves",
        "itself",
        "too",
        "only",
        "never",
        "not",
        "n't",
    }
)
_BE = frozenset(
    {
        "is",
        "was",
        "were",
        "are",
        "been",
        "being",
        "be",
        "'s",
        "got",
        "gets",
        "get",
        "became",
        "become",
    }
)
_SKIP_BEFORE = frozenset(
    {
        "the",
        "a",
        "an",
        "of",
        "against",
        "at",
        "on",
        "to",
        "for",
        "with",
        "about",
        "over",
        "toward",
        "towards",
        "from",
        "into",
        "former",
        "then",
        "president",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gov",
    }
)
_PRONOUNS = frozenset(
    {"he", "she", "they", "him", "her", "them", "his", "their", "we", "i", "you", "it", "us"}
)


#: Words that say who someone is (gender, sexuality, religion, race, origin, party, ideology)
#: rather than how the text portrays them, by the category a word feature sees them as. With the
#: ``neutral_words`` option a window, sentence, target or role word feature reads such a word as
#: its category ("he|she", "<party>") and any capitalised word after the sentence's first as
#: "<name>" (a person, a nationality: "Russian" and "Ukrainian" alike): the model may learn that a
#: pronoun, a party or a name stands there, never which one.
#: A learned weight for "she", "republican" or "comey" would be the training data's prior about a
#: group or a person, not evidence in the sentence (why names were never target features). The
#: lexicon values of these words, and of
#: :data:`~toolkit.sentiment.tone_model.DESCRIPTORS_WITHOUT_TONE`, are 0 ("gay", "black", "old").
IDENTITY_GROUPS: dict[str, str] = {
    w: group
    for group, words in {
        "he|she": "he she",
        "he'll|she'll": "he'll she'll",
        "he'd|she'd": "he'd she'd",
        "him|her|his": "him her his hers",
        "himself|herself": "himself herself",
        "man|woman": "man woman",
        "men|women": "men women",
        "boy|girl": "boy girl",
        "boys|girls": "boys girls",
        "male|female": "male female males females",
        "mr|ms": "mr mrs ms madam sir",
        "lady|gentleman": "lady ladies gentleman gentlemen",
        "parent": "father mother mom dad",
        "parents": "fathers mothers",
        "child": "son daughter",
        "children": "sons daughters",
        "spouse": "husband wife",
        "spouses": "husbands wives",
        "sibling": "brother sister",
        "siblings": "brothers sisters",
        "grandparent": "grandmother grandfather",
        "king|queen": "king queen",
        "kings|queens": "kings queens",
        "prince|princess": "prince princess",
        "<sexuality>": "gay gays lesbian lesbians bisexual transgender trans queer",
        "<religion>": "muslim muslims islam islamic christian christians christianity catholic "
        "catholics jew jews jewish judaism hindu hindus sikh sikhs buddhist buddhists evangelical "
        "evangelicals protestant protestants mormon mormons jain jains druze yazidi yazidis shia "
        "shiite shiites sunni sunnis baha'i atheist atheists",
        "<race>": "black blacks white whites latino latinos latina latinas hispanic hispanics "
        "asian asians arab arabs african africans",
        "<origin>": "immigrant immigrants migrant migrants refugee refugees foreign foreigner "
        "foreigners",
        "<party>": "republican republicans democrat democrats democratic gop",
        "<ideology>": "conservative conservatives liberal liberals progressive progressives "
        "socialist socialists leftist leftists",
    }.items()
    for w in words.split()
}


def _norm(text: str) -> str:
    """Same length as ``text`` (offsets stay valid): curly apostrophes straightened."""
    return text.replace("\u2019", "'").replace("\u2018", "'")


@lru_cache(maxsize=1)
def _lexicons() -> tuple[dict[str, float], dict[str, float], frozenset[str]]:
    """(VADER valence / 4, pattern polarity, negators), from the installed packages (offline).

    VADER's lexicon is the file ``vader_lexicon.txt`` that ``SentimentIntensityAnalyzer`` reads;
    TextBlob's is pattern's ``en-sentiment.xml`` (``textblob.en.sentiment``, averaged over parts of
    speech, the value TextBlob uses for a word)."""
    from vaderSentiment import vaderSentiment as V

    vpath = Path(V.__file__).with_name("vader_lexicon.txt")
    vader: dict[str, float] = {}
    with open(vpath, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2:
                try:
                    vader[parts[0]] = max(-1.0, min(1.0, float(parts[1]) / 4.0))
                except ValueError:
                    continue
    pattern: dict[str, float] = {}
    try:
        from toolkit._textblob_en import textblob_en

        S = textblob_en().sentiment

        len(S)  # load the lexicon
        for w in dict.keys(S):
            entry = dict.__getitem__(S, w)
            avg = entry.get(None)
            if avg is not None and avg[0] != 0.0:
                pattern[w.lower()] = float(avg[0])
    except Exception:  # pragma: no cover - textblob missing or changed: VADER alone
        pattern = {}
    neg = frozenset(w for w in V.NEGATE) | _NEGATORS_EXTRA
    return vader, pattern, neg


def _backoff(w: str, lex: dict[str, float]) -> float:
    """Lexicon value of a word or of a simple base form (British -ise, -ed, -ing, -s)."""
    v = lex.get(w)
    if v is not None:
        return v
    if "is" in w:
        v = lex.get(w.replace("is", "iz"))
        if v is not None:
            return v
    for suf, rep in (
        ("ied", "y"),
        ("ies", "y"),
        ("ed", ""),
        ("ed", "e"),
        ("ing", ""),
        ("ing", "e"),
        ("es", ""),
        ("s", ""),
        ("d", ""),
    ):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            v = lex.get(w[: -len(suf)] + rep)
            if v is not None:
                return v
    return 0.0


def _word_info(w: str) -> tuple[float, float, int, int, bool]:
    """(VADER valence, pattern polarity, strong break 0/1, weak break 0/1, negator) of a token."""
    vader, pattern, negs = _lexicons()
    if w[0].isalpha() and w not in IDENTITY_GROUPS and w not in DESCRIPTORS_WITHOUT_TONE:
        v, p = _backoff(w, vader), _backoff(w, pattern)
    else:
        v = p = 0.0
    strong = 1 if (w in _STRONG or w in _QUOTES) else 0
    weak = 1 if w in _WEAK else 0
    return v, p, strong, weak, w in negs


def _inside_names(
    text: str, low: list[str], starts: list[int], ends: list[int], vv: list[float], pv: list[float]
) -> list[int]:
    """Tokens with a lexicon value that are capitalised words of a name of two or more capitalised
    words, one space apart ("Great Britain", "the Supreme Court"; not a word in capitals, not in a
    title-case sentence): the rule of :func:`toolkit.sentiment.tone_model.name_positions`, on this
    module's tokens rather than ``tone``'s whitespace parts (which keep "Gorsuch—like" and "Now-fired"
    whole: read through them, 60 of the 8,288 NewsMTSC sentences would lose a lexicon word of no name)."""
    n = len(low)

    def cap(i: int) -> bool:
        return text[starts[i]].isupper() and low[i] != "i"

    out = [
        i for i in range(n)
        if (vv[i] or pv[i]) and cap(i) and not (ends[i] - starts[i] > 1 and text[starts[i] : ends[i]].isupper())
        and ((i + 1 < n and starts[i + 1] == ends[i] + 1 and text[ends[i]] == " " and cap(i + 1))
             or (i > 1 and starts[i] == ends[i - 1] + 1 and text[starts[i] - 1] == " " and cap(i - 1)))
    ]
    if out and not any(text[starts[i]].islower() and w not in _TITLE_SMALL for i, w in enumerate(low)):
        return []  # a title-case line: its words are words
    return out


class _Sent:
    """One sentence, tokenised once, with per-token lexicon values and clause/quote structure."""

    __slots__ = (
        "text",
        "low",
        "starts",
        "ends",
        "vv",
        "pv",
        "senti",
        "negated",
        "quote",
        "strong",
        "weak",
        "n",
        "memo",
        "negator",
    )

    def __init__(self, text: str, cache: dict[str, tuple[float, float, int, int, bool]]) -> None:
        self.text = text
        self.memo: dict[Any, Any] = {}
        t = _norm(text)
        spans = [m.span() for m in _TOKEN.finditer(t)]
        tl = t.lower()
        if len(tl) == len(t):
            low = [tl[s:e] for s, e in spans]
        else:  # a character whose lower case has another length
            low = [t[s:e].lower() for s, e in spans]
        if "n't" in tl:
            # "didn't" -> "did" "n't" (the negator is its own token)
            low2: list[str] = []
            spans2: list[tuple[int, int]] = []
            for w, (s, e) in zip(low, spans, strict=False):
                if w.endswith("n't") and len(w) > 3 and w not in ("can't", "won't", "ain't"):
                    low2.append(w[:-3])
                    spans2.append((s, e - 3))
                    w, s = "n't", e - 3
                low2.append(w)
                spans2.append((s, e))
            low, spans = low2, spans2
        n = len(low)
        self.n = n
        self.low = low
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        infos = []
        for w in low:
            c = cache.get(w)
            if c is None:
                c = cache[w] = _word_info(w)
            infos.append(c)
        self.vv = vv = [c[0] for c in infos]
        self.pv = pv = [c[1] for c in infos]
        for i in _inside_names(t, low, self.starts, self.ends, vv, pv):
            vv[i] = pv[i] = 0.0  # "Great Britain", "Dick Durbin": a name's word, no tone (as ``tone``)
        self.senti = [i for i, v in enumerate(vv) if v or pv[i]]
        self.strong = [0, *accumulate(c[2] for c in infos)]  # breaks before token i
        self.weak = [0, *accumulate(c[3] for c in infos)]
        quote = [0] * n  # 0 outside quotes, else the quote's number
        if '"' in t or "\u201c" in t or "\u201d" in t:
            qn = 0
            inq = False
            for i, w in enumerate(low):
                if w in _QUOTES:
                    if w == "\u201c":
                        inq = True
                        qn += 1
                    elif w == "\u201d":
                        inq = False
                    else:
                        inq = not inq
                        if inq:
                            qn += 1
                elif inq:
                    quote[i] = qn
        self.quote = quote
        negated = [False] * n  # a negator within the 3 tokens before, no strong break between
        self.negator: dict[int, int] = {}  # negated token -> its negator
        if any(c[4] for c in infos):
            last_neg = -10
            for i, c in enumerate(infos):
                if c[2]:
                    last_neg = -10
                elif i - last_neg <= 3 and (vv[i] or pv[i]):
                    negated[i] = True
                    self.negator[i] = last_neg
                if c[4]:
                    last_neg = i
        self.negated = negated

    def token_span(self, start: int, end: int) -> tuple[int, int]:
        """Indices [a, b) of the tokens overlapping the characters [start, end)."""
        a = bisect_right(self.ends, start)  # first token ending after start
        b = bisect_left(self.starts, end)  # tokens starting before end
        if a < b:
            return a, b
        if not self.n:
            return 0, 1
        # no token inside (empty span or whitespace): the nearest token
        i = min(max(a, 0), self.n - 1)
        if i > 0 and abs(self.starts[i - 1] - start) <= abs(self.starts[i] - start):
            i -= 1
        return i, i + 1


def feature_words(sent: _Sent, neutral: bool) -> list[str]:
    """Per token, the word its word features are named by: the lower-case word, or under
    ``neutral`` (the ``neutral_words`` option) the :data:`IDENTITY_GROUPS` category of an identity
    word and "<name>" for any other capitalised word (the sentence's first word only when the POS
    lexicon knows it as a name or does not know its lower case)."""
    if not neutral:
        return sent.low
    fw = sent.memo.get("fw")
    if fw is None:
        text, groups = sent.text, IDENTITY_GROUPS.get
        # a word of a group by its group ("Republicans": "<party>"), any other capitalised word "<name>"
        # whatever it names (a person, "Russian" and "Ukrainian" alike)
        fw = sent.memo["fw"] = [
            groups(w) or ("<name>" if text[s].isupper() else w)
            for w, s in zip(sent.low, sent.starts, strict=False)
        ]
        starts = sent.starts
        if fw and fw[0] == "<name>":
            # the first word: its group ("He", "Women"), a name when the POS lexicon knows it as one
            # ("Trump", "Russian") or does not know its lower case ("Comey", "Ukrainian"), else the word
            # ("The", "Critics", "Police")
            low0 = sent.low[0]
            lex = textblob_en().lexicon
            tag = lex.get(text[starts[0] : sent.ends[0]])
            name = tag in ("NNP", "NNPS") or lex.get(low0) is None
            fw[0] = groups(low0) or ("<name>" if name else low0)
    return fw


#: Where a sentiment word stands relative to the target (index = the region code of
#: :func:`placed_words`): same clause (s), behind a comma/"and" (w) or another clause (f), before (L)
#: or after (R) the target; inside a quote the target is not in (Q); nearer another target (O).
REGIONS = ("Ls", "Rs", "Lw", "Rw", "Lf", "Rf", "Q", "O")
_NEARER_OTHER = 7


def placed_words(
    sent: _Sent, a: int, b: int, others: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, int, int]]:
    """The sentiment words of ``sent`` seen from the target tokens [a, b): ``(token index, token
    distance, region code)`` per word (see :data:`REGIONS`); words inside the target or inside
    another target are left out. Shared by :func:`extract_features` and the fast scorer."""
    quote, strong, weak = sent.quote, sent.strong, sent.weak
    tq = quote[a]
    out = []
    for i in sent.senti:
        if a <= i < b:
            continue
        if i < a:
            d, left, lo, hi = a - i, True, i + 1, a
        else:
            d, left, lo, hi = i - b + 1, False, b, i
        region = -1
        for oa, ob in others:
            if oa <= i < ob:
                region = -2  # inside another target: not this target's context
                break
            if 0 <= (oa - i if i < oa else i - ob + 1) < d:
                region = _NEARER_OTHER
                break
        if region == -2:
            continue
        if region < 0:
            if quote[i] and quote[i] != tq:
                region = 6
            elif strong[hi] - strong[lo]:
                region = 4 if left else 5
            elif weak[hi] - weak[lo]:
                region = 2 if left else 3
            else:
                region = 0 if left else 1
        out.append((i, d, region))
    return out


def _why_region(region: str) -> str:
    return {
        "Ls": "same clause, before the target",
        "Rs": "same clause, after the target",
        "Lw": "before the target, behind a comma/'and'",
        "Rw": "after the target, behind a comma/'and'",
        "Lf": "before the target, another clause",
        "Rf": "after the target, another clause",
        "Q": "inside a quote the target is not in",
        "O": "nearer another target",
    }[region]


def _roles(low: list[str], n: int, a: int, b: int) -> dict[int, str]:
    """Grammatical roles of the target tokens ``a:b`` toward nearby words: token -> "S" (the target
    is the subject of that word: "X criticised"), "O" (its object: "criticised X", "X was
    criticised", "criticism of X") or "P" (a word the target possesses: "X's failed plan")."""
    role: dict[int, str] = {}
    j = b
    if j < n and low[j] == "'s" and (j + 1 < n and low[j + 1] not in _BE):
        for jj in range(j + 1, min(n, j + 4)):
            role[jj] = "P"
    else:
        while j < n and low[j] in _SKIP_AFTER:
            j += 1
        if j < n and low[j] in _BE:
            j += 1
            while j < n and (low[j] in _SKIP_AFTER or low[j] in _BE):
                j += 1
            if j < n:
                role[j] = "O"  # passive: X was criticised
        elif j < n:
            role[j] = "S"
    j = a - 1
    by = False
    while j >= 0 and low[j] in _SKIP_BEFORE:
        j -= 1
    if j >= 0 and low[j] == "by":
        by = True
        j -= 1
    if j >= 0 and j not in role:
        role[j] = "S" if by else "O"
    return role


def extract_features(
    sent: _Sent,
    a: int,
    b: int,
    others: Sequence[tuple[int, int]] = (),
    config: dict[str, Any] = DEFAULT_CONFIG,
    trace: list[tuple[str, float, int, str]] | None = None,
    bag: bool = True,
    window: bool = True,
) -> dict[str, float]:
    """Features of the target tokens [a, b) of ``sent``; ``others`` are the other targets' token
    spans. With ``trace``, appends (feature, value part, token index or -1, why) per contribution.
    With ``bag=False`` / ``window=False`` the sentence bag-of-words features (``A:``) / the window
    words (``W:``, ``L:``, ``R:``) are left out (the fast path adds their weights from per-sentence
    prefix sums)."""
    tau = config["tau"]
    k = config["k"]
    low = sent.low
    n = sent.n
    f: dict[str, float] = {}
    quote, negated, vv, pv = sent.quote, sent.negated, sent.vv, sent.pv
    tq = quote[a]
    dec = _decay(tau)
    # "mask_all": sentence totals leave out words nearer another target
    mask_all = bool(config.get("mask_all"))
    # grammatical roles: the word after the target, the word before it
    role = _roles(low, n, a, b)
    for i, d, reg in placed_words(sent, a, b, others):
        region = REGIONS[reg]
        w = dec[d] if d < 64 else math.exp(-(d - 1) / tau)
        neg = negated[i]
        for lexname, val in (("v", vv[i]), ("p", pv[i])):
            if not val:
                continue
            if neg:
                val = -val
            sign = "+" if val > 0 else "-"
            name = f"{lexname}{sign}{region}"
            x = abs(val) * w
            f[name] = f.get(name, 0.0) + x
            if not (mask_all and region == "O"):
                f[lexname + sign + "all"] = f.get(lexname + sign + "all", 0.0) + abs(val)
            if neg:
                f[lexname + "neg"] = f.get(lexname + "neg", 0.0) + w
            r = role.get(i)
            if r is not None and region != "O":
                f[lexname + r] = f.get(lexname + r, 0.0) + val
            if trace is not None:
                why = _why_region(region)
                trace.append((name, x, i, why))
                if not (mask_all and region == "O"):
                    trace.append((lexname + sign + "all", abs(val), i, "anywhere in the sentence"))
                if neg:
                    trace.append((lexname + "neg", w, i, "negated"))
                if r is not None and region != "O":
                    trace.append((lexname + r, val, i, _ROLE_WHY[r]))
    # role words as sparse features (learned per word: "slammed", "praised", ...)
    # the words word features are named by ("<name>", "he|she" under neutral_words)
    fw = feature_words(sent, bool(config.get("neutral_words")))
    if config.get("role_bow"):
        for i, r in role.items():
            wd = fw[i]
            if wd[0].isalpha() or wd[0] == "<":
                name = f"{r}:{wd}"
                f[name] = 1.0
                if trace is not None:
                    trace.append((name, 1.0, i, _ROLE_WHY[r]))
    # window words (counts; the fast path adds them from per-sentence prefix sums instead)
    if window:
        bs = config.get("bow_side")
        pl, pr = ("L:", "R:") if bs else ("W:", "W:")
        for i in range(max(0, a - k), a):
            name = pl + fw[i]
            f[name] = f.get(name, 0.0) + 1.0
            if trace is not None:
                trace.append((name, 1.0, i, f"{a - i} word(s) before the target"))
        for i in range(b, min(n, b + k)):
            name = pr + fw[i]
            f[name] = f.get(name, 0.0) + 1.0
            if trace is not None:
                trace.append((name, 1.0, i, f"{i - b + 1} word(s) after the target"))
    tb = config.get("target_bow")
    if tb:
        # "lower": only the target's lower-case words ("critics", "protesters", "the administration"),
        # never names, so no name carries a learned prior of its own
        text = sent.text
        for i in range(a, b):
            if tb == "lower" and not text[sent.starts[i]].islower():
                continue
            f["T:" + fw[i]] = 1.0
            if trace is not None:
                trace.append(("T:" + fw[i], 1.0, i, "word of the target"))
    sb = config.get("sent_bow")
    if sb and bag:
        # the rest of the sentence (beyond the window) as a bag of words: "flat" counts them,
        # "decay" (or True) weighs them by distance
        lo_w, hi_w = max(0, a - k), min(n, b + k)
        flat = sb == "flat"
        for i in chain(range(0, lo_w), range(hi_w, n)):
            name = "A:" + fw[i]
            x = 1.0 if flat else math.exp(-((a - i - 1) if i < a else (i - b)) / tau)
            f[name] = f.get(name, 0.0) + x
            if trace is not None:
                trace.append((name, x, i, "elsewhere in the sentence"))
    # quotes and speakers
    dense: list[tuple[str, float, str]] = []
    if tq:
        dense.append(("in_quote", 1.0, "the target is inside a quote"))
    has_quote = any(quote)
    # the speaker: "X said", "said X", "according to X" (and not inside a quote)
    speaker = not tq and (
        any(low[j] in _SAY for j in range(b, min(n, b + 3)))
        or any(low[j] in _SAY for j in range(max(0, a - 2), a))
        or (a >= 2 and low[a - 1] == "to" and low[a - 2] == "according")
    )
    if speaker:
        dense.append(("speaker", 1.0, "the target is the speaker"))
        if has_quote:
            dense.append(("speaker_of_quote", 1.0, "the target speaks a quotation"))
    if has_quote and not tq and not speaker:
        dense.append(("quote_elsewhere", 1.0, "a quotation the target does not speak"))
    if low[a] in _PRONOUNS and b - a == 1:
        dense.append(("pronoun", 1.0, "the target is a pronoun"))
    if a == 0:
        dense.append(("first", 1.0, "the target opens the sentence"))
    dense.append(("rel_pos", a / max(1, n), "position of the target in the sentence"))
    if others:
        dense.append(("multi", 1.0, "the sentence has other targets"))
    tv = sum(vv[i] for i in range(a, b))
    if tv:
        dense.append(("target_valence", tv, "the target's own words carry sentiment"))
    if config.get("compound"):
        cv, cv2 = _compound(sent)
        if cv:
            dense.append(("compound", cv, "tone of the whole sentence"))
            dense.append(("compound_sq", cv2, "strength of the whole sentence's tone"))
    if config.get("sent_tone"):
        st = local_tone(sent, a, b, others)
        if st:
            part = "the part of the sentence nearest the target" if others else "the whole sentence"
            dense.append(("sentence_tone", st, f"tone of {part} (toolkit tone)"))
            dense.append(("sentence_tone_abs", abs(st), f"how strongly toned {part} is"))
    for name, x, why in dense:
        f[name] = x
        if trace is not None:
            trace.append((name, x, -1, why))
    return f


def sentence_tone(sent: _Sent) -> float:
    """The sentence's own ``tone`` (:func:`toolkit.sentiment.tone.score_texts`), once per sentence.

    An article passes the value its tone table already has (``sent.memo["tone"]``)."""
    t = sent.memo.get("tone")
    if t is None:
        from toolkit.sentiment.tone import _score_rows

        t = sent.memo["tone"] = float(_score_rows([sent.text])[0][3])
    return t


def local_tone(sent: _Sent, a: int, b: int, others: Sequence[tuple[int, int]] = ()) -> float:
    """The ``tone`` of the sentence around the target tokens [a, b): the whole sentence when it has
    no other target, else the part nearer this target than any other (cut half-way between
    neighbouring targets), so that "Critics slammed Smith, but voters praised Jones" gives Smith
    and Jones different starting points."""
    if not others:
        return sentence_tone(sent)
    lo, hi = 0, sent.n
    for oa, ob in others:
        if ob <= a:
            lo = max(lo, (ob + a) // 2)
        elif oa >= b:
            hi = min(hi, (b + oa + 1) // 2)
    if lo == 0 and hi == sent.n:
        return sentence_tone(sent)
    key = ("tone", lo, hi)
    t = sent.memo.get(key)
    if t is None:
        from toolkit.sentiment.tone import _score_rows

        text = sent.text[sent.starts[lo] : sent.ends[hi - 1]] if hi > lo else ""
        t = sent.memo[key] = float(_score_rows([text])[0][3])
    return t


def _compound(sent: _Sent) -> tuple[float, float]:
    """Sentence-level VADER-style compound of the lexicon valences (negated words flipped):
    x / sqrt(x^2 + 15) of the summed valence (VADER scale), and its square (strength either way)."""
    c = sent.memo.get("compound")
    if c is None:
        vv, neg = sent.vv, sent.negated
        x = 4.0 * sum(-vv[i] if neg[i] else vv[i] for i in sent.senti)
        v = x / math.sqrt(x * x + 15.0)
        c = sent.memo["compound"] = (v, v * v)
    return c


_WINDOW_WHY = ("word(s) before the target", "word(s) after the target")


@lru_cache(maxsize=8)
def _decay(tau: float) -> list[float]:
    return [math.exp(-(d - 1) / tau) for d in range(64)]


_ROLE_WHY = {
    "S": "target is the subject of the word",
    "O": "target is the object of the word",
    "P": "the target's (possessive)",
}
