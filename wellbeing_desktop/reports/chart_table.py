"""A chart's numbers as a small table: Markdown shows it instead of a picture."""

from __future__ import annotations

from wellbeing_desktop.domain import formatting as fmt
from wellbeing_desktop.domain.aggregation import Granularity, PeriodSummary
from wellbeing_desktop.domain.catalogues import localized
from wellbeing_desktop.domain.models import ActivityKind, Language
from wellbeing_desktop.services.report_content import ChartKind, ChartSpec, ChartUnit

NONE = "–"


def bar_text(value: float, spec: ChartSpec) -> str:
    """A distribution's value as drawn and tabled: ``40 %``/``40%``, or a count ``4``."""
    if spec.unit is ChartUnit.PERCENT:
        return fmt.percent(value, spec.language)
    return f"{value:.0f}"


def distribution_header(spec: ChartSpec) -> list[str]:
    """The two column titles of a distribution's table (the spec's, or plain defaults)."""
    lang = spec.language
    category = spec.category or localized(("Kategori", "Category"), lang)
    default = ("Andel", "Share") if spec.unit is ChartUnit.PERCENT else ("Antal", "Count")
    return [category, spec.measure or localized(default, lang)]


def period_name(
    summary: PeriodSummary, granularity: Granularity, language: Language, *, year: bool = False
) -> str:
    """``24. nov.``, ``uge 48``/``week 48`` or ``november 2026``/``November 2026``.

    With ``year`` (a chart over more than one calendar year): ``24. nov. 2026``,
    ``uge 48 2026``/``week 48 2026`` (the ISO week's year).
    """
    if granularity is Granularity.DAY:
        return fmt.short_date(summary.start, language, year=year)
    if granularity is Granularity.WEEK:
        iso_year, week, _day = summary.start.isocalendar()
        if year:
            return localized((f"uge {week} {iso_year}", f"week {week} {iso_year}"), language)
        return localized((f"uge {week}", f"week {week}"), language)
    return f"{fmt.month_name(summary.start.month, language)} {summary.start.year}"


def spans_years(spec: ChartSpec) -> bool:
    """Whether the chart's periods lie in more than one calendar year (names need it)."""
    return len({s.start.year for s in spec.summaries} | {s.end.year for s in spec.summaries}) > 1


def _number(value: float | None, language: Language) -> str:
    return NONE if value is None else fmt.number(value, language)


def chart_table(spec: ChartSpec) -> tuple[list[str], list[list[str]]]:
    """The header and the rows (one per period, per check-in for WHO-5, per bar)."""
    lang = spec.language
    period = localized(("Periode", "Period"), lang)
    year = spans_years(spec)

    rows: list[list[str]] = []
    if spec.kind is ChartKind.DISTRIBUTION:
        rows = [[label, bar_text(value, spec)] for label, value in spec.bars]
        return distribution_header(spec), rows
    if spec.kind is ChartKind.WHO5:
        for summary in spec.summaries:
            rows += [[fmt.long_date(day, lang), str(score)] for day, score in summary.who5_scores]
        return [localized(("Dato", "Date"), lang), "WHO-5"], rows
    if spec.kind is ChartKind.TIME_SPLIT:
        kinds = {
            ActivityKind.LEADERSHIP: ("Ledelse", "Leadership"),
            ActivityKind.OPERATIONS: ("Drift", "Operations"),
            ActivityKind.OWN_WORK: ("Egne opgaver", "Own tasks"),
        }
        header = [period, *(localized(t, lang) for t in kinds.values())]
        for s in spec.summaries:
            name = period_name(s, spec.granularity, lang, year=year)
            if not s.logged_minutes:
                rows.append([name, *([NONE] * len(kinds))])
                continue
            rows.append(
                [name, *(fmt.percent(s.minutes_by_kind[k] / s.logged_minutes, lang) for k in kinds)]
            )
        return header, rows
    if spec.kind is ChartKind.STRESS:
        header = [
            period,
            localized(("Gennemsnit", "Mean"), lang),
            localized(("Højeste", "Highest"), lang),
        ]
        for s in spec.summaries:
            highest = NONE if s.stress_max is None else str(s.stress_max)
            rows.append(
                [
                    period_name(s, spec.granularity, lang, year=year),
                    _number(s.stress_mean, lang),
                    highest,
                ]
            )
        return header, rows
    header = [
        period,
        localized(("Krav", "Demands"), lang),
        localized(("Ressourcer", "Resources"), lang),
    ]
    for s in spec.summaries:
        rows.append(
            [
                period_name(s, spec.granularity, lang, year=year),
                _number(s.demands_mean, lang),
                _number(s.resources_mean, lang),
            ]
        )
    return header, rows
