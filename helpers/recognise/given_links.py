"""Bare given names linked to the person the article names in full.

Part of :mod:`helpers.recognise`, run late in ``_recognise`` once people, organisations and
place candidates are read: a given name standing alone ("Hugo has no fear", "Later Frederik
waved") is the one person of the article who has it, unless a place, a relative's frame or
another person's name says otherwise.

    >>> from helpers.recognise import recognise
    >>> [(s.surface, s.entity) for s in recognise("King Charles III was crowned. Later Charles waved.")]
    [('Charles III', 'Charles III'), ('Charles', 'Charles III')]
"""

from __future__ import annotations

import re
from itertools import compress

from helpers.recognise.names import (
    _cues,
    _everyday_word,
    _Intervals,
    _Span,
    _surnames,
    _Words,
)
from helpers.recognise.place_words import KIN_NOUNS
from helpers.recognise.places import _Mention, _most_named_country, _unplaced_town

__all__: list[str] = []  # (the recogniser imports the private rule)


# a possessor and a kinship noun right before a name: "Rajapaksa's elder brother Mahinda"
_KIN_OF = re.compile(
    r"([A-Z][\w-]*)['’]s (?:(?:elder|younger|older|eldest|youngest|late|twin|half) )?(?:"
    + "|".join(sorted(KIN_NOUNS))
    + r"),? $"
)


def _kin_of_another(text: str, start: int, person: str) -> bool:
    """Whether the name at ``start`` follows "X's brother", "X's wife" … and ``person`` does
    not bear X's name: the possessor's relative, not that person ("Rajapaksa's elder brother
    Mahinda" is no Mahinda Yapa Abeywardena; "Biden's wife Jill" is Jill Biden)."""
    kin = _KIN_OF.search(text, max(0, start - 60), start)
    return kin is not None and kin.group(1) not in person.split(" ")


def _given_name_links(
    text: str, people_orgs: list[_Span], cands: list[_Mention], words: _Words | None = None
) -> tuple[list[_Span], list[_Mention]]:
    """A bare given name of someone the article names in full is that person, when only one of
    its people has it and nothing places the word ("Hugo Segovia scored twice … 'Hugo has no
    fear'" was Hugo, Minnesota; "Lincoln Avery … Lincoln's been our best player" a second
    person). Countries and states keep their reading ("Jordan Whitcombe … talks in Jordan").
    With the article's ``words``, a listed given name no rule read is linked too where it stands
    alone ("King Frederik X … Later Frederik waved")."""
    cues = _cues()
    given, titles, surnames = cues.given_names, cues.title_words, _surnames()
    firsts: dict[str, set[str]] = {}
    # (a first word no list knows is a given name where the text writes the person's surname
    # alone: "Iga Świątek … Świątek said … 'Playing Iga here'", Iga also a town in Japan)
    surnamed = {sp.entity for sp in people_orgs if sp.how == "surname"}
    # (... and where the town of that name lies in another country than the article's places:
    # Thai news names people by their given names, "Pita Limjaroenrat … Pita" was Pita, Guinea;
    # "Ozark Dodge … Ozark police" stays the town)
    # (the article's country counted without the words that open its people's full names: five
    # bare "Pita" beside three "Thailand" made Guinea the article's country)
    opening = {sp.tokens[0] for sp in people_orgs if sp.kind == "person" and len(sp.tokens) >= 2}
    home_cc = _most_named_country(cands, opening)
    foreign = {m.surface for m in cands if m.senses[0][1].country_code != home_cc}
    # (or the word is a person alone already: "Pita said")
    foreign.update(sp.entity for sp in people_orgs if sp.kind == "person" and len(sp.tokens) == 1)
    for sp in people_orgs:
        if (
            sp.kind == "person"
            and len(sp.tokens) >= 2
            and (
                sp.tokens[0] in given
                or (
                    len(sp.tokens) == 2
                    and (
                        sp.entity in surnamed
                        or (sp.tokens[0] in foreign and not _everyday_word(sp.tokens[0].lower()))
                    )
                )
            )
            and not sp.ambiguous
            and sp.how != "surname"
            and titles.isdisjoint(sp.tokens)  # (no title inside: "Columbus Investigator X")
            # (nor an everyday word that is no surname: "Paris Policemen"; "Julie Ward" is one)
            and (sp.tokens[-1] in surnames or not _everyday_word(sp.tokens[-1].lower()))
        ):
            firsts.setdefault(sp.tokens[0], set()).add(sp.entity)
    # the first word of a name of three or more whose second is a given name is a given name too
    # ("Endrick Felipe Moreira … Endrick said": no organisation for want of a person's word)
    # (and so is an unknown first word a speaker's verb made an organisation: "Sutopo Purwo
    # Nugroho, spokesman … 'the rubble,' Sutopo said", "Redwan Hussien … Redwan said")
    leads: dict[str, set[str]] = {}
    spoken = (
        {sp.entity for sp in people_orgs if sp.how == "verb" and sp.kind == "organisation"}
        if any(sp.how == "verb" for sp in people_orgs)
        else set()
    )
    for sp in people_orgs:
        if (
            sp.kind == "person"
            and (
                (len(sp.tokens) >= 3 and (sp.tokens[1] in given or sp.how == "quoted"))
                # (of any length: "former prime minister Tuilaepa Sailele Malielegaoi …
                # Tuilaepa told the Samoa Observer" was an organisation; folder 217)
                or (len(sp.tokens) >= 2 and sp.tokens[0] in spoken)
            )
            and sp.tokens[0] not in cues.family_first
            and sp.how != "surname"
        ):
            leads.setdefault(sp.tokens[0], set()).add(sp.entity)
    pairs = (
        _shared_surnames(text, people_orgs, cands, firsts, given, titles) if " and " in text else []
    )
    if not firsts and not leads:
        return people_orgs, cands
    links: list[_Span] = []
    kept: list[_Mention] = []
    for m in cands:
        people = firsts.get(m.surface)
        # (a city first of all: "Paris firefighters")
        if people is not None and len(people) == 1 and _unplaced_town(m):
            links.append(_Span(m.start, m.end, next(iter(people)), "person", "first",
                               tokens=(m.surface,)))  # fmt: skip
        else:
            kept.append(m)
    out: list[_Span] = []
    for sp in people_orgs:
        people = firsts.get(sp.entity) if len(sp.tokens) <= 1 and sp.kind == "person" else None
        if len(sp.tokens) == 1 and sp.kind == "organisation" and sp.how in ("verb", "model"):
            # (or the model's: "Prime Minister Fiamē Naomi Mataʻafa … Fiamē said", a chief's
            # title that leads her name)
            people = leads.get(sp.entity)
        if (
            people is not None
            and len(people) == 1
            and not sp.ambiguous
            and not _kin_of_another(text, sp.start, next(iter(people)))
        ):
            sp = _Span(sp.start, sp.end, next(iter(people)), "person", "first", tokens=sp.tokens)
        out.append(sp)
    if pairs:
        # (the pair's given name is its person whoever else has it: "Daniel Tjarnqvist scored
        # while brothers Daniel and Henrik Sedin" holds Daniel Sedin)
        at = {(a, b): entity for a, b, entity in pairs}
        out = [
            _Span(sp.start, sp.end, at[sp.start, sp.end], "person", "first", tokens=sp.tokens)
            if sp.kind == "person" and (sp.start, sp.end) in at
            else sp
            for sp in out
        ]
        taken = _Intervals([(sp.start, sp.end) for sp in out] + [(m.start, m.end) for m in kept])
        links += [
            _Span(a, b, entity, "person", "first", tokens=(text[a:b],))
            for a, b, entity in pairs
            if not taken.overlaps(a, b)
        ]
    if words is not None:
        links += _bare_given_names(words, firsts, out, kept, given)
    if links:
        out = sorted([*out, *links], key=lambda sp: (sp.start, -sp.end))
    return out, kept


def _shared_surnames(
    text: str,
    people_orgs: list[_Span],
    cands: list[_Mention],
    firsts: dict[str, set[str]],
    given: frozenset[str],
    titles: frozenset[str],
) -> list[tuple[int, int, str]]:
    """The given names that share the surname of the person named right after them, as (start,
    end, full name), each added to ``firsts`` ("Liam and Noel Gallagher": Liam is Liam
    Gallagher, whose later bare "Liam" was a person of his own, the most-mentioned in a story
    about the brothers); not after a title ("Prince Harry and Meghan Markle"), nor a place's
    name after "of" ("Norb Mages of Lindsay and Dennis Lopez") or someone's surname."""
    out: list[tuple[int, int, str]] = []
    for sp in people_orgs:
        if sp.kind != "person" or len(sp.tokens) != 2 or sp.tokens[0] not in given:
            continue
        # (the pattern ends in "and" or "&" and a space right before the name: str.endswith
        # rules out most names before the search, which tries every character of its window)
        if not text.endswith(_AND_BEFORE, max(0, sp.start - 40), sp.start):
            continue
        pair = _SHARED_SURNAME.search(text, max(0, sp.start - 40), sp.start)
        if pair is None or pair.group(2) not in given:
            continue
        before = (pair.group(1) or "").strip()
        if before in titles:
            continue  # a title's name
        if before in _PLACING and any(m.start == pair.start(2) for m in cands):
            continue  # a place's ("Norb Mages of Lindsay and Dennis Lopez of Thackerville")
        if any(o.start == pair.start(2) and o.how == "surname" for o in people_orgs):
            continue  # someone else's surname ("a save from Raya and Jack Grealish")
        full = f"{pair.group(2)} {sp.tokens[1]}"
        firsts.setdefault(pair.group(2), set()).add(full)
        out.append((pair.start(2), pair.end(2), full))
    return out


# the words before a place's name that place someone ("of Lindsay")
_PLACING = frozenset({"of", "from", "in", "at", "near"})
# a given name and "and" right before another person's full name (with the word before it)
_SHARED_SURNAME = re.compile(r"(\w+ )?(?<![\w'’.-])([A-Z][a-z]+) (?:and|&) \Z")
_AND_BEFORE = (" and ", " & ")  # (how every match of _SHARED_SURNAME ends)


def _bare_given_names(
    words: _Words,
    firsts: dict[str, set[str]],
    spans: list[_Span],
    cands: list[_Mention],
    given: frozenset[str],
) -> list[_Span]:
    """Links of the listed given names of ``firsts`` (each had by one person) that stand alone
    outside every span and place candidate: no capitalised word joined before or after ("Ray
    Charles", "Charles Dickens" are other people)."""
    texts, caps, joined = words.texts, words.caps, words.joined
    wanted = {g: next(iter(p)) for g, p in firsts.items() if len(p) == 1 and g in given}
    if not wanted:
        return []
    # (the tokens that are such a name, picked in C: most are in a span already)
    hits = list(compress(range(len(texts)), map(wanted.__contains__, texts)))
    if not hits:
        return []
    taken = _Intervals([(sp.start, sp.end) for sp in spans] + [(m.start, m.end) for m in cands])
    n = len(texts)
    openers = _cues().function_words  # ("Later Frederik waved": a sentence's opener)
    particles = _cues().particles
    out = []
    for k in hits:
        word = texts[k]
        person = wanted[word]
        if (
            (k > 0 and joined[k] and caps[k - 1] and texts[k - 1].lower() not in openers)
            # (nor a particle's: "the Col de la Madeleine" is a pass)
            or (k > 0 and joined[k] and texts[k - 1] in particles)
            or (k + 1 < n and joined[k + 1] and caps[k + 1])
            or taken.overlaps(words.starts[k], words.ends[k])
            # (nor a sentence's opening function word: "In 1999 she was ordained" was the band
            # In Tua Nua's given name)
            or (words.initial[k] and word.lower() in openers)
        ):
            continue
        out.append(_Span(words.starts[k], words.ends[k], person, "person", "first", tokens=(word,)))
    return out
