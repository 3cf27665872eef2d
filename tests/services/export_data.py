"""A journal for the file-export tests: demo data plus texts that look like formulas.

The demo fills the weeks before the fixed clock's day; one more day, a sparring topic, a
1:1 with an action and an own signal carry texts a spreadsheet would otherwise run, and
the consent log has one entry (a coach PDF), so every sheet has rows.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import TYPE_CHECKING

from tests.conftest import PASSPHRASE, fixed_clock
from wellbeing_desktop.domain.models import (
    ActionItem,
    DayLog,
    ExportRecord,
    Language,
    OneOnOne,
    ShareLevel,
    SparringTopic,
)
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.services.demo import generate_demo
from wellbeing_desktop.services.export_files import publish_and_record
from wellbeing_desktop.services.journal_export import journal_export

if TYPE_CHECKING:
    from pathlib import Path

    from wellbeing_desktop.services.journal import Journal

DEMO_END = date(2026, 11, 20)
RISKY_DAY = date(2026, 11, 24)
# What a spreadsheet takes for a formula (or a command), at the start of a cell.
RISKY_TEXTS = (
    '=HYPERLINK("http://example.invalid","klik")',
    "+SUM(1;2)",
    "-5 today, but better than yesterday",
    "@cmd",
    "\tindented",
    "\rcarriage",
)
REFLECTION = RISKY_TEXTS[0]
TOPIC_NOTES = RISKY_TEXTS[1]
AGENDA_POINT = RISKY_TEXTS[2]
ACTION_TEXT = RISKY_TEXTS[3]
MEETING_NOTES = RISKY_TEXTS[4]
WITH_WHOM = "-Mette"
PDF_MADE_AT = datetime(2026, 11, 21, 9, 15)


def fill(journal: Journal, language: Language = Language.DANISH) -> Journal:
    """The demo's days, topics, 1:1s and WHO-5, and the risky texts; in ``language``."""
    journal.import_content(generate_demo(days=35, seed=7, end=DEMO_END))
    journal.save_settings(dataclasses.replace(journal.settings(), language=language))
    signal = journal.add_own_signal("-Ondt i maven")
    journal.save_day(
        DayLog(
            day=RISKY_DAY,
            minutes={"operations": 120, "people_leadership": 90},
            hours_worked_minutes=480,
            stress_step=3,
            signals=(signal.key, "sig-headache"),
            demands=7,
            resources=3,
            demand_items=("d6", "d2"),
            resource_items=("r2", "r12"),
            energy=2,
            reflection=REFLECTION,
            tags=("-minus",),
            share=ShareLevel.COACH,
        )
    )
    journal.save_sparring_topic(
        SparringTopic(raised_on=RISKY_DAY, situation="conflict", with_whom="hr", notes=TOPIC_NOTES)
    )
    journal.save_one_on_one(
        OneOnOne(
            held_on=RISKY_DAY,
            with_whom=WITH_WHOM,
            agenda=(AGENDA_POINT, "Budget"),
            notes=MEETING_NOTES,
            actions=(ActionItem(ACTION_TEXT), ActionItem("Book time", done=True)),
        )
    )
    journal.record_export(
        ExportRecord(
            made_at=PDF_MADE_AT,
            kind="coach",
            format="pdf",
            period_start=date(2026, 11, 1),
            period_end=date(2026, 11, 20),
            sections=("time_split", "stress"),
            reflection_days=(date(2026, 11, 3),),
        )
    )
    return journal


def open_filled(root: Path, language: Language = Language.DANISH) -> Journal:
    """A new journal in ``root`` (cheap key derivation, fixed clock), filled by ``fill``."""
    access = JournalAccess(JournalPaths(root / "journal"), kdf=keyfile.TEST_KDF, clock=fixed_clock)
    opened, _code = access.create(PASSPHRASE)
    return fill(opened, language)


def export_to(journal: Journal, fmt: str, target: Path) -> Path:
    """Export the whole journal as ``fmt`` to ``target``, as the CLI does (file and entry)."""
    export = journal_export(journal, fmt, None, None)
    publish_and_record(journal, target, export.record, export.render)
    return target
