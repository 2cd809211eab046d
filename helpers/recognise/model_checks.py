"""The span model's readings the text itself contradicts.

Part of :mod:`helpers.recognise`, run right after the trained model has typed the names the rules
left (:mod:`.model`), and once more after the last name rules (:func:`placed_words`). The model
sees a name's shape and its neighbours; the things it cannot weigh, found in the folders of rounds
43 and 44:

- a plural of an acronym is a common noun, no one's name ("Mauger said ROVs would remain");
- a sentence's first word that is an everyday word or a profession's plural alone names nobody
  ("Airlines added flights", "Geologists said"), and neither does a subheading's ("Firewall under
  pressure");
- a wind's name before "wind" is no one's ("a Santa Ana wind event"), and a language's adjective
  ends no name ("the Univision Spanish-language network");
- an office after "the" is a person's, no body ("Mairi Gougeon, the Rural Affairs Secretary");
- a name opened by a plural article is a group's, no one's ("including Los Choneros and Los
  Lobos");
- a name holding the family name of someone the article names in full, and writes alone for
  them, is a relative's, not a body's ("Ali Bongo … one of Bongo's sons, Noureddin Bongo
  Valentin");
- a word the article places with a locative word ("near Larissa", "in Larissa") is that place at
  the mentions where the model alone read it as a person ("Larissa Mayor Apostolos Kalogiannis",
  a headline's "swamps Larissa"), unless it is a word of someone's fuller name in the article
  (:func:`placed_words`).

    >>> sp = [_Span(12, 16, "ROVs", "person", "model", tokens=("ROVs",))]
    >>> model_misreads("Mauger said ROVs would remain.", sp)
    []
"""

from __future__ import annotations

import re
from dataclasses import replace

from helpers.recognise.cues import LANGUAGE_TAIL, PROFESSION_PLURAL, _surnames, names_a_wind
from helpers.recognise.name_tails import _prev_word
from helpers.recognise.names import _cues, _everyday_word, _Span
from helpers.recognise.place_scan import _Mention, _next_word
from helpers.recognise.place_words import MODIFIERS
from helpers.recognise.places import _LOCATIVE

__all__ = ["FAMILY_WHY", "GROUP_WHY", "model_misreads", "placed_words"]

FAMILY_WHY = "holds the family name of someone the article names in full"
GIVEN_SURNAME_WHY = "a common given name and a surname"
GROUP_WHY = "a plural article opens it: a group's name, no one's"
# Spanish plural articles: no one's name starts with one ("Los Choneros", "Los
# Lobos", Ecuador's gangs, were people)
_PLURAL_ARTICLES = frozenset({"Los", "Las"})
# the last word of an office's name ("the Rural Affairs Secretary", "the Foreign Minister"): the
# office a person holds, which the model read as a body
_OFFICE_WORDS = frozenset({"Secretary", "Minister", "Commissioner", "Spokesman", "Spokeswoman"})
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
# a storm's noun in lower case before a name, or before a list of names the span ends ("tropical
# storm Priscilla", "hurricanes Katrina and Rita")
_STORM_BEFORE = re.compile(
    r"\b(?:storm|hurricane|typhoon|cyclone)s?(?: [A-Z][a-z]+,)*(?: [A-Z][a-z]+,? (?:and|or))? \Z"
)
# the nouns of things named after someone, after the name ("Molotov cocktails", "a Petri dish",
# "a Ponzi scheme"; not the nouns that are also verbs: "Smith dishes out", "Jones counters")
_EPONYM_THING = re.compile(r" (?:cocktails?|dish|schemes?|burners?|scale|manoeuvre|maneuver)\b")
# the prepositions that place, and that no person's name follows
_PLACE_ONLY_BEFORE = re.compile(r"\b(?:near|outside|towards?) \Z")
# a sentence's start before a span: the text's start, a paragraph's, or a sentence's end
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"'’”)]? |\n)\Z")


def model_misreads(text: str, people_orgs: list[_Span]) -> list[_Span]:
    """``people_orgs`` without the model's readings the text contradicts, and with a relative's
    name read as a body made a person (see the module docstring)."""
    model = [sp for sp in people_orgs if sp.how == "model"]
    if not model:
        return people_orgs
    cues = _cues()
    # (a family name the text writes alone for its person: "Ali Bongo … Bongo's sons")
    families = {sp.entity for sp in people_orgs if sp.how == "surname" and sp.kind == "person"}
    families = {sp.tokens[-1] for sp in people_orgs if sp.tokens and sp.entity in families} | {
        sp.surface for sp in people_orgs if sp.how == "surname" and sp.kind == "person"
    }
    # (one reading per name: "tropical storm Priscilla … Priscilla weakened")
    storms = {
        sp.entity
        for sp in model
        if len(sp.tokens) == 1
        and _STORM_BEFORE.search(text, max(0, sp.start - 60), sp.start) is not None
    }
    out: list[_Span] = []
    for sp in people_orgs:
        if sp.how == "model":
            if len(sp.tokens) == 1 and (
                _PLURAL_ACRONYM.fullmatch(sp.entity)
                or (sp.entity not in cues.given_names and _opens_heading(text, sp))
                or (
                    (_everyday_word(sp.entity.lower()) or PROFESSION_PLURAL.fullmatch(sp.entity))
                    and sp.entity not in cues.given_names
                    and _SENTENCE_START.search(text, max(0, sp.start - 3), sp.start) is not None
                    and not _written_mid_sentence(text, sp.entity)
                )
            ):
                continue
            if (
                len(sp.tokens) == 1
                and sp.entity in cues.non_person_endings
                and text[max(0, sp.start - 3) : sp.start] in ("'s ", "’s ")
            ):
                continue  # the place a namesake owns, no one's name: "Jennette's Pier"
            if (
                len(sp.tokens) == 1
                and sp.kind == "person"
                and _PLACE_ONLY_BEFORE.search(text, max(0, sp.start - 9), sp.start) is not None
                and text[sp.end : sp.end + 2] not in ("'s", "’s")
            ):
                continue  # a town no list knows, after a preposition of places only: "boats
                # lie near Muynak, once a busy port" (not "outside Smith's house")
            if len(sp.tokens) == 1 and sp.entity in storms:
                continue  # a storm's name, no one's: "tropical storms Priscilla and Raymond"
            if names_a_wind(text, sp.entity, sp.end):
                continue  # a wind's name, no one's: "a Santa Ana wind event"
            if len(sp.tokens) == 1 and _EPONYM_THING.match(text, sp.end) is not None:
                continue  # a thing named after someone, no mention of anyone: "Molotov
                # cocktails", "a Petri dish"
            if (
                len(sp.tokens) >= 2
                and sp.tokens[-1] == "Line"
                and any(t.lower() in MODIFIERS for t in sp.tokens[:-1])
            ):
                continue  # a railway's line named by its region, no body: "the Far North Line"
            if sp.tokens and LANGUAGE_TAIL.search(sp.tokens[-1]):
                continue  # a language's adjective ends no name: "the Univision Spanish-language"
            if (
                sp.kind == "organisation"
                and len(sp.tokens) >= 2
                and sp.tokens[-1] in _OFFICE_WORDS
                and text[max(0, sp.start - 4) : sp.start] in ("the ", "The ")
            ):
                continue  # an office, no body: "Mairi Gougeon, the Rural Affairs Secretary"
            if sp.kind == "person" and len(sp.tokens) >= 2 and sp.tokens[0] in _PLURAL_ARTICLES:
                sp = replace(sp, kind="organisation", how="evidence", surface=GROUP_WHY)
            if (
                sp.kind == "organisation"
                and 2 <= len(sp.tokens) <= 4
                and not families.isdisjoint(sp.tokens[1:])
                and cues.org_words.isdisjoint(sp.tokens)
                and not any(_everyday_word(t.lower()) for t in sp.tokens)
            ):
                sp = replace(sp, kind="person", how="evidence", surface=FAMILY_WHY)
            elif (
                sp.kind == "organisation"
                and len(sp.tokens) == 2
                and sp.tokens[0] in cues.common_given_names
                and sp.tokens[1] in _surnames()
                and not _everyday_word(sp.tokens[0].lower())
                and cues.org_words.isdisjoint(sp.tokens)
                and sp.entity == " ".join(sp.tokens)
            ):
                # a common given name and a surname are a person's, whatever else the surname
                # means: "Travis Head smashes 123" was the model's organisation, for "head"
                # (its bare surname follows by one reading per name: misread.one_person_reading)
                sp = replace(sp, kind="person", how="evidence", surface=GIVEN_SURNAME_WHY)
        out.append(sp)
    return out


def _opens_heading(text: str, sp: _Span) -> bool:
    """Whether a lone word opens a subheading written in sentence case, which the article writes
    nowhere else after a sentence's first word: a line of a few words, the next in lower case,
    and no sentence's end ("Firewall under pressure" over a German election story's section was
    a person; a person's surname there links to the full name first)."""
    if sp.start and text[sp.start - 1] != "\n":
        return False
    line_end = text.find("\n", sp.end)
    line = text[sp.start : line_end if line_end >= 0 else len(text)]
    return (
        _HEADING_LINE.fullmatch(line) is not None
        and not line.rstrip().endswith(_SENTENCE_ENDS)
        and not _written_mid_sentence(text, sp.entity)
    )


# a subheading: its first word, then two to six words, the first of them in lower case
_HEADING_LINE = re.compile(r"\S+ [a-z][\w'’-]*(?: \S+){0,5}")
_SENTENCE_ENDS = (".", "!", "?", ":", '"', "”", "’", ")")


def _written_mid_sentence(text: str, word: str) -> bool:
    """Whether ``word`` is written capitalised after a sentence's first word somewhere: a name
    then, whatever its everyday sense ("… said Shell" makes the sentence's "Shell" a name)."""
    return re.search(rf"[a-z,;] {re.escape(word)}\b", text) is not None


def placed_words(
    text: str, people_orgs: list[_Span], cands: list[_Mention]
) -> tuple[list[_Span], list[_Mention]]:
    """``people_orgs`` without the model's one-word people that the article places elsewhere,
    and ``cands`` with those mentions as the place: one sense of a name per article, where the
    text's own evidence is a locative word ("near Larissa") and the model's only its shape and
    neighbours ("Larissa Mayor Apostolos Kalogiannis"). A word of a fuller person's name in the
    article keeps its reading ("Mr Lincoln … in Lincoln" is for the name rules)."""
    model = [
        sp
        for sp in people_orgs
        if sp.how == "model" and sp.kind == "person" and len(sp.tokens) == 1
    ]
    if not model or not cands:
        return people_orgs, cands
    placed = {m.surface: m for m in cands if m.ntok == 1 and m.context & _LOCATIVE}
    words = {sp.entity for sp in model if sp.entity in placed}
    if not words:
        return people_orgs, cands
    for sp in people_orgs:
        if sp.kind == "person" and len(sp.tokens) > 1:
            words.difference_update(sp.tokens)
    if not words:
        return people_orgs, cands
    ours = {id(sp) for sp in model}
    kept: list[_Span] = []
    back: list[_Mention] = []
    for sp in people_orgs:
        if id(sp) in ours and sp.entity in words and text[sp.start : sp.end] == sp.entity:
            m = placed[sp.entity]
            back.append(
                _Mention(sp.start, sp.end, sp.end, 1, m.key, m.surface, m.senses,
                         _prev_word(text, sp.start), _next_word(text, sp.end))
            )  # fmt: skip
        else:
            kept.append(sp)
    if not back:
        return people_orgs, cands
    return kept, sorted([*cands, *back], key=lambda m: (m.start, -m.end))
