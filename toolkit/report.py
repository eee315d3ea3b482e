"""A reproducible report for one article: every table (CSV), every chart (PNG + SVG), a
self-contained ``report.html`` and a provenance record.

The same input gives byte-identical CSVs and identical charts: tables are written with fixed
formatting, charts with one style (:mod:`toolkit.style`), fixed sizes and no timestamps in the
image files. Only ``provenance.json`` records the time of the run.

Example:
    >>> from toolkit import load_article
    >>> from toolkit.report import write_report
    >>> written = write_report(load_article("seeds/biden-putin-call.txt"), "out/")  # doctest: +SKIP
    >>> sorted(written)                                                           # doctest: +SKIP
    ['charts', 'html', 'provenance', 'tables']
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import json
import platform
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from toolkit._lazy import resolve
from toolkit._version import __version__

if TYPE_CHECKING:
    import pandas as pd

    from toolkit.article import Article

__all__ = ["CHARTS", "ChartSpec", "write_report", "render_charts", "provenance", "LIBRARIES"]

#: Libraries whose versions go into the provenance record.
LIBRARIES = (
    "pandas", "numpy", "matplotlib", "textblob", "vaderSentiment", "trafilatura", "networkx",
    "python-dateutil", "PyYAML", "ipywidgets",
)  # fmt: skip


@dataclass(frozen=True)
class ChartSpec:
    """One chart of the report: which table feeds which ``plot_*`` function."""

    name: str
    title: str
    table: str
    function: str  # "module:function"
    options: dict[str, Any] = field(default_factory=dict)
    types: bool = False  # also pass ``types=`` (actor -> type, from ``actor_frequencies``): colours, things left out


#: Every chart the report draws, in report order.
CHARTS: tuple[ChartSpec, ...] = (
    ChartSpec("tone_arc", "Tone through the article", "tone", "toolkit.charts.tone:plot_tone_arc"),
    ChartSpec("tone_distribution", "Sentence tone by scorer", "tone", "toolkit.charts.tone:plot_tone_distribution"),
    ChartSpec("scorer_agreement", "Agreement between scorers", "tone", "toolkit.charts.tone:plot_scorer_agreement"),
    ChartSpec("actor_frequencies", "Who appears", "actor_frequencies", "toolkit.charts.actors:plot_actor_frequencies"),
    ChartSpec("actor_tone", "Tone around each actor", "actor_frequencies", "toolkit.charts.actors:plot_actor_tone"),
    ChartSpec("cooccurrence", "Who appears with whom", "cooccurrence", "toolkit.charts.actors:plot_cooccurrence_network",
              types=True),
    ChartSpec("voice", "Who is quoted", "quotes", "toolkit.charts.actors:plot_voice"),
    ChartSpec("timeline", "Timeline of the story", "events", "toolkit.charts.timeline:plot_timeline"),
    ChartSpec("narrative_order", "How the story moves through time", "events", "toolkit.charts.timeline:plot_narrative_order"),
)  # fmt: skip


def _function(spec: str) -> Any:
    return resolve(spec)


def render_charts(tables: dict[str, pd.DataFrame], out: Path) -> dict[str, dict[str, Path]]:
    """Draw every chart in :data:`CHARTS` whose table is present; write PNG and SVG.

    Returns:
        chart name -> {"png": path, "svg": path}.
    """
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    from toolkit.style import FIGSIZE, chart_style

    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, dict[str, Path]] = {}
    for spec in CHARTS:
        if spec.table not in tables:
            continue
        plot = _function(spec.function)
        opts = dict(spec.options)
        if spec.types and "actor_frequencies" in tables:
            af = tables["actor_frequencies"]
            opts["types"] = {str(a): str(t) for a, t in zip(af["actor"], af["type"], strict=True)}
        with chart_style():
            fig, ax = plt.subplots(figsize=FIGSIZE)
            try:
                plot(tables[spec.table], ax=ax, **opts)
                fig.tight_layout()
                png, svg = out / f"{spec.name}.png", out / f"{spec.name}.svg"
                fig.savefig(png, format="png", metadata={"Software": None})
                fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": None})
            finally:
                plt.close(fig)
        written[spec.name] = {"png": png, "svg": svg}
    return written


def _sha256(path: str | None) -> str | None:
    if not path or not Path(path).is_file():
        return None
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def provenance(article: Article, params: dict[str, Any] | None = None) -> dict[str, Any]:
    """Who made this, from what, with which versions and parameters, and when."""
    versions = {}
    for lib in LIBRARIES:
        try:
            versions[lib] = metadata.version(lib)
        except metadata.PackageNotFoundError:
            versions[lib] = None
    return {
        "presslens": __version__,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "libraries": versions,
        "input": {
            "path": article.path,
            "url": article.url,
            "file_sha256": _sha256(article.path),
            "text_sha1": article.sha1,
            "n_chars": len(article.text),
        },
        "article": article.info(),
        "parameters": {k: v for k, v in (params or {}).items() if v is not None},
        "created_utc": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
    }


_CSS = """
body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;font-size:.8rem;margin:.5rem 0}td,th{border:1px solid #ddd;padding:2px 6px;
vertical-align:top}th{background:#f4f4f4}figure{margin:1rem 0}figcaption{font-size:.85rem;color:#555}
.meta{color:#555;font-size:.9rem}.warning{background:#fff3cd;border:1px solid #E69F00;padding:.4rem .6rem}.numbers td{font-size:.9rem}details{margin:.5rem 0}
"""


def _html_table(df: pd.DataFrame, max_rows: int = 200) -> str:
    return df.head(max_rows).to_html(index=False, escape=True, border=0, na_rep="")


def _report_html(
    article: Article, tables: dict[str, pd.DataFrame], charts: dict[str, dict[str, Path]], prov: dict[str, Any]
) -> str:
    esc = html.escape
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>Presslens report: {esc(article.title or article.source_label)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{esc(article.title or 'Untitled article')}</h1>",
        "<p class='meta'>"
        + esc(
            " · ".join(
                str(x)
                for x in (article.source_name, _published_label(article), article.url or article.path,
                          f"{len(article.text):,} characters")
                if x
            )
        )
        + "</p>",
    ]
    warning = _date_warning(article, tables)
    if warning:
        parts.append(f"<p class='warning'>{esc(warning)}</p>")
    numbers = _key_numbers(tables)
    if numbers:
        rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(str(v))}</td></tr>" for k, v in numbers.items())
        parts.append(f"<h2>Key numbers</h2><table class='numbers'>{rows}</table>")
    try:
        from toolkit.sentiment.highlight import highlight

        parts.append("<h2>The article, shaded by tone</h2>")
        parts.append(highlight(article, by="tone").html)
    except ImportError:
        pass
    if charts:
        parts.append("<h2>Charts</h2>")
        titles = {c.name: c.title for c in CHARTS}
        for name, files in charts.items():
            data = base64.b64encode(files["png"].read_bytes()).decode("ascii")
            parts.append(
                f"<figure><img alt='{esc(titles.get(name, name))}' src='data:image/png;base64,{data}' "
                f"style='max-width:100%'><figcaption>{esc(titles.get(name, name))} "
                f"(charts/{esc(name)}.png, .svg)</figcaption></figure>"
            )
    parts.append("<h2>Tables</h2>")
    for name, df in tables.items():
        parts.append(
            f"<details><summary>{esc(name)} ({len(df)} rows; tables/{esc(name)}.csv)</summary>"
            f"{_html_table(df)}</details>"
        )
    parts.append("<h2>Provenance</h2><pre>" + esc(json.dumps(prov, indent=1, ensure_ascii=False)) + "</pre>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _date_warning(article: Article, tables: dict[str, pd.DataFrame]) -> str:
    """The warning shown when relative dates could not be resolved ("" when none)."""
    if article.published is not None:
        return ""
    tl = tables.get("timeline")
    if tl is None or tl.empty or "relative" not in tl.columns:
        return ""
    rel = tl["relative"].fillna(False).astype(bool)
    unresolved = ~tl["resolved"].fillna(False).astype(bool) if "resolved" in tl.columns else rel
    n = int((rel & unresolved).sum())
    if not n:
        return ""
    return (
        f"⚠ No publication date: {n} relative date expression(s) (such as “yesterday”, “last week”) "
        "could not be placed on the calendar; give the date with --published YYYY-MM-DD."
    )


def _key_numbers(tables: dict[str, pd.DataFrame]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    s = tables.get("sentences")
    if s is not None:
        out["sentences (body)"] = int((s["kind"].isin(["title", "body"])).sum())
        out["captions / credits / boilerplate"] = " / ".join(
            str(int((s["kind"] == k).sum())) for k in ("caption", "credit", "boilerplate")
        )
    ts = tables.get("tone_summary")
    if ts is not None and "level" in ts.columns and (ts["level"] == "article").any():
        row = ts[ts["level"] == "article"].iloc[0]
        for col in ("tone", "mean_tone", "share_negative", "share_neutral", "share_positive"):
            if col in ts.columns:
                v = row[col]
                out[f"article {col.replace('_', ' ')}"] = round(float(v), 3) if v == v else "n/a"
    af = tables.get("actor_frequencies")
    if af is not None and len(af):
        from toolkit.entities.codebook import THING_TYPES

        things = af["type"].isin(THING_TYPES)
        out["actors"] = int((~things).sum())
        if things.any():
            out["works, products and events"] = int(things.sum())
        top = af[~things].sort_values("mentions", ascending=False)["actor"].head(5).astype(str)
        out["top actors"] = ", ".join(top)
    q = tables.get("quotes")
    if q is not None:
        out["quotes"] = len(q)
    t = tables.get("timeline")
    if t is not None:
        out["time expressions"] = len(t)
    return out


def write_report(
    article: Article, out: str | Path, *, params: dict[str, Any] | None = None, codebook: Any = None
) -> dict[str, Any]:
    """Write the full report for ``article`` into folder ``out``.

    ``codebook`` (an actor codebook) is applied to every table that takes one.

    Layout: ``tables/<name>.csv``, ``charts/<name>.png`` and ``.svg``, ``analysis.json``,
    ``report.html`` (self-contained: charts embedded) and ``provenance.json``.

    Everything is first written to a temporary folder next to ``out`` and moved into place
    only when complete: a failure leaves no half-written report (and an earlier report in
    ``out`` is replaced only by a complete new one).

    Returns:
        ``{"tables": [...paths], "charts": [...paths], "html": path, "provenance": path}``.
    """
    import shutil
    import tempfile

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name or 'report'}.", suffix=".partial", dir=out.parent))
    try:
        written = _write_report_files(article, tmp, params=params, codebook=codebook)
        if out.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".old", dir=out.parent))
            old.rmdir()
            out.rename(old)
            tmp.rename(out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            tmp.rename(out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise

    def moved(p: Path) -> Path:
        return out / p.relative_to(tmp)

    return {
        "tables": [moved(p) for p in written["tables"]],
        "charts": [moved(p) for p in written["charts"]],
        "html": moved(written["html"]),
        "provenance": moved(written["provenance"]),
    }


def _write_report_files(
    article: Article, out: Path, *, params: dict[str, Any] | None = None, codebook: Any = None
) -> dict[str, Any]:
    from toolkit.analysis import analysis_json, analyze
    from toolkit.export import write_csv

    out.mkdir(parents=True, exist_ok=True)
    tables = analyze(article, codebook=codebook)
    table_paths = [write_csv(df, out / "tables" / f"{name}.csv") for name, df in tables.items()]
    (out / "analysis.json").write_text(
        json.dumps(analysis_json(article, tables), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    charts = render_charts(tables, out / "charts")
    prov = provenance(article, params)
    prov["outputs"] = {
        "tables": sorted(p.name for p in table_paths),
        "charts": sorted(charts),
        "table_sha256": {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in table_paths},
    }
    prov_path = out / "provenance.json"
    prov_path.write_text(json.dumps(prov, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    html_path = out / "report.html"
    html_path.write_text(_report_html(article, tables, charts, prov), encoding="utf-8")
    return {
        "tables": table_paths,
        "charts": [p for files in charts.values() for p in files.values()],
        "html": html_path,
        "provenance": prov_path,
    }


_ORIGINS = {
    "argument": "as given", "metadata": "from the metadata", "html": "from the page",
    "dateline": "from the dateline", "entered": "as entered",
}  # fmt: skip


def _published_label(article: Article) -> str | None:
    """'published 2019-09-11 (from the dateline)': the date and where it came from."""
    if article.published is None:
        return None
    origin = article.meta.get("published_from") if isinstance(article.meta, dict) else None
    where = _ORIGINS.get(str(origin), str(origin)) if origin else None
    return f"published {article.published.isoformat()}" + (f" ({where})" if where else "")
