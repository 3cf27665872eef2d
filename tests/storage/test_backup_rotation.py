"""Which backups are kept: 14 days, 8 ISO weeks, the last 5 of every other kind."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from wellbeing_desktop.storage.backup_format import BackupName, backup_name
from wellbeing_desktop.storage.backup_rotation import backups_to_keep

START = datetime(2026, 9, 1, 18, 5)  # a Tuesday


def simulate(days: int, *, every: int = 1, reason: str = "daily") -> list[BackupName]:
    """One backup per ``every`` days for ``days`` days, pruning after each as the app does."""
    kept: list[BackupName] = []
    for n in range(0, days, every):
        kept.append(backup_name(START + timedelta(days=n), reason))
        kept = sorted(backups_to_keep(kept))
    return kept


def test_sixty_days_of_daily_backups_keep_fourteen_days_and_eight_weeks() -> None:
    kept = simulate(60)

    last = (START + timedelta(days=59)).date()
    days = {b.made.date() for b in kept}
    last_14 = {last - timedelta(days=n) for n in range(14)}
    assert last_14 <= days
    # The other kept ones are the newest of each of the 8 newest ISO weeks.
    weeks: dict[tuple[int, int], date] = {}
    for n in range(60):
        day = (START + timedelta(days=n)).date()
        iso = day.isocalendar()
        weeks[(iso.year, iso.week)] = max(day, weeks.get((iso.year, iso.week), day))
    newest_8 = sorted(weeks)[-8:]
    assert days == last_14 | {weeks[w] for w in newest_8}
    assert len(kept) == len(days)  # one per kept day
    assert min(days) == weeks[newest_8[0]]
    # Tue 1 Sep .. Fri 30 Oct 2026: ISO weeks 36..44. Kept: 17..30 Oct, and the Sundays
    # 13 Sep .. 11 Oct (weeks 37..41); week 36 is gone entirely.
    assert len(weeks) == 9
    sundays = {date(2026, 9, 13) + timedelta(weeks=n) for n in range(5)}
    assert days == {date(2026, 10, 17) + timedelta(days=n) for n in range(14)} | sundays
    assert len(kept) == 19


def test_the_result_does_not_depend_on_pruning_as_you_go() -> None:
    everything = [backup_name(START + timedelta(days=n), "daily") for n in range(60)]
    assert sorted(backups_to_keep(everything)) == simulate(60)


def test_gaps_do_not_use_up_places() -> None:
    # A backup every third day (the journal is opened now and then): 14 backups are kept
    # (14 distinct days), spanning six weeks, not only the last 14 calendar days.
    kept = simulate(90, every=3)
    assert len({b.made.date() for b in kept}) >= 14
    newest = max(b.made for b in kept)
    assert min(b.made for b in kept) <= newest - timedelta(days=39)


def test_the_newest_backup_of_a_day_is_the_one_kept() -> None:
    morning = backup_name(START.replace(hour=8), "daily")
    noon = backup_name(START.replace(hour=12), "manual")
    evening = backup_name(START.replace(hour=20), "manual")
    kept = backups_to_keep([morning, noon, evening])
    assert evening in kept
    assert noon in kept  # one of the last five manual ones
    assert morning not in kept  # not the newest of its day, and daily ones have no quota


def test_the_last_five_of_every_other_kind_survive_many_daily_backups() -> None:
    others = [
        backup_name(START + timedelta(days=n, hours=1), reason)
        for n in range(8)
        for reason in ("manual", "before-update", "before-import", "before-restore")
    ]
    daily = [backup_name(START + timedelta(days=n), "daily") for n in range(200)]
    kept = backups_to_keep(others + daily)
    for reason in ("manual", "before-update", "before-import"):
        mine = sorted(b for b in others if b.reason == reason)
        assert [b for b in mine if b in kept] == mine[-5:]
    # The only copy of what each restore replaced: every one of them stays.
    assert all(b in kept for b in others if b.reason == "before-restore")


def test_many_restores_in_one_day_keep_every_before_restore_backup() -> None:
    restores = [backup_name(START + timedelta(minutes=n), "before-restore") for n in range(40)]
    daily = [backup_name(START + timedelta(days=n), "daily") for n in range(30)]
    kept = backups_to_keep(restores + daily)
    assert all(b in kept for b in restores)


def test_unknown_kinds_are_never_deleted() -> None:
    odd = backup_name(START - timedelta(days=400), "made-by-a-later-version")
    daily = [backup_name(START + timedelta(days=n), "daily") for n in range(100)]
    assert odd in backups_to_keep([odd, *daily])
