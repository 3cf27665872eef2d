"""What a chart shows, as one or two sentences of its figures (a picture's text alternative).

``chart_sentence`` words a ``ChartSpec`` the way a reader would describe the picture:
what is drawn, per what, over how many periods, the lowest and highest value and the
latest one with its period, e.g. "Ledelsesandel pr. uge, 12 uger: mellem 18 % og 31 %;
senest 27 % (uge 48). Mål 40 %." The numbers are written by the same functions as the
chart's table (``chart_table``), so the sentence and the table agree. HTML uses it as
the image's ``alt`` text; the PDF may print it beside the chart.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from wellbeing_desktop.domain import formatting as fmt
from wellbeing_desktop.domain.aggregation import Granularity
from wellbeing_desktop.domain.catalogues import localized
from wellbeing_desktop.domain.models import ActivityKind
from wellbeing_desktop.reports.chart_table import (
    bar_text,
    distribution_header,
    period_name,
    spans_years,
)
from wellbeing_desktop.services.report_content import ChartKind, ChartUnit

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from wellbeing_desktop.domain.aggregation import PeriodSummary
    from wellbeing_desktop.domain.catalogues import Texts
    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.services.report_content import ChartSpec

_PER: dict[Granularity, Texts] = {
    Granularity.DAY: ("pr. dag", "per day"),
    Granularity.WEEK: ("pr. uge", "per week"),
    Granularity.MONTH: ("pr. måned", "per month"),
}
# One period, several periods (Danish, English).
_UNITS: dict[Granularity, tuple[Texts, Texts]] = {
    Granularity.DAY: (("dag", "day"), ("dage", "days")),
    Granularity.WEEK: (("uge", "week"), ("uger", "weeks")),
    Granularity.MONTH: (("måned", "month"), ("måneder", "months")),
}
_WHAT: dict[ChartKind, Texts] = {
    ChartKind.TIME_SPLIT: ("Ledelsesandel", "Leadership share"),
    ChartKind.STRESS: ("Stresstrin (1–5)", "Stress step (1–5)"),
    ChartKind.DEMANDS_RESOURCES: ("Krav og ressourcer (0–10)", "Demands and resources (0–10)"),
}


@dataclass(frozen=True, slots=True)
class _Series:
    name: Texts  # ("", "") when the chart has one series
    value: Callable[[PeriodSummary], float | None]
    show: Callable[[float, Language], str]


def _leadership(summary: PeriodSummary) -> float | None:
    if not summary.logged_minutes:
        return None
    return summary.minutes_by_kind[ActivityKind.LEADERSHIP] / summary.logged_minutes


def _decimal(value: float, lang: Language) -> str:
    return fmt.number(value, lang)


_SERIES: dict[ChartKind, tuple[_Series, ...]] = {
    ChartKind.TIME_SPLIT: (_Series(("", ""), _leadership, fmt.percent),),
    ChartKind.STRESS: (_Series(("gennemsnit", "mean"), lambda s: s.stress_mean, _decimal),),
    ChartKind.DEMANDS_RESOURCES: (
        _Series(("krav", "demands"), lambda s: s.demands_mean, _decimal),
        _Series(("ressourcer", "resources"), lambda s: s.resources_mean, _decimal),
    ),
}


def chart_sentence(spec: ChartSpec) -> str:
    """The chart's figures in words, in the chart's language (never just its title)."""
    lang = spec.language
    if spec.kind is ChartKind.WHO5:
        return _who5(spec)
    if spec.kind is ChartKind.DISTRIBUTION:
        return _distribution(spec)
    what = f"{localized(_WHAT[spec.kind], lang)} {localized(_PER[spec.granularity], lang)}"
    series = _SERIES[spec.kind]
    shown = [s for s in spec.summaries if any(x.value(s) is not None for x in series)]
    if not shown:
        return f"{what}: {localized(('ingen data i perioden', 'no data in the period'), lang)}."
    spreads = []
    for x in series:
        values = [v for v in map(x.value, shown) if v is not None]
        if values:
            spreads.append(_named(x, _spread(values, x.show, lang), lang))
    if spec.kind is ChartKind.STRESS:
        highest = max(s.stress_max for s in shown if s.stress_max is not None)
        spreads.append(localized((f"højeste trin {highest}", f"highest step {highest}"), lang))
    last = shown[-1]
    latest = [
        _named(x, x.show(value, lang), lang) if len(series) > 1 else x.show(value, lang)
        for x in series
        if (value := x.value(last)) is not None
    ]
    and_word = localized((" og ", " and "), lang)
    when = period_name(last, spec.granularity, lang, year=spans_years(spec))
    sentence = (
        f"{what}, {_count(len(shown), len(spec.summaries), spec.granularity, lang)}: "
        f"{', '.join(spreads)}; {localized(('senest', 'latest'), lang)} "
        f"{and_word.join(latest)} ({when})."
    )
    if spec.kind is ChartKind.TIME_SPLIT and spec.target_percent is not None:
        target = localized(("Mål", "Target"), lang)
        sentence += f" {target} {fmt.whole_percent(spec.target_percent, lang)}."
    return sentence


def _named(series: _Series, text: str, lang: Language) -> str:
    name = localized(series.name, lang)
    return f"{name} {text}" if name else text


def _count(with_data: int, total: int, granularity: Granularity, lang: Language) -> str:
    """``12 uger`` / ``10 af 14 dage med data``."""
    one, many = _UNITS[granularity]
    unit = localized(many if total != 1 else one, lang)
    if with_data == total:
        return f"{total} {unit}"
    return localized(
        (f"{with_data} af {total} {unit} med data", f"{with_data} of {total} {unit} with data"),
        lang,
    )


def _spread(values: Sequence[float], show: Callable[[float, Language], str], lang: Language) -> str:
    """``mellem 18 % og 31 %`` / ``between 18% and 31%``, or ``hele tiden 7,0`` if all the same."""
    low, high = show(min(values), lang), show(max(values), lang)
    if low == high:
        return localized((f"hele tiden {low}", f"{low} throughout"), lang)
    return localized((f"mellem {low} og {high}", f"between {low} and {high}"), lang)


def _who5(spec: ChartSpec) -> str:
    """The check-ins, e.g. ``WHO-5 (0–100), 3 målinger: mellem 40 og 64; senest 64 (…).``."""
    lang = spec.language
    scores = [(day, score) for s in spec.summaries for day, score in s.who5_scores]
    if not scores:
        none = localized(("ingen målinger i perioden", "no check-ins in the period"), lang)
        return f"WHO-5 (0–100): {none}."
    count = len(scores)
    unit = localized(("målinger", "check-ins") if count != 1 else ("måling", "check-in"), lang)
    spread = _spread([float(score) for _day, score in scores], lambda v, _l: f"{v:.0f}", lang)
    last_day, last_score = scores[-1]
    latest = localized(("senest", "latest"), lang)
    when = fmt.long_date(last_day, lang)
    return f"WHO-5 (0–100), {count} {unit}: {spread}; {latest} {last_score} ({when})."


def _distribution(spec: ChartSpec) -> str:
    """Each bar and its value, e.g. ``Andel af dagene: 1 Tempereret 40 %; 2 Opvarmet 35 %.``.

    Counts say what they are out of: ``Ledere (af 6): Stor arbejdsmængde 4; Mange møder 3.``
    """
    lang = spec.language
    _category, measure = distribution_header(spec)
    if spec.unit is ChartUnit.COUNT and spec.total is not None:
        measure += localized((f" (af {spec.total})", f" (of {spec.total})"), lang)
    if not spec.bars:
        return f"{measure}: {localized(('ingen data', 'no data'), lang)}."
    bars = "; ".join(f"{label} {bar_text(value, spec)}" for label, value in spec.bars)
    return f"{measure}: {bars}."
