"""The WHO-5 check-in dialog (stub: being built)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from wellbeing_desktop.ui.session import JournalSession


class Who5Dialog(QDialog):
    """Five statements, their scale, the score and its plain meaning; records the check-in."""

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
