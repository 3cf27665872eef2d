"""The lower layers' error messages reach the GUI in the session's language.

The first tests walk domain/, services/, storage/ and security/ with ``ast`` and collect
every literal text an error is raised with; each must have Danish words in the compiled
catalogue, so a new message without a translation fails here. The others use the real
widgets: a refused save in Today, Settings and the Sparring form shows one Danish line in
a Danish session and the same English line as before in an English one.
"""

from __future__ import annotations

import ast
import dataclasses
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from wellbeing_desktop.domain.errors import ValidationError, WellbeingError
from wellbeing_desktop.domain.models import ActivityKind, Language
from wellbeing_desktop.security.keyfile import WrongPassphraseError, WrongRecoveryKeyError
from wellbeing_desktop.storage.errors import (
    KEY_MISMATCH,
    DamagedFileError,
    StorageError,
    describe_database_error,
)
from wellbeing_desktop.ui.common import error_words
from wellbeing_desktop.ui.common.qt_dates import to_qdate
from wellbeing_desktop.ui.common.tasks import TaskRunner, user_message
from wellbeing_desktop.ui.settings.settings_categories import KIND_COLUMN
from wellbeing_desktop.ui.settings.settings_view import SettingsView
from wellbeing_desktop.ui.shell.session import JournalSession
from wellbeing_desktop.ui.sparring.sparring_form import SparringTopicDialog
from wellbeing_desktop.ui.sparring.sparring_view import SparringView
from wellbeing_desktop.ui.today.today_view import TodayView

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal

pytestmark = pytest.mark.usefixtures("memory_keyring")  # tests/ui/conftest.py

PACKAGE = Path(__file__).resolve().parents[2] / "wellbeing_desktop"
LOWER_LAYERS = ("domain", "services", "storage", "security")
DA, EN = Language.DANISH, Language.ENGLISH

# --- every literal error text of the lower layers has Danish words ------------------------


def _modules() -> list[ast.Module]:
    return [
        ast.parse(path.read_text(encoding="utf-8"))
        for layer in LOWER_LAYERS
        for path in sorted((PACKAGE / layer).rglob("*.py"))
    ]


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _error_classes(modules: list[ast.Module]) -> set[str]:
    """WellbeingError and every class that derives from it (by name, across modules)."""
    found = {"WellbeingError"}
    nodes = [node for module in modules for node in ast.walk(module)]
    classes = [node for node in nodes if isinstance(node, ast.ClassDef)]
    while True:
        more = {c.name for c in classes if any(_name(b) in found for b in c.bases)} - found
        if not more:
            return found
        found |= more


class _Literals:
    """The literal texts of one module: constants, variables holding one, literal returns."""

    def __init__(
        self,
        module: ast.Module,
        shared: dict[str, list[ast.expr]],
        shared_returns: dict[str, list[str]],
    ) -> None:
        # Texts kept in a name first (``allowed = ... if ahead else "today or ..."``); a
        # name not set in this module is looked up in the others (imported constants).
        self.shared = shared
        self.shared_returns = shared_returns
        self.assigned: dict[str, list[ast.expr]] = {}
        self.returns: dict[str, list[str]] = {}
        for node in ast.walk(module):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        self.assigned.setdefault(target.id, []).append(node.value)
            if isinstance(node, ast.FunctionDef):
                self.returns[node.name] = [
                    r.value.value
                    for r in ast.walk(node)
                    if isinstance(r, ast.Return)
                    and isinstance(r.value, ast.Constant)
                    and isinstance(r.value.value, str)
                ]

    def of(self, node: ast.expr, seen: frozenset[str] = frozenset()) -> list[str]:
        """The literal texts ``node`` can be; [] for a text built at run time (f-string)."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.Name) and node.id not in seen:
            values = self.assigned.get(node.id) or self.shared.get(node.id, [])
            return [text for value in values for text in self.of(value, seen | {node.id})]
        if isinstance(node, ast.IfExp):
            return self.of(node.body, seen) + self.of(node.orelse, seen)
        if isinstance(node, ast.BoolOp):
            return [text for value in node.values for text in self.of(value, seen)]
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            return self.of(node.left, seen) + self.of(node.right, seen)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            name = node.func.id
            return self.returns.get(name) or self.shared_returns.get(name, [])
        return []


def _field_helpers(modules: list[ast.Module]) -> dict[str, int]:
    """Checks that take the field's name: {function: position of ``field``}."""
    helpers = {}
    for module in modules:
        for node in ast.walk(module):
            if isinstance(node, ast.FunctionDef) and node.name != "__init__":
                names = [a.arg for a in node.args.posonlyargs + node.args.args]
                if "field" in names:
                    helpers[node.name] = names.index("field")
    return helpers


def error_texts() -> dict[str, set[str]]:
    """{"field" | "allowed" | "message": literal texts raised by the lower layers}."""
    modules = _modules()
    errors = _error_classes(modules)
    helpers = _field_helpers(modules)
    texts: dict[str, set[str]] = {"field": set(), "allowed": set(), "message": set()}
    shared: dict[str, list[ast.expr]] = {}
    for module in modules:
        for node in module.body:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        shared.setdefault(target.id, []).append(node.value)
    shared_returns: dict[str, list[str]] = {}
    for module in modules:
        shared_returns.update(_Literals(module, {}, {}).returns)
    for module in modules:
        literals = _Literals(module, shared, shared_returns)
        for cls in (n for n in ast.walk(module) if isinstance(n, ast.ClassDef)):
            if cls.name in errors:
                for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
                    if isinstance(call.func, ast.Attribute) and call.func.attr == "__init__":
                        for arg in call.args:
                            texts["message"].update(literals.of(arg))
        for call in (n for n in ast.walk(module) if isinstance(n, ast.Call)):
            name = _name(call.func)
            arguments: dict[int | str, ast.expr] = dict(enumerate(call.args))
            arguments.update({k.arg: k.value for k in call.keywords if k.arg})
            if name == "ValidationError":
                for key, part in ((0, "field"), ("field", "field"), (2, "allowed")):
                    if key in arguments:
                        texts[part].update(literals.of(arguments[key]))
                allowed = arguments.get("allowed")
                if allowed is not None:
                    texts["allowed"].update(literals.of(allowed))
            elif name in errors:
                for value in arguments.values():
                    texts["message"].update(literals.of(value))
            elif name in helpers and helpers[name] in arguments:
                texts["field"].update(literals.of(arguments[helpers[name]]))
    # An empty text is a default ("" + detail), not words to translate.
    return {part: {text for text in found if text.strip()} for part, found in texts.items()}


def test_the_walk_finds_the_texts_it_is_meant_to_find() -> None:
    texts = error_texts()
    assert {"from", "tag", "passphrase", "hours", "note", "stress"} <= texts["field"]
    assert "a date range, or some logged days" in texts["allowed"]
    assert "today or an earlier date" in texts["allowed"]  # through a local variable
    assert "it cannot be empty or only spaces" in texts["allowed"]  # security/
    assert "wrong passphrase" in texts["message"]  # super().__init__ in the class
    assert "The journal is locked." in texts["message"]
    assert KEY_MISMATCH in texts["message"]  # a module constant
    assert "The journal could not be read." in texts["message"]  # a helper's return
    assert sum(len(found) for found in texts.values()) > 100


def _in_a_translated_pattern(text: str) -> bool:
    """A fragment of a message made from parts is translated.

    A fragment of a message put together from parts (JournalDamagedError's ``state``)
    counts when a translated pattern of the table holds it word for word.
    """
    patterns = error_words.ALLOWED_PATTERNS + error_words.MESSAGE_PATTERNS
    return any(text in m.source and error_words.has_translation(m, DA) for m in patterns)


@pytest.mark.parametrize("part", ["field", "allowed", "message"])
def test_every_literal_error_text_has_danish_words(part: str) -> None:
    missing = sorted(
        text
        for text in error_texts()[part]
        if error_words.translate(text, DA) is None and not _in_a_translated_pattern(text)
    )
    assert missing == [], f"add these to ui/error_words.py and translate them: {missing}"


def test_every_message_of_the_table_is_translated_in_the_compiled_catalogue() -> None:
    table = (
        error_words.FIELDS
        + error_words.FIELD_PATTERNS
        + error_words.ALLOWED
        + error_words.ALLOWED_PATTERNS
        + error_words.MESSAGES
        + error_words.MESSAGE_PATTERNS
        + (error_words.NOT_ALLOWED, error_words.THIS_VALUE)
    )
    assert all(message.context == error_words.CONTEXT for message in table)
    untranslated = [m.source for m in table if not error_words.has_translation(m, DA)]
    assert untranslated == []
    assert error_words.translate("a rule nobody has translated yet", DA) is None


# --- the line a user sees --------------------------------------------------------------


def test_a_refused_value_is_worded_from_translated_parts() -> None:
    error = ValidationError("hours", 1500, "a whole number from 0 to 1440 minutes")
    assert (
        user_message(error, EN)
        == "hours: 1500 is not allowed; a whole number from 0 to 1440 minutes"
    )
    assert user_message(error, DA) == (
        "timer: 1500 er ikke tilladt; et helt tal fra 0 til 1.440 minutter"
    )
    hidden = ValidationError(
        "note",
        "my private words",
        "at most 100,000 characters (this has 100,001)",
        show_value=False,
    )
    shown = user_message(hidden, DA)
    assert shown == "refleksion: denne værdi er ikke tilladt; højst 100.000 tegn (her er 100.001)"
    assert "private" not in shown
    assert hidden.shown is None
    assert error.shown == "1500"


def test_a_long_value_stays_clipped_in_danish() -> None:
    error = ValidationError("with", "x" * 500, "a name (who the 1:1 is with)")
    line = user_message(error, DA)
    assert "\n" not in line
    assert len(line) < 160
    assert line.startswith("med: 'xxx")
    assert "…" in line


def test_other_errors_patterns_and_the_english_fallback() -> None:
    assert user_message(WrongPassphraseError(), DA) == "forkert adgangssætning"
    short = WrongRecoveryKeyError("a recovery key has 26 letters and digits, this one has 4")
    assert user_message(short, DA) == (
        "forkert gendannelsesnøgle: en gendannelsesnøgle har 26 bogstaver og cifre, denne har 4"
    )
    damaged = DamagedFileError(Path("/data/journal.db"), "it is empty")
    assert user_message(damaged, DA) == (
        "Dagbogsfilen /data/journal.db er beskadiget (den er tom) og blev ikke ændret."
    )
    # Words nobody translated stay English rather than half-Danish.
    odd = DamagedFileError(Path("/data/journal.db"), "HMAC check failed on page 6")
    assert user_message(odd, DA) == str(odd)
    unknown = ValidationError("hours", 3, "a rule added later")
    assert user_message(unknown, DA) == "hours: 3 is not allowed; a rule added later"
    assert user_message(WellbeingError("Something new."), DA) == "Something new."


def test_an_unexpected_error_gets_a_neutral_line_in_both_languages() -> None:
    error = KeyError("journal text must never show")
    assert user_message(error, EN) == "Something went wrong (KeyError). Nothing was lost."
    assert user_message(error, DA) == "Noget gik galt (KeyError). Intet gik tabt."


# --- real widgets ------------------------------------------------------------------------


def settings_view(
    qtbot: QtBot, access: JournalAccess, journal: Journal, tasks: TaskRunner, language: Language
) -> tuple[SettingsView, JournalSession]:
    journal.save_settings(dataclasses.replace(journal.settings(), language=language))
    session = JournalSession(access, language)
    view = SettingsView(session, tasks)
    qtbot.addWidget(view)
    view.resize(1000, 900)
    view.show()
    session.open(journal)
    return view, session


def make_operations(qtbot: QtBot, view: SettingsView, row: int) -> None:
    """Open a category's kind with F2 and pick Operations with the keyboard."""
    table = view.categories
    index = view.category_model.index(row, KIND_COLUMN)
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = table.indexWidget(index)
    assert isinstance(combo, QComboBox)
    steps = list(ActivityKind).index(ActivityKind.OPERATIONS) - combo.currentIndex()
    for _ in range(abs(steps)):
        qtbot.keyClick(combo, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.indexWidget(index) is None)


DISK_FULL = {
    DA: "Ikke gemt: Disken er fuld; intet blev gemt. Frigør noget plads på disken med {path}, "
    "og prøv igen.",
    EN: "Not saved: The disk is full; nothing was saved. Free some space on the disk of {path} "
    "and try again.",
}


@pytest.mark.parametrize("language", [DA, EN])
def test_settings_shows_a_storage_failure_in_the_sessions_language(
    qtbot: QtBot,
    access: JournalAccess,
    journal: Journal,
    tasks: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
    language: Language,
) -> None:
    view, session = settings_view(qtbot, access, journal, tasks, language)

    def disk_full(_categories: object) -> None:
        # The storage layer's own words for a full disk, as the journal raises them.
        message = describe_database_error(
            "database or disk is full", writing=True, folder=access.paths.root
        )
        raise StorageError(message)

    monkeypatch.setattr(session.journal, "save_categories", disk_full)
    make_operations(qtbot, view, 1)  # a change the view itself accepts
    assert view.categories_message.isVisible()
    assert view.categories_message.text() == DISK_FULL[language].format(path=access.paths.root)
    tasks.wait()
    session.close()


def test_an_untranslated_message_stays_whole_and_english_in_the_danish_frame(
    qtbot: QtBot,
    access: JournalAccess,
    journal: Journal,
    tasks: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view, session = settings_view(qtbot, access, journal, tasks, DA)

    def refuse(_categories: object) -> None:
        raise WellbeingError("A message the table does not know yet.")

    monkeypatch.setattr(session.journal, "save_categories", refuse)
    make_operations(qtbot, view, 1)
    assert view.categories_message.text() == "Ikke gemt: A message the table does not know yet."
    tasks.wait()
    session.close()


def test_today_refuses_a_too_long_reflection_in_danish_and_english(
    qtbot: QtBot, access: JournalAccess, journal: Journal
) -> None:
    session = JournalSession(access, DA)
    view = TodayView(session, TaskRunner())
    qtbot.addWidget(view)
    view.resize(1120, 780)
    view.show()
    session.open(journal)
    view.reflection.editor.setPlainText("x" * 100_001)
    assert not view.save_now()
    indicator = view.header.indicator
    assert indicator.property("state") == "error"
    assert indicator.text() == (
        "Ikke gemt: refleksion: denne værdi er ikke tilladt; højst 100.000 tegn (her er 100.001)"
    )
    assert journal.day(date(2026, 11, 26)) is None
    # The same refusal, re-worded when the language changes.
    session.set_language(EN)
    assert indicator.text() == (
        "Not saved: note: this value is not allowed; at most 100,000 characters (this has 100,001)"
    )
    session.close()


SPARRING_REFUSED = {
    DA: "dato: '1899-12-31' er ikke tilladt; 1900-01-01 eller senere",
    EN: "date: '1899-12-31' is not allowed; 1900-01-01 or later",
}


@pytest.mark.parametrize("language", [DA, EN])
def test_the_sparring_form_refuses_a_date_before_1900_in_the_sessions_language(
    qtbot: QtBot, access: JournalAccess, journal: Journal, language: Language
) -> None:
    journal.save_settings(dataclasses.replace(journal.settings(), language=language))
    session = JournalSession(access, language)
    view = SparringView(session, TaskRunner())
    qtbot.addWidget(view)
    view.show()
    session.open(journal)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    form = view.form
    assert isinstance(form, SparringTopicDialog)
    qtbot.waitUntil(form.isVisible)
    qtbot.keyClicks(form.notes, "Budget talk")
    form.date.setDate(to_qdate(date(1899, 12, 31)))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert form.message.isVisibleTo(form)
    assert form.message.text() == SPARRING_REFUSED[language]
    assert form.notes.toPlainText() == "Budget talk"  # what was typed is kept
    assert journal.sparring_topics() == []
    session.close()
