"""The one line Today shows when a save met a change made elsewhere to the same fields.

``Journal.save_day_edit`` merges what the user typed here with what another program (the
CLI, a second window) saved meanwhile; where both changed the same field it keeps both or
the user's value (``domain.models.merge_day_edit``). The user is told, in one line that
stays until another day is shown: both reflection texts are kept, or which of their
values replaced the other program's. Picks (tags, signals, items) are the union of both
and need no word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.today import words

if TYPE_CHECKING:
    from wellbeing_desktop.domain.models import DayMerge, Language


class MergeNotice(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeNotice")
        self.setWordWrap(True)
        self._merge: DayMerge | None = None
        self.hide()

    def show_merge(self, merge: DayMerge, language: Language) -> None:
        """Show what the merge kept, if both sides had changed anything the user sees."""
        if not merge.kept_both and not _overridden(merge):
            return  # only picks were merged (the union): nothing to say
        self._merge = merge
        self.retranslate(language)
        self.show()

    def clear(self) -> None:
        self._merge = None
        self.setText("")
        self.hide()

    def retranslate(self, language: Language) -> None:
        if self._merge is None:
            return
        lines = [tr(words.BOTH_TEXTS_KEPT, language)] if self._merge.kept_both else []
        overridden = _overridden(self._merge)
        if overridden:
            # Also beside the kept texts: the fields where the user's value won, and a
            # sharing level set to private, must not go unsaid.
            fields = ", ".join(tr(words.MERGED_FIELDS[name], language) for name in overridden)
            then = words.ALSO_KEPT_FOR if lines else words.CHANGED_ELSEWHERE
            lines.append(tr(then, language).format(fields=fields))
        self.setText(" ".join(lines))


def _overridden(merge: DayMerge) -> list[str]:
    return [name for name in merge.both_changed if name in words.MERGED_FIELDS]
