"""CodingWidget: hand-code sentence tone, saved to a CSV at every click.

Example:
    >>> import toolkit as pl
    >>> w = pl.CodingWidget(pl.load_seed(), coder="ab", path="codes.csv")   # doctest: +SKIP
    >>> w.code("negative"); w.back()                                          # doctest: +SKIP
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import ipywidgets as W
import pandas as pd

from toolkit.ui.base import _esc, _Explorer
from toolkit.validate import CODE_COLUMNS, sample_for_coding

if TYPE_CHECKING:
    from toolkit.article import Article

__all__ = ["CodingWidget", "TARGET_CODE_COLUMNS"]

#: Columns of a coding CSV of tone toward an actor (``CodingWidget(..., target=NAME)``); ``start``
#: and ``end`` index ``sentence``, so ``presslens eval actor-tone --gold FILE`` reads it as it is.
TARGET_CODE_COLUMNS = ["coder", "article_id", "sent_id", "target", "start", "end", "label", "sentence", "timestamp"]


class CodingWidget(_Explorer):
    """Hand-code sentence tone (negative / neutral / positive); every click is saved at once.

    The CSV (columns ``coder, article_id, sent_id, label, text, timestamp``) is appended to,
    so several coders can share one file and a coder can stop and resume: on start the file
    is read and coding resumes at the first sentence this coder has not coded yet. ``back``
    returns to the previous sentence; coding it again appends a new row (the last one counts,
    see :func:`toolkit.validate.latest_codes`).

    Args:
        sentences: an Article (its title and body sentences are coded) or a table with
            ``sent_id, text`` and optionally ``article_id`` (e.g.
            :func:`toolkit.validate.sample_for_coding`).
        coder: the coder's name or initials.
        path: the coding CSV (created if missing).
        target: code the tone *toward this actor* instead of the sentence's tone: one unit per
            title/body sentence naming the actor (an Article is needed), the mention marked;
            the CSV has :data:`TARGET_CODE_COLUMNS` and ``presslens eval actor-tone --gold``
            compares it with the target-dependent tone model.

    Example:
        >>> w = CodingWidget(load_seed(), coder="ab", path="codes.csv")   # doctest: +SKIP
        >>> w.code("negative"); w.code("neutral"); w.back()               # doctest: +SKIP
    """

    LABELS: tuple[str, str, str] = ("negative", "neutral", "positive")

    def __init__(
        self, sentences: Article | pd.DataFrame, *, coder: str, path: str | Path, target: str | None = None
    ) -> None:
        if not str(coder).strip():
            raise ValueError("coder must be a non-empty name")
        self.coder = str(coder).strip()
        self.path = Path(path)
        self.target = target
        if target is None:
            self.columns = CODE_COLUMNS
            self.units = sample_for_coding(sentences).reset_index(drop=True)
        else:
            self.columns = TARGET_CODE_COLUMNS
            self.units = _target_units(sentences, target)
        self.units["article_id"] = self.units["article_id"].astype(str)
        self._codes: dict[tuple[str, int], str] = {}
        self._load()
        self.position = self._first_uncoded()

        self.buttons = {
            lab: W.Button(description=lab, button_style=style)
            for lab, style in (("negative", "danger"), ("neutral", ""), ("positive", "info"))
        }
        self.skip_w = W.Button(description="skip", icon="forward")
        self.back_w = W.Button(description="back", icon="backward")
        self.sentence_w = W.HTML()
        self.progress_w = W.HTML()
        for lab, b in self.buttons.items():
            b.add_class(f"presslens-code-{lab}")
            b.on_click(lambda _b, lab=lab: self.code(lab))
        self.skip_w.add_class("presslens-code-skip")
        self.back_w.add_class("presslens-code-back")
        self.skip_w.on_click(lambda _b: self.skip())
        self.back_w.on_click(lambda _b: self.back())
        self.sentence_w.add_class("presslens-coding-text")
        self.progress_w.add_class("presslens-progress")
        self.widget = W.VBox(
            [
                self.progress_w,
                self.sentence_w,
                W.HBox([self.back_w, *self.buttons.values(), self.skip_w]),
            ]
        )
        self.widget.add_class("presslens-coding-widget")
        self._render()

    # -- file
    def _load(self) -> None:
        if not self.path.is_file():
            return
        with self.path.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if row.get("coder") == self.coder:
                    self._codes[(str(row.get("article_id", "")), int(row["sent_id"]))] = row["label"]

    def _append(self, unit: pd.Series, label: str) -> None:
        new = not self.path.is_file() or self.path.stat().st_size == 0
        self.path.parent.mkdir(parents=True, exist_ok=True)
        now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
        row = {"coder": self.coder, "article_id": unit["article_id"], "sent_id": int(unit["sent_id"]),
               "label": label, "text": unit["text"], "sentence": unit["text"], "timestamp": now}  # fmt: skip
        if self.target is not None:
            row.update(target=self.target, start=int(unit["start"]), end=int(unit["end"]))
        with self.path.open("a", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            if new:
                w.writerow(self.columns)
            w.writerow([row[c] for c in self.columns])

    # -- state
    def _key(self, i: int) -> tuple[str, int]:
        u = self.units.iloc[i]
        return (str(u["article_id"]), int(u["sent_id"]))

    def _first_uncoded(self) -> int:
        for i in range(len(self.units)):
            if self._key(i) not in self._codes:
                return i
        return len(self.units)

    @property
    def done(self) -> bool:
        """Every sentence has been coded (or skipped past the end)."""
        return self.position >= len(self.units)

    @property
    def codes(self) -> pd.DataFrame:
        """This coder's current codes: ``article_id, sent_id, label``."""
        rows = [{"article_id": a, "sent_id": s, "label": lab} for (a, s), lab in self._codes.items()]
        return pd.DataFrame(rows, columns=["article_id", "sent_id", "label"])

    @property
    def current(self) -> pd.Series | None:
        """The sentence being coded (``None`` when done)."""
        return None if self.done else self.units.iloc[self.position]

    # -- interactions
    def code(self, label: str) -> None:
        """Code the current sentence with ``label``, save it, move to the next uncoded one."""
        if label not in self.LABELS:
            raise ValueError(f"unknown label {label!r}; use one of {list(self.LABELS)}")
        if self.done:
            return
        unit = self.units.iloc[self.position]
        self._append(unit, label)
        self._codes[self._key(self.position)] = label
        self.position += 1
        self._render()

    def skip(self) -> None:
        """Move on without coding this sentence."""
        if not self.done:
            self.position += 1
        self._render()

    def back(self) -> None:
        """Go back one sentence (to check or change its code)."""
        self.position = max(0, self.position - 1)
        self._render()

    def go_to(self, i: int) -> None:
        """Jump to sentence number ``i`` of the list."""
        if not 0 <= i <= len(self.units):
            raise ValueError(f"position {i} out of 0..{len(self.units)}")
        self.position = i
        self._render()

    def _render(self) -> None:
        n = len(self.units)
        self.progress_w.value = (
            f"<b>Coder {_esc(self.coder)}</b>: {len(self._codes)} of {n} coded · "
            f"sentence {min(self.position + 1, n)} of {n} · saving to <code>{_esc(self.path)}</code>"
        )
        if self.done:
            self.sentence_w.value = "<p><b>Done.</b> Every sentence has been coded; use <i>back</i> to revise.</p>"
        else:
            u = self.units.iloc[self.position]
            prev = self._codes.get(self._key(self.position))
            note = f" <i>(your code: {_esc(prev)})</i>" if prev else ""
            text = _esc(u["text"])
            question = ""
            if self.target is not None:
                a, b = int(u["start"]), int(u["end"])
                s = str(u["text"])
                text = f"{_esc(s[:a])}<mark class='presslens-mention'>{_esc(s[a:b])}</mark>{_esc(s[b:])}"
                question = f"<p>How does this sentence portray <b>{_esc(self.target)}</b>?</p>"
            self.sentence_w.value = (
                f'{question}<div style="font-size:120%;padding:8px;border:1px solid #ddd">{text}</div>'
                f"<small>sentence {int(u['sent_id'])}{note}</small>"
            )
        for b in self.buttons.values():
            b.disabled = self.done
        self.skip_w.disabled = self.done
        self.back_w.disabled = self.position == 0


def _target_units(article: Article | pd.DataFrame, target: str) -> pd.DataFrame:
    """One unit per title/body sentence naming ``target``: its first mention, offsets into the sentence."""
    from toolkit.entities.actors import actors

    if isinstance(article, pd.DataFrame):
        raise TypeError("coding tone toward an actor needs an Article (its actor mentions), not a table")
    m = actors(article)
    m = m[(m["actor"] == target) & m["kind"].isin(("title", "body"))]
    if len(m) == 0:
        known = ", ".join(sorted(set(actors(article)["actor"]))[:12])
        raise ValueError(f"{target!r} is not an actor of this article; actors: {known}")
    sents = article.sentences.set_index("sent_id")
    rows = []
    for sid, g in m.groupby("sent_id", sort=True):
        first = g.sort_values("start").iloc[0]
        s0 = int(sents.loc[sid, "start"])
        rows.append({"article_id": str(article.id), "sent_id": int(sid), "text": str(sents.loc[sid, "text"]),
                     "start": int(first["start"]) - s0, "end": int(first["end"]) - s0})  # fmt: skip
    return pd.DataFrame(rows)
