"""People's names that run on past a hyphen, made whole.

Part of :mod:`helpers.recognise`, run just before the span model decides (:mod:`model`): the
tokens split a hyphenated compound at a capital ("Trump-Kim"), so "Ellen Johnson-Sirleaf" reached
the rules as a person "Ellen Johnson" and a word "Sirleaf"; :func:`mend_names` joins such a
name's parts again, so the model is asked about whole names. (Moved out of ``model.py`` when that
module passed 1,000 lines.)
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from helpers.recognise.names import _cues, _Span, _Words
from helpers.recognise.places import _Mention

__all__ = ["mend_names"]


# lower-case particles written hyphenated to a family name ("al-Maliki", "el-Sisi")
_GLUED_PARTICLES = ("al-", "el-", "ad-", "as-", "ash-", "bin-", "ibn-", "abu-", "abd-")
# readings a hyphenated part of a person's name may have been given on its own
_PART_HOWS = frozenset({"verb", "surname", "name", "title", "model"})
_PLACE_PART_KINDS = frozenset({"city", "village", "town", "locality"})


def mend_names(
    text: str, words: _Words, people_orgs: list[_Span], cands: list[_Mention]
) -> tuple[list[_Span], list[_Mention]]:
    """People's names that run on past a hyphen, made whole: "Ellen Johnson-Sirleaf" (not
    "Ellen Johnson" and a speaker "Sirleaf"), "Jean-Bertrand Aristide" (not "Jean", the town
    Bertrand and "Aristide"), "Nouri al-Maliki" (not "Nouri"), "Anne-Marie Idrac".

    The tokeniser splits hyphenated capitalised compounds so that "Trump-Kim" names two people,
    so a person's span stops at the hyphen. It runs on over the hyphenated part when that part is
    untyped, a weak reading (a speaker, a surname link, a town) or a family name's particle, but
    not over a given name after a family name ("Trump-Kim" stays two people), and then over the
    capitalised words that follow. Returns the people and organisations, and the place candidates
    the mended names no longer overlap.

        >>> [s.surface for s in recognise("Ellen Johnson-Sirleaf won.")]  # doctest: +SKIP
        ['Ellen Johnson-Sirleaf']
    """
    if "-" not in text or not people_orgs:
        return people_orgs, cands
    texts, starts, ends, glued, caps = (
        words.texts, words.starts, words.ends, words.glued, words.caps
    )  # fmt: skip
    joined, initial = words.joined, words.initial
    n = len(texts)
    span_at = {sp.start: x for x, sp in enumerate(people_orgs)}
    cand_at = {m.start: x for x, m in enumerate(cands)}
    taken = sorted([(sp.start, sp.end) for sp in people_orgs] + [(m.start, m.end) for m in cands])
    given, calendar = _cues().common_given_names, _cues().calendar
    all_given = _cues().given_names
    gone_spans: set[int] = set()
    gone_cands: set[int] = set()
    mended: dict[int, _Span] = {}
    renamed: dict[str, str] = {}
    for x, sp in enumerate(people_orgs):
        if sp.kind != "person" or sp.ambiguous or x in gone_spans:
            continue
        i = bisect_left(starts, sp.start)
        j = bisect_left(starts, sp.end)  # the token after the span
        if i >= n or starts[i] != sp.start or ends[j - 1] != sp.end:
            continue
        # "Anne-" before "Marie Idrac": a given name hyphenated to the name's first word
        if (
            glued[i]
            and i > 0
            # (not before a surname the entity table names in full: "the Clinton-Trump debate"
            # was a person "Donald Clinton-Trump")
            and not (sp.how == "table" and len(sp.tokens) == 1)
            and (
                texts[i - 1] in given
                # (two given names of any list hyphenated: "Jens-Frederik Nielsen")
                or (texts[i - 1] in all_given and texts[i] in all_given)
                # (or a given name before a name's run the rules read whole: "Pieter-Steph du
                # Toit" was "Steph du Toit")
                or (texts[i - 1] in all_given and sp.how == "name" and len(sp.tokens) >= 2)
            )
            and not _taken(taken, starts[i - 1], ends[i - 1])
        ):
            i -= 1
        k, hyphen, eaten, eaten_cands = j, i < bisect_left(starts, sp.start), [], []
        while k < n:
            word = texts[k]
            if word in calendar:
                break  # a byline's date ends the name: "By Marc-Antoine Leroux March 25, 2024"
            if (
                glued[k]
                and caps[k]
                and (
                    word not in given
                    or texts[k - 1] in given
                    # (a given name that is also a family name, hyphened to a whole name's
                    # surname and written nowhere else: "Alexandria Ocasio-Cortez" was
                    # "Alexandria Ocasio"; "Trump-Kim" names Kim elsewhere; not a second
                    # person's full name: "the John Lennon-Yoko Ono bed-in")
                    or (
                        k - i >= 2
                        and texts[i] in all_given
                        and not (k + 1 < n and joined[k + 1] and caps[k + 1])
                        and _only_hyphened(text, word)
                    )
                )
            ):
                part = True  # "Johnson-Sirleaf", "Jean-Bertrand"
            elif (
                joined[k]
                and not initial[k]
                and word.startswith(_GLUED_PARTICLES)
                and word[word.index("-") + 1 : word.index("-") + 2].isupper()
            ):
                part = True  # "al-Maliki"
            elif hyphen and joined[k] and caps[k] and not initial[k] and not glued[k]:
                part = False  # "Aristide" after "Jean-Bertrand"
            else:
                break
            # what the rules made of the part: nothing, a weak person reading, a town
            end = k + 1
            y = span_at.get(starts[k])
            c = cand_at.get(starts[k])
            if y is not None:
                other = people_orgs[y]
                # (a surname link to several people is as weak: "Ngozi Ekwueme-Hart" beside
                # Peter and Obinna Hart)
                if other.kind != "person" or not (
                    other.how in _PART_HOWS
                    # (or a surname the model learned, after a whole name and written nowhere
                    # else: "Nkosazana Dlamini-Zuma" was "Nkosazana Dlamini" and a "Zuma";
                    # "the Clinton-Trump debate" names Trump elsewhere)
                    or (
                        other.how == "learned"
                        and len(sp.tokens) >= 2
                        and part
                        and _only_hyphened(text, word)
                    )
                ):
                    break
                end = bisect_left(starts, other.end)
                eaten.append(y)
            elif c is not None:
                if cands[c].senses[0][1].kind not in _PLACE_PART_KINDS:
                    break
                end = bisect_left(starts, cands[c].end)
                eaten_cands.append(c)
            elif _taken(taken, starts[k], ends[k]):
                break
            hyphen = hyphen or part
            k = end
        if not hyphen:
            continue
        s, e = starts[i], ends[k - 1]
        old = text[sp.start : sp.end]
        entity = sp.entity[: -len(old)] + text[s:e] if sp.entity.endswith(old) else sp.entity
        mended[x] = _Span(s, e, entity, sp.kind, sp.how, sp.surface, tuple(texts[i:k]))
        renamed.update({people_orgs[y].entity: entity for y in eaten})
        renamed[sp.entity] = entity
        gone_spans.update(eaten)
        gone_cands.update(eaten_cands)
    if not mended:
        return people_orgs, cands
    out = [mended.get(x, sp) for x, sp in enumerate(people_orgs) if x not in gone_spans]
    # a speaker's word that is a mended name's particle surname capitalised at a sentence's
    # start is that person ("Fuad Karim al-Obeidi … Al-Obeidi said")
    particle = {
        t[:1].upper() + t[1:]: sp.entity
        for sp in mended.values()
        if (t := sp.tokens[-1])[:1].islower() and "-" in t
    }
    if particle:
        out = [
            replace(sp, entity=particle[sp.entity], how="surname")
            if sp.how == "verb" and sp.kind == "person" and sp.entity in particle
            else sp
            for sp in out
        ]
    # the rest of the article links to the whole name ("Aristide" → "Jean-Bertrand Aristide")
    for sp in out:
        if sp.how == "surname" and sp.entity not in renamed:
            whole = list({e for e in renamed.values() if e.endswith(sp.entity) and e != sp.entity})
            if len(whole) == 1 and whole[0][-len(sp.entity) - 1] in "- ":
                renamed[sp.entity] = whole[0]  # "Bertrand Aristide" → "Jean-Bertrand Aristide"
    out = [
        replace(sp, entity=renamed[sp.entity])
        if sp.how == "surname" and sp.entity in renamed else sp
        for sp in out
    ]  # fmt: skip
    if gone_cands:
        cands = [m for x, m in enumerate(cands) if x not in gone_cands]
    return out, cands


def _only_hyphened(text: str, word: str) -> bool:
    """Whether every whole-word occurrence of ``word`` in ``text`` follows a hyphen.

    >>> _only_hyphened("Ocasio-Cortez spoke. Ocasio-Cortez left.", "Cortez")
    True
    >>> _only_hyphened("the Trump-Kim summit. Kim Jong Un came.", "Kim")
    False
    """
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        whole = not (at and text[at - 1].isalpha()) and not (
            end < len(text) and text[end].isalpha()
        )
        if whole and text[at - 1 : at] != "-":
            return False
        at = text.find(word, end)
    return True


def _taken(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, non-overlapping ``spans``."""
    x = bisect_left(spans, (end,))
    return x > 0 and spans[x - 1][1] > start
