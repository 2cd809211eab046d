"""A/B of the recogniser's and resolver's hot functions against another checkout, in one process.

    git worktree add --detach /tmp/before <commit>
    python benchmarks/ab_inprocess.py /tmp/before                 # 300 synthetic articles, 15 rounds
    python benchmarks/ab_inprocess.py /tmp/before --rounds 30 --articles 500
    python benchmarks/ab_inprocess.py /tmp/before --only resolution   # one function's A/B
    python benchmarks/ab_inprocess.py /tmp/before --only scan --cold   # first pass, empty memos

On a machine others share, two runs one after the other see different loads, and a few per cent
is lost in the noise. Here the other checkout's ``helpers/recognise/places.py``, ``names.py`` and
``helpers/geoparse.py`` are loaded beside this one's under other module names, and each function's
old and new versions run alternately over the same texts, round after round, so both see the
same load. Printed: the best CPU µs per article of each, and the median of the rounds' new/old
ratios (below 1: the change is faster). The memos are warm (every round repeats the texts), so
this is the long-run cost; ``--cold`` empties the place scan's and resolution's memos before
each call (a first pass for those two), and ``benchmarks/bench_stages.py`` gives the whole
stage's first pass. Both checkouts share this checkout's ``helpers.gazetteer``. Both sides
must give the same results (checked first), and the other checkout must have the same modules
(the one recogniser's layout). Identical code on both sides reads 1.00 ± 0.03 on a loaded machine.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import sys
import time
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _load(alias: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(alias, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[alias] = module
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("other", type=Path, help="the other checkout (its root folder)")
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument(
        "--only",
        action="append",
        metavar="WORDS",
        help="time only the functions whose label contains WORDS ('scan', 'resolution'); repeatable",
    )
    ap.add_argument(
        "--cold",
        action="store_true",
        help="empty the places and resolution memos and the gazetteer's caches before every "
        "timed call: the first-pass cost of 'scan' and 'resolution' (names.py's memos stay warm)",
    )
    args = ap.parse_args(argv)

    from corpus import iter_synthetic

    import helpers.geoparse as new_geo
    import helpers.recognise.names as new_names
    import helpers.recognise.places as new_places
    from helpers.gazetteer import load_gazetteer
    from helpers.recognise import _recognise
    from helpers.recognise.entities import load_entities

    files = ["helpers/recognise/places.py", "helpers/recognise/names.py", "helpers/geoparse.py"]
    if not all((args.other / f).is_file() for f in files):
        print(f"{args.other} lacks {', '.join(files)} (a checkout before the one recogniser?)")
        return 2
    old_places = _load("_ab_old_places", args.other / "helpers/recognise/places.py")
    old_names = _load("_ab_old_names", args.other / "helpers/recognise/names.py")
    old_geo = _load("_ab_old_geoparse", args.other / "helpers/geoparse.py")
    gaz, table = load_gazetteer(), load_entities()
    texts = [r["text"] for r in iter_synthetic(args.articles, seed=args.articles)]
    arts = [_recognise(t, gaz, table) for t in texts]
    place_lists = [
        [(m.start, m.end, m.surface, m.surface, "weak" if m.senses[0][1].kind == "city" else "strong")
         for m in a.places]
        for a in arts
    ]  # fmt: skip
    mentions = [list(a.places) for a in arts]

    def pair(mod_places: ModuleType, mod_names: ModuleType, mod_geo: ModuleType) -> dict:
        cues = mod_names._cues()
        return {
            "places scan + filter": lambda: [
                mod_places._filter(t, mod_places._scan(t, gaz), gaz) for t in texts
            ],
            "tokens": lambda: [mod_names._tokens(t, cues) for t in texts],
            "people and organisations": lambda: [
                mod_names.people_and_organisations(t, table, p)
                for t, p in zip(texts, place_lists, strict=True)
            ],
            "resolution": lambda: [mod_geo._resolve(m, gaz) for m in mentions],
        }

    old = pair(old_places, old_names, old_geo)
    new = pair(new_places, new_names, new_geo)
    if args.only:
        old = {k: f for k, f in old.items() if any(w in k for w in args.only)}
        new = {k: new[k] for k in old}
        if not old:
            print(f"no function's label contains {' or '.join(args.only)}")
            return 2
    for name in old:
        a, b = old[name](), new[name]()  # warm both memos; same answers
        if name == "places scan + filter":
            a = [[(m.start, m.end, m.key) for m in ms] for ms in a]
            b = [[(m.start, m.end, m.key) for m in ms] for ms in b]
        elif name == "tokens":
            a = [(w.starts, w.texts, w.caps, w.initial, w.joined) for w in a]
            b = [(w.starts, w.texts, w.caps, w.initial, w.joined) for w in b]
        elif name == "people and organisations":
            a = [[(s.start, s.end, s.entity, s.kind, s.how) for s in sp] for sp, _ in a]
            b = [[(s.start, s.end, s.entity, s.kind, s.how) for s in sp] for sp, _ in b]
        if a != b:
            print(f"{name}: the two checkouts give different results")
            return 1

    def forget() -> None:
        """Empty every per-process memo of recognition's place scan and of resolution."""
        import helpers.recognise.places as current

        for mod in (old_places, new_places, current):
            mod._MEMOS.clear()  # chunks, surface facts, sense infos, "why" texts, spans
        gaz._senses.clear()
        gaz._entries.clear()
        for mod in (old_geo, new_geo):
            if hasattr(mod._head, "cache_clear"):
                mod._head.cache_clear()

    warmth = "cold (memos emptied before each call)" if args.cold else "warm"
    print(
        f"{len(texts)} synthetic articles, {args.rounds} alternating rounds, {warmth}, "
        "CPU µs per article"
    )
    for name in old:
        t_old, t_new = [], []
        for _ in range(args.rounds):
            for f, times in ((old[name], t_old), (new[name], t_new)):
                if args.cold:
                    forget()
                t = time.process_time()
                f()
                times.append(time.process_time() - t)
        ratio = statistics.median(b / a for a, b in zip(t_old, t_new, strict=True))
        print(
            f"  {name:<26} other {min(t_old) / len(texts) * 1e6:7.1f}   this "
            f"{min(t_new) / len(texts) * 1e6:7.1f}   this/other {ratio:.3f}"
        )
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
