"""Keep the Qt Linguist catalogues in step with the code, and compile them.

    python scripts/update_translations.py           # update .ts, compile .qm
    python scripts/update_translations.py --check   # exit 1 if either is out of date

``pyside6-lupdate`` collects every ``translatable(context, "English")`` in the GUI into
``resources/translations/leaderpulse_{da,en}.ts`` (keeping the translations already
there); ``pyside6-lrelease`` compiles them to ``.qm``, and ``pyside6-rcc`` packs those with
the icons of ``resources/icons/`` into ``wellbeing_desktop/ui/common/leaderpulse.rcc``, the
one resource file the app loads at run time (``ui/common/resources.py``). English is the
source language, so its catalogue repeats the source: a translator can still polish it.
A Danish text missing from the catalogue is an error: the Danish UI must never fall back
to English.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "wellbeing_desktop"
CATALOGUES = ROOT / "resources" / "translations"
ICONS = ROOT / "resources" / "icons"
RESOURCE_FILE = PACKAGE / "ui" / "common" / "leaderpulse.rcc"
LANGUAGES = ("da", "en")
WORDS_FILE = PACKAGE / "words_da.json"  # the command line's Danish words (no Qt)
# The contexts the command line reads from WORDS_FILE (wellbeing_desktop.words.CLI_CONTEXTS).
CLI_CONTEXTS = ("cli", "errors")
# ``translatable`` (the GUI) and ``say`` (the command line) mark text the way
# QT_TRANSLATE_NOOP does; tell lupdate so.
ALIAS = "QT_TRANSLATE_NOOP+=translatable,QT_TRANSLATE_NOOP+=say"


def qt_tool(name: str) -> str:
    beside_python = Path(sys.executable).parent / name
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the app's dependencies first")
    return found


def sources() -> list[str]:
    files = [*(PACKAGE / "ui").rglob("*.py"), *(PACKAGE / "cli").rglob("*.py")]
    return sorted(str(p.relative_to(ROOT)) for p in files)


def write_words(ts_file: Path, target: Path) -> None:
    """The Danish words of the command line's contexts as JSON: {context: {English: Danish}}.

    The command line reads them without Qt (``wellbeing_desktop/words.py``); a text the
    catalogue has not translated yet is left out (and reported as untranslated).
    """
    words: dict[str, dict[str, str]] = {}
    for context in ElementTree.parse(ts_file).iter("context"):
        name = context.findtext("name", "")
        if name not in CLI_CONTEXTS:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source", "")
            if translation is not None and not translation.get("type") and translation.text:
                words.setdefault(name, {})[source] = translation.text
    text = json.dumps(words, ensure_ascii=False, indent=0, sort_keys=True)
    target.write_text(text + "\n", encoding="utf-8")


def lupdate(ts_file: Path, language: str) -> None:
    command = [
        qt_tool("pyside6-lupdate"),
        "-silent",
        "-locations",
        "none",
        "-no-obsolete",
        "-tr-function-alias",
        ALIAS,
        "-source-language",
        "en",
        "-target-language",
        language,
        *sources(),
        "-ts",
        str(ts_file),
    ]
    subprocess.run(command, cwd=ROOT, check=True)


def fill_english(ts_file: Path) -> None:
    """English is the source language: its translations are the source texts."""
    tree = ElementTree.parse(ts_file)
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.find("source")
        if translation is not None and source is not None and translation.get("type"):
            translation.text = source.text
            del translation.attrib["type"]
    write_ts(tree, ts_file)


def write_ts(tree: ElementTree.ElementTree, ts_file: Path) -> None:
    # lupdate's own layout (doctype, four-space indent) so that a rerun changes nothing.
    ElementTree.indent(tree, space="    ")
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def unfinished(ts_file: Path) -> list[str]:
    tree = ElementTree.parse(ts_file)
    missing = []
    for context in tree.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or not translation.text:
                missing.append(f"{name}: {message.findtext('source', '')}")
    return missing


def fill_pending(ts_file: Path) -> None:
    """Take Danish texts from ``pending/*.json`` ({context: {English: Danish}}).

    A pending entry wins over the catalogue: it fills an unfinished message and
    replaces a finished translation that differs, so corrections to existing words
    live in the pending files and the catalogue can be regenerated after a merge.
    Files are read in name order; a later file wins over an earlier one.
    """
    pending: dict[str, dict[str, str]] = {}
    for file in sorted((CATALOGUES / "pending").glob("*.json")):
        for context, texts in json.loads(file.read_text(encoding="utf-8")).items():
            pending.setdefault(context, {}).update(texts)
    if not pending:
        return
    tree = ElementTree.parse(ts_file)
    for context in tree.iter("context"):
        texts = pending.get(context.findtext("name", ""), {})
        for message in context.iter("message"):
            translation = message.find("translation")
            danish = texts.get(message.findtext("source", ""))
            if translation is None or not danish:
                continue
            if translation.get("type") or translation.text != danish:
                translation.text = danish
                translation.attrib.pop("type", None)
    write_ts(tree, ts_file)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    command = [qt_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)]
    subprocess.run(command, check=True)


def build(folder: Path) -> list[str]:
    """Update the catalogues in ``folder`` (copies of the current ones) and compile them."""
    problems = []
    for language in LANGUAGES:
        ts_file = folder / f"leaderpulse_{language}.ts"
        lupdate(ts_file, language)
        if language == "en":
            fill_english(ts_file)
        else:
            write_ts(ElementTree.parse(ts_file), ts_file)
            fill_pending(ts_file)
            write_words(ts_file, folder / WORDS_FILE.name)
        problems += [f"untranslated ({language}) {text}" for text in unfinished(ts_file)]
        lrelease(ts_file, folder / f"leaderpulse_{language}.qm")
    rcc(folder)
    return problems


def rcc(folder: Path) -> None:
    """Pack the compiled catalogues and the icons into one Qt resource file."""
    entries = [
        (f"translations/leaderpulse_{lang}.qm", folder / f"leaderpulse_{lang}.qm")
        for lang in LANGUAGES
    ]
    # The SVG and its PNGs (scripts/render_icons.py): the window icon takes either.
    icons = sorted([*ICONS.glob("*.svg"), *ICONS.glob("*.png")])
    entries += [(f"icons/{icon.name}", icon) for icon in icons]
    files = "".join(f'<file alias="{alias}">{path}</file>' for alias, path in entries)
    qrc = folder / "leaderpulse.qrc"
    qrc.write_text(
        f'<!DOCTYPE RCC><RCC version="1.0"><qresource prefix="/">{files}</qresource></RCC>'
    )
    # Format 1 records no file times, so the same inputs give the same bytes.
    command = [qt_tool("pyside6-rcc"), "--binary", "--format-version", "1", str(qrc)]
    subprocess.run([*command, "-o", str(folder / RESOURCE_FILE.name)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report what is stale")
    check = parser.parse_args().check
    CATALOGUES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        for existing in CATALOGUES.glob("*.ts"):
            shutil.copy2(existing, work / existing.name)
        problems = build(work)
        targets = {CATALOGUES / f"leaderpulse_{lang}.ts" for lang in LANGUAGES}
        targets |= {RESOURCE_FILE, WORDS_FILE}
        stale = [
            target.name
            for target in sorted(targets)
            if not target.exists() or not filecmp.cmp(work / target.name, target, shallow=False)
        ]
        if not check:
            for target in targets:
                shutil.copy2(work / target.name, target)
    for problem in problems:
        print(problem)
    if check and stale:
        print("out of date: " + ", ".join(stale) + " (run scripts/update_translations.py)")
    return 1 if problems or (check and stale) else 0


if __name__ == "__main__":
    sys.exit(main())
