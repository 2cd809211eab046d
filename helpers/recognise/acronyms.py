"""Acronyms: which capitalised abbreviations name an organisation, and the long names an article
defines for them ("the International Monetary Fund (IMF) … the IMF").

Part of stage 2 (:mod:`helpers.recognise`). Plain functions of the text, with no spans of their
own: the places rules ask whether a bracketed word is a defined short form ("Athletics Kenya (AK)"
is no Alaska), the organisation rules where its long name starts and whether it fits.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from helpers.recognise.cues import _cues, _everyday_word, _surnames
from helpers.recognise.tokens import DAY_HALVES

__all__ = [
    "DAY_HALVES",
    "DEFINITION",
    "FILLERS",
    "NOT_ORG_ACRONYMS",
    "after_clock",
    "defined_acronym",
    "initials_fit",
    "long_name_start",
    "lower_case_term",
]

# a clock's half of the day or its time zone ("03:01 PM", "18:54 BST"): no organisation, and
# after a clock's digits no name's word either (helpers.recognise.names, .model)
CLOCK_WORDS = frozenset(
    [
        "AM", "PM", "GMT", "BST", "UTC", "CET", "CEST", "EET", "EEST", "WET", "ET", "EST", "EDT",
        "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "IST", "JST", "KST", "HKT",
        "SGT", "AEST", "AEDT", "AWST", "SAST", "MSK", "BOT", "ART", "BRT", "NZDT", "NZST", "ACST",
        "NZT", "PHT", "ICT", "WAT", "EAT", "CAT", "IRST", "GST",
    ]
)  # fmt: skip


def after_clock(texts: list[str], k: int) -> bool:
    """Whether token ``k`` follows a clock's time and half of the day ("8:15 p.m.", "9 am"; not a
    24-hour clock's four digits, which a year's are too: "the 2015 NPT Review Conference").

        >>> after_clock(["at", "8", "15", "p.m.", "NPT"], 4), after_clock(["the", "NPT"], 1)
        (True, False)
    """
    return texts[k - 1] in DAY_HALVES and k >= 2 and texts[k - 2].isdigit()


# capitalised abbreviations that name no organisation (units, times, diseases, Roman numerals)
NOT_ORG_ACRONYMS = frozenset(
    [
        "TV", "CEO", "CFO", "COO", "CTO", "GDP", "GNP", "OK", "AIDS", "HIV", "MVP",
        "COVID", "SARS", "DNA", "RNA", "ID", "IT", "PR", "II", "III", "IV", "VI", "VII", "VIII",
        "IX", "XI", "USD", "EUR", "GBP", "JPY", "FM", "AC", "DC", "IQ", "MP", "MPs", "PhD", "SUV", "VIP", "VVIP", "UFO", "ATM", "AQI",
        "PC", "CD", "DVD", "GPS", "AI", "LGBT", "LGBTQ", "PS", "FAQ", "MRI", "EV", "EVs", "ICU", "ER",
        "BC", "AD", "CE", "BCE", "KM", "MPH", "LB", "OZ", "NO", "ON", "IN", "AT", "TO", "OF",
        "AND", "THE", "OR", "BY", "UP", "US", "A", "I", "Q1", "Q2", "Q3", "Q4", "RSS", "URL",
        "HTML", "PDF", "USB", "CEOs", "DJ", "MC", "NEWS", "UPDATE", "BREAKING", "VIDEO",
        "PHOTO", "PHOTOS", "WATCH", "LIVE", "EXCLUSIVE", "OPINION", "ANALYSIS", "STATS",
        # time zones not among the clock words below ("PKT", "WIB") and diseases ("MRSA")
        "PKT", "WIB", "MRSA", "TB", "HPV", "RSV", "ALS", "ADHD", "PTSD", "COPD", "MERS", "OCD",
        "UTI", "STI", "STIs",
        # a headquarters ("at his campaign HQ" was an organisation)
        "HQ",
        # pollutants' and chemicals' names ("filters designed to remove PFAS" was a body)
        "PFAS", "PFOA", "PFOS", "PCB", "PCBs", "VOC", "VOCs", "NOx", "PM2.5", "CO2", "LNG", "LPG",
        # a family doctor and a Grand Prix ("pressure on GP surgeries", "the Belgian GP")
        "GP",
        # American football's positions ("CB Jalen Ramsey (hamstring)")
        "QB", "RB", "WR", "TE", "OT", "OG", "LT", "RT", "LG", "RG", "DT", "DE", "LB", "CB",
        "FB", "DB", "OL", "DL",
        # ... and hockey's and football's ("LW Jonathan Huberdeau", "GK Alisson")
        "LW", "RW", "GK",
        # ... and a match's video referee and extra time ("after a VAR review", "2-1 AET"; not
        # "HT" and "FT", which are also the Hindustan Times and the Financial Times)
        "VAR", "AET",
        # accounting's and markets' measures ("expected 2024 EBITDA", "EPS rose after the IPO")
        "EBITDA", "EBIT", "EPS", "IPO", "IPOs", "CPI", "PPI", "PMI", "ETF", "ETFs", "ROE", "P/E",
        # a baseball box score's columns and notes ("LOB--Texas 6", "HR--Semien (2)", "TEXAS IP
        # H R ER BB SO" were organisations; not "SO", "BB", "SB": words and a firm's initials)
        "LOB", "RBI", "RBIs", "ERA", "IP", "HR", "AB", "BI",
        # everyday terms in capitals ("arrested for DUI", "a DIY store"), which the shouted-word
        # check took for plurals of "du" and "di" until it read only real plurals
        "DUI", "DWI", "DIY",
        # degrees ("five MBBS students were among those killed" was a body)
        "MBBS", "MBA", "BSc", "MSc", "LLB", "LLM",
    ]
) | CLOCK_WORDS  # fmt: skip
# " (IMF)" right after a name: the acronym the text defines for it, or ", or ECOWAS," as
# wire copy writes it ("the Economic Community of West African States, or ECOWAS, and …")
# (a lower-case letter may stand for "of" or "for" between capitals: "MoEFCC", "DoJ", "DfE")
# (match.group("acronym") is the acronym; the match starts where the long name ends)
DEFINITION = re.compile(
    r"(?: (?P<paren>\()|, or )(?P<acronym>[A-Z](?:[a-z]?[A-Z&]){1,7})(?(paren)\)|(?=[,.;:)]))"
)
# lower-case words inside a long name that give the acronym no letter ("Food and Drug
# Administration", "Banco de la Nación")
FILLERS = frozenset(
    {"of", "and", "the", "for", "&", "to", "in", "on", "de", "du", "des", "la", "le"}
)


def initials_fit(acr: str, name: str) -> bool:
    """Whether the letters of ``acr`` are, in order, initials of ``name``'s words.

    >>> initials_fit("IMF", "International Monetary Fund"), initials_fit("WTO", "World Trade Organization")
    (True, True)
    >>> initials_fit("NDRRMC", "Management Council"), initials_fit("IL", "Liberal Initiative")
    (False, True)
    >>> initials_fit("FAA", "U.S. Federal Aviation Administration")
    True
    """
    words = [w for w in name.replace("-", " ").split() if w[:1].isupper()]
    if len(words) > 2 and words[0] in _COUNTRY_PREFIXES and acr[:1] != words[0][0]:
        words = words[1:]  # "U.S. Federal Aviation Administration (FAA)": the country's letters
    initials = "".join(w[0] for w in words)
    it = iter(initials)
    letters = _capitals(acr)
    return (
        (acr[0] == initials[:1] and all(ch in it for ch in letters))
        # a body named in English whose acronym keeps its own language's order ("Liberal
        # Initiative (IL)", Iniciativa Liberal): the same initials, each once
        or (len(initials) >= 2 and sorted(letters) == sorted(initials))
        # every word's initial and a syllable's or two more ("Palang Pracharath Party (PPRP)")
        or (len(initials) >= 2 and 0 < len(letters) - len(initials) <= 2
            and _syllables_fit(letters, words))
    )  # fmt: skip


# a country's letters before a body's name, which its acronym leaves out
_COUNTRY_PREFIXES = frozenset({"U.S.", "US", "U.K.", "UK", "EU", "UN", "U.N."})


def _syllables_fit(letters: str, words: list[str]) -> bool:
    """Whether ``letters`` are each word's initial in order, with a word's inner letters after
    its initial where the acronym takes a syllable of it ("PPRP": Palang PRacharath Party).

        >>> _syllables_fit("PPRP", ["Palang", "Pracharath", "Party"])
        True
        >>> _syllables_fit("PRP", ["Palang", "Party"]), _syllables_fit("PPRP", ["Palang", "Party"])
        (False, False)
    """
    if not words:
        return not letters
    word = words[0]
    if not letters or letters[0] != word[0]:
        return False
    rest, pos, low = letters[1:], 1, word.lower()
    while True:
        if _syllables_fit(rest, words[1:]):
            return True
        if not rest or len(rest) <= len(words) - 1:
            return False  # (each later word needs its initial)
        pos = low.find(rest[0].lower(), pos) + 1
        if not pos:
            return False
        rest = rest[1:]


def _capitals(acr: str) -> str:
    """An acronym's letters that stand for capitalised words ("MoEFCC" → "MEFCC")."""
    return "".join(ch for ch in acr if ch.isupper())


def long_name_start(
    text: str, end: int, acr: str, endings: frozenset[str] = frozenset()
) -> int | None:
    """Where the capitalised name ending at ``end`` (the acronym's " (") starts, when its words'
    initials spell ``acr`` exactly, one letter per capitalised word, read across lower-case
    fillers and commas, and across ``endings`` at its end (a company's legal form: "Selangor
    Maritime Terminals Bhd (SMT)"); None when they do not.

    News spells long names out once, and their words often read as several names ("Philippine
    Atmospheric" and "Geophysical … Administration"), so the acronym says where the one name starts.

        >>> t = "said the Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA)"
        >>> t[long_name_start(t, t.index(" ("), "PAGASA") :]
        'Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA)'
        >>> long_name_start("talks in Paris, France (AFP)", 22, "AFP") is None
        True
    """
    letters = _capitals(acr)
    lo = max(0, end - 200)
    found = list(_NAME_WORD.finditer(text, lo, end))
    words = [mt.group() for mt in reversed(found)]
    at = _spelt_from(words, letters, len(letters), 0, True, endings)
    if at is None:
        at = _spelt_in_other_order(words, letters)
    return None if at is None else found[len(found) - 1 - at].start()


def _spelt_in_other_order(words: list[str], letters: str) -> int | None:
    """The index in ``words`` (from the name's end backwards) of the first word of a name whose
    capitalised words' initials are ``letters`` in another order: a body named in English whose
    acronym keeps its own language's order ("Ministry of Territorial Administration and
    Decentralisation (MATD)", Ministère de l'Administration du Territoire et de la
    Décentralisation; "the People's Electoral Movement (MEP)", Aruba's Movimiento Electoral di
    Pueblo, whose first letter is not the English name's: "MEP" linked to "Electoral Movement";
    held folder 237). Fillers and commas give no letter; any other lower-case word ends the name.

        >>> _spelt_in_other_order(["Decentralisation", "and", "Administration", "Territorial",
        ...                        "of", "Ministry", "the"], "MATD")
        5
        >>> _spelt_in_other_order(["Movement", "Electoral", "People's", "the"], "MEP")
        2
        >>> _spelt_in_other_order(["Trade", "and", "Affairs", "Foreign"], "MFAT") is None
        True
    """
    initials: list[str] = []
    for k, word in enumerate(words):
        if word == "," or word in FILLERS:
            continue
        if not word[:1].isupper():
            return None
        initials.append(word[0])
        if len(initials) == len(letters):
            ok = sorted(initials) == sorted(letters)
            return k if ok else None
    return None


def _spelt_from(
    words: list[str], letters: str, left: int, k: int, tail: bool, endings: frozenset[str]
) -> int | None:
    """The index in ``words`` (the name's words from its end backwards) of the word that spells
    the first of ``letters[:left]``, or None. A filler gives no letter, unless the acronym takes
    one from it ("Economic Community of West African States (ECOWAS)"): skipping it is tried
    first, so "Organization of the Petroleum Exporting Countries (OPEC)" starts at its capital."""
    while k < len(words):
        word = words[k]
        if word == ",":
            k += 1
            continue  # "Philippine Atmospheric, Geophysical …"
        if word in FILLERS or (tail and word in endings):
            legal = _capitals(word) if tail and word in endings else ""
            if legal and left > len(legal) and letters[:left].endswith(legal):
                # a legal form whose letters the acronym keeps ("Petróleos de Venezuela, S.A.
                # (PDVSA)" was Venezuela and South Australia)
                at = _spelt_from(words, letters, left - len(legal), k + 1, False, endings)
                if at is not None:
                    return at
            if word in _LETTER_FILLERS and word[0].upper() == letters[left - 1] and left > 1:
                at = _spelt_from(words, letters, left, k + 1, tail, endings)
                if at is not None:
                    return at
                return _spelt_from(words, letters, left - 1, k + 1, False, endings)
            k += 1
            continue
        tail = False
        if not word[:1].isupper() or word[0] != letters[left - 1]:
            return None
        left -= 1
        if not left:
            return k
        k += 1
    return None


# the fillers an acronym may take a letter from ("ECOWAS": Economic Community Of West …;
# "PDVSA": Petróleos De Venezuela)
_LETTER_FILLERS = frozenset({"of", "and", "for", "de"})


# a word of a long name, or a comma between its words
_NAME_WORD = re.compile(r"[^\s,()]+|,")


def lower_case_term(text: str, end: int, acr: str) -> bool:
    """Whether the words before ``text[end:]`` (an acronym's bracket) are a lower-case phrase
    whose initials spell ``acr``: a term, not an organisation ("earnings before interest and
    taxes (EBIT)", "electric vehicles (EVs)"). From three letters up, a lower-case phrase of as
    many words is a term whatever its initials ("lithium iron phosphate (LFP)", from LiFePO4).

        >>> lower_case_term("adjusted earnings before interest and taxes (EBIT)", 44, "EBIT")
        True
        >>> lower_case_term("cells of lithium iron phosphate (LFP)", 31, "LFP")
        True
    """
    words = [x for x in text[max(0, end - 80) : end].split() if x not in FILLERS]
    letters = acr.rstrip("s")
    tail = words[-len(letters) :] if len(words) >= len(letters) else []
    return (
        bool(tail)
        and all(x[:1].islower() for x in tail)
        and (len(letters) >= 3 or "".join(x[0] for x in tail).upper() == letters)
    )


def defined_acronym(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, just after "(", is the initials of the capitalised words
    before the bracket: "Athletics Kenya (AK)", "Democratic Alliance (DA)".

    >>> t = "Organisers from Athletics Kenya (AK) said"
    >>> defined_acronym(t, t.index("AK"), t.index("AK") + 2)
    True
    """
    acronym = text[start:end]
    if not (2 <= len(acronym) <= 6 and acronym.isupper() and text[end : end + 1] == ")"):
        return False
    words = [w for w in text[max(0, start - 100) : start - 1].split() if w not in FILLERS]
    n = len(acronym)
    return len(words) >= n and "".join(w[0] for w in words[-n:]) == acronym


# a capitalised word glued by a hyphen before an acronym: a party's or a firm's name in one
# ("Smer-SD", "Hlas-SD"; not two acronyms, "CDU-CSU")
# (or an acronym: "Hawaii Emergency Management Agency (HI-EMA)" was "HI" and "EMA")
_WORD_BEFORE_HYPHEN = re.compile(r"(?<![\w-])([A-Z][a-zà-ÿ]+|[A-Z]{2,5})-\Z")


# a capitalised everyday word glued after an acronym by a hyphen ("ES-Alert", "NL-Alert")
_EVERYDAY_AFTER_HYPHEN = re.compile(r"-([A-Z][a-z]+)\b(?!-)")


def hyphened_acronym_names(text: str, people_orgs: list[Any], cands: list[Any]) -> list[Any]:
    """``people_orgs`` with each acronym span glued by a hyphen to a capitalised word before it
    widened to the whole name: "Smer-SD" was the organisation "SD". Not over a place candidate
    ("Egypt-US", "Trump-Kim" are two names). An acronym the rules read on its capitals alone
    and glued to an everyday word after it is a system's or a product's name, no organisation
    ("ES-Alert").

        >>> from helpers.recognise.names import _Span
        >>> t = "the Hlas-SD party"
        >>> [(sp.entity, sp.start) for sp in hyphened_acronym_names(t, [_Span(9, 11, "SD", "organisation", "acronym")], [])]
        [('Hlas-SD', 4)]
    """
    out = []
    for sp in people_orgs:
        if (
            sp.how == "acronym"
            and sp.end - sp.start == 2  # (a country's code: "SPD-Green coalition" is two)
            and text[sp.end : sp.end + 1] == "-"
            and (tail := _EVERYDAY_AFTER_HYPHEN.match(text, sp.end)) is not None
            and _everyday_word(tail.group(1).lower())
        ):
            continue  # a system's or a product's name: "the ES-Alert mobile message" (Spain's)
        if (
            sp.how == "acronym"
            and sp.kind == "organisation"
            and text[sp.start - 1 : sp.start] == "-"
        ):
            m = _WORD_BEFORE_HYPHEN.search(text, max(0, sp.start - 30), sp.start)
            # (two acronyms are one name only where the text brackets them whole after a long
            # name: "… Management Agency (HI-EMA)"; "the CDU-CSU alliance" is two parties, and
            # "PSC-PSI" two bodies the text spells out each)
            prev = (
                out[-1]
                if m is not None and out and out[-1].how == "acronym" and out[-1].start == m.start()
                else None
            )
            if (
                m is not None
                and not any(c.start < sp.start and c.end > m.start() for c in cands)
                and (
                    prev is None
                    or f"({text[m.start() : sp.end]})" in text
                    # ... or where the text calls them one party: "his VMRO-DPMNE party" (and
                    # so at each of its mentions)
                    or f"{text[m.start() : sp.end]} party" in text
                    # ... or a faction's or a country's two letters after a party's acronym:
                    # "SPLM-IO" (in opposition), "PPA-CI" (Côte d'Ivoire) were two bodies each
                    or sp.end - sp.start == 2
                )
            ):
                name = text[m.start() : sp.end]
                sp = replace(sp, start=m.start(), entity=name, tokens=(name,))
                if prev is not None:
                    out.pop()  # (the acronym before the hyphen is the name's first part)
        out.append(sp)
    return out


# an acronym's spelling out in lower case in brackets right after it ("a slow-moving “DANA”
# (depresión aislada en niveles altos", "GDP (gross domestic product)"): a term, no body
# (its first word starting with the acronym's first letter: "AEMET (the state weather agency)"
# describes a body)
_SPELT_IN_LOWER_CASE = re.compile(r"[”\"’']? \(([a-zà-ÿ])[a-zà-ÿ]{2,}")


def without_term_acronyms(text: str, people_orgs: list[Any]) -> list[Any]:
    """``people_orgs`` without the acronyms the rules read on their capitals alone that the text
    spells out in lower case right after them: a weather system's or a measure's term, no body.

        >>> from helpers.recognise.names import _Span
        >>> t = "The storm, a “DANA” (depresión aislada en niveles altos), hit."
        >>> without_term_acronyms(t, [_Span(14, 18, "DANA", "organisation", "acronym")])
        []
    """
    return [
        sp
        for sp in people_orgs
        if not (
            sp.how == "acronym"
            and (spelt := _SPELT_IN_LOWER_CASE.match(text, sp.end)) is not None
            and spelt.group(1) == text[sp.start].lower()
        )
    ]


def table_acronyms(people_orgs: list[Any], by_alias: dict[str, tuple[Any, ...]]) -> list[Any]:
    """``people_orgs`` with each acronym the acronym rule (or the learned word list) read on its
    own linked to the one organisation the entity table knows by it: "UN Secretary-General
    António Guterres … the UN" counted "UN" apart from "United Nations" (the table's alias
    inside a longer capitalised run is left to discovery, and the acronym rule found it there).

        >>> from helpers.recognise.names import _Span
        >>> from types import SimpleNamespace as E
        >>> un = E(name="United Nations", kind="organisation")
        >>> [sp.entity for sp in table_acronyms([_Span(0, 2, "UN", "organisation", "acronym")], {"UN": (un,)})]
        ['United Nations']
    """
    out = []
    for sp in people_orgs:
        # (and a name the word list learned: "The AP reported" counted "AP" apart from the
        # table's Associated Press)
        if sp.how in ("acronym", "learned") and sp.kind == "organisation":
            ents = by_alias.get(sp.entity)
            if ents is not None and len(ents) == 1 and ents[0].kind == "organisation":
                sp = replace(sp, entity=ents[0].name, how="table")
        out.append(sp)
    return out


def joined_acronym_names(text: str, people_orgs: list[Any]) -> list[Any]:
    """``people_orgs`` with two acronyms the rules read side by side, one space apart,
    made one name where neither is an organisation the entity table knows and the line is not
    shouted: "Analyst Hans de Vries of ABN AMRO said" read two organisations "ABN" and "AMRO".

        >>> from helpers.recognise.names import _Span
        >>> t = "an analyst at ABN AMRO said"
        >>> a, b = _Span(14, 17, "ABN", "organisation", "acronym"), _Span(18, 22, "AMRO", "organisation", "acronym")
        >>> [(sp.entity, sp.start, sp.end) for sp in joined_acronym_names(t, [a, b])]
        [('ABN AMRO', 14, 22)]
    """
    out: list[Any] = []
    for sp in people_orgs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and "acronym" in (sp.how, prev.how)
            and sp.how in _READ_CAPITALS
            and prev.how in _READ_CAPITALS
            and sp.kind == prev.kind == "organisation"
            and prev.end + 1 == sp.start
            and text[prev.end] == " "
            and _letters_alone(prev.entity)
            and _letters_alone(sp.entity)
            and not _shouted_line(text, prev.start)
        ):
            name = text[prev.start : sp.end]
            out[-1] = replace(prev, end=sp.end, entity=name, tokens=tuple(name.split()))
            continue
        out.append(sp)
    return out


# the readings of a word in capitals that no table or definition gave ("AMRO shares rose" is
# the organisation rules')
_READ_CAPITALS = frozenset({"acronym", "organisation"})


def _letters_alone(word: str) -> bool:
    """Whether an acronym of three letters or more is no word, given name or surname shouted
    ("ABN", "AMRO"; not "KITES", "MORRIS", nor a score line's "FG PHI")."""
    if len(word) < 3 or not word.isalpha():
        return False
    titled = word[0] + word[1:].lower()
    return (
        not _everyday_word(word.lower())
        and titled not in _cues().common_given_names
        and titled not in _surnames()
    )


def _shouted_line(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` has no lower-case letter (a headline in capitals)."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    line = text[a : b if b >= 0 else len(text)]
    return not any(c.islower() for c in line)
