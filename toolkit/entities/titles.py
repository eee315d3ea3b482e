"""Titles of works in quotation marks: 'the film “The Irishman”' is a title, not a quote.

Used by :mod:`toolkit.entities.quotes` (a title is no speech) and :mod:`toolkit.entities.actors`
(a name inside a title is a work, not a person or organisation). :func:`title_flags` gives one
flag per quotation span of :func:`toolkit.text.quotespans._span_rows`, once per article.

Example:
    >>> from toolkit.article import Article
    >>> art = Article("Awards night. His thriller “Harbour Lights” won the top prize on Sunday.")
    >>> title_flags(art)
    [True]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING, Any

from toolkit._memo import cached_on_article
from toolkit.entities.gazetteer import gazetteer
from toolkit.text.quotespans import _span_rows

if TYPE_CHECKING:
    from toolkit.article import Article

__all__ = ["JUDGING_AS", "JUDGING_VERBS", "SPEECH_VERBS", "VERB_RE", "bare_title", "nickname_quote", "title_words",
           "title_quote", "title_flags", "title_spans"]

#: Verbs of judging that attribute a quote only with "as" before it ('dismissed the report as “absurd”'; not
#: 'rejected a UN report that found “…”'; toolkit.entities.quotes).
JUDGING_AS = ("rejected", "rejects", "dismissed", "dismisses", "ridiculed", "ridicules")
#: Verbs of judging that quote the judgement ('criticized the launch as “not constructive”'); part of
#: :data:`SPEECH_VERBS`.
JUDGING_VERBS = (
    "criticized", "criticised", "criticizes", "criticises", "condemned", "condemns", "denounced", "denounces",
    "praised", "praises", "hailed", "hails", "slammed", "slams", "blasted", "labelled", "labeled", "branded", "termed",
    "accused", "accuses", "cited", "cites", "regards", "regarded", "referred", "refers", "thanked", "thanks",
    "assailed", "assails", "lauded", "lauds", "applauded", "applauds", "commended", "commends", "decried", "decries",
    "lambasted", "lambastes", "derided", "derides", *JUDGING_AS,
    # 'Orbán congratulated Georgian Dream on “an overwhelming victory”', 'Starmer wished the King “a full and speedy
    # recovery”', 'welcomed the move as “a step forward”', 'blamed the delay on “red tape”'
    "congratulated", "congratulates", "wished", "wishes", "welcomed", "welcomes", "blamed", "blames",
    # participles after a clause ('Freeland quit, accusing Trudeau of “costly political gimmicks”')
    "accusing", "criticizing", "criticising", "condemning", "denouncing", "praising", "slamming", "branding",
    "labelling", "labeling",
)
#: Verbs of saying that attribute a quote ("said", "told", "quipped", ...), one regex alternation.
SPEECH_VERBS = (
    "said|says|say|added|adds|told|tells|stated|states|explained|explains|noted|notes|wrote|writes|"
    "asked|asks|warned|warns|insisted|insists|argued|argues|claimed|claims|replied|replies|"
    "continued|continues|declared|declares|announced|announces|remarked|remarks|commented|comments|"
    "suggested|suggests|acknowledged|acknowledges|admitted|admits|recalled|recalls|concluded|"
    "concludes|observed|observes|responded|responds|conceded|concedes|urged|urges|described|"
    "called|tweeted|posted|predicted|predicts|emphasised|emphasized|stressed|stresses|reiterated|"
    "confirmed|confirms|denied|denies|promised|promises|vowed|vows|pledged|pledges|believes|believed|thinks|thought|"
    "saying|adding|telling|noting|writing|explaining|warning|arguing|claiming|insisting|stating|"
    "declaring|calling|describing|stressing|asking|remarking|observing|concluding|reiterating|emphasizing|emphasising|"
    "alleged|alleges|alleging|asserted|asserts|asserting|voiced|cautioned|cautions|complained|complains|contended|contends|"
    "countered|counters|retorted|lamented|laments|joked|jokes|boasted|revealed|reveals|disclosed|testified|"
    "maintained|maintains|mentioned|mentions|wondered|agreed|agrees|objected|pleaded|reported|reports|"
    "opined|opines|elaborated|elaborates|reads(?! on\\b)|"
    "read(?=\\s+(?:the|a|an|its|their)\\s+(?:\\w+\\s+)?(?:statement|letter|note|message|post|tweet|notice|sign|banner|"
    "release|decree|order|report|document|placard|caption|citation|verdict|ruling|warning|advisory|alert|bulletin|"
    "announcement|inscription|headline|slogan|motion|resolution|memo|communiqu[eé]|email|plaque|poster|leaflet)\\b)|"
    "quipped|quips|exclaimed|exclaims|shouted|shouts|yelled|yells|whispered|whispers|muttered|mutters|mused|"
    "muses|recounted|recounts|texted|emailed|gushed|fumed|relayed|relays|confided|mouthed|"
    "posting|tweeting|confirming|responding|replying|commenting|announcing|recalling|acknowledging|"
    "admitting|suggesting|predicting|promising|vowing|pledging|urging|cautioning|complaining|conceding|boasting|"
    "lamenting|joking|reporting|revealing|testifying|maintaining|mentioning|countering|"
    "characterized|characterised|characterizing|characterising|lashed|sighed|estimated|estimates|"
    "reacted|responded|indicated|indicates|went on|goes on|put it|puts it|summarized|summarised|summed up|"
    "preached|preaches|pointed out|points out|pointing out|describes|apologized|apologised|"
    "affirmed|affirms|expressed|defines|defined|answered|answers|proclaimed|proclaims|underlined|underscored|"
    "spoke|speaks|talked of|talked about|talks of|talks about|"
    "railed|rails|chastised|scoffed|scoffs|snapped|raged|thundered|murmured|enthused|raved|marvelled|marveled|"
    "surmised|speculated|speculates|reasoned|reckoned|reckons|mocked|scolded|rebuked|chided|berated|"
    "assured|assures|bragged|crowed|sneered|clarified|interjected|implored|"
    "protested|queried|hinted|pondered|ventured|begged|reassured|chimed in|theorized|theorised|informed|informs|"
    "reminded|reminds|screamed|screams|advised|advises|repeated|repeats|demanded|chanted|chants|"
    # a court's words: 'The Supreme Court ruled that “…”', '“…,” the judge ruled.', 'It held that “…”' (not 'ruled Britain', 'ruled out')
    r"ruled(?=\s+that\b|\s*[,.;:])|rules(?=\s+that\b)|held(?=\s+that\b)|holds(?=\s+that\b)|found(?=\s+that\b)|"
    # verbs of judging that quote the judgement: 'criticized the launch as “not constructive”'
    + "|".join(JUDGING_VERBS) + "|"
    "(?:was|were|is|are|been) quoted as saying|(?:was|were|is|are|been) reported as saying|quoted as saying|"
    r"read(?=(?:,? in (?:part|full),?)?\s*[:,]?\s*(?:[“\"]|$)|\.)"
)
VERB_RE = re.compile(rf"\b(?:{SPEECH_VERBS})\b")

_WORK_NOUN_BEFORE = re.compile(
    r"\b(?:film|films|movie|movies|series|show|shows|book|books|novel|novels|memoir|album|albums|song|songs|single|"
    r"singles|play|plays|musical|opera|"
    r"documentary|programme|program|podcast|sitcom|episode|painting|poem|titled|entitled|thriller|drama|"
    r"canvas|canvases|portrait|mural|fresco|triptych|"
    r"comedy|biopic|satire|adaptation|blockbuster|bestseller|sequel|remake|miniseries|docuseries|newspaper|"
    r"magazine|website|blog|videogame|sculpture|exhibition|article|essay|column|op-ed|editorial|booklet|pamphlet|"
    r"manifesto|chapter|hit|track|"
    # 'Swift won for “Midnights,”', 'she sang “Anti-Hero”': a prize won for a work, a work performed or made
    r"(?:won|wins|winning|nominated|shortlisted)\s+for|sang|sings|singing|performed|performs|performing|"
    # 'took best dance/electronic album for “Brat.”', 'record of the year for “Not Like Us”': an award's category
    r"(?:album|record|song|film|picture|movie|book|novel|play|video|single|track|documentary|score|soundtrack|"
    r"performance|screenplay)(?:\s+of\s+the\s+year)?\s+for|"
    r"recorded|records|covered|released|releases|starred\s+in|stars\s+in|directed|"
    # 'the maker of “Call of Duty”', 'the author of "Wolf Hall"': the maker of a work, then the work
    r"(?:maker|makers|creator|creators|publisher|developer|author|authors|producer|producers)\s+of(?:\s+the)?|"
    # 'Ellie Kendrick's production of “Hamlet”', 'a revival of “Oklahoma!”': a staging of a work
    r"(?:production|productions|staging|stagings|revival|revivals|adaptations?|version)\s+of|"
    # 'who played Meera Reed in “Game of Thrones,”', 'best known as the Doctor in “Doctor Who”': a role in a work
    r"(?:played|plays|playing|portrayed|portrays|as\s+the)\s+(?:[A-Z][\w.'’-]*\s+){1,3}in|"
    # 'older hits such as “Crazy in Love”': a plural work noun, then "such as", "including", "like"
    r"(?:hits|songs|singles|tracks|albums|records|films|movies|books|novels|shows|plays|works)\s+"
    r"(?:such as|including|like)|"
    # 'a screen print called “Cowboys and Indians”': a work noun, then "called"/"named"
    r"(?:prints?|paintings?|photographs?|works?|pieces?|exhibits?|installations?|games?|videos?|"
    r"websites?|sites?|blogs?|songs?|films?|books?|shows?|plays?|albums?|projects?|campaigns?|initiatives?|"
    r"programmes?|programs?|movements?|documents?|reports?|memos?|memoranda|dossiers?|papers?|studies|study|"
    r"strateg(?:y|ies)|roadmaps?|manuals?|guides?)\s+(?:called|named|entitled)(?:\s+the)?)\s*[,:]?\s*$",
    re.IGNORECASE,
)
_AWARD_CUE = re.compile(
    r"\b(?:awards?|Oscars?|Golden Globes?|Emmys?|Grammys?|BAFTAs?|best picture|box office|"
    r"starring|directed by|prizes?|trophy|trophies|statuettes?|nods|premiered?|box office|"
    r"(?:album|song|record|film|book|single|video|game) of the year|"
    r"best (?:supporting |lead |original |adapted |animated |international |documentary |new )?"
    r"(?:actor|actress|director|film|picture|song|score|screenplay|feature|artist|album|documentary))\b",
    re.IGNORECASE,
)
#: A maker or player of a work right after its title ('“Mrs Maisel” actress Alex Borstein', '“CBS This Morning”
#: co-host Gayle King'), or the work's kind.
_MAKER_AFTER = re.compile(
    r"[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?(?:actress|actor|star|co-star|creator|co-creator|director|author|writer|co-writer|host|co-host|anchor|"
    r"presenter|correspondent|columnist|contributor|narrator|panelist|producer|showrunner|singer|composer|"
    # or the work's own kind ('the “Barbie” soundtrack', 'the “Eras” tour', 'the “Dune” sequel')
    r"soundtrack|trailer|sequel|prequel|franchise|remake|premiere|tour|album|movie|film|series|episode|musical|"
    # ('NBC's “Today” show', 'the “Daily” podcast')
    r"show|podcast|documentary|docuseries|newscast|column|novel|memoir|song|"
    # or a named speech, campaign or plan ('the “Urbi et Orbi” (to the city and the world) address', 'the “Stop the
    # Boats” campaign'), a gloss in brackets allowed before it
    r"(?<=[\s)])(?:address|speech|sermon|homily|lecture|blessing|slogan|motto|campaign|initiative|programme|program|"
    r"plan|strategy|doctrine|report|exhibition|"
    # or a product's named feature or mode ('the new “Add Me” feature', 'its “Night Sight” mode')
    r"feature|mode|function|tool|button|setting))s?\b"
)
_NICKNAME_BEFORE = re.compile(r"\b(?:[A-Z][a-z][\w'’.-]*|[A-Z]\.)[ \t]*$")  # (or an initial: 'Ivan L. “Chip” Frederick')
_NAME_AFTER = re.compile(r"[ \t]*[A-Z][a-z]")
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: words of four letters or more that a title in title case leaves in lower case ("What's Love Got to Do with It")
_TITLE_SMALL = frozenset(["with", "from", "into", "onto", "over", "upon", "than", "that", "about", "without", "through"])
_TITLE_MARKS = "“”\"‘’«» \n"


#: a title, a colon and a subtitle of capitalised first word, each part short ("Horizon: An American Saga – Chapter 1")
_SUBTITLE = re.compile(r"[^:\s][^:]{0,40}:\s+[A-Z0-9][^:]{0,50}")


def title_words(text: str, qs: int, qe: int) -> list[str] | None:
    """The words of the quoted span ``text[qs:qe]`` when it is shaped like a title (a few
    title-case words, no sentence punctuation inside), else ``None``."""
    inner = text[qs:qe].strip(_TITLE_MARKS).rstrip(",.").strip(_TITLE_MARKS)
    if inner[-1:] in ("?", "!") and len(inner.split()) > 1 and inner[:-1].istitle():
        inner = inner[:-1]  # 'the song “What Was I Made For?”': a title that asks (each word capitalised)
    if ":" in inner and _SUBTITLE.fullmatch(inner):
        inner = inner.replace(":", " ")  # 'A Quiet Place: Day One', 'Bad Boys: Ride or Die': a title and its subtitle
    if not inner or len(inner.split()) > 10 or any(c in inner for c in ".!?;:\n"):
        return None
    if inner.isdigit() and len(inner) <= 4:
        return [inner]  # “1917”
    words = _TITLE_WORD.findall(inner)
    if not words or not words[0][0].isupper() or any(len(w) >= 4 and not w[0].isupper() and w not in _TITLE_SMALL
                                                     for w in words):
        return None
    return words


#: a verb of performing a work right before its quoted title ('sang "Ne partez pas sans moi"')
_PERFORMED_RIGHT_BEFORE = re.compile(r"\b(?:sang|sings|singing|performed|performs|performing|recorded|covered)\s*$")
#: the end of a work's noun before a quoted title set off by a comma or named ("The canvas, ", "a song called ")
_APPOSED_OR_NAMED = re.compile(r"(?:,|\b(?:called|named|titled|entitled))\s*$", re.IGNORECASE)


def _sentence_case_title(text: str, qs: int, qe: int) -> bool:
    """Whether the quoted span ``text[qs:qe]`` may be a title written in sentence case or another language: eight
    words at most, a capital first, no sentence punctuation inside."""
    inner = text[qs:qe].strip(_TITLE_MARKS).rstrip(",.").strip(_TITLE_MARKS)
    return bool(inner) and inner[0].isupper() and len(inner.split()) <= 8 and not any(c in inner for c in ".!?;:\n")


def nickname_quote(text: str, qs: int, qe: int, sa: int) -> bool:
    """Whether the quoted span ``text[qs:qe]`` (in a sentence starting at ``sa``) is a nickname inside a
    person's name ('Ismael “El Mayo” Zambada', 'Jeremy "Spike" Cohen'): up to three title-case words between
    two capitalised words."""
    words = title_words(text, qs, qe)
    return words is not None and len(words) <= 3 and _between_names(text, qs, qe, sa)


def _between_names(text: str, qs: int, qe: int, sa: int) -> bool:
    """Whether the quoted span ``text[qs:qe]`` stands right between two capitalised words (as a nickname does)."""
    return _NICKNAME_BEFORE.search(text, max(sa, qs - 30), qs) is not None and _NAME_AFTER.match(text, qe) is not None


#: a verb naming what follows: a nickname or a name, not a title ('the candidate he calls “Mini Mike”')
_NAMED_BEFORE = re.compile(r"\b(?:calls?|called|calling|dubs?|dubbed|nicknamed|named|known as|so-called)\s*[,:]?\s*$")


def _a_body_word(word: str) -> bool:
    """Whether a word makes a name an organisation's ("Committee", "Council", "Party")."""
    g = gazetteer()
    return g.has("org_suffix", word) or g.has("org_word", word)


def _a_person_word(word: str) -> bool:
    """Whether a capitalised word may be a person's name: no place, organisation, demonym or body word."""
    g = gazetteer()
    return g.lookup(word) is None and word not in g.demonyms and not g.has("org_suffix", word) \
        and not g.has("org_word", word) and not g.has("place_suffix", word)


def title_quote(text: str, qs: int, qe: int, sa: int, sb: int) -> bool:
    """Whether the quoted span ``text[qs:qe]`` (in the sentence ``text[sa:sb]``) is the title of a
    work, not speech: a few title-case words, no sentence punctuation inside, and

    * right after a work noun ('the film “The Irishman”', 'the series "The Morning Show"',
      'royal drama “The Crown”') or right before a maker of it ('“Mrs Maisel” actress X');
    * or in a sentence about awards or films ("awards", "prizes", "box office"), not followed
      by a speech verb, and (one word) not after a verb of saying or calling;
    * or in a heading without lower-case letters ('NIGHT FOR ‘IRISHMAN’'), three words at most;
    * or, two title-case words or more, right after a name's possessive ("Shakespeare's “Twelfth Night”"),
      not followed by a speech verb.
    """
    if _TITLED_BEFORE.search(text, max(sa, qs - 20), qs):
        # 'an article titled ‘The EU is cheating with numbers — and stealing our future’': a title, however it is
        # written (a sentence-shaped title of an article or a report), when it holds no sentence end
        inner = text[qs:qe].strip(_TITLE_MARKS).rstrip(",.").strip(_TITLE_MARKS).rstrip("?!")
        if inner and len(inner.split()) <= 20 and not any(c in inner for c in ".!?;\n"):
            return True  # (a title may end with its own question mark: 'a chapter titled “Who Needs Gerry Ford?,”')
    if _CASE_NAME.match(text[qs:qe].strip(_TITLE_MARKS)):
        return True  # 'In "Philip J. Berg v. Barack Obama, et al.", the court …': a court case's name
    words = title_words(text, qs, qe)
    if words is None and _sentence_case_title(text, qs, qe) and (
            _PERFORMED_RIGHT_BEFORE.search(text, max(sa, qs - 16), qs)
            or (work := _WORK_NOUN_BEFORE.search(text, max(sa, qs - 40), qs)) and _APPOSED_OR_NAMED.search(work.group())
            and VERB_RE.search(text, qe, min(sb, qe + 30)) is None):
        return True  # 'The 1890 canvas, "Meules, fin de l'été", was bought', 'a song called "Day after Day"': a title
        # in sentence case or in another language, set off after its work's noun or named (not 'will show "America
        # and Israel's crimes and plundering"': a verb), or sung ('when Céline Dion sang "Ne partez pas sans moi."')
    if words is None or _between_names(text, qs, qe, sa):
        return False  # Jeremy "Spike" Cohen: a nickname inside a name
    if _WORK_NOUN_BEFORE.search(text, max(sa, qs - 40), qs) or _MAKER_AFTER.match(text, qe):
        return True
    if (author := _AUTHOR_BEFORE.search(text, max(sa, qs - 40), qs)) and len(words) >= 2 \
            and VERB_RE.search(text, qe, min(sb, qe + 30)) is None and _a_person_word(author.group(1)):
        return True  # "Shakespeare's “Twelfth Night”": an author's work (not "Burundi's “National Communications Council”")
    if len(words) >= 2 and _YEAR_AFTER.match(text, qe):
        return True  # 'retired after “Welcome to Mooseport” in 2004', '“Bonnie and Clyde” (1967)': a work and its year
    if _CHANNEL_BEFORE.search(text, max(sa, qs - 12), qs) and VERB_RE.search(text, qe, min(sb, qe + 30)) is None:
        return True  # 'told CNBC's “Squawk on the Street”', 'on the BBC's “Newsnight”': a channel's programme
    if len(words) <= 3 and not any(c.islower() for c in text[sa:sb]) and any(c.isalpha() for c in text[sa:qs]):
        return True
    if _AWARD_CUE.search(text, sa, sb) is None or VERB_RE.search(text, qe, min(sb, qe + 30)) is not None:
        return False
    return len(words) >= 2 or VERB_RE.search(text, sa, qs) is None


#: a court case's name: "Philip J. Berg v. Barack Obama, et al.", "Roe vs. Wade"
_CASE_NAME = re.compile(
    r"(?:[A-Z][\w.'’&-]*\s+|(?:of|the|and)\s+){1,8}(?:v|vs)\.?\s+(?:[A-Z][\w.'’&-]*(?:\s+|$|(?=,))|(?:of|the|and)\s+){1,8}"
    r"(?:,?\s*et\s+al\.?)?[,.]?$"
)
#: a word that names what follows: a title however written ('an article titled “The EU is cheating …”')
_TITLED_BEFORE = re.compile(r"\b(?:titled|entitled|headlined)\s*[,:]?\s*$", re.IGNORECASE)
#: a year right after a quoted title ("in 2004", "(1967)")
_YEAR_AFTER = re.compile(r"\s*(?:\((?:1[89]|20)\d\d\)|,?\s+in\s+(?:1[89]|20)\d\d\b)")
#: an acronym's possessive right before the quote, a channel's or a body's ('CNBC's “Squawk on the Street”')
_CHANNEL_BEFORE = re.compile(r"\b[A-Z]{2,5}['’]s\s*$")
#: a capitalised name's possessive right before the quote ("Shakespeare's “Twelfth Night”", 'Harry Styles'
#: "Harry's House"')
_AUTHOR_BEFORE = re.compile(r"\b([A-Z][a-z]+)(?:['’]s|(?<=s)['’])\s*$")
#: What may stand between two titles of a list: commas, "and", "or", "as well as", and up to
#: three lower-case words ('“Joker,” “Marriage Story,” and novel adaptation “Little Women.”').
_TITLE_LIST_GAP = re.compile(r"[\s,;]*(?:(?:and|or|plus|as well as|&)\s+)?(?:[a-z][a-z-]*\s+){0,3}")


def _flags(text: str, spans: list[tuple[int, int]], sent_of: Any) -> list[bool]:
    """:func:`title_quote` of every quote span, plus the title-shaped quotes listed next to a
    title in the same sentence ('film “1917,” … as well as “Joker,” “Marriage Story,”') and the
    same title quoted again anywhere in the article."""
    rows = [sent_of(qs) for qs, _ in spans]
    flags = [title_quote(text, qs, qe, r[1], r[2]) for (qs, qe), r in zip(spans, rows, strict=True)]
    changed = any(flags)
    while changed:  # a list spreads the flag to its neighbours, in either direction
        changed = False
        for i, (qs, qe) in enumerate(spans):
            if flags[i] or title_words(text, qs, qe) is None:
                continue
            for j in (i - 1, i + 1):
                if 0 <= j < len(spans) and flags[j] and rows[j][0] == rows[i][0]:
                    a, b = (spans[j][1], qs) if j < i else (qe, spans[j][0])
                    if a <= b and _TITLE_LIST_GAP.fullmatch(text, a, b):
                        flags[i] = changed = True
                        break
    if any(flags):
        # a story about works (Pixar's “Inside Out 2” a title): another quote of two title-case words or more, with no
        # verb of saying before it in its sentence nor right after it, is a title too ('beating “Frozen II” by
        # several days', '“A Quiet Place: Day One,” the third film in the franchise, opened')
        for i, (qs, qe) in enumerate(spans):
            if flags[i] or (words := title_words(text, qs, qe)) is None or len(words) < 2:
                continue
            sa, sb = rows[i][1], rows[i][2]
            if VERB_RE.search(text, sa, qs) is None and VERB_RE.search(text, qe, min(sb, qe + 30)) is None \
                    and not _between_names(text, qs, qe, sa) and not _NAMED_BEFORE.search(text, max(sa, qs - 20), qs) \
                    and not any(_a_body_word(w) for w in words):
                flags[i] = True  # (not 'the candidate he calls “Mini Mike”', 'the “Committee to Reelect the President”')
    # one title, one sense: the same title-shaped words quoted again ('“The Drifter” was snubbed')
    seen = {_title_key(text, qs, qe) for (qs, qe), f in zip(spans, flags, strict=True) if f}
    if seen:
        for i, (qs, qe) in enumerate(spans):
            if not flags[i] and _title_key(text, qs, qe) in seen and title_words(text, qs, qe) is not None:
                flags[i] = True
    return flags


def _title_key(text: str, qs: int, qe: int) -> str:
    """A quoted title's words, case-folded, without a leading article ("The Drifter" = "DRIFTER")."""
    return bare_title(" ".join(text[qs:qe].strip(_TITLE_MARKS).rstrip(",.").strip(_TITLE_MARKS).split())).casefold()


def bare_title(name: str) -> str:
    """A title without its leading article: "The Irishman" → "Irishman" (one word stays)."""
    words = name.split(maxsplit=1)
    return words[1] if len(words) == 2 and words[0].lower() in ("the", "a", "an") else name


@cached_on_article
def title_flags(article: Article) -> list[bool]:
    """One flag per quotation span of ``_span_rows(article)``: whether it is a title of a work."""
    from toolkit.text.segment import sentence_rows

    spans = [(r[0], r[1]) for r in _span_rows(article)]
    if not spans:
        return []
    rows = sentence_rows(article)
    starts = [r[1] for r in rows]
    ends = [r[2] for r in rows]

    def sent_of(pos: int) -> tuple[Any, ...]:
        i = bisect_right(starts, pos) - 1  # the sentence containing pos, else the next one
        if not (i >= 0 and pos < ends[i]):
            i = i + 1 if i + 1 < len(rows) else len(rows) - 1
        return rows[i]

    return _flags(article.text, spans, sent_of)


def title_spans(article: Article) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every quotation span that is a title of a work."""
    return [(r[0], r[1]) for r, t in zip(_span_rows(article), title_flags(article), strict=True) if t]
