"""An unlocked journal: every read and write the CLI and the GUI make goes through here.

Each public method is one transaction: it commits on success and changes nothing on
error. Methods return frozen domain values, never live ORM objects.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING

from wellbeing_desktop.domain import catalogues, validation
from wellbeing_desktop.domain.aggregation import Granularity
from wellbeing_desktop.domain.errors import ValidationError
from wellbeing_desktop.domain.models import (
    CatalogueItem,
    CatalogueKind,
    Category,
    DayChanges,
    DayLog,
    DayMerge,
    Language,
    OneOnOne,
    Settings,
    SignalGroup,
    SparringTopic,
    TopicStatus,
    Who5CheckIn,
    merge_day_edit,
    saved_elsewhere_line,
)
from wellbeing_desktop.services import messages as msg
from wellbeing_desktop.services import trends
from wellbeing_desktop.services.calendar import checked_settings, keep_rule
from wellbeing_desktop.services.journal_core import Clock as Clock
from wellbeing_desktop.services.journal_core import JournalClosedError as JournalClosedError
from wellbeing_desktop.services.journal_core import JournalReplacedError as JournalReplacedError
from wellbeing_desktop.services.journal_core import file_identity as file_identity
from wellbeing_desktop.services.journal_import import JournalImport
from wellbeing_desktop.services.journal_pulse import JournalPulse
from wellbeing_desktop.services.journal_transfer import JournalTransfer
from wellbeing_desktop.services.quick_search import HIT_END as HIT_END
from wellbeing_desktop.services.quick_search import HIT_START as HIT_START
from wellbeing_desktop.services.quick_search import SearchHit as SearchHit
from wellbeing_desktop.services.quick_search import SearchHits, hits_from_rows
from wellbeing_desktop.storage import backup, backup_rotation, search
from wellbeing_desktop.storage.day_logs import DayLogRepository
from wellbeing_desktop.storage.integrity import integrity_problems
from wellbeing_desktop.storage.repositories import (
    CatalogueRepository,
    CategoryRepository,
    OneOnOneRepository,
    SettingsRepository,
    SparringRepository,
    Who5Repository,
)

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date
    from pathlib import Path

    from wellbeing_desktop.domain.aggregation import PeriodSummary
    from wellbeing_desktop.domain.calendar_rules import CalendarSettings
    from wellbeing_desktop.domain.insights import DayPoint, Insight


# Automatic backups kept: the newest of each of this many days and ISO weeks.
KEEP_DAILY_BACKUPS = backup_rotation.KEEP_DAILY
KEEP_WEEKLY_BACKUPS = backup_rotation.KEEP_WEEKLY
_log = logging.getLogger(__name__)


class Journal(JournalPulse, JournalTransfer, JournalImport):
    """The open journal of one data folder."""

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

    def calendar_settings(self) -> CalendarSettings:
        """The calendar files, the user's addresses and the keyword rules (issue #16)."""
        with self._read() as session:
            return SettingsRepository(session).load_calendar()

    def save_calendar_settings(self, settings: CalendarSettings) -> CalendarSettings:
        """Save the calendar's settings as checked and tidied; returns what was saved."""
        with self._write() as session:
            categories = CategoryRepository(session).all()
            settings = checked_settings(settings, categories)
            SettingsRepository(session).save_calendar(settings)
        return settings

    def keep_calendar_rule(self, keyword: str, category: str) -> CalendarSettings:
        """Keep a correction made in the preview: ``keyword`` → ``category``, first in line."""
        with self._write() as session:
            repository = SettingsRepository(session)
            categories = CategoryRepository(session).all()
            settings = keep_rule(repository.load_calendar(), keyword, category)
            settings = checked_settings(settings, categories)
            repository.save_calendar(settings)
        return settings

    def catalogue(self, kind: CatalogueKind) -> list[CatalogueItem]:
        """The built-in items of a pick list followed by the user's own."""
        with self._read() as session:
            own = [i for i in CatalogueRepository(session).own_items() if i.catalogue is kind]
        return [*catalogues.built_in(kind), *own]

    def add_own_signal(self, label: str, group: SignalGroup = SignalGroup.OWN) -> CatalogueItem:
        label = label.strip()
        if not label or len(label) > validation.MAX_NAME:
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

    def first_day(self) -> date | None:
        """The earliest day logged, or None for a journal with no day yet."""
        with self._read() as session:
            return DayLogRepository(session).first_day()

    def minutes_between(self, start: date, end: date) -> dict[date, dict[str, int]]:
        """Minutes per category of the days in ``[start, end]`` that logged any (cheap)."""
        with self._read() as session:
            return DayLogRepository(session).minutes_between(start, end)

    def save_day(self, log: DayLog) -> DayLog:
        """Store the whole day as given (replacing what was there); returns it as stored.

        Hours worked that differ from the stored ones count as given; the stored ones
        that the categories' time outgrew are raised to it (``settle_hours_worked``).
        """
        with self._write() as session:
            keys = CategoryRepository(session).keys()
            validation.validate_day_log(log, today=self.today(), category_keys=keys)
            repo = DayLogRepository(session)
            stored = repo.get(log.day)
            given = stored is None or log.hours_worked_minutes != stored.hours_worked_minutes
            log = validation.settle_hours_worked(log, before=stored, hours_given=given)
            repo.save(log, now=self._clock())
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
            stored = repo.get(edited.day)
            current = stored or DayLog(day=edited.day)
            language = SettingsRepository(session).load().language
            line = saved_elsewhere_line(repo.saved_at(edited.day) or self._clock(), language)
            base = base or DayLog(day=edited.day)
            given = edited.hours_worked_minutes != base.hours_worked_minutes
            merge = merge_day_edit(base, edited, current, saved_elsewhere=line)
            keys = CategoryRepository(session).keys()
            validation.validate_day_log(merge.day, today=self.today(), category_keys=keys)
            merge = validation.settled_merge(merge, before=stored, hours_given=given)
            repo.save(merge.day, now=self._clock())
        if merge.both_changed:
            _log.info("day saved over a change made elsewhere (%s)", ", ".join(merge.both_changed))
        return merge

    def update_day(
        self, day: date, changes: DayChanges, *, new_own_signals: Sequence[CatalogueItem] = ()
    ) -> DayLog:
        """Change only the given fields of a day (creating the day if it is new).

        ``new_own_signals`` are added to the user's own signals in the same transaction,
        so a rejected day adds nothing either. Returns the day as stored.
        """
        return self.log_day(day, changes, new_own_signals=new_own_signals).day

    def log_day(
        self, day: date, changes: DayChanges, *, new_own_signals: Sequence[CatalogueItem] = ()
    ) -> DayMerge:
        """``update_day``, saying also whether the day's hours worked were raised.

        Hours in ``changes`` below the categories' time are refused; the stored hours that
        the categories' time outgrew are raised to it (``settle_hours_worked``).
        """
        for item in new_own_signals:
            validation.validate_catalogue_item(item)
        with self._write() as session:
            for item in new_own_signals:
                CatalogueRepository(session).add(item)
            repo = DayLogRepository(session)
            stored = repo.get(day)
            keys = CategoryRepository(session).keys()
            merge = validation.changed_day(
                day, stored, changes, today=self.today(), category_keys=keys
            )
            repo.save(merge.day, now=self._clock())
        return merge

    # --- search ----------------------------------------------------------------------

    def search(self, query: str, *, limit: int = search.DEFAULT_LIMIT) -> SearchHits:
        """The newest ``limit`` entries that match ``query`` (``storage.search.parse_query``).

        The list's ``total`` says how many match in all. The latest few searches are kept
        while the journal does not change (``SearchCache``): typing asks again for a
        keystroke taken back, and for a first page's query with the whole limit.
        """
        revision = self._revision  # before the read begins (see SearchCache.search)
        with self._read() as session:
            rows = self._search_cache.search(
                session, revision, query, limit=limit, mark_start=HIT_START, mark_end=HIT_END
            )
        return hits_from_rows(rows)

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
        self,
        granularity: Granularity,
        start: date | None = None,
        end: date | None = None,
        *,
        keep: bool = True,
    ) -> list[PeriodSummary]:
        """What ``domain.aggregation.summarize`` gives, from grouped queries (fast path).

        Kept while the journal does not change (``TrendsCache``): the Trends view asks
        for the same range again as the user switches back and forth. ``keep=False``
        for a one-off read (a report): nothing is held after it.
        """
        revision = self._revision  # before the read begins (see TrendsCache.summaries)
        with self._read() as session:
            if not keep:
                return trends.summaries(session, granularity, start, end)
            return self._trends_cache.summaries(session, revision, granularity, start, end)

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
        """What the weeks of ``[start, end]`` show, in words.

        What the weeks of ``[start, end]`` show, in words, with the numbers behind it
        (``weeks``: the weekly summaries of that range, when the caller has them).
        """
        if weeks is None:
            weeks = self.summaries(Granularity.WEEK, start, end)
        with self._read() as session:
            return trends.insights(session, start, end, language, weeks)

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
        """The automatic daily backup, if due (None when not: it is idempotent).

        Never made on open: a command calls it after its write, the GUI once Today has
        painted. Only for a journal with content, only if no verified backup was made
        today (nor one before a migration just now).
        """
        database = self._require_open()
        if self.backup_made_on_open is not None:
            return None
        if not backup.daily_backup_due(self._paths.backups, self._clock()):
            return None
        if not backup.has_content(database.engine):
            return None
        return self.backup(backup_rotation.DAILY)

    def backup_before_import(self) -> Path | None:
        """A backup before an import writes (reason ``before-import``), if there is content.

        Restoring it undoes the import. None for a journal that holds nothing yet.
        """
        if not backup.has_content(self._require_open().engine):
            return None
        return self.backup(backup_rotation.BEFORE_IMPORT)
