"""presslens report: every table, chart, HTML and provenance; reproducible byte for byte."""

from __future__ import annotations

import hashlib
import json
from html.parser import HTMLParser

from toolkit import load_article
from toolkit.analysis import TABLES
from toolkit.cli import main
from toolkit.report import CHARTS, write_report


def _digests(folder):
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.suffix in (".csv", ".png", ".svg")
    }


def test_report_writes_everything_and_is_reproducible(tmp_path, seed_path, capsys):
    a, b = tmp_path / "a", tmp_path / "b"
    assert main(["report", str(seed_path), "--out", str(a)]) == 0
    assert main(["report", str(seed_path), "--out", str(b)]) == 0
    capsys.readouterr()
    da, db = _digests(a), _digests(b)
    assert da == db
    # every registered table as CSV, every chart as PNG and SVG
    assert {f"tables/{t}.csv" for t in TABLES} <= set(da)
    for spec in CHARTS:
        if spec.table in TABLES:
            assert f"charts/{spec.name}.png" in da and f"charts/{spec.name}.svg" in da
    prov = json.loads((a / "provenance.json").read_text())
    assert prov["input"]["file_sha256"] == hashlib.sha256(seed_path.read_bytes()).hexdigest()
    assert prov["libraries"]["pandas"] and prov["presslens"]
    assert prov["article"]["published"] == "2021-12-31"
    html = (a / "report.html").read_text()
    assert "<script" not in html.lower()
    assert "src='http" not in html and 'src="http' not in html  # self-contained


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(k for k, _ in attrs)


def test_report_escapes_hostile_article_text(tmp_path):
    text = 'Hostile <script>alert(1)</script> headline\n\nIt said <img src=x onerror=alert(2)> and &lt; too. Fine.'
    art = load_article(text, title="Hostile <script>alert(1)</script> headline")
    write_report(art, tmp_path)
    html = (tmp_path / "report.html").read_text()
    parser = _Collect()
    parser.feed(html)
    assert "script" not in parser.tags
    assert not any(a.startswith("on") for a in parser.attrs)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&amp;lt;" in html  # the literal "&lt;" of the text survives as text


DOLLAR_TEXT = (
    "Budget row erupts\n\n"
    "The fund cut $\\foo{x}$ and $y$ on 3 March 2021, officials said. It was cut again yesterday.\n"
)


def test_report_with_dollars_in_the_text(tmp_path, capsys):
    """Issue 12 bug 2: ``$\\foo{x}$`` crashed the report (mathtext), ``$y$`` was drawn as maths."""
    src = tmp_path / "m.txt"
    src.write_text(DOLLAR_TEXT, encoding="utf-8")
    out = tmp_path / "o"
    assert main(["report", str(src), "--published", "2021-03-07", "--out", str(out)]) == 0
    capsys.readouterr()
    assert (out / "report.html").is_file()
    svg = (out / "charts" / "timeline.svg").read_text(encoding="utf-8")
    assert "$" in svg  # drawn as a literal dollar sign
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "temporary folders left behind"


def test_failed_report_leaves_no_half_folder(tmp_path, monkeypatch):
    import pytest

    import toolkit.report as report

    def boom(*_a, **_k):
        raise RuntimeError("chart failed")

    art = load_article(DOLLAR_TEXT, published="2021-03-07")
    monkeypatch.setattr(report, "render_charts", boom)
    with pytest.raises(RuntimeError):
        write_report(art, tmp_path / "new")
    assert list(tmp_path.iterdir()) == []  # neither the report folder nor a temporary one
    # an earlier complete report is kept when a new one fails
    monkeypatch.undo()
    write_report(art, tmp_path / "old")
    before = sorted(p.relative_to(tmp_path) for p in (tmp_path / "old").rglob("*"))
    monkeypatch.setattr(report, "render_charts", boom)
    with pytest.raises(RuntimeError):
        write_report(art, tmp_path / "old")
    assert sorted(p.relative_to(tmp_path) for p in (tmp_path / "old").rglob("*")) == before
    assert [p.name for p in tmp_path.iterdir()] == ["old"]


def test_report_warns_without_publication_date(tmp_path):
    art = load_article(DOLLAR_TEXT)
    written = write_report(art, tmp_path / "r")
    html = written["html"].read_text(encoding="utf-8")
    assert "class='warning'" in html and "No publication date" in html
    dated = write_report(load_article(DOLLAR_TEXT, published="2021-03-07"), tmp_path / "d")
    assert "No publication date" not in dated["html"].read_text(encoding="utf-8")


def test_report_shows_the_date_and_where_it_came_from(tmp_path):
    """Issue 13: a pasted article with a Wikinews dateline gets its date from it, and the report says so."""
    import toolkit as pl
    from toolkit.report import write_report

    art = pl.load_article(
        "Council approves new budget\n\nWednesday, September 11, 2019\n\n"
        "The city council approved the new budget on Monday after a long debate, officials said."
    )
    assert art.published.isoformat() == "2019-09-11"
    written = write_report(art, tmp_path / "r")
    html = written["html"].read_text(encoding="utf-8")
    assert "published 2019-09-11 (from the dateline)" in html
