"""The two languages of the app (kept apart from models.py: the GUI's start needs only this).

``system_language`` decides the language of a first run, of a new journal made on the
command line and of every line the command line prints before a journal is open: Danish
on a Danish system, English otherwise. It reads the environment the way Qt's
``QLocale.system()`` does on Linux (LC_ALL, then LC_MESSAGES, then LANG; "C", "POSIX" or
none is not Danish; the first entry of LANGUAGE comes before them when they name a
locale), so that the command line, which never loads Qt, agrees with the GUI.
"""

from __future__ import annotations

import os
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping


class Language(StrEnum):
    DANISH = "da"
    ENGLISH = "en"


_DANISH_CODES = frozenset({"da", "dan"})


def system_language(environ: Mapping[str, str] | None = None) -> Language:
    """Danish when the system's messages are Danish (``environ``: default the process's)."""
    env = os.environ if environ is None else environ
    name = env.get("LC_ALL") or env.get("LC_MESSAGES") or env.get("LANG") or ""
    if name in ("", "C", "POSIX"):
        return Language.ENGLISH
    # As Qt: the first entry of LANGUAGE, when there is one, says which language
    # (LANGUAGE=da with LANG=en_US.UTF-8 is Danish; an empty first entry counts for nothing).
    first = env.get("LANGUAGE", "").split(":")[0]
    if first:
        name = first
    code = name.replace("-", "_").split("_")[0].split(".")[0].split("@")[0].lower()
    return Language.DANISH if code in _DANISH_CODES else Language.ENGLISH
