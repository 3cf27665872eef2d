#!/usr/bin/env bash
# Build Leader Pulse as a one-folder desktop app with PyInstaller:
#   dist/wellbeing-desktop/wellbeing-desktop   (the program; everything it needs beside it)
#
# Uses its own virtual environment (build/package-venv, or $PACKAGE_VENV), installs the
# app from this tree together with the `package` extra (PyInstaller), then freezes it
# with packaging/leader-pulse.spec. Run packaging/check.sh to build and try the bundle.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV="${PACKAGE_VENV:-build/package-venv}"
PYTHON="${PYTHON:-python3}"

if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --upgrade pip
# The dependencies and PyInstaller, then the app itself from this tree (always rebuilt, so
# the bundle holds the current source even though the version number did not change).
"$VENV/bin/python" -m pip install --quiet '.[package]'
"$VENV/bin/python" -m pip install --quiet --no-deps --force-reinstall .

start=$(date +%s)
"$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/leader-pulse.spec
echo "built dist/wellbeing-desktop in $(($(date +%s) - start)) s" \
    "($(du -sh dist/wellbeing-desktop | cut -f1))"
