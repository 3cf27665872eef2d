"""The error types every layer raises for problems a user can act on, and their words.

An error carries a ``Message``: a message id and the values that go into it. The id is the
English template of the words (``"No journal file at {path}."``), kept as a constant in
the raising layer's ``messages`` module; ``str(error)`` is the English text. The GUI
(``ui/common/error_words.py``) and the command line (``cli/speech.py``) look the id up in
the translated catalogue and put the values in the language's way
(``domain/error_wording.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.domain import messages

if TYPE_CHECKING:
    from collections.abc import Mapping


class Message:
    """Words for the user: an id (the English template) and the values put into it.

    A value may itself be a ``Message`` (a reason inside a sentence): it is worded first.
    Numbers are kept as numbers, so that each language writes them its own way; the
    template says how English writes them (``{n:,}``).
    """

    __slots__ = ("params", "text")

    def __init__(self, text: str, /, **params: object) -> None:
        self.text = text
        self.params: Mapping[str, object] = params

    def english(self) -> str:
        """The words in English (the id with its values put in)."""
        values = {
            name: value.english() if isinstance(value, Message) else value
            for name, value in self.params.items()
        }
        return self.text.format(**values)

    def __str__(self) -> str:
        return self.english()

    def __repr__(self) -> str:
        params = "".join(f", {name}={value!r}" for name, value in self.params.items())
        return f"Message({self.text!r}{params})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return (self.text, dict(self.params)) == (other.text, dict(other.params))

    __hash__ = None  # type: ignore[assignment]


def as_message(words: Message | str) -> Message:
    """``words`` as a ``Message`` (a plain text is an id without values)."""
    return words if isinstance(words, Message) else Message(words)


class WellbeingError(Exception):
    """A problem the user can understand and act on; its message is one plain line.

    Raised with a message id and its values (``StorageError(NO_JOURNAL_FILE, path=p)``)
    or a ``Message``. Anything that is *not* a WellbeingError is a bug and is reported as
    such.
    """

    def __init__(self, message: Message | str, /, **params: object) -> None:
        self.message = Message(message, **params) if isinstance(message, str) else message
        super().__init__(self.message.english())


class ValidationError(WellbeingError):
    """A value that breaks a domain rule; the message names the field and what is allowed."""

    def __init__(
        self,
        field: Message | str,
        value: object,
        allowed: Message | str,
        *,
        show_value: bool = True,
    ) -> None:
        # ``field_words`` and ``allowed_words`` are the ids the GUI words in its language;
        # ``field`` and ``allowed`` are the English texts the views compare against.
        self.field_words = as_message(field)
        self.allowed_words = as_message(allowed)
        self.field = self.field_words.english()
        self.allowed = self.allowed_words.english()
        # Journal text is never echoed back: it could end up in a log or a bug report.
        # ``shown`` is the value as the message shows it (None: hidden), so that the GUI can
        # word the message in another language without going back to the raw value.
        self.shown: str | None = _clip(repr(value)) if show_value else None
        shown = messages.THIS_VALUE if self.shown is None else self.shown
        super().__init__(
            Message(
                messages.NOT_ALLOWED,
                field=_clip(self.field),
                value=shown,
                allowed=_clip(self.allowed, 300),
            )
        )


def _clip(text: str, limit: int = 60) -> str:
    # A message is one short line: a pasted paragraph is cut, not echoed whole.
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
