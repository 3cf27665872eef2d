"""The coach summary's sections.

The coach summary's sections (GROW, domain notes §6.4); services/reports.py builds
the report and applies the sharing rule to every text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.domain import formatting as fmt
from wellbeing_desktop.domain.catalogues import (
    STRESS_STEPS,
    who5_band,
)
from wellbeing_desktop.domain.catalogues import localized as _t
from wellbeing_desktop.domain.models import (
    ActivityKind,
    CatalogueKind,
    Language,
    TopicStatus,
)
from wellbeing_desktop.services.one_on_one_days import step_trend
from wellbeing_desktop.services.one_on_one_prep import time_takeaway, topic_line
from wellbeing_desktop.services.period_figures import (
    PeriodFigures,
    balance_phrase,
    hours_fact,
    item_labels,
)
from wellbeing_desktop.services.report_content import ChartKind, ReportSection, Section
from wellbeing_desktop.services.report_parts import (
    ReportCharts,
    about_section,
    no_days,
    period_facts,
)

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from wellbeing_desktop.services.journal import Journal

TOP_ITEMS = 5  # most frequent signals, demands and resources listed
RECURRING_DAYS = 2  # a signal "recurred" when it was noted on two days or more


def coach_sections(
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
    facts = period_facts(figures, chosen, language)
    intro = _t(
        ("Sådan så perioden ud i min dagbog.", "This is how the period looked in my journal."),
        language,
    )
    sections.append(
        ReportSection(
            key="reality",
            heading=_t(("Virkelighed", "Reality"), language),
            paragraphs=(intro,) if facts else (no_days(language),),
            facts=tuple(facts),
        )
    )
    charts = ReportCharts(journal, figures)
    if s.days_logged:
        if Section.STRESS in chosen:
            sections.append(_stress_section(journal, figures, charts, language))
        if Section.DEMANDS_RESOURCES in chosen:
            sections.append(_balance_section(journal, figures, charts, language))
        if Section.TIME_SPLIT in chosen:
            sections.append(_time_section(journal, figures, charts, language))
    if Section.WHO5 in chosen and s.who5_scores:
        sections.append(_who5_section(journal, figures, charts, language))
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
    sections.append(about_section(chosen, language))
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


def _stress_section(
    journal: Journal, figures: PeriodFigures, charts: ReportCharts, language: Language
) -> ReportSection:
    s = figures.summary
    facts = tuple(
        (f"{step.number} {step.name(language)}", _days_word(s.days_per_step[step.number], language))
        for step in STRESS_STEPS
    )
    paragraphs: list[str] = []
    if s.stress_mean is not None:
        with journal.streamed_days(s.start, s.end) as days:  # a long period: not all at once
            trend = step_trend([d.stress_step for d in days if d.stress_step])
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
    recurring = {key: n for key, n in s.signal_counts.items() if n >= RECURRING_DAYS}
    items = _counted(recurring, item_labels(journal, CatalogueKind.SIGNAL, language), language)
    return ReportSection(
        key=Section.STRESS.value,
        heading=_t(
            ("Stresstrappen: dage pr. trin", "The stress staircase: days per step"), language
        ),
        facts=facts,
        paragraphs=tuple(paragraphs),
        items=tuple(items),
        items_intro=_t(("Signaler, der gik igen:", "Signals that recurred:"), language),
        chart=charts.chart(ChartKind.STRESS, language),
        level=2,
    )


def _balance_section(
    journal: Journal, figures: PeriodFigures, charts: ReportCharts, language: Language
) -> ReportSection:
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
        chart=charts.chart(ChartKind.DEMANDS_RESOURCES, language),
        level=2,
    )


def _time_section(
    journal: Journal, figures: PeriodFigures, charts: ReportCharts, language: Language
) -> ReportSection:
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
        chart=charts.chart(ChartKind.TIME_SPLIT, language),
        level=2,
    )


def _who5_section(
    journal: Journal, figures: PeriodFigures, charts: ReportCharts, language: Language
) -> ReportSection:
    scores = figures.summary.who5_scores
    latest = scores[-1][1]
    paragraphs = [_who5_meaning_mine(latest, language)]
    change = _who5_change(figures, language)
    if change:
        paragraphs.insert(0, change)
    if len(scores) > 1:
        # The chart's table ("WHO-5 i perioden") lists every check-in once: no list
        # of the same scores under it.
        chart = charts.chart(ChartKind.WHO5, language)
        facts: tuple[tuple[str, str], ...] = ()
    else:
        chart = None
        facts = tuple((fmt.long_date(day, language), str(score)) for day, score in scores)
    return ReportSection(
        key=Section.WHO5.value,
        heading="WHO-5",
        paragraphs=tuple(paragraphs),
        facts=facts,
        chart=chart,
        level=2,
    )


def _who5_meaning_mine(score: int, language: Language) -> str:
    """What the latest score suggests, in the report's voice (the leader's own: "jeg").

    The app speaks to the user ("du", ``catalogues.who5_meaning``); a report is the
    user's own words to a coach, so it never addresses its reader as the one measured.
    """
    band = who5_band(score)  # the bands of ``catalogues.who5_meaning``
    if band == "low":
        texts = (
            f"En score på {score} er lav og tyder på, at de sidste to uger har været svære. "
            "Det er en god grund til at tale med min egen læge – og med nogen, jeg har "
            "tillid til.",
            f"A score of {score} is low and suggests the last two weeks have been hard. "
            "That is a good reason to talk to my own doctor, and to someone I trust.",
        )
    elif band == "reduced":
        texts = (
            f"En score på {score} tyder på, at min trivsel har været nedsat de sidste to uger.",
            f"A score of {score} suggests my wellbeing has been lower over the last two weeks.",
        )
    else:
        texts = (
            f"En score på {score} tyder på, at jeg har haft det godt de sidste to uger.",
            f"A score of {score} suggests I have been doing well over the last two weeks.",
        )
    return _t(texts, language)


def _who5_change(figures: PeriodFigures, language: Language) -> str | None:
    """The insights' WHO-5 change (``thresholds.who5_change``) in the leader's own words.

    The latest check-in in the period against the one before it, 10 points or more up or
    down (Topp et al. 2015); a fall comes first in the section, as a concern.
    """
    found = figures.who5_change
    if found is None:
        return None
    latest, before, change = found.latest, found.before, found.points
    values = {
        "diff": abs(change),
        "before": before.score,
        "before_day": fmt.long_date(before.taken_on, language),
        "score": latest.score,
        "day": fmt.long_date(latest.taken_on, language),
    }
    texts = (
        (
            "Min WHO-5 er faldet {diff} point, fra {before} den {before_day} til {score} den "
            "{day}. Et fald på 10 point eller mere er en tydelig ændring (Topp m.fl. 2015) – "
            "det vil jeg gerne tale om.",
            "My WHO-5 has fallen by {diff} points, from {before} on {before_day} to {score} on "
            "{day}. A fall of 10 points or more is a clear change (Topp et al. 2015) – I would "
            "like to talk about it.",
        )
        if change < 0
        else (
            "Min WHO-5 er steget {diff} point, fra {before} den {before_day} til {score} den "
            "{day}: en tydelig forbedring (10 point eller mere, Topp m.fl. 2015).",
            "My WHO-5 has risen by {diff} points, from {before} on {before_day} to {score} on "
            "{day}: a clear improvement (10 points or more, Topp et al. 2015).",
        )
    )
    return _t(texts, language).format(**values)


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
            since = fmt.period_date(topic.raised_on, s.start, s.end, language)
            line = topic_line(topic, language)
            if topic.status is TopicStatus.OPEN:
                items.append(_t(("Åben: ", "Open: "), language) + line)
                sources.append(_t((f"siden {since}", f"since {since}"), language))
            elif topic.resolved_on is not None and topic.resolved_on >= s.start:
                done = fmt.period_date(topic.resolved_on, s.start, s.end, language)
                items.append(_t(("Løst: ", "Resolved: "), language) + line)
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
        when = fmt.period_date(
            meeting.held_on, figures.summary.start, figures.summary.end, language
        )
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
