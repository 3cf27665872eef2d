"""The WHO-5 check-in: five statements on a six-point scale, the score and its plain meaning.

The wording, the two-week recall and the scoring are WHO-5's own (domain notes §3), shown
with their attribution. The score is for the user's reflection, never a diagnosis.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
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
from wellbeing_desktop.ui.common.locale_format import short_date
from wellbeing_desktop.ui.common.qt_dates import to_qdate
from wellbeing_desktop.ui.common.style import is_dark
from wellbeing_desktop.ui.common.tasks import user_message
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.common.widgets import muted, page_title, warning_style
from wellbeing_desktop.ui.shell.session import Change, JournalSession
from wellbeing_desktop.ui.sparring.sparring_form import DateField
from wellbeing_desktop.ui.today import who5_words as words
from wellbeing_desktop.ui.today.who5_parts import (
    COLUMN_VALUES,
    DIALOG_WIDTH,
    ITEM_MIN_WIDTH,
    SCALE_COLUMN_WIDTH,
    FittingScroll,
    ResultBox,
    answer_row,
    answer_table,
)

if TYPE_CHECKING:
    from datetime import date

    from PySide6.QtGui import QShowEvent

CONFIRM_MS = 1600


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

        self._make_grid(dark)
        self._make_result(dark)
        self._make_footer()
        self._lay_out(date_row)

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

    def _make_grid(self, dark: bool) -> None:
        """The statements, one row of answers each."""
        self.stem = QLabel()
        self.scale_headers: list[QLabel] = []
        self.item_labels: list[QLabel] = []
        self.groups: list[QButtonGroup] = []
        self.grid = QGridLayout()
        self.table = answer_table(self.grid, self.stem, self.scale_headers)
        for row, _item in enumerate(WHO5_ITEMS, start=1):
            label, group = answer_row(self, self.grid, row, dark=dark)
            self.item_labels.append(label)
            self.groups.append(group)
            group.idToggled.connect(self._answer_toggled)
        self.grid.setContentsMargins(0, 10, 0, 6)
        self.table.setLayout(self.grid)

    def _make_result(self, dark: bool) -> None:
        """The score box, the line on a replaced check-in and the error line."""
        self.result_box = ResultBox(dark=dark)
        self.score_number = self.result_box.score_number
        self.score_caption = self.result_box.score_caption
        self.meaning = self.result_box.meaning
        self.change = self.result_box.change
        self.progress = self.result_box.progress
        self.replaces = muted()
        self.message = QLabel()
        self.message.setObjectName("who5Message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(warning_style())
        self.message.hide()

    def _make_footer(self) -> None:
        """Save and Cancel, and the questionnaire's attribution in small print."""
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

    def _lay_out(self, date_row: QHBoxLayout) -> None:
        """The questionnaire and the confirmation, as two pages.

        The questionnaire (its statements scroll on a small screen) and the short
        confirmation after saving, as two pages of the dialog.
        """
        questions = QWidget()
        questions_layout = QVBoxLayout(questions)
        questions_layout.setContentsMargins(0, 0, 0, 0)
        questions_layout.setSpacing(10)
        questions_layout.addLayout(date_row)
        questions_layout.addWidget(self.replaces)
        questions_layout.addWidget(self.table)
        self.questions = FittingScroll()
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
        self.setWindowTitle(tr(words.TITLE, language))
        self.heading.setText(tr(words.TITLE, language))
        self.intro.setText(tr(words.INTRO, language))
        self.date_label.setText(tr(words.DATE, language))
        self.date.setAccessibleName(tr(words.DATE, language))
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
        self.score_caption.setText(tr(words.OUT_OF, language))
        self.attribution.setText(localized(WHO5_ATTRIBUTION, language))
        self.save_button.setText(tr(words.SAVE, language))
        self.cancel_button.setText(tr(words.CANCEL, language))
        self._update()

    # --- state ------------------------------------------------------------------------------

    def answers(self) -> tuple[int, ...]:
        """The answers given so far, in statement order (-1 where none is chosen yet)."""
        return tuple(group.checkedId() for group in self.groups)

    def unsaved_input(self) -> bool:
        """Whether answers are chosen and not saved yet (the lock would throw them away)."""
        return self.pages.currentIndex() == 0 and any(a >= 0 for a in self.answers())

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
        self.progress.setText(tr(words.ANSWERED, language).format(n=answered))
        day = self.date.day()
        self.replaces.setVisible(any(c.taken_on == day for c in self._earlier))
        self.replaces.setText(tr(words.REPLACES, language))
        self.meaning.setVisible(checkin is not None)
        self.score_number.setVisible(checkin is not None)
        self.score_caption.setVisible(checkin is not None)
        if checkin is None:
            self.score_number.clear()
            self.change.hide()
            return
        score = checkin.score
        self.score_number.setText(str(score))
        self.score_number.setAccessibleName(f"{tr(words.SCORE, language)}: {score}")
        self.meaning.setText(who5_meaning(score, language))
        self.change.setText(self._change_text(score, day, language))
        self.change.setVisible(bool(self.change.text()))

    def _change_text(self, score: int, day: date, language: Language) -> str:
        before = [c for c in self._earlier if c.taken_on < day]
        if not before:
            return ""
        last = before[-1]
        values = {"day": short_date(last.taken_on, language), "before": last.score}
        if not who5_change_is_notable(last.score, score):
            return tr(words.SINCE_SIMILAR, language).format(**values)
        texts = words.SINCE_NOTABLE_UP if score > last.score else words.SINCE_NOTABLE_DOWN
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
        self.confirmation.setText(tr(words.SAVED, language).format(score=checkin.score))
        self.thanks.setText(tr(words.THANKS, language))
        self.pages.setCurrentIndex(1)
        self._close_timer.start(CONFIRM_MS)

    def _describe(self, exc: WellbeingError) -> str:
        if isinstance(exc, ValidationError) and exc.field == "date" and "earlier" in exc.allowed:
            return tr(words.FUTURE_DATE, self._session.language)
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
