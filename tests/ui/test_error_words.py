"""The lower layers' error messages reach the GUI in the session's language.

The first tests walk domain/, services/, storage/ and security/: every message id of their
``messages`` modules and every field name a value is refused with must have Danish words
in the compiled catalogue (or be on the short list of messages still shown in English),
so a new message without a translation fails here; and no error may be raised with words
of its own (a literal text or an f-string) instead of an id. The others use the real
widgets: a refused save in Today, Settings and the Sparring form shows one Danish line in
a Danish session and the same English line as before in an English one.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from wellbeing_desktop.domain import messages as domain_messages
from wellbeing_desktop.domain.errors import Message, ValidationError, WellbeingError
from wellbeing_desktop.domain.models import ActivityKind, Language
from wellbeing_desktop.security import messages as security_messages
from wellbeing_desktop.security.keyfile import WrongPassphraseError, WrongRecoveryKeyError
from wellbeing_desktop.storage.errors import (
    KEY_MISMATCH,
    DamagedFileError,
    StorageError,
    database_error_message,
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


def _paths() -> list[Path]:
    return [path for layer in LOWER_LAYERS for path in sorted((PACKAGE / layer).rglob("*.py"))]


def _modules() -> list[ast.Module]:
    return [ast.parse(path.read_text(encoding="utf-8")) for path in _paths()]


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


def field_names() -> set[str]:
    """The literal field names the lower layers refuse a value with.

    The literal field names the lower layers refuse a value with (``ValidationError``'s
    first argument, and the ``field`` argument of the checks that take one).
    """
    modules = _modules()
    helpers = _field_helpers(modules)
    found: set[str] = set()
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
        for call in (n for n in ast.walk(module) if isinstance(n, ast.Call)):
            name = _name(call.func)
            arguments: dict[int | str, ast.expr] = dict(enumerate(call.args))
            arguments.update({k.arg: k.value for k in call.keywords if k.arg})
            if name == "ValidationError":
                for key in (0, "field"):
                    if key in arguments:
                        found.update(literals.of(arguments[key]))
            elif name in helpers and helpers[name] in arguments:
                found.update(literals.of(arguments[helpers[name]]))
    return {text for text in found if text.strip()}


def message_ids() -> dict[str, str]:
    """Every message id the lower layers raise with.

    {"layer.NAME": message id} of every message the lower layers raise with: the
    constants of their ``messages`` modules.
    """
    ids = {}
    for layer in LOWER_LAYERS:
        module = importlib.import_module(f"wellbeing_desktop.{layer}.messages")
        for name, value in vars(module).items():
            if name.isupper() and isinstance(value, str):
                ids[f"{layer}.{name}"] = value
    return ids


# Messages that a Danish session shows in English: they had no Danish words before the
# errors carried ids either (the English text was matched against the table then, and
# these matched nothing). Translating one means taking it off this list: the test says so.
STILL_ENGLISH = frozenset(
    {
        "storage.UPDATE_FAILED",
        "storage.UPDATE_FAILED_BACKUP",
        "storage.CANNOT_BE_READ_BECAUSE",
        "storage.FOREIGN_KEY_PROBLEM",
        "storage.SIDECAR_OTHER",
        "storage.BACKUP_KEY_UNREADABLE",
        "storage.RESTORE_KEY_UNREADABLE",
        "storage.BACKUP_NOT_MADE",
        "storage.CHANGED_WHILE_BACKED_UP",
        "storage.DATABASE_INTEGRITY",
        "storage.DATABASE_KEY",
        "storage.DRIVER_DISK_FULL",
        "storage.DRIVER_DAMAGED",
        "storage.BACKUP_UNREADABLE",
        "storage.BACKUP_DAMAGED",
        "storage.IS_TRUNCATED",
        "storage.IS_TOO_LONG",
        "storage.CHECKSUM_MISMATCH",
        "storage.HEADER_NOT_VALID",
        "storage.CHANGED_WHILE_READ",
        "security.KEY_FILE_NOT_WRITTEN",
        "security.KEY_FILE_NOT_READ",
        "security.NOT_JSON",
        "security.VERSION_NOT_A_NUMBER",
        "security.CHECKSUM_MISMATCH",
        "security.JOURNAL_ID_NOT_VALID",
        "security.CREATION_TIME_NOT_VALID",
        "security.NO_SLOTS",
        "security.TWO_SLOTS_OF_A_TYPE",
        "security.NO_PASSPHRASE_SLOT",
        "security.SLOT_NOT_VALID",
        "security.SLOT_TYPE_UNKNOWN",
        "security.SLOT_CIPHER_UNKNOWN",
        "security.SLOT_KDF_UNKNOWN",
        "security.FIELD_NOT_A_NUMBER",
        "security.SLOT_KDF_OUT_OF_RANGE",
        "security.KEY_CHECK_MISMATCH",
        "services.DATA_DIR_UNUSABLE",
        "services.BACKUP_KEY_FILE_DAMAGED",
    }
)


def _has_danish(message_id: str) -> bool:
    known = error_words.catalogue_message(message_id)
    return known is not None and error_words.has_translation(known, DA)


def test_the_walk_finds_the_texts_it_is_meant_to_find() -> None:
    assert {"from", "tag", "passphrase", "hours", "note", "stress"} <= field_names()
    ids = message_ids()
    assert ids["domain.DATE_RANGE_OR_DAYS"] == "a date range, or some logged days"
    assert ids["security.EMPTY_PASSPHRASE"] == "it cannot be empty or only spaces"
    assert ids["security.WRONG_PASSPHRASE"] == "wrong passphrase"
    assert ids["services.JOURNAL_LOCKED"] == "The journal is locked."
    assert ids["storage.KEY_MISMATCH"] == KEY_MISMATCH
    assert ids["storage.NOT_READ"] == "The journal could not be read."
    assert len(ids) > 150
    assert set(STILL_ENGLISH) <= set(ids)


@pytest.mark.parametrize("layer", LOWER_LAYERS)
def test_every_message_id_of_the_lower_layers_has_danish_words(layer: str) -> None:
    ids = {name: text for name, text in message_ids().items() if name.startswith(f"{layer}.")}
    missing = sorted(n for n, t in ids.items() if n not in STILL_ENGLISH and not _has_danish(t))
    assert missing == [], f"add these to ui/error_words.py and translate them: {missing}"
    translated_now = sorted(n for n, t in ids.items() if n in STILL_ENGLISH and _has_danish(t))
    assert translated_now == [], f"take these off STILL_ENGLISH: {translated_now}"


def test_every_field_name_has_danish_words() -> None:
    missing = sorted(name for name in field_names() if error_words.translate(name, DA) is None)
    assert missing == [], f"add these to ui/error_words.py and translate them: {missing}"


def _raised_words(module: ast.Module, errors: set[str]) -> list[str]:
    """Words an error is raised with in the raising code itself.

    Words an error is raised with in the raising code itself: a literal text or an
    f-string (only ``ValidationError``'s field name may be literal), or an f-string as a
    ``Message`` id.
    """
    found = []
    for call in (n for n in ast.walk(module) if isinstance(n, ast.Call)):
        name = _name(call.func)
        if name not in errors and name != "Message":
            continue
        arguments: list[tuple[int | str, ast.expr]] = list(enumerate(call.args))
        arguments += [(k.arg or "**", k.value) for k in call.keywords]
        for key, value in arguments:
            if name == "ValidationError" and key in (0, "field"):
                continue
            literal = isinstance(value, ast.Constant) and isinstance(value.value, str)
            if isinstance(value, ast.JoinedStr) or (literal and name != "Message"):
                found.append(f"line {call.lineno}: {ast.unparse(value)[:60]}")
    return found


def test_the_lower_layers_raise_with_message_ids_only() -> None:
    modules = _modules()
    errors = _error_classes(modules)
    found = {
        str(path.relative_to(PACKAGE)): words
        for path, module in zip(_paths(), modules, strict=True)
        if (words := _raised_words(module, errors))
    }
    assert found == {}, "raise with an id of the layer's messages module and its values"


def test_every_message_id_is_used() -> None:
    code = "\n".join(
        path.read_text(encoding="utf-8")
        for path in PACKAGE.rglob("*.py")
        if path.name != "messages.py"
    )
    unused = sorted(
        name for name in message_ids() if re.search(rf"\.{name.split('.')[1]}\b", code) is None
    )
    assert unused == []


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
    error = ValidationError(
        "hours", 1500, Message(domain_messages.WHOLE_NUMBER_MINUTES, low=0, high=1440)
    )
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
        Message(domain_messages.TEXT_TOO_LONG, n=100_000, count=100_001),
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
    short = WrongRecoveryKeyError(Message(security_messages.RECOVERY_KEY_LENGTH, n=26, count=4))
    assert (
        str(short) == "wrong recovery key: a recovery key has 26 letters and digits, this one has 4"
    )
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
        message = database_error_message(
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
    DA: "dato: '1969-12-31' er ikke tilladt; 1970-01-01 eller senere",
    EN: "date: '1969-12-31' is not allowed; 1970-01-01 or later",
}


@pytest.mark.parametrize("language", [DA, EN])
def test_the_sparring_form_refuses_a_date_before_1970_in_the_sessions_language(
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
    # The field stops at 1970-01-01, as the domain does (issues #15 and #17) ...
    form.date.setDate(to_qdate(date(1969, 12, 31)))
    assert form.date.day() >= date(1970, 1, 1)
    # ... and should a date get past it, the refusal is worded in the session's language.
    form.date.setMinimumDate(to_qdate(date(1800, 1, 1)))
    form.date.setDate(to_qdate(date(1969, 12, 31)))
    assert form.date.day() == date(1969, 12, 31)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert form.message.isVisibleTo(form)
    assert form.message.text() == SPARRING_REFUSED[language]
    assert form.notes.toPlainText() == "Budget talk"  # what was typed is kept
    assert journal.sparring_topics() == []
    session.close()
