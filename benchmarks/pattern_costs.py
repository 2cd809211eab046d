"""What each regular expression of the recogniser costs: a per-pattern timer.

    python benchmarks/pattern_costs.py                       # 1,000 synthetic articles + folders
    python benchmarks/pattern_costs.py --articles 300 --top 30 --no-folders
    python benchmarks/pattern_costs.py --folders /work/userfolder10[2-9] /work/userfolder11[0-5]

A compiled pattern that ``finditer``/``search``/``sub`` runs over a whole article and that begins
with ``\\b``, a look-behind or an optional prefix makes the engine try every character position;
cProfile charges that time to the calling function, so a profile looks "flat". This script names
the patterns instead. After importing the recogniser it swaps every compiled ``re.Pattern`` the
modules of ``helpers.recognise``, ``helpers.geoparse``, ``helpers.mentions``, ``helpers.clean``
and ``helpers.readability`` hold (module attributes, one level inside tuples, lists, dicts and
sets, class attributes, functions' defaults, and bound methods such as ``_FIND = P.finditer``)
for a proxy that times ``search``, ``match``, ``fullmatch``, ``finditer`` (including each step of
the iteration), ``findall``, ``sub``, ``subn`` and ``split``. Calls of ``re.search``/``re.sub``/...
with a pattern string, and ``re.compile`` inside a function, are timed too (named by the calling
function). Time spent in a ``sub`` callback, or in a nested timed call, is not charged to the outer
pattern.

Then it runs ``find_places`` + ``find_mentions`` over the synthetic articles (``corpus.py``) and the
texts of the user folders given (through ``clean_text``), and prints the patterns by total time:
calls, total ms, µs per call, the share of the whole run, ``module:NAME`` and the pattern's start.
The proxy adds its own overhead to the run (not to the figures); read the table for ranking, and
measure a change with ``ab_inprocess.py``.
"""

from __future__ import annotations

import argparse
import glob
import inspect
import os
import re
import sys
import time
import types
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

PREFIXES = (
    "helpers.recognise",
    "helpers.geoparse",
    "helpers.mentions",
    "helpers.clean",
    "helpers.readability",
)
METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
DEFAULT_FOLDERS = [f"/work/userfolder{n}" for n in range(102, 116)]

_clock = time.perf_counter
# per name: [calls, exclusive seconds]; _stack holds each open timed call's child seconds
_costs: dict[str, list] = defaultdict(lambda: [0, 0.0])
_stack: list[float] = [0.0]
_labels: dict[str, str] = {}


def _timed(name: str, call, *args, **kwargs):
    _stack.append(0.0)
    start = _clock()
    try:
        return call(*args, **kwargs)
    finally:
        spent = _clock() - start
        child = _stack.pop()
        _stack[-1] += spent
        cost = _costs[name]
        cost[0] += 1
        cost[1] += spent - child


def _callback(repl):
    """A ``sub`` callback whose time counts as a child (not charged to the pattern)."""
    if not callable(repl):
        return repl

    def timed_repl(match):
        _stack.append(0.0)
        start = _clock()
        try:
            return repl(match)
        finally:
            spent = _clock() - start
            _stack.pop()
            _stack[-1] += spent

    return timed_repl


class _TimedIter:
    """``finditer``'s iterator, each step timed under the pattern's name."""

    __slots__ = ("first", "it", "name")

    def __init__(self, name, it, first):
        self.name, self.it, self.first = name, it, first

    def __iter__(self):
        return self

    def __next__(self):
        _stack.append(0.0)
        start = _clock()
        try:
            return next(self.it)
        finally:
            spent = _clock() - start
            child = _stack.pop()
            _stack[-1] += spent
            cost = _costs[self.name]
            if self.first:
                cost[0] += 1
                self.first = False
            cost[1] += spent - child


class TimedPattern:
    """Stands in for a compiled pattern; everything but the timed methods is passed through."""

    def __init__(self, pattern: re.Pattern, name: str) -> None:
        self._p = pattern
        self._name = name
        _labels[name] = pattern.pattern if isinstance(pattern.pattern, str) else repr(pattern)

    def __getattr__(self, attr):
        return getattr(self._p, attr)

    def __eq__(self, other):
        return self._p == getattr(other, "_p", other)

    def __hash__(self):
        return hash(self._p)

    def search(self, *a, **k):
        return _timed(self._name, self._p.search, *a, **k)

    def match(self, *a, **k):
        return _timed(self._name, self._p.match, *a, **k)

    def fullmatch(self, *a, **k):
        return _timed(self._name, self._p.fullmatch, *a, **k)

    def findall(self, *a, **k):
        return _timed(self._name, self._p.findall, *a, **k)

    def split(self, *a, **k):
        return _timed(self._name, self._p.split, *a, **k)

    def sub(self, repl, *a, **k):
        return _timed(self._name, self._p.sub, _callback(repl), *a, **k)

    def subn(self, repl, *a, **k):
        return _timed(self._name, self._p.subn, _callback(repl), *a, **k)

    def finditer(self, *a, **k):
        return _TimedIter(self._name, self._p.finditer(*a, **k), True)


def _caller(depth: int = 2) -> str | None:
    frame = sys._getframe(depth)
    module = frame.f_globals.get("__name__", "")
    if not module.startswith(PREFIXES):
        return None
    return f"{module.removeprefix('helpers.')}:{frame.f_code.co_name}()"


def _patch_re_module() -> None:
    """``re.search(literal, …)`` and friends, and ``re.compile`` called inside a function."""
    compile_ = re.compile
    for method in METHODS:
        original = getattr(re, method)

        def wrapper(pattern, *a, _original=original, _method=method, **k):
            where = _caller()
            if where is None:
                return _original(pattern, *a, **k)
            text = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
            name = f"{where} re.{_method}"
            _labels.setdefault(name, str(text))
            compiled = compile_(pattern) if not isinstance(pattern, re.Pattern) else pattern
            if _method in ("sub", "subn"):
                repl, *rest = a
                return _timed(name, getattr(compiled, _method), _callback(repl), *rest, **k)
            if _method == "finditer":
                return _TimedIter(name, compiled.finditer(*a, **k), True)
            return _timed(name, getattr(compiled, _method), *a, **k)

        setattr(re, method, wrapper)

    def compile_wrapper(pattern, flags=0):
        compiled = compile_(pattern, flags)
        where = _caller()
        if where is None:
            return compiled
        return TimedPattern(compiled, f"{where} compiled")

    re.compile = compile_wrapper


def _swap(value, proxies: dict[int, TimedPattern], name: str):
    """``value`` with its patterns swapped for proxies (or ``value`` itself)."""
    if isinstance(value, re.Pattern):
        if id(value) not in proxies:
            proxies[id(value)] = TimedPattern(value, name)
        return proxies[id(value)]
    if isinstance(value, types.BuiltinMethodType) and isinstance(
        getattr(value, "__self__", None), re.Pattern
    ):
        proxy = _swap(value.__self__, proxies, name.rsplit(".", 1)[0] + "(bound)")
        return getattr(proxy, value.__name__)
    return value


def _swap_container(value, proxies, name):
    if isinstance(value, tuple) and any(isinstance(v, re.Pattern) for v in value):
        return tuple(_swap(v, proxies, f"{name}[{i}]") for i, v in enumerate(value))
    if isinstance(value, list):
        for i, v in enumerate(value):
            value[i] = _swap(v, proxies, f"{name}[{i}]")
            if isinstance(v, tuple):
                value[i] = _swap_container(v, proxies, f"{name}[{i}]")
        return value
    if isinstance(value, dict):
        for k, v in list(value.items()):
            if isinstance(v, re.Pattern | tuple):
                value[k] = _swap_container(_swap(v, proxies, f"{name}[{k!r}]"), proxies, name)
        return value
    if isinstance(value, frozenset | set) and any(isinstance(v, re.Pattern) for v in value):
        return type(value)(_swap(v, proxies, f"{name}{{}}") for v in value)
    return value


def install() -> dict[int, TimedPattern]:
    """Swap the patterns of the recogniser's modules for timing proxies."""
    proxies: dict[int, TimedPattern] = {}
    modules = [m for n, m in sorted(sys.modules.items()) if n.startswith(PREFIXES) and m]
    # first name each pattern after the module that assigns it (``NAME = ...`` at a line's start)
    for module in modules:
        short = module.__name__.removeprefix("helpers.")
        try:
            source = inspect.getsource(module)
        except (OSError, TypeError):
            continue
        for attr, value in list(vars(module).items()):
            if (
                isinstance(value, re.Pattern)
                and id(value) not in proxies
                and re.search(rf"^{re.escape(attr)}\b[^=\n]*=", source, re.M)
            ):
                proxies[id(value)] = TimedPattern(value, f"{short}:{attr}")
    for module in modules:
        _swap_members(module, module.__name__.removeprefix("helpers.") + ":", proxies, module)
    _patch_re_module()
    return proxies


def _swap_members(owner, prefix, proxies, module):
    """Swap the timed proxies into ``owner``'s attributes (a module's, then its own classes')."""
    for attr, value in list(vars(owner).items()):
        name = f"{prefix}{attr}"
        new = _swap_container(_swap(value, proxies, name), proxies, name)
        if new is not value:
            setattr(owner, attr, new)
        if isinstance(value, types.FunctionType):
            _swap_function(value, proxies, name)
        elif owner is module and isinstance(value, type) and value.__module__ == module.__name__:
            _swap_members(value, name + ".", proxies, module)


def _swap_function(function, proxies, name):
    function = inspect.unwrap(function)
    if function.__defaults__:
        function.__defaults__ = tuple(
            _swap(v, proxies, f"{name}(default)") for v in function.__defaults__
        )
    if function.__kwdefaults__:
        for k, v in function.__kwdefaults__.items():
            function.__kwdefaults__[k] = _swap(v, proxies, f"{name}({k}=)")


def _texts(articles: int, folders: list[str]) -> list[str]:
    from corpus import iter_synthetic

    from helpers.clean import clean_text

    texts = [clean_text(r["text"]) for r in iter_synthetic(articles, seed=7)]
    for folder in folders:
        for path in sorted(glob.glob(os.path.join(folder, "*.txt"))):
            texts.append(clean_text(Path(path).read_text(encoding="utf-8", errors="replace")))
    return texts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="synthetic articles")
    parser.add_argument("--folders", nargs="*", default=None, help="folders of .txt articles")
    parser.add_argument("--no-folders", action="store_true", help="synthetic articles only")
    parser.add_argument("--top", type=int, default=40, help="rows printed")
    args = parser.parse_args(argv)
    folders = [] if args.no_folders else (args.folders or DEFAULT_FOLDERS)
    folders = [f for f in folders if os.path.isdir(f)]

    from helpers.geoparse import find_places
    from helpers.mentions import find_mentions

    texts = _texts(args.articles, folders)
    places = find_places("Warm up in Paris, France, with Mr. John Smith of Acme Inc.")
    find_mentions("Warm up in Paris, France, with Mr. John Smith of Acme Inc.", places=places)
    proxies = install()
    _costs.clear()
    start = time.process_time()
    for text in texts:
        find_mentions(text, places=find_places(text))
    total = time.process_time() - start
    timed = sum(c[1] for c in _costs.values())
    print(
        f"{len(texts):,} texts ({args.articles:,} synthetic, {len(folders)} folders); "
        f"{len(proxies)} patterns proxied; run {total:.1f} s CPU (with the proxies' overhead), "
        f"{timed:.2f} s inside regular expressions ({timed / total:.0%})"
    )
    rows = sorted(_costs.items(), key=lambda kv: -kv[1][1])[: args.top]
    print(f"{'calls':>9} {'ms':>8} {'µs/call':>8} {'share':>6}  pattern")
    for name, (calls, seconds) in rows:
        label = _labels.get(name, "")
        label = label if len(label) <= 60 else label[:57] + "..."
        print(
            f"{calls:>9,} {seconds * 1e3:>8.1f} {seconds / max(calls, 1) * 1e6:>8.2f} "
            f"{seconds / total:>6.1%}  {name}  {label!r}"
        )


if __name__ == "__main__":
    main()
