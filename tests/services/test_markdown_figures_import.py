"""Importing our own Markdown export's day files into a real journal (issue #19).

The day files are written by hand as docs/markdown-export.md lays them out
(``markdown_day_files``); the journal is a real SQLCipher journal (today: 26 Nov 2026).
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.services.markdown_day_files import full_day, write_day
from wellbeing_desktop.domain.foreign_entries import LeftOut
from wellbeing_desktop.domain.models import DayLog, ShareLevel
from wellbeing_desktop.services.foreign.common import ForeignFileError
from wellbeing_desktop.services.foreign_import import (
    ImportFormat,
    plan_import,
    run_import,
)

if TYPE_CHECKING:
    from pathlib import Path

    from wellbeing_desktop.services.journal import Journal

MONDAY, TUESDAY, WEDNESDAY = date(2026, 11, 16), date(2026, 11, 17), date(2026, 11, 18)
# Reflections as a leader writes them, and as the export must carry them byte for byte.
REFLECTIONS = (
    "Svær samtale med Mette om opsigelsen.\n\n- ro på\n- følg op fredag #1-1",
    "  Indrykket første linje, og to tomme linjer til sidst\n\n\n",
    "---\nEn streg øverst, som ligner front matter\n---\n",
    "Linjer fra Windows\r\nmed CRLF\r\n",
    "# Overskrift\n\n> citat 💬\n\n```\nkode #ikke-tag\n```",
    "   ",
)


def _import(journal: Journal, folder: Path) -> int:
    plan = plan_import(journal, folder)
    assert plan.format is ImportFormat.MARKDOWN
    return run_import(journal, plan, shared_confirmed=True).imported


def test_a_new_journal_gets_each_figure_share_level_tag_and_reflection(
    journal: Journal, tmp_path: Path
) -> None:
    folder = tmp_path / "Leader Pulse eksport"
    coach = full_day(DayLog(day=MONDAY, reflection=REFLECTIONS[0], tags=("budget", "Travl-dag")))
    one_on_one = DayLog(
        day=TUESDAY, energy=2, stress_step=4, share=ShareLevel.ONE_ON_ONE, reflection="Træt."
    )
    figures_only = DayLog(day=WEDNESDAY, minutes={"own_tasks": 120}, hours_worked_minutes=480)
    for log in (coach, one_on_one, figures_only):
        write_day(folder, log)

    plan = plan_import(journal, folder)
    assert (plan.entries, plan.days, plan.left_out) == (3, (MONDAY, TUESDAY, WEDNESDAY), ())
    assert journal.days() == []  # the plan writes nothing
    assert plan.new_shared == (MONDAY, TUESDAY)  # the file's share levels, told
    assert plan.shared_in_journal == ()

    assert run_import(journal, plan, shared_confirmed=True).imported == 3
    assert journal.days() == [coach, one_on_one, figures_only]


def test_every_tricky_reflection_comes_back_identical(journal: Journal, tmp_path: Path) -> None:
    logs = [
        DayLog(day=date(2026, 11, 1 + n), energy=3, reflection=text)
        for n, text in enumerate(REFLECTIONS)
    ]
    for log in logs:
        write_day(tmp_path, log)

    assert _import(journal, tmp_path) == len(logs)

    assert [log.reflection for log in journal.days()] == list(REFLECTIONS)
    assert journal.days() == logs


def test_a_day_in_the_journal_keeps_its_figures_and_share_level_and_gets_the_text(
    journal: Journal, tmp_path: Path
) -> None:
    mine = journal.save_day(
        DayLog(
            day=MONDAY,
            minutes={"operations": 300},
            hours_worked_minutes=300,
            energy=4,
            reflection="Min egen tekst.",
            tags=("drift",),
            share=ShareLevel.ONE_ON_ONE,
        )
    )
    figures_only = journal.save_day(DayLog(day=TUESDAY, stress_step=1))
    write_day(tmp_path, full_day(DayLog(day=MONDAY, reflection="Fra eksporten.", tags=("ny",))))
    write_day(tmp_path, DayLog(day=MONDAY, energy=1, reflection="Også."), name="16-11-2026.md")
    write_day(tmp_path, DayLog(day=TUESDAY, stress_step=5, reflection="Hård dag."))

    plan = plan_import(journal, tmp_path / "Dage")

    assert dict(plan.left_out) == {LeftOut.KEPT_FIGURES: 2}  # days, as the preview says
    assert plan.in_journal == (MONDAY, TUESDAY)  # Tuesday: figures only, no reflection
    assert plan.shared_in_journal == (MONDAY,)
    assert _import(journal, tmp_path / "Dage") == 3
    monday, tuesday = journal.days()
    expected = "Min egen tekst.\n\nOgså.\n\nFra eksporten."  # the folder's order: by path
    assert monday == dataclasses.replace(mine, reflection=expected, tags=("drift", "ny"))
    assert tuesday == dataclasses.replace(figures_only, reflection="Hård dag.")


def test_keys_this_journal_does_not_have_are_dropped_and_counted(
    journal: Journal, tmp_path: Path
) -> None:
    journal.add_own_signal("Kort lunte")  # this journal has the other journal's own signal
    other = DayLog(
        day=MONDAY,
        minutes={"operations": 120, "kommunikation": 60, "netvaerk": 30},
        hours_worked_minutes=240,
        signals=("sig-sleep", "own-kort-lunte", "own-hjertebanken"),
        demand_items=("d1", "own-budgetpres"),
        resource_items=("own-mentor",),
        energy=3,
        reflection="Fra den anden journal.",
    )
    write_day(tmp_path, other)

    plan = plan_import(journal, tmp_path / "Dage")

    assert dict(plan.left_out) == {LeftOut.OTHER_CATEGORIES: 2, LeftOut.OTHER_ITEMS: 3}
    assert _import(journal, tmp_path / "Dage") == 1
    assert journal.days() == [
        dataclasses.replace(
            other,
            minutes={"operations": 120},
            signals=("sig-sleep", "own-kort-lunte"),
            demand_items=("d1",),
            resource_items=(),
        )
    ]


def test_of_two_notes_of_a_new_day_the_first_gives_the_figures(
    journal: Journal, tmp_path: Path
) -> None:
    # The same day twice, as Danes write it and as ISO; the folder's files are read by path.
    first = DayLog(day=MONDAY, energy=2, share=ShareLevel.COACH, reflection="Første.")
    write_day(tmp_path, first, name="16-11-2026.md")
    second = DayLog(day=MONDAY, energy=5, reflection="Anden.")
    write_day(tmp_path, second)

    plan = plan_import(journal, tmp_path / "Dage")

    assert (plan.entries, plan.days, dict(plan.left_out)) == (
        2,
        (MONDAY,),
        {LeftOut.SECOND_FIGURES: 1},
    )
    assert _import(journal, tmp_path / "Dage") == 2
    assert journal.days() == [dataclasses.replace(first, reflection="Første.\n\nAnden.")]


@pytest.mark.parametrize(
    ("line", "field"),
    [("energy: 9", "energy: 9"), ("share: alle", "share: 'alle'"), ("signals: x", "signals")],
)
def test_a_bad_figure_refuses_the_whole_import_with_one_line(
    journal: Journal, tmp_path: Path, line: str, field: str
) -> None:
    write_day(tmp_path, full_day(DayLog(day=MONDAY, reflection="God dag.")))
    bad = tmp_path / "Dage" / "2026-11-17.md"
    bad.write_text(
        f"---\nleader_pulse_export: 1\n{line}\n---\nHemmelig refleksion\n", encoding="utf-8"
    )

    with pytest.raises(ForeignFileError) as caught:
        plan_import(journal, tmp_path)

    said = str(caught.value)
    assert said.startswith(f"import: Dage/2026-11-17.md: in the front matter, {field}")
    assert said.endswith("Nothing was imported.")
    assert "\n" not in said
    assert "Hemmelig" not in said
    assert journal.days() == []


def test_a_plan_made_before_a_file_went_bad_writes_nothing(
    journal: Journal, tmp_path: Path
) -> None:
    write_day(tmp_path, full_day(DayLog(day=MONDAY, reflection="God dag.")))
    path = write_day(tmp_path, DayLog(day=TUESDAY, energy=3, reflection="Også god."))
    plan = plan_import(journal, tmp_path / "Dage")
    path.write_text(path.read_text(encoding="utf-8").replace("energy: 3", "energy: 0"))

    with pytest.raises(ForeignFileError, match=r"2026-11-17\.md: in the front matter, energy: 0"):
        run_import(journal, plan, shared_confirmed=True)

    assert journal.days() == []


def test_a_daily_note_without_the_marker_imports_as_before(
    journal: Journal, tmp_path: Path
) -> None:
    note = "---\ntags: [arbejde]\nenergy: high\nshare: coach\n---\n\nLang dag. #træt\n"
    (tmp_path / "2026-11-16.md").write_text(note, encoding="utf-8")

    assert _import(journal, tmp_path) == 1

    assert journal.days() == [
        DayLog(day=MONDAY, reflection="Lang dag. #træt", tags=("arbejde", "træt"))
    ]
