"""Bad input, fuzzed with Hypothesis.

Bad input, fuzzed with Hypothesis: stored exactly, or refused in one line with nothing
half-written.

- JSON import (``interchange.content_from_json`` + ``Journal.import_content``): malformed
  text, wrong types anywhere, huge strings, duplicated and future dates, NUL bytes, lone
  surrogates, emoji and right-to-left text. A refusal must be a ``WellbeingError`` with a
  one-line message and leave the journal's whole content unchanged; an accepted file must
  be in the journal exactly as it was read.
- The command-line parsers (``parse_duration``, ``parse_day``) with any text, and the
  ``log`` command itself (``cli.main``, in-process) with any text in its options.
- Text stored through the services (reflections, tags, own signals, sparring notes, 1:1
  notes, agenda and names): stored exactly (equal after the journal is closed and opened
  again) or refused in one line with the day left as it was. Plus the 5 MB reflection,
  which is over the 100,000-character limit: refused cleanly everywhere, nothing written.

The number of cases comes from WELLBEING_LONG_TESTS (see ``support.sized``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import json
import shutil
import traceback
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.cli.cli_support import run_cli_process
from tests.reliability.support import (
    FIXED_NOW,
    PASSPHRASE,
    access_for,
    one_line,
    record_figures,
    sized,
    write_passphrase_file,
)
from wellbeing_desktop.domain.day_range import EARLIEST_DAY
from wellbeing_desktop.domain.durations import format_duration, parse_day, parse_duration
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.models import (
    ActionItem,
    CatalogueKind,
    DayChanges,
    DayLog,
    JournalContent,
    Language,
    OneOnOne,
    SparringTopic,
)
from wellbeing_desktop.logs import shutdown_logging
from wellbeing_desktop.services import interchange

if TYPE_CHECKING:
    import subprocess
    from collections.abc import Iterator
    from pathlib import Path

    from wellbeing_desktop.services.journal import Journal

TODAY = FIXED_NOW.date()
MAX_TEXT = 100_000
FIVE_MB = 5 * 1024 * 1024
CATEGORY_KEYS = ("operations", "people_leadership", "strategy", "own_tasks")

# A longer version runs with WELLBEING_LONG_TESTS=1 (`pytest -m long`, .ci/run).
pytestmark = pytest.mark.long

FIGURES: dict[str, dict[str, Any]] = {}


class Findings:
    """Counts the cases of one fuzz test and collects every way the contract broke.

    Hypothesis stops at the first failure; the report wants all of them. Each case runs in
    :meth:`case`: an exception (a broken assertion, or any exception the app let escape)
    is recorded under a signature (its type and the app's code line it came from, or the
    assertion's first line) with the first example, and the next case runs. :meth:`check`
    fails the test if anything was recorded.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.tried = 0
        self.outcomes: dict[str, int] = {}
        self.failures: dict[str, dict[str, Any]] = {}
        FIGURES[name] = self.figures()

    def figures(self) -> dict[str, Any]:
        return {"tried": self.tried, **self.outcomes, "failure_kinds": self.failures}

    @contextlib.contextmanager
    def case(self, example: object) -> Iterator[None]:
        self.tried += 1
        try:
            yield
        except Exception as exc:  # noqa: BLE001  (recorded; check() fails the test)
            found = self.failures.setdefault(
                _signature(exc), {"count": 0, "example": _short(example)}
            )
            found["count"] += 1
        FIGURES[self.name] = self.figures()

    def outcome(self, what: str) -> None:
        self.outcomes[what] = self.outcomes.get(what, 0) + 1

    def check(self) -> None:
        FIGURES[self.name] = self.figures()
        assert self.failures == {}, json.dumps(self.failures, indent=1, ensure_ascii=True)


_APP = "/wellbeing_desktop/"


def _signature(exc: BaseException) -> str:
    if isinstance(exc, AssertionError):
        return "broken: " + (str(exc).splitlines() or ["assertion"])[0][:160]
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if _APP in f.filename]
    where = ""
    if frames:
        frame = frames[-1]
        where = f" from {frame.filename.split(_APP, 1)[1]}:{frame.lineno} ({frame.name})"
    return f"{type(exc).__name__}{where} instead of a one-line refusal"


def _short(example: object) -> str:
    text = repr(example)
    return text if len(text) <= 300 else text[:300] + f"... ({len(text)} characters)"


def _fuzz(default: int) -> settings:
    """Hypothesis settings for the default and the long run.

    Hypothesis settings: a fifth of ``default`` cases (at least 20) in the default run,
    ``default`` in a long run (WELLBEING_LONG_TESTS=1, .ci/run).
    """
    return settings(
        max_examples=sized(max(20, default // 5), default),
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )


@pytest.fixture(scope="module", autouse=True)
def _write_figures() -> Iterator[None]:
    FIGURES.clear()
    yield
    total = sum(f["tried"] for f in FIGURES.values())
    failing = {name: f["failure_kinds"] for name, f in FIGURES.items() if f["failure_kinds"]}
    record_figures("bad_input", {"tests": FIGURES, "cases_total": total, "failure_kinds": failing})


# --- journals --------------------------------------------------------------------------


class Journals:
    """Fresh journals, copied from one template (creating one runs the migrations)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.template = root / "template"
        access_for(self.template).create(PASSPHRASE)[0].close()
        self._count = 0
        self.current: Journal | None = None
        self.accepted = 0

    def fresh(self) -> Journal:
        self.close()
        self._count += 1
        folder = self.root / f"journal-{self._count}"
        shutil.copytree(self.template, folder)
        self.current = access_for(folder).open_with_passphrase(PASSPHRASE)
        self.accepted = 0
        return self.current

    def journal(self) -> Journal:
        """The current journal; a new one after every 25 accepted imports."""
        if self.current is None or self.accepted >= 25:
            return self.fresh()
        return self.current

    def close(self) -> None:
        if self.current is not None:
            self.current.close()
            self.current = None


@pytest.fixture(scope="module")
def journals(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journals]:
    made = Journals(tmp_path_factory.mktemp("bad-input"))
    yield made
    made.close()


def _export(journal: Journal) -> str:
    return interchange.content_to_json(journal.content())


def _assert_refusal(exc: WellbeingError) -> None:
    message = str(exc)
    assert one_line(message), "the refusal is not one line"
    assert len(message) <= 1000, "the refusal is one line of over 1,000 characters"


# --- strategies --------------------------------------------------------------------------

# Every code point, lone surrogates included (st.text() leaves those out).
ANY_CHAR = st.characters(blacklist_categories=())
SPECIAL = st.sampled_from(
    [
        "\x00",
        "\ud800",
        "\udfff",
        "\udc80",
        "👩‍💼",
        "🙂",
        "🇩🇰",
        "שלום עליכם",
        "مرحبا بالعالم",
        "\u202eevil",
        "\u200b",
        "\ufeff",
        "\r\n",
        "\r",
        "e\u0301",
        "é",
        "<img src=x onerror=alert(1)>",
        "'; DROP TABLE day_logs; --",
        "%s %d {0}",
        "\\",
        "\n",
        "\t",
        "NEAR",
        '"',
        "*",
    ]
)
SMALL_TEXT = st.one_of(
    st.text(max_size=200),
    st.text(ANY_CHAR, max_size=60),
    st.lists(st.one_of(SPECIAL, st.text(max_size=4)), max_size=30).map("".join),
)
HUGE_TEXT = st.builds(
    lambda ch, n: ch * n,
    st.sampled_from(["a", "é", "🙂", "\x00", " "]),
    st.sampled_from([MAX_TEXT - 1, MAX_TEXT, MAX_TEXT + 1, 3 * MAX_TEXT]),
)
# Mostly ordinary (and odd) text; one time in ten around the 100,000-character limit.
TEXT = st.integers(1, 10).flatmap(lambda n: HUGE_TEXT if n == 1 else SMALL_TEXT)
JSON_SCALAR = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**30, max_value=10**400),
    st.floats(allow_nan=True, allow_infinity=True),
    TEXT,
)
JSON_ANY = st.recursive(
    JSON_SCALAR,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=8,
)
# A small pool of past dates, so dates repeat inside a file and across files.
POOL = [date(2025, 3, d) for d in range(1, 8)]
DATE = st.one_of(
    st.sampled_from(POOL),
    st.dates(min_value=EARLIEST_DAY, max_value=TODAY),
    st.just(TODAY),
    st.dates(min_value=date(1800, 1, 1), max_value=EARLIEST_DAY - timedelta(days=1)),
    st.dates(min_value=TODAY + timedelta(days=1), max_value=date(2100, 12, 31)),
)
BAD_DATE_TEXT = st.one_of(
    st.sampled_from(["2026-02-30", "20250301", "2025-W10-1", "", "today", "1969-12-31"]),
    SMALL_TEXT,
)


def weighted(
    usual: st.SearchStrategy[Any], rare: st.SearchStrategy[Any], odds: int
) -> st.SearchStrategy[Any]:
    """``usual``, except one time in ``odds`` ``rare`` (st.one_of would pick half/half)."""
    return st.integers(1, odds).flatmap(lambda n: rare if n == 1 else usual)


def maybe(strategy: st.SearchStrategy[Any], wrong: int = 80) -> st.SearchStrategy[Any]:
    """Mostly ``strategy``; one time in ``wrong`` a JSON value of any type instead."""
    return weighted(strategy, JSON_ANY, wrong)


DATE_TEXT = weighted(DATE.map(date.isoformat), BAD_DATE_TEXT, 8)


def _optional(**fields: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({}, optional={k: maybe(v) for k, v in fields.items()})


def mostly(
    valid: st.SearchStrategy[Any], invalid: st.SearchStrategy[Any]
) -> st.SearchStrategy[Any]:
    """``valid`` eleven times in twelve, else ``invalid``."""
    return st.one_of(*([valid] * 6), invalid)


def scale(low: int, high: int) -> st.SearchStrategy[int | None]:
    return mostly(st.integers(low, high) | st.none(), st.integers(low - 50, high + 50))


TAG = mostly(st.from_regex(r"[A-Za-z0-9æøå_-]{1,12}", fullmatch=True), TEXT)
DAY = st.fixed_dictionaries(
    {"date": maybe(DATE_TEXT)},
    optional={
        k: maybe(v)
        for k, v in {
            "reflection": TEXT,
            "tags": st.lists(TAG, max_size=4),
            "minutes": st.dictionaries(
                mostly(st.sampled_from(CATEGORY_KEYS), st.just("nope")),
                scale(0, 300),
                max_size=4,
            ),
            "hours_worked_minutes": scale(0, 24 * 60),
            "stress_step": scale(1, 5),
            "demands": scale(0, 10),
            "resources": scale(0, 10),
            "energy": scale(1, 5),
            "signals": st.lists(
                mostly(st.sampled_from(["sig-headache", "sig-sleep"]), TEXT), max_size=3
            ),
            "demand_items": st.lists(mostly(st.sampled_from(["d1", "d2"]), TEXT), max_size=2),
            "share": mostly(st.sampled_from(["private", "one-on-one", "coach"]), st.just("public")),
        }.items()
    },
)
WHO5 = st.fixed_dictionaries(
    {
        "taken_on": maybe(DATE_TEXT),
        "answers": maybe(
            mostly(
                st.lists(st.integers(0, 5), min_size=5, max_size=5), st.lists(st.integers(-1, 6))
            )
        ),
    }
)
TOPIC = st.fixed_dictionaries(
    {
        "raised_on": maybe(DATE_TEXT),
        "situation": maybe(mostly(st.sampled_from(["conflict", "dismissal"]), st.just("nope"))),
        "with_whom": maybe(mostly(st.sampled_from(["hr", "peer"]), st.just("nope"))),
    },
    optional={
        "notes": maybe(TEXT),
        "status": maybe(mostly(st.just("open"), st.sampled_from(["resolved", "x"]))),
        "resolved_on": maybe(mostly(st.none(), DATE_TEXT)),
    },
)
MEETING = st.fixed_dictionaries(
    {"held_on": maybe(DATE_TEXT), "with_whom": maybe(TEXT)},
    optional={
        "agenda": maybe(st.lists(TEXT, max_size=3)),
        "notes": maybe(TEXT),
        "actions": maybe(
            st.lists(st.fixed_dictionaries({"text": maybe(TEXT), "done": maybe(st.booleans())}))
        ),
    },
)
OWN_ITEM = st.fixed_dictionaries(
    {
        "key": maybe(st.from_regex(r"own-[a-z]{1,8}", fullmatch=True)),
        "catalogue": maybe(mostly(st.sampled_from(["signal", "demand", "resource"]), st.just("x"))),
        "label_da": maybe(TEXT),
        "label_en": maybe(TEXT),
    },
    optional={"group": maybe(mostly(st.sampled_from(["own", "bodily"]) | st.none(), st.just("x")))},
)
CATEGORY = st.fixed_dictionaries(
    {
        "key": maybe(st.sampled_from([*CATEGORY_KEYS, "coaching"])),
        "name_da": maybe(TEXT),
        "name_en": maybe(TEXT),
        "kind": maybe(
            mostly(st.sampled_from(["operations", "leadership", "own_work"]), st.just("x"))
        ),
    }
)
SETTINGS = _optional(
    weekly_hours_norm=mostly(st.integers(1, 80), st.floats(allow_nan=True)),
    leadership_target_percent=mostly(st.integers(0, 100), st.integers(-50, 150)),
    reminder_time=mostly(st.sampled_from(["17:00", None]), st.sampled_from(["25:00", "", "7"])),
    language=mostly(st.sampled_from(["da", "en"]), st.just("de")),
    auto_lock_minutes=mostly(st.integers(0, 240), st.integers(-50, 300)),
)
DOCUMENT = st.fixed_dictionaries(
    {
        "format": maybe(st.just(interchange.EXPORT_FORMAT), wrong=20),
        "version": maybe(st.just(interchange.EXPORT_VERSION), wrong=20),
    },
    optional={
        "settings": maybe(SETTINGS, wrong=20),
        "categories": maybe(st.lists(CATEGORY, max_size=4), wrong=20),
        "own_items": maybe(st.lists(OWN_ITEM, max_size=3), wrong=20),
        "days": maybe(st.lists(DAY, max_size=6), wrong=20),
        "sparring_topics": maybe(st.lists(TOPIC, max_size=3), wrong=20),
        "one_on_ones": maybe(st.lists(MEETING, max_size=3), wrong=20),
        "who5": maybe(st.lists(WHO5, max_size=3), wrong=20),
    },
)


def _file_text(document: Any, ascii_only: bool, cut: int | None) -> str:
    text = json.dumps(document, ensure_ascii=ascii_only)
    return text[:cut] if cut is not None else text  # a cut file is malformed JSON


MALFORMED = st.one_of(
    st.text(ANY_CHAR, max_size=300),
    st.integers(1, 3000).map(lambda n: "[" * n + "]" * n),
    st.integers(1, 3000).map(lambda n: '{"a":' * n + "1" + "}" * n),
    st.sampled_from(["", "null", "[]", "{}", '{"format": "leader-pulse-export"}', "\ufeff{}"]),
)


# --- JSON import -----------------------------------------------------------------------------


def _check_imported(
    journal: Journal, content: JournalContent, fresh: bool, own_before: set[str]
) -> None:
    """Everything the file held is in the journal exactly as read."""
    for log in content.days:
        assert journal.day(log.day) == log, f"day {log.day} is not stored as in the file"
    who5 = {c.taken_on: c.answers for c in journal.who5_checkins()}
    for checkin in content.who5:
        assert who5.get(checkin.taken_on) == checkin.answers, "a WHO-5 check-in differs"
    topics = [dataclasses.replace(t, id=None) for t in journal.sparring_topics()]
    for topic in content.sparring_topics:
        assert dataclasses.replace(topic, id=None) in topics, "a sparring topic differs"
    meetings = [dataclasses.replace(m, id=None) for m in journal.one_on_ones()]
    for meeting in content.one_on_ones:
        assert dataclasses.replace(meeting, id=None) in meetings, "a 1:1 differs"
    own = {item.key: item for item in journal.content().own_items}
    first: dict[str, Any] = {}
    for item in content.own_items:
        if item.key in own_before:
            continue  # an own item the journal had already is kept as it was
        if first.setdefault(item.key, item) != item:
            raise AssertionError("two different own items with one key: one was dropped")
        assert own.get(item.key) == item, "an own item differs"
    if fresh:
        assert journal.settings() == content.settings
        if content.categories:
            stored = [(c.key, c.name_da, c.name_en, c.kind) for c in journal.categories()]
            given = [(c.key, c.name_da, c.name_en, c.kind) for c in content.categories]
            assert stored == given


def _import(journals: Journals, text: str) -> str:
    """Import ``text``; "accepted" or "refused", or an exception when the contract broke."""
    journal = journals.journal()
    before = _export(journal)
    fresh = not journal.days()
    own_before = {item.key for item in journal.content().own_items}
    try:
        content = interchange.content_from_json(text)
        journal.import_content(content)
    except WellbeingError as exc:
        _assert_refusal(exc)
        assert _export(journal) == before, "a refused import changed the journal"
        return "refused"
    except Exception:
        # Not a proper refusal (reported as such); but was anything half-written?
        assert _export(journal) == before, "an import that failed changed the journal"
        raise
    journals.accepted += 1
    _check_imported(journal, content, fresh, own_before)
    return "accepted"


def test_json_import_is_all_or_nothing(journals: Journals) -> None:
    findings = Findings("json import (documents)")

    @_fuzz(700)
    @given(
        document=DOCUMENT,
        ascii_only=st.booleans(),
        cut=st.none() | st.none() | st.none() | st.integers(0, 400),
    )
    def case(document: Any, ascii_only: bool, cut: int | None) -> None:
        text = _file_text(document, ascii_only, cut)
        with findings.case(text):
            findings.outcome(_import(journals, text))

    case()
    findings.check()


def test_malformed_json_is_refused_in_one_line(journals: Journals) -> None:
    findings = Findings("json import (malformed text)")

    @_fuzz(150)
    @given(text=MALFORMED)
    def case(text: str) -> None:
        with findings.case(text):
            outcome = _import(journals, text)
            findings.outcome(outcome)
            assert outcome == "refused", "malformed JSON was accepted"

    case()
    findings.check()


# Each of these is refused (one line, nothing imported): the wrong part named in the id.
def _base() -> dict[str, Any]:
    return {"format": interchange.EXPORT_FORMAT, "version": interchange.EXPORT_VERSION}


def _with(**parts: Any) -> str:
    return json.dumps({**_base(), **parts}, ensure_ascii=True)


BAD_FILES = {
    "two different entries for one day": _with(
        days=[
            {"date": "2025-01-10", "reflection": "first"},
            {"date": "2025-01-10", "reflection": "second"},
        ]
    ),
    "two different WHO-5 check-ins for one day": _with(
        who5=[
            {"taken_on": "2025-01-11", "answers": [1, 1, 1, 1, 1]},
            {"taken_on": "2025-01-11", "answers": [5, 5, 5, 5, 5]},
        ]
    ),
    "a signal key with a lone surrogate": _with(
        days=[{"date": "2025-01-12", "signals": ["sig-\ud800"]}]
    ),
    "an own signal with a lone surrogate": _with(
        own_items=[{"key": "own-x", "catalogue": "signal", "label_da": "a\ud800", "label_en": "b"}]
    ),
    "an own signal with a NUL": _with(
        own_items=[{"key": "own-y", "catalogue": "signal", "label_da": "a\x00b", "label_en": "b"}]
    ),
    "an own signal whose label is a list": _with(
        own_items=[{"key": "own-z", "catalogue": "signal", "label_da": ["a"], "label_en": "b"}]
    ),
    "an own signal whose key is a number": _with(
        own_items=[{"key": 5, "catalogue": "signal", "label_da": "a", "label_en": "b"}]
    ),
    "an own signal of 300,000 characters": _with(
        own_items=[
            {"key": "own-h", "catalogue": "signal", "label_da": "a" * 300_000, "label_en": "b"}
        ]
    ),
    "categories without a leadership one (fresh journal)": _with(
        categories=[{"key": "a", "name_da": "", "name_en": "", "kind": "operations"}]
    ),
    "a category name that is a list (fresh journal)": _with(
        categories=[{"key": "a", "name_da": ["x"], "name_en": "y", "kind": "leadership"}]
    ),
    "a category name with a lone surrogate (fresh journal)": _with(
        categories=[{"key": "a", "name_da": "x\udc00", "name_en": "y", "kind": "leadership"}]
    ),
    "a sparring situation that is a list": _with(
        sparring_topics=[{"raised_on": "2025-01-13", "situation": ["conflict"], "with_whom": "hr"}]
    ),
    "a 1:1 agenda that is one string": _with(
        one_on_ones=[{"held_on": "2025-01-14", "with_whom": "Kim", "agenda": "abc"}]
    ),
    "a weekly norm of 1 and 400 zeros (fresh journal)": _with(
        settings={"weekly_hours_norm": 0}
    ).replace('"weekly_hours_norm": 0', '"weekly_hours_norm": 1' + "0" * 400),
    "a leadership target of 40.7 % (fresh journal)": _with(
        settings={"leadership_target_percent": 40.7}
    ),
    "version true": json.dumps({"format": interchange.EXPORT_FORMAT, "version": True}),
    "a version of 300,000 characters (echoed in the message)": json.dumps(
        {"format": interchange.EXPORT_FORMAT, "version": "1" * 300_000}
    ),
    "JSON nested 100,000 deep": "[" * 100_000 + "]" * 100_000,
}


@pytest.mark.parametrize("name", BAD_FILES.keys())
def test_a_bad_import_file_is_refused_in_one_line_and_changes_nothing(
    journals: Journals, name: str
) -> None:
    journal = journals.fresh()  # fresh: settings and categories are taken over too
    before = _export(journal)
    figures = FIGURES.setdefault(
        "json import (known bad files)", {"tried": 0, "refused": 0, "failure_kinds": {}}
    )
    figures["tried"] += 1
    problem = None
    try:
        journal.import_content(interchange.content_from_json(BAD_FILES[name]))
    except WellbeingError as exc:
        if not one_line(str(exc)):
            problem = "refused, but not in one line"
        elif len(str(exc)) > 1000:
            problem = f"refused in one line of {len(str(exc)):,} characters"
    except Exception as exc:  # noqa: BLE001  (the CLI would say "unexpected error")
        problem = f"{type(exc).__name__} instead of a refusal (the CLI says 'unexpected error')"
    else:
        problem = "accepted: the journal now holds something other than the file says"
    if problem is None and _export(journal) != before:
        problem = "refused, but the journal changed"
    if problem is None:
        figures["refused"] += 1
    else:
        figures["failure_kinds"][f"{name}: {problem}"] = {"count": 1, "example": name}
    assert problem is None, problem


# --- the command-line parsers -----------------------------------------------------------------

DURATION_TEXT = st.one_of(
    st.text(ANY_CHAR, max_size=30),
    st.from_regex(
        r"\s*[0-9]{0,6}([.,:][0-9]{0,5})?\s*[hHtTmM]?(in)?\s*[0-9]{0,3}\s*[mM]?\s*", fullmatch=True
    ),
)
DAY_TEXT = st.one_of(
    st.text(ANY_CHAR, max_size=30),
    st.from_regex(r"\s*[0-9]{4}-[0-9]{2}-[0-9]{2}\s*", fullmatch=True),
    st.sampled_from(["today", "yesterday", "i dag", "I  GÅR", "igaar", "Today "]),
)


def test_parse_duration_reads_or_refuses_any_text() -> None:
    findings = Findings("parse_duration")

    @_fuzz(1000)
    @given(text=DURATION_TEXT)
    def case(text: str) -> None:
        with findings.case(text):
            try:
                minutes = parse_duration(text, "hours")
            except WellbeingError as exc:
                _assert_refusal(exc)
                assert str(exc).startswith("hours:"), "the message does not name the field"  # noqa: PT017
                findings.outcome("refused")
            else:
                assert 0 <= minutes <= 24 * 60, "a duration outside 0-24 h was read"
                findings.outcome("read")

    case()
    findings.check()


def test_a_formatted_duration_reads_back() -> None:
    findings = Findings("format_duration -> parse_duration")

    @_fuzz(300)
    @given(minutes=st.integers(0, 24 * 60), language=st.sampled_from(list(Language)))
    def case(minutes: int, language: Language) -> None:
        with findings.case((minutes, language)):
            shown = format_duration(minutes, language)
            assert parse_duration(shown, "hours") == minutes, "a shown duration reads back wrong"

    case()
    findings.check()


def test_parse_day_reads_or_refuses_any_text() -> None:
    findings = Findings("parse_day")

    @_fuzz(800)
    @given(text=DAY_TEXT)
    def case(text: str) -> None:
        with findings.case(text):
            try:
                day = parse_day(text, today=TODAY)
            except WellbeingError as exc:
                _assert_refusal(exc)
                assert str(exc).startswith("date:"), "the message does not name the field"  # noqa: PT017
                findings.outcome("refused")
            else:
                assert isinstance(day, date)
                findings.outcome("read")

    case()
    findings.check()


# Text as it can arrive in argv: no NUL; undecodable bytes come as lone surrogates.
ARG_TEXT = st.one_of(
    st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=40),
    st.text(st.characters(min_codepoint=0xDC80, max_codepoint=0xDCFF), min_size=1, max_size=3),
    st.from_regex(r"-?[0-9]{1,4}([.,:][0-9]{1,3})?[htm]?", fullmatch=True),
    SPECIAL.filter(lambda s: "\x00" not in s and not any(0xD800 <= ord(c) < 0xDC80 for c in s)),
)


def _option(valid: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return weighted(valid, ARG_TEXT, 4)


LOG_OPTIONS = st.fixed_dictionaries(
    {},
    optional={
        "--date": _option(
            st.dates(min_value=EARLIEST_DAY, max_value=date.today()).map(date.isoformat)
            | st.sampled_from(["today", "yesterday", "i går"])
        ),
        "--stress": _option(st.integers(1, 5).map(str)),
        "--demands": _option(st.integers(0, 10).map(str)),
        "--resources": _option(st.integers(0, 10).map(str)),
        "--energy": _option(st.integers(1, 5).map(str)),
        "--hours": _option(st.sampled_from(["7h30", "8", "1,5", "450", "7:15"])),
        "--operations": _option(st.sampled_from(["2h", "30m", "1.25h", "0"])),
        "--share": _option(st.sampled_from(["private", "coach", "1:1", "one-on-one"])),
        "--tag": _option(st.from_regex(r"[A-Za-z0-9æøå_-]{1,20}", fullmatch=True)),
        "--new-signal": ARG_TEXT,  # any text as the name of an own signal
        "--note": ARG_TEXT,
        "--demand": _option(st.sampled_from(["d1", "d2", "Tidspres"])),
    },
).filter(bool)


@pytest.fixture(scope="module")
def cli_journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    root = tmp_path_factory.mktemp("cli-fuzz")
    folder = root / "journal"
    access_for(folder).create(PASSPHRASE)[0].close()
    yield folder, write_passphrase_file(root / "passphrase.txt")
    shutdown_logging()  # cli.main set up the log (in the folder WELLBEING_LOG_DIR names)


def test_the_log_command_takes_or_refuses_any_text(
    cli_journal: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``wellbeing-desktop log`` in-process, every option given any text (``--opt=TEXT``)."""
    from wellbeing_desktop.cli import main

    folder, passphrase_file = cli_journal
    monkeypatch.setenv("WELLBEING_LOG_DIR", str(folder.parent / "log"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    findings = Findings("cli log options")

    @_fuzz(120)
    @given(options=LOG_OPTIONS)
    def case(options: dict[str, str]) -> None:
        argv = ["log", *(f"{k}={v}" for k, v in options.items())]
        argv += ["--data-dir", str(folder), "--passphrase-file", str(passphrase_file)]
        with findings.case(options):
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    code = main(argv)
                except SystemExit as exc:  # argparse: usage error
                    code = exc.code if isinstance(exc.code, int) else 1
            stderr = err.getvalue()
            assert "unexpected error" not in stderr, "unexpected error: " + stderr[-200:]
            assert "Traceback" not in stderr, "a traceback"
            assert code in (0, 1, 2), f"exit code {code}"
            findings.outcome({0: "saved", 1: "refused", 2: "usage"}[code])
            if code == 1:
                assert one_line(stderr), "the refusal is not one line"
            if code == 0 and "--note" in options:
                _assert_note_stored(folder, options)

    case()
    findings.check()


def _assert_note_stored(folder: Path, options: dict[str, str]) -> None:
    journal = access_for(folder).open_with_passphrase(PASSPHRASE)
    try:
        day = parse_day(options.get("--date", "today"), today=date.today())
        stored = journal.day(day)
    finally:
        journal.close()
    assert stored is not None, "saved, but the day is not there"
    assert stored.reflection == options["--note"], "saved, but the note differs"


# --- text through the services ------------------------------------------------------------------


@dataclasses.dataclass
class Stored:
    """What the fuzzed saves left in the journal, to check again after reopening."""

    days: dict[date, DayLog] = dataclasses.field(default_factory=dict)
    labels: set[str] = dataclasses.field(default_factory=set)
    notes: list[str] = dataclasses.field(default_factory=list)
    meetings: list[OneOnOne] = dataclasses.field(default_factory=list)


@pytest.fixture(scope="module")
def text_journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Journals, Stored]]:
    journals = Journals(tmp_path_factory.mktemp("text"))
    journals.fresh()
    stored = Stored()
    yield journals, stored
    # Close, open again, and find every stored value exactly as it was saved.
    assert journals.current is not None
    folder = journals.current.paths.root
    journals.close()
    reopened = access_for(folder).open_with_passphrase(PASSPHRASE)
    try:
        for day, log in stored.days.items():
            assert reopened.day(day) == log, f"{day} changed after reopening"
        labels = {item.label_da for item in reopened.catalogue(CatalogueKind.SIGNAL)}
        assert stored.labels <= labels
        notes = [t.notes for t in reopened.sparring_topics()]
        assert sorted(stored.notes) == sorted(notes)
        meetings = [dataclasses.replace(m, id=None) for m in reopened.one_on_ones()]
        assert sorted(map(repr, stored.meetings)) == sorted(map(repr, meetings))
    finally:
        reopened.close()


def _refused_or_stored(action: Any) -> bool:
    """Run ``action``; True if it returned, False if refused properly."""
    try:
        action()
    except WellbeingError as exc:
        _assert_refusal(exc)
        return False
    return True


def test_a_day_is_stored_exactly_or_refused_unchanged(
    text_journal: tuple[Journals, Stored],
) -> None:
    journals, stored = text_journal
    findings = Findings("day text (save_day, update_day)")

    @_fuzz(400)
    @given(
        day=st.dates(min_value=EARLIEST_DAY, max_value=TODAY),
        reflection=TEXT,
        tags=st.lists(TAG, max_size=3),
        stress=st.integers(-1, 7) | st.none(),
        use_update=st.booleans(),
    )
    def case(
        day: date, reflection: str, tags: list[str], stress: int | None, use_update: bool
    ) -> None:
        journal = journals.current
        assert journal is not None
        with findings.case((day, reflection, tags, stress, use_update)):
            before = journal.day(day)
            log = DayLog(day=day, reflection=reflection, tags=tuple(tags), stress_step=stress)
            try:
                if use_update:
                    changes = DayChanges(
                        reflection=reflection, tags=tuple(tags), stress_step=stress
                    )
                    ok = _refused_or_stored(lambda: journal.update_day(day, changes))
                    log = (before or DayLog(day=day)).with_changes(changes)
                else:
                    ok = _refused_or_stored(lambda: journal.save_day(log))
            except Exception:
                assert journal.day(day) == before, "a save that failed changed the day"
                raise
            findings.outcome("stored" if ok else "refused")
            after = journal.day(day)
            if ok:
                assert after == log, "stored, but not exactly"
                stored.days[day] = log
            else:
                assert after == before, "refused, but the day changed"

    case()
    findings.check()


def test_an_own_signal_is_stored_exactly_or_refused(
    text_journal: tuple[Journals, Stored],
) -> None:
    journals, stored = text_journal
    findings = Findings("own signal (add_own_signal)")

    @_fuzz(150)
    @given(label=TEXT)
    def case(label: str) -> None:
        journal = journals.current
        assert journal is not None
        with findings.case(label):
            before = journal.catalogue(CatalogueKind.SIGNAL)
            result: list[Any] = []
            try:
                ok = _refused_or_stored(lambda: result.append(journal.add_own_signal(label)))
            except Exception:
                assert journal.catalogue(CatalogueKind.SIGNAL) == before, "half-written"
                raise
            findings.outcome("stored" if ok else "refused")
            after = journal.catalogue(CatalogueKind.SIGNAL)
            if not ok:
                assert after == before, "refused, but the signals changed"
            elif result[0].key in {item.key for item in before}:
                assert after == before, "the same signal again changed the signals"
            else:
                (new,) = [item for item in after if item.key == result[0].key]
                assert new.label_da == new.label_en == label.strip(), "not stored exactly"
                stored.labels.add(new.label_da)

    case()
    findings.check()


def test_sparring_and_1_1_text_is_stored_exactly_or_refused(
    text_journal: tuple[Journals, Stored],
) -> None:
    journals, stored = text_journal
    findings = Findings("sparring and 1:1 text")

    @_fuzz(150)
    @given(notes=TEXT, name=TEXT, agenda=st.lists(TEXT, max_size=2), action=TEXT)
    def case(notes: str, name: str, agenda: list[str], action: str) -> None:
        journal = journals.current
        assert journal is not None
        with findings.case((notes, name, agenda, action)):
            topics, meetings = journal.sparring_topics(), journal.one_on_ones()
            topic = SparringTopic(
                raised_on=TODAY, situation="conflict", with_whom="hr", notes=notes
            )
            saved: list[Any] = []
            ok = _refused_or_stored(lambda: saved.append(journal.save_sparring_topic(topic)))
            findings.outcome("topic stored" if ok else "topic refused")
            if ok:
                assert saved[-1].notes == notes, "topic stored, but not exactly"
                stored.notes.append(notes)
            else:
                assert journal.sparring_topics() == topics, "topic refused, but written"
            meeting = OneOnOne(
                held_on=TODAY,
                with_whom=name,
                agenda=tuple(agenda),
                notes=notes,
                actions=(ActionItem(action, False),),
            )
            ok = _refused_or_stored(lambda: saved.append(journal.save_one_on_one(meeting)))
            findings.outcome("1:1 stored" if ok else "1:1 refused")
            if ok:
                assert dataclasses.replace(saved[-1], id=None) == meeting, "1:1 not stored exactly"
                stored.meetings.append(meeting)
            else:
                assert journal.one_on_ones() == meetings, "1:1 refused, but written"

    case()
    findings.check()


# --- 5 MB --------------------------------------------------------------------------------------

BIG = ("Fem megabyte tanker 🙂 שלום " * (FIVE_MB // 20))[:FIVE_MB]


def test_a_5_mb_reflection_is_refused_everywhere_and_nothing_is_written(
    journals: Journals, tmp_path: Path
) -> None:
    big = FIGURES.setdefault("5 MB reflection (refused)", {"tried": 0, "failure_kinds": {}})
    journal = journals.fresh()
    day = date(2026, 11, 2)
    journal.save_day(DayLog(day=day, reflection="before", stress_step=2))
    before = _export(journal)
    attempts = {
        "save_day": lambda: journal.save_day(DayLog(day=day, reflection=BIG, stress_step=4)),
        "update_day": lambda: journal.update_day(day, DayChanges(reflection=BIG, stress_step=4)),
        "save_day (new day)": lambda: journal.save_day(
            DayLog(day=day - timedelta(1), reflection=BIG)
        ),
        "import": lambda: journal.import_content(
            interchange.content_from_json(
                _with(
                    days=[
                        {"date": "2026-10-01", "reflection": "ok"},
                        {"date": "2026-10-02", "reflection": BIG},
                    ]
                )
            )
        ),
        "sparring notes": lambda: journal.save_sparring_topic(
            SparringTopic(raised_on=day, situation="conflict", with_whom="hr", notes=BIG)
        ),
    }
    for name, attempt in attempts.items():
        with pytest.raises(WellbeingError) as refused:
            attempt()
        _assert_refusal(refused.value)
        assert "100,000" in str(refused.value), name
        assert BIG[:50] not in str(refused.value)
        assert _export(journal) == before, f"{name}: something was written"
        big["tried"] += 1

    # The command line, with the text in a file (argv cannot hold 5 MB).
    folder = journal.paths.root
    journals.close()
    note = tmp_path / "note.txt"
    note.write_text(BIG, encoding="utf-8")
    passphrase_file = write_passphrase_file(tmp_path / "passphrase.txt")
    result = run_cli_process("log", "--date", "yesterday", "--note-file", note, "--stress", "3",
                     data_dir=folder, passphrase_file=passphrase_file)  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert one_line(result.stderr)
    assert "unexpected error" not in result.stderr
    reopened = access_for(folder).open_with_passphrase(PASSPHRASE)
    try:
        assert _export(reopened) == before
    finally:
        reopened.close()
    big["tried"] += 1


def test_the_longest_allowed_reflection_is_stored_exactly(journals: Journals) -> None:
    journal = journals.fresh()
    text = ("👩‍💼 ledelse שלום\r\n" * MAX_TEXT)[:MAX_TEXT]
    log = DayLog(day=date(2026, 11, 3), reflection=text)
    journal.save_day(log)
    folder = journal.paths.root
    journals.close()
    reopened = access_for(folder).open_with_passphrase(PASSPHRASE)
    try:
        assert reopened.day(log.day) == log
    finally:
        reopened.close()
    FIGURES["100,000 characters (stored)"] = {"tried": 1, "failure_kinds": {}}


def test_refused_cli_input_is_one_line_in_a_real_process(tmp_path: Path) -> None:
    r"""Bad dates, scales, durations and text on the real command line: one line each.

    ``\\udcff`` is how Python hands over a byte that is not UTF-8 (0xFF) in argv.
    """
    folder = tmp_path / "journal"
    access_for(folder).create(PASSPHRASE)[0].close()
    passphrase_file = write_passphrase_file(tmp_path / "passphrase.txt")
    refused = FIGURES.setdefault(
        "cli log, real process (refused)", {"tried": 0, "failure_kinds": {}}
    )
    bad = (("--date", "2026-02-30"), ("--stress", "high"), ("--hours", "25h"),
           ("--energy", "1e3"), ("--operations", "-1h"), ("--date", "\udcff"),
           ("--note", "Kæbe\udcff"), ("--new-signal", "Kæbe\udcff"))  # fmt: skip
    unclear = []
    for option, value in bad:
        result: subprocess.CompletedProcess[str] = run_cli_process(
            "log", f"{option}={value}", data_dir=folder, passphrase_file=passphrase_file
        )
        refused["tried"] += 1
        if not (
            result.returncode == 1
            and one_line(result.stderr)
            and "unexpected error" not in result.stderr
        ):
            unclear.append(f"{option}={value!r}: exit {result.returncode}, {result.stderr.strip()}")
            refused["failure_kinds"][unclear[-1]] = {"count": 1, "example": f"{option}={value!r}"}
    assert unclear == []
