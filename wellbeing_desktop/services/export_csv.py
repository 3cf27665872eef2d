"""The CSV export: one row per day, for scripts and a quick look in a spreadsheet.

Columns keep their English names and codes (scripts rely on them); beside each coded
column a ``…_label(s)`` column gives the labels in the journal's language
(``stress_step`` → ``stress_step_label``, ``signals`` → ``signal_labels``,
``demand_items`` → ``demand_labels``, ``resource_items`` → ``resource_labels``, ``share``
→ ``share_label``). Codes are separated by a space, labels by ``"; "``.

Formula injection (OWASP): a text cell that begins with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return gets a ``'`` in front, so a spreadsheet shows it as text instead of
running it; so does one that already begins with ``'``, so a script can undo it exactly
by removing one leading ``'`` from any cell that has one. A reflection "-5 today" is
``'-5 today`` in the CSV (the xlsx export keeps it as it is, as text). The caller writes
the text with a UTF-8 byte-order mark, so Excel reads æ, ø and å right. Rows end in CR LF
(RFC 4180) and a field holding a CR or LF (old-Mac line ends too) is quoted, so each day
is one row in every reader.
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, TextIO

from wellbeing_desktop.services.export_sheets import leadership_share, minute_keys

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from wellbeing_desktop.domain.models import Category, DayLog
    from wellbeing_desktop.services.export_words import ExportLabels

# What makes a spreadsheet read a cell as a formula (or, for "'", as our own marker).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


def neutralised(cell: str) -> str:
    """``cell`` as a spreadsheet will show it as text: a ``'`` before a risky first char."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def days_to_csv(
    days: Sequence[DayLog], categories: Sequence[Category], labels: ExportLabels
) -> str:
    """One row per day, one column per category (minutes), labels beside the codes."""
    out = io.StringIO()
    write_csv(out, days, minute_keys(days, categories), categories, labels)
    return out.getvalue()


def write_csv(
    out: TextIO,
    days: Iterable[DayLog],
    keys: Sequence[str],
    categories: Sequence[Category],
    labels: ExportLabels,
) -> None:
    """Write ``days_to_csv``'s text into ``out``, a row as each day comes.

    ``keys``: the minute columns (``export_sheets.minute_keys`` of the same days).
    """
    # RFC 4180 line ends: the csv module then quotes every field holding a CR or a LF
    # (with "\n" alone it leaves a bare CR unquoted, and every reader splits the row there).
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        [
            "date",
            *(f"{k}_minutes" for k in keys),
            "hours_worked_minutes",
            "leadership_share_percent",
            "stress_step",
            "stress_step_label",
            "signals",
            "signal_labels",
            "demands",
            "resources",
            "demand_items",
            "demand_labels",
            "resource_items",
            "resource_labels",
            "energy",
            "tags",
            "share",
            "share_label",
            "reflection",
        ]
    )
    for d in days:
        share = leadership_share(d, categories)
        row = [
            d.day.isoformat(),
            *(_blank(d.minutes.get(k)) for k in keys),
            _blank(d.hours_worked_minutes),
            "" if share is None else f"{100 * share:.0f}",
            _blank(d.stress_step),
            labels.step(d.stress_step),
            " ".join(d.signals),
            labels.items(d.signals),
            _blank(d.demands),
            _blank(d.resources),
            " ".join(d.demand_items),
            labels.items(d.demand_items),
            " ".join(d.resource_items),
            labels.items(d.resource_items),
            _blank(d.energy),
            " ".join(d.tags),
            d.share.value,
            labels.share(d.share.value),
            d.reflection,
        ]
        writer.writerow([neutralised(cell) for cell in row])


def _blank(value: int | None) -> str:
    return "" if value is None else str(value)
