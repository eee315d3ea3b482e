"""The ``presslens`` command line: a thin layer over the library's functions.

Commands::

    presslens analyze FILE [--published YYYY-MM-DD] [--title TEXT] [--source-name NAME]
                           [--codebook FILE] [--format json|csv] [--out DIR] [--tables a,b]
    presslens report FILE --out DIR [--published YYYY-MM-DD] [--title TEXT] [--source-name NAME]
                           [--codebook FILE]
    presslens eval tone --gold FILE [--chart PATH] [--format table|json|csv]
    presslens eval actor-tone --gold FILE [--format table|json]
    presslens corpus SOURCE --out DIR [--engine serial|processes|dask] [--scheduler ADDR]
                           [--chunksize N] [--workers N] [--codebook FILE] [--resume]
    presslens codebook FILE [--out codebook.yml]
    presslens notebooks DIR [--force]
    presslens app [--port N] [--no-browser]

``FILE`` is a .txt/.md/.html file, an http(s) URL or ``-`` (stdin). ``--codebook`` is an actor
codebook (YAML, see ``presslens codebook``) for the actor and quote tables. ``notebooks`` copies
the notebooks, the teaching set and the app into ``DIR``; ``app`` serves the explorers app with
Voila (``pip install 'presslens[lab]'``).

Errors in the input print one line (``presslens: error: <source>: <problem>``) and exit with
status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from toolkit._version import __version__
from toolkit.errors import PresslensError

__all__ = ["main", "build_parser"]


def _add_article_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="article: a .txt/.md/.html file, an http(s) URL, or '-' for stdin")
    p.add_argument("--published", help="publication date YYYY-MM-DD (overrides metadata)")
    p.add_argument("--title", help="headline (overrides metadata)")
    p.add_argument("--source-name", help="outlet name (overrides metadata)")
    p.add_argument("--codebook", help="actor codebook (YAML) for the actor and quote tables")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for documentation and tests)."""
    parser = argparse.ArgumentParser(
        prog="presslens",
        description="Analyse news articles: tone, actors and timeline.",
    )
    parser.add_argument("--version", action="version", version=f"presslens {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("analyze", help="every table for one article, as JSON or CSV")
    _add_article_args(p)
    p.add_argument("--format", choices=["json", "csv"], default="json")
    p.add_argument("--out", help="folder to write into (required for csv; json goes to stdout without it)")
    p.add_argument("--tables", help="comma-separated subset of tables (default: all)")

    p = sub.add_parser("report", help="charts, tables, HTML report and provenance for one article")
    _add_article_args(p)
    p.add_argument("--out", required=True, help="output folder")

    p = sub.add_parser("eval", help="validate against human ratings")
    esub = p.add_subparsers(dest="what", metavar="WHAT")
    pt = esub.add_parser("tone", help="tone scorers vs human ratings (TSV: id, rating, text)")
    pt.add_argument("--gold", required=True, help="TSV id<TAB>rating<TAB>text (ratings -4..4), or a CodingWidget CSV or a folder of them")
    pt.add_argument("--chart", help="save the evaluation chart to this PNG/SVG path")
    pt.add_argument("--format", choices=["table", "json", "csv"], default="table")
    pt.add_argument("--n-boot", type=int, default=1000, help="bootstrap resamples for the CIs")
    pa = esub.add_parser("actor-tone", help="tone toward targets vs hand coding (NewsMTSC JSONL or CSV)")
    pa.add_argument("--gold", required=True,
                    help="NewsMTSC-format JSONL, or CSV with sentence,target,label (or sentence,start,end,label)")
    pa.add_argument("--format", choices=["table", "json"], default="table")
    pa.add_argument("--n-boot", type=int, default=1000, help="bootstrap resamples for the CIs")
    pa.add_argument("--swap", choices=["gender", "party", "nation"],
                    help="instead: counterfactual check, the gold sentences with gender, party or nation "
                         "words swapped (he/she, Republicans/Democrats, Israeli/Palestinian); lists every "
                         "target whose tone changes")

    p = sub.add_parser("corpus", help="analyse many articles into Parquet tables")
    p.add_argument("source", help="folder of files, .jsonl or .csv")
    p.add_argument("--out", required=True, help="output folder")
    p.add_argument("--engine", choices=["serial", "processes", "dask"], default="serial")
    p.add_argument("--scheduler", help="dask scheduler address, e.g. tcp://127.0.0.1:8786")
    p.add_argument("--chunksize", type=int, default=None)
    p.add_argument("--resume", action="store_true", help="continue an interrupted run")
    p.add_argument("--workers", type=int, default=None, help="processes/dask workers (default: all cores)")
    p.add_argument("--actor-tone", action="store_true",
                   help="also score the tone toward every actor mention (mentions.tone_to; slower)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--codebook", help="actor codebook (YAML) for the actor and quote tables")

    p = sub.add_parser("codebook", help="write a starter actor codebook (YAML) for an article or corpus")
    p.add_argument("source", help="an article file or a corpus (folder/.jsonl/.csv)")
    p.add_argument("--out", help="YAML file to write (default: stdout)")

    p = sub.add_parser("notebooks", help="copy the notebooks, the teaching set and the app into a folder")
    p.add_argument("dir", help="folder to copy into (created if needed)")
    p.add_argument("--force", action="store_true", help="replace copies that were edited")

    p = sub.add_parser("app", help="serve the explorers app (Voila) from this installation")
    p.add_argument("--port", type=int, default=None, help="port (default: Voila's, 8866)")
    p.add_argument("--no-browser", action="store_true", help="do not open a browser")
    return parser


def _load(args: argparse.Namespace) -> Any:
    from toolkit.io.load import load_article

    src: Any = args.file
    if src == "-":
        src = sys.stdin.buffer.read()
    return load_article(src, published=args.published, title=args.title, source_name=args.source_name)


def _codebook(args: argparse.Namespace) -> Any:
    """The loaded ``--codebook`` (``None`` without it); a bad file is a :class:`CodebookError`."""
    if not getattr(args, "codebook", None):
        return None
    from toolkit.entities.codebook import load_codebook

    return load_codebook(Path(args.codebook))


def _cmd_analyze(args: argparse.Namespace) -> int:
    from toolkit.analysis import analysis_json, analyze
    from toolkit.export import to_jsonable, write_csv

    art = _load(args)
    only = [t.strip() for t in args.tables.split(",")] if args.tables else None
    try:
        tables = analyze(art, only=only, codebook=_codebook(args))
    except KeyError as exc:
        raise PresslensError("--tables", str(exc.args[0])) from exc
    if args.format == "json":
        payload = json.dumps(analysis_json(art, tables), ensure_ascii=False, indent=1)
        if args.out:
            out = Path(args.out)
            out.mkdir(parents=True, exist_ok=True)
            (out / "analysis.json").write_text(payload + "\n", encoding="utf-8")
            print(out / "analysis.json")
        else:
            sys.stdout.write(payload + "\n")
        return 0
    if not args.out:
        raise PresslensError("--format csv", "needs --out DIR (one CSV file per table)")
    out = Path(args.out)
    for name, df in tables.items():
        write_csv(df, out / f"{name}.csv")
    (out / "article.json").write_text(
        json.dumps(to_jsonable(art.info()), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"wrote {len(tables)} tables to {out}/")
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from toolkit.report import write_report

    art = _load(args)
    params = {"published": args.published, "title": args.title, "source_name": args.source_name}
    if args.codebook:
        params["codebook"] = str(args.codebook)
    written = write_report(art, args.out, params=params, codebook=_codebook(args))
    print(f"Presslens report for {art.title or art.source_label!r} -> {Path(args.out)}")
    for kind in ("tables", "charts"):
        names = written.get(kind, [])
        print(f"  {kind}: {len(names)} files")
    print(f"  open {Path(args.out) / 'report.html'}")
    return 0


def _cmd_eval_actor_tone(args: argparse.Namespace) -> int:
    from toolkit.sentiment.target import evaluate_target_tone, read_target_gold

    try:
        gold = read_target_gold(args.gold)
    except (ValueError, KeyError) as exc:
        raise PresslensError(args.gold, str(exc).strip("'\"")) from exc
    if args.swap:
        return _print_swap_audit(gold, args.swap, args.format)
    rep = evaluate_target_tone(gold, n_boot=args.n_boot)
    if args.format == "json":
        print(json.dumps(rep, ensure_ascii=False, indent=1))
        return 0
    ci = rep.get("ci95", {})
    lo, hi = ci.get("macro_f1", [float("nan")] * 2)
    print(f"targets: {rep['n']}   macro-F1 {rep['macro_f1']:.3f} (95% CI {lo:.3f}-{hi:.3f})   "
          f"accuracy {rep['accuracy']:.3f}")
    print(f"{'class':<10}{'precision':>10}{'recall':>10}{'F1':>10}{'support':>10}")
    for c, r in rep["per_class"].items():
        print(f"{c:<10}{r['precision']:>10.3f}{r['recall']:>10.3f}{r['f1']:>10.3f}{r['support']:>10d}")
    print("confusion (rows: hand coding, columns: model)")
    classes = list(rep["confusion"])
    print(" " * 10 + "".join(f"{c:>10}" for c in classes))
    for g in classes:
        print(f"{g:<10}" + "".join(f"{rep['confusion'][g][c]:>10d}" for c in classes))
    return 0


def _print_swap_audit(gold: Any, kind: str, fmt: str) -> int:
    from toolkit.sentiment.target import swap_audit

    d = swap_audit(gold, swaps=kind)
    changed = d[d["delta"].abs() > 1e-9]
    if fmt == "json":
        print(json.dumps({"swap": kind, "targets": len(d), "sentences": int(d["sent_id"].nunique()),
                          "labels_changed": int((d["label"] != d["swapped_label"]).sum()),
                          "tone_changed": len(changed),
                          "changes": changed.to_dict(orient="records")}, ensure_ascii=False, indent=1))
        return 0
    print(f"{kind} words swapped in {d['sent_id'].nunique()} sentences: "
          f"{int((d['label'] != d['swapped_label']).sum())} of {len(d)} target labels change, "
          f"{len(changed)} tones change")
    for _, r in changed.reindex(changed["delta"].abs().sort_values(ascending=False).index).head(10).iterrows():
        print(f"  {r['target']!r}: {r['label']} {r['tone_to']:+.2f} -> {r['swapped_label']} "
              f"{r['swapped_tone_to']:+.2f}  {r['swapped']!r}")
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    if args.what == "actor-tone":
        return _cmd_eval_actor_tone(args)
    if args.what != "tone":
        raise PresslensError("eval", "say what to evaluate: presslens eval tone|actor-tone --gold FILE")
    from toolkit.sentiment.evaluate import evaluate_tone_file

    res = evaluate_tone_file(args.gold, n_boot=args.n_boot)
    if args.format == "json":
        from toolkit.export import to_records

        print(json.dumps(to_records(res), ensure_ascii=False, indent=1))
    elif args.format == "csv":
        from toolkit.export import csv_safe

        sys.stdout.write(csv_safe(res).to_csv(index=False, lineterminator="\n", float_format="%.4f"))
    else:
        import pandas as pd

        with pd.option_context("display.width", 120, "display.max_rows", 200):
            print(res.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    if args.chart:
        from toolkit.charts.tone import plot_tone_evaluation
        from toolkit.style import chart_style

        with chart_style():
            ax = plot_tone_evaluation(res)
            ax.figure.savefig(args.chart, bbox_inches="tight")
        print(f"chart: {args.chart}")
    return 0


def _cmd_corpus(args: argparse.Namespace) -> int:
    """Exit 0 when every item was analysed, 1 when some items or analyses failed (they are in
    ``DIR/tables/errors``); bad arguments or an unreadable source raise (exit 2 in :func:`main`)."""
    from toolkit.corpus.engine import analyze_corpus

    engine = args.engine
    if args.scheduler is not None and engine == "serial":
        engine = "dask"
    try:
        res = analyze_corpus(
            args.source,
            engine=engine,
            scheduler=args.scheduler,
            out=args.out,
            chunksize=args.chunksize,
            resume=args.resume,
            workers=args.workers,
            codebook=Path(args.codebook) if args.codebook else None,
            actor_tone=args.actor_tone,
            progress=not args.no_progress,
        )
    except (ValueError, FileNotFoundError) as exc:
        raise PresslensError(args.source, str(exc)) from exc
    arts, errs = res.articles, res.errors
    print(
        f"{len(arts)} articles, {len(res.sentences)} sentences, {len(res.mentions)} mentions, "
        f"{len(res.quotes)} quotes, {len(res.timeline)} timeline expressions; "
        f"{len(errs)} errors -> {args.out}"
    )
    return 1 if len(errs) else 0


def _cmd_codebook(args: argparse.Namespace) -> int:
    from toolkit.entities.crosstabs import codebook_template
    from toolkit.io.load import load_article, load_corpus

    src = Path(args.source)
    target = load_corpus(src) if src.is_dir() or src.suffix.lower() in (".jsonl", ".ndjson", ".csv") else load_article(src)
    text = codebook_template(target, path=args.out)
    if args.out:
        print(f"wrote {args.out}")
    else:
        sys.stdout.write(text)
    return 0


def _cmd_notebooks(args: argparse.Namespace) -> int:
    import shlex

    from toolkit.datasets import copy_notebooks

    done = copy_notebooks(args.dir, force=args.force)
    n = len(done.copied) + len(done.replaced)
    kept = f", {len(done.unchanged)} already there" if done.unchanged else ""
    replaced = f" ({len(done.replaced)} replaced)" if done.replaced else ""
    print(f"copied {n} files{replaced} to {done.target}{kept}")
    print("next: jupyter lab " + shlex.quote(str(done.target)) + "   (open 00_start_here.ipynb)")
    return 0


def app_command(args: argparse.Namespace) -> list[str]:
    """The Voila command that serves the explorers app of this installation."""
    from toolkit.datasets import VOILA_TEMPLATE, notebooks_path

    cmd = [sys.executable, "-m", "voila", str(notebooks_path() / "apps" / "explorers.ipynb")]
    cmd.append(f"--template={VOILA_TEMPLATE}")  # the template on app_environment()'s JUPYTER_PATH: no CDN
    if args.port is not None:
        cmd.append(f"--port={args.port}")
    if args.no_browser:
        cmd.append("--no-browser")
    return cmd


def _cmd_app(args: argparse.Namespace) -> int:
    import importlib.util
    import subprocess

    from toolkit.datasets import app_environment

    cmd = app_command(args)
    if importlib.util.find_spec("voila") is None:
        raise PresslensError("app", "needs Voila: pip install 'presslens[lab]'")
    try:
        return subprocess.call(cmd, env=app_environment())
    except KeyboardInterrupt:
        return 0


_COMMANDS = {
    "analyze": _cmd_analyze,
    "report": _cmd_report,
    "eval": _cmd_eval,
    "corpus": _cmd_corpus,
    "codebook": _cmd_codebook,
    "notebooks": _cmd_notebooks,
    "app": _cmd_app,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``presslens`` console script."""
    import warnings

    from toolkit.errors import format_warning

    warnings.formatwarning = format_warning  # one line: "presslens: warning: <source>: <problem>"
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 1
    try:
        return _COMMANDS[args.command](args)
    except PresslensError as exc:
        print(f"presslens: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except OSError as exc:
        where = getattr(exc, "filename", None) or args.command
        print(f"presslens: error: {where}: {exc.strerror or exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
