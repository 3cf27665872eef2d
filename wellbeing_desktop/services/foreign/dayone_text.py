r"""Day One's Markdown as our reflection keeps it: its escapes undone, its photos noted.

Day One escapes punctuation it writes as plain text (``Godt møde\.``, ``kl\. 10``,
``\- ikke en liste``). An escape is undone where the character means nothing to
Markdown there; it is kept where undoing it would change what the text shows: a
``\-``, ``\+``, ``\#`` or ``\>`` at the start of a line (a list, a heading, a quote),
``1\.`` at the start of a line (a numbered list), and ``\*``, ``\_``, ``\```, ``\\``,
``\<`` anywhere (emphasis, code, a backslash, HTML).

``![](dayone-moment://ID)`` is a photo; ``![](dayone-moment:/video/ID)`` (also
``/audio/``, ``/pdfAttachment/``) another attachment. None of them can be imported: each
becomes a note in the text where it was, and is counted.
"""

from __future__ import annotations

import re

_ESCAPE = re.compile(r"\\([!\"#$%&'()*+,\-./:;<=>?@\[\]^_`{|}~\\])")
_ALWAYS_KEPT = frozenset("*_`\\<")
_KEPT_AT_LINE_START = frozenset("-+#>")
_KEPT_AFTER_NUMBER = frozenset(".)")
_MOMENT = re.compile(
    r"!\[[^\]\n]*\]\(dayone-moment:(?://|/(?P<kind>video|audio|pdfAttachment)/)[^)\s]*\)"
)
_KINDS = {None: "photos", "video": "videos", "audio": "audio", "pdfAttachment": "attachments"}
NOTES = {
    "photos": "[photo not imported]",
    "videos": "[video not imported]",
    "audio": "[audio not imported]",
    "attachments": "[attachment not imported]",
}


def unescaped(text: str) -> str:
    """``text`` with Day One's backslash escapes undone where Markdown reads them alike."""

    def undo(match: re.Match[str]) -> str:
        char = match.group(1)
        line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()].strip()
        if (
            char in _ALWAYS_KEPT
            or (char in _KEPT_AT_LINE_START and not line)
            or (char in _KEPT_AFTER_NUMBER and line.isdigit())
        ):
            return match.group(0)
        return char

    return _ESCAPE.sub(undo, text)


def moments(text: str) -> tuple[str, dict[str, int]]:
    """``text`` with each Day One photo or attachment a note, and how many of each kind."""
    counts: dict[str, int] = {}

    def note(match: re.Match[str]) -> str:
        kind = _KINDS[match.group("kind")]
        counts[kind] = counts.get(kind, 0) + 1
        return NOTES[kind]

    return _MOMENT.sub(note, text), counts
