"""Companies named in full once, then by a short name: "Barrick Gold Corp … Barrick said".

News names a company in full on first mention ("Newmont Corp", "Barrick Gold Corp", "Goldman
Sachs Group Inc") and by its short name after that ("Newmont", "Barrick", "Goldman"). Alone, the
short name looks like a surname ("Barrick said" reads as a person), a town ("Thomson" is a town in
Georgia) or nothing at all. Once the article has named the company in full, each later (or
earlier) bare use of its short name is that company: one reading per name per article.

The short names of a company are the words before its legal-form suffixes (``Corp``, ``Inc``,
``Group`` …) and its first word alone when that word is no common English word ("Barrick", not
"General" of "General Motors Co"). Runs after the span model, on the spans it typed.

People's short names that the name rules cannot build word by word live here too: a family name
with particles ("Van der Linde", "de la Fuente"), and bare surnames whose full name became an
organisation.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from helpers.recognise.acronyms import DEFINITION, initials_fit
from helpers.recognise.cues import _WATER_HEADS, feature_ending_after
from helpers.recognise.names import _cues, _everyday_word, _Span
from helpers.recognise.places import (
    _COMMA_PREV,
    _STRICT_CONTEXT,
    _big,
    _Mention,
    _most_named_country,
    _opens_name_abroad,
    dale_chall_words,
)

# an airline's last word ("United Airlines", "British Airways"; "Delta Air Lines" has two)
_AIRLINE_TAILS = frozenset({"Airlines", "Airways"})


@functools.cache
def legal_forms() -> frozenset[str]:
    """The words that end a company's full name and are dropped in its short name: the legal
    forms of ``name_cues.toml`` and the words that stand for them ("Corporation", "Group")."""
    return _cues().legal_forms | frozenset(
        ["Corporation", "Incorporated", "Limited", "Company", "Group", "Holdings", "Holding", "SE",
         "ASA", "AB"]
    )  # fmt: skip


@functools.cache
def _described_whys() -> frozenset[str]:
    """The ``why`` of the organisation rules that read a name by the words around one of its
    mentions (a description, a company's noun, its shares), not by the name's own words."""
    from helpers.recognise.orgs import WHY  # (orgs imports the name rules this module builds on)

    return frozenset(WHY[rule] for rule in ("described", "owned", "based", "noun", "body", "band"))


# spans of these rules are never retyped: the entity table and titles are stronger evidence
_KEEP_HOW = frozenset({"table", "title", "acronym"})


def _whole_words_at(
    text: str, words: list[str], not_before: Callable[[str], bool] | None = None
) -> list[tuple[int, int]]:
    r"""The spans of ``words`` written whole in ``text``: at each place the first of ``words``,
    in their order, with no word character, full stop or hyphen before it and no word character
    or hyphen after it; left to right without overlaps (what ``(?<![\w.-])(?:w1|w2|…)(?![\w-])``
    finds), found with ``str.find``: that pattern was new in nearly every article that needed
    it, and compiling it cost ~10x the search (~0.2 ms). ``not_before``: the test of the
    character before a word, for another class than ``[\w.-]``.

    >>> _whole_words_at("Barrick Gold, Barrick's x-Barrick Barricks", ["Barrick Gold", "Barrick"])
    [(0, 12), (14, 21)]
    """
    before = not_before or _word_dot_or_hyphen
    ends: dict[int, int] = {}  # start -> end of the first word written whole there
    size = len(text)
    for word in words:
        at = text.find(word)
        while at != -1:
            end = at + len(word)
            if (
                at not in ends
                and (at == 0 or not before(text[at - 1]))
                and (end == size or not _word_or_hyphen(text[end]))
            ):
                ends[at] = end
            at = text.find(word, at + 1)
    spans: list[tuple[int, int]] = []
    last = 0
    for at in sorted(ends):
        if at >= last:
            last = ends[at]
            spans.append((at, last))
    return spans


def _word_or_hyphen(ch: str) -> bool:
    r"""``[\w-]``: re's \w is str.isalnum() or the underscore."""
    return ch.isalnum() or ch in "_-"


def _word_dot_or_hyphen(ch: str) -> bool:
    r"""``[\w.-]``."""
    return ch.isalnum() or ch in "_.-"


_NAMED_OPENINGS = frozenset({", ", " ("})


def _title_case_initials(word: str, name: str) -> bool:
    """Whether ``word`` is ``name``'s initials written as a word in title case, as British news
    writes acronyms ("Wada", "Nato", "Unesco").

        >>> _title_case_initials("Wada", "World Anti-Doping Agency")
        True
        >>> _title_case_initials("Kuomintang", "Nationalist Party")
        False
    """
    initials = "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())
    return len(word) >= 3 and word.lower() == initials.lower()


# the name the text gives an organisation right after its full name, other than an acronym:
# "the Japanese Trade Union Confederation, known as Rengo," "the Nationalist Party (Kuomintang)"
# (and its name in its own language, in brackets: "Statistics Faroe Islands (Hagstova Føroya)"
# was a person)
_NAMED_AS = re.compile(
    r", (?:also )?known as ([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)(?=[,.;)]| [a-z])"
    r"| \(([A-Z][a-z][\w’'-]+)\)"
    r"| \(([A-Z][a-z][\w’'-]+(?: [A-Z][\w’'-]+){1,3})\)"
)


def short_forms(org_name: str, tokens: tuple[str, ...] = ()) -> list[str]:
    """The short names a company's full name is shortened to, longest first.

    >>> short_forms("Barrick Gold Corp")
    ['Barrick Gold', 'Barrick']
    >>> short_forms("General Motors Co")
    ['General Motors']
    >>> short_forms("Bank of England")
    []
    >>> short_forms("Sakai Precision Chemicals Co., Ltd.")
    ['Sakai Precision Chemicals', 'Sakai Precision', 'Sakai']
    >>> short_forms("Delta Air Lines"), short_forms("Air France")
    (['Delta'], [])
    """
    toks = [t.rstrip(",") for t in tokens or org_name.split()]  # ("Co., Ltd.")
    k = len(toks)
    while k > 1 and toks[k - 1] in legal_forms():
        k -= 1
    # an airline's word goes too, as news shortens it ("Delta Air Lines … Delta cancelled")
    if k == len(toks) and k > 1 and toks[-1] in _AIRLINE_TAILS:
        k -= 1
    elif k == len(toks) and k > 2 and toks[-2:] == ["Air", "Lines"]:
        k -= 2
    if k == len(toks) or k == 0:
        return []
    out = [" ".join(toks[:k])]
    # its first two or more words ("Sakai Precision"), unless one ends in a connector
    out += [" ".join(toks[:j]) for j in range(k - 1, 1, -1) if toks[j - 1][:1].isupper()]
    first = toks[0]
    if (
        k > 1
        and len(first) > 2
        and first[:1].isupper()
        and not first.isupper()  # "US Steel Corp": "US" is the country
        and first.lower() not in dale_chall_words()
        and first[-1:].isalpha()
    ):
        out.append(first)
    return out


def org_short_forms(
    text: str, people_orgs: list[_Span], places: list[_Mention]
) -> tuple[list[_Span], list[_Mention]]:
    """The article's spans with each bare short name of a company it names in full typed as
    that company (``how="short"``, ``entity`` the full name, so the counts add them up);
    place candidates under them go.

        >>> from helpers.recognise import recognise
        >>> text = "Barrick Gold Corp reported earnings. Barrick said output fell."
        >>> [(s.surface, s.type) for s in recognise(text)]
        [('Barrick Gold Corp', 'organisation'), ('Barrick', 'organisation')]
    """
    full_of: dict[str, str] = {}
    full_spans: list[tuple[int, int]] = []
    prefixes: set[str] = set()  # the first words of a name, shorter than its name without forms
    # names a description typed once ("Moniepoint, the Lagos-based payments company"), the same
    # at their other bare mentions ("Moniepoint did not disclose"), where nothing else read them
    repeated: set[str] = set()
    abroad_only: set[str] = set()  # a trade name's first word: a place only abroad yields
    calendar = _cues().calendar
    for sp in people_orgs:
        if sp.kind != "organisation":
            continue
        named = (
            _NAMED_AS.match(text, sp.end) if text[sp.end : sp.end + 2] in _NAMED_OPENINGS else None
        )
        if (
            named is not None
            and (name := named.group(1) or named.group(2) or named.group(3)) not in calendar
            # (a bracketed word after a full name of two words or more, and no person's: "at
            # Arizona (Ayton)" names a player, "a BA (Hons)" a degree; and one the text uses again:
            # "the Communist Party of India (Marxist)" is another party's whole name)
            and (
                named.group(1)
                # (a name of several words, no person's: "(Lionel Messi)" after a club)
                or (named.group(3) and name.split(" ", 1)[0] not in _cues().given_names)
                or (
                    len(sp.tokens) >= 2
                    and name not in _people_words(people_orgs)
                    and (
                        text.find(name, named.end()) >= 0
                        # (or its initials in title case, once: "the World Anti-Doping Agency
                        # (Wada)" was a Japanese town)
                        or _title_case_initials(name, sp.entity)
                    )
                )
            )
        ):
            # (its first mention too: the apposition is the name's, no place's)
            full_of.setdefault(name, sp.entity)
        if sp.how == "evidence" and sp.surface in _described_whys() and sp.tokens[0] != "The":
            full_spans.append((sp.start, sp.end))
            full_of.setdefault(sp.entity, sp.entity)
            repeated.add(sp.entity)
        forms = short_forms(sp.entity, sp.tokens if sp.entity == " ".join(sp.tokens) else ())
        if not forms and (first := _trade_name_head(sp)) is not None and first not in full_of:
            # a company named by its founder's or its town's word and its trade's ("Tata
            # Steel"): that word bare is the company where it is no place, or a small town of a
            # country the article names nowhere else ("Tata's £1.25 billion plan" was Tata,
            # Hungary, in a story about Port Talbot)
            forms = [first]
            abroad_only.add(first)
        # a name of two words joined by "&" is shortened to their initials: "Marks & Spencer …
        # M&S" (was a body of its own, counted apart)
        if len(sp.tokens) == 3 and sp.tokens[1] == "&" and sp.tokens[0][:1].isupper():
            full_of.setdefault(f"{sp.tokens[0][0]}&{sp.tokens[2][:1]}", sp.entity)
        if forms:
            full_spans.append((sp.start, sp.end))
            for f in forms:
                full_of.setdefault(f, sp.entity)
            prefixes.update(f for f in forms[1:] if " " in f)
    if not full_of:
        return people_orgs, places
    if " and " in text:
        people_orgs = _split_pairs(text, people_orgs, full_of)
    kept = list(people_orgs)
    new: list[_Span] = []
    drop_places: set[int] = set()
    for s, e in _whole_words_at(text, sorted(full_of, key=len, reverse=True)):
        if any(a <= s and e <= b for a, b in full_spans):
            continue  # inside the full name itself
        over = [sp for sp in kept if sp.start < e and s < sp.end]
        if any(sp.start < s or sp.end > e or sp.how in _KEEP_HOW for sp in over):
            continue  # part of a longer name, or typed by stronger evidence
        surface = text[s:e]
        if _in_features_name(text, s, e):
            continue  # a river's or islands' name ("Ness Bank … the River Ness, the Ness
            # Islands walkway": a street's bank, then the river and its islands)
        under = [i for i, m in enumerate(places) if m.start < e and s < m.end]
        if surface in repeated and (
            any(sp.kind == "organisation" and sp.entity == surface for sp in over)
            or any(
                places[i].context & _STRICT_CONTEXT or _big(places[i].senses[0][1]) for i in under
            )
        ):
            # the organisation already, or a place here: one the text places ("in Vale") or a
            # big town; a small town's name bare is the body the text described ("the Verdi
            # union … Verdi is negotiating" put Verdi, Nevada on a strike's map seven times)
            continue
        if any(
            places[i].senses[0][1].kind == "demonym"
            or (
                _big(places[i].senses[0][1])
                and not _opens_name_abroad(full_of[surface], places[i], places)
            )
            for i in under
        ):
            continue  # "Kansas City Southern Co … Kansas": a state or a city first of all;
            # "Royal Dutch … a Dutch court": a people's word; not a town or a state in a country
            # the article names nowhere else ("Delta Air Lines … Delta cancelled" was Delta
            # State, Nigeria, in an American story)
        if under and surface in prefixes:
            continue  # "Kansas City Southern Co … Kansas City": the city's own name
        if surface in abroad_only and not all(
            (
                _opens_name_abroad(full_of[surface], places[i], places)
                # (or a town the text never writes as a place, outside the country it names
                # most: "Woodside Energy … Woodside has long argued" was Woodside, a New York
                # suburb, in a Timor-Leste story that names New York once)
                or (
                    places[i].senses[0][1].country_code != _most_named_country(places, (surface,))
                    and not any(
                        m.surface == surface and m.context & _STRICT_CONTEXT for m in places
                    )
                )
            )
            and not _big(places[i].senses[0][1])
            for i in under
        ):
            continue  # "Corby Steel … flooding in Corby": the town at home
        for sp in over:
            kept.remove(sp)
        new.append(
            _Span(s, e, full_of[surface], "organisation", "short", surface, tuple(surface.split()))
        )
        drop_places.update(under)
    if not new:
        return people_orgs, places
    kept.extend(new)
    kept.sort(key=lambda sp: (sp.start, -sp.end))
    if drop_places:
        places = [m for i, m in enumerate(places) if i not in drop_places]
    return kept, places


def _in_features_name(text: str, s: int, e: int) -> bool:
    """Whether the words at ``s``–``e`` follow a natural feature's first word ("the River Ness",
    "Loch Ness", "Mount Kenya") or come before its last ("the Ness Islands", "Rift Valley")."""
    cues = _cues()
    before = _WORD_BEFORE.search(text, max(0, s - 12), s)
    if before is not None and (
        before.group(1) in _WATER_HEADS or before.group(1) in cues.feature_beginnings
    ):
        return True
    return feature_ending_after(text, e)


_WORD_BEFORE = re.compile(r"([A-Z][a-z]+) \Z")


# the trades a company's name may end in after its founder's or its town's word ("Tata Steel",
# "Tesla Motors", "Barclays Bank")
_TRADES = frozenset(
    {"Steel", "Motors", "Motor", "Bank", "Group", "Airlines", "Airways", "Energy", "Mining",
     "Pharmaceuticals", "Electric", "Electronics", "Chemicals", "Holdings", "Industries",
     "Foods", "Power", "Telecom", "Oil", "Petroleum", "Technology", "Technologies",
     "Semiconductor", "Semiconductors", "Software", "Systems", "Networks", "Logistics",
     "Insurance", "Resources", "Aerospace", "Automotive", "Therapeutics", "Biotech", "Labs"}
)  # fmt: skip


def _trade_name_head(sp: _Span) -> str | None:
    """The first word of a two-word company name that ends in its trade ("Tata" of "Tata
    Steel"), if it is no everyday word nor a people's."""
    tokens = sp.tokens
    if sp.kind != "organisation" or len(tokens) != 2 or tokens[1] not in _TRADES:
        return None
    first = tokens[0]
    if (
        len(first) < 3
        or not first[:1].isupper()
        or first.isupper()
        or not first.isalpha()
        or _everyday_word(first.lower())
        or first in _cues().group_words
        # (nor a people's word: "Hawaiian Electric … the Hawaiian island of Maui")
        or first.endswith(("an", "ese", "ish"))
    ):
        return None
    return first


# an office holder's title and "for" or "of" before a portfolio's word
_PORTFOLIO_BEFORE = re.compile(
    r"\b(?:Secretary|Minister|Commissioner|Director|Undersecretary|Spokesperson) (?:for|of) \Z"
)


def _people_words(people_orgs: list[_Span]) -> frozenset[str]:
    return frozenset(t for sp in people_orgs if sp.kind == "person" for t in sp.tokens)


def _split_pairs(text: str, people_orgs: list[_Span], full_of: dict[str, str]) -> list[_Span]:
    """An organisation read across "and" whose two sides are short names of two companies the
    article names in full is those two: "Halcyon Copper and Tarrow Resources agree merger …
    Halcyon Copper Inc … Tarrow Resources Ltd"."""
    out: list[_Span] = []
    for sp in people_orgs:
        surface = text[sp.start : sp.end]
        left, sep, right = surface.partition(" and ")
        if (
            sp.kind == "organisation"
            and sep
            and left in full_of
            and right in full_of
            and full_of[left] != full_of[right]
        ):
            r = sp.start + len(left) + len(sep)
            out.append(_Span(sp.start, sp.start + len(left), full_of[left], "organisation",
                             "short", left, tuple(left.split())))  # fmt: skip
            out.append(_Span(r, sp.end, full_of[right], "organisation", "short", right,
                             tuple(right.split())))  # fmt: skip
        else:
            out.append(sp)
    return out


def orphan_surnames(text: str, people_orgs: list[_Span]) -> list[_Span]:
    """Bare words linked as the surname of a name that later rules made an organisation,
    linked to that organisation instead.

    Names are discovered as people first; a club or company rule may then retype the full name
    ("Leeds United", a club), which leaves its bare "United"s as a person's surname. Those
    become the organisation (``how="short"``), ambiguous when several of the article's
    organisations end or start with the word ("Manchester United … Leeds United … United").

        >>> from helpers.recognise import recognise
        >>> text = "Leeds United lost. United stay fifth."
        >>> [(s.surface, s.type, s.entity) for s in recognise(text)][1]
        ('United', 'organisation', 'Leeds United')
    """
    # (most articles link no bare surname at all: nothing to look up)
    if not any(sp.how == "surname" for sp in people_orgs):
        return people_orgs
    people = {sp.entity for sp in people_orgs if sp.kind == "person" and sp.how != "surname"}

    # (an ambiguous link's entity is "X (ambiguous)", never a person's: its candidates tell
    # whether every one of them became an organisation)
    def orphaned(sp: _Span) -> bool:
        return sp.how == "surname" and sp.entity not in people and people.isdisjoint(sp.candidates)

    if not any(map(orphaned, people_orgs)):
        return people_orgs
    orgs = {sp.entity for sp in people_orgs if sp.kind == "organisation"}
    out = []
    for sp in people_orgs:
        if orphaned(sp):
            if _PORTFOLIO_BEFORE.search(text, max(0, sp.start - 30), sp.start):
                continue  # a title's portfolio ("Secretary for Security"), nobody's name
            word = text[sp.start : sp.end]
            owners = sorted(o for o in orgs if word in (o.split()[0], o.split()[-1]))
            if not owners and " " in sp.entity:
                # the name it was linked to is no one's now, and no organisation's word: "the
                # Landless People's Movement … South West Africa People's Organisation" had a
                # person "Landless People" and his surname "People"
                continue
            if owners and _everyday_word(word.lower()) and all(len(o.split()) >= 4 for o in owners):
                continue  # a long name's everyday last word alone is no short name of it: "Data
                # compiled by the Armed Conflict Location & Event Data (ACLED) project"
            if owners:
                sp = _Span(sp.start, sp.end, owners[0], "organisation", "short", word, (word,))
                if len(owners) > 1:
                    sp.entity = f"{word} (ambiguous)"
                    sp.ambiguous, sp.candidates = True, tuple(owners)
        out.append(sp)
    return out


def particle_surnames(
    text: str, people_orgs: list[_Span], cands: list[_Mention]
) -> tuple[list[_Span], list[_Mention]]:
    """A family name with particles, written after the full name, is that person's: "Henrik van
    der Linde … Van der Linde said", "Lucía de la Fuente Ortega … de la Fuente said".

    Bare, such a surname falls apart: its particles are lower-case words no name rule starts with,
    and a capital particle at a sentence's start is a town ("Van", Turkey). Each person named in
    full with particles gives the forms from the first particle to the next capitalised word and to
    the end, and from the word before the particle, where two names or no given name come
    first, to itself and to the next capitalised word ("Luiz Inácio Lula da Silva": "Lula",
    "Lula da Silva"); a later (or earlier) use of one, not followed by another capitalised name, is a
    ``surname`` link to that person and replaces what the rules read there. A form shared by two
    people is left alone.

        >>> from helpers.recognise import recognise
        >>> text = "Henrik van der Linde starred. Van der Linde said he learned Spanish."
        >>> [(s.surface, s.entity) for s in recognise(text)][1]
        ('Van der Linde', 'Henrik van der Linde')
    """
    cues = _cues()
    particles, given = cues.particles, cues.given_names
    owner: dict[str, str | None] = {}  # form -> the one person it names (None: several)
    for sp in people_orgs:
        toks = sp.tokens
        if sp.kind != "person" or sp.ambiguous or len(toks) < 3:
            continue
        # (a particle may be capitalised inside the full name: "Francisco De Los Santos Arias
        # … De Los Santos said")
        k = next((i for i in range(1, len(toks) - 1) if toks[i].lower() in particles), 0)
        # (a capitalised one after a given name only: not "In Business Las Vegas")
        if not k or not (toks[k].islower() or toks[k - 1] in given):
            continue
        m = k
        while m < len(toks) and toks[m].lower() in particles:
            m += 1
        if m == len(toks) or not toks[m][:1].isupper():
            continue
        spans = {(k, m + 1), (k, len(toks))}
        if k >= 2 and toks[k].islower() and (k >= 3 or toks[k - 1] not in given):
            # the name before the particles, after two names or no given name itself, is the one
            # news uses alone: "Luiz Inácio Lula da Silva … Lula said" (Lula, Georgia), "Lula da
            # Silva"; not "José Eduardo dos Santos … Eduardo"
            spans |= {(k - 1, k), (k - 1, m + 1)}
        for a, b in spans:
            form = " ".join(toks[a:b])
            form = form[0].lower() + form[1:]
            owner[form] = sp.entity if owner.get(form, sp.entity) == sp.entity else None
    forms = [form for form, who in owner.items() if who is not None]
    if not forms:
        return people_orgs, cands
    # the first particle in either case (each letter of its capital alone: "ß" and "S" of
    # "SS"); longest forms first ("de la Fuente Ortega")
    written = [
        first + form[1:]
        for form in sorted(forms, key=len, reverse=True)
        for first in dict.fromkeys((form[0], *form[0].upper()))
    ]
    titles = cues.title_words
    found: list[_Span] = []
    for s, e in _whole_words_at(text, written, _word_or_hyphen):
        prev = _PREV_NAME.search(text, max(0, s - 40), s)
        if _NEXT_NAME.match(text, e) or (
            prev is not None
            and prev.group(1) not in titles
            # (not a sentence's last word: "arrested on Monday. De Los Santos said"; an
            # initial is a name's: "Juan J. de la Fuente")
            and not (prev.group(1).endswith(".") and len(prev.group(1)) > 2)
        ):
            continue  # a longer name: another person's ("Juan de la Fuente"), a company's
        form = text[s:e]
        who = owner[form[0].lower() + form[1:]]
        found.append(_Span(s, e, who, "person", "surname", form, tuple(form.split())))
    if not found:
        return people_orgs, cands
    # (the full names themselves hold their forms: those matches stay inside the full name; a
    # reading of the form's words alone goes: "De Los Santos said" was an organisation)
    inside = [(sp.start, sp.end) for sp in people_orgs]
    found = [
        sp
        for sp in found
        if not any(a <= sp.start and sp.end <= b and b - a > sp.end - sp.start for a, b in inside)
    ]
    if not found:
        return people_orgs, cands
    kept = [sp for sp in people_orgs if not any(_overlap(sp, f) for f in found)]
    places = [m for m in cands if not any(_overlap(m, f) for f in found)]
    return sorted([*kept, *found], key=lambda sp: (sp.start, -sp.end)), places


# a capitalised name word right after a form, or right before it unless it is a title ("Mr.
# van der Linde"): the form is then part of a longer name, not a bare surname
_NEXT_NAME = re.compile(r" [A-Z][a-z]")
_PREV_NAME = re.compile(r"([A-Z][\w.-]*) $")


def _overlap(a: Any, b: _Span) -> bool:
    return a.start < b.end and b.start < a.end


def why(sp: Any) -> str:
    """The ``why`` text of a short-name span (or of a repeat of a name read once by the words
    around it, whose surface is its entity's)."""
    if sp.surface == sp.entity:
        return "an organisation where the article describes it once"
    return f"the short name of {sp.entity}, named in full in this article"


def late_surname_links(people_orgs: list[_Span]) -> list[_Span]:
    """A bare word typed a person but linked to no one (a team sheet's "Hall"), linked to the one
    person of the article whose full name ends with it, where that name was found only by a
    later rule or the span model ("Lewis Hall"), after surnames were linked.

        >>> from helpers.recognise.names import _Span
        >>> spans = [_Span(0, 10, "Lewis Hall", "person", "model", tokens=("Lewis", "Hall")),
        ...          _Span(20, 24, "Hall", "person", "evidence", tokens=("Hall",))]
        >>> [sp.entity for sp in late_surname_links(spans)]
        ['Lewis Hall', 'Lewis Hall']
    """
    # (and a family name of two words, "Rhys Te Amo … Te Amo said", "Saoirse Ní Bhriain")
    bare = [
        sp
        for sp in people_orgs
        if sp.kind == "person" and len(sp.tokens) in (1, 2)
        and sp.entity == " ".join(sp.tokens) and not sp.ambiguous
    ]  # fmt: skip
    # ... and two family names only the model read as an organisation ("Andrés Manuel López
    # Obrador … López Obrador added": the model's "its other mentions in the article")
    # ... and a surname link the model retyped with its full name, which a quote's frame then
    # made a person again ("climate commissioner Wopke Hoekstra … 'We came with our homework
    # done,' Hoekstra said": an organisation "Hoekstra")
    pairs = [
        sp
        for sp in people_orgs
        if sp.kind == "organisation" and sp.how == "model" and len(sp.tokens) in (0, 2)
    ]
    if not bare and not pairs:
        return people_orgs
    full: dict[tuple[str, ...], set[str]] = {}
    late: set[str] = set()  # the people found by a quote's frame, after surnames were linked
    for sp in people_orgs:
        if sp.kind == "person" and len(sp.tokens) >= 2 and not sp.ambiguous:
            if sp.how == "quoted":
                late.add(sp.entity)
            full.setdefault(sp.tokens[-1:], set()).add(sp.entity)
            if len(sp.tokens) >= 3:
                full.setdefault(sp.tokens[-2:], set()).add(sp.entity)
    for sp in bare:
        owners = full.get(sp.tokens)
        if owners is not None and len(owners) == 1 and sp.entity not in owners:
            sp.entity = next(iter(owners))
    for sp in pairs:
        if not sp.tokens:
            # (a surname link the model retyped with its full name keeps no tokens: the full
            # name's entity says whose it is)
            if sp.entity in late:
                sp.kind, sp.how = "person", "surname"
            continue
        owners = full.get(sp.tokens)
        if owners is not None and len(owners) == 1:
            owner = next(iter(owners))
            if len(owner.split()) >= 3:
                sp.entity, sp.kind, sp.how = owner, "person", "surname"
    return people_orgs


# two or three capitals standing for a person's given names ("KL Rahul", "MS Dhoni", "MK Stalin",
# as Indian and Pakistani news writes names), then a space and the name
_INITIALS = re.compile(r"(?<![\w.&/-])([A-Z]{2,3}) (?=[A-Z][a-z])")
_GIVEN_AFTER = re.compile(r" ([A-Z][a-z]+)\b(?! [A-Z])")
# kinds of a place candidate on the capitals that keep it the place ("UK Sunak pledges")
_INITIALS_PLACE_KINDS = frozenset({"country", "continent", "region"})


# American football's scoring words written in capitals before the scorer (no one's initials)
_SCORING_CODES = frozenset({"FG", "TD", "PAT", "XP"})


def initialled_names(
    text: str, people_orgs: list[_Span], cands: list[_Mention]
) -> tuple[list[_Span], list[_Mention]]:
    """A person's name written with initials for the given names is one name: "KL Rahul made 84
    … Rahul said" gave the organisation "KL" beside the person "Rahul", and "MK Stalin" the state
    of Mississippi's "MS"-like codes. The capitals must stand before that person at every one of
    their uses in the article (so "BJP" or a defined "(KL)" stays what it was), be no country's
    code ("UK", "US") and no organisation the rules or the entity table found by its own name.

        >>> text = "KL Rahul made 84. Rahul said it was slow."
        >>> spans = [_Span(0, 2, "KL", "organisation", "acronym", tokens=("KL",)),
        ...          _Span(3, 8, "Rahul", "person", "verb", tokens=("Rahul",)),
        ...          _Span(18, 23, "Rahul", "person", "verb", tokens=("Rahul",))]
        >>> [(sp.start, sp.entity) for sp in initialled_names(text, spans, [])[0]]
        [(0, 'KL Rahul'), (18, 'Rahul')]
    """
    # the capitals right before a one-word person's name, wherever the text writes that word: a
    # look at the few people's words, not a scan of the text (most articles have none)
    found = []
    seen: set[int] = set()  # the initials' starts
    one_word: dict[str, _Span] = {}  # a one-word person's name -> its first span
    for sp in people_orgs:
        if sp.kind == "person" and len(sp.tokens) == 1 and not sp.ambiguous:
            one_word.setdefault(text[sp.start : sp.end], sp)
    # ... and a given name right after the capitals that no rule read ("Virat Kohli (54) and KL
    # Rahul (66)": "Rahul" alone was nothing, and "KL" an organisation)
    # (looked for after the capitals the rules read as an acronym: no scan of the text)
    cues = _cues()
    read: set[int] | None = None  # the starts of the rules' spans, gathered once a name is seen
    for sp in people_orgs:
        if sp.how != "acronym" or sp.end - sp.start > 3:
            continue
        mt = _GIVEN_AFTER.match(text, sp.end)
        if mt is None:
            continue
        word = mt.group(1)
        if read is None:
            read = {o.start for o in people_orgs}
        if (
            word in cues.given_names
            and word not in cues.title_words  # "NSW Premier", "BJP Chief"
            and not _everyday_word(word.lower())
            and mt.start(1) not in read
            and word not in one_word
        ):
            one_word[word] = _Span(mt.start(1), mt.end(1), word, "person", "given", tokens=(word,))
    for word in one_word:
        at = text.find(" " + word)
        while at >= 2:
            s = at + 1
            if text[at - 1].isupper():
                for x in (s - 4, s - 3):  # three capitals and a space, or two
                    mt = _INITIALS.match(text, x) if x >= 0 else None
                    if mt is not None and mt.end() == s and mt.start(1) not in seen:
                        seen.add(mt.start(1))
                        found.append((mt.start(1), mt.end(1), word))
                        break
            at = text.find(" " + word, s)
    if not found:
        return people_orgs, cands
    titles = _cues().title_words
    person_at = {sp.start: sp for sp in people_orgs if sp.kind == "person"}
    span_at = {sp.start: sp for sp in people_orgs}
    place_at = {m.start: m for m in cands}
    merged: dict[int, _Span] = {}  # the person span's start -> the name with its initials
    for s, e, word in found:
        sp = person_at.get(e + 1) or one_word[word]
        if (
            sp.kind != "person"
            or len(sp.tokens) != 1  # (a full name after capitals: "CEO Bob Sommers")
            or sp.entity != text[sp.start : sp.end]  # (a link: the capitals may be another's)
        ):
            continue
        initials = text[s:e]
        if initials in titles or initials in _SCORING_CODES:
            continue  # "PM Modi"; a scoring play's "FG Butker 33" (a field goal)
        other = span_at.get(s)
        if other is not None and (other.end != e or other.how != "acronym"):
            continue  # a name of its own ("BJP Amit Shah" never occurs; a table's "UN" might)
        m = place_at.get(s)
        if m is not None and (m.end != e or m.senses[0][1].kind in _INITIALS_PLACE_KINDS):
            continue
        uses = [mt.start() for mt in re.finditer(rf"(?<![\w.&/-]){initials}\b", text)]
        # every use must stand before the person: read by a rule, or the same word that no rule
        # read ("MS Dhoni c Miller b Mohit 0", "captain MS Dhoni." beside a scoreboard's "Dhoni")
        after = []
        for u in uses:
            at = u + len(initials) + 1
            if person_at.get(at) is None and not (
                span_at.get(at) is None
                and text.startswith(word, at)
                and not text[at + len(word) : at + len(word) + 1].isalnum()
            ):
                break  # the capitals also stand alone or before something else
            after.append(at)
        else:
            surface = f"{initials} {word}"
            for at in after:
                merged[at] = _Span(at - len(initials) - 1, at + len(word), surface, "person",
                                   "initials", tokens=(initials, word))  # fmt: skip
    if not merged:
        return people_orgs, cands
    starts = {sp.start for sp in merged.values()}
    out = [
        merged.pop(sp.start, sp)
        for sp in people_orgs
        if sp.start not in starts or sp.start in merged  # the capitals' own span goes
    ]
    if merged:  # the uses no rule had read
        out = sorted([*out, *merged.values()], key=lambda sp: (sp.start, -sp.end))
    return out, [m for m in cands if m.start not in starts]


def initial_links(people_orgs: list[_Span]) -> list[_Span]:
    """A name written as an initial and a surname is the person named in full with that initial
    and surname: a scorecard's "K Wijeratne 41" and "(R Te Amo 78*)" were organisations beside
    "Kasun Wijeratne" and "Rhys Te Amo" ("J. Smith" alike). Only where one full name fits.

        >>> spans = [_Span(0, 15, "Kasun Wijeratne", "person", "name", tokens=("Kasun", "Wijeratne")),
        ...          _Span(40, 51, "K Wijeratne", "organisation", "model", tokens=("K", "Wijeratne"))]
        >>> [(sp.kind, sp.entity) for sp in initial_links(spans)]
        [('person', 'Kasun Wijeratne'), ('person', 'Kasun Wijeratne')]
    """
    initialled = [
        x
        for x, sp in enumerate(people_orgs)
        if len(sp.tokens) >= 2
        and len(sp.tokens[0].rstrip(".")) == 1
        and sp.tokens[0][:1].isupper()
        and sp.how not in _KEEP_HOW
    ]
    if not initialled:
        return people_orgs
    full: dict[tuple[str, ...], set[str]] = {}
    for sp in people_orgs:
        if (
            sp.kind == "person"
            and len(sp.tokens) >= 2
            and len(sp.tokens[0].rstrip(".")) > 1
            and not sp.ambiguous
        ):
            for cut in range(1, len(sp.tokens)):  # the surname may be one word or more ("Te Amo")
                full.setdefault((sp.tokens[0][0], *sp.tokens[cut:]), set()).add(sp.entity)
    out = list(people_orgs)
    for x in initialled:
        sp = people_orgs[x]
        owners = full.get((sp.tokens[0][0], *sp.tokens[1:]))
        if owners is not None and len(owners) == 1:
            out[x] = _Span(sp.start, sp.end, next(iter(owners)), "person", "surname",
                           tokens=sp.tokens)  # fmt: skip
    return out


def late_acronym_links(
    text: str, people_orgs: list[_Span], cands: list[_Mention]
) -> tuple[list[_Span], list[_Mention]]:
    """An acronym the text defines right after an organisation that only the later rules found
    is that organisation at each of its uses ("the Taiwan People's Party (TPP) … the TPP"
    were two organisations: the acronyms are linked before those rules run), and at a place
    candidate of its letters that no place's own context writes ("People's Alliance (PA) … PA
    supporters" was Pennsylvania).

        >>> org = _Span(4, 25, "Taiwan People's Party", "organisation", "evidence",
        ...             tokens=("Taiwan", "People's", "Party"))
        >>> tpp = _Span(27, 30, "TPP", "organisation", "acronym", tokens=("TPP",))
        >>> text = "The Taiwan People's Party (TPP) won."
        >>> late_acronym_links(text, [org, tpp], [])[0][1].entity
        "Taiwan People's Party"
    """
    if " (" not in text:
        return people_orgs, cands
    by_end = {sp.end: sp for sp in people_orgs if sp.kind == "organisation"}
    long_names: dict[str, str] = {}
    for mt in DEFINITION.finditer(text):
        sp = by_end.get(mt.start())
        if sp is not None and initials_fit(mt.group("acronym"), sp.entity):
            long_names.setdefault(mt.group("acronym"), sp.entity)
    if not long_names:
        return people_orgs, cands
    # (and an acronym a word list knew, or another rule read in capitals: "the People's
    # Alliance (PA) … a PA member … PA supporters" were two parties, "PA" read as the learned
    # list's organisation and as a team)
    out = [
        replace(sp, entity=long_names[sp.entity])
        if (sp.how in _SHORT_FORM_HOWS or sp.entity.isupper())
        and sp.kind == "organisation"
        and sp.entity in long_names
        else sp
        for sp in people_orgs
    ]
    # (a "Town, State" pair's state stays where the town lies in it: "Pittsburgh, PA"; not
    # "In Labasa, on Vanua Levu, PA supporters")
    taken = [
        m
        for i, m in enumerate(cands)
        if m.surface in long_names
        and not m.context & (_STRICT_CONTEXT & ~_COMMA_PREV)
        and not (
            m.context & _COMMA_PREV
            and i
            and cands[i - 1].senses[0][1].country_code == m.senses[0][1].country_code
        )
    ]
    if not taken:
        return out, cands
    for m in taken:
        name = long_names[m.surface]
        out.append(_Span(m.start, m.end, name, "organisation", "acronym", tokens=(m.surface,)))
    out.sort(key=lambda sp: (sp.start, -sp.end))
    gone = {id(m) for m in taken}
    return out, [m for m in cands if id(m) not in gone]


# the rules that read an acronym alone: the acronyms' and the learned names'
_SHORT_FORM_HOWS = frozenset({"acronym", "learned"})


def party_short_links(people_orgs: list[_Span]) -> list[_Span]:
    """An organisation named as a party's name without its word "Party" is that party, where
    the article names it in full: "Move Forward Party … Move Forward won 152 seats" were two
    organisations in the counts ("Palang Pracharath Party … Palang Pracharath").

        >>> full = _Span(0, 18, "Move Forward Party", "organisation", "known")
        >>> short = _Span(30, 42, "Move Forward", "organisation", "known")
        >>> [sp.entity for sp in party_short_links([full, short])]
        ['Move Forward Party', 'Move Forward Party']
    """
    full = {
        sp.entity[: -len(" Party")]: sp.entity
        for sp in people_orgs
        if sp.kind == "organisation" and sp.entity.endswith(" Party") and sp.entity.count(" ") >= 2
    }
    if not full:
        return people_orgs
    return [
        replace(sp, entity=full[sp.entity])
        if sp.kind == "organisation" and sp.entity in full
        else sp
        for sp in people_orgs
    ]
