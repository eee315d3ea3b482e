"""Columns cores of toolkit.entities.quotes: plain lists equal to the public tables."""

from __future__ import annotations

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
