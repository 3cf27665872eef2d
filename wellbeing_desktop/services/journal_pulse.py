"""The leader group's pulse in the open journal (issue #18), for ``Journal``.

The rounds this journal started (with their private keys), the pictures made of them
(which pulses went into each) and the journal's token secret; each call is one transaction.
The use cases are in ``services/pulse.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.domain import pulse_guard
from wellbeing_desktop.services.journal_core import JournalCore
from wellbeing_desktop.storage import pulse_rounds
from wellbeing_desktop.storage.pulse_rounds import (
    PulseCombinationRepository,
    PulseRoundRepository,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from wellbeing_desktop.domain.pulse import PulseRound
    from wellbeing_desktop.domain.pulse_guard import GuardRefusal, PulseCombination, PulseMark


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

    def forget_pulse_round(self, round_id: str) -> None:
        """Forget a round this journal started, with its key (one committed transaction)."""
        with self._write() as session:
            PulseRoundRepository(session).delete(round_id)

    def pulse_combinations(self, round_id: str) -> list[PulseCombination]:
        """The group pictures made of the round here (which pulses went in), oldest first."""
        with self._read() as session:
            return PulseCombinationRepository(session).of_round(round_id)

    def remember_pulse_combination(
        self, round_id: str, pulses: Iterable[PulseMark]
    ) -> GuardRefusal | None:
        """Accept a group picture of the round and remember its pulses, or refuse it.

        One committed transaction: the earlier pictures of the round are read and the new
        one is checked against them (``domain.pulse_guard.too_close``: a round has one
        picture). Refused: why, and the earlier picture concerned; nothing is
        written. Accepted: None; its pulses are remembered (the very same pulses again
        are remembered once, with the time they were first combined).

        Raises:
            PulseCombinationUnreadableError: a stored picture of the round cannot be read
                (nothing is combined: the guard never skips one).
        """
        marks = frozenset(pulses)
        with self._write() as session:
            repository = PulseCombinationRepository(session)
            earlier = repository.of_round(round_id)
            refused = pulse_guard.too_close(marks, earlier)
            if refused is None and all(made.pulses != marks for made in earlier):
                repository.add(round_id, marks, made_at=self.now())
        return refused

    def pulse_token_secret(self) -> bytes:
        """The journal's token secret, made and committed on first need."""
        with self._read() as session:
            secret = pulse_rounds.token_secret(session)
        if secret is not None:
            return secret
        with self._write() as session:
            return pulse_rounds.make_token_secret(session)
