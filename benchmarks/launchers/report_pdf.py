"""Coach PDF report for one year, written as the app writes it.

Coach PDF report for one year: ``services.reports.build_report``, then the file written
as the app writes it (``services.export_files.publish_and_record`` with
``reports.render_report_file``: the PDF and its consent-log entry).

A QApplication exists first (the report is made from the GUI); the journal is opened
with a data key from the environment. The first report of the process ("cold", lazy
imports included) and a second one ("warm") are timed separately.

Usage: BENCH_DATA_KEY=<hex> python report_pdf.py DATA_DIR OUT_DIR
"""

from __future__ import annotations

import os
import sys
import time
from datetime import timedelta
from pathlib import Path

from paintwatch import FixedKey, data_key_from_env, finish, make_app


def main() -> None:
    data_dir, out_dir = sys.argv[1], Path(sys.argv[2])
    try:
        from wellbeing_desktop.reports import render_report_file
        from wellbeing_desktop.services.export_files import publish_and_record
        from wellbeing_desktop.services.report_content import ReportKind
        from wellbeing_desktop.services.reports import build_report, export_record
    except ImportError as exc:
        finish(available=False, why=f"not importable ({exc})")
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.services.access import JournalAccess

    make_app()
    access = JournalAccess(
        JournalPaths.resolve(data_dir), keyring=FixedKey.store(data_key_from_env())
    )
    journal = access.open_with_keyring()
    end = journal.today()
    start = end - timedelta(days=364)
    language = journal.settings().language
    runs = []
    for name in ("cold", "warm"):
        target = out_dir / f"coach-{os.getpid()}-{name}.pdf"  # never written over
        started = time.monotonic()
        try:
            report = build_report(journal, ReportKind.COACH, start, end, language)
            built = time.monotonic()
            publish_and_record(
                journal,
                target,
                export_record(report, "pdf", journal.now()),
                lambda temp, report=report: render_report_file(report, "pdf", temp),
            )
        except NotImplementedError as exc:
            finish(available=False, why=f"a stub raises NotImplementedError ({exc})")
        except TypeError as exc:
            finish(available=False, why=f"the API differs from what the suite calls ({exc})")
        written = time.monotonic()
        if not report.sections:
            finish(available=False, why="build_report returns an empty report (a stub)")
        data = target.read_bytes() if target.exists() else b""
        if not data.startswith(b"%PDF"):
            finish(available=False, why="no PDF was written")
        runs.append(
            {
                "total": written - started,
                "build": built - started,
                "write": written - built,
                "bytes": len(data),
                "sections": len(report.sections),
            }
        )
    journal.close()
    finish(available=True, cold=runs[0], warm=runs[1])


main()
