"""Find place names in text and resolve each one to a gazetteer entry (geoparsing).

:func:`find_places` is a pure per-article function: text in, one row per place mention out.

Recognition scans the text once with the gazetteer's Aho–Corasick automaton (every name and
alternate name, on word boundaries), then keeps the longest matches that pass case rules and the
false-positive rules: calendar words ("March"), common words and first names or surnames that are
also small towns ("Police", "Reading", "Jones") unless the context says place ("in Reading",
"Reading, Pa."), names that sit inside a person's name ("George Washington", "President Jordan") or
an organisation's ("Washington Post").

Resolution gives every candidate its prior — log10(population) plus a bonus by kind (country >
capital > admin area > city) — and adds evidence from the article: "City, State" and "City,
Country" patterns, the countries and states the article mentions, and closeness to the article's
other places. One name keeps one sense per article.

    >>> rows = find_places("Talks in Hanoi, Vietnam, ended.")            # doctest: +SKIP
    >>> rows[["surface", "name", "kind", "country_code"]].values.tolist()  # doctest: +SKIP
    [['Hanoi', 'Hanoi', 'city', 'VN'], ['Vietnam', 'Vietnam', 'country', 'VN']]
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import numpy as np
import pandas as pd

from helpers.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer

PLACE_COLUMNS: list[str] = [
    "start",
    "end",
    "surface",
    "place_id",
    "name",
    "kind",
    "country_code",
    "lat",
    "lon",
    "score",
    "why",
]

_TOKEN_RE = re.compile(r"[^\W_]+")

# lower-case words allowed inside a multi-word name ("Isle of Man", "Rio de Janeiro")
CONNECTORS = frozenset(
    [
        "of",
        "de",
        "la",
        "le",
        "les",
        "du",
        "des",
        "del",
        "da",
        "do",
        "dos",
        "das",
        "di",
        "am",
        "upon",
        "on",
        "the",
        "and",
        "y",
        "en",
        "al",
        "el",
        "sur",
        "sous",
        "bin",
    ]
)
# capitalised words that may precede a place without making it part of a person's name
MODIFIERS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "upper",
        "lower",
        "greater",
        "downtown",
        "metro",
        "metropolitan",
        "mid",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "rural",
        "suburban",
        "coastal",
        "inner",
        "outer",
        "old",
        "new",
    ]
)
# words that, right after a town's name, make it part of an organisation's name
ORG_SUFFIXES = frozenset(
    [
        "post",
        "times",
        "journal",
        "herald",
        "tribune",
        "globe",
        "gazette",
        "chronicle",
        "telegraph",
        "observer",
        "examiner",
        "inquirer",
        "courier",
        "bulletin",
        "dispatch",
        "sentinel",
        "mirror",
        "daily",
        "airlines",
        "airways",
        "corp",
        "corporation",
        "inc",
        "ltd",
        "llc",
        "fc",
        "senators",
        "capitals",
        "nationals",
        "rangers",
        "wizards",
        "redskins",
        "cowboys",
        "giants",
        "yankees",
        "mets",
        "lakers",
        "clippers",
        "celtics",
        "bulls",
        "bears",
        "packers",
        "steelers",
        "mariners",
        "jets",
    ]
)
# (places inside civic names stay places — "Athens Police Department", "Dublin City Council" name
# the town's own institutions; newspapers, companies and teams do not locate the story.)
# words after a name that announce a person ("Jones said")
PERSON_VERBS = frozenset(
    [
        "said",
        "says",
        "told",
        "added",
        "asked",
        "explained",
        "noted",
        "wrote",
        "argued",
        "believes",
        "thinks",
        "testified",
    ]
)
LOCATIVE = frozenset(
    [
        "in",
        "at",
        "near",
        "from",
        "to",
        "into",
        "outside",
        "inside",
        "across",
        "around",
        "throughout",
        "toward",
        "towards",
        "via",
        "between",
        "through",
        "within",
        "visit",
        "visited",
        "visiting",
    ]
)


@dataclass(frozen=True)
class _Lexicon:
    common: frozenset[str]
    calendar: frozenset[str]
    titles: frozenset[str]
    first_names: frozenset[str]
    surnames: frozenset[str]


@functools.cache
def _lexicon() -> _Lexicon:
    sections: dict[str, set[str]] = {}
    current = ""
    text = (resources.files("helpers") / "data" / "place_stopwords.txt").read_text("utf-8")
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            current = line.strip("[]")
            sections[current] = set()
            continue
        sections[current].update(w.strip(".") for w in line.lower().split())
    easy: set[str] = set()
    try:  # textstat ships the Dale–Chall list of ~3,000 words familiar to fourth-graders
        easy_path = resources.files("textstat") / "resources" / "en" / "easy_words.txt"
        easy = {w.strip().lower() for w in easy_path.read_text("utf-8").split() if w.strip()}
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        pass
    calendar = {
        w
        for w in sections.get("common", set())
        if w[:3] in {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov"}
        or w[:3] in {"dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun"}
    }
    calendar -= {"sun", "mar", "marc"}
    calendar |= {
        "january february march april may june july august september october november december"
    }
    calendar = {w for c in calendar for w in c.split()}
    return _Lexicon(
        common=frozenset(sections.get("common", set()) | easy),
        calendar=frozenset(calendar),
        titles=frozenset(sections.get("titles", set())),
        first_names=frozenset(sections.get("first_names", set())),
        surnames=frozenset(sections.get("surnames", set())),
    )


@dataclass
class _Mention:
    first: int  # token indices, inclusive
    last: int
    start: int  # character offsets into the text
    end: int
    key: int  # gazetteer key index
    surface: str
    cands: tuple[tuple[int, bool], ...]
    context: set[str] = field(default_factory=set)  # "comma_next", "locative", ...


def _tokens(text: str) -> tuple[list[tuple[int, int]], str, list[int]]:
    spans = [m.span() for m in _TOKEN_RE.finditer(text)]
    words = [text[s:e] for s, e in spans]
    # Lower-case words can only be connectors inside names ("Isle of Man"): blank the others out
    # (same length, so offsets hold) and the automaton never reports the thousands of matches on
    # ordinary words that the case rules would throw away anyway.
    joined = " ".join(
        w if w[0].isupper() or w[0].isdigit() or w in CONNECTORS else "\x01" * len(w) for w in words
    )
    low = joined.lower()
    if len(low) != len(joined):  # rare letters whose lower case is longer ("İ"): keep them
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in joined)
    starts = []
    pos = 1
    for w in words:
        starts.append(pos)
        pos += len(w) + 1
    return spans, " " + low + " ", starts


def _case_ok(text: str, spans: list[tuple[int, int]], first: int, last: int) -> bool:
    for k in range(first, last + 1):
        s, e = spans[k]
        c = text[s]
        if c.isupper() or c.isdigit():
            continue
        if first < k < last and text[s:e] in CONNECTORS:
            continue
        return False
    return True


def _scan(text: str, gaz: Gazetteer) -> tuple[list[_Mention], list[tuple[int, int]]]:
    spans, padded, starts = _tokens(text)
    if not spans:
        return [], spans
    start_tok = {p: k for k, p in enumerate(starts)}
    found: list[_Mention] = []
    for end_pos, key in gaz.automaton.iter(padded):
        klen = len(gaz.keys[key])
        first = start_tok.get(end_pos - klen)
        if first is None:
            continue
        last = bisect_right(starts, end_pos - 1) - 1
        if not _case_ok(text, spans, first, last):
            continue
        s, e = spans[first][0], spans[last][1]
        forms = gaz.forms[key]
        if forms:
            surf = text[s:e]
            if surf + "." in forms and text[e : e + 1] == ".":
                e += 1
            elif surf not in forms:
                # short names are abbreviations or codes: "US" yes, "Us" no; "WASHINGTON" is fine
                continue
        elif text[s:e].isupper() and e - s < 4:
            continue
        found.append(_Mention(first, last, s, e, key, text[s:e], gaz.candidates[key]))
    # longest match wins; ties keep the earlier one
    found.sort(key=lambda m: (-(m.last - m.first), -(m.end - m.start), m.start))
    taken = [False] * len(spans)
    chosen = []
    for m in found:
        if any(taken[m.first : m.last + 1]):
            continue
        for k in range(m.first, m.last + 1):
            taken[k] = True
        chosen.append(m)
    chosen.sort(key=lambda m: m.start)
    return chosen, spans


_SURE_KINDS = frozenset({"country", "continent", "region", "landmark", "demonym"})


def _is_major(e: GazetteerEntry) -> bool:
    return e.kind in ("country", "continent", "region", "landmark", "demonym") or (
        e.kind == "admin area" and e.feature_code == "ADM1"
    )


def _big(e: GazetteerEntry) -> bool:
    return _is_major(e) or e.feature_code == "PPLC" or e.population >= 100_000


def _filter(
    text: str, mentions: list[_Mention], spans: list[tuple[int, int]], gaz: Gazetteer
) -> list[_Mention]:
    lex = _lexicon()
    n = len(spans)

    def word(k: int) -> str:
        return text[spans[k][0] : spans[k][1]] if 0 <= k < n else ""

    def joined(a: int, b: int) -> str:  # text between token a and token b (a < b)
        return text[spans[a][1] : spans[b][0]]

    person_keys: set[int] = set()
    kept: list[tuple[_Mention, bool]] = []  # (mention, is in a weak context)
    for idx, m in enumerate(mentions):
        best = gaz.entries[m.cands[0][0]]
        low = m.surface.lower().strip(".")
        single = m.first == m.last
        prev_w, next_w = word(m.first - 1), word(m.last + 1)
        prev_adj = m.first > 0 and joined(m.first - 1, m.first) == " "
        next_adj = m.last + 1 < n and joined(m.last, m.last + 1) == " "
        prev_cap = prev_adj and prev_w[:1].isupper()
        next_cap = next_adj and next_w[:1].isupper()
        before = text[max(0, m.start - 3) : m.start]
        sentence_start = m.first == 0 or bool(re.search(r"[.!?\"“\n:]\s*$", before))
        locative = m.first > 0 and word(m.first - 1).lower() in LOCATIVE
        # "City, State" / "City, Country" in either direction
        nxt = mentions[idx + 1] if idx + 1 < len(mentions) else None
        prv = mentions[idx - 1] if idx > 0 else None
        comma_next = (
            nxt is not None
            and re.fullmatch(r",\s*", text[m.end : nxt.start]) is not None
            and gaz.entries[nxt.cands[0][0]].kind in ("country", "admin area")
        )
        comma_prev = (
            prv is not None
            and re.fullmatch(r",\s*", text[prv.end : m.start]) is not None
            and best.kind in ("country", "admin area")
        )
        if comma_next:
            m.context.add("comma_next")
        if comma_prev:
            m.context.add("comma_prev")
        if locative:
            m.context.add("locative")

        if single and low in lex.calendar and best.kind != "country":
            continue
        if prev_adj and prev_w.lower().strip(".") in lex.titles and not _is_major(best):
            person_keys.add(m.key)
            continue
        if single and prev_cap:
            pl = prev_w.lower()
            if pl in lex.first_names or pl in lex.titles:  # "George Washington", "Mr. Reading"
                if not _is_major(best) or pl in lex.first_names:
                    person_keys.add(m.key)
                    continue
            elif (
                not sentence_start_of(text, spans, m.first - 1)
                and pl not in MODIFIERS
                and pl not in lex.common
                and not _is_major(best)
            ):
                continue  # inside a longer proper name: "Kim Jong Un", "Notre Dame"
        if next_cap and not _is_major(best):
            nl = next_w.lower()
            if nl in ORG_SUFFIXES:
                continue  # "Washington Post", "Dallas Cowboys"
            if (low in lex.first_names or nl in lex.surnames) and nl not in lex.common:
                person_keys.add(m.key)  # "Jordan Smith", "Kim Jong Un"
                continue
        if single and low in MODIFIERS and best.kind != "country":
            continue  # a bare compass word ("East", "Northeast") is a direction, not a region
        weak = False
        if single and best.kind not in _SURE_KINDS and low in lex.common:
            weak = True  # "Central" (a Ghanaian region), "Mobile", "Reading": only in context
        is_name = low in lex.first_names or low in lex.surnames
        if single and is_name and not _big(best):
            weak = True  # "Lincoln", "Mary", "Nelson": a person far more often than a town
        if single and not _big(best) and m.cands[0][1]:
            weak = True  # a small place's alternate name ("Pompeo")
            if is_name and next_adj and next_w.lower() in PERSON_VERBS:
                person_keys.add(m.key)
                continue
        if single and sentence_start and low in lex.common and not _is_major(best):
            weak = True
        kept.append((m, weak))
    out = []
    for m, weak in kept:
        if m.surface.lower() in lex.calendar:
            continue
        if m.key in person_keys and not _is_major(gaz.entries[m.cands[0][0]]):
            continue
        if weak and not ({"locative", "comma_next", "comma_prev"} & m.context):
            continue
        out.append(m)
    return out


def sentence_start_of(text: str, spans: list[tuple[int, int]], k: int) -> bool:
    """Whether token ``k`` starts a sentence (so its capital letter says nothing)."""
    if k <= 0:
        return True
    before = text[max(0, spans[k][0] - 3) : spans[k][0]]
    return bool(re.search(r"[.!?\"“\n:]\s*$", before)) or before.strip() == ""


MAX_CANDIDATES = 15
# Evidence weights, added to the prior (log10 population + kind bonus). Chosen by looking at the
# classes of geocoding errors on the corpora (same-name towns, town-vs-country, town-vs-state).
PAIR_BONUS = 8.0  # "Alexandria, La." / "Danang, Vietnam"
STATE_BONUS = 2.5  # the article names the town's state
SUPPORT_BONUS = 3.0  # × share of the article's other places in the same country
NEAR_BONUS = 1.5  # within NEAR_KM of another place the article names
NEAR_KM = 150.0


def _resolve(
    text: str, mentions: list[_Mention], gaz: Gazetteer
) -> dict[int, tuple[GazetteerEntry, float, str]]:
    """Choose one entry per name key (one sense per name per article)."""
    ents = gaz.entries
    keys = {m.key: m.cands[:MAX_CANDIDATES] for m in mentions}
    # "City, State": the pair of keys that follow each other with a comma
    pairs: dict[int, set[int]] = {}
    for a, b in itertools.pairwise(mentions):
        if "comma_next" in a.context and b.start - a.end <= 3:
            pairs.setdefault(a.key, set()).add(b.key)

    def prior(ci: tuple[int, bool]) -> float:
        return ents[ci[0]].prior - ALT_PENALTY * ci[1]

    choice = {k: max(c, key=prior) for k, c in keys.items()}
    result: dict[int, tuple[GazetteerEntry, float, str]] = {}
    for _ in range(3):
        chosen = {k: ents[c[0]] for k, c in choice.items()}
        cc_count: dict[str | None, int] = {}
        for e in chosen.values():
            cc_count[e.country_code] = cc_count.get(e.country_code, 0) + 1
        states = {
            (e.country_code, e.admin1): k
            for k, e in chosen.items()
            if e.kind == "admin area" and e.feature_code == "ADM1"
        }
        local = [
            (k, e.lat, e.lon, e.name)
            for k, e in chosen.items()
            if e.kind == "city" or e.feature_code == "ADM2"
        ]
        n_other = len(chosen) - 1
        new_choice = {}
        for k, cands in keys.items():
            own_cc = chosen[k].country_code
            best, best_s, best_why = cands[0], -1e9, ""
            for ci in cands:
                e = ents[ci[0]]
                s = prior(ci)
                why = []
                for pk in pairs.get(k, ()):  # "Alexandria, Louisiana"
                    if _pair_fits(e, keys.get(pk, ()), ents):
                        s += PAIR_BONUS
                        why.append(f"written with {chosen[pk].name}")
                        break
                if n_other > 0 and e.kind not in ("country", "continent", "demonym"):
                    same = cc_count.get(e.country_code, 0) - (e.country_code == own_cc)
                    if same > 0:
                        s += SUPPORT_BONUS * same / n_other
                        why.append(f"article also mentions {_country_name(gaz, e.country_code)}")
                    sk = states.get((e.country_code, e.admin1))
                    if sk is not None and sk != k:
                        s += STATE_BONUS
                        why.append(f"article also mentions {e.admin1}")
                    if e.kind in ("city", "admin area"):
                        for ok, la, lo, nm in local:
                            if ok != k and abs(la - e.lat) < 1.5 and _km2(e, la, lo) < NEAR_KM:
                                s += NEAR_BONUS
                                why.append(f"near {nm}")
                                break
                if s > best_s:
                    best, best_s, best_why = ci, s, "; ".join(why)
            new_choice[k] = best
            result[k] = (ents[best[0]], best_s, best_why)
        if new_choice == choice:
            break
        choice = new_choice
    return result


ALT_PENALTY = 3.0


def _pair_fits(
    e: GazetteerEntry, cands: tuple[tuple[int, bool], ...], ents: list[GazetteerEntry]
) -> bool:
    """Whether one of the following name's senses is a country or state that contains ``e``."""
    for pc in cands:
        pe = ents[pc[0]]
        if pe.country_code != e.country_code or pe is e:
            continue
        if pe.kind in ("country", "demonym") or (
            pe.kind == "admin area" and pe.feature_code == "ADM1" and pe.admin1 == e.admin1
        ):
            return True
    return False


def _km2(a: GazetteerEntry, lat: float, lon: float) -> float:
    p1, p2 = math.radians(a.lat), math.radians(lat)
    dl = math.radians(lon - a.lon)
    x = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(x)))


def _country_name(gaz: Gazetteer, cc: str | None) -> str:
    if not cc:
        return ""
    e = gaz.country(cc)
    return e.name if e is not None else cc


def _describe(e: GazetteerEntry, gaz: Gazetteer, evidence: str, alt: bool) -> str:
    country = _country_name(gaz, e.country_code)
    if e.kind == "country":
        head = "country"
    elif e.feature_code == "PPLC":
        head = f"capital of {country}"
    elif e.kind == "admin area":
        head = f"{'county' if e.feature_code == 'ADM2' else 'state/province'} in {country}"
    elif e.kind == "demonym":
        head = f"demonym of {e.name}"
    elif e.kind in ("region", "landmark", "continent"):
        head = e.kind
    else:
        head = f"town in {e.admin1 + ', ' if e.admin1 else ''}{country}"
    parts = [head]
    if e.population:
        parts.append(f"population {e.population:,}")
    if alt:
        parts.append("alternate name")
    if evidence:
        parts.append(evidence)
    return "; ".join(parts)


def _empty() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "start": pd.Series(dtype="int64"),
            "end": pd.Series(dtype="int64"),
            "surface": pd.Series(dtype="str"),
            "place_id": pd.Series(dtype="Int64"),
            "name": pd.Series(dtype="str"),
            "kind": pd.Series(dtype="str"),
            "country_code": pd.Series(dtype="str"),
            "lat": pd.Series(dtype="float64"),
            "lon": pd.Series(dtype="float64"),
            "score": pd.Series(dtype="float64"),
            "why": pd.Series(dtype="str"),
        }
    )


def find_places(
    text: str, *, gazetteer: Gazetteer | None = None, geocoder: Any | None = None
) -> pd.DataFrame:
    """Find the places an article names, with offsets and coordinates.

    Returns one row per mention, in text order, with columns (dtypes):

    ``start``, ``end`` (int64) — character offsets into ``text``, end exclusive;
    ``surface`` (str) — the text as written; ``place_id`` (Int64, nullable) — GeoNames id where
    known; ``name`` (str) — canonical name ("Washington", "North Korea"); ``kind`` (str) —
    country, admin area, city, region, landmark, continent or demonym; ``country_code`` (str,
    ISO 3166-1 alpha-2, missing for regions); ``lat``, ``lon`` (float64); ``score`` (float64) —
    the winning candidate's prior plus evidence (higher is surer); ``why`` (str) — a short reason.

    ``gazetteer`` defaults to :func:`helpers.gazetteer.load_gazetteer` (loaded once per process).
    ``geocoder`` (any geopy-style object with ``geocode(name)``) is asked about capitalised names
    written after "in"/"near"/… that the gazetteer lacks.

        >>> df = find_places("A close aide arrived in Washington from Hanoi.")  # doctest: +SKIP
        >>> df[["surface", "name", "country_code"]].values.tolist()           # doctest: +SKIP
        [['Washington', 'Washington', 'US'], ['Hanoi', 'Hanoi', 'VN']]
    """
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    if not text:
        return _empty()
    mentions, spans = _scan(text, gaz)
    mentions = _filter(text, mentions, spans, gaz)
    resolved = _resolve(text, mentions, gaz) if mentions else {}
    rows: list[tuple[Any, ...]] = []
    for m in mentions:
        e, score, evidence = resolved[m.key]
        alt = next((a for i, a in m.cands if gaz.entries[i] is e), False)
        rows.append(
            (
                m.start,
                m.end,
                m.surface,
                e.place_id,
                e.name,
                e.kind,
                e.country_code,
                e.lat,
                e.lon,
                round(score, 3),
                _describe(e, gaz, evidence, alt),
            )
        )
    if geocoder is not None:
        rows.extend(_geocode_unknown(text, spans, mentions, geocoder))
        rows.sort(key=lambda r: r[0])
    if not rows:
        return _empty()
    return _frame(rows)


def _frame(rows: list[tuple[Any, ...]]) -> pd.DataFrame:
    # built column by column with explicit dtypes: DataFrame(rows).astype(...) costs 3× more
    cols = list(zip(*rows, strict=True))
    data: dict[str, Any] = {}
    for name, values in zip(PLACE_COLUMNS, cols, strict=True):
        if name in ("start", "end"):
            data[name] = np.array(values, dtype="int64")
        elif name == "place_id":
            data[name] = pd.array(values, dtype="Int64")
        elif name in ("lat", "lon", "score"):
            data[name] = np.array(values, dtype="float64")
        else:
            data[name] = pd.array(values, dtype="str")
    return pd.DataFrame(data)


_UNKNOWN_RE = re.compile(
    r"\b(?:in|near|at|from|outside)\s+((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,3})"
)


def _geocode_unknown(
    text: str, spans: list[tuple[int, int]], mentions: list[_Mention], geocoder: Any
) -> list[tuple[Any, ...]]:
    """Ask a geocoder about capitalised names after a locative word that nothing matched."""
    lex = _lexicon()
    covered = [(m.start, m.end) for m in mentions]
    rows = []
    asked: dict[str, Any] = {}
    for mt in _UNKNOWN_RE.finditer(text):
        s, e = mt.span(1)
        name = mt.group(1)
        if any(a < e and s < b for a, b in covered):
            continue
        if name.lower() in lex.common or name.lower() in lex.calendar:
            continue
        if name not in asked:
            try:
                asked[name] = geocoder.geocode(name)
            except Exception:  # a geocoder failure must not lose the article's other places
                asked[name] = None
        loc = asked[name]
        if loc is None:
            continue
        rows.append(
            (
                s,
                e,
                name,
                None,
                name,
                "city",
                None,
                float(loc.latitude),
                float(loc.longitude),
                0.0,
                f"not in the gazetteer; geocoded by {type(geocoder).__name__}",
            )
        )
    return rows
