"""The Linux desktop integration: the launcher, the AppStream metainfo and the app icon.

The validators are the freedesktop.org ones (desktop-file-utils, appstream; .ci/run installs
both). The bundle itself is built and run by packaging/check.sh, which .ci/run calls.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from wellbeing_desktop import APP_ID, APP_NAME, __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "resources" / "desktop"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICON = ROOT / "resources" / "icons" / "leader-pulse.svg"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
INSTALL = ROOT / "packaging" / "linux" / "install.sh"
SCREENSHOTS = ROOT / "docs" / "screenshots"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ACCENT = QColor("#3d7ea6")


def tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian package {package}; .ci/run installs it)")
    return path


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(DESKTOP_FILE.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def console_script() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    scripts = project["scripts"]
    assert scripts[APP_NAME] == "wellbeing_desktop.cli:main"
    return APP_NAME


def test_desktop_file_passes_desktop_file_validate() -> None:
    validate = tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run(
        [validate, str(DESKTOP_FILE)], capture_output=True, text=True, check=False
    )
    problems = [line for line in result.stdout.splitlines() if ": hint: " not in line]
    assert result.returncode == 0, result.stdout + result.stderr
    assert problems == []


def test_desktop_file_launches_the_app_in_both_languages() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Leader Pulse"
    assert entry["Name[da]"] == "Lederpuls"
    assert "journal" in entry["Comment"]
    assert "dagbog" in entry["Comment[da]"]
    # The command the package installs (the bundle's program has the same name).
    assert entry["Exec"].split()[0] == console_script()
    assert entry["Icon"] == "wellbeing-desktop"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].split(";")[:1] == ["Office"]  # one main category: one menu
    # Desktops match the running window to this launcher by the window class, which Qt
    # takes from the application name (checked on a real X display by packaging/check.sh),
    # and on Wayland by the desktop file name the app sets (app.py): the AppStream id.
    assert entry["StartupWMClass"] == APP_NAME
    assert DESKTOP_FILE.stem == APP_ID


def test_metainfo_passes_appstreamcli_validate() -> None:
    appstreamcli = tool("appstreamcli", "appstream")
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Validation was successful" in result.stdout


def test_metainfo_describes_the_app_in_danish_and_english() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == METAINFO.name.removesuffix(".metainfo.xml")
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP_FILE.name
    assert component.findtext("provides/binary") == console_script()

    def texts(tag: str) -> dict[str | None, str]:
        return {e.get(XML_LANG): " ".join((e.text or "").split()) for e in component.findall(tag)}

    assert texts("name") == {None: "Leader Pulse", "da": "Lederpuls"}
    assert set(texts("summary")) == {None, "da"}
    description = component.find("description")
    assert description is not None
    paragraphs = description.findall("p")
    assert any(p.get(XML_LANG) is None for p in paragraphs)
    assert any(p.get(XML_LANG) == "da" and "stresstrappen" in (p.text or "") for p in paragraphs)
    assert component.find("content_rating[@type='oars-1.1']") is not None
    releases = [r.get("version") for r in component.iter("release")]
    assert releases[0] == __version__ == "0.1.0"


def test_metainfo_screenshots_are_the_repository_ones_in_both_languages() -> None:
    screenshots = ET.parse(METAINFO).getroot().findall("screenshots/screenshot")
    assert len(screenshots) >= 3
    assert [s.get("type") for s in screenshots].count("default") == 1
    for screenshot in screenshots:
        images = {i.get(XML_LANG): i.text or "" for i in screenshot.findall("image")}
        assert set(images) == {None, "da"}, images
        for url in images.values():
            assert url.startswith("https://"), url
            assert "/docs/screenshots/" in url, url
            assert (SCREENSHOTS / url.rsplit("/", 1)[1]).is_file(), url
        assert images[None].endswith("-en.png")
        assert images["da"] == images[None].replace("-en.png", ".png")
        captions = {c.get(XML_LANG) for c in screenshot.findall("caption")}
        assert captions == {None, "da"}


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def close_to(colour: QColor, expected: QColor, tolerance: int = 40) -> bool:
    pairs = [(colour.red(), expected.red()), (colour.green(), expected.green())]
    pairs.append((colour.blue(), expected.blue()))
    return all(abs(a - b) <= tolerance for a, b in pairs)


def test_icon_is_an_svg_that_qt_renders_at_every_size(qapp: QApplication) -> None:
    root = ET.parse(ICON).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    renderer = QSvgRenderer(str(ICON))
    assert renderer.isValid()
    assert renderer.defaultSize() == QSize(256, 256)
    for size in (16, 24, 32, 48, 64, 128, 256):
        image = render(renderer, size)
        # A rounded square in the accent colour (transparent corners) with a white pulse
        # line across its middle.
        assert image.pixelColor(0, 0).alpha() == 0, size
        assert close_to(image.pixelColor(size // 2, size // 5), ACCENT), size
        row = [image.pixelColor(x, size * 140 // 256) for x in range(size)]
        assert any(c.red() > 230 and c.green() > 230 and c.blue() > 230 for c in row), size


def test_icon_loads_as_the_window_icon(qapp: QApplication) -> None:
    icon = QIcon(str(ICON))
    assert not icon.isNull()
    for size in (16, 32, 64):
        pixmap = icon.pixmap(size, size)
        assert not pixmap.isNull()
        assert pixmap.width() == size
        centre = pixmap.toImage().pixelColor(size // 2, size // 5)
        assert close_to(centre, ACCENT), size


def test_the_desktop_file_is_named_by_the_appstream_id_everywhere() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID == DESKTOP_FILE.stem
    assert component.findtext("launchable[@type='desktop-id']") == f"{APP_ID}.desktop"
    assert not (LINUX / "wellbeing-desktop.desktop").exists()
    # The running app names its launcher to Wayland desktops by the same name.
    assert "app.setDesktopFileName(APP_ID)" in (ROOT / "wellbeing_desktop" / "app.py").read_text(
        encoding="utf-8"
    )


def test_png_icons_in_every_hicolor_size_are_the_svg_drawn(qapp: QApplication) -> None:
    renderer = QSvgRenderer(str(ICON))
    for size in ICON_SIZES:
        png = QImage(str(ICON.with_name(f"leader-pulse-{size}.png")))
        assert not png.isNull(), size
        assert (png.width(), png.height()) == (size, size)
        assert png.hasAlphaChannel()
        assert png.pixelColor(0, 0).alpha() == 0, size  # the rounded corner is see-through
        drawn = render(renderer, size).convertToFormat(png.format())
        differing = sum(
            1
            for y in range(0, size, max(1, size // 32))
            for x in range(0, size, max(1, size // 32))
            if not close_to(png.pixelColor(x, y), drawn.pixelColor(x, y), 8)
        )
        assert differing == 0, f"{size}: not the SVG drawn (run scripts/render_icons.py)"


def test_the_window_icon_has_every_png_size(qapp: QApplication) -> None:
    from wellbeing_desktop.ui.shell.app_icon import app_icon

    icon = app_icon()
    assert {s.width() for s in icon.availableSizes()} >= set(ICON_SIZES)
    assert close_to(icon.pixmap(16, 16).toImage().pixelColor(8, 3), ACCENT)


def test_install_places_the_launcher_and_every_icon_and_removes_them(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    program = bundle / APP_NAME
    program.write_text("#!/bin/sh\necho wellbeing-desktop\n")
    program.chmod(0o755)
    prefix = tmp_path / "prefix"
    old = prefix / "share" / "applications" / "wellbeing-desktop.desktop"
    old.parent.mkdir(parents=True)
    old.write_text("[Desktop Entry]\n")  # from an install before the launcher was renamed
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PREFIX": str(prefix)}
    subprocess.run(["bash", str(INSTALL), str(bundle)], env=env, check=True, capture_output=True)

    share = prefix / "share"
    launcher = share / "applications" / f"{APP_ID}.desktop"
    assert launcher.is_file()
    assert not old.exists()
    icons = share / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / "wellbeing-desktop.svg").read_bytes() == ICON.read_bytes()
    for size in ICON_SIZES:
        installed = icons / f"{size}x{size}" / "apps" / "wellbeing-desktop.png"
        assert installed.read_bytes() == ICON.with_name(f"leader-pulse-{size}.png").read_bytes()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(
            ["desktop-file-validate", str(launcher)], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stdout

    subprocess.run(["bash", str(INSTALL), "--uninstall"], env=env, check=True, capture_output=True)
    assert not launcher.exists()
    assert not list(icons.rglob("wellbeing-desktop.*"))
