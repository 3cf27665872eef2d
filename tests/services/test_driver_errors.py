"""A day's save or read that the driver refuses says why in one line, and changes nothing.

A day's rows are read and written as plain statements on the driver's own connection
(``storage.day_rows``), whose errors are the driver's, not SQLAlchemy's wrapped ones. The
journal turns both into the same one-line ``StorageError`` (found by an attack: a read-only
folder or a full disk gave "unexpected error (OperationalError)" and, in the GUI, nothing).
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.storage import day_rows
from wellbeing_desktop.storage.errors import StorageError

if TYPE_CHECKING:
    from wellbeing_desktop.services.journal import Journal


def _refused(message: str) -> Any:
    def driver_refuses(*_args: object, **_kwargs: object) -> None:
        raise sqlcipher.OperationalError(message)

    return driver_refuses


@pytest.mark.parametrize(
    ("driver_says", "user_reads"),
    [
        ("attempt to write a readonly database", "read"),
        ("database or disk is full", "full"),
        ("disk I/O error", "nothing was saved"),
    ],
)
def test_a_save_the_driver_refuses_says_why_and_keeps_the_day(
    journal: Journal, monkeypatch: pytest.MonkeyPatch, driver_says: str, user_reads: str
) -> None:
    day = journal.today() - timedelta(days=1)
    journal.save_day(DayLog(day=day, reflection="Kept as it was."))
    monkeypatch.setattr(day_rows, "write_day", _refused(driver_says))
    with pytest.raises(StorageError) as refused:
        journal.save_day(DayLog(day=day, reflection="Never half-written."))
    words = refused.value.message.english()
    assert "\n" not in words
    assert user_reads in words.lower()
    monkeypatch.undo()
    kept = journal.day(day)
    assert kept is not None
    assert kept.reflection == "Kept as it was."


def test_a_read_the_driver_refuses_says_why(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(day_rows, "load_day", _refused("database disk image is malformed"))
    with pytest.raises(StorageError) as refused:
        journal.day(journal.today())
    assert "damaged" in refused.value.message.english()
