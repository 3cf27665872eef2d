"""The pages of the unlocked app, apart from the shell that shows them.

The pages of the unlocked app, apart from the shell that shows them: the window and
the tray name pages before the shell (and its Qt widgets) is built.
"""

from __future__ import annotations

from enum import IntEnum


class Page(IntEnum):
    TODAY = 0
    JOURNAL = 1
    TRENDS = 2
    SPARRING = 3
    ONE_ON_ONE = 4
    LEADER_GROUP = 5
    SETTINGS = 6
