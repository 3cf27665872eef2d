"""The sharing rule for every file that leaves the app, enforced from the stored entries.

Reflections marked ``private`` or ``1:1`` never appear in a report or a print; a coach
summary quotes a reflection only if the store says it is marked ``coach`` *and* the user
ticked it. Views build agendas, selections and tags, and those can be wrong (a point
rebuilt without its block, a reflection pasted as a point): so nothing here trusts them.
``ShareRule`` reads every stored reflection (and every sparring note, which is never
marked for sharing) and recognises their text in whatever a caller wants to write:

* a text that is a whole line of a stored reflection (or the drafted first line, cut
  with "…"), or a piece of one at least ``MIN_PIECE`` characters long;
* a text that contains a stored line of at least ``MIN_PIECE`` characters;
* a text that shares ``RUN_WORDS`` words in a row with a stored reflection.

Comparison ignores case, spacing and the punctuation around words. Text the user typed
themselves passes, unless it repeats a reflection that may not leave (then the point is
left out; better one point too few than a reflection too many). What is not recognised
is the user's own rewording.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from wellbeing_desktop.domain.models import ShareLevel
from wellbeing_desktop.services.journal import Journal

MIN_PIECE = 12  # characters: shorter pieces ("Budget") match by chance, whole lines only
RUN_WORDS = 6  # words in a row that cannot be a coincidence

_WORD = re.compile(r"\w+", re.UNICODE)


def _normal(text: str) -> str:
    """Case-folded words joined by single spaces (punctuation, "…" and spacing dropped)."""
    return " ".join(_WORD.findall(text.casefold()))


def _runs(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + RUN_WORDS]) for i in range(len(words) - RUN_WORDS + 1)}


@dataclass(frozen=True, slots=True)
class _Secret:
    day: date | None  # None: a sparring note
    share: ShareLevel | None
    whole: str  # normalised text
    lines: tuple[str, ...]  # normalised non-empty lines
    runs: frozenset[tuple[str, ...]]


class ShareRule:
    """Every stored text that was not marked for sharing, to recognise it on the way out."""

    def __init__(self, journal: Journal) -> None:
        secrets: list[_Secret] = []
        for day in journal.days():
            if day.reflection.strip():
                secrets.append(_secret(day.reflection, day.day, day.share))
        for topic in journal.sparring_topics():
            if topic.notes.strip():
                secrets.append(_secret(topic.notes, None, None))
        self._secrets = tuple(secrets)
        self._shares = {s.day: s.share for s in secrets if s.day is not None}

    def share_of(self, day: date) -> ShareLevel | None:
        """The stored share level of ``day``'s reflection (None: no reflection)."""
        return self._shares.get(day)

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
        runs = _runs(normal.split(" "))
        for secret in self._secrets:
            if secret.day is not None and secret.day in allowed_days:
                continue
            if normal in secret.lines or normal == secret.whole:
                return True
            if len(normal) >= MIN_PIECE and normal in secret.whole:
                return True
            if any(len(line) >= MIN_PIECE and line in normal for line in secret.lines):
                return True
            if runs & secret.runs:
                return True
        return False

    def keep(self, texts: Iterable[str], allowed_days: frozenset[date] = frozenset()) -> list[str]:
        """``texts`` without those that carry text that may not leave."""
        return [t for t in texts if not self.leaks(t, allowed_days)]


def _secret(text: str, day: date | None, share: ShareLevel | None) -> _Secret:
    whole = _normal(text)
    lines = tuple(n for n in (_normal(line) for line in text.splitlines()) if n)
    return _Secret(day, share, whole, lines, frozenset(_runs(whole.split(" "))))
