"""The command line speaks the journal's language: Danish or English, through the GUI's catalogue.

Every line a command prints, and every error it raises itself, is written in English
inside ``say("cli", "English text")`` (a marker ``pyside6-lupdate`` finds, like the GUI's
``translatable``); ``say`` gives the words in the language in use, with ``{name}``
placeholders that ``.format(name=value)`` fills in::

    out(say("cli", "Saved {day}.").format(day=day.isoformat()))
    raise WellbeingError(say("cli", "no journal in {folder}"), folder=folder)
    out(count(days, say("cli", "{n} day logged"), say("cli", "{n} days logged")))
    raise ValidationError("share", text, say("cli", "private, one-on-one or coach"))
    raise ValidationError(field, name, Message(say("cli", "an item of the {list} list"), list=x))

An error's values go in as keywords (or a ``Message``), never by ``.format``: the line
is worded when it is printed (``error_line``), in the language in use then, whichever
language ``say`` gave its text in (an English text is looked up, a Danish one is mapped
back to its English source), and a value with braces stays a value. A refusal that can
only be checked without the journal still speaks the system's language (the journal's
is not known): a command checks what it can after opening the journal. The text inside
``say`` must be literal (lupdate reads only literals); a plural is two messages, one for
1 and one for other numbers (the same rule in Danish and English), chosen by ``count``.

The Danish words are kept in the Qt Linguist files with the GUI's (context "cli"); after
adding a text, put its Danish in ``resources/translations/pending/*.json`` and run
``scripts/update_translations.py``, which also writes ``wellbeing_desktop/words_da.json``,
read here without Qt.

The language in use: the system's (``domain.language.system_language``, as the GUI's first
run) until a journal is open, then the journal's (``use``, called when a command opens
one). ``init --language`` chooses it for a new journal. Help texts (``--help``) stay
English: they are the reference a user shares and searches for, and the option names
are English anyway. Dates stay ISO (YYYY-MM-DD), the form the options take; numbers are
written the language's way (``number``, ``percent``, ``duration``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop import words
from wellbeing_desktop.domain.errors import ValidationError, as_message
from wellbeing_desktop.domain.language import Language, system_language

if TYPE_CHECKING:
    from wellbeing_desktop.domain.errors import Message, WellbeingError

_in_use: list[Language] = []  # empty: the system's language, decided on first use


def language() -> Language:
    """The language the command line speaks now."""
    if not _in_use:
        _in_use.append(system_language())
    return _in_use[0]


def use(chosen: Language) -> None:
    """Speak ``chosen`` from now on (the journal's language, once it is open)."""
    _in_use[:] = [chosen]


def use_system_language() -> None:
    """Speak the system's language again (as before any journal was opened)."""
    _in_use.clear()


def say(context: str, source: str) -> str:
    """``source`` (English) in the language in use; fill its ``{names}`` with ``.format``."""
    if language() is Language.DANISH:
        return words.danish(context, source) or source
    return source


def count(n: int, one: str, other: str) -> str:
    """``one`` when ``n`` is 1, else ``other``, with ``{n}`` filled in (both from ``say``)."""
    return (one if n == 1 else other).format(n=_grouped(n))


def number(value: float, decimals: int = 1) -> str:
    """``2,4`` / ``2.4``."""
    from wellbeing_desktop.domain import formatting  # loaded on first use: a search has none

    return formatting.number(value, language(), decimals)


def percent(fraction: float) -> str:
    """A 0..1 fraction as whole percent: ``31 %`` / ``31%``."""
    from wellbeing_desktop.domain import formatting

    return formatting.percent(fraction, language())


def whole_percent(value: int) -> str:
    """``40 %`` / ``40%``."""
    from wellbeing_desktop.domain import formatting

    return formatting.whole_percent(value, language())


def duration(minutes: int) -> str:
    """``7 t 45 min`` / ``7 h 45 m``."""
    from wellbeing_desktop.domain.durations import format_duration  # not for a quick search

    return format_duration(minutes, language())


def _lookup(source: str) -> str | None:
    """The Danish words of an error's id; a text ``say`` gave in Danish is its own words."""
    found = words.danish("errors", source) or words.danish("cli", source)
    if found is None and source in words.danish_texts("cli"):
        return source
    return found


def _grouped(value: int) -> str:
    from wellbeing_desktop.domain import formatting

    return formatting.grouped(value, language())


def _english_lookup(source: str) -> str:
    """The English words of an error's text: a Danish text ``say`` gave is mapped back."""
    return words.english_sources("cli").get(source, source)


def _said_in_danish(error: WellbeingError) -> bool:
    """``error`` holds a text ``say`` gave in Danish (raised while Danish was in use)."""
    danish = words.danish_texts("cli")
    texts = [error.message.text]
    if isinstance(error, ValidationError):
        texts += [error.field_words.text, error.allowed_words.text]
    return any(text in danish for text in texts)


def error_line(error: WellbeingError) -> str:
    """The one-line message of ``error`` in the language in use (English when unknown).

    Worded now, not when it was raised: an error raised before the journal's language
    was known follows it once it is (see the module's docstring).
    """
    from wellbeing_desktop.domain.error_wording import word_error  # only an error needs it

    if language() is Language.ENGLISH:
        if _said_in_danish(error):
            return word_error(error, _english_lookup, _grouped)
        return str(error)
    return word_error(error, _lookup, _grouped)


def message_line(message: Message | str) -> str:
    """A lower layer's ``Message`` (a notice, a problem) in the language in use."""
    if language() is Language.DANISH:
        from wellbeing_desktop.domain.error_wording import word_message

        worded = word_message(message, _lookup, _grouped)
        if worded is not None:
            return worded
    return as_message(message).english()
