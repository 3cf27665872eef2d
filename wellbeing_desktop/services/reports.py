"""Building the 1:1 preparation and the coach summary as a ``Report`` (renderers draw it).

What may leave the app, and what never does:

* Reflection text appears only in a coach summary, only for days whose share level is
  ``coach`` and that the caller listed in ``include_reflection_days`` (ticked in the
  preview, or ``--include-coach-reflections``). Private and 1:1 reflections never
  appear in any report; a 1:1 preparation names the dates of the reflections marked
  for 1:1 and keeps their text in the app.
* Sparring notes and tags are free text that was never marked for sharing: reports name
  a topic by its situation and partner only, and leave tags out.
* The figures come from ``Journal.overall`` through ``period_figures``, as ``stats``'s do.

These rules are enforced here, from the entries' own stored share levels, whatever a view
passes in: every text of a built report goes through ``ShareRule`` (services/sharing.py,
applied by services/report_sharing.py), which drops any point, paragraph or quote that
carries a stored reflection (or sparring note) that may not leave in this file, however
the caller tagged or selected it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.domain import formatting as fmt
from wellbeing_desktop.domain.catalogues import localized as _t
from wellbeing_desktop.domain.models import (
    DayLog,
    ExportRecord,
    Language,
    ShareLevel,
)
from wellbeing_desktop.services.coach_report import coach_sections
from wellbeing_desktop.services.one_on_one_prep import (
    BLOCK_REFLECTIONS,
    AgendaDraftItem,
    draft_agenda,
)
from wellbeing_desktop.services.period_figures import (
    PeriodFigures,
    period_figures,
)
from wellbeing_desktop.services.report_content import (
    JOURNAL_KINDS,
    ChartKind,
    Report,
    ReportKind,
    ReportSection,
    Section,
)
from wellbeing_desktop.services.report_parts import (
    ReportCharts,
    about_section,
    no_days,
    period_facts,
)
from wellbeing_desktop.services.report_sharing import (
    named_item,
    one_on_one_named_days,
    section_texts,
    shareable_section,
)
from wellbeing_desktop.services.sharing import ShareRule, marked_for, reflections_for

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date, datetime

    from wellbeing_desktop.services.journal import Journal


def coach_reflection_candidates(journal: Journal, start: date, end: date) -> list[DayLog]:
    """The days in ``[start, end]`` whose reflection the user marked for a coach, oldest first."""
    return reflections_for(journal, ShareLevel.COACH, start, end)


# The first words of every report (Danish, English).
CONFIDENTIAL_NOTICE = (
    "Fortroligt. Lavet med Lederpuls ud fra min egen dagbog – kun det, jeg har valgt, "
    "er med. Filen er ikke krypteret; gem den et sikkert sted.",
    "Confidential. Made with Leader Pulse from my own journal – only what I chose is "
    "included. This file is not encrypted; keep it somewhere safe.",
)


def build_report(
    journal: Journal,
    kind: ReportKind,
    start: date,
    end: date,
    language: Language,
    *,
    sections: frozenset[Section] = frozenset(Section),
    include_reflection_days: frozenset[date] = frozenset(),
    agenda: Sequence[AgendaDraftItem] | None = None,
) -> Report:
    """The report of ``kind`` for ``[start, end]``, in ``language``.

    Args:
        journal: the open journal the report is read from.
        kind: the coach summary or the 1:1 preparation.
        start: the first day of the period.
        end: the last day of the period.
        language: the language of the report.
        sections: the parts to include (a 1:1 preparation uses them for its figures
            and charts; its agenda is always there).
        include_reflection_days: coach summary only: the days whose ``coach``
            reflection the user ticked. Other days, and other share levels, are ignored.
        agenda: 1:1 preparation only: the agenda as the user edited it, instead of a
            fresh draft. Items from the reflections block are still left out.

    Raises:
        ValidationError: ``start`` is after ``end``.
        ValueError: ``kind`` is not made from the journal (a bug in the caller: the leader
            group's report is ``services.pulse_report.group_report``).
    """
    if kind not in JOURNAL_KINDS:
        raise ValueError(f"not a journal report: {kind.value}")
    figures = period_figures(journal, start, end)
    chosen = tuple(s for s in Section if s in sections)
    rule = ShareRule(journal)
    named: tuple[date, ...] = ()
    if kind is ReportKind.ONE_ON_ONE:
        items = (
            list(agenda)
            if agenda is not None
            else draft_agenda(journal, start, end, language, figures=figures)
        )
        named = one_on_one_named_days(journal, start, end)
        body = _one_on_one_sections(journal, figures, items, named, chosen, language)
        title = _t(("Forberedelse til min 1:1", "Preparing my 1:1"), language)
        allowed: frozenset[date] = frozenset()
    else:
        quoted = _quoted(journal, start, end, rule.coach_days(include_reflection_days), chosen)
        allowed = frozenset(quoted)
        body = coach_sections(journal, figures, chosen, quoted, language)
        title = _t(("Opsummering til min coach", "Summary for my coach"), language)
    rule.prepare(text for section in body for text in section_texts(section))
    body = [shareable_section(section, rule, allowed) for section in body]
    return Report(
        kind=kind,
        language=language,
        title=title,
        subtitle=fmt.period_text(start, end, language),
        period_start=start,
        period_end=end,
        made_at=journal.now(),
        sections=tuple(body),
        notice=_t(CONFIDENTIAL_NOTICE, language),
        included_sections=chosen,
        named_reflection_days=named,
    )


def _quoted(
    journal: Journal, start: date, end: date, allowed: frozenset[date], chosen: Sequence[Section]
) -> dict[date, str]:
    """The coach reflections a summary quotes: ticked, marked ``coach``, section chosen."""
    if Section.REFLECTIONS not in chosen or not allowed:
        return {}
    # Read a chunk of days at a time, keeping only the ticked ones (issue #20).
    with journal.streamed_days(start, end) as days:
        return {
            d.day: d.reflection.strip()
            for d in days
            if d.day in allowed and marked_for(d, ShareLevel.COACH)
        }


def export_record(report: Report, file_format: str, made_at: datetime) -> ExportRecord:
    """The consent-log entry for writing ``report`` as ``file_format`` (pdf, md, html)."""
    return ExportRecord(
        made_at=made_at,
        kind=report.kind.value,
        format=file_format,
        period_start=report.period_start,
        period_end=report.period_end,
        sections=tuple(s.value for s in report.included_sections),
        # A coach summary: the days quoted; a 1:1 preparation: the days it names.
        reflection_days=report.consent_days,
    )


# --- the 1:1 preparation -------------------------------------------------------------------


def _one_on_one_sections(
    journal: Journal,
    figures: PeriodFigures,
    agenda: Sequence[AgendaDraftItem],
    named: Sequence[date],
    chosen: Sequence[Section],
    language: Language,
) -> list[ReportSection]:
    shown = [item for item in agenda if item.block != BLOCK_REFLECTIONS]
    if named:
        period = figures.summary
        shown.append(named_item(named, language, start=period.start, end=period.end))
    texts = [item.text for item in shown]
    sources = [item.source for item in shown]
    sections = [
        ReportSection(
            key="agenda",
            heading=_t(("Dagsorden", "Agenda"), language),
            items=tuple(texts),
            item_sources=tuple(sources),
        )
    ]
    facts = period_facts(figures, chosen, language)
    sections.append(
        ReportSection(
            key="figures",
            heading=_t(("Tal for perioden", "Figures for the period"), language),
            facts=tuple(facts),
            paragraphs=() if facts else (no_days(language),),
        )
    )
    if figures.summary.days_logged:
        charts = ReportCharts(journal, figures)
        for section, chart_kind, heading in (
            (Section.TIME_SPLIT, ChartKind.TIME_SPLIT, ("Tid", "Time")),
            (Section.STRESS, ChartKind.STRESS, ("Stresstrappen", "The stress staircase")),
        ):
            if section in chosen:
                sections.append(
                    ReportSection(
                        key=section.value,
                        heading=_t(heading, language),
                        chart=charts.chart(chart_kind, language),
                        level=2,
                    )
                )
    sections.append(about_section(chosen, language))
    return sections
