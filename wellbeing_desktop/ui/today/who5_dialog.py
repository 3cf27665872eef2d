"""The WHO-5 check-in: five statements on a six-point scale, the score and its plain meaning.

The wording, the two-week recall and the scoring are WHO-5's own (domain notes §3), shown
with their attribution. The score is for the user's reflection, never a diagnosis.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.domain.catalogues import (
    WHO5_ATTRIBUTION,
    WHO5_ITEMS,
    WHO5_SCALE,
    WHO5_STEM,
    localized,
    who5_change_is_notable,
    who5_meaning,
)
from wellbeing_desktop.domain.errors import ValidationError, WellbeingError
from wellbeing_desktop.domain.models import Language, Who5CheckIn
from wellbeing_desktop.domain.validation import WHO5_ANSWER_RANGE
from wellbeing_desktop.ui.common.qt_dates import to_qdate
from wellbeing_desktop.ui.common.style import is_dark, theme
from wellbeing_desktop.ui.common.tasks import user_message
from wellbeing_desktop.ui.common.translation import Message, tr, translatable
from wellbeing_desktop.ui.common.widgets import muted, page_title, warning_style
from wellbeing_desktop.ui.shell.session import Change, JournalSession
from wellbeing_desktop.ui.sparring.sparring_form import DateField
from wellbeing_desktop.ui.sparring.sparring_model import format_day

if TYPE_CHECKING:
    from datetime import date

TITLE: Message = translatable("who5_dialog", "WHO-5 Well-Being Index")
INTRO: Message = translatable(
    "who5_dialog",
    "Five short statements about how you have been. For each, choose "
    "the answer that fits best. The score is for your own reflection "
    "– not a diagnosis.",
)
DATE: Message = translatable("who5_dialog", "Date")
ANSWERED: Message = translatable(
    "who5_dialog",
    "Answer all five statements to see your score ({n} of 5 answered).",
)
SCORE: Message = translatable("who5_dialog", "Your score")
OUT_OF: Message = translatable("who5_dialog", "out of 100")
SINCE_NOTABLE_UP: Message = translatable(
    "who5_dialog",
    "Since last time ({day}: {before}) your score has risen by {diff} points – a clear change.",
)
SINCE_NOTABLE_DOWN: Message = translatable(
    "who5_dialog",
    "Since last time ({day}: {before}) your score has fallen by {diff} points – a clear change.",
)
SINCE_SIMILAR: Message = translatable(
    "who5_dialog", "Since last time ({day}: {before}) your score is about the same."
)
REPLACES: Message = translatable(
    "who5_dialog", "You already have a check-in on this day; saving replaces it."
)
FUTURE_DATE: Message = translatable(
    "who5_dialog", "That date is in the future. Choose today or an earlier date."
)
SAVE: Message = translatable("who5_dialog", "Save")
CANCEL: Message = translatable("who5_dialog", "Cancel")
SAVED: Message = translatable("who5_dialog", "Saved. Your WHO-5 score is {score} of 100.")
THANKS: Message = translatable(
    "who5_dialog", "Thank you for taking a moment to check in with yourself."
)

# Columns left to right as on the WHO-5 form: 5 "all of the time" .. 0 "at no time".
COLUMN_VALUES = tuple(range(WHO5_ANSWER_RANGE[1], WHO5_ANSWER_RANGE[0] - 1, -1))  # 5 … 0
SCALE_COLUMN_WIDTH = 96
ITEM_MIN_WIDTH = 230
DIALOG_WIDTH = 900
CONFIRM_MS = 1600


class _DigitKeys(QObject):
    """Typing 0–5 while a statement has focus picks that answer (arrows and Tab as usual)."""

    def __init__(self, group: QButtonGroup, parent: QObject) -> None:
        super().__init__(parent)
        self._group = group

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            text = event.text()
            if len(text) == 1 and text in "012345":
                button = self._group.button(int(text))
                if button is not None:
                    button.click()
                    button.setFocus(Qt.FocusReason.OtherFocusReason)
                    return True
        return False


class _FittingScroll(QScrollArea):
    """A frameless scroll area that asks for the full height of its word-wrapped content."""

    def __init__(self) -> None:
        super().__init__()
        self.fit_width = DIALOG_WIDTH
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no empty Tab stop
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        width = self.fit_width
        height = (
            content.heightForWidth(width)
            if content.hasHeightForWidth()
            else content.sizeHint().height()
        )
        return QSize(width, max(height, content.minimumSizeHint().height()))


class Who5Dialog(QDialog):
    """Five statements, their scale, the score and its plain meaning; records the check-in."""

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("who5Dialog")
        self.setModal(True)
        self._session = session
        self._earlier: list[Who5CheckIn] = []
        self._close_timer = QTimer(self)
        self._close_timer.setSingleShot(True)
        self._close_timer.timeout.connect(self.accept)
        dark = is_dark()

        # -- the questionnaire
        self.heading = page_title()
        self.intro = muted()
        self.date_label = QLabel()
        self.date = DateField()
        self.date_label.setBuddy(self.date)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_label)
        date_row.addWidget(self.date)
        date_row.addStretch(1)

        self.stem = QLabel()
        self.stem.setWordWrap(True)
        stem_font = self.stem.font()
        stem_font.setBold(True)
        self.stem.setFont(stem_font)
        self.scale_headers: list[QLabel] = []
        self.item_labels: list[QLabel] = []
        self.groups: list[QButtonGroup] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(0)
        self.grid.setVerticalSpacing(0)
        self.stem.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.grid.addWidget(self._cell(self.stem, 0, header=True), 0, 0)
        for column, value in enumerate(COLUMN_VALUES, start=1):
            header = QLabel()
            header.setWordWrap(True)
            header.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            header.setObjectName("who5ScaleHeader")
            self.scale_headers.append(header)
            number = muted(str(value))
            number.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(4, 0, 4, 6)
            box_layout.setSpacing(2)
            box_layout.addWidget(header, 1)
            box_layout.addWidget(number)
            self.grid.addWidget(self._cell(box, 0, header=True, fixed=True), 0, column)
        self.grid.setColumnStretch(0, 1)
        stripe = "#262a2e" if dark else "#f6f5f2"
        for row, _item in enumerate(WHO5_ITEMS, start=1):
            label = QLabel()
            label.setWordWrap(True)
            label.setMinimumWidth(ITEM_MIN_WIDTH)
            self.item_labels.append(label)
            group = QButtonGroup(self)
            group.setExclusive(True)
            self.groups.append(group)
            shade = stripe if row % 2 else ""
            self.grid.addWidget(self._cell(label, row, shade=shade), row, 0)
            digits = _DigitKeys(group, self)
            for column, value in enumerate(COLUMN_VALUES, start=1):
                button = QRadioButton()
                button.installEventFilter(digits)
                group.addButton(button, value)
                holder = QWidget()
                holder_layout = QHBoxLayout(holder)
                holder_layout.setContentsMargins(0, 0, 0, 0)
                holder_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
                cell = self._cell(holder, row, shade=shade, fixed=True)
                self.grid.addWidget(cell, row, column)
            group.idToggled.connect(self._answer_toggled)
        self.table = QFrame()
        self.table.setObjectName("card")  # the quiet white card of the pages
        self.grid.setContentsMargins(0, 10, 0, 6)
        self.table.setLayout(self.grid)

        self.score_number = QLabel()
        self.score_number.setObjectName("who5Score")
        self.score_number.setStyleSheet(f"color: {theme().accent_text};")
        big = self.score_number.font()  # relative: follows the system font size
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setBold(True)
        self.score_number.setFont(big)
        self.score_caption = muted()
        self.meaning = QLabel()
        self.meaning.setWordWrap(True)
        self.change = muted()
        self.progress = muted()
        self.replaces = muted()
        self.message = QLabel()
        self.message.setObjectName("who5Message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(warning_style())
        self.message.hide()
        score_side = QVBoxLayout()
        score_side.setSpacing(0)
        score_side.addWidget(self.score_number, 0, Qt.AlignmentFlag.AlignHCenter)
        score_side.addWidget(self.score_caption, 0, Qt.AlignmentFlag.AlignHCenter)
        words = QVBoxLayout()
        words.setSpacing(4)
        words.addStretch(1)
        words.addWidget(self.progress)
        words.addWidget(self.meaning)
        words.addWidget(self.change)
        words.addStretch(1)
        self.result_box = QFrame()
        self.result_box.setObjectName("who5Result")
        self.result_box.setStyleSheet(
            "QFrame#who5Result { border: 1px solid %s; border-radius: 8px; }"
            % ("#3a3e44" if dark else "#e2e0db")
        )
        result_layout = QHBoxLayout(self.result_box)
        result_layout.setContentsMargins(16, 10, 16, 10)
        result_layout.setSpacing(18)
        result_layout.addLayout(score_side)
        result_layout.addLayout(words, 1)
        self.result_box.setMinimumHeight(84)

        self.attribution = muted()
        small = self.attribution.font()
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        self.attribution.setFont(small)

        self.save_button = QPushButton()
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)

        questions = QWidget()
        questions_layout = QVBoxLayout(questions)
        questions_layout.setContentsMargins(0, 0, 0, 0)
        questions_layout.setSpacing(10)
        questions_layout.addLayout(date_row)
        questions_layout.addWidget(self.replaces)
        questions_layout.addWidget(self.table)
        self.questions = _FittingScroll()
        self.questions.setWidget(questions)

        form = QWidget()
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.setSpacing(12)
        form_layout.addWidget(self.heading)
        form_layout.addWidget(self.intro)
        form_layout.addWidget(self.questions, 1)
        form_layout.addWidget(self.result_box)
        form_layout.addWidget(self.message)
        form_layout.addWidget(self.buttons)
        form_layout.addWidget(self.attribution)

        # -- the short confirmation after saving
        self.confirmation = QLabel()
        self.confirmation.setObjectName("pageTitle")
        self.confirmation.setWordWrap(True)
        self.confirmation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks = muted()
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        done = QWidget()
        done_layout = QVBoxLayout(done)
        done_layout.addStretch(1)
        done_layout.addWidget(self.confirmation)
        done_layout.addWidget(self.thanks)
        done_layout.addStretch(1)

        self.pages = QStackedWidget()
        self.pages.addWidget(form)
        self.pages.addWidget(done)
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(26, 22, 26, 16)
        self._outer.addWidget(self.pages)
        self.setMinimumWidth(ITEM_MIN_WIDTH + 6 * SCALE_COLUMN_WIDTH + 2 * 26 + 20)

        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.date.dateChanged.connect(lambda _d: self._update())
        session.language_changed.connect(self.retranslate)
        session.closed.connect(self.discard)

        if session.is_open:
            journal = session.journal
            self._earlier = journal.who5_checkins()
            self.date.setDate(to_qdate(journal.today()))
        self._fitted = False
        self.retranslate(session.language)
        first = self.groups[0].button(COLUMN_VALUES[0])
        if first is not None:
            first.setFocus()

    @staticmethod
    def _cell(
        widget: QWidget, row: int, *, header: bool = False, shade: str = "", fixed: bool = False
    ) -> QWidget:
        """A grid cell with padding; data rows may be shaded so a statement reads across.

        The six answer columns have one fixed width, so the statements get the rest.
        """
        cell = QFrame()
        cell.setObjectName("who5Cell")
        layout = QVBoxLayout(cell)
        pad = 0 if fixed else 10
        layout.setContentsMargins(pad, 10 if not header else 0, pad, 10 if not header else 6)
        layout.addWidget(widget)
        if fixed:
            cell.setFixedWidth(SCALE_COLUMN_WIDTH)
        if shade:
            cell.setStyleSheet(f"QFrame#who5Cell {{ background: {shade}; }}")
        return cell

    def showEvent(self, event: QShowEvent) -> None:
        # Sized when shown, once; Qt then keeps the dialog on the screen, and on a small
        # one the statements scroll.
        first = not self._fitted
        if first:
            self._fitted = True
            self._fit_height()
        super().showEvent(event)
        if first:
            QTimer.singleShot(0, self, self._grow_to_fit)

    def _fit_height(self) -> None:
        width = max(self.minimumWidth(), DIALOG_WIDTH)
        self.questions.fit_width = width - 2 * 26
        self.resize(width, self._outer.totalSizeHint().height())

    def _grow_to_fit(self) -> None:
        """Grow so the statements need no scrolling, as far as the screen allows.

        Measured on the laid-out widgets: before that, Qt's estimate of wrapped text
        falls a line or two short.
        """
        content = self.questions.widget()
        viewport = self.questions.viewport()
        if content is None or not self.isVisible():
            return
        missing = content.heightForWidth(viewport.width()) - viewport.height()
        screen = self.screen().availableGeometry()
        frame = self.frameGeometry().height() - self.height()
        height = min(self.height() + max(0, missing), screen.height() - frame)
        if height > self.height():
            self.resize(self.width(), height)
            if self.frameGeometry().bottom() > screen.bottom():
                self.move(
                    self.x(), max(screen.top(), screen.bottom() - self.frameGeometry().height())
                )

    # --- words ------------------------------------------------------------------------------

    def retranslate(self, language: Language) -> None:
        self.setWindowTitle(tr(TITLE, language))
        self.heading.setText(tr(TITLE, language))
        self.intro.setText(tr(INTRO, language))
        self.date_label.setText(tr(DATE, language))
        self.date.setAccessibleName(tr(DATE, language))
        self.date.set_language(language)
        self.stem.setText(localized(WHO5_STEM, language))
        for header, value in zip(self.scale_headers, COLUMN_VALUES, strict=True):
            header.setText(localized(WHO5_SCALE[value], language))
        for label, group, item in zip(self.item_labels, self.groups, WHO5_ITEMS, strict=True):
            statement = localized(item, language)
            label.setText(statement)
            for value in COLUMN_VALUES:
                button = group.button(value)
                button.setAccessibleName(localized(WHO5_SCALE[value], language))
                button.setAccessibleDescription(statement)
                button.setToolTip(f"{localized(WHO5_SCALE[value], language)} ({value})")
        self.score_caption.setText(tr(OUT_OF, language))
        self.attribution.setText(localized(WHO5_ATTRIBUTION, language))
        self.save_button.setText(tr(SAVE, language))
        self.cancel_button.setText(tr(CANCEL, language))
        self._update()

    # --- state ------------------------------------------------------------------------------

    def answers(self) -> tuple[int, ...]:
        """The answers given so far, in statement order (-1 where none is chosen yet)."""
        return tuple(group.checkedId() for group in self.groups)

    def checkin(self) -> Who5CheckIn | None:
        answers = self.answers()
        if any(a < 0 for a in answers):
            return None
        a1, a2, a3, a4, a5 = answers
        return Who5CheckIn(self.date.day(), (a1, a2, a3, a4, a5))

    def _answer_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._update()

    def _update(self) -> None:
        language = self._session.language
        checkin = self.checkin()
        answered = sum(1 for a in self.answers() if a >= 0)
        self.save_button.setEnabled(checkin is not None and self._session.is_open)
        self.progress.setVisible(checkin is None)
        self.progress.setText(tr(ANSWERED, language).format(n=answered))
        day = self.date.day()
        self.replaces.setVisible(any(c.taken_on == day for c in self._earlier))
        self.replaces.setText(tr(REPLACES, language))
        self.meaning.setVisible(checkin is not None)
        self.score_number.setVisible(checkin is not None)
        self.score_caption.setVisible(checkin is not None)
        if checkin is None:
            self.score_number.clear()
            self.change.hide()
            return
        score = checkin.score
        self.score_number.setText(str(score))
        self.score_number.setAccessibleName(f"{tr(SCORE, language)}: {score}")
        self.meaning.setText(who5_meaning(score, language))
        self.change.setText(self._change_text(score, day, language))
        self.change.setVisible(bool(self.change.text()))

    def _change_text(self, score: int, day: date, language: Language) -> str:
        before = [c for c in self._earlier if c.taken_on < day]
        if not before:
            return ""
        last = before[-1]
        values = {"day": format_day(last.taken_on, language), "before": last.score}
        if not who5_change_is_notable(last.score, score):
            return tr(SINCE_SIMILAR, language).format(**values)
        texts = SINCE_NOTABLE_UP if score > last.score else SINCE_NOTABLE_DOWN
        return tr(texts, language).format(diff=abs(score - last.score), **values)

    # --- actions ----------------------------------------------------------------------------

    def save(self) -> None:
        checkin = self.checkin()
        if checkin is None or not self._session.is_open:
            return
        try:
            self._session.journal.record_who5(checkin)
        except WellbeingError as exc:
            self.message.setText(self._describe(exc))
            self.message.show()
            return
        self.message.hide()
        self._session.notify(Change.WHO5, None)
        language = self._session.language
        self.confirmation.setText(tr(SAVED, language).format(score=checkin.score))
        self.thanks.setText(tr(THANKS, language))
        self.pages.setCurrentIndex(1)
        self._close_timer.start(CONFIRM_MS)

    def _describe(self, exc: WellbeingError) -> str:
        if isinstance(exc, ValidationError) and exc.field == "date" and "earlier" in exc.allowed:
            return tr(FUTURE_DATE, self._session.language)
        return user_message(exc, self._session.language)

    def discard(self) -> None:
        """The journal locked: forget the answers and close without saving."""
        self._close_timer.stop()
        for group in self.groups:
            checked = group.checkedButton()
            if checked is not None:
                group.setExclusive(False)
                checked.setChecked(False)
                group.setExclusive(True)
        self._earlier = []
        self.confirmation.clear()
        self.meaning.clear()
        self.change.clear()
        self.score_number.clear()
        self.reject()

    def reject(self) -> None:
        # Escape on the confirmation: the check-in is already stored, so it was accepted.
        if self.pages.currentIndex() == 1 and self._session.is_open:
            self.accept()
        else:
            super().reject()

    def done(self, result: int) -> None:
        self._close_timer.stop()
        super().done(result)
