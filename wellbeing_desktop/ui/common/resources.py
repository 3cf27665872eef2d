"""The GUI's compiled resources (translations, icons), loaded through Qt's resource system.

The sources live in the repository's top-level ``resources/``; ``scripts/update_translations.py``
compiles the ``.ts`` catalogues and packs them with the icons into ``leaderpulse.rcc``, which
ships inside this package (wheel, editable install and the PyInstaller bundle alike).
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from PySide6.QtCore import QResource

RESOURCE_FILE = "leaderpulse.rcc"
TRANSLATIONS = ":/translations"
APP_ICON = ":/icons/leader-pulse.svg"
# The same icon drawn once per size (scripts/render_icons.py): crisp, no SVG plugin needed.
APP_ICON_PNG = ":/icons/leader-pulse-{size}.png"
APP_ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


@cache
def _registered() -> bytes:
    # Qt reads the registered data in place: the bytes must live as long as the process,
    # which the cache sees to.
    data = files(__package__).joinpath(RESOURCE_FILE).read_bytes()
    if not QResource.registerResourceData(data):
        raise RuntimeError(f"Qt could not read {RESOURCE_FILE}: rebuild it")
    return data


def register() -> None:
    """Make the ``:/…`` paths available (once per process)."""
    _registered()
