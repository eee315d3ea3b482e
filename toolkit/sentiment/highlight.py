"""HTML rendering of an article with sentences shaded by tone and word contributions on hover.

The fragment is self-contained (inline CSS, no JavaScript). Every piece of article text is passed
through :func:`html.escape`, and the text is kept verbatim (``white-space: pre-wrap``) inside
``<div class="presslens-text">``, so that stripping the tags of that element and unescaping gives
back ``article.text`` exactly (a legend precedes it).

Shading: sentences are tinted vermillion (negative) to blue (positive) from the Okabe-Ito palette,
with opacity growing with ``|score|``; excluded sentences (captions, credits, boilerplate) get a
dotted outline. Hovering a sentence shows its scores; hovering a word shows its contributions
(``title`` attributes).

Example:
    >>> from toolkit import load_article
    >>> h = highlight(load_article("Deal reached\\n\\nBoth sides welcomed the <good> news."))
    >>> "<good>" not in h.html and "&lt;" in h.html
    True
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

from toolkit.style import PALETTE

if TYPE_CHECKING:
    from toolkit.article import Article

__all__ = ["Highlight", "highlight"]

_CSS = """<style>
.presslens-hl{font-family:Georgia,serif;line-height:1.6;max-width:48em}
.presslens-hl .presslens-text{white-space:pre-wrap}
.presslens-hl .s{border-radius:3px;padding:1px 0}
.presslens-hl .s.x{outline:1px dotted #999999}
.presslens-hl .w{border-bottom:1px solid #000000;cursor:help}
.presslens-hl .legend{font-family:sans-serif;font-size:85%;margin-bottom:.5em}
</style>"""

_NEG = PALETTE["vermillion"]
_POS = PALETTE["blue"]
_SCORERS = ("tone", "vader", "polarity")


@dataclass(frozen=True)
class Highlight:
    """A rendered article: ``.html`` is a self-contained HTML fragment (str)."""

    html: str

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.html


def _rgba(hex_colour: str, alpha: float) -> str:
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r},{g},{b},{alpha:.2f})"


def _shade(score: float, scale: float) -> str:
    if score != score or abs(score) < 1e-9:  # NaN or zero
        return "transparent"
    alpha = min(0.65, 0.05 + scale * abs(score))
    return _rgba(_NEG if score < 0 else _POS, alpha)


def highlight(article: Article, *, by: str = "tone") -> Highlight:
    """Render an article as HTML with sentences shaded by a tone score.

    Args:
        article: the article.
        by: ``"tone"`` (default), ``"vader"`` or ``"polarity"``: which score shades the
            sentences. Word tooltips show the contributions to the same scorer.

    Returns:
        :class:`Highlight` with ``.html`` (str) and ``_repr_html_`` (displays in Jupyter).

    Raises:
        ValueError: unknown ``by``.

    Example:
        >>> from toolkit import load_article
        >>> highlight(load_article("Talks fail\\n\\nThe talks failed.")).html.count('class="s')
        2
    """
    if by not in _SCORERS:
        raise ValueError(f"by must be one of {_SCORERS}, not {by!r}")
    from toolkit.sentiment.explain import explain_tone
    from toolkit.sentiment.tone import tone

    text = article.text
    tdf = tone(article)
    ex = explain_tone(article)
    scorer = {"tone": "tone", "vader": "vader", "polarity": "textblob"}[by]
    ex = ex[(ex["scorer"] == scorer) & ex["start"].notna()]
    # word spans -> tooltip: total contribution, then its parts
    parts: dict[tuple[int, int], list[tuple[str, float, str]]] = {}
    for r in ex.itertuples(index=False):
        if abs(r.contribution) < 5e-4:
            continue
        detail = [r.component] if scorer == "tone" else []
        if r.lexicon_value == r.lexicon_value and r.lexicon_value is not None:
            detail.append(f"lexicon {float(r.lexicon_value):+.2f}")
        if isinstance(r.modifier, str):
            detail.append(r.modifier)
        parts.setdefault((int(r.start), int(r.end)), []).append((str(r.token), float(r.contribution), ", ".join(detail)))
    words: dict[tuple[int, int], str] = {}
    for key, items in parts.items():
        total = sum(c for _, c, _ in items)
        lines = [f"{items[0][0]}: {total:+.3f} to {by}"]
        lines += [f"  {c:+.3f} {tok} ({d})" if d else f"  {c:+.3f} {tok}" for tok, c, d in items]
        words[key] = "\n".join(lines)
    out: list[str] = [
        _CSS,
        '<div class="presslens-hl">',
        '<div class="legend">Shading: ',
        html.escape(by),
        f' (<span style="background:{_rgba(_NEG, 0.5)}">negative</span> … '
        f'<span style="background:{_rgba(_POS, 0.5)}">positive</span>; dotted = excluded from '
        "aggregates). Hover for scores and word contributions.</div>",
        '<div class="presslens-text">',
    ]
    pos = 0
    for r in tdf.itertuples(index=False):
        s, e = int(r.start), int(r.end)
        if s < pos:  # overlapping segmentation should not happen; never duplicate text
            s = pos
        if s > pos:
            out.append(html.escape(text[pos:s]))
        score = float(getattr(r, by))
        tip = (
            f"sentence {r.sent_id} ({r.kind}{', excluded' if r.excluded else ''}, {r.voice})\n"
            f"tone {r.tone:+.3f} ({r.label}) | VADER {r.vader:+.3f} | TextBlob polarity "
            f"{r.polarity:+.3f}, subjectivity {r.subjectivity:.2f}"
        )
        cls = "s x" if r.excluded else "s"
        scale = 2.0 if by == "tone" else 0.7
        out.append(
            f'<span class="{cls}" data-sent="{int(r.sent_id)}" style="background:{_shade(score, scale)}" '
            f'title="{html.escape(tip, quote=True)}">'
        )
        cur = s
        for (ws, we), tip_w in sorted(words.items()):
            if ws < cur or we > e:
                continue
            out.append(html.escape(text[cur:ws]))
            out.append(f'<span class="w" title="{html.escape(tip_w, quote=True)}">')
            out.append(html.escape(text[ws:we]))
            out.append("</span>")
            cur = we
        out.append(html.escape(text[cur:e]))
        out.append("</span>")
        pos = max(pos, e)
    if pos < len(text):
        out.append(html.escape(text[pos:]))
    out.append("</div></div>")
    return Highlight("".join(out))
