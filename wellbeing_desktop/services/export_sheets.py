"""A journal's content as tables: one per sheet of the spreadsheet export, typed cells.

Each column says what its cells are (a date, a moment, a number, a share, text) so the
writer (``export_xlsx``) can store real dates and numbers; every code is a label in the
journal's language (``export_words.ExportLabels``). A text longer than a spreadsheet
cell holds (32,767 UTF-16 units: an emoji takes two) continues in extra columns, so
nothing is cut.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from wellbeing_desktop.domain.models import ActivityKind
from wellbeing_desktop.services.export_words import ExportLabels, who5_item_titles

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from wellbeing_desktop.domain.models import Category, DayLog, ExportRecord, JournalContent

CellKind = Literal["date", "datetime", "number", "percent", "text"]
CELL_LIMIT = 32_767  # UTF-16 code units in one spreadsheet cell (Excel's limit)


@dataclass(frozen=True)
class Column:
    title: str
    kind: CellKind
    width: float = 12.0  # in characters; text columns are sized to their content


@dataclass
class Sheet:
    key: str  # days, who5, sparring, one_on_ones, actions, export_log
    name: str
    columns: list[Column]
    rows: list[list[object]] = field(default_factory=list)


def minute_keys(days: Iterable[DayLog], categories: Sequence[Category]) -> list[str]:
    """The categories' keys, then any other key a day has minutes for (nothing left out)."""
    keys = [c.key for c in categories]
    others = sorted({k for d in days for k in d.minutes} - set(keys))
    return keys + others


def leadership_share(day: DayLog, categories: Sequence[Category]) -> float | None:
    """The leadership minutes' share (0..1) of the day's minutes in known categories."""
    kinds = {c.key: c.kind for c in categories}
    logged = sum(m for k, m in day.minutes.items() if k in kinds)
    leading = sum(m for k, m in day.minutes.items() if kinds.get(k) is ActivityKind.LEADERSHIP)
    return leading / logged if logged else None


def build_sheets(
    content: JournalContent, log: Sequence[ExportRecord], labels: ExportLabels
) -> list[Sheet]:
    """The six sheets: days, WHO-5, sparring topics, 1:1s, their actions, the consent log."""
    days = _days(content, labels)
    _split_long_texts(days, labels)
    _fit_widths(days)
    return [days, *other_sheets(content, log, labels)]


def other_sheets(
    content: JournalContent, log: Sequence[ExportRecord], labels: ExportLabels
) -> list[Sheet]:
    """The sheets after the days: WHO-5, sparring topics, 1:1s, actions, the consent log."""
    sheets = [
        _who5(content, labels),
        _sparring(content, labels),
        _one_on_ones(content, labels),
        _actions(content, labels),
        _export_log(log, labels),
    ]
    for sheet in sheets:
        _split_long_texts(sheet, labels)
        _fit_widths(sheet)
    return sheets


def _day_columns(keys: Sequence[str], labels: ExportLabels) -> list[Column]:
    h = labels.header
    return [
        Column(h("date"), "date"),
        *(Column(h("category_minutes", name=labels.category(k)), "number") for k in keys),
        Column(h("hours_worked"), "number"),
        Column(h("leadership_share"), "percent"),
        Column(h("stress_step"), "number"),
        Column(h("stress_step_name"), "text"),
        Column(h("signals"), "text"),
        Column(h("demands"), "number"),
        Column(h("demand_items"), "text"),
        Column(h("resources"), "number"),
        Column(h("resource_items"), "text"),
        Column(h("energy"), "number"),
        Column(h("tags"), "text"),
        Column(h("share"), "text"),
        Column(h("reflection"), "text"),
    ]


def _day_row(
    d: DayLog, keys: Sequence[str], categories: Sequence[Category], labels: ExportLabels
) -> list[object]:
    return [
        d.day,
        *(d.minutes.get(k) for k in keys),
        d.hours_worked_minutes,
        leadership_share(d, categories),
        d.stress_step,
        labels.step(d.stress_step),
        labels.items(d.signals),
        d.demands,
        labels.items(d.demand_items),
        d.resources,
        labels.items(d.resource_items),
        d.energy,
        " ".join(d.tags),
        labels.share(d.share.value),
        d.reflection,
    ]


def _days(content: JournalContent, labels: ExportLabels) -> Sheet:
    categories = list(content.categories)
    keys = minute_keys(content.days, categories)
    rows = [_day_row(d, keys, categories, labels) for d in content.days]
    return Sheet("days", labels.sheet("days"), _day_columns(keys, labels), rows)


def streamed_days_sheet(
    days: Iterable[DayLog], categories: Sequence[Category], labels: ExportLabels
) -> tuple[Sheet, Callable[[DayLog], list[object]]]:
    """The days sheet without its rows, read from ``days`` once, and how to make a row.

    The sheet (its columns, the extra columns of texts too long for a cell, the widths)
    is what ``build_sheets`` gives for the same days; ``row(day)`` is the day's row, its
    long texts split over those columns. For a file written as the days are read again.
    """
    keys: set[str] = set()
    # Per text column (its place in a row without minute columns): the widest first line
    # of each of its parts.
    widest: dict[int, list[int]] = {}
    for d in days:
        keys.update(d.minutes)
        for index, cell in enumerate(_day_row(d, (), categories, labels)):
            if not isinstance(cell, str):
                continue
            parts = _parts(cell)
            seen = widest.setdefault(index, [])
            seen.extend([0] * (len(parts) - len(seen)))
            for n, part in enumerate(parts):
                seen[n] = max(seen[n], len(part.split("\n", 1)[0][:_MAX_TEXT_WIDTH]))
    known = [c.key for c in categories]
    ordered = known + sorted(keys - set(known))
    columns = _day_columns(ordered, labels)
    shift = len(ordered)  # the minute columns come after the date
    split: list[tuple[int, int]] = []  # (column in a full row, parts), right to left
    for index in reversed(range(len(columns))):
        column = columns[index]
        if column.kind != "text":
            columns[index] = _fitted(column, [])
            continue
        seen = widest.get(index - shift if index > 0 else index, [0])
        extra = [
            Column(labels.header("continued", name=column.title, n=n), "text")
            for n in range(2, len(seen) + 1)
        ]
        columns[index : index + 1] = [
            _fitted(c, [w]) for c, w in zip([column, *extra], seen, strict=True)
        ]
        if len(seen) > 1:
            split.append((index, len(seen)))

    def row(d: DayLog) -> list[object]:
        cells = _day_row(d, ordered, categories, labels)
        for index, parts in split:
            text = cells[index] if isinstance(cells[index], str) else ""
            chunks = _parts(str(text))
            cells[index : index + 1] = chunks + [""] * (parts - len(chunks))
        return cells

    return Sheet("days", labels.sheet("days"), columns), row


def _parts(text: str) -> list[str]:
    """A text as the cells it takes (one, unless it is longer than a cell holds)."""
    return cell_chunks(text) if len(text) > CELL_LIMIT // 2 else [text]


def _who5(content: JournalContent, labels: ExportLabels) -> Sheet:
    columns = [
        Column(labels.header("date"), "date"),
        *(Column(title, "number") for title in who5_item_titles(labels.language)),
        Column(labels.header("who5_raw"), "number"),
        Column(labels.header("who5_score"), "number"),
    ]
    rows: list[list[object]] = [
        [w.taken_on, *w.answers, w.raw_score, w.score] for w in content.who5
    ]
    return Sheet("who5", labels.sheet("who5"), columns, rows)


def _sparring(content: JournalContent, labels: ExportLabels) -> Sheet:
    h = labels.header
    columns = [
        Column(h("date"), "date"),
        Column(h("situation"), "text"),
        Column(h("with_whom"), "text"),
        Column(h("status"), "text"),
        Column(h("resolved_on"), "date"),
        Column(h("notes"), "text"),
    ]
    rows: list[list[object]] = [
        [
            t.raised_on,
            labels.situation(t.situation),
            labels.partner(t.with_whom),
            labels.status(t.status.value),
            t.resolved_on,
            t.notes,
        ]
        for t in content.sparring_topics
    ]
    return Sheet("sparring", labels.sheet("sparring"), columns, rows)


def _one_on_ones(content: JournalContent, labels: ExportLabels) -> Sheet:
    h = labels.header
    columns = [
        Column(h("date"), "date"),
        Column(h("with_whom"), "text"),
        Column(h("agenda"), "text"),
        Column(h("notes"), "text"),
        Column(h("actions"), "number"),
        Column(h("open_actions"), "number"),
    ]
    rows: list[list[object]] = [
        [
            m.held_on,
            m.with_whom,
            "\n".join(m.agenda),
            m.notes,
            len(m.actions),
            sum(1 for a in m.actions if not a.done),
        ]
        for m in content.one_on_ones
    ]
    return Sheet("one_on_ones", labels.sheet("one_on_ones"), columns, rows)


def _actions(content: JournalContent, labels: ExportLabels) -> Sheet:
    h = labels.header
    columns = [
        Column(h("meeting_date"), "date"),
        Column(h("with_whom"), "text"),
        Column(h("action"), "text"),
        Column(h("done"), "text"),
    ]
    rows: list[list[object]] = [
        [m.held_on, m.with_whom, a.text, labels.yes_no(a.done)]
        for m in content.one_on_ones
        for a in m.actions
    ]
    return Sheet("actions", labels.sheet("actions"), columns, rows)


def _export_log(log: Sequence[ExportRecord], labels: ExportLabels) -> Sheet:
    h = labels.header
    columns = [
        Column(h("made_at"), "datetime"),
        Column(h("what"), "text"),
        Column(h("format"), "text"),
        Column(h("from"), "date"),
        Column(h("to"), "date"),
        Column(h("sections"), "text"),
        Column(h("reflection_count"), "number"),
        Column(h("reflection_days"), "text"),
    ]
    rows: list[list[object]] = [
        [
            r.made_at,
            labels.export_kind(r.kind),
            labels.file_format(r.format),
            r.period_start,
            r.period_end,
            labels.sections(r.sections),
            len(r.reflection_days),
            ", ".join(d.isoformat() for d in sorted(r.reflection_days)),
        ]
        for r in sorted(log, key=lambda r: r.made_at)
    ]
    return Sheet("export_log", labels.sheet("export_log"), columns, rows)


def _texts(sheet: Sheet, index: int) -> list[str]:
    """The texts of a column (its empty cells as "")."""
    return [cell if isinstance(cell := row[index], str) else "" for row in sheet.rows]


def _split_long_texts(sheet: Sheet, labels: ExportLabels) -> None:
    """A text over ``CELL_LIMIT`` goes on in extra columns right of its own, none cut."""
    for index in reversed(range(len(sheet.columns))):
        column = sheet.columns[index]
        if column.kind != "text":
            continue
        texts = _texts(sheet, index)
        if all(len(text) <= CELL_LIMIT // 2 for text in texts):
            continue  # fits whatever the characters (2 units each at most)
        split = [cell_chunks(text) for text in texts]
        parts = max((len(chunks) for chunks in split), default=1)
        if parts <= 1:
            continue
        extra = [
            Column(labels.header("continued", name=column.title, n=n), "text")
            for n in range(2, parts + 1)
        ]
        sheet.columns[index + 1 : index + 1] = extra
        for row, chunks in zip(sheet.rows, split, strict=True):
            row[index : index + 1] = chunks + [""] * (parts - len(chunks))


def cell_chunks(text: str, limit: int = CELL_LIMIT) -> list[str]:
    """``text`` in pieces of at most ``limit`` UTF-16 units, never inside a character.

    Excel counts a cell's length in UTF-16 units: a character beyond U+FFFF (an emoji)
    takes two, so a piece of ``limit`` characters could hold twice what a cell takes.
    """
    chunks: list[str] = []
    start = 0
    units = 0
    for i, ch in enumerate(text):
        width = 2 if ord(ch) > 0xFFFF else 1
        if units + width > limit:
            chunks.append(text[start:i])
            start, units = i, 0
        units += width
    chunks.append(text[start:])
    return chunks if text else [""]


_WIDTHS: dict[CellKind, float] = {"date": 12, "datetime": 17, "number": 8, "percent": 10}
_MAX_TEXT_WIDTH = 60
_MAX_NUMBER_WIDTH = 18.0  # a longer title wraps in the header row


def _fit_widths(sheet: Sheet) -> None:
    """Each column as wide as its title or its widest first line, within reason."""
    for index, column in enumerate(sheet.columns):
        lines = [len(t.split("\n", 1)[0][:_MAX_TEXT_WIDTH]) for t in _texts(sheet, index)]
        sheet.columns[index] = _fitted(column, lines)


def _fitted(column: Column, lines: Sequence[int]) -> Column:
    """``column`` as wide as its title or its widest first line (``lines``), within reason."""
    title = len(column.title) + 2
    if column.kind == "text":
        widest = max(lines, default=0) + 2
        width = float(min(max(title, widest, 8), _MAX_TEXT_WIDTH))
    else:
        width = max(_WIDTHS[column.kind], min(title, _MAX_NUMBER_WIDTH))
    return Column(column.title, column.kind, float(width))
