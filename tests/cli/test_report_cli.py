"""``report``: 1:1 preparations and coach summaries as files, and the consent log."""

from __future__ import annotations

import re
import shutil
import stat
import subprocess
import unicodedata
from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import PASSPHRASE, Journal, assert_ok, assert_user_error
from wellbeing_desktop.domain.models import (
    ActionItem,
    DayLog,
    ExportRecord,
    JournalContent,
    Language,
    OneOnOne,
    Settings,
    ShareLevel,
    Who5CheckIn,
)
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.services import interchange
from wellbeing_desktop.services.access import JournalAccess

if TYPE_CHECKING:
    from pathlib import Path

PERIOD = ("--from", "2025-03-03", "--to", "2025-03-16")  # two full weeks
PRIVATE = "zebracanary private words"
ONE_ON_ONE = "okapicanary for the meeting"
COACH = "lynxphrase for my coach"
WARNING = "The exported file is not encrypted. Keep it somewhere safe."


def _day(day: str, reflection: str = "", share: ShareLevel = ShareLevel.PRIVATE) -> DayLog:
    return DayLog(
        day=date.fromisoformat(day),
        minutes={"operations": 240, "people_leadership": 90, "strategy": 30, "own_tasks": 120},
        hours_worked_minutes=540,
        stress_step=3 if day.endswith("5") else 2,
        demands=6,
        resources=5,
        demand_items=("d1",),
        resource_items=("r2",),
        reflection=reflection,
        share=share,
    )


@pytest.fixture
def filled(journal: Journal, tmp_path: Path) -> Journal:
    """Eight days (three with marked reflections), a 1:1 with actions, two WHO-5s; English."""
    content = JournalContent(
        settings=Settings(language=Language.ENGLISH),
        days=(
            _day("2025-03-03"),
            _day("2025-03-04", PRIVATE),
            _day("2025-03-05", ONE_ON_ONE, ShareLevel.ONE_ON_ONE),
            _day("2025-03-06", COACH, ShareLevel.COACH),
            _day("2025-03-10"),
            _day("2025-03-11"),
            _day("2025-03-12"),
            _day("2025-03-15"),
        ),
        one_on_ones=(
            OneOnOne(
                held_on=date(2025, 3, 3),
                with_whom="Mette",
                actions=(ActionItem("Book strategy time"), ActionItem("Done already", True)),
            ),
        ),
        who5=(
            Who5CheckIn(date(2025, 3, 1), (2, 2, 2, 2, 2)),
            Who5CheckIn(date(2025, 3, 14), (3, 4, 3, 3, 3)),
        ),
    )
    path = tmp_path / "content.json"
    path.write_text(interchange.content_to_json(content), encoding="utf-8")
    assert_ok(journal.run("import", path))
    path.unlink()
    return journal


def consent_log(journal: Journal) -> list[ExportRecord]:
    opened = JournalAccess(JournalPaths(journal.data_dir)).open_with_passphrase(PASSPHRASE)
    try:
        return opened.export_log()
    finally:
        opened.close()


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return " ".join(unicodedata.normalize("NFKC", result.stdout.decode("utf-8")).split())


def report(journal: Journal, out: Path, *args: str) -> subprocess.CompletedProcess[str]:
    fmt = out.suffix.removeprefix(".")
    return journal.run("report", *args, "--format", fmt, "--out", out)


@pytest.mark.parametrize("fmt", ["pdf", "md", "html"])
def test_a_coach_report_without_the_flag_has_no_reflection_text(
    filled: Journal, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"coach.{fmt}"

    result = assert_ok(report(filled, out, "--kind", "coach", *PERIOD))

    assert WARNING in result.stderr
    assert "no reflection text" in result.stdout
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = pdf_text(out) if fmt == "pdf" else out.read_text(encoding="utf-8")
    assert "Summary for my coach" in text  # the journal's language is English
    for phrase in (PRIVATE, ONE_ON_ONE, COACH):
        assert phrase not in text
        assert phrase.encode() not in out.read_bytes()
    [entry] = consent_log(filled)
    assert (entry.kind, entry.format) == ("coach", fmt)
    assert (entry.period_start, entry.period_end) == (date(2025, 3, 3), date(2025, 3, 16))
    assert entry.sections == (
        "time_split",
        "stress",
        "demands_resources",
        "who5",
        "sparring",
        "reflections",
    )
    assert entry.reflection_days == ()


@pytest.mark.parametrize("fmt", ["pdf", "md", "html"])
def test_the_flag_includes_only_coach_reflections(
    filled: Journal, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"coach.{fmt}"

    result = assert_ok(
        report(filled, out, "--kind", "coach", *PERIOD, "--include-coach-reflections")
    )

    assert "1 reflection marked 'coach'" in result.stdout
    text = pdf_text(out) if fmt == "pdf" else out.read_text(encoding="utf-8")
    assert COACH in text
    assert PRIVATE not in text
    assert ONE_ON_ONE not in text
    assert consent_log(filled)[0].reflection_days == (date(2025, 3, 6),)


@pytest.mark.parametrize("fmt", ["pdf", "md", "html"])
def test_a_1_1_report_never_holds_reflection_text(
    filled: Journal, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"one-on-one.{fmt}"

    assert_ok(report(filled, out, "--kind", "one-on-one", *PERIOD, "--language", "da"))

    text = pdf_text(out) if fmt == "pdf" else out.read_text(encoding="utf-8")
    assert "Forberedelse til min 1:1" in text
    assert "Book strategy time" in text
    assert "Done already" not in text
    for phrase in (PRIVATE, ONE_ON_ONE, COACH):
        assert phrase not in text
    assert "Mine refleksioner markeret til 1:1 (5. mar.)." in " ".join(text.split())
    [entry] = consent_log(filled)
    # The consent log names the day the file names (its text stayed in the app).
    assert (entry.kind, entry.format, entry.reflection_days) == (
        "one-on-one",
        fmt,
        (date(2025, 3, 5),),
    )


def _md_facts(markdown: str) -> dict[str, str]:
    rows = re.findall(r"^\| (.+?) \| (.+?) \|$", markdown, re.MULTILINE)
    return {label: value for label, value in rows}


def _numbers(text: str) -> list[str]:
    return re.findall(r"\d+(?:\.\d+)?", text)


@pytest.mark.parametrize("kind", ["one-on-one", "coach"])
def test_report_figures_equal_stats(filled: Journal, tmp_path: Path, kind: str) -> None:
    stats = assert_ok(filled.run("stats", *PERIOD)).stdout
    out = tmp_path / "report.md"
    assert_ok(report(filled, out, "--kind", kind, *PERIOD))
    facts = _md_facts(out.read_text(encoding="utf-8"))

    def line(label: str) -> str:
        match = re.search(rf"^{re.escape(label)}:\s+(.*)$", stats, re.MULTILINE)
        assert match, stats
        return match.group(1)

    # 8 days: 2 h of 8 h leadership (25 %), 9 h worked a day = 36 h a week over two weeks.
    assert (
        _numbers(facts["Leadership share"])
        == _numbers(line("Leadership share"))
        == [
            "25",
            "40",
        ]
    )
    assert _numbers(facts["Hours per week"]) == _numbers(line("Hours per week")) == ["36.0", "37"]
    assert _numbers(facts["Stress step"]) == _numbers(line("Stress step")) == ["2.2", "3"]
    assert _numbers(facts["Demands / resources"]) == _numbers(line("Demands/resources"))
    assert facts["Latest WHO-5"] == "64 (14 March 2025)"
    assert line("Latest WHO-5") == "64 on 2025-03-14"
    assert facts["Days logged"] == "8"
    assert "(8 days logged)" in line("Period")


def test_the_default_1_1_period_runs_from_the_last_meeting(filled: Journal, tmp_path: Path) -> None:
    out = tmp_path / "prep.md"
    result = assert_ok(report(filled, out, "--kind", "one-on-one", "--to", "2025-03-16"))
    assert "for 2025-03-03 – 2025-03-16" in result.stdout


def test_user_errors_are_one_line(filled: Journal, tmp_path: Path) -> None:
    existing = tmp_path / "exists.pdf"
    existing.write_bytes(b"keep me")
    assert_user_error(report(filled, existing, "--kind", "coach", *PERIOD), "out", "exists")
    assert existing.read_bytes() == b"keep me"

    out = tmp_path / "r.md"
    backwards = ("--from", "2025-03-16", "--to", "2025-03-03")
    assert_user_error(report(filled, out, "--kind", "coach", *backwards), "from")
    assert_user_error(
        report(filled, out, "--kind", "one-on-one", *PERIOD, "--include-coach-reflections"),
        "include-coach-reflections",
    )
    assert_user_error(
        report(filled, tmp_path / "no-such-folder" / "r.md", "--kind", "coach"), "out"
    )
    assert not out.exists()
    assert consent_log(filled) == []

    usage = report(filled, out, "--kind", "diary")
    assert usage.returncode == 2


def test_json_and_csv_exports_are_logged(filled: Journal, tmp_path: Path) -> None:
    assert_ok(filled.run("export", "--format", "json", "--out", tmp_path / "all.json"))
    assert_ok(
        filled.run(
            "export",
            "--format",
            "csv",
            "--out",
            tmp_path / "march.csv",
            "--from",
            "2025-03-05",
            "--to",
            "2025-03-10",
        )
    )

    csv_entry, json_entry = consent_log(filled)

    assert (json_entry.kind, json_entry.period_start, json_entry.period_end) == ("json", None, None)
    # Every reflection that left with the file, private ones too: that is what JSON holds.
    assert json_entry.reflection_days == (date(2025, 3, 4), date(2025, 3, 5), date(2025, 3, 6))
    assert (csv_entry.kind, csv_entry.format) == ("csv", "csv")
    assert csv_entry.reflection_days == (date(2025, 3, 5), date(2025, 3, 6))
