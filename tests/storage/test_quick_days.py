"""The quick read of the days (``read_only.days_rows``) for ``show`` (#20).

Exactly what ``Journal.days`` and ``Journal.categories`` return, hostile text included,
read without SQLAlchemy.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.models import DayLog, ShareLevel
from wellbeing_desktop.storage import read_only

if TYPE_CHECKING:
    from pathlib import Path

    from wellbeing_desktop.services.access import JournalAccess

HOSTILE = (
    "'; DROP TABLE day_logs; --",
    "\x1b[31mrød\x1b[0m og \u202eomvendt\u202c",
    "linje\nanden linje\r\ntredje\ttab",
    "emoji 🧠 og ø æ å, \ue000privat\ue001",
    "x" * 5000,
)


def _filled(access: JournalAccess) -> bytes:
    journal, _code = access.create(PASSPHRASE)
    try:
        for n, text in enumerate(HOSTILE, 1):
            journal.save_day(
                DayLog(
                    day=date(2026, 3, n),
                    minutes={"operations": 60 * n, "people_leadership": 30, "own_tasks": 15 * n},
                    hours_worked_minutes=600,
                    stress_step=1 + n % 5,
                    demands=n,
                    resources=10 - n,
                    energy=1 + n % 5,
                    reflection=text,
                    tags=(f"tag{n}", "fælles"),
                    share=ShareLevel.PRIVATE,
                )
            )
        journal.save_day(DayLog(day=date(2026, 4, 1)))  # a day with nothing in it but the date
        return journal.data_key
    finally:
        journal.close()


def _days(conn: Any, *, start: date | None, end: date | None) -> list[DayLog]:
    return read_only.days_rows(conn, start, end)


def test_the_days_and_categories_are_read_as_the_journal_reads_them(
    access: JournalAccess,
) -> None:
    data_key = _filled(access)
    journal = access.open_with_passphrase(PASSPHRASE)
    try:
        expected = {
            span: journal.days(*span)
            for span in (
                (None, None),
                (date(2026, 3, 2), date(2026, 3, 4)),
                (date(2026, 3, 5), None),
                (None, date(2026, 3, 1)),
                (date(2027, 1, 1), None),
            )
        }
        categories = journal.categories()
    finally:
        journal.close()
    db = access.paths.database
    for (start, end), days in expected.items():
        got = read_only.read_at_rest(db, data_key, partial(_days, start=start, end=end))
        assert got == days, (start, end)
    assert read_only.read_at_rest(db, data_key, read_only.categories_rows) == categories
    assert len(expected[None, None]) == len(HOSTILE) + 1


def test_the_quick_read_loads_no_sqlalchemy() -> None:
    probe = (
        "import sys\n"
        "from wellbeing_desktop.cli import quick_read, show_output, search_output\n"
        "from wellbeing_desktop.services import quick_search\n"
        "from wellbeing_desktop.storage import read_only\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'keyring')))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_with_every_page_checked_damage_anywhere_is_left_to_the_full_open(
    access: JournalAccess, tmp_path: Path
) -> None:
    """``show`` checks every page's HMAC first: a flipped bit in any page means None."""
    data_key = _filled(access)
    original = access.paths.database.read_bytes()
    copy = tmp_path / "damaged.db"
    copy.write_bytes(original)
    whole = partial(_days, start=None, end=None)
    assert read_only.read_at_rest(copy, data_key, whole)
    for page in range(len(original) // 4096):
        raw = bytearray(original)
        raw[page * 4096 + 3000] ^= 0x04
        copy.write_bytes(bytes(raw))
        assert read_only.read_at_rest(copy, data_key, whole) is None, page
