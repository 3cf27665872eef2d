r"""A small, strict reader of the YAML front matter daily notes carry (issue #19).

PyYAML is not one of the app's dependencies (it is in the virtual environment only
because a development tool pulls it in), and a full YAML parser reads far more than a
daily note's front matter needs (anchors, tags that build objects, …). This reads the
subset Obsidian and similar tools write at the top level:

- ``key: value`` (a plain, ``'single'`` or ``"double"`` quoted scalar; in double quotes
  YAML's escapes are read: ``\"``, ``\\``, ``\n``, ``\t``, ``\x85``, ``\u00e6`` …),
- ``key: [a, "b c", 'd']`` (a flow list of scalars),
- ``key:`` followed by ``- item`` lines (a block list of scalars),
- ``key:`` followed by indented ``name: value`` lines, all indented alike, ``name``
  plain or quoted (a one-level mapping of scalars, as our own Markdown export writes
  ``time_split_minutes``),

and skips every other block (a deeper mapping, a mapping of lists, a ``|`` text,
comments) without reading it: its value is None. A top-level line it cannot read is an
error, never a guess; what a value must be (a ``tags`` list, a figure) the caller checks.
"""

from __future__ import annotations

import re

Value = str | list[str] | dict[str, str] | None  # None: a block this reader skipped

_KEY = re.compile(r"(?P<key>[^\s:#'\"\[{-][^:]*?)\s*:(?:\s+(?P<value>.*))?$")
_AFTER_KEY = re.compile(r"\s*:(?:\s+(?P<value>.*))?$")
# YAML's escapes in double quotes (\xNN, \uNNNN and \UNNNNNNNN are read as code points).
_ESCAPES = {
    "0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v",
    "f": "\f", "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\",
    "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029",
}  # fmt: skip
_HEX_DIGITS = {"x": 2, "u": 4, "U": 8}


class FrontMatterError(ValueError):
    """A front matter line (``line``: 1 = the note's first) cannot be read."""

    def __init__(self, line: int) -> None:
        super().__init__(f"line {line}")
        self.line = line


def split_front_matter(text: str) -> tuple[list[str] | None, str]:
    """The front matter's lines (None: the note has none) and the body after it.

    Front matter is a ``---`` first line up to the next ``---`` (or ``...``) line; a note
    whose ``---`` is never closed has no front matter (the line is a rule of its body).
    """
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return None, text
    for end in range(1, len(lines)):
        if lines[end].rstrip() in ("---", "..."):
            return lines[1:end], "\n".join(lines[end + 1 :])
    return None, text


def read_front_matter(lines: list[str]) -> dict[str, Value]:
    """The top-level keys of front matter lines and their values (see the module).

    Raises:
        FrontMatterError: a line is neither ``key: value``, a list item, nor inside a
            skipped block; or a quoted or ``[…]`` value is not closed.
    """
    values: dict[str, Value] = {}
    key: str | None = None
    indent = ""  # the indentation of the mapping under ``key``
    for n, raw in enumerate(lines, start=2):  # line 1 of the note is the opening ---
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0] in " \t-":  # inside the block of the key above
            if key is None:
                continue
            item = line.strip()
            value = values[key]
            if item.startswith("-") and isinstance(value, list):
                try:
                    value.append(_scalar(item[1:].strip()))
                except ValueError:
                    raise FrontMatterError(n) from None
            elif value == [] or isinstance(value, dict):
                if value == []:
                    indent = line[: len(line) - len(line.lstrip())]
                values[key] = _mapping_line(value, line, indent)
            else:
                values[key] = None  # a nested block or text: not read
            continue
        found = _KEY.match(line)
        if found is None:
            raise FrontMatterError(n)
        key = found["key"].strip()
        try:
            values[key] = _value(_strip_comment(found["value"] or ""))
        except ValueError:
            raise FrontMatterError(n) from None
    return values


def _mapping_line(mapping: list[str] | dict[str, str], line: str, indent: str) -> Value:
    """``mapping`` with the ``name: value`` of ``line``; None when it is no such line.

    The line must be indented as the mapping's first, with a scalar value, and name a
    key once: anything else (a deeper block, a list, a value that cannot be read) makes
    the whole block one this reader skips, as before it read mappings.
    """
    if not line.startswith(indent) or line[len(indent)] in " \t":
        return None
    pair = _pair(line[len(indent) :])
    if pair is None:
        return None
    name, text = pair
    text = _strip_comment(text)
    if not text or text[0] in "[{|>&*!" or name in mapping:
        return None
    try:
        value = _scalar(text)
    except ValueError:
        return None
    return {**(mapping if isinstance(mapping, dict) else {}), name: value}


def _pair(text: str) -> tuple[str, str] | None:
    """The key (plain or quoted, as the export quotes a key that needs it) and the rest."""
    if text[0] in "'\"":
        end = _closing_quote(text)
        if end is None or (found := _AFTER_KEY.match(text, end + 1)) is None:
            return None
        return _scalar(text[: end + 1]), found["value"] or ""  # closed: it reads
    plain = _KEY.match(text)
    return (plain["key"].strip(), plain["value"] or "") if plain else None


def _closing_quote(text: str) -> int | None:
    """Where the quote ``text`` starts with closes (None: it does not)."""
    quote, i = text[0], 1
    while i < len(text):
        if text[i] == "\\" and quote == '"':
            i += 2
            continue
        if text[i] == quote:
            if quote == "'" and text[i + 1 : i + 2] == "'":  # '' is a quote in '…'
                i += 2
                continue
            return i
        i += 1
    return None


def _value(text: str) -> Value:
    if not text:
        return []  # a block list may follow; an empty key is an empty list
    if text.startswith("["):
        if not text.endswith("]"):
            raise ValueError(text)
        inner = text[1:-1].strip()
        return [_scalar(part.strip()) for part in _split_flow(inner)] if inner else []
    if text[0] in "{|>&*!":
        return None  # a mapping, block text, anchor or YAML tag: not read
    return _scalar(text)


def _split_flow(inner: str) -> list[str]:
    parts, current, quote = [], "", ""
    escaped = False  # the character after a ``\`` in double quotes is no closing quote
    for ch in inner:
        if quote:
            current += ch
            if escaped:
                escaped = False
            elif ch == "\\" and quote == '"':
                escaped = True
            elif ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
            current += ch
        elif ch == ",":
            parts.append(current)
            current = ""
        elif ch in "[]{}":
            raise ValueError(inner)  # nested lists or mappings are not tags
        else:
            current += ch
    if quote:
        raise ValueError(inner)
    parts.append(current)
    return parts


def _scalar(text: str) -> str:
    if text[:1] == '"' and _closing_quote(text) == len(text) - 1:
        return _unescaped(text[1:-1])
    if len(text) >= 2 and text[0] == text[-1] == "'" and _closing_quote(text) == len(text) - 1:
        return text[1:-1].replace("''", "'")
    if text[:1] in ("'", '"') or text[:1] in ("[", "{"):
        raise ValueError(text)
    return text


def _unescaped(inner: str) -> str:
    """A double-quoted scalar's text with YAML's escapes read (an unknown one kept as is)."""
    out, i = [], 0
    while i < len(inner):
        ch, follow = inner[i], inner[i + 1 : i + 2]
        size = _HEX_DIGITS.get(follow, 0) if ch == "\\" else 0
        digits = inner[i + 2 : i + 2 + size]
        if ch == "\\" and follow in _ESCAPES:
            out.append(_ESCAPES[follow])
            i += 2
        elif size and len(digits) == size and re.fullmatch(r"[0-9a-fA-F]+", digits):
            out.append(chr(min(int(digits, 16), 0x10FFFF)))
            i += 2 + size
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _strip_comment(text: str) -> str:
    # `` #`` starts a comment outside quotes (``#tag`` right after ``:`` does not).
    quote = ""
    escaped = False
    for i, ch in enumerate(text):
        if escaped:
            escaped = False
        elif quote:
            escaped = ch == "\\" and quote == '"'
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == "#" and i > 0 and text[i - 1] in " \t":
            return text[:i].rstrip()
    return text.strip()
