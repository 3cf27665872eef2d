"""The command line's system language agrees with the GUI's (Qt's) for the same environment.

``domain.language.system_language`` reads the environment without Qt; each case runs Qt's
``QLocale.system()`` in a fresh process with exactly that environment and compares.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from wellbeing_desktop.domain.language import Language, system_language

_QT_SAYS = (
    "from PySide6.QtCore import QLocale\n"
    "print('da' if QLocale.system().language() == QLocale.Language.Danish else 'en')\n"
)

CASES: list[tuple[dict[str, str], Language]] = [
    ({"LANG": "da_DK.UTF-8"}, Language.DANISH),
    ({"LANG": "en_US.UTF-8"}, Language.ENGLISH),
    ({"LANG": "C"}, Language.ENGLISH),
    ({}, Language.ENGLISH),
    ({"LANG": "en_US.UTF-8", "LC_ALL": "da_DK.UTF-8"}, Language.DANISH),
    ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "da_DK.UTF-8"}, Language.DANISH),
    ({"LANG": "da_DK.UTF-8", "LC_ALL": "C"}, Language.ENGLISH),
    ({"LANG": "en_US.UTF-8", "LC_NUMERIC": "da_DK.UTF-8"}, Language.ENGLISH),
    ({"LANG": "en_US.UTF-8", "LANGUAGE": "da"}, Language.DANISH),
    ({"LANG": "da_DK.UTF-8", "LANGUAGE": "en_US:da"}, Language.ENGLISH),
    ({"LANG": "C", "LANGUAGE": "da"}, Language.ENGLISH),
    ({"LANG": "C.UTF-8", "LANGUAGE": "da"}, Language.DANISH),
]


def _qt_language(environ: dict[str, str]) -> Language:
    env = {"PATH": os.environ.get("PATH", ""), "QT_QPA_PLATFORM": "offscreen", **environ}
    done = subprocess.run(
        [sys.executable, "-c", _QT_SAYS], env=env, capture_output=True, text=True, check=True
    )
    return Language(done.stdout.strip())


@pytest.mark.parametrize(("environ", "expected"), CASES, ids=lambda c: str(c))
def test_the_command_line_and_qt_agree(environ: dict[str, str], expected: Language) -> None:
    assert system_language(environ) is expected
    assert _qt_language(environ) is expected


def test_the_process_environment_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "da_DK.UTF-8")
    assert system_language() is Language.DANISH
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert system_language() is Language.ENGLISH
