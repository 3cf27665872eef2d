"""The unlocked app: a navigation sidebar and one page per view."""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.ui import strings
from wellbeing_desktop.ui.session import JournalSession
from wellbeing_desktop.ui.translation import Message, tr


class Page(IntEnum):
    TODAY = 0
    JOURNAL = 1
    TRENDS = 2
    SPARRING = 3
    ONE_ON_ONE = 4
    SETTINGS = 5


PAGE_NAMES: dict[Page, Message] = {
    Page.TODAY: strings.TODAY,
    Page.JOURNAL: strings.JOURNAL,
    Page.TRENDS: strings.TRENDS,
    Page.SPARRING: strings.SPARRING,
    Page.ONE_ON_ONE: strings.ONE_ON_ONE,
    Page.SETTINGS: strings.SETTINGS,
}


class Shell(QWidget):
    """Signals:
    lock_requested(): the user asked to lock (button or Ctrl+L).
    page_changed(int): the visible page.
    """

    lock_requested = Signal()
    page_changed = Signal(int)

    def __init__(
        self,
        session: JournalSession,
        views: Mapping[Page, QWidget],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.views = views
        self.brand = QLabel()
        self.brand.setObjectName("pageTitle")
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName("Navigation")
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pages = QStackedWidget()
        for page in Page:
            item = QListWidgetItem()
            item.setSizeHint(QSize(0, 40))
            self.sidebar.addItem(item)
            self.pages.addWidget(views[page])
        self.lock_button = QPushButton()
        self.lock_button.setAccessibleName("Lock")

        side = QWidget()
        side.setObjectName("sidebarPanel")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 16, 0, 12)
        side_layout.addWidget(self.brand)
        self.brand.setContentsMargins(20, 0, 0, 8)
        side_layout.addWidget(self.sidebar, 1)
        side_layout.addWidget(self.lock_button)
        self.lock_button.setContentsMargins(12, 0, 12, 0)
        side_layout.setSpacing(6)
        side.setFixedWidth(200)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(self.pages, 1)

        self.sidebar.currentRowChanged.connect(self._row_changed)
        self.lock_button.clicked.connect(self.lock_requested)
        QShortcut(QKeySequence("Ctrl+L"), self, self.lock_requested.emit)
        for page in Page:
            QShortcut(
                QKeySequence(f"Ctrl+{page.value + 1}"), self, lambda p=page: self.show_page(p)
            )
        session.language_changed.connect(self.retranslate)
        self.retranslate(session.language)
        self.sidebar.setCurrentRow(Page.TODAY)

    def retranslate(self, language: Language) -> None:
        self.brand.setText(tr(strings.APP_NAME, language))
        for page in Page:
            item = self.sidebar.item(page.value)
            item.setText(tr(PAGE_NAMES[page], language))
        self.lock_button.setText(tr(strings.LOCK, language))
        self.lock_button.setToolTip(tr(strings.LOCK_TIP, language))

    def show_page(self, page: Page) -> None:
        self.sidebar.setCurrentRow(page.value)

    def current_page(self) -> Page:
        return Page(self.pages.currentIndex())

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.pages.setCurrentIndex(row)
            self.page_changed.emit(row)
