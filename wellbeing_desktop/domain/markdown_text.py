r"""Plain text that stays text in CommonMark: the escapes the Markdown files share.

Escaped only as much as CommonMark needs: a backslash goes before punctuation that would
start markup (``*``, ``_``, a backtick, ``[``, ``<``, ``|``, an entity's ``&``), and at the
start of a block only where the line would otherwise become a list, heading, quote or
rule (``20\. nov.``, ``\- tekst``). Used by the Markdown reports (``reports/markdown.py``)
and the Markdown export (``services/markdown_pages.py``).
"""

from __future__ import annotations

import re

# Inline markup anywhere in a line: emphasis, code, links, HTML and autolinks, table cells,
# strike-through (GFM); "!" only makes an image before "[", which is escaped.
_INLINE = re.compile(r"([\\`*_\[\]<|~])")
# "&amp;", "&#42;", "&#x2A;" would be read as a character reference.
_ENTITY = re.compile(r"&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]*;)")
# At the start of a block (a paragraph, a list item, a quoted paragraph):
_ORDERED = re.compile(r"\d{1,9}(?=[.)](?:[ \t]|$))")  # "20. nov." → "20\. nov."
_BLOCK_MARK = re.compile(
    r"[-+](?=[ \t]|$)"  # a bullet list
    r"|>"  # a block quote
    r"|#{1,6}(?=[ \t]|$)"  # an ATX heading
    r"|-(?=(?:[ \t]*-){2,}[ \t]*$)"  # a thematic break "---", "- - -"
    r"|-(?=-*[ \t]*$)|=(?==*[ \t]*$)"  # under a line (after a line break): a setext heading
)


def inline(text: str) -> str:
    """Text that stays text inside a line (a table cell, after ``# `` or ``> — ``), one line."""
    flat = " ".join(text.split())
    return _ENTITY.sub("\\\\&", _INLINE.sub(r"\\\1", flat))


def escape(text: str) -> str:
    r"""Text that stays text where a block starts (a paragraph, a list item), one line.

    As ``inline``; a start that would make a list, heading, quote or rule is escaped the
    way CommonMark does (``1\. ``, ``\- ``, ``\# ``, ``\>``).
    """
    escaped = inline(text)
    ordered = _ORDERED.match(escaped)
    if ordered:
        return f"{ordered.group()}\\{escaped[ordered.end() :]}"
    if _BLOCK_MARK.match(escaped):
        return f"\\{escaped}"
    return escaped


def heading(text: str) -> str:
    """Heading text: as ``inline``, and a ``#`` never closes the heading."""
    return inline(text).replace("#", "\\#")
