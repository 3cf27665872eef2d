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
a guess would be worse. ``tests/ui/test_error_words.py`` proves that every message id of
the lower layers has Danish words here.
"""

from __future__ import annotations

import string

from wellbeing_desktop.domain.errors import Message as ErrorMessage
from wellbeing_desktop.domain.errors import ValidationError, WellbeingError, as_message
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
from wellbeing_desktop.ui.common.translation import (
    Message,
    qt_locale,
    tr,
    translated,
)

# Values put into another message's words that are words themselves: a plain text there
# is looked up as a message id too (a reason without values), so that a reason nobody
# translated leaves the whole line English rather than half-Danish.
_NESTED = frozenset({"detail", "hint", "thing"})

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


def source_of(message_id: str) -> str:
    """The catalogue's source text of a message id.

    The catalogue's source text of a message id: the id without format specs
    (``{n:,}`` is ``{n}``: each language writes numbers its own way).
    """
    parts: list[str] = []
    for literal, name, _spec, _conversion in string.Formatter().parse(message_id):
        parts.append(literal)
        if name is not None:
            parts.append("{" + name + "}")
    return "".join(parts)


def catalogue_message(message_id: str) -> Message | None:
    """The translatable message of the GUI's catalogue for a lower layer's message id."""
    return _BY_SOURCE.get(source_of(message_id))


def translate(text: ErrorMessage | str, language: Language) -> str | None:
    """A lower layer's message in ``language``.

    A lower layer's message (or a message id without values) in ``language``; None if
    the catalogue does not have its words (or the words of a reason inside it).
    """
    message = as_message(text)
    if language is Language.ENGLISH:
        return message.english()
    known = catalogue_message(message.text)
    words = None if known is None else translated(known, language)
    if words is None:
        return None
    values: dict[str, str] = {}
    for name, value in message.params.items():
        if isinstance(value, ErrorMessage) or name in _NESTED:
            inner = translate(value if isinstance(value, ErrorMessage) else str(value), language)
            if inner is None:
                return None
            values[name] = inner
        elif isinstance(value, int) and not isinstance(value, bool):
            values[name] = qt_locale(language).toString(value)
        else:
            values[name] = str(value)
    return words.format(**values)


def error_message(error: WellbeingError, language: Language) -> str:
    """The one-line message of ``error`` in ``language`` (English when no words are known)."""
    if language is Language.ENGLISH:
        return str(error)
    if isinstance(error, ValidationError):
        return _refused(error, language) or str(error)
    message = getattr(error, "message", None)
    if not isinstance(message, ErrorMessage):
        return str(error)
    return translate(message, language) or str(error)


def _refused(error: ValidationError, language: Language) -> str | None:
    allowed = translate(error.allowed_words, language)
    if allowed is None:
        return None
    # A field the table does not know is a key the user chose (a category): shown as it is.
    field = translate(error.field_words, language) or error.field
    value = tr(THIS_VALUE, language) if error.shown is None else error.shown
    return tr(NOT_ALLOWED, language).format(
        field=_clip(field), value=value, allowed=_clip(allowed, 300)
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _clip(text: str, limit: int = 60) -> str:
    # The same rule as the domain's English message: one short line.
    text = _one_line(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
