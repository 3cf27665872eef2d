"""``import DIR``: the preview names the own signals, demands and resources it makes.

A day file of our Markdown export names the labels of the own items its day uses; the
import makes those the journal lacks, and the preview says so before anything is written.
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING

from tests.cli.cli_support import Journal, assert_ok
from tests.cli.test_import_formats import days_of, preview
from tests.services.markdown_day_files import write_day
from wellbeing_desktop.domain.models import DayLog

if TYPE_CHECKING:
    from pathlib import Path

LABELS = 'own_items:\n  own-travlhed: "Travlhed"\n  own-mentor: "Min mentor"'


def test_the_preview_names_the_own_items_the_import_makes(journal: Journal, tmp_path: Path) -> None:
    day = DayLog(
        day=date(2026, 11, 16),
        signals=("sig-sleep", "own-travlhed"),
        resource_items=("own-mentor",),
        reflection="Travl dag",
    )
    write_day(tmp_path / "noter", day, extra=LABELS)
    files = journal.snapshot()

    dry = assert_ok(journal.run("import", tmp_path / "noter", "--dry-run"))

    facts = preview(dry)
    assert facts["New own signals, demands or resources"] == "Travlhed, Min mentor"
    assert "Left out" not in facts
    assert journal.snapshot() == files
    assert_ok(journal.run("import", tmp_path / "noter"))
    [stored] = days_of(journal, tmp_path)
    assert stored["signals"] == ["sig-sleep", "own-travlhed"]
    assert stored["resource_items"] == ["own-mentor"]
    assert_ok(journal.run("export", "--format", "json", "--out", tmp_path / "alt.json"))
    document = json.loads((tmp_path / "alt.json").read_text(encoding="utf-8"))
    own = {(item["key"], item["label_da"], item["catalogue"]) for item in document["own_items"]}
    assert own == {("own-travlhed", "Travlhed", "signal"), ("own-mentor", "Min mentor", "resource")}
