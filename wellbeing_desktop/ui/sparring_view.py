"""The Sparring view (stub: being built)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from wellbeing_desktop.ui import strings
from wellbeing_desktop.ui.session import JournalSession
from wellbeing_desktop.ui.shell import PlaceholderView
from wellbeing_desktop.ui.tasks import TaskRunner


class SparringView(PlaceholderView):
    def __init__(
        self, session: JournalSession, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(strings.SPARRING, session, parent)
