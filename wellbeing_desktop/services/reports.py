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
from wellbeing_desktop.domain.aggregation import Granularity
from wellbeing_desktop.domain.catalogues import (
    STAIRCASE_ATTRIBUTION,
    STRESS_STEPS,
    WHO5_ATTRIBUTION,
    Texts,
    localized,
    who5_meaning,
)
from wellbeing_desktop.domain.models import (
    ActivityKind,
    CatalogueKind,
    DayLog,
    ExportRecord,
    Language,
    ShareLevel,
    TopicStatus,
)
from wellbeing_desktop.services.one_on_one_prep import (
    BLOCK_REFLECTIONS,
    AgendaDraftItem,
    draft_agenda,
    stress_trend,
    time_takeaway,
    topic_line,
)
from wellbeing_desktop.services.period_figures import (
    PeriodFigures,
    balance_fact,
    balance_phrase,
    hours_fact,
    item_labels,
    period_figures,
    share_fact,
    stress_facts,
    who5_fact,
)
from wellbeing_desktop.services.report_content import (
    ChartKind,
    ChartSpec,
    Report,
    ReportKind,
    ReportSection,
    Section,
)
from wellbeing_desktop.services.report_sharing import (
    named_item,
    one_on_one_named_days,
    shareable_section,
)
from wellbeing_desktop.services.sharing import ShareRule

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date, datetime

    from wellbeing_desktop.services.journal import Journal

TOP_ITEMS = 5  # most frequent signals, demands and resources listed


def _t(texts: Texts, language: Language) -> str:
    return localized(texts, language)


def coach_reflection_candidates(journal: Journal, start: date, end: date) -> list[DayLog]:
    """The days in ``[start, end]`` whose reflection the user marked for a coach, oldest first."""
    return [
        d for d in journal.days(start, end) if d.share is ShareLevel.COACH and d.reflection.strip()
    ]


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
        sections: the parts to include (a 1:1 preparation uses them for its figures
            and charts; its agenda is always there).
        include_reflection_days: coach summary only: the days whose ``coach``
            reflection the user ticked. Other days, and other share levels, are ignored.
        agenda: 1:1 preparation only: the agenda as the user edited it, instead of a
            fresh draft. Items from the reflections block are still left out.

    Raises:
        ValidationError: ``start`` is after ``end``.
    """
    figures = period_figures(journal, start, end)
    chosen = tuple(s for s in Section if s in sections)
    rule = ShareRule(journal)
    named: tuple[date, ...] = ()
    if kind is ReportKind.ONE_ON_ONE:
        items = list(agenda) if agenda is not None else draft_agenda(journal, start, end, language)
        named = one_on_one_named_days(journal, start, end)
        body = _one_on_one_sections(journal, figures, items, named, chosen, language)
        title = _t(("Forberedelse til min 1:1", "Preparing my 1:1"), language)
        allowed: frozenset[date] = frozenset()
    else:
        allowed = rule.coach_days(include_reflection_days)
        quoted = {
            d.day: d.reflection.strip()
            for d in coach_reflection_candidates(journal, start, end)
            if d.day in allowed
        }
        if Section.REFLECTIONS not in chosen:
            quoted = {}
        allowed = frozenset(quoted)
        body = _coach_sections(journal, figures, chosen, quoted, language)
        title = _t(("Opsummering til min coach", "Summary for my coach"), language)
    body = [shareable_section(section, rule, allowed) for section in body]
    notice = _t(
        (
            "Fortroligt. Lavet med Lederpuls ud fra min egen dagbog – kun det, jeg har valgt, "
            "er med. Filen er ikke krypteret; gem den et sikkert sted.",
            "Confidential. Made with Leader Pulse from my own journal – only what I chose is "
            "included. This file is not encrypted; keep it somewhere safe.",
        ),
        language,
    )
    return Report(
        kind=kind,
        language=language,
        title=title,
        subtitle=fmt.period_text(start, end, language),
        period_start=start,
        period_end=end,
        made_at=journal.now(),
        sections=tuple(body),
        notice=notice,
        included_sections=chosen,
        named_reflection_days=named,
    )


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


# --- shared parts ------------------------------------------------------------------------


def chart_granularity(start: date, end: date) -> Granularity:
    """Days up to a month, weeks up to about half a year, months beyond."""
    days = (end - start).days + 1
    if days <= 31:
        return Granularity.DAY
    if days <= 190:
        return Granularity.WEEK
    return Granularity.MONTH


_PER: dict[Granularity, Texts] = {
    Granularity.DAY: ("pr. dag", "per day"),
    Granularity.WEEK: ("pr. uge", "per week"),
    Granularity.MONTH: ("pr. måned", "per month"),
}


def _chart(
    journal: Journal, figures: PeriodFigures, kind: ChartKind, language: Language
) -> ChartSpec | None:
    s = figures.summary
    granularity = chart_granularity(s.start, s.end)
    per = _t(_PER[granularity], language)
    titles: dict[ChartKind, Texts] = {
        ChartKind.TIME_SPLIT: (f"Tidsfordeling {per}", f"Time split {per}"),
        ChartKind.STRESS: (
            f"Stresstrin {per}: gennemsnit og højeste",
            f"Stress step {per}: mean and highest",
        ),
        ChartKind.DEMANDS_RESOURCES: (
            f"Krav og ressourcer {per} (gennemsnit, 0–10)",
            f"Demands and resources {per} (mean, 0–10)",
        ),
        ChartKind.WHO5: ("WHO-5 i perioden (0–100)", "WHO-5 in the period (0–100)"),
    }
    summaries = tuple(journal.summaries(granularity, s.start, s.end))
    return ChartSpec(
        kind=kind,
        title=_t(titles[kind], language),
        granularity=granularity,
        summaries=summaries,
        target_percent=figures.target_percent if kind is ChartKind.TIME_SPLIT else None,
        language=language,
    )


def _facts(
    figures: PeriodFigures, chosen: Sequence[Section], language: Language
) -> list[tuple[str, str]]:
    """The ``stats`` figures of the chosen sections (days logged always first)."""
    if figures.summary.days_logged == 0:
        return []
    facts = [(_t(("Dage logget", "Days logged"), language), str(figures.summary.days_logged))]
    if Section.TIME_SPLIT in chosen:
        facts += [share_fact(figures, language), hours_fact(figures, language)]
    if Section.STRESS in chosen:
        facts += stress_facts(figures, language)
    balance = balance_fact(figures, language)
    if Section.DEMANDS_RESOURCES in chosen and balance is not None:
        facts.append(balance)
    if Section.WHO5 in chosen:
        facts.append(who5_fact(figures, language))
    return facts


def _no_days(language: Language) -> str:
    return _t(("Ingen dage logget i perioden.", "No days logged in this period."), language)


def _about(chosen: Sequence[Section], language: Language) -> ReportSection:
    paragraphs = [
        _t(
            (
                "Tallene er mine egne registreringer, ikke en vurdering. Ledelsesandelen er "
                "personaleledelse og strategi i forhold til al registreret tid.",
                "The figures are my own entries, not an assessment. The leadership share is "
                "people leadership and strategy out of all time logged.",
            ),
            language,
        )
    ]
    if Section.STRESS in chosen:
        paragraphs.append(_t(STAIRCASE_ATTRIBUTION, language))
    if Section.WHO5 in chosen:
        paragraphs.append(_t(WHO5_ATTRIBUTION, language))
    return ReportSection(
        key="about",
        heading=_t(("Om tallene", "About the figures"), language),
        paragraphs=tuple(paragraphs),
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
        shown.append(named_item(named, language))
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
    facts = _facts(figures, chosen, language)
    sections.append(
        ReportSection(
            key="figures",
            heading=_t(("Tal for perioden", "Figures for the period"), language),
            facts=tuple(facts),
            paragraphs=() if facts else (_no_days(language),),
        )
    )
    if figures.summary.days_logged:
        for section, chart_kind, heading in (
            (Section.TIME_SPLIT, ChartKind.TIME_SPLIT, ("Tid", "Time")),
            (Section.STRESS, ChartKind.STRESS, ("Stresstrappen", "The stress staircase")),
        ):
            if section in chosen:
                sections.append(
                    ReportSection(
                        key=section.value,
                        heading=_t(heading, language),
                        chart=_chart(journal, figures, chart_kind, language),
                        level=2,
                    )
                )
    sections.append(_about(chosen, language))
    return sections


# --- the coach summary (GROW, domain notes §6.4) ----------------------------------------------


def _coach_sections(
    journal: Journal,
    figures: PeriodFigures,
    chosen: Sequence[Section],
    quoted: dict[date, str],
    language: Language,
) -> list[ReportSection]:
    s = figures.summary
    sections = [
        ReportSection(
            key="goal",
            heading=_t(("Mål", "Goal"), language),
            paragraphs=(
                _t(
                    (
                        "Hvad vil jeg gerne have ud af de næste samtaler?",
                        "What do I want from our next sessions?",
                    ),
                    language,
                ),
            ),
            blank_lines=3,
        )
    ]
    facts = _facts(figures, chosen, language)
    intro = _t(
        ("Sådan så perioden ud i min dagbog.", "This is how the period looked in my journal."),
        language,
    )
    sections.append(
        ReportSection(
            key="reality",
            heading=_t(("Virkelighed", "Reality"), language),
            paragraphs=(intro,) if facts else (_no_days(language),),
            facts=tuple(facts),
        )
    )
    if s.days_logged:
        if Section.STRESS in chosen:
            sections.append(_stress_section(journal, figures, language))
        if Section.DEMANDS_RESOURCES in chosen:
            sections.append(_balance_section(journal, figures, language))
        if Section.TIME_SPLIT in chosen:
            sections.append(_time_section(journal, figures, language))
    if Section.WHO5 in chosen and s.who5_scores:
        sections.append(_who5_section(journal, figures, language))
    if quoted:
        sections.append(
            ReportSection(
                key=Section.REFLECTIONS.value,
                heading=_t(("Refleksioner, jeg har valgt", "Reflections I chose"), language),
                quotes=tuple(sorted(quoted.items())),
                level=2,
            )
        )
    sections.append(_options_section(journal, figures, chosen, language))
    sections.append(_will_section(journal, figures, language))
    sections.append(_about(chosen, language))
    return sections


def _days_word(count: int, language: Language) -> str:
    if language is Language.DANISH:
        return f"{count} dag" if count == 1 else f"{count} dage"
    return f"{count} day" if count == 1 else f"{count} days"


def _counted(counts: dict[str, int], labels: dict[str, str], language: Language) -> list[str]:
    return [
        f"{labels.get(key, key)} – {_days_word(count, language)}"
        for key, count in list(counts.items())[:TOP_ITEMS]
    ]


def _stress_section(journal: Journal, figures: PeriodFigures, language: Language) -> ReportSection:
    s = figures.summary
    facts = tuple(
        (f"{step.number} {step.name(language)}", _days_word(s.days_per_step[step.number], language))
        for step in STRESS_STEPS
    )
    paragraphs: list[str] = []
    if s.stress_mean is not None:
        trend = stress_trend(journal.days(s.start, s.end))
        paragraphs.append(
            _t(
                {
                    1: (
                        "Trinnene lå lidt højere mod slutningen af perioden.",
                        "The steps were a little higher towards the end of the period.",
                    ),
                    -1: (
                        "Trinnene lå lidt lavere mod slutningen af perioden.",
                        "The steps were a little lower towards the end of the period.",
                    ),
                    0: ("Trinnene var nogenlunde stabile.", "The steps were fairly steady."),
                }[trend],
                language,
            )
        )
    items = _counted(
        s.signal_counts, item_labels(journal, CatalogueKind.SIGNAL, language), language
    )
    return ReportSection(
        key=Section.STRESS.value,
        heading=_t(
            ("Stresstrappen: dage pr. trin", "The stress staircase: days per step"), language
        ),
        facts=facts,
        paragraphs=tuple(paragraphs),
        items=tuple(items),
        items_intro=_t(("Signaler, der gik igen:", "Signals that recurred:"), language),
        chart=_chart(journal, figures, ChartKind.STRESS, language),
        level=2,
    )


def _balance_section(journal: Journal, figures: PeriodFigures, language: Language) -> ReportSection:
    s = figures.summary
    paragraphs: list[str] = []
    if s.demands_mean is not None and s.resources_mean is not None:
        phrase = balance_phrase(s.demands_mean, s.resources_mean, language)
        paragraphs.append(phrase[:1].upper() + phrase[1:] + ".")
    demand_labels = item_labels(journal, CatalogueKind.DEMAND, language)
    resource_labels = item_labels(journal, CatalogueKind.RESOURCE, language)
    demand = _t(("Krav", "Demand"), language)
    resource = _t(("Ressource", "Resource"), language)
    items = [
        f"{demand}: {text}" for text in _counted(s.demand_item_counts, demand_labels, language)
    ]
    items += [
        f"{resource}: {text}"
        for text in _counted(s.resource_item_counts, resource_labels, language)
    ]
    return ReportSection(
        key=Section.DEMANDS_RESOURCES.value,
        heading=_t(("Krav og ressourcer", "Demands and resources"), language),
        paragraphs=tuple(paragraphs),
        items=tuple(items),
        items_intro=_t(
            ("De hyppigste krav og ressourcer:", "The most frequent demands and resources:"),
            language,
        ),
        chart=_chart(journal, figures, ChartKind.DEMANDS_RESOURCES, language),
        level=2,
    )


def _time_section(journal: Journal, figures: PeriodFigures, language: Language) -> ReportSection:
    s = figures.summary
    names = {
        ActivityKind.OPERATIONS: ("Drift", "Operations"),
        ActivityKind.LEADERSHIP: ("Ledelse", "Leadership"),
        ActivityKind.OWN_WORK: ("Egne opgaver", "Own tasks"),
    }
    facts = []
    for kind, texts in names.items():
        minutes = s.minutes_by_kind[kind]
        share = minutes / s.logged_minutes if s.logged_minutes else 0.0
        facts.append(
            (
                _t(texts, language),
                f"{fmt.hours(minutes / 60, language)} · {fmt.percent(share, language)}",
            )
        )
    facts.append(hours_fact(figures, language))
    takeaway = time_takeaway(figures, language)
    return ReportSection(
        key=Section.TIME_SPLIT.value,
        heading=_t(("Tidsfordeling", "Time split"), language),
        paragraphs=(takeaway,) if takeaway else (),
        facts=tuple(facts),
        chart=_chart(journal, figures, ChartKind.TIME_SPLIT, language),
        level=2,
    )


def _who5_section(journal: Journal, figures: PeriodFigures, language: Language) -> ReportSection:
    scores = figures.summary.who5_scores
    # A long series reads better as the chart (its points are labelled): the last four.
    facts = tuple((fmt.long_date(day, language), str(score)) for day, score in scores[-4:])
    latest = scores[-1][1]
    return ReportSection(
        key=Section.WHO5.value,
        heading="WHO-5",
        paragraphs=(who5_meaning(latest, language),),
        facts=facts,
        chart=_chart(journal, figures, ChartKind.WHO5, language) if len(scores) > 1 else None,
        level=2,
    )


def _options_section(
    journal: Journal, figures: PeriodFigures, chosen: Sequence[Section], language: Language
) -> ReportSection:
    s = figures.summary
    items: list[str] = []
    sources: list[str] = []
    if Section.SPARRING in chosen:
        for topic in reversed(journal.sparring_topics()):  # oldest first
            if topic.raised_on > s.end:
                continue
            since = fmt.short_date(topic.raised_on, language)
            line = topic_line(topic, language)
            if topic.status is TopicStatus.OPEN:
                items.append(_t(("Åben: ", "Open: "), language) + line)
                sources.append(_t((f"siden {since}", f"since {since}"), language))
            elif topic.resolved_on is not None and topic.resolved_on >= s.start:
                done = fmt.short_date(topic.resolved_on, language)
                items.append(_t(("Afklaret: ", "Resolved: "), language) + line)
                sources.append(f"{since} → {done}")
    return ReportSection(
        key="options",
        heading=_t(("Muligheder", "Options"), language),
        paragraphs=(
            _t(
                (
                    "Hvad har jeg prøvet, hvad hjalp – og hvad kunne jeg gøre anderledes?",
                    "What have I tried, what helped – and what could I do differently?",
                ),
                language,
            ),
        ),
        items=tuple(items),
        item_sources=tuple(sources),
        blank_lines=2,
    )


def _will_section(journal: Journal, figures: PeriodFigures, language: Language) -> ReportSection:
    items: list[str] = []
    sources: list[str] = []
    for meeting in journal.one_on_ones():  # newest first
        if meeting.held_on > figures.summary.end:
            continue
        when = fmt.short_date(meeting.held_on, language)
        for action in meeting.actions:
            if not action.done and action.text not in items:
                items.append(action.text)
                sources.append(
                    _t(
                        (f"åben handling fra 1:1 {when}", f"open action from the 1:1 of {when}"),
                        language,
                    )
                )
    return ReportSection(
        key="will",
        heading=_t(("Vilje – næste skridt", "Will – next steps"), language),
        paragraphs=(
            _t(
                (
                    "Et til tre skridt, jeg vil tage – og de aftaler fra mine 1:1, der stadig "
                    "er åbne:",
                    "One to three steps I will take – and the agreements from my 1:1s that are "
                    "still open:",
                )
                if items
                else ("Et til tre skridt, jeg vil tage:", "One to three steps I will take:"),
                language,
            ),
        ),
        items=tuple(items),
        item_sources=tuple(sources),
        blank_lines=3,
    )
