"""A huge jrnl or Day One export is read in bounded memory (issue #19).

The exports are one JSON document each; the readers build one entry at a time. A file
of many megabytes is written here entry by entry, and the memory Python allocates while
every entry of it is read (``tracemalloc``'s peak) stays a small fraction of the file,
and does not grow with it (reading the whole document at once needs several times the
file's size).
"""

from __future__ import annotations

import json
import tracemalloc
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import pytest

from wellbeing_desktop.services.foreign.dayone import read_dayone
from wellbeing_desktop.services.foreign.jrnl import read_jrnl

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from wellbeing_desktop.domain.foreign_entries import ForeignEntry

_BODY = "Svær dag på kontoret; mødet om budgettet trak ud. 😬 Jeg holdt fast i planen. " * 12


def _jrnl_entry(n: int) -> dict[str, object]:
    day = datetime(2010, 1, 1, tzinfo=UTC) + timedelta(hours=7 * n)
    return {
        "title": f"Dag {n}.",
        "body": f"{_BODY} @møde @team{n % 7}",
        "date": day.date().isoformat(),
        "time": day.strftime("%H:%M"),
        "tags": ["@møde", f"@team{n % 7}"],
        "starred": n % 5 == 0,
    }


def _dayone_entry(n: int) -> dict[str, object]:
    moment = datetime(2010, 1, 1, tzinfo=UTC) + timedelta(hours=7 * n)
    return {
        "uuid": f"{n:032X}",
        "creationDate": moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "timeZone": "Europe/Copenhagen",
        "text": f"# Dag {n}\n\n{_BODY}\\.\n\n![](dayone-moment://{n:032X})",
        "tags": ["møde", f"team{n % 7}"],
        "starred": False,
        "photos": [{"identifier": f"{n:032X}", "md5": "0" * 32, "type": "jpeg"}],
        "weather": {"temperatureCelsius": 4, "conditionsDescription": "Overskyet"},
    }


def _write(path: Path, head: str, entries: Iterator[dict[str, object]]) -> int:
    with path.open("w", encoding="utf-8") as out:
        out.write(head + '"entries": [\n')
        for n, entry in enumerate(entries):
            out.write(("" if n == 0 else ",\n") + json.dumps(entry, indent=2))
        out.write("\n]}\n")
    return path.stat().st_size


def _peak(read: Callable[[Path], Iterator[ForeignEntry]], path: Path) -> tuple[int, int]:
    tracemalloc.start()
    try:
        count = sum(1 for _ in read(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return count, peak


@pytest.mark.parametrize(
    ("read", "head", "make"),
    [
        (read_jrnl, '{"tags": {"@møde": 1},\n', _jrnl_entry),
        (read_dayone, '{"metadata": {"version": "1.0"},\n', _dayone_entry),
    ],
    ids=["jrnl", "dayone"],
)
def test_a_large_export_is_read_in_memory_that_does_not_grow_with_the_file(
    tmp_path: Path,
    read: Callable[[Path], Iterator[ForeignEntry]],
    head: str,
    make: Callable[[int], dict[str, object]],
) -> None:
    small, large = tmp_path / "small.json", tmp_path / "large.json"
    _write(small, head, (make(n) for n in range(500)))
    size = _write(large, head, (make(n) for n in range(8_000)))
    assert size > 8_000_000

    small_count, small_peak = _peak(read, small)
    large_count, large_peak = _peak(read, large)

    assert (small_count, large_count) == (500, 8_000)
    assert large_peak < size // 20
    assert large_peak < small_peak * 2
