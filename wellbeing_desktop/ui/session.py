"""The open journal as the GUI sees it: who holds it, what changed, what language to speak."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Signal

from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.services.journal import Journal, JournalClosedError


class Change(StrEnum):
    """What a write touched, so each view refreshes only when it must (Anki's OpChanges)."""

    DAY = "day"
    SPARRING = "sparring"
    ONE_ON_ONE = "one_on_one"
    WHO5 = "who5"
    SETTINGS = "settings"
    CATALOGUE = "catalogue"


class JournalSession(QObject):
    """Holds the unlocked journal while it is open.

    Signals:
        opened(): a journal was unlocked; views may load.
        closing(): the journal is about to lock; views save what is pending, now.
        closed(): the journal was locked; views must drop everything they show.
        changed(Change, object): something was written; the object is the view that wrote.
        language_changed(Language): the user chose another language.
    """

    opened = Signal()
    closing = Signal()
    closed = Signal()
    changed = Signal(object, object)
    language_changed = Signal(object)

    def __init__(self, access: JournalAccess, language: Language, parent: QObject | None = None):
        super().__init__(parent)
        self.access = access
        self._journal: Journal | None = None
        self._language = language

    @property
    def is_open(self) -> bool:
        return self._journal is not None and self._journal.is_open

    @property
    def journal(self) -> Journal:
        if self._journal is None:
            raise JournalClosedError()
        return self._journal

    @property
    def language(self) -> Language:
        return self._language

    def set_language(self, language: Language) -> None:
        if language is not self._language:
            self._language = language
            self.language_changed.emit(language)

    def open(self, journal: Journal) -> None:
        self._journal = journal
        self.set_language(journal.settings().language)
        self.opened.emit()

    def close(self) -> None:
        """Lock: views save what is pending, the journal closes, then views clear."""
        if self._journal is None:
            return
        self.closing.emit()
        self._journal.close()
        self._journal = None
        self.closed.emit()

    def notify(self, change: Change, initiator: object = None) -> None:
        self.changed.emit(change, initiator)
