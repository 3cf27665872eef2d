#!/usr/bin/env bash
# Build the PyInstaller bundle (packaging/build.sh) and try it as a user would, from the
# bundle alone: no Python, no source tree, a throw-away data folder and HOME.
#   - `wellbeing-desktop --version` prints the version of pyproject.toml;
#   - a headless `demo` makes an encrypted journal (SQLCipher: the file must not start
#     with SQLite's plaintext header) through the bundled Alembic migrations;
#   - `stats` and `check` read it back; a wrong passphrase is refused; `calendar show`
#     counts a weekly meeting of an Outlook-style .ics (the calendar libraries are bundled);
#   - the desktop app starts: under Xvfb (xcb) its window appears with the WM class the
#     .desktop file names, and (with xdotool) it unlocks and draws the Trends charts
#     (packaging/gui-check.sh); without an X server it keeps running offscreen;
#   - packaging/linux/install.sh installs it into a throw-away prefix and removes it.
# Usage: packaging/check.sh [--no-build]    (--no-build: check dist/ as it is)
# Called by .ci/run after the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"

if [ "${1:-}" != "--no-build" ]; then
    packaging/build.sh
fi

BUNDLE="$ROOT/dist/wellbeing-desktop"
APP="$BUNDLE/wellbeing-desktop"
VERSION="$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml | head -n 1)"

fail() {
    echo "packaging check FAILED: $*" >&2
    exit 1
}
[ -x "$APP" ] || fail "no bundle at $APP (run packaging/build.sh)"

WORK="$(mktemp -d)"
GUI_PID=""
cleanup() {
    if [ -n "$GUI_PID" ] && kill -0 "$GUI_PID" 2>/dev/null; then
        kill "$GUI_PID" 2>/dev/null || true
        wait "$GUI_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

DATA="$WORK/data"
PASS="$WORK/passphrase"
WRONG="$WORK/wrong-passphrase"
printf 'a throw-away passphrase for the bundle check\n' >"$PASS"
printf 'not the passphrase\n' >"$WRONG"
mkdir -p "$WORK/home"

# Nothing of the developer's or CI's Python, journal, log folder or keyring reaches the
# bundle: a bare PATH without any venv, a throw-away HOME and log folder, no XDG folders.
run() {
    (cd "$WORK" && env -i \
        PATH=/usr/local/bin:/usr/bin:/bin \
        HOME="$WORK/home" \
        LANG=C.UTF-8 \
        WELLBEING_LOG_DIR="$WORK/log" \
        QT_QPA_PLATFORM=offscreen \
        "$APP" "$@" </dev/null)
}

echo "== wellbeing-desktop --version"
out="$(run --version)" || fail "--version exited with $?"
echo "$out"
[ "$out" = "wellbeing-desktop $VERSION" ] || fail "--version printed '$out', not 'wellbeing-desktop $VERSION'"

echo "== wellbeing-desktop demo --days 60 --seed 7"
out="$(run demo --days 60 --seed 7 --data-dir "$DATA" --passphrase-file "$PASS" \
    --recovery-key-out "$WORK/recovery-key")" || fail "demo exited with $?"
echo "$out"
days="$(echo "$out" | sed -n 's/^Filled the journal with \([0-9][0-9]*\) demo days\.$/\1/p')"
[ -n "$days" ] && [ "$days" -gt 20 ] || fail "demo did not fill the journal with 20+ days"
[ -s "$DATA/journal.db" ] && [ -s "$DATA/journal.key" ] || fail "demo left no journal.db/journal.key"
[ -s "$WORK/recovery-key" ] || fail "demo wrote no recovery key"
header="$(head -c 15 "$DATA/journal.db")"
[ "$header" != "SQLite format 3" ] || fail "journal.db is a plaintext SQLite file: SQLCipher is not in effect"
echo "journal.db: $(stat -c %s "$DATA/journal.db") bytes, no plaintext SQLite header"

echo "== wellbeing-desktop stats"
out="$(run stats --data-dir "$DATA" --passphrase-file "$PASS" --from 1970-01-01)" || fail "stats exited with $?"
echo "$out"
echo "$out" | grep -q "($days days logged)" || fail "stats does not count the $days demo days"
echo "$out" | grep -Eq '^Leadership share: +[0-9]+% \(target [0-9]+%\)$' || fail "stats shows no leadership share"
echo "$out" | grep -Eq '^Hours per week: +[0-9.]+ h' || fail "stats shows no hours per week"

echo "== wellbeing-desktop calendar show (icalendar, recurring-ical-events and the zone data bundled)"
# An Outlook-style weekly 1:1 in a Windows zone name: the parser, the recurrence and the
# Windows-to-IANA zone table must all be in the bundle for it to count 60 minutes.
printf '%s\r\n' BEGIN:VCALENDAR VERSION:2.0 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN' \
    BEGIN:VEVENT UID:bundle-check 'DTSTART;TZID=Romance Standard Time:20250106T090000' \
    'DTEND;TZID=Romance Standard Time:20250106T100000' 'RRULE:FREQ=WEEKLY;BYDAY=MO' \
    'SUMMARY:1:1 med Hanne' END:VEVENT END:VCALENDAR >"$WORK/work.ics"
out="$(run calendar show "$WORK/work.ics" --date 2025-06-02 --json --data-dir "$DATA" --passphrase-file "$PASS")" \
    || fail "calendar show exited with $?"
echo "$out" | grep -q '"people_leadership": 60' || fail "calendar show did not count the 1:1: $out"

echo "== wellbeing-desktop check"
run check --data-dir "$DATA" --passphrase-file "$PASS" || fail "check exited with $?"

echo "== wellbeing-desktop stats with a wrong passphrase (must be refused)"
set +e
run stats --data-dir "$DATA" --passphrase-file "$WRONG" >"$WORK/wrong.out" 2>&1
code=$?
set -e
cat "$WORK/wrong.out"
[ "$code" -eq 1 ] || fail "a wrong passphrase gave exit code $code, not 1"

echo "== the desktop app starts"
if command -v xvfb-run >/dev/null && command -v xwininfo >/dev/null; then
    # A real X display: the xcb plugin loads; packaging/gui-check.sh unlocks and opens Trends.
    APP="$APP" WORK="$WORK" DATA="$DATA" PASS="$PASS" \
        xvfb-run -a -s "-screen 0 1280x800x24" packaging/gui-check.sh \
        || fail "the desktop app did not work under Xvfb"
else
    # No X server here: the offscreen platform must load and the app must keep running.
    (cd "$WORK" && exec env -i PATH=/usr/bin:/bin HOME="$WORK/home" LANG=C.UTF-8 \
        WELLBEING_LOG_DIR="$WORK/log" QT_QPA_PLATFORM=offscreen \
        "$APP" --data-dir "$DATA" </dev/null >"$WORK/gui.out" 2>&1) &
    GUI_PID=$!
    for _ in $(seq 1 60); do
        grep -q "app started" "$WORK/log/"*.log 2>/dev/null && break
        kill -0 "$GUI_PID" 2>/dev/null || break
        sleep 0.5
    done
    sleep 2
    kill -0 "$GUI_PID" 2>/dev/null || { cat "$WORK/gui.out"; fail "the desktop app exited at start"; }
    echo "running offscreen (pid $GUI_PID)"
fi
! grep -Eiq "could not (find|load) the qt platform plugin|Traceback" "$WORK/gui.out" \
    || fail "the desktop app reported a problem at start"

echo "== packaging/linux/install.sh into a throw-away prefix"
PREFIX="$WORK/prefix" packaging/linux/install.sh "$BUNDLE"
out="$(cd "$WORK" && env -i PATH=/usr/bin:/bin HOME="$WORK/home" "$WORK/prefix/bin/wellbeing-desktop" --version)" \
    || fail "the installed program did not run"
[ "$out" = "wellbeing-desktop $VERSION" ] || fail "the installed program printed '$out'"
installed="$WORK/prefix/share/applications/io.github.leaderpulse.WellbeingDesktop.desktop"
for size in 16 22 24 32 48 64 128 256 512; do
    [ -f "$WORK/prefix/share/icons/hicolor/${size}x${size}/apps/wellbeing-desktop.png" ] \
        || fail "install.sh did not install the ${size}x${size} icon"
done
grep -qx "Exec=$WORK/prefix/lib/wellbeing-desktop/wellbeing-desktop" "$installed" \
    || fail "the installed launcher does not start the installed program"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$installed" | grep -v ': hint: ' || true
    desktop-file-validate "$installed" >/dev/null || fail "the installed launcher is not valid"
fi
PREFIX="$WORK/prefix" packaging/linux/install.sh --uninstall
[ ! -e "$WORK/prefix/bin/wellbeing-desktop" ] && [ ! -e "$installed" ] \
    && [ ! -e "$WORK/prefix/share/icons/hicolor/48x48/apps/wellbeing-desktop.png" ] \
    || fail "--uninstall left the program or its launcher behind"

echo "bundle check: ok ($(du -sh "$BUNDLE" | cut -f1), $(find "$BUNDLE" -type f | wc -l) files)"
