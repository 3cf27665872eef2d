"""The commands the app prints for the user to run, always naming the data folder.

A printed command without ``--data-dir`` would act on the default journal folder, which
may hold a different journal (issue #13, item 13): every command names the folder it is
about, shell-quoted, so it can be pasted as it is.
"""

from __future__ import annotations

import shlex
from typing import TYPE_CHECKING

from wellbeing_desktop import APP_NAME

if TYPE_CHECKING:
    from pathlib import Path


def printed_command(data_dir: Path, subcommand: str, *arguments: str | Path) -> str:
    """``wellbeing-desktop SUBCOMMAND --data-dir DIR ARGUMENTS…``, each word shell-quoted."""
    return shlex.join([APP_NAME, subcommand, "--data-dir", str(data_dir), *map(str, arguments)])
