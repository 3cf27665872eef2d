"""The calm look: one accent colour, cards on a quiet background, light or dark scheme.

Every text colour here meets WCAG AA on the backgrounds it is used on (4.5:1 for text,
3:1 for headings, borders and the focus ring), in both schemes; tests/ui/test_accessibility
checks each pair. Font sizes are relative to the application font, so text follows the
system's font size.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from shiboken6 import isValid

from wellbeing_desktop.domain import palette

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

# The app's colours come from the one palette the charts and the reports share. Steps run
# from muted greens to warm ambers: never alarm red for a person's state (UX.md).
ACCENT = palette.APP_ACCENT
STEP_COLOURS = palette.STEP_COLOURS
KIND_COLOURS = {
    "operations": palette.OPERATIONS,
    "leadership": palette.APP_ACCENT,
    "own_work": palette.OWN_WORK,
}
PAGE_TITLE_SCALE = 1.5  # the page title against the application font


@dataclass(frozen=True, slots=True)
class Theme:
    """The colours of one scheme."""

    dark: bool
    background: str  # the page
    card: str
    border: str
    muted: str  # secondary text, on the page, a card or the sidebar
    text: str
    sidebar: str
    banner: str
    banner_border: str
    accent: str  # filled buttons and the chosen sidebar row (white text on it)
    accent_text: str  # the accent as text or a line on the page or a card
    on_accent: str
    warning: str  # a calm amber for a refused save or a problem (never alarm red)
    focus: str  # the keyboard focus ring


LIGHT_THEME = Theme(
    dark=False,
    background="#f3f2ef",
    card="#ffffff",
    border="#e2e0db",
    muted="#62666d",
    text="#24272b",
    sidebar="#e9e7e2",
    banner="#fbf3df",
    banner_border="#efd9a7",
    accent=ACCENT,
    accent_text=ACCENT,
    on_accent="#ffffff",
    warning="#8f5d12",
    focus=ACCENT,
)

DARK_THEME = Theme(
    dark=True,
    background="#1f2124",
    card="#2a2d31",
    border="#3a3e44",
    muted="#a0a4aa",
    text="#e8e6e3",
    sidebar="#191b1e",
    banner="#3a3322",
    banner_border="#5a4a2a",
    accent=ACCENT,
    accent_text="#6eaad0",
    on_accent="#ffffff",
    warning="#d9a04a",
    focus="#6eaad0",
)


def is_dark() -> bool:
    """Whether the system's colour scheme is dark (its palette's, when it does not say)."""
    from PySide6.QtCore import Qt  # not at import: see ``apply_style(first_window=True)``

    hints = QGuiApplication.styleHints()
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        return True
    if hints.colorScheme() == Qt.ColorScheme.Light:
        return False
    return palette_is_dark()


def palette_is_dark() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def theme(dark: bool | None = None) -> Theme:
    """The colours of the scheme asked for, or of the system's scheme now."""
    return DARK_THEME if (is_dark() if dark is None else dark) else LIGHT_THEME


def base_point_size() -> float:
    """The application font's size in points (the system's, unless the user changed it)."""
    size = QGuiApplication.font().pointSizeF()
    return size if size > 0 else 10.0


# Scroll-bar thumbs (normal, hovered or dragged) that stand out from the page: at least
# 3:1 against the page background in each scheme (WCAG's contrast for a control's part).
SCROLL_THUMBS = {False: ("#8d8980", "#6b675f"), True: ("#7a8089", "#a3a9b2")}


def scrollbar_stylesheet(dark: bool) -> str:
    """Slim scroll bars whose thumb is easy to see and grab, on a clear track."""
    thumb, active = SCROLL_THUMBS[dark]
    return f"""
    QScrollBar:vertical {{ background: transparent; width: 12px; margin: 0; }}
    QScrollBar:horizontal {{ background: transparent; height: 12px; margin: 0; }}
    QScrollBar::handle {{ background: {thumb}; border-radius: 4px; margin: 2px; }}
    QScrollBar::handle:vertical {{ min-height: 36px; }}
    QScrollBar::handle:horizontal {{ min-width: 36px; }}
    QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background: {active}; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
    QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
    """


def stylesheet(dark: bool, base_pt: float | None = None) -> str:
    t = theme(dark)
    base = base_point_size() if base_pt is None else base_pt
    title_pt = round(base * PAGE_TITLE_SCALE, 1)
    return (
        scrollbar_stylesheet(dark)
        + f"""
    QMainWindow, QWidget#page, QScrollArea#pageScroll > QWidget > QWidget {{
        background: {t.background};
    }}
    QWidget {{ color: {t.text}; }}
    QWidget:disabled {{ color: {t.muted}; }}
    QLabel#message[state="error"] {{ color: {t.warning}; }}
    QFrame#card {{
        background: {t.card}; border: 1px solid {t.border}; border-radius: 10px;
    }}
    QLabel#cardTitle {{
        color: {t.muted}; font-weight: 600; letter-spacing: 1px;
    }}
    QLabel#muted, QLabel#savedIndicator {{ color: {t.muted}; }}
    QLabel#savedIndicator[state="error"] {{ color: {t.warning}; }}
    QLabel#pageTitle {{ font-size: {title_pt}pt; font-weight: 600; }}
    QListWidget#sidebar {{
        background: {t.sidebar}; border: none; padding: 8px 0; outline: 0;
    }}
    QListWidget#sidebar::item {{ padding-left: 14px; border-radius: 6px; margin: 1px 10px; }}
    QWidget#sidebarPanel {{ background: {t.sidebar}; }}
    QWidget#sidebarPanel QPushButton {{ margin: 0 12px; padding: 7px; }}
    QListWidget#sidebar::item:selected {{ background: {t.accent}; color: {t.on_accent}; }}
    QListWidget#sidebar::item:selected:focus {{
        border: 2px solid {t.focus}; background: {t.accent}; color: {t.on_accent};
    }}
    QPushButton#primary {{
        background: {t.accent}; color: {t.on_accent}; border: 2px solid {t.accent};
        border-radius: 6px; padding: 5px 14px; font-weight: 600;
    }}
    QPushButton#primary:focus {{ border: 2px solid {t.on_accent}; }}
    QPushButton#primary:disabled {{
        background: {t.border}; color: {t.muted}; border-color: {t.border};
    }}
    QFrame#banner {{
        background: {t.banner}; border: 1px solid {t.banner_border};
        border-radius: 8px;
    }}
    """
    )


class _StyleKeeper(QObject):
    """Re-styles the app when the system switches light/dark or the font size changes."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.dark = False
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: self.restyle())
        app.fontChanged.connect(lambda _font: self.restyle())

    def restyle(self, dark: bool | None = None) -> None:
        self.dark = is_dark() if dark is None else dark
        self._app.setStyleSheet(stylesheet(self.dark))


_keeper: _StyleKeeper | None = None


def apply_style(app: QApplication, *, first_window: bool = False) -> None:
    """Style the app now and whenever the scheme or font size changes; show keyboard focus.

    ``first_window``: the style for the first window's first paint, made without two of
    PySide6's costliest first uses (it builds all of ``Qt``'s and ``QStyle``'s enums on
    first touch, ~14 ms): the app was made with ``-style Fusion`` (``app.run_gui``), the
    scheme is read from the palette, and ``finish_first_window_style`` adds the rest
    after that paint.
    """
    global _keeper
    if not first_window and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")  # often it is already: making it anew costs
    # Not ``app.findChild``: that hands the app's children to Python, its style among them.
    if _keeper is None or not isValid(_keeper) or _keeper.parent() is not app:
        _keeper = _StyleKeeper(app)
    _keeper.restyle(palette_is_dark() if first_window else None)
    if not first_window:
        _install_focus_ring(app)


def finish_first_window_style(app: QApplication) -> None:
    """Finish the style after the first paint.

    After the first paint: the focus ring, and the system's light/dark scheme where it
    differs from what the palette suggested.
    """
    if _keeper is not None and isValid(_keeper) and _keeper.dark != is_dark():
        _keeper.restyle()
    _install_focus_ring(app)


def _install_focus_ring(app: QApplication) -> None:
    # Imported here: the first window paints before the focus ring is installed.
    from wellbeing_desktop.ui.common.focus_ring import FocusRing

    FocusRing.install(app)


def readable_accent(qss: str) -> str:
    """A style sheet with the accent made readable on dark cards.

    ``qss`` with the accent as a text or outline colour swapped for the scheme's readable
    one (the accent itself is too dark for text or a border on a dark card; fills keep it).
    """
    readable = theme().accent_text
    return qss.replace(f"color: {ACCENT};", f"color: {readable};").replace(
        f"solid {ACCENT};", f"solid {readable};"
    )


def step_colour(step: int) -> QColor:
    return QColor(STEP_COLOURS[step])
