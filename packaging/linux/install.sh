#!/usr/bin/env bash
# Install the built bundle (packaging/build.sh) as a desktop app for the current user:
#   PREFIX/lib/wellbeing-desktop/         the one-folder app
#   PREFIX/bin/wellbeing-desktop          a link to its program
#   PREFIX/share/applications/io.github.leaderpulse.WellbeingDesktop.desktop   the launcher
#   PREFIX/share/icons/hicolor/scalable/apps/wellbeing-desktop.svg   the icon, and as PNG in
#   PREFIX/share/icons/hicolor/<N>x<N>/apps/wellbeing-desktop.png    the sizes 16 to 512
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
DESKTOP="$PREFIX/share/applications/io.github.leaderpulse.WellbeingDesktop.desktop"
# The launcher's name before it was the AppStream id: removed, so no menu shows the app twice.
OLD_DESKTOP="$PREFIX/share/applications/wellbeing-desktop.desktop"
ICON="$PREFIX/share/icons/hicolor/scalable/apps/wellbeing-desktop.svg"
ICON_SIZES="16 22 24 32 48 64 128 256 512"   # scripts/render_icons.py renders these
png_icon() { echo "$PREFIX/share/icons/hicolor/${1}x${1}/apps/wellbeing-desktop.png"; }
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
    rm -f "$PREFIX/bin/wellbeing-desktop" "$DESKTOP" "$OLD_DESKTOP" "$ICON" "$METAINFO"
    for size in $ICON_SIZES; do rm -f "$(png_icon "$size")"; done
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
    "$ROOT/resources/desktop/io.github.leaderpulse.WellbeingDesktop.desktop" >"$DESKTOP"
chmod 644 "$DESKTOP"
rm -f "$OLD_DESKTOP"
install -m 644 "$ROOT/resources/icons/leader-pulse.svg" "$ICON"
for size in $ICON_SIZES; do
    install -D -m 644 "$ROOT/resources/icons/leader-pulse-$size.png" "$(png_icon "$size")"
done
install -m 644 "$ROOT/resources/desktop/io.github.leaderpulse.WellbeingDesktop.metainfo.xml" "$METAINFO"
refresh_caches
echo "Leader Pulse is installed in $APP_DIR; start it from the menu or with $PREFIX/bin/wellbeing-desktop."
