"""Errors carry a message id and its values; ``str(error)`` is the English line."""

from __future__ import annotations

from pathlib import Path

from wellbeing_desktop.domain import messages as domain_messages
from wellbeing_desktop.domain.errors import Message, ValidationError, WellbeingError
from wellbeing_desktop.storage import messages as storage_messages
from wellbeing_desktop.storage.errors import DamagedFileError, StorageError


def test_an_error_keeps_its_id_and_values_and_words_them_in_english() -> None:
    error = StorageError(storage_messages.NO_JOURNAL_FILE, path=Path("/data/journal.db"))
    assert error.message == Message(storage_messages.NO_JOURNAL_FILE, path=Path("/data/journal.db"))
    assert str(error) == "No journal file at /data/journal.db."
    assert WellbeingError("Something new.").message == Message("Something new.")


def test_a_reason_inside_a_message_and_numbers_in_english() -> None:
    error = DamagedFileError(Path("/j.db"), Message(storage_messages.CUT_SHORT, n=100))
    assert error.detail == "it is cut short to 100 bytes"
    assert error.message.params["detail"] == Message(storage_messages.CUT_SHORT, n=100)
    assert (
        str(error)
        == "The journal file /j.db is damaged (it is cut short to 100 bytes) and was left as it is."
    )
    long = Message(domain_messages.TEXT_TOO_LONG, n=100_000, count=100_001)
    assert str(long) == "at most 100,000 characters (this has 100,001)"


def test_a_refused_value_keeps_the_english_field_and_rule_for_the_views() -> None:
    error = ValidationError(
        "hours", 1500, Message(domain_messages.WHOLE_NUMBER_MINUTES, low=0, high=1440)
    )
    assert error.field == "hours"
    assert error.allowed == "a whole number from 0 to 1440 minutes"
    assert error.allowed_words.text == domain_messages.WHOLE_NUMBER_MINUTES
    assert str(error) == "hours: 1500 is not allowed; a whole number from 0 to 1440 minutes"
