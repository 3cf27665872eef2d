"""Handing the memory the open's page check freed in a worker thread back to the system.

The check reads the whole journal through its connection's page cache (SQLCipher's
default, 8 MiB: with less, ``quick_check`` decrypts many pages twice, ~20 ms more on ten
years) and frees it when the connection closes. glibc keeps freed memory in the
allocator arena of the thread that allocated it, and the GUI opens the journal in a worker
thread, whose arena the GUI thread does not allocate from: those pages mostly stayed
resident for the rest of the session (~7 MiB of the peak with Trends shown on ten years,
opened as the GUI opens). ``malloc_trim`` gives the free pages of every arena back;
nothing in use moves. On the main thread (the CLI) the freed pages are used again by what
comes next, so nothing is asked there. Elsewhere than glibc (musl, macOS, Windows)
nothing is asked either.

The daily backup's check (``backup.verify_database``, also in a worker) is left alone:
trimming after it measured no better (a steady 162 MiB against 159 or 167 without).
"""

from __future__ import annotations

import functools
import sys
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable


def hand_back_freed_memory() -> bool:
    """In a worker thread, give the allocator's free pages back (3-10 ms); True if asked."""
    if threading.current_thread() is threading.main_thread():
        return False
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # here: only where glibc may be there to ask

    try:
        trim = ctypes.CDLL(None).malloc_trim  # glibc's; musl has none
    except (AttributeError, OSError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim
