"""The leader group's pulse end to end through the services (issue #18), on real journals.

Six leaders (demo journals, seeds 1 to 6) and a facilitator (an empty journal), each a
real SQLCipher journal: the facilitator starts a round and writes the round file; each
leader reads it, previews and shares a pulse file; the facilitator combines them. The
combined figures are checked against figures computed here from the six journals' own
days (``content()``), independently of the domain's code. Refusals (too few leaders, a
file of another round, one that does not open, damaged or foreign files, a round this
journal did not start) name the file and change nothing; a pulse file holds none of its
journal's words and opens with no key but the round's.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import re
import statistics
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import text

from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.catalogues import SPARRING_SITUATIONS
from wellbeing_desktop.domain.errors import ValidationError
from wellbeing_desktop.domain.models import ActivityKind, JournalContent
from wellbeing_desktop.domain.pulse import (
    PulseRound,
    PulseTooFewError,
    group_count,
    pulse_from_dict,
)
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.security.pulse_seal import (
    PulseOpenError,
    Sealed,
    new_round_keys,
    open_sealed,
)
from wellbeing_desktop.services import pulse
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.services.demo import generate_demo
from wellbeing_desktop.services.pulse import PulseFileError, PulseRoundUnknownError
from wellbeing_desktop.storage.engine import writing

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from wellbeing_desktop.domain.pulse import GroupPicture
    from wellbeing_desktop.services.journal import Journal

DEMO_END = date(2026, 11, 22)  # a Sunday: the round's eight weeks are whole weeks
START, END = date(2026, 9, 28), DEMO_END
SEEDS = range(1, 7)


class Clock:
    """A journal's clock that a test moves on (a pulse shared again is shared later)."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 26, 17, 30)

    def __call__(self) -> datetime:
        return self.now


@dataclasses.dataclass
class Group:
    folder: Path
    facilitator: Journal
    facilitator_clock: Clock
    leaders: list[Journal]
    clocks: list[Clock]
    round: PulseRound
    round_file: Path
    pulses: list[Path]

    def combine(self, files: list[Path]) -> GroupPicture:
        """Combine as a facilitator who made no picture of the round before.

        These tests compare pictures of different sets of pulses, which the guard against
        differencing refuses (its own tests are in test_pulse_guard.py).
        """
        engine = self.facilitator._require_open().engine
        with writing(engine).begin() as conn:
            conn.execute(text("DELETE FROM pulse_combinations"))
        return pulse.combine(self.facilitator, self.round.round_id, files)


def _journal(folder: Path, name: str, clock: Clock) -> Journal:
    access = JournalAccess(JournalPaths(folder / name), kdf=keyfile.TEST_KDF, clock=clock)
    journal, _code = access.create(PASSPHRASE)
    return journal


@pytest.fixture(scope="module")
def group(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Group]:
    folder = tmp_path_factory.mktemp("pulse")
    facilitator_clock = Clock()
    facilitator = _journal(folder, "facilitator", facilitator_clock)
    pulse_round = pulse.start_round(
        facilitator, name="Ledergruppen, efterår 2026", start=START, end=END
    )
    round_file = folder / pulse.round_file_name(pulse_round)
    pulse.write_round_file(pulse_round, round_file)
    leaders: list[Journal] = []
    clocks: list[Clock] = []
    pulses: list[Path] = []
    for seed in SEEDS:
        clock = Clock()
        leader = _journal(folder, f"leader{seed}", clock)
        leader.import_content(generate_demo(days=120, seed=seed, end=DEMO_END))
        received = pulse.read_round_file(round_file)
        shared = pulse.preview_pulse(leader, received, include_who5=False)
        target = folder / f"{seed}-{pulse.pulse_file_name(received)}"
        pulse.share_pulse(leader, received, shared, target)
        leaders.append(leader)
        clocks.append(clock)
        pulses.append(target)
    yield Group(
        folder, facilitator, facilitator_clock, leaders, clocks, pulse_round, round_file, pulses
    )
    for journal in (facilitator, *leaders):
        journal.close()


# --- figures computed here from the journals' own days ------------------------------------


def _week_figures(content: JournalContent) -> tuple[list[float], list[float]]:
    """Per whole week of the round with a logged day: the leadership share and the hours."""
    leadership = {c.key for c in content.categories if c.kind is ActivityKind.LEADERSHIP}
    shares: list[float] = []
    hours: list[float] = []
    monday = START
    while monday <= END:
        days = [d for d in content.days if monday <= d.day <= monday + timedelta(days=6)]
        monday += timedelta(days=7)
        if not days:
            continue
        logged = sum(sum(d.minutes.values()) for d in days)
        led = sum(m for d in days for k, m in d.minutes.items() if k in leadership)
        if logged:
            shares.append(led / logged)
        worked = sum(
            d.hours_worked_minutes
            if d.hours_worked_minutes is not None
            else sum(d.minutes.values())
            for d in days
        )
        hours.append(worked / 60)
    return shares, hours


def _percent(share: float) -> float:
    """A share as the preview writes it, whole percent: 0.075 -> 0.08."""
    return float(f"{100 * share:.0f}") / 100


def _tenth(value: float) -> float:
    """A mean or hours as the preview writes them, one decimal."""
    return float(f"{value:.1f}")


def _own_figures(journal: Journal) -> dict[str, Any]:
    content = journal.content(START, END)
    shares, hours = _week_figures(content)
    steps = [d.stress_step for d in content.days if d.stress_step is not None]
    demands = [d.demands for d in content.days if d.demands is not None]
    resources = [d.resources for d in content.days if d.resources is not None]
    counts: dict[str, int] = {}
    for day in content.days:
        for key in day.demand_items:
            counts[key] = counts.get(key, 0) + 1
    top = [k for k, _n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))][:3]
    norm = content.settings.weekly_hours_norm
    # Sparring: every topic of the journal (a topic raised before the period may be open).
    topics = journal.content().sparring_topics
    named = [t for t in topics if t.situation in SPARRING_SITUATIONS and t.situation != "other"]
    return {
        "days": len(content.days),
        # Each figure as the leader saw it in the preview (whole percent, one decimal).
        "share": _percent(statistics.median(shares)),
        "target": content.settings.leadership_target_percent,
        "hours": _tenth(statistics.median(hours)),
        "over_norm": any(round(h, 1) > round(norm + 2, 1) for h in hours),
        "steps": [_percent(steps.count(step) / len(steps)) for step in range(1, 6)],
        "demands": _tenth(statistics.fmean(demands)),
        "resources": _tenth(statistics.fmean(resources)),
        "top_demands": top,
        "facing": any(
            t.raised_on <= END and (t.resolved_on is None or t.resolved_on > END) for t in named
        ),
        "resolved": any(t.resolved_on is not None and START <= t.resolved_on <= END for t in named),
        "sparring": any(
            t.raised_on <= END and (t.resolved_on is None or t.resolved_on >= START) for t in topics
        ),
    }


def test_six_pulses_combine_into_the_figures_of_the_six_journals(group: Group) -> None:
    picture = group.combine(group.pulses)
    own = [_own_figures(leader) for leader in group.leaders]

    assert picture.round == group.round
    assert picture.leaders == 6
    assert picture.days_logged_median == statistics.median(o["days"] for o in own)
    # The group's figures are rounded as the report shows them, as each leader's were.
    assert picture.leadership_share_median == pytest.approx(
        _percent(statistics.median(o["share"] for o in own))
    )
    assert picture.target_percent_median == statistics.median(o["target"] for o in own)
    # Each count as the domain may show it: exact only with 3 on each side (of 6: only 3).
    assert picture.below_target == group_count(sum(o["share"] * 100 < o["target"] for o in own), 6)
    assert picture.hours_per_week_median == pytest.approx(
        _tenth(statistics.median(o["hours"] for o in own))
    )
    assert picture.over_norm == group_count(sum(o["over_norm"] for o in own), 6)
    assert picture.step_shares is not None
    for step in range(5):
        expected = _percent(statistics.fmean(o["steps"][step] for o in own))
        assert picture.step_shares[step] == pytest.approx(expected)
    assert picture.demands_mean == pytest.approx(
        _tenth(statistics.fmean(o["demands"] for o in own))
    )
    assert picture.resources_mean == pytest.approx(
        _tenth(statistics.fmean(o["resources"] for o in own))
    )
    named: dict[str, int] = {}
    for o in own:
        for key in o["top_demands"]:
            named[key] = named.get(key, 0) + 1
    expected_items = {key: group_count(n, 6) for key, n in named.items() if n >= 3}
    assert {item.key: item.leaders for item in picture.top_demands} == expected_items
    assert picture.facing_situation == group_count(sum(o["facing"] for o in own), 6)
    assert picture.resolved == group_count(sum(o["resolved"] for o in own), 6)
    assert picture.with_sparring == group_count(sum(o["sparring"] for o in own), 6)
    # No one ticked WHO-5: the bands are not shown.
    assert picture.who5_leaders == 0
    assert picture.who5_bands is None


def test_four_pulses_are_refused_saying_one_more_is_needed(group: Group) -> None:
    with pytest.raises(PulseTooFewError) as refused:
        group.combine(group.pulses[:4])
    assert "has 4: 1 more needed" in str(refused.value)
    # The same file named twice is one leader, not two.
    with pytest.raises(PulseTooFewError, match="has 4"):
        group.combine([*group.pulses[:4], group.pulses[0]])
    assert group.combine([*group.pulses[:5], group.pulses[4]]).leaders == 5


def test_a_pulse_shared_again_replaces_the_earlier_one(group: Group) -> None:
    leader, clock = group.leaders[0], group.clocks[0]
    clock.now += timedelta(hours=1)
    received = pulse.read_round_file(group.round_file)
    again = pulse.preview_pulse(leader, received, include_who5=True)
    assert again.who5_band is not None
    resent = group.folder / "resent.json"
    pulse.share_pulse(leader, received, again, resent)

    # The later pulse is kept whichever file comes first; the leader counts once.
    for files in ([resent, *group.pulses[:5]], [*group.pulses[:5], resent]):
        picture = group.combine(files)
        assert picture.leaders == 5
        assert picture.who5_leaders == 1  # the later pulse, with the band ticked
    with pytest.raises(PulseTooFewError):  # five files, four leaders
        group.combine([resent, *group.pulses[:4]])


def _journal_words(journal: Journal) -> set[str]:
    """Every reflection and note word of 6 letters or more, every tag, every 1:1 partner."""
    content = journal.content()
    words: set[str] = set()
    for day in content.days:
        words |= {w for w in re.findall(r"\w+", day.reflection) if len(w) >= 6}
        words |= set(day.tags)
    for topic in content.sparring_topics:
        words |= {w for w in re.findall(r"\w+", topic.notes) if len(w) >= 6}
    words |= {meeting.with_whom for meeting in content.one_on_ones}
    return words


def _found(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE) is not None


def _strings(value: object) -> list[str]:
    """Every text value (not the keys) in a parsed JSON value, numbers as text too."""
    if isinstance(value, dict):
        return [text for inner in value.values() for text in _strings(inner)]
    if isinstance(value, list):
        return [text for inner in value for text in _strings(inner)]
    return [str(value)]


SEALED_PARTS = ("ephemeral_key", "nonce", "ciphertext")


def test_a_pulse_file_holds_no_text_and_opens_only_with_the_rounds_key(group: Group) -> None:
    leader, path = group.leaders[1], group.pulses[1]
    data = path.read_bytes()
    document = json.loads(data)
    assert set(document) == {"format", "version", "round_id", *SEALED_PARTS}
    assert path.stat().st_mode & 0o777 == 0o600
    sealed = Sealed(*(base64.b64decode(document[part]) for part in SEALED_PARTS))
    aad = group.round.round_id.encode()
    other_private, _public = new_round_keys()
    with pytest.raises(PulseOpenError):
        open_sealed(other_private, sealed, aad)
    found = group.facilitator.pulse_round_key(group.round.round_id)
    assert found is not None
    plaintext = open_sealed(found[1], sealed, aad).decode("utf-8")

    # The file's values but the sealed parts (random bytes, where a short word may turn up
    # by chance) and every value the sealed parts hold: none of the journal's words. (The
    # keys are the format's own words: "version" is one, and a reflection may use it.)
    values = _strings({k: v for k, v in document.items() if k not in SEALED_PARTS})
    values += _strings(json.loads(plaintext))
    words = _journal_words(leader)
    assert len(words) > 50
    assert any(_found(word, leader.content().days[0].reflection) for word in words)
    leaked = sorted(w for w in words if any(_found(w, value) for value in values))
    assert leaked == []
    for part in SEALED_PARTS:
        data = data.replace(document[part].encode(), b"")
    assert not [w for w in words if len(w) >= 8 and w.encode("utf-8") in data]
    payload = json.loads(plaintext)
    assert set(payload) == {"token", "shared_at", "pulse"}
    # What is sealed is exactly what the preview showed.
    shown = pulse.preview_pulse(leader, group.round, include_who5=False)
    assert pulse_from_dict(payload["pulse"]) == shown


def test_the_consent_log_has_the_shared_pulse(group: Group) -> None:
    [entry] = group.leaders[2].export_log()
    assert (entry.kind, entry.format) == ("pulse", "pulse")
    assert (entry.period_start, entry.period_end) == (START, END)
    assert entry.reflection_days == ()
    assert group.facilitator.export_log() == []


def test_a_pulse_of_another_round_is_refused_naming_the_file(group: Group) -> None:
    group.facilitator_clock.now += timedelta(minutes=5)
    # Eight weeks before the group's round (a round over the same weeks is refused).
    other = pulse.start_round(
        group.facilitator,
        name="AMU, vinter",
        start=START - timedelta(weeks=8),
        end=START - timedelta(days=1),
    )
    leader = group.leaders[3]
    stray = group.folder / "stray.json"
    pulse.share_pulse(leader, other, pulse.preview_pulse(leader, other, include_who5=False), stray)
    with pytest.raises(PulseFileError) as refused:
        group.combine([*group.pulses, stray])
    assert str(stray) in str(refused.value)
    assert "another round" in str(refused.value)

    # The same file with this round's id written over the other's: it does not open.
    document = json.loads(stray.read_text(encoding="utf-8"))
    document["round_id"] = group.round.round_id
    forged = group.folder / "forged.json"
    forged.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(PulseFileError) as refused:
        group.combine([*group.pulses, forged])
    assert str(forged) in str(refused.value)
    assert "cannot be opened with this round's key" in str(refused.value)
    assert group.facilitator.pulse_rounds() == [other, group.round]


def _edited(group: Group, name: str, edit: Any) -> Path:
    document = json.loads(group.pulses[0].read_text(encoding="utf-8"))
    edit(document)
    path = group.folder / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _flip_last_byte(document: dict[str, Any]) -> None:
    raw = bytearray(base64.b64decode(document["ciphertext"]))
    raw[-1] ^= 1
    document["ciphertext"] = base64.b64encode(bytes(raw)).decode()


DAMAGED_PULSES = {
    "not JSON": (b"this is not json", "is not a Leader Pulse pulse file"),
    "a JSON export": (
        b'{"format": "leader-pulse-export", "version": 2}',
        "is not a Leader Pulse pulse file",
    ),
    "a round file": (
        b'{"format": "leader-pulse-round", "version": 1}',
        "is not a Leader Pulse pulse file",
    ),
    "empty": (b"", "is empty"),
    "not UTF-8": (b"\xff\xfe\x00", "is not UTF-8 text"),
}
EDITED_PULSES = {
    "newer": (lambda d: d.update(version=2), "newer version"),
    "version text": (lambda d: d.update(version="1"), "its version is not valid"),
    "bad base64": (lambda d: d.update(nonce="***"), "its nonce is not valid"),
    "short key": (
        lambda d: d.update(ephemeral_key=base64.b64encode(b"k" * 31).decode()),
        "its ephemeral_key has the wrong length",
    ),
    "no ciphertext": (lambda d: d.pop("ciphertext"), "its ciphertext is not valid"),
    "tampered": (_flip_last_byte, "cannot be opened with this round's key"),
}


@pytest.mark.parametrize("case", sorted(DAMAGED_PULSES))
def test_a_foreign_or_damaged_file_is_refused_naming_it(group: Group, case: str) -> None:
    content, words = DAMAGED_PULSES[case]
    path = group.folder / f"bad {case}.json"
    path.write_bytes(content)
    with pytest.raises(PulseFileError) as refused:
        group.combine([*group.pulses, path])
    assert str(path) in str(refused.value)
    assert words in str(refused.value)


@pytest.mark.parametrize("case", sorted(EDITED_PULSES))
def test_an_edited_pulse_file_is_refused_naming_it(group: Group, case: str) -> None:
    edit, words = EDITED_PULSES[case]
    path = _edited(group, f"edited {case}.json", edit)
    with pytest.raises(PulseFileError) as refused:
        group.combine([*group.pulses[1:], path])
    assert str(path) in str(refused.value)
    assert words in str(refused.value)


def test_missing_files_and_folders_are_refused_naming_them(group: Group) -> None:
    for path in (group.folder / "nowhere.json", group.folder):
        with pytest.raises(PulseFileError) as refused:
            group.combine([*group.pulses, path])
        assert str(path) in str(refused.value)


def test_a_round_this_journal_did_not_start_is_refused(group: Group) -> None:
    with pytest.raises(PulseRoundUnknownError) as refused:
        pulse.combine(group.leaders[0], group.round.round_id, group.pulses)
    assert "did not start this round" in str(refused.value)


# --- round files ---------------------------------------------------------------------------


def test_the_round_file_carries_the_round_and_no_secret(group: Group) -> None:
    assert pulse.read_round_file(group.round_file) == group.round
    assert group.round_file.name == "ledergruppen-efterår-2026.leaderpulse-round.json"
    assert group.round_file.stat().st_mode & 0o777 == 0o600
    document = json.loads(group.round_file.read_text(encoding="utf-8"))
    assert document == {
        "format": "leader-pulse-round",
        "version": 1,
        "round_id": group.round.round_id,
        "name": "Ledergruppen, efterår 2026",
        "from": "2026-09-28",
        "to": "2026-11-22",
        "min_group": 5,
        "public_key": base64.b64encode(group.round.public_key).decode(),
    }
    found = group.facilitator.pulse_round_key(group.round.round_id)
    assert found is not None
    data = group.round_file.read_bytes()
    for form in (found[1].hex(), base64.b64encode(found[1]).decode()):
        assert form.encode() not in data
    with pytest.raises(FileExistsError):
        pulse.write_round_file(group.round, group.round_file)
    assert pulse.read_round_file(group.round_file) == group.round


# A point of order 8 on Curve25519: every exchange with it gives the all-zero secret.
LOW_ORDER_KEY = base64.b64encode(
    bytes.fromhex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800")
).decode()

ROUND_EDITS = {
    "min_group 3": ({"min_group": 3}, "min-group: 3 is not allowed"),
    "min_group text": ({"min_group": "5"}, "its min_group is not valid"),
    "from after to": ({"from": "2026-11-30"}, "to: '2026-11-22' is not allowed; a Sunday"),
    # A hand-made round of one day: each pulse would hold that day's figures.
    "one day": ({"from": "2026-11-22"}, "from: '2026-11-22' is not allowed; a Monday"),
    "one week": ({"from": "2026-11-16"}, "a Sunday at least 13 days after from (2026-11-29"),
    "bad date": ({"to": "2026-02-30"}, "its to is not valid"),
    "empty name": ({"name": "   "}, "name: this value is not allowed"),
    "round id": ({"round_id": "ABC"}, "its round_id is not valid"),
    "bad base64": ({"public_key": "not base64!"}, "its public_key is not valid"),
    "short key": ({"public_key": base64.b64encode(b"k" * 16).decode()}, "wrong length"),
    "all-zero key": ({"public_key": base64.b64encode(bytes(32)).decode()}, "public_key is not"),
    "low-order key": ({"public_key": LOW_ORDER_KEY}, "its public_key is not valid"),
    "format": ({"format": "leader-pulse-pulse"}, "is not a Leader Pulse round file"),
    "version": ({"version": 7}, "newer version"),
}


@pytest.mark.parametrize("case", sorted(ROUND_EDITS))
def test_a_damaged_round_file_is_refused_naming_it(group: Group, case: str) -> None:
    change, words = ROUND_EDITS[case]
    document = json.loads(group.round_file.read_text(encoding="utf-8"))
    document.update(change)
    path = group.folder / f"round {case}.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(PulseFileError) as refused:
        pulse.read_round_file(path)
    assert str(path) in str(refused.value)
    assert words in str(refused.value)


def test_a_file_too_large_for_a_round_file_is_not_read(group: Group) -> None:
    path = group.folder / "huge.json"
    path.write_bytes(b" " * (pulse.ROUND_FILE_LIMIT + 1))
    with pytest.raises(PulseFileError) as refused:
        pulse.read_round_file(path)
    assert "nothing was read" in str(refused.value)


@pytest.mark.parametrize(
    ("name", "start", "end", "min_group", "field"),
    [
        ("", START, END, 5, "name"),
        ("x" * 81, START, END, 5, "name"),
        ("Ledergruppen", END, START, 5, "from"),
        ("Ledergruppen", START, START + timedelta(days=6), 5, "to"),  # one week
        ("Ledergruppen", START, END, 4, "min-group"),
        ("Ledergruppen", date(1969, 12, 1), END, 5, "from"),
    ],
)
def test_a_round_is_refused_before_anything_is_kept(
    group: Group, name: str, start: date, end: date, min_group: int, field: str
) -> None:
    before = pulse.rounds(group.facilitator)
    with pytest.raises(ValidationError) as refused:
        pulse.start_round(group.facilitator, name=name, start=start, end=end, min_group=min_group)
    assert refused.value.field == field
    assert pulse.rounds(group.facilitator) == before


def test_a_file_name_takes_no_folder_or_line_from_the_rounds_name() -> None:
    assert pulse.pulse_file_name(dataclasses.replace(_round(), name="A/B\n../C")) == (
        "leaderpulse-pulse-a-b-c.json"
    )


def _round() -> PulseRound:
    return PulseRound("0" * 32, "Ledergruppen", START, END, 5, b"\x01" * 32)


def test_a_period_with_no_logged_day_shares_nothing(group: Group, tmp_path: Path) -> None:
    empty = dataclasses.replace(group.round, start=date(2025, 1, 6), end=date(2025, 2, 2))
    before = group.leaders[4].export_log()
    with pytest.raises(ValidationError) as refused:
        pulse.preview_pulse(group.leaders[4], empty, include_who5=False)
    assert refused.value.field == "period"
    assert group.leaders[4].export_log() == before
    assert list(tmp_path.iterdir()) == []
