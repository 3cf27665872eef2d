"""The leader group's pulse as use cases the CLI and the GUI both call (issue #18).

- The facilitator: ``start_round`` (the key pair is made here; the private key is kept in
  this journal), ``round_file_bytes`` (what is sent to the leaders), ``rounds``,
  ``combine`` (the pulse files of a round → a ``GroupPicture``).
- A leader: ``read_round_file``, ``preview_pulse`` (exactly what would be shared),
  ``share_pulse`` (seals the pulse to the round's key and writes the file with its
  consent-log entry, as one unit).

Errors are ``WellbeingError`` subclasses with message ids (``services/messages.py``),
worded by the error catalogue: one line naming the file or field, never a traceback.

The files (UTF-8 JSON): a round file is ``{"format": "leader-pulse-round", "version": 1,
"round_id", "name", "from", "to", "min_group", "public_key"}``; a pulse file is
``{"format": "leader-pulse-pulse", "version": 1, "round_id", "ephemeral_key", "nonce",
"ciphertext"}`` (keys, nonce and ciphertext in base64). The ciphertext (AES-GCM, bound
to the round id, see ``security.pulse_seal``) holds ``{"token", "shared_at", "pulse"}``.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import secrets
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from wellbeing_desktop.domain import pulse as domain_pulse
from wellbeing_desktop.domain.aggregation import Granularity
from wellbeing_desktop.domain.errors import Message, ValidationError, WellbeingError
from wellbeing_desktop.domain.models import ExportRecord
from wellbeing_desktop.domain.pulse import PulseRound
from wellbeing_desktop.files import write_private_file_atomic
from wellbeing_desktop.security import pulse_seal
from wellbeing_desktop.services import messages as msg
from wellbeing_desktop.services.export_files import publish_and_record
from wellbeing_desktop.services.pulse_refusals import (
    PulseRoundOverlapError as PulseRoundOverlapError,
)
from wellbeing_desktop.services.pulse_refusals import PulseTooCloseError as PulseTooCloseError
from wellbeing_desktop.services.pulse_refusals import check_new_round as check_new_round
from wellbeing_desktop.services.user_files import read_user_text

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from wellbeing_desktop.domain.pulse import GroupPicture, LeaderPulse
    from wellbeing_desktop.services.journal import Journal

ROUND_FORMAT = "leader-pulse-round"
PULSE_FORMAT = "leader-pulse-pulse"
FILE_VERSION = 1
# A round file is a few hundred bytes, a pulse file about six kilobytes: far below these.
ROUND_FILE_LIMIT = 64 * 1024
PULSE_FILE_LIMIT = 256 * 1024
ROUND_SUFFIX = ".leaderpulse-round.json"
PULSE_PREFIX = "leaderpulse-pulse-"
_ROUND_ID = re.compile(r"[0-9a-f]{32}")
_TOKEN = re.compile(r"[0-9a-f]{64}")
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_T = TypeVar("_T")


class PulseFileError(WellbeingError):
    """A round or pulse file is missing, unreadable, foreign, of another round or damaged."""

    def __init__(self, message: Message | str, /, path: Path, **params: object) -> None:
        self.path = Path(path)
        super().__init__(message, path=path, **params)


class PulseRoundUnknownError(WellbeingError):
    """The round's private key is not in this journal (another journal started it)."""

    def __init__(self) -> None:
        super().__init__(msg.PULSE_ROUND_UNKNOWN)


# --- the facilitator: a round ---------------------------------------------------------


def start_round(
    journal: Journal,
    *,
    name: str,
    start: date,
    end: date,
    min_group: int | str = domain_pulse.PULSE_MIN_GROUP,
    target: Path | None = None,
) -> PulseRound:
    """Make a round and keep its private key in ``journal`` (one committed transaction).

    ``min_group`` is checked here (``check_round``), once for the CLI and the GUI: a text
    (what was typed, not a whole number) is refused as such, naming ``min-group``.
    With ``target``, the round file is written there too, and a round whose file could
    not be written is forgotten again: a refused command leaves no round behind that no
    file was sent for.

    Raises:
        ValidationError: an empty or too long name, ``start`` after ``end``, a date outside
            the journal's range, or ``min_group`` below ``PULSE_MIN_GROUP``.
        PulseRoundOverlapError: a round this journal started covers some of the weeks.
        FileExistsError, OSError: as ``write_round_file`` (the round is not kept).
    """
    name = check_new_round(journal, name=name, start=start, end=end, min_group=min_group)
    min_group = cast("int", min_group)  # check_round refused anything but a whole number
    private, public = pulse_seal.new_round_keys()
    pulse_round = PulseRound(
        round_id=secrets.token_hex(16),
        name=name,
        start=start,
        end=end,
        min_group=min_group,
        public_key=public,
    )
    journal.add_pulse_round(pulse_round, private)
    if target is not None:
        try:
            write_round_file(pulse_round, target)
        except BaseException:
            journal.forget_pulse_round(pulse_round.round_id)
            raise
    return pulse_round


def rounds(journal: Journal) -> list[PulseRound]:
    """The rounds this journal started (it holds their private keys), newest first."""
    return journal.pulse_rounds()


def round_file_bytes(pulse_round: PulseRound) -> bytes:
    """The round file's content (UTF-8 JSON; no secret in it)."""
    document = {
        "format": ROUND_FORMAT,
        "version": FILE_VERSION,
        "round_id": pulse_round.round_id,
        "name": pulse_round.name,
        "from": pulse_round.start.isoformat(),
        "to": pulse_round.end.isoformat(),
        "min_group": pulse_round.min_group,
        "public_key": _b64(pulse_round.public_key),
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def round_file_name(pulse_round: PulseRound) -> str:
    """A suggested name for the round file: ``<round-name>.leaderpulse-round.json``."""
    return _safe_name(pulse_round.name) + ROUND_SUFFIX


def pulse_file_name(pulse_round: PulseRound) -> str:
    """A suggested name for a pulse file (the round's name, never the leader's)."""
    return PULSE_PREFIX + _safe_name(pulse_round.name) + ".json"


def write_round_file(pulse_round: PulseRound, target: Path) -> None:
    """Write the round file to a new file ``target`` (never over an existing one).

    Raises:
        FileExistsError: ``target`` exists; it is left untouched.
        OSError: the file could not be written; nothing is left under its name.
    """
    write_private_file_atomic(target, round_file_bytes(pulse_round), overwrite=False)


def read_round_file(path: Path) -> PulseRound:
    """The round a round file describes.

    Raises:
        PulseFileError: the file is missing, unreadable, too large, not a round file or
            damaged, its public key of low order included (the message names the file).
    """
    path = Path(path)
    data = _read_document(path, Message(msg.ROUND_FILE), ROUND_FILE_LIMIT, ROUND_FORMAT)

    def damaged(detail: Message) -> PulseFileError:
        return PulseFileError(msg.ROUND_FILE_DAMAGED, path, detail=detail)

    round_id = _field(data, "round_id", str, damaged)
    if not _ROUND_ID.fullmatch(round_id):
        raise damaged(Message(msg.PULSE_PART_NOT_VALID, code="round_id"))
    name = _field(data, "name", str, damaged)
    start = _day(data, "from", damaged)
    end = _day(data, "to", damaged)
    min_group = _field(data, "min_group", int, damaged)
    public_key = _key(data, "public_key", damaged)
    if not pulse_seal.public_key_usable(public_key):  # e.g. all zero: no pulse seals to it
        raise damaged(Message(msg.PULSE_PART_NOT_VALID, code="public_key"))
    try:
        domain_pulse.check_round(name, start, end, min_group)
    except ValidationError as exc:
        raise damaged(exc.message) from None
    return PulseRound(round_id, name, start, end, min_group, public_key)


# --- a leader: the pulse ---------------------------------------------------------------


def preview_pulse(journal: Journal, pulse_round: PulseRound, *, include_who5: bool) -> LeaderPulse:
    """Exactly what ``share_pulse`` would seal for this journal and round.

    Raises:
        ValidationError: no day is logged in the round's period (nothing can be shared).
    """
    start, end = pulse_round.start, pulse_round.end
    settings = journal.settings()
    return domain_pulse.compute_pulse(
        start=start,
        end=end,
        weeks=journal.summaries(Granularity.WEEK, start, end, keep=False),
        overall=journal.overall(start, end),
        target_percent=settings.leadership_target_percent,
        weekly_norm=settings.weekly_hours_norm,
        topics=journal.sparring_topics(),
        checkins=journal.who5_checkins(),
        include_who5=include_who5,
    )


def share_pulse(
    journal: Journal, pulse_round: PulseRound, pulse: LeaderPulse, target: Path
) -> ExportRecord:
    """Seal ``pulse`` to the round's key and write it to the new file ``target``.

    The file and its consent-log entry (kind ``pulse``) are written as one unit
    (``export_files.publish_and_record``). The sealed pulse carries this journal's token
    for the round, so a pulse sent again replaces the earlier one.

    Raises:
        PulseKeyError: the round's public key cannot be sealed to (``pulse_seal``).
        As ``export_files.publish_and_record`` (``FileExistsError``: ``target`` exists;
        nothing is written or logged).
    """
    made_at = journal.now()
    token = pulse_seal.pulse_token(journal.pulse_token_secret(), pulse_round)
    payload = {
        "token": token,
        # It orders a leader's pulses: to the microsecond, so that two sent within one
        # second still replace each other in the order they were made.
        "shared_at": made_at.isoformat(),
        "pulse": domain_pulse.pulse_to_dict(pulse),
    }
    plaintext = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    sealed = pulse_seal.seal(pulse_round.public_key, plaintext, _aad(pulse_round.round_id))
    document = {
        "format": PULSE_FORMAT,
        "version": FILE_VERSION,
        "round_id": pulse_round.round_id,
        "ephemeral_key": _b64(sealed.ephemeral_key),
        "nonce": _b64(sealed.nonce),
        "ciphertext": _b64(sealed.ciphertext),
    }
    content = (json.dumps(document, indent=2) + "\n").encode("utf-8")
    record = ExportRecord(
        made_at=made_at,
        kind="pulse",
        format="pulse",
        period_start=pulse_round.start,
        period_end=pulse_round.end,
    )
    return publish_and_record(journal, Path(target), record, lambda temp: temp.write_bytes(content))


# --- the facilitator: the group picture ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class Combined:
    """A group picture and what it was made of (counts only, never who sent what).

    Attributes:
        picture: the group picture.
        files: the distinct pulse files read (a file named twice, under two paths or
            through a link, is one).
        pulses: the distinct pulses in them (a copy of a file is the same pulse).
        sent_again: pulses replaced by a later pulse of the same leader.
    """

    picture: GroupPicture
    files: int
    pulses: int

    @property
    def sent_again(self) -> int:
        """Pulses replaced by a later one of the same leader (a real resend, not a copy)."""
        return self.pulses - self.picture.leaders


def distinct_files(paths: Sequence[Path]) -> list[Path]:
    """``paths`` without a file named again (by another path, a link or a hard link).

    A file is known by its device and inode when it can be looked at, else by its
    resolved path (a missing file is then refused by name when it is read).
    """
    seen: set[object] = set()
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        try:
            status = path.stat()
            identity: object = (status.st_dev, status.st_ino)
        except (OSError, ValueError):
            identity = path.resolve()
        if identity not in seen:
            seen.add(identity)
            found.append(path)
    return found


def combine(journal: Journal, round_id: str, pulse_files: Sequence[Path]) -> GroupPicture:
    """The group picture of the round's pulse files (``combine_counted`` has the rules)."""
    return combine_counted(journal, round_id, pulse_files).picture


def combine_counted(journal: Journal, round_id: str, pulse_files: Sequence[Path]) -> Combined:
    """Open the round's pulse files with its private key and combine them.

    Keeps the latest pulse per leader token; never returns a single pulse. A file named
    twice (``distinct_files``) or a copy of a file (the same pulse) counts once. The journal
    remembers which pulses (token and time shared) went into each picture it made of the
    round, in the same committed transaction that accepts the picture. A round has one
    group picture (``domain.pulse_guard``): once it is made, only the very same pulses
    may be combined again (which make the same picture). A refused combine writes nothing.

    Raises:
        PulseRoundUnknownError: the round's private key is not in this journal.
        PulseFileError: a file is damaged, foreign, of another round or fails to open
            (the message names the file).
        PulseTooFewError: fewer distinct leaders than the round's minimum (says how many
            more are needed).
        PulseTooCloseError: the round has a picture of other pulses (a pulse sent again
            after it, a leader left out or added).
        PulseCombinationUnreadableError: a picture the journal remembers cannot be read.
    """
    found = journal.pulse_round_key(round_id)
    if found is None:
        raise PulseRoundUnknownError
    pulse_round, private_key = found
    latest: dict[str, tuple[datetime, LeaderPulse]] = {}
    files = distinct_files(pulse_files)  # the same file named twice counts once
    marks_read: set[tuple[str, datetime]] = set()
    for path in files:
        token, shared_at, pulse = _open_pulse_file(path, pulse_round, private_key)
        marks_read.add((token, shared_at))
        kept = latest.get(token)
        if kept is None or shared_at >= kept[0]:
            latest[token] = (shared_at, pulse)
    # In the tokens' order, not the files': nothing about who sent what is carried on.
    tokens = sorted(latest)
    pulses = [latest[token][1] for token in tokens]
    marks = [(token, latest[token][0].isoformat()) for token in tokens]
    picture = domain_pulse.combine_pulses(pulse_round, pulses)
    refused = journal.remember_pulse_combination(round_id, marks)
    if refused is not None:
        raise PulseTooCloseError(refused)
    return Combined(picture, files=len(files), pulses=len(marks_read))


def _open_pulse_file(
    path: Path, pulse_round: PulseRound, private_key: bytes
) -> tuple[str, datetime, LeaderPulse]:
    data = _read_document(path, Message(msg.PULSE_FILE), PULSE_FILE_LIMIT, PULSE_FORMAT)

    def damaged(detail: Message) -> PulseFileError:
        return PulseFileError(msg.PULSE_FILE_DAMAGED, path, detail=detail)

    round_id = _field(data, "round_id", str, damaged)
    if round_id != pulse_round.round_id:
        raise PulseFileError(msg.PULSE_OF_ANOTHER_ROUND, path, name=pulse_round.name)
    sealed = pulse_seal.Sealed(
        ephemeral_key=_key(data, "ephemeral_key", damaged),
        nonce=_bytes(data, "nonce", damaged, length=pulse_seal.NONCE_BYTES),
        # Every pulse is sealed padded to one size: any other length is not one of ours.
        ciphertext=_bytes(data, "ciphertext", damaged, length=pulse_seal.SEALED_BYTES),
    )
    content_damaged = PulseFileError(msg.PULSE_CONTENT_DAMAGED, path)
    try:
        plaintext = pulse_seal.open_sealed(private_key, sealed, _aad(round_id))
    except pulse_seal.PulseOpenError:
        raise PulseFileError(msg.PULSE_NOT_OPENED, path) from None
    except pulse_seal.PulsePaddingError:
        raise content_damaged from None
    try:
        payload = json.loads(plaintext.decode("utf-8"))
        token = payload["token"]
        shared_at = datetime.fromisoformat(payload["shared_at"])
        if not isinstance(token, str) or not _TOKEN.fullmatch(token):
            raise content_damaged
        # Never the refused value: it is the leader's figure (ValidationError shows it).
        period = (pulse_round.start, pulse_round.end)
        pulse = domain_pulse.pulse_from_dict(payload["pulse"], period=period)
    except (ValueError, TypeError, KeyError, RecursionError, ValidationError):
        raise content_damaged from None
    return token, shared_at.replace(tzinfo=None), pulse


# --- reading and checking the files -------------------------------------------------------


def _read_document(path: Path, what: Message, limit: int, file_format: str) -> dict[str, Any]:
    """The JSON object of a round or pulse file, its format and version checked."""
    try:
        text = read_user_text(path, what, limit).removeprefix("\ufeff")
    except WellbeingError as exc:  # missing, a folder, too large, unreadable, not UTF-8
        raise PulseFileError(exc.message, path) from None
    if not text.strip():
        raise PulseFileError(msg.USER_FILE_EMPTY, path, name=what)
    not_ours = msg.NOT_A_ROUND_FILE if file_format == ROUND_FORMAT else msg.NOT_A_PULSE_FILE
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise PulseFileError(not_ours, path) from None
    if not isinstance(data, dict) or data.get("format") != file_format:
        raise PulseFileError(not_ours, path)
    version = data.get("version")
    if version == FILE_VERSION and not isinstance(version, bool):
        return data
    if isinstance(version, int) and not isinstance(version, bool) and version > FILE_VERSION:
        raise PulseFileError(msg.PULSE_FILE_TOO_NEW, path, code=version)
    detail = Message(msg.PULSE_PART_NOT_VALID, code="version")
    damaged = msg.ROUND_FILE_DAMAGED if file_format == ROUND_FORMAT else msg.PULSE_FILE_DAMAGED
    raise PulseFileError(damaged, path, detail=detail)


def _field(
    data: dict[str, Any], key: str, kind: type[_T], damaged: Callable[[Message], PulseFileError]
) -> _T:
    value = data.get(key)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise damaged(Message(msg.PULSE_PART_NOT_VALID, code=key))
    return value


def _day(data: dict[str, Any], key: str, damaged: Callable[[Message], PulseFileError]) -> date:
    text = _field(data, key, str, damaged)
    try:
        if not _ISO_DAY.fullmatch(text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise damaged(Message(msg.PULSE_PART_NOT_VALID, code=key)) from None


def _bytes(
    data: dict[str, Any],
    key: str,
    damaged: Callable[[Message], PulseFileError],
    *,
    length: int | None = None,
) -> bytes:
    text = _field(data, key, str, damaged)
    try:
        value = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, binascii.Error):
        raise damaged(Message(msg.PULSE_PART_NOT_VALID, code=key)) from None
    if length is not None and len(value) != length:
        raise damaged(Message(msg.PULSE_PART_WRONG_LENGTH, code=key))
    return value


def _key(data: dict[str, Any], key: str, damaged: Callable[[Message], PulseFileError]) -> bytes:
    return _bytes(data, key, damaged, length=pulse_seal.KEY_BYTES)


def _b64(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


def _aad(round_id: str) -> bytes:
    return round_id.encode("ascii")


def _safe_name(name: str) -> str:
    """The round's name as a file name: letters, digits and - only (å, æ, ø kept)."""
    words = re.findall(r"\w+", name.lower())
    return "-".join(words)[:60].strip("-_") or "round"
