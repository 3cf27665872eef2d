"""The round code: 64 bits over the whole round, so a changed round file shows another code."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from typing import Any

import pytest

from wellbeing_desktop.domain.pulse_types import PulseRound, canonical

ROUND = PulseRound(
    "0123456789abcdef0123456789abcdef",
    "Ledergruppen, efterår 2026",
    date(2026, 9, 7),
    date(2026, 11, 1),
    5,
    bytes(range(32)),
)


def test_the_code_is_sixteen_hex_digits_in_four_groups() -> None:
    code = ROUND.fingerprint
    assert re.fullmatch(r"[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}", code)
    assert code == dataclasses.replace(ROUND).fingerprint  # the same round, the same code


@pytest.mark.parametrize(
    "changed",
    [
        {"round_id": "f" * 32},
        {"name": "Ledergruppen, efterår 2027"},
        {"start": date(2026, 9, 14)},
        {"end": date(2026, 11, 8)},
        {"min_group": 6},
        {"public_key": bytes(range(1, 33))},
    ],
)
def test_every_part_of_the_round_changes_the_code(changed: dict[str, Any]) -> None:
    assert dataclasses.replace(ROUND, **changed).fingerprint != ROUND.fingerprint


def test_the_encoding_is_unambiguous() -> None:
    # Parts that run together alike encode differently (each part carries its length).
    assert canonical("x", "ab", "c") != canonical("x", "a", "bc")
    assert canonical("x", b"", "a") != canonical("x", "a", b"")
    assert canonical("x", "å") == canonical("x", "å".encode())
