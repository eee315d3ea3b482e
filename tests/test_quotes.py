"""Columns cores of toolkit.entities.quotes: plain lists equal to the public tables."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from toolkit import load_article
from toolkit.entities.quotes import QUOTE_COLUMNS, _quote_columns, quotes
from toolkit.text.quotespans import QUOTE_SPAN_COLUMNS, _quote_span_columns, quote_spans

_TEXT = (
    "Talks ‘Serious’\n\n“We will talk,” said Jane Doe. She added: “Soon.”\n\n"
    "“It continues\n\n“and ends here,” he said. No quote at all."
)


def _same(core: dict[str, list], table: pd.DataFrame, columns: list[str]) -> None:
    assert list(core) == columns == list(table.columns)
    assert len({len(v) for v in core.values()}) == 1
    assert core == table.to_dict("list")


def test_quote_span_columns_equal_table(seed):
    for art in (seed, load_article(_TEXT), load_article("No quotes\n\nPlain text.")):
        _same(_quote_span_columns(art), quote_spans(art), QUOTE_SPAN_COLUMNS)


def test_quote_columns_equal_table(seed):
    for art in (seed, load_article(_TEXT), load_article("No quotes\n\nPlain text.")):
        core = _quote_columns(art)
        table = quotes(art)
        assert list(core) == QUOTE_COLUMNS == list(table.columns)
        assert len({len(v) for v in core.values()}) == 1
        expected = table.to_dict("list")
        assert core == expected  # None stays None in the object columns speaker and verb
    assert _quote_columns(seed)["speaker"][0] == "Jen Psaki"


def _news(units: int) -> str:
    """A realistic news text: the seed's body (names, titles, quotes, captions) plus a paragraph
    of attributed and anonymous quotes, repeated ``units`` times under one headline."""
    seed = Path(__file__).resolve().parents[1] / "seeds" / "biden-putin-call.txt"
    title, _, body = seed.read_text(encoding="utf-8").partition("\n\n")
    extra = (
        "\n\n“We will not accept any deal that ignores Kyiv,” said Ukrainian Foreign Minister Dmytro Kuleba. "
        "He added: “The talks must include us.”\n\nAccording to NATO Secretary General Jens Stoltenberg, "
        "“the alliance stands ready to talk.” A senior administration official said the sanctions were “severe”."
    )
    return title + "\n\n" + "\n\n".join([body + extra] * units)


def test_entity_tables_take_time_linear_in_text_length():
    """8 times the text costs about 8 times the time in actors, quotes and actor frequencies (a
    scan of every mention per quote made a 1 MB text take 33 s). CPU time, best of 2; the
    segmentation and tone the tables read are computed before the clock starts."""
    import time

    import toolkit as pl

    steps = ("actors", "quotes", "actor_frequencies")  # in this order each times its own work

    def cpu(units: int) -> dict[str, float]:
        best: dict[str, float] = {}
        for _ in range(2):
            art = pl.load_article(_news(units))
            art.sentences, art.paragraphs, pl.tone(art)  # noqa: B018 - computed outside the clock
            for name in steps:
                t = time.process_time()
                getattr(pl, name)(art)
                best[name] = min(best.get(name, float("inf")), time.process_time() - t)
        return best

    cpu(1)  # lexicon and word memos loaded
    small, large = cpu(8), cpu(64)
    ratios = {name: large[name] / small[name] for name in steps}
    assert sum(large.values()) / sum(small.values()) < 14, ratios
    assert ratios["actors"] < 14 and ratios["quotes"] < 14, ratios
