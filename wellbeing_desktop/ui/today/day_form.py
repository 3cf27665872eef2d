"""From the Today widgets to a DayLog, and the one-line words for a day saved or not saved."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.errors import ValidationError, WellbeingError
from wellbeing_desktop.ui.common.locale_format import duration_text, short_date, time_text
from wellbeing_desktop.ui.common.tasks import user_message
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.today import words

if TYPE_CHECKING:
    from collections.abc import Callable, Collection
    from datetime import date, datetime

    from wellbeing_desktop.domain.models import Category, DayLog, DayMerge, Language
    from wellbeing_desktop.ui.today.balance_panel import BalancePanel
    from wellbeing_desktop.ui.today.reflection_panel import ReflectionPanel
    from wellbeing_desktop.ui.today.signals_panel import SignalsPanel
    from wellbeing_desktop.ui.today.staircase import Staircase
    from wellbeing_desktop.ui.today.time_panel import TimePanel


def build_day(
    stored: DayLog,
    *,
    time: TimePanel,
    staircase: Staircase,
    signals: SignalsPanel,
    balance: BalancePanel,
    reflection: ReflectionPanel,
) -> DayLog:
    """The whole day as the widgets show it, on top of ``stored`` (the day as loaded).

    What the widgets cannot show is kept from ``stored``: minutes on categories without a
    row (and rows whose text does not read as a duration yet), signals no longer offered,
    the stated hours worked. A stored reflection is never replaced by an empty editor the
    user did not empty themselves.
    """
    unreadable = time.unreadable()
    minutes = {
        key: value
        for key, value in stored.minutes.items()
        if key not in time.spins or key in unreadable
    }
    minutes.update(time.minutes())
    offered = set(signals.checks)
    kept_signals = tuple(key for key in stored.signals if key not in offered)
    text = reflection.reflection()
    if not text and stored.reflection and not reflection.edited:
        text = stored.reflection
    return dataclasses.replace(
        stored,
        minutes=minutes,
        stress_step=staircase.step(),
        signals=signals.checked() + kept_signals,
        demands=balance.demands.value(),
        resources=balance.resources.value(),
        demand_items=balance.demand_items.picked(),
        resource_items=balance.resource_items.picked(),
        energy=balance.energy.value(),
        reflection=text,
        tags=reflection.tag_values(),
        share=reflection.share_level(),
    )


def fallback(
    log: DayLog, stored: DayLog, error: ValidationError, minute_keys: Collection[str]
) -> DayLog | None:
    """The day with only the rejected part put back as stored.

    The day with only the rejected part put back as it was stored, so the rest (the
    reflection above all) can still be saved; ``None`` if that part cannot be singled out.
    """
    if error.field == "minutes" or error.field in minute_keys:
        return dataclasses.replace(log, minutes=dict(stored.minutes))
    if error.field == "tag":
        return dataclasses.replace(log, tags=stored.tags)
    return None


def describe(error: WellbeingError, minute_keys: Collection[str], language: Language) -> str:
    """One plain line for an error the Today view can cause; the domain's own words else."""
    if isinstance(error, ValidationError):
        if error.field == "minutes" or error.field in minute_keys:
            return tr(words.ERROR_TOTAL_MINUTES, language)
        if error.field == "tag":
            return tr(words.ERROR_TAGS, language)
    return user_message(error, language)


@dataclasses.dataclass(frozen=True, slots=True)
class HoursRaised:
    """The status words for a day whose hours worked a save raised (callable per language).

    Today does not show the hours worked (the command line sets them); time typed past
    them is saved and raises them (``validation.settle_hours_worked``). The words name
    the day, so they can stay when the user moves on to another day at once.
    """

    day: date
    hours: int

    def __call__(self, language: Language) -> str:
        day, hours = short_date(self.day, language, year=False), duration_text(self.hours, language)
        return tr(words.HOURS_RAISED, language).format(  # a date or time is not split
            day=day.replace(" ", "\N{NO-BREAK SPACE}"),
            hours=hours.replace(" ", "\N{NO-BREAK SPACE}"),
        )


def saved_words(merge: DayMerge, at: datetime) -> Callable[[Language], str]:
    """The quiet line after a save: when, or that the day's hours worked were raised."""
    hours = merge.day.hours_worked_minutes
    if merge.hours_raised_from is None or hours is None:
        return lambda language: tr(words.SAVED, language).format(time=time_text(at, language))
    return HoursRaised(merge.day.day, hours)


def shows_other_values(merge: DayMerge, log: DayLog) -> bool:
    """The saved day differs from ``log`` in a field Today shows (not the hours worked)."""
    return merge.day != dataclasses.replace(
        log, hours_worked_minutes=merge.day.hours_worked_minutes
    )


def refusal_words(category: Category, text: str, *, rest_saved: bool) -> Callable[[Language], str]:
    """The amber line for a time box whose text is not a time (the box is never saved).

    It names the box, its text and what is allowed, and whether the rest of the day was
    saved; as a function of the language, so a new language can redo it.
    """
    outcome = words.PARTLY_SAVED if rest_saved else words.NOT_SAVED

    def render(language: Language) -> str:
        reason = tr(words.ERROR_NOT_A_TIME, language).format(
            field=category.name(language), text=text
        )
        return tr(outcome, language).format(reason=reason)

    return render


def user_message_for_signal(error: WellbeingError, language: Language) -> str:
    """The line under the own-signal field when the signal could not be added."""
    if isinstance(error, ValidationError) and error.field == "signal":
        return tr(words.ERROR_SIGNAL, language)
    return describe(error, (), language)
