"""Tone toward each actor, and who speaks about whom.

:func:`actor_tone` scores every actor mention with the target-dependent tone model of
:mod:`toolkit.sentiment.target` (how the sentence portrays *this* actor), beside the sentence's
own tone, so a class can see the difference between "the sentence is negative" and "the
sentence is negative about this minister". :func:`stances` links each quote's speaker to the actors
named in the quote or its reporting sentence (the speaker's tone toward them), and reported
speech without quotation marks ("X accused Y of …", "X praised Y").

Example:
    >>> import toolkit as pl
    >>> art = pl.load_article("Row\\n\\nCritics accused Smith of lying, but Jones praised Smith.")
    >>> pl.stances(art)[["speaker", "target", "via"]].values.tolist()  # doctest: +SKIP
    [['Jones', 'John Smith', 'reported']]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from toolkit import schema
from toolkit._memo import cached_on_article
from toolkit.entities.actors import _actor_columns
from toolkit.entities.quotes import (
    _NEW_SUBJECT,
    _ROLE_TITLES,
    MEMBERS_LEAD,
    SOURCE_ROLES,
    _quote_columns,
    titled_mention,
)

if TYPE_CHECKING:
    from toolkit.article import Article
    from toolkit.entities.codebook import Codebook

__all__ = ["actor_tone", "stances", "STANCE_VERBS"]

#: Verbs of reported stance: "X <verb> Y" makes a stance of X toward Y even without quotes.
STANCE_VERBS = (
    "accuse", "applaud", "assail", "attack", "back", "blame", "celebrate", "chastise", "commend", "condemn",
    "congratulate", "criticise", "criticize", "decry", "defend", "denounce", "deride", "dismiss", "endorse", "fire",
    "hail", "insult", "lambast", "laud", "mock", "oppose", "praise", "rebuke", "reject", "scold", "slam", "sue",
    "support", "thank", "threaten", "urge", "warn", "welcome", "blast", "castigate", "berate", "excoriate", "ridicule",
    "disparage", "vilify", "salute",
)  # fmt: skip
_STANCE_RE = re.compile(
    r"\b(?:accus(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|critici[sz](?:e|es|ed|ing)|condemn(?:s|ed|ing)?|"
    r"blam(?:e|es|ed|ing)|thank(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|attack(?:s|ed|ing)?|slam(?:s|med|ming)?|"
    r"reject(?:s|ed|ing)?|warn(?:s|ed|ing)?|urg(?:e|es|ed|ing)|support(?:s|ed|ing)?|back(?:s|ed|ing)|"
    r"applaud(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|congratulat(?:e|es|ed|ing)|hail(?:s|ed|ing)?|"
    r"commend(?:s|ed|ing)?|threaten(?:s|ed|ing)?|rebuk(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|"
    r"defend(?:s|ed|ing)?|endors(?:e|es|ed|ing)|lambast(?:s|ed|ing)?|mock(?:s|ed|ing)?|insult(?:s|ed|ing)?|"
    r"sue[sd]?|suing|fired|oppos(?:e|es|ed|ing)|chastis(?:e|es|ed|ing)|scold(?:s|ed|ing)?|"
    r"celebrat(?:e|es|ed|ing)|assail(?:s|ed|ing)?|laud(?:s|ed|ing)?|decr(?:y|ies|ied|ying)|derid(?:e|es|ed|ing)|"
    r"blast(?:s|ed|ing)?|castigat(?:e|es|ed|ing)|berat(?:e|es|ed|ing)|excoriat(?:e|es|ed|ing)|ridicul(?:e|es|ed|ing)|"
    r"disparag(?:e|es|ed|ing)|vilif(?:y|ies|ied|ying)|salut(?:e|es|ed|ing))\b",
    re.IGNORECASE,
)
#: the stance a verb of reported stance states (stems; "urge" and "warn" state none: the model's label stays)
_VERB_STEMS = (
    ("accus", "negative"), ("applaud", "positive"), ("attack", "negative"), ("back", "positive"),
    ("blam", "negative"), ("celebrat", "positive"), ("chastis", "negative"), ("commend", "positive"),
    ("condemn", "negative"), ("congratulat", "positive"), ("critici", "negative"), ("defend", "positive"),
    ("denounc", "negative"), ("dismiss", "negative"), ("endors", "positive"), ("fired", "negative"),
    ("hail", "positive"), ("insult", "negative"), ("lambast", "negative"), ("mock", "negative"),
    ("oppos", "negative"), ("prais", "positive"), ("rebuk", "negative"), ("reject", "negative"),
    ("scold", "negative"), ("slam", "negative"), ("sue", "negative"), ("suing", "negative"),
    ("support", "positive"), ("thank", "positive"), ("threaten", "negative"), ("welcom", "positive"),
    ("assail", "negative"), ("laud", "positive"), ("decr", "negative"), ("derid", "negative"),
    ("blast", "negative"), ("castigat", "negative"), ("berat", "negative"), ("excoriat", "negative"),
    ("ridicul", "negative"), ("disparag", "negative"), ("vilif", "negative"), ("salut", "positive"),
)  # fmt: skip


def _verb_polarity(verb: Any) -> str | None:
    """The stance a reported-stance verb states ("slammed" -> negative, "praised" -> positive), or None."""
    if not isinstance(verb, str):
        return None
    low = verb.lower()
    return next((p for stem, p in _VERB_STEMS if low.startswith(stem)), None)


#: after a quote, what opens another clause ('“a gimmick”, while the Liberal Democrats said')
#: the members named after a group that speaks ("forty leaders, including Kofi Annan and Boutros Boutros-Ghali, said")
_MEMBERS_AFTER = re.compile(rf",\s+{MEMBERS_LEAD}\s+(?:[^,;:“”\"]+,\s*(?:and\s+)?)*?[^,;:“”\"]+,(?=\s+(?!and\b|or\b)[a-z])")
#: (a new subject after it: not '“…,” but also praised Beattie', the speaker's own next clause)
_NEXT_CLAUSE = re.compile(rf"(?:;|\b(?:but|while|whereas|although)\b)\s+{_NEW_SUBJECT}")
_CLAUSE_BREAK = re.compile(r"[;:“”\"]|,\s*(?:but|while|whereas|although)\b|\b(?:but|while|whereas)\b")
# text between a mention and the speaker's name when the mention is part of the speaker's
# noun phrase ("White House Press Secretary Jane Roe", "Kremlin assistant John Doe")
_SPEAKER_NP = re.compile(r"[\s\w.'’-]{0,40}")
#: a role, a comma, then the speaker's name ("White House spokesman, Bryan Whitman", "Merkel's spokesman, Steffen
#: Seibert", "Labour's shadow chancellor, Rachel Reeves"; not "In introducing Palin, McCain said")
_SPEAKER_ROLE_COMMA = re.compile(
    rf"(?:\s?['’]s)?[\s\w.'’-]{{0,40}}?\b(?:{SOURCE_ROLES}|secretary|minister|president|chairman|chairwoman|mayor|"
    rf"governor|advis[eo]rs?|economist|analyst|attorneys?|lawyers?|chancellor|treasurer|chair|head|founder|"
    rf"commissioner|counsel|coordinator|editor|manager|whip|speaker)\s*,\s*",
    re.IGNORECASE,
)
#: a description before the speaker's name: from the sentence's start ("The general secretary of the"), and from
#: the mention to the comma before the name (" union (National Union of Rail, …), ", "'s Chairman, ")
_DESCRIPTION_HEAD = re.compile(
    r"\s*((?:The|A|An|Its|His|Her|Their)\s+(?:(?!\b(?:has|have|had|was|were|is|are|will|would|said|says|been|by)\b)"
    r"[^,;:“”\"()]){0,70})"
)  # (not "The resolution has been welcomed by Israel but condemned by the Syrian foreign minister, X")
_DESCRIPTION_GAP = re.compile(r"(?:['’]s)?(?:[^,;:“”\"!?()]|\([^()]{0,80}\)){0,100},\s*")
_DESCRIPTION_ROLE = re.compile(
    r"\b(?:secretary|chair(?:man|woman|person)?|president|head|director|chief|founder|leader|spokes(?:man|woman|person)|"
    r"official|executive|manager|editor|economist|analyst|minister|ambassador|member|commissioner|governor|"
    r"CEO|coordinator|representative|counsel|attorney|lawyer)\b",
    re.IGNORECASE,
)
_BODY = ("title", "body", "caption")
#: a short description opening the sentence, its head word in group 1 ("The Spaniard", "The 37-year-old Serb")
_SHORT_SUBJECT = re.compile(
    r"\s*(?:The|A|An)\s+(?:(?!(?:of|for|in|at|to|on|with|from)\b)[a-z0-9][\w-]*\s+){0,2}([A-Z]?[\w-]+)"
)
#: what follows it when it is the speaker: an apposition, or the verb ("The Spaniard, who …, said", "The Serb said")
_SUBJECT_THEN_SAID = re.compile(
    r",|\s+(?:also\s+|jointly\s+|both\s+)?(?:said|says|say|told|added|argued|insisted|noted|explained|wrote|write)\b")
#: between two people who speak together: "Dr Melissa Ryan and Dr Ross Nieuwoudt, said in a joint statement" (and after
#: the second of them, _SUBJECT_THEN_SAID)
_CO_SPEAKER_GAP = re.compile(r"\s+and\s+(?:[A-Z][a-z]{1,5}\.?\s+)?")
#: a preposition of place right before a place outside the quote: where the words were said or the event was
_WHERE_PREP = r"(?:in|at|from|near)\s+(?:the\s+)?"
_WHERE = re.compile(rf"\b{_WHERE_PREP}$", re.IGNORECASE)
#: the audience or the event, then where it was: "told reporters at the White House", "a news conference outside
#: the Capitol"
_VENUE_BEFORE = re.compile(r"\b(?:reporters|journalists|supporters|a (?:news|press) conference|a briefing|a rally)\s+"
                           r"(?:at|in|outside|inside)\s+(?:the\s+)?$", re.IGNORECASE)
#: a wire dateline at the start of a line: the town in capitals, a state, a date, the agency, then a dash
_DATELINE_PREFIX = re.compile(
    r"(?m)^[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?(?:,\s*[A-Z][a-z]{2,9}\.?\s\d{1,2}(?:,\s*\d{4})?)?"
    r"\s*(?:\([^()\n]{1,40}\)\s*)?[-—–]\s")
_DATELINE_REACH = 3000
#: a sentence opening with a subject pronoun, then its verb ("He praised", "She later criticised")
_PRONOUN_START = re.compile(r"\s*(?:He|She)\s+(?:(?:also|then|later|again|\w+ly)\s+)?(?=[a-z])")
_AT_AN_EVENT = re.compile(r"\b(?:at|during)\s+(?:a|an|the)\s+$", re.IGNORECASE)
_EVENT_AFTER = re.compile(r"\s+(?:ceremony|event|briefing|news conference|press conference|rally|summit|meeting|"
                          r"reception|dinner|gathering|forum|conference|lecture|fundraiser)\b")
_QUOTE_THEN_WHERE = re.compile(rf"[\s,”\"’']{{0,3}}{_WHERE_PREP}", re.IGNORECASE)
_TOPIC_IN = re.compile(
    r"\b(?:situation|crisis|conflict|affairs|violence|influence|war|elections?|polic(?:y|ies)|activit(?:y|ies)|"
    r"presence|operations?|involvement|role|interests?|problems?|issues?|interference|intervention|"
    r"count|toll|occupation|attacks?|targets?|law|laws)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_THINGS = frozenset(("work", "product", "event", "other"))
# from the end of the speaker's name to a mention inside its apposition: a comma, then a
# description ("a city councilman in", "the chairman of the 11th", "who was the 2010"), with no
# quotation mark, clause end or new verb of saying/adding in between
_APPOSITION_PART = (
    r",\s+(?!(?!(?:managing|acting|founding|outgoing|incoming|leading|visiting|ruling|governing|presiding|"
    r"reigning|sitting|consulting|contributing|supervising|polling|serving)\b)\w+ing\b|"
    r"(?:said|says|told|tells|added|adds|adding|noted|notes|explained|explains|stated|states|argued|argues|wrote|"
    r"writes|warned|warns|claimed|claims|insisted|insists|announced|announces|confirmed|confirms|asked|asks|"
    r"replied|replies|and|but|while|as|because|after|before|when)\b)"
    r"(?:(?![.!?]\s)[^,;:“”\"])*"
)
# the speaker's affiliation right after the name ("Jonathan Rose of Queen's University in Kingston, Ontario
# told"), then possibly an apposition
_AFFILIATION = r"\s+(?:of|from|at)\s+(?:(?:the|of|in|for|and|at|on|&|(?-i:[A-Z])[\w.'’&-]*)(?:,?\s+|(?=,)|$))*"
_APPOSITION = re.compile(rf"’s|'s|(?:’s|'s)?(?:{_AFFILIATION})?(?:{_APPOSITION_PART})+|{_AFFILIATION}", re.IGNORECASE)
# a stance word used as a noun or infinitive ("its support for", "plans to attack") or passively
# ("was criticised", "threatened by") states no stance of the subject toward the object
_NOT_FINITE = re.compile(
    r"(?:\b(?:to|its|their|his|her|the|a|an|our|my|your|for|of|was|were|is|are|be|been|being|"
    r"has|have|had)\s+(?:\w+ly\s+)?)$",
    re.IGNORECASE,
)
#: a role noun right after a name makes the name a modifier ("White House official", "GOP aides")
_ROLE_AFTER = re.compile(rf"\s+(?:{SOURCE_ROLES})\b", re.IGNORECASE)
#: whom or where the speaker spoke: "told a group of Associated Press editors", "said on Twitter", "posted a
#: message on Twitter"
_LISTENER = re.compile(
    r"\b(?:(?:told|tells|telling|tell)(?:\s+(?:a|an)\s+\w+\s+of)?|in an interview with|speaking to|spoke to|"
    r"said to|according to|(?:said|says|wrote|writes|posted|tweeted|announced)\s+(?:on|in)|reported by|"
    r"(?:a|an|the|his|her|their|its)\s+(?:\w+\s+)?(?:message|post|statement|video|tweet|interview|letter|"
    r"blog post)\s+(?:on|to|with))"
    # (a quotation mark or wiki italics before the outlet: "told ''The Times''"; its kind: "according to state
    # broadcaster CCTV", "told the news agency Reuters")
    r"\s+(?:the\s+)?(?:(?:state|public|news|private|national|local|wire|[a-z]+-run|[a-z]+-owned)\s+)?"
    # (and a people's or a place's word before the kind: "told Indian broadcaster DD News", "the German daily X")
    r"(?:(?:[\w-]+\s+)?(?:broadcaster|newspaper|daily|agency|news agency|channel|network|outlet|tabloid|magazine|website|"
    r"radio|television|TV)\s+)?(?:''|[\"“'‘])?$",
    re.IGNORECASE,
)
#: a programme after a broadcaster's name: "in the ''Channel 1'' interview", "on the BBC programme"
_MEDIUM_AFTER = re.compile(r"[\s'’”\"]*(?:interview|broadcast|programme|program|show|podcast|newscast)\b", re.IGNORECASE)
#: platforms a message is posted on ("… on Twitter"): the medium, not a target
_PLATFORMS = frozenset(["Twitter", "Facebook", "Instagram", "YouTube", "TikTok", "Weibo", "Telegram", "Truth Social",
                        "LinkedIn", "Reddit", "WhatsApp", "X"])
_OPEN_SINGLE = re.compile(r"(?:^|\s)['‘](?=\w)")
#: between the subject's name and the stance verb: adverbs, auxiliaries, a time, an apposition
_SUBJECT_GAP = re.compile(
    r"(?:\s*,[^,;:“”\"]{1,80},)?(?:\s+(?:\w+ly|also|then|later|again|today|yesterday|tonight|has|have|had|"
    r"would|will|could|did|does|do|not|never|on\s+\w+day|last\s+\w+|this\s+\w+|in\s+\d{4}))*\s*",
    re.IGNORECASE,
)
_AFTER_PREPOSITION = re.compile(r"\b(?:on|in|at|from|to|with|by|of|for|via)\s+(?:the\s+)?$", re.IGNORECASE)
#: between a demonym and the name it modifies: capitalised title words only ("British Prime Minister")
_TITLE_GAP = re.compile(r"\s+(?:[A-Z][\w.'’-]*\s+){0,4}")
_POSSESSIVE_TITLE_GAP = re.compile(r"\s?['’]s\s+(?:[A-Z][\w.'’-]*\s+){0,4}")
#: between the stance verb and its object's name: a determiner and capitalised title words only
_OBJECT_GAP = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|fellow|former|rival|ruling|governing|opposition|incumbent|outgoing|new|"
    r"main|current|then|late|embattled|exiled|jailed|ousted|veteran|ailing)\s+)*(?:[A-Z][\w.’'-]*\s+){0,3}"
)  # ("hailed the ruling Left Front's “march to power”")
_AND = re.compile(r"(?:(?:['’]s)?(?:\s+(?!and\b|but\b)[a-z]+){1,4})?,?\s+(?:and|but)\s+(?:also\s+|then\s+|\w+ly\s+)?")
# ("X praised Y and thanked Z", "He praised Qatar's efforts but criticised Israel's conduct")
_BY = re.compile(r"\s+by\b", re.IGNORECASE)


def _sentence_bounds(article: Article) -> tuple[list[int], list[int], list[int]]:
    from toolkit.text.segment import sentence_rows

    rows = sentence_rows(article)
    return [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]


@cached_on_article
def _actor_tone_columns(
    article: Article,
    *,
    codebook: Codebook | Mapping[str, Any] | str | Path | None = None,
    evidence: bool = True,
) -> dict[str, list[Any]]:
    from toolkit.sentiment.target import load_model
    from toolkit.sentiment.tone import _tone_columns

    m = _actor_columns(article, codebook=codebook)
    text = article.text
    sids, s_start, s_end = _sentence_bounds(article)
    pos = {sid: i for i, sid in enumerate(sids)}
    tone_cols = _tone_columns(article)
    sent_tone = dict(zip(tone_cols["sent_id"], tone_cols["tone"], strict=True))
    # quotes: which mention lies inside whose quote, and who speaks in which sentence
    q = _quote_columns(article, codebook=codebook)
    q_start, q_end, q_speaker = q["start"], q["end"], q["speaker"]
    order = sorted(range(len(q_start)), key=q_start.__getitem__)
    qs = [q_start[i] for i in order]
    speakers_in: dict[int, set[str]] = {}
    for sid, sp in zip(q["sent_id"], q_speaker, strict=True):
        if sp:
            speakers_in.setdefault(sid, set()).add(sp)

    # one model item per sentence holding mentions (all its mentions as targets, in order)
    by_sent: dict[int, list[int]] = {}
    for i, sid in enumerate(m["sent_id"]):
        by_sent.setdefault(sid, []).append(i)
    items: list[tuple[str, list[tuple[int, int]], float | None]] = []
    which: list[list[int]] = []
    for sid, idx in by_sent.items():
        k = pos[sid]
        a = s_start[k]
        spans = [(m["start"][i] - a, m["end"][i] - a) for i in idx]
        items.append((text[a : s_end[k]], spans, sent_tone.get(sid)))  # the model reads the sentence's tone
        which.append(idx)
    model = load_model()
    n = len(m["actor"])
    tone_to = [float("nan")] * n
    label = [""] * n
    p = [[float("nan")] * n for _ in range(3)]
    ev = [""] * n
    for (sentence, spans, st), idx in zip(items, which, strict=True):
        # (start, end, target, tone_to, label, pn, p0, pp, evidence); without evidence (the corpus
        # table) the sentence is not kept in the model's memo for a later explanation
        rows = model._rows(sentence, spans, explain=evidence, tone=st, keep=evidence)
        for i, row in zip(idx, rows, strict=True):
            tone_to[i], label[i] = row[3], row[4]
            p[0][i], p[1][i], p[2][i] = row[5], row[6], row[7]
            ev[i] = row[8]
    quoted_by: list[str | None] = []
    speaker: list[bool] = []
    for i in range(n):
        s, actor, sid = m["start"][i], m["actor"][i], m["sent_id"][i]
        j = bisect_right(qs, s) - 1
        inside = None
        if j >= 0 and s < q_end[order[j]]:
            sp = q_speaker[order[j]]
            inside = sp if sp and sp != actor else None
        quoted_by.append(inside)
        is_speaker = actor in speakers_in.get(sid, ())
        speaker.append(is_speaker)
        if evidence:
            notes = []
            if inside:
                notes.append(f"inside a quote by {inside}")
            if is_speaker:
                notes.append("the actor is the speaker of a quote here")
            if notes:
                ev[i] = "; ".join([*notes, ev[i]] if ev[i] else notes)
    return {
        "actor": list(m["actor"]), "type": list(m["type"]), "surface": list(m["surface"]),
        "start": list(m["start"]), "end": list(m["end"]), "sent_id": list(m["sent_id"]), "kind": list(m["kind"]),
        "tone_to": tone_to, "label": label, "p_negative": p[0], "p_neutral": p[1], "p_positive": p[2],
        "sentence_tone": [sent_tone.get(sid, float("nan")) for sid in m["sent_id"]],
        "speaker": speaker, "quoted_by": quoted_by, "evidence": ev,
    }  # fmt: skip


def _mention_columns(
    article: Article, *, codebook: Codebook | Mapping[str, Any] | str | Path | None = None
) -> dict[str, list[Any]]:
    """The actors core plus the tone toward each mention (the corpus ``mentions`` table):
    ``tone_to``, ``tone_label`` and ``sentence_tone`` (no evidence: corpus speed)."""
    m = _actor_columns(article, codebook=codebook)
    t = _actor_tone_columns(article, codebook=codebook, evidence=False)
    return {**m, "tone_to": t["tone_to"], "tone_label": t["label"], "sentence_tone": t["sentence_tone"]}


def actor_tone(
    article: Article,
    *,
    codebook: Codebook | Mapping[str, Any] | str | Path | None = None,
    evidence: bool = True,
) -> pd.DataFrame:
    """Tone toward each actor mention (target-dependent), beside the sentence's tone.

    Returns:
        One row per mention of :func:`toolkit.actors` (same order and keys): ``actor``, ``type``,
        ``surface``, ``start``, ``end``, ``sent_id``, ``kind``; ``tone_to`` (-1..1, how the
        sentence portrays this actor: ``p_positive - p_negative`` of the model), ``label``
        (negative / neutral / positive), ``p_negative``, ``p_neutral``, ``p_positive``,
        ``sentence_tone`` (the sentence's own ``tone``, for comparison), ``speaker`` (the actor
        speaks a quote in this sentence), ``quoted_by`` (the speaker of the quote the mention is
        inside, when someone else) and ``evidence`` (the words that moved the score, with their
        weight and why; '' with ``evidence=False``, which is faster).

    The model and its data: :mod:`toolkit.sentiment.target` (NewsMTSC, MIT licence).
    """
    return schema.frame("actor_tone", _actor_tone_columns(article, codebook=codebook, evidence=evidence))


#: a firm's noun after a demonym ("the Japanese company's acquisition"): the firm's origin, no one spoken of
_FIRM_NOUN_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:company|firm|group|steelmaker|carmaker|automaker|bank|giant|conglomerate|"
                              r"maker|manufacturer|retailer|insurer|airline|operator|investor|buyer|bidder)(?:['’]s)?\b")


def _in_apposition(text: str, sp_end: int, start: int) -> bool:
    """Whether a mention at ``start`` is inside an apposition describing the speaker whose name
    ends at ``sp_end`` (", a city councilman in Hendersonville, who was the 2010 GOP nominee")."""
    return 0 < start - sp_end <= 160 and _APPOSITION.fullmatch(text, sp_end, start) is not None


def _described_before(text: str, lo: int, start: int, end: int, sp_start: int) -> bool:
    """Whether a mention at ``start:end`` is inside a description that opens its sentence (from ``lo``) and
    ends with a comma right before the speaker's name at ``sp_start`` ("The general secretary of the RMT
    union (National Union of Rail, Maritime and Transport Workers), Mick Cash, said"; "The Committee's
    Chairman, Paul A Volcker, stated")."""
    if not 0 < sp_start - end <= 120 or _DESCRIPTION_GAP.fullmatch(text, end, sp_start) is None:
        return False
    head = _DESCRIPTION_HEAD.fullmatch(text, lo, start)
    return head is not None and _DESCRIPTION_ROLE.search(text, head.start(1), sp_start) is not None


def _speaker_np(text: str, a_end: int, sp_start: int) -> bool:
    return 0 <= sp_start - a_end <= 60 and (
        (sp_start - a_end <= 40 and _SPEAKER_NP.fullmatch(text, a_end, sp_start) is not None)
        or _SPEAKER_ROLE_COMMA.fullmatch(text, a_end, sp_start) is not None)


#: a person named by a role alone ("the mayor", "the governor's remarks"): not "the mayor of X" (another one, maybe),
#: not before a name ("the Mayor Tom Reyes"), not "the former mayor"
_ROLE_REFERENCE = re.compile(rf"\b[Tt]he\s+((?i:{'|'.join(sorted(_ROLE_TITLES, key=len, reverse=True))}))\b"
                             r"(?!['’]?\s*(?:of\b|[A-Z]|-))")


def _role_references(article: Article, at: dict[str, list[Any]], adjectival: list[bool]) -> tuple[
        dict[str, list[Any]], list[bool]]:
    """``at`` (the actor tone columns) and ``adjectival`` with a row added for each person named by a role alone in a
    sentence that holds a quote or a verb of stance ("City Council President Ray Okafor defended the mayor." after "Mayor
    Tom Reyes"): the one person named before with that role's title, scored by the tone model like a mention; rows in
    text order. Only :func:`stances` reads them (the actors table holds names only)."""
    text = article.text
    starts, types, actors = at["start"], at["type"], at["actor"]
    people = [i for i, t in enumerate(types) if t == "person"]
    found: list[tuple[int, int, str, str]] = []  # (start, end, actor, title)
    taken = list(zip(starts, at["end"], strict=True))
    for mm in _ROLE_REFERENCE.finditer(text):
        a, b = mm.start(), mm.end()
        if any(s < b and a < e for s, e in taken):
            continue
        titles = _ROLE_TITLES[mm.group(1).lower()]
        holders = {actors[i] for i in people if starts[i] < a and titled_mention(text, starts[i], at["end"][i], titles)}
        if len(holders) == 1:
            found.append((a, b, holders.pop(), mm.group()))
    if not found:
        return at, adjectival
    from toolkit.sentiment.target import load_model
    from toolkit.sentiment.tone import _tone_columns

    sids, s_start, s_end = _sentence_bounds(article)
    tone_cols = _tone_columns(article)
    sent_tone = dict(zip(tone_cols["sent_id"], tone_cols["tone"], strict=True))
    model = load_model()
    rows: list[dict[str, Any]] = []
    for a, b, actor, phrase in found:
        k = bisect_right(s_start, a) - 1
        if k < 0 or a >= s_end[k]:
            continue
        x = s_start[k]
        sid = sids[k]
        r = model._rows(text[x : s_end[k]], [(a - x, b - x)], explain=True, tone=sent_tone.get(sid), keep=True)[0]
        j = bisect_right(starts, a) - 1
        kind = at["kind"][j] if j >= 0 and at["sent_id"][j] == sid else "body"
        note = f"'{phrase}' is {actor} (named with that title before)"
        rows.append({"actor": actor, "type": "person", "surface": phrase, "start": a, "end": b, "sent_id": sid,
                     "kind": kind, "tone_to": r[3], "label": r[4], "p_negative": r[5], "p_neutral": r[6],
                     "p_positive": r[7], "sentence_tone": sent_tone.get(sid, float("nan")), "speaker": False,
                     "quoted_by": None, "evidence": f"{note}; {r[8]}" if r[8] else note, "adjectival": False})
    if not rows:
        return at, adjectival
    merged = [{**{c: at[c][i] for c in at}, "adjectival": adjectival[i]} for i in range(len(starts))] + rows
    merged.sort(key=lambda r: r["start"])
    return {c: [r[c] for r in merged] for c in at}, [r["adjectival"] for r in merged]


@cached_on_article
def _stance_columns(
    article: Article, *, codebook: Codebook | Mapping[str, Any] | str | Path | None = None
) -> dict[str, list[Any]]:
    at = _actor_tone_columns(article, codebook=codebook)
    q = _quote_columns(article, codebook=codebook)
    m = _actor_columns(article, codebook=codebook)
    at, adjectival_all = _role_references(article, at, list(m["adjectival"]))
    text = article.text
    sids, s_start, s_end = _sentence_bounds(article)
    starts = at["start"]
    out: dict[str, list[Any]] = {c: [] for c in schema.columns("stances")}
    seen: dict[tuple[str, int], int] = {}  # (speaker, target's start) -> its row

    def add(speaker: str, speaker_type: str, i: int, via: str, verb: Any, quote_id: int, quote: str) -> None:
        key = (speaker, starts[i])
        polarity = _verb_polarity(verb) if via == "reported" else None
        if key in seen:
            if polarity is not None and out["label"][r := seen[key]] != polarity:
                # 'Zelensky congratulated Usyk on social media, writing: “Ukrainians are hitting hard!”': the quote's
                # row, its direction set by the verb of the sentence that quotes it
                tone = out["tone"][r]
                out["label"][r] = polarity
                out["tone"][r] = abs(tone) if polarity == "positive" else -abs(tone)
                old = out["evidence"][r]
                out["evidence"][r] = f"stance verb '{verb}': {polarity}" + (f"; {old}" if old else "")
            return
        if at["actor"][i] == speaker or at["type"][i] in _THINGS or i in dateline_starts:
            return  # (a stance is toward an actor: not toward a work, product, event or unclear name, nor the
            # dateline's place and agency)
        seen[key] = len(out["speaker"])
        tone, label, evidence = at["tone_to"][i], at["label"][i], at["evidence"][i]
        if polarity is not None:
            # "Sanders slammed Trump": the verb states the stance, so it sets the direction; the model's tone
            # toward the mention gives its strength
            label = polarity
            tone = abs(tone) if polarity == "positive" else -abs(tone)
            evidence = f"stance verb '{verb}': {polarity}" + (f"; {evidence}" if evidence else "")
        for c, v in (
            ("speaker", speaker), ("speaker_type", speaker_type), ("target", at["actor"][i]),
            ("target_type", at["type"][i]), ("tone", tone), ("label", label),
            ("sent_id", at["sent_id"][i]), ("start", starts[i]), ("end", at["end"][i]), ("via", via),
            ("verb", verb), ("quote_id", quote_id), ("quote", quote), ("evidence", evidence),
        ):  # fmt: skip
            out[c].append(v)

    # speakers' own mentions (to drop the speaker NP's modifiers: "White House Press Secretary ...")
    speaker_starts: dict[tuple[str, int], list[int]] = {}
    speaker_ends: dict[tuple[str, int], list[int]] = {}
    for a, s, e, sid in zip(m["actor"], m["start"], m["end"], m["sent_id"], strict=True):
        speaker_starts.setdefault((a, sid), []).append(s)
        speaker_ends.setdefault((a, sid), []).append(e)
    from toolkit.text.quotespans import _Inside, _span_rows

    in_quote = _Inside(_span_rows(article))
    # a wire dateline's town, state and agency ("JERUSALEM (Reuters) -", "NEW YORK —"): where the story was filed
    datelines = [(m.start(), m.end()) for m in _DATELINE_PREFIX.finditer(text, 0, _DATELINE_REACH)]
    dateline_starts = {i for i, st in enumerate(starts) if any(a <= st < b for a, b in datelines)} if datelines else set()
    for qi in range(len(q["quote_id"])):
        sp = q["speaker"][qi]
        if not sp:
            continue
        qa, qb = q["start"][qi], q["end"][qi]
        # sentences the quote overlaps: its reporting sentence(s)
        k0 = max(bisect_right(s_start, qa) - 1, 0)
        k1 = max(bisect_left(s_start, qb) - 1, k0)
        lo, hi = s_start[k0], s_end[k1]
        sp_starts = [s for k in range(k0, k1 + 1) for s in speaker_starts.get((sp, sids[k]), ())]
        sp_ends = [e for k in range(k0, k1 + 1) for e in speaker_ends.get((sp, sids[k]), ())]
        j0, j1 = bisect_left(starts, lo), bisect_left(starts, hi)
        # an unnamed source's own words ("one GOP operative in the state"): not a target
        own: list[tuple[int, int]] = []
        if q["speaker_type"][qi] == "anonymous":
            k = text.find(sp, lo, hi)
            while k >= 0:
                if not qa <= k < qb:
                    own.append((k, k + len(sp)))
                    if (members := _MEMBERS_AFTER.match(text, k + len(sp))) is not None:
                        own.append((k, members.end()))  # "forty African leaders, including Kofi Annan, …": the group's own
                k = text.find(sp, k + 1, hi)
        for i in range(j0, j1):
            inside = qa <= starts[i] < qb
            if not inside and any(a <= starts[i] < b for a, b in own):
                continue
            if not inside and starts[i] >= qb and _NEXT_CLAUSE.search(text, qb, starts[i]) \
                    and not any(qb <= s < starts[i] for s in sp_starts) \
                    and not in_quote(starts[i]):
                continue  # 'Keir Starmer called it “a gimmick”, while the Liberal Democrats said …': another clause
            if not inside and sp_starts and at["end"][i] <= min(sp_starts) and starts[i] < qa and not in_quote(starts[i]) \
                    and any(not in_quote(c.start()) for c in _NEXT_CLAUSE.finditer(text, at["end"][i], min(sp_starts))):
                continue  # 'Giorgia Meloni called the deal “…”, while Emmanuel Macron praised …': the clause before
            if not inside and any(_speaker_np(text, at["end"][i], s) for s in sp_starts):
                continue
            if not inside and any(_in_apposition(text, e, starts[i]) for e in sp_ends):
                continue  # "said Jeff Miller, a city councilman in Hendersonville": who the speaker is
            if not inside and at["type"][i] == "person" and starts[i] < qa and (
                    (any(_CO_SPEAKER_GAP.fullmatch(text, e, starts[i]) for e in sp_ends)  # the speaker, then "and" X
                     and _SUBJECT_THEN_SAID.match(text, at["end"][i]))
                    or any(_CO_SPEAKER_GAP.fullmatch(text, at["end"][i], s0) and _SUBJECT_THEN_SAID.match(text, e)
                           for s0, e in zip(sp_starts, sp_ends, strict=True))):  # X "and" the speaker
                continue  # "Dr Melissa Ryan and Dr Ross Nieuwoudt said in a joint statement": who speaks with them
            if not inside and not sp_starts and starts[i] < qa and (head := _SHORT_SUBJECT.match(text, lo)) \
                    and (starts[i] == head.start(1) or _in_apposition(text, head.end(1), starts[i])) \
                    and _SUBJECT_THEN_SAID.match(text, head.end(1)) \
                    and (head.group(1)[:1].isupper() or _DESCRIPTION_ROLE.fullmatch(head.group(1))):
                continue  # "The Spaniard, who won Wimbledon last year, said": the unnamed speaker's description
            if not inside and any(_described_before(text, lo, starts[i], at["end"][i], s) for s in sp_starts):
                continue  # "The general secretary of the RMT union, Mick Cash, said": who the speaker is
            if not inside and at["type"][i] == "place" and _WHERE.search(text, max(lo, starts[i] - 10), starts[i]) \
                    and not _TOPIC_IN.search(text, max(lo, starts[i] - 40), starts[i]) and not in_quote(starts[i]) \
                    and not text.startswith(("'s", "’s"), at["end"][i]) \
                    and not _QUOTE_THEN_WHERE.fullmatch(text, qb, starts[i]):
                continue  # "At the press conference, held in Cotonou, Yayi thanked Bush": where, no one spoken of
                # (but "the current situation in Zimbabwe, which Brown said was …", "interfering in Zimbabwe's
                # affairs": what was spoken of; nor a place inside another quote, or ending the quote's own sentence:
                # '“Nobody knows who the winner will be” in Iowa, said Pat Rynard')
            if not inside and not in_quote(starts[i]) and (
                    _VENUE_BEFORE.search(text, max(lo, starts[i] - 40), starts[i])
                    or (_AT_AN_EVENT.search(text, max(lo, starts[i] - 12), starts[i]) and _EVENT_AFTER.match(text, at["end"][i]))):
                continue  # "he told reporters at the White House", "said at a White House ceremony": where he spoke
            if not inside and i > 0 and at["type"][i] == "place" and at["type"][i - 1] == "person" \
                    and text[at["end"][i - 1] : starts[i]] == " of ":
                continue  # "flanked by Senator Joe Manchin III of West Virginia": who the person is
            if not inside and (text.startswith(("-based", "–based", "-headquartered"), at["end"][i]) or (
                    adjectival_all[i] and _FIRM_NOUN_AFTER.match(text, at["end"][i]))):
                continue  # "the Japanese company's acquisition of the Pittsburgh-based steelmaker": who a firm is
            if not inside and text[max(0, starts[i] - 2) : starts[i]] in ("R-", "D-", "I-"):
                continue  # "Sen. JD Vance (R-Ohio)", "Mike Johnson, R-La.": a politician's party and state
            if not inside and _LISTENER.search(text, max(lo, starts[i] - 40), starts[i]):
                continue  # "she told the Aspen Times": whom the speaker spoke to, not of
            if not inside and (_MEDIUM_AFTER.match(text, at["end"][i]) or (
                    at["actor"][i] in _PLATFORMS and text[max(lo, starts[i] - 4) : starts[i]].lower().endswith("on "))):
                continue  # 'noted his “strength” on Twitter', "said Livni in the Channel 1 interview": the medium
            add(sp, q["speaker_type"][qi], i, "quote", q["verb"][qi], int(q["quote_id"][qi]), q["text"][qi])
    # reported speech: "X accused Y of ...", "X praised Y"
    adjectival = adjectival_all
    subject_of: dict[int, int] = {}  # an object's subject (-1: a pronoun's antecedent, in pronoun_subject)
    pronoun_subject: dict[int, str] = {}

    def antecedent(prev: int | None) -> str | None:
        """The person who opens sentence ``prev`` (its subject: named before any comma), else None."""
        first = by_sent.get(prev) if prev is not None else None
        if not first:
            return None
        i0 = first[0]
        if at["type"][i0] != "person" or in_quote(starts[i0]) or starts[i0] - sent_start[prev] > 40 \
                or "," in text[sent_start[prev] : starts[i0]]:
            return None
        return at["actor"][i0]

    by_sent: dict[int, list[int]] = {}
    for i, sid in enumerate(at["sent_id"]):
        by_sent.setdefault(sid, []).append(i)
    sent_start = dict(zip(sids, s_start, strict=True))
    prev_sent = dict(zip(sids[1:], sids, strict=False))
    for sid, idx in by_sent.items():
        # "He praised Qatar's efforts": a pronoun opening the sentence, its antecedent the person who opens the one before
        pron = _PRONOUN_START.match(text, sent_start[sid]) if sid in sent_start else None
        if len(idx) < 2 and pron is None:
            continue
        a0, a1 = (pron.start() if pron is not None else at["start"][idx[0]]), at["end"][idx[-1]]
        for mv in _STANCE_RE.finditer(text, a0, a1):
            if in_quote(mv.start()):
                continue  # "a group called 'We support Anders Tegnell'": words quoted, no stance
            subj = [i for i in idx if at["end"][i] <= mv.start()]
            objs = [i for i in idx if at["start"][i] >= mv.end()]
            if not objs:
                continue
            if not subj:
                if pron is None or pron.end() != mv.start() or (who := antecedent(prev_sent.get(sid))) is None:
                    continue
                o_i = objs[0]
                if _CLAUSE_BREAK.search(text, mv.end(), at["start"][o_i]) or not _OBJECT_GAP.fullmatch(
                        text, mv.end(), at["start"][o_i]) or _BY.match(text, mv.end()):
                    continue
                subject_of[o_i] = -1
                pronoun_subject[o_i] = who
                add(who, "actor", o_i, "reported", mv.group(0).lower(), -1, "")
                continue
            s_i = subj[-1]
            if subject_of.get(s_i) == -1 and _AND.fullmatch(text, at["end"][s_i], mv.start()):
                o_i = objs[0]  # "He praised Qatar's efforts but criticised Israel's conduct": the pronoun's antecedent
                if not _CLAUSE_BREAK.search(text, mv.end(), at["start"][o_i]) and _OBJECT_GAP.fullmatch(
                        text, mv.end(), at["start"][o_i]):
                    subject_of[o_i] = -1
                    pronoun_subject[o_i] = pronoun_subject[s_i]
                    add(pronoun_subject[s_i], "actor", o_i, "reported", mv.group(0).lower(), -1, "")
                continue
            coordinated = s_i in subject_of
            if coordinated:  # "X praised Y and thanked Z": Y is an object, X the subject
                if not _AND.fullmatch(text, at["end"][s_i], mv.start()):
                    continue
                s_i = subject_of[s_i]
            elif not _SUBJECT_GAP.fullmatch(text, at["end"][s_i], mv.start()):
                continue  # "According to The Washington Post, intelligence officials warned …": not the Post
            if _AFTER_PREPOSITION.search(text, max(0, at["start"][s_i] - 12), at["start"][s_i]):
                continue  # "posted a message on Twitter blaming Iran": Twitter is no subject
            if at["type"][s_i] not in ("person", "organization"):
                continue  # "the London attacks", "an Apache attack helicopter": no one takes a stance
            gap = mv.start() - at["end"][s_i]
            if _ROLE_AFTER.match(text, at["end"][s_i]):
                continue  # "a White House official, who praised NATO": the official, not the White House
            if not coordinated and (gap > 50 or _CLAUSE_BREAK.search(text, at["end"][s_i], mv.start()) or adjectival[s_i]
                                    or _OPEN_SINGLE.search(text, at["end"][s_i], mv.start())):  # "called 'We support X'"
                continue  # (the second verb of "X praised Y but criticised Z": the gap was read up to Y)
            if _NOT_FINITE.search(text, max(0, mv.start() - 30), mv.start()) or _BY.match(text, mv.end()):
                continue
            o_i = objs[0]
            gap_to = at["start"][o_i]  # where the object's phrase starts
            if adjectival[o_i] and len(objs) > 1 and _TITLE_GAP.fullmatch(text, at["end"][o_i], at["start"][objs[1]]):
                o_i = objs[1]  # "accused British Prime Minister Gordon Brown": the person, not the demonym
                gap_to = at["start"][o_i]
            elif len(objs) > 1 and at["type"][objs[1]] == "person" \
                    and _POSSESSIVE_TITLE_GAP.fullmatch(text, at["end"][o_i], at["start"][objs[1]]):
                o_i = objs[1]  # "criticized Zimbabwe's President Robert Mugabe": the person, not the country
            if _CLAUSE_BREAK.search(text, mv.end(), at["start"][o_i]) or at["start"][o_i] - mv.end() > 60:
                continue
            if not _OBJECT_GAP.fullmatch(text, mv.end(), gap_to):
                continue  # "criticized the president for … Iraq", "accused of rape in Congo": Y is no object
            if at["kind"][s_i] not in _BODY:
                continue
            subject_of[o_i] = s_i
            add(at["actor"][s_i], "actor", o_i, "reported", mv.group(0).lower(), -1, "")
    order = sorted(range(len(out["speaker"])), key=lambda r: (out["start"][r], out["speaker"][r]))
    return {c: [v[r] for r in order] for c, v in out.items()}


def stances(
    article: Article, *, codebook: Codebook | Mapping[str, Any] | str | Path | None = None
) -> pd.DataFrame:
    """Who speaks about whom: the tone of each speaker toward each actor they talk about.

    For each quote, the actors named in the quote or in its reporting sentence (but not the
    words of the speaker's own name and title), and, for reported speech without quotation
    marks, "X <stance verb> Y" ("accused", "praised", "criticised", "welcomed" …) in one clause.
    A person named there by a role alone ("the mayor", "the president's veto") is a target when exactly one person
    was named with that title before ("Mayor Tom Reyes"); its ``evidence`` opens with "'the mayor' is Tom Reyes".
    A speaker/target-mention pair appears once.

    Returns:
        One row per stance: ``speaker``, ``speaker_type`` (actor / anonymous / …, as in
        :func:`toolkit.quotes`), ``target`` (canonical actor), ``target_type``, ``tone`` (the
        target-dependent tone toward the target's mention, -1..1), ``label``, ``sent_id``,
        ``start``/``end`` (the target mention), ``via`` ("quote" or "reported"), ``verb``,
        ``quote_id`` (-1 for reported speech), ``quote`` (the quote text) and ``evidence``. For reported
        speech the stance verb sets the label and the sign of ``tone`` ("slammed": negative, "praised":
        positive; "urged", "warned": the model's), the model the strength; ``evidence`` says so.
    """
    return schema.frame("stances", _stance_columns(article, codebook=codebook))
