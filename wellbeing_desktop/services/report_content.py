"""What a report (1:1 agenda, coach summary) contains, as plain values.

Services build a ``Report``; ``wellbeing_desktop.reports`` renders it to Markdown, HTML
or PDF, and the GUI shows it as the preview. The preview and the file are made from the
same ``Report``, so the preview shows exactly what will leave the app.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from wellbeing_desktop.domain.aggregation import Granularity, PeriodSummary
from wellbeing_desktop.domain.models import Language


class ReportKind(StrEnum):
    ONE_ON_ONE = "one-on-one"
    COACH = "coach"


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


@dataclass(frozen=True, slots=True)
class ChartSpec:
    """A chart a renderer draws from the period summaries (as an image in PDF/HTML)."""

    kind: ChartKind
    title: str
    granularity: Granularity
    summaries: tuple[PeriodSummary, ...]
    target_percent: int | None = None


@dataclass(frozen=True, slots=True)
class ReportSection:
    """One heading with its content; every part optional, rendered in this order."""

    key: str  # a Section value, or e.g. "status", "actions" for 1:1 blocks
    heading: str
    paragraphs: tuple[str, ...] = ()
    facts: tuple[tuple[str, str], ...] = ()  # label → value, rendered as a two-column table
    items: tuple[str, ...] = ()  # a bullet list
    quotes: tuple[tuple[date, str], ...] = ()  # reflections the user chose, verbatim
    chart: ChartSpec | None = None


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
