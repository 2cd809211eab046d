"""Clean scraped article text: normalise Unicode and spaces, drop page furniture, keep credits as data.

Stage 2 of the data flow (load → **clean** → measure/geoparse/count). Everything downstream — character
offsets of places and mentions, readability, the ``article_id`` — is computed on the text this module
returns, so cleaning is deterministic and idempotent: ``clean_text(clean_text(x)) == clean_text(x)``.

What cleaning does, in order:

1. Line breaks ``\\r\\n`` and ``\\r`` become ``\\n``.
2. Unicode is normalised to **NFC**. NFC composes accents (``e`` + combining acute → ``é``) so the same
   word always has the same code points and matches the gazetteer, while keeping every character the
   author chose. NFKC would also fold "compatibility" characters — ``…`` into ``...``, ``km²`` into
   ``km2``, ``½`` into ``1/2`` — which changes what the article says; the few compatibility characters
   that really are just spaces or invisible marks are handled explicitly in step 3 instead.
3. Non-breaking and other odd spaces (U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000, tabs…) become plain
   spaces; zero-width characters, soft hyphens and the BOM are removed; runs of spaces collapse to one.
   Typographic quotes and dashes are kept. A plain-text table's row is the exception: each gap between
   its columns (a tab, or three spaces or more) becomes one tab, so a cell's name never runs into the
   next cell's ("1  Max Verstappen   Red Bull" is no person "Max Verstappen Red Bull").
4. Boilerplate — comment forms, newsletter and subscription prompts, share/follow buttons, cookie
   notices, "Related articles" lists, site promos — is removed by the rules in
   ``helpers/data/boilerplate.toml`` (data, easy to extend).
5. Photo-credit and "Reference:" lines move out of the text into metadata, and so does a credit
   that ends a caption's line ("… on Friday. Photo: Dean Purcell/NZ Herald"): the photographer
   and the agency are no mentions of the story.
6. Paragraphs are kept, separated by one blank line; hard-wrapped lines inside a paragraph are joined.

Example:
    >>> clean_text("Hanoi\\u00a0prepares.\\n\\n\\u00a0\\n\\nCOMMENTS\\n\\nLeave a Reply")
    'Hanoi prepares.'
"""

from __future__ import annotations

import hashlib
import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

__all__ = [
    "BoilerplateRules",
    "CleanedArticle",
    "article_id_for",
    "body_text",
    "clean_article",
    "clean_text",
    "count_words",
    "load_boilerplate_rules",
    "prose_text",
]

# Characters that are spaces in all but name. NBSP is the most common in scraped news.
_ODD_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\f\v"
# Invisible characters that only break word matching. ZWJ (U+200D) is kept: it builds emoji and scripts.
_INVISIBLE = "\u200b\u200c\u2060\ufeff\u00ad"
_TRANSLATE = {ord(c): " " for c in _ODD_SPACES} | {ord(c): None for c in _INVISIBLE}
# Line and paragraph separators (and other vertical spaces) are line breaks.
_TRANSLATE |= {ord(c): "\n" for c in "\u2028\u2029\u0085\x1c\x1d\x1e"}
# C0/C1 control characters other than \n: never part of prose, and they upset Parquet/HTML consumers.
_TRANSLATE |= {c: None for c in [*range(0x00, 0x09), *range(0x0E, 0x1C), 0x1F, *range(0x7F, 0x85)]}
_TRANSLATE |= {c: None for c in range(0x86, 0xA0)}
# ... but a tab survives until its line is read: it may part a table's columns (see _table_row)
_TRANSLATE_KEEPING_TABS = {c: to for c, to in _TRANSLATE.items() if c != ord("\t")}
_SPACE_RUN = re.compile(r" {2,}")
# Cheap C-level scans that let clean text skip the per-character passes below.
_NEEDS_TRANSLATE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TRANSLATE)) + "]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# possessive (no backtracking states kept): the same matches, since a joiner is never a word
# character, ~40% faster on an article
_WORD = re.compile(r"\w++(?:[’'\-]\w++)*+")

# A compact, stable article id: 16 hex digits of SHA-256 (64 bits; collisions are negligible below
# billions of articles).
ID_LENGTH = 16


@dataclass(frozen=True)
class BoilerplateRules:
    """Compiled boilerplate rules (see ``helpers/data/boilerplate.toml`` for the format)."""

    end: tuple[re.Pattern[str], ...]
    drop: tuple[re.Pattern[str], ...]
    metadata: tuple[tuple[str, re.Pattern[str]], ...]
    links: tuple[re.Pattern[str], ...] = ()

    @property
    def metadata_fields(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(name for name, _ in self.metadata))

    # Each line is tested against every rule; one alternation per kind answers "does any rule
    # match?" in a single C-level call (fullmatch of an alternation backtracks into every
    # alternative, so it matches exactly when one of the rules does).
    @cached_property
    def end_any(self) -> re.Pattern[str]:
        return _alternation(p.pattern for p in self.end)

    @cached_property
    def drop_any(self) -> re.Pattern[str]:
        return _alternation(p.pattern for p in self.drop)

    @cached_property
    def links_any(self) -> re.Pattern[str]:
        return _alternation(p.pattern for p in self.links)

    @cached_property
    def metadata_any(self) -> re.Pattern[str]:
        # the rules share the group name "value": unnamed here, where only "any match?" counts
        return _alternation(_NAMED_GROUP.sub("(?:", p.pattern) for _, p in self.metadata)


_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


def _alternation(patterns: Iterable[str]) -> re.Pattern[str]:
    alternatives = [f"(?:{p})" for p in patterns]
    # (?!) never matches: the alternation of no rules
    return re.compile("|".join(alternatives) or "(?!)", re.IGNORECASE)


@dataclass(frozen=True)
class CleanedArticle:
    """The cleaned text of one article plus what cleaning moved out of it.

    ``metadata`` maps a field name (``photo_credit``, ``reference``) to the value found, in order of
    appearance; several values of one field are joined with ``" | "``.
    """

    text: str
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def photo_credit(self) -> str | None:
        return self.metadata.get("photo_credit")

    @property
    def reference(self) -> str | None:
        return self.metadata.get("reference")


@lru_cache(maxsize=8)
def load_boilerplate_rules(path: str | None = None) -> BoilerplateRules:
    """Read and compile boilerplate rules (the packaged file by default; cached per process)."""
    if path is None:
        raw = resources.files("helpers").joinpath("data/boilerplate.toml").read_text("utf-8")
    else:
        with open(path, encoding="utf-8") as fh:
            raw = fh.read()
    spec = tomllib.loads(raw)

    def compile_all(key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(rule["pattern"], re.IGNORECASE) for rule in spec.get(key, []))

    metadata = tuple(
        (rule["field"], re.compile(rule["pattern"], re.IGNORECASE))
        for rule in spec.get("metadata", [])
    )
    return BoilerplateRules(
        end=compile_all("end"),
        drop=compile_all("drop"),
        metadata=metadata,
        links=compile_all("links"),
    )


def normalize_unicode(text: str, *, keep_tabs: bool = False) -> str:
    """NFC, unified line breaks, odd spaces to spaces, invisible characters removed.

    ``keep_tabs`` leaves tabs for the caller (cleaning reads them as a table's column gaps).

    >>> normalize_unicode("Da\\u00a0Nang\\r\\nCafe\\u0301")
    'Da Nang\\nCafé'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Lone surrogates (from badly decoded input) cannot be encoded anywhere downstream.
    if not text.isascii() and _SURROGATE.search(text):
        text = text.encode("utf-8", "replace").decode("utf-8")
    if _NEEDS_TRANSLATE.search(text):
        text = text.translate(_TRANSLATE_KEEPING_TABS if keep_tabs else _TRANSLATE)
    return unicodedata.normalize("NFC", text)


def _normalize_line(line: str) -> str:
    if "\t" in line:
        line = line.replace("\t", " ")
    # most lines have no run of spaces: a substring test is cheaper than the regex's scan
    return (_SPACE_RUN.sub(" ", line) if "  " in line else line).strip()


# a gap between a table's columns: a tab, or three spaces or more (with the spaces around a tab)
_COLUMN_GAP = re.compile(r" *\t[\t ]*| {3,}")


def _table_row(raw_line: str) -> str:
    """A table's row with one tab between its columns and single spaces inside its cells.

    >>> _table_row("  1   Max  Verstappen   Red Bull \\t 1:30:00 ")
    '1\\tMax Verstappen\\tRed Bull\\t1:30:00'
    """
    cells = (_normalize_line(cell) for cell in _COLUMN_GAP.split(raw_line.strip()))
    return "\t".join(cell for cell in cells if cell)


def _clean_once(
    text: str, rules: BoilerplateRules, found: dict[str, list[str]]
) -> tuple[str, bool]:
    """One cleaning pass; also says whether lines were joined into a paragraph (see clean_article)."""
    paragraphs: list[str] = []
    current: list[str] = []
    joined = False

    def flush() -> None:
        nonlocal joined
        if current:
            joined = joined or len(current) > 1
            paragraphs.append(" ".join(current))
            current.clear()

    end_any, drop_any = rules.end_any.fullmatch, rules.drop_any.fullmatch
    metadata_any = rules.metadata_any.fullmatch
    links_any = rules.links_any.fullmatch
    in_links = False  # inside a list of links to other stories, below its heading
    last_alone = False  # whether the last line in ``current`` is one that stands alone
    lines = normalize_unicode(text, keep_tabs=True).split("\n")
    for at, raw_line in enumerate(lines):
        line = _normalize_line(raw_line)
        credited = False
        if not line:
            flush()
            continue
        if in_links:
            if _BULLET(line) or _INDENTED_HEADLINE(raw_line):
                continue
            in_links = False
        if end_any(line):
            if (paragraphs or current) and not _story_follows(paragraphs, current, lines, at):
                break
            continue  # furniture above the article (a menu item): drop the line, keep reading
        if links_any(line):
            flush()
            in_links = True
            continue
        if metadata_any(line):
            name, match = next(
                (name, m) for name, pattern in rules.metadata if (m := pattern.fullmatch(line))
            )
            found.setdefault(name, []).append(match.group("value").strip())
            flush()  # a credit line sits between paragraphs: never glue its neighbours together
            continue
        if drop_any(line):
            flush()
            continue
        if (
            ("/" in line or "Photo" in line or "Credit: " in line or "© " in line)
            and (credit := _trailing_credit(line)) is not None
            # (unless what is left would read as a line of its own kind on a second pass: a
            # short "Photo: Siya Kolisi lifts the cup." is a credit's line; cleaning is idempotent)
            and not (metadata_any(credit[0]) or drop_any(credit[0]) or end_any(credit[0]))
        ):
            line, value = credit
            found.setdefault("photo_credit", []).append(value)
            credited = True
        if ("   " in raw_line or "\t" in raw_line) and _TABLE_ROW(raw_line):
            # a table's row is a line of its own: a scoring summary's "1st 2nd 3rd 4th Final"
            # joined to "Kansas City 0 0 6 16 22" made a team "Final Kansas City"
            flush()
            current.append(line if credited else _table_row(raw_line))
            flush()
            continue
        alone = _stands_alone(line)
        if current and (alone or last_alone):
            flush()  # a timed heading, a time stamp or a byline is a paragraph of its own
        elif current and ": " in line and _LABELLED(line) and _LABELLED(current[-1]):
            flush()  # a list of labelled lines ("Brisbane: Lohmann 4 …" / "Sydney: Amartey 2 …")
        elif len(current) == 1 and _DESK_LINE(line) and _NAME_LINE(current[0]):
            flush()  # a reporter's name over their desk ("Hannah Pritchard" glued to "North
            # West correspondent" made a person "Hannah Pritchard North West")
        elif len(current) == 1 and _NAMES_PAIR_LINE(current[0]):
            flush()  # reporters' names joined on a line of their own ("Harriet Bolton & James
            # Kendal" glued to "BBC News" made one organisation of all five words)
        elif len(current) == 1 and _NAME_LINE(line) and _NAME_LINE(current[0]):
            flush()  # one reporter a line ("Paolo Santos" glued to "Jasmine Dela Cruz" made a
            # place "Santos" of a name of five words)
        elif current and _BULLET(line):
            flush()  # a list's items ("- In Taiwan, the lake …"), joined, read "In Taiwan" as a name
        elif (
            len(current) == 1
            and not line[:1].islower()
            and (
                (_subheading(current[0]) and not _subheading(line))
                or (not paragraphs and _title_line(current[0]))
            )
        ):
            flush()  # a subheading over its paragraph ("Fear of aftershocks" glued to "In Herat
            # city, …" made a person "In Herat"), or the page's title over its standfirst
            # ("… as voters reject Labour" glued to "Labour's party vote collapses" made a
            # person "Labour Labour")
        current.append(line)
        last_alone = alone
    flush()
    return "\n\n".join(paragraphs), joined


# a photo's credit after a caption's sentence, in brackets or not ("… in Nairobi on June 25. Photo:
# Luis Tato/AFP via Getty Images", "… (Photo by Emre Tazegul / AFP)"): a name, a slash, an agency
# (or after a caption's " | "), and the agency's own credits: "(AP Photo/Wren Talbot)", "Credit:
# Fruitnet / Adobe Stock]", "| Photo Credit: L. Balachandar"
_CREDIT_START = re.compile(
    r"(?:(?<=[.!?)”\"'’] )|(?<=\| ))[(\[]?(?:(?:AP|CP|AAP) )?"
    # ("Credit" only before its colon: "… in 2023. Credit Suisse/UBS …" is a sentence)
    r"(?:(?:Photo(?:graph)?|Picture|Image|Pic)s?(?: [Cc]redit)?\b|Credit(?=:))"
)
_CREDIT_TAIL = re.compile(
    r"(?: by)?:? ?(?P<value>[^:()/]{2,80}?/ ?[^()]{2,80}?)[)\]]? ?"
    # ... or a name alone after a colon, up to six words ("(Photo: Aiko Higa)", "Credit: Ministry
    # of Energy of Chile]": "Aiko Higa" was a person of the article's)
    r"|(?: by)?: (?P<name>[A-Z][\w'’.&-]*(?: (?:(?:of|the|de|del|da|and|for) )*[A-Z][\w'’.&-]*){0,5})"
    r"[)\]]? ?"
    # ... or an agency's photo, its photographer after the slash ("(AP Photo/Marcos Herrera, File)")
    r"|/(?P<photographer>[^():/\]]{2,80}?)[)\]] ?"
)
# ... or a copyright sign's credit at a caption's end ("… 15 March 2025. © Cédric Isham / AFP")
_COPYRIGHT_CREDIT = re.compile(r"(?<=[.!?)”\"'’] )© (?P<value>[A-Z][^©()\n]{1,80})$")


# ... or after a dash, the photographer's name alone in capitals ("… in Couva. —Photo: MARCUS
# LALLA", as Caribbean papers write it; "LALLA" was an organisation)
_DASHED_CREDIT = re.compile(
    r"(?<=[.!?)”\"'’]) ?[—–-] ?Photo: (?P<value>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){1,3})$"
)


def _trailing_credit(line: str) -> tuple[str, str] | None:
    """The line without the photo credit that ends it, and the credit; None without one.

    >>> _trailing_credit("Floods hit Auckland on Friday. Photo: Dean Purcell/NZ Herald")
    ('Floods hit Auckland on Friday.', 'Dean Purcell/NZ Herald')
    >>> _trailing_credit("Supporters cheer in Couva. —Photo: MARCUS LALLA")
    ('Supporters cheer in Couva.', 'MARCUS LALLA')
    """
    for start in _CREDIT_START.finditer(line):
        tail = _CREDIT_TAIL.fullmatch(line, start.end())
        if tail is not None:
            value = tail.group("value") or tail.group("name") or tail.group("photographer")
            return line[: start.start()].rstrip(" |"), value.strip()
    copyright_ = _COPYRIGHT_CREDIT.search(line)
    if copyright_ is not None:
        return line[: copyright_.start()].rstrip(), copyright_.group("value").strip()
    dashed = _DASHED_CREDIT.search(line)
    if dashed is not None:
        return line[: dashed.start()].rstrip(), dashed.group("value")
    return None


# a line that opens with a label of up to four capitalised words and a colon: one record of a
# list (a sport report's "GOALS Brisbane:" and "Sydney:", an interview's "Q:"), which joined to
# the line before read "Ah Chee Sydney" as a person's name
# a line of a name alone, two to four capitalised words ("Hannah Pritchard"), and a line of a
# reporter's desk under it ("North West correspondent", "Political Editor", "Senior reporter")
# a family name's particles between its words, each with its space ("Riaan van Wyk", "Ana de la
# Cruz"); helpers.readers reads bylines' names with them too
NAME_PARTICLES = r"(?:(?:van|von|de|der|den|da|das|dos|du|del|della|la|le|bin|al|ter|ten) )*"
_NAME = rf"[A-Z][\w'’.-]+(?: {NAME_PARTICLES}[A-Z][\w'’.-]+){{1,3}}"
_NAME_LINE = re.compile(_NAME).fullmatch
_NAMES_PAIR_LINE = re.compile(rf"(?:{_NAME}, )*{_NAME}(?: and | & ){_NAME}").fullmatch
_DESK_LINE = re.compile(
    r"(?:[A-Z][\w'’-]* ){0,4}(?:[a-z]+ )?(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ww]riter"
    r"|[Cc]olumnist|[Pp]hotographer)s?"  # (the desks of helpers.recognise.names._DESK_WORDS)
    # ... and where the desk works from ("Tennis correspondent at the All England Club")
    r"(?:,? (?:at|in|for|from|based in) [^\n]{1,60})?"
).fullmatch
_LABELLED = re.compile(r"[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3}: ").match


# a table's row as plain text sets its columns apart with runs of spaces or tabs, twice or more
_TABLE_ROW = re.compile(r"[^\n]*?\S(?: {3,}|\t+)\S[^\n]*?\S(?: {3,}|\t+)\S").match


# a clock time and its zone ("06:45", "1.05pm BST", "9:12 a.m. EDT")
_CLOCK = r"\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,5})?"
# a live page's timed heading: a clock time and a dash ("06:45 — Direct hit …", "1.05pm BST -
# Polls close")
# ... and a match report's timeline: a minute mark, or half time or full time, and a dash ("22'
# GOAL — Palmer pounces", "45+2' — …", "HT — Chelsea 3-0 PSG")
_TIMESTAMPED = re.compile(
    rf"(?:{_CLOCK}"
    r"|\d{1,3}(?:\+\d{1,2})?['’](?: [A-Z][A-Z ]{1,20})?|HT|FT|KO|AET) ?[—–-] \S"
).match


# a line that is a time stamp alone: a clock time after an optional day and date ("13:52 BST",
# "Sunday 19 May, 21:40 BST"), or an update's or a publication's date ("Last updated: Monday 20
# May 2024, 13:52 BST", "Published 25/03/2024 – 21:12 GMT")
_STAMP = re.compile(
    rf"(?:[A-Z][a-z]{{2,8}},? )?(?:\d{{1,2}} [A-Z][a-z]{{2,8}},? (?:\d{{4}},? )?)?{_CLOCK}"
    r"|(?:Last )?(?:[Uu]pdated|[Pp]ublished|[Pp]osted)\b(?=[^.]*\d)[^.]{0,70}"
).fullmatch


# a subheading: a short line of a few words that opens with a capital and ends with none of a
# sentence's or a wrapped line's marks ("Fear of aftershocks", "What happens next")
_SUBHEADING = re.compile(r"[A-Z][\w'’-]*(?: [\w'’&-]+){1,6}").fullmatch


def _subheading(line: str) -> bool:
    """Whether a line reads as a subheading: two to seven words, a capital first, no punctuation
    (a wrapped paragraph's first line is longer, or ends in a comma or a stop).

    >>> _subheading("Fear of aftershocks"), _subheading("In Herat city, many families slept.")
    (True, False)
    """
    return (
        len(line) <= 48
        and _SUBHEADING(line) is not None
        and line.rpartition(" ")[2] not in _RUNS_ON
    )


def _title_line(line: str) -> bool:
    """Whether a text's first line reads as a page's title over the next line: no more than a
    headline's length, not ending in a comma, a hyphen or a word a sentence runs on with (a
    hard-wrapped first paragraph's line).

    >>> _title_line("Luxon to be next prime minister as voters reject Labour")
    True
    >>> _title_line("A close aide to Kim Jong Un arrived in Washington on Thursday to lay the")
    False
    """
    return (
        len(line) <= _TITLE_MAX
        and line[-1:] not in (",", "-", "–", "—")
        and line.rpartition(" ")[2] not in _RUNS_ON
    )


_TITLE_MAX = 200


# the words a wrapped line ends in, whose sentence runs on ("… at halftime and")
_RUNS_ON = frozenset(
    {"and", "or", "but", "nor", "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by",
     "from", "as", "that", "than", "who", "which", "whose", "is", "was", "were", "are", "be", "been",
     "has", "had", "have", "his", "her", "their", "its", "our", "my", "after", "before", "into",
     "over", "under"}
)  # fmt: skip


def _stands_alone(line: str) -> bool:
    """Whether a line is a paragraph of its own however the page wrapped it: a live page's timed
    heading ("13:20 — Tehran residents return" glued to "In Tehran, traffic began …" made a person
    "In Tehran"), a byline ("By Ana Marković" glued to "Novi Sad, 3 February" made "Ana Marković
    Novi Sad") or a time stamp ("Live reporting by … Jonathan Pryce" glued to "Last updated: …"
    made "Jonathan Pryce Last"). Asked once per line: the line before's answer is remembered."""
    return bool(_TIMESTAMPED(line) or _byline(line) or _STAMP(line))


# the lower-case words a byline's names may hold ("By Ana de Armas and Li Wei")
_BYLINE_JOINERS = frozenset({"and", "&", "de", "da", "del", "van", "der", "von", "bin", "al", "el"})


# a byline's opening: "By", or a word or two and "by" ("Live reporting by", "Words by")
_BYLINE_OPENING = re.compile(r"(?:[A-Z][a-z]+(?: [a-z]+)? )?[Bb]y (?=[A-Z])").match


def _byline(line: str) -> bool:
    """Whether a line is a byline alone: "By" (or "Live reporting by") and up to eight name
    words ("By Ana Marković", "By Hannah Cho and Tom Whitfield"), not a sentence that opens with
    "By"."""
    opened = _BYLINE_OPENING(line)
    if opened is None or len(line) > 80:
        return False
    words = line[opened.end() :].replace(",", " ").split()
    return (
        0 < len(words) <= 8
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in _BYLINE_JOINERS for w in words)
    )


# a bulleted list's item: a dash, a bullet, an asterisk, a guillemet or an arrow, then a space
_BULLET = re.compile(r"[-•*·–—»›→] ").match
# ... or, under a links box's heading, a headline indented without a bullet, which ends in no
# sentence's stop ("Related Coverage" then "  Spanish PM Sánchez hails end of 'anomaly' at
# Gibraltar border" and "  What the Gibraltar deal means …" were joined into one paragraph, a
# "Gibraltar border What" run; folder 234)
_INDENTED_HEADLINE = re.compile(r"(?: {2,}|\t)\S[^\n]{0,148}(?<![.!?\"”'’)\s])").fullmatch


# what is kept before an "end" line (characters) below which the lines after it are looked at,
# and what they must hold to be the story: this many paragraphs of at least _PROSE characters
_SHORT_KEPT = 600
_PROSE = 200
_PROSE_PARAGRAPHS = 2


def _story_follows(paragraphs: list[str], current: list[str], lines: list[str], at: int) -> bool:
    """Whether an "end" line (share buttons, "Related") sits above the story rather than after
    it: little is kept so far (a headline, a dateline, "NEWS PROVIDED BY …") and the lines after
    it hold paragraphs of prose. A press release's page puts "Share this article" between its
    headline and its body; ending there lost the whole release.

        >>> body = ["Share this article", "It rained. " * 20, "It rained again. " * 15]
        >>> _story_follows(["Headline"], [], body, 0), _story_follows(["A story. " * 80], [], body, 0)
        (True, False)
    """
    if sum(map(len, paragraphs)) + sum(map(len, current)) >= _SHORT_KEPT:
        return False
    long_lines = 0
    for line in lines[at + 1 :]:
        if len(line) >= _PROSE and ". " in line.strip():
            long_lines += 1
            if long_lines >= _PROSE_PARAGRAPHS:
                return True
    return False


def clean_article(raw: str, *, rules: BoilerplateRules | None = None) -> CleanedArticle:
    """Clean one article and return its text with the metadata found in it.

    >>> art = clean_article("Hanoi hosts talks.\\n\\nReference: Reuters\\n\\nLoading")
    >>> art.text, art.reference
    ('Hanoi hosts talks.', 'Reuters')
    """
    rules = rules or load_boilerplate_rules()
    found: dict[str, list[str]] = {}
    text, joined = _clean_once(raw, rules, found)
    # A rule can match a paragraph only after a pass joined its wrapped lines (e.g. "Read" /
    # "more"), so repeat until nothing changes: that is what makes cleaning idempotent. A pass
    # that joined nothing left only single-line paragraphs, which it has already checked.
    for _ in range(8):
        if not joined:
            break
        again, joined = _clean_once(text, rules, found)
        if again == text:
            break
        text = again
    metadata = {name: " | ".join(dict.fromkeys(values)) for name, values in found.items()}
    return CleanedArticle(text=text, metadata=metadata)


def clean_text(raw: str) -> str:
    """Return the cleaned text of one article (see the module docstring for the steps).

    >>> clean_text("A close aide\\u00a0 arrived.\\n\\nphoto credit to:https://example.org\\n\\nMore news.")
    'A close aide arrived.\\n\\nMore news.'
    """
    return clean_article(raw).text


def body_text(text: str, title: str | None = None) -> str:
    """The cleaned ``text`` without its leading title: the readability table measures its prose
    (:func:`helpers.readability.measured_text`).

    A cleaned text starts with its title (see the README's articles table), or with a page's
    masthead and section line above it (:func:`headline_of`). The text up to and including the
    title's paragraph is dropped when one of the first paragraphs equals ``title`` (spaces
    aside); otherwise, or when nothing follows it, the text is returned as it is. A title has no
    full stop, so measured with the body it would merge with the first sentence into one long one.

    >>> body_text("Floods in Kenya\\n\\nRain fell. Roads closed.", "Floods in Kenya")
    'Rain fell. Roads closed.'
    >>> body_text("THE DAILY LEDGER\\n\\nFloods in Kenya\\n\\nRain fell.", "Floods in Kenya")
    'Rain fell.'
    >>> body_text("Rain fell. Roads closed.", "Floods in Kenya")
    'Rain fell. Roads closed.'
    """
    if not text or not title or not isinstance(title, str):
        return text
    wanted = _clean_title(title)
    paragraphs = text.split("\n\n", _HEADLINE_WITHIN)
    for at, paragraph in enumerate(paragraphs[:_HEADLINE_WITHIN]):
        if " ".join(paragraph.split()) == wanted:
            rest = "\n\n".join(paragraphs[at + 1 :])
            return rest if rest.strip() else text
    return text


# how many of a body's first paragraphs may be header lines, and how long one may be (in words)
_HEADER_LINES_WITHIN = 3
_HEADER_LINE_WORDS = 16
_SENTENCE_END = (".", "!", "?", "…", '"', "”", "’", "'", ")")


def without_header_lines(text: str) -> str:
    """``text`` without the short lines above its first sentence that end in no full stop — a
    byline, a dateline, an "Updated: …" line: they are no sentence, and measured with the body
    they would merge with its first one (a grade of 36 for a story whose first 100 words the
    Linsear Write formula read as one sentence). Nothing is dropped when nothing would be left.

    >>> without_header_lines("By Hana Lim\\n\\nUpdated: 06:55 GMT, 4 December 2024\\n\\nYoon spoke. He left.")
    'Yoon spoke. He left.'
    >>> without_header_lines("Yoon spoke.\\n\\nBy then he had left")
    'Yoon spoke.\\n\\nBy then he had left'
    """
    paragraphs = text.split("\n\n", _HEADER_LINES_WITHIN)
    at = 0
    while at < min(_HEADER_LINES_WITHIN, len(paragraphs) - 1):
        line = paragraphs[at].strip()
        if "\n" in line or len(line.split()) > _HEADER_LINE_WORDS or line.endswith(_SENTENCE_END):
            break
        at += 1
    return "\n\n".join(paragraphs[at:]) if at else text


def prose_text(text: str) -> str:
    """``text`` without its table rows (lines holding a tab, see :func:`_table_row`): the
    sentences a reader reads, and what the readability table measures.

    A row goes with its line, and a paragraph left with nothing goes too, so the prose around a
    table stays the paragraphs it was, one blank line apart: a cleaned text with a table gives the
    text it would be without the table. A text without a tab is returned as it is.

    >>> prose_text("Lyles won.\\n\\n1\\tNoah Lyles\\tUSA\\t9.79\\n\\n2\\tKishane Thompson\\tJAM\\t9.79\\n\\nHe wept.")
    'Lyles won.\\n\\nHe wept.'
    """
    # Why: readability formulas counted a row's cells as words and each "9.79" or "10.00" in it
    # as a sentence's end, so an article with a results table got the table's grade. Lines are
    # dropped, never the line breaks between what is left: with no break in a row's place the
    # words on either side would run together ("… as follows:He wept").
    if "\t" not in text:
        return text
    paragraphs = (
        "\n".join(line for line in paragraph.split("\n") if "\t" not in line)
        for paragraph in text.split("\n\n")
    )
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph.strip())


# how many of a text's first paragraphs may stand above its headline (a masthead, a section line)
_HEADLINE_WITHIN = 4
# a section line's separators ("Local News | Aviation", "Greece › Society")
_SECTION_SEPARATORS = re.compile(r" +[|›»>·•/—–] +")


def headline_of(text: str) -> str:
    """A cleaned text's headline: its first paragraph, unless that is a page's masthead in
    capitals ("THE WICHITA LEDGER") or a line of section names ("Local News | Aviation",
    "TBILISI COURIER | English"), then the first of the next paragraphs that is neither.

    >>> headline_of("THE DAILY LEDGER\\n\\nNews | World\\n\\nFloods in Kenya\\n\\nRain fell.")
    'Floods in Kenya'
    >>> headline_of("Floods kill 20 | Daily Ledger\\n\\nRain fell.")
    'Floods kill 20 | Daily Ledger'
    >>> headline_of("NORTHERN LIGHTS REVIEW — EXPLAINER\\n\\nGreenland votes\\n\\nPolls shut.")
    'Greenland votes'
    """
    paragraphs = text.split("\n\n", _HEADLINE_WITHIN)
    above = paragraphs[:_HEADLINE_WITHIN]
    for at, paragraph in enumerate(above):
        if not (
            _masthead(paragraph)
            or _section_line(paragraph)
            # (a page's name or section in title case: one word first ("Europe"), a short name
            # under a masthead ("THE HINDU" then "Tamil Nadu"), or above a section line ("The
            # Royal Gazette" then "Business | Friday, January 3, 2025"); folders 233, 237-238)
            or (
                _title_case_name(paragraph)
                and (
                    (
                        at == 0
                        and len(paragraph.split()) == 1
                        and len(above) > 1
                        and _headline_like(above[1])
                    )
                    or (at > 0 and _masthead(above[at - 1]))
                    or (at + 1 < len(above) and _section_line(above[at + 1]))
                )
            )
        ):
            return paragraph
    return paragraphs[0]


def _masthead(paragraph: str) -> bool:
    letters = [ch for ch in paragraph if ch.isalpha()]
    # (up to four words: "STORM KILLS 12 IN TEXAS" is a shouted headline, not a masthead; a
    # dash between a masthead and its section is no word: "NORTHERN LIGHTS REVIEW — EXPLAINER")
    words = [word for word in paragraph.split() if any(ch.isalnum() for ch in word)]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters) and len(words) <= 4


def _section_line(paragraph: str) -> bool:
    # (two short names, "Local News | Aviation", "Danube Dispatch — English edition"; or three
    # or more, "Asheville · Buncombe County · Western North Carolina"; "&" is no word: "Climate
    # & Energy"); a section beside a masthead or a date is one too ("THE RYUKYU SHIMPO |
    # English", "LOCAL NEWS | Thursday 12th June 2025"; folders 233-234, 237)
    parts = _SECTION_SEPARATORS.split(paragraph)
    if len(parts) < 2:
        return False
    sizes = [sum(any(ch.isalnum() for ch in word) for word in part.split()) for part in parts]
    if all(size <= (2 if len(parts) == 2 else 4) for size in sizes):
        return True
    return (
        len(parts) == 2
        and min(sizes) <= 2
        and any(_masthead(part) or _DATE_PART(part) for part in parts)
    )


def _title_case_name(paragraph: str) -> bool:
    """Up to three words, each capitalised (but "of", "and", "the"), no digits: a name."""
    words = paragraph.split()
    return (
        0 < len(words) <= 3
        and not any(ch.isdigit() for ch in paragraph)
        and all(word[0].isupper() or word in _NAME_FILLERS for word in words)
        and words[0][0].isupper()
    )


_NAME_FILLERS = frozenset({"of", "and", "the", "&"})


def _headline_like(paragraph: str) -> bool:
    """Three to 25 words with no sentence's stop at the end and no byline: a headline's shape
    ("Europe" above one is a section's name; "Good" above "Leaders met in Hanoi." a title)."""
    words = paragraph.split()
    return (
        3 <= len(words) <= 25
        and paragraph.rstrip()[-1] not in ".!?\"”'’:"
        and not paragraph.startswith("By ")
    )


# the months' names in full, for the dates of section lines here and of bylines
# (helpers.readers, which adds their short forms)
MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
# a date as a section line writes it ("Thursday 12th June 2025", "Monday, June 23, 2025")
_DATE_PART = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:\d{1,2}(?:st|nd|rd|th)? )?"
    rf"(?:{MONTH_NAMES})"
    r"(?: \d{1,2}(?:st|nd|rd|th)?,?)? \d{4}"
).fullmatch


# body_text runs twice per article in a pipeline (the readability stage, then the story signer),
# and cleaning the title was most of its cost
@lru_cache(maxsize=16_384)
def _clean_title(title: str) -> str:
    """A title's cleaned text with its spaces normalised, as body_text compares it."""
    return " ".join(clean_text(title).split())


def article_id_for(text: str) -> str:
    """A stable id for a cleaned text: the first 16 hex digits of its SHA-256.

    The same article loaded twice, from any format, gets the same id.

    >>> article_id_for("Hanoi hosts talks.")
    '00f4cd25c04adeee'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:ID_LENGTH]


def count_words(text: str) -> int:
    """Count words (letters/digits with inner apostrophes or hyphens) in a text.

    >>> count_words("Trump-Kim summit's venue: Hanoi.")
    4
    """
    return len(_WORD.findall(text))
