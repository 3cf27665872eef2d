"""The leader group's pulse in the journal: the rounds started here, their pictures, a secret.

A facilitator's journal keeps each round it started with the round's key pair (the
private key opens the leaders' pulses and never leaves the encrypted database). Every
journal keeps one token secret (32 random bytes, a settings row, made on first need):
a leader's token for a round is an HMAC of the round (id, key, period) under it
(``security.pulse_seal.pulse_token``). Each group picture made of a round is remembered
by the pulses that went into it (token and time shared, no figures; see
``domain.pulse_guard``). None of these is exported: they travel only inside the
database and its backups, and a passphrase change (which re-wraps or re-keys the
database) keeps them. Repositories never commit.
"""

from __future__ import annotations

import json
import secrets
from typing import TYPE_CHECKING

from sqlalchemy import select

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.pulse import PulseRound
from wellbeing_desktop.domain.pulse_guard import PulseCombination
from wellbeing_desktop.storage import messages as msg
from wellbeing_desktop.storage.orm import PulseCombinationRow, PulseRoundRow, SettingRow

if TYPE_CHECKING:
    from datetime import datetime

    from sqlalchemy.orm import Session

    from wellbeing_desktop.domain.pulse_guard import PulseMark

# The settings row of the token secret (hex): not part of ``Settings``, never exported.
TOKEN_SECRET_KEY = "pulse_token_secret"
TOKEN_SECRET_BYTES = 32


class PulseCombinationUnreadableError(WellbeingError):
    """A group picture stored in the journal cannot be read; nothing is combined."""

    def __init__(self) -> None:
        super().__init__(msg.PULSE_COMBINATION_UNREADABLE)


class PulseSecretUnreadableError(WellbeingError):
    """The journal's token secret is stored but cannot be read; no pulse is made."""

    def __init__(self) -> None:
        super().__init__(msg.PULSE_SECRET_UNREADABLE)


def _round_from_row(row: PulseRoundRow) -> PulseRound:
    return PulseRound(
        round_id=row.round_id,
        name=row.name,
        start=row.period_start,
        end=row.period_end,
        min_group=row.min_group,
        public_key=bytes(row.public_key),
    )


class PulseRoundRepository:
    """The rounds this journal started, with their private keys."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self) -> list[PulseRound]:
        """Every round, newest first."""
        rows = self._session.scalars(
            select(PulseRoundRow).order_by(PulseRoundRow.created_at.desc(), PulseRoundRow.round_id)
        )
        return [_round_from_row(row) for row in rows]

    def get(self, round_id: str) -> tuple[PulseRound, bytes] | None:
        """The round and its private key; None if this journal did not start it."""
        row = self._session.get(PulseRoundRow, round_id)
        if row is None:
            return None
        return _round_from_row(row), bytes(row.private_key)

    def add(self, pulse_round: PulseRound, private_key: bytes, *, created_at: datetime) -> None:
        self._session.add(
            PulseRoundRow(
                round_id=pulse_round.round_id,
                name=pulse_round.name,
                period_start=pulse_round.start,
                period_end=pulse_round.end,
                min_group=pulse_round.min_group,
                public_key=pulse_round.public_key,
                private_key=private_key,
                created_at=created_at,
            )
        )
        self._session.flush()

    def delete(self, round_id: str) -> None:
        """Forget a round and its private key (its pictures go with it)."""
        row = self._session.get(PulseRoundRow, round_id)
        if row is not None:
            self._session.delete(row)
            self._session.flush()


class PulseCombinationRepository:
    """The group pictures made of this journal's rounds: which pulses went into each."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def of_round(self, round_id: str) -> list[PulseCombination]:
        """Every picture made of the round, oldest first.

        Raises:
            PulseCombinationUnreadableError: a row cannot be read as a picture (never
                skipped: the guard must see every picture made).
        """
        rows = self._session.scalars(
            select(PulseCombinationRow)
            .where(PulseCombinationRow.round_id == round_id)
            .order_by(PulseCombinationRow.made_at, PulseCombinationRow.id)
        )
        found: list[PulseCombination] = []
        for row in rows:
            pulses = _marks(row.pulses)
            if pulses is None:
                raise PulseCombinationUnreadableError
            found.append(PulseCombination(made_at=row.made_at, pulses=pulses))
        return found

    def add(self, round_id: str, pulses: frozenset[PulseMark], *, made_at: datetime) -> None:
        self._session.add(
            PulseCombinationRow(
                round_id=round_id,
                made_at=made_at,
                pulses=json.dumps(sorted([token, shared] for token, shared in pulses)),
            )
        )
        self._session.flush()


def _marks(text: str) -> frozenset[PulseMark] | None:
    """The pulses of a stored picture; None if the row cannot be read as one."""
    try:
        value = json.loads(text)
    except (ValueError, TypeError, RecursionError):
        return None
    if not isinstance(value, list):
        return None
    marks: set[PulseMark] = set()
    for item in value:
        if not (
            isinstance(item, list)
            and len(item) == 2
            and all(isinstance(part, str) for part in item)
        ):
            return None
        marks.add((item[0], item[1]))
    return frozenset(marks)


def token_secret(session: Session) -> bytes | None:
    """The journal's token secret, or None if none was made yet.

    Raises:
        PulseSecretUnreadableError: the row is there but cannot be read (never replaced:
            a new secret would make the leader's next pulse count as another leader's).
    """
    row = session.get(SettingRow, TOKEN_SECRET_KEY)
    if row is None:
        return None
    try:
        value = json.loads(row.value)
        secret = bytes.fromhex(value) if isinstance(value, str) else b""
    except (ValueError, TypeError, RecursionError):
        secret = b""
    if len(secret) != TOKEN_SECRET_BYTES:
        raise PulseSecretUnreadableError
    return secret


def make_token_secret(session: Session) -> bytes:
    """The journal's token secret, made (32 random bytes) if none was made yet.

    Raises:
        PulseSecretUnreadableError: as ``token_secret``.
    """
    secret = token_secret(session)
    if secret is not None:
        return secret
    secret = secrets.token_bytes(TOKEN_SECRET_BYTES)
    session.add(SettingRow(key=TOKEN_SECRET_KEY, value=json.dumps(secret.hex())))
    session.flush()
    return secret
