"""What the text says about a name: a company or an organisation by its description.

Part of :mod:`helpers.recognise.orgs`, asked by :func:`~helpers.recognise.orgs.find.organisations`:
"Vale, a Brazilian company", "FINTRAC, Canada's financial intelligence agency", "the Wagner
group", "shares of Newmont", "a unit of Barrick", "Toronto-based miner Kinross".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress
from typing import Any

from helpers.recognise.name_reach import _MAJOR_KINDS
from helpers.recognise.names import _cues, _everyday_word, _Span, _surnames, _Words
from helpers.recognise.org_evidence import _Evidence, _run_end, _run_start
from helpers.recognise.places import _IN, _Mention

# "shares of X", "a unit of X": the capitalised name after these is a company
# ("[Ss]hares of ", "a unit of ", "[Ss]hares in "): one text scan each
_OWNED = ("hares of ", "unit of ", "hares in ")
_DESCRIBED = re.compile(r", (?:an?|the) ")
# "X, Canada's financial intelligence agency": a name, a place's possessive, up to four
# lower-case words and the description's noun, then its end
_NAME_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*){0,3})\Z")
_DESCRIPTION_TAIL = re.compile(
    r"(?:[a-z-]+ ){0,4}?([a-z-]+)(?=[,.;]| (?:said|says|which|that|and)\b)"
)
# description nouns that may head a person's description too ("Kenya's top investor")
_PERSONS_NOUNS = frozenset({"investor", "developer", "operator", "broker", "giant", "provider"})
# a town's name before "group" bigger than this is the town's ("the Cambridge group of …")
_GROUP_TOWN_MAX_POP = 50_000
# (and a union's: "the Verdi union", "the Unite union"; Verdi, Nevada was on a strike's map)
# (the "\b" as a look-behind after the first letter: the same matches, found faster)
_GROUP_AFTER = re.compile(
    # (not a union territory's: "the Naypyitaw union territory" was a trade union)
    r"[Tt](?<!\w.)he ([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}) (?:group|union(?! territor))\b"
    # ... and a news agency's, after one word of its standing ("the semiofficial Tasnim news
    # agency" was a person)
    r"|[Tt](?<!\w.)he (?:[a-z-]+ )?([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}) news agency\b"
)
# words that may follow the noun of "X, a … company" (so the noun is the description's head, not
# "X, a company spokesman")
_AFTER_HEAD = frozenset(
    ["that", "which", "who", "whose", "with", "in", "of", "based", "headquartered", "founded",
     "listed", "known", "owned", "run", "and", "said", "says", "on", "at", "for", "from", "to",
     "by",
     # ("Sales by Debswana, the joint venture between the government and De Beers" was a person)
     "between",
     # (a body's making: "ALMA, a movement launched by a former auditor general")
     "launched", "formed", "created", "led", "set", "started", "backed", "funded"]
)  # fmt: skip
_ARTICLES = frozenset({"a", "an", "the"})
# a time's possessive before an event's name ("this weekend's", "Sunday's", "last year's")
_WHEN_POSSESSIVE = re.compile(
    r"\b(?:weekend|week|year|season|month|today|tonight|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    r"['’]s \Z"
)
# a sentence's opening phrase of time or place up to a name, a few words without a number
# ("Ahead of this weekend's …", "Before the …"; not "In 2022 the Cotton Campaign, a coalition",
# where the name opens the clause)
_OPENING_PHRASE = re.compile(
    r"(?:^|[.!?][\"'’”]? |\n)(?:Ahead of|Before|After|During|Since|Until|Following|Despite|Amid"
    r"|Throughout|Unlike|Like|At|In|On|Over|Under|From|Among)(?: [A-Za-z'’-]+){0,4} \Z"
)
# places by their plural nouns: a group of them is an archipelago or a district, no body ("the
# Chagos, a group of islands", "Manila, a group of towns")
_PLACES_OF = re.compile(
    r" of (?:\w+ )?(?:islands|islets|atolls|towns|villages|cities|districts|provinces|states"
    r"|countries|nations|neighbo(?:u)?rhoods|communities|settlements|municipalities|counties)\b"
)


# the words after which a description's head has come ("a member of", "an analyst at")
_HEAD_ENDS = frozenset({"of", "by", "at", "with", "for"})


# an age in a description: a person's ("Kasun Wijeratne, a 29-year-old software developer")
_AGED = re.compile(r"\d-year-old\b")


def _a_persons(people_orgs: list[_Span], start: int) -> bool:
    """Whether a person's name or surname link starts at ``start``."""
    return any(sp.start == start and sp.kind == "person" for sp in people_orgs)


def _described(
    text: str,
    w: _Words,
    capitals: Any,
    cands: list[_Mention],
    ev: _Evidence,
    people_orgs: list[_Span],
) -> list[tuple[int, int, str]]:
    """ "Vale, a Brazilian company", "shares of Newmont", "shares in Glaxo Wellcome",
    "Toronto-based miner Kinross"; not a person's surname before a noun that is a person's
    trade too ("Uribe, a New Jersey insurance broker", after "Jose Uribe")."""
    places_at = {m.start: m for m in cands}
    texts, starts, ends, caps, joined = w.texts, w.starts, w.ends, w.caps, w.joined
    n = len(texts)
    out: list[tuple[int, int, str]] = []
    nouns = ev.company_nouns
    cues = _cues()
    given, calendar = cues.given_names, cues.calendar
    # "X, a … company": the noun within five words, as the description's head
    described = _DESCRIBED.search(text) is not None  # one scan for ", a ", ", an ", ", the "
    for k in (
        compress(capitals.before, map(_ARTICLES.__contains__, capitals.after)) if described else ()
    ):
        if text[ends[k] : starts[k + 1]] != ", ":
            continue
        for j in range(k + 2, min(k + 8, n)):
            if not joined[j] and text[ends[j - 1] : starts[j]] != "'s ":
                break  # the description ends ("the world's biggest miner" goes on)
            if texts[j] in _HEAD_ENDS:
                # its head came before ("Hamadi, a member of the Hezbollah group", "Nueva
                # Fuerabamba, the town built by the miner", "Whitlock, a mining analyst at a
                # Sydney brokerage")
                break
            if texts[j] in nouns:
                # the noun heads the description ("a company spokesman", "the company's
                # president" describe a person)
                if j + 1 >= n or (
                    text[ends[j] : ends[j] + 1] not in ("'", "’")  # (either apostrophe)
                    and (not joined[j + 1] or texts[j + 1] in _AFTER_HEAD)
                ):
                    if _PLACES_OF.match(text, ends[j]):
                        break
                    a = _run_start(w, k)
                    while a > 0 and w.glued[a]:  # a hyphenated name whole ("Mercedes-Benz, a …")
                        a = _run_start(w, a - 1)
                    if _OPENING_PHRASE.search(
                        text, max(0, starts[a] - 60), starts[a]
                    ) or _WHEN_POSSESSIVE.search(text, max(0, starts[a] - 14), starts[a]):
                        break  # the name ends a sentence's opening phrase, or is a day's or a
                        # season's event, and the description starts the clause: "for this
                        # weekend's Bahrain Grand Prix, a coalition of 20 rights groups sent a
                        # letter" made the race a body, as "Before the World Cup, a group …"
                    place = places_at.get(starts[a])
                    # (not "worked in Kansas, the company says": a place the text writes as one)
                    if (
                        texts[a] not in given
                        and not (texts[j] in _PERSONS_NOUNS and _a_persons(people_orgs, starts[a]))
                        # (nor a day's or a month's: "By 06:00 on Tuesday, the company said")
                        and texts[a] not in calendar
                        # (nor a function word alone: "But, the al-Qaida in Iraq militant group
                        # led by")
                        and not (a == k and texts[a].lower() in cues.function_words)
                        and _AGED.search(text, ends[k], starts[j]) is None
                        and not (
                            place is not None
                            and place.end == ends[k]
                            # (a place the text writes as one, or a country: "Iran, a major oil
                            # producer")
                            and (place.context & _IN or place.senses[0][1].kind in _MAJOR_KINDS)
                        )
                    ):
                        out.append((starts[a], ends[k], "described"))
                break
    # "FINTRAC, Canada's financial intelligence agency": a name described as a country's or a
    # state's body (not a person's: "Ruto, Kenya's president")
    # (read from each major place followed by a possessive: a scan of the whole text cost 0.07
    # ms per article)
    for m in cands:
        if (
            text.startswith(("'s ", "’s "), m.end)
            and m.start >= 2
            and text.startswith(", ", m.start - 2)
            and m.senses[0][1].kind in _MAJOR_KINDS
        ):
            tail = _DESCRIPTION_TAIL.match(text, m.end + 3)
            head = _NAME_BEFORE.search(text, max(0, m.start - 62), m.start - 2)
            if (
                tail is not None
                and head is not None
                and tail.group(1) in nouns
                and tail.group(1) not in _PERSONS_NOUNS
                and head.group(1).split(" ", 1)[0] not in given
                and head.start(1) not in places_at
                # (nor a day's or a month's: "rose to 197 on Wednesday, Vietnam's disaster
                # management agency said" made an organisation "Wednesday")
                and head.group(1).split(" ", 1)[0] not in calendar
            ):
                out.append((head.start(1), head.end(1), "described"))
    # "the Wagner group", "the Adani group", "the Verdi union": a name before a lower-case "group"
    # or "union" (not a
    # people's or a place's: "the Syrian group", "the Houthi group")
    # (nor a town's of its own: "the Cambridge group of the Macular Disease Society"; nor
    # everyday words: "The Rights group, B'Tselem")
    if " group" in text or " union" in text or " news agency" in text:
        groups = _cues().group_words
        for mt in _GROUP_AFTER.finditer(text):
            if mt.start(1) >= 0:
                a, e = mt.span(1)
            else:
                a, e = mt.span(2)
                if text.count(mt[2]) != text.count(f"{mt[2]} news agency"):
                    continue  # a people's word too ("Abkhaz separatists … the Abkhaz news agency")
            inside = [m for m in cands if a <= m.start < e]
            if all(
                m.start == a
                and m.senses[0][1].kind == "city"
                and m.senses[0][1].population < _GROUP_TOWN_MAX_POP
                and not m.context & _IN
                for m in inside
            ) and not any(
                word in groups or _everyday_word(word.lower()) for word in text[a:e].split()
            ):
                out.append((a, e, "described"))
    # "shares of X", "a unit of X"
    for needle in _OWNED:
        pos = text.find(needle)
        while pos != -1:
            k = bisect_left(starts, pos + len(needle))
            if (
                k < n
                and starts[k] == pos + len(needle)
                and caps[k]
                and joined[k]
                # (not "shares in Tokyo fell": a market's place)
                and not (needle == "hares in " and starts[k] in places_at)
            ):
                j = _run_end(w, k)
                # (not a firm's base before its name: "a unit of Abu Dhabi-based International
                # Resources Holding" was a company "Abu"; the "-based" rule below names it)
                if not (texts[j - 1].endswith("-based") or (j < n and texts[j].endswith("-based"))):
                    out.append((starts[k], ends[j - 1], "owned"))
            pos = text.find(needle, pos + 1)
    # "Toronto-based miner Kinross", "Houston-based Halliburton" (not "London-based John Smith":
    # a given name and a known surname)
    pos = text.find("-based ")
    surnames = _surnames() if pos != -1 else frozenset()
    while pos != -1:
        k = bisect_left(starts, pos + 7)
        if k < n and starts[k] == pos + 7:
            if texts[k] in nouns and k + 1 < n and joined[k + 1]:
                k += 1
            elif texts[k] in given and not (
                k + 1 < n and caps[k + 1] and joined[k + 1] and texts[k + 1] not in surnames
            ):
                k = n  # "London-based John Smith"; not "Zurich-based Barry Callebaut"
            if k < n and caps[k] and joined[k]:
                out.append((starts[k], ends[_run_end(w, k) - 1], "based"))
        pos = text.find("-based ", pos + 1)
    return out
