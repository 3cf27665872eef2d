"""The consent log and the whole journal at once (export and import), for ``Journal``."""

from __future__ import annotations

import dataclasses
from contextlib import contextmanager
from typing import TYPE_CHECKING

from wellbeing_desktop.domain import validation
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.models import (
    Category,
    ExportRecord,
    JournalContent,
    OneOnOne,
    ShareLevel,
    SparringTopic,
)
from wellbeing_desktop.services import messages as msg
from wellbeing_desktop.services.import_checks import check_import
from wellbeing_desktop.services.journal_core import JournalCore
from wellbeing_desktop.storage import private_texts
from wellbeing_desktop.storage.day_logs import DayLogRepository
from wellbeing_desktop.storage.repositories import (
    CatalogueRepository,
    CategoryRepository,
    ExportLogRepository,
    OneOnOneRepository,
    SettingsRepository,
    SparringRepository,
    Who5Repository,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from datetime import date

    from sqlalchemy.orm import Session

    from wellbeing_desktop.domain.models import DayLog


class JournalTransfer(JournalCore):
    """What leaves the journal (the consent log, its content) and what comes in."""

    # --- the consent log ---------------------------------------------------------------

    def record_export(self, record: ExportRecord) -> ExportRecord:
        """Add an entry to the consent log (what left the app; never the text itself)."""
        validation.validate_export_record(record)
        with self._write() as session:
            return ExportLogRepository(session).add(record)

    def written_texts(self) -> tuple[list[tuple[date, ShareLevel, str]], list[str]]:
        """Every reflection with its share level, and every sparring note.

        Every reflection with its share level, and every sparring note: what the
        sharing rule (services/sharing.py) recognises in a file on its way out.
        """
        with self._read() as session:
            return (
                private_texts.written_reflections(session),
                private_texts.sparring_notes(session),
            )

    @contextmanager
    def streamed_written_texts(
        self,
    ) -> Iterator[tuple[Iterator[tuple[date, ShareLevel, str]], list[str]]]:
        """``written_texts``, the reflections one at a time (read in chunks), in one read."""
        with self._read() as session:
            yield (
                private_texts.each_written_reflection(session),
                private_texts.sparring_notes(session),
            )

    def export_log(self) -> list[ExportRecord]:
        """Every export made from this journal, newest first."""
        with self._read() as session:
            return ExportLogRepository(session).all()

    # --- the whole journal at once ------------------------------------------------------

    def content(self, start: date | None = None, end: date | None = None) -> JournalContent:
        """Everything in the journal (dated things limited to [start, end]), for export."""
        with self._read() as session:
            return _content(session, start, end, days=True)

    @contextmanager
    def streamed_days(
        self, start: date | None = None, end: date | None = None
    ) -> Iterator[Iterator[DayLog]]:
        """The days from ``start`` to ``end``, oldest first, read a chunk at a time."""
        with self._read() as session:
            yield DayLogRepository(session).each_between(start, end)

    @contextmanager
    def streamed_content(
        self, start: date | None = None, end: date | None = None
    ) -> Iterator[tuple[JournalContent, Callable[[], Iterator[DayLog]]]]:
        """``content`` without its days, and a way to read the days one at a time.

        For a file written as it is read (a 30-year journal's days never all in memory):
        the content (its ``days`` empty) and ``days()``, which reads the period's days
        again from the start each time it is called, oldest first. Everything comes
        from one read transaction (one snapshot), open until the ``with`` ends.
        """
        with self._read() as session:
            days = DayLogRepository(session)
            yield _content(session, start, end, days=False), lambda: days.each_between(start, end)

    def check_import_content(self, content: JournalContent) -> None:
        """Refuse ``content`` as ``import_content`` would, writing nothing (a dry run).

        The same checks, in the same order, on a read: days or check-ins the journal
        already has, then every entry's rules (``services/import_checks.py``).

        Raises:
            WellbeingError: the refusal ``import_content`` would give.
        """
        today = self.today()
        with self._read() as session:
            _check_content(session, content, today)

    def import_content(self, content: JournalContent) -> None:
        """Add everything in ``content`` in one transaction: all of it, or nothing.

        Days or WHO-5 check-ins on dates the journal already has are refused rather than
        overwritten. Settings and categories are taken over only by a journal with no days.
        The file's consent-log entries are added, but for those the journal already has
        (the log is append-only: an entry is never changed or doubled).
        """
        today = self.today()
        with self._write() as session:
            fresh, categories = _check_content(session, content, today)
            days = DayLogRepository(session)
            if fresh:
                SettingsRepository(session).save(content.settings)
            if categories:
                CategoryRepository(session).replace_all(categories)
            for item in content.own_items:
                CatalogueRepository(session).add(item)
            now = self._clock()
            for log in content.days:
                days.save(log, now=now)
            for topic in content.sparring_topics:
                SparringRepository(session).save(dataclasses.replace(topic, id=None))
            for meeting in content.one_on_ones:
                OneOnOneRepository(session).save(dataclasses.replace(meeting, id=None))
            for checkin in content.who5:
                Who5Repository(session).save(checkin)
            consent = ExportLogRepository(session)
            logged = {_record_identity(r) for r in consent.all()}
            for record in content.export_log:
                if _record_identity(record) not in logged:
                    logged.add(_record_identity(record))
                    consent.add(record)


def _content(
    session: Session, start: date | None, end: date | None, *, days: bool
) -> JournalContent:
    def inside(day: date) -> bool:
        return (start is None or day >= start) and (end is None or day <= end)

    return JournalContent(
        settings=SettingsRepository(session).load(),
        categories=tuple(CategoryRepository(session).all()),
        own_items=tuple(CatalogueRepository(session).own_items()),
        days=tuple(DayLogRepository(session).between(start, end)) if days else (),
        sparring_topics=tuple(
            t for t in reversed(SparringRepository(session).all()) if inside(t.raised_on)
        ),
        one_on_ones=tuple(
            m for m in reversed(OneOnOneRepository(session).all()) if inside(m.held_on)
        ),
        who5=tuple(w for w in Who5Repository(session).all() if inside(w.taken_on)),
        # The whole consent log, whatever the period: it says what left, never text.
        export_log=tuple(reversed(ExportLogRepository(session).all())),
    )


def _check_content(
    session: Session, content: JournalContent, today: date
) -> tuple[bool, tuple[Category, ...] | None]:
    """Refuse ``content`` as the import would; is the journal fresh, and its new categories.

    Fresh: it has no days (it takes the file's settings); the categories are the file's
    when a fresh journal takes them over, else None (it keeps its own).

    Days or check-ins already in the journal are refused first, then every entry's
    rules; a refusal names the entry and field in the file.
    """
    fresh = DayLogRepository(session).count() == 0
    clashes = _clashes(session, content)
    if clashes:
        first = min(clashes).isoformat()
        raise WellbeingError(msg.ALREADY_IN_JOURNAL, n=len(clashes), date=first)
    categories = content.categories if fresh and content.categories else None
    keys = {c.key for c in (categories or CategoryRepository(session).all())}
    check_import(
        content,
        today=today,
        category_keys=keys,
        journal_items=CatalogueRepository(session).own_items(),
        fresh=fresh,
    )
    return fresh, categories


def _clashes(session: Session, content: JournalContent) -> list[date]:
    """The dates of what ``content`` holds that the journal already has (import refuses)."""
    days = DayLogRepository(session)
    clashes = [d.day for d in content.days if days.get(d.day) is not None]
    clashes += [
        w.taken_on
        for w in Who5Repository(session).all()
        if w.taken_on in {c.taken_on for c in content.who5}
    ]
    topics = {_topic_identity(t) for t in SparringRepository(session).all()}
    clashes += [t.raised_on for t in content.sparring_topics if _topic_identity(t) in topics]
    meetings = {_meeting_identity(m) for m in OneOnOneRepository(session).all()}
    clashes += [m.held_on for m in content.one_on_ones if _meeting_identity(m) in meetings]
    return clashes


def _topic_identity(topic: SparringTopic) -> tuple[object, ...]:
    """What makes two sparring topics the same one (the id is local to a journal)."""
    return (topic.raised_on, topic.situation, topic.with_whom, topic.notes)


def _meeting_identity(meeting: OneOnOne) -> tuple[object, ...]:
    return (meeting.held_on, meeting.with_whom, meeting.agenda, meeting.notes)


def _record_identity(record: ExportRecord) -> ExportRecord:
    """A consent-log entry without its local id (the same entry in two journals)."""
    days = tuple(sorted(record.reflection_days))
    return dataclasses.replace(record, id=None, reflection_days=days)
