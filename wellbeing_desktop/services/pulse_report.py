"""The leader group's pulse as a report: the agenda of the group's conversation (issue #18).

``group_report`` turns a ``GroupPicture`` into a ``Report`` that the renderers write as
PDF, HTML or Markdown, as they write the coach summary. It follows the source text's
three conditions as the meeting's agenda: how the group is doing, the balance between
demands and resources, and sparring; each part ends with questions for the
conversation (reflection, never diagnosis). It holds no leader's name, no text and no
single day: only the group's figures, each resting on at least ``FIGURE_MIN_LEADERS``
leaders, and it says which figures were left out because fewer leaders gave them.

``group_json`` is the same picture as JSON (every field in docs/pulse-group-json.md),
``group_record`` the consent-log entry for a written report (kind ``leader-group``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.domain import formatting as fmt
from wellbeing_desktop.domain.catalogues import (
    STAIRCASE_ATTRIBUTION,
    STRESS_STEPS,
    WHO5_ATTRIBUTION,
    Texts,
)
from wellbeing_desktop.domain.models import ExportRecord, Language
from wellbeing_desktop.domain.palette import STEP_COLOURS
from wellbeing_desktop.domain.pulse import (
    FIGURE_MIN_LEADERS,
    WHO5_MIN_LEADERS,
    GroupFigure,
    Who5Band,
)
from wellbeing_desktop.domain.thresholds import HOURS_TOLERANCE
from wellbeing_desktop.services.pulse_json import group_json as group_json
from wellbeing_desktop.services.pulse_report_words import NOTICE, GroupWords
from wellbeing_desktop.services.pulse_words import WHO5_BANDS
from wellbeing_desktop.services.report_content import (
    ChartKind,
    ChartSpec,
    ChartUnit,
    Report,
    ReportKind,
    ReportSection,
)

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime

    from wellbeing_desktop.domain.pulse import GroupCount, GroupPicture, ItemCount

KIND = ReportKind.LEADER_GROUP


def group_report(picture: GroupPicture, language: Language, made_at: datetime) -> Report:
    """The group picture as a report in ``language``, made at ``made_at``."""
    words = GroupWords(picture, language)
    pulse_round = picture.round
    period = fmt.period_text(pulse_round.start, pulse_round.end, language)
    sections = [
        *_wellbeing(picture, words),
        *_balance(picture, words),
        *_sparring(picture, words),
        _about(picture, words),
    ]
    return Report(
        kind=KIND,
        language=language,
        title=words.t(("Ledergruppens puls", "The leader group's pulse")),
        subtitle=f"{pulse_round.name} · {words.leaders(picture.leaders)} · {period}",
        period_start=pulse_round.start,
        period_end=pulse_round.end,
        made_at=made_at,
        sections=tuple(sections),
        notice=words.t(NOTICE),
    )


def group_record(report: Report, fmt: str) -> ExportRecord:
    """The consent-log entry for writing the group report as ``fmt`` (pdf, md, html, json).

    No sections and no reflection days: the file holds the group's figures only.
    """
    return ExportRecord(
        made_at=report.made_at,
        kind=KIND.value,
        format=fmt,
        period_start=report.period_start,
        period_end=report.period_end,
    )


def _wellbeing(picture: GroupPicture, words: GroupWords) -> list[ReportSection]:
    t = words.t
    coverage = t(
        (
            f"{words.leaders(picture.leaders)} har delt deres puls for perioden: "
            f"{words.number(picture.days_logged_median)} registrerede dage pr. leder (median).",
            f"{words.leaders(picture.leaders)} shared their pulse for the period: "
            f"{words.number(picture.days_logged_median)} logged days per leader (median).",
        )
    )
    sections = [
        ReportSection(
            key="wellbeing",
            heading=t(("1. Hvordan har gruppen det?", "1. How is the group doing?")),
            paragraphs=(coverage, *_wellbeing_left_out(picture, words)),
        )
    ]
    if picture.step_shares is not None:
        bars = tuple(
            (f"{step.number} {step.name(words.language)}", share)
            for step, share in zip(STRESS_STEPS, picture.step_shares, strict=True)
        )
        sections.append(
            ReportSection(
                key="staircase",
                heading=t(("Stresstrappen", "The stress staircase")),
                paragraphs=(
                    t(
                        (
                            f"Andelen af de registrerede dage på hvert trin, for "
                            f"{words.leaders(picture.step_leaders)}; hver leder tæller lige meget.",
                            f"The share of logged days on each step, for "
                            f"{words.leaders(picture.step_leaders)}; each leader counts the same.",
                        )
                    ),
                ),
                chart=_chart(
                    words,
                    (
                        "Stresstrappen: andel af dagene pr. trin",
                        "The stress staircase: share of days per step",
                    ),
                    bars,
                    colours=tuple(STEP_COLOURS[step.number] for step in STRESS_STEPS),
                    category=("Trin", "Step"),
                    measure=("Andel af dagene", "Share of days"),
                ),
                level=2,
            )
        )
    if picture.who5_bands is not None:
        # A table of words, not a chart: a banded count has no number to draw.
        sections.append(
            ReportSection(
                key="who5",
                heading=t(("WHO-5-bånd", "WHO-5 bands")),
                paragraphs=(
                    t(
                        (
                            f"{words.of(picture.who5_leaders)} valgte at dele deres WHO-5-bånd "
                            "(seneste måling i perioden).",
                            f"{words.of(picture.who5_leaders)} chose to share their WHO-5 band "
                            "(the latest check-in in the period).",
                        )
                    ),
                ),
                facts=tuple(
                    (t(("WHO-5 ", "WHO-5 ")) + t(WHO5_BANDS[band]), words.count(count))
                    for band, count in _bands(picture)
                ),
                level=2,
            )
        )
    sections.append(words.questions("wellbeing"))
    return sections


def _bands(picture: GroupPicture) -> list[tuple[Who5Band, GroupCount]]:
    shown = picture.who5_bands or {}
    return [(band, shown[band]) for band in WHO5_BANDS if band in shown]


def _balance(picture: GroupPicture, words: GroupWords) -> list[ReportSection]:
    t, lang = words.t, words.language
    facts: list[tuple[str, str]] = []
    share, target = picture.leadership_share_median, picture.target_percent_median
    if share is not None:
        # The median of whole targets may be a half: written as whole percent, as shares are.
        goal = ""
        if target is not None:
            goal = f" · {t(('mål', 'target'))} {fmt.percent(target / 100, lang)}"
        facts.append(
            (
                t(("Ledelsesandel (median)", "Leadership share (median)")),
                fmt.percent(share, lang) + goal,
            )
        )
        if picture.below_target is not None:
            facts.append(
                (
                    t(("Under deres eget mål", "Below their own target")),
                    words.count(picture.below_target),
                )
            )
    hours, norm = picture.hours_per_week_median, picture.weekly_norm_median
    tolerance = fmt.norm_hours(HOURS_TOLERANCE, lang)
    if hours is not None:
        norm_text = "" if norm is None else f" · norm {fmt.norm_hours(norm, lang)}"
        facts.append(
            (
                t(("Timer pr. uge (median)", "Hours per week (median)")),
                fmt.hours(hours, lang) + norm_text,
            )
        )
        if picture.over_norm is not None:
            facts.append(
                (
                    t(
                        (
                            f"Mindst én uge over norm + {tolerance}",
                            f"At least one week over norm + {tolerance}",
                        )
                    ),
                    words.count(picture.over_norm),
                )
            )
    paragraphs: list[str] = []
    if picture.demands_mean is not None and picture.resources_mean is not None:
        facts.append(
            (
                t(("Krav (gennemsnit, 0–10)", "Demands (mean, 0–10)")),
                fmt.number(picture.demands_mean, lang),
            )
        )
        facts.append(
            (
                t(("Ressourcer (gennemsnit, 0–10)", "Resources (mean, 0–10)")),
                fmt.number(picture.resources_mean, lang),
            )
        )
        paragraphs.append(_balance_sentence(picture.demands_mean, picture.resources_mean, words))
    sections = [
        ReportSection(
            key="balance",
            heading=t(
                ("2. Balance mellem krav og ressourcer", "2. Balance between demands and resources")
            ),
            paragraphs=(
                *paragraphs,
                *words.left_out(
                    picture,
                    GroupFigure.LEADERSHIP_SHARE,
                    GroupFigure.HOURS,
                    GroupFigure.BALANCE,
                    GroupFigure.DEMAND_ITEMS,
                    GroupFigure.RESOURCE_ITEMS,
                ),
            ),
            facts=tuple(facts),
        )
    ]
    for key, items, heading in (
        (
            "demand_items",
            picture.top_demands,
            ("De krav, gruppen nævner mest", "The demands the group names most"),
        ),
        (
            "resource_items",
            picture.top_resources,
            ("De ressourcer, gruppen nævner mest", "The resources the group names most"),
        ),
    ):
        if items:
            sections.append(_items_section(key, heading, items, words))
    sections.append(words.questions("balance"))
    return sections


def _balance_sentence(demands: float, resources: float, words: GroupWords) -> str:
    gap = demands - resources
    amount = fmt.number(abs(gap), words.language)
    if abs(gap) < 0.05:
        return words.t(
            (
                "Krav og ressourcer er i balance i gennemsnit.",
                "On average, demands and resources are in balance.",
            )
        )
    if gap > 0:
        return words.t(
            (
                f"I gennemsnit ligger kravene {amount} over ressourcerne.",
                f"On average, demands are {amount} above resources.",
            )
        )
    return words.t(
        (
            f"I gennemsnit ligger ressourcerne {amount} over kravene.",
            f"On average, resources are {amount} above demands.",
        )
    )


def _items_section(
    key: str, heading: Texts, items: Sequence[ItemCount], words: GroupWords
) -> ReportSection:
    """The items as a table of words (label, count): a banded count has no bar to draw."""
    t = words.t
    return ReportSection(
        key=key,
        heading=t(heading),
        paragraphs=(
            t(
                (
                    f"Med, når mindst {FIGURE_MIN_LEADERS} ledere har det blandt deres tre "
                    "hyppigste.",
                    f"Shown when at least {FIGURE_MIN_LEADERS} leaders have it among their three "
                    "most frequent.",
                )
            ),
        ),
        facts=tuple(
            (words.labels.get(item.key, item.key), words.count(item.leaders)) for item in items
        ),
        level=2,
    )


def _sparring(picture: GroupPicture, words: GroupWords) -> list[ReportSection]:
    t = words.t
    facts = [
        (
            t(("Står i en »første gang«-situation nu", "Facing a first-time situation now")),
            words.count(picture.facing_situation),
        )
    ]
    if picture.facing_with_sparring is not None:
        facts.append(
            (
                t(("… og har sparring", "… and have sparring")),
                words.count(picture.facing_with_sparring),
            )
        )
    facts += [
        (
            t(("Har løst en situation i perioden", "Resolved a situation in the period")),
            words.count(picture.resolved),
        ),
        (
            t(("Har haft sparring i perioden", "Had sparring in the period")),
            words.count(picture.with_sparring),
        ),
    ]
    items = tuple(
        f"{words.labels.get(s.key, s.key)} – {words.count(s.leaders)}" for s in picture.situations
    )
    intro = (
        t(
            (
                f"Situationer, som mindst {FIGURE_MIN_LEADERS} ledere står i nu:",
                f"Situations at least {FIGURE_MIN_LEADERS} leaders face now:",
            )
        )
        if items
        else ""
    )
    return [
        ReportSection(
            key="sparring",
            heading=t(("3. Sparring – ledelse skal læres", "3. Sparring – leadership is learnt")),
            paragraphs=words.left_out(
                picture, GroupFigure.SITUATIONS, GroupFigure.FACING_WITH_SPARRING
            ),
            facts=tuple(facts),
            items=items,
            items_intro=intro,
        ),
        words.questions("sparring"),
    ]


def _about(picture: GroupPicture, words: GroupWords) -> ReportSection:
    t = words.t
    paragraphs = [
        t(
            (
                "Rapporten viser ingen enkelt leders tal. Den samler kun, når mindst "
                f"{picture.round.min_group} ledere har delt, og hvert tal bygger på mindst "
                f"{FIGURE_MIN_LEADERS} ledere (WHO-5-bånd på mindst {WHO5_MIN_LEADERS}). "
                "Ingen navne, ingen tekst, ingen enkelte dage.",
                "The report shows no single leader's figures. It combines only when at least "
                f"{picture.round.min_group} leaders have shared, and each figure rests on at least "
                f"{FIGURE_MIN_LEADERS} leaders (WHO-5 bands on at least {WHO5_MIN_LEADERS}). "
                "No names, no text, no single days.",
            )
        )
    ]
    few = FIGURE_MIN_LEADERS - 1
    paragraphs.append(
        t(
            (
                f"Et antal ledere står kun som tal, når mindst {FIGURE_MIN_LEADERS} er med og "
                f"mindst {FIGURE_MIN_LEADERS} ikke er; ellers står der »højst {few}« eller "
                f"»alle på nær højst {few}«, så intet tal peger på en enkelt leder.",
                f"A count of leaders is a number only when at least {FIGURE_MIN_LEADERS} are in "
                f'it and at least {FIGURE_MIN_LEADERS} are not; otherwise it says "at most '
                f'{few}" or "all but at most {few}", so no count points at one leader.',
            )
        )
    )
    paragraphs.append(
        t(
            (
                "Tallene er ledernes egne registreringer, ikke en vurdering af nogen.",
                "The figures are the leaders' own entries, not an assessment of anyone.",
            )
        )
    )
    if picture.step_shares is not None:
        paragraphs.append(t(STAIRCASE_ATTRIBUTION))
    if picture.who5_bands is not None:
        paragraphs.append(t(WHO5_ATTRIBUTION))
    return ReportSection(
        key="about", heading=t(("Om tallene", "About the figures")), paragraphs=tuple(paragraphs)
    )


def _chart(
    words: GroupWords,
    title: Texts,
    bars: tuple[tuple[str, float], ...],
    *,
    colours: tuple[str, ...],
    category: Texts,
    measure: Texts,
    total: int | None = None,
) -> ChartSpec:
    return ChartSpec(
        kind=ChartKind.DISTRIBUTION,
        title=words.t(title),
        language=words.language,
        bars=bars,
        unit=ChartUnit.PERCENT if total is None else ChartUnit.COUNT,
        total=total,
        colours=colours,
        category=words.t(category),
        measure=words.t(measure),
    )


def _wellbeing_left_out(picture: GroupPicture, words: GroupWords) -> tuple[str, ...]:
    """What part 1 left out; WHO-5 bands enough leaders shared get their own reason."""
    if picture.who5_bands is None and picture.who5_leaders >= WHO5_MIN_LEADERS:
        bands = words.t(
            (
                "WHO-5-bånd er udeladt: et bånd ville rumme færre end 3 ledere eller alle på "
                "nær højst 2, og båndene lægges sammen til dem, der delte deres.",
                "WHO-5 bands are left out: a band would hold fewer than 3 leaders or all but "
                "at most 2, and the bands add up to those who shared theirs.",
            )
        )
        return (*words.left_out(picture, GroupFigure.STAIRCASE), bands)
    return words.left_out(picture, GroupFigure.STAIRCASE, GroupFigure.WHO5)
