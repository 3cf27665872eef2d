"""Whether an export changed between the import's preview and its run (issue #19)."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wellbeing_desktop.domain.foreign_entries import ForeignEntry


class Fingerprint:
    """A hash over every entry a file holds, in order: whether the file changed since the plan.

    The plan takes it while it reads; the run takes it again while it reads the file and
    refuses the import when the two differ (a day the preview never named, more or fewer
    entries, another text). Only the hash is kept, never the entries.
    """

    def __init__(self) -> None:
        self._hash = hashlib.sha256()

    def add(self, entry: ForeignEntry) -> None:
        """Take ``entry`` (all its fields) into the hash."""
        self._hash.update(repr(entry).encode("utf-8", "surrogatepass"))
        self._hash.update(b"\0")

    @property
    def value(self) -> str:
        return self._hash.hexdigest()
