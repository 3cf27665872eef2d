"""What the Journal view lists: frozen rows built from days or search hits, and their model."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from enum import IntEnum, StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from wellbeing_desktop.domain.catalogues import STRESS_STEPS
from wellbeing_desktop.domain.foreign_entries import is_time_heading
from wellbeing_desktop.domain.models import ActivityKind, DayLog, Language
from wellbeing_desktop.services.journal import HIT_END, HIT_START, SearchHit
from wellbeing_desktop.ui.common.locale_format import (
    capitalised,
    long_date,
    month_year,
    short_date,
    weekday_short,
    whole_percent,
)
from wellbeing_desktop.ui.common.translation import Message, tr, translatable

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from wellbeing_desktop.domain.aggregation import PeriodSummary

SPARRING_LABEL: Message = translatable("journal_models", "Sparring")
ONE_ON_ONE_LABEL: Message = translatable("journal_models", "1:1")
STEP_TIP: Message = translatable("journal_models", "Step {n} · {name}")
SHARE_TEXT: Message = translatable("journal_models", "{percent} leadership")
NO_REFLECTION: Message = translatable("journal_models", "No reflection written")

# The longest first line kept: the list elides it anyway, and less text in memory is better.
_FIRST_LINE_MAX = 300
_SPACE = re.compile(r"\s+")
_HIT = re.compile(f"{HIT_START}(.*?){HIT_END}")


class RowKind(StrEnum):
    """What a row stands for: a logged day, or a search hit in a sparring topic or a 1:1."""

    DAY = "day"
    SPARRING = "sparring"
    ONE_ON_ONE = "one_on_one"


# A piece of a search snippet and whether it is (part of) the hit.
Segment = tuple[str, bool]


@dataclass(frozen=True, slots=True)
class JournalRow:
    """One line of the list. Search hits carry a snippet instead of the day's details."""

    day: date
    kind: RowKind = RowKind.DAY
    step: int | None = None
    minutes: tuple[int, int, int] = (0, 0, 0)  # operations, leadership, own work
    share_percent: int | None = None  # leadership share of the logged minutes
    first_line: str = ""
    snippet: tuple[Segment, ...] = ()

    @property
    def is_hit(self) -> bool:
        return bool(self.snippet)


# --- building rows ----------------------------------------------------------------------


def first_line(text: str) -> str:
    """The first line of text of a reflection, whitespace tidied.

    Empty lines are passed over, and so are an import's time headings ("— 07.45 —"):
    an imported day shows what was written, not when.
    """
    for line in text.splitlines():
        tidy = _SPACE.sub(" ", line).strip()
        if tidy and not is_time_heading(tidy):
            return tidy[:_FIRST_LINE_MAX]
    return ""


def share_percent(summary: PeriodSummary | None) -> int | None:
    if summary is None or summary.leadership_share is None:
        return None
    return round(summary.leadership_share * 100)


def day_row(log: DayLog, summary: PeriodSummary | None) -> JournalRow:
    """The row of a logged day; ``summary`` is that day's summary (minutes by kind)."""
    minutes = (0, 0, 0)
    if summary is not None:
        by_kind = summary.minutes_by_kind
        minutes = (
            by_kind[ActivityKind.OPERATIONS],
            by_kind[ActivityKind.LEADERSHIP],
            by_kind[ActivityKind.OWN_WORK],
        )
    return JournalRow(
        day=log.day,
        step=log.stress_step,
        minutes=minutes,
        share_percent=share_percent(summary),
        first_line=first_line(log.reflection),
    )


def snippet_segments(snippet: str) -> tuple[Segment, ...]:
    """Split a search snippet into plain text and hits (marked by HIT_START … HIT_END)."""
    text = _SPACE.sub(" ", snippet).strip()
    segments: list[Segment] = []
    for number, piece in enumerate(_HIT.split(text)):
        if piece:
            # split() with one group alternates: outside, hit, outside, hit …
            segments.append((piece, number % 2 == 1))
    return tuple(segments)


def snippet_html(segments: Iterable[Segment], accent: str) -> str:
    """Rich text for a snippet: every piece HTML-escaped first, the hits in bold accent."""
    parts: list[str] = []
    for text, hit in segments:
        escaped = html.escape(text, quote=False)
        parts.append(f'<b style="color:{accent}">{escaped}</b>' if hit else escaped)
    return "".join(parts)


def snippet_text(segments: Iterable[Segment]) -> str:
    return "".join(text for text, _hit in segments)


def hit_row(hit: SearchHit) -> JournalRow:
    try:
        kind = RowKind(hit.kind)
    except ValueError:
        kind = RowKind.DAY
    return JournalRow(
        day=hit.day,
        kind=kind,
        snippet=snippet_segments(hit.snippet) or ((hit.snippet, False),),
    )


def hit_rows(hits: Sequence[SearchHit]) -> tuple[JournalRow, ...]:
    return tuple(hit_row(hit) for hit in hits)


# --- words ------------------------------------------------------------------------------


def date_text(day: date, language: Language, *, with_year: bool = True) -> str:
    """``Torsdag 26. november 2026`` / ``Thursday 26 November 2026``."""
    return long_date(day, language, year=with_year)


def date_forms(day: date, language: Language, *, with_year: bool = True) -> tuple[str, ...]:
    """The day's date from long to short, for a row as narrow as it comes.

    ``Søndag 6. december``, ``Søn. 6. dec.``, ``6. dec.`` (``Sunday 6 December``,
    ``Sun 6 Dec``, ``6 Dec``), each with the year when ``with_year``: a short form is
    chosen whole, never a word cut off in the middle.
    """
    short = short_date(day, language, year=with_year)
    weekday = weekday_short(day.weekday(), language)
    return (
        long_date(day, language, year=with_year),
        capitalised(f"{weekday} {short}"),
        short,
    )


def date_form_samples(
    day: date, language: Language, *, with_year: bool = True
) -> tuple[tuple[str, ...], ...]:
    """Each form of ``date_forms`` for a week of ``day``'s month: every weekday, two digits.

    The list measures the widest of each form to choose one form for every row of the
    month alike (not "Fredag 4. december" above "Tors. 3. dec.").
    """
    return _samples(day.year, day.month, language, with_year)


@lru_cache(maxsize=256)
def _samples(
    year: int, month: int, language: Language, with_year: bool
) -> tuple[tuple[str, ...], ...]:
    samples = [
        date_forms(date(year, month, number), language, with_year=with_year)
        for number in range(22, 29)
    ]
    return tuple(zip(*samples, strict=True))


def month_text(year: int, month: int, language: Language) -> str:
    """``November 2026``."""
    return month_year(year, month, language)


def kind_label(kind: RowKind, language: Language) -> str:
    if kind is RowKind.SPARRING:
        return tr(SPARRING_LABEL, language)
    if kind is RowKind.ONE_ON_ONE:
        return tr(ONE_ON_ONE_LABEL, language)
    return ""


def step_tip(step: int, language: Language) -> str:
    name = STRESS_STEPS[step - 1].name(language)
    return tr(STEP_TIP, language).format(n=step, name=name)


def share_text(percent: int, language: Language) -> str:
    return tr(SHARE_TEXT, language).format(percent=whole_percent(percent, language))


def spoken(row: JournalRow, language: Language, *, with_year: bool) -> str:
    """The whole row as one plain sentence, for screen readers."""
    parts = [date_text(row.day, language, with_year=with_year)]
    label = kind_label(row.kind, language)
    if label:
        parts.append(label)
    if row.step is not None:
        parts.append(step_tip(row.step, language))
    if row.share_percent is not None:
        parts.append(share_text(row.share_percent, language))
    text = snippet_text(row.snippet) if row.is_hit else row.first_line
    if text:
        parts.append(text)
    return " · ".join(parts)


# --- the model ------------------------------------------------------------------------


class Role(IntEnum):
    ROW = Qt.ItemDataRole.UserRole + 1
    DATE_TEXT = Qt.ItemDataRole.UserRole + 2
    KIND_LABEL = Qt.ItemDataRole.UserRole + 3
    NO_REFLECTION = Qt.ItemDataRole.UserRole + 4
    SHARE_TEXT = Qt.ItemDataRole.UserRole + 5
    DATE_FORMS = Qt.ItemDataRole.UserRole + 6  # the date, long to short (``date_forms``)
    DATE_SAMPLES = Qt.ItemDataRole.UserRole + 7  # ``date_form_samples``


class JournalListModel(QAbstractListModel):
    """The rows the list shows, newest first; the language decides how dates read.

    Search results come a page at a time: the rows the list shows at once first, the
    rest (up to the search's limit) when the list asks for more (``canFetchMore``) or
    the view fetches them when the user pauses. ``more_wanted`` asks the view for them;
    it hands them in with ``append_rows``.
    """

    more_wanted = Signal()

    def __init__(self, language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[JournalRow, ...] = ()
        self._language = language
        self._with_year = False
        self._more = False  # more rows to come (a search's later pages)
        self._asked = False  # ``more_wanted`` sent, the rows not handed in yet

    @property
    def language(self) -> Language:
        return self._language

    @property
    def with_year(self) -> bool:
        return self._with_year

    def rows(self) -> tuple[JournalRow, ...]:
        return self._rows

    def set_rows(self, rows: Iterable[JournalRow], *, with_year: bool, more: bool = False) -> None:
        """Show ``rows``; ``more``: they are a first page, more rows follow the last."""
        self.beginResetModel()
        self._rows = tuple(sorted(rows, key=lambda r: r.day, reverse=True))
        self._with_year = with_year
        self._more = more
        self._asked = False
        self.endResetModel()

    @property
    def has_more(self) -> bool:
        return self._more

    def append_rows(self, rows: Sequence[JournalRow]) -> None:
        """The rows after the last one shown (already newest first), and no more after them."""
        self._more = False
        self._asked = False
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows = (*self._rows, *rows)
        self.endInsertRows()

    def ask_again(self) -> None:
        """Handing the rows in failed: the list's next fetch asks for them again."""
        self._asked = False

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return self._more and not parent.isValid()

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if self._more and not self._asked and not parent.isValid():
            self._asked = True
            self.more_wanted.emit()

    def clear(self) -> None:
        self.set_rows((), with_year=False)

    def set_language(self, language: Language) -> None:
        self._language = language
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def row_of(self, day: date) -> int:
        for number, row in enumerate(self._rows):
            if row.day == day:
                return number
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return spoken(row, self._language, with_year=self._with_year)
        if role == Role.ROW:
            return row
        if role == Role.DATE_TEXT:
            return date_text(row.day, self._language, with_year=self._with_year)
        if role == Role.DATE_FORMS:
            return date_forms(row.day, self._language, with_year=self._with_year)
        if role == Role.DATE_SAMPLES:
            return date_form_samples(row.day, self._language, with_year=self._with_year)
        if role == Role.KIND_LABEL:
            return kind_label(row.kind, self._language)
        if role == Role.NO_REFLECTION:
            return tr(NO_REFLECTION, self._language)
        if role == Role.SHARE_TEXT and row.share_percent is not None:
            return whole_percent(row.share_percent, self._language)
        if role == Qt.ItemDataRole.ToolTipRole and row.step is not None:
            return step_tip(row.step, self._language)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
