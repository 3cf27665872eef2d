"""The quick ``log`` (``services.quick_write``) stores what ``Journal.log_day`` stores (#20).

Two copies of one journal, one changed by each path with the same clock: every table
(the search index's own tables included) holds the same rows after. Whenever the quick
path steps aside (anything unusual, a refused day) the file is byte for byte as it was;
a failure once the write has begun is raised as the ordinary write words it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.models import DayChanges, ShareLevel
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services import quick_write
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.storage import journal_lock, keyed
from wellbeing_desktop.storage.errors import Cause

NOW = datetime(2026, 11, 26, 17, 30, 1, 250)
OLD_DAY = date(2026, 11, 20)  # logged in the template
NEW_DAY = date(2026, 11, 24)  # not logged


def _clock() -> datetime:
    return NOW


def _access(root: Path) -> JournalAccess:
    return JournalAccess(JournalPaths(root), kdf=keyfile.TEST_KDF, clock=_clock)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    root = tmp_path_factory.mktemp("quick-write") / "journal"
    journal, _code = _access(root).create(PASSPHRASE)
    try:
        journal.log_day(
            OLD_DAY,
            DayChanges(
                minutes={"operations": 120, "strategy": 60},
                hours_worked_minutes=180,
                stress_step=2,
                energy=3,
                reflection="et møde om budget",
                tags=("budget",),
            ),
        )
        key = journal.data_key
    finally:
        journal.close()
    shutil.rmtree(root / "backups", ignore_errors=True)
    return root, key


def _copy(template: tuple[Path, bytes], folder: Path) -> Path:
    root = folder / "journal"
    shutil.copytree(template[0], root)
    return root


def _tables(root: Path, key: bytes) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, the search index's own (shadow) tables included."""
    conn = keyed.connect_keyed(root / "journal.db", key)
    try:
        names = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
                "'CREATE VIRTUAL TABLE%' ORDER BY name"
            )
        ]
        return {
            name: conn.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall() for name in names
        }
    finally:
        conn.close()


def _digest(root: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.iterdir())
        if p.is_file() and p.name != "journal.lock"
    }


def _quick(root: Path, key: bytes, day: date, changes: DayChanges) -> quick_write.QuickSave | None:
    with journal_lock.acquire_shared(JournalPaths(root), wait=0):
        return quick_write.log_with_key(
            JournalPaths(root), key, day, changes, speak=lambda _s: None, clock=_clock
        )


durations = st.none() | st.integers(0, 16 * 60)
changes_strategy = st.builds(
    DayChanges,
    minutes=st.dictionaries(
        st.sampled_from(["operations", "people_leadership", "strategy", "own_tasks"]),
        st.integers(0, 8 * 60),
        max_size=4,
    ),
    hours_worked_minutes=durations,
    stress_step=st.none() | st.integers(1, 5),
    demands=st.none() | st.integers(0, 10),
    resources=st.none() | st.integers(0, 10),
    energy=st.none() | st.integers(1, 5),
    reflection=st.none() | st.text(max_size=40),
    tags=st.none() | st.lists(st.text(min_size=1, max_size=8), max_size=3).map(tuple),
    share=st.none() | st.sampled_from(list(ShareLevel)),
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(day=st.sampled_from([OLD_DAY, NEW_DAY]), changes=changes_strategy)
def test_every_table_and_the_index_are_what_the_ordinary_log_leaves(
    template: tuple[Path, bytes], day: date, changes: DayChanges
) -> None:
    key = template[1]
    with tempfile.TemporaryDirectory() as scratch:
        quick_root = _copy(template, Path(scratch, "quick"))
        ordinary_root = _copy(template, Path(scratch, "ordinary"))
        journal = _access(ordinary_root).open_with_passphrase(PASSPHRASE)
        try:
            try:
                expected: Any = journal.log_day(day, changes)
            except WellbeingError as exc:
                expected = type(exc)
        finally:
            journal.close()
        before = _digest(quick_root)
        saved = _quick(quick_root, key, day, changes)
        if isinstance(expected, type):  # refused by the ordinary path: stepped aside here
            assert saved is None
            assert _digest(quick_root) == before
        else:
            assert saved is not None
            assert saved.merge == expected
        assert _tables(quick_root, key) == _tables(ordinary_root, key)


def test_a_refused_day_steps_aside_and_changes_nothing(
    template: tuple[Path, bytes], tmp_path: Path
) -> None:
    root = _copy(template, tmp_path)
    before = _digest(root)
    hours_below_the_time = DayChanges(minutes={"operations": 300}, hours_worked_minutes=60)
    assert _quick(root, template[1], OLD_DAY, hours_below_the_time) is None
    assert _quick(root, template[1], date(2099, 1, 1), DayChanges(energy=3)) is None  # future
    assert _digest(root) == before


def _old_schema(root: Path, key: bytes) -> None:
    conn = keyed.connect_keyed(root / "journal.db", key)
    conn.execute("UPDATE alembic_version SET version_num = '0001'")
    conn.close()


def _no_categories(root: Path, key: bytes) -> None:
    conn = keyed.connect_keyed(root / "journal.db", key)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM categories")
    conn.close()


def _swap_marker(root: Path, _key: bytes) -> None:
    JournalPaths(root).swap_intent.write_text("x")


def _rollback_journal(root: Path, _key: bytes) -> None:
    (root / "journal.db-journal").write_bytes(b"")


def _damaged_page(root: Path, _key: bytes) -> None:
    with open(root / "journal.db", "r+b") as file:
        file.seek(4096 * 2 + 100)
        file.write(b"\xff" * 16)


def _unusable_wal(root: Path, _key: bytes) -> None:
    (root / "journal.db-wal").write_bytes(b"not a write-ahead log" * 100)


@pytest.mark.parametrize(
    "unusual",
    [_old_schema, _no_categories, _swap_marker, _rollback_journal, _damaged_page, _unusable_wal],
)
def test_anything_unusual_is_left_to_the_ordinary_open(
    template: tuple[Path, bytes], tmp_path: Path, unusual: Any
) -> None:
    root = _copy(template, tmp_path)
    unusual(root, template[1])
    before = _digest(root)
    if unusual is _swap_marker:  # looked at before the key is taken from the keyring
        saved = quick_write.log_with_remembered_key(
            JournalPaths(root), OLD_DAY, DayChanges(energy=5), speak=lambda _s: None
        )
    else:
        saved = _quick(root, template[1], OLD_DAY, DayChanges(energy=5))
    assert saved is None
    assert _digest(root) == before


def test_a_restore_under_way_is_left_to_the_ordinary_open(
    template: tuple[Path, bytes], tmp_path: Path
) -> None:
    root = _copy(template, tmp_path)
    paths = JournalPaths(root)
    with journal_lock.acquire_exclusive(paths):
        saved = quick_write.log_with_remembered_key(
            paths, OLD_DAY, DayChanges(energy=5), speak=lambda _s: None, clock=_clock
        )
    assert saved is None


@pytest.mark.parametrize("cause", [Cause.READ_ONLY, Cause.DISK_FULL])
def test_a_folder_that_cannot_be_written_is_left_to_the_ordinary_open(
    template: tuple[Path, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cause: Cause
) -> None:
    """The ordinary open opens it read-only and refuses the write, naming the folder."""
    root = _copy(template, tmp_path)
    before = _digest(root)
    monkeypatch.setattr(quick_write, "folder_refusal", lambda _folder: cause)
    assert _quick(root, template[1], OLD_DAY, DayChanges(energy=5)) is None
    assert _digest(root) == before


def test_with_the_journal_open_elsewhere_the_quick_log_writes_and_the_other_sees_it(
    template: tuple[Path, bytes], tmp_path: Path
) -> None:
    """The GUI beside: its shared lock, its connection, its write-ahead log."""
    root = _copy(template, tmp_path)
    gui = _access(root).open_with_passphrase(PASSPHRASE)
    try:
        assert gui.day(OLD_DAY) is not None  # a connection open, a log beside the file
        assert (root / "journal.db-wal").exists()
        saved = _quick(root, template[1], NEW_DAY, DayChanges(energy=4, reflection="tirsdag"))
        assert saved is not None
        shown = gui.day(NEW_DAY)
        assert shown is not None
        assert shown.energy == 4
        assert [hit.day for hit in gui.search("tirsdag")] == [NEW_DAY]
        gui.log_day(NEW_DAY, DayChanges(stress_step=2))  # and the GUI writes after it
    finally:
        gui.close()
    after = _access(root).open_with_passphrase(PASSPHRASE)
    try:
        day = after.day(NEW_DAY)
        assert day is not None
        assert (day.energy, day.stress_step) == (4, 2)
    finally:
        after.close()


def test_a_writer_holding_the_journal_longer_than_the_wait_is_refused_as_busy(
    template: tuple[Path, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _copy(template, tmp_path)
    monkeypatch.setenv(keyed.BUSY_TIMEOUT_ENV, "0.2")
    holder = keyed.connect_keyed(root / "journal.db", template[1])
    try:
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(WellbeingError) as refused:
            _quick(root, template[1], OLD_DAY, DayChanges(energy=5))
        with pytest.raises(WellbeingError) as also_refused:  # its open writes already
            _access(root).open_with_passphrase(PASSPHRASE).close()
        assert str(refused.value) == str(also_refused.value)
        holder.execute("ROLLBACK")
    finally:
        holder.close()
    conn = keyed.connect_keyed(root / "journal.db", template[1])
    try:
        energy = conn.execute("SELECT energy FROM day_logs WHERE day = '2026-11-20'").fetchone()
    finally:
        conn.close()
    assert energy == (3,)


def test_a_file_replaced_before_the_commit_is_refused_and_neither_file_changes(
    template: tuple[Path, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _copy(template, tmp_path)
    other = tmp_path / "other.db"
    shutil.copy2(root / "journal.db", other)
    real_write = quick_write._write

    def write_then_swap(conn: Any, *args: Any) -> Any:
        merge = real_write(conn, *args)
        os.rename(root / "journal.db", tmp_path / "moved.db")  # a sync tool, mid-write
        shutil.copy2(other, root / "journal.db")
        return merge

    monkeypatch.setattr(quick_write, "_write", write_then_swap)
    with pytest.raises(WellbeingError, match="replaced"):
        _quick(root, template[1], OLD_DAY, DayChanges(energy=5))
    for db in (tmp_path / "moved.db", root / "journal.db"):
        conn = keyed.connect_keyed(db, template[1])
        try:
            assert conn.execute("SELECT energy FROM day_logs").fetchall() == [(3,)]
        finally:
            conn.close()
