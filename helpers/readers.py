"""The per-format readers: text and Markdown, HTML, JSON, JSON Lines, CSV and Parquet files.

Part of stage 1 (**load**): :mod:`helpers.load` decides which reader a file goes to and reads and
decodes a file read whole; each reader turns a file's content into article rows
(:mod:`helpers.article_rows`) and failures (:class:`~helpers.article_rows.LoadFailure`). JSON
Lines, CSV and Parquet files are streamed record by record.
"""

from __future__ import annotations

import codecs
import csv
import itertools
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from .article_rows import (
    DEFAULT_MAX_BYTES,
    LoadFailure,
    _as_str,
    _build,
    _Options,
    _record_or_failure,
    _Rejected,
    _too_large,
    _too_large_field,
    _with_notes,
)
from .clean import MONTH_NAMES, NAME_PARTICLES, count_words
from .decode import decode_article, describe_bad_bytes, repair_mojibake, wide_encoding
from .markup import markdown_text

__all__ = ["header_date", "iter_jsonl_tail"]


_SNIFF_BYTES = 1 << 16
_CSV_CHUNK_ROWS = 2_000
_MIN_HTML_WORDS = 20  # fewer words than this from a page is a caption or a menu, not an article
_JSONLD_RE = re.compile(
    r"<script[^>]*type\s*=\s*[\"']?application/ld\+json[^>]*>(.*?)</script>", re.I | re.S
)
_LINE_BREAKS = re.compile(r"\s*\n\s*")  # one or more line breaks in extracted page text
_ARTICLE_TYPES = frozenset(
    {"article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "blogposting"}
)


# ------------------------------------------------------------------------------ files read whole


def _from_text_file(text: str, source: str, encoding: str, markdown: bool) -> dict[str, Any]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise _Rejected("read", "empty file (only whitespace)")
    title = lines[first].strip()
    # The title line is its own paragraph even when the body follows it without a blank line.
    body = "\n".join(lines[first + 1 :])
    if markdown:  # the text a reader sees: no stars, link addresses or images (helpers.markup)
        # the title is the first top-level heading where there is one (a page saved as Markdown
        # may open with a breadcrumb line: "[Inicio](/) / [Mundo](/mundo)")
        at = next((i for i in range(first, len(lines)) if lines[i].startswith("# ")), first)
        title = markdown_text(lines[at].lstrip("#").strip()) or lines[at].lstrip("#").strip()
        body = markdown_text("\n".join(lines[first:at] + lines[at + 1 :]))
    row = _build(
        source=source,
        text_raw=f"{title}\n\n{body}",
        # (a plain text's title is found in its cleaned text: the first line, unless that is a
        # masthead or a section line above the headline, helpers.clean.headline_of)
        title=title if markdown else None,
        encoding=encoding,
        published=header_date(lines[first + 1 :]),
        author=header_author(lines[first + 1 :]),
    )
    # as it arrived; for Markdown, as a reader sees it (as for HTML: markup is no text to clean)
    raw = repair_mojibake(text)[0]
    row["text_raw"] = markdown_text(raw) if markdown else raw
    return row


_MONTHS = rf"(?:{MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
# a date with its year, as bylines write it: "June 7, 2023", "6 December 2022", "04th June 2023",
# "2024-09-30", "date: 2023-05-15T14:30" (Markdown's front matter), "Published: 27/07/2022"
_HEADER_DATE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?: of)? (?P<m1>{_MONTHS})\.?,? (?P<y1>(?:19|20)\d\d)\b"
    rf"|(?P<m2>{_MONTHS})\.? (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<y2>(?:19|20)\d\d)\b"
    r"|(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)(?!\d)"
    r"|(?P<a4>[0-3]?\d)[/.](?P<b4>[01]?\d)[/.](?P<y4>(?:19|20)\d\d)\b)"
)
_MONTH_NUMBER = {
    m: n
    for n, names in enumerate(
        [("Jan", "January"), ("Feb", "February"), ("Mar", "March"), ("Apr", "April"),
         ("May",), ("Jun", "June"), ("Jul", "July"), ("Aug", "August"),
         ("Sep", "Sept", "September"), ("Oct", "October"), ("Nov", "November"),
         ("Dec", "December")],
        1,
    )
    for m in names
}  # fmt: skip
# a byline's or a date line's length at most, and how many lines under the title hold one
_HEADER_LINE_MAX = 160
_HEADER_LINES = 8
# lines whose dates are a photo's or a copyright's, not the article's
_NOT_DATE_LINE = re.compile(r"photo|image|credit|©|copyright|getty|caption", re.I)


# the spaces pages write inside dates besides the plain one: no-break, narrow no-break, thin, figure
_ODD_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " "})
# a wire dateline's town in capitals (and its state or country) before the date
_WIRE_TOWN = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ .'’-]+, (?:[A-Z][\w.]*(?: [A-Z][\w.]*)?, )?")


def _header_lines(lines: Iterable[str]) -> Iterator[str]:
    """The first :data:`_HEADER_LINES` lines under a title that hold something, stripped: where a
    byline or a date line stands (body paragraphs further down are the story's)."""
    seen = 0
    for line in lines:
        # (a non-breaking or thin space inside a date, as pages write "26\u00a0May 2024", is a space)
        line = line.strip().translate(_ODD_SPACES)
        if not line:
            continue
        seen += 1
        if seen > _HEADER_LINES:
            return
        yield line


def header_date(lines: Iterable[str]) -> str | None:
    """The publication date a text file's byline or date line gives under its title, as
    ``YYYY-MM-DD``: the first date with its year on one of the first short lines that is no
    photo caption ("By Allison Lampert | June 7, 2023 5:49 PM EDT", "*By … | 6 December
    2022*"); None when there is none (body paragraphs are not read: their dates are the story's).

        >>> header_date(["", "By AP staff | March 29, 2021, 6:14 AM", "Photo: June 4, 2022"])
        '2021-03-29'
        >>> header_date(["Photo: Jane Doe/AFP, June 4, 2023", "A long paragraph ..."]) is None
        True
        >>> header_date(["date: 2023-05-15T14:30:00+07:00"]), header_date(["Published: 27/07/2022"])
        ('2023-05-15', '2022-07-27')
        >>> header_date(["MOSCOW, Oct 8, 2022 (AFP) — A massive explosion " + "x" * 200])
        '2022-10-08'
        >>> header_date(["By Oliver Brennan-Shaw", "26\u00a0May 2024 • 4:51pm"])
        '2024-05-26'
        >>> header_date(["Oslo (AFP) – Published on 10/10/2025 - 15:20"])
        '2025-10-10'
        >>> header_date(["Published on 12/03/2025", "PARIS, March 12 (AFP) – Farmers blocked …"])
        '2025-03-12'
        >>> header_date(["Published 03/04/2025 09:14", "Updated 14/04/2025 10:02"])
        '2025-04-03'
    """
    pending: tuple[int, int, int] | None = None  # a day-or-month-first date: (a, b, year)
    for line in _header_lines(lines):
        if len(line) > _HEADER_LINE_MAX:
            # a wire's dateline opens the first paragraph: its date is the story's ("MOSCOW, Oct
            # 8, 2022 (AFP) — A massive explosion …"), the rest of the paragraph is not read
            town = _WIRE_TOWN.match(line)
            mt = _HEADER_DATE.match(line, town.end()) if town is not None else None
            if mt is None and pending is not None and town is not None:
                got = _order_by_month_day(pending, _MONTH_DAY.match(line, town.end()))
                if got is not None:
                    return got
        elif _NOT_DATE_LINE.search(line):
            continue
        else:
            mt = _HEADER_DATE.search(line)
            if mt is None and pending is not None:
                got = _order_by_month_day(pending, _MONTH_DAY.search(line))
                if got is not None:
                    return got
        if mt is None:
            continue
        if mt.group("y3"):
            y, m, d = int(mt.group("y3")), int(mt.group("m3")), int(mt.group("d3"))
        elif mt.group("y4"):
            # "27/07/2022": day first or month first, read only where the numbers say which
            a, b, y = int(mt.group("a4")), int(mt.group("b4")), int(mt.group("y4"))
            if a > 12 >= b or b > 12 >= a:
                day_first = a > 12
                if pending is not None:
                    # a later date of the header ("Updated 14/03/2025") says how the site writes
                    # its dates, and so which the first ("Published 12/03/2025") is
                    a, b, y = pending
                d, m = (a, b) if day_first else (b, a)
            elif a == b:
                d = m = a  # "10/10/2025": either way the same day
            else:
                pending = pending or (a, b, y)
                continue
        else:
            y = int(mt.group("y1") or mt.group("y2"))
            m = _MONTH_NUMBER[mt.group("m1") or mt.group("m2")]
            d = int(mt.group("d1") or mt.group("d2"))
        if 1 <= m <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{m:02d}-{d:02d}"
    return None


# a month and a day without the year, as a wire's dateline writes them ("PARIS, March 12 (AFP)")
_MONTH_DAY = re.compile(
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)? (?P<m1>{_MONTHS})\b|(?P<m2>{_MONTHS})\.? (?P<d2>\d{{1,2}})\b)"
)


def _order_by_month_day(pending: tuple[int, int, int], mt: re.Match[str] | None) -> str | None:
    """The day-or-month-first date ``pending`` as the header's month and day without a year
    (``mt``) read it: "12/03/2025" over "PARIS, March 12 (AFP)" is 12 March; None when they
    differ.

        >>> _order_by_month_day((12, 3, 2025), _MONTH_DAY.match("March 12"))
        '2025-03-12'
        >>> _order_by_month_day((12, 3, 2025), _MONTH_DAY.match("March 14")) is None
        True
    """
    if mt is None:
        return None
    m = _MONTH_NUMBER[mt.group("m1") or mt.group("m2")]
    d = int(mt.group("d1") or mt.group("d2"))
    a, b, y = pending
    if (d, m) in ((a, b), (b, a)):
        return f"{y:04d}-{m:02d}-{d:02d}"
    return None


# a desk's roles as a byline writes them before or after its names ("By political editor …",
# "… | Local Democracy Reporter"), lower case
_ROLE_WORDS = "reporter|correspondent|editor|writer|columnist|producer|analyst"
# a byline under the title: "By Jessica Harlan and Tyler Moss", "*By Jane Doe | 6 December 2022*",
# "By Kagiso Molefe in Gaborone", "By Patrick Doyle, Racing writer"
_BYLINE = re.compile(rf"[*_]*By:? +(?=[A-ZÀ-Þ]|(?:[a-z]+ ){{0,3}}(?:{_ROLE_WORDS})s? [A-ZÀ-Þ])")
# a byline's author: capitalised words, with the particles and initials names hold
_AUTHOR = re.compile(
    r"[A-ZÀ-Þ][\w.'’-]*(?: (?:(?:de|da|do|dos|van|von|der|den|la|le|del|bin|al|el|di)"
    r" )*[A-ZÀ-Þ][\w.'’-]*){0,4}"
)
# what a byline writes after its authors' names: the desk's role, the reporter's town, the date
_AFTER_AUTHORS = re.compile(r" (?:in|at|for|from|on|with) [A-Z]| ?[|•·—–/]|,? \d")
# a desk's role written before the names ("By Pacific affairs reporter Lydia Lewis", "By political
# editor Chris Mason"): left out, the names follow
_ROLE_BEFORE_NAMES = re.compile(rf"(?:[\w'’-]+ ){{0,4}}?(?i:{_ROLE_WORDS})s? (?=[A-ZÀ-Þ])")
# a byline without "By": the name, a bar, the desk's role ("Rhodri Evans | Local Democracy Reporter")
_NAME_BAR_ROLE = re.compile(
    rf"({_AUTHOR.pattern})(?: ?[|•·] ?|, )(?:[\w-]+ ){{0,4}}(?i:{_ROLE_WORDS})s?"
    # (and the reporter's town: "Oliver Holland, Central Europe correspondent, in Warsaw")
    r"(?:,? (?:in|at) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})?"
    # (and a second reporter after the desk: "Priya Raman, South Asia correspondent, and Bikash
    # Thapa in Kathmandu")
    rf"(?:,? and ({_AUTHOR.pattern})(?:,? (?:in|at) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{0,2}})?)?"
)
# a byline's name, a dot or a bar, and the outlet ("Megan Thibodeau · CBC News")
_NAME_DOT_OUTLET = re.compile(
    rf"({_AUTHOR.pattern}) [|•·] ([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){{0,3}})"
    # (and the date or the reading time after another dot: "Priya Raman · The Compute Ledger ·
    # September 23, 2025 · 6 min read")
    r"(?: [|•·] .*)?"
)
# a byline's name and the desk's role with no comma between ("Helena Marsh Economics
# correspondent"): the name's words are those before the desk's first everyday word
_NAME_THEN_DESK = re.compile(rf"((?:[A-ZÀ-Þ][\w.'’-]* ){{2,6}})(?:[\w-]+ )?(?i:{_ROLE_WORDS})")
# a desk's line under a byline's names' line ("North West correspondent")
_DESK_ALONE = re.compile(
    rf"(?:[\w'’-]+ ){{0,4}}(?i:{_ROLE_WORDS})s?"
    # ... with where the desk works ("Tennis correspondent at the All England Club", "China
    # correspondent, Beijing")
    r"(?:,? (?:at|in|for|from|based in) .{1,60}|, [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})?"
    # ... or the agency the reporter writes for, alone ("Amélie Rochefort" / "AFP")
    r"|AFP|Reuters|AP|Associated Press|Bloomberg|EFE|dpa|ANSA|PA Media|Xinhua|Anadolu"
    # ... or the broadcaster ("Harriet Bolton & James Kendal" / "BBC News")
    r"|BBC(?: News)?|CNN|Sky News|Al Jazeera|DW|NPR|(?:ABC|CBS|NBC) News"
)
# a line of names alone, joined by commas or "and", perhaps with the reporter's town ("Niamh
# Costello and Ruairí Byrne", "Ingrid Solheim in Oslo", "Sam Whitfield at Perth Stadium"); no
# longer than this
_NAME_WORD = r"[A-ZÀ-Þ][\w.'’-]+"
# (each name with its own town: "Maria Colón in Panama City and Kelvin Ho in Hong Kong"; or
# names parted by a bar: "Rina Goldenberg | Nina Werkhäuser")
_TOWN_OF_NAME = rf",? (?:in|at) {_NAME_WORD}(?: {_NAME_WORD}){{0,2}}"
_NAMES_ALONE = re.compile(
    rf"{_NAME_WORD}(?: {NAME_PARTICLES}{_NAME_WORD}){{1,3}}"
    rf"(?:(?:{_TOWN_OF_NAME})?(?:, | and | & | \| ){_NAME_WORD}(?: {NAME_PARTICLES}{_NAME_WORD}){{1,3}})*"
    rf"(?P<town>{_TOWN_OF_NAME})?"
)
_TOWNS_OF_NAMES = re.compile(rf"{_TOWN_OF_NAME}(?=, | and | & | \| |$)")
_NAMES_LINE_MAX = 80
_NUMERIC_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")
# a labelled byline ("WRITER: Pichaya Srisuk", "Author: Jane Doe")
_LABELLED_AUTHOR = re.compile(r"(?:WRITER|Writer|AUTHOR|Author|Words|Reporter|REPORTER):\s*(.+)")
# a day or a month opening a sentence's "By …" ("By Monday, the army had …"): no author
_CALENDAR = re.compile(
    rf"(?:{_MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter)\b"
)
# a byline's last word that is a desk's role or a title, no one's name ("By Newsroom Staff")
_BYLINE_ROLES = frozenset(
    {"Editor", "Correspondent", "Reporter", "Writer", "Columnist", "Staff", "Producer", "Analyst",
     "Editors", "Correspondents", "Reporters", "Writers", "Columnists", "Desk"}
)  # fmt: skip


def header_author(lines: Iterable[str]) -> str | None:
    """The author(s) a text file's byline names under its title, several joined with "; ": the
    first of the first short lines that opens with "By" ("By Jessica Harlan and Tyler Moss", "By
    Kagiso Molefe in Gaborone", "*By Jane Doe | 6 December 2022*"); the role, town and date
    after the names are left out. Without "By", a line of names with the desk after a bar or a
    comma, a labelled line ("WRITER: …"), or a line of names alone next to the date's line or
    over the desk's. None when no such line is found.

        >>> header_author(["A standfirst.", "By Jessica Harlan and Tyler Moss", "Updated Sept. 30"])
        'Jessica Harlan; Tyler Moss'
        >>> header_author(["By Patrick Doyle, Racing writer"]), header_author(["By Ann Lee in Gaborone"])
        ('Patrick Doyle', 'Ann Lee')
        >>> header_author(["By Pacific affairs reporter Lydia Lewis"])
        'Lydia Lewis'
        >>> header_author(["Rhodri Evans | Local Democracy Reporter"])
        'Rhodri Evans'
        >>> header_author(["A standfirst.", "Hannah Pritchard", "North West correspondent"])
        'Hannah Pritchard'
        >>> header_author(["Jordan Tackett, Kayla Rowe", "Updated February 17, 2025 4:36 PM"])
        'Jordan Tackett; Kayla Rowe'
        >>> header_author(["Eleni Markou, Athens correspondent"]), header_author(["WRITER: Pichaya Srisuk"])
        ('Eleni Markou', 'Pichaya Srisuk')
        >>> header_author(["*By Jane Doe, John Roe and Wu Mei | 6 December 2022*"])
        'Jane Doe; John Roe; Wu Mei'
        >>> header_author(["Paolo Santos", "Jasmine Dela Cruz", "Published September 21, 2025"])
        'Paolo Santos; Jasmine Dela Cruz'
        >>> header_author(["Amélie Rochefort", "AFP"]), header_author(["Pierre Valence, in Paris"])
        ('Amélie Rochefort', 'Pierre Valence')
        >>> header_author(["Maria Colón in Panama City and Kelvin Ho in Hong Kong"])
        'Maria Colón; Kelvin Ho'
        >>> header_author(["By Palesa Mokoena in Maseru and Johan van Wyk in Johannesburg"])
        'Palesa Mokoena; Johan van Wyk'
        >>> header_author(["Rina Goldenberg | Nina Werkhäuser", "05/06/2025"])
        'Rina Goldenberg; Nina Werkhäuser'
        >>> header_author(["Harriet Bolton & James Kendal", "BBC News", "Published"])
        'Harriet Bolton; James Kendal'
        >>> header_author(["Bye-bye to summer", "By Monday, the army had left."]) is None
        True
        >>> header_author(["Megan Thibodeau · CBC News", "Posted: Oct 24, 2025"])
        'Megan Thibodeau'
        >>> header_author(["Priya Raman, South Asia correspondent, and Bikash Thapa in Kathmandu"])
        'Priya Raman; Bikash Thapa'
        >>> header_author(["Helena Marsh Economics correspondent", "Daniel Okafor Political correspondent"])
        'Helena Marsh; Daniel Okafor'
    """
    header = [line for line in _header_lines(lines) if len(line) <= _HEADER_LINE_MAX]
    for at, line in enumerate(header):
        by = _BYLINE.match(line)
        if by is not None:
            rest = line[by.end() :].rstrip("*_ ")
            role = _ROLE_BEFORE_NAMES.match(rest)
            if role is not None:
                rest = rest[role.end() :]
            # (each reporter's town goes: "By Palesa Mokoena in Maseru and Johan van Wyk in
            # Johannesburg" gave only the first)
            return _byline_names(_TOWNS_OF_NAMES.sub("", rest))
        # a byline without "By", its role after a bar or a comma ("Rhodri Evans | Local
        # Democracy Reporter", "Eleni Markou, Athens correspondent")
        barred = _NAME_BAR_ROLE.fullmatch(line.strip("*_ "))
        if barred is not None and barred.group(1).split()[-1] not in _BYLINE_ROLES:
            return "; ".join(filter(None, barred.group(1, 2)))
        # ... or the outlet after a dot ("Megan Thibodeau · CBC News"), under a given name
        dotted = _NAME_DOT_OUTLET.fullmatch(line.strip("*_ "))
        if (
            dotted is not None
            and " " in dotted[1]
            and _given_names_open([dotted[1]])
            and not _given_names_open([dotted[2]])  # (two names: "Rina Goldenberg | Nina …")
        ):
            return dotted[1]
        # ... or the desk with no comma, a reporter a line ("Helena Marsh Economics
        # correspondent" / "Daniel Okafor Political correspondent")
        desked = _names_before_desks(header[at : at + 4])
        if desked:
            return "; ".join(desked)
        labelled = _LABELLED_AUTHOR.fullmatch(line)
        if labelled is not None:
            return _byline_names(labelled.group(1))
        # ... or its names on a line of their own, over the desk's ("Hannah Pritchard" / "North
        # West correspondent") or beside the date's ("Jordan Tackett, Kayla Rowe" / "Updated
        # February 17, 2025"; "Ingrid Solheim in Oslo" / "Tue 9 Sep 2025 06.12 BST")
        alone = _NAMES_ALONE.fullmatch(line) if len(line) <= _NAMES_LINE_MAX else None
        if alone is not None:
            # (one reporter a line: "Paolo Santos" / "Jasmine Dela Cruz" / "Published …")
            stacked = [line]
            while (
                at + len(stacked) < len(header)
                and len(nxt := header[at + len(stacked)]) <= _NAMES_LINE_MAX
                and _NAMES_ALONE.fullmatch(nxt) is not None
                and _DESK_ALONE.fullmatch(nxt) is None  # ("BBC News" is the desk's line)
                and len(stacked) < 4
            ):
                stacked.append(nxt)
            after = header[at + len(stacked)] if at + len(stacked) < len(header) else ""
            if (
                _DESK_ALONE.fullmatch(after) is not None
                or (after and header_date([after]) is not None)
                # (a date whose order the line alone leaves open: "05/06/2025")
                or _NUMERIC_DATE.fullmatch(after) is not None
                # (a reporter's town or venue says byline alone: "Arjun Menon in Dubai")
                or alone["town"] is not None
            ) and (" | " not in line or _given_names_open(line.split(" | "))):
                listed = _TOWNS_OF_NAMES.sub("", ", ".join(stacked)).replace(" | ", ", ")
                names = _byline_names(listed, whole=True)
                if names is not None:
                    return names
    return None


def _names_before_desks(lines: list[str]) -> list[str]:
    """The names of the lines that each write a reporter's name and desk with no comma between
    ("Helena Marsh Economics correspondent"), from the first line on: the capitalised words
    before the desk's first everyday word, under a known given name.

        >>> _names_before_desks(["Helena Marsh Economics correspondent", "Tom Lee Political editor"])
        ['Helena Marsh', 'Tom Lee']
        >>> _names_before_desks(["Foreign Affairs correspondent"])
        []
    """
    from helpers.recognise.cues import _everyday_word  # (the word lists load only for such a line)

    names: list[str] = []
    for line in lines:
        mt = _NAME_THEN_DESK.fullmatch(line.strip("*_ ")) if len(line) <= _NAMES_LINE_MAX else None
        if mt is None:
            break
        words = mt[1].split()
        # (a name has two words at least: "Tom Lee Political editor")
        cut = next(
            (k for k, w in enumerate(words) if k >= 2 and _everyday_word(w.lower())), len(words)
        )
        if cut < 2 or not _given_names_open([words[0]]):
            break
        names.append(" ".join(words[:cut]))
    return names


def _given_names_open(parts: list[str]) -> bool:
    """Whether every part opens with a known given name: names a bar parts are a byline's
    ("Rina Goldenberg | Nina Werkhäuser"), where a menu's sections are not ("Middle East |
    North Africa")."""
    from helpers.recognise.cues import _cues  # (the name lists load only for such a line)

    given = _cues().given_names
    return all(part.split(" ", 1)[0] in given for part in parts)


def _byline_names(rest: str, *, whole: bool = False) -> str | None:
    """The names a byline writes after its "By" (or alone: ``whole``, when every part must be a
    name of two words or more), several joined with "; "; the role, town and date after them
    are left out."""
    cut = _AFTER_AUTHORS.search(rest)
    if cut is not None:
        rest = rest[: cut.start()].rstrip(",")  # ("Pierre Valence, in Paris")
    # (a comma joins names only before the list's "and"; after the last name it opens the desk
    # or the paper: "By Jane Doe, RTÉ Sport", "By Ann Lee and Raj Patel, Associated Press")
    head, joined, last = re.sub(r",? & ", " and ", rest).rpartition(" and ")
    if whole:  # (a line of names alone is a list: "Jordan Tackett, Kayla Rowe")
        parts = [*(head.split(", ") if joined else []), *last.split(", ")]
    else:
        parts = [*(head.split(", ") if joined else []), re.sub(r",? *$", "", last).split(", ")[0]]
    names: list[str] = []
    for part in parts:
        words = part.split()
        if len(words) > 2 and words[0].isupper() and words[1].isupper():
            # a shouted name ends at the first word in lower case: the outlet after it ("By MARY
            # CLAIRE DALTON and JONAH PRICE Associated Press" gave "JONAH PRICE Associated Press")
            part = " ".join(itertools.takewhile(str.isupper, words))
        mt = _AUTHOR.fullmatch(part.strip())
        if (
            mt is None
            or part.split()[-1] in _BYLINE_ROLES
            or part.startswith("The ")
            or _CALENDAR.match(part) is not None
            # (a lone word after the first name is a town: "By Anna Lindqvist, Brussels and
            # Stockholm")
            or (names and " " not in part.strip())
        ):
            if whole:
                return None
            break  # a role, the paper or a day ("Racing writer", "The Times", "By Monday,")
        if whole and " " not in part.strip():
            return None
        names.append(mt.group())
    return "; ".join(names) or None


def _jsonld_article(html: str) -> dict[str, Any] | None:
    """The schema.org ``Article``/``NewsArticle`` object with the longest ``articleBody`` among the
    page's JSON-LD blocks (``@graph`` lists included), or None."""
    best: dict[str, Any] | None = None

    def visit(node: Any, depth: int = 0) -> None:
        nonlocal best
        if depth > 8:
            return
        if isinstance(node, list):
            for item in node:
                visit(item, depth + 1)
            return
        if not isinstance(node, Mapping):
            return
        kinds = node.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        body = node.get("articleBody")
        if (
            any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds)
            and isinstance(body, str)
            and (best is None or len(body) > len(best["articleBody"]))
        ):
            best = dict(node)
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            visit(node.get(key), depth + 1)

    for block in _JSONLD_RE.findall(html):
        try:
            visit(json.loads(block.strip()))
        except (ValueError, RecursionError):  # a broken or hostile block costs only itself
            continue
    return best


def _from_html(html: str, source: str, encoding: str) -> dict[str, Any]:
    import trafilatura

    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    doc = extracted.as_dict() if extracted is not None else {}
    text = _as_str(doc.get("text"))
    n_words = count_words(text) if text else 0
    fields = {
        "title": doc.get("title"),
        "published": doc.get("date"),
        "author": doc.get("author"),
    }
    # Some pages keep the story in schema.org JSON-LD and show trafilatura only a photo caption:
    # take the articleBody when it is much longer than what trafilatura found.
    ld = _jsonld_article(html) if "ld+json" in html.lower() else None
    ld_body = _as_str(ld.get("articleBody")) if ld else None
    ld_words = count_words(ld_body) if ld_body else 0
    if ld and ld_body and ld_words >= _MIN_HTML_WORDS and ld_words > 2 * n_words:
        text, n_words = ld_body, ld_words
        fields = {
            "title": ld.get("headline") or fields["title"],
            "published": ld.get("datePublished") or fields["published"],
            "author": ld.get("author") or fields["author"],
        }
    elif ld and not fields["author"]:
        fields["author"] = ld.get("author")
    # A menu, a cookie banner or a caption is all some pages have: that is not an article.
    if not text or n_words < _MIN_HTML_WORDS:
        found = f": {text[:80]!r}" if text else ""
        raise _Rejected(
            "parse",
            f"too little text: the HTML page yields {n_words} word(s) of article text "
            f"(fewer than {_MIN_HTML_WORDS}){found}",
        )
    # Each line of extracted page text is a block of its own (heading, paragraph): keep it a
    # paragraph, or cleaning would read the line breaks as wrapping and run the title and the
    # paragraphs together (the title then merged with the first sentence of the body).
    text = _LINE_BREAKS.sub("\n\n", text.strip())
    return _build(
        source=source,
        text_raw=text,
        title=fields["title"],
        encoding=encoding,
        published=fields["published"],
        outlet=doc.get("sitename") or doc.get("hostname"),
        url=doc.get("url"),
        author=fields["author"],
    )


def _iter_json_payload(
    payload: Any, src: str, opts: _Options, encoding: str
) -> Iterator[dict[str, Any] | LoadFailure]:
    if isinstance(payload, Mapping):
        listed = next(
            (payload[k] for k in ("articles", "items", "data", "records") if k in payload), None
        )
        records = listed if isinstance(listed, list) else [payload]
    elif isinstance(payload, list):
        records = payload
    else:
        yield LoadFailure(src, "parse", f"JSON holds a {type(payload).__name__}, not articles")
        return
    for i, record in enumerate(records):
        where = src if len(records) == 1 else f"{src}:item {i}"
        yield _record_or_failure(record, where, opts, encoding)


# -------------------------------------------------------------------------------- streamed files


def _bounded_lines(fh: Any, limit: int) -> Iterator[bytes | str | int]:
    """The lines of ``fh``, each read whole only if at most ``limit`` long: a longer line is
    skipped in 1 MiB pieces and yields its length instead (memory stays bounded)."""
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and line[-1:] not in (b"\n", "\n"):
            size = len(line)
            while True:
                piece = fh.readline(1 << 20)
                size += len(piece)
                if not piece or piece[-1:] in (b"\n", "\n"):
                    break
            yield size
        else:
            yield line


def _iter_jsonl(path: Path, opts: _Options) -> Iterator[dict[str, Any] | LoadFailure]:
    src = str(path)
    with path.open("rb") as fh:
        head = fh.read(_SNIFF_BYTES)
        if not head.strip():
            yield LoadFailure(src, "read", "empty file")
            return
        wide = wide_encoding(head)
        if wide is not None:
            # UTF-16/32 lines cannot be split as bytes (b"\n" is half of a character): decode
            yield from _iter_jsonl_text(path, wide, opts)
            return
        if b"\x00" in head and not _has_json_object_line(head):
            yield LoadFailure(src, "decode", "binary file (contains NUL bytes), not text")
            return
        fh.seek(0)
        yield from _jsonl_lines(_bounded_lines(fh, opts.max_bytes), src, opts, first_lineno=1)


def _has_json_object_line(head: bytes) -> bool:
    """Whether a line of ``head`` is a JSON object: then a NUL byte elsewhere is a bad line of a
    JSON Lines file (it costs that line), not the mark of a binary file."""
    for line in head.split(b"\n"):
        try:
            if isinstance(json.loads(line), Mapping):
                return True
        except (ValueError, RecursionError):
            continue
    return False


def _jsonl_lines(
    lines: Iterable[bytes | str | int],
    src: str,
    opts: _Options,
    *,
    first_lineno: int,
    encoding: str = "utf-8",
) -> Iterator[dict[str, Any] | LoadFailure]:
    """Records of JSON lines: UTF-8 bytes from a binary file, or text already decoded (an int is
    the length of a line too long to read)."""
    for lineno, raw in enumerate(lines, start=first_lineno):
        where = f"{src}:line {lineno}"
        if isinstance(raw, int):
            yield LoadFailure(where, "read", _too_large(raw, opts.max_bytes))
            continue
        if lineno == 1 and isinstance(raw, bytes) and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        if not raw.strip():
            continue
        damaged = None
        if isinstance(raw, bytes):
            try:
                raw = raw.decode("utf-8")
            except UnicodeDecodeError:
                # a few stray bytes in a UTF-8 line: keep the line, replace them, say where
                try:
                    raw, _, bad = decode_article(raw)
                except ValueError as exc:
                    yield LoadFailure(where, "decode", str(exc))
                    continue
                damaged = describe_bad_bytes(bad) if bad else None
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield LoadFailure(where, "parse", f"malformed JSON line: {exc}")
            continue
        except RecursionError:
            yield LoadFailure(where, "parse", "malformed JSON line: nested too deeply to parse")
            continue
        if damaged:
            yield LoadFailure(where, "decode", damaged + " (offsets within the line)")
        yield _record_or_failure(record, where, opts, encoding)


def iter_jsonl_tail(
    path: str | os.PathLike[str],
    start: int,
    first_lineno: int,
    *,
    columns: Mapping[str, str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[dict[str, Any] | LoadFailure]:
    """The articles of a JSON Lines file from byte ``start`` on, where line ``first_lineno``
    begins: what :func:`iter_articles` yields for those lines (the same sources,
    ``path:line N``). For reading only what was appended to a file read before.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.jsonl"
    >>> _ = p.write_text('{"text": "Rain in Oslo."}\\n{"text": "Sun in Rome."}\\n')
    >>> [r["text"] for r in iter_jsonl_tail(p, 26, 2)]
    ['Sun in Rome.']
    """
    path = Path(path)
    opts = _Options(dict(columns or {}), int(max_bytes))
    with path.open("rb") as fh:
        head = fh.read(_SNIFF_BYTES)
        wide = wide_encoding(head)
        fh.seek(start)
        if wide is not None:  # a UTF-16/32 file read from a character boundary, as text
            # mid-file there is no byte-order mark to say which end comes first: name it
            wide = next((name for bom, name in _ENDIANS if head.startswith(bom)), wide)
            reader = codecs.getreader(wide)(fh)
            lines: Iterable[bytes | str | int] = _bounded_lines(reader, opts.max_bytes)
        else:
            lines = _bounded_lines(fh, opts.max_bytes)
        yield from _with_notes(_jsonl_lines(lines, str(path), opts, first_lineno=first_lineno))


def _iter_jsonl_text(
    path: Path, encoding: str, opts: _Options
) -> Iterator[dict[str, Any] | LoadFailure]:
    """JSON Lines in a UTF-16/32 file, decoded line by line as text."""
    src = str(path)
    decoded = 0  # lines decoded so far: where a decoding error is

    def lines(fh: Any) -> Iterator[str | int]:
        nonlocal decoded
        for line in _bounded_lines(fh, opts.max_bytes):
            decoded += 1
            yield line

    try:
        with path.open(encoding=encoding, newline="") as fh:
            yield from _jsonl_lines(lines(fh), src, opts, first_lineno=1, encoding=encoding)
    except UnicodeDecodeError as exc:
        yield LoadFailure(
            f"{src}:line {decoded + 1}", "decode", f"undecodable bytes: {encoding} file but {exc}"
        )


_SURROGATES = re.compile("[\udc80-\udcff]")
_ENDIANS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _iter_csv(path: Path, opts: _Options) -> Iterator[dict[str, Any] | LoadFailure]:
    """CSV records with their true row numbers: a malformed row (more fields than the header) is
    an errors row naming its line, and the rows after it keep their numbers."""
    src = str(path)
    with path.open("rb") as fh:
        head = fh.read(_SNIFF_BYTES)
    if not head.strip():
        yield LoadFailure(src, "read", "empty file")
        return
    encoding = wide_encoding(head)
    if encoding is None:
        # A NUL in the header line means a binary file; one in a later row costs that row only.
        # Cut at the last line end: a multi-byte character split by the sniff is no error.
        cut = head[: head.rfind(b"\n") + 1] or head
        if b"\x00" not in cut.split(b"\n", 1)[0]:
            cut = cut.replace(b"\x00", b"")
        try:
            encoding = decode_article(cut).encoding
        except ValueError as exc:
            yield LoadFailure(src, "decode", str(exc))
            return
    utf8 = encoding in ("utf-8", "utf-8-sig")
    encoding = "utf-8-sig" if utf8 else encoding
    # article bodies are long fields; the cap keeps one from taking all memory
    csv.field_size_limit(max(opts.max_bytes + 1, 1 << 17))
    errors = "surrogateescape" if utf8 else "replace"
    with path.open(encoding=encoding, errors=errors, newline="") as fh:
        reader = csv.reader(fh)
        header: list[str] | None = None
        row_number = 0  # row N is the N-th record after the header, malformed ones included
        # the last record's items, held back: a quoted field that never closes runs to the end of
        # the file, so only the last record can be one, and only the end tells
        held: list[Any] = []
        held_at = (src, 0)  # the held record's source and first line
        while True:
            line = reader.line_num + 1
            try:
                fields = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                yield from held
                held = []
                if header is None:
                    yield LoadFailure(src, "parse", f"malformed CSV header (line {line}): {exc}")
                    return
                row_number += 1
                where = f"{src}:row {row_number}"
                if "field larger than field limit" in str(exc):
                    yield LoadFailure(where, "read", f"{_too_large_field(opts)} (line {line})")
                else:
                    yield LoadFailure(where, "parse", f"malformed CSV row at line {line}: {exc}")
                if reader.line_num < line:  # no progress: stop rather than loop
                    return
                continue
            yield from held
            held = []
            if header is None:
                header = fields
                continue
            if not fields:  # a blank line is no record
                continue
            row_number += 1
            where = f"{src}:row {row_number}"
            if len(fields) > len(header):
                yield LoadFailure(
                    where,
                    "parse",
                    f"malformed CSV row at line {line}: {len(fields)} fields, the header has "
                    f"{len(header)}; row skipped",
                )
                continue
            record = dict(zip(header, fields, strict=False))
            damaged = sum(len(_SURROGATES.findall(v)) for v in fields)
            if damaged:
                record = {k: _SURROGATES.sub("\ufffd", v) for k, v in record.items()}
                held.append(
                    LoadFailure(
                        where,
                        "decode",
                        f"{damaged} invalid UTF-8 byte(s) replaced with U+FFFD in this row "
                        f"(line {line})",
                    )
                )
            held.append(_record_or_failure(record, where, opts, encoding))
            held_at = (where, line)
        where, line = held_at
        if held and _unclosed_quote(path, encoding, errors, line):
            yield LoadFailure(
                where,
                "parse",
                f"malformed CSV row at line {line}: a quoted field opens and never closes, so "
                f"the rest of the file (it ends at line {reader.line_num}) would be this one row; "
                "row skipped",
            )
            return
        yield from held


def _unclosed_quote(path: Path, encoding: str, errors: str, start: int) -> bool:
    """Whether the CSV record starting at line ``start`` (the file's last) opens a quoted field
    that never closes. Python's lenient CSV reader takes the rest of the file as that field."""
    with path.open("rb") as fh:
        fh.seek(max(0, path.stat().st_size - 8))
        if fh.read().rstrip().endswith(b'"'):
            return False  # (a closing quote ends the file: the usual case, checked cheaply)
    with path.open(encoding=encoding, errors=errors, newline="") as fh:
        tail = [text for number, text in enumerate(fh, 1) if number >= start]
    try:
        for _ in csv.reader(tail, strict=True):
            pass
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def _iter_parquet(path: Path, opts: _Options) -> Iterator[dict[str, Any] | LoadFailure]:
    import pyarrow.parquet as pq

    src = str(path)
    row_number = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=_CSV_CHUNK_ROWS):
        for record in batch.to_pylist():
            row_number += 1
            yield _record_or_failure(record, f"{src}:row {row_number}", opts, None)
