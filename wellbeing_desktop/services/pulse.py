"""The leader group's pulse as use cases the CLI and the GUI both call (issue #18).

- The facilitator: ``start_round`` (the key pair is made here; the private key is kept in
  this journal), ``round_file_bytes`` (what is sent to the leaders), ``rounds``,
  ``combine`` (the pulse files of a round → a ``GroupPicture``).
- A leader: ``read_round_file``, ``preview_pulse`` (exactly what would be shared),
  ``share_pulse`` (seals the pulse to the round's key and writes the file with its
  consent-log entry, as one unit).

Errors are ``WellbeingError`` subclasses with message ids (``services/messages.py``),
worded by the error catalogue: one line naming the file or field, never a traceback.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date
    from pathlib import Path

    from wellbeing_desktop.domain.models import ExportRecord
    from wellbeing_desktop.domain.pulse import GroupPicture, LeaderPulse, PulseRound
    from wellbeing_desktop.services.journal import Journal


def start_round(
    journal: Journal, *, name: str, start: date, end: date, min_group: int = 5
) -> PulseRound:
    """Make a round and keep its private key in ``journal`` (one committed transaction).

    Raises:
        ValidationError: an empty or too long name, ``start`` after ``end``, a date outside
            the journal's range, or ``min_group`` below ``PULSE_MIN_GROUP``.
    """
    raise NotImplementedError  # issue #18: the core helper implements this


def rounds(journal: Journal) -> list[PulseRound]:
    """The rounds this journal started (it holds their private keys), newest first."""
    raise NotImplementedError


def round_file_bytes(pulse_round: PulseRound) -> bytes:
    """The round file's content (UTF-8 JSON; no secret in it)."""
    raise NotImplementedError


def write_round_file(pulse_round: PulseRound, target: Path) -> None:
    """Write the round file to a new file ``target`` (never over an existing one)."""
    raise NotImplementedError


def read_round_file(path: Path) -> PulseRound:
    """The round a round file describes.

    Raises:
        PulseFileError: the file is missing, unreadable, too large, not a round file or
            damaged (the message names the file).
    """
    raise NotImplementedError


def preview_pulse(journal: Journal, pulse_round: PulseRound, *, include_who5: bool) -> LeaderPulse:
    """Exactly what ``share_pulse`` would seal for this journal and round.

    Raises:
        ValidationError: no day is logged in the round's period (nothing can be shared).
    """
    raise NotImplementedError


def share_pulse(
    journal: Journal, pulse_round: PulseRound, pulse: LeaderPulse, target: Path
) -> ExportRecord:
    """Seal ``pulse`` to the round's key and write it to the new file ``target``.

    The file and its consent-log entry (kind ``pulse``) are written as one unit
    (``export_files.publish_and_record``). The sealed pulse carries this journal's token
    for the round, so a pulse sent again replaces the earlier one.
    """
    raise NotImplementedError


def combine(journal: Journal, round_id: str, pulse_files: Sequence[Path]) -> GroupPicture:
    """Open the round's pulse files with its private key and combine them.

    Keeps the latest pulse per leader token; never returns a single pulse.

    Raises:
        PulseRoundUnknownError: the round's private key is not in this journal.
        PulseFileError: a file is damaged, foreign, of another round or fails to open
            (the message names the file).
        ValidationError: fewer distinct leaders than the round's minimum (says how many
            more are needed).
    """
    raise NotImplementedError
