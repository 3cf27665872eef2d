"""Shared days and an import (issue #19): told in the plan, confirmed, rechecked at write time.

A day the journal has already that is shared (1:1 or coach) gets the file's text only with
a yes, also when it has figures and no reflection yet; a new day that our own export
brings shared needs the same yes; a day shared since the plan was made refuses the whole
import. Real SQLCipher journals (today: 26 Nov 2026).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.services.markdown_day_files import full_day, write_day
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.models import DayLog, ShareLevel
from wellbeing_desktop.services.foreign_import import plan_import, run_import

if TYPE_CHECKING:
    from pathlib import Path

    from wellbeing_desktop.services.journal import Journal

MONDAY, TUESDAY = date(2026, 11, 16), date(2026, 11, 17)


def _note(folder: Path, day: date, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{day.isoformat()}.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_shared_day_with_figures_only_is_listed_and_needs_a_yes(
    journal: Journal, tmp_path: Path
) -> None:
    shared = journal.save_day(DayLog(day=MONDAY, energy=3, share=ShareLevel.COACH))
    private = journal.save_day(DayLog(day=TUESDAY, energy=4))
    _note(tmp_path / "noter", MONDAY, "Min private tanke om Mette\n")
    _note(tmp_path / "noter", TUESDAY, "Også privat.\n")

    plan = plan_import(journal, tmp_path / "noter")

    assert plan.in_journal == (MONDAY, TUESDAY)  # both there already, without a reflection
    assert plan.shared_in_journal == (MONDAY,)
    assert plan.new_shared == ()
    assert plan.shared == (MONDAY,)
    with pytest.raises(WellbeingError, match=r"days you share .*2026-11-16.*not confirmed"):
        run_import(journal, plan)
    assert journal.days() == [shared, private]  # nothing written

    assert run_import(journal, plan, shared_confirmed=True).imported == 2
    monday = journal.day(MONDAY)
    assert monday is not None
    assert (monday.reflection, monday.share) == ("Min private tanke om Mette", ShareLevel.COACH)


def test_new_days_our_export_brings_shared_are_told_and_need_a_yes(
    journal: Journal, tmp_path: Path
) -> None:
    write_day(tmp_path, full_day(DayLog(day=MONDAY, reflection="Til min coach.")))
    write_day(tmp_path, DayLog(day=TUESDAY, energy=2, reflection="Kun til mig."))

    plan = plan_import(journal, tmp_path / "Dage")

    assert plan.in_journal == ()
    assert plan.new_shared == (MONDAY,)  # full_day is shared with the coach
    assert plan.shared == (MONDAY,)
    with pytest.raises(WellbeingError, match="not confirmed"):
        run_import(journal, plan)
    assert journal.days() == []

    assert run_import(journal, plan, shared_confirmed=True).imported == 2
    assert [log.share for log in journal.days()] == [ShareLevel.COACH, ShareLevel.PRIVATE]


def test_a_day_shared_since_the_plan_refuses_the_whole_import(
    journal: Journal, tmp_path: Path
) -> None:
    journal.save_day(DayLog(day=MONDAY, reflection="Min egen."))
    _note(tmp_path / "noter", MONDAY, "Fra Obsidian.\n")
    _note(tmp_path / "noter", TUESDAY, "En ny dag.\n")
    plan = plan_import(journal, tmp_path / "noter")
    assert plan.shared == ()
    now_shared = journal.save_day(
        DayLog(day=MONDAY, reflection="Min egen.", share=ShareLevel.ONE_ON_ONE)
    )

    for confirmed in (False, True):  # a yes to the plan's shared days is no yes to this one
        with pytest.raises(WellbeingError) as refused:
            run_import(journal, plan, shared_confirmed=confirmed)
        said = str(refused.value)
        assert said.startswith("import: 2026-11-16 has been shared (1:1 or coach) since")
        assert "\n" not in said
        assert "Obsidian" not in said
        assert journal.days() == [now_shared]  # Tuesday is not written either


def test_a_new_day_shared_in_a_file_changed_since_the_plan_is_refused(
    journal: Journal, tmp_path: Path
) -> None:
    path = write_day(tmp_path, DayLog(day=MONDAY, energy=2, reflection="Privat."))
    plan = plan_import(journal, tmp_path / "Dage")
    assert plan.shared == ()
    path.write_text(
        path.read_text(encoding="utf-8").replace("share: private", "share: coach"),
        encoding="utf-8",
    )

    # The file changed, not the journal: the whole import is refused as such.
    with pytest.raises(WellbeingError, match="Dage changed since the preview"):
        run_import(journal, plan)
    assert journal.days() == []
