"""A pulse file tells nothing by its size or its key; its token is bound to the whole round.

One short demo journal (a leader) and an empty one (the facilitator), real SQLCipher
journals: pulses of different contents (no WHO-5 band or each band, no item or three,
every situation open) make pulse files of one size; a round whose key is of low order
is refused in our words and nothing is written; a round file that reuses a round's id
with another period gives the leader another token.
"""

from __future__ import annotations

import base64
import dataclasses
import json
from datetime import date, datetime
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.catalogues import DEMANDS, RESOURCES, SPARRING_SITUATIONS
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.pulse import Who5Band, pulse_to_dict
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.security.pulse_seal import Sealed, open_sealed
from wellbeing_desktop.services import pulse
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.services.demo import generate_demo

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from wellbeing_desktop.domain.pulse import LeaderPulse, PulseRound
    from wellbeing_desktop.services.journal import Journal

DEMO_END = date(2026, 11, 22)
START, END = date(2026, 11, 2), DEMO_END


@dataclasses.dataclass
class Pair:
    folder: Path
    facilitator: Journal
    leader: Journal
    round: PulseRound
    pulse: LeaderPulse


def _journal(folder: Path, name: str) -> Journal:
    access = JournalAccess(
        JournalPaths(folder / name),
        kdf=keyfile.TEST_KDF,
        clock=lambda: datetime(2026, 11, 26, 17, 30),
    )
    journal, _code = access.create(PASSPHRASE)
    return journal


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    folder = tmp_path_factory.mktemp("sealed")
    facilitator = _journal(folder, "facilitator")
    pulse_round = pulse.start_round(facilitator, name="Ledergruppen", start=START, end=END)
    leader = _journal(folder, "leader")
    leader.import_content(generate_demo(days=21, seed=3, end=DEMO_END))
    shared = pulse.preview_pulse(leader, pulse_round, include_who5=False)
    yield Pair(folder, facilitator, leader, pulse_round, shared)
    leader.close()
    facilitator.close()


def _opened(pair: Pair, path: Path) -> dict[str, object]:
    document = json.loads(path.read_text(encoding="utf-8"))
    parts = (base64.b64decode(document[k]) for k in ("ephemeral_key", "nonce", "ciphertext"))
    found = pair.facilitator.pulse_round_key(pair.round.round_id)
    assert found is not None
    plaintext = open_sealed(found[1], Sealed(*parts), pair.round.round_id.encode())
    payload = json.loads(plaintext)
    assert isinstance(payload, dict)
    return payload


def test_pulses_of_different_contents_make_files_of_one_size(pair: Pair, tmp_path: Path) -> None:
    situations = tuple(key for key in SPARRING_SITUATIONS if key != "other")
    variants = [
        dataclasses.replace(pair.pulse, who5_band=None, top_demands=(), top_resources=()),
        *(dataclasses.replace(pair.pulse, who5_band=band) for band in Who5Band),
        dataclasses.replace(
            pair.pulse,
            top_demands=tuple(item.key for item in DEMANDS[-3:]),
            top_resources=tuple(item.key for item in RESOURCES[-3:]),
            open_situations=situations,
            resolved_situations=situations,
            leadership_share=0.30000000000000004,
            hours_per_week=41.333333333333336,
            demands_mean=6.666666666666667,
            resources_mean=3.3333333333333335,
            step_shares=(0.1111111111111111,) * 4 + (0.5555555555555556,),
            has_sparring=True,
        ),
    ]
    sizes = set()
    for number, variant in enumerate(variants):
        target = tmp_path / f"pulse-{number}.json"
        pulse.share_pulse(pair.leader, pair.round, variant, target)
        sizes.add(target.stat().st_size)
        # The largest pulse this app makes fits, and opens as it was.
        assert _opened(pair, target)["pulse"] == pulse_to_dict(variant)
    assert len(sizes) == 1


@pytest.mark.parametrize(
    "key",
    [
        bytes(32),
        bytes.fromhex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800"),
    ],
)
def test_a_round_key_of_low_order_is_refused_in_our_words(
    pair: Pair, tmp_path: Path, key: bytes
) -> None:
    made_by_hand = dataclasses.replace(pair.round, public_key=key)
    log = pair.leader.export_log()
    target = tmp_path / "pulse.json"
    with pytest.raises(WellbeingError) as refused:
        pulse.share_pulse(pair.leader, made_by_hand, pair.pulse, target)
    assert not isinstance(refused.value, ValueError)
    assert str(refused.value).startswith("the round file's key cannot be used to seal a pulse")
    assert list(tmp_path.iterdir()) == []
    assert pair.leader.export_log() == log


def test_a_round_file_that_reuses_the_id_with_another_period_gives_another_token(
    pair: Pair, tmp_path: Path
) -> None:
    other_period = dataclasses.replace(pair.round, start=date(2026, 10, 26))
    pulse.share_pulse(pair.leader, pair.round, pair.pulse, tmp_path / "a.json")
    pulse.share_pulse(pair.leader, pair.round, pair.pulse, tmp_path / "b.json")
    pulse.share_pulse(pair.leader, other_period, pair.pulse, tmp_path / "c.json")

    first, again, other = (_opened(pair, tmp_path / f"{n}.json")["token"] for n in "abc")

    assert first == again
    assert other != first
