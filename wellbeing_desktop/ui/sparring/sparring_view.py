"""The Sparring view: open and resolved topics, a new one in a few keystrokes, a gentle nudge."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.domain.catalogues import localized
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.models import Language, SparringTopic, TopicStatus
from wellbeing_desktop.domain.suggestions import NUDGE_TEXT
from wellbeing_desktop.services.sparring import sparring_overview
from wellbeing_desktop.ui.common import strings
from wellbeing_desktop.ui.common.page import PageView, page_scroll_area
from wellbeing_desktop.ui.common.style import is_dark
from wellbeing_desktop.ui.common.tasks import TaskRunner, user_message
from wellbeing_desktop.ui.common.translation import Message, tr, translatable
from wellbeing_desktop.ui.common.widgets import Banner, Card, muted, page_title, warning_style
from wellbeing_desktop.ui.shell.session import Change, JournalSession
from wellbeing_desktop.ui.sparring.sparring_form import SparringTopicDialog
from wellbeing_desktop.ui.sparring.sparring_model import SparringTopicModel, TopicList

INTRO: Message = translatable(
    "sparring_view",
    "Leadership is learnt – and sparring helps most when you face a "
    "situation for the first time. Sparring can come from your own "
    "leader, HR, the leader group, a leader network, a coach or the "
    "health-insurance counselling.",
)
NEW: Message = translatable("sparring_view", "New sparring")
NEW_TIP: Message = translatable("sparring_view", "Add a topic (Ctrl+N)")
OPEN_TITLE: Message = translatable("sparring_view", "Open topics")
RESOLVED_TITLE: Message = translatable("sparring_view", "Resolved topics")
OPEN_EMPTY: Message = translatable(
    "sparring_view",
    "No open topics. Add one with “New sparring” when you face a "
    "situation you would like to talk through with someone.",
)
RESOLVED_EMPTY: Message = translatable("sparring_view", "No resolved topics yet.")
RESOLVE: Message = translatable("sparring_view", "Mark resolved")
RESOLVE_TIP: Message = translatable("sparring_view", "Mark the selected topic as resolved today")
EDIT: Message = translatable("sparring_view", "Edit…")
EDIT_TIP: Message = translatable("sparring_view", "Edit the selected topic (or double-click it)")
SELECT_FIRST: Message = translatable("sparring_view", "Select a topic in the list first.")


class _TopicSection:
    """One card of the page: a title, the list of topic cards, an empty note, action buttons."""

    def __init__(self, language: Language, *, can_resolve: bool) -> None:
        self.card = Card()
        self.model = SparringTopicModel(language)
        self.list = TopicList(self.model)
        self.empty = muted()
        self.resolve = QPushButton() if can_resolve else None
        self.edit = QPushButton()
        for button in (self.resolve, self.edit):
            if button is not None:
                # The app's style sheet gives every widget one text colour, disabled or not.
                button.setStyleSheet(
                    "QPushButton:disabled { color: %s; }" % ("#6b6f76" if is_dark() else "#a9acb1")
                )
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addStretch(1)
        if self.resolve is not None:
            actions.addWidget(self.resolve)
        actions.addWidget(self.edit)
        self.card.body.addWidget(self.list)
        self.card.body.addWidget(self.empty)
        self.card.body.addLayout(actions)
        selection = self.list.selectionModel()
        selection.currentChanged.connect(lambda *_: self.update_actions())
        selection.selectionChanged.connect(lambda *_: self.update_actions())
        self.update_actions()

    def set_topics(self, topics: list[SparringTopic], keep: int | None) -> None:
        current = self.selected()
        keep = keep if keep is not None else (current.id if current else None)
        self.model.set_topics(topics)
        self.empty.setVisible(not topics)
        self.list.setVisible(bool(topics))
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            self.select_row(row)
        self.update_actions()

    def select_row(self, row: int) -> None:
        index = self.model.index(row)
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def selected(self) -> SparringTopic | None:
        index = self.list.currentIndex()
        if not index.isValid() or not self.list.selectionModel().isSelected(index):
            return None
        return self.model.topic(index.row())

    def update_actions(self) -> None:
        has = self.selected() is not None
        for button in (self.resolve, self.edit):
            if button is not None:
                button.setEnabled(has)
        self.edit.setVisible(self.model.rowCount() > 0)
        if self.resolve is not None:
            self.resolve.setVisible(self.model.rowCount() > 0)

    def clear(self) -> None:
        self.model.clear()
        self.list.hide()
        self.empty.show()
        self.update_actions()


class SparringView(PageView):
    """Open and resolved sparring topics; adds, edits and resolves them through the journal."""

    def __init__(
        self, session: JournalSession, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, tasks, parent)
        self._nudging = False
        self.form: SparringTopicDialog | None = None
        language = session.language

        self.title = page_title()
        self.new_button = QPushButton()
        self.new_button.setObjectName("primary")
        self.intro = muted()
        self.banner = Banner()
        self.banner.setObjectName("banner")
        self.message = QLabel()
        self.message.setObjectName("sparringMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(warning_style())
        self.message.hide()
        self.open = _TopicSection(language, can_resolve=True)
        self.resolved = _TopicSection(language, can_resolve=False)

        self._lay_out()

        assert self.open.resolve is not None
        self.setTabOrder(self.new_button, self.open.list)
        self.setTabOrder(self.open.list, self.open.resolve)
        self.setTabOrder(self.open.resolve, self.open.edit)
        self.setTabOrder(self.open.edit, self.resolved.list)
        self.setTabOrder(self.resolved.list, self.resolved.edit)

        self.new_button.clicked.connect(self.new_topic)
        self.open.resolve.clicked.connect(self.resolve_selected)
        self.open.edit.clicked.connect(lambda: self.edit_topic(self.open.selected()))
        self.resolved.edit.clicked.connect(lambda: self.edit_topic(self.resolved.selected()))
        self.open.list.activated.connect(lambda i: self.edit_topic(self.open.model.topic(i.row())))
        self.resolved.list.activated.connect(
            lambda i: self.edit_topic(self.resolved.model.topic(i.row()))
        )
        for section in (self.open, self.resolved):
            section.list.selectionModel().currentChanged.connect(
                lambda index, _old, s=section: self._reveal(s, index)
            )
        shortcut = QShortcut(QKeySequence("Ctrl+N"), self, self.new_topic)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.connect_session(clear_when_locked=True)

    def _lay_out(self) -> None:
        """The title with the New button, the intro, the nudge, then the two lists."""
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignVCenter)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(32, 28, 32, 28)
        column.setSpacing(14)
        column.addLayout(header)
        column.addWidget(self.intro)
        column.addWidget(self.banner)
        column.addWidget(self.message)
        column.addWidget(self.open.card)
        column.addWidget(self.resolved.card)
        column.addStretch(1)

        self.scroll_area = page_scroll_area(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    # --- words ------------------------------------------------------------------------------

    def retranslate(self, language: Language) -> None:
        self.title.setText(tr(strings.SPARRING, language))
        self.intro.setText(tr(INTRO, language))
        self.new_button.setText(f"+ {tr(NEW, language)}")
        self.new_button.setAccessibleName(tr(NEW, language))
        self.new_button.setToolTip(tr(NEW_TIP, language))
        self.open.empty.setText(tr(OPEN_EMPTY, language))
        self.resolved.empty.setText(tr(RESOLVED_EMPTY, language))
        assert self.open.resolve is not None
        self.open.resolve.setText(tr(RESOLVE, language))
        self.open.resolve.setToolTip(tr(RESOLVE_TIP, language))
        for section, title in ((self.open, OPEN_TITLE), (self.resolved, RESOLVED_TITLE)):
            section.model.set_language(language)
            section.list.setAccessibleName(tr(title, language))
            section.edit.setText(tr(EDIT, language))
            section.edit.setToolTip(tr(EDIT_TIP, language))
        self._update_titles()
        self.banner.show_text(localized(NUDGE_TEXT, language) if self._nudging else "")

    def _update_titles(self) -> None:
        language = self._session.language
        for section, title in ((self.open, OPEN_TITLE), (self.resolved, RESOLVED_TITLE)):
            count = section.model.rowCount()
            words = tr(title, language)
            section.card.set_title(f"{words}  ·  {count}" if count else words)

    # --- data -------------------------------------------------------------------------------

    def refresh(self, keep: int | None = None) -> None:
        """Load the topics and the nudge from the journal (cheap: a few rows)."""
        if not self._session.is_open:
            self.clear()
            return
        overview = sparring_overview(self._session.journal)
        self.open.set_topics(list(overview.open), keep)
        self.resolved.set_topics(list(overview.resolved), keep)
        self._nudging = overview.nudge
        self.banner.show_text(
            localized(NUDGE_TEXT, self._session.language) if self._nudging else ""
        )
        self._update_titles()

    def clear(self) -> None:
        """The journal locked: no widget may keep a word of it."""
        self.open.clear()
        self.resolved.clear()
        self._nudging = False
        self.banner.show_text("")
        self.message.clear()
        self.message.hide()
        if self.form is not None:
            self.form.discard()
        self._update_titles()

    def journal_opened(self) -> None:
        self.refresh()

    def journal_closed(self) -> None:
        self.clear()

    def journal_changed(self, change: Change, initiator: object) -> None:
        if change in (Change.SPARRING, Change.DAY) and initiator is not self:
            self.refresh()

    # --- actions ----------------------------------------------------------------------------

    def new_topic(self) -> None:
        self.edit_topic(None)

    def edit_topic(self, topic: SparringTopic | None) -> None:
        """Open the form for a new topic (None) or for the given one."""
        if not self._session.is_open or self.form is not None:
            return
        self.message.hide()
        form = SparringTopicDialog(self._session, topic, self)
        self.form = form
        form.finished.connect(lambda _result: self._form_closed(form))
        form.open()

    def _form_closed(self, form: SparringTopicDialog) -> None:
        saved = form.saved
        self.form = None
        form.deleteLater()
        if saved is not None and self._session.is_open:
            self.refresh(keep=saved.id)
            section = self.open if saved.status is TopicStatus.OPEN else self.resolved
            section.list.setFocus()

    def resolve_selected(self) -> None:
        topic = self.open.selected()
        if topic is None or topic.id is None:
            self._show_message(tr(SELECT_FIRST, self._session.language))
            return
        row = self.open.list.currentIndex().row()
        try:
            self._session.journal.resolve_sparring_topic(topic.id)
        except WellbeingError as exc:
            self._show_message(user_message(exc, self._session.language))
            return
        self.message.hide()
        self._session.notify(Change.SPARRING, self)
        self.refresh()
        remaining = self.open.model.rowCount()
        if remaining:
            self.open.select_row(min(row, remaining - 1))
            self.open.list.setFocus()
        else:
            self.new_button.setFocus()

    def _reveal(self, section: _TopicSection, index: QModelIndex) -> None:
        """Keep the card the keyboard moved to in sight: the page scrolls, not the list."""
        content = self.scroll_area.widget()
        if not index.isValid() or content is None:
            return
        rect = section.list.visualRect(index)
        top = section.list.viewport().mapTo(content, rect.topLeft())
        bottom = section.list.viewport().mapTo(content, rect.bottomLeft())
        self.scroll_area.ensureVisible(top.x(), bottom.y(), 0, 12)
        self.scroll_area.ensureVisible(top.x(), top.y(), 0, 12)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
