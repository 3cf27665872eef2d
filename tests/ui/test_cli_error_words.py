"""The command line words an error exactly as the GUI does, in Danish and in English.

The GUI looks the message up in the compiled Qt catalogue and writes numbers with
QLocale; the command line reads ``words_da.json`` and writes numbers without Qt. Both go
through ``domain.error_wording``; this proves the two catalogues and number formats agree.
"""

from __future__ import annotations

import pytest

from wellbeing_desktop.cli import speech
from wellbeing_desktop.domain import messages as domain_messages
from wellbeing_desktop.domain.errors import Message, ValidationError, WellbeingError
from wellbeing_desktop.domain.language import Language
from wellbeing_desktop.storage import messages as storage_messages
from wellbeing_desktop.storage.errors import StorageError
from wellbeing_desktop.ui.common import error_words

ERRORS: list[WellbeingError] = [
    ValidationError("stress", "9", Message(domain_messages.WHOLE_NUMBER, low=1, high=5)),
    ValidationError(
        "minutes", 1500, Message(domain_messages.AT_MOST_A_DAY, n=1440), show_value=False
    ),
    ValidationError("note", "x" * 70, Message(domain_messages.TEXT_TOO_LONG, n=20000, count=21234)),
    ValidationError("my_category", "x", domain_messages.DATE),  # a field nobody translated
    StorageError(storage_messages.NO_JOURNAL_FILE, path="/home/mette/journal"),
    StorageError(storage_messages.JOURNAL_EXISTS, path="/tmp/{odd} folder"),
    WellbeingError("a message nobody translated {n}", n=3),
]


@pytest.fixture
def speaking():  # the CLI's language is process-wide: put it back
    yield speech.use
    speech.use_system_language()


@pytest.mark.parametrize("language", [Language.DANISH, Language.ENGLISH])
def test_the_command_line_and_the_gui_word_errors_alike(speaking, language: Language) -> None:
    speaking(language)
    for error in ERRORS:
        assert speech.error_line(error) == error_words.error_message(error, language)
    if language is Language.DANISH:
        line = speech.error_line(ERRORS[1])
        assert "1.440" in line
        assert "er ikke tilladt" in line
        assert speech.error_line(ERRORS[-1]) == "a message nobody translated 3"


def test_a_notice_is_worded_alike(speaking) -> None:
    notice = Message(storage_messages.NO_JOURNAL_FILE, path="/x")
    speaking(Language.DANISH)
    assert speech.message_line(notice) == error_words.translate(notice, Language.DANISH)
    assert speech.message_line(notice) != notice.english()
