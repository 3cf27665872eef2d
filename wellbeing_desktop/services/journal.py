"""An unlocked journal: every read and write the CLI and the GUI make goes through here.

Each public method is one transaction: it commits on success and changes nothing on
error. Methods return frozen domain values, never live ORM objects.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy.exc import DatabaseError

from wellbeing_desktop.domain import catalogues, validation
from wellbeing_desktop.domain.errors import Message, ValidationError, WellbeingError
from wellbeing_desktop.domain.models import (
    CatalogueItem,
    CatalogueKind,
    Category,
    DayChanges,
    DayLog,
    DayMerge,
    ExportRecord,
    JournalContent,
    Language,
    OneOnOne,
    Settings,
    ShareLevel,
    SignalGroup,
    SparringTopic,
    TopicStatus,
    Who5CheckIn,
    merge_day_edit,
    saved_elsewhere_line,
)
from wellbeing_desktop.services import messages as msg
from wellbeing_desktop.services import trends
from wellbeing_desktop.services.quick_search import HIT_END as HIT_END
from wellbeing_desktop.services.quick_search import HIT_START as HIT_START
from wellbeing_desktop.services.quick_search import SearchHit as SearchHit
from wellbeing_desktop.storage import backup, backup_rotation, private_texts, search
from wellbeing_desktop.storage.errors import StorageError, database_error_message
from wellbeing_desktop.storage.integrity import integrity_problems
from wellbeing_desktop.storage.repositories import (
    CatalogueRepository,
    CategoryRepository,
    DayLogRepository,
    ExportLogRepository,
    OneOnOneRepository,
    SettingsRepository,
    SparringRepository,
    Who5Repository,
)

if TYPE_CHECKING:
    from pathlib import Path

    from sqlalchemy.orm import Session

    from wellbeing_desktop.domain.aggregation import Granularity, PeriodSummary
    from wellbeing_desktop.domain.insights import DayPoint, Insight
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.storage.database import OpenDatabase
    from wellbeing_desktop.storage.journal_lock import JournalLock

Clock = Callable[[], datetime]
# Automatic backups kept: the newest of each of this many days and ISO weeks.
KEEP_DAILY_BACKUPS = backup_rotation.KEEP_DAILY
KEEP_WEEKLY_BACKUPS = backup_rotation.KEEP_WEEKLY
_log = logging.getLogger(__name__)


class JournalClosedError(StorageError):
    def __init__(self) -> None:
        super().__init__(msg.JOURNAL_LOCKED)


class JournalReplacedError(StorageError):
    """``journal.db`` is no longer the file this journal opened: never write into it."""

    def __init__(self, path: Path) -> None:
        super().__init__(msg.JOURNAL_REPLACED, path=path)


FileIdentity = tuple[int, int]


def file_identity(path: Path) -> FileIdentity | None:
    """(st_dev, st_ino) of ``path``: which file the name stands for; None if there is none."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


class Journal:
    """The open journal of one data folder."""

    def __init__(
        self,
        database: OpenDatabase,
        paths: JournalPaths,
        data_key: bytes,
        journal_id: str,
        *,
        clock: Clock = datetime.now,
        lock: JournalLock | None = None,
        identity: FileIdentity | None = None,
    ) -> None:
        """``lock``: the shared journal lock, held until ``close``. ``identity``: the
        database file's as it was before it was opened (``file_identity``).
        """
        self._database: OpenDatabase | None = database
        self._lock = lock
        self._identity = identity or file_identity(paths.database)
        self._paths = paths
        self._data_key = data_key
        self.journal_id = journal_id
        self._clock = clock
        self.backup_made_on_open = database.backup_made
        # What the user should be told about the open, one line each (e.g. a log kept aside).
        self.open_notices: list[Message] = []
        if database.wal_set_aside is not None:
            self.open_notices.append(Message(msg.WAL_SET_ASIDE, path=database.wal_set_aside))
        with self._write() as session:
            if not CategoryRepository(session).all():
                CategoryRepository(session).replace_all(catalogues.DEFAULT_CATEGORIES)

    def __repr__(self) -> str:
        state = "open" if self._database else "locked"
        return f"<Journal {self._paths.root} {state}>"

    # --- life cycle ----------------------------------------------------------------

    @property
    def paths(self) -> JournalPaths:
        return self._paths

    @property
    def is_open(self) -> bool:
        return self._database is not None

    @property
    def data_key(self) -> bytes:
        """The raw data key, for remembering it in the keyring while the journal is open."""
        self._require_open()
        return self._data_key

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
            self._database = None
            _log.info("journal locked")
        if self._lock is not None:
            # After the connections are gone: a restore may replace the files from now on.
            self._lock.release()
            self._lock = None
        self._data_key = b""

    def _require_open(self) -> OpenDatabase:
        if self._database is None:
            raise JournalClosedError()
        return self._database

    def today(self) -> date:
        return self._clock().date()

    def now(self) -> datetime:
        """The journal's clock (fixed in tests): when an export or a report was made."""
        return self._clock()

    def _require_same_file(self) -> None:
        """Refuse to write when ``journal.db`` names another file than the one opened.

        The journal lock keeps every program that follows it from swapping the file
        under an open journal; this catches one that does not (a file manager, a sync
        tool): its writes would go into a file nobody reads again.
        """
        if file_identity(self._paths.database) != self._identity:
            _log.error("write refused: the journal file was replaced")
            raise JournalReplacedError(self._paths.database)

    @contextmanager
    def _write(self) -> Iterator[Session]:
        database = self._require_open()
        self._require_same_file()
        try:
            with database.writer_sessions.begin() as session:
                yield session
                # Checked again with the write lock held, just before the commit: raising
                # here rolls the transaction back.
                self._require_same_file()
        except DatabaseError as exc:
            message = database_error_message(exc.orig or exc, writing=True, folder=self._paths.root)
            raise StorageError(message) from None

    @contextmanager
    def _read(self) -> Iterator[Session]:
        try:
            with self._require_open().sessions.begin() as session:
                yield session
        except DatabaseError as exc:
            message = database_error_message(
                exc.orig or exc, writing=False, folder=self._paths.root
            )
            raise StorageError(message) from None

    # --- settings, categories, catalogues ----------------------------------------------

    def settings(self) -> Settings:
        with self._read() as session:
            return SettingsRepository(session).load()

    def save_settings(self, settings: Settings) -> Settings:
        validation.validate_settings(settings)
        with self._write() as session:
            SettingsRepository(session).save(settings)
        return settings

    def categories(self) -> list[Category]:
        with self._read() as session:
            return CategoryRepository(session).all()

    def save_categories(self, categories: list[Category]) -> list[Category]:
        validation.validate_categories(categories)
        with self._write() as session:
            CategoryRepository(session).replace_all(categories)
            return CategoryRepository(session).all()

    def catalogue(self, kind: CatalogueKind) -> list[CatalogueItem]:
        """The built-in items of a pick list followed by the user's own."""
        built_in = {
            CatalogueKind.SIGNAL: catalogues.SIGNALS,
            CatalogueKind.DEMAND: catalogues.DEMANDS,
            CatalogueKind.RESOURCE: catalogues.RESOURCES,
        }[kind]
        with self._read() as session:
            own = [i for i in CatalogueRepository(session).own_items() if i.catalogue is kind]
        return [*built_in, *own]

    def add_own_signal(self, label: str, group: SignalGroup = SignalGroup.OWN) -> CatalogueItem:
        label = label.strip()
        if not label or len(label) > 200:
            raise ValidationError("signal", label, msg.SIGNAL_NAME, show_value=False)
        item = CatalogueItem(
            key=catalogues.own_signal_key(label),
            catalogue=CatalogueKind.SIGNAL,
            label_da=label,
            label_en=label,
            group=group,
            custom=True,
        )
        validation.validate_catalogue_item(item)
        with self._write() as session:
            CatalogueRepository(session).add(item)
        return item

    # --- days ------------------------------------------------------------------------

    def day(self, day: date) -> DayLog | None:
        with self._read() as session:
            return DayLogRepository(session).get(day)

    def days(self, start: date | None = None, end: date | None = None) -> list[DayLog]:
        with self._read() as session:
            return DayLogRepository(session).between(start, end)

    def save_day(self, log: DayLog) -> DayLog:
        """Store the whole day as given (replacing what was there)."""
        with self._write() as session:
            keys = CategoryRepository(session).keys()
            validation.validate_day_log(log, today=self.today(), category_keys=keys)
            DayLogRepository(session).save(log, now=self._clock())
        return log

    def save_day_edit(self, base: DayLog | None, edited: DayLog) -> DayMerge:
        """Save what the user changed since ``base`` (the day as they loaded it).

        Fields they did not touch keep whatever is stored now, so a change another
        program (the CLI) made in the meantime is not written over; where both changed a
        field, ``merge_day_edit`` keeps both (the reflection holds both texts, the other
        one under a line saying when it was saved elsewhere, in the journal's language).
        Returns the day as stored and what both had changed.
        """
        with self._write() as session:
            repo = DayLogRepository(session)
            current = repo.get(edited.day) or DayLog(day=edited.day)
            language = SettingsRepository(session).load().language
            line = saved_elsewhere_line(repo.saved_at(edited.day) or self._clock(), language)
            merge = merge_day_edit(
                base or DayLog(day=edited.day), edited, current, saved_elsewhere=line
            )
            keys = CategoryRepository(session).keys()
            validation.validate_day_log(merge.day, today=self.today(), category_keys=keys)
            repo.save(merge.day, now=self._clock())
        if merge.both_changed:
            _log.info("day saved over a change made elsewhere (%s)", ", ".join(merge.both_changed))
        return merge

    def update_day(
        self, day: date, changes: DayChanges, *, new_own_signals: Sequence[CatalogueItem] = ()
    ) -> DayLog:
        """Change only the given fields of a day (creating the day if it is new).

        ``new_own_signals`` are added to the user's own signals in the same transaction,
        so a rejected day adds nothing either.
        """
        for item in new_own_signals:
            validation.validate_catalogue_item(item)
        with self._write() as session:
            for item in new_own_signals:
                CatalogueRepository(session).add(item)
            repo = DayLogRepository(session)
            log = (repo.get(day) or DayLog(day=day)).with_changes(changes)
            keys = CategoryRepository(session).keys()
            validation.validate_day_log(log, today=self.today(), category_keys=keys)
            repo.save(log, now=self._clock())
        return log

    # --- search ----------------------------------------------------------------------

    def search(self, query: str, *, limit: int = 200) -> list[SearchHit]:
        with self._read() as session:
            rows = search.search(
                session, query, limit=limit, mark_start=HIT_START, mark_end=HIT_END
            )
        return [SearchHit(r.kind, r.ref, r.day, r.snippet) for r in rows]

    # --- sparring --------------------------------------------------------------------

    def sparring_topics(self) -> list[SparringTopic]:
        with self._read() as session:
            return SparringRepository(session).all()

    def save_sparring_topic(self, topic: SparringTopic) -> SparringTopic:
        validation.validate_sparring_topic(topic, today=self.today())
        with self._write() as session:
            return SparringRepository(session).save(topic)

    def resolve_sparring_topic(self, topic_id: int, on: date | None = None) -> SparringTopic:
        with self._write() as session:
            repo = SparringRepository(session)
            topic = repo.get(topic_id)
            if topic is None:
                raise ValidationError("topic", topic_id, msg.TOPIC_NUMBER)
            resolved = dataclasses.replace(
                topic, status=TopicStatus.RESOLVED, resolved_on=on or self.today()
            )
            validation.validate_sparring_topic(resolved, today=self.today())
            return repo.save(resolved)

    # --- 1:1 meetings ------------------------------------------------------------------

    def one_on_ones(self) -> list[OneOnOne]:
        with self._read() as session:
            return OneOnOneRepository(session).all()

    def save_one_on_one(self, meeting: OneOnOne) -> OneOnOne:
        validation.validate_one_on_one(meeting, today=self.today())
        with self._write() as session:
            return OneOnOneRepository(session).save(meeting)

    def delete_one_on_one(self, meeting_id: int) -> None:
        with self._write() as session:
            OneOnOneRepository(session).delete(meeting_id)

    # --- WHO-5 -----------------------------------------------------------------------

    def who5_checkins(self) -> list[Who5CheckIn]:
        with self._read() as session:
            return Who5Repository(session).all()

    def record_who5(self, checkin: Who5CheckIn) -> Who5CheckIn:
        validation.validate_who5(checkin, today=self.today())
        with self._write() as session:
            Who5Repository(session).save(checkin)
        return checkin

    # --- trends ----------------------------------------------------------------------

    def summaries(
        self, granularity: Granularity, start: date | None = None, end: date | None = None
    ) -> list[PeriodSummary]:
        """What ``domain.aggregation.summarize`` gives, from grouped queries (fast path)."""
        with self._read() as session:
            return trends.summaries(session, granularity, start, end)

    def overall(self, start: date | None = None, end: date | None = None) -> PeriodSummary:
        """What ``domain.aggregation.overall`` gives, from grouped queries (fast path)."""
        with self._read() as session:
            return trends.overall(session, start, end)

    def day_points(self, start: date, end: date) -> list[DayPoint]:
        """Each logged day in ``[start, end]`` as the year heatmap shows it."""
        with self._read() as session:
            return trends.day_points(session, start, end)

    def insights(
        self,
        start: date,
        end: date,
        language: Language,
        weeks: Sequence[PeriodSummary] | None = None,
    ) -> list[Insight]:
        """What the weeks of ``[start, end]`` show, in words, with the numbers behind it
        (``weeks``: the weekly summaries of that range, when the caller has them).
        """
        with self._read() as session:
            return trends.insights(session, start, end, language, weeks)

    # --- the consent log ---------------------------------------------------------------

    def record_export(self, record: ExportRecord) -> ExportRecord:
        """Add an entry to the consent log (what left the app; never the text itself)."""
        validation.validate_export_record(record)
        with self._write() as session:
            return ExportLogRepository(session).add(record)

    def written_texts(self) -> tuple[list[tuple[date, ShareLevel, str]], list[str]]:
        """Every reflection with its share level, and every sparring note: what the
        sharing rule (services/sharing.py) recognises in a file on its way out.
        """
        with self._read() as session:
            return (
                private_texts.written_reflections(session),
                private_texts.sparring_notes(session),
            )

    def export_log(self) -> list[ExportRecord]:
        """Every export made from this journal, newest first."""
        with self._read() as session:
            return ExportLogRepository(session).all()

    # --- the whole journal at once ------------------------------------------------------

    def content(self, start: date | None = None, end: date | None = None) -> JournalContent:
        """Everything in the journal (dated things limited to [start, end]), for export."""

        def inside(day: date) -> bool:
            return (start is None or day >= start) and (end is None or day <= end)

        with self._read() as session:
            return JournalContent(
                settings=SettingsRepository(session).load(),
                categories=tuple(CategoryRepository(session).all()),
                own_items=tuple(CatalogueRepository(session).own_items()),
                days=tuple(DayLogRepository(session).between(start, end)),
                sparring_topics=tuple(
                    t for t in reversed(SparringRepository(session).all()) if inside(t.raised_on)
                ),
                one_on_ones=tuple(
                    m for m in reversed(OneOnOneRepository(session).all()) if inside(m.held_on)
                ),
                who5=tuple(w for w in Who5Repository(session).all() if inside(w.taken_on)),
            )

    def import_content(self, content: JournalContent) -> None:
        """Add everything in ``content`` in one transaction: all of it, or nothing.

        Days or WHO-5 check-ins on dates the journal already has are refused rather than
        overwritten. Settings and categories are taken over only by a journal with no days.
        """
        today = self.today()
        with self._write() as session:
            days = DayLogRepository(session)
            fresh = days.count() == 0
            clashes = [d.day for d in content.days if days.get(d.day) is not None]
            clashes += [
                w.taken_on
                for w in Who5Repository(session).all()
                if w.taken_on in {c.taken_on for c in content.who5}
            ]
            topics = {_topic_identity(t) for t in SparringRepository(session).all()}
            clashes += [
                t.raised_on for t in content.sparring_topics if _topic_identity(t) in topics
            ]
            meetings = {_meeting_identity(m) for m in OneOnOneRepository(session).all()}
            clashes += [m.held_on for m in content.one_on_ones if _meeting_identity(m) in meetings]
            if clashes:
                first = min(clashes).isoformat()
                raise WellbeingError(msg.ALREADY_IN_JOURNAL, n=len(clashes), date=first)
            # Everything is checked before the first write, so a refusal changes nothing.
            categories = content.categories if fresh and content.categories else None
            if fresh:
                validation.validate_settings(content.settings)
            if categories:
                validation.validate_categories(categories)
            for item in content.own_items:
                validation.validate_catalogue_item(item)
            keys = {c.key for c in (categories or CategoryRepository(session).all())}
            for log in content.days:
                validation.validate_day_log(log, today=today, category_keys=keys)
            for topic in content.sparring_topics:
                validation.validate_sparring_topic(topic, today=today)
            for meeting in content.one_on_ones:
                validation.validate_one_on_one(meeting, today=today)
            for checkin in content.who5:
                validation.validate_who5(checkin, today=today)

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

    # --- integrity and backups ---------------------------------------------------------

    def check(self) -> list[str]:
        """Problems found by SQLCipher's page check and SQLite's integrity check (empty: ok)."""
        return [str(problem) for problem in integrity_problems(self._require_open().engine)]

    def backups(self) -> list[Path]:
        """The journal's backup files (``.lpbackup``), newest first."""
        return backup.list_backups(self._paths.backups)

    def backup(self, reason: str = "manual", *, out: Path | None = None) -> Path:
        """A verified backup file in the backups folder (or at ``out``); returns its path."""
        made = backup.make_backup(
            self._require_open().engine,
            self._data_key,
            self._paths.key_file,
            self._paths.backups,
            reason,
            now=self._clock(),
            out=out,
        )
        _log.info("backup made (%s): %s", reason, made.name if out is None else "to a file")
        return made

    def backup_if_due(self) -> Path | None:
        """The automatic daily backup, made on unlock: only for a journal with content,
        only if no verified backup was made today (nor one before a migration just now).
        """
        database = self._require_open()
        if self.backup_made_on_open is not None:
            return None
        if not backup.daily_backup_due(self._paths.backups, self._clock()):
            return None
        if not backup.has_content(database.engine):
            return None
        return self.backup(backup_rotation.DAILY)


def _topic_identity(topic: SparringTopic) -> tuple[object, ...]:
    """What makes two sparring topics the same one (the id is local to a journal)."""
    return (topic.raised_on, topic.situation, topic.with_whom, topic.notes)


def _meeting_identity(meeting: OneOnOne) -> tuple[object, ...]:
    return (meeting.held_on, meeting.with_whom, meeting.agenda, meeting.notes)
