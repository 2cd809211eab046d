"""Dateline's one family of errors and warnings, after geopy's ``exc.py``.

Every exception Dateline raises derives from :class:`DatelineError` (and also from the builtin type
that fits, e.g. ``ValueError``), and every warning from :class:`DatelineWarning`, so a notebook can
catch or filter all of them at once::

    >>> import warnings
    >>> from helpers.errors import DatelineWarning, IncompleteResult
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warnings.warn(IncompleteResult("geocode", "'Springfield': GeocoderTimedOut"))
    >>> issubclass(caught[0].category, DatelineWarning), caught[0].message.stage
    (True, 'geocode')

Geocoding failures are geopy's own exceptions (``GeocoderUnavailable``, ``GeocoderTimedOut``,
``GeocoderRateLimited``), never new ones.
"""

from __future__ import annotations


class DatelineError(Exception):
    """Base of every error Dateline raises."""


class DatelineWarning(UserWarning):
    """Base of every warning Dateline emits."""


class IncompleteResult(DatelineWarning):
    """A stage finished for an article but part of its result is missing (a geocoder look-up failed,
    a cache could not be read …).

    ``stage`` names the step that lost something (``"geocode"``, …) and ``reason`` says what and why,
    in one line. The pipeline turns each such warning raised while analysing an article into an
    ``errors`` row for that article and does not cache the article, so the next run retries it.
    """

    def __init__(self, stage: str, reason: str) -> None:
        super().__init__(reason)
        self.stage = stage
        self.reason = reason

    def __str__(self) -> str:
        return self.reason
