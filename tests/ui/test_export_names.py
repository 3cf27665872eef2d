"""One word for one thing: what left the app is named alike in the GUI and in the files.

The export log in the GUI and the spreadsheet's "Shared exports" sheet name each kind and
format of file the same way, in Danish and English, and never fall back to a bare code
("XLSX", "json"); the 1:1s' sheet uses the app's word for them.
"""

from __future__ import annotations

import pytest

from wellbeing_desktop.domain.catalogues import localized
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.domain.validation import EXPORT_FORMATS as EXPORT_FORMAT_CODES
from wellbeing_desktop.domain.validation import EXPORT_KINDS as EXPORT_KIND_CODES
from wellbeing_desktop.services.export_words import EXPORT_KINDS, FILE_FORMATS, SHEET_NAMES
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.export_log.export_log_view import format_text, kind_text
from wellbeing_desktop.ui.one_on_one import one_on_one_words as words

KINDS = tuple(sorted(EXPORT_KIND_CODES))  # every kind the consent log takes
FORMATS = tuple(sorted(EXPORT_FORMAT_CODES))


@pytest.mark.parametrize("language", list(Language))
def test_the_export_log_and_the_spreadsheet_name_files_alike(language: Language) -> None:
    for kind in KINDS:
        assert kind_text(kind, language) == localized(EXPORT_KINDS[kind], language), kind
        assert kind_text(kind, language) != kind.upper()
    for file_format in FORMATS:
        shown = format_text(file_format, language)
        assert shown == localized(FILE_FORMATS[file_format], language), file_format


def test_the_names_are_the_apps_own() -> None:
    da, en = Language.DANISH, Language.ENGLISH
    assert kind_text("coach", da) == tr(words.COACH_TITLE, da) == "Opsummering til coach"
    assert kind_text("one-on-one", da) == "1:1-rapport"
    assert kind_text("xlsx", da) == "Dataeksport"
    # The Markdown export's folder: a data export, its format Markdown.
    assert (kind_text("markdown", da), format_text("md", da)) == ("Dataeksport", "Markdown")
    assert (kind_text("markdown", en), format_text("md", en)) == ("Data export", "Markdown")
    assert format_text("xlsx", en) == "Spreadsheet (xlsx)"
    # The app says "1:1-samtaler"; a sheet cannot hold ":", the ratio sign reads the same.
    sheet = localized(SHEET_NAMES["one_on_ones"], da)
    assert sheet.replace("\u2236", ":") == "1:1-samtaler"
    assert not set(sheet) & set(":\\/?*[]")
