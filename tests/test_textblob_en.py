"""TextBlob's English resources loaded without the ``textblob`` package (toolkit._textblob_en)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_lexicons_and_parser_equal_textblobs_own():
    from textblob import TextBlob
    from textblob import en as real

    from toolkit._textblob_en import textblob_en

    en = textblob_en()
    len(en.sentiment), len(real.sentiment), len(en.lexicon), len(real.lexicon)
    assert dict(en.sentiment) == dict(real.sentiment)  # the "-ly" adverbs TextBlob adds included
    assert dict(en.lexicon) == dict(real.lexicon)
    text = "The senators didn't approve the deeply flawed plan, critics said on Monday."
    assert en.parse(text, chunks=True) == real.parse(text, chunks=True)
    assert en.sentiment(text)[:2] == tuple(TextBlob(text).sentiment)


def test_analysing_an_article_does_not_import_nltk_and_textblob_still_imports():
    code = textwrap.dedent(
        f"""
        import sys
        import toolkit as pl
        art = pl.load_article(open({str(ROOT / "seeds" / "biden-putin-call.txt")!r}, encoding="utf-8").read())
        tables = pl.analyze(art)
        assert len(tables["tone"]) and len(tables["actors"]) and len(tables["timeline"])
        heavy = sorted(m for m in ("textblob", "nltk", "scipy", "sklearn") if m in sys.modules)
        print("heavy:", heavy)
        from textblob import TextBlob  # the real package still imports, afterwards
        print(TextBlob("A good idea.").sentiment.polarity)
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert "heavy: []" in out
    assert out.strip().endswith("0.7")
