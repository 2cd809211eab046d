"""The ``Analysis`` object: the five tables of one published run, read lazily, and its statistics.

Owns what a notebook holds after ``helpers.analyze(...)`` or ``Analysis.load(out)``. It resolves
the published run once, when it is made, so all its tables come from that one run even if
another run publishes while it reads.

    >>> from helpers.pipeline import Analysis
    >>> result = Analysis.load("data/processed")                             # doctest: +SKIP
    >>> result.stats["articles"], len(result.places)                          # doctest: +SKIP
    (1, 9)
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa

from helpers.pipeline.stages import TABLES, table_schema
from helpers.pipeline.store import MANIFEST, _manifest_in, published_run, read_table, table_path


class Analysis:
    """The five tidy tables of a run, read lazily from ``out``, plus the run's statistics.

    Every table has its documented columns and dtypes (see the README's "The tables"), also when
    it has no rows.

    >>> result = Analysis.load("data/processed")                             # doctest: +SKIP
    >>> result.places.dtypes["place_id"]                                      # doctest: +SKIP
    Int64Dtype()
    """

    def __init__(self, out: str | os.PathLike[str], stats: dict[str, Any] | None = None) -> None:
        self.out = Path(out)
        self.run = published_run(self.out)
        manifest = _manifest_in(self.run)
        if manifest is None:
            raise FileNotFoundError(f"no Dateline results in {self.out} (missing {MANIFEST})")
        self.manifest = manifest
        self.stats: dict[str, Any] = dict(stats if stats is not None else manifest.get("stats", {}))
        self._tables: dict[str, pd.DataFrame] = {}

    @classmethod
    def load(cls, out: str | os.PathLike[str] = "data/processed") -> Analysis:
        """Open the results of the run published in ``out`` (tables load on first use)."""
        return cls(out)

    def table(self, name: str) -> pd.DataFrame:
        """Read one table (``articles``, ``readability``, ``places``, ``mentions``, ``errors``)."""
        if name not in TABLES:
            raise KeyError(f"unknown table {name!r}; expected one of {', '.join(TABLES)}")
        if name not in self._tables:
            table = read_table(table_path(self.run, name))
            schema = table_schema(name)
            if set(schema.names) <= set(table.column_names):
                # the documented dtypes, whatever run wrote the parts (an older one, Dask)
                extra = [n for n in table.column_names if n not in schema.names]
                fields = [*schema, *(table.schema.field(n) for n in extra)]
                table = table.select([*schema.names, *extra])
                table = table.cast(pa.schema(fields, metadata=schema.metadata))
            self._tables[name] = table.to_pandas()
        return self._tables[name]

    @property
    def articles(self) -> pd.DataFrame:
        return self.table("articles")

    @property
    def readability(self) -> pd.DataFrame:
        return self.table("readability")

    @property
    def places(self) -> pd.DataFrame:
        return self.table("places")

    @property
    def mentions(self) -> pd.DataFrame:
        return self.table("mentions")

    @property
    def errors(self) -> pd.DataFrame:
        return self.table("errors")

    def summary(self) -> str:
        """A few lines for humans: counts, problems, time, and what the incremental run did."""
        s = self.stats
        lines = [
            f"{s.get('articles', 0):,} articles ({s.get('words', 0):,} words) → "
            f"{s.get('places', 0):,} places, {s.get('mentions', 0):,} mentions, "
            f"{s.get('problems', 0):,} problems in {s.get('seconds', 0.0):.1f} s",
            f"{s.get('new', 0):,} new, {s.get('changed', 0):,} changed, "
            f"{s.get('unchanged', 0):,} unchanged, {s.get('removed', 0):,} removed; "
            f"{s.get('analysed', 0):,} analysed, {s.get('cached', 0):,} from cache "
            f"({s.get('engine', 'local')}, {s.get('workers', 1)} worker"
            f"{'' if s.get('workers', 1) == 1 else 's'})",
        ]
        if s.get("texts") is not None and s.get("texts") != s.get("articles"):
            lines.insert(
                1,
                f"{s['texts']:,} distinct texts (identical copies share one: analysed once)",
            )
        if s.get("retried"):
            lines.append(f"{s['retried']:,} retried: their analysis failed last time")
        lines.append(f"tables in {self.out}")
        return "\n".join(lines)

    def __repr__(self) -> str:
        return f"Analysis(out={str(self.out)!r}, articles={self.stats.get('articles')})"
