"""What a leader's pulse file holds, in words: the preview before anything is shared.

``pulse_facts`` lists every figure the pulse file will carry, one label → value line
each, in the leader's language; the command line's ``pulse share`` prints it and the
GUI's share preview shows it, so both show exactly what leaves. ``pulse_not_included``
is the one line of what never does. Numbers are written by ``domain.formatting``
(decimal comma, ``t``, ``%`` in Danish), as the rest of the app writes them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.domain import formatting as fmt
from wellbeing_desktop.domain.catalogues import (
    DEMANDS,
    RESOURCES,
    SPARRING_SITUATIONS,
    STRESS_STEPS,
    Texts,
    localized,
)
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.domain.pulse import Who5Band
from wellbeing_desktop.domain.thresholds import HOURS_TOLERANCE
from wellbeing_desktop.services.period_figures import short_label

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from wellbeing_desktop.domain.pulse import LeaderPulse, PulseRound

NONE_SHARED: Texts = ("ingen", "none")
NOT_SHARED: Texts = ("deles ikke", "not shared")
NO_WHO5: Texts = ("ingen WHO-5 i perioden", "no WHO-5 check-in in the period")
NO_DATA: Texts = ("–", "–")
# The WHO-5 bands as score ranges (domain notes §3.3); a range, never a verdict.
WHO5_BANDS: dict[Who5Band, Texts] = {
    Who5Band.HIGH: ("51–100", "51–100"),
    Who5Band.MIDDLE: ("29–50", "29–50"),
    Who5Band.LOW: ("0–28", "0–28"),
}
NOT_INCLUDED: Texts = (
    "Aldrig med: dit navn, din tekst (refleksioner, noter, tags), enkelte dage og dine "
    "egne krav og ressourcer. Ud over tallene står kun tidspunktet, filen gemmes, og en kode, "
    "der lader en puls, du sender igen, erstatte denne.",
    "Never included: your name, your text (reflections, notes, tags), single days and your "
    "own demands and resources. Besides the figures, the file holds only when it was saved "
    "and a code that lets a pulse you send again replace this one.",
)


def item_labels(language: Language) -> dict[str, str]:
    """Built-in demand, resource and sparring-situation keys → their short labels.

    A pulse names built-in keys only (a leader's own items are words, never shared), so
    these labels word every key a pulse or a group picture holds.
    """
    labels = {item.key: short_label(item.label(language)) for item in (*DEMANDS, *RESOURCES)}
    labels.update({key: localized(texts, language) for key, texts in SPARRING_SITUATIONS.items()})
    return labels


def pulse_not_included(language: Language) -> str:
    """One line: what a pulse file never holds."""
    return localized(NOT_INCLUDED, language)


def days_text(count: int, language: Language) -> str:
    """``1 dag``/``12 dage``, ``1 day``/``12 days``."""
    if language is Language.DANISH:
        return f"{count} dag" if count == 1 else f"{count} dage"
    return f"{count} day" if count == 1 else f"{count} days"


def weeks_text(count: int, language: Language) -> str:
    """``1 uge``/``4 uger``, ``1 week``/``4 weeks``."""
    if language is Language.DANISH:
        return f"{count} uge" if count == 1 else f"{count} uger"
    return f"{count} week" if count == 1 else f"{count} weeks"


def listed(keys: Sequence[str], labels: Mapping[str, str], language: Language) -> str:
    """Labels joined with "; " (a key without a label as it is), or ``ingen``/``none``."""
    if not keys:
        return localized(NONE_SHARED, language)
    return "; ".join(labels.get(key, key) for key in keys)


def pulse_facts(
    pulse: LeaderPulse,
    pulse_round: PulseRound,
    language: Language,
    labels: Mapping[str, str],
    *,
    who5_asked: bool = False,
) -> list[tuple[str, str]]:
    """Every figure the pulse file holds, as (label, value) lines in ``language``.

    ``labels`` maps catalogue keys (demand and resource items, sparring situations) to
    their labels: ``item_labels(language)``, or one built with
    ``period_figures.item_labels`` and ``catalogues.SPARRING_SITUATIONS``.
    ``who5_asked``: the leader chose to share the WHO-5 band; a pulse without one then
    says there was no WHO-5 check-in in the period (not "not shared").
    """

    def t(texts: Texts) -> str:
        return localized(texts, language)

    none = t(NO_DATA)
    facts = [
        (t(("Runde", "Round")), pulse_round.name),
        (t(("Periode", "Period")), fmt.period_text(pulse_round.start, pulse_round.end, language)),
        (t(("Rundens kode", "Round code")), pulse_round.fingerprint),
        (t(("Registrerede dage", "Days logged")), str(pulse.days_logged)),
        (t(("Uger talt med", "Weeks counted")), str(pulse.weeks_counted)),
    ]
    target = fmt.whole_percent(pulse.target_percent, language)
    share = (
        none if pulse.leadership_share is None else fmt.percent(pulse.leadership_share, language)
    )
    facts.append(
        (
            t(("Ledelsesandel (median)", "Leadership share (median)")),
            f"{share} · {t(('mål', 'target'))} {target}",
        )
    )
    norm = fmt.norm_hours(pulse.weekly_norm, language)
    hours = none if pulse.hours_per_week is None else fmt.hours(pulse.hours_per_week, language)
    facts.append(
        (t(("Timer pr. uge (median)", "Hours per week (median)")), f"{hours} · norm {norm}")
    )
    tolerance = fmt.norm_hours(HOURS_TOLERANCE, language)
    facts.append(
        (
            t((f"Uger over norm + {tolerance}", f"Weeks over norm + {tolerance}")),
            t((f"{pulse.weeks_over_norm} af ", f"{pulse.weeks_over_norm} of "))
            + weeks_text(pulse.weeks_counted, language),
        )
    )
    if pulse.step_shares is None:
        facts.append((t(("Stresstrappen", "Stress staircase")), none))
    else:
        of_days = t(("af dagene", "of days"))
        for step, share_of_days in zip(STRESS_STEPS, pulse.step_shares, strict=True):
            facts.append(
                (
                    t(("Trin", "Step")) + f" {step.number} · {step.name(language)}",
                    f"{fmt.percent(share_of_days, language)} {of_days}",
                )
            )
    for name, mean in (
        (("Krav (gennemsnit, 0–10)", "Demands (mean, 0–10)"), pulse.demands_mean),
        (("Ressourcer (gennemsnit, 0–10)", "Resources (mean, 0–10)"), pulse.resources_mean),
    ):
        facts.append((t(name), none if mean is None else fmt.number(mean, language)))
    facts += [
        (
            t(("Hyppigste krav", "Most frequent demands")),
            listed(pulse.top_demands, labels, language),
        ),
        (
            t(("Hyppigste ressourcer", "Most frequent resources")),
            listed(pulse.top_resources, labels, language),
        ),
        (
            t(("»Første gang«-situationer, åbne", "First-time situations, open")),
            listed(pulse.open_situations, labels, language),
        ),
        (
            t(("»Første gang«-situationer, løst", "First-time situations, resolved")),
            listed(pulse.resolved_situations, labels, language),
        ),
        (
            t(("Sparring i perioden", "Sparring in the period")),
            t(("ja", "yes") if pulse.has_sparring else ("nej", "no")),
        ),
        (
            t(("WHO-5 (bånd)", "WHO-5 (band)")),
            _who5_value(pulse, language, who5_asked=who5_asked),
        ),
    ]
    return facts


def _who5_value(pulse: LeaderPulse, language: Language, *, who5_asked: bool) -> str:
    """The band's range; or why there is none (not chosen, or no check-in to share)."""
    if pulse.who5_band is not None:
        return localized(WHO5_BANDS[pulse.who5_band], language)
    return localized(NO_WHO5 if who5_asked else NOT_SHARED, language)
