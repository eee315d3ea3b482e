"""Train the entity typer (``toolkit/entities/typer.py``) and write ``toolkit/data/entity_typer.json``.

Usage (from the repository root; needs scikit-learn, a training-only dependency)::

    .venv/bin/python training/train_entity_typer.py --cv            # choose C by grouped CV, report per type
    .venv/bin/python training/train_entity_typer.py --no-news --out /tmp/entity_typer_nonews.json
    .venv/bin/python training/train_entity_typer.py                 # ship: all 97 GUM documents

Data: ``../shared/data/ner/gum_open.jsonl`` (GUM, Zeldes 2017; annotations CC BY 4.0, texts CC BY /
CC BY-SA per document, see that folder's README). Examples are candidate spans *as the toolkit
produces them*:

1. every mention of the current rule detector (:func:`toolkit.actors.actors`, adjectival demonym
   rows left out) on each document, labelled by the GUM named mention it overlaps most (core span),
   else ``not_a_name``;
2. the core span of every GUM named mention (nested ones too) that the rules did not propose;
3. the title line of each document upper-cased (an all-caps headline): its words that are not part
   of a named mention are ``not_a_name`` (headline junk such as "AND", "FOR");
4. small hand-written CC0 templates and name lists (below) for what GUM does not type: products,
   works, companies in business contexts and football clubs named after cities; the fillers are
   half real names from the lists, half made-up capitalised words, so the context is what is learned.

GUM type -> label: person/organization/place as is; event -> event; time, substance, animal, plant
-> other; object -> product (place when its last word is a facility/landmark word, work when it is a
painting "... by Artist"); abstract -> work when a work cue word ("film", "novel", "series", "journal",
...) stands just before it, it is quoted, or it is in the hand-written work list; -> product when a
product cue word stands before it or it is in the product list; else other (languages, laws, fields).

Model: scikit-learn ``LogisticRegression`` (multinomial, L2, lbfgs) over the binary features of
:func:`toolkit.entities.typer.features`; C is chosen by 5-fold cross-validation grouped by document;
features seen in fewer than ``--min-count`` training examples are dropped and weights with
``|w| < --prune`` are pruned from the JSON.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from toolkit.entities import typer as T  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "ner" / "gum_open.jsonl"
OUT = ROOT / "toolkit" / "data" / "entity_typer.json"
VERSION = "1.0"
DEFAULT_C, DEFAULT_THRESHOLD, DEFAULT_MARGIN = 1.0, 0.5, 0.0  # chosen by --cv (grouped by document, non-news)
USE_HINT = True  # the rule detector's type as a feature (--no-hint turns it off)
CREDIT = (
    "Trained on the GUM corpus, Zeldes 2017 (Zeldes, Amir (2017) \"The GUM corpus: creating multilayer "
    "resources in the classroom\". Language Resources and Evaluation 51(3), 581-612; annotations CC BY 4.0; "
    "texts CC BY / CC BY-SA per document: academic CC BY 4.0, bio CC BY-SA 3.0 (Wikipedia), court CC BY 4.0, "
    "interview and news CC BY 2.5 (Wikinews), voyage CC BY-SA 3.0 (Wikivoyage); "
    "https://github.com/amir-zeldes/gum commit 72ce5ac14978a324c2fd18d49484e65292cbe316; "
    "annotators: https://gucorpling.org/gum/), plus hand-written CC0 word lists and templates (Presslens)."
)

# ---------------------------------------------------------------------------------------------
# Hand-written lists (CC0, Presslens). General knowledge; kept short on purpose.
WORK_CUES = ["film", "movie", "documentary", "series", "sitcom", "show", "programme", "drama", "episode", "novel", "book", "memoir", "biography", "album", "song", "single", "track", "play", "musical", "opera", "poem", "painting", "sculpture", "journal", "magazine", "anthology", "trilogy", "franchise", "soundtrack", "blockbuster", "thriller", "comedy"]
PRODUCT_CUES = ["browser", "software", "app", "application", "smartphone", "phone", "handset", "laptop", "computer", "tablet", "console", "car", "vehicle", "truck", "aircraft", "airliner", "jet", "rocket", "spacecraft", "satellite", "telescope", "probe", "rover", "ship", "vessel", "submarine", "drug", "vaccine", "pill", "camera", "device", "chip", "processor", "engine", "model"]
FACILITY_LAST = ["trail", "church", "falls", "statue", "overpass", "bridge", "castle", "street", "road", "cathedral", "museum", "tower"]
PRODUCTS = [
    "Internet Explorer", "Chrome", "Google Chrome", "Firefox", "Safari", "Microsoft Edge", "Windows", "Windows 10",
    "Windows XP", "macOS", "Linux", "Android", "iOS", "iPhone", "iPad", "iPod", "MacBook", "Galaxy S10", "Kindle",
    "PlayStation", "PlayStation 5", "Xbox", "Nintendo Switch", "Wii", "Excel", "PowerPoint", "Photoshop", "Outlook",
    "Skype", "Gmail", "Hubble Space Telescope", "Hubble", "James Webb Space Telescope", "Kepler", "Curiosity rover",
    "Voyager 1", "Boeing 737", "Boeing 747", "737 Max", "Airbus A380", "Concorde", "Model T", "Prius", "Model 3",
    "Walkman", "Viagra", "Prozac", "Tylenol", "Coca-Cola", "Big Mac", "Lego", "Barbie", "Falcon 9", "Soyuz",
    "Sputnik", "Starlink", "ChatGPT", "Siri", "Alexa", "Java", "Bitcoin", "Netscape Navigator", "Blackberry",
    "ThinkPad", "Pentium", "Land Rover Defender", "Golf GTI", "Vespa", "Kalashnikov", "Tamiflu",
]  # fmt: skip
WORKS = [
    "Game of Thrones", "Harry Potter", "Star Wars", "The Godfather", "Hamlet", "Macbeth", "Romeo and Juliet",
    "War and Peace", "Pride and Prejudice", "Don Quixote", "Moby-Dick", "Citizen Kane", "Casablanca", "Titanic",
    "The Simpsons", "Friends", "Breaking Bad", "The Sopranos", "Mad Men", "Downton Abbey", "Sherlock",
    "Mona Lisa", "Guernica", "Abbey Road", "Thriller", "Bohemian Rhapsody", "Imagine", "The Great Gatsby",
    "Nineteen Eighty-Four", "Animal Farm", "Ulysses", "The Lord of the Rings", "Frozen", "Parasite", "Avatar",
    "Jaws", "Schindler's List", "The Crown", "Succession", "Nature", "The Lancet", "Science Advances",
    "Les Misérables", "The Odyssey", "The Iliad", "Hamilton", "Cats", "La La Land", "Moonlight", "Joker",
    "Toy Story", "Finding Nemo", "The Wire", "Top Gun", "Rocky", "Gladiator", "Inception", "Oppenheimer",
]  # fmt: skip
COMPANIES = [
    "Apple", "Microsoft", "Google", "Amazon", "Shell", "BP", "Toyota", "Nestlé", "Siemens", "Rio Tinto", "Glencore",
    "Anglo American", "Unilever", "Pfizer", "Boeing", "Airbus", "Walmart", "Tesco", "Barclays", "HSBC", "Exxon",
    "Chevron", "Vale", "BHP", "Goldcorp", "Kinross", "Nokia", "Ericsson", "Samsung", "Sony", "Intel", "Nvidia",
    "Volkswagen", "Renault", "Fiat", "Gazprom", "Rosneft", "Aramco", "Alibaba", "Tencent", "Huawei", "Netflix",
    "Disney", "Uber", "Ryanair", "Lufthansa", "Bayer", "Novartis", "Roche", "Deutsche Bank", "Goldman Sachs",
]  # fmt: skip
CLUBS = [
    "Liverpool", "Valencia", "Sevilla", "Napoli", "Everton", "Chelsea", "Arsenal", "Juventus", "Ajax", "Celtic",
    "Rangers", "Porto", "Benfica", "Lazio", "Roma", "Leeds", "Newcastle", "Southampton", "Marseille", "Lyon",
    "Monaco", "Dortmund", "Galatasaray", "Boca Juniors", "Real Madrid", "Manchester United", "Bayern Munich",
    "Atletico Madrid", "Inter Milan", "AC Milan", "Tottenham", "West Ham", "Aston Villa", "Feyenoord", "PSV",
]  # fmt: skip
EVENTS = [
    "World War II", "World War One", "Second World War", "Olympics", "World Cup", "Super Bowl", "Brexit",
    "Cold War", "Holocaust", "Arab Spring", "Great Depression", "Gulf War", "Wimbledon", "Tour de France",
    "Oscars", "Golden Globes", "Eurovision", "Hurricane Katrina", "Cyclone Idai", "Glastonbury",
]  # fmt: skip
# Templates: {X} is the filler; label is the filler's label.
TEMPLATES: dict[str, list[str]] = {
    "work": [
        "The film {X} opened in cinemas on Friday.", "She starred in the film {X} last year.",
        "His novel {X} sold a million copies.", "The series {X} returns for a second season.",
        "Critics praised the documentary {X}, which was released in May.", "He wrote the book {X} in 1999.",
        "The album {X} topped the charts.", "The study was published in the journal {X} on Monday.",
        "Viewers of the show {X} complained.", "The drama {X} won best picture.",
        "Fans of {X} waited for the final episode.", "The cast of {X} reunited for a special.",
        "The paper, published in {X}, found no effect.", "The musical {X} opened on Broadway.",
        "She read an excerpt from {X} on stage.", "The new season of {X} was announced.",
    ],
    "product": [
        "Users of {X} were told to update the browser.", "The company released a new version of {X}.",
        "The flaw affects {X} and other browsers.", "He downloaded {X} onto his laptop.",
        "The telescope {X} captured the image.", "Sales of the {X} rose in the quarter.",
        "The update for {X} fixes the bug.", "Images from {X} show the galaxy.",
        "Microsoft said {X} would no longer be supported.", "The {X} app was installed on millions of phones.",
        "They launched the {X} into orbit.", "The drug {X} was approved by regulators.",
        "Pilots of the {X} were retrained.", "You can open the file in {X} or another program.",
    ],
    "organization": [
        "{X} said its profit rose by 12 percent.", "Shares in {X} fell sharply on Tuesday.",
        "{X} reported a quarterly loss.", "The mining company {X} agreed to buy the mine.",
        "{X}'s chief executive resigned.", "Investors sold {X} stock after the report.",
        "{X} announced it would cut 2,000 jobs.", "{X} posted record revenue this year.",
        "The deal values {X} at $5 billion.", "A spokesman for {X} declined to comment.",
        "The striker scored at {X}'s ground on Saturday.", "{X} beat Dortmund 2 – 1 in the final.",
        "He signed for {X} in the summer.", "{X} fans celebrated in the streets.",
        "The {X} manager was sacked.", "{X} drew 1 – 1 with Porto.", "He joined {X} from Ajax.",
        "{X} and its subsidiaries were fined.", "{X} shareholders approved the merger.",
        "{X} said its quarterly earnings fell.", "{X} said its output would rise next year.",
        "{X}, which owns the mine, said it would appeal.", "{X} cut its forecast on Thursday.",
        "Analysts expect {X} to raise its dividend.", "{X} said it had hired advisers.",
    ],
    "event": [
        "He served in the army during {X}.", "Before {X}, the city was a trading port.",
        "The team won {X} in 2010.", "Tickets for {X} sold out.", "After {X} the economy recovered.",
    ],
    "person": [
        "{X} said he would not resign.", "Mr {X} told reporters she was wrong.", "{X}, 45, was arrested on Monday.",
        "According to {X}, the deal is off.", "{X} said she was happy with the result.",
        "The minister, {X}, visited the site.", "{X} scored twice for the home side.",
    ],
    "place": [
        "The flood hit {X} on Sunday.", "He was born in {X} in 1950.", "Residents of {X} were evacuated.",
        "The road from {X} to the coast was closed.", "They travelled to {X} by train.",
    ],
}
# GUM's convention (and the rule detector's): a country acting as a team or a government is an
# organisation, a country as a location is a place. Non-news GUM has almost only the second use.
COUNTRY_AGENT_TEMPLATES = [
    "{X} beat Sweden 2 – 1 in the group stage.", "Group F — {X} 1 – 0 Mexico", "{X}'s goalkeeper saved a penalty.",
    "The match ended with {X} winning 3 – 0.", "Belgium faced {X} at the stadium.", "{X} won a corner kick.",
    "{X} coach Jorge Silva said the team played well.", "{X} opened the scoring in the 20th minute.",
    "{X} fired artillery shells across the border.", "{X} evacuated 80 residents after the attack.",
    "{X} accused its neighbour of violating the truce.", "{X} denied the report on Monday.",
    "{X} said it would retaliate.", "{X} signed the treaty in 1992.", "{X} imposed sanctions on the company.",
]
COUNTRY_PLACE_TEMPLATES = [
    "He was born in {X} in 1950.", "The river flows through {X}.", "Tourists visiting {X} should carry cash.",
    "She moved to {X} as a child.", "The flight from {X} landed late.",
]
HEADER_JUNK = [
    "STANDINGS", "TEAM W D L GF GA PTS", "L T GF GA PTS", "RESULTS", "FIXTURES", "TABLE", "UPDATE", "BREAKING",
    "EXCLUSIVE", "WATCH", "LIVE", "ANALYSIS", "OPINION", "EDITORIAL", "PHOTOS", "VIDEO", "SCHEDULE", "SCORES",
]  # fmt: skip

_SYL = ["ba", "ro", "ven", "tal", "mor", "qui", "del", "sar", "ne", "ko", "lix", "tra", "mon", "gar", "zen", "pel",
        "dor", "ast", "ric", "ul", "vo", "ter", "fin", "bri"]  # fmt: skip


def pseudo_name(rng: random.Random) -> str:
    w = "".join(rng.choice(_SYL) for _ in range(rng.choice((2, 2, 3))))
    name = w.capitalize()
    if rng.random() < 0.2:
        name += " " + "".join(rng.choice(_SYL) for _ in range(2)).capitalize()
    return name


# ---------------------------------------------------------------------------------------------
def _tsv(name: str) -> list[list[str]]:
    text = resources.files("toolkit").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")][1:]


def build_lists(docs: list[dict]) -> dict:
    """Word lists bundled with the weights: common lowercase words (from the training texts) and gazetteers."""
    low, cap = Counter(), Counter()
    for d in docs:
        for line in d["text"].splitlines():
            toks = T.tokenize(line)
            for i, t in enumerate(toks):
                if not t[:1].isalpha():
                    continue
                if t.islower():
                    low[t] += 1
                elif i > 0 and toks[i - 1] not in ".!?:\"“" and t[:1].isupper():
                    cap[t.lower()] += 1
    common = sorted(w for w, c in low.items() if c >= 2 and c > 2 * cap[w] and len(w) > 1)
    gaz: dict[str, set[str]] = defaultdict(set)
    tok: dict[str, set[str]] = defaultdict(set)

    def key(s: str) -> str:
        return " ".join(t.lower() for t in T.tokenize(s) if t[:1].isalnum())

    for row in _tsv("gazetteer_countries.tsv"):
        row += [""] * (4 - len(row))
        for n in [row[0], *row[1].split(";")]:
            if n.strip():
                gaz["country"].add(key(n))
        for n in row[3].split(";"):
            if n.strip():
                gaz["city"].add(key(n))
    for row in _tsv("gazetteer_places.tsv"):
        row += [""] * (3 - len(row))
        for n in [row[0], *row[1].split(";")]:
            if n.strip():
                gaz["place"].add(key(n))
    for row in _tsv("gazetteer_organizations.tsv"):
        row += [""] * (2 - len(row))
        for n in [row[0], *row[1].split(";")]:
            if n.strip():
                gaz["org"].add(key(n))
    gaz["product"] = {key(n) for n in PRODUCTS}
    gaz["work"] = {key(n) for n in WORKS}
    gaz["company"] = {key(n) for n in COMPANIES}
    gaz["event"] = {key(n) for n in EVENTS}
    for row in _tsv("actors_given_names.tsv"):
        tok["first_given"].add(row[0].lower())
    for row in _tsv("actors_words.tsv"):
        if len(row) < 2:
            continue
        kind, w = row[0], row[1].lower().rstrip(".")
        if kind in ("org_suffix", "place_suffix"):
            tok[kind].add(w)
        elif kind in ("person_role", "title"):
            tok["prev_role"].add(w)
        elif kind in ("org_prev", "place_prev", "other_prev"):
            tok["prev_" + kind[:-5]].add(w)
        elif kind in ("work_prev", "product_prev", "event_prev"):
            tok["prev_other"].add(w)  # the typer's feature lists predate the split of other_prev
    tok["prev_work_cue"] = set(WORK_CUES)
    tok["prev_product_cue"] = set(PRODUCT_CUES)
    return {
        "common": common,
        "gaz": {k: sorted(v) for k, v in sorted(gaz.items())},
        "tok": {k: sorted(v) for k, v in sorted(tok.items())},
    }


# ---------------------------------------------------------------------------------------------
def _prev_words(text: str, pos: int, n: int = 3) -> list[str]:
    return [t.lower() for t in T.tokenize(text[max(0, pos - 60):pos])[-n:]]


def map_type(e: dict, text: str, lists: dict) -> str:
    t = e["type"]
    core = e["core_text"]
    ck = " ".join(w.lower() for w in T.tokenize(core) if w[:1].isalnum())
    if t in ("person", "organization", "place", "event"):
        return t
    if t in ("time", "substance", "animal", "plant"):
        return "other"
    prev = _prev_words(text, e["core_start"])
    full_prev = _prev_words(text, e["start"])
    cues = set(prev) | set(full_prev) | {w.lower() for w in T.tokenize(e["text"])[:-1]}
    quoted = text[e["core_start"] - 1: e["core_start"]] in "\"“" and e["core_start"] > 0
    if ck in lists["_gaz"]["product"]:
        return "product"
    if ck in lists["_gaz"]["work"]:
        return "work"
    if t == "object":
        last = core.split()[-1].lower() if core.split() else ""
        if last in FACILITY_LAST:
            return "place"
        if ", by " in e["text"] or quoted or cues & set(WORK_CUES):
            return "work"
        return "product"
    # abstract (and anything else)
    if quoted or cues & set(WORK_CUES):
        return "work"
    if cues & set(PRODUCT_CUES):
        return "product"
    return "other"


class Example:
    __slots__ = ("doc", "feats", "label", "weight", "source", "surface", "hint")

    def __init__(self, doc: str, feats: list[str], label: str, weight: float, source: str, surface: str,
                 hint: str | None = None) -> None:
        self.doc, self.feats, self.label, self.weight, self.source, self.surface = doc, feats, label, weight, source, surface
        self.hint = hint


def _sent_of(sents: list[tuple[int, int, bool]], s: int, e: int) -> tuple[tuple[int, int] | None, bool]:
    for a, b, head in sents:
        if a <= s < b:
            return (a, max(b, e)), head
    return None, False


def _unnamed_label(entities: list[dict], text: str, s: int, e: int, lists_obj: T._Lists) -> str:
    """Label of a rule span that overlaps no GUM *named* mention.

    GUM does not mark a name in apposition to a common noun as named ("philologist Rasmus Rask",
    "the town of Neiafu": the head is the common noun), but it is a name of that mention's type.
    So a span of capitalised, not-all-common words inside such a person (at its end), place or
    organisation mention takes that type; anything else is ``not_a_name``.
    """
    cont = [m for m in entities if m["start"] <= s and e <= m["end"]]
    if not cont:
        return T.NOT_A_NAME
    m = min(cont, key=lambda m: m["end"] - m["start"])
    words = [w for w in T.tokenize(text[s:e]) if w[:1].isalpha()]
    if not words or not all(w[:1].isupper() for w in words):
        return T.NOT_A_NAME
    if all(w.lower() in lists_obj.common or w.lower() in T._FUNCTION for w in words):
        return T.NOT_A_NAME
    if m["type"] == "person" and e in (m["end"], m["core_end"]):
        return "person"
    if m["type"] in ("place", "organization"):
        return m["type"]
    return T.NOT_A_NAME


def doc_examples(d: dict, lists_obj: T._Lists, lists: dict) -> list[Example]:
    from toolkit import load_article

    try:
        from toolkit.entities.actors import actors  # after the reorganisation
    except ImportError:  # pragma: no cover - depends on the code base's layout
        from toolkit.actors import actors

    text = d["text"]
    art = load_article(text, title=d.get("title"))
    if art.text != text:
        return []
    sents = [(int(r.start), int(r.end), r.kind == "title") for r in art.sentences.itertuples()]
    df = actors(art)
    df = df[~df["adjectival"]]
    named = [e for e in d["entities"] if e["named"]]
    out: list[Example] = []

    def feats(s: int, e: int, hint: str | None = None) -> list[str]:
        sent, h = _sent_of(sents, s, e)
        return T._features(text, s, e, sent, h, lists_obj, hint if USE_HINT else None)

    seen = set()
    for s, e, rt in zip(df["start"].tolist(), df["end"].tolist(), df["type"].tolist(), strict=True):
        if (s, e) in seen:
            continue
        seen.add((s, e))
        best, best_key = None, None
        for m in named:
            ov = min(e, m["core_end"]) - max(s, m["core_start"])
            if ov > 0:
                k = (ov, -(m["core_end"] - m["core_start"]))
                if best_key is None or k > best_key:
                    best, best_key = m, k
        label = map_type(best, text, lists) if best else _unnamed_label(d["entities"], text, s, e, lists_obj)
        out.append(Example(d["id"], feats(s, e, rt), label, 1.0, "rules", text[s:e], rt))
    for m in named:
        s, e = m["core_start"], m["core_end"]
        if (s, e) in seen or e <= s or e - s > 80:
            continue
        seen.add((s, e))
        out.append(Example(d["id"], feats(s, e), map_type(m, text, lists), 0.5, "gold", text[s:e]))
    # all-caps title line: headline junk
    nl = text.find("\n")
    title_end = nl if nl > 0 else len(text)
    up = text[:title_end].upper() + text[title_end:]
    if len(up) == len(text):
        for mt in re.finditer(r"[A-Za-z][\w'’-]*", text[:title_end]):
            s, e = mt.span()
            if any(min(e, m["core_end"]) > max(s, m["core_start"]) for m in named):
                continue
            out.append(Example(d["id"], T._features(up, s, e, (0, title_end), True, lists_obj), T.NOT_A_NAME, 0.5, "caps_title", up[s:e]))
    return out


def template_examples(lists_obj: T._Lists, rng: random.Random, n_per: int = 4) -> list[Example]:
    fill = {"work": WORKS, "product": PRODUCTS, "organization": COMPANIES + CLUBS, "event": EVENTS}
    given = sorted(lists_obj.tok.get("first_given", ["anna"]))
    out = []
    for label, temps in TEMPLATES.items():
        for k, tpl in enumerate(temps):
            for j in range(n_per):
                if label == "person":
                    x = rng.choice(given).capitalize() + " " + pseudo_name(rng) if j % 2 else pseudo_name(rng)
                elif label == "place" or j % 2:
                    x = pseudo_name(rng)
                else:
                    pool = CLUBS if ("ground" in tpl or "fans" in tpl or "beat" in tpl or "signed" in tpl
                                     or "manager" in tpl or "drew" in tpl or "joined" in tpl) else fill[label]
                    pool = pool if label == "organization" else fill[label]
                    x = rng.choice(pool)
                s = tpl.index("{X}")
                text = tpl.replace("{X}", x)
                out.append(Example(f"template:{label}:{k}", T._features(text, s, s + len(x), None, False, lists_obj),
                                   label, 0.5, "template", x))
    countries = sorted(lists_obj.gaz.get("country", []))
    for label, temps in (("organization", COUNTRY_AGENT_TEMPLATES), ("place", COUNTRY_PLACE_TEMPLATES)):
        for k, tpl in enumerate(temps):
            for _ in range(n_per):
                x = " ".join(w.capitalize() if len(w) > 3 else w.upper() for w in rng.choice(countries).split())
                s = tpl.index("{X}")
                text = tpl.replace("{X}", x)
                out.append(Example(f"template:country-{label}:{k}",
                                   T._features(text, s, s + len(x), None, False, lists_obj),
                                   label, 0.5, "template", x))
    for k, h in enumerate(HEADER_JUNK):
        text = h + "\n" + "The team won."
        out.append(Example(f"template:junk:{k}", T._features(text, 0, len(h), None, True, lists_obj), T.NOT_A_NAME, 0.5, "template", h))
        toks = [m.span() for m in re.finditer(r"\S+", h)]
        if len(toks) > 1:
            for s, e in toks:
                out.append(Example(f"template:junk:{k}", T._features(text, s, e, None, True, lists_obj), T.NOT_A_NAME, 0.3, "template", h[s:e]))
    return out


# ---------------------------------------------------------------------------------------------
def vectorise(examples: list[Example], vocab: dict[str, int] | None = None, min_count: int = 2):
    from scipy.sparse import csr_matrix

    if vocab is None:
        cnt = Counter(f for ex in examples for f in set(ex.feats))
        vocab = {f: i for i, f in enumerate(sorted(f for f, c in cnt.items() if c >= min_count))}
    rows, cols = [], []
    for r, ex in enumerate(examples):
        for c in {vocab[f] for f in ex.feats if f in vocab}:
            rows.append(r)
            cols.append(c)
    x = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(examples), len(vocab)))
    y = np.array([T.LABELS.index(ex.label) for ex in examples])
    w = np.array([ex.weight for ex in examples])
    return x, y, w, vocab


def fit(examples: list[Example], c: float, min_count: int):
    from sklearn.linear_model import LogisticRegression

    x, y, w, vocab = vectorise(examples, min_count=min_count)
    clf = LogisticRegression(C=c, max_iter=300)  # multinomial (lbfgs default)
    clf.fit(x, y, sample_weight=w)
    return clf, vocab


def typed_prf(gold: list[str], pred: list[str]) -> dict[str, dict[str, float]]:
    res = {}
    for t in T.LABELS:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == p == t)
        npred, ngold = pred.count(t), gold.count(t)
        p = tp / npred if npred else 0.0
        r = tp / ngold if ngold else 0.0
        res[t] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 3),
                  "gold": ngold, "predicted": npred}
    acc = sum(1 for g, p in zip(gold, pred, strict=True) if g == p) / max(1, len(gold))
    res["accuracy"] = round(acc, 4)  # type: ignore[assignment]
    return res


def oof_probs(examples: list[Example], c: float, min_count: int, folds: int = 5, seed: int = 0):
    """Out-of-fold label probabilities of the rule-span examples (folds grouped by document)."""
    docs = sorted({ex.doc for ex in examples if not ex.doc.startswith("template:")})
    rng = random.Random(seed)
    rng.shuffle(docs)
    fold_of = {doc: i % folds for i, doc in enumerate(docs)}
    test_all, probs = [], []
    for k in range(folds):
        train = [ex for ex in examples if fold_of.get(ex.doc, -1) != k]
        test = [ex for ex in examples if fold_of.get(ex.doc, -1) == k and ex.source == "rules"]
        clf, vocab = fit(train, c, min_count)
        x, _, _, _ = vectorise(test, vocab)
        full = np.zeros((len(test), len(T.LABELS)))
        full[:, clf.classes_] = clf.predict_proba(x)
        test_all.extend(test)
        probs.append(full)
    return test_all, np.vstack(probs)


SCORED = ("person", "organization", "place")


def scored_f1(gold: list[str], pred: list[str]) -> float:
    """Mention-level typed F1 over person/organization/place, as the actors evaluation counts it
    (a prediction outside the three types is not scored; a gold mention of the three types must be
    predicted with its type)."""
    tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == p and p in SCORED)
    n_p = sum(1 for p in pred if p in SCORED)
    n_g = sum(1 for g in gold if g in SCORED)
    pr, rc = tp / max(1, n_p), tp / max(1, n_g)
    return 2 * pr * rc / (pr + rc) if pr + rc else 0.0


def decide_all(test: list[Example], probs: np.ndarray, threshold: float, margin: float) -> list[str]:
    out = []
    for ex, pr in zip(test, probs, strict=True):
        out.append(_decide(pr, threshold, ex.hint, margin))
    return out


def cross_validate(examples: list[Example], cs: list[float], min_count: int, folds: int = 5, seed: int = 0):
    results: dict = {}
    rules = [ex for ex in examples if ex.source == "rules"]
    gold = [ex.label for ex in rules]
    base_pred = [ex.hint if ex.hint in T.LABELS else "other" for ex in rules]
    base = typed_prf(gold, base_pred)
    base["scored_f1"] = round(scored_f1(gold, base_pred), 4)
    print(f"rules only: accuracy {base['accuracy']} scored F1 {base['scored_f1']}  "
          + "  ".join(f"{t[:5]} {base[t]['f1']:.3f}" for t in T.LABELS))
    results["rules"] = base
    best = None
    for c in cs:
        test, probs = oof_probs(examples, c, min_count, folds, seed)
        g = [ex.label for ex in test]
        for th in (0.5, 0.4, 0.3, 0.2, 0.1):
            for margin in (0.0, 0.1, 0.2, 0.3, 0.5):
                pred = decide_all(test, probs, th, margin)
                r = typed_prf(g, pred)
                r["scored_f1"] = round(scored_f1(g, pred), 4)
                r["C"], r["threshold"], r["keep_margin"] = c, th, margin
                results[f"C={c} threshold={th} keep_margin={margin}"] = r
                if best is None or r["scored_f1"] > best["scored_f1"]:
                    best = r
                print(f"C={c} threshold={th} keep_margin={margin}: accuracy {r['accuracy']} scored F1 {r['scored_f1']}  "
                      + "  ".join(f"{t[:5]} {r[t]['f1']:.3f}" for t in T.LABELS), flush=True)
    results["best"] = best
    return results


def _decide(pr: np.ndarray, threshold: float = 0.5, hint: str | None = None, margin: float = 0.0) -> str:
    drop = T.LABELS.index(T.NOT_A_NAME)
    if 1 - pr[drop] < threshold:
        return T.NOT_A_NAME
    pr = pr.copy()
    pr[drop] = -1
    best = int(pr.argmax())
    if hint in T.LABELS and margin > 0:
        h = T.LABELS.index(hint)
        if pr[best] - pr[h] < margin:
            best = h
    return T.LABELS[best]


def export(clf, vocab: dict[str, int], prune: float, lists: dict, meta: dict) -> dict:
    coef = np.zeros((len(T.LABELS), len(vocab)))
    coef[clf.classes_] = clf.coef_
    bias = np.zeros(len(T.LABELS))
    bias[clf.classes_] = clf.intercept_
    missing = [i for i in range(len(T.LABELS)) if i not in set(clf.classes_)]
    bias[missing] = -30.0
    # centre per feature across labels (softmax is invariant), then prune small weights
    coef = coef - coef.mean(axis=0, keepdims=True)
    bias = bias - bias.mean()
    weights: dict[str, dict[str, float]] = {T.BIAS: {lab: round(float(b), 4) for lab, b in zip(T.LABELS, bias, strict=True)}}
    inv = {i: f for f, i in vocab.items()}
    for j in range(len(vocab)):
        col = coef[:, j]
        row = {lab: round(float(v), 3) for lab, v in zip(T.LABELS, col, strict=True) if abs(v) >= prune}
        if row:
            weights[inv[j]] = row
    public_lists = {k: v for k, v in lists.items() if not k.startswith("_")}
    return {
        "name": "presslens-entity-typer",
        "version": VERSION,
        "labels": list(T.LABELS),
        "threshold": meta["threshold"],
        "keep_margin": meta["keep_margin"],
        "credit": CREDIT,
        "license": "Weights derived from GUM (annotations CC BY 4.0; texts CC BY 2.5/3.0/4.0 and CC BY-SA 3.0 per "
                   "document): credit GUM and the text sources as in 'credit'; hand-written lists CC0.",
        "training": meta,
        "weights": weights,
        "lists": public_lists,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--no-news", action="store_true", help="leave out genre == 'news' (the gum_dev documents)")
    ap.add_argument("--leave-out", default="", metavar="GENRES",
                    help="also leave out these genres (comma-separated): to score the model on them honestly")
    ap.add_argument("--cv", action="store_true", help="grouped 5-fold CV over --cs on the non-news genres, then stop")
    ap.add_argument("--cs", default="0.3,1")
    ap.add_argument("--cv-out", type=Path, help="write the CV results as JSON here")
    ap.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD, help="stored decision threshold (see --cv)")
    ap.add_argument("--keep-margin", type=float, default=DEFAULT_MARGIN, help="stored keep margin (see --cv)")
    ap.add_argument("--c", type=float, default=None, help="C for the final fit (default: best of --cv, else 0.3)")
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--prune", type=float, default=0.1)
    ap.add_argument("--no-templates", action="store_true")
    ap.add_argument("--no-hint", action="store_true", help="do not use the rule detector's type as a feature")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"training data not found: {args.data}", file=sys.stderr)
        return 2
    t0 = time.time()
    global USE_HINT
    USE_HINT = not args.no_hint
    docs = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.no_news or args.cv:
        docs = [d for d in docs if d["genre"] != "news"]
    left_out = {g for g in args.leave_out.split(",") if g}
    if left_out:
        docs = [d for d in docs if d["genre"] not in left_out]
    lists = build_lists(docs)
    lists_obj = T._make_lists(lists["common"], lists["gaz"], lists["tok"])
    lists["_gaz"] = lists_obj.gaz
    examples: list[Example] = []
    for d in docs:
        examples.extend(doc_examples(d, lists_obj, lists))
    if not args.no_templates:
        examples.extend(template_examples(lists_obj, random.Random(args.seed)))
    print(f"{len(docs)} documents, {len(examples)} examples ({time.time() - t0:.0f} s): "
          + ", ".join(f"{k} {v}" for k, v in Counter(ex.label for ex in examples).most_common()), flush=True)
    print("  by source: " + ", ".join(f"{k} {v}" for k, v in Counter(ex.source for ex in examples).most_common()))
    cv = None
    if args.cv:
        cv = cross_validate(examples, [float(c) for c in args.cs.split(",")], args.min_count)
        print("rules only:", json.dumps(cv["rules"]))
        print("best:", json.dumps(cv["best"], indent=1))
        if args.cv_out:
            args.cv_out.write_text(json.dumps(cv, indent=1), encoding="utf-8")
        return 0
    c = args.c if args.c is not None else DEFAULT_C
    clf, vocab = fit(examples, c, args.min_count)
    meta = {
        "data": "GUM (gum_open.jsonl) " + ("without genre news" if args.no_news else "all genres")
        + (f" without {', '.join(sorted(left_out))}" if left_out else ""),
        "documents": len(docs),
        "examples": len(examples),
        "labels": dict(Counter(ex.label for ex in examples)),
        "C": c,
        "min_count": args.min_count,
        "threshold": args.threshold,
        "keep_margin": args.keep_margin,
        "prune": args.prune,
        "templates": not args.no_templates,
        "script": "training/train_entity_typer.py",
    }
    model = export(clf, vocab, args.prune, lists, meta)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":"), sort_keys=False), encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e3:.0f} kB, {len(model['weights'])} features, "
          f"{time.time() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
