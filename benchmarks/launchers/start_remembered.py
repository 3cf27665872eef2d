"""Start with a remembered key → Today painted and ready for typing (the whole process).

The real entry point, ``wellbeing_desktop.cli.main`` with no command → ``app.run_gui``,
over a journal whose data key the suite remembered in the Secret Service (the user's
"remember on this computer"): the app paints its unlock view, asks the keyring in a
worker, opens the journal and shows Today. The launcher only watches: the unlock view's
first paint (the same watcher as ``start_app.py``), then, through ``ready_watch``, Today's
first paint and the keyboard focus in Today. It exits (without Qt's teardown) once both
are there, reporting the moments as ``time.monotonic()`` stamps.

Usage: python start_remembered.py DATA_DIR
"""

from __future__ import annotations

import sys
from typing import Any

from paintwatch import after_first_paint, finish, stamp
from ready_watch import on_first_show, watch_today


def main() -> None:
    data_dir = sys.argv[1]
    sys.argv[1:] = []  # the app makes its QApplication from these

    def arrange(window: Any) -> None:
        view = getattr(window, "unlock_view", None)
        if view is not None:
            after_first_paint(view, lambda: stamp("unlock_painted"))
        watch_today(window, lambda marks: finish(ready=max(marks["painted"], marks["focused"])))

    on_first_show(arrange)
    from wellbeing_desktop.cli import main as cli_main

    stamp("cli_imported")
    code = cli_main(["--data-dir", data_dir])
    # Only reached if the window closed before Today was ready.
    finish(error=f"the app exited ({code}) before Today was painted and focused")


main()
