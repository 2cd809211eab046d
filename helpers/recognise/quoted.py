"""Speakers: people the text frames as people (quoted by name, credited as reporters, named by a
role), and the lone words it writes as speakers that are no one's name.

Part of stage 2 (recognise), run once per article after the span model
(:mod:`helpers.recognise.model`) has typed the names the rules left open. The model reads a name
by its words, and a name whose words it has never seen as a person's ("Kwabena Owusu-Ansah",
"Vo Thi Hoa", "Efua Nkansah") it may read as an organisation. News says otherwise, in frames no
organisation fits:

* quoted by name: ``"…," said Kwabena Owusu-Ansah, deputy director …`` (the name right after
  "said"/"says" and before a comma or a full stop);
* named with an age: ``Vo Thi Hoa, 46,``;
* credited as the story's reporter: ``(Reporting by Efua Nkansah in Accra …)``;
* named by a role: ``farmer Callum MacInnes said`` (``person_roles`` in ``name_cues.toml``).

Such a name of two to four words, with no organisation word, is a person at every mention in
the article (one reading per name). Names the entity table, the known organisations or other
evidence typed are left alone. The other way round, a lone unknown word written as a speaker
("Telstra said") is an organisation (:func:`_speakers_by_name`).

    >>> from helpers.recognise import recognise
    >>> [(s.surface, s.type) for s in recognise('"We lost," said Vo Thi Hoa, 46.')]  # doctest: +SKIP
    [('Vo Thi Hoa', 'person')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import Any

from helpers.recognise.anchored import add_word_starts, matches_at
from helpers.recognise.chunks import PARTY_MEMBERS
from helpers.recognise.cues import _everyday
from helpers.recognise.misread import CREDIT_WORDS, CREDITS, NAMES_BEFORE_WIRE, _team_evidence
from helpers.recognise.names import _cues, _everyday_word, _known_surname, _Span, _Words
from helpers.recognise.orgs import _MAJOR_KINDS
from helpers.recognise.places import _PLACE_CONTEXT, _Mention
from helpers.recognise.surname_links import _SURNAME_AFTER

__all__ = ["framed_people", "quoted_people"]  # (and _speakers_by_name, for the recogniser)

WHY = "framed as a person (quoted by name, with an age, as a reporter or by a role)"
# readings the frame may overrule: the names' and the model's guesses, not knowledge or evidence
_OVERRULED = frozenset({"model", "name", "verb"})
# ... and a nickname's: a lone given name after a role too ("goalkeeper Emiliano"), a surname's
_NICKNAME_OVERRULED = _OVERRULED | {"role", "given", "surname", "title"}
_BEFORE = re.compile(
    r"(?:\b(?:said|says|added|asked|told)|\((?:Reporting|Writing|Editing|Additional reporting) "
    r"by|\b(?:Reporting|Writing|Editing) by|[a-z]+) $"
)
_AGE = re.compile(r", \d{1,3},")
# a Gaelic family name's shape ("O'Brien", "O’Neill", "McAllister", "MacLeod"): no list needed
_GAELIC_SURNAME = re.compile(r"(?:O['’]|Mac?)[A-Z][a-z]")
# a run of initials, each with its full stop ("R.M.A.L.", "J.K.")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
# the readings that name a lone word a person by its frame: a role noun before it ("singer Nemo"),
# a title ("President Lula")
_FRAMED_ALONE = frozenset({"evidence", "title"})


def quoted_people(text: str, people_orgs: list[_Span]) -> list[_Span]:
    """``people_orgs`` with the names the text frames as people typed as people (see the module
    docstring); the same list when there are none."""
    cues = _cues()
    roles, org_words = cues.person_roles, cues.org_words
    framed: set[str] = set()
    for sp in people_orgs:
        if sp.kind != "organisation" or sp.how not in _OVERRULED or sp.entity in framed:
            continue
        if not 2 <= len(sp.tokens) <= 4 or any(t in org_words for t in sp.tokens):
            continue
        before = _BEFORE.search(text, max(0, sp.start - 30), sp.start)
        after = text[sp.end : sp.end + 6]
        word = before.group(0).strip() if before else ""
        if word.islower() and word not in ("said", "says", "added", "asked", "told"):
            # a role noun: "farmer Callum MacInnes said", "farmer Callum MacInnes, who …"
            ok = word in roles and (after.startswith((",", " said", " says", " told")))
        elif before:
            ok = after[:1] in (",", ".", " ", ")") if "by" in word else after[:1] in (",", ".")
        else:
            ok = bool(_AGE.match(after))
        if ok:
            framed.add(sp.entity)
    if not framed:
        return people_orgs
    return [
        replace(sp, kind="person", how="quoted")
        if sp.entity in framed and sp.kind == "organisation" and sp.how in _OVERRULED
        else sp
        for sp in people_orgs
    ]


# a hyphenated description before a name ("Father-of-one", "Mother-of-two"): no word of it
_DESCRIBED = re.compile(r"-[a-z]")
# a run of two to four capitalised words (particles between them: "Florence van den Berg")
# right before an age: ", 63,"
# (the capital first and the look-behind after it: the same matches, found faster)
# (a word's letters and a particle's are taken whole, "*+" and "{1,4}+": what follows each is a
# space or a comma, never a letter, so giving letters back never made a match, and trying it at
# every capital cost ~0.4 of the scan)
# (not from a possessive: "Israel's Eden Golan, 20," was one person)
_AGED_NAME = re.compile(
    r"([A-Z](?<![\w.’'-].)(?![\w-]*['’]s )[\w’'-]*+(?: (?:[a-z]{1,4}+ ){0,2}[A-Z][\w’'-]*+){1,3}),"
    r" \d{1,3},"
)


# a lower-case role noun, then two to four capitalised words, then "said"/"told"/a comma:
# "president Hiroshi Chiba said", "analyst Carys Pendleton, who …"
# (looked for from the name's capital, which the regex engine finds in C, and the role word then
# read before it: starting from every lower-case word cost ~0.1 ms per article)
# (the words taken whole, as _AGED_NAME's)
_FRAMED_NAME = re.compile(
    r"[A-Z](?<=[ \n][A-Z])[\w’'-]*+(?: (?:[a-z]{1,4}+ ){0,2}[A-Z][\w’'-]*+){1,3}"
    r"(?=,| said\b| says\b| told\b)"
)
# the same runs read backwards, in the reversed text, from the character before their end: a
# capitalised word (a maximal run of its letters, whose first is a capital), then one to three
# more, a space and up to two particles between (each particle's letters and space taken whole:
# a word follows them, which is no particle). _FRAMED_NAME and _AGED_NAME are tried only where
# such a run ends at their end (a comma, " said", an age): from the text's start they were tried
# at every capital after a space, ~0.03 ms per article each
_RUN_REVERSED = r"[\w’'-]*+(?<=[A-Z])(?: (?:[a-z]{1,4}+ ){0,2}+[\w’'-]*+(?<=[A-Z])){1,3}"
_RUN_BEFORE = re.compile(_RUN_REVERSED)
_RUN_BEFORE_COMMA = re.compile("," + _RUN_REVERSED)  # (a comma before it: found in C)
# (a comma may stand between the role and the name: "The AU Commission chairperson, Moussa
# Faki Mahamat, congratulated …")
# (the word's first letter, then the look-behind for its start, and its letters taken whole: a
# comma or a space follows them; the same matches as "\b([a-z][a-z-]+),? $", where "\b" first
# was tried at every character of the window)
_ROLE_BEFORE = re.compile(r"([a-z](?<!\w.)[a-z-]++),? $")
# a wire's credits before a name, and the names before it in the same credit ("Reporting by
# Laila Mansour and Karim Aoude", "Writing by Ghaida Farhat")
_CREDIT_BEFORE = re.compile(
    rf"{CREDITS}(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{0,3}}(?:, (?:and )?| and ))*\Z"
)
# a wire's credits and the names they list: "Reporting by Gopal Sharma in Kathmandu; Editing by
# Tony Munroe and Lincoln Feast" (two to four capitalised words each)
# (a full stop only after an initial or a short abbreviation inside the name: "editing by Daniel
# Okafor." ended a line, and "Reporting by Claire Fontaine. Claire Fontaine said" was one name)
_CREDIT_NAME = re.compile(
    r"[A-Z][\w'’-]*(?: [A-Z](?:\.(?= [A-Z])|[\w'’-]{1,2}\.(?= [A-Z])|[\w'’-]*)){1,3}"
)
_CREDIT_LIST = re.compile(
    rf"{CREDITS}({_CREDIT_NAME.pattern}(?:(?:, (?:and )?| and ){_CREDIT_NAME.pattern})*)"
)
# a byline's names on a line of their own, before the wire or the line's end: "By Panu
# Wongcha-um and Prak Chan Thul, Reuters"
_BYLINE_LIST = re.compile(
    rf"By ({_CREDIT_NAME.pattern}(?:(?:, (?:and )?| and ){_CREDIT_NAME.pattern})*)(?=,|\n|\Z| \|)"
)
# a photo's credit: "Photo: Tran Minh Duc/AFP", "Photograph by Ana Ruiz/Reuters", "© Pham Duc
# Thanh / AFP"
_PHOTO_CREDIT = re.compile(
    rf"(?:\b(?:Photo|Photograph|Picture|Image)s?(?: by)?:|©) ({_CREDIT_NAME.pattern})\Z"
)
# ... or the agency first, as the wires write it: "REUTERS/Umit Bektas", "AP Photo/Evan Vucci"
_AGENCY_BEFORE = re.compile(r"(?<![\w-])(?:REUTERS|Reuters|AP Photo|AFP|EPA|EPA-EFE|Xinhua)\Z")
_LINE_ENDS = re.compile(r"[ \t]*(?:\n|\Z|\)|;)")
# ... or after any outlet's capitalised name at a bracket's opening, the credit closing the
# bracket and the line: "(Spice Isle Chronicle/Kervin Noel)"
_OUTLET_BEFORE = re.compile(r"\((?:[A-Z][\w’'&.-]*(?: |(?=\Z))){1,5}\Z")
_BRACKET_ENDS = re.compile(r"\)[ \t]*(?:\n|\Z)")
# the lengths of the credits' words ("Pic", "Photo", "Editing", "Reported", "Reporting")
_CREDIT_WORD_LENGTHS = tuple(sorted({len(w) for w in CREDIT_WORDS}))
# ... or right after it, in apposition, before its body or the clause's end (a capitalised
# adjective with a hyphen may qualify the role: "Vladimir Saldo, the Russian-installed head of
# the region" was Vladimir, the Russian city) ("Sutopo Purwo
# Nugroho, spokesman for the agency", "Ann Tully, a senior analyst at", "Santiago Bausili, the
# new central bank governor and …", "Noureddin Bongo Valentin, the president's son and …")
_SUCCEEDED_BY = re.compile(r"\b(?:succeeded|replaced) by \Z")
# a role a name is given: " as the new director", " as acting president"
_AS_ROLE = re.compile(
    r" as (?:(?:the|its|his|her|their) )?(?:(?:new|acting|interim|first|next|deputy|chief) )?"
    r"([a-z][a-z-]+)"
)
# a line of a name alone and the reporter's town or venue (helpers.readers reads it as the author)
_NAME_AT_LINE = re.compile(
    r"^([A-Z][\w'’-]+ [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:at|in) [A-Z][\w'’ -]{0,40}$", re.M
)
# a byline's two names or more on a line of their own, before a dot: "Chanda Mwale and Lerato
# Dlamini · 26 June 2025 · 6 min read"
_NAMES_BEFORE_DOT = re.compile(
    rf"^({_CREDIT_NAME.pattern}(?:(?:, (?:and )?| and | & ){_CREDIT_NAME.pattern})+) [·•] ", re.M
)
# ... or one name before its outlet and a date, dot after dot: "Teuira Napa · The Pacific
# Ledger · 12 Nov 2025" (Napa, California went on the map)
_NAME_OUTLET_DATE = re.compile(
    rf"^({_CREDIT_NAME.pattern}) [·•] [^\n·•]{{2,60}} [·•] [^\n·•]*\d", re.M
)
# a role of a body, in apposition before a name: "the candidate of the governing coalition, "
_ROLE_OF_BEFORE = re.compile(
    r"\b(?:the|a|an) ([a-z][a-z-]+) (?:of|for|at) (?:the )?(?:[\w'’-]+ ){0,4}[\w'’-]+, \Z"
)
_ROLE_AFTER = re.compile(
    # (not a clause a conjunction opens: "in contact with Heathrow and National Grid, while a
    # spokesperson for the prime minister said" made National Grid a person)
    r", (?!(?:while|whilst|but|when|whereas|although|though|as|after|before|since|because|yet)\b)"
    r"(?:(?:a|an|the) )?(?:[A-Z][\w-]*['’]s )?"  # (a body's possessive: "OceanGate's chief")
    r"(?:(?:[a-z-]+|[A-Z][a-z]+-[a-z]+)(?:['’]s)? ){0,3}([a-z][a-z-]+)"
    r"(?= (?:for|of|at|with|and)\b|,)"
)


# a title in capitals in apposition after a name: ", the Chief Secretary of", ", the Director
# for" (its last word a role of people's: name_cues.toml's person_roles)
_TITLE_AFTER = re.compile(r", (?:the|a|an) (?:[A-Z][a-z]+ ){0,2}([A-Z][a-z]+)(?= (?:of|for)\b)")


def _framed_names(text: str, rev: str) -> list[re.Match[str]]:
    """``_FRAMED_NAME``'s matches in ``text`` (``rev`` reversed): tried at the words of each run
    of capitalised words right before a comma or " said", " says", " told" (its end)."""
    n = len(text)
    starts: set[int] = set()
    for m in _RUN_BEFORE_COMMA.finditer(rev):
        add_word_starts(text, n - m.end(), n - m.start() - 1, starts)
    for verb in (" said", " says", " told"):
        pos = text.find(verb)
        while pos != -1:
            if (m := _RUN_BEFORE.match(rev, n - pos)) is not None:
                add_word_starts(text, n - m.end(), pos, starts)
            pos = text.find(verb, pos + 5)
    return matches_at(_FRAMED_NAME, text, starts)


def _aged_names(text: str, rev: str) -> list[re.Match[str]]:
    """``_AGED_NAME``'s matches in ``text`` (``rev`` reversed): tried at the words of each run of
    capitalised words right before an age (", 63,")."""
    n = len(text)
    starts: set[int] = set()
    for age in _AGE.finditer(text):
        if (m := _RUN_BEFORE.match(rev, n - age.start())) is not None:
            add_word_starts(text, n - m.end(), age.start(), starts)
    return matches_at(_AGED_NAME, text, starts)


def _weaker_inside(
    people_orgs: list[_Span], start: int, end: int, overruled: frozenset[str]
) -> list[int] | None:
    """The positions of the spans overlapping ``start:end``, or None where one of them is typed
    by a rule not in ``overruled`` or reaches past the run: the run may replace them only so."""
    over = [i for i, sp in enumerate(people_orgs) if sp.start < end and start < sp.end]
    if any(
        people_orgs[i].how not in overruled
        or people_orgs[i].start < start
        or people_orgs[i].end > end
        for i in over
    ):
        return None
    return over


# a name and a family name's initial ("Taleb A.", "Anis A."): the initial ends the name
_INITIALLED = re.compile(r"[A-Z][a-zà-öø-ÿ'’-]+ [A-Z]\.(?![\w.])")
# words a letter follows that name no one ("Vitamin D.", "Hepatitis B.", "Group A.")
_LETTERED_THINGS = frozenset({"Vitamin", "Hepatitis", "Group", "Type", "Plan", "Class", "Annex"})


def _initialled(text: str, sp: _Span) -> bool:
    """Whether a span is a name and a family name's initial ("Taleb A."), its first word no
    everyday word nor a thing a letter names."""
    first = sp.tokens[0] if sp.tokens else ""
    return (
        len(sp.tokens) == 2
        and _INITIALLED.fullmatch(text, sp.start, sp.end) is not None
        and first not in _LETTERED_THINGS
        and not _everyday_word(first.lower())
    )


def framed_people(
    text: str, people_orgs: list[_Span], cands: list[_Mention]
) -> tuple[list[_Span], list[_Mention]]:
    """People the text frames as people — with an age, or after a role noun and before "said"
    or a comma (or anywhere after a role noun, where only the model read an organisation) — whom
    no rule found, because a word of the name is a place ("fisherman Sjoerd Holland, 63," —
    Holland; "said Florence van den Berg, 39," — Florence; "chief executive Jordan Whitcombe,
    52," — Jordan; "president Hiroshi Chiba said" — Chiba prefecture), or because the name
    rules cut it at its particles ("spokesman Pieter de Vries said" was "Vries"): the
    name is a person, and the place candidates inside it go, and so do the guesses of the name
    rules and the model inside it. A name a stronger rule typed, a place's own multi-word name ("Kansas
    City, 12,") and a name holding an organisation's word are left alone.

        >>> from helpers.recognise import recognise
        >>> [(s.surface, s.type) for s in recognise("Fisherman Sjoerd Holland, 63, said so.")]
        [('Sjoerd Holland', 'person')]
    """
    cues = _cues()
    roles, titles, groups = cues.person_roles, cues.title_words, cues.group_words
    rev = text[::-1]  # (the names' runs are read back from their ends: _RUN_REVERSED)
    runs = [m.span(1) for m in _aged_names(text, rev)] if _AGE.search(text) else []
    for m in _framed_names(text, rev):
        role = _ROLE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        # ... or a role in apposition after it ("Irungu Houghton, executive director of Amnesty
        # International Kenya" was Houghton, Michigan)
        if role is None or role.group(1) not in roles:
            role = _ROLE_AFTER.match(text, m.end())
        if role is not None and role.group(1) in roles:
            runs.append(m.span())
    # a name right after a role noun that only the model read as an organisation ("to deny
    # defender Kwame Asante from a free kick"): the role says person, whatever follows
    # ... or before one, in apposition ("Sutopo Purwo Nugroho, spokesman for the agency")
    for sp in people_orgs:
        if sp.how == "model" and sp.kind == "organisation" and 2 <= len(sp.tokens) <= 4:
            role = _ROLE_BEFORE.search(text, max(0, sp.start - 40), sp.start)
            after = _ROLE_AFTER.match(text, sp.end)
            if after is None or after.group(1) not in roles:
                # ... or a title in capitals in apposition ("led by Farley Augustine, the Chief
                # Secretary of the Tobago House of Assembly" was an organisation)
                titled = _TITLE_AFTER.match(text, sp.end)
                if titled is not None and titled.group(1).lower() in roles:
                    after = titled
            if after is None or after.group(1).lower() not in roles:
                # ... or named to a role ("appointed Rameau Normil as the new director
                # general of the police")
                after = _AS_ROLE.match(text, sp.end)
            # ... or a role of a body in apposition before it ("after the candidate of the
            # governing coalition, Crin Antonescu, was eliminated": folder 166)
            role_of = _ROLE_OF_BEFORE.search(text, max(0, sp.start - 80), sp.start)
            if (
                (role is not None and role.group(1) in roles)
                or (after is not None and after.group(1).lower() in roles)
                or (role_of is not None and role_of.group(1) in roles)
                # ... or a successor in an office ("when President Hage Geingob died and was
                # succeeded by Nangolo Mbumba")
                or _SUCCEEDED_BY.search(text, max(0, sp.start - 16), sp.start) is not None
                # ... or a wire's credits: "Writing by Ghaida Farhat; Editing by …"
                or _CREDIT_BEFORE.search(text, max(0, sp.start - 80), sp.start) is not None
                # ... or a name and its family name's initial, as German news withholds it
                # ("identified by German media as Taleb A." was an organisation)
                or _initialled(text, sp)
                # ... or joined by "and" to a person's full name ("marshalled by Levi Colwill
                # and Trevoh Chalobah" was an organisation)
                or (
                    text[sp.start - 5 : sp.start] == " and "
                    and any(
                        p.end == sp.start - 5 and p.kind == "person" and len(p.tokens) >= 2
                        for p in people_orgs
                    )
                )
            ):
                runs.append((sp.start, sp.end))
    # the names a wire's credits list are people ("Editing by Tony Munroe and Lincoln Feast"
    # put Lincoln, Nebraska on a Nepali story's map)
    # (found from each " by ", the credit's word read before it: a scan of the whole text for
    # the credits' words cost 0.07 ms per article)
    # (one opened by a given name is the person's even where it is a town's whole name:
    # "additional reporting by Miguel Pereira" put Miguel Pereira, Brazil on a Lisbon story's map)
    given = _cues().given_names
    bylined: set[tuple[int, int]] = set()
    pos = text.find(" by ")
    while pos != -1:
        for m in filter(None, (_CREDIT_LIST.match(text, pos - k) for k in _CREDIT_WORD_LENGTHS)):
            for n in _CREDIT_NAME.finditer(text, m.start(1), m.end(1)):
                runs.append(n.span())
                if n[0].split(" ", 1)[0] in given:
                    bylined.add(n.span())
        pos = text.find(" by ", pos + 4)
    # ... and so are a byline's, at a line's start (the second, after "and", was read by no rule:
    # "Prak Chan Thul" became an organisation), but a desk's ("By Nation Reporter")
    # (a byline's name opened by a given name is the person's even where it is a place's whole
    # name: "By Claire Fontaine and Julien Marchetti" was Saint-Leu-la-Forêt, whose other name
    # it is)
    lines_by = [0] if text.startswith("By ") else []
    pos = text.find("\nBy ")
    while pos != -1:
        lines_by.append(pos + 1)
        pos = text.find("\nBy ", pos + 1)
    # (or after a standfirst's sentence on its line, before the outlet: "Here’s what we know. By
    # Priya Raman and Jordan MacLeod | Toronto Regional News" put Jordan on the map)
    # (the outlet's bar after it says byline, where a sentence's "By" could open anything)
    in_line_by: set[int] = set()
    pos = text.find(". By ")
    while pos != -1:
        in_line_by.add(pos + 2)
        pos = text.find(". By ", pos + 1)
    for at in [*lines_by, *sorted(in_line_by)]:
        byline = _BYLINE_LIST.match(text, at)
        if byline is not None and (at not in in_line_by or text.startswith(" |", byline.end())):
            for n in _CREDIT_NAME.finditer(text, byline.start(1), byline.end(1)):
                if not any(
                    _everyday_word(word.lower()) and word not in given for word in n[0].split()
                ):
                    runs.append(n.span())
                    if n[0].split(" ", 1)[0] in given:
                        bylined.add(n.span())
    # ... and a byline without "By" on a line of its own near the top, the reporter's town or
    # venue after the name ("Sam Whitfield at Perth Stadium" put Whitfield, Australia on the map)
    for line in _NAME_AT_LINE.finditer(text, 0, min(len(text), 800)):
        if line[1].split(" ", 1)[0] in given:
            runs.append(line.span(1))
            bylined.add(line.span(1))
    # ... and two reporters or more before a dot and the date or the outlet ("Chanda Mwale and
    # Lerato Dlamini · 26 June 2025" put Chanda, India on the map)
    # ... or before a comma and the wire ("Hery Rakotondrabe and Claire Fontaine, AFP")
    dotted = "·" in text or "•" in text
    # (a word that is itself an everyday word, not one a letter longer: "Hery Rakotondrabe"
    # is no plural of "her")
    for pattern in (
        (_NAMES_BEFORE_DOT, _NAME_OUTLET_DATE, NAMES_BEFORE_WIRE)
        if dotted
        else (NAMES_BEFORE_WIRE,)
    ):
        for line in pattern.finditer(text, 0, min(len(text), 800)):
            for n in _CREDIT_NAME.finditer(text, line.start(1), line.end(1)):
                if not any(
                    word.lower() in _everyday() and word not in given for word in n[0].split()
                ):
                    runs.append(n.span())
    # a photo's credit before its agency names a photographer ("Photo: Tran Minh Duc/AFP" was an
    # organisation)
    # (read back from each "/" before a capital: a scan of the whole text cost 0.1 ms per article)
    # (and "Photo: Buda Mendes / Getty Images", spaced, put Buda and Mendes on the map)
    pos = text.find("/")
    while pos != -1:
        end = pos
        if text[pos + 1 : pos + 2] == " " and text[pos - 1 : pos] == " ":
            end, pos = pos - 1, pos + 1
        if text[pos + 1 : pos + 2].isupper():
            credit = _PHOTO_CREDIT.search(text, max(0, end - 60), end)
            if credit is not None:
                runs.append(credit.span(1))
            # ... and one after its agency, the wires' own order ("REUTERS/Umit Bektas" was an
            # organisation; not "AFP/Getty Images", an agency after an agency), or after an
            # outlet the text names, the credit bracketed whole at a caption's end ("(Spice Isle
            # Chronicle/Kervin Noel)" was an organisation; "(Ugyen Wangdi / Asia Frontline
            # Weekly)" is the other order)
            elif (
                (name := _CREDIT_NAME.match(text, pos + 1)) is not None
                and name[0].rsplit(" ", 1)[-1] not in _cues().org_words
                and (
                    (
                        _AGENCY_BEFORE.search(text, max(0, end - 12), end) is not None
                        and _LINE_ENDS.match(text, name.end())
                    )
                    or (
                        _BRACKET_ENDS.match(text, name.end())
                        and _OUTLET_BEFORE.search(text, max(0, end - 50), end) is not None
                        and any(sp.end == end and sp.kind == "organisation" for sp in people_orgs)
                    )
                )
            ):
                runs.append(name.span())
        pos = text.find("/", pos + 1)
    if not runs:
        return people_orgs, cands
    runs = sorted(set(runs))  # (a name both framed and after a role is one run)
    found: list[_Span] = []
    guessed: set[int] = set()  # the names' and the model's readings the frames overrule
    for start, end in runs:
        words = text[start:end].split(" ")
        # (a role, title, faith or party before the name: "Fisherman Sjoerd Holland, 63,",
        # "Democrat Ann Slater, 56,")
        while words and (
            words[0].lower() in roles
            or _DESCRIBED.search(words[0])  # "Father-of-one Simon Collcutt"
            or words[0] in titles
            or words[0] in groups
            or words[0] in PARTY_MEMBERS
            # (or an everyday word before a given name and a surname: "Leftist Gabriel Boric,
            # 35, wins")
            or (
                len(words) >= 3
                and words[1] in cues.given_names
                and words[0] not in cues.given_names
                and (
                    _everyday_word(words[0].lower())
                    # ... or a nationality: "American Lindsey Vonn, 41, is attempting"
                    or any(c.start == start and c.senses[0][1].kind == "demonym" for c in cands)
                )
            )
        ):
            start += len(words.pop(0)) + 1
        names = [w for w in words if w[:1].isupper()]
        if (
            len(names) < 2
            or words[0].lower() in cues.function_words
            or any(w in cues.org_words or w in cues.calendar for w in names)
            or names[-1] in cues.non_person_endings
            # (an acronym, not a run of initials: "chairman R.M.A.L. Rathnayake announced" was
            # an organisation)
            or (
                any(
                    w.isupper() and len(w.rstrip(".")) > 1 and not _INITIALS.fullmatch(w)
                    for w in names
                )
                # (but a surname in capitals after a given name, as French credits write it:
                # "© Karim JAAFAR / AFP" was no one)
                and not _caps_surname(names, cues.given_names)
            )
            or any(w.islower() and w not in cues.particles for w in words)
            # (a possessive inside it holds an owner and his thing: "at Shriners Children's
            # Philadelphia, her mother, Lizbeth" was a person, whose "surname" took the city)
            or any(w.endswith(("'s", "’s")) for w in words[:-1])
        ):
            continue
        over = _weaker_inside(people_orgs, start, end, _OVERRULED)
        if over is None:
            continue  # a stronger rule typed (part of) it, or a name reaches past it
        inside = [c for c in cands if c.start < end and start < c.end]
        if not inside and any(
            (people_orgs[i].start, people_orgs[i].end, people_orgs[i].kind)
            == (start, end, "person")
            for i in over
        ):
            continue  # read as this person already
        if any(
            ((c.start, c.end) == (start, end) and (start, end) not in bylined)
            or c.start < start
            or c.end > end
            for c in inside
        ):
            continue  # a place's own name ("Kansas City, 12,"), or one reaching past the run
        name = " ".join(words)
        guessed.update(over)
        found.append(_Span(start, end, name, "person", "quoted", name, tuple(words)))
    if not found:
        return people_orgs, cands
    found, kept = _bare_surnames_over_places(found, cands, text)
    if guessed:
        people_orgs = [sp for i, sp in enumerate(people_orgs) if i not in guessed]
    return sorted([*people_orgs, *found], key=lambda sp: (sp.start, -sp.end)), kept


def _caps_surname(names: list[str], given: frozenset[str]) -> bool:
    """Whether ``names`` are a given name in ordinary case and one surname of four capitals or
    more, as French and wire credits write a name ("Karim JAAFAR", not "Karim BBC").

    >>> _caps_surname(["Karim", "JAAFAR"], frozenset({"Karim"})), _caps_surname(["Karim", "BBC"], frozenset({"Karim"}))
    (True, False)
    """
    return (
        len(names) == 2
        and names[0] in given
        and names[0][1:].islower()
        and names[1].isupper()
        and len(names[1]) >= 4
        and names[1].isalpha()
    )


def _bare_surnames_over_places(
    found: list[_Span], cands: list[_Mention], text: str
) -> tuple[list[_Span], list[_Mention]]:
    """``found`` with its people's bare surnames that place candidates held, and the candidates
    without them and without those ``found`` overlaps: one reading per name, the surname
    standing bare is the person where nothing places it ("Holland said", not "sailed to
    Holland"); a nationality before a noun stays the nationality ("Bill English … English
    players")."""
    spans = [(sp.start, sp.end) for sp in found]
    surnames = {sp.tokens[-1]: sp.entity for sp in found}
    out = list(found)
    kept: list[_Mention] = []
    for c in cands:
        if any(s < c.end and c.start < e for s, e in spans):
            continue
        if (
            c.surface in surnames
            and not c.context & _PLACE_CONTEXT
            and (c.senses[0][1].kind != "demonym" or _SURNAME_AFTER.match(text, c.end) is not None)
        ):
            word = c.surface
            out.append(_Span(c.start, c.end, surnames[word], "person", "surname", word, (word,)))
            continue
        kept.append(c)
    return out, kept


_POSSESSIVES = ("'s ", "’s ")

# a given name (or two), a nickname in quotes and a family name of one or two words (after a
# particle) and its generation: 'Emiliano "Dibu" Martínez', "Claudio ‘Chiqui’ Tapia", 'Joaquín
# "El Chapo" Guzmán', 'Paolo Benigno "Bam" Aquino IV', 'Ronald "Bato" dela Rosa', 'Ferdinand
# "Bongbong" Marcos Jr.'
# (the capital first and the look-behind after it, "(?<![\w’'-])[A-Z]" written "[A-Z](?<![\w’'-].)":
# the same matches, and the regex engine skips to the next capital in C)
# (the given name's words taken whole, as _AGED_NAME's, a space after each; not the nickname's,
# whose quote may close on an apostrophe: "‘Bo’")
_NICKNAMED = re.compile(
    r"([A-Z](?<![\w’'-].)[\w’'-]++(?: [A-Z][\w’'-]++)?) (?:\"|“|‘|')[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2}"
    r"(?:\"|”|’|') ((?:(?:de|da|del|di|van|von|dos|la|dela|de la|delos|de los) )?[A-Z][\w’'-]+"
    r"(?: (?!(?:Jr|Sr)\b)[A-Z][\w’'-]+)?(?: (?:Jr\.?|Sr\.?|II|III|IV))?)"
)
NICKNAME_WHY = "a given name and a family name around a nickname in quotes"
# what every such name holds: a name's last letter, a space, an opening quote and a capital (a
# cheap scan that rules out most articles; quotes after "said" pass it)
_NICKNAME_HINT = re.compile(r"[\"“‘'](?<=[\w’'-] .)[A-Z]")
# ... and the given name's one or two words before that space, read backwards in the reversed
# text: _NICKNAMED is tried only at their starts (from the text's start it was tried at every
# capital after a space)
_GIVEN_BEFORE = re.compile(r"[\w’'-]++(?: [\w’'-]++)?")


def nicknamed_people(
    text: str, people_orgs: list[_Span], cands: list[_Mention]
) -> tuple[list[_Span], list[_Mention]]:
    """A given name, a nickname in quotes and a family name are one person, named by the given
    and the family name: 'goalkeeper Emiliano "Dibu" Martínez' was a lone "Emiliano" and the
    Mexican town Martínez; 'Claudio "Chiqui" Tapia' a bare "Tapia" (whose bare uses the later
    rules link to the person). Weak readings inside give way; a stronger one keeps it.

        >>> from helpers.recognise import recognise
        >>> [(s.surface, s.entity) for s in recognise('Claudio "Chiqui" Tapia wrote.')]
        [('Claudio "Chiqui" Tapia', 'Claudio Tapia')]
    """
    quotes = [m.start() for m in _NICKNAME_HINT.finditer(text)]
    if not quotes:
        return people_orgs, cands  # (no name before a quoted capital: most articles)
    n, rev = len(text), text[::-1]
    starts: set[int] = set()
    for quote in quotes:
        if (given := _GIVEN_BEFORE.match(rev, n - quote + 1)) is not None:
            add_word_starts(text, n - given.end(), quote - 1, starts)
    cues = _cues()
    found: list[_Span] = []
    dropped: set[int] = set()
    for m in matches_at(_NICKNAMED, text, starts):
        given, family = m.group(1), m.group(2)
        first = given.split(" ", 1)[0]
        if " " in given and first in cues.title_words:
            # a title before one given name: 'President Ferdinand "Bongbong" Marcos Jr.'
            m = _NICKNAMED.match(text, m.start() + len(first) + 1) or m
            given, family = m.group(1), m.group(2)
            first = given.split(" ", 1)[0]
        words = family.split(" ")
        if (
            # (a given name, or a name word that is no everyday word nor title: 'Panfilo "Ping"
            # Lacson' put Lacson, a Philippine town, on the map)
            not (
                first in cues.given_names
                or (
                    not _everyday_word(first.lower())
                    and first not in cues.title_words
                    # (and a family name of no everyday word: 'Netflix "Squid Game" Season')
                    and not any(_everyday_word(w.lower()) for w in words if w[:1].isupper())
                )
            )
            or any(
                w in cues.org_words or w in cues.calendar or w in cues.non_person_endings
                for w in (*given.split(" "), *words)
            )
        ):
            continue
        start, end = m.start(), m.end()
        over = _weaker_inside(people_orgs, start, end, _NICKNAME_OVERRULED)
        if over is None:
            continue  # a stronger rule typed (part of) it, or a name reaches past it
        dropped.update(over)
        tokens = (*given.split(" "), *(w for w in words if w[:1].isupper()))
        name = f"{given} {family}"
        found.append(_Span(start, end, name, "person", "evidence", NICKNAME_WHY, tokens))
    if found:
        # (and the family name standing bare, where a town's name held it: 'Jorge "Tuto"
        # Quiroga … Quiroga, 65, who served as president' was Quiroga, a Spanish village)
        found, cands = _bare_surnames_over_places(found, cands, text)
    return _with_found(people_orgs, cands, found, dropped)


def _with_found(
    people_orgs: list[_Span], cands: list[_Mention], found: list[_Span], dropped: set[int]
) -> tuple[list[_Span], list[_Mention]]:
    """``people_orgs`` without the spans at ``dropped`` and with ``found``, in text order, and
    ``cands`` without the place candidates the found spans overlap."""
    if not found:
        return people_orgs, cands
    spans = [(sp.start, sp.end) for sp in found]
    cands = [c for c in cands if not any(s < c.end and c.start < e for s, e in spans)]
    kept = [sp for i, sp in enumerate(people_orgs) if i not in dropped]
    return sorted([*kept, *found], key=lambda sp: (sp.start, -sp.end)), cands


# a person's name, then the name he or she is known by: "Balendra Shah, popularly known as
# Balen," (Balen, a Belgian town, was on a Nepali story's map)
_KNOWN_AS = re.compile(
    r", "
    # (after an apposition of everyday words: "Balendra Shah, a 35-year-old former rapper and
    # structural engineer known as "Balen", who")
    r"(?:(?:a|an|the) [a-z0-9][\w-]*(?: [a-z][\w-]*){0,10} )?"
    r"(?:(?:popularly|widely|commonly|better|also|affectionately) )?(?:known as|nicknamed|dubbed)"
    # (not a title's abbreviation: 'known as "Mr. Titanic"' gave a person "Mr")
    r" [\"“‘']?(?!(?:Mr|Mrs|Ms|Dr|Mx)\.)([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)[\"”’']?(?=[,.;)])"
)
KNOWN_AS_WHY = "the name the text says the person is known by"


def known_as_people(
    text: str, people_orgs: list[_Span], cands: list[_Mention]
) -> tuple[list[_Span], list[_Mention]]:
    """The name a person is "known as" right after his or her name is that person's, wherever
    the article writes it: no place candidate and no other reading ("Balendra Shah, popularly
    known as Balen, said … Balen added" was Balen, Belgium, twice).

        >>> from helpers.recognise import recognise
        >>> t = "Mayor Balendra Shah, popularly known as Balen, said so. Balen added more."
        >>> [(s.surface, s.entity) for s in recognise(t)][1:]
        [('Balen', 'Balendra Shah'), ('Balen', 'Balendra Shah')]
    """
    people = {sp.end: sp for sp in people_orgs if sp.kind == "person"}
    known: dict[str, str] = {}
    for mt in _KNOWN_AS.finditer(text):
        sp = people.get(mt.start())
        if sp is not None and mt.group(1) not in sp.entity.split(" "):
            known.setdefault(mt.group(1), sp.entity)
    if not known:
        return people_orgs, cands
    pattern = re.compile(r"(?<![\w’'-])(?:" + "|".join(map(re.escape, known)) + r")(?![\w’'-])")
    found: list[_Span] = []
    dropped: set[int] = set()
    for mt in pattern.finditer(text):
        s, e = mt.span()
        over = _weaker_inside(people_orgs, s, e, _NICKNAME_OVERRULED)
        if over is None:
            continue  # (a longer name holds it, or a stronger rule read it)
        dropped.update(over)
        found.append(_Span(s, e, known[mt.group()], "person", "evidence", KNOWN_AS_WHY,
                           tuple(mt.group().split(" "))))  # fmt: skip
    return _with_found(people_orgs, cands, found, dropped)


# the evidence a lone-word person after a role carries (its ``why``)
ROLE_WHY = "named right after a role or kinship noun ('striker Saka', 'his brother Jim')"
KIN_WHY = "written with a kinship noun ('Rafferty's brother')"
APPOSED_WHY = "set off by commas after a kinship noun ('his wife, Victoria,')"


# a date after a comma: ", 28 October 2025", ", Oct. 28"
_DATE_AFTER = re.compile(
    r", (?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?(?: \d{1,4})?"
)


def role_named_people(
    text: str, w: _Words, capitals: Any, people_orgs: list[_Span], cands: list[_Mention]
) -> tuple[list[_Span], list[_Mention]]:
    """One capitalised word right after a role or kinship noun of people only (``lone_name_roles``
    in ``name_cues.toml``) is a person: "Arsenal striker Saka scored twice" (Saka was a town read
    as a team), "commander Megabazus", "his partner Egan", "Rafferty's brother Jim". The word
    loses a town's or a guessed reading — never a country's or state's ("partner Germany"), a
    name a stronger rule typed, an organisation word, a title or a date — and its other bare
    mentions that nothing places are the person too (one reading per name).

        >>> from helpers.recognise import recognise
        >>> [(s.surface, s.type) for s in recognise("Arsenal striker Saka scored twice.")]
        [('Arsenal', 'organisation'), ('Saka', 'person')]
    """
    cues = _cues()
    roles = cues.lone_name_roles
    found: list[_Span] = []
    dropped: set[int] = set()  # the readings of people_orgs the roles overrule
    gone: set[tuple[int, int]] = set()  # the place candidates they overrule
    weak = _OVERRULED | {"surname"}
    team_whys = _team_evidence()
    named_at = _role_named_words(text, w, capitals, roles, cues.kinship)
    for (start, end), why in named_at:
        word = text[start:end]
        if (
            word in cues.org_words
            or word in cues.title_words
            or word in cues.calendar
            or word.lower() in cues.function_words
            or word in cues.group_words
            or word in cues.abbreviations  # ("spokesman Capt. Evan Sullivan")
            or (text[end : end + 1] == "." and word + "." in cues.abbreviations)
            # (nor a byline's town before its date: "West Africa correspondent Abidjan, 28
            # October 2025" made every Abidjan of the story a person)
            or _DATE_AFTER.match(text, end) is not None
        ):
            continue
        over = [i for i, sp in enumerate(people_orgs) if sp.start < end and start < sp.end]
        if any(people_orgs[i].kind == "person" and people_orgs[i].how != "verb" for i in over):
            continue  # a person already ("the striker Kane", "brother Jim Rafferty"; a speaker's
            # word is one only until its speaker's rule asks whether it is a known name)
        if any(
            (people_orgs[i].start, people_orgs[i].end) != (start, end)
            or not (people_orgs[i].how in weak or people_orgs[i].surface in team_whys)
            for i in over
        ):
            continue  # a longer name holds it, or knowledge typed it
        inside = [c for c in cands if c.start < end and start < c.end]
        if any(
            (c.start, c.end) != (start, end)
            or (c.senses[0][1].kind in _MAJOR_KINDS and why != APPOSED_WHY)
            or c.senses[0][1].kind == "demonym"
            for c in inside
        ):
            continue  # a country or state ("trading partner Germany"), a people's adjective
            # ("chief Palestinian negotiator"), or a longer place's word
        dropped.update(over)
        gone.update((c.start, c.end) for c in inside)
        found.append(_Span(start, end, word, "person", "evidence", why, (word,)))
    if not found:
        return people_orgs, cands
    # one reading per name: the word's other bare mentions that nothing else places or types
    named = {sp.entity for sp in found}
    at = {(sp.start, sp.end) for sp in found}
    for i, sp in enumerate(people_orgs):
        if (
            sp.entity in named
            and i not in dropped
            and sp.kind != "person"
            and len(sp.tokens) == 1
            and (sp.how in weak or sp.surface in team_whys)
        ):
            dropped.add(i)
            found.append(
                _Span(sp.start, sp.end, sp.entity, "person", "evidence", ROLE_WHY, sp.tokens)
            )
            at.add((sp.start, sp.end))
    kept: list[_Mention] = []
    for c in cands:
        if (c.start, c.end) in gone:
            continue
        if (
            c.surface in named
            and (c.start, c.end) not in at
            and not c.context & _PLACE_CONTEXT
            and c.senses[0][1].kind not in _MAJOR_KINDS
        ):
            found.append(
                _Span(c.start, c.end, c.surface, "person", "evidence", ROLE_WHY, (c.surface,))
            )
            continue
        kept.append(c)
    people_orgs = [sp for i, sp in enumerate(people_orgs) if i not in dropped]
    return sorted([*people_orgs, *found], key=lambda sp: (sp.start, -sp.end)), kept


def _role_named_words(
    text: str, w: _Words, capitals: Any, roles: frozenset[str], kin: frozenset[str]
) -> list[tuple[tuple[int, int], str]]:
    """The spans of the lone capitalised words a role noun names ("striker Saka scored",
    "Commander Megabazus." at a sentence's start) or a possessive's kinship noun follows
    ("Rafferty's brother"), with the reason each; looked for among the capitalised tokens only
    (a regular expression over every word of the text cost ~0.15 ms an article)."""
    texts, caps, joined, glued, initial = w.texts, w.caps, w.joined, w.glued, w.initial
    n = len(texts)
    found: list[tuple[tuple[int, int], str]] = []
    for k in capitals.index:
        if k == 0 or not joined[k] or not texts[k][1:2].islower():
            continue
        prev = texts[k - 1]
        if not (prev in roles or (initial[k - 1] and caps[k - 1] and prev.lower() in roles)):
            continue
        nxt = k + 1
        if nxt < n and (
            glued[nxt]  # "Tanaka-Moore"
            or (joined[nxt] and caps[nxt])  # a longer name
            # a particle and a name ("Moqtada al-Sadr", "Pieter van Dyk")
            or (joined[nxt] and len(texts[nxt]) <= 3 and nxt + 1 < n and caps[nxt + 1])
        ):
            continue
        found.append(((w.starts[k], w.ends[k]), ROLE_WHY))
    if "s " in text:
        # a word with a possessive and a kinship noun after it, and no name word before it
        for k, after in zip(capitals.before, capitals.after, strict=True):
            if (
                after in kin
                and text.startswith(_POSSESSIVES, w.ends[k])
                and texts[k][1:2].islower()
                and not (k > 0 and joined[k] and caps[k - 1])
            ):
                found.append(((w.starts[k], w.ends[k]), KIN_WHY))
    # one word between commas after a possessive's kinship noun, whatever place it also names:
    # "Keir Starmer and his wife, Victoria, greet supporters" (Victoria, Australia)
    # (the commas' literal first, then the few words before them: a pattern that opened with the
    # possessives tried every word of the text)
    for m in _APPOSED_NAME.finditer(text):
        kin_before = _KIN_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if kin_before is not None and kin_before.group(1) in kin:
            found.append((m.span(1), APPOSED_WHY))
    return sorted(set(found))


# one capitalised word between commas, and a possessive's noun right before the first comma
_APPOSED_NAME = re.compile(r", ([A-Z][a-zà-öø-ÿ'’-]+),")
_KIN_BEFORE = re.compile(r"\b(?:his|her|their|my|our) ([\w-]+)\Z")


def _speakers_by_name(text: str, people_orgs: list[_Span], w: _Words) -> list[_Span]:
    """A lone word read as a person only because the text writes it as a speaker ("X said"),
    that no full name introduced and the span model left a person, is an organisation unless it
    is a known given name or surname: "Telstra said", "Nokia said" (a town too); "Rafferty
    said", "Lula said" stay people. In news a speaker named by one unknown word is a company or
    body far more often than a person (see :data:`helpers.recognise.names.SURNAMES_TOP`). An unknown plural that only
    ever starts a sentence is no name at all ("Authorities said", "Analysts said"). A word that
    ends a person's full name found by later rules ("Osama bin Laden" … "Laden said") is that
    person's surname."""
    cues = _cues()
    unknown: dict[str, list[int]] = {}
    for i, sp in enumerate(people_orgs):
        if (
            sp.how == "verb"
            and sp.kind == "person"
            and not _known_surname(sp.entity)  # (with its accents too: "Gálvez said")
            and sp.entity not in cues.given_names
            and sp.entity not in cues.family_first
            and not _GAELIC_SURNAME.match(sp.entity)
        ):
            unknown.setdefault(sp.entity, []).append(i)
    if not unknown:
        return people_orgs
    out: list[_Span | None] = list(people_orgs)
    starts, initial = w.starts, w.initial
    full = {
        sp.tokens[-1]: sp.entity for sp in people_orgs if sp.kind == "person" and len(sp.tokens) > 1
    }
    # ... or an inner word of one person's name of three words or more, which no name ends with
    # ("Civil Aviation Minister Ram Mohan Naidu Kinjarapu … Naidu told reporters" was an
    # organisation "Naidu")
    inner: dict[str, set[str]] = {}
    for sp in people_orgs:
        if sp.kind == "person" and len(sp.tokens) > 2:
            for token in sp.tokens[1:-1]:
                inner.setdefault(token, set()).add(sp.entity)
    for word, names in inner.items():
        if len(names) == 1 and word not in full:
            full[word] = next(iter(names))
    # ... nor a word the text names as a person alone elsewhere, after a role or a title ("Swiss
    # singer Nemo has won … Nemo said": an organisation, every mention)
    framed = {
        sp.entity
        for sp in people_orgs
        if sp.kind == "person" and sp.how in _FRAMED_ALONE and len(sp.tokens) == 1
    }
    # ... or with an age after it ("Nemo, 24, who identifies as non-binary": a singer, no body)
    if ", " in text:
        # (the word and its comma found in C first: most words are never written so, and the
        # pattern, one per word, is compiled or looked up in re's cache at each call)
        framed.update(
            word
            for word in unknown
            if f"{word}, " in text and re.search(rf"\b{re.escape(word)}, \d{{1,3}},", text)
        )  # fmt: skip
    for word, where in unknown.items():
        if word in framed:
            continue
        if word in full:
            for i in where:
                sp = people_orgs[i]
                out[i] = _Span(sp.start, sp.end, full[word], "person", "surname", tokens=sp.tokens)
            continue
        if word.endswith("s") and all(
            initial[bisect_left(starts, people_orgs[i].start)] for i in where
        ):
            for i in where:
                out[i] = None
            continue
        for i in where:
            sp = people_orgs[i]
            out[i] = _Span(sp.start, sp.end, word, "organisation", "verb", tokens=sp.tokens)
    return [sp for sp in out if sp is not None]
