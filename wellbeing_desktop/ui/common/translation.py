"""Qt's translation system for the app's words.

Every user-visible string of the GUI is written in English inside ``translatable(context,
text)``; ``pyside6-lupdate`` finds those calls (``scripts/update_translations`` tells it
that ``translatable`` marks text like ``QT_TRANSLATE_NOOP``) and keeps the Qt Linguist
files in the top-level ``resources/translations/``; ``pyside6-lrelease`` compiles them to
``.qm``, which ship packed in the compiled resources (``resources.py``).
``tr`` looks a message up in the compiled catalogue of the language asked for, so a view
can be re-labelled in another language without a restart.

The built-in catalogues (stress signals, demands, resources, sparring situations,
prompts) are domain data in both languages, shared with the CLI and the reports, which
never load Qt; they are not repeated here.
"""

from __future__ import annotations

import sys
from functools import cache

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wellbeing_desktop.domain.language import Language
from wellbeing_desktop.domain.language import system_language as environment_language
from wellbeing_desktop.ui.common import resources

# The marker and its message live below the GUI, so that the command line shares them.
from wellbeing_desktop.words import Message, translatable

__all__ = [
    "CATALOGUE_NAME",
    "LANGUAGE_CODES",
    "QT_WORDS_QTBASE_LACKS",
    "Message",
    "QtTranslations",
    "qt_locale",
    "system_language",
    "tr",
    "translatable",
    "translated",
]

CATALOGUE_NAME = "leaderpulse"
LANGUAGE_CODES = {Language.DANISH: "da", Language.ENGLISH: "en"}


@cache
def _catalogue(language: Language) -> QTranslator:
    resources.register()
    translator = QTranslator()
    # A missing catalogue leaves the translator empty: the English source then shows.
    translator.load(f"{CATALOGUE_NAME}_{LANGUAGE_CODES[language]}", resources.TRANSLATIONS)
    return translator


def translated(message: Message, language: Language) -> str | None:
    """The message as the compiled catalogue of ``language`` has it.

    The message as the compiled catalogue of ``language`` has it; None if it lacks it
    (a word spelt the same in both languages still counts as translated).
    """
    return _catalogue(language).translate(message.context, message.source) or None


def tr(message: Message, language: Language) -> str:
    """The message in ``language`` (the English source when the catalogue lacks it)."""
    return translated(message, language) or message.source


def system_language() -> Language:
    """The language for a first run: Danish on a Danish system, English otherwise.

    On Linux the environment decides, read as the command line reads it
    (``domain.language.system_language``, which agrees with ``QLocale.system()`` there);
    elsewhere the system's own settings, through Qt.
    """
    if sys.platform.startswith(("win", "darwin")):  # pragma: no cover - Linux is tested
        if QLocale.system().language() == QLocale.Language.Danish:
            return Language.DANISH
        return Language.ENGLISH
    return environment_language()


def qt_locale(language: Language) -> QLocale:
    """The locale that formats dates and numbers in ``language``."""
    return QLocale("da_DK" if language is Language.DANISH else "en_GB")


# Qt's own words that its Danish catalogue lacks: Qt 6 gave these file-dialog labels
# keyboard mnemonics, and qtbase_da.qm still has them only without ("Look in:"), so
# they showed in English. The app's catalogue fills them in, in Qt's own context.
QT_WORDS_QTBASE_LACKS: tuple[Message, ...] = (
    translatable("QFileDialog", "&Look in:"),
    translatable("QFileDialog", "Files of &type:"),
)


class QtTranslations:
    """Qt's own words (standard buttons, file dialogs, text-field menus) follow the app.

    Danish: Qt's ``qtbase_da`` catalogue (PySide6-Essentials ships it), with the app's
    catalogue in front of it for ``QT_WORDS_QTBASE_LACKS``; English: Qt's source words.
    """

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []

    def apply(self, language: Language) -> None:
        for installed in self._installed:
            self._app.removeTranslator(installed)
        self._installed = []
        QLocale.setDefault(qt_locale(language))
        if language is Language.ENGLISH:
            return
        translator = QTranslator(self._app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # qtbase_*, not qt_*: the latter needs catalogues of modules PySide6-Essentials lacks.
        if translator.load(f"qtbase_{LANGUAGE_CODES[language]}", folder):
            self._app.installTranslator(translator)
            self._installed.append(translator)
        # Installed last, so asked first: it answers only for the words Qt's lacks.
        own = _catalogue(language)
        if not own.isEmpty() and self._app.installTranslator(own):
            self._installed.append(own)
