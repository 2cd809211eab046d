"""The working records the recogniser's rules share: a name's span and sets of spans.

Part of :mod:`helpers.recognise` (the public record is :class:`helpers.recognise.Span`; these are
the rules' own, mutable while a pass settles them).

    >>> _Intervals([(0, 5), (10, 12)]).overlaps(4, 8)
    True
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection
from dataclasses import dataclass, replace


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    entity: str
    kind: str
    how: str
    surface: str = ""
    tokens: tuple[str, ...] = ()
    ambiguous: bool = False
    candidates: tuple[str, ...] = ()


def retyped_people(
    spans: list[_Span], entities: Collection[str], hows: Collection[str], why: str
) -> list[_Span]:
    """``spans`` with each person span of one of ``entities``, read by one of ``hows``, made an
    organisation whose ``why`` is ``why`` (one reading per name: every such mention).

        >>> sp = [_Span(0, 5, "Wagner", "person", "name")]
        >>> retyped_people(sp, {"Wagner"}, {"name"}, "a group")[0].kind
        'organisation'
    """
    return [
        replace(sp, kind="organisation", how="evidence", surface=why)
        if sp.kind == "person" and sp.how in hows and sp.entity in entities
        else sp
        for sp in spans
    ]


def renamed_entities(
    spans: list[_Span], rename: dict[str, str], kind: str | None = None
) -> list[_Span]:
    """``spans`` with each entity (and candidate) that ``rename`` maps renamed, in spans of
    ``kind`` only when given: the mentions linked to a name follow it when it is read anew.

        >>> sp = [_Span(0, 5, "Ret Kevin", "person", "name", candidates=("Ret Kevin",))]
        >>> out = renamed_entities(sp, {"Ret Kevin": "Kevin"})[0]
        >>> out.entity, out.candidates
        ('Kevin', ('Kevin',))
    """
    return [
        replace(
            sp,
            entity=rename.get(sp.entity, sp.entity),
            candidates=tuple(rename.get(c, c) for c in sp.candidates),
        )
        if kind is None or sp.kind == kind
        else sp
        for sp in spans
    ]


def _tok_range(starts: list[int], ends: list[int], s: int, e: int) -> range:
    """Indices of the tokens overlapping [s, e)."""
    lo = bisect_right(starts, s) - 1
    if lo < 0 or ends[lo] <= s:
        lo += 1
    hi = bisect_left(starts, e)
    return range(max(lo, 0), hi)


class _Intervals:
    """Disjoint, sorted spans; does [s, e) overlap any of them?"""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]

    def overlaps(self, s: int, e: int) -> bool:
        # the last span starting before e is the only one that can reach into [s, e)
        i = bisect_left(self.starts, e) - 1
        return i >= 0 and self.spans[i][1] > s
