#!/usr/bin/env bash
# The bundled desktop app on a real X display (packaging/check.sh runs this under
# xvfb-run): its window appears with the WM class that the .desktop file names; with
# xdotool, the journal is unlocked by typing the passphrase and Trends is opened, which
# loads pyqtgraph, numpy and Qt's OpenGL modules from the bundle and draws the charts.
# Needs: APP (the bundle's program), WORK (a throw-away folder with home/), DATA (a demo
# journal), PASS (its passphrase file); CHECK_SCREENSHOT=FILE saves the screen at the end.
set -euo pipefail

cd "$WORK"
env -i PATH=/usr/bin:/bin HOME="$WORK/home" LANG=C.UTF-8 WELLBEING_LOG_DIR="$WORK/log" \
    DISPLAY="$DISPLAY" XAUTHORITY="${XAUTHORITY:-}" \
    "$APP" --data-dir "$DATA" </dev/null >"$WORK/gui.out" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT

problem() {
    echo "gui check: $*" >&2
    cat "$WORK/gui.out" >&2
    exit 1
}

# The main window: WM class ("wellbeing-desktop", "wellbeing-desktop"), not Qt's 1x1 helpers.
window=""
for _ in $(seq 1 120); do
    window="$(xwininfo -root -tree 2>/dev/null \
        | grep '("wellbeing-desktop" "wellbeing-desktop")' | grep -v ' 1x1+' | head -n 1 || true)"
    [ -n "$window" ] && break
    kill -0 "$pid" 2>/dev/null || problem "the app exited at start"
    sleep 0.5
done
[ -n "$window" ] || problem "no window with WM class wellbeing-desktop appeared in 60 s"
echo "window:$window"

if command -v xdotool >/dev/null; then
    id="$(echo "$window" | awk '{print $1}')"
    # No window manager: keyboard focus follows the pointer. The passphrase field has focus.
    xdotool mousemove --window "$id" 10 10
    sleep 1
    xdotool type --delay 20 "$(head -n 1 "$PASS")"
    xdotool key Return
    # Trends is the third page in the sidebar; click it until its charts are built (the
    # unlock takes a moment; a click on the unlock page lands on empty space).
    charts=""
    for _ in $(seq 1 30); do
        xdotool mousemove --window "$id" 60 158 click 1
        sleep 1
        if grep -q "_multiarray_umath" "/proc/$pid/maps" 2>/dev/null \
            && grep -q "QtOpenGL" "/proc/$pid/maps" 2>/dev/null; then
            charts=yes
            break
        fi
        kill -0 "$pid" 2>/dev/null || problem "the app exited after the unlock"
    done
    [ -n "$charts" ] || problem "Trends did not load its charts (numpy, pyqtgraph, QtOpenGL)"
    sleep 2
    echo "unlocked with the passphrase; Trends drew its charts"
fi

if [ -n "${CHECK_SCREENSHOT:-}" ] && command -v import >/dev/null; then
    import -window root "$CHECK_SCREENSHOT" || true
fi
kill -0 "$pid" 2>/dev/null || problem "the app is no longer running"
if grep -Eiq "Traceback|could not (find|load) the qt platform plugin" "$WORK/gui.out"; then
    problem "the app reported an error"
fi
