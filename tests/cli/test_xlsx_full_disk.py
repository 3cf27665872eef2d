"""A disk that fills while the xlsx workbook is zipped: the same one line as other exports.

XlsxWriter wraps the OSError of its zip writes in its own error; the CLI still says
"cannot write FILE (No space left on device)", on one line, with nothing after it (no
ZipFile finishing a closed file from its ``__del__``), and leaves nothing behind.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from tests.cli.cli_support import assert_user_error
from tests.services.test_export_xlsx_parts import _open_on_small_disk
from wellbeing_desktop.services import journal_export

if TYPE_CHECKING:
    from pathlib import Path

    import pytest

    from tests.cli.cli_support import Journal


def test_a_full_disk_while_zipping_says_no_space_on_one_line(
    seeded: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "journal.xlsx"
    monkeypatch.setattr(journal_export, "open", _open_on_small_disk, raising=False)

    result = seeded.run("export", "--format", "xlsx", "--out", target)
    gc.collect()

    assert_user_error(result, "cannot write", str(target), "No space left on device")
    assert "FileCreateError" not in result.stderr
    assert list(out.iterdir()) == []
