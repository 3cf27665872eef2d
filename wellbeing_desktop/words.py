"""The app's words without Qt: the marker, and the Danish catalogue for the command line.

Every word a user reads is written in English inside a marker that ``pyside6-lupdate``
finds (``scripts/update_translations.py`` tells it that ``translatable`` and ``say`` mark
text the way ``QT_TRANSLATE_NOOP(context, text)`` does): ``translatable(context, text)``
for the GUI's words, which ``ui/common/translation.tr`` looks up in the compiled Qt
catalogue, and ``cli.speech.say("cli", text)`` for the command line's. The Qt Linguist
files in ``resources/translations/`` are the one place the Danish words are kept; the
script also writes the contexts the command line needs ("cli" and "errors") to
``words_da.json`` beside this module, which ``danish`` reads (once, on first use) so
that the command line speaks Danish without loading Qt.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import NamedTuple

CATALOGUE_FILE = Path(__file__).with_name("words_da.json")
# The contexts of the Qt catalogue that words_da.json holds (the command line's own words
# and the lower layers' error messages).
CLI_CONTEXTS = ("cli", "errors")


class Message(NamedTuple):
    """A text to translate: its context (the module that shows it) and English source."""

    context: str
    source: str


def translatable(context: str, source: str) -> Message:
    """Mark ``source`` for translation; the GUI's ``tr`` gives it in a language."""
    return Message(context, source)


@cache
def _catalogue() -> dict[str, dict[str, str]]:
    try:
        loaded: dict[str, dict[str, str]] = json.loads(CATALOGUE_FILE.read_text(encoding="utf-8"))
    except FileNotFoundError:  # a checkout before its first update_translations run
        return {}
    return loaded


def danish(context: str, source: str) -> str | None:
    """The Danish words of ``source`` in ``context`` (None when the catalogue lacks them)."""
    return _catalogue().get(context, {}).get(source)


@cache
def english_sources(context: str) -> dict[str, str]:
    """Danish words → their English source in ``context`` (to word a Danish text again)."""
    return {words: source for source, words in _catalogue().get(context, {}).items()}


@cache
def danish_texts(context: str) -> frozenset[str]:
    """The Danish words of ``context`` (to know a text that is Danish already)."""
    return frozenset(_catalogue().get(context, {}).values())
