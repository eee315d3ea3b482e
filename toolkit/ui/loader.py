"""ArticleLoader: load an article (example, upload, paste, URL) once for every explorer on the page.

The loader makes the loaded article the page's current article (:data:`toolkit.ui.base.current`);
every explorer made without an article follows it. The current article and the pasted text are
kernel state, so running the notebook again ("Run All") keeps what the user loaded.

Example:
    >>> import toolkit as pl
    >>> loader = pl.ArticleLoader()                      # doctest: +SKIP
    >>> loader.load_text("Headline\\n\\nSomething happened today.")   # doctest: +SKIP
    >>> loader.article.title                             # doctest: +SKIP
    'Headline'
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import ipywidgets as W

from toolkit.article import parse_date
from toolkit.datasets import SEED_NAME
from toolkit.datasets import load_seed as _load_seed
from toolkit.errors import PresslensError
from toolkit.io.load import load_article
from toolkit.ui.base import _esc, _Explorer, current, date_warning
from toolkit.ui.overview import overview

if TYPE_CHECKING:
    from toolkit.article import Article

__all__ = ["ArticleLoader", "first_line_title"]

#: A pasted text's first line is taken as its title when it is at most this long.
TITLE_MAX = 120


def first_line_title(text: str) -> str | None:
    """A title for pasted text that has no headline of its own: its first line, cut at a
    word boundary (``None`` for empty text).

    Example:
        >>> first_line_title("The fund was cut on Monday, officials said, after a long row.")
        'The fund was cut on Monday, officials said, after a long row.'
    """
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    if not line:
        return None
    if len(line) <= TITLE_MAX:
        return line
    cut = line[:TITLE_MAX].rsplit(" ", 1)[0]
    return cut + "…"


class ArticleLoader(_Explorer):
    """Load an article: the bundled example, a file upload, pasted text or a URL.

    The loaded article is :attr:`article` and the page's current article; the overview below
    the controls is redrawn on each load, and callbacks registered with :meth:`on_load` are
    called with the new article. The publication date field is prefilled from the loaded
    article (and says where the date came from); changing it re-dates the article, so relative
    expressions ("yesterday") are resolved against it. Loading errors are shown in the status
    line, never raised from a button.

    Args:
        article: the article to start with (default: the current article of the kernel, i.e.
            what the user loaded before a re-run; the bundled example when nothing was loaded).
        show_overview: draw :func:`toolkit.ui.overview.overview` of the loaded article below the
            controls.
    """

    def __init__(self, article: Article | None = None, *, show_overview: bool = True) -> None:
        self._callbacks: list[Callable[[Article], Any]] = []
        self.show_overview = show_overview
        self.error: str | None = None
        self.seed_w = W.Button(description="Use the example article", icon="newspaper-o", layout=W.Layout(width="auto"))
        self.upload_w = W.FileUpload(accept=".txt,.md,.html,.htm", multiple=False, description="Upload file")
        self.paste_w = W.Textarea(
            placeholder="…or paste an article here (headline on the first line)",
            layout=W.Layout(width="95%", height="8em"),
        )
        self.paste_btn = W.Button(description="Load pasted text")
        self.url_w = W.Text(placeholder="https://…", description="URL", layout=W.Layout(width="60%"))
        self.url_btn = W.Button(description="Fetch")
        self.published_w = W.Text(
            placeholder="YYYY-MM-DD", description="Published", continuous_update=False, layout=W.Layout(width="16em")
        )
        self.published_note = W.HTML()
        self.status = W.HTML()
        self.warning = W.HTML()
        self.out = W.VBox()
        for w, cls in (
            (self.seed_w, "presslens-load-seed"),
            (self.upload_w, "presslens-upload"),
            (self.paste_w, "presslens-paste"),
            (self.paste_btn, "presslens-load-paste"),
            (self.url_w, "presslens-url"),
            (self.url_btn, "presslens-load-url"),
            (self.published_w, "presslens-published"),
            (self.published_note, "presslens-published-note"),
            (self.status, "presslens-status"),
            (self.warning, "presslens-warning"),
        ):
            w.add_class(cls)
        self.seed_w.on_click(lambda _b: self.load_seed())
        self.paste_btn.on_click(lambda _b: self.load_text(self.paste_w.value))
        self.url_btn.on_click(lambda _b: self.load_url(self.url_w.value))
        self.upload_w.observe(self._on_upload, names="value")
        self.published_w.observe(self._on_published, names="value")
        self.widget = W.VBox(
            [
                W.HBox([self.seed_w, self.upload_w]),
                W.HBox([self.url_w, self.url_btn]),
                self.paste_w,
                self.paste_btn,
                W.HBox([self.published_w, self.published_note]),
                self.status,
                self.warning,
                self.out,
            ]
        )
        self.widget.add_class("presslens-article-loader")
        self.article: Article | None = None
        if article is not None:
            self._set(article, "given article")
        elif current.article is not None:
            # a re-run ("Run All"): show what the user loaded, with the text they typed
            self.paste_w.value = current.text
            self._set(current.article, current.origin or "earlier load", notify=False)
        else:
            self.load_seed()

    def on_load(self, callback: Callable[[Article], Any]) -> None:
        """Call ``callback(article)`` whenever a new article is loaded."""
        self._callbacks.append(callback)

    # -- loading
    def load_seed(self, name: str | None = None) -> Article | None:
        """Load the bundled example article."""
        return self._try(lambda: _load_seed(name or SEED_NAME), "example article", text="")

    def load_text(self, text: str, *, title: str | None = None, published: object = None) -> Article | None:
        """Load pasted text (headline on the first line; a single line becomes the title too)."""
        if not text or not text.strip():
            return self._fail("the pasted text is empty")

        def make() -> Article:
            art = load_article(text, title=title, published=published)
            if not art.title:
                art = dataclasses.replace(art, title=first_line_title(text), meta=dict(art.meta))
            return art

        return self._try(make, "pasted text", text=text)

    def load_file(self, content: bytes, name: str = "<upload>") -> Article | None:
        """Load an uploaded file's bytes (plain text or HTML)."""
        if not content or not bytes(content).strip():
            return self._fail(f"the file {name} is empty")
        return self._try(lambda: load_article(bytes(content), source_name=None), name, text="")

    def load_url(self, url: str) -> Article | None:
        """Fetch and load an article from a URL (needs network access)."""
        if not url or not url.strip().lower().startswith(("http://", "https://")):
            return self._fail("give an http(s):// address")
        return self._try(lambda: load_article(url.strip()), url.strip(), text="")

    def set_published(self, value: dt.date | str | None) -> Article | None:
        """Give the loaded article a publication date (``None`` or ``""``: unknown)."""
        if self.article is None:
            return self._fail("load an article first")
        try:
            date = parse_date(value, source="publication date") if value not in (None, "") else None
        except (PresslensError, ValueError) as exc:
            return self._fail(f"{exc} (write the date as YYYY-MM-DD)")
        if date == self.article.published:
            return self.article
        meta = {**self.article.meta, "published_from": "entered" if date else None}
        art = dataclasses.replace(self.article, published=date, meta=meta)
        self._set(art, current.origin if current.article is self.article else "given article")
        return art

    # -- events
    def _on_upload(self, change: Any) -> None:
        files = change["new"]
        if not files:
            return
        f = files[0]
        # the value is kept (so the button reads "Upload file (1)"); uploading another file
        # replaces it
        self.load_file(bytes(f["content"]), str(f.get("name", "<upload>")))

    def _on_published(self, change: Any) -> None:
        if self.article is not None and change["new"] != _date_text(self.article.published):
            self.set_published(change["new"].strip())

    def _try(self, make: Callable[[], Article], label: str, *, text: str | None = None) -> Article | None:
        try:
            art = make()
        except (PresslensError, UnicodeError) as exc:
            return self._fail(str(exc))
        if text is not None and self.paste_w.value != text:
            self.paste_w.value = text
        self._set(art, label, text=text)
        return art

    def _fail(self, message: str) -> None:
        self.error = message
        self.status.value = f'<span style="color:#D55E00">Could not load: {_esc(message)}</span>'
        return None

    def _set(self, article: Article, label: str, *, text: str | None = None, notify: bool = True) -> None:
        self.article = article
        self.error = None
        self.status.value = (
            f"Loaded <b>{_esc(article.title or 'untitled')}</b> from {_esc(label)} "
            f"({len(article.sentences)} sentences)"
        )
        self.published_w.unobserve(self._on_published, names="value")
        self.published_w.value = _date_text(article.published)
        self.published_w.observe(self._on_published, names="value")
        self.published_note.value = _published_note(article)
        self.warning.value = date_warning(article)
        if self.show_overview:
            self.out.children = (overview(article),)
        if notify:
            current.set(article, origin=label, text=text)
            for cb in self._callbacks:
                cb(article)


def _date_text(date: dt.date | None) -> str:
    return date.isoformat() if date else ""


def _published_note(article: Article) -> str:
    if article.published is None:
        return '<span style="color:#D55E00">unknown: enter it to resolve “yesterday”, “last week”…</span>'
    origin = article.meta.get("published_from") if isinstance(article.meta, dict) else None
    return f'<span style="color:#555">from {_esc(origin)}</span>' if origin else ""
