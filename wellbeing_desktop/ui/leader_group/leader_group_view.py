"""The Leader group page: share your pulse (every leader), facilitate a round (HR or a chair).

Issue #18: "en finger på pulsen" for the leaders as a group. A leader opens the round
file, sees exactly what the pulse file will hold and saves it; a facilitator starts a
round and combines the pulse files into a group picture that shows no individual.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from wellbeing_desktop.ui.common import strings
from wellbeing_desktop.ui.common.page import PageView, page_scroll_area
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.common.widgets import muted, page_title
from wellbeing_desktop.ui.leader_group import leader_group_words as words
from wellbeing_desktop.ui.leader_group.facilitate_panel import FacilitatePanel
from wellbeing_desktop.ui.leader_group.share_panel import SharePanel

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.session import Change, JournalSession


class LeaderGroupView(PageView):
    """The two cards side by side: share (left, wider) and facilitate (right)."""

    def __init__(
        self, session: JournalSession, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, tasks, parent)
        self.title = page_title()
        self.intro = muted()
        self.share = SharePanel(session)
        self.facilitate = FacilitatePanel(session, tasks)

        cards = QHBoxLayout()
        cards.setSpacing(16)
        top = Qt.AlignmentFlag.AlignTop  # each card as tall as its content
        cards.addWidget(self.share, 3, top)
        cards.addWidget(self.facilitate, 2, top)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(32, 28, 32, 28)
        column.setSpacing(14)
        column.addWidget(self.title)
        column.addWidget(self.intro)
        column.addLayout(cards)
        column.addStretch(1)
        self.scroll_area = page_scroll_area(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

        self.connect_session(clear_when_locked=True)

    def retranslate(self, language: Language) -> None:
        self.title.setText(tr(strings.LEADER_GROUP, language))
        self.intro.setText(tr(words.INTRO, language))
        self.share.retranslate(language)
        self.facilitate.retranslate(language)

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again: list the rounds anew (one may have been started from the CLI)."""
        super().showEvent(event)
        if self._session.is_open:
            self.facilitate.refresh()

    def journal_opened(self) -> None:
        self.facilitate.refresh()

    def journal_closed(self) -> None:
        self.share.clear()
        self.facilitate.clear()

    def journal_changed(self, change: Change, initiator: object) -> None:
        if initiator is not self and change.value != "one_on_one":
            self.share.refresh_preview()  # the pulse is computed from days, settings, topics
