"""The command line with the data key standing in for the Secret Service (quick ``log``).

For the crash-point sweep (``crash_scenarios``: ``log-quick``), whose kills run without a
session bus: the key remembered in the keyring is the one in ``data-key.hex`` beside the
data folder, so the run takes the quick path of ``log`` (``services.quick_write``) as a
user with a remembered key does. Exits 3 if the ordinary open ran instead.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    from wellbeing_desktop.services import quick_write

    data_dir = Path(argv[argv.index("--data-dir") + 1])
    key = bytes.fromhex((data_dir.parent / "data-key.hex").read_text(encoding="ascii").strip())
    quick_write.remembered_key = lambda *_args: key  # type: ignore[attr-defined]

    from wellbeing_desktop.cli import main as cli_main

    code = cli_main(argv)
    if code == 0 and "sqlalchemy" in sys.modules:
        return 3  # not the quick path: the sweep would test the ordinary one twice
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
