"""The leader group's pulse in the open journal (issue #18), for ``Journal``.

The rounds this journal started (with their private keys) and the journal's token secret;
each call is one transaction. The use cases are in ``services/pulse.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.services.journal_core import JournalCore
from wellbeing_desktop.storage import pulse_rounds
from wellbeing_desktop.storage.pulse_rounds import PulseRoundRepository

if TYPE_CHECKING:
    from wellbeing_desktop.domain.pulse import PulseRound


class JournalPulse(JournalCore):
    """The rounds a facilitator started here, and the secret a leader's token comes from."""

    def pulse_rounds(self) -> list[PulseRound]:
        """The rounds this journal started, newest first."""
        with self._read() as session:
            return PulseRoundRepository(session).all()

    def pulse_round_key(self, round_id: str) -> tuple[PulseRound, bytes] | None:
        """A round this journal started and its private key; None for any other round."""
        with self._read() as session:
            return PulseRoundRepository(session).get(round_id)

    def add_pulse_round(self, pulse_round: PulseRound, private_key: bytes) -> PulseRound:
        """Keep a new round and its private key (one committed transaction)."""
        with self._write() as session:
            PulseRoundRepository(session).add(pulse_round, private_key, created_at=self.now())
        return pulse_round

    def pulse_token_secret(self) -> bytes:
        """The journal's token secret, made and committed on first need."""
        with self._read() as session:
            secret = pulse_rounds.token_secret(session)
        if secret is not None:
            return secret
        with self._write() as session:
            return pulse_rounds.make_token_secret(session)
