"""Paragraph and sentence segmentation for news text, with no NLTK data.

Segmentation labels, it never deletes: every non-whitespace character of ``Article.text`` lies in
exactly one paragraph and exactly one sentence, and every segment carries a ``kind``:

``title``
    the headline (first line, when it looks like one or matches the metadata title);
``body``
    the article's running text (including sub-headings);
``caption``
    photo captions: the line(s) of a block that ends in a picture credit, or lines that start
    with ``Photo:``/``Image:``/``Caption:``;
``credit``
    picture/agency credits and bylines, such as ``(Reuters: Sputnik / Mikhail Metzel)``,
    ``(AP Photo/Evan Vucci)``, ``Photo: Getty Images`` or ``By Jane Doe``; kept as their own
    sentence so that photographers are never read as actors of the story;
``boilerplate``
    page furniture: ``Leave a Comment``, ``Share this article``, ``Advertisement``, ...

Example:
    >>> paras, sents = segment("Title line\\n\\nMr. Smith went home. He slept.")
    >>> list(sents["text"])
    ['Title line', 'Mr. Smith went home.', 'He slept.']
    >>> list(sents["kind"])
    ['title', 'body', 'body']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import pandas as pd

from toolkit._textblob_en import lexicon_get


class Segmented(Protocol):
    """What the table functions below read of an article (:class:`toolkit.article.Article` is
    one; this module sits below it and does not import it)."""

    text: str
    _sentence_rows: list[tuple[int, int, int, str, int]]
    _paragraph_rows: list[tuple[int, int, int, str]]

    @property
    def paragraphs(self) -> pd.DataFrame: ...

    @property
    def sentences(self) -> pd.DataFrame: ...

__all__ = ["segment", "segment_rows", "sentence_rows", "paragraph_rows", "split_sentences", "headline", "PARAGRAPH_COLUMNS", "SENTENCE_COLUMNS", "KINDS"]

KINDS = ("title", "body", "caption", "credit", "boilerplate")
PARAGRAPH_COLUMNS = ["para_id", "start", "end", "kind", "text"]
SENTENCE_COLUMNS = ["sent_id", "para_id", "start", "end", "kind", "text"]

# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Words that, followed by a period, do not end a sentence (case-sensitive as written).
ABBREVIATIONS = _wordset(
    """
    Mr Mrs Ms Mx Messrs Mmes Dr Drs Sir Prof Gen Sen Sens Rep Reps Gov Govs Lt Col Capt Cpt
    Sgt Maj Adm Cmdr Cdr Brig Cpl Pvt Pte Rev Revd Fr Hon Amb Pres Supt Insp Det Atty Judg Jr Sr Ald Cllr
    Lieut Comdr Msgr Spc Pfc Rt Asst Sgts Capts Lts Cols Gens
    St Ste Mt Ft Pt Ave Blvd Rd Hwy Inc Corp Ltd Co Bros Dept Univ Assn Est Fig Vol Vols Nos
    v vs etc al approx ca cf eg ie viz esp incl
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
    Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo
    Mont Neb Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wisc Wyo
    """
)
#: Abbreviations that take a number after them ("No. 10", "Art. 5", "p. 3").
NUMBER_ABBREVIATIONS = _wordset("No no Nos Nr Art art p pp para Para Sec sec Ch ch Vol vol Rs Rp Tk")
#: Abbreviations that often *do* end a sentence; we split after them if a capitalised word follows.
SENTENCE_FINAL_ABBREVIATIONS = _wordset("Inc Corp Ltd Co Bros Jr Sr etc al")
#: Month and weekday abbreviations: not a boundary only before a number ("Jan. 9") or, for
#: weekdays, a month ("Sun. Jan. 9"); "the Sun. The..." and "in Sept. The..." do end sentences.
DATE_ABBREVIATIONS = _wordset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec")
DAY_ABBREVIATIONS = _wordset("Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun")

MONTHS = sorted(
    _wordset(
        "January February March April May June July August September October November December "
        "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
    ),
    key=len,
    reverse=True,
)

#: Frequent sentence-initial words: after an acronym like "U.S." these signal a new sentence.
SENTENCE_STARTERS = _wordset(
    """
    The A An He She It They We I You This That These Those His Her Its Their Our My There Here
    But And Or So Yet However Meanwhile Still Also In On At For With As If When While After
    Before Since Although Though Because Some Many Most Other Others One Two Three No Not All
    Both Each Such What Who Why How Where Officials Police
    """
)

_CLOSERS = "\"'”’»)]}"
_OPENERS = "\"'“‘«([{"

# A picture/agency credit in parentheses at the end of a line: "(Reuters: Sputnik / Mikhail
# Metzel)", "(AP: Andriy Dubchak)", "(AP Photo/Evan Vucci)", "(Photo: Getty Images)",
# "(Getty Images)", "(Supplied)", "(Photo by Jane Doe/AFP via Getty Images)".
_AGENCY = (
    r"(?:AP|AFP|Reuters|REUTERS|Getty(?:\s+Images)?|EPA(?:-EFE)?|EFE|Xinhua|TASS|Sputnik|"
    r"Bloomberg|Shutterstock|Alamy|PA(?:\s+(?:Media|Wire|Images))?|ANP|dpa|DPA|Anadolu|"
    r"NurPhoto|SOPA|Zuma|ZUMA|UPI|Pool|POOL|Kyodo|Yonhap|ABC(?:\s+News)?|BBC|CNN|NYT|TNN|PTI|IANS|ANI|"
    r"Supplied|Handout|File|Wikimedia(?:\s+Commons)?|Wikipedia|Flickr|iStock|Corbis|"
    r"Associated\s+Press|Agence\s+France-Presse|The\s+[A-Z][\w]+(?:\s+[A-Z][\w]+)?)"
)
_CREDIT_PAREN = re.compile(
    r"[(\[]\s*(?:"
    r"(?:(?:Photo|Picture|Image|Pictured|Credit|Photograph|Video|Source|Illustration)s?"
    r"(?:\s+(?:by|credit|courtesy|source))?\s*[:/]?\s*[^()\[\]\n]{2,120})"
    r"|(?:" + _AGENCY + r"(?:\s+Photo)?\s*[:/][^()\[\]\n]{1,120})"
    r"|(?:" + _AGENCY + r"(?:\s+Photo)?)"
    r"|(?:[A-Z][\w.'&-]*(?:\s+[A-Z][\w.'&-]*){0,4}\s*:\s*[A-Z][^()\[\]\n]{1,100})"
    r"|(?:[A-Z][\w.'&-]*(?:\s+[\w.'&-]+){0,4}\s*/\s*[A-Z][^()\[\]\n]{1,100})"
    r")\s*[)\]]\s*$"
)
# A whole line that is a credit or byline.
_CREDIT_LINE = re.compile(
    r"^\s*(?:"
    r"(?:Photo|Picture|Image|Photograph|Credit|Illustration|Video)s?(?:\s+(?:by|credit|courtesy))?\s*[:/]\s*.{2,120}"
    r"|(?:By|BY|Words\s+by|Written\s+by)\s+[A-Z][\w'.-]*(?:\s+(?:[A-Z][\w'.-]*|and|AND|de|van|von|al|bin|with))"
    # (where the writer is: "By Daniel Hughes at Wembley", "By Jane Doe in Kyiv")
    r"{0,9}(?:\s+(?:at|in)\s+(?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})?(?:\s*[,|/]\s*[A-Z][^\n]{0,80}"
    # "By Andrew Gregory Health editor": the desk and the job after the name, no comma
    r"|\s+(?:editor|correspondent|reporter|writer|columnist|analyst|producer)(?:\s+(?:at|for|of)\s+[A-Z][^\n]{0,60})?)?"
    # "By political reporter Tom Crowley", "By senior business correspondent Jane Doe": the job, then the name
    r"|(?:By|BY)\s+(?:[a-z]+\s+){0,3}(?:reporter|correspondent|editor|writer|journalist|columnist)\s+"
    r"[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3}"
    r"|(?:Reporting|Additional\s+reporting|Editing|Compiled|Produced|Story|Text|Reported|Report)\s+by\s*:?\s+[A-Z][^\n]{1,160}"
    r"|Reporting\s+from\s+[A-Z][\w.'’ ,-]{1,60}"  # "Reporting from Capitol Hill" under a byline
    r"|Contributing\s*:\s*[A-Z][^\n]{1,80}"  # "Contributing: Reuters"
    r"|With\s+files\s+from\s+[A-Z][^\n]{1,80}"  # "With files from The Canadian Press" (CBC's)
    r"|by\s+[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3}"  # "by Kateryna Denisova" (the Kyiv Independent's)
    r"|[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3}\s*·\s*[A-Z][\w .&'-]{1,30}(?:\s*·)?"  # "Catharine Tunney · CBC News ·"
    r"|(?:Le\s+Monde|[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,2})\s+with\s+(?:AFP|AP|Reuters|dpa|EFE)(?:\s*(?:,|and)\s*(?:AFP|AP|Reuters|dpa|EFE))*"
    r"|[a-z]{2,3}(?:/[a-z]{2,3})+(?:\s*\([A-Z][^()\n]{1,40}\))?"  # the editors' initials: "lo/sms (Reuters, dpa)"
    # "Source: CNN" under a video; "CNN —" alone on the line under a CNN dateline's place
    r"|Source\s*:\s*[A-Z][\w.&' -]{1,40}"
    r"|PTI(?:\s+[A-Z]{2,4}){1,4}"  # the Press Trust of India's editors' initials at the end ("PTI ABA SJK")
    # "Our Correspondent | Tahir Khan", "Staff Reporter", "Web Desk" (Dawn's, the Hindu's): a desk's byline
    r"|(?:Our|From\s+our)\s+(?:Staff\s+)?(?:Correspondents?|Reporters?)(?:\s*[|,]\s*[A-Z][^\n]{1,60})?"
    r"|(?:Staff|Special)\s+(?:Reporter|Correspondent)|(?:Web|News|Monitoring|Sports?|Business)\s+Desk"
    r"|" + _AGENCY + r"\s*(?:—|–|--)"
    # "Helena Smith in Athens and Angela Giuffrida in Rome": writers and where they write from (no verb)
    r"|[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3}\s+in\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+)?"
    r"(?:\s*(?:,|and)\s+[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3}\s+in\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+)?)+"
    # "Jane Doe, Political Correspondent", "John Roe, BBC Africa Editor": a name and the writer's job
    r"|[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3}\s*,\s*(?:[A-Z][\w'.&-]*\s+){0,4}"
    r"(?:Correspondent|Reporter|Editor|Writer|Columnist|Bureau\s+Chief|Journalist|Contributor)s?"
    r"|(?i:(?:From\s+)?(?:(?:staff|wire|news)\s+(?:and\s+)?)+(?:reports|services))"
    r"|(?:" + _AGENCY + r"(?:\s+Photo)?\s*/\s*[A-Z][^\n]{1,80})"
    r"|[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*[|/]\s*" + _AGENCY + r"(?:\s+Photo)?"
    r"(?:\s*(?:/|\s+via\s+)\s*" + _AGENCY + r")*"  # ("Jim Watson/AFP/Getty Images", "… /AFP via Getty Images")
    # "Nitin Yeshwantrao / TNN / Updated: Nov 12, 2024, 08:41 IST": the writer, the agency, the stamp
    r"(?:\s*[|/]\s*(?:(?:Last\s+)?Updated|Published|Posted)\s*:?\s*[A-Z0-9][\w ,.:]{4,40})?"
    r"|\(.{2,120}\)"
    r"|(?:Image\s+source|Getty\s+Images|Reuters|AFP|AP|EPA|Associated\s+Press|Press\s+Trust\s+of\s+India|PTI|IANS|"
    r"Asian\s+News\s+International|Agence\s+France-Presse|Xinhua|Kyodo\s+News|Yonhap|Anadolu\s+Agency|"
    r"Bernama|Antara|Canadian\s+Press|Australian\s+Associated\s+Press|PA\s+Media)(?:\s*[,:/]\s*.{0,80})?"
    r")\s*$"
)
# The line under a byline naming the writer's job ("North America correspondent", "Staff writer", "BBC chief
# cricket writer at Rajkot"): a few words ending in a writer's job, then perhaps where, with no full stop.
_WRITERS_JOB = re.compile(
    r"^\s*(?:[\w.'’&-]+\s+){0,6}(?i:correspondent|reporter|editor|writer|columnist|journalist|contributor|"
    r"bureau\s+chief)s?(?:(?:\s+(?:at|in|for)|\s*,)\s*[A-Z][\w.'’ -]{1,40})?(?:\s+@[\w.]{2,30})?\s*$"
)
# A byline without "By": the writer's name, then the desk and the job ("Denis Campbell Health policy editor",
# "Jessica Elgot Deputy political editor", "Kiran Stacey Political correspondent")
#: a person's name of two to four words (particles allowed), at the start of a line
_NAME_RUN = r"^\s*[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|al|bin|da|dos|du|le|la)){1,3}"
_NAME_JOB_LINE = re.compile(
    _NAME_RUN +
    r"(?:\s+(?:[A-Z][\w'’&-]*|(?i:political|policy|affairs|chief|senior|deputy|economics|economic|science|health|"
    r"education|environment|business|technology|tech|media|crime|legal|social|home|foreign|diplomatic|security|defence|"
    r"defense|transport|consumer|arts|sports?|football|global|development|community|investigations|investigative|"
    r"data|video|climate|energy|royal|music|film|culture|world|international|special|staff|digital|property|money|"
    r"personal|finance|financial|industry|lobby|parliamentary|race|religious|religion|fashion|food|travel|and|"
    r"correspondent|assistant|associate|executive|managing|contributing|news|features?))){0,5}"
    r"\s+(?:editor|correspondent|reporter|writer|columnist)\s*$"
)
# A line that is a person's name alone ("Tom Symonds"): a byline when the writer's job follows it
_BARE_NAME = re.compile(_NAME_RUN + r"\s*$")
# The line under a byline naming the writer's outlet and where they are: "BBC Sport at the Tottenham Hotspur Stadium"
_OUTLET_AT = re.compile(r"^\s*(?:" + _AGENCY + r")(?:\s+[A-Z][a-z]+)?\s+(?:at|in|from)\s+(?:the\s+)?[A-Z][^\n.!?]{1,60}$")
_CREDIT_LINE_STRICT_PAREN = re.compile(r"^\s*\(.{2,120}\)\s*$")
# A wire story's line on where its writer reported from: "AP Airlines Writer David Koenig reported from Dallas."
_REPORTED_FROM = re.compile(r"^\s*(?:AP|Associated\s+Press|Reuters|AFP)\b[^.!?\n]{3,120}\breported\s+from\s+[A-Z][^.!?\n]{1,60}"
                            r"\.?\s*$")
# A wire story's closing contributor line: "Associated Press writer Alan Fram contributed to this report."
_CONTRIBUTED = re.compile(
    # (after where the second writer reported from: "Magdy reported from Cairo. Associated Press writers … contributed")
    r"^\s*(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+reported\s+from\s+[A-Z][\w'’ ,-]{1,60}\.\s+)?"
    r"[^.!?\n]{3,200}\bcontributed\b(?:(?:\s+[\w-]+){0,3}\s+(?:to|for)\s+(?:this|the)\s+(?:report|story|article)"
    r"|\s+(?:additional\s+)?(?:reporting|research)(?:\s+(?:from|in)\s+[A-Z][^.!?\n]{0,60})?)\.?\s*$",
    re.IGNORECASE,
)
# A press release's contact line: "Media contact: Jordan Lee, jlee@example.gov", "Press enquiries: 020 7946 0000"
_PRESS_CONTACT = re.compile(r"^\s*(?:Media|Press|News)\s+(?:contacts?|enquiries|inquiries|office)\s*:", re.IGNORECASE)
# The writer's contact line: "Follow Jane Doe on Twitter: @janedoe", "Contact Jane Doe at jdoe@example.com."
_CONTACT_LINE = re.compile(
    r"^\s*(?:Follow|Contact|Email|E-mail|Reach|Write\s+to)\s+(?:\w+\s+){0,4}?[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3}\s+"
    r"(?:(?:on|via)\s+(?:Twitter|X|Facebook|Instagram|Threads|Bluesky|Mastodon|LinkedIn)\b.{0,60}"
    r"|at\s+\S+@\S+|at\s+@\w+.{0,40})\.?\s*$"
)
# A wire story's closing tagline: "(Reporting by Jane Doe in London; Editing by John Roe)"
_WIRE_TAGLINE = re.compile(r"^\s*\(\s*(?:Additional\s+)?(?:Reporting|Editing|Writing|Compiled|Produced|Research)\s+by\s+[A-Z]")
# "Image: Jane Doe." / "Photo by Jane Doe/AFP" as a whole line, or at the end of a caption line.
_LABELLED_CREDIT = (
    r"(?:Photos?|Pictures?|Images?|Photograph|Credit|Illustration)(?:\s+(?:by|credit|courtesy(?:\s+of)?|source))?"
    r"\s*(?:[:/]|\.{3}|…)?\s*[A-Z][^\n]{1,80}"  # ("Credit...Kent Nishimura for The New York Times")
)
_LABELLED_CREDIT_LINE = re.compile(r"^\s*" + _LABELLED_CREDIT + r"$")
#: The words that start a credit in :data:`_TRAILING_CREDIT` or :data:`_UNPUNCTUATED_CREDIT`.
_CREDIT_LABELS = ("Photo", "Picture", "Image", "Credit", "Illustration", "Video")
#: an agency's credit in capitals ending a caption, with a site's licensing link after it
_AGENCY_SLASH_CREDIT = re.compile(r"(?<=[.!?\"”’)])\s+((?:REUTERS|AP|AFP|EPA|GETTY IMAGES)/[A-Z][\w.'’ -]{1,60}?"
                                  r"(?:\s+Purchase Licensing Rights)?(?:,\s*opens new tab)?)\s*$")
#: a photographer and the outlet after a bar ending a caption ("… on Capitol Hill. | Francis Chung/POLITICO")
_PIPE_CREDIT = re.compile(r"(?<=[.!?\"”’)])\s+\|\s+([A-Z][\w.'’ -]{2,40}/[A-Z][\w.'’ &-]{1,30})\s*$")
_TRAILING_CREDIT = re.compile(r"(?<=[.!?\"”’)])(?:\s+|(?=Credit(?:\.{3}|…)))(" + _LABELLED_CREDIT + r")$")
# A short caption without final punctuation followed by its credit: "Feline fans Image: Jane Doe."
_UNPUNCTUATED_CREDIT = re.compile(r"(?<=\w)\s+((?:Photos?|Pictures?|Images?|Video)\s*:\s*[A-Z][^\n]{1,80})$")
_BARE_AGENCY = re.compile(
    r"(?:AP|AFP|Reuters|REUTERS|Getty(?:\s+Images)?|EPA(?:-EFE)?|EFE|Xinhua|TASS|Sputnik|Bloomberg|"
    r"Shutterstock|Alamy|PA(?:\s+(?:Media|Wire|Images))?|ANP|dpa|DPA|Anadolu|NurPhoto|SOPA|ZUMA|UPI|Kyodo|"
    r"Yonhap|Associated\s+Press|Agence\s+France-Presse)(?:\s+Photo)?$"
)
#: an HTML comment left in pasted or wiki text
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
#: a wiki heading of a list of links inside a line ("== Related news ==", "== See also =="), and any wiki heading
_INLINE_LINKS = re.compile(r"={2,}\s*(?:Related (?:news|stories|articles)|See also|External links|Sources|References)"
                           r"\s*={2,}", re.IGNORECASE)
_WIKI_HEADING = re.compile(r"={2,}[^=\n]{1,80}?={2,}|'''[A-Z][^'\n]{3,80}?'''(?=\s+[A-Z\"“])")


def _wiki_headings(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The wiki headings inside ``text[start:end]``: "== Background ==", and a bold heading opening a sentence before
    a capital ("… he said. '''Environmental Concerns''' There has …"; not a bold name before a dash)."""
    return [m for m in _WIKI_HEADING.finditer(text, start, end)
            if m.group().startswith("=") or m.start() == 0 or text[m.start() - 1] == "\n"
            or (text[m.start() - 1] == " " and text[m.start() - 2 : m.start() - 1] in (".", "!", "?", '"', "”"))]


#: a picture's caption label on a line of its own ("Image caption,"): the next line is the caption
_CAPTION_LABEL = re.compile(r"\s*(?:(?:Image|Photo|Picture)\s+caption\s*[,:]?|Video)\s*$", re.IGNORECASE)
_CAPTION_PREFIX = re.compile(
    r"^\s*(?:(?:Photo|Picture|Image|Caption|Pictured|Above|Top|Left|Right|Main\s+image)\s*:"
    r"|(?:Image|Photo|Picture)\s+caption\s*[,:])\s*\S",
    re.IGNORECASE,
)

# Page furniture, matched against whole lines. "Strong" patterns are furniture whatever their
# length; "weak" ones only when the line is not a full sentence (short, or no final period).
#: one link of a row of links separated by bars (see :data:`_LINK_ROW`)
_LINK_ITEM = r"[A-Z][^|\n.!?]{1,50}"
_BOILERPLATE_STRONG = [
    # a dateline's town alone on its line ("New Delhi:", NDTV's)
    r"(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s*:",
    # (the Independent's newsletter box over the page; its comments box under it)
    r"sign up to our free .{1,60}|get the latest .{1,60} (?:directly )?to your inbox|i would like to be emailed about .{1,120}",
    r"join our commenting forum|join thought-provoking conversations.{0,120}",
    # (NPR's: the programme the story was heard on, the picture's controls, the sponsor's slot)
    r"heard on (?:morning edition|all things considered|weekend edition.{0,20}|here & now|fresh air|the npr politics podcast)",
    r"enlarge this image|hide caption|toggle caption|sponsor message|read & listen",
    # (a press release's label over its headline)
    r"for immediate release|(?:press|news|media) release|embargoed (?:until|for) .{1,40}",
    # (CBC's, Le Monde's, the Kyiv Independent's)
    r"social sharing|about the author|time to \d+ min\.?|lire en français|support us|note from the author",
    r"translation of an original article published in \w+ on [\w.]+;.{0,100}",
    # (the Economist's note on the printed edition; NDTV's invitation)
    r"this article appeared in the .{1,60}(?:section|edition).{0,120}|track latest news live on .{1,120}",
    # (the Straits Times' and Anadolu's)
    r"join st['’]s \w+ channel.{0,80}|anadolu agency website contains only a portion of the news.{0,200}",
    # a row of three or more links ("Corrections and clarifications|Submit a news tip|Report error")
    _LINK_ITEM + r"(?:\s*\|\s*" + _LINK_ITEM + r"){2,6}",
    # (CNN's advertisement survey above the page: "CNN values your feedback", "1. How relevant is this ad to you?")
    r"[\w ]{1,20} values your feedback|\d\.\s*how relevant is this ad to you\?",
    r"leave a (?:comment|reply)",
    r"(?:view|show|read|load|post|add)\s+(?:all\s+)?(?:\d+\s+)?comments?",
    r"share (?:via|on) (?:facebook|twitter|x|email|whatsapp|linkedin)",
    r"sign up (?:for|to) (?:our|the) .{0,40}(?:newsletter|emails?|alerts?|briefing).{0,80}",
    r"(?:get|receive) (?:our|the) .{0,40}newsletter.{0,60}",
    r"(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}|by\b).{0,120}|all rights reserved\.?",
    r"we (?:use|value) (?:cookies|your privacy).{0,120}",
    r"this (?:article|story) (?:was|has been) (?:updated|corrected).{0,80}",
    # a live blog's controls ("Key events", "Show key events only", "Please turn on JavaScript to use this feature")
    r"(?:show )?key events(?: only)?|please (?:turn on|enable) javascript.{0,60}",
    r"updated at \d{1,2}[.:]\d{2}(?:\s*(?:[ap]\.?m\.?|[AP]M))?(?:\s+[A-Z]{2,5})?",
    # a list's spoken labels ("list of 4 items", "list 1 of 4", "end of list"), a reading list's and an app's offers
    r"list of \d+ items|list \d+ of \d+|end of list|save articles to read later.{0,80}",
    r"download (?:the |our )?.{0,60}\bapp\b.{0,80}",
    r"(?:new)?\s*you can now listen to .{0,60}",  # ("NEWYou can now listen to Fox News articles!")
    r"share or comment on this article",
    r"don['’]?t miss (?:these|this|our) .{0,80}|watch live|key points",  # (CNBC's furniture)
    # (Bloomberg's: "Have a confidential tip for our reporters? Get in Touch", "Before it's here, it's on the
    # Bloomberg Terminal")
    r"have a confidential tip for our reporters\?.{0,40}|before it['’]s here, it['’]s on the .{0,40}",
    # a promoted story's headline after its label, however it ends ("READ MORE: Tornado season is shifting east. Here's
    # why.", "ALSO READ: …")
    r"(?:read more|also read|read also)\s*[:>»|]\s*.{1,160}",
]
_BOILERPLATE_WEAK = [
    r"\d*\s*comments?",
    r"share(?: this)?(?: (?:article|story|post|page))?(?: on \w+)?",
    r"(?:facebook|twitter|whatsapp|linkedin|email|e-mail|print|save|pinterest|reddit|copy link|copy|link copied|x|"
    r"flipboard|threads|bluesky|tumblr|telegram|messenger)",
    r"_{3,}|-{3,}|\*{3,}",  # a separator line ("___")
    r"advertisement|advertising|sponsored(?: content)?|promoted|ad",
    r"(?:continue|keep) reading(?: (?:below|the main story))?",
    r"read (?:more|next|the full (?:story|article))(?:\s*[:>»|].{0,120})?",
    r"(?:more|related) (?:stories|articles?|coverage|content|reading|topics|news|videos?)(?:\s*[:>»|].{0,120})?",
    r"(?:see also|related|more on this story|more from \w+(?: \w+)?)(?:\s*[:>»|].{0,120})?",
    r"sources?|references|external links|notes|further reading",
    r"recommended(?: for you)?|most (?:read|popular|viewed)|trending(?: now)?|top stories",
    r"sign up(?: (?:for|to) (?:our|the) .{0,60})?|subscribe(?: (?:now|today|to .{0,60}))?",
    r"newsletter(?: sign-?up)?|join the conversation|skip (?:to (?:main )?(?:content|navigation|search)|links)|back to top",
    r"skip to (?:main )?content\s*skip to (?:site index|navigation)|supported by",
    # (the Guardian's: "Print subscriptions", "Search jobs", "The Guardian - Back to homepage", "This article is more
    # than 1 year old")
    r"print subscriptions|search jobs|.{0,40}\s-\sback to home(?:page)?|this article is more than \d+ (?:years?|months?) old",
    r"why you can trust .{1,40}",  # (Sky News's)
    # (DW's; a line that is only a web address, or a label and one: "AP NBA: https://apnews.com/hub/NBA")
    r"send us your feedback|(?:[\w&'’. -]{1,40}:\s*)?https?://\S+|follow .{1,80} at https?://\S+",
    r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|co\.uk|com\.au|net\.au|org\.au|au|uk|ca|in|ie|nz)/\S+",
    r"close icon|[—–]|reading time\s*:?\s*\d+\s*min(?:ute)?s?",
    r"navigation(?: menu)?|live(?: updates)?|show more|view all|skip to site index|(?:search\s*&\s*)?section navigation|"
    r"skip advertisement|share full article|learn more|listen to this article.{0,40}|"
    r"purchase licensing rights.{0,20}|suggested topics|(?:\w+\s+)?home|our standards:.{0,100}|"
    r"democracy dies in darkness|gift (?:this )?article|\d{1,2} min(?:ute)?s?(?: read)?",
    r"(?:follow|like) us(?: on .{0,60})?|click here.{0,80}|watch(?: the)? video|listen(?: to this article)?",
    r"a{1,2}|a[-+]|a a",  # a control of the text's size ("AA")
    r"(?:tags?|topics?|filed under|posted in|categories|see more on)\s*:.{0,200}",
    r"(?:updated|published|posted|first published|last updated)(?:\s*:.{0,60}|\s+(?:on\s+)?\d.{0,40})",
    r"(?:enjoyed|liked) this (?:article|story)\??.{0,80}",
    r"accept(?: all)?(?: cookies)?",
    r"log ?in|sign in|register|menu|search|home|close|next|previous|loading\.*",
    r"reuse this content|explore more on (?:these|this) topics?",
    # a print edition's note at the end ("Published in Dawn, March 13th, 2025"); the Conversation's author box's labels
    r"published in (?:the )?[A-Z][\w.'’ -]{1,40},\s+.{0,30}\d{4}|authors?|disclosure statement|partners",
    # a site's own links and labels above the story ("BBC Homepage", "Accessibility Help", "Your account"), a date's
    # label on its own line ("Published" / "24 April 2024"), a picture's label on its own ("Image caption,")
    r"(?:[\w.]+\s+)?home\s?page|accessibility(?: help| links)?|your account|published|updated|posted",
    r"(?:image|photo|picture|video)\s+(?:caption|source)\s*[,:]?|video",
]
_BOILERPLATE_STRONG_RE = re.compile(r"^\s*(?:" + "|".join(_BOILERPLATE_STRONG) + r")\s*[.!:…]*\s*$", re.IGNORECASE)
_BOILERPLATE_WEAK_RE = re.compile(r"^\s*(?:" + "|".join(_BOILERPLATE_WEAK) + r")\s*[.!:…]*\s*$", re.IGNORECASE)


#: the sections of a site's menu, a row of which is furniture ("Home Latest Pakistan World Business Sport Opinion")
SECTION_WORDS = frozenset(["Home", "Latest", "News", "World", "Business", "Sport", "Sports", "Opinion", "Politics", "Tech",
                            "Technology", "Science", "Health", "Culture", "Entertainment", "Lifestyle", "Life", "Style",
                            "Travel", "Video", "Videos", "Markets", "Economy", "Climate", "Environment", "Education", "Arts",
                            "Money", "Weather", "Live", "Local", "National", "International", "Magazine", "Podcasts",
                            "Newsletters", "Features", "Food", "Books", "Film", "Music", "Obituaries", "Editorial",
                            "Columns", "Blogs", "Photos", "Multimedia", "More", "Menu", "Search", "Trending", "Epaper"])


def _menu_row(line: str) -> bool:
    """A row of a site's menu on one line: four to fifteen capitalised words, at least two of them sections."""
    words = line.split()
    return 4 <= len(words) <= 15 and all(w[:1].isupper() or w == "&" for w in words) \
        and sum(w in SECTION_WORDS for w in words) >= 2 and not any(c in line for c in ".,:;!?")


def _is_boilerplate(line: str) -> bool:
    """Is this whole line page furniture ("Leave a Comment", "Share this article", ...)?"""
    if len(line) >= 200:
        return False
    if _menu_row(line):
        return True
    if _BOILERPLATE_STRONG_RE.match(line):
        return True
    if not _BOILERPLATE_WEAK_RE.match(line):
        return False
    # A real sentence that happens to start like furniture ("More than 100 people died.") is not.
    return len(line.split()) < 6 or not re.search(r"[.!?][\"'”’)]*\s*$", line)


#: A line that is nothing but a date (a dateline such as "Friday, January 4, 2019"), possibly
#: labelled ("Posted on Dec 3, 2021") or placed ("GENEVA, August 14, 2024", "Geneva, Switzerland, Aug. 14, 2024").
_STAMP = (
    r"(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)?"
    r"(?:(?:" + "|".join(MONTHS) + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:" + "|".join(MONTHS) + r")\.?,?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\.\d{1,2}\.\d{4})"
    # the time, also after "at" or a dot ("Posted Thu 7 Nov 2024 at 10:13am", "November 6, 2024 · 5:39 PM ET")
    r"(?:(?:,|\s*[·|•\-–])?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[AP]M))?(?:,?\s+[A-Z]{2,5})?"
    r"(?:\s*\([A-Z][\w .'-]{1,30}\))?"  # (the town of the time: "at 1:37 pm (Paris)", Le Monde's)
    r"|(?<=\d{4})\d{1,2}:\d{2}\s*(?:[AP]M)?\s*[A-Z]{2,5}(?:Updated\s+\d+\s+(?:minutes?|hours?|days?)\s+ago)?"
    # (Reuters' page, glued: "December 16, 20243:45 PM GMTUpdated 2 hours ago"; Al Jazeera's, the date twice:
    # "Published On 19 Jan 202519 Jan 2025")
    r"|(?<=\d{4})\d{1,2}\s+(?:" + "|".join(MONTHS) + r")\.?\s+\d{4})?"
)
#: a time before a stamp's date ("Published: 08:12 GMT, 21 March 2025": the Daily Mail's)
_TIME_FIRST = r"(?:\d{1,2}:\d{2}(?:\s*(?:[ap]\.?m\.?|[AP]M))?(?:\s+[A-Z]{2,5})?,?\s+)?"
_DATELINE = re.compile(
    r"^\s*(?:(?i:(?:First\s+)?Published|Posted|Updated|Filed|Dated?|Issued)(?:\s+[Oo]n)?\s*[:\-–/]?\s*" + _TIME_FIRST +
    r"|[A-Z][\w.'’\-]*(?:,?\s+[A-Z][\w.'’\-]*){0,4}(?:,|\s*\|)\s*)?"  # (a writer, a bar: "Ahmet Gencturk  |07.12.2023")
    + _STAMP +
    # a second stamp: "…, updated Thu 7 Nov 2024 at 12:40pm"
    r"(?:\s*[,;|·\-–]?\s*(?:(?:[Ll]ast\s+)?[Uu]pdated?|Modified)(?:\s+on)?\s*:?\s*(?:"
    + _TIME_FIRST + _STAMP + r"|(?:" + "|".join(MONTHS) + r")\.?\s+\d{1,2}))?"  # (or its day alone: "| Last Updated: January 6")
    # (the town after it: "… 11:02 am IST - BENGALURU", the Hindu's; or the section: "Jan 21, 2025 - Technology")
    r"(?:\s*[-–]\s*[A-Z][\w.'’ &-]{1,40})?\s*$"
)
#: The heading of an article's reference list (Wikinews "Sources", "References", ...).
_SOURCES_HEADING = re.compile(r"^\s*(?:Sources?|References|External links|Further reading)\s*:?\s*$", re.IGNORECASE)
_TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*\s*$")


# --------------------------------------------------------------------------------------------
# Sentence splitting
# --------------------------------------------------------------------------------------------

_CANDIDATE = re.compile(r"(?:[.!?…]+|\.{3})[\"'”’»)\]]*(?=\s|$)")


def _word_before(text: str, lo: int, end: int) -> str:
    r"""The run of word characters, periods, apostrophes and hyphens that ends at ``end`` (not
    before ``lo``): ``re.search(r"[\w.'’-]+$")`` read backwards, without trying every start."""
    if end > lo and text[end - 1] == "\n":
        end -= 1  # as "$" matches before a final newline
    i = end
    while i > lo and (text[i - 1].isalnum() or text[i - 1] in "_.'’-"):
        i -= 1
    return text[i:end]


#: a preposition before the platform X ("posted on X.", "wrote via X.")
_PLATFORM_BEFORE = re.compile(r"\b(?:on|via|to|from|at)\s+$")
_NEXT_WORD = re.compile(r"\s*([\"'“‘«(\[]*)([\w$£€-]*)")
_INITIALS = re.compile(r"^(?:[A-Za-z]\.){2,}$")


def _is_boundary(text: str, end_punct: int, match: re.Match[str], lo: int) -> bool:
    """Decide whether the candidate ending at ``match`` ends a sentence."""
    punct = match.group(0)
    after = text[match.end() : match.end() + 200]  # bounded: no quadratic copying on long texts
    nxt = _NEXT_WORD.match(after)
    opener, next_word = (nxt.group(1), nxt.group(2)) if nxt else ("", "")
    rest = after.lstrip()
    if not rest:
        return True
    first = rest[0]
    # A lowercase word after the period: a stray period inside the sentence ("countries. scheduled")
    # or a quote followed by its attribution ("'Go.' he said").
    if first.islower() or (opener and next_word[:1].islower()):
        return False
    if first in ",;:)]}":
        return False
    core = punct.rstrip(_CLOSERS)
    closed = len(core) != len(punct)
    if core in ("!", "?") or core.startswith(("!", "?")):
        return True
    if core != ".":
        return True  # ellipsis followed by a capital: treat as a boundary
    if closed:
        return True  # '...end."' / '...end.)' followed by a capital
    word = _word_before(text, max(lo, end_punct - 80), end_punct)
    word = word.lstrip("'\"-")
    bare = word.rstrip(".")
    if not bare:
        return True
    # "9-10. January", "7. Dezember": ordinal/day number followed by a month name.
    if re.fullmatch(r"\d{1,2}(?:[-–]\d{1,2})?", bare) and next_word in MONTHS:
        return False
    if bare in NUMBER_ABBREVIATIONS and next_word[:1].isdigit():
        return False
    if bare in DATE_ABBREVIATIONS or bare in DAY_ABBREVIATIONS:
        return not (next_word[:1].isdigit() or (bare in DAY_ABBREVIATIONS and next_word in MONTHS))
    # Initials and dotted acronyms: "J.", "U.S.", "J.F.K."
    if _INITIALS.match(word) or _INITIALS.match(bare + "."):
        return next_word in SENTENCE_STARTERS
    if len(bare) == 1 and bare.isupper():
        # "John F. Kennedy"; but "Nadella wrote on X. Microsoft is …": the platform X ends the sentence
        return bare == "X" and _PLATFORM_BEFORE.search(text, max(lo, end_punct - 12), end_punct - 1) is not None
    if ("-" in bare or "–" in bare) and bare[:1].isupper():
        tail = re.split(r"[-–]", bare)[-1]
        if tail in ABBREVIATIONS and tail[:1].isupper() and tail not in SENTENCE_FINAL_ABBREVIATIONS:
            return False  # "Minneapolis-St. Paul", "Dallas-Ft. Worth": the abbreviation after the hyphen
    if bare in ABBREVIATIONS or bare.capitalize() in ABBREVIATIONS and bare[:1].isupper():
        if bare in SENTENCE_FINAL_ABBREVIATIONS:
            return next_word in SENTENCE_STARTERS
        return False
    return True


#: an item's mark of a list flattened into a line: "#" or "*" after a space, before a capital or a quote
_INLINE_ITEM = re.compile(r"(?<=\s)(?:#(?=\s)|:?\*)(?=\s?[A-Z\"“])")  # (not a hashtag: "#MeToo"; a wiki's indented ":*")


def _cut_at(a: int, b: int, cuts: list[int]) -> list[tuple[int, int]]:
    """``(a, b)`` cut before each offset of ``cuts`` inside it."""
    inner = [c for c in cuts if a < c < b]
    return list(zip([a, *inner], [*inner, b], strict=True))


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentences.

    Returns ``(start, end)`` offsets into ``text``, trimmed of surrounding whitespace, which
    together cover every non-whitespace character of the span.

    Example:
        >>> t = "Gen. Okafor said talks start on 9-10. January. He left."
        >>> [t[a:b] for a, b in split_sentences(t)]
        ['Gen. Okafor said talks start on 9-10. January.', 'He left.']
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cur = start
    for m in _CANDIDATE.finditer(text, start, end):
        if m.end() <= cur:
            continue
        if _is_boundary(text, m.start(), m, cur):
            spans.append((cur, m.end()))
            cur = m.end()
    spans.append((cur, end))
    if ("#" in text[start:end] or "*" in text[start:end]) \
            and len(cuts := [m.start() for m in _INLINE_ITEM.finditer(text, start, end)]) >= 2:
        # a list flattened into the line (Wikinews: "a reform plan: # Re-regulation of financial markets # Increasing
        # shareholder control …", "*Motorola - 17 percent, *Others - 52.1 percent"): each item its own sentence
        spans = [piece for a, b in spans for piece in _cut_at(a, b, cuts)]
    out = []
    for a, b in spans:
        seg = text[a:b]
        stripped = seg.strip()
        if not stripped:
            continue
        lead = len(seg) - len(seg.lstrip())
        out.append((a + lead, a + lead + len(stripped)))
    return out


# --------------------------------------------------------------------------------------------
# Paragraphs and kinds
# --------------------------------------------------------------------------------------------


@dataclass
class _Line:
    start: int
    end: int
    text: str


def _lines(text: str, start: int, end: int) -> list[_Line]:
    out = []
    pos = start
    for raw in text[start:end].split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(_Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    return out


def _blocks(text: str) -> Iterator[list[_Line]]:
    """Yield groups of non-blank lines separated by blank lines."""
    block: list[_Line] = []
    for line in _lines(text, 0, len(text)):
        if block and text.count("\n", block[-1].end, line.start) >= 2 and not text[block[-1].end : line.start].strip():
            yield block
            block = []
        block.append(line)
    if block:
        yield block


def _is_hard_wrapped(block: list[_Line]) -> bool:
    """A block of lines wrapped at a fixed width (one paragraph), not one paragraph per line (nor a list:
    lines opening with a bullet or a number)."""
    if len(block) < 2:
        return False
    if sum(1 for ln in block if _LIST_ITEM.match(ln.text)) >= 2:
        return False
    if _DATELINE.match(block[-1].text):
        return False  # a byline, then the date: "Helena Smith in Athens …" / "Mon 24 Jul 2023 06.00 BST"
    body = block[:-1]
    if any(len(ln.text) < 40 for ln in body):
        return False
    widths = [len(ln.text) for ln in body]
    if max(widths) - min(widths) > 25:
        return False
    if len(block[-1].text) > max(widths) + 25:
        return False  # a heading, then its paragraph on one line ("KENYA: Court blocks deployment …"): a wrapped
        # paragraph's last line is no longer than the others'
    unterminated = sum(1 for ln in body if not _TERMINAL.search(ln.text))
    return unterminated >= max(1, len(body) // 2)


def _credit_split(line: str) -> int | None:
    """Offset within ``line`` where a trailing parenthesised credit starts, if any."""
    m = _CREDIT_PAREN.search(line)
    if not m:
        return None
    inner = m.group(0).strip()[1:-1].strip()
    words = inner.replace("/", " ").split()
    if not words or len(words) > 16:
        return None
    # A credit is a name list, not a clause: mostly capitalised words, no sentence punctuation.
    caps = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    if caps / len(words) < 0.6 or re.search(r"(?<!\b[A-Z])[.!?]\s+[A-Z]", inner):  # (an initial's dot is none:
        # "(Photo: Rogelio V. Solis/AP)")
        return None
    labelled = re.match(r"(?:Photo|Picture|Image|Credit|Supplied|Handout|File)", inner)
    if ":" not in inner and "/" not in inner and not _BARE_AGENCY.match(inner) and not labelled:
        return None
    return m.start()


def _is_name_list(text: str, max_words: int = 10) -> bool:
    """A short run of mostly capitalised words (a credit, not a clause)."""
    words = re.sub(r"^\W*\w+(?:\s+(?:by|credit|courtesy|of|source))*\s*[:/]?", "", text).replace("/", " ").split()
    if not words or len(words) > max_words:
        return False
    caps = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return caps / len(words) >= 0.6 and not re.search(r"[.!?]\s+[A-Z]", text)


def _trailing_credit(line: str) -> int | None:
    """Offset in ``line`` of a trailing "Image: Name." credit after a caption sentence, or of an agency's
    ("… December 16, 2024. REUTERS/Liesa Johannssen Purchase Licensing Rights, opens new tab")."""
    if "/" in line and (m := _AGENCY_SLASH_CREDIT.search(line)) is not None and len(line[: m.start(1)].split()) >= 3:
        return m.start(1)
    if " | " in line and (m := _PIPE_CREDIT.search(line)) is not None and len(line[: m.start(1)].split()) >= 3:
        return m.start(1)
    if not any(w in line for w in _CREDIT_LABELS):  # both patterns need a label (most lines have none)
        return None
    m = _TRAILING_CREDIT.search(line)
    if m and _is_name_list(m.group(1).rstrip("."), 8):
        return m.start(1)
    m = _UNPUNCTUATED_CREDIT.search(line)
    if m and len(line[: m.start(1)].split()) <= 25 and _is_name_list(m.group(1).rstrip("."), 8):
        return m.start(1)
    return None


def _next_line(blocks: list[list[_Line]], bi: int, gi: int, hard: bool) -> str | None:
    """The text of the line after line ``gi`` of block ``bi`` (the next block's first line after a block's last),
    or None (a hard-wrapped block's lines are one paragraph)."""
    if not hard and gi + 1 < len(blocks[bi]):
        return blocks[bi][gi + 1].text
    if bi + 1 < len(blocks):
        return blocks[bi + 1][0].text
    return None


#: a site's note that it wrote with an agency, in brackets ("(FRANCE 24 with AFP)")
_WITH_AGENCY_PAREN = re.compile(r"\(\s*[A-Z][\w'.-]+(?:\s+[A-Z0-9][\w'.-]*){0,2}\s+with\s+(?:AFP|AP|Reuters|dpa|EFE)"
                                r"(?:\s*(?:,|and)\s*(?:AFP|AP|Reuters|dpa|EFE))*\s*\)")


def _is_credit_line(line: str) -> bool:
    if _LABELLED_CREDIT_LINE.match(line) and _is_name_list(line.rstrip("."), 8):
        return True
    if _WIRE_TAGLINE.match(line) and line.rstrip().endswith(")") and len(line) <= 400:
        return True
    if "contributed" in line and _CONTRIBUTED.match(line):
        return True
    if "reported from" in line and _REPORTED_FROM.match(line):
        return True
    if (_CONTACT_LINE.match(line) or _PRESS_CONTACT.match(line)) and len(line) <= 200:
        return True
    if _CREDIT_LINE_STRICT_PAREN.match(line):
        return _credit_split(line) == 0 or _WITH_AGENCY_PAREN.fullmatch(line.strip()) is not None  # ("(FRANCE 24 with AFP)")
    if line.rstrip().endswith(("editor", "correspondent", "reporter", "writer", "columnist")) and _NAME_JOB_LINE.match(line):
        return True
    if not _CREDIT_LINE.match(line):
        return False
    if len(line.split()) > 20:
        return False
    return not _TERMINAL.search(line) or line.rstrip().endswith(")")


_IMAGE_CAPTION = re.compile(r"^\s*(?:Image|Photo|Picture)\s+caption\b", re.IGNORECASE)


#: auxiliaries a sentence has and a headline drops ("Man arrested", not "A man was arrested")
_SENTENCE_AUX = frozenset(["has", "have", "had", "was", "were", "is", "are"])
#: a headline's last word that ends in a period of its own ("… could ban TikTok in the U.S.", "… to Johnson & Co.")
_FINAL_ABBREVIATION = re.compile(r"(?:\b(?:[A-Z]\.){2,}|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|Bros)\.)$")


def _ends_stopped(line: str) -> bool:
    """Whether ``line`` ends in a period, colon, semicolon or comma, so is no headline (a period closing an
    abbreviation is none: "Appeals court upholds law that could ban TikTok in the U.S.")."""
    line = line.rstrip()
    if line[-1:] not in (".", ":", ";", ","):
        return False
    if not (line.endswith(".") and _FINAL_ABBREVIATION.search(line)):
        return True
    # a headline's grammar: no verb in the past, no auxiliary (not "The company said profit rose 3% in the U.S.")
    lex = lexicon_get()
    return any(w in _SENTENCE_AUX or lex(w) == "VBD" for w in re.findall(r"\b[a-z]+\b", line))


def _is_title_line(line: str, title: str | None, block: list[_Line]) -> bool:
    """Is the first line of the text the headline?

    With a known ``title``: when the line matches it. Otherwise when it looks like a headline
    (2-30 words, no final period/colon/comma), is not a dateline, byline or furniture, and stands
    on its own or heads a block of one-line paragraphs (headline, dateline, paragraphs).
    """
    if title:
        norm = lambda s: re.sub(r"\W+", " ", s).strip().lower()  # noqa: E731
        return norm(line) == norm(title)
    if _DATELINE.match(line) or _is_boilerplate(line) or _is_credit_line(line):
        return False
    words = line.split()
    if not 2 <= len(words) <= 30 or len(line) > 250 or _ends_stopped(line):
        return False
    return len(block) == 1 or len(block[1].text) > len(line) or bool(_DATELINE.match(block[1].text)) or (
        # a headline over its bullet points, then the byline ("Heathrow chaos as fire …" / "Up to 200,000 passengers
        # affected" / "By JOHN SMITH, TRANSPORT EDITOR FOR DAILYMAIL.COM")
        (k := next((i for i in range(2, min(len(block), 5)) if _BYLINE_LINE.match(block[i].text)), None)) is not None
        and all(len(b.text.split()) <= 20 and not _TERMINAL.search(b.text) for b in block[1:k]))


#: a byline's names ("By Brad Brooks and Rich McKay", "By Brooke Singman Fox News": the first two or three words)
_BYLINE_NAMES = re.compile(r"\s*(?:By|BY)\s+((?:[A-Z][\w'’.-]+\s+){1,2}[A-Z][\w'’.-]+(?:(?:,\s*|\s+(?:and|AND)\s+)"
                           r"(?:[A-Z][\w'’.-]+\s+){1,2}[A-Z][\w'’.-]+)*)")
#: a line opening with a writer's name and what the writer does ("Catie Edmondson covers Congress for The Times.",
#: "Brooke Singman is a politics reporter …")
_WRITER_BIO = re.compile(r"\s*([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})\s+(?:covers|writes|reports|is\s+(?:a|an|the)|has\s+"
                         r"(?:covered|written|reported))\b")
#: a picture's credit on a line of its own ("Image: Jens Büttner/dpa/picture alliance", "Photo: AP")
_PICTURE_CREDIT_LINE = re.compile(r"\s*(?:Image|Photo|Picture|Photograph)s?\s*:\s*\S")
#: a photographer and the agency on a line of their own ("Jim Watson/AFP/Getty Images", "Evan Vucci/AP")
_PHOTOGRAPHER_AGENCY = re.compile(
    r"\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s*/\s*(?:AFP|AP|Reuters|REUTERS|Getty\s+Images|EPA(?:-EFE)?|Shutterstock|"
    r"Alamy|Bloomberg|NurPhoto|SOPA\s+Images|ZUMA|Anadolu|Pool|POOL|dpa|Xinhua|The\s+[A-Z]\w+(?:\s+[A-Z]\w+)?)"
    r"(?:\s*(?:/|\s+via\s+)\s*[A-Z][\w ]{1,30})*\s*")
#: an outlet's name in capitals on a line of its own, under the writer's ("USA TODAY")
_OUTLET_CAPS = re.compile(r"\s*[A-Z][A-Z&.'’]+(?:\s+[A-Z&.'’]+){0,3}\s*")
#: a writer's handle on a line of its own ("@in/tanayamacheel", "@janedoe")
_SOCIAL_HANDLE = re.compile(r"\s*@[\w./-]{2,40}\s*$")
#: a byline ("By Jane Doe", "By JOHN SMITH, TRANSPORT EDITOR FOR DAILYMAIL.COM")
_BYLINE_LINE = re.compile(r"\s*(?:By|BY)\s+[A-Z]")
#: the heading of a page's list of links ("Related Topics", "More on this story", "You may also like")
_RELATED_HEADING = re.compile(
    r"^\s*(?:related(?:\s+(?:topics|stories|articles?|coverage|content|links|internet links))?|more on this (?:story|topic)|"
    r"more about|"
    r"more (?:stories|from \w+(?: \w+)?)|you (?:may|might) also like|recommended(?: for you| stories)?|most (?:read|popular|viewed)|"
    r"top stories|read more|see also|also read|suggested topics|explore more(?: on (?:these|this) topics?)?)\s*:?\s*$",
    re.IGNORECASE,
)
#: the most words of an entry in such a list (a headline); a longer line is the story again
_RELATED_WORDS = 15
#: a navigation item at the top of a page pasted from a browser ("World", "Business", "US & Canada", "Menu")
_NAV_ITEM = re.compile(r"^\s*[A-Z][\w.'’-]*(?:\s+(?:the|of|at|in|for|on))?(?:\s+(?:[A-Z][\w.'’-]*|&|and)"
                       r"(?:\s+(?:the|of|at|in|for|on))?){0,2}\s*$")  # (or "Israel at War", "Israel & the Region")
#: a site's name at the top of a page: up to five capitalised words ("South China Morning Post", "The Times of India")
_SITE_NAME = re.compile(r"^\s*(?:[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|&|and|of|the)){0,4}|[a-z][\w.-]{2,20})\s*$")
#: (or one word in lower case: "euronews")
#: a page's breadcrumb of sections ("News|Israel-Palestine conflict", "Sport > Football > Premier League")
_BREADCRUMB = re.compile(r"^\s*[A-Z][\w&'’ -]{0,30}(?:\s*[|>»/]\s*[A-Z][\w&'’ -]{0,40}){1,3}\s*$")
#: the lines read for a headline under a page's furniture
_LEAD_LINES = 25


def _section_label(t: str) -> bool:
    """A section's label in sentence case ("Climate crisis", "Cost of living", "UK news"): two to four words, the
    first capitalised, no digit, no final punctuation and no word the lexicon reads as a verb (a headline of a few
    words has one: "Storm hits coast")."""
    words = t.split()
    if not 2 <= len(words) <= 4 or not words[0][:1].isupper() or any(c.isdigit() for c in t) or re.search(r"[.:;,!?]$", t):
        return False
    lex = lexicon_get()
    return not any((lex(w.lower()) or "").startswith(("VB", "MD")) for w in words)


def _lead_headline(text: str, title: str | None, blocks: list[list[_Line]]) -> tuple[int, frozenset[int]] | None:
    """The headline of a page pasted with its furniture above it ("Skip to main content", "Menu", "World",
    "Business", then "UK inflation falls to 2%"): ``(start of the headline's line, starts of the furniture lines
    before it)``, or None. With ``title``, the line matching it; else the first line that looks like a
    headline (4-30 words, no final period or colon) with a longer line, a dateline or a byline after it."""
    lines = [ln for block in blocks[:_LEAD_LINES] for ln in block][:_LEAD_LINES]
    furniture: list[int] = []

    def is_furniture(t: str) -> bool:
        return _is_boilerplate(t) or (_NAV_ITEM.match(t) is not None and not _DATELINE.match(t)) \
            or _BREADCRUMB.match(t) is not None \
            or (furniture and _section_label(t))  # ("Climate crisis", "UK news" under the menu)

    weak: tuple[int, frozenset[int]] | None = None  # the first line shaped like a headline, a longer line after it
    above: list[int] = []  # lines above a later headline that are none (a site's tagline, "Reuters home")
    menu_after_weak = False  # furniture stands between that first line and this one (a menu under a tagline)
    for i, ln in enumerate(lines):
        t = ln.text
        if (is_furniture(t) or (len(furniture) == i and (_DATELINE.match(t) or (
                # a site's name of four or five words over the menu ("South China Morning Post" / "China"); a date
                # line under the site's name ("Axios" / "Jan 21, 2025 - Technology")
                i == 0 and _SITE_NAME.match(t) and len(lines) > 1 and (_NAV_ITEM.match(lines[1].text)
                                                                         or _is_boilerplate(lines[1].text)))))) \
                and not (title and _is_title_line(t, title, [ln])):
            # (a date line first, over the headline: "Published November 18, 2024 6:00am EST")
            furniture.append(ln.start)
            menu_after_weak = weak is not None
            continue
        if not furniture:
            return None
        if title:
            if _is_title_line(t, title, [ln]):
                return ln.start, frozenset(furniture + above)
            if len(t.split()) <= 12 and not _TERMINAL.search(t):
                above.append(ln.start)  # a menu's item the menu pattern misses ("Formula 1", "—"), a site's tagline
                continue  # ("Exclusive news, data and analytics for financial market professionals")
            return None
        words = t.split()
        if not 4 <= len(words) <= 30 or len(t) > 250 or _ends_stopped(t) or _DATELINE.match(t) \
                or _is_credit_line(t):
            if weak is not None or len(words) > 30 or (len(words) >= 8 and _TERMINAL.search(t)) or _DATELINE.match(t):
                break  # the story (or what follows the headline) has begun
            above.append(ln.start)
            continue
        if weak is not None and not menu_after_weak:
            break  # the line right under the first headline-shaped one: its standfirst
        nxt = next((x.text for x in lines[i + 1 :]  # (a date line or a byline is no furniture here: "Published 15 …")
                    if not is_furniture(x.text) or _DATELINE.match(x.text) or _is_credit_line(x.text)), None)
        if nxt is not None and (_DATELINE.match(nxt) or _is_credit_line(nxt)) and i > 0 and lines[i - 1].start in above \
                and 4 <= len((prev := lines[i - 1].text).split()) <= 30 and not _ends_stopped(prev) \
                and len(words) <= 45:
            # the headline over its deck or standfirst, the byline under them ("Trudeau announces resignation, …" /
            # "Parliament prorogued until March 24" / "Catharine Tunney · CBC News ·")
            return lines[i - 1].start, frozenset(furniture + [x for x in above if x != lines[i - 1].start])
        if nxt is not None and (_DATELINE.match(nxt) or _is_credit_line(nxt)):
            # a headline with its byline or date under it ("Germany's Scholz loses …" / "By Andreas Rinke"), past a
            # site's tagline shaped like one ("Exclusive news, data and analytics for …") and the menu under it
            return ln.start, frozenset(furniture + above)
        if weak is not None:
            break  # a second line of words after the first headline-shaped one: its standfirst, the story begun
        if nxt is not None and len(nxt) >= 0.8 * len(t):  # (a standfirst about as long: the Independent's)
            weak = (ln.start, frozenset(furniture + above))
        above.append(ln.start)
    return weak


#: a caption's credit in square brackets at its end ("… after the ceasefire took effect. [Mohammed Salem/Reuters]")
_CAPTION_CREDIT_END = re.compile(r"\[[A-Z][^\[\]\n]{1,60}/[^\[\]\n]{1,40}\]\s*$")


def _site_lead(text: str, blocks: list[list[_Line]]) -> tuple[int, frozenset[int]] | None:
    """The headline under a first line that is a site's name or a section's ("ABC News", "CNN", "AP NEWS",
    "Politics"): a menu item's shape (one to three capitalised words), then, past any menu, a line shaped like a
    headline with a byline or a dateline under it (:func:`_lead_headline`'s answer), else None."""
    lines = [ln for block in blocks[:_LEAD_LINES] for ln in block][:_LEAD_LINES]
    if len(lines) < 3 or (_NAV_ITEM.match(lines[0].text) is None and _BREADCRUMB.match(lines[0].text) is None):
        return None  # (or a breadcrumb of sections: "News|Israel-Palestine conflict", Al Jazeera's)
    lead = _lead_headline(text, None, blocks)
    if lead is None or lead[0] == lines[0].start:
        return None
    at = next((i for i, ln in enumerate(lines) if ln.start == lead[0]), None)
    under = [ln.text for ln in lines[at + 1 :] if not _is_boilerplate(ln.text) or _DATELINE.match(ln.text)][:3] \
        if at is not None else []
    if len(under) == 3 and not (_credit_split(under[1]) is not None or _CAPTION_CREDIT_END.search(under[1])):
        under = under[:2]  # (a picture's caption with its credit may stand between: "… [Mohammed Salem/Reuters]")
    elif len(under) == 3:
        under = [under[0], under[2]]
    if len(under) == 2 and not (_DATELINE.match(under[0]) or _is_credit_line(under[0])) \
            and 6 <= len(under[0].split()) <= 45 and len(lines[at].text.split()) >= 4:
        under = under[1:]  # a standfirst between the headline and its byline ("Le Monde" / … / "Le Monde with AFP")
    return lead if under and (_DATELINE.match(under[0]) or _is_credit_line(under[0])) else None


def headline(text: str) -> str | None:
    """The first line of ``text`` when :func:`segment` would label it ``title``, else ``None``.

    Example:
        >>> headline("Storm hits coast\\n\\nWinds reached 150 km/h. Schools closed.")
        'Storm hits coast'
        >>> headline("Winds reached 150 km/h. Schools closed.") is None
        True
    """
    blocks = list(_blocks(text))
    block = blocks[0] if blocks else None
    if not block or _is_hard_wrapped(block):
        return None
    first_is_title = _is_title_line(block[0].text, None, block)
    site = _site_lead(text, blocks) if first_is_title else None  # ("ABC News" over the headline and its byline)
    if first_is_title and site is None:
        return _MARKUP.sub("", block[0].text).strip() or block[0].text
    lead = site or _lead_headline(text, None, blocks)  # a page pasted with its menu above the headline
    if lead is None or any(b[0].start <= lead[0] <= b[-1].start and _is_hard_wrapped(b) for b in blocks):
        return None  # (nor a line of a paragraph wrapped over several lines: segment reads that as one paragraph)
    end = text.find("\n", lead[0])
    line = text[lead[0] : end if end >= 0 else len(text)].strip()
    return _MARKUP.sub("", line).strip() or line


#: a list item's mark at the start of a line ("- ", "* ", "• ", "1. ", "2) ")
_LIST_ITEM = re.compile(r"\s*(?:[-*•–·▪]|\d{1,2}[.)])\s+\S")
#: a Markdown heading's or emphasis's marks around a headline ("# Budget 2024: …", "**Storm hits coast**"); the
#: text keeps them, the title string does not
_MARKUP = re.compile(r"^\s*#{1,6}\s+|^\s*(?:\*\*|__)|(?:\*\*|__)\s*$")


def _looks_like_title(line: _Line, title: str | None) -> bool:
    if title:
        norm = lambda s: re.sub(r"\W+", " ", s).strip().lower()  # noqa: E731
        return norm(line.text) == norm(title)
    words = line.text.split()
    if not 2 <= len(words) <= 30 or len(line.text) > 250:
        return False
    return not _ends_stopped(line.text)


def segment(text: str, *, title: str | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Segment ``text`` into labelled paragraphs and sentences.

    Args:
        text: the article text (line endings already normalised to ``\\n``).
        title: the known headline, if any; the first line is labelled ``title`` when it matches,
            or, with no title given, when it looks like a headline (2-30 words, no final
            period) and stands on its own or heads one-line paragraphs (see :func:`headline`).

    Paragraphs are blank-line separated blocks; inside a block every line is its own paragraph
    unless the block is hard-wrapped prose (lines of similar width, mostly unterminated). A line
    that ends in a picture credit is a ``caption`` (with the line just before it when that is a
    short sentence: alt text + caption), and the credit is its own ``credit`` sentence. Datelines
    ("Friday, January 4, 2019") and page furniture are ``boilerplate``; bylines and stand-alone
    credits are ``credit``.

    Returns:
        ``(paragraphs, sentences)`` DataFrames with columns :data:`PARAGRAPH_COLUMNS`
        (``para_id, start, end, kind, text``) and :data:`SENTENCE_COLUMNS` (``sent_id, para_id,
        start, end, kind, text``); ``start``/``end`` index ``text`` and ``text`` is
        ``text[start:end]``. Sentences never overlap, lie inside their paragraph and together
        cover every non-whitespace character.

    Example:
        >>> _, s = segment("Storm hits coast\\n\\nMr. Smith left the U.S. He came back.\\n\\nLeave a Comment")
        >>> list(zip(s["kind"], s["text"]))
        [('title', 'Storm hits coast'), ('body', 'Mr. Smith left the U.S.'), ('body', 'He came back.'), ('boilerplate', 'Leave a Comment')]
    """
    return _frames(text, *segment_rows(text, title=title))


def _frames(
    text: str, paras: list[tuple[int, int, str]], sents: list[tuple[int, int, int, str]]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    pa = np.array([p[:2] for p in paras], dtype=np.int64).reshape(-1, 2)
    paragraphs = pd.DataFrame(
        {
            "para_id": np.arange(len(paras), dtype=np.int64),
            "start": pa[:, 0],
            "end": pa[:, 1],
            "kind": pd.array([p[2] for p in paras], dtype="str"),
            "text": pd.array([text[p[0] : p[1]] for p in paras], dtype="str"),
        },
        columns=PARAGRAPH_COLUMNS,
    )
    sa = np.array([s[:3] for s in sents], dtype=np.int64).reshape(-1, 3)
    sentences = pd.DataFrame(
        {
            "sent_id": np.arange(len(sents), dtype=np.int64),
            "para_id": sa[:, 0],
            "start": sa[:, 1],
            "end": sa[:, 2],
            "kind": pd.array([s[3] for s in sents], dtype="str"),
            "text": pd.array([text[s[1] : s[2]] for s in sents], dtype="str"),
        },
        columns=SENTENCE_COLUMNS,
    )
    return paragraphs, sentences


def segment_rows(
    text: str, *, title: str | None = None
) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, int, str]]]:
    """:func:`segment` as plain tuples: paragraphs ``(start, end, kind)`` and sentences
    ``(para_id, start, end, kind)``, both in text order (ids are list positions).

    Example:
        >>> segment_rows("Storm hits coast\\n\\nIt rained.")
        ([(0, 16, 'title'), (18, 28, 'body')], [(0, 0, 16, 'title'), (1, 18, 28, 'body')])
    """
    paras: list[tuple[int, int, str]] = []
    sents: list[tuple[int, int, int, str]] = []
    in_sources = False  # inside a "Sources"/"References" list at the end of an article
    in_contact = False  # under a press release's "Media contact:"
    in_related = False  # inside a list of links under "Related Topics", "More on this story", ...
    related_left = 0  # the entries such a list may still have ("Related article": one)
    writers: set[str] = set()  # the names of the byline ("By Catie Edmondson"), for the writer's note at the end
    blocks = list(_blocks(text))  # (read once: the headline's search and the loop share them)
    first = blocks[0] if blocks else None
    if title is None and first and _is_title_line(first[0].text, None, first):
        lead = _site_lead(text, blocks)  # ("ABC News" over the headline and its byline: as :func:`headline` reads it)
    else:
        lead = None if not first or _is_title_line(first[0].text, title, first) else _lead_headline(text, title, blocks)
    lead_at, lead_furniture = lead if lead else (-1, frozenset())
    for bi, block in enumerate(blocks):
        # One paragraph per line unless the block is hard-wrapped prose.
        hard = _is_hard_wrapped(block)
        groups = [block] if hard else [[ln] for ln in block]
        # Where a line's trailing credit starts ("...on December 7.(Reuters: Name)").
        credit_at: dict[int, int] = {}
        if not hard:
            for i, ln in enumerate(block):
                cut = _credit_split(ln.text)
                if cut is None:
                    cut = _trailing_credit(ln.text)
                if cut is not None and cut > 0 and len(ln.text[:cut].split()) <= 60:
                    credit_at[i] = cut
        # Caption lines: a line with a trailing credit, and the short line just before it in
        # the same block (alt text + caption, as news sites render a photo).
        caption_lines = set(credit_at)
        for i in credit_at:
            if i > 0 and i - 1 not in credit_at and len(block[i - 1].text.split()) <= 30 and _TERMINAL.search(block[i - 1].text):
                prev = block[i - 1].text
                if not (_is_boilerplate(prev) or _DATELINE.match(prev) or _is_credit_line(prev)) and not (
                    bi == 0 and i == 1 and _is_title_line(prev, title, block)
                ) and not (i >= 2 and (block[i - 2].start == lead_at or (
                        bi == 0 and i == 2 and _is_title_line(block[0].text, title, block)))):
                    # (nor the standfirst right under the headline: "The measure now heads to the Senate, …")
                    caption_lines.add(i - 1)
        for gi, group in enumerate(groups):
            g_start, g_end = group[0].start, group[-1].end
            gtext = text[g_start:g_end]
            single = len(group) == 1
            idx = gi if single and not hard else -1  # line index within the block
            if in_sources and len(gtext.split()) > 40:
                in_sources = False
            if in_related and (not single or len(gtext.split()) > _RELATED_WORDS):
                in_related = False
            if (lead_at < 0 and bi == 0 and gi == 0 and single and _is_title_line(gtext, title, block)) \
                    or (single and g_start == lead_at):
                kind = "title"
            elif single and g_start in lead_furniture:
                kind = "boilerplate"  # the page's menu above its headline
            elif single and _RELATED_HEADING.match(gtext):
                kind, in_related = "boilerplate", True
                related_left = 1 if gtext.strip().rstrip(":").lower() == "related article" else len(blocks) + len(text)
            elif in_related and single and len(gtext.split()) <= _RELATED_WORDS and not _DATELINE.match(gtext):
                related_left -= 1
                in_related = related_left > 0
                kind = "boilerplate"  # an entry of the page's list of links: "Inflation", "Cost of living: What …?"
            elif single and _SOURCES_HEADING.match(gtext):
                kind, in_sources = "boilerplate", True
            elif in_sources and not _is_boilerplate(gtext):
                kind = "credit"  # one entry of the article's list of sources
            elif single and (_DATELINE.match(gtext) or _is_boilerplate(gtext)):
                kind = "boilerplate"
            elif single and idx not in credit_at and _is_credit_line(gtext):
                kind = "caption" if _IMAGE_CAPTION.match(gtext) else "credit"
            elif single and paras and paras[-1][2] == "credit" and (_WRITERS_JOB.match(gtext) or _OUTLET_AT.match(gtext)):
                kind = "credit"  # the byline's second line: "By Anthony Zurcher / North America correspondent"
            elif single and _BARE_NAME.match(gtext) and (nxt := _next_line(blocks, bi, gi, hard)) is not None \
                    and (_WRITERS_JOB.match(nxt) or _SOCIAL_HANDLE.match(nxt) or _OUTLET_CAPS.fullmatch(nxt)):
                kind = "credit"  # a byline's name over the writer's job: "Tom Symonds" / "Home affairs correspondent"
                # (or over the writer's handle: "Tanaya Macheel" / "@in/tanayamacheel")
            elif single and _BARE_NAME.match(gtext) and paras and paras[-1][2] in ("boilerplate", "title") \
                    and any(k == "title" for *_, k in paras[-4:]):
                kind = "credit"  # the writer's name under the headline and the date, no "By": "Rebecca Hersher"
                # (a standfirst between them: the Hindu's "Updated - January 16, 2025 …" / "T. S. Subramanian")
            elif single and paras and paras[-1][2] == "credit" and (_SOCIAL_HANDLE.match(gtext) or _OUTLET_CAPS.fullmatch(gtext)):
                kind = "credit"  # (the writer's handle, or the outlet in capitals: "Aysha Bagchi" / "USA TODAY")
            elif single and in_contact and paras and paras[-1][2] == "credit" and len(gtext.split()) <= 12 \
                    and not _TERMINAL.search(gtext):
                kind = "credit"  # a press release's contact under "Media contact:": "Dana Whitfield, Communications
                # Manager", an address, a telephone number
            elif single and writers and (bio := _WRITER_BIO.match(gtext)) is not None and bio.group(1).lower() in writers:
                kind = "credit"  # the writer's note: "Catie Edmondson covers Congress for The Times."
            elif single and writers and gtext.strip().lower() in writers and len(gtext.split()) >= 2:
                kind = "credit"  # the writer's name over the note at the end: "JOSEF FEDERMAN" / "Federman is …"
            elif idx in caption_lines or (single and _CAPTION_PREFIX.match(gtext)):
                kind = "caption"
            elif single and paras and _CAPTION_LABEL.match(text, paras[-1][0], paras[-1][1]):
                kind = "caption"  # the line under a picture's label: "Image caption," / "Tesla boss Elon Musk said …"
            else:
                kind = "body"
            if kind == "credit" and single and (by := _BYLINE_NAMES.match(gtext)) is not None:
                for name in re.split(r",|\band\b|\bAND\b", by.group(1)):
                    words = name.lower().split()  # (and its first two words: "By Brooke Singman Fox News")
                    writers.update(" ".join(words[:k]) for k in range(2, len(words) + 1))
                    if len(words) >= 2:
                        writers.update((words[1], words[-1]))  # (the surname alone: "Federman is the AP's …")
            elif kind == "credit" and single and _BARE_NAME.match(gtext):
                words = gtext.lower().split()  # a byline without "By" ("Kinling Lo"), for the note at the end
                writers.update((" ".join(words), words[-1]))
            if kind == "credit" and single and gi > 0 and paras and paras[-1][2] == "body" \
                    and (_PICTURE_CREDIT_LINE.match(gtext) or _PHOTOGRAPHER_AGENCY.fullmatch(gtext)
                         or _CREDIT_PAREN.match(gtext.strip()) is not None) \
                    and len(text[paras[-1][0] : paras[-1][1]].split()) <= 30:
                # a picture's credit on the line under its caption ("Germany's industry has been hit hard …" /
                # "Image: Jens Büttner/dpa/picture alliance"): the line above is the caption
                pid = len(paras) - 1
                paras[-1] = (paras[-1][0], paras[-1][1], "caption")
                k = len(sents) - 1
                while k >= 0 and sents[k][0] == pid:
                    sents[k] = (pid, sents[k][1], sents[k][2], "caption")
                    k -= 1
            in_contact = kind == "credit" and (in_contact or (single and _PRESS_CONTACT.match(gtext) is not None))
            para_id = len(paras)
            paras.append((g_start, g_end, kind))
            # Sentences: a trailing credit is its own sentence.
            body_end = g_end
            credit = None
            if kind == "caption" and idx in credit_at:
                body_end = g_start + credit_at[idx]
                credit = (body_end, g_end)
            heads = _wiki_headings(text, g_start, body_end) \
                if kind not in ("title", "boilerplate", "credit") and ("==" in gtext or "'''" in gtext) else []
            if kind in ("title", "boilerplate", "credit"):
                spans = [(g_start, g_end)] if kind != "credit" or single else split_sentences(text, g_start, g_end)
            elif "<!--" in gtext or heads:
                spans = []
                sents.extend((para_id, a, b, k)
                             for a, b, k in _furniture_sentences(text, g_start, body_end, kind, heads))
            else:
                spans = split_sentences(text, g_start, body_end)
            for a, b in spans:
                sents.append((para_id, a, b, kind))
            if credit:
                a, b = credit
                seg = text[a:b]
                lead = len(seg) - len(seg.lstrip())
                sents.append((para_id, a + lead, b, "credit"))
    _footer_menu(text, paras, sents)
    _author_box(text, paras, sents)
    _release_tail(text, paras, sents)
    return paras, sents


#: a press release's section on the company, near its end ("About Acme Robotics")
_ABOUT_HEADING = re.compile(r"^\s*About\s+(?:the\s+)?[A-Z][\w&.,'’ -]{1,60}$")
#: the most words of a line under "Media Contact:" (a name, a job, an address, a number)
_CONTACT_WORDS = 8


def _release_tail(text: str, paras: list[tuple[int, int, str]], sents: list[tuple[int, int, int, str]]) -> None:
    """Relabel a press release's tail: the section on the company under "About X" (furniture) and the lines under
    "Media Contact:" (credits: the name, the e-mail address, the number), when they close the text."""
    relabel: dict[int, str] = {}
    for pid, (a, b, kind) in enumerate(paras):
        line = text[a:b].strip()
        if pid < len(paras) // 2 or kind not in ("body", "boilerplate"):
            continue
        if _ABOUT_HEADING.match(line) and len(line.split()) <= 7:
            relabel[pid] = "boilerplate"
            for q in range(pid + 1, len(paras)):
                qline = text[paras[q][0] : paras[q][1]]
                if paras[q][2] not in ("body", "boilerplate", "credit") or _PRESS_CONTACT.match(qline) \
                        or _ABOUT_HEADING.match(qline):
                    break
                relabel.setdefault(q, "boilerplate")
        elif _PRESS_CONTACT.match(line):
            for q in range(pid + 1, len(paras)):
                qline = text[paras[q][0] : paras[q][1]]
                if paras[q][2] not in ("body", "boilerplate", "credit") or len(qline.split()) > _CONTACT_WORDS \
                        or _TERMINAL.search(qline) and "@" not in qline:
                    break
                relabel[q] = "credit"
    _relabel(paras, sents, relabel)


def _relabel(paras: list[tuple[int, int, str]], sents: list[tuple[int, int, int, str]], kinds: dict[int, str]) -> None:
    """Give the paragraphs ``kinds`` names (paragraph id -> kind) that kind, and their sentences too."""
    if not kinds:
        return
    for pid, kind in kinds.items():
        paras[pid] = (paras[pid][0], paras[pid][1], kind)
    for i, (pid, a, b, _) in enumerate(sents):
        if pid in kinds:
            sents[i] = (pid, a, b, kinds[pid])


#: the labels of an academic site's author box ("Authors", "Disclosure statement", "Partners": the Conversation's)
_AUTHOR_BOX_LABEL = re.compile(r"^\s*(?:Authors?|Disclosure statement|Partners)\s*$")
#: the most words of a line of that box that is no statement ("Terry Hughes", "Distinguished Professor, James Cook
#: University")
_AUTHOR_BOX_WORDS = 12


def _author_box(text: str, paras: list[tuple[int, int, str]], sents: list[tuple[int, int, int, str]]) -> None:
    """Relabel an author box as credits: under "Authors", the names and jobs (short lines, no sentence); under
    "Disclosure statement" and "Partners", the one paragraph each (who funds the writer, who funds the site)."""
    relabel: set[int] = set()
    for pid, (a, b, kind) in enumerate(paras):
        if kind != "boilerplate" or not _AUTHOR_BOX_LABEL.match(text[a:b]):
            continue
        label = text[a:b].strip()
        for q in range(pid + 1, len(paras)):
            qa, qb, qkind = paras[q]
            line = text[qa:qb]
            if qkind not in ("body", "credit") or _AUTHOR_BOX_LABEL.match(line):
                break
            if label.startswith("Author"):
                if len(line.split()) > _AUTHOR_BOX_WORDS or _TERMINAL.search(line):
                    break
            elif q > pid + 1:
                break
            relabel.add(q)
    _relabel(paras, sents, dict.fromkeys(relabel, "credit"))


#: a row of links separated by bars ("CBC's Journalistic Standards and Practices|About CBC News")
_LINK_ROW = re.compile(_LINK_ITEM + r"(?:\s*\|\s*" + _LINK_ITEM + r"){1,6}")


def _footer_menu(text: str, paras: list[tuple[int, int, str]], sents: list[tuple[int, int, int, str]]) -> None:
    """Relabel the menu under a page's end as furniture: lines shaped like menu items ("News", "Culture", "Music") or
    rows of links among the last lines of the text, below furniture ("Facebook", "Email", "Home")."""
    k = len(paras)
    while k > 0 and (paras[k - 1][2] in ("boilerplate", "credit") or (paras[k - 1][2] == "body" and (
            _NAV_ITEM.match(line := text[paras[k - 1][0] : paras[k - 1][1]]) is not None
            or _LINK_ROW.fullmatch(line.strip()) is not None))):
        k -= 1  # (or a row of links: "CBC's Journalistic Standards and Practices|About CBC News")
    menu = [pid for pid in range(k, len(paras)) if paras[pid][2] == "body"]
    if not menu or not any(paras[pid][2] == "boilerplate" for pid in range(k, menu[-1])) \
            or not any(kind == "body" for *_, kind in paras[:k]):
        return
    _relabel(paras, sents, dict.fromkeys(menu, "boilerplate"))


def _furniture_sentences(text: str, start: int, end: int, kind: str,
                         heads: list[re.Match[str]]) -> list[tuple[int, int, str]]:
    """The sentences of a line that holds furniture or wiki headings inside it, as ``(start, end, kind)``. A wiki
    page flattened to one line ("… to spread. ===Darfur conflict threatens to spread=== Chad Prime Minister …") has
    each section's heading as a sentence of its own (it ran into the next sentence), and its list of links ("==
    Related news == * Iran election going to run-off * Bomb blasts kill several") as one furniture sentence, up to
    a heading of prose; an HTML comment left in the text ("<!--see BBC news video for that-->") is its own furniture
    sentence, the words around it split as usual. ``heads``: the line's headings (:func:`_wiki_headings`)."""
    out: list[tuple[int, int, str]] = []
    pos, i = start, 0
    while i < len(heads):
        h = heads[i]
        out.extend(_comment_sentences(text, pos, h.start(), kind))
        if _INLINE_LINKS.fullmatch(h.group()):
            j = i + 1
            while j < len(heads) and _INLINE_LINKS.fullmatch(heads[j].group()):
                j += 1
            resume = heads[j].start() if j < len(heads) else end
            out.append((h.start(), len(text[:resume].rstrip()), "boilerplate"))
            pos, i = resume, j
            continue
        out.append((h.start(), h.end(), kind))
        pos, i = h.end(), i + 1
    out.extend(_comment_sentences(text, pos, end, kind))
    return out


def _comment_sentences(text: str, start: int, end: int, kind: str) -> list[tuple[int, int, str]]:
    """The sentences of ``text[start:end]``, an HTML comment between sentences one furniture sentence of its own."""
    out: list[tuple[int, int, str]] = []
    pos = start
    for cm in _HTML_COMMENT.finditer(text, start, end):
        before, after = text[pos : cm.start()].rstrip(), text[cm.end() : end].lstrip()
        if before and not _TERMINAL.search(before) and after and not after[0].isupper():
            continue  # inside a sentence ("Michael Copps, a FCC Commissioner,<!-- … --> said"): kept in it
        out.extend((a, b, kind) for a, b in split_sentences(text, pos, cm.start()) if text[a:b].strip())
        out.append((cm.start(), cm.end(), "boilerplate"))
        pos = cm.end()
    out.extend((a, b, kind) for a, b in split_sentences(text, pos, end) if text[a:b].strip())
    return out


def sentence_rows(article: Segmented) -> list[tuple[int, int, int, str, int]]:
    """``(sent_id, start, end, kind, para_id)`` of every sentence of ``article`` (computed once
    per article, shared by the analyses; treat as read-only)."""
    return article._sentence_rows


def paragraph_rows(article: Segmented) -> list[tuple[int, int, int, str]]:
    """``(para_id, start, end, kind)`` of every paragraph of ``article`` (read-only)."""
    return article._paragraph_rows


def paragraphs(article: Segmented) -> pd.DataFrame:
    """The article's paragraphs (``para_id``, ``start``, ``end``, ``kind``, ``text``): the same as
    :attr:`Article.paragraphs`, as a function for the table registry and the facade."""
    return article.paragraphs


def sentences(article: Segmented) -> pd.DataFrame:
    """The article's sentences (``sent_id``, ``para_id``, ``start``, ``end``, ``kind``, ``text``):
    the same as :attr:`Article.sentences`."""
    return article.sentences
