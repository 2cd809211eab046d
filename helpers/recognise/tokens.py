"""Tokens: an article's words as parallel lists, with where sentences start and names may join.

Part of :mod:`helpers.recognise`, read by every rule that looks at words (:mod:`.names` first).
One pass of C-level splitting finds the words; Python runs only for the few that differ (a full
stop kept, a possessive dropped, a gap other than one space, a hyphenated compound).

    >>> from helpers.recognise.cues import _cues
    >>> w = _tokens("Mr. Trump-Kim met Workers' Party officials.", _cues())
    >>> w.texts
    ['Mr.', 'Trump', 'Kim', 'met', 'Workers', 'Party', 'officials']
    >>> w.glued[2], w.joined[5]
    (True, True)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import contains, itemgetter, ne

from helpers.recognise.cues import _Cues, _cues, _everyday_word, _surnames

__all__: list[str] = []  # (the recogniser's modules import the private names)


# Words: letters/digits with inner apostrophes, hyphens or dots ("Jong-un", "U.S", "O'Neill").
_WORD = re.compile(r"[^\W_](?:[^\W_]|[-'’.](?=[^\W_]))*")
_POSSESSIVE = ("'s", "’s")
# Place kinds (helpers.geoparse) whose names are often people's names too ("Kim", "Jackson").
_HYPHEN_PARTICLES = {"al", "el", "ad", "as", "ash", "bin", "ibn", "abu", "abd"}
# ... and the Persian and Urdu links inside one name ("Lashkar-e-Taiba", "Hizb-ut-Tahrir",
# "Tehreek-e-Insaf"), after which a capital goes on with the name
_IZAFAT = frozenset({"e", "i", "ul", "ud", "ut", "us", "ur"})


# (and a wire dateline's dash: "VALENCIA, Spain (Reuters) - Substitute Hugo Segovia scored")
_SENTENCE_GAP = re.compile(r"[.!?:\n]|\) [-–—]")
_DASH_GAPS = frozenset({" - ", " – ", " — "})
# The word pattern as a split: [gap, word, gap, word, …, gap] in one C call, no match objects. The
# same words as _WORD, written with possessive quantifiers: _WORD's per-character alternation and
# lookahead cost more than half as much again.
_WORD_SPLIT = re.compile(r"([^\W_]++(?:[-'’.][^\W_]++)*+)")
_WORD_SPLIT_W = re.compile(r"(\w++(?:[-'’.]\w++)*+)")
# ... and with the combining accents that NFC cannot compose inside a word ("Ọ̀kè": a dot below
# and a grave; Yoruba, some Vietnamese): without them the word ended at its first letter
_COMBINING = re.compile("[\u0300-\u036f]")
_WORD_SPLIT_M = re.compile(
    "((?:[^\\W_]|[\u0300-\u036f])++(?:[-'’.](?:[^\\W_]|[\u0300-\u036f])++)*+)"
)
_JOINED_GAPS = ("' ", "’ ")  # a plural possessive between two words of a name ("Workers' Party")


def _gap_info(gap: str) -> tuple[bool, bool]:
    """(does the gap end a sentence, may it join two words of a name) for a gap between words."""
    # A full stop left in the gap ends a sentence (abbreviations and initials kept theirs).
    # Names continue across one space, or a plural possessive ("Workers' Party": the word before
    # must end in s).
    info = (_SENTENCE_GAP.search(gap) is not None, gap in _JOINED_GAPS)
    if len(_GAP_INFO) < _MEMO_SIZE:  # the same few gaps recur in every article (", ", ". ", "\n\n")
        _GAP_INFO[gap] = info
    return info


@lru_cache(maxsize=4096)
def _group_plural(word: str) -> bool:
    """Whether ``word`` is a plural of people or groups that a name may hold with its possessive
    ("Workers", "Seafarers", "Journalists", "Farmers"), not a name that ends in s ("Morales")."""
    return (
        word.endswith("s")
        and word not in _surnames()
        and (
            word.endswith(("ers", "ists", "ians", "ents", "ors"))
            or _everyday_word(word[:-1].lower())
        )
    )


# Pure per-gap, per-name and per-chunk results are remembered across articles in plain dicts of at
# most this many entries (the name and chunk memos drop their older half when full; a full chunk
# memo holds about 15 MB).
_MEMO_SIZE = 20_000
_GAP_INFO: dict[str, tuple[bool, bool]] = {}


class _Words:
    """An article's tokens as parallel lists, one entry per token.

    Lists rather than one object per token: an article has hundreds of tokens, most of them
    lower-case words that only break names, and building the lists with C-level ``map``/``zip``
    costs a fraction of building token objects one by one.
    """

    __slots__ = ("caps", "ends", "glued", "initial", "joined", "starts", "texts")

    def __init__(
        self,
        starts: list[int],
        ends: list[int],
        texts: list[str],
        caps: list[bool],
        initial: list[bool],  # first word of a sentence
        # joined to the previous token by a hyphen ("Kim" in "Trump-Kim"); never also joined
        glued: list[bool],
        # only a space (or a plural possessive) between it and the previous token; never at a
        # sentence start
        joined: list[bool],
    ) -> None:
        self.starts, self.ends, self.texts, self.caps = starts, ends, texts, caps
        self.initial, self.glued, self.joined = initial, glued, joined

    def __len__(self) -> int:
        return len(self.texts)


_LEGAL_FORM_ABBREVIATIONS = frozenset({"Inc.", "Corp.", "Ltd.", "Co.", "Bros.", "Plc."})
# a rank glued to its number ("No.1", "No.12")
_GLUED_RANK = re.compile(r"\bNo\.\d+\b")
_ADJECTIVE_TAIL = re.compile(
    r"-(?:based|led|backed|owned|born|bred|listed|run|funded|made|built|equipped|flagged"
    r"|registered|controlled|administered|linked|bound|affiliated|allied|supplied|provided"
    r"|sponsored|trained|designed|style"
    # (and a politician's or a territory's: "Sri Lanka's Marxist-rooted Dissanayake" made a
    # person "Marxist-rooted Dissanayake", and every bare Dissanayake ambiguous)
    r"|rooted|inspired|leaning|aligned|oriented|dominated|occupied|held|annexed|installed"
    r"|educated|appointed)\b"
)


# words after a hyphenated name that make it a company's, and that end a company's name (the legal
# forms, "SE", "Group", "Holdings")
@lru_cache(maxsize=1)
def _company_endings() -> frozenset[str]:
    return _LEGAL_FORM_ABBREVIATIONS | _cues().legal_forms | frozenset({"SE", "Group", "Holdings"})


_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")  # "U.N.", "U.S.", "D.C."
# a clock's half of the day, as the tokens write it (the acronym rules read a clock by it too)
DAY_HALVES = frozenset({"a.m.", "p.m.", "am", "pm", "AM", "PM", "a.m", "p.m"})
# an elided "of" glued to a capitalised name ("d'Ivoire", "d'Estaing"; only "d'": the word is
# looked for only where the text holds one)
_ELIDED = re.compile(r"\bd['’](?=[A-ZÀ-Ý])")
# the platform X before a full stop ends a sentence, no one's initial: "organise through TikTok
# and X. Ruto has accused …" made a person "X. Ruto" (folder 163), "on X. Police said" a body
_PLATFORM_X_BEFORE = re.compile(
    r"(?:\b(?:on|via)|\b(?:TikTok|Facebook|Instagram|YouTube|Telegram|WhatsApp|Threads|Bluesky)"
    r",? (?:and|or)) \Z"
)


def _platform_x(text: str, word: str, k: int, starts: list[int]) -> bool:
    """Whether the capital letter ``word`` (token ``k``) is the platform X after "on" or another
    platform's name."""
    return (
        word == "X"
        and _PLATFORM_X_BEFORE.search(text, max(0, starts[k] - 16), starts[k]) is not None
    )


_NO_VOWEL = frozenset("bcdfghjklmnpqrstvwxz")
_NO_VOWEL_CAPITALS = frozenset(c.upper() for c in _NO_VOWEL)  # ("Kim Jong Un. Kim said": two)


def _tokens(text: str, cues: _Cues) -> _Words:
    # Most words need nothing but their offsets, computed for all words at once; Python code runs
    # only for the few that differ: a full stop kept, a possessive dropped, a gap other than one
    # space, a hyphenated compound. Without "_" in the text, \w is the same class as [^\W_], and
    # faster.
    if _COMBINING.search(text) is not None:
        parts = _WORD_SPLIT_M.split(text)
    else:
        parts = (_WORD_SPLIT if "_" in text else _WORD_SPLIT_W).split(text)
    texts = parts[1::2]
    n = len(texts)
    if not n:
        return _Words([], [], [], [], [], [], [])
    gaps = parts[::2]  # gaps[k] is the text before word k; gaps[n] follows the last word
    bounds = list(accumulate(map(len, parts)))
    starts = bounds[0 : 2 * n : 2]
    ends = bounds[1::2]
    odd = list(compress(range(n + 1), map(ne, gaps, repeat(" "))))  # gaps other than one space
    trimmed: list[int] = []
    # Abbreviations and initials keep their full stop: "Mr.", "U.S.", "J."
    abbreviations = cues.abbreviations
    for g in odd:
        if g and gaps[g][:1] == ".":
            k = g - 1
            word = texts[k]
            if (
                word + "." in abbreviations
                or "." in word
                or (len(word) == 1 and word.isupper() and not _platform_x(text, word, k, starts))
                # (a name's abbreviated middle word between a given name and a capitalised one:
                # "President Guðni Th. Jóhannesson" was a person "Guðni Th" and a firm; no vowel,
                # so that a short surname ending a sentence stays apart: "said Wang Li. Police …")
                or (
                    len(word) == 2
                    and word[0] in _NO_VOWEL_CAPITALS
                    and word[1] in _NO_VOWEL
                    and word != "Ng"
                    and k > 0
                    and texts[k - 1] in cues.given_names
                    and gaps[g] == ". "
                    and k + 1 < n
                    and texts[k + 1][:1].isupper()
                    and texts[k + 1].lower() not in cues.function_words
                )
            ):
                texts[k] = word + "."
                ends[k] += 1
                trimmed.append(k)
    # A possessive 's is not part of the word ("Trump's"); only words holding "'s" can end in it,
    # and str.find finds those a dozen times faster than a regular expression.
    seen: set[int] = set()
    for needle in _POSSESSIVE:
        pos = text.find(needle)
        while pos != -1:
            k = bisect_right(starts, pos) - 1
            if k >= 0 and pos < ends[k] and k not in seen:
                seen.add(k)
                word = texts[k]
                if word.endswith(_POSSESSIVE) and len(word) > 2:
                    texts[k] = word[:-2]
                    ends[k] -= 2
                    trimmed.append(k)
            pos = text.find(needle, pos + 1)
    for k in trimmed:
        # the next token's gap starts where this token ends (after "Mr." or before "'s")
        if k + 1 < n:
            gaps[k + 1] = text[ends[k] : starts[k + 1]]
            odd.append(k + 1)
    # A bare letter's full stop before an everyday sentence opener ends the sentence: a name's
    # initial is followed by more of the name ("John F. Kennedy"), a regnal number or a letter
    # that closes a sentence by an everyday word ("King Frederik X. He waved", "Plan B. The …")
    function_words = cues.function_words
    for k in trimmed:
        if (
            k + 1 < n
            and len(texts[k]) == 2
            and texts[k][1] == "."
            and gaps[k + 1] == " "
            and texts[k + 1][:1].isupper()
            and texts[k + 1].lower() in function_words
        ):
            texts[k] = texts[k][:-1]  # (the full stop is the sentence's, not the letter's)
            ends[k] -= 1
            gaps[k + 1] = text[ends[k] : starts[k + 1]]
            odd.append(k + 1)
        elif (
            k + 1 < n
            and gaps[k + 1] == " "
            and (_DOTTED.fullmatch(texts[k]) is not None or texts[k] in DAY_HALVES)
            and texts[k + 1][:1].isupper()
            and texts[k + 1].lower() in function_words
        ):
            # ... and so does a dotted abbreviation's, which keeps it ("for the U.N. It said"),
            # or a clock's ("close at 6 p.m. The Ministry of Public Security said" was a body
            # "The Ministry of Public Security")
            gaps[k + 1] = ". "
            odd.append(k + 1)
    # One space between words, by far the most common gap: same sentence, same name.
    initial = [False] * n
    joined = [True] * n
    gap_info = _GAP_INFO
    for k in odd:
        gap = gaps[k]
        if 0 < k < n and gap != " ":
            info = gap_info.get(gap)
            if info is None:
                info = _gap_info(gap)
            initial[k] = info[0]
            # (a plural possessive of a group's word, "Workers' Party", "Seafarers' Assistance
            # Program"; not a name's possessive: "Mr. Morales' Movement Toward Socialism",
            # "Cyprus' Orthodox Church")
            joined[k] = info[1] and _group_plural(texts[k - 1])
    initial[0], joined[0] = True, False  # the first word starts the text
    # a wire dateline's date ends it: "BERGAMO, Nov 29 - Substitute Matteo Brancaleoni headed",
    # and so does its shouted town: "NEW DELHI — The Supreme Court of India"
    for k in odd:
        if (
            1 <= k < n
            and gaps[k] in _DASH_GAPS
            and (
                (k >= 2 and texts[k - 1].isdigit() and texts[k - 2] in cues.calendar)
                # (the text's first word too: "LONDON - The …" opened no sentence)
                # (a hyphenated word by its last piece, as the tokens split it: "4-H" is "H")
                # (two letters or more: "AP —"; a name's initial is no shouted word, "J. - Mr")
                or (
                    (last := _split_compound(texts[k - 1])[-1]).isupper()
                    and len(last.rstrip(".")) > 1
                )
            )
        ):
            initial[k], joined[k] = True, False
    # A company's legal form ends its name, and its full stop usually ends the sentence too:
    # "… buy Goldcorp Inc. Newmont shares rose" is two names, not "Goldcorp Inc. Newmont".
    for k in trimmed:
        if (
            k + 1 < n
            and texts[k] in _LEGAL_FORM_ABBREVIATIONS
            and gaps[k + 1] == " "
            and texts[k + 1][:1].isupper()
            and texts[k + 1] not in _LEGAL_FORM_ABBREVIATIONS  # "Co. Ltd."
        ):
            initial[k + 1], joined[k + 1] = True, False
    # "Co., Ltd.", "Co., Inc.": two legal forms, one company's name
    endings = _company_endings()
    for k in odd:
        if 0 < k < n and gaps[k] == ", " and texts[k] in endings:
            joined[k] = texts[k - 1] in endings
    caps = list(map(str.isupper, map(itemgetter(0), texts)))
    if "No." in text:  # a rank glued to its number is no name's word: "World No.1 Jannik Sinner"
        for mt in _GLUED_RANK.finditer(text):
            k = bisect_right(starts, mt.start()) - 1
            if k >= 0 and starts[k] == mt.start() and ends[k] == mt.end():
                caps[k] = False
    if "-" in text:  # "Mumbai-based", "Saudi-led": an adjective, no word of the name after it
        for mt in _ADJECTIVE_TAIL.finditer(text):
            k = bisect_right(starts, mt.start()) - 1
            if k >= 0 and ends[k] == mt.end():
                caps[k] = False
    if "d'" in text or "d’" in text:
        # a name's elided particle before its capital is a word of the name ("Democratic Party
        # of Côte d'Ivoire" ended at "Côte"; "Valéry Giscard d'Estaing" lost his surname)
        for mt in _ELIDED.finditer(text):
            k = bisect_right(starts, mt.start()) - 1
            if k > 0 and starts[k] == mt.start() and caps[k - 1] and gaps[k] == " ":
                caps[k] = True
    words = _Words(starts, ends, texts, caps, initial, [False] * n, joined)
    if "-" in text:
        _split_compounds(text, words, cues)
    return words


def _split_compounds(text: str, words: _Words, cues: _Cues) -> None:
    """Hyphenated compounds of capitalised parts are separate names ("Trump-Kim"); lower-case tails
    stay ("Jong-un", "high-ranking"), as do Arabic particles ("al-Assad")."""
    starts, ends, texts = words.starts, words.ends, words.texts
    splits: list[tuple[int, list[str]]] = []
    last = -1
    # a company's hyphenated name, written whole before a legal form somewhere in the article
    # ("Hapag-Lloyd AG … Hapag-Lloyd said"), stays whole at every mention; found only when a
    # compound could split (most articles have a hyphen, few a capital after one), and in C:
    # the words before a legal form, then the hyphenated ones among them
    companies: set[str] | None = None
    pos = text.find("-")
    while pos != -1:
        # a compound splits only where a hyphen is followed by a capital ("Trump-Kim")
        if text[pos + 1 : pos + 2].isupper():
            k = bisect_right(starts, pos) - 1
            if k > last and k >= 0 and pos < ends[k]:
                last = k
                # a company's name keeps its hyphen: "Hapag-Lloyd AG", "Mercedes-Benz Group"
                if companies is None:
                    before = list(compress(texts, map(_company_endings().__contains__, texts[1:])))
                    companies = set(compress(before, map(contains, before, repeat("-"))))
                if texts[k] in companies:
                    pos = text.find("-", pos + 1)
                    continue
                pieces = _split_compound(texts[k])
                if (
                    len(pieces) == 2
                    and _given_pair(pieces, cues)
                    and _ends_name(text, ends[k], cues)
                ):
                    pieces = [texts[k]]  # a double given name alone: "King Willem-Alexander is"
                if len(pieces) > 1:
                    splits.append((k, pieces))
        pos = text.find("-", pos + 1)
    # each compound's pieces replace it in every column, from the last compound back so the
    # positions of the earlier ones hold (slice assignment: a C-level move of the tail)
    caps, initial, glued, joined = words.caps, words.initial, words.glued, words.joined
    for k, pieces in reversed(splits):
        offsets = [starts[k]]
        for part in pieces[:-1]:
            offsets.append(offsets[-1] + len(part) + 1)
        more = len(pieces) - 1  # the pieces after the first, each glued to the one before
        starts[k : k + 1] = offsets
        ends[k : k + 1] = [start + len(part) for start, part in zip(offsets, pieces, strict=True)]
        texts[k : k + 1] = pieces
        caps[k : k + 1] = [part[:1].isupper() for part in pieces]
        initial[k : k + 1] = [initial[k]] + [False] * more
        glued[k : k + 1] = [False] + [True] * more
        joined[k : k + 1] = [joined[k]] + [False] * more


def _given_pair(pieces: list[str], cues: _Cues) -> bool:
    """Whether two hyphened pieces are both given names, neither a country's ("Willem-Alexander",
    not "Jordan-Israel")."""
    given, countries = cues.given_names, cues.country_given_names
    return all(p in given and p not in countries for p in pieces)


def _ends_name(text: str, end: int, cues: _Cues) -> bool:
    """Whether no word of a name follows ``end``: punctuation, or a lower-case word that is no
    particle ("Willem-Alexander is", not "Jean-Charles de Menezes" nor "Paris-Henry County")."""
    nxt = _NEXT_WORD.match(text, end)
    return nxt is None or (nxt.group(1)[:1].islower() and nxt.group(1) not in cues.particles)


_NEXT_WORD = re.compile(r" (\w+)")


# one syllable of a romanised given name, capitalised: "Lip", "Bu", "Hye", "Jin"
_SYLLABLE = re.compile(r"[A-Z][a-z]{1,2}")


def _split_compound(word: str) -> list[str]:
    if "-" not in word:
        return [word]
    pieces = word.split("-")
    if len(pieces) == 2 and all(_SYLLABLE.fullmatch(p) for p in pieces):
        return [word]  # an East Asian given name's two capitalised syllables ("Lip-Bu Tan")
    out = [pieces[0]]
    for piece in pieces[1:]:
        if (
            piece[:1].isupper()
            and out[-1].lower() not in _HYPHEN_PARTICLES
            and out[-1].rpartition("-")[2] not in _IZAFAT
        ):
            out.append(piece)
        else:
            out[-1] = f"{out[-1]}-{piece}"
    return out
