"""Which bare word links to which person: surname links and their guards.

Part of :mod:`helpers.recognise.names`, run once a text's full names are read: a bare surname
("Sanders") links to the one person the text named in full ("Sarah Huckabee Sanders"), unless the
word is written as a thing ("the Titanic lies"), runs on to a building's name, stands inside a
longer name, or is a people's word ("English") that only a speaking surname makes a person's.

    >>> from helpers.recognise import recognise
    >>> text = "Sarah Huckabee Sanders spoke. Sanders left."
    >>> [(s.surface, s.type) for s in recognise(text)]  # doctest: +SKIP
    [('Sarah Huckabee Sanders', 'person'), ('Sanders', 'person')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from operator import attrgetter

from helpers.gazetteer.index import fold_accents
from helpers.recognise.cues import _Cues, _cues, _everyday_word
from helpers.recognise.span_records import _Span, _tok_range
from helpers.recognise.tokens import _Words

_START, _END = attrgetter("start"), attrgetter("end")


def _joined_links(text: str, linked: list[_Span]) -> list[_Span]:
    """The surname links, each pair of neighbours one space apart that link to the same person
    and together write the end of the name made one link: a two-word family name that no rule
    read as one name ("Ali Bagheri Kani … Bagheri Kani would lead", at a sentence's start, was
    the links "Bagheri" and "Kani")."""
    out: list[_Span] = []
    for sp in sorted(linked, key=_START):
        prev = out[-1] if out else None
        if (
            prev is not None
            and not (prev.ambiguous or sp.ambiguous)
            and prev.entity == sp.entity
            and prev.end + 1 == sp.start
            and text[prev.end] == " "
            and sp.entity.endswith(" " + text[prev.start : sp.end])
        ):
            out[-1] = replace(prev, end=sp.end)
        else:
            out.append(sp)
    return out


# what follows a bare surname that reads as the person, not a people's adjective: a clause's
# end, a possessive or ", who" ("Bill English … English, who led", "English's budget")
_SURNAME_AFTER = re.compile(r"[,.;:!?)]|['’]s\b| (?:said|says|told|added|asked|wrote)\b")


def _demonym_surname(text: str, start: int, word: str, people: set[str], cues: _Cues) -> bool:
    """Whether a people's word is here the surname of the one person the text named in full
    with a known given name: "Tazmin Brits … Brits hit three fours", "Bill English … English
    said". A plural people's noun ("Brits") reads as her anywhere but after "the"; an adjective
    ("English", "Dutch") only before a clause's end or a speech verb ("a Dutch court" stays the
    Netherlands; "Royal Dutch" is no given name's)."""
    if len(people) != 1 or next(iter(people)).split(" ", 1)[0] not in cues.given_names:
        return False
    if text[max(0, start - 4) : start].lower() == "the ":
        return False
    return word.endswith("s") or _SURNAME_AFTER.match(text, start + len(word)) is not None


def _without_tails(people: set[str]) -> set[str]:
    """The names, without those of two words or more that end another ("López Obrador" is
    "Andrés Manuel López Obrador" written short: a bare "Obrador" is no choice between them).

    >>> sorted(_without_tails({"Andrés Manuel López Obrador", "López Obrador"}))
    ['Andrés Manuel López Obrador']
    >>> sorted(_without_tails({"Recep Tayyip Erdogan", "Tayyip Erdoğan"}))
    ['Recep Tayyip Erdogan']
    >>> sorted(_without_tails({"Venus Williams", "Serena Williams"}))
    ['Serena Williams', 'Venus Williams']

    Nor, of one name written with and without a middle name, the longer ("Bassirou Diomaye
    Diakhar Faye" is "Bassirou Diomaye Faye" in full: a bare "Faye" is the one person).

    >>> sorted(_without_tails({"Bassirou Diomaye Faye", "Bassirou Diomaye Diakhar Faye"}))
    ['Bassirou Diomaye Faye']
    """
    # (accents folded: "Tayyip Erdoğan" written here ends the table's "Recep Tayyip Erdogan")
    folded = {name: fold_accents(name) for name in people}
    kept = {
        name
        for name in people
        if " " not in name
        or not any(o != name and folded[o].endswith(" " + folded[name]) for o in people)
    }
    if len(kept) > 1:
        kept = {name for name in kept if not any(_middle_named(o, name) for o in kept)}
    return kept


def _middle_named(short: str, long: str) -> bool:
    """Whether ``long`` is ``short`` with middle names added: the same first and last words, and
    every word of ``short`` in it in order."""
    a, b = short.split(), long.split()
    if len(a) < 2 or len(b) <= len(a) or a[0] != b[0] or a[-1] != b[-1]:
        return False
    rest = iter(b)
    return all(word in rest for word in a)


def _subject(
    word: str,
    people: set[str],
    introduced: dict[str, int],
    texts: list[str],
    starts: list[int],
    singles: list[tuple[int, bool]],
    named: dict[str, int] | None = None,
) -> str | None:
    """The one of several people sharing the surname ``word`` whom its bare uses name: the one
    the text names in full first, where a bare use lies between that full name and the next
    person's, or where the text names that one in full three times or more and each of the
    others once (an obituary's subject beside the parents and a sister it names: "Shane MacGowan
    … Maurice and Therese MacGowan … MacGowan recorded"), or four times or more and each other
    at most half as often ("Jimmy Carter" ×4, "Rosalynn Carter" ×2; ``named`` holds the counts);
    ``None`` when none does (both named before any bare use).

        >>> w = ["Kaja", "Kallas", "won", "Kallas", "said", "Siim", "Kallas"]
        >>> _subject("Kallas", {"Kaja Kallas", "Siim Kallas"}, {"Kaja Kallas": 0,
        ...          "Siim Kallas": 5}, w, list(range(7)), [(3, False)])
        'Kaja Kallas'
    """
    order = sorted(people, key=lambda p: introduced.get(p, 1 << 62))
    first = introduced.get(order[0])
    if first is None:
        return None
    second = introduced.get(order[1], 1 << 62)
    bare = (starts[y] for y, _ in singles if texts[y] == word)
    if any(first < b < second for b in bare):
        return order[0]
    if (
        named
        and named.get(order[0], 0) >= _SUBJECT_MIN
        # (each other once, or the first named in full twice as often as any other: "Jimmy
        # Carter" four times beside "Rosalynn Carter" twice and his son and parents once)
        and all(2 * named.get(p, 0) <= named[order[0]] for p in order[1:])
        and (
            all(named.get(p) == 1 for p in order[1:])
            # (not a family name written first, which many people share: the seed's bare "Kim"
            # beside Kim Jong Un ×5 and Kim Yong Chol stays open)
            or (named[order[0]] > 3 and word not in _cues().family_first)
        )
    ):
        return order[0]
    return None


_SUBJECT_MIN = 3  # full mentions that make the first-named of a family the bare surname's


def _fuller_names(found: list[_Span]) -> None:
    """Link a person's two-word name to the one longer name of the article with the same first and
    last words ("Lorena Tennant" → "Lorena Mae Tennant", "John Kennedy" → "John F. Kennedy"): one
    person, so their surname is no choice between the two. Two longer names ("George W. Bush",
    "George H. W. Bush") leave the short one alone."""
    longer: dict[tuple[str, str], set[str]] = {}
    # ... and the one name that adds a second family name ("Claudia Sheinbaum" → "Claudia
    # Sheinbaum Pardo", as Spanish and Portuguese news names her once in full)
    second_family: dict[tuple[str, str], set[str]] = {}
    # a family's generations named by their suffixes: with two or more ("Quincy Delight Jones
    # Jr.", "… Sr.", "Quincy Jones III"), a name without one is no link to either ("Quincy Jones"
    # was counted as his son); with one, it is that person ("Benigno Aquino III")
    suffixes = _cues().suffixes
    generations = Counter(
        sp.tokens[-2]
        for sp in found
        if sp.kind == "person" and len(sp.tokens) >= 3 and sp.tokens[-1] in suffixes
    )
    for sp in found:
        if sp.kind == "person" and len(sp.tokens) >= 3 and not sp.ambiguous:
            longer.setdefault((sp.tokens[0], sp.tokens[-1]), set()).add(sp.entity)
            if (
                len(sp.tokens) == 3
                and sp.tokens[2][:1].isupper()
                and not (sp.tokens[2] in suffixes and generations[sp.tokens[1]] >= 2)
            ):
                second_family.setdefault(sp.tokens[:2], set()).add(sp.entity)
    if not longer:
        return
    for sp in found:
        if sp.kind == "person" and len(sp.tokens) == 2 and not sp.ambiguous:
            names = longer.get((sp.tokens[0], sp.tokens[1]))
            if names is None:
                names = second_family.get(sp.tokens)
            if names is not None and len(names) == 1:
                sp.entity = next(iter(names))


def _same_name_written_otherwise(text: str, found: list[_Span], cues: _Cues) -> None:
    """A full name of the article written another way is the same person: family name first
    ("Tinubu Bola Ahmed of the APC is hereby declared the winner" is Bola Ahmed Tinubu, named
    first), or behind an everyday word a table or a button put before it ("Share | Bola Ahmed
    Tinubu" read as one name: the span starts at the name). Three words at least: "Ali Ahmed"
    and "Ahmed Ali" may be two people."""
    first: dict[tuple[str, ...], _Span] = {}  # a name's words → its first full mention
    for sp in found:
        if sp.kind == "person" and len(sp.tokens) >= 2 and not sp.ambiguous:
            first.setdefault(sp.tokens, sp)
    if len(first) < 2:
        return
    by_words: dict[tuple[str, ...], _Span] = {}  # sorted words → the first name with them
    for toks, sp in first.items():
        if len(toks) >= 3:
            key = tuple(sorted(toks))
            if key not in by_words or sp.start < by_words[key].start:
                by_words[key] = sp
    for sp in found:
        if sp.kind != "person" or len(sp.tokens) < 3 or sp.ambiguous:
            continue
        inner = first.get(sp.tokens[1:])
        lead = sp.tokens[0]
        if (
            inner is not None
            and inner.start != sp.start
            and lead not in cues.given_names
            and _everyday_word(lead.lower())
        ):
            start = text.find(sp.tokens[1], sp.start + len(lead))
            if 0 <= start < sp.end:
                sp.start, sp.tokens, sp.entity = start, sp.tokens[1:], inner.entity
                continue
        same = by_words.get(tuple(sorted(sp.tokens)))
        if same is not None and same.tokens != sp.tokens and same.start < sp.start:
            sp.entity = same.entity


# what follows "the X" when X is a thing's name ("the Titanic,", "the Titanic lies")
_THING_AFTER = re.compile(r"[,.;:!?)]| (?:is|was|were|lies|lay|sank|has|had)\b")


def _written_as_a_thing(text: str, word: str) -> bool:
    """Whether the text writes "the X" for a word a title named alone, as a thing's name ("the
    wreck of the Titanic", "the Titanic lies"): then 'known as "Mr. Titanic"' names no person
    "Titanic" whose surname every "Titanic" is (not "the Trump administration")."""
    # (found with str.find, not a pattern built per word: one compiled per word thrashed re's
    # cache in long articles)
    needle = "the " + word
    at = text.find(needle)
    while at >= 0:
        before = text[at - 1 : at]
        if not (before.isalnum() or before == "_") and _THING_AFTER.match(text, at + len(needle)):
            return True
        at = text.find(needle, at + 1)
    return False


def _runs_on_to_a_building(sp: _Span, w: _Words, cues: _Cues) -> bool:
    """Whether a person read before a hyphen is the head of a longer name that ends as a
    building's or a place's ("Adolfo Suárez Madrid-Barajas Airport" was a person "Adolfo Suárez
    Madrid", and every later "Madrid" his surname): discovery stops at the hyphen."""
    if sp.kind != "person" or len(sp.tokens) < 2:
        return False
    starts, texts, caps, glued, joined = w.starts, w.texts, w.caps, w.glued, w.joined
    k = bisect_left(starts, sp.end)
    n = len(texts)
    if not (k < n and glued[k] and caps[k] and starts[k] == sp.end + 1):
        return False
    while k + 1 < n and caps[k + 1] and (glued[k + 1] or joined[k + 1]):
        k += 1
    # (a law's or a treaty's name is left to the rules that read it: GMB marks "Nuclear
    # Non-Proliferation Treaty" an organisation)
    return texts[k] in cues.non_person_endings and texts[k] not in cues.law_endings


def _inside_longer_name(sp: _Span, w: _Words, cues: _Cues) -> bool:
    if len(sp.tokens) != 1:
        # a longer alias after a capitalised word of the same name: "White House National
        # Security Council" is no "Security Council" of the UN (an acronym before it may be the
        # alias's own: "U.N. Security Council")
        idx = _tok_range(w.starts, w.ends, sp.start, sp.end)
        i = idx[0] if len(idx) else 0
        prev = w.texts[i - 1] if i > 0 else ""
        return bool(
            i > 0
            and sp.tokens[0] not in cues.title_words  # ("Deputy Prime Minister Lee")
            and w.joined[i]
            and w.caps[i - 1]
            and not prev.isupper()
            and not w.initial[i - 1]
            and prev not in cues.title_words
            and prev not in cues.calendar
            and prev.lower() not in cues.function_words
        )
    idx = _tok_range(w.starts, w.ends, sp.start, sp.end)
    if len(idx) != 1:
        return False
    i = idx[0]
    caps, texts, joined = w.caps, w.texts, w.joined
    if i > 0 and joined[i] and caps[i - 1]:
        prev = texts[i - 1]
        if not (
            prev in cues.title_words
            or (w.initial[i - 1] and prev.lower() in cues.function_words)
            or prev in cues.calendar
        ):
            return True
    return (
        i + 1 < len(texts) and joined[i + 1] and caps[i + 1] and texts[i + 1] not in cues.calendar
    )
