"""Evaluate actor (named-entity) detection against GUM news gold spans.

Usage:
    .venv/bin/python benchmarks/eval_actors.py [--data PATH] [--json] [--baseline caps] [--errors]
        [--half A|B] [--per-doc] [--other-types] [--flat]

``--half A`` / ``--half B`` score one half of the documents (sorted by id, alternating: A takes
the 1st, 3rd, ... document): develop rules looking at one half's errors, check on the other.

Data: ``../shared/data/gum_dev/gum_news_dev.jsonl`` (see its PROVENANCE.md): Wikinews articles
with every GUM entity span; a span is *named* when its head is a proper noun (NNP/NNPS).

What is scored (documented so the number means something):

* Gold = every named entity of type person, organization or place, nested ones included
  ("US" inside "US President Joe Biden" is its own gold mention).
* Predicted = every row of ``actors(article, nested=True)`` whose type is person, organization or
  place, **except** ``adjectival`` rows (demonyms such as "Russian troops": GUM tags "Russian"
  as an adjective, not a named mention). Rows typed ``other`` (events, laws, wars) are not
  scored. ``nested=True`` adds the names inside longer names ("North Carolina" in "University
  of North Carolina", :mod:`toolkit.entities.nesting`), as GUM's gold has them. ``--flat`` scores
  the default table (``actors(article)``, outermost names only) instead; the text report prints
  its typed and untyped F1 on one line either way.
* **overlap** (the headline number): a prediction is correct when its character span overlaps
  at least one gold span; a gold mention is found when at least one prediction overlaps it.
  So in the flat table "Andy Warhol Foundation" predicted as one organisation finds the gold
  organisation and, untyped, the gold person "Andy Warhol" nested in it; typed, the person is
  found only by the nested row. Spans are the gold *full* spans (which may include "the", a
  possessive, an apposition).
* **one_to_one** (stricter): pairs of overlapping spans are taken greedily by overlap length,
  each prediction and each gold mention used at most once, so a nested gold name needs its own
  prediction.
* **untyped**: any of the three types matches any of the three. **typed**: the predicted type
  must equal the gold type. Per-type rows are typed overlap: precision over predictions of that
  type, recall over gold mentions of that type.
* Known property of the gold: GUM does not mark a name in apposition to a role noun
  ("captain Harry Kane", "spokesperson Julie Hahn") as a named mention (its head is the
  common noun), and tags products (Polaroid, Space Shuttle Atlantis) as objects; the
  toolkit reports those people as actors, which costs precision here.
* The toolkit leaves out, by design, names in media credits ("Video: J. Smith", "Image: NASA")
  and in an article's closing "Sources" list; GUM annotates them, which costs recall here.
* **exact** (for reference): predicted span equals the gold core span (without determiner or
  possessive), untyped.
* ``--other-types`` (a separate report, not part of the scores above): every non-adjectival
  row typed work, product, event or other, with the GUM type of the gold span it overlaps most
  (``none`` when it overlaps none). GUM has no "work" or "product" type: products are
  ``object``, titles of works mostly ``abstract`` (sometimes ``object``), events ``event``. The
  precision printed counts a prediction right when that gold type is the GUM counterpart (event:
  event; product: object; work: abstract or object; other: any type but person, organization,
  place), and "not an actor" counts it right when the gold type is not person, organization or
  place.

P = matched predictions / predictions, R = matched gold / gold, F1 their harmonic mean,
micro-averaged over all documents.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TYPES = ("person", "organization", "place")
DEFAULT = ROOT.parent / "shared" / "data" / "gum_dev" / "gum_news_dev.jsonl"


def _match(preds: list[tuple[int, int, str]], golds: list[tuple[int, int, str]], *, typed: bool) -> list[tuple[int, int]]:
    pairs = []
    for i, (ps, pe, pt) in enumerate(preds):
        for j, (gs, ge, gt) in enumerate(golds):
            ov = min(pe, ge) - max(ps, gs)
            if ov > 0 and (not typed or pt == gt):
                pairs.append((ov, i, j))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_p, used_g, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def _overlaps(preds: list[tuple[int, int, str]], golds: list[tuple[int, int, str]], *, typed: bool) -> tuple[set[int], set[int]]:
    """Lenient overlap: predictions overlapping some gold, gold overlapped by some prediction."""
    hp, hg = set(), set()
    for i, (ps, pe, pt) in enumerate(preds):
        for j, (gs, ge, gt) in enumerate(golds):
            if min(pe, ge) > max(ps, gs) and (not typed or pt == gt):
                hp.add(i)
                hg.add(j)
    return hp, hg


def _prf(tp_p: int, n_p: int, tp_g: int, n_g: int) -> dict[str, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_g / n_g if n_g else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "predicted": n_p, "gold": n_g}


def caps_baseline(text: str) -> list[tuple[int, int, str]]:
    """Maximal runs of capitalised words, all typed "person" (typed scores are meaningless)."""
    return [(m.start(), m.end(), "person") for m in re.finditer(r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)*", text)]


def _half(docs: list[dict], half: str | None) -> list[dict]:
    if half is None:
        return docs
    ordered = sorted(docs, key=lambda d: d["id"])
    return ordered[0::2] if half == "A" else ordered[1::2]


def evaluate(
    path: Path, *, baseline: str | None = None, errors: bool = False, half: str | None = None, nested: bool = True
) -> dict:
    from toolkit import actors, load_article

    counts: Counter = Counter()
    err_lines: list[str] = []
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = _half(docs, half)
    per_doc: dict[str, dict[str, float]] = {}
    for d in docs:
        text = d["text"]
        golds = [(e["start"], e["end"], e["type"]) for e in d["entities"] if e["type"] in TYPES]
        cores = {(e["core_start"], e["core_end"]) for e in d["entities"] if e["type"] in TYPES}
        if baseline == "caps":
            preds = caps_baseline(text)
        else:
            art = load_article(text, title=d.get("title"))
            if art.text != text:
                raise SystemExit(f"{d['id']}: Article.text differs from the gold text; offsets would not match")
            df = actors(art, nested=nested)
            df = df[df["type"].isin(TYPES) & ~df["adjectival"]]
            preds = list(zip(df["start"].tolist(), df["end"].tolist(), df["type"].tolist(), strict=True))
        n_p, n_g = len(preds), len(golds)
        counts["n_p"] += n_p
        counts["n_g"] += n_g
        m_un = _match(preds, golds, typed=False)
        counts["tp_un"] += len(m_un)
        m_ty = _match(preds, golds, typed=True)
        counts["tp_ty"] += len(m_ty)
        for typed in (False, True):
            hp, hg = _overlaps(preds, golds, typed=typed)
            per_doc.setdefault(d["id"], {})["typed" if typed else "untyped"] = _prf(len(hp), n_p, len(hg), n_g)["f1"]
            counts[f"ov_p_{typed}"] += len(hp)
            counts[f"ov_g_{typed}"] += len(hg)
            if typed:
                for t in TYPES:
                    counts[f"ov_p_{t}"] += sum(1 for i in hp if preds[i][2] == t)
                    counts[f"ov_g_{t}"] += sum(1 for j in hg if golds[j][2] == t)
        counts["tp_exact"] += sum(1 for s, e, _ in preds if (s, e) in cores)
        for t in TYPES:
            counts[f"n_p_{t}"] += sum(1 for p in preds if p[2] == t)
            counts[f"n_g_{t}"] += sum(1 for g in golds if g[2] == t)
            counts[f"tp_{t}"] += sum(1 for i, _ in m_ty if preds[i][2] == t)
        if errors:
            mp = {i for i, _ in m_un}
            mg = {j for _, j in m_un}
            for i, (s, e, t) in enumerate(preds):
                if i not in mp:
                    err_lines.append(f"{d['id']}\tFP\t{t}\t{text[s:e]!r}\t…{text[max(0, s - 30):e + 30]!r}")
            for j, (s, e, t) in enumerate(golds):
                if j not in mg:
                    err_lines.append(f"{d['id']}\tFN\t{t}\t{text[s:e]!r}")
            ty = {i: j for i, j in m_ty}
            for i, j in m_un:
                if i not in ty and preds[i][2] != golds[j][2]:
                    s, e, t = preds[i]
                    err_lines.append(f"{d['id']}\tTYPE\t{t}!={golds[j][2]}\t{text[s:e]!r}")
    res = {
        "data": str(path),
        "documents": len(docs),
        "half": half or "all",
        "per_document_overlap_f1": per_doc,
        "backend": baseline or "rules",
        "nested": nested and not baseline,
        "overlap_untyped": _prf(counts["ov_p_False"], counts["n_p"], counts["ov_g_False"], counts["n_g"]),
        "overlap_typed": _prf(counts["ov_p_True"], counts["n_p"], counts["ov_g_True"], counts["n_g"]),
        "one_to_one_untyped": _prf(counts["tp_un"], counts["n_p"], counts["tp_un"], counts["n_g"]),
        "one_to_one_typed": _prf(counts["tp_ty"], counts["n_p"], counts["tp_ty"], counts["n_g"]),
        "exact_untyped": _prf(counts["tp_exact"], counts["n_p"], counts["tp_exact"], counts["n_g"]),
        "by_type_overlap": {
            t: _prf(counts[f"ov_p_{t}"], counts[f"n_p_{t}"], counts[f"ov_g_{t}"], counts[f"n_g_{t}"]) for t in TYPES
        },
        "by_type_one_to_one": {
            t: _prf(counts[f"tp_{t}"], counts[f"n_p_{t}"], counts[f"tp_{t}"], counts[f"n_g_{t}"]) for t in TYPES
        },
    }
    if errors:
        res["errors"] = err_lines
    return res


#: Non-actor types and the GUM types that count as the same kind (see ``--other-types``).
OTHER_TYPES: dict[str, tuple[str, ...]] = {
    "work": ("abstract", "object"),
    "product": ("object",),
    "event": ("event",),
    "other": ("abstract", "object", "event", "time", "substance", "animal", "plant"),
}


def other_types(path: Path, *, half: str | None = None, examples: bool = False) -> dict:
    """Rows typed work/product/event/other against the GUM type of the gold span overlapping
    them most (see ``--other-types`` in the module docstring)."""
    from toolkit import actors, load_article

    docs = _half([json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()], half)
    tally: dict[str, Counter] = {t: Counter() for t in OTHER_TYPES}
    shown: list[str] = []
    for d in docs:
        text = d["text"]
        df = actors(load_article(text, title=d.get("title")))
        df = df[df["type"].isin(list(OTHER_TYPES)) & ~df["adjectival"]]
        for s, e, t in zip(df["start"].tolist(), df["end"].tolist(), df["type"].tolist(), strict=True):
            best = max(
                ((min(e, g["end"]) - max(s, g["start"]), -(g["end"] - g["start"]), g["type"]) for g in d["entities"]
                 if min(e, g["end"]) > max(s, g["start"])),
                default=None,
            )  # fmt: skip
            gold = best[2] if best else "none"
            tally[t][gold] += 1
            if examples:
                shown.append(f"{d['id']}\t{t}\tgold={gold}\t{text[s:e]!r}")
    out: dict = {"data": str(path), "documents": len(docs), "half": half or "all", "by_type": {}}
    for t, c in tally.items():
        n = sum(c.values())
        out["by_type"][t] = {
            "predicted": n,
            "gold_types": dict(c.most_common()),
            "precision": round(sum(c[g] for g in OTHER_TYPES[t]) / n, 4) if n else None,
            "not_an_actor": round(sum(v for g, v in c.items() if g not in TYPES) / n, 4) if n else None,
        }
    if examples:
        out["examples"] = shown
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    ap.add_argument("--baseline", choices=["caps"], help="score a simple baseline instead")
    ap.add_argument("--errors", action="store_true", help="list false positives/negatives and type errors")
    ap.add_argument("--half", choices=["A", "B"], help="score one half of the documents (see above)")
    ap.add_argument("--per-doc", action="store_true", help="print overlap F1 per document")
    ap.add_argument("--flat", action="store_true", help="score the default table, without nested names (see above)")
    ap.add_argument("--other-types", action="store_true",
                    help="report rows typed work/product/event/other against the GUM types (see above)")
    args = ap.parse_args(argv)
    if args.other_types:
        res = other_types(args.data, half=args.half, examples=args.errors)
        if args.json:
            print(json.dumps(res, indent=2, ensure_ascii=False))
            return 0
        print(f"{res['documents']} documents (half {res['half']}): {args.data}")
        for t, r in res["by_type"].items():
            prec = "—" if r["precision"] is None else f"{r['precision']:.3f}"
            na = "—" if r["not_an_actor"] is None else f"{r['not_an_actor']:.3f}"
            gold = ", ".join(f"{g} {n}" for g, n in r["gold_types"].items())
            print(f"  {t:8s} predicted {r['predicted']:3d}  precision {prec}  not an actor {na}  gold: {gold or '—'}")
        for line in res.get("examples", []):
            print(line)
        return 0
    res = evaluate(args.data, baseline=args.baseline, errors=args.errors, half=args.half, nested=not args.flat)
    other = None
    if not args.baseline:
        o = evaluate(args.data, half=args.half, nested=args.flat)
        other = {"nested": o["nested"], **{k: o[k] for k in ("overlap_typed", "overlap_untyped", "by_type_overlap")}}
        res["other_table"] = other
    if args.json:
        print(json.dumps(res, indent=2, ensure_ascii=False))
        return 0
    table = "with nested names" if res["nested"] else "flat table"
    print(f"{res['documents']} documents (half {res['half']}), backend {res['backend']}, {table}: {args.data}")
    for name in ("overlap_untyped", "overlap_typed", "one_to_one_untyped", "one_to_one_typed", "exact_untyped"):
        r = res[name]
        print(f"{name:19s} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f}  (pred {r['predicted']}, gold {r['gold']})")
    for t, r in res["by_type_overlap"].items():
        print(f"  overlap {t:12s} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f}  (pred {r['predicted']}, gold {r['gold']})")
    if other is not None:
        label = "with nested names" if other["nested"] else "flat table (actors(article))"
        by_type = " ".join(f"{t} {r['f1']:.3f}" for t, r in other["by_type_overlap"].items())
        print(f"{label}: overlap typed F1={other['overlap_typed']['f1']:.3f} untyped F1={other['overlap_untyped']['f1']:.3f}"
              f" ({by_type})")
    if args.per_doc:
        for doc_id, f in res["per_document_overlap_f1"].items():
            print(f"  {doc_id:24s} untyped F1={f['untyped']:.3f} typed F1={f['typed']:.3f}")
    for line in res.get("errors", []):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
