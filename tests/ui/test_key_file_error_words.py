"""The key-file words of issue 13 (items 9, 10, 14) read in Danish in a Danish session."""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING

import pytest

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile, keyfile_format
from wellbeing_desktop.services import backups
from wellbeing_desktop.ui.common import error_words

if TYPE_CHECKING:
    from pathlib import Path

PASSPHRASE = "correct horse battery staple"


def _raised(path: Path) -> WellbeingError:
    with pytest.raises(WellbeingError) as caught:
        keyfile.unlock_with_passphrase(path, PASSPHRASE)
    return caught.value


def _danish(error: WellbeingError) -> str:
    words = error_words.error_message(error, Language.DANISH)
    assert words != str(error), str(error)
    return words


def _weak(path: Path) -> None:
    data_key, _code = keyfile.create_key_file(path, PASSPHRASE, kdf=keyfile.TEST_KDF)
    keyfile.change_passphrase(path, data_key, PASSPHRASE, kdf=keyfile.KdfParams(8, 1, 1))


def _stranger(path: Path) -> None:
    keyfile.create_key_file(path, PASSPHRASE, kdf=keyfile.TEST_KDF)
    other = path.with_name("other.key")
    keyfile.create_key_file(other, PASSPHRASE, kdf=keyfile.TEST_KDF)
    doc = json.loads(path.read_text())
    doc["slots"][0] = json.loads(other.read_text())["slots"][0]
    doc["checksum"] = keyfile_format.checksum(doc)
    path.write_text(json.dumps(doc))


@pytest.mark.parametrize(
    ("make", "danish"),
    [
        (lambda p: os.mkfifo(p), "ikke en almindelig fil"),
        (lambda p: p.write_bytes(b" " * 100_000), "for stor til at være en nøglefil"),
        (_weak, "svagere, end Lederpuls accepterer (8 KiB hukommelse, 1 gennemløb)"),
        (_stranger, "hører til en anden dagbog (dens plads til adgangssætningen"),
    ],
)
def test_key_file_errors_have_danish_words(tmp_path: Path, make: object, danish: str) -> None:
    path = tmp_path / "journal.key"
    make(path)  # type: ignore[operator]
    error = _raised(path)
    assert danish in _danish(error)
    if isinstance(error, keyfile.KeyFileDamagedError):
        # As the GUI shows it for the journal's own key file: the reason inside the
        # damaged-journal line is translated as well.
        paths = JournalPaths(tmp_path)
        whole = backups.key_file_damaged_error(paths, error.reason)
        assert "Nøglefilen" in _danish(whole)
        assert error_words.translate(error.reason, Language.DANISH) is not None
