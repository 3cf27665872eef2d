"""``stats``' default period and hours per week; ``search``'s syntax and hit limit (#17)."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import Journal, assert_ok, assert_user_error, run_cli
from wellbeing_desktop.services.period_figures import default_stats_period, hours_per_week

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from pathlib import Path


def import_days(journal: Journal, folder: Path, days: Sequence[Mapping[str, object]]) -> None:
    # A fresh journal takes the file's settings, its language too (Danish when the file
    # names none): this one stays English, as the words below are.
    document = {
        "format": "leader-pulse-export",
        "version": 1,
        "settings": {"language": "en"},
        "days": days,
    }
    path = folder / "days.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert_ok(journal.run("import", path))
    path.unlink()


def _line(stats: str, label: str) -> str:
    match = re.search(rf"^{re.escape(label)}:\s+(.*)$", stats, re.MULTILINE)
    assert match, stats
    return match.group(1)


# --- stats -------------------------------------------------------------------------------


def test_the_default_period_is_this_week_and_the_three_before() -> None:
    wednesday = date(2026, 12, 9)
    assert default_stats_period(wednesday) == (date(2026, 11, 16), wednesday)
    monday, sunday = date(2026, 12, 7), date(2026, 12, 13)
    assert default_stats_period(monday) == (date(2026, 11, 16), monday)
    assert default_stats_period(sunday) == (date(2026, 11, 16), sunday)
    assert hours_per_week(74.0, 2) == 37.0
    assert hours_per_week(0.0, 0) == 0.0


def test_stats_without_a_period_counts_the_logged_weeks_of_the_last_four(
    journal: Journal, tmp_path: Path
) -> None:
    today = date.today()
    monday = today - timedelta(days=today.weekday())
    last_week, three_weeks_ago = monday - timedelta(weeks=1), monday - timedelta(weeks=3)
    import_days(
        journal,
        tmp_path,
        [
            # Last week: 10 h + 8 h; three weeks ago: 9 h; two weeks ago nothing (a holiday).
            {"date": last_week.isoformat(), "hours_worked_minutes": 600},
            {"date": (last_week + timedelta(days=1)).isoformat(), "hours_worked_minutes": 480},
            {"date": three_weeks_ago.isoformat(), "hours_worked_minutes": 540},
            # Before the period: not counted.
            {"date": (monday - timedelta(weeks=6)).isoformat(), "hours_worked_minutes": 600},
        ],
    )
    # A WHO-5 long before no longer stretches the period (it halved hours per week).
    assert_ok(
        journal.run(
            "who5", "3", "3", "3", "3", "3", "--date", (today - timedelta(days=90)).isoformat()
        )
    )

    stats = assert_ok(journal.run("stats")).stdout

    assert _line(stats, "Period") == (
        f"last 4 weeks, {three_weeks_ago.isoformat()} – {today.isoformat()} (3 days logged)"
    )
    # 27 h in the 2 weeks with logged days (not 4 calendar weeks, nor 13 since the WHO-5).
    assert _line(stats, "Hours per week") == "13.5 h (norm 37 h)"
    assert "= 27.0 h worked ÷ 2 weeks with logged days" in stats


def test_stats_without_a_period_and_no_recent_days_says_how_to_ask(journal: Journal) -> None:
    old = (date.today() - timedelta(days=70)).isoformat()
    assert_ok(journal.run("log", "--date", old, "--hours", "8h"))
    stats = assert_ok(journal.run("stats")).stdout
    assert stats.startswith("No days logged in this period (last 4 weeks, ")
    assert "Give --from and --to for another period." in stats
    # Only --from: up to today; only --to: from the first logged day.
    assert _line(assert_ok(journal.run("stats", "--from", old)).stdout, "Period").startswith(
        f"{old} – {date.today().isoformat()} (1 day logged)"
    )
    assert _line(assert_ok(journal.run("stats", "--to", old)).stdout, "Period").startswith(
        f"{old} – {old}"
    )
    # A --to before every logged day: nothing logged, not an error about --from.
    early = assert_ok(journal.run("stats", "--to", "2000-01-01")).stdout
    assert early.startswith("No days logged in this period (2000-01-01 – 2000-01-01)")


def test_a_week_with_one_logged_day_counts_as_a_week(journal: Journal, tmp_path: Path) -> None:
    # Monday 3 March 2025 (10 h) and Friday 21 March 2025 (6 h): 2 of the 4 weeks logged.
    import_days(
        journal,
        tmp_path,
        [
            {"date": "2025-03-03", "hours_worked_minutes": 600},
            {"date": "2025-03-21", "hours_worked_minutes": 360},
        ],
    )
    stats = assert_ok(journal.run("stats", "--from", "2025-03-03", "--to", "2025-03-30")).stdout
    assert _line(stats, "Hours per week") == "8.0 h (norm 37 h)"
    assert "= 16.0 h worked ÷ 2 weeks with logged days" in stats


def _full_weeks(mondays: Sequence[date]) -> list[dict[str, object]]:
    """46 h in each week: 10 h Monday to Thursday and 6 h on Friday."""
    return [
        {"date": (monday + timedelta(days=i)).isoformat(), "hours_worked_minutes": minutes}
        for monday in mondays
        for i, minutes in enumerate((600, 600, 600, 600, 360))
    ]


def test_the_running_week_does_not_halve_hours_per_week(journal: Journal, tmp_path: Path) -> None:
    # 46 h in each of the 3 weeks before this one, and 1 h logged today: the running week
    # is left out (it counted as a whole week: 139 h ÷ 4 = 34.8 h, or 23.5 h with 2 weeks).
    today = date.today()
    monday = today - timedelta(days=today.weekday())
    import_days(journal, tmp_path, _full_weeks([monday - timedelta(weeks=n) for n in (1, 2, 3)]))
    assert_ok(journal.run("log", "--hours", "1h"))

    stats = assert_ok(journal.run("stats")).stdout

    if today.weekday() == 6:  # on a Sunday this week is whole and counts
        assert _line(stats, "Hours per week") == "34.8 h (norm 37 h)", stats
        return
    assert _line(stats, "Hours per week") == "46.0 h (norm 37 h)", stats
    assert "= 138.0 h worked ÷ 3 weeks with logged days" in stats
    assert "(this week, still running, is not counted)" in stats


def test_a_week_cut_by_the_period_is_left_out_unless_it_is_all_there_is(
    journal: Journal, tmp_path: Path
) -> None:
    # Weeks of 3 and 10 March 2025 (46 h each), and 1 h on Monday 17 March.
    days = [*_full_weeks([date(2025, 3, 3), date(2025, 3, 10)])]
    days.append({"date": "2025-03-17", "hours_worked_minutes": 60})
    import_days(journal, tmp_path, days)

    stats = assert_ok(journal.run("stats", "--from", "2025-03-03", "--to", "2025-03-17")).stdout
    assert _line(stats, "Hours per week") == "46.0 h (norm 37 h)", stats
    assert "(the week of 2025-03-17, only partly in the period, is not counted)" in stats

    # Only part of one week: the hours so far, said as such.
    part = assert_ok(journal.run("stats", "--from", "2025-03-03", "--to", "2025-03-05")).stdout
    assert _line(part, "Hours per week") == "30.0 h (norm 37 h)", part
    assert "= 30.0 h worked ÷ 1 week with logged days" in part
    assert "(only part of a week logged: the hours so far)" in part


def test_stats_help_says_the_default_period_and_how_hours_per_week_are_counted(
    journal: Journal,
) -> None:
    text = " ".join(assert_ok(journal.run("stats", "--help")).stdout.split())
    assert (
        "Without either: the last 4 weeks, this week (Monday to today) and the 3 before it" in text
    )
    assert "divided by the number of calendar weeks (Monday to Sunday)" in text
    assert "A week only partly in the period (this week, still running;" in text


# --- search ------------------------------------------------------------------------------


@pytest.fixture
def notes(journal: Journal, tmp_path: Path) -> Journal:
    texts = {
        "2025-03-07": "Budget meeting with HR about the spring.",
        "2025-03-06": "Svær samtale om budgettet med Mette.",
        "2025-03-05": "A quiet day with the team; café after work.",
        "2025-03-04": "Møde om økonomi og trivsel.",
        "2025-03-03": "The HR talk went well, but budget worries stay.",
        "2025-03-02": "En lang måned.",
    }
    import_days(journal, tmp_path, [{"date": d, "reflection": t} for d, t in texts.items()])
    return journal


def _days(journal: Journal, *args: str) -> list[str]:
    lines = assert_ok(journal.run("search", *args)).stdout.splitlines()
    return [line[:10] for line in lines if re.match(r"\d{4}-\d\d-\d\d ", line)]


def test_search_takes_phrases_or_and_words_to_leave_out(notes: Journal) -> None:
    assert _days(notes, "budg") == ["2025-03-07", "2025-03-06", "2025-03-03"]
    assert _days(notes, '"hr about"') == ["2025-03-07"]
    assert _days(notes, "cafe OR økonomi") == ["2025-03-05", "2025-03-04"]
    assert _days(notes, "budget -spring") == ["2025-03-06", "2025-03-03"]
    assert _days(notes, "cafe", "OR", "økonomi") == ["2025-03-05", "2025-03-04"]  # unquoted
    assert _days(notes, "budget NOT mette -spring") == ["2025-03-03"]


def test_search_reads_å_as_a_but_not_æ_or_ø_as_plain_letters(notes: Journal) -> None:
    # What --help, the README and the journal view's tooltip say.
    assert _days(notes, "maned") == ["2025-03-02"]
    assert _days(notes, "måned") == ["2025-03-02"]
    assert _days(notes, "mode") == []
    assert _days(notes, "okonomi") == []
    assert _days(notes, "sva") == []
    assert _days(notes, "svær") == ["2025-03-06"]


@pytest.mark.parametrize("query", ['"budget', "OR", "budget OR", "NOT", "-", '"', "*"])
def test_a_malformed_query_is_no_error(notes: Journal, query: str) -> None:
    result = assert_ok(notes.run("search", query))
    assert result.stderr == ""
    assert result.stdout.strip()


def test_only_words_to_leave_out_ask_for_a_word(notes: Journal) -> None:
    # Options first, then "--" and the words (a word with a "-" is not an option then).
    result = assert_ok(
        run_cli(
            "--data-dir", notes.data_dir, "--passphrase-file", notes.passphrase_file,
            "search", "--", "-budget",
        )
    )  # fmt: skip
    assert result.stdout == (
        "Nothing found: the search holds only words to leave out (-word, NOT word); "
        "add a word to look for.\n"
    )


def test_a_cut_list_says_how_many_there_are(notes: Journal) -> None:
    lines = assert_ok(notes.run("search", "budg OR a OR møde", "--limit", "2")).stdout.splitlines()
    assert [line[:10] for line in lines[:2]] == ["2025-03-07", "2025-03-06"]
    assert lines[2:] == ["2 of 5 matches shown (the newest); use --limit 5 to see them all."]
    everything = assert_ok(
        notes.run("search", "budg OR a OR møde", "--limit", "5")
    ).stdout.splitlines()
    assert len(everything) == 5
    assert_user_error(notes.run("search", "budg", "--limit", "0"), "limit", "1 to 100000")


def test_the_default_limit_is_200_and_said(journal: Journal, tmp_path: Path) -> None:
    from wellbeing_desktop.cli.parser import SEARCH_LIMIT
    from wellbeing_desktop.storage.search import DEFAULT_LIMIT

    assert SEARCH_LIMIT == DEFAULT_LIMIT == 200  # the parser's help, the search's default
    first = date(2024, 1, 1)
    days = [
        {"date": (first + timedelta(days=n)).isoformat(), "reflection": f"Budget day {n}."}
        for n in range(205)
    ]
    import_days(journal, tmp_path, days)
    lines = assert_ok(journal.run("search", "budget")).stdout.splitlines()
    assert len(lines) == 201
    assert lines[0].startswith((first + timedelta(days=204)).isoformat())
    assert lines[-1] == "200 of 205 matches shown (the newest); use --limit 205 to see them all."


def test_search_help_says_how_words_match(journal: Journal) -> None:
    text = " ".join(assert_ok(journal.run("search", "--help")).stdout.split())
    for words in (
        "All words must be found",
        "each as the start of a word",
        "Case and accents do not matter",
        '"a quoted phrase" those whole words next to each other',
        "budget OR økonomi either word",
        "-word, NOT word leave out",
        "at most --limit matches (default 200)",
        'å counts as a ("maned" finds "måned"), but æ and ø are letters of their own',
    ):
        assert words in text, words


def test_a_word_to_leave_out_is_never_taken_for_an_option(seeded: Journal) -> None:
    assert_ok(seeded.run("log", "--date", "2025-05-05", "--note", "Samtale om budgettet"))
    assert_ok(seeded.run("log", "--date", "2025-05-06", "--note", "Samtale med teamet"))

    left_out = assert_ok(seeded.run("search", "samtale", "-budget", "--limit", "5"))
    spelt_out = assert_ok(seeded.run("search", "samtale", "NOT", "budget"))

    assert "2025-05-06" in left_out.stdout
    assert "2025-05-05" not in left_out.stdout
    after_an_option = assert_ok(seeded.run("search", "samtale", "--limit", "5", "-budget"))
    assert left_out.stdout == spelt_out.stdout == after_an_option.stdout
    assert left_out.stderr == ""


def test_stats_look_back_a_later_to_is_today_and_a_later_from_is_refused(seeded: Journal) -> None:
    up_to_today = assert_ok(seeded.run("stats", "--from", "2025-01-01")).stdout

    assert assert_ok(seeded.run("stats", "--from", "2025-01-01", "--to", "2099-12-31")).stdout == (
        up_to_today
    )
    later = seeded.run("stats", "--from", "2099-01-01")
    assert_user_error(later, "from: '2099-01-01' is not allowed; a day on or before")
