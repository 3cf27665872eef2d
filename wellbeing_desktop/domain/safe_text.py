"""User text made safe to print or put in a file: no control character gets through.

The CLI prints every line through ``printable`` (``cli/safe_text`` names it too), and
the reports (Markdown, HTML, PDF, the 1:1 print) put every text through
``printable_text``: there a control character would be an empty box (PDF) or an
invisible byte that moves the words around (a bidi override), never something to read.

A note, a tag or a calendar title may hold control characters: pasted from elsewhere, or
put there to play tricks. Printed raw, an escape sequence recolours or clears the
terminal, sets its title, plants a hidden link or moves the cursor to overwrite the line
before; a bidi override makes a line read differently from its bytes. So every line the
commands print goes through ``printable``, to a terminal and to a pipe alike (a pipe's
reader may be ``less -R`` or a terminal after ``cat``):

- a whole escape sequence (ESC [ … m, ESC ] … BEL, and the 8-bit forms) becomes one
  "�" (U+FFFD), so no half of it shows as "[31m";
- any other control character (C0 but tab and newline, DEL, C1) and the bidi overrides
  and isolates (U+202A–U+202E, U+2066–U+2069) become "�" too.

The "�" shows that something was there (a reader can look at the journal's own export
for the exact text); nothing is dropped silently, and the stored text is unchanged.
Stdlib only, so the quick search can use it without loading the rest of the app.
"""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"

_SEQUENCES = re.compile(
    r"""
    (?:\x1b\[|\x9b) [0-?]* [ -/]* [@-~]?          # CSI: ESC [ params final (or 8-bit CSI)
    | (?:\x1b[\]P^_X]|[\x9d\x90\x9e\x9f\x98])      # OSC, DCS, PM, APC, SOS: a string …
      [^\x07\x1b\x9c]* (?:\x07|\x1b\\|\x9c)?     # … up to BEL or ST
    | \x1b [ -/]* [0-~]?                           # any other escape, e.g. ESC c (reset)
    """,
    re.VERBOSE,
)
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` with every terminal control (escape sequence, control or bidi character) as "�"."""
    if text.isprintable():  # the usual line: nothing to do (tab and newline are not printable)
        return text
    return _CONTROLS.sub(REPLACEMENT, _SEQUENCES.sub(REPLACEMENT, text))


def printable_text(text: str) -> str:
    """``printable`` for a text that keeps its lines: CR LF and a lone CR become a newline."""
    if text.isprintable():
        return text
    return printable(text.replace("\r\n", "\n").replace("\r", "\n"))
