"""The page base class: the session's signals reach a page's hooks, wired once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.ui.common.page import PageView
from wellbeing_desktop.ui.common.tasks import TaskRunner
from wellbeing_desktop.ui.shell.session import Change, JournalSession

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal


class _Page(PageView):
    def __init__(self, session: JournalSession) -> None:
        super().__init__(session, TaskRunner())
        self.calls: list[object] = []
        self.connect_session(clear_when_locked=True)

    def journal_opened(self) -> None:
        self.calls.append("opened")

    def journal_closing(self) -> None:
        self.calls.append("closing")

    def journal_closed(self) -> None:
        self.calls.append("closed")

    def journal_changed(self, change: Change, initiator: object) -> None:
        self.calls.append((change, initiator is self))

    def retranslate(self, language: Language) -> None:
        self.calls.append(language)


def test_a_page_gets_every_session_signal_through_its_hooks(
    qtbot: QtBot, access: JournalAccess, journal: Journal
) -> None:
    session = JournalSession(access, Language.DANISH)
    page = _Page(session)
    qtbot.addWidget(page)
    assert page.objectName() == "page"
    assert page.calls == [Language.DANISH, "closed"]  # words first; locked: start clear
    page.calls.clear()
    session.open(journal)
    session.notify(Change.DAY, page)
    session.set_language(Language.ENGLISH)
    session.close()
    assert "opened" in page.calls
    assert (Change.DAY, True) in page.calls
    assert Language.ENGLISH in page.calls
    assert page.calls[-2:] == ["closing", "closed"]


def test_a_page_made_while_the_journal_is_open_loads_at_once(
    qtbot: QtBot, access: JournalAccess, journal: Journal
) -> None:
    session = JournalSession(access, Language.ENGLISH)
    session.open(journal)
    page = _Page(session)
    qtbot.addWidget(page)
    assert page.calls == [session.language, "opened"]
    session.close()
