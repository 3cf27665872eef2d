"""Peak memory of one export or report, against the process's memory just before it.

Calls the CLI's own ``main`` in this process, twice: first the same command for one day
(``--from``/``--to`` today, into a scratch path), so that every import and first-use cost
the command has is paid and not counted; then, after a garbage collection, it reads
VmRSS ("before"), resets the peak (``/proc/self/clear_refs``, 5) and runs the command on
the whole journal; VmHWM after it is the export's peak. The key comes from the keyring
the suite remembered it in, as a user's CLI reads it (no Argon2id in the process).

Usage: python stream_mem.py DATA_DIR SCRATCH_DIR FIRST_DAY COMMAND ARGS... --out PATH
"""

from __future__ import annotations

import gc
import json
import re
import sys
from datetime import date
from pathlib import Path


def status(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as f:
        match = re.search(rf"^{field}:\s+(\d+) kB", f.read(), re.MULTILINE)
    assert match is not None
    return int(match.group(1)) * 1024


def main() -> None:
    data_dir, scratch, first = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    command = sys.argv[4:]
    out = Path(command[command.index("--out") + 1])
    from wellbeing_desktop.cli import main as cli_main

    today = date.today().isoformat()
    warm = [*command, "--data-dir", data_dir, "--from", today, "--to", today]
    warm[warm.index("--out") + 1] = str(scratch / f"warm-{out.name}")
    if cli_main(warm) != 0:
        sys.exit("the warm-up command failed")
    gc.collect()
    before = status("VmRSS")
    with open("/proc/self/clear_refs", "w", encoding="ascii") as f:
        f.write("5")  # VmHWM starts again from the current resident size
    code = cli_main([*command, "--data-dir", data_dir, "--from", first, "--to", today])
    peak = status("VmHWM")
    size = sum(p.stat().st_size for p in out.rglob("*")) if out.is_dir() else out.stat().st_size
    sys.stdout.write(json.dumps({"before": before, "peak": peak, "code": code, "bytes": size}))
    sys.stdout.write("\n")


main()
