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


def _normal(text: str) -> str:
    """Case-folded words joined by single spaces (punctuation, "…" and spacing dropped).

    Unicode-normalised first (NFKC), and invisible format characters (zero-width spaces
    and joiners, soft hyphens: category Cf) removed: text copied from another program
    may arrive decomposed ("a" + combining ring for "å", as macOS and some PDFs give it)
    or with invisible marks, and must still be recognised as the stored reflection.
    """
    composed = unicodedata.normalize("NFKC", text)
    # Each distinct character asked once (a long text has a few dozen), not each one.
    hidden = {ord(ch): None for ch in set(composed) if unicodedata.category(ch) == "Cf"}
    visible = composed.translate(hidden) if hidden else composed
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
    with journal.streamed_days(start, end) as days:  # a long period's days never all at once
        return [d for d in days if marked_for(d, audience)]


def _runs(words: list[str]) -> list[tuple[str, ...]]:
    return [tuple(words[i : i + RUN_WORDS]) for i in range(len(words) - RUN_WORDS + 1)]


class ShareRule:
    """Every stored text that was not marked for sharing, to recognise it on the way out.

    Built per file. The stored texts are read as they come, never all at once (issue
    #20: a 30-year journal's reflections held as an index took more memory than the
    journal's text): ``prepare`` reads them once for many texts a caller is about to
    check and indexes *those*; ``leaks`` answers from that, and reads the store again
    for a text that was not prepared.
    """

    def __init__(self, journal: Journal) -> None:
        self._journal = journal
        # (normal text, cut with "…") -> the keys of the stored texts it carries: a day
        # (a reflection) or ("note", n) (a sparring note, never allowed out).
        self._found: dict[tuple[str, bool], set[Hashable]] = {}

    def coach_days(self, chosen: Iterable[date]) -> frozenset[date]:
        """The chosen days whose stored reflection is marked ``coach`` (all others dropped)."""
        wanted = set(chosen)
        if not wanted:
            return frozenset()
        with self._journal.streamed_written_texts() as (reflections, _notes):
            return frozenset(
                day
                for day, share, _text in reflections
                if day in wanted and share is ShareLevel.COACH
            )

    def prepare(self, texts: Iterable[str]) -> None:
        """Read the store once for all of ``texts`` (then ``leaks`` answers at once)."""
        wanted: dict[tuple[str, bool], _Outgoing] = {}
        for text in texts:
            normal = _normal(text)
            key = (normal, text.rstrip().endswith(("…", "...")))
            if normal and key not in self._found and key not in wanted:
                wanted[key] = _Outgoing(normal, cut=key[1])
        if not wanted:
            return
        index = _OutgoingIndex(list(wanted.values()))
        with self._journal.streamed_written_texts() as (reflections, notes):
            for day, _share, text in reflections:
                index.match(day, text)
            for n, text in enumerate(notes):
                index.match(("note", n), text)
        for key, outgoing in wanted.items():
            self._found[key] = outgoing.keys

    def leaks(self, text: str, allowed_days: frozenset[date] = frozenset()) -> bool:
        """True if ``text`` carries a stored text that may not leave (see the module doc).

        ``allowed_days``: days whose reflection may leave in this file (a coach summary's
        ticked ``coach`` days, already checked with ``coach_days``).
        """
        normal = _normal(text)
        if not normal:
            return False
        key = (normal, text.rstrip().endswith(("…", "...")))
        if key not in self._found:
            self.prepare([text])
        return any(found not in allowed_days for found in self._found[key])

    def keep(self, texts: Iterable[str], allowed_days: frozenset[date] = frozenset()) -> list[str]:
        """``texts`` without those that carry text that may not leave."""
        texts = list(texts)
        self.prepare(texts)
        return [t for t in texts if not self.leaks(t, allowed_days)]


class _Outgoing:
    """A text on its way out, and the stored texts found in it so far."""

    def __init__(self, normal: str, *, cut: bool) -> None:
        self.normal = normal
        self.padded = f" {normal} "
        # A text cut with "…" (as the draft cuts a long first line) may end mid-word.
        self.spaced = f" {normal}" if cut else f" {normal} "
        self.words = normal.split(" ")
        self.keys: set[Hashable] = set()


class _OutgoingIndex:
    """The texts on their way out, indexed so that each stored text is matched once.

    The same four tests as always, turned around (the few outgoing texts are indexed,
    the many stored ones stream past): a whole stored line (or text); ``RUN_WORDS``
    words in a row of a stored text; a short stored line inside the text; the text a
    piece of a stored text (``MIN_PIECE`` characters or more, whole words).
    """

    def __init__(self, texts: list[_Outgoing]) -> None:
        self._by_normal: dict[str, list[_Outgoing]] = {}
        self._by_run: dict[tuple[str, ...], list[_Outgoing]] = {}
        self._by_word: dict[str, list[_Outgoing]] = {}
        # Pieces by their first word, which a stored text holds whole if it holds the
        # piece (a piece of one word cut mid-word has no whole word: always tried).
        self._pieces: dict[str, list[_Outgoing]] = {}
        self._cut_words: list[_Outgoing] = []
        for text in texts:
            if len(text.normal) < MIN_PIECE:
                continue
            if len(text.words) == 1 and not text.spaced.endswith(" "):
                self._cut_words.append(text)
            else:
                self._pieces.setdefault(text.words[0], []).append(text)
        for text in texts:
            self._by_normal.setdefault(text.normal, []).append(text)
            for run in set(_runs(text.words)):
                self._by_run.setdefault(run, []).append(text)
            for word in set(text.words):
                self._by_word.setdefault(word, []).append(text)

    def match(self, key: Hashable, stored: str) -> None:
        """Note ``key`` on every outgoing text that carries ``stored``."""
        whole = _normal(stored)
        if not whole:
            return
        lines = {n for n in (_normal(line) for line in stored.splitlines()) if n} | {whole}
        for line in lines:
            for text in self._by_normal.get(line, ()):
                text.keys.add(key)  # a whole stored line (or text)
            words = line.split(" ")
            if len(line) >= MIN_PIECE and len(words) < RUN_WORDS:
                for text in self._by_word.get(words[0], ()):
                    if f" {line} " in text.padded:
                        text.keys.add(key)  # a short stored line inside the text
        if self._by_run:
            for run in _runs(whole.split(" ")):
                for text in self._by_run.get(run, ()):
                    text.keys.add(key)  # RUN_WORDS words in a row of a stored text
        padded = f" {whole} "
        starts = (p for word in set(whole.split(" ")) for p in self._pieces.get(word, ()))
        for text in (*starts, *self._cut_words):
            if text.spaced in padded:
                text.keys.add(key)  # a piece of a stored text
