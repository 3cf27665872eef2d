"""The calm look: one accent colour, cards on a quiet background, light or dark scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#3d7ea6"
# Muted greens to warm ambers: never alarm red for a person's state (UX.md).
STEP_COLOURS = {1: "#7fb77e", 2: "#b8c96a", 3: "#e2c467", 4: "#e0a458", 5: "#c98b6b"}
KIND_COLOURS = {"operations": "#9aa5b1", "leadership": ACCENT, "own_work": "#c7b38a"}


def is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        return True
    if hints.colorScheme() == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def stylesheet(dark: bool) -> str:
    background = "#1f2124" if dark else "#f3f2ef"
    card = "#2a2d31" if dark else "#ffffff"
    border = "#3a3e44" if dark else "#e2e0db"
    muted = "#a0a4aa" if dark else "#6b6f76"
    text = "#e8e6e3" if dark else "#24272b"
    sidebar = "#191b1e" if dark else "#e9e7e2"
    banner, banner_border = ("#3a3322", "#5a4a2a") if dark else ("#fbf3df", "#efd9a7")
    return f"""
    QMainWindow, QWidget#page, QScrollArea#pageScroll > QWidget > QWidget {{
        background: {background};
    }}
    QWidget {{ color: {text}; }}
    QWidget:disabled {{ color: {muted}; }}
    QLabel#message[state="error"] {{ color: #b7791f; }}
    QFrame#card {{
        background: {card}; border: 1px solid {border}; border-radius: 10px;
    }}
    QLabel#cardTitle {{
        color: {muted}; font-weight: 600; letter-spacing: 1px;
    }}
    QLabel#muted, QLabel#savedIndicator {{ color: {muted}; }}
    QLabel#savedIndicator[state="error"] {{ color: #b7791f; }}
    QLabel#pageTitle {{ font-size: 15pt; font-weight: 600; }}
    QListWidget#sidebar {{
        background: {sidebar}; border: none; padding: 8px 0; outline: 0;
    }}
    QListWidget#sidebar::item {{ padding-left: 14px; border-radius: 6px; margin: 1px 10px; }}
    QWidget#sidebarPanel {{ background: {sidebar}; }}
    QWidget#sidebarPanel QPushButton {{ margin: 0 12px; padding: 7px; }}
    QListWidget#sidebar::item:selected {{ background: {ACCENT}; color: white; }}
    QPushButton#primary {{
        background: {ACCENT}; color: white; border: none; border-radius: 6px;
        padding: 7px 16px; font-weight: 600;
    }}
    QPushButton#primary:disabled {{ background: {border}; color: {muted}; }}
    QFrame#banner {{
        background: {banner}; border: 1px solid {banner_border};
        border-radius: 8px;
    }}
    """


def apply_style(app: QApplication) -> None:
    """Style the app now, and again whenever the system switches light/dark."""
    app.setStyle("Fusion")
    app.setStyleSheet(stylesheet(is_dark()))
    QGuiApplication.styleHints().colorSchemeChanged.connect(
        lambda _scheme: app.setStyleSheet(stylesheet(is_dark()))
    )


def step_colour(step: int) -> QColor:
    return QColor(STEP_COLOURS[step])
