"""What a report (1:1 agenda, coach summary) contains, as plain values.

Services build a ``Report``; ``wellbeing_desktop.reports`` renders it to Markdown, HTML
or PDF, and the GUI shows it as the preview. The preview and the file are made from the
same ``Report``, so the preview shows exactly what will leave the app.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.aggregation import Granularity
from wellbeing_desktop.domain.models import Language

if TYPE_CHECKING:
    from datetime import date, datetime

    from wellbeing_desktop.domain.aggregation import PeriodSummary


class ReportKind(StrEnum):
    ONE_ON_ONE = "one-on-one"
    COACH = "coach"
    LEADER_GROUP = "leader-group"  # the leader group's pulse (services/pulse_report.py)


# The kinds ``services.reports.build_report`` makes from the user's own journal (the
# leader group's report is made from a group picture by ``services.pulse_report``).
JOURNAL_KINDS: tuple[ReportKind, ...] = (ReportKind.ONE_ON_ONE, ReportKind.COACH)


class Section(StrEnum):
    """The parts a user can choose for a coach summary (all of them for a 1:1 agenda)."""

    TIME_SPLIT = "time_split"
    STRESS = "stress"
    DEMANDS_RESOURCES = "demands_resources"
    WHO5 = "who5"
    SPARRING = "sparring"
    REFLECTIONS = "reflections"


class ChartKind(StrEnum):
    TIME_SPLIT = "time_split"  # stacked minutes per kind with the leadership share
    STRESS = "stress"  # mean and max step per period
    DEMANDS_RESOURCES = "demands_resources"
    WHO5 = "who5"
    DISTRIBUTION = "distribution"  # one bar per category: ``ChartSpec.bars``


class ChartUnit(StrEnum):
    """What a distribution's values are."""

    PERCENT = "percent"  # fractions 0..1, drawn and written as whole percent
    COUNT = "count"  # whole numbers (e.g. leaders), out of ``ChartSpec.total``


@dataclass(frozen=True, slots=True)
class ChartSpec:
    """A chart a renderer draws (as an image in PDF/HTML; as a table in Markdown).

    The period charts draw ``summaries`` at ``granularity``. A ``DISTRIBUTION`` draws
    ``bars`` instead: one horizontal bar per (label, value), in ``unit``, each in its
    colour from ``colours`` (the accent where none is given); ``category`` and
    ``measure`` head its table's two columns (what the bars are, what the values are).
    """

    kind: ChartKind
    title: str
    granularity: Granularity = Granularity.DAY
    summaries: tuple[PeriodSummary, ...] = ()
    target_percent: int | None = None
    language: Language = Language.DANISH  # axis and legend words
    bars: tuple[tuple[str, float], ...] = ()
    unit: ChartUnit = ChartUnit.PERCENT
    total: int | None = None  # COUNT: the most a bar can be (the scale's end), e.g. leaders
    colours: tuple[str, ...] = ()  # per bar, hex
    category: str = ""
    measure: str = ""


@dataclass(frozen=True, slots=True)
class ReportSection:
    """One heading with its content; every part optional.

    Rendered in this order: heading, paragraphs, chart, facts, items (after
    ``items_intro``, each with its source), quotes, lines to write on.
    """

    key: str  # a Section value, or e.g. "status", "actions" for 1:1 blocks
    heading: str
    paragraphs: tuple[str, ...] = ()
    facts: tuple[tuple[str, str], ...] = ()  # label → value, rendered as a two-column table
    items: tuple[str, ...] = ()  # a bullet list
    quotes: tuple[tuple[date, str], ...] = ()  # reflections the user chose, verbatim
    chart: ChartSpec | None = None
    item_sources: tuple[str, ...] = ()  # a small provenance line per item ("" for none)
    blank_lines: int = 0  # empty lines to write on in print (e.g. the GROW goal)
    level: int = 1  # 1 a main heading, 2 a sub-heading under the one before
    items_intro: str = ""  # a line just before the bullet list, e.g. "Signals that recurred:"


@dataclass(frozen=True, slots=True)
class Report:
    kind: ReportKind
    language: Language
    title: str
    subtitle: str
    period_start: date
    period_end: date
    made_at: datetime
    sections: tuple[ReportSection, ...] = field(default_factory=tuple)
    notice: str = ""  # e.g. "Not encrypted – keep it somewhere safe" / privacy wording
    included_sections: tuple[Section, ...] = ()  # what the user chose, for the consent log
    # A 1:1 preparation: the days whose 1:1 reflections it names (their text stays in the app).
    named_reflection_days: tuple[date, ...] = ()

    @property
    def reflection_days(self) -> tuple[date, ...]:
        """The days whose reflection text is in the report (for the consent log)."""
        return tuple(sorted({day for section in self.sections for day, _text in section.quotes}))

    @property
    def consent_days(self) -> tuple[date, ...]:
        """The days the consent log names: quoted ones, and for a 1:1 the days it names."""
        return tuple(sorted({*self.reflection_days, *self.named_reflection_days}))
