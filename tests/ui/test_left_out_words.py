"""Every kind of thing an import leaves out has words in the CLI and in the GUI (#19).

A name without words would show as the raw English key ("categories this journal does
not have: 3") in a Danish preview.
"""

from __future__ import annotations

import pytest

from wellbeing_desktop.cli import import_commands
from wellbeing_desktop.domain.foreign_entries import LeftOut
from wellbeing_desktop.domain.language import Language
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.transfer import transfer_words


@pytest.mark.parametrize("name", list(LeftOut))
def test_the_gui_has_danish_words_for_each_name(name: LeftOut) -> None:
    pair = transfer_words.LEFT_OUT_NAMES[name]
    danish = [tr(message, Language.DANISH) for message in pair]
    assert all("{n}" in words for words in danish)
    assert danish != [tr(message, Language.ENGLISH) for message in pair]  # "video" is Danish too


@pytest.mark.parametrize("name", list(LeftOut))
def test_the_cli_has_words_for_each_name(name: LeftOut) -> None:
    assert name in import_commands._left_out_words()
