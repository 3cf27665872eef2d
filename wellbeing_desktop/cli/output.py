"""What the commands print, and the checks and writes of the files the user names."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_desktop.cli.safe_text import printable
from wellbeing_desktop.cli.speech import error_line, say
from wellbeing_desktop.domain.durations import parse_day
from wellbeing_desktop.domain.errors import ValidationError, WellbeingError
from wellbeing_desktop.domain.models import CatalogueKind
from wellbeing_desktop.files import write_private_file_atomic

if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterator
    from datetime import date

    from wellbeing_desktop.services.journal import Journal

# The list ``items`` shows a pick-list kind by (``items demands``); log's refusals name it.
ITEM_LISTS: dict[CatalogueKind, str] = {
    CatalogueKind.DEMAND: "demands",
    CatalogueKind.RESOURCE: "resources",
    CatalogueKind.SIGNAL: "signals",
}


def export_warning() -> str:
    """The warning that an exported file is not encrypted (on stderr after an export)."""
    return say("cli", "The exported file is not encrypted. Keep it somewhere safe.")


def folder_export_warning() -> str:
    """The warning that an exported folder is not encrypted (after a Markdown export)."""
    return say("cli", "The exported folder is not encrypted. Keep it somewhere safe.")


def out(text: str = "") -> None:
    """One line on stdout; terminal controls in it (from user text) shown as "�"."""
    print(printable(text))


def ask_yes(question: str) -> bool:
    """A yes from the terminal (anything else, or the end of input, is a no).

    Asked only where ``unlock.interactive()`` is true; the question ends with "[y/N]".
    """
    sys.stdout.flush()
    try:
        answer = input(question + " ")
    except EOFError:
        return False
    return answer.strip().lower() in {"y", "yes", "j", "ja"}


def check_new_file(path: str | None, field: str) -> None:
    """Refuse a target file before anything is created, so nothing is half done."""
    if path is None:
        return
    target = Path(path)
    if target.exists():
        raise ValidationError(field, path, say("cli", "a new file (it exists already)"))
    if not target.parent.is_dir():
        raise ValidationError(field, path, say("cli", "a file in an existing folder"))


def check_new_folder(path: str, field: str) -> None:
    """Refuse a target folder before anything is created: it is new, its parent exists."""
    if path == "-":
        raise WellbeingError(say("cli", "out: - is not supported; give a folder name"))
    target = Path(path)
    if os.path.lexists(target):  # even an empty folder, or a link to nothing
        raise ValidationError(field, path, say("cli", "a new folder (it exists already)"))
    if not target.parent.is_dir():
        raise ValidationError(field, path, say("cli", "a new folder in a folder that exists"))


# The file formats the app writes, by the ends of their names: an --out that names
# another one of these than its --format would give a file no program opens right.
_FORMAT_ENDINGS = {
    ".json": "json",
    ".csv": "csv",
    ".xlsx": "xlsx",
    ".pdf": "pdf",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
}


def check_out_name(path: str, file_format: str) -> None:
    """Refuse an ``--out`` of "-" or whose ending names another format than ``file_format``.

    A name without an ending, or with one that is no format of the app's, is fine.
    """
    if path == "-":
        raise WellbeingError(say("cli", "out: - is not supported; give a file name"))
    suffix = Path(path).suffix.lower()
    named = _FORMAT_ENDINGS.get(suffix)
    if named is not None and named != file_format:
        raise WellbeingError(
            say(
                "cli",
                "out: {file} ends in {ending}; for --format {format} use a name ending "
                "in .{format}",
            ),
            file=path,
            ending=suffix,
            format=file_format,
        )


@contextlib.contextmanager
def publishing(target: Path, given: str, *, folder: bool = False) -> Iterator[None]:
    """Words for what ``publish_and_record`` (or a folder's export) raises for ``--out given``."""
    try:
        yield
    except FileExistsError:
        if folder:
            exists = say("cli", "a new folder (it exists already)")
        else:
            exists = say("cli", "a new file (it exists already)")
        raise ValidationError("out", given, exists) from None
    except OSError as exc:
        raise WellbeingError(
            say("cli", "out: cannot write {file} ({reason})"),
            file=target,
            reason=exc.strerror or str(exc),
        ) from None
    except WellbeingError as exc:  # the consent entry failed: the file is gone too
        raise WellbeingError(
            say("cli", "out: {file} was not written: {reason}"), file=target, reason=error_line(exc)
        ) from None


def period(args: argparse.Namespace, journal: Journal) -> tuple[date | None, date | None]:
    """The days ``--from`` and ``--to`` name (None when not given)."""
    start = parse_day(args.start, today=journal.today(), field="from") if args.start else None
    end = parse_day(args.end, today=journal.today(), field="to") if args.end else None
    if start and end and start > end:
        raise ValidationError("from", args.start, say("cli", "a day on or before --to"))
    return start, end


def deliver_recovery_key(code: str, out_file: str | None) -> None:
    """Write the recovery key to ``out_file``, or show it here when there is none (or it fails)."""
    if out_file:
        try:
            write_private_file_atomic(Path(out_file), (code + "\n").encode(), overwrite=False)
        except OSError as exc:
            # The journal exists now: the key must reach the user one way or another.
            line = say(
                "cli",
                "recovery-key-out: cannot write {file} ({reason}); the key is shown here instead.",
            ).format(file=out_file, reason=exc.strerror or exc)
            print(line, file=sys.stderr)
        else:
            out(
                say(
                    "cli", "The recovery key was written to {file}. Print it or store it safely."
                ).format(file=out_file)
            )
            return
    out(say("cli", "Your recovery key (shown only this once; print it or store it safely):"))
    out()
    out(f"    {code}")
    out()
    out(
        say("cli", "With it you can open the journal and set a new passphrase if you forget yours.")
    )
