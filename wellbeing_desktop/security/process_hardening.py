"""Keep the data key and journal text out of core dumps.

A core dump is a copy of the process's memory written to disk when it crashes (or on
request by a debugger or ``gcore``): with the journal unlocked it would hold the data
key and decrypted text in clear. ``forbid_core_dumps`` runs first thing in
``cli.main`` — before any key exists — so it covers the GUI, every command and the quick
``search`` path alike:

- Linux: ``RLIMIT_CORE`` 0 (the kernel writes no core file, and a core handler such as
  systemd-coredump is told the limit) and ``prctl(PR_SET_DUMPABLE, 0)``: with it the
  kernel dumps nothing even where the limit is ignored (a core pattern piping to a
  handler), and other processes of the same user cannot read ``/proc/<pid>/mem`` or
  attach a debugger (root still can).
- macOS and other Unix: ``RLIMIT_CORE`` 0.
- Windows: nothing to do: a crash writes no dump unless the user has set up Windows Error
  Reporting's LocalDumps, which a program cannot switch off for itself.

Every step is best effort: a failure is ignored quietly (the app still works; there is
no one-line message that would help the user).
"""

from __future__ import annotations

import sys

PR_SET_DUMPABLE = 4


def forbid_core_dumps() -> None:
    """Switch core dumps off for this process (and children it starts later)."""
    if sys.platform == "win32":
        return
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass
    if sys.platform.startswith("linux"):
        _linux_not_dumpable()


def _linux_not_dumpable() -> None:
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    except (OSError, AttributeError):
        pass
