"""The text a reader sees in a Markdown article: what :mod:`helpers.load` keeps of a ``.md`` file.

Part of stage 1 (load). A scraped page saved as Markdown writes its emphasis, links, images and
headings in markup: ``**Ministry of Environment (MoEFCC)**``, ``[América Latina](/mundo/…)``,
``![Protesters block a road](…)``. Left in the text, the markup's stars and brackets sit inside
names and sentences, a link's address reads as words, and an image's description as a paragraph
of the story. Parsed with mistune (the Markdown parser the report already uses), each block
becomes one paragraph of plain text: emphasis and links keep their words, images and HTML tags
go, list items and headings stay one per line.

    >>> markdown_text("# Floods\\n\\nThe **Ministry** said [more](https://x.org) rain comes.")
    'Floods\\n\\nThe Ministry said more rain comes.'
"""

from __future__ import annotations

import functools
import re
from typing import Any

import mistune

__all__ = ["markdown_text"]

# inline tags a page's Markdown may carry ("<br>", "<span class=…>")
_TAG = re.compile(r"<[^>]{0,200}>")


@functools.cache
def _parser() -> Any:
    # renderer=None: the abstract syntax tree, no HTML
    return mistune.create_markdown(renderer=None)


def markdown_text(source: str) -> str:
    """The plain text of a Markdown document: one paragraph per block, in order.

    >>> markdown_text("- one\\n- two *items*\\n\\n> a quote\\n\\n![a photo](p.jpg)")
    'one\\n\\ntwo items\\n\\na quote'
    """
    blocks: list[str] = []
    _blocks(_parser()(source), blocks)
    return "\n\n".join(b for b in blocks if b)


def _blocks(tokens: list[dict[str, Any]], out: list[str]) -> None:
    for tok in tokens:
        kind = tok.get("type")
        if kind in ("paragraph", "heading", "block_text"):
            out.append(_inline(tok.get("children", [])).strip())
        elif kind in ("list", "list_item", "block_quote"):
            _blocks(tok.get("children", []), out)
        elif kind == "block_code":
            out.append(tok.get("raw", "").strip())
        elif kind == "block_html":
            out.append(_TAG.sub("", tok.get("raw", "")).strip())
        # thematic breaks and blank lines hold no text


def _inline(tokens: list[dict[str, Any]]) -> str:
    parts: list[str] = []
    for tok in tokens:
        kind = tok.get("type")
        if kind in ("text", "codespan"):
            parts.append(tok.get("raw", ""))
        elif kind in ("softbreak", "linebreak"):
            parts.append("\n")
        elif kind == "inline_html":
            continue
        elif kind == "image":
            continue  # a photo's description is no sentence of the story
        else:  # emphasis, strong, link, strikethrough …: their words
            parts.append(_inline(tok.get("children", [])))
    return "".join(parts)
