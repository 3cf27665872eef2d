"""The child process of the crash test: saves day logs in a loop until it is killed.

Run from the repository root::

    python -m tests.reliability.crash_writer DATA_DIR PASSPHRASE_FILE FIRST NEXT SEED

or as a fork server (``serve``, see :func:`serve`), which the crash test uses. A writer
opens the journal in DATA_DIR through the services (the key file's passphrase slot
uses the cheap test KDF), prints ``ready`` and then, forever (or until MAX_SAVES),
either saves a new day (day number NEXT, NEXT+1, ...) or saves an already logged day
[FIRST, NEXT) again with the next version of its text. A line ``<date> <version>`` is
printed and flushed only AFTER ``Journal.save_day`` returned: a printed line is an
acknowledged save. The text of every (day, version) is :func:`day_log_for`, so the
parent can check any day it finds byte for byte.
"""

from __future__ import annotations

import os
import random
import sys
import time
import traceback
from datetime import date, timedelta
from pathlib import Path

from wellbeing_desktop.domain.day_range import EARLIEST_DAY
from wellbeing_desktop.domain.models import DayLog, ShareLevel

EPOCH = EARLIEST_DAY  # day number 0 (the earliest day the journal accepts)
MAX_SAVES = 20_000  # a child the parent forgot to kill stops by itself

_WORDS = (
    "budget",
    "møde",
    "teamet",
    "ærgerligt",
    "høring",
    "🙂",
    "👩‍💼",
    "שלום",
    "مرحبا",
    "週報",
    "leadership",
    "sparring",
    "\n",
    "—",
    "Œuvre",
)


def day_of(number: int) -> date:
    return EPOCH + timedelta(days=number)


def number_of(day: date) -> int:
    return (day - EPOCH).days


def reflection_for(day: date, version: int) -> str:
    """The exact reflection of ``day`` at ``version``.

    The exact reflection of ``day`` at ``version``: 40 to ~9,000 characters, and one
    time in four a long essay of up to ~90,000 (so the WAL fills and SQLite checkpoints
    it now and then inside the writer: kills land in checkpoints too).
    """
    rng = random.Random(number_of(day) * 7919 + version)
    count = rng.randint(8000, 13000) if rng.random() < 0.25 else rng.randint(5, 1200)
    words = [rng.choice(_WORDS) for _ in range(count)]
    return f"{day.isoformat()} v{version}: " + " ".join(words)


def version_in(reflection: str) -> int:
    """The version a stored reflection was written as (see :func:`reflection_for`)."""
    head = reflection.split(":", 1)[0]
    return int(head.rsplit(" v", 1)[1])


def day_log_for(day: date, version: int) -> DayLog:
    rng = random.Random(number_of(day) * 104729 + version)
    operations = rng.randint(0, 300)
    leadership = rng.randint(0, 300)
    return DayLog(
        day=day,
        minutes={"operations": operations, "people_leadership": leadership},
        # The hours worked cover the categories' time (a rule of every day save).
        hours_worked_minutes=rng.randint(operations + leadership, 900),
        stress_step=rng.randint(1, 5),
        signals=tuple(rng.sample(("sig-palpitations", "sig-headache", "sig-sleep"), 2)),
        demands=rng.randint(0, 10),
        resources=rng.randint(0, 10),
        energy=rng.randint(1, 5),
        reflection=reflection_for(day, version),
        tags=(f"v{version}", "crash"),
        share=rng.choice(list(ShareLevel)),
    )


def run_writer(
    data_dir: str,
    passphrase_file: str,
    first: str,
    next_number: str,
    seed: str,
    pause_ms: str = "0",
) -> int:
    """Open the journal, print ``ready``, then save and acknowledge days until killed.

    ``pause_ms``: wait this long after each save (a person, not a loop, writing).
    """
    from tests.reliability.support import access_for

    lower, upper = int(first), int(next_number)
    rng = random.Random(int(seed))
    passphrase = Path(passphrase_file).read_text(encoding="utf-8").split("\n", 1)[0]
    journal = access_for(Path(data_dir)).open_with_passphrase(passphrase)
    _say("ready")
    for _ in range(MAX_SAVES):
        if upper > lower and rng.random() < 0.3:
            day = day_of(rng.randrange(lower, upper))
            stored = journal.day(day)
            if stored is None:  # cannot happen: the parent hands over a gapless range
                raise SystemExit(f"day {day} vanished")
            version = version_in(stored.reflection) + 1
        else:
            day, version = day_of(upper), 0
            upper += 1
        journal.save_day(day_log_for(day, version))
        _say(f"{day.isoformat()} {version}")  # only now is the save acknowledged
        if int(pause_ms):
            time.sleep(int(pause_ms) / 1000)
    journal.close()
    return 0


def _say(line: str) -> None:
    # One write(2) per line, straight to the pipe: a line is either printed whole or not
    # at all when the kill comes, and nothing waits in a Python buffer.
    os.write(sys.stdout.fileno(), (line + "\n").encode("utf-8"))


def serve() -> int:
    """Fork server: each stdin line holds run_writer's arguments; fork a writer for it.

    Importing SQLAlchemy, SQLCipher and the app takes half a second; a forked child
    starts in milliseconds, so the kills land in the journal code rather than in Python's
    start-up. This process never opens a database, so nothing is shared across the fork.
    For each request it prints ``pid <pid>``, lets the child print its lines, and prints
    ``exit <pid> <code>`` once the child is gone (-9 after SIGKILL).
    """
    import tests.reliability.support  # noqa: F401  (imported once, before any fork)
    import wellbeing_desktop.services.access  # noqa: F401

    for request in sys.stdin:
        args = request.split()
        if not args:
            continue
        pid = os.fork()
        if pid == 0:  # the writer
            code = 1
            try:
                code = run_writer(*args)
            except BaseException:  # noqa: BLE001  (report anything, then leave at once)
                traceback.print_exc()
            finally:
                os._exit(code)
        _say(f"pid {pid}")
        _, status = os.waitpid(pid, 0)
        _say(f"exit {pid} {os.waitstatus_to_exitcode(status)}")
    return 0


def main(argv: list[str]) -> int:
    if argv == ["serve"]:
        return serve()
    return run_writer(*argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
