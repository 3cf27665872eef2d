"""Walk every widget a user can see and collect the words it shows.

Used by the translation tests: they compare what the Danish (or English) UI shows with the
source texts and translations in the Qt Linguist catalogues.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from wellbeing_desktop.domain.models import Language

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

_TAG = re.compile(r"<[^>]+>")
_PLACEHOLDER = re.compile(r"\\\{[^}]*\\\}")

TRANSLATIONS_SOURCES = Path(__file__).resolve().parents[2] / "resources" / "translations"


@dataclass(frozen=True)
class Shown:
    """One text a widget shows, and where."""

    text: str
    where: str


def _plain(text: str) -> str:
    return " ".join(_TAG.sub(" ", text).replace("&nbsp;", " ").split())


def _where(widget: QWidget, what: str) -> str:
    chain: list[str] = []
    node: QWidget | None = widget
    while node is not None and len(chain) < 4:
        chain.append(node.objectName() or type(node).__name__)
        node = node.parentWidget()
    return f"{what} of {' < '.join(chain)}"


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    # A list model hides columnCount from Python: it has one column.
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)


def _is_tree(model: QAbstractItemModel) -> bool:
    return not isinstance(model, QAbstractListModel | QAbstractTableModel)


def _model_texts(model: QAbstractItemModel, parent: QModelIndex, depth: int = 0) -> Iterator[str]:
    rows = min(model.rowCount(parent), 60)
    for row in range(rows):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    yield value
            if depth < 2 and _is_tree(model) and model.hasChildren(index):
                yield from _model_texts(model, index, depth + 1)
    for column in range(_columns(model, parent) if depth == 0 else 0):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if isinstance(header, str):
            yield header


def texts_of(widget: QWidget) -> Iterator[Shown]:
    """Every text ``widget`` shows or tells a screen reader."""
    found: list[tuple[str, str]] = [
        (widget.toolTip(), "tooltip"),
        (widget.accessibleName(), "accessible name"),
        (widget.accessibleDescription(), "accessible description"),
        (widget.statusTip(), "status tip"),
    ]
    if widget.isWindow():
        found.append((widget.windowTitle(), "window title"))
    if isinstance(widget, QLabel):
        found.append((widget.text(), "label"))
    if isinstance(widget, QAbstractButton):
        found.append((widget.text(), "button"))
    if isinstance(widget, QLineEdit):
        found.append((widget.placeholderText(), "placeholder"))
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        found.append((widget.placeholderText(), "placeholder"))
    if isinstance(widget, QGroupBox):
        found.append((widget.title(), "group title"))
    if isinstance(widget, QComboBox):
        found += [(widget.itemText(i), "combo item") for i in range(widget.count())]
    if isinstance(widget, QTabWidget):
        found += [(widget.tabText(i), "tab") for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        found += [(text, "list item") for text in _model_texts(widget.model(), QModelIndex())]
    for action in widget.actions():
        found += [(action.text(), "action"), (action.toolTip(), "action tooltip")]
    for text, what in found:
        plain = _plain(text)
        if plain:
            yield Shown(plain, _where(widget, what))


def _hidden(widget: QWidget) -> bool:
    """Hidden by the app (a stacked widget's other pages still count: one click away)."""
    node: QWidget | None = widget
    while node is not None and not node.isWindow():
        parent = node.parentWidget()
        if node.isHidden() and not isinstance(parent, QStackedWidget):
            return True
        node = parent
    return False


def walk(widgets: Iterable[QWidget]) -> list[Shown]:
    shown: list[Shown] = []
    for top in widgets:
        for widget in [top, *top.findChildren(QWidget)]:
            if not _hidden(widget):
                shown.extend(texts_of(widget))
    return shown


@dataclass(frozen=True)
class Catalogue:
    """The GUI's messages: English source and Danish translation, from the .ts file."""

    pairs: tuple[tuple[str, str], ...]

    @classmethod
    def load(cls) -> Catalogue:
        tree = ElementTree.parse(TRANSLATIONS_SOURCES / "leaderpulse_da.ts")
        pairs = []
        for context in tree.iter("context"):
            if context.findtext("name", "") == "cli":
                continue  # the command line's words never show in the GUI
            for message in context.iter("message"):
                source = message.findtext("source", "")
                danish = message.findtext("translation", "")
                pairs.append((source, danish))
        return cls(tuple(pairs))

    def foreign_patterns(self, language: Language) -> list[tuple[str, re.Pattern[str]]]:
        """Texts that must not show in ``language``.

        Texts that must not show in ``language``: the other language's version of every
        message whose two versions differ (placeholders match anything).
        """
        patterns = []
        for source, danish in self.pairs:
            if not danish or _plain(source) == _plain(danish):
                continue
            foreign = source if language is Language.DANISH else danish
            body = _PLACEHOLDER.sub("(.+?)", re.escape(_plain(foreign)))
            if len(_plain(foreign)) < 3 or body == "(.+?)":
                continue
            patterns.append((foreign, re.compile(body)))
        return patterns


def wrong_language(shown: Iterable[Shown], language: Language) -> list[str]:
    """Each shown text that is a message in the other language, with where it shows."""
    patterns = Catalogue.load().foreign_patterns(language)
    offenders = []
    for item in shown:
        for foreign, pattern in patterns:
            if pattern.fullmatch(item.text):
                offenders.append(f"{item.text!r} ({item.where}; message {foreign!r})")
                break
    return sorted(set(offenders))
