"""highlight(): escaped, self-contained HTML that reads back verbatim."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from toolkit import load_article
from toolkit.sentiment.highlight import Highlight, highlight

EVIL = (
    "Officials warn of <script>alert(1)</script> attacks\n\n"
    'A terrible picture <img src=x onerror=alert(1)> appeared & spread. '
    "Prices &lt; 5 dollars were a \"great\" relief.\n\n"
    "She said: “It is <b>not</b> good.” Then she left."
)


class _Reader(HTMLParser):
    """Collects tags, attributes and the text inside <div class="presslens-text">."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.depth = 0  # depth inside presslens-text
        self.text: list[str] = []
        self.titles: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))
        d = dict(attrs)
        if d.get("title"):
            self.titles.append(d["title"])
        if self.depth:
            self.depth += 1
        elif tag == "div" and d.get("class") == "presslens-text":
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)


def _read(fragment: str) -> _Reader:
    r = _Reader()
    r.feed(fragment)
    r.close()
    return r


@pytest.mark.parametrize("by", ["tone", "vader", "polarity"])
def test_article_html_is_escaped_and_reads_back_verbatim(by):
    art = load_article(EVIL)
    h = highlight(art, by=by)
    r = _read(h.html)
    tags = {t for t, _ in r.tags}
    assert tags <= {"style", "div", "span"}, tags  # nothing from the article became a tag
    assert "script" not in tags and "img" not in tags and "b" not in tags
    for _, attrs in r.tags:
        for name, _ in attrs:
            assert not name.lower().startswith("on"), name
    assert "".join(r.text) == art.text
    # the raw markup of the article never appears unescaped
    assert "<script>" not in h.html and "<img" not in h.html and "&lt;" in h.html
    assert "&amp;lt; 5" in h.html  # a literal "&lt;" in the text is escaped, not decoded


def test_highlight_object_and_repr(seed):
    h = highlight(seed)
    assert isinstance(h, Highlight)
    assert h._repr_html_() == h.html == str(h)
    r = _read(h.html)
    assert "".join(r.text) == seed.text
    # one shaded span per sentence, excluded sentences outlined
    sents = [a for t, a in r.tags if t == "span" and dict(a).get("data-sent") is not None]
    assert len(sents) == len(seed.sentences)
    assert sum("x" in dict(a)["class"].split() for a in sents) == int((~seed.sentences.kind.isin(["title", "body"])).sum())


def test_shading_and_word_tooltips():
    art = load_article("Disaster strikes\n\nThe attack killed many innocent people. The rescue was a wonderful success.")
    r = _read(highlight(art).html)
    styles = {dict(a)["data-sent"]: dict(a)["style"] for t, a in r.tags if t == "span" and "data-sent" in dict(a)}
    assert "rgba(213,94,0" in styles["1"]  # vermillion: negative
    assert "rgba(0,114,178" in styles["2"]  # blue: positive
    assert any(t.startswith("killed:") and "vader" in t for t in r.titles)
    assert any("wonderful" in t for t in r.titles)


def test_text_cannot_inject_attributes():
    art = load_article('Title\n\nA great" onmouseover="alert(1)" deal <deal> & a bad\' one.')
    r = _read(highlight(art).html)
    names = {n for _, attrs in r.tags for n, _ in attrs}
    assert names <= {"class", "style", "title", "data-sent"}, names
    assert "".join(r.text) == art.text


def test_unknown_scorer_is_rejected(seed):
    with pytest.raises(ValueError, match="by must be one of"):
        highlight(seed, by="magic")
