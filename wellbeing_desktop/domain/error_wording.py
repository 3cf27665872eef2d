"""The lower layers' error messages in another language than English, without Qt.

The GUI (``ui/common/error_words.py``, through its compiled Qt catalogue) and the command
line (``cli/speech.py``, through ``words_da.json``) word errors the same way; only how a
message id is looked up and how a whole number is written differ, and they pass those in:

- ``lookup(source)`` gives the words of a catalogue source text in the language (None: the
  catalogue lacks them); ``source_of(message_id)`` is that source text;
- ``number(n)`` writes a whole number the language's way ("1.440").

The rules (``{detail}``, ``{hint}``, ``{thing}`` and nested messages looked up in turn; a
message or a reason the catalogue lacks leaves the whole line English) are described in
``ui/common/error_words.py``.
"""

from __future__ import annotations

import string
from typing import TYPE_CHECKING

from wellbeing_desktop.domain import messages
from wellbeing_desktop.domain.errors import Message, ValidationError, WellbeingError, as_message

if TYPE_CHECKING:
    from collections.abc import Callable

    Lookup = Callable[[str], str | None]
    Number = Callable[[int], str]

# Values put into another message's words that are words themselves: a plain text there
# is looked up as a message id too (a reason without values), so that a reason nobody
# translated leaves the whole line English rather than half-translated.
NESTED = frozenset({"detail", "hint", "thing"})


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


def word_message(text: Message | str, lookup: Lookup, number: Number) -> str | None:
    """A lower layer's message (or an id without values) in the language of ``lookup``.

    None if the catalogue does not have its words (or the words of a reason inside it).
    """
    message = as_message(text)
    words = lookup(source_of(message.text))
    if words is None:
        return None
    values: dict[str, str] = {}
    for name, value in message.params.items():
        if isinstance(value, Message) or name in NESTED:
            inner = word_message(
                value if isinstance(value, Message) else str(value), lookup, number
            )
            if inner is None:
                return None
            values[name] = inner
        elif isinstance(value, int) and not isinstance(value, bool):
            values[name] = number(value)
        else:
            values[name] = str(value)
    return words.format(**values)


def word_error(error: WellbeingError, lookup: Lookup, number: Number) -> str:
    """The one-line message of ``error`` in the language of ``lookup`` (else English)."""
    if isinstance(error, ValidationError):
        return _refused(error, lookup, number) or str(error)
    message = getattr(error, "message", None)
    if not isinstance(message, Message):
        return str(error)
    return word_message(message, lookup, number) or str(error)


def _refused(error: ValidationError, lookup: Lookup, number: Number) -> str | None:
    allowed = word_message(error.allowed_words, lookup, number)
    if allowed is None:
        return None
    # A field the table does not know is a key the user chose (a category): shown as it is.
    field = word_message(error.field_words, lookup, number) or error.field
    this_value = lookup(messages.THIS_VALUE) or messages.THIS_VALUE
    value = this_value if error.shown is None else error.shown
    line = lookup(messages.NOT_ALLOWED) or messages.NOT_ALLOWED
    return line.format(field=clip(field), value=value, allowed=clip(allowed, 300))


def clip(text: str, limit: int = 60) -> str:
    """One short line, as the domain's English message is (a paragraph is cut, not echoed)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
