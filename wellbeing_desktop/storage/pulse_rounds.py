"""The leader group's pulse in the journal: the rounds started here, their pictures, a secret.

A facilitator's journal keeps each round it started with the round's key pair (the
private key opens the leaders' pulses and never leaves the encrypted database). Every
journal keeps one token secret (32 random bytes, a settings row, made on first need):
a leader's token for a round is an HMAC of the round id under it
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

from wellbeing_desktop.domain.pulse import PulseRound
from wellbeing_desktop.domain.pulse_guard import PulseCombination
from wellbeing_desktop.storage.orm import PulseCombinationRow, PulseRoundRow, SettingRow

if TYPE_CHECKING:
    from datetime import datetime

    from sqlalchemy.orm import Session

    from wellbeing_desktop.domain.pulse_guard import PulseMark

# The settings row of the token secret (hex): not part of ``Settings``, never exported.
TOKEN_SECRET_KEY = "pulse_token_secret"
TOKEN_SECRET_BYTES = 32


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
        """Every picture made of the round, oldest first (a damaged row is skipped)."""
        rows = self._session.scalars(
            select(PulseCombinationRow)
            .where(PulseCombinationRow.round_id == round_id)
            .order_by(PulseCombinationRow.made_at, PulseCombinationRow.id)
        )
        found: list[PulseCombination] = []
        for row in rows:
            pulses = _marks(row.pulses)
            if pulses is not None:
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
    except ValueError:
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
    """The journal's token secret, or None if none was made yet (or the row is unusable)."""
    row = session.get(SettingRow, TOKEN_SECRET_KEY)
    if row is None:
        return None
    try:
        value = json.loads(row.value)
        secret = bytes.fromhex(value) if isinstance(value, str) else b""
    except ValueError:
        return None
    return secret if len(secret) == TOKEN_SECRET_BYTES else None


def make_token_secret(session: Session) -> bytes:
    """The journal's token secret, made (32 random bytes) if there is no usable one yet."""
    secret = token_secret(session)
    if secret is not None:
        return secret
    secret = secrets.token_bytes(TOKEN_SECRET_BYTES)
    value = json.dumps(secret.hex())
    row = session.get(SettingRow, TOKEN_SECRET_KEY)
    if row is None:
        session.add(SettingRow(key=TOKEN_SECRET_KEY, value=value))
    else:
        row.value = value
    session.flush()
    return secret
