"""The unlocked app: a navigation sidebar and one page per view."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

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

from wellbeing_desktop.ui.common import strings
from wellbeing_desktop.ui.common.translation import Message, tr, translatable
from wellbeing_desktop.ui.shell.pages import Page as Page  # where the app has always found it

if TYPE_CHECKING:
    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.ui.shell.session import JournalSession

NAVIGATION: Message = translatable("shell", "Navigation")
NAVIGATION_HELP: Message = translatable(
    "shell", "The app's pages. Arrow keys choose a page; Ctrl+1 to Ctrl+7 jump to one."
)
LOCK_HELP: Message = translatable("shell", "Locks the journal now (Ctrl+L).")

PAGE_NAMES: dict[Page, Message] = {
    Page.TODAY: strings.TODAY,
    Page.JOURNAL: strings.JOURNAL,
    Page.TRENDS: strings.TRENDS,
    Page.SPARRING: strings.SPARRING,
    Page.ONE_ON_ONE: strings.ONE_ON_ONE,
    Page.LEADER_GROUP: strings.LEADER_GROUP,
    Page.SETTINGS: strings.SETTINGS,
}


ViewFactory = Callable[[], QWidget]


class Views(Mapping[Page, QWidget]):
    """The shell's views, each built the first time it is asked for.

    The shell's views, each built the first time it is asked for (shown, or looked up
    by ``views[page]``): a view never shown is never built, and the first window paints
    without them. A view built while a journal is open loads at once (each view's
    constructor does that).
    """

    def __init__(self, shell: Shell, factories: Mapping[Page, ViewFactory | QWidget]) -> None:
        self._shell = shell
        self._factories = dict(factories)
        self._built: dict[Page, QWidget] = {}

    def __getitem__(self, page: Page) -> QWidget:
        view = self._built.get(page)
        if view is None:
            made = self._factories.pop(page)  # KeyError for a page the shell has not
            view = made if isinstance(made, QWidget) else made()
            self._built[page] = view
            self._shell._place(page, view)
        return view

    def __iter__(self) -> Iterator[Page]:
        return iter(Page)

    def __len__(self) -> int:
        return len(Page)

    def built(self, page: Page) -> QWidget | None:
        """The view if it is built, else None (without building it)."""
        return self._built.get(page)


class Shell(QWidget):
    """The unlocked app: a sidebar and one page per view.

    Signals:
    lock_requested(): the user asked to lock (button or Ctrl+L).
    page_changed(int): the visible page.
    """

    lock_requested = Signal()
    page_changed = Signal(int)

    def __init__(
        self,
        session: JournalSession,
        views: Mapping[Page, ViewFactory | QWidget],
        parent: QWidget | None = None,
    ) -> None:
        """Build the sidebar and the page stack.

        ``views`` holds each page's view, or a function that builds it when the page
        is first shown (or looked up in ``self.views``).
        """
        super().__init__(parent)
        self._session = session
        # One empty holder per page; a view moves into its holder when built.
        self._holders: list[QWidget] = []
        self.views = Views(self, views)
        self.brand = QLabel()
        self.brand.setObjectName("pageTitle")
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pages = QStackedWidget()
        for _page in Page:
            item = QListWidgetItem()
            item.setSizeHint(QSize(0, 40))
            self.sidebar.addItem(item)
            holder = QWidget()
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            self._holders.append(holder)
            self.pages.addWidget(holder)
        self.lock_button = QPushButton()

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
        self.lock_button.setAccessibleName(tr(strings.LOCK, language))
        self.lock_button.setAccessibleDescription(tr(LOCK_HELP, language))
        self.sidebar.setAccessibleName(tr(NAVIGATION, language))
        self.sidebar.setAccessibleDescription(tr(NAVIGATION_HELP, language))
        self.lock_button.setToolTip(tr(strings.LOCK_TIP, language))

    def show_page(self, page: Page) -> None:
        self.sidebar.setCurrentRow(page.value)

    def current_page(self) -> Page:
        return Page(self.pages.currentIndex())

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.views[Page(row)]  # build it on its first show
            self.pages.setCurrentIndex(row)
            self.page_changed.emit(row)

    def _place(self, page: Page, view: QWidget) -> None:
        holder = self._holders[page.value]
        layout = holder.layout()
        assert layout is not None
        layout.addWidget(view)
