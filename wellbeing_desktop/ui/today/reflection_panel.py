"""The reflection: a rotating prompt, an editor that grows, tags and the sharing level."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from wellbeing_desktop.domain.catalogues import prompt_for
from wellbeing_desktop.domain.models import Language, ShareLevel
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.common.widgets import Card, muted
from wellbeing_desktop.ui.today import words
from wellbeing_desktop.ui.today.choice_row import ChoiceRow, lock_icon

PROMPT_STYLE = """
QFrame#promptCard {
    background: rgba(61, 126, 166, 0.08); border: 1px solid rgba(61, 126, 166, 0.22);
    border-radius: 8px;
}
"""
NARROW = 880  # px: below this the prompt shows without its label
_TAG_SPLIT = re.compile(r"[\s,;]+")


def parse_tags(text: str) -> tuple[str, ...]:
    """``#budget #team, mus`` -> ``("budget", "team", "mus")``; repeats (any case) once."""
    tags: list[str] = []
    seen: set[str] = set()
    for word in _TAG_SPLIT.split(text):
        tag = word.lstrip("#")
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    return tuple(tags)


def format_tags(tags: tuple[str, ...]) -> str:
    return " ".join(f"#{tag}" for tag in tags)


class GrowingEditor(QPlainTextEdit):
    """A plain-text editor as tall as its text (between a few lines and a screenful)."""

    MIN_LINES = 5
    MAX_LINES = 24

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._grow)
        self._grow()

    def _grow(self) -> None:
        lines = int(self.document().documentLayout().documentSize().height())
        lines = max(self.MIN_LINES, min(self.MAX_LINES, lines + 1))
        margins = self.contentsMargins()
        extra = int(2 * self.document().documentMargin()) + margins.top() + margins.bottom()
        height = lines * self.fontMetrics().lineSpacing() + extra + 4
        if height != self.height():
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        return QSize(400, self.height())


class ReflectionPanel(Card):
    """The reflection, its tags and its sharing level.

    Signals:
    changed(): the user changed the text, the tags or the sharing level.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self._language = Language.DANISH
        self._day = date.today()
        self._offset = 0
        self._loading = False
        self.edited = False  # the user changed the editor since the day was loaded

        self._make_prompt_card()

        self.editor = GrowingEditor()
        self.editor.setObjectName("reflection")
        self.tags_label = QLabel()
        self.tags = QLineEdit()
        self.tags.setObjectName("tags")
        self.tags.setMaxLength(600)
        self.tags_label.setBuddy(self.tags)
        self.share_label = QLabel()
        self.share = ChoiceRow[ShareLevel](tuple(ShareLevel), allow_none=False)
        self.share.set_value(ShareLevel.PRIVATE)
        self.share_label.setBuddy(self.share)
        self.share_note = muted()
        bottom = QHBoxLayout()
        bottom.setSpacing(10)
        bottom.addWidget(self.tags_label)
        bottom.addWidget(self.tags, 1)
        bottom.addSpacing(18)
        bottom.addWidget(self.share_label)
        bottom.addWidget(self.share, 0)

        # The title and today's question share one line: the editor starts higher up.
        head = QHBoxLayout()
        head.setSpacing(14)
        self.body.removeWidget(self.title)
        head.addWidget(self.title, 0, Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.prompt_card, 1)
        self.body.insertLayout(0, head)
        self.body.addWidget(self.editor)
        self.body.addLayout(bottom)
        self.body.addWidget(self.share_note)

        self.use_prompt.clicked.connect(self.insert_prompt)
        self.another.clicked.connect(self.next_prompt)
        self.editor.textChanged.connect(self._text_edited)
        self.tags.textEdited.connect(self._edited)
        self.share.changed.connect(self._share_changed)
        self._paint_lock()

    def _make_prompt_card(self) -> None:
        """Today's prompt, with "use it" and "another one"."""
        self.prompt_card = QFrame()
        self.prompt_card.setObjectName("promptCard")
        self.prompt_card.setStyleSheet(PROMPT_STYLE)
        self.prompt_label = muted()
        self.prompt_label.setObjectName("cardTitle")
        self.prompt_label.setWordWrap(False)
        self.prompt = QLabel()
        self.prompt.setObjectName("prompt")
        self.prompt.setWordWrap(True)
        italic = self.prompt.font()
        italic.setItalic(True)
        italic.setPointSizeF(italic.pointSizeF() * 1.08)
        self.prompt.setFont(italic)
        self.use_prompt = QPushButton()
        self.another = QPushButton()
        self.another.setFlat(True)
        # One low row: the label, the question (wrapping if it must) and the two buttons.
        prompt_row = QHBoxLayout(self.prompt_card)
        prompt_row.setContentsMargins(12, 6, 8, 6)
        prompt_row.setSpacing(10)
        prompt_row.addWidget(self.prompt_label, 0, Qt.AlignmentFlag.AlignVCenter)
        prompt_row.addWidget(self.prompt, 1, Qt.AlignmentFlag.AlignVCenter)
        prompt_row.addWidget(self.use_prompt, 0, Qt.AlignmentFlag.AlignVCenter)
        prompt_row.addWidget(self.another, 0, Qt.AlignmentFlag.AlignVCenter)

    # --- values -------------------------------------------------------------------------

    def set_day(self, day: date) -> None:
        self._day = day
        self._offset = 0
        self._show_prompt()

    def load(self, reflection: str, tags: tuple[str, ...], share: ShareLevel) -> None:
        self._loading = True
        self.editor.setPlainText(reflection)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)  # go on writing where it ended
        self.tags.setText(format_tags(tags))
        self.share.set_value(share)
        self._loading = False
        self.edited = False
        self._show_share_note()

    def clear(self) -> None:
        self.load("", (), ShareLevel.PRIVATE)
        self.editor.document().clearUndoRedoStacks()

    def reflection(self) -> str:
        return self.editor.toPlainText()

    def tag_values(self) -> tuple[str, ...]:
        return parse_tags(self.tags.text())

    def share_level(self) -> ShareLevel:
        return self.share.value() or ShareLevel.PRIVATE

    # --- prompt ---------------------------------------------------------------------------

    def insert_prompt(self) -> None:
        """Add today's prompt as a heading line at the end, and write below it."""
        text = self.editor.toPlainText()
        cursor = self.editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        lead = "" if not text else ("\n" if text.endswith("\n") else "\n\n")
        cursor.insertText(f"{lead}{prompt_for(self._day, self._offset).text(self._language)}\n")
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def next_prompt(self) -> None:
        self._offset += 1
        self._show_prompt()

    def _show_prompt(self) -> None:
        self.prompt.setText(prompt_for(self._day, self._offset).text(self._language))

    # --- language and look ----------------------------------------------------------------

    def retranslate(self, language: Language) -> None:
        self._language = language
        self.set_title(tr(words.REFLECTION_TITLE, language))
        self.prompt_label.setText(tr(words.PROMPT_LABEL, language).upper())
        self.use_prompt.setText(tr(words.USE_PROMPT, language))
        self.use_prompt.setToolTip(tr(words.USE_PROMPT_TIP, language))
        self.use_prompt.setAccessibleName(tr(words.USE_PROMPT_TIP, language))
        self.another.setText(tr(words.ANOTHER_PROMPT, language))
        self.another.setToolTip(tr(words.ANOTHER_PROMPT_TIP, language))
        self.another.setAccessibleName(tr(words.ANOTHER_PROMPT_TIP, language))
        self.editor.setPlaceholderText(tr(words.EDITOR_PLACEHOLDER, language))
        self.editor.setAccessibleName(tr(words.EDITOR, language))
        self.tags_label.setText(tr(words.TAGS, language))
        self.tags.setPlaceholderText(tr(words.TAGS_PLACEHOLDER, language))
        self.tags.setAccessibleName(tr(words.TAGS, language))
        self.share_label.setText(tr(words.SHARING, language))
        self.share.setAccessibleName(tr(words.SHARING, language))
        self.share.setToolTip(tr(words.SHARE_KEYS, language))
        for level in ShareLevel:
            button = self.share.button_for(level)
            button.setText(tr(words.SHARE_NAMES[level], language))
            button.setAccessibleName(
                f"{tr(words.SHARING, language)}: {tr(words.SHARE_NAMES[level], language)}"
            )
            button.setToolTip(tr(words.SHARE_EXPLAINED[level], language))
        self.share.set_value(self.share.value())  # its description, in the new words
        self._show_prompt()
        self._show_share_note()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Narrow (1024 px screens): the question needs the room more than its label does.
        self.prompt_label.setVisible(self.width() >= NARROW)

    def _paint_lock(self) -> None:
        text = QColor(self.palette().color(QPalette.ColorRole.ButtonText))
        self.share.button_for(ShareLevel.PRIVATE).setIcon(lock_icon(text, QColor("#ffffff")))

    def _show_share_note(self) -> None:
        self.share_note.setText(tr(words.SHARE_EXPLAINED[self.share_level()], self._language))

    # --- the user -------------------------------------------------------------------------

    def _text_edited(self) -> None:
        if not self._loading:
            self.edited = True
            self.changed.emit()

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _share_changed(self) -> None:
        self._show_share_note()
        self._edited()
