"""The parts a segment of capitalised words splits into before its names are read.

Part of :mod:`helpers.recognise.chunks`, whose reading of a segment asks these first: an
office's place before its holder ("the former mayor of Barcelona Ada Colau" is Barcelona, then
Ada Colau), an airline's name before its aircraft's maker ("a Jeju Air Boeing 737"), a
party's word before its member's noun that no title follows ("Deputy Labour leader"), a
body's leader after its "of" ("the Badr Organization of Hadi al-Amiri"), a body and its holder
after an office's "of" ("Speaker of the National Assembly Manzoor Nadir"), a body's seat after
its own name ("Assurances Mosane of Liège"), and a place named with "and" that ends a body's
"of" name ("Central Bank of Trinidad and Tobago").

    >>> _party_role(["Deputy", "Labour", "leader"], [0, 1], 1)
    True
"""

from __future__ import annotations

from functools import lru_cache

from helpers.recognise.cues import _Cues, _everyday_word, known_organisations
from helpers.recognise.tokens import _Words

__all__: list[str] = []  # (chunks imports the private names)

# a place token's strengths that name a town or an area (not a demonym nor a group's word)
_TOWN_OR_AREA = frozenset({"weak", "strong"})
# the words that end an airline's name ("Pakistan International Airlines Airbus A300")
_AIRLINE_ENDINGS = frozenset({"Airlines", "Airways"})
_AIRLINE_WORDS = _AIRLINE_ENDINGS | {"Air"}
# the lower-case offices "of" a place names before the place and its holder's name
_OFFICES_OF = frozenset(
    {"mayor", "governor", "president", "premier", "minister", "king", "queen", "emir", "chancellor",
     "ambassador", "leader"}
)  # fmt: skip


def _office_of_place_then_name(
    names: list[int], w: _Words, place_tok: list[str | None], cues: _Cues
) -> bool:
    """Whether a run of names opens with a town's or an area's name written after a lower-case
    office and "of", and a given name follows it ("mayor of Barcelona Ada Colau").

        >>> from helpers.recognise.cues import _cues
        >>> w = _Words([0, 6, 9, 19, 23], [5, 8, 18, 22, 28],
        ...            ["mayor", "of", "Barcelona", "Ada", "Colau"], [False, False, True, True,
        ...            True], [False] * 5, [False] * 5, [False, True, True, True, True])
        >>> _office_of_place_then_name([2, 3, 4], w, [None, None, "weak", None, None], _cues())
        True
    """
    first, texts = names[0], w.texts
    return (
        first >= 2
        and place_tok[first] in _TOWN_OR_AREA
        and texts[names[1]] in cues.given_names
        and texts[first] not in cues.given_names
        and texts[first - 1] == "of"
        and texts[first - 2] in _OFFICES_OF
    )


# the offices "of" a body names before the body and its holder's name ("Speaker of the National
# Assembly Manzoor Nadir"), with _OFFICES_OF
_BODY_OFFICES = _OFFICES_OF | {"speaker", "chairman", "chairwoman", "chair", "head", "secretary"}


def _office_of_body_then_name(names: list[int], w: _Words, cues: _Cues) -> int | None:
    """Where the holder's name starts in a run that opens with a body of two words or more
    written after an office, "of" and "the", when a given name follows the body's last
    organisation word and no organisation word comes after ("Speaker of the National Assembly
    Manzoor Nadir ruled" was one body; "President of the European Commission Ursula von der
    Leyen"); else None.

        >>> from helpers.recognise.cues import _cues
        >>> texts = ["Speaker", "of", "the", "National", "Assembly", "John", "Smith"]
        >>> w = _Words(list(range(7)), list(range(7)), texts, [True] * 7, [False] * 7,
        ...            [False] * 7, [True] * 7)
        >>> _office_of_body_then_name([3, 4, 5, 6], w, _cues())
        2
    """
    first, texts = names[0], w.texts
    if (
        len(names) < 4
        or first < 3
        or texts[first - 1] != "the"
        or texts[first - 2] != "of"
        or texts[first - 3].lower() not in _BODY_OFFICES
    ):
        return None
    org_words = cues.org_words
    for k in range(2, len(names) - 1):
        word = texts[names[k]]
        if (
            texts[names[k - 1]] in org_words
            and word in cues.given_names
            and word[1:].islower()
            and not any(texts[x] in org_words for x in names[k:])
        ):
            return k
    return None


def _place_with_and(last: int, w: _Words, place_tok: list[str | None]) -> list[int]:
    """The tokens after ``last`` that finish a place named with "and" it opens or goes on in
    ("the Central Bank of Trinidad and Tobago" was cut at "Trinidad" and lost Tobago; "the
    Armed Forces of Sao Tome and Principe"): the place's tokens, flagged in ``place_tok``.

        >>> texts = ["Bank", "of", "Trinidad", "and", "Tobago", "said"]
        >>> w = _Words(list(range(6)), list(range(6)), texts, [True] * 6, [False] * 6,
        ...            [False] * 6, [True] * 6)
        >>> _place_with_and(2, w, [None, None, "strong", "strong", "strong", None])
        [3, 4]
    """
    texts, n = w.texts, len(w.texts)
    out: list[int] = []
    x = last + 1
    while (
        x + 1 < n
        and place_tok[last] is not None
        and texts[x] in ("and", "the", "&")
        and place_tok[x] is not None
        and place_tok[x + 1] is not None
    ):
        out.append(x)
        x += 1
    if out and w.caps[x]:
        out.append(x)
        return out
    return []


# the words before a saint's name, which names a town, a church or a school, never a person
_SAINTS = frozenset({"San", "Santa", "Santo", "São", "Sant", "Sainte", "Saint", "St", "St."})


def _seat_after_own_name(
    names: list[int],
    part: tuple[list[int], list[int]],
    texts: list[str],
    place_tok: list[str | None],
    org_words: frozenset[str],
) -> bool:
    """Whether the "of" part after a body's name is its seat, no part of the name: the body's
    word opens its name and its own name ends it, and a place follows "of" ("Assurances Mosane
    of Liège", "Banque Nordmann of Luxembourg"; not "Bank of England", "Royal Bank of
    Scotland", whose organisation word comes right before "of").

        >>> texts = ["Assurances", "Mosane", "of", "Liège"]
        >>> _seat_after_own_name([0, 1], ([2], [3]), texts, [None, None, None, "weak"],
        ...                      frozenset({"Assurances"}))
        True
    """
    return (
        len(names) >= 2
        and texts[names[0]] in org_words
        and texts[names[-1]] not in org_words
        # (a saint's name goes on: "the Church St. Gregory of Narek")
        and not any(texts[x] in _SAINTS for x in names)
        and [texts[x] for x in part[0]] == ["of"]
        and place_tok[part[1][0]] in _TOWN_OR_AREA
    )


def _airline_then_maker(
    parts: list[tuple[list[int], list[int]]], texts: list[str]
) -> list[tuple[list[int], list[int]]]:
    """``parts`` with an airline's name cut from a known company's right after it: "a Jeju Air
    Boeing 737" is the airline's Boeing, not one name "Jeju Air Boeing" (Jeju was left a town)."""
    known = known_organisations()
    out: list[tuple[list[int], list[int]]] = []
    for conn, names in parts:
        cut = next(
            (
                k + 1
                for k in range(1, len(names) - 1)
                if texts[names[k]] in _AIRLINE_WORDS and known.get(texts[names[k + 1]])
            ),
            0,
        )
        if cut:
            out += [(conn, names[:cut]), ([], names[cut:])]
        else:
            out.append((conn, names))
    return out


def _party_role(texts: list[str], chunk: list[int], k: int) -> bool:
    """Whether the chunk's last word, at ``k``, is a party's and a member's noun follows it
    ("Deputy Labour leader", "Shadow Liberal spokesman")."""
    if k != len(chunk) - 1 or chunk[k] + 1 >= len(texts):
        return False
    words, nouns = _party_words()
    return texts[chunk[k]] in words and texts[chunk[k] + 1] in nouns


@lru_cache(maxsize=1)
def _party_words() -> tuple[frozenset[str], frozenset[str]]:
    """The parties' words and their members' nouns (helpers/data/org_evidence.toml)."""
    from helpers.recognise.org_evidence import _evidence  # (it imports the names rules)

    ev = _evidence()
    return ev.party_words, ev.party_nouns


# given names that name a faith's figure in a body's "of" name ("Church of Jesus Christ")
_SACRED_GIVEN = frozenset({"Jesus", "Mary", "Christ", "Joseph", "John", "Paul", "Peter"})


def _leader_after_of(
    part: tuple[list[int], list[int]], w: _Words, place_tok: list[str | None], cues: _Cues
) -> bool:
    """Whether a connector's name after a body's is a person's: "of" and a given name and a
    surname that is no everyday word and no place ("the Badr Organization of Hadi al-Amiri"),
    not "University of Mary Washington" nor "Institute of Christian Studies".

        >>> from helpers.recognise.cues import _cues
        >>> w = _Words([0, 3, 8], [2, 7, 17], ["of", "Hadi", "al-Amiri"], [False, True, True],
        ...            [False] * 3, [False] * 3, [True] * 3)
        >>> _leader_after_of(([0], [1, 2]), w, [None] * 3, _cues())
        True
    """
    conn, names = part
    texts = w.texts
    return (
        len(names) == 2
        and len(conn) == 1
        and texts[conn[0]] == "of"
        and texts[names[0]] in cues.given_names
        and texts[names[0]] not in _SACRED_GIVEN
        and place_tok[names[0]] is None
        and place_tok[names[1]] is None
        and texts[names[1]] not in cues.org_words
        and texts[names[1]] not in cues.given_names
        # (a particle's surname reads as the everyday "al": "al-Amiri")
        and (texts[names[1]][:1].islower() or not _everyday_word(texts[names[1]].lower()))
    )
