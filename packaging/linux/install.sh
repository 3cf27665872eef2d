#!/usr/bin/env bash
# Install the built bundle (packaging/build.sh) as a desktop app for the current user:
#   PREFIX/lib/wellbeing-desktop/         the one-folder app
#   PREFIX/bin/wellbeing-desktop          a link to its program
#   PREFIX/share/applications/wellbeing-desktop.desktop   the launcher (menu entry)
#   PREFIX/share/icons/hicolor/scalable/apps/wellbeing-desktop.svg
#   PREFIX/share/metainfo/io.github.leaderpulse.WellbeingDesktop.metainfo.xml
# PREFIX is ~/.local unless given (PREFIX=/usr/local as root for everyone).
# Usage: packaging/linux/install.sh [BUNDLE_DIR]     (default dist/wellbeing-desktop)
#        packaging/linux/install.sh --uninstall
# The journal (~/.local/share/wellbeing-desktop) is never touched.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PREFIX="${PREFIX:-$HOME/.local}"
APP_DIR="$PREFIX/lib/wellbeing-desktop"
DESKTOP="$PREFIX/share/applications/wellbeing-desktop.desktop"
ICON="$PREFIX/share/icons/hicolor/scalable/apps/wellbeing-desktop.svg"
METAINFO="$PREFIX/share/metainfo/io.github.leaderpulse.WellbeingDesktop.metainfo.xml"

refresh_caches() {
    if command -v update-desktop-database >/dev/null; then
        update-desktop-database -q "$PREFIX/share/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null; then
        gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" 2>/dev/null || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$APP_DIR"
    rm -f "$PREFIX/bin/wellbeing-desktop" "$DESKTOP" "$ICON" "$METAINFO"
    refresh_caches
    echo "Leader Pulse was removed from $PREFIX (your journal was not touched)."
    exit 0
fi

BUNDLE="${1:-$ROOT/dist/wellbeing-desktop}"
if [ ! -x "$BUNDLE/wellbeing-desktop" ]; then
    echo "install.sh: no bundle at $BUNDLE; build it first with packaging/build.sh" >&2
    exit 1
fi

mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$(dirname "$DESKTOP")" "$(dirname "$ICON")" \
    "$(dirname "$METAINFO")"
rm -rf "$APP_DIR.new"
cp -a "$BUNDLE" "$APP_DIR.new"
rm -rf "$APP_DIR"
mv "$APP_DIR.new" "$APP_DIR"
ln -sfn "$APP_DIR/wellbeing-desktop" "$PREFIX/bin/wellbeing-desktop"
# The launcher names the program by its full path: PREFIX/bin need not be on PATH.
sed -e "s|^Exec=.*|Exec=$APP_DIR/wellbeing-desktop|" \
    -e "s|^TryExec=.*|TryExec=$APP_DIR/wellbeing-desktop|" \
    "$ROOT/resources/desktop/wellbeing-desktop.desktop" >"$DESKTOP"
chmod 644 "$DESKTOP"
install -m 644 "$ROOT/resources/icons/leader-pulse.svg" "$ICON"
install -m 644 "$ROOT/resources/desktop/io.github.leaderpulse.WellbeingDesktop.metainfo.xml" "$METAINFO"
refresh_caches
echo "Leader Pulse is installed in $APP_DIR; start it from the menu or with $PREFIX/bin/wellbeing-desktop."
