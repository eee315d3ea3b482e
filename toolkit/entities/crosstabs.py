"""Tables across actors: frequencies, co-occurrence and keyword in context.

They sit above :mod:`toolkit.entities.actors` (mentions), :mod:`toolkit.entities.quotes`
(speakers) and :mod:`toolkit.sentiment.tone` (sentence tone), and take one article or a corpus.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from toolkit.entities.actors import actors
from toolkit.entities.detection import KEEP_KINDS
from toolkit.schema import columns, empty, frame

if TYPE_CHECKING:
    from toolkit.article import Article
    from toolkit.entities.codebook import Codebook

__all__ = ["codebook_template", "actor_frequencies", "cooccurrence", "kwic", "FREQUENCY_COLUMNS", "COOCCURRENCE_COLUMNS", "KWIC_COLUMNS"]

FREQUENCY_COLUMNS = columns("actor_frequencies")
COOCCURRENCE_COLUMNS = columns("cooccurrence")
KWIC_COLUMNS = columns("kwic")


# ---------------------------------------------------------------------- tables
def _articles(article_or_corpus: Article | Iterable[Article]) -> list[Article]:
    from toolkit.article import Article

    if isinstance(article_or_corpus, Article):
        return [article_or_corpus]
    return list(article_or_corpus)


def actor_frequencies(
    article: Article,
    *,
    codebook: Codebook | Mapping[str, Any] | str | Path | None = None,
) -> pd.DataFrame:
    """Per actor: how often, where, how quoted and in what tone it appears.

    Returns:
        DataFrame, most-mentioned first, with ``actor``, ``type``, ``group``, ``mentions``
        (rows of :func:`actors`, adjectival ones included; ``type`` is the type of most of them),
        ``sentences`` and ``paragraphs``
        (distinct ones mentioning the actor), ``first_position`` (offset of the first mention
        relative to the text length, 0 = start, 1 = end), ``in_title`` (bool), ``in_captions``
        (number of mentions in captions), ``times_quoted`` and ``words_quoted`` (quotes whose
        speaker is the actor, from :func:`toolkit.entities.quotes.quotes`), ``mean_tone`` and ``tone_sd``
        (mean and sample standard deviation of ``toolkit.sentiment.tone.tone`` over the distinct body
        sentences mentioning the actor; NaN when there are none / fewer than two) and ``mean_tone_to``
        (mean tone *toward* the actor over its body mentions, from :func:`toolkit.actor_tone`: how the
        sentences portray the actor, not their overall tone; NaN without body mentions).

    Example:
        >>> from toolkit import load_article
        >>> art = load_article("Talks\\n\\nJane Doe met Acme Corp on Monday. Jane Doe smiled at the end of it.")
        >>> actor_frequencies(art)[["actor", "mentions"]].values.tolist()
        [['Jane Doe', 2], ['Acme Corp', 1]]
    """
    from toolkit.entities.codebook import load_codebook
    from toolkit.entities.quotes import quotes
    from toolkit.entities.stances import _actor_tone_columns
    from toolkit.sentiment.tone import tone

    cb = load_codebook(codebook) if codebook is not None else None
    m = actors(article, codebook=cb)
    if m.empty:
        return empty("actor_frequencies")
    sents = article.sentences
    para_of = dict(zip(sents["sent_id"].tolist(), sents["para_id"].tolist(), strict=True))
    q = quotes(article, codebook=cb)
    said: dict[str, list[int]] = {}
    for spk, kind, words in zip(q["speaker"].tolist(), q["speaker_type"].tolist(), q["n_words"].tolist(), strict=True):
        if kind == "actor":
            acc = said.setdefault(spk, [0, 0])
            acc[0] += 1
            acc[1] += int(words)
    t_all = tone(article)
    tone_of = dict(zip(t_all["sent_id"].tolist(), t_all["tone"].tolist(), strict=True))
    # tone toward each mention (target-dependent; the same cached columns as actor_tone())
    directed = _actor_tone_columns(article, codebook=cb)
    tone_to: dict[str, list[float]] = {}
    for actor, kind, x in zip(directed["actor"], directed["kind"], directed["tone_to"], strict=True):
        if kind == "body" and x == x:
            tone_to.setdefault(actor, []).append(x)
    n = max(len(article.text), 1)
    # One pass over the mentions (plain lists: per-actor pandas groups cost ~40 ms an article).
    groups: dict[str, dict[str, Any]] = {}
    for actor, typ, group, sid, kind, start in zip(
        m["actor"].tolist(), m["type"].tolist(), m["group"].tolist(), m["sent_id"].tolist(),
        m["kind"].tolist(), m["start"].tolist(), strict=True,
    ):  # fmt: skip
        g = groups.get(actor)
        if g is None:
            g = groups[actor] = {"type": typ, "group": group, "mentions": 0, "sents": set(), "paras": set(),
                                 "first": start, "title": False, "captions": 0, "body": set(), "types": {}}  # fmt: skip
        g["mentions"] += 1
        g["types"][typ] = g["types"].get(typ, 0) + 1
        g["sents"].add(sid)
        g["paras"].add(para_of.get(sid))
        g["first"] = min(g["first"], start)
        g["title"] = g["title"] or kind == "title"
        g["captions"] += kind == "caption"
        if kind == "body":
            g["body"].add(sid)
    rows = []
    for actor, g in groups.items():
        # an actor's type: the type of most of its mentions (a country is a place in one mention and
        # an organisation where it acts: "Russia said"); ties go to the first mention's type
        types = g["types"]
        if len(types) > 1:
            g["type"] = max(types, key=lambda t: (types[t], t == g["type"]))
        tones = [tone_of[s] for s in sorted(g["body"]) if s in tone_of and tone_of[s] == tone_of[s]]
        times, words = said.get(actor, (0, 0))
        rows.append((
            actor, g["type"], g["group"], g["mentions"], len(g["sents"]), len(g["paras"]),
            round(int(g["first"]) / n, 4), g["title"], int(g["captions"]), times, words,
            float(np.mean(tones)) if tones else float("nan"),
            float(np.std(tones, ddof=1)) if len(tones) > 1 else float("nan"),
            float(np.mean(tone_to[actor])) if actor in tone_to else float("nan"),
        ))
    rows.sort(key=lambda r: (-r[3], r[6]))  # most mentions first, then first position (stable)
    return frame("actor_frequencies", dict(zip(FREQUENCY_COLUMNS, map(list, zip(*rows, strict=True)), strict=True)))


def cooccurrence(
    article_or_corpus: Article | Iterable[Article],
    *,
    codebook: Codebook | Mapping[str, Any] | str | Path | None = None,
    unit: str = "sentence",
) -> pd.DataFrame:
    """Pairs of actors that appear in the same sentence (or paragraph), with counts.

    Args:
        article_or_corpus: one article or an iterable of articles (counts are summed).
        codebook: optional codebook (see :func:`actors`).
        unit: ``"sentence"`` lists pairs sharing at least one sentence; ``"paragraph"`` pairs
            sharing at least one paragraph.

    Returns:
        DataFrame with ``actor_a`` < ``actor_b`` (alphabetical), ``sentences`` (number of
        sentences mentioning both) and ``paragraphs`` (number of paragraphs mentioning both),
        sorted by the chosen unit's count, descending.

    Example:
        >>> from toolkit import load_article
        >>> art = load_article("Talks\\n\\nJane Doe met Acme Corp on Monday. Jane Doe left after the meeting.")
        >>> cooccurrence(art).values.tolist()
        [['Acme Corp', 'Jane Doe', 1, 1]]
    """
    if unit not in ("sentence", "paragraph"):
        raise ValueError("unit must be 'sentence' or 'paragraph'")
    from itertools import combinations

    from toolkit.entities.codebook import load_codebook

    cb = load_codebook(codebook) if codebook is not None else None
    sent_pairs: Counter = Counter()
    para_pairs: Counter = Counter()
    for art in _articles(article_or_corpus):
        m = actors(art, codebook=cb)
        if m.empty:
            continue
        sents = art.sentences
        para_of = dict(zip(sents["sent_id"].tolist(), sents["para_id"].tolist(), strict=True))
        by_sent: dict[int, set[str]] = {}
        by_para: dict[int, set[str]] = {}
        for actor, sid in zip(m["actor"].tolist(), m["sent_id"].tolist(), strict=True):
            by_sent.setdefault(sid, set()).add(actor)
            by_para.setdefault(para_of[sid], set()).add(actor)
        for names in by_sent.values():
            sent_pairs.update(combinations(sorted(names), 2))
        for names in by_para.values():
            para_pairs.update(combinations(sorted(names), 2))
    keys = set(sent_pairs) if unit == "sentence" else set(para_pairs)
    rows = [(a, b, sent_pairs.get((a, b), 0), para_pairs.get((a, b), 0)) for a, b in keys]
    k = 2 if unit == "sentence" else 3
    rows.sort(key=lambda r: (-r[k], r[0], r[1]))  # the unit's count, descending, then the names
    if not rows:
        return empty("cooccurrence")
    return frame("cooccurrence", dict(zip(COOCCURRENCE_COLUMNS, map(list, zip(*rows, strict=True)), strict=True)))


def kwic(
    article_or_corpus: Article | Iterable[Article],
    term_or_actor: str,
    *,
    window: int = 8,
    codebook: Codebook | Mapping[str, Any] | str | Path | None = None,
) -> pd.DataFrame:
    """Keyword in context for a term or an actor (every alias of the actor).

    If ``term_or_actor`` is the canonical name of an actor found in an article (or a codebook
    name/alias), every mention of that actor matches ("Emmanuel Macron" finds "Mr Macron", "Macron's"...);
    otherwise it is searched as a whole-word, case-insensitive phrase in title, body and caption
    sentences.

    Args:
        window: number of words shown on each side (within the match's paragraph).

    Returns:
        DataFrame with ``article_id``, ``sent_id``, ``start``/``end`` (offsets of the match in
        that article's text), ``left``, ``match``, ``right`` (whitespace collapsed).

    Example:
        >>> from toolkit import load_article
        >>> art = load_article("Talks\\n\\nPresident Jane Doe spoke to the press. Later Doe left the room.")
        >>> kwic(art, "Jane Doe", window=1)[["left", "match", "right"]].values.tolist()
        [['', 'President Jane Doe', 'spoke'], ['Later', 'Doe', 'left']]
    """
    from toolkit.entities.codebook import load_codebook

    cb = load_codebook(codebook) if codebook is not None else None
    target = term_or_actor.strip()
    if cb is not None and cb.resolve(target) is not None:
        target = cb.resolve(target).name  # type: ignore[union-attr]
    rows = []
    for art in _articles(article_or_corpus):
        text = art.text
        m = actors(art, codebook=cb)
        hits = m[m["actor"].str.casefold() == target.casefold()]
        if len(hits):
            spans = list(zip(hits["start"].tolist(), hits["end"].tolist(), hits["sent_id"].tolist(), strict=True))
        else:
            sents = art.sentences[art.sentences["kind"].isin(KEEP_KINDS)]
            pat = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, target.split())) + r"(?!\w)", re.IGNORECASE)
            spans = [
                (mm.start(), mm.end(), int(r.sent_id))
                for r in sents.itertuples(index=False)
                for mm in pat.finditer(text, int(r.start), int(r.end))
            ] if target else []
        sent_para = art.sentences.set_index("sent_id")["para_id"]
        paras = art.paragraphs.set_index("para_id")
        for s, e, sid in spans:
            pid = sent_para.get(sid)
            pa, pb = (int(paras.at[pid, "start"]), int(paras.at[pid, "end"])) if pid is not None else (0, len(text))
            left = _words_before(text, pa, s, window) if window > 0 else []
            right = _words_after(text, e, pb, window) if window > 0 else []
            rows.append((art.id, sid, s, e, " ".join(left), " ".join(text[s:e].split()), " ".join(right)))
    if not rows:
        return empty("kwic")
    return frame("kwic", dict(zip(KWIC_COLUMNS, map(list, zip(*rows, strict=True)), strict=True)))


def _words_before(text: str, lo: int, pos: int, n: int) -> list[str]:
    """``text[lo:pos].split()[-n:]``, reading back only as far as the ``n`` words need (a slice
    that doubles until it holds ``n + 1`` words or reaches ``lo``), not the whole paragraph."""
    size = 16 * (n + 1)
    while True:
        a = max(lo, pos - size)
        words = text[a:pos].split()
        if a == lo or len(words) > n:  # the first word may be cut: with n + 1 words it is not kept
            return words[-n:]
        size *= 2


def _words_after(text: str, pos: int, hi: int, n: int) -> list[str]:
    """``text[pos:hi].split()[:n]``, reading only as far as the ``n`` words need."""
    size = 16 * (n + 1)
    while True:
        b = min(hi, pos + size)
        words = text[pos:b].split()
        if b == hi or len(words) > n:  # the last word may be cut: with n + 1 words it is not kept
            return words[:n]
        size *= 2


def _yaml_str(s: str) -> str:
    import json

    return json.dumps(s, ensure_ascii=False)


def codebook_template(article_or_corpus: Article | Iterable[Article], path: str | Path | None = None) -> str:
    """A starter codebook (YAML with comments) listing the actors found, for a class to edit.

    Actors are listed by number of mentions, each with the surfaces seen as aliases, the detected
    type and an empty group. Written to ``path`` when given; the YAML text is returned.

    Example:
        >>> from toolkit import load_article
        >>> print(codebook_template(load_article("Mr Smith met Acme Corp in Paris.")))  # doctest: +SKIP
    """
    from toolkit.article import Article

    arts = [article_or_corpus] if isinstance(article_or_corpus, Article) else list(article_or_corpus)
    stats: dict[str, dict[str, Any]] = {}
    for art in arts:
        df = actors(art)
        for row in df.itertuples(index=False):
            s = stats.setdefault(row.actor, {"type": row.type, "n": 0, "aliases": {}})
            s["n"] += 1
            surf = " ".join(str(row.surface).split(" (")[0].split())
            if surf != row.actor and not row.adjectival:
                s["aliases"][surf] = s["aliases"].get(surf, 0) + 1
    out = [
        "# Presslens actor codebook — edit me.",
        "# Each actor: aliases (names as written in the text), type (person, organization, place,",
        "# work, product, event or other) and group (a country, side or party you want to compare).",
        "# Merge actors by moving aliases under one name; metonymy is your decision, for example:",
        "#   Russian government:",
        "#     aliases: [the Kremlin, Moscow]",
        "#     type: organization",
        "#     group: Russia",
        "# Names under `ignore` are never counted as actors.",
        f"# Generated from {len(arts)} article(s).",
        "actors:",
    ]
    for name, s in sorted(stats.items(), key=lambda kv: (-kv[1]["n"], kv[0])):
        out.append(f"  {_yaml_str(name)}:  # {s['n']} mention(s)")
        aliases = sorted(s["aliases"], key=lambda a: (-s["aliases"][a], a))
        out.append(f"    aliases: [{', '.join(_yaml_str(a) for a in aliases)}]")
        out.append(f"    type: {s['type']}")
        out.append('    group: ""')
    if not stats:
        out.append("  {}")
    out.append("ignore: []")
    text = "\n".join(out) + "\n"
    if path is not None:
        Path(path).write_text(text, encoding="utf-8")
    return text
