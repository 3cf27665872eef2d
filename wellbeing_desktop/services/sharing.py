"""The sharing rule for every file that leaves the app, enforced from the stored entries.

Reflections marked ``private`` or ``1:1`` never appear in a report or a print; a coach
summary quotes a reflection only if the store says it is marked ``coach`` *and* the user
ticked it. Views build agendas, selections and tags, and those can be wrong (a point
rebuilt without its block, a reflection pasted as a point): so nothing here trusts them.
``ShareRule`` reads every stored reflection (and every sparring note, which is never
marked for sharing) and recognises their text in whatever a caller wants to write:

* a text that is a whole line of a stored reflection, or a piece of one (whole words;
  the last may be cut where the text ends in "…") at least ``MIN_PIECE`` characters long;
* a text that contains a stored line (whole words) of at least ``MIN_PIECE`` characters;
* a text that shares ``RUN_WORDS`` words in a row with a stored reflection.

Comparison ignores case, spacing and the punctuation around words. Text the user typed
themselves passes, unless it repeats a reflection that may not leave (then the point is
left out; better one point too few than a reflection too many). What is not recognised
is the user's own rewording.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.models import ShareLevel

if TYPE_CHECKING:
    from collections.abc import Hashable, Iterable
    from datetime import date

    from wellbeing_desktop.domain.models import DayLog
    from wellbeing_desktop.services.journal import Journal

MIN_PIECE = 20  # characters: shorter pieces ("the budget") match by chance; whole lines only
RUN_WORDS = 6  # words in a row that cannot be a coincidence

_WORD = re.compile(r"\w+", re.UNICODE)
_GAP = "\x00"  # between stored texts in the joined search text; never in a normal text


def _normal(text: str) -> str:
    """Case-folded words joined by single spaces (punctuation, "…" and spacing dropped).

    Unicode-normalised first (NFKC), and invisible format characters (zero-width spaces
    and joiners, soft hyphens: category Cf) removed: text copied from another program
    may arrive decomposed ("a" + combining ring for "å", as macOS and some PDFs give it)
    or with invisible marks, and must still be recognised as the stored reflection.
    """
    composed = unicodedata.normalize("NFKC", text)
    visible = "".join(ch for ch in composed if unicodedata.category(ch) != "Cf")
    return " ".join(_WORD.findall(visible.casefold()))


def marked_for(day: DayLog, audience: ShareLevel) -> bool:
    """The one rule for who may see a reflection.

    ``day``'s reflection may go to ``audience`` (``COACH``: a coach summary;
    ``ONE_ON_ONE``: the 1:1 draft, which names the day in a file) only if it has text and
    the user marked it for exactly that audience.
    """
    return day.share is audience and bool(day.reflection.strip())


def reflections_for(journal: Journal, audience: ShareLevel, start: date, end: date) -> list[DayLog]:
    """The days in ``[start, end]`` whose reflection may go to ``audience``, oldest first.

    What the GUI offers (the coach summary's tick list) is exactly this list.
    """
    return [d for d in journal.days(start, end) if marked_for(d, audience)]


def _runs(words: list[str]) -> list[tuple[str, ...]]:
    return [tuple(words[i : i + RUN_WORDS]) for i in range(len(words) - RUN_WORDS + 1)]


class ShareRule:
    """Every stored text that was not marked for sharing, to recognise it on the way out.

    Built once per file (one light query); each check looks texts up in indexes, so a
    report of a ten-year journal is checked in milliseconds.
    """

    def __init__(self, journal: Journal) -> None:
        reflections, notes = journal.written_texts()
        self._shares = {day: share for day, share, _text in reflections}
        # A key per stored text: its day (a reflection) or ("note", n) (a sparring note,
        # never allowed out).
        stored: list[tuple[Hashable, str]] = [(day, text) for day, _s, text in reflections]
        stored += [(("note", n), text) for n, text in enumerate(notes)]
        self._lines: dict[str, set[Hashable]] = {}
        self._runs: dict[tuple[str, ...], set[Hashable]] = {}
        self._short_lines: dict[str, list[tuple[str, Hashable]]] = {}  # by first word
        starts: list[int] = []
        keys: list[Hashable] = []
        joined: list[str] = []
        offset = 0
        for key, text in stored:
            whole = _normal(text)
            if not whole:
                continue
            lines = {n for n in (_normal(line) for line in text.splitlines()) if n} | {whole}
            for line in lines:
                self._lines.setdefault(line, set()).add(key)
                words = line.split(" ")
                if len(line) >= MIN_PIECE and len(words) < RUN_WORDS:
                    self._short_lines.setdefault(words[0], []).append((line, key))
            for run in _runs(whole.split(" ")):
                self._runs.setdefault(run, set()).add(key)
            starts.append(offset)
            keys.append(key)
            joined.append(f" {whole} ")  # spaces: pieces match whole words only
            offset += len(whole) + 2 + len(_GAP)
        self._joined = _GAP.join(joined)
        self._starts = starts
        self._keys = keys

    def coach_days(self, chosen: Iterable[date]) -> frozenset[date]:
        """The chosen days whose stored reflection is marked ``coach`` (all others dropped)."""
        return frozenset(d for d in chosen if self._shares.get(d) is ShareLevel.COACH)

    def leaks(self, text: str, allowed_days: frozenset[date] = frozenset()) -> bool:
        """True if ``text`` carries a stored text that may not leave (see the module doc).

        ``allowed_days``: days whose reflection may leave in this file (a coach summary's
        ticked ``coach`` days, already checked with ``coach_days``).
        """
        normal = _normal(text)
        if not normal:
            return False

        def forbidden(keys: Iterable[Hashable]) -> bool:
            return any(key not in allowed_days for key in keys)

        if forbidden(self._lines.get(normal, ())):
            return True  # a whole stored line (or text)
        words = normal.split(" ")
        if any(forbidden(self._runs.get(run, ())) for run in _runs(words)):
            return True  # RUN_WORDS words in a row of a stored text
        # A text cut with "…" (as the draft cuts a long first line) may end mid-word.
        cut = text.rstrip().endswith(("…", "..."))
        spaced = f" {normal}" if cut else f" {normal} "
        for word in set(words):
            for line, key in self._short_lines.get(word, ()):
                if key not in allowed_days and f" {line} " in f" {normal} ":
                    return True  # a short stored line inside the text
        if len(normal) >= MIN_PIECE:
            found = self._joined.find(spaced)
            while found >= 0:  # a piece of a stored text
                if self._keys[bisect_right(self._starts, found) - 1] not in allowed_days:
                    return True
                found = self._joined.find(spaced, found + 1)
        return False

    def keep(self, texts: Iterable[str], allowed_days: frozenset[date] = frozenset()) -> list[str]:
        """``texts`` without those that carry text that may not leave."""
        return [t for t in texts if not self.leaks(t, allowed_days)]
