"""How far an organisation's name reaches past the lower-case words inside it.

Part of :mod:`helpers.recognise`, asked by :func:`helpers.recognise.orgs.organisations`: a
body's name goes on past "for", "of", "and", "in" and "on" and a hyphen where its own words allow
("Organization for Security and Co-operation in Europe", "Board of Control for Cricket in India",
"Intergovernmental Authority on Development"), never into another body's name, a title or a
given name. :func:`_longer` gives the organisations the names rules read whose names go on.

    >>> from helpers.recognise import recognise
    >>> [s.surface for s in recognise("The Board of Control for Cricket in India met.")]
    ['Board of Control for Cricket in India']
"""

from __future__ import annotations

from bisect import bisect_left

from helpers.recognise.cues import known_organisations
from helpers.recognise.names import _cues, _everyday_word, _Span, _Words
from helpers.recognise.org_evidence import _Evidence, _run_end
from helpers.recognise.place_words import MODIFIERS
from helpers.recognise.places import _Mention

__all__: list[str] = []  # (the organisation rules import the private rules)

# the kinds of place a body's name may hold as a whole ("… in Europe"; also overlaps')
_MAJOR_KINDS = frozenset({"country", "admin area", "continent", "region"})
_OF_FOR = frozenset({"of", "for"})


# lower-case words an organisation's name may go on past ("Organization for Security and
# Co-operation in Europe", "Board of Control for Cricket in India")
_GOES_ON = frozenset({"for", "of", "and", "in", "on"})
_CONNECTIONS = frozenset({"for", "of", "and", "in"})


def _everyday_cap(word: str) -> bool:
    """Whether a capitalised word is an everyday word written with a capital ("Security",
    "Co-operation"), or a field's name ("Hydrology", "Petroleum", "Fisheries"): a topic in a
    body's name, not a name of its own."""
    low = word.lower()
    return (
        _everyday_word(low)
        or ("-" in low and _everyday_word(low.replace("-", "")))
        or (len(low) > 6 and low.endswith(_FIELD_ENDINGS))
    )


# the endings of fields' and portfolios' names ("Ministry of Energy and Petroleum", "Department
# of Hydrology and Meteorology", "Forestry", "Fisheries", "Aeronautics")
_FIELD_ENDINGS = ("ology", "ography", "nomy", "ics", "eum", "ture", "stry", "eries", "ment")


def _for_the(texts: list[str], a: int, b: int) -> bool:
    """Whether tokens ``a`` to ``b`` - 1 hold "for the" before a capitalised word."""
    return any(
        texts[x] == "for" and texts[x + 1] == "the" and texts[x + 2][:1].isupper()
        for x in range(a, b - 2)
    )


def _goes_on(w: _Words, a0: int, b: int, cands: list[_Mention], ev: _Evidence) -> int:
    """The token after an organisation's name (tokens ``a0`` to ``b`` - 1) once the name goes on
    past the connectors its own words allow: a hyphen and a capital ("National Center for
    Hydro-Meteorological Forecasting"); "for"/"of" and capitalised words ("Board of Control for
    Cricket"); "and" between everyday words ("Department of Health and Human Services", not "Bank
    of England and Barclays"); "in" and a country or a continent after a name with two connectors
    already ("Organization for Security and Co-operation in Europe", not "the Ministry of Defence
    in Britain"); "on" and a topic after a body's word ("Intergovernmental Authority on
    Development"). Never into another organisation's name, a title or a given name."""
    texts, caps, joined, glued = w.texts, w.caps, w.joined, w.glued
    n = len(texts)
    cues = _cues()
    org_words, heads = cues.org_words, ev.of_heads
    if sum(t in heads for t in texts[a0:b]) > 1:
        return b  # two bodies' names in one ("Central Committee of the Workers Party")
    while b < n:
        if glued[b] and caps[b]:
            e = _run_end(w, b)
            # a name of two words or more goes on past a hyphen (not "Hamas-Fatah" talks)
            if b - a0 < 2 or any(t in org_words or t in heads for t in texts[b:e]):
                break
            b = e
            continue
        word = texts[b]
        if word not in _GOES_ON or not joined[b] or b + 1 >= n or not joined[b + 1]:
            break
        a = b + 1
        if word in _OF_FOR and texts[a] == "the" and a + 1 < n and joined[a + 1]:
            a += 1
        head = texts[a]
        if (
            not caps[a]
            or (head in cues.given_names and word != "in")  # ("in India": a place, checked below)
            # (a title's whole words: "and Finance Minister X", not "of Economy and Finance")
            or any(
                tuple(texts[a : a + len(title)]) == title
                for title in cues.titles_by_first.get(head, ())
            )
            or head in cues.calendar
            or head.isupper()
        ):
            break
        e = _run_end(w, a)
        after = texts[a:e]
        if any(t in heads for t in after):
            break  # another organisation ("the Ministry of Defence and Foreign Office")
        before = texts[b - 1]
        if word in ("and", "in") and (not _everyday_cap(before) or before in heads):
            break  # (not "National Basketball Association and Women's NBA")
        if (
            word == "and"
            and before in org_words
            and texts[a0] not in heads
            and (texts[e - 1] in org_words or b - a0 >= 2)
        ):
            # two bodies, each with its word: "Fox News and Sky News"; or a firm's name that
            # ends in its word ("Aegean Airlines and Sky Express" was one airline); not a head's
            # subjects, though they are such words ("Department of Natural Resources and Mines",
            # "Ministry of Energy and Mineral Resources" was two bodies)
            break
        if word == "and" and (
            " ".join(texts[a0:b]) in known_organisations()
            or " ".join(after) in known_organisations()
        ):
            break  # two known bodies: "Amnesty International and Human Rights Watch", "Boca
            # Juniors and River Plate"
        s_in, e_in = w.starts[a], w.ends[e - 1]
        place = [m for m in cands if m.start < e_in and s_in < m.end]
        if any(m.start < s_in or m.end > e_in for m in place):
            break  # a place's name goes on past the words ("of the Republic of Armenia")
        # (two connectors, or a formal name's "for the": "Front for the Liberation of
        # Mozambique", "Alliance for the Future of Kosovo" were cut before their country)
        connected = sum(t in _CONNECTIONS for t in texts[a0:b]) >= 2 or _for_the(texts, a0, b)
        if word == "and" and (place or not all(map(_everyday_cap, after))):
            break
        if word == "and" and len(after) == 1 and after[0].lower() in MODIFIERS:
            break  # a compass adjective of what follows: "the United Nations and Western
            # governments" was one body
        if word == "on" and (
            place or texts[b - 1] not in org_words or not all(map(_everyday_cap, after))
        ):
            break  # only a body's word and its topic: "Intergovernmental Authority on
            # Development", "Council on Foreign Relations" (not "the Council on Tuesday")
        if word == "in" and not (
            connected
            and len(place) == 1
            and (place[0].start, place[0].end) == (s_in, e_in)
            and place[0].senses[0][1].kind in _MAJOR_KINDS
        ):
            break
        # a place right after "of"/"for" stays a place ("MPP for Kenora", "Committee for Africa"),
        # but in a long formal name ("Front for the Liberation of Mozambique"), and a place later
        # in the words is theirs ("Church of Jesus Christ of Latter-day Saints": Saints, Mont.)
        if (
            word in _OF_FOR
            and not connected
            and any(m.senses[0][1].kind != "demonym" and m.start == s_in for m in place)
        ):
            break
        b = e
    return b


def _portfolio_list(text: str, w: _Words, b: int, ev: _Evidence) -> int:
    """The token after a body's name that goes on through a list of fields (tokens ``b`` on):
    ", Infrastructure and Transport" after "Ministry of Land", ", Food and Rural Affairs" after
    "Department for Environment". Every item is everyday words or fields' names, and the list
    ends in "and" (or ", and"): "the Ministry of Health, UNICEF and WHO" names three bodies.

        >>> from helpers.recognise import recognise
        >>> [s.surface for s in recognise("The Ministry of Land, Infrastructure and Transport said.")]
        ['Ministry of Land, Infrastructure and Transport']
    """
    texts, caps, starts, ends = w.texts, w.caps, w.starts, w.ends
    n = len(texts)
    if not (0 < b < n and caps[b] and _everyday_cap(texts[b - 1])):
        return b
    heads, org_words = ev.of_heads, _cues().org_words
    k = b
    while k < n:
        sep = text[ends[k - 1] : starts[k]]
        last = texts[k] == "and" and sep in (" ", ", ")
        if last:
            k += 1
            if k >= n or text[ends[k - 1] : starts[k]] != " ":
                return b
        elif sep != ", ":
            return b
        if not caps[k]:
            return b
        e = _run_end(w, k)
        if not all(_everyday_cap(t) and t not in heads and t not in org_words for t in texts[k:e]):
            return b
        k = e
        if last:
            return k
    return b


def _longer(
    w: _Words, people_orgs: list[_Span], cands: list[_Mention], ev: _Evidence
) -> list[tuple[int, int, str]]:
    """The organisations the names rules read whose names go on (:func:`_goes_on`)."""
    starts, texts, glued = w.starts, w.texts, w.glued
    n = len(texts)
    out: list[tuple[int, int, str]] = []
    for sp in people_orgs:
        if sp.kind != "organisation" or len(sp.tokens) < 2:
            continue  # (an acronym's name is its own: "MPP for Kenora", "NUMBER of Flies")
        b = bisect_left(starts, sp.end)
        if b < n and (glued[b] or texts[b] in _GOES_ON):
            e = _goes_on(w, bisect_left(starts, sp.start), b, cands, ev)
            if e > b:
                out.append((sp.start, w.ends[e - 1], "longer"))
    return out
