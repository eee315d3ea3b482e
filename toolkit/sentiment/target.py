"""Target-dependent tone: how does a sentence portray *this* actor?

``target_tone(sentence, spans)`` scores each target span (character offsets) of one sentence;
``score_targets(items)`` does the same for many sentences at once (every actor mention of a corpus);
``TargetToneModel`` is the lower level (``predict``, ``explain``).

The model is a multinomial logistic regression (classes negative / neutral / positive) over
features that tie sentiment words to the target rather than to the sentence:

* lexicon valence (VADER's lexicon / 4 and TextBlob's pattern polarity, both read from the
  installed packages, offline) of every other word, split into positive and negative mass and
  into regions: same clause before / after the target (no ``, ; : but while ...`` between),
  behind a comma or ``and``, behind a clause break, inside a quotation the target is not in,
  nearer to another target of the same sentence than to this one; weighted by
  ``exp(-(distance - 1) / tau)`` (token distance);
* negation (``not``, ``never``, ``n't`` ... in the three words before a sentiment word flips it and
  counts it in its own feature);
* simple grammatical roles: the word right after the target (``X criticised`` -> the target is
  the subject of that word), the word right before it (``criticised X``, ``criticism of X``: the
  target is the object), passives (``X was criticised`` -> object; ``criticised by X`` ->
  subject), possessives (``X's failed plan``);
* quotations: the target is inside a quote, or is its speaker (``X said``, ``according to X``);
* the sentence's own lexicon mass, the target's relative position and whether it is a pronoun;
* words (lower-cased) within ``k`` tokens of the target as sparse features (only words seen at
  least ``min_count`` times in training).

Weights: ``toolkit/data/target_tone_model.json``, trained by ``training/train_target_tone.py`` on
NewsMTSC (Hamborg & Donnay, EACL 2021; MIT licence), hyper-parameters chosen by grouped
cross-validation on its train split. ``tone_to`` is ``p_positive - p_negative`` (-1..1) and
``label`` the most probable class.

Every prediction can be explained: the contributions are in log-odds of *positive versus
negative* (the quantity whose sign is the sign of ``tone_to``); the rows of
:meth:`TargetToneModel.explain` plus its ``(intercept)`` row sum to
``log(p_positive / p_negative)``.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import accumulate, chain
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

__all__ = [
    "CLASSES",
    "MODEL_PATH",
    "TargetToneModel",
    "target_tone",
    "score_targets",
    "load_model",
    "read_target_gold",
    "evaluate_target_tone",
    "extract_features",
]

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "target_tone_model.json"
CLASSES = ("negative", "neutral", "positive")
COLUMNS = [
    "start",
    "end",
    "target",
    "tone_to",
    "label",
    "p_negative",
    "p_neutral",
    "p_positive",
    "evidence",
]

#: Feature-extraction settings; the model file stores the ones it was trained with.
DEFAULT_CONFIG: dict[str, Any] = {
    "tau": 16.0,
    "k": 6,
    "bow_side": False,
    "target_bow": "lower",
    "role_bow": True,
    "sent_bow": "decay",
    "mask_all": True,
}

_OPTIONS_OFF: dict[str, Any] = {
    "bow_side": False,
    "target_bow": False,
    "role_bow": False,
    "sent_bow": False,
    "mask_all": False,
    "compound": False,
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
        from textblob.en import sentiment as S

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
    if w[0].isalpha():
        v, p = _backoff(w, vader), _backoff(w, pattern)
    else:
        v = p = 0.0
    strong = 1 if (w in _STRONG or w in _QUOTES) else 0
    weak = 1 if w in _WEAK else 0
    return v, p, strong, weak, w in negs


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
        self.senti = [i for i, c in enumerate(infos) if c[0] or c[1]]
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
    strong, weak, quote, negated, vv, pv = (
        sent.strong,
        sent.weak,
        sent.quote,
        sent.negated,
        sent.vv,
        sent.pv,
    )
    tq = quote[a]
    dec = _decay(tau)
    # "mask_all": sentence totals leave out words nearer another target
    mask_all = bool(config.get("mask_all"))
    # grammatical roles: the word after the target, the word before it
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
    for i in sent.senti:
        if a <= i < b:
            continue
        if i < a:
            d = a - i
            side = "L"
            lo, hi = i + 1, a
        else:
            d = i - b + 1
            side = "R"
            lo, hi = b, i
        region = None
        for oa, ob in others:
            od = oa - i if i < oa else (i - ob + 1 if i >= ob else 0)
            if 0 <= od < d and not (oa <= i < ob):
                region = "O"
                break
            if oa <= i < ob:
                region = "X"
                break
        if region == "X":
            continue
        if region is None:
            if quote[i] and quote[i] != tq:
                region = "Q"
            elif strong[hi] - strong[lo]:
                region = side + "f"
            elif weak[hi] - weak[lo]:
                region = side + "w"
            else:
                region = side + "s"
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
    if config.get("role_bow"):
        for i, r in role.items():
            wd = low[i]
            if wd[0].isalpha():
                name = f"{r}:{wd}"
                f[name] = 1.0
                if trace is not None:
                    trace.append((name, 1.0, i, _ROLE_WHY[r]))
    # window words (counts; the fast path adds them from per-sentence prefix sums instead)
    if window:
        bs = config.get("bow_side")
        pl, pr = ("L:", "R:") if bs else ("W:", "W:")
        for i in range(max(0, a - k), a):
            name = pl + low[i]
            f[name] = f.get(name, 0.0) + 1.0
            if trace is not None:
                trace.append((name, 1.0, i, f"{a - i} word(s) before the target"))
        for i in range(b, min(n, b + k)):
            name = pr + low[i]
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
            f["T:" + low[i]] = 1.0
            if trace is not None:
                trace.append(("T:" + low[i], 1.0, i, "word of the target"))
    sb = config.get("sent_bow")
    if sb and bag:
        # the rest of the sentence (beyond the window) as a bag of words: "flat" counts them,
        # "decay" (or True) weighs them by distance
        lo_w, hi_w = max(0, a - k), min(n, b + k)
        flat = sb == "flat"
        for i in chain(range(0, lo_w), range(hi_w, n)):
            name = "A:" + low[i]
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
    for name, x, why in dense:
        f[name] = x
        if trace is not None:
            trace.append((name, x, -1, why))
    return f


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


# --------------------------------------------------------------------------- the model
def _span_list(spans: Any) -> list[tuple[int, int]]:
    if (
        isinstance(spans, tuple)
        and len(spans) == 2
        and all(isinstance(x, (int, np.integer)) for x in spans)
    ):
        return [(int(spans[0]), int(spans[1]))]
    return [(int(s), int(e)) for s, e in spans]


class TargetToneModel:
    """Linear target-tone model: weights per feature and class, loaded from a JSON file."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.classes = tuple(data["classes"])
        if self.classes != CLASSES:
            raise ValueError(f"unexpected classes {self.classes}")
        # an option missing from a model file is off (the file was trained without it)
        self.config = {**_OPTIONS_OFF, **data["config"]}
        bias = [float(x) for x in data["intercept"]]
        corr = [float(x) for x in data.get("prior_correction", [0.0, 0.0, 0.0])]
        self.bias = (bias[0] + corr[0], bias[1] + corr[1], bias[2] + corr[2])
        self.weights: dict[str, tuple[float, float, float]] = {
            name: (float(w[0]), float(w[1]), float(w[2]))
            for name, w in zip(data["features"], data["coef"], strict=False)
        }
        self._lexcache: dict[str, tuple[float, float, int, int, bool]] = {}
        sb = self.config.get("sent_bow")
        self._bag_mode = None if not sb else ("flat" if sb == "flat" else "decay")
        # the fast path takes window words under one prefix ("W:", i.e. bow_side False)
        self._fast_ok = not self.config.get("bow_side")
        self._k = int(self.config["k"])
        self._tau = float(self.config["tau"])
        self._word_w: dict[str, tuple[float, ...]] = {}
        self._dd = [math.exp(-d / self._tau) for d in range(128)]
        self._prepare_core()
        self._sents: dict[str, _Sent] = {}

    # ---------------------------------------------------------------- loading
    @classmethod
    def load(cls, path: str | Path = MODEL_PATH) -> TargetToneModel:
        with open(path, encoding="utf-8") as fh:
            return cls(json.load(fh))

    @property
    def credits(self) -> str:
        return str(self.data.get("credits", ""))

    def sentence(self, text: str) -> _Sent:
        s = self._sents.get(text)
        if s is None:
            if len(self._sents) > 4096:
                self._sents.clear()
            s = self._sents[text] = _Sent(text, self._lexcache)
        return s

    # ---------------------------------------------------------------- scoring
    def _scores(self, f: dict[str, float]) -> tuple[float, float, float]:
        s0, s1, s2 = self.bias
        W = self.weights
        for name, x in f.items():
            w = W.get(name)
            if w is not None:
                s0 += w[0] * x
                s1 += w[1] * x
                s2 += w[2] * x
        return s0, s1, s2

    def _prepare_core(self) -> None:
        """Weight tuples of the dense features, indexed for :meth:`_core_scores`."""
        W = self.weights
        z = (0.0, 0.0, 0.0)
        regions = ("Ls", "Rs", "Lw", "Rw", "Lf", "Rf", "Q", "O")
        self._rw = [[[W.get(lx + sg + r, z) for r in regions] for sg in "+-"] for lx in "vp"]
        self._allw = [[W.get(lx + sg + "all", z) for sg in "+-"] for lx in "vp"]
        self._negw = [W.get(lx + "neg", z) for lx in "vp"]
        self._rolew = {r: [W.get(lx + r, z) for lx in "vp"] for r in "SOP"}
        self._dw = {
            name: W.get(name, z)
            for name in (
                "in_quote",
                "speaker",
                "speaker_of_quote",
                "quote_elsewhere",
                "pronoun",
                "first",
                "rel_pos",
                "multi",
                "target_valence",
                "compound",
                "compound_sq",
            )
        }

    def _core_scores(
        self, sent: _Sent, a: int, b: int, others: Sequence[tuple[int, int]]
    ) -> tuple[float, float, float]:
        """``_scores(extract_features(sent, a, b, others, config, None, False, False))`` without
        building the feature dict (the same rules, accumulated straight into the class scores)."""
        cfg = self.config
        tau = self._tau
        low = sent.low
        n = sent.n
        strong, weak, quote, negated, vv, pv = (
            sent.strong,
            sent.weak,
            sent.quote,
            sent.negated,
            sent.vv,
            sent.pv,
        )
        tq = quote[a]
        dec = _decay(tau)
        mask_all = bool(cfg.get("mask_all"))
        s0, s1, s2 = self.bias
        W = self.weights
        # roles (as in extract_features)
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
                    role[j] = "O"
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
        rw, allw, negw, rolew = self._rw, self._allw, self._negw, self._rolew
        for i in sent.senti:
            if a <= i < b:
                continue
            if i < a:
                d = a - i
                left = True
                lo, hi = i + 1, a
            else:
                d = i - b + 1
                left = False
                lo, hi = b, i
            region = -1
            skip = False
            for oa, ob in others:
                if oa <= i < ob:
                    skip = True
                    break
                od = oa - i if i < oa else i - ob + 1
                if 0 <= od < d:
                    region = 7
                    break
            if skip:
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
            w = dec[d] if d < 64 else math.exp(-(d - 1) / tau)
            neg = negated[i]
            r = role.get(i) if region != 7 else None
            for li, val in ((0, vv[i]), (1, pv[i])):
                if not val:
                    continue
                if neg:
                    val = -val
                sg = 0 if val > 0 else 1
                av = val if val > 0 else -val
                x = av * w
                t = rw[li][sg][region]
                s0 += t[0] * x
                s1 += t[1] * x
                s2 += t[2] * x
                if not (mask_all and region == 7):
                    t = allw[li][sg]
                    s0 += t[0] * av
                    s1 += t[1] * av
                    s2 += t[2] * av
                if neg:
                    t = negw[li]
                    s0 += t[0] * w
                    s1 += t[1] * w
                    s2 += t[2] * w
                if r is not None:
                    t = rolew[r][li]
                    s0 += t[0] * val
                    s1 += t[1] * val
                    s2 += t[2] * val
        names = set()  # binary features: each name once
        if cfg.get("role_bow"):
            for i, r in role.items():
                wd = low[i]
                if wd[0].isalpha():
                    names.add(r + ":" + wd)
        tb = cfg.get("target_bow")
        if tb:
            text = sent.text
            for i in range(a, b):
                if tb == "lower" and not text[sent.starts[i]].islower():
                    continue
                names.add("T:" + low[i])
        if names:
            for name in names:
                t = W.get(name)
                if t is not None:
                    s0 += t[0]
                    s1 += t[1]
                    s2 += t[2]
        dw = self._dw
        on = []
        if tq:
            on.append("in_quote")
        has_quote = sent.memo.get("has_quote")
        if has_quote is None:
            has_quote = sent.memo["has_quote"] = any(quote)
        # the speaker: "X said", "said X", "according to X" (and not inside a quote)
        speaker = not tq and (
            any(low[j] in _SAY for j in range(b, min(n, b + 3)))
            or any(low[j] in _SAY for j in range(max(0, a - 2), a))
            or (a >= 2 and low[a - 1] == "to" and low[a - 2] == "according")
        )
        if speaker:
            on.append("speaker")
            if has_quote:
                on.append("speaker_of_quote")
        if has_quote and not tq and not speaker:
            on.append("quote_elsewhere")
        if b - a == 1 and low[a] in _PRONOUNS:
            on.append("pronoun")
        if a == 0:
            on.append("first")
        if others:
            on.append("multi")
        for name in on:
            t = dw[name]
            s0 += t[0]
            s1 += t[1]
            s2 += t[2]
        x = a / max(1, n)
        t = dw["rel_pos"]
        s0 += t[0] * x
        s1 += t[1] * x
        s2 += t[2] * x
        tv = sum(vv[i] for i in range(a, b))
        if tv:
            t = dw["target_valence"]
            s0 += t[0] * tv
            s1 += t[1] * tv
            s2 += t[2] * tv
        if cfg.get("compound"):
            cv, cv2 = _compound(sent)
            if cv:
                t = dw["compound"]
                u = dw["compound_sq"]
                s0 += t[0] * cv + u[0] * cv2
                s1 += t[1] * cv + u[1] * cv2
                s2 += t[2] * cv + u[2] * cv2
        return s0, s1, s2

    def _word_rows(self, sent: _Sent) -> list[tuple[float, ...]]:
        """Per token: the weights of its window feature (``W:``) and of its sentence-bag feature
        (``A:``), per class; once per sentence."""
        rows = sent.memo.get(self)
        if rows is None:
            wc = self._word_w
            rows = []
            for w in sent.low:
                r = wc.get(w)
                if r is None:
                    W = self.weights
                    z = (0.0, 0.0, 0.0)
                    r = wc[w] = (*W.get("W:" + w, z), *W.get("A:" + w, z))
                rows.append(r)
            sent.memo[self] = rows
        return rows

    def _fast_scores(
        self, sent: _Sent, a: int, b: int, others: Sequence[tuple[int, int]]
    ) -> tuple[float, float, float]:
        """Class scores, equal to ``_scores(extract_features(...))`` up to rounding, without
        building feature names: :meth:`_core_scores` plus the window words and the sentence bag
        of words from per-token weight rows."""
        if not self._fast_ok:
            return self._scores(extract_features(sent, a, b, others, self.config))
        s0, s1, s2 = self._core_scores(sent, a, b, others)
        rows = self._word_rows(sent)
        n = sent.n
        k = self._k
        lo, hi = max(0, a - k), min(n, b + k)
        for r in rows[lo:a]:
            s0 += r[0]
            s1 += r[1]
            s2 += r[2]
        for r in rows[b:hi]:
            s0 += r[0]
            s1 += r[1]
            s2 += r[2]
        mode = self._bag_mode
        if mode is not None:
            if mode == "flat":
                for r in chain(rows[:lo], rows[hi:]):
                    s0 += r[3]
                    s1 += r[4]
                    s2 += r[5]
            else:
                dd = self._dd
                if n >= len(dd):
                    dd = self._dd = [math.exp(-d / self._tau) for d in range(2 * n + 64)]
                for i in range(lo):
                    r = rows[i]
                    x = dd[a - i - 1]
                    s0 += r[3] * x
                    s1 += r[4] * x
                    s2 += r[5] * x
                for i in range(hi, n):
                    r = rows[i]
                    x = dd[i - b]
                    s0 += r[3] * x
                    s1 += r[4] * x
                    s2 += r[5] * x
        return s0, s1, s2

    @staticmethod
    def _probs(s: tuple[float, float, float]) -> tuple[float, float, float]:
        m = max(s)
        e0, e1, e2 = math.exp(s[0] - m), math.exp(s[1] - m), math.exp(s[2] - m)
        z = e0 + e1 + e2
        return e0 / z, e1 / z, e2 / z

    def _token_spans(self, sent: _Sent, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        return [sent.token_span(s, e) for s, e in spans]

    def predict_proba(self, sentence: str, spans: Any) -> list[tuple[float, float, float]]:
        """(p_negative, p_neutral, p_positive) per span."""
        spans = _span_list(spans)
        sent = self.sentence(sentence)
        if not sent.n:
            return [(0.0, 1.0, 0.0)] * len(spans)
        tok = self._token_spans(sent, spans)
        out = []
        for idx, (a, b) in enumerate(tok):
            others = [t for j, t in enumerate(tok) if j != idx and t != (a, b)]
            out.append(self._probs(self._fast_scores(sent, a, b, others)))
        return out

    def predict(self, sentence: str, spans: Any, *, explain: bool = False) -> pd.DataFrame:
        """One row per span: start, end, target, tone_to, label, p_*, evidence."""
        spans = _span_list(spans)
        rows = self._rows(sentence, spans, explain=explain)
        return pd.DataFrame(rows, columns=COLUMNS)

    def _rows(
        self, sentence: str, spans: list[tuple[int, int]], *, explain: bool
    ) -> list[tuple[Any, ...]]:
        sent = self.sentence(sentence)
        rows = []
        if not sent.n:
            return [(s, e, sentence[s:e], 0.0, "neutral", 0.0, 1.0, 0.0, "") for s, e in spans]
        tok = self._token_spans(sent, spans)
        for idx, ((s, e), (a, b)) in enumerate(zip(spans, tok, strict=False)):
            others = [t for j, t in enumerate(tok) if j != idx and t != (a, b)]
            if explain:
                trace: list[tuple[str, float, int, str]] = []
                f = extract_features(sent, a, b, others, self.config, trace)
                p0, p1, p2 = self._probs(self._scores(f))
                ev = self._evidence(sent, trace)
            else:
                p0, p1, p2 = self._probs(self._fast_scores(sent, a, b, others))
                ev = ""
            label = "negative" if p0 >= p1 and p0 >= p2 else ("neutral" if p1 >= p2 else "positive")
            rows.append((s, e, sentence[s:e], p2 - p0, label, p0, p1, p2, ev))
        return rows

    # ---------------------------------------------------------------- explanations
    def _contrib(self, sent: _Sent, trace: list[tuple[str, float, int, str]]) -> pd.DataFrame:
        recs = []
        W = self.weights
        for name, x, i, why in trace:
            w = W.get(name)
            if w is None:
                continue
            wt = w[2] - w[0]
            word = sent.low[i] if i >= 0 else ""
            neg = bool(i >= 0 and sent.negated[i] and name[1:2] in "+-" and name[0] in "vp")
            recs.append(
                (
                    name,
                    word,
                    i,
                    wt,
                    x,
                    wt * x,
                    why + ("; negated" if neg else ""),
                    w[0] * x,
                    w[1] * x,
                    w[2] * x,
                )
            )
        return pd.DataFrame(
            recs,
            columns=[
                "feature",
                "word",
                "token",
                "weight",
                "value",
                "contribution",
                "why",
                "contribution_negative",
                "contribution_neutral",
                "contribution_positive",
            ],
        )

    def explain(
        self, sentence: str, start: int, end: int, others: Sequence[tuple[int, int]] = ()
    ) -> pd.DataFrame:
        """Why the target [start, end) got its tone: one row per (feature, word) contribution.

        Columns: feature, word (the sentence word behind it, '' for whole-target features), token
        (its index, -1 if none), weight (positive-minus-negative class weight), value,
        contribution (weight * value, in log-odds of positive vs negative), why, and the three
        per-class contributions. With the ``(intercept)`` row the contributions sum to
        ``log(p_positive / p_negative)``; rows are sorted by absolute contribution."""
        sent = self.sentence(sentence)
        spans = [(start, end), *[(int(s), int(e)) for s, e in others]]
        tok = self._token_spans(sent, spans)
        a, b = tok[0]
        trace: list[tuple[str, float, int, str]] = []
        extract_features(sent, a, b, [t for t in tok[1:] if t != (a, b)], self.config, trace)
        df = self._contrib(sent, trace)
        b0, b1, b2 = self.bias
        icpt = pd.DataFrame(
            [("(intercept)", "", -1, b2 - b0, 1.0, b2 - b0, "class priors", b0, b1, b2)],
            columns=df.columns,
        )
        df = df.sort_values("contribution", key=np.abs, ascending=False, kind="stable")
        return pd.concat([df, icpt], ignore_index=True)

    def _evidence(self, sent: _Sent, trace: list[tuple[str, float, int, str]], top: int = 3) -> str:
        """Short text: the words with the largest contributions, with their reasons."""
        W = self.weights
        per_word: dict[int, list[Any]] = {}
        other: list[tuple[float, str]] = []
        for name, x, i, why in trace:
            w = W.get(name)
            if w is None:
                continue
            c = (w[2] - w[0]) * x
            if i >= 0:
                r = per_word.setdefault(i, [0.0, set()])
                r[0] += c
                # reasons worth showing: region/role/negation of lexicon words, not "anywhere"
                # or the window position of a word feature
                if not why.startswith("anywhere") and not why.endswith(_WINDOW_WHY):
                    r[1].add(why)
            else:
                other.append((c, why))
        items = sorted(per_word.items(), key=lambda kv: -abs(kv[1][0]))[:top]
        parts = []
        for i, (c, whys) in items:
            if abs(c) < 0.05:
                continue
            word = sent.text[sent.starts[i] : sent.ends[i]]
            lex = sent.vv[i] or sent.pv[i]
            lexs = f"lexicon {lex:+.2f}, " if lex else ""
            reasons = "; ".join(sorted(whys))
            neg = ""
            if sent.negated[i]:
                reasons = "; ".join(sorted(whys - {"negated"}))
                neg = f"; '{sent.low[sent.negator[i]]}' negates"
            parts.append(
                f"{word} ({c:+.2f}: {lexs}{reasons}{neg})".replace(", )", ")").replace(": )", ")")
            )
        for c, why in sorted(other, key=lambda t: -abs(t[0]))[:2]:
            if abs(c) >= 0.1:
                parts.append(f"{why} ({c:+.2f})")
        return "; ".join(parts)

    # ---------------------------------------------------------------- batch
    def score_targets(
        self, items: Iterable[tuple[str, Any]], *, evidence: bool = False
    ) -> pd.DataFrame:
        """Score many (sentence, spans) items. One row per span, in order, with an ``item`` column
        (the item's position) before the columns of :func:`target_tone`; ``evidence`` is ''
        unless ``evidence=True`` (slower: the per-word trace is kept)."""
        out: list[tuple[Any, ...]] = []
        for n, (sentence, spans) in enumerate(items):
            for row in self._rows(sentence, _span_list(spans), explain=evidence):
                out.append((n, *row))
        return pd.DataFrame(out, columns=["item", *COLUMNS])


@lru_cache(maxsize=1)
def load_model() -> TargetToneModel:
    """The packaged model (``toolkit/data/target_tone_model.json``), loaded once."""
    return TargetToneModel.load(MODEL_PATH)


def target_tone(
    sentence: str, spans: list[tuple[int, int]] | tuple[int, int], *, explain: bool = False
) -> pd.DataFrame:
    """Tone of ``sentence`` towards each target span (character offsets, ``end`` exclusive).

    Returns one row per span: ``start``, ``end``, ``target`` (the surface text), ``tone_to``
    (``p_positive - p_negative``, -1..1), ``label`` ('negative'/'neutral'/'positive'),
    ``p_negative``, ``p_neutral``, ``p_positive`` and ``evidence`` (the words that moved the
    score most and why; computed only with ``explain=True``, '' otherwise).

    Example:
        >>> s = "Critics accused Smith of lying."
        >>> target_tone(s, (16, 21)).label.tolist()  # doctest: +SKIP
        ['negative']
    """
    return load_model().predict(sentence, spans, explain=explain)


def score_targets(items: Iterable[tuple[str, Any]], *, evidence: bool = False) -> pd.DataFrame:
    """Batch :func:`target_tone`: ``items`` is an iterable of ``(sentence, spans)``; one row per
    span with an ``item`` column (position of the item). About tens of microseconds per span."""
    return load_model().score_targets(items, evidence=evidence)


# --------------------------------------------------------------------------- evaluation
_LABEL_OF = {
    2.0: "negative",
    4.0: "neutral",
    6.0: "positive",
    -1: "negative",
    0: "neutral",
    1: "positive",
}


def _label(x: Any) -> str:
    if isinstance(x, str):
        s = x.strip().lower()
        aliases = {
            "neg": "negative",
            "neu": "neutral",
            "pos": "positive",
            "-1": "negative",
            "0": "neutral",
            "1": "positive",
            "2": "negative",
            "2.0": "negative",
            "4": "neutral",
            "4.0": "neutral",
            "6": "positive",
            "6.0": "positive",
        }
        s = aliases.get(s, s)
        if s not in CLASSES:
            raise ValueError(f"unknown label {x!r}")
        return s
    return _LABEL_OF[float(x) if float(x) in (2.0, 4.0, 6.0) else int(x)]


def read_target_gold(path: str | Path) -> pd.DataFrame:
    """Hand-coded target tone: NewsMTSC JSONL (``sentence_normalized``, ``targets`` with
    ``from``/``to``/``polarity`` 2/4/6) or CSV with columns (sentence, start, end, label) or
    (sentence, target, label) (the first occurrence of ``target`` in the sentence; rows whose
    target is not found raise). Labels: negative/neutral/positive (or -1/0/1, 2/4/6).

    Returns a DataFrame: sent_id, sentence, start, end, target, label (one row per target)."""
    path = Path(path)
    rows = []
    if path.suffix.lower() in (".jsonl", ".json"):
        with open(path, encoding="utf-8") as fh:
            for sid, line in enumerate(ln for ln in fh if ln.strip()):
                r = json.loads(line)
                s = r.get("sentence_normalized") or r["sentence"]
                for t in r["targets"]:
                    rows.append(
                        (
                            sid,
                            s,
                            int(t["from"]),
                            int(t["to"]),
                            s[int(t["from"]) : int(t["to"])],
                            _label(t["polarity"]),
                        )
                    )
    else:
        df = pd.read_csv(path)
        cols = {c.lower().strip(): c for c in df.columns}
        if "sentence" not in cols or "label" not in cols:
            raise ValueError(f"{path}: need columns sentence, label and start/end or target")
        sid_of: dict[str, int] = {}
        for _, r in df.iterrows():
            s = str(r[cols["sentence"]])
            sid = sid_of.setdefault(s, len(sid_of))
            if "start" in cols and "end" in cols and not pd.isna(r[cols["start"]]):
                a, b = int(r[cols["start"]]), int(r[cols["end"]])
            elif "target" in cols:
                t = str(r[cols["target"]])
                a = s.find(t)
                if a < 0:
                    raise ValueError(f"{path}: target {t!r} not in sentence {s!r}")
                b = a + len(t)
            else:
                raise ValueError(f"{path}: need start/end or target columns")
            rows.append((sid, s, a, b, s[a:b], _label(r[cols["label"]])))
    return pd.DataFrame(rows, columns=["sent_id", "sentence", "start", "end", "target", "label"])


def predict_gold(gold: pd.DataFrame) -> pd.DataFrame:
    """``gold`` (from :func:`read_target_gold`) with the model's columns added (``pred``,
    ``tone_to``, ``p_*``); all targets of a sentence are scored together."""
    model = load_model()
    preds: dict[int, tuple[Any, ...]] = {}
    for _, g in gold.groupby("sent_id", sort=False):
        s = g["sentence"].iloc[0]
        spans = list(zip(g["start"].astype(int), g["end"].astype(int), strict=False))
        for ix, row in zip(g.index, model._rows(s, spans, explain=False), strict=False):
            preds[ix] = row
    out = gold.copy()
    out["pred"] = [preds[i][4] for i in gold.index]
    out["tone_to"] = [preds[i][3] for i in gold.index]
    for j, c in enumerate(("p_negative", "p_neutral", "p_positive")):
        out[c] = [preds[i][5 + j] for i in gold.index]
    return out


def classification_report(y_true: Sequence[str], y_pred: Sequence[str]) -> dict[str, Any]:
    """Macro-F1, accuracy, per-class P/R/F1/support and the confusion table (rows gold)."""
    yt = np.asarray(list(y_true))
    yp = np.asarray(list(y_pred))
    per: dict[str, dict[str, float]] = {}
    for c in CLASSES:
        tp = float(np.sum((yt == c) & (yp == c)))
        p = tp / max(1.0, float(np.sum(yp == c)))
        r = tp / max(1.0, float(np.sum(yt == c)))
        f = 2 * p * r / (p + r) if p + r else 0.0
        per[c] = {"precision": p, "recall": r, "f1": f, "support": int(np.sum(yt == c))}
    conf = {g: {p: int(np.sum((yt == g) & (yp == p))) for p in CLASSES} for g in CLASSES}
    return {
        "n": int(len(yt)),
        "macro_f1": float(np.mean([per[c]["f1"] for c in CLASSES])),
        "accuracy": float(np.mean(yt == yp)) if len(yt) else 0.0,
        "per_class": per,
        "confusion": conf,
    }


def _macro_f1_idx(yt: np.ndarray, yp: np.ndarray, idx: np.ndarray) -> np.ndarray:
    """Macro-F1 for each bootstrap row of indices (vectorised); yt/yp are class codes 0..2."""
    t = yt[idx]
    p = yp[idx]
    fs = []
    for c in range(3):
        tp = np.sum((t == c) & (p == c), axis=1)
        npred = np.sum(p == c, axis=1)
        ntrue = np.sum(t == c, axis=1)
        prec = np.where(npred > 0, tp / np.maximum(npred, 1), 0.0)
        rec = np.where(ntrue > 0, tp / np.maximum(ntrue, 1), 0.0)
        fs.append(np.where(prec + rec > 0, 2 * prec * rec / np.maximum(prec + rec, 1e-12), 0.0))
    return np.mean(fs, axis=0)


def bootstrap_ci(
    y_true: Sequence[str], y_pred: Sequence[str], *, n: int = 1000, seed: int = 0
) -> dict[str, list[float]]:
    """95% percentile bootstrap intervals of macro-F1 and accuracy (``n`` resamples of the
    targets with replacement, fixed ``seed``)."""
    code = {c: i for i, c in enumerate(CLASSES)}
    yt = np.array([code[c] for c in y_true])
    yp = np.array([code[c] for c in y_pred])
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(yt), size=(n, len(yt)))
    f1 = _macro_f1_idx(yt, yp, idx)
    acc = np.mean(yt[idx] == yp[idx], axis=1)
    return {
        "macro_f1": [float(np.percentile(f1, 2.5)), float(np.percentile(f1, 97.5))],
        "accuracy": [float(np.percentile(acc, 2.5)), float(np.percentile(acc, 97.5))],
    }


def evaluate_target_tone(
    gold: pd.DataFrame | str | Path, *, n_boot: int = 1000, seed: int = 0
) -> dict[str, Any]:
    """Evaluate :func:`target_tone` on hand-coded targets (a DataFrame from
    :func:`read_target_gold`, or a path to read). Returns the :func:`classification_report` dict
    plus ``ci95`` (bootstrap over targets, ``n_boot`` resamples, fixed ``seed``)."""
    if not isinstance(gold, pd.DataFrame):
        gold = read_target_gold(gold)
    pred = predict_gold(gold)
    rep = classification_report(pred["label"], pred["pred"])
    rep["ci95"] = bootstrap_ci(pred["label"], pred["pred"], n=n_boot, seed=seed)
    return rep
