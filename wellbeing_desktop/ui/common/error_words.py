"""The lower layers' error messages in the GUI's language.

domain/, services/, storage/ and security/ raise their errors with a message id and its
values (``domain.errors.Message``); the id is the English template of the words, kept in
the raising layer's ``messages`` module, and the CLI prints it in English. This table lists
the same words as translatable messages in the context "errors" (``error_catalogue``), so that
``pyside6-lupdate`` finds them, and ``translate`` looks an id up there (by its source text)
and puts the values in:

- the ``field`` and ``allowed`` parts of a ``ValidationError``; the Danish line is built
  from the translated parts: "timer: 1500 er ikke tilladt; et helt tal fra 0 til 1.440 minutter"
  (field names in lower case, as in English: a capitalised "Status" or "Signal" would be
  the same word as a label of the English UI);
- the whole message of the other ``WellbeingError`` classes;
- ``{name}`` stands for a value that is put in as it is (a path, a date, a code), a
  number written the language's way, or a message of its own (a reason inside a
  sentence), worded in turn; a plain text in ``{detail}`` (also ``{hint}``, ``{thing}``)
  is looked up as an id.

A message the table does not have (or with a reason it does not have) stays in English:
a guess would be worse. The rules themselves are in ``domain/error_wording.py``, which the
command line uses too (with ``words_da.json`` instead of the Qt catalogue).
``tests/ui/test_error_words.py`` proves that every message id of the lower layers has
Danish words here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.domain.error_wording import source_of, word_error, word_message
from wellbeing_desktop.domain.errors import as_message
from wellbeing_desktop.domain.language import Language
from wellbeing_desktop.ui.common.error_catalogue import (
    ALLOWED,
    ALLOWED_PATTERNS,
    CONTEXT,
    FIELD_PATTERNS,
    FIELDS,
    MESSAGE_PATTERNS,
    MESSAGES,
    NOT_ALLOWED,
    THIS_VALUE,
)
from wellbeing_desktop.ui.common.translation import Message, qt_locale, translated

if TYPE_CHECKING:
    from wellbeing_desktop.domain.error_wording import Lookup, Number
    from wellbeing_desktop.domain.errors import Message as ErrorMessage
    from wellbeing_desktop.domain.errors import WellbeingError

__all__ = [
    "ALLOWED",
    "ALLOWED_PATTERNS",
    "CONTEXT",
    "FIELDS",
    "FIELD_PATTERNS",
    "MESSAGES",
    "MESSAGE_PATTERNS",
    "NOT_ALLOWED",
    "THIS_VALUE",
    "catalogue_message",
    "error_message",
    "has_translation",
    "source_of",
    "translate",
]

_BY_SOURCE = {
    message.source: message
    for message in (
        NOT_ALLOWED,
        THIS_VALUE,
        *FIELDS,
        *FIELD_PATTERNS,
        *ALLOWED,
        *ALLOWED_PATTERNS,
        *MESSAGES,
        *MESSAGE_PATTERNS,
    )
}


def has_translation(message: Message, language: Language) -> bool:
    """Whether the compiled catalogue of ``language`` holds ``message``.

    Whether the compiled catalogue of ``language`` holds ``message`` (not ``tr``, which
    falls back to the English source: "status" is the same word in both languages).
    """
    return translated(message, language) is not None


def catalogue_message(message_id: str) -> Message | None:
    """The translatable message of the GUI's catalogue for a lower layer's message id."""
    return _BY_SOURCE.get(source_of(message_id))


def _wording(language: Language) -> tuple[Lookup, Number]:
    """How ``domain.error_wording`` looks words up in the compiled catalogue of ``language``."""

    def lookup(source: str) -> str | None:
        known = catalogue_message(source)
        return None if known is None else translated(known, language)

    def number(value: int) -> str:
        return qt_locale(language).toString(value)

    return lookup, number


def translate(text: ErrorMessage | str, language: Language) -> str | None:
    """A lower layer's message in ``language``.

    A lower layer's message (or a message id without values) in ``language``; None if
    the catalogue does not have its words (or the words of a reason inside it).
    """
    if language is Language.ENGLISH:
        return as_message(text).english()
    return word_message(text, *_wording(language))


def error_message(error: WellbeingError, language: Language) -> str:
    """The one-line message of ``error`` in ``language`` (English when no words are known)."""
    if language is Language.ENGLISH:
        return str(error)
    return word_error(error, *_wording(language))
