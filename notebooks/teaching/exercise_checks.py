"""Answer checks for the teaching exercises: each says "right" or "not yet" with a hint.

The checks work the answer out from the toolkit at run time (the same tables the students
see), so the expected answers are not written down here and stay true if the article or the
scorers change. Nothing is revealed beyond the hint.

Usage in a notebook (the exercises' folder is the working directory)::

    from exercise_checks import tone_q2
    tone_q2(pulls_vader_down="...", pushes_tone_up="...")
"""

from __future__ import annotations

from collections.abc import Iterable

import toolkit as pl

__all__ = [
    "tone_q2", "tone_q3", "tone_q4", "tone_q5",
    "actors_q1", "actors_q2", "actors_q3", "actors_q4",
    "timeline_q1", "timeline_q2", "timeline_q3",
]  # fmt: skip

#: The sentence of exercise 1, question 2.
Q2_SENTENCE = (
    "Russian President Vladimir Putin said sanctions threatened by Washington and its allies "
    "could lead to a breach of ties."
)
#: Tone scores inside this band count as neutral (the toolkit's label bands).
NEUTRAL = 0.125


def _norm(value: object) -> str:
    return " ".join(str("" if value is None else value).strip().strip("\"'“”‘’").lower().split())


def _blank(*values: object) -> bool:
    """True when an answer is still the placeholder (``...``, ``"..."``) or missing."""
    return any(v is None or v is Ellipsis or _norm(v) in ("", "...", "…") for v in values)


def _say(ok: bool, right: str, hint: str) -> bool:
    print(f"✔ right — {right}" if ok else f"✘ not yet — hint: {hint}")
    return ok


def _todo() -> bool:
    print("✎ write your answer in the cell above (replace the ... ), then run it again")
    return False


# ------------------------------------------------------------------ exercise 1: tone
def tone_q2(pulls_vader_down: str | None = None, pushes_tone_up: str | None = None) -> bool:
    """Which word pulls VADER's score down? Which word does the Presslens tone count as a
    small positive push, from VADER's dictionary?"""
    if _blank(pulls_vader_down, pushes_tone_up):
        return _todo()
    ex = pl.explain_tone(Q2_SENTENCE)
    vader = ex[(ex["scorer"] == "vader") & (ex["contribution"] < 0)]
    down = {_norm(t) for t in vader["token"].dropna()}
    up_rows = ex[(ex["scorer"] == "tone") & (ex["component"] == "vader") & (ex["contribution"] > 0)]
    up = {_norm(t) for t in up_rows["token"].dropna()}
    ok_down = _norm(pulls_vader_down) in down
    ok_up = _norm(pushes_tone_up) in up
    if ok_down and ok_up:
        return _say(True, "one dictionary word carries VADER's whole score, and the tone's VADER part even "
                    "reads a word of 'breach of ties' as positive: a word list does not read the phrase.", "")  # fmt: skip
    if not ok_down:
        return _say(False, "", "keep only the rows where `scorer` is 'vader': which token has a negative contribution?")
    return _say(False, "", "keep the rows where `scorer` is 'tone' and `component` is 'vader': which one is positive?")


def tone_q3(article_label: str | None = None, most_negative_paragraph: int | None = None) -> bool:
    """The article's tone label (negative / neutral / positive, bands ±0.125) and the
    ``para_id`` of its most negative paragraph."""
    if _blank(article_label, most_negative_paragraph):
        return _todo()
    s = pl.tone_summary(pl.load_seed())
    art = float(s.loc[s["level"] == "article", "tone"].iloc[0])
    label = "negative" if art < -NEUTRAL else "positive" if art > NEUTRAL else "neutral"
    paras = s[(s["level"] == "paragraph") & s["tone"].notna()]
    worst = int(paras.loc[paras["tone"].idxmin(), "para_id"])
    if _norm(article_label) != label:
        return _say(False, "", "take the `tone` of the row whose level is 'article' and compare it with ±0.125.")
    try:
        para = int(most_negative_paragraph)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return _say(False, "", "give the paragraph as its number (`para_id`).")
    if para != worst:
        return _say(False, "", "sort the paragraph rows by `tone`: the smallest (most negative) comes first.")
    return _say(True, "and notice how small the numbers are: news writing is restrained.", "")


def tone_q4(sentences: Iterable[str] | None = None) -> bool:
    """Sentences a human reads as negative but the scorer does not: at least two of three
    should score neutral or positive on ``tone``."""
    texts = [t for t in (sentences or []) if str(t).strip()]
    if not texts:
        return _todo()
    scores = pl.score_texts(texts)["tone"].tolist()
    fooled = [t for t, s in zip(texts, scores, strict=True) if s >= -NEUTRAL]
    for t, s in zip(texts, scores, strict=True):
        print(f"  {s:+.2f}  {'fooled' if s >= -NEUTRAL else 'caught'}: {t}")
    return _say(
        len(fooled) >= min(2, len(texts)),
        f"{len(fooled)} of {len(texts)} negative sentences slip through as neutral or positive.",
        "the scorer catches negative *words*; try irony, a double negation or a domain word such as 'troops'.",
    )


def tone_q5(sent_id: int | None = None) -> bool:
    """A sentence of the article on which VADER and TextBlob disagree strongly (≥ 0.4 apart)."""
    if _blank(sent_id):
        return _todo()
    t = pl.tone(pl.load_seed()).set_index("sent_id")
    try:
        row = t.loc[int(sent_id)]  # type: ignore[arg-type]
    except (KeyError, TypeError, ValueError):
        return _say(False, "", "give the sentence number shown in the explorer's Sentence list.")
    gap = abs(float(row["vader"]) - float(row["polarity"]))
    return _say(
        gap >= 0.4,
        f"VADER {row['vader']:+.2f} vs TextBlob {row['polarity']:+.2f}; now read its word contributions.",
        f"they differ by only {gap:.2f} here; switch the scorer and look for a sentence whose colour changes a lot.",
    )


# ------------------------------------------------------------------ exercise 2: actors
def actors_q1(by_mentions: str | None = None, by_words_quoted: str | None = None) -> bool:
    """The most mentioned actor, and the actor with the most quoted words."""
    if _blank(by_mentions, by_words_quoted):
        return _todo()
    f = pl.actor_frequencies(pl.load_seed())
    top_m = _norm(f.sort_values(["mentions", "actor"], ascending=[False, True])["actor"].iloc[0])
    top_q = _norm(f.sort_values(["words_quoted", "actor"], ascending=[False, True])["actor"].iloc[0])
    if _norm(by_mentions) != top_m:
        return _say(False, "", "sort by mentions: `freq.sort_values('mentions', ascending=False)`.")
    if _norm(by_words_quoted) != top_q:
        return _say(False, "", "sort by words_quoted: the most mentioned are not the ones who speak.")
    return _say(True, "prominence by mentions and by voice point to different actors.", "")


def actors_q2(mentioned_never_quoted: str | None = None) -> bool:
    """An actor mentioned at least three times who is never quoted."""
    if _blank(mentioned_never_quoted):
        return _todo()
    art = pl.load_seed()
    f = pl.actor_frequencies(art)
    speakers = {_norm(s) for s in pl.quotes(art)["speaker"].dropna()}
    silent = {_norm(a) for a, m, q in zip(f["actor"], f["mentions"], f["times_quoted"], strict=True) if m >= 3 and q == 0}
    name = _norm(mentioned_never_quoted)
    return _say(
        name in silent and name not in speakers,
        "talked about, never heard: ask whose voice the story carries.",
        "compare the `speaker` column of the quotes with actors mentioned three times or more.",
    )


def actors_q3(moscow_means: str | None = None) -> bool:
    """In this article, does "Moscow" mostly mean a city, a building or a government?"""
    if _blank(moscow_means):
        return _todo()
    answer = _norm(moscow_means)
    ok = "government" in answer or "state" in answer
    return _say(ok, "that is metonymy: a place name standing for those who govern there.",
                "try replacing the word with 'the Russian government' in each line of the KWIC table.")  # fmt: skip


def actors_q4(codebook: object = None) -> bool:
    """The codebook gives the US government the aliases "Washington" and "White House"."""
    if codebook is None:
        return _todo()
    cb = pl.load_codebook(codebook)
    entries = getattr(cb, "entries", {})
    us = [e for e in entries.values() if {"washington", "white house"} <= {_norm(a) for a in e.aliases}]
    if not us:
        return _say(False, "", "add an entry like the Russian one, with the American metonyms as aliases.")
    f = pl.actor_frequencies(pl.load_seed(), codebook=cb)
    name = us[0].name
    rank = list(f.sort_values(["mentions", "actor"], ascending=[False, True])["actor"]).index(name) + 1
    return _say(True, f"{name} is now counted as one actor: rank {rank} by mentions.", "")


# ------------------------------------------------------------------ exercise 3: timeline
def timeline_q1(past: int | None = None, future: int | None = None) -> bool:
    """How many dated events of the *body* are in the past, and how many in the future?"""
    if _blank(past, future):
        return _todo()
    ev = pl.events(pl.load_seed())
    body = ev[ev["kind"] == "body"]["relation"].value_counts()
    want = (int(body.get("past", 0)), int(body.get("future", 0)))
    try:
        got = (int(past), int(future))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return _say(False, "", "give two whole numbers.")
    if got == want:
        return _say(True, "as much future as past: is it a report or an announcement? And how far back do the past dates go?", "")
    return _say(False, "", "count only rows whose `kind` is 'body' (caption dates belong to photos).")


def timeline_q2(chronological: bool | None = None) -> bool:
    """Is the story told in chronological order (dates rising with the sentence number)?"""
    if _blank(chronological):
        return _todo()
    ev = pl.events(pl.load_seed()).dropna(subset=["date_start"]).sort_values("sent_id")
    dates = list(ev["date_start"])
    rising = all(a <= b for a, b in zip(dates, dates[1:], strict=False))
    return _say(bool(chronological) == rising, "look at where the oldest dates sit in the article.",
                "follow the points from left to right: do they only go up?")  # fmt: skip


def timeline_q3(moved: Iterable[str] | None = None) -> bool:
    """Which expressions change their date when the publication date changes?"""
    said = {_norm(m) for m in (moved or []) if _norm(m)}
    if not said:
        return _todo()
    art = pl.load_seed()
    a, b = pl.events(art), pl.events(art, published="2022-03-15")
    moving = {_norm(t) for t, x, y in zip(a["text"], a["date_start"], b["date_start"], strict=True) if x != y}
    if said <= moving and said == moving:
        return _say(True, "exactly the relative expressions move; absolute dates stay.", "")
    if said <= moving:
        return _say(False, "", f"right so far, but {len(moving - said)} more expression(s) move.")
    return _say(False, "", "compare `date_start` in the two tables row by row; names of months keep their year.")
