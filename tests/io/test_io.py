"""Loading articles and corpora: every bad-input case, decoding, URLs (127.0.0.1 only), corpora."""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import http.server
import json
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from toolkit import Article, errors
from toolkit.io.load import decode_bytes, extract_html, fetch_url, load_article, load_corpus

BODY = (
    "Officials said on Monday that the talks would continue next week. "
    "The minister told reporters that both sides had made progress, and that a deal was close."
)
TEXT = "Talks to continue next week\n\n" + BODY + "\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00" + bytes(range(256))
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(range(256))
HTML_PAGE = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
    "<title>Ministers agree new budget | Example News</title>"
    "<meta property='og:title' content='Ministers agree new budget'>"
    "<meta property='article:published_time' content='2022-03-04T10:00:00+01:00'>"
    "<meta name='author' content='Jane Reporter'></head><body>"
    "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
    "<article><h1>Ministers agree new budget</h1>"
    "<p>Ministers agreed a new budget on Friday after weeks of talks between the coalition partners.</p>"
    "<p>The finance minister said the plan would cut the deficit by half within three years.</p>"
    "<p>Opposition leaders called the plan unrealistic and said they would vote against it in parliament.</p>"
    "<p>Read more: Other budget stories</p>"
    "</article><footer>Copyright 2022 Example News. All rights reserved.</footer></body></html>"
)


# --------------------------------------------------------------------------------------------
# bad input: each raises the right toolkit.errors class naming the source
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t \n", "\r\n"])
def test_empty_or_whitespace_text(text):
    with pytest.raises(errors.EmptyTextError, match="<text>"):
        load_article(text)


def test_empty_bytes():
    with pytest.raises(errors.EmptyTextError, match="<bytes>"):
        load_article(b"  \n ")


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text(" \n\n")
    with pytest.raises(errors.EmptyTextError) as exc:
        load_article(p)
    assert str(p) in str(exc.value)


@pytest.mark.parametrize("payload", [PNG, PDF], ids=["png", "pdf"])
def test_binary_file_with_txt_extension(tmp_path, payload):
    p = tmp_path / "article.txt"
    p.write_bytes(payload)
    with pytest.raises(errors.BinaryContentError) as exc:
        load_article(p)
    assert str(p) in str(exc.value)


def test_binary_file_with_html_extension(tmp_path):
    p = tmp_path / "page.html"
    p.write_bytes(PNG)
    with pytest.raises(errors.BinaryContentError, match="page.html"):
        load_article(p)


def test_binary_bytes():
    with pytest.raises(errors.BinaryContentError, match="<bytes>"):
        load_article(PDF)


def test_unknown_extension(tmp_path):
    p = tmp_path / "article.docx"
    p.write_bytes(b"PK\x03\x04 whatever")
    with pytest.raises(errors.UnsupportedFormatError) as exc:
        load_article(str(p))
    assert str(p) in str(exc.value) and ".docx" in str(exc.value)


@pytest.mark.parametrize("name", ["missing.txt", "missing.html", "nowhere/article.md", "my article.txt", "report.docx"])
def test_missing_file(tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(errors.SourceNotFoundError, match=name.split("/")[-1]):
        load_article(name)
    assert issubclass(errors.SourceNotFoundError, FileNotFoundError)


def test_missing_path_object(tmp_path):
    with pytest.raises(errors.SourceNotFoundError, match="gone.txt"):
        load_article(tmp_path / "gone.txt")


def test_folder_is_not_an_article(tmp_path):
    (tmp_path / "a folder").mkdir()
    for src in (tmp_path, str(tmp_path), str(tmp_path / "a folder")):
        with pytest.raises(errors.UnsupportedFormatError, match="load_corpus"):
            load_article(src)


def test_invalid_sidecar_json(tmp_path):
    p = tmp_path / "story.txt"
    p.write_text(TEXT, encoding="utf-8")
    side = tmp_path / "story.meta.json"
    side.write_text("{title: no quotes", encoding="utf-8")
    with pytest.raises(errors.LoadError) as exc:
        load_article(p)
    assert "story.meta.json" in str(exc.value) and "JSON" in str(exc.value)


def test_sidecar_must_be_an_object(tmp_path):
    p = tmp_path / "story.txt"
    p.write_text(TEXT, encoding="utf-8")
    (tmp_path / "story.meta.json").write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(errors.LoadError, match="object"):
        load_article(p)


def test_bad_published_date():
    with pytest.raises(errors.LoadError, match="publication date"):
        load_article(TEXT, published="the day after tomorrow-ish")


def test_not_loadable_type():
    with pytest.raises(errors.LoadError, match="int"):
        load_article(12345)  # type: ignore[arg-type]


def test_error_message_names_source():
    exc = errors.EmptyTextError("corpus.jsonl:12", "the text is empty")
    assert str(exc) == "corpus.jsonl:12: the text is empty"
    assert exc.source == "corpus.jsonl:12" and exc.problem == "the text is empty"
    assert isinstance(exc, errors.PresslensError)


# --------------------------------------------------------------------------------------------
# text that merely looks like a file name is text
# --------------------------------------------------------------------------------------------


def test_long_one_line_text_is_text():
    text = ("The committee met again today and agreed to continue its review. " * 80).strip()
    assert len(text) > 5000 and "\n" not in text
    art = load_article(text)
    assert art.text == text
    assert len(art.sentences) == 80


def test_sentence_ending_in_txt_is_text():
    text = "The full statement from the ministry was published as statement.txt"
    art = load_article(text)
    assert art.text == text


@pytest.mark.filterwarnings("ignore::toolkit.errors.LanguageWarning")
def test_long_token_is_not_a_file_name_error():
    token = "a" * 600 + ".txt"
    with pytest.raises(errors.SourceNotFoundError):
        load_article(token)  # one token with an extension: a (missing) file, but no OSError
    text = "word " * 300 + "end.txt"
    assert load_article(text).text == text


def test_existing_path_with_spaces(tmp_path):
    p = tmp_path / "my story file.txt"
    p.write_text(TEXT, encoding="utf-8")
    art = load_article(str(p))
    assert art.path == str(p) and art.text == TEXT


# --------------------------------------------------------------------------------------------
# decoding
# --------------------------------------------------------------------------------------------

SAMPLE = "“Café” costs €5 – naïve façade, said O’Brien.\nSecond line é ü ß."


@pytest.mark.parametrize(
    "data",
    [
        SAMPLE.encode("utf-8"),
        codecs.BOM_UTF8 + SAMPLE.encode("utf-8"),
        codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"),
        SAMPLE.encode("cp1252"),
        SAMPLE.encode("utf-16-le"),
        SAMPLE.encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "cp1252", "utf16le-no-bom", "utf16be-no-bom"],
)
def test_decodings_without_mojibake(data):
    assert decode_bytes(data) == SAMPLE


def test_latin1():
    text = "Señor Muñoz visited the café in Zürich. Grüße, ½ price, 3° colder."
    assert decode_bytes(text.encode("latin-1")) == text


@pytest.mark.filterwarnings("ignore::toolkit.errors.LanguageWarning")
def test_cp1252_file_round_trip(tmp_path):
    p = tmp_path / "legacy.txt"
    p.write_bytes(("Budget talks\n\n" + SAMPLE).encode("cp1252"))
    art = load_article(p)
    assert art.text == "Budget talks\n\n" + SAMPLE
    assert "Ã" not in art.text and "â€" not in art.text


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_endings_normalised(newline):
    raw = TEXT.replace("\n", newline)
    assert decode_bytes(raw.encode("utf-8")) == TEXT
    assert load_article(raw).text == TEXT
    assert load_article(raw.encode("utf-8")).text == TEXT


@pytest.mark.filterwarnings("ignore::toolkit.errors.LanguageWarning")
def test_text_otherwise_unchanged():
    text = "  Leading spaces kept.\n\n\n\nTabs\tkept,  double  spaces kept, trailing spaces kept.   \n"
    art = load_article(text)
    assert art.text == text
    assert all(art.text[s:e] == t for s, e, t in art.sentences[["start", "end", "text"]].itertuples(index=False))


def test_undecodable_bom():
    with pytest.raises(errors.DecodeError, match="<bytes>"):
        decode_bytes(codecs.BOM_UTF32_LE + b"\xff\xff\xff\xff\x00\x00")


# --------------------------------------------------------------------------------------------
# metadata, HTML, language
# --------------------------------------------------------------------------------------------


def test_sidecar_metadata(tmp_path):
    p = tmp_path / "story.txt"
    p.write_text(TEXT, encoding="utf-8")
    meta = {"title": "Talks to continue next week", "published": "2021-12-31", "source": "ABC News", "desk": "world"}
    (tmp_path / "story.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    art = load_article(p)
    assert art.title == "Talks to continue next week"
    assert art.published == dt.date(2021, 12, 31)
    assert art.source_name == "ABC News"
    assert art.meta["desk"] == "world"
    # keyword arguments override the sidecar
    art2 = load_article(p, published="2022-01-02", source_name="Other")
    assert art2.published == dt.date(2022, 1, 2) and art2.source_name == "Other"


def test_seed_loads_with_sidecar(seed):
    assert seed.published == dt.date(2021, 12, 31)
    assert seed.text.startswith("‘Serious’ 50-minute")


def test_html_file(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(HTML_PAGE, encoding="utf-8")
    art = load_article(p)
    assert art.title == "Ministers agree new budget"
    assert art.published == dt.date(2022, 3, 4)
    assert "weeks of talks between the coalition partners" in art.text
    assert "vote against it in parliament" in art.text
    assert "Read more" not in art.text
    assert "All rights reserved" not in art.text
    assert art.text.startswith("Ministers agree new budget\n\n")


def test_html_string_and_bytes():
    assert "coalition partners" in load_article(HTML_PAGE).text
    assert "coalition partners" in load_article(HTML_PAGE.encode("utf-8")).text


def test_html_meta_charset():
    page = HTML_PAGE.replace("utf-8", "windows-1252").replace("Friday", "Friday (“early”)")
    text = extract_html(page.encode("cp1252"))["text"]
    assert "(“early”)" in text


def test_html_without_article_text():
    with pytest.raises(errors.EmptyTextError, match="<html>"):
        load_article("<!DOCTYPE html><html><body><nav>Home</nav></body></html>")


def test_non_english_warns_not_crashes():
    text = (
        "Der Bundestag hat am Freitag über den neuen Haushalt abgestimmt. Die Opposition kritisierte "
        "die Pläne der Regierung scharf und kündigte Widerstand an. Der Finanzminister verteidigte das Paket."
    )
    with pytest.warns(errors.LanguageWarning):
        art = load_article(text)
    assert art.language == "und"
    assert len(art.sentences) == 3


def test_english_does_not_warn():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        art = load_article(TEXT)
    assert art.language == "en"


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump lauded Herman Cain. Senator Jane Smith assailed President Joe Biden over the plan.",
        "Headline here\n\nPrime Minister Jacinda Ardern met Scott Morrison in Sydney on Monday.",
        "Headline\n\n" + "The minister spoke. " * 40,  # sentence-initial function words count
    ],
)
def test_a_short_english_text_full_of_names_does_not_warn(text):
    # names and sentence starts say nothing of the language: only lower-case words are counted
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert load_article(text).language == "en"


def test_an_english_article_with_a_wiki_table_left_in_it_does_not_warn():
    # Wikinews' 2008 election story: a results table's 'style="background:#FFB6B6"' cells outnumbered its prose
    table = " ".join('|style="background:#FFB6B6"|State |style="background:#FFB6B6"|811,510 |-' for _ in range(80))
    text = ("Republican John McCain has conceded the election to Democrat Barack Obama. After two years of "
            "campaigning, voters went to the polls for the presidency and for numerous state and local races. " + table)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert load_article(text).language == "en"


@pytest.mark.parametrize(
    "text",
    [
        "O governo anunciou na terça-feira um novo plano de habitação. A oposição criticou a medida e pediu mais "
        "recursos para as regiões do norte.",  # Portuguese read as English before ("a", "de" … in lower case)
        "Le gouvernement a annoncé mardi une réforme des retraites. Les syndicats ont appelé à une grève générale "
        "dans tout le pays la semaine prochaine.",
    ],
)
def test_other_languages_warn(text):
    with pytest.warns(errors.LanguageWarning):
        assert load_article(text).language == "und"


def test_metadata_language_skips_guess(tmp_path):
    p = tmp_path / "de.txt"
    p.write_text("Die Regierung hat am Freitag den Haushalt beschlossen, sagte der Sprecher.", encoding="utf-8")
    (tmp_path / "de.meta.json").write_text('{"language": "de"}', encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert load_article(p).language == "de"


# --------------------------------------------------------------------------------------------
# URLs: a local threaded http.server on 127.0.0.1
# --------------------------------------------------------------------------------------------


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes, float]] = {
        "/page.html": (200, "text/html; charset=utf-8", HTML_PAGE.encode("utf-8"), 0),
        "/plain.txt": (200, "text/plain; charset=utf-8", TEXT.encode("utf-8"), 0),
        "/legacy.txt": (200, "text/plain", ("Budget talks\n\n" + SAMPLE).encode("cp1252"), 0),
        "/image": (200, "image/png", PNG, 0),
        "/pdf": (200, "application/pdf", PDF, 0),
        "/slow": (200, "text/plain", TEXT.encode("utf-8"), 3.0),
        "/big": (200, "text/plain", b"word " * 50_000, 0),
        "/empty": (200, "text/plain", b"", 0),
    }

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        path = self.path.split("?")[0]
        if path == "/big-chunked":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"word " * 50_000)  # no Content-Length: the cap applies while reading
            return
        if path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                for _ in range(40):  # 4 s in all, one byte every 0.1 s
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.1)
            return
        if path not in self.routes:
            self.send_error(404, "Not Found")
            return
        status, ctype, body, delay = self.routes[path]
        if delay:
            time.sleep(delay)
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_url_html_page(server):
    url = f"{server}/page.html"
    art = load_article(url)
    assert art.url == url
    assert art.title == "Ministers agree new budget"
    assert art.published == dt.date(2022, 3, 4)
    assert "coalition partners" in art.text


def test_url_plain_text(server):
    art = load_article(f"{server}/plain.txt", published="2022-01-05")
    assert art.text == TEXT
    assert art.published == dt.date(2022, 1, 5)


@pytest.mark.filterwarnings("ignore::toolkit.errors.LanguageWarning")
def test_url_legacy_encoding(server):
    assert load_article(f"{server}/legacy.txt").text == "Budget talks\n\n" + SAMPLE


def test_url_timeout(server):
    url = f"{server}/slow"
    t0 = time.perf_counter()
    with pytest.raises(errors.FetchError, match="timed out") as exc:
        load_article(url, timeout=0.5)
    assert url in str(exc.value)
    assert time.perf_counter() - t0 < 2.5


@pytest.mark.parametrize("path", ["/image", "/pdf"])
def test_url_not_text(server, path):
    with pytest.raises(errors.FetchError, match="content type") as exc:
        load_article(f"{server}{path}")
    assert f"{server}{path}" in str(exc.value)


def test_url_404(server):
    with pytest.raises(errors.FetchError, match="404") as exc:
        load_article(f"{server}/nope.html")
    assert "/nope.html" in str(exc.value)


@pytest.mark.parametrize("path", ["/big", "/big-chunked"])
def test_url_over_size_cap(server, path):
    with pytest.raises(errors.FetchError, match="limit"):
        load_article(f"{server}{path}", max_bytes=10_000)
    # under a larger cap the same page loads
    assert len(fetch_url(f"{server}{path}", max_bytes=1_000_000)[0]) == 250_000


def test_url_empty_page(server):
    with pytest.raises(errors.EmptyTextError, match="/empty"):
        load_article(f"{server}/empty")


def test_url_connection_refused():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(errors.FetchError, match="cannot connect"):
        load_article(f"http://127.0.0.1:{port}/x.html", timeout=2)


# --------------------------------------------------------------------------------------------
# corpora
# --------------------------------------------------------------------------------------------


def _collect(corpus):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        arts = list(corpus)
    return arts, [w for w in caught if issubclass(w.category, errors.CorpusItemWarning)]


def test_corpus_folder(tmp_path):
    (tmp_path / "a.txt").write_text("First story\n\n" + BODY, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"published": "2020-05-01", "source": "Wire"}', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text(HTML_PAGE, encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(PNG)
    (tmp_path / "d.txt").write_text("   ", encoding="utf-8")
    (tmp_path / "e.pdf").write_bytes(PDF)
    (tmp_path / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    arts, warned = _collect(corpus)
    assert [Path(a.path).name for a in arts] == ["a.txt", "b.html"]
    assert arts[0].published == dt.date(2020, 5, 1) and arts[0].source_name == "Wire"
    bad = {Path(label).name: reason for label, reason in corpus.errors}
    assert set(bad) == {"c.txt", "d.txt", "e.pdf"}
    assert "binary" in bad["c.txt"] and "empty" in bad["d.txt"] and ".pdf" in bad["e.pdf"]
    assert len(warned) == 3
    assert any("c.txt" in str(w.message) for w in warned)


def test_corpus_jsonl(tmp_path):
    p = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": "ok1", "title": "One", "date": "2021-01-02", "source": "Wire", "text": "One\n\n" + BODY, "tag": "x"}),
        "{not json",
        json.dumps({"id": "no-text", "title": "Missing"}),
        json.dumps({"id": "num", "text": 42}),
        json.dumps({"id": "empty", "text": "  "}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"id": "ok2", "text": "Two\n\n" + BODY}),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    corpus = load_corpus(p)
    arts, warned = _collect(corpus)
    assert [a.id for a in arts] == ["ok1", "ok2"]
    assert arts[0].title == "One" and arts[0].published == dt.date(2021, 1, 2) and arts[0].source_name == "Wire"
    assert arts[0].meta["tag"] == "x"
    reasons = dict(corpus.errors)
    assert set(reasons) == {f"{p}:2", f"{p}:3", f"{p}:4", f"{p}:5", f"{p}:6"}
    assert "JSON" in reasons[f"{p}:2"]
    assert "'text'" in reasons[f"{p}:3"]
    assert "not text" in reasons[f"{p}:4"]
    assert "empty" in reasons[f"{p}:5"]
    assert len(warned) == 5


def test_corpus_jsonl_bad_utf8_line(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_bytes(json.dumps({"text": BODY}).encode() + b"\n" + b'{"text": "caf\xe9 \xff"}\n')
    corpus = load_corpus(p)
    arts, _ = _collect(corpus)
    assert len(arts) == 1 and corpus.errors and "UTF-8" in corpus.errors[0][1]


def test_corpus_csv_configurable_columns(tmp_path):
    p = tmp_path / "c.csv"
    with p.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["headline", "body", "day", "outlet"])
        w.writerow(["One", "One\n\n" + BODY, "2021-03-04", "Wire"])
        w.writerow(["Two", "", "2021-03-05", "Wire"])
        w.writerow(["Three", "Three\n\nA second story, with a comma. " + BODY, "not a date", "Wire"])
        w.writerow(["Four", "Four\n\n" + BODY, "", ""])
    corpus = load_corpus(p, text_col="body", title_col="headline", date_col="day", source_name_col="outlet")
    arts, warned = _collect(corpus)
    assert [a.title for a in arts] == ["One", "Four"]
    assert arts[0].published == dt.date(2021, 3, 4) and arts[0].source_name == "Wire"
    assert arts[0].text == "One\n\n" + BODY
    # labelled by the line each record starts on ("One" spans lines 2-4)
    assert [label for label, _ in corpus.errors] == [f"{p}:5", f"{p}:6"]
    assert len(warned) == 2


def test_corpus_csv_missing_text_column(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text("headline,content\nA,B\n", encoding="utf-8")
    with pytest.raises(errors.LoadError, match="'text'"):
        list(load_corpus(p))


def test_corpus_csv_cp1252(tmp_path):
    p = tmp_path / "c.csv"
    p.write_bytes(("text\n\"" + SAMPLE.replace("\n", " ") + " " + BODY + "\"\n").encode("cp1252"))
    arts = list(load_corpus(p))
    assert arts[0].text.startswith("“Café” costs €5")


@pytest.mark.parametrize("name", ["missing_folder", "missing.jsonl"])
def test_corpus_missing(tmp_path, name):
    with pytest.raises(errors.SourceNotFoundError, match=name):
        load_corpus(tmp_path / name)


def test_corpus_unsupported_file(tmp_path):
    p = tmp_path / "c.xlsx"
    p.write_bytes(b"PK")
    with pytest.raises(errors.UnsupportedFormatError, match="c.xlsx"):
        load_corpus(p)


def test_corpus_is_lazy_and_streams():
    consumed: list[int] = []

    def source() -> Iterator[object]:
        for i in range(1000):
            consumed.append(i)
            if i == 3:
                raise AssertionError("consumed past the fourth item: the corpus is not streaming")
            yield f"Story {i}\n\n{BODY}"

    corpus = load_corpus(source())
    assert consumed == []  # nothing read at construction
    it = iter(corpus)
    first = next(it)
    assert isinstance(first, Article) and first.text.startswith("Story 0")
    assert consumed == [0]
    next(it)
    assert consumed == [0, 1]


def test_corpus_jsonl_is_lazy(tmp_path):
    p = tmp_path / "big.jsonl"
    with p.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "first", "text": BODY}) + "\n")
        fh.write(json.dumps({"id": "second", "text": BODY}) + "\n")
    corpus = load_corpus(p)
    it = iter(corpus)
    assert next(it).id == "first"
    # the rest of the file is read only when asked for: appending now is still seen
    with p.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "appended", "text": BODY}) + "\n")
    assert [a.id for a in it] == ["second", "appended"]


def test_corpus_iterable_of_mixed_items():
    art = Article(text=TEXT)
    corpus = load_corpus([TEXT, {"text": BODY, "id": "d"}, art, 3.5, ""])
    arts, warned = _collect(corpus)
    assert len(arts) == 3 and arts[2] is art and arts[1].id == "d"
    assert [label for label, _ in corpus.errors] == ["<item 3>", "<item 4>"]
    assert len(warned) == 2


def test_shared_corpus_streams(shared_data):
    p = shared_data / "news_corpus" / "news_corpus.jsonl"
    if not p.exists():
        pytest.skip("news corpus absent")
    corpus = load_corpus(p)
    first = []
    for art in corpus:
        first.append(art)
        if len(first) == 25:
            break
    assert len(first) == 25 and all(a.published and a.source_name == "Wikinews" for a in first)
    assert not corpus.errors


@pytest.mark.parametrize(
    "raw, site, expected",
    [
        ("Ministers agree budget | Example News", "Example News", "Ministers agree budget"),
        ("Berlin confronts its colonial past | DW | 19.01.2020", "DW", "Berlin confronts its colonial past"),
        ("Will Trump Write His Own Book? - The Village Voice", "villagevoice.com", "Will Trump Write His Own Book?"),
        ("Biden - Putin call ends without deal", "bbc.com", "Biden - Putin call ends without deal"),
    ],
)
def test_title_site_suffix_removed(raw, site, expected):
    page = HTML_PAGE.replace("Ministers agree new budget | Example News", raw).replace(
        "<meta property='og:title' content='Ministers agree new budget'>", f"<meta property='og:site_name' content='{site}'>"
    )
    page = page.replace("<h1>Ministers agree new budget</h1>", "")
    assert extract_html(page)["title"] == expected


def test_one_word_title_falls_back_to_og_title():
    page = HTML_PAGE.replace("<title>Ministers agree new budget | Example News</title>", "<title>escenic</title>")
    page = page.replace("<h1>Ministers agree new budget</h1>", "")
    assert extract_html(page)["title"] == "Ministers agree new budget"


@pytest.mark.parametrize(
    "h1, expected",
    [
        # the page's headline, worded differently from its social-media title (as on the BBC and Independent pages
        # of the HTML evaluation set): what a reader sees
        ("Budget: ministers agree new spending plan", "Budget: ministers agree new spending plan"),
        # a section label before the social-media title: the title alone
        ("Politics | Ministers agree new budget", "Ministers agree new budget"),
        # not the story's headline (a site name, a browser notice): the social-media title
        ("Example News", "Ministers agree new budget"),
        ("Your web browser is not fully supported", "Ministers agree new budget"),
    ],
)
def test_title_is_the_page_headline_when_it_words_the_same_story(h1, expected):
    page = HTML_PAGE.replace("<h1>Ministers agree new budget</h1>", f"<h1 class='headline'>{h1}</h1>")
    result = extract_html(page)
    assert result["title"] == expected
    assert result["text"].startswith(expected + "\n\n")


def test_the_headline_is_not_read_twice_when_the_social_title_differs():
    # before, the text began with the social-media title and then the page's headline, so the headline's actors
    # and tone counted twice (the Evening Standard and BBC pages of the HTML evaluation set)
    page = HTML_PAGE.replace("<h1>Ministers agree new budget</h1>", "<h1>Budget: ministers agree new spending plan</h1>")
    text = extract_html(page)["text"]
    assert text.startswith("Budget: ministers agree new spending plan\n\nMinisters agreed a new budget on Friday")
    assert "Ministers agree new budget" not in text


def test_html_furniture_paragraphs_dropped():
    furniture = [
        "Read more: Looted art to be returned",
        "© 2022, Example News. This article is the copyrighted property of Example News.",
        "Get The Daily Example by email and never miss our top stories Free Sign Up",
        "We want to hear what you think about this article. Submit a letter to the editor.",
        "Аdvеrtіѕе wіth thе most visited news site ~ Wе оffеr flехіblе расkаgеѕ.",
    ]
    page = HTML_PAGE.replace("<p>Read more: Other budget stories</p>", "".join(f"<p>{f}</p>" for f in furniture))
    text = extract_html(page)["text"]
    assert "coalition partners" in text and "vote against it in parliament" in text
    for f in furniture:
        assert f[:20] not in text


def test_json_ld_article_body_used_when_page_renders_little():
    body = " ".join(f"Sentence number {i} of the article body explains the budget." for i in range(40))
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Budget", "articleBody": body,
                     "datePublished": "2021-06-07T08:00:00Z"})
    page = (
        "<!DOCTYPE html><html><head><title>Budget agreed by ministers</title>"
        f"<script type='application/ld+json'>{ld}</script></head>"
        "<body><article><h1>Budget agreed by ministers</h1><p>A short teaser paragraph only, nothing more here.</p>"
        "</article></body></html>"
    )
    ext = extract_html(page)
    assert "Sentence number 39 of the article body" in ext["text"]
    assert ext["published"] == "2021-06-07"


@pytest.mark.parametrize(
    "meta, guessed, expected",
    [
        ("2023-11-09T05:30:59Z", "2023-11-08", "2023-11-08"),  # evening in the Americas, UTC next day
        ("2020-01-19T12:25:36Z", "2020-01-20", "2020-01-19"),  # htmldate took the modified date
        ("2020-10-12T12:29:10+00:00", None, "2020-10-12"),
        ("2021-03-04", "2021-03-05", "2021-03-04"),
        (None, "2019-08-21", "2019-08-21"),
    ],
)
def test_publication_date_reconciliation(meta, guessed, expected):
    from toolkit.io.html import _reconcile_dates

    assert _reconcile_dates(meta, guessed) == expected


def test_visible_standfirst_added_once():
    desc = "The coalition partners ended weeks of wrangling with a plan to halve the deficit."
    page = HTML_PAGE.replace(
        "<meta name='author'", f'<meta property="og:description" content="{desc}"><meta name=\'author\''
    )
    # not shown on the page: not added
    assert desc not in extract_html(page)["text"]
    shown = page.replace("<article><h1>Ministers agree new budget</h1>", f"<article><h1>Ministers agree new budget</h1><h2 class='standfirst'>{desc}</h2>")
    text = extract_html(shown)["text"]
    assert text.count(desc) == 1
    assert text.index(desc) < text.index("Ministers agreed a new budget on Friday")


def test_date_under_headline_when_no_metadata():
    page = (
        "<!DOCTYPE html><html><head><title>Cold wave alert issued</title></head><body>"
        "<h2>Other news</h2><p class='date'>2023-11-03</p>"
        "<h1>Cold wave alert issued</h1><p class='date'>Written: 2023-11-07 15:03:30</p>"
        "<article><p>" + "Temperatures will drop sharply on Wednesday across the country, forecasters said. " * 5
        + "</p></article></body></html>"
    )
    assert extract_html(page)["published"] == "2023-11-07"


@pytest.mark.parametrize(
    "payload",
    [bytes(range(256)) * 8, b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" * 50, b"SQLite format 3\x00" + bytes(4000)],
    ids=["all-bytes", "exe", "sqlite"],
)
def test_other_binary_payloads(payload):
    with pytest.raises(errors.BinaryContentError):
        decode_bytes(payload)


def test_html_fragment_string():
    frag = "<p>" + "</p><p>".join(
        ["Ministers agreed a new budget on Friday after weeks of talks.", "The finance minister said the plan would cut the deficit."]
    ) + "</p>"
    art = load_article(frag)
    assert "<p>" not in art.text and "weeks of talks" in art.text and "cut the deficit" in art.text


def test_text_with_angle_brackets_is_text():
    text = "<Breaking> The council voted 5 > 3 to approve the plan on Monday evening."
    assert load_article(text).text == text


def test_text_starting_with_a_stray_tag_stays_text():
    text = "<p></p> John Kerry's transcript was released late last month. Several outlets noted his grades."
    art = load_article(text)
    assert art.text == text
    corpus = load_corpus([{"id": "k", "title": "Kerry records", "text": text}])
    arts = list(corpus)
    assert arts[0].text == text and arts[0].id == "k" and arts[0].title == "Kerry records"
    assert not corpus.errors


def test_empty_html_document_is_an_error_not_text():
    with pytest.raises(errors.EmptyTextError):
        load_article("<!DOCTYPE html><html><body><p>Hi</p></body></html>")


def test_url_slow_drip_hits_overall_deadline(server):
    t0 = time.perf_counter()
    with pytest.raises(errors.FetchError, match="timed out"):
        load_article(f"{server}/drip", timeout=0.6)
    assert time.perf_counter() - t0 < 3
