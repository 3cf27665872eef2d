"""Render the app icon's PNGs in the freedesktop hicolor sizes from the SVG.

    python scripts/render_icons.py          # write resources/icons/leader-pulse-<N>.png
    python scripts/render_icons.py --check  # exit 1 if a PNG is missing or out of date

Desktops that cannot draw SVG (and menus, docks and file managers that prefer a bitmap at
small sizes) take these; ``packaging/linux/install.sh`` installs them beside the SVG as
``share/icons/hicolor/<N>x<N>/apps/wellbeing-desktop.png``, and the compiled resources
carry them for the window icon. Run it after changing the SVG, and commit the PNGs.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "leader-pulse.svg"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)  # the hicolor theme's usual app sizes


def png_path(size: int) -> Path:
    return ICONS / f"leader-pulse-{size}.png"


def render(size: int) -> QImage:
    """The SVG drawn into a transparent ``size``×``size`` image."""
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG", 9):  # best compression: the same bytes every time
        raise SystemExit("Qt could not write a PNG")
    return bytes(data.data())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report what is stale")
    check = parser.parse_args().check
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is shown
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    stale = []
    for size in SIZES:
        wanted = png_bytes(render(size))
        path = png_path(size)
        if path.is_file() and path.read_bytes() == wanted:
            continue
        stale.append(path.name)
        if not check:
            path.write_bytes(wanted)
    if check and stale:
        print("out of date: " + ", ".join(stale) + " (run scripts/render_icons.py)")
        return 1
    if stale:
        print("wrote " + ", ".join(stale))
    return 0


if __name__ == "__main__":
    sys.exit(main())
