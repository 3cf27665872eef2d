"""Passphrase entered → Today painted, with no pause: Enter at the unlock view's first paint.

The real entry point, ``wellbeing_desktop.cli.main`` with no command → ``app.run_gui``,
over a journal whose key is not remembered. As soon as the unlock view's first paint has
ended, the launcher puts the passphrase in the field and presses Enter (the field's
``returnPressed``, what the Enter key emits): no time in which the app builds things
ahead while a user types. The app then runs its own unlock (Argon2id on the passphrase
slot, the key check, SQLCipher, the hand-over to the shell). The clock stops when Today
has painted; the moment the keyboard focus is in Today is reported too
(``ready_watch``), and the moment the app's key derivation ended (``kdf_watch``).

Usage: BENCH_PASSPHRASE=... python passphrase_today.py DATA_DIR
"""

from __future__ import annotations

import os
import sys
from typing import Any

from kdf_watch import install
from paintwatch import after_first_paint, finish, stamp
from ready_watch import on_first_show, watch_today


def main() -> None:
    data_dir = sys.argv[1]
    passphrase = os.environ["BENCH_PASSPHRASE"]
    sys.argv[1:] = []  # the app makes its QApplication from these
    install()  # stamps "key_derived" when the app's key derivation ends (kdf_watch)

    def arrange(window: Any) -> None:
        view = window.unlock_view

        def enter() -> None:
            stamp("unlock_painted")
            view.passphrase.setText(passphrase)
            entered = stamp("entered")
            view.passphrase.returnPressed.emit()

            def done(marks: dict[str, float]) -> None:
                finish(
                    entered=entered,
                    painted=marks["painted"],
                    ready=max(marks["painted"], marks["focused"]),
                )

            watch_today(window, done)

        after_first_paint(view, enter)

    on_first_show(arrange)
    from wellbeing_desktop.cli import main as cli_main

    stamp("cli_imported")
    code = cli_main(["--data-dir", data_dir])
    finish(error=f"the app exited ({code}) before Today was painted")


main()
