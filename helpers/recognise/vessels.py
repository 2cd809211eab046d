"""Ships' and aircraft's names: no person of the story, nor the town they spell.

Part of :mod:`helpers.recognise`. A navy's ship prefix before capitalised words ("HMNZS
Wellington", "HMAS Adelaide", "USS Gerald R. Ford") names a ship, and an aircraft's model code
before one ("a P-3K2 Orion", "a C-130 Hercules") names the aircraft: the words after it are no
person ("HMNZS Wellington" was one) and no town (Orion, the Philippines). :func:`craft_spans`
finds them among the article's capitalised tokens. The recogniser replaces every reading that
overlaps one: a ship is one organisation, as news NER marks it (GMB: "the MV Nipayia", "the USS
Kitty Hawk"), an aircraft no name it counts.
"""

from __future__ import annotations

import re

from helpers.recognise.cues import _cues
from helpers.recognise.learned import _org_tail
from helpers.recognise.org_evidence import _evidence
from helpers.recognise.place_words import MODEL_CODE
from helpers.recognise.titles_in_runs import _match_title
from helpers.recognise.tokens import _Words

__all__ = ["VEHICLE_MAKES", "craft_spans"]

# carmakers whose name before a capitalised model names a car ("His white Subaru Outback was
# found" was a person), not their firms' own names ("Ford Motor", "Toyota Tsusho Corp")
VEHICLE_MAKES = frozenset(
    ["Toyota", "Honda", "Nissan", "Subaru", "Mazda", "Mitsubishi", "Suzuki", "Hyundai", "Kia",
     "Chevrolet", "Chevy", "Ford", "Dodge", "Jeep", "Chrysler", "Cadillac", "Buick", "GMC",
     "Tesla", "Volkswagen", "VW", "Audi", "BMW", "Mercedes-Benz", "Porsche", "Volvo", "Lexus",
     "Acura", "Infiniti", "Renault", "Peugeot", "Citroën", "Citroen", "Fiat", "Skoda", "Škoda",
     "Opel", "Vauxhall", "Lada", "Tata", "Mahindra", "Isuzu",
     # and aircraft makers before a model word ("the coast guard's Bombardier Dash 8 turboprop"
     # was a person; "a Cessna Citation", "an Embraer Phenom")
     "Bombardier", "Embraer", "Cessna", "Beechcraft", "Sikorsky", "Dassault"]
)  # fmt: skip
# an aircraft's model code as one token ("C-130", "P-8", "P-3K2", "MiG-29" is no model's)
_MODEL = re.compile(rf"{MODEL_CODE}\d?")


def craft_spans(w: _Words, index: list[int], words: list[str]) -> list[tuple[int, int, bool]]:
    """The (start, end, is a ship) of each ship's or aircraft's name, its prefix or model code
    included: the capitalised tokens joined to the prefix by single spaces. ``index`` and
    ``words`` are the article's capitalised tokens' numbers and texts.

        >>> from helpers.recognise.names import _cues
        >>> from helpers.recognise.tokens import _tokens
        >>> t = "Ships HMNZS Wellington and HMAS Adelaide left; a P-3K2 Orion flew."
        >>> w = _tokens(t, _cues())
        >>> caps = [k for k, c in enumerate(w.caps) if c]
        >>> [(t[s:e], ship) for s, e, ship in craft_spans(w, caps, [w.texts[k] for k in caps])]
        [('HMNZS Wellington', True), ('HMAS Adelaide', True), ('P-3K2 Orion', False)]
    """
    cars = not VEHICLE_MAKES.isdisjoint(words)
    ships = _evidence().ship_prefixes  # (helpers/data/org_evidence.toml's vessel_prefixes)
    if not cars and ships.isdisjoint(words) and "-" not in "".join(words):
        return []  # (most articles: three C-level passes)
    out: list[tuple[int, int, bool]] = []
    texts, caps, joined, n = w.texts, w.caps, w.joined, len(w.texts)
    for k, word in zip(index, words, strict=True):
        ship = word in ships
        if ship or ("-" in word and _MODEL.fullmatch(word)):
            j = k + 1
            while j < n and caps[j] and joined[j]:
                j += 1
            if (
                j > k + 1
                and texts[k + 1][:1].isupper()
                and not (ship and _titled_name(w, k + 1, j))
            ):
                out.append((w.starts[k], w.ends[j - 1], ship))
        elif cars and word in VEHICLE_MAKES and _car_model(w, k):
            out.append((w.starts[k], w.ends[k + 1], False))
    return out


# the titles navies and research fleets name ships with ("RRS Sir David Attenborough", "ARA
# General Belgrano", "Admiral Kuznetsov", "HMS King George V")
_SHIPS_TITLES = frozenset(
    {"Sir", "Dame", "Lord", "Lady", "King", "Queen", "Prince", "Princess", "Emperor", "Empress",
     "Duke", "Duchess", "Saint", "St", "St.", "Admiral", "General", "Marshal", "President",
     "Presidente", "Almirante", "Captain", "Kapitan", "Professor", "Akademik"}
)  # fmt: skip


def _titled_name(w: _Words, k: int, j: int) -> bool:
    """Whether tokens ``k`` to ``j`` are a title and a name after it: a body's letters that a
    navy's prefix spells before its officer ("HMCS Commissioner General Phindile Dlamini" of His
    Majesty's Correctional Services was a ship); not the titles ships are named with
    (:data:`_SHIPS_TITLES`)."""
    cues = _cues()
    if w.texts[k] not in cues.titles_by_first or w.texts[k] in _SHIPS_TITLES:
        return False
    n_title = _match_title(w.texts, w.joined, k, cues)
    return n_title > 0 and k + n_title < j


def _car_model(w: _Words, k: int) -> bool:
    """Whether the carmaker's name at token ``k`` opens a run of its own before one capitalised
    model word: "a white Subaru Outback", "a Toyota Hilux"; not inside a person's name
    ("Francis Ford Coppola"), nor before a firm's or a venue's word ("Ford Motor", "Ford Field")
    or a longer name ("Toyota Tsusho Corp")."""
    texts, caps, joined, n = w.texts, w.caps, w.joined, len(w.texts)
    if k + 1 >= n or not (caps[k + 1] and joined[k + 1]):
        return False
    if k + 2 < n and caps[k + 2] and joined[k + 2]:
        return False
    cues = _cues()
    if k and caps[k - 1] and joined[k] and texts[k - 1].lower() not in cues.function_words:
        return False  # (a sentence's "A Jeep Cherokee" is a car)
    model = texts[k + 1]
    return (
        not _org_tail([model])
        and model not in cues.non_person_endings
        and model not in cues.title_words
        and not model.isupper()
    )
