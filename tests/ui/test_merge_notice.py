"""Today's notice after a same-day merge.

Today's one-line notice after a same-day merge names everything the user should know:
both texts kept *and* the fields where their value won, the sharing level set to private
among them (before, the kept texts hid the rest).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.models import DayLog, DayMerge, Language
from wellbeing_desktop.ui.today.merge_notice import MergeNotice

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot


def test_kept_texts_and_a_share_set_to_private_are_both_said(qtbot: QtBot) -> None:
    notice = MergeNotice()
    qtbot.addWidget(notice)
    merge = DayMerge(DayLog(day=date(2026, 11, 24)), ("reflection", "share"), True)

    notice.show_merge(merge, Language.ENGLISH)
    assert "both texts are kept" in notice.text()
    assert "sharing (now private)" in notice.text()

    notice.retranslate(Language.DANISH)
    assert "begge tekster" in notice.text()
    assert "deling (nu privat)" in notice.text()
