"""The working records the recogniser's rules share: a name's span and sets of spans.

Part of :mod:`helpers.recognise` (the public record is :class:`helpers.recognise.Span`; these are
the rules' own, mutable while a pass settles them).

    >>> _Intervals([(0, 5), (10, 12)]).overlaps(4, 8)
    True
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass


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
