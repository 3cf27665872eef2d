"""Each insight rule fires on a fixture built for it and stays silent on its counter-fixture.

The fixtures are weeks of day logs summarised by the pure ``domain.aggregation`` code.
The range runs from Monday 5 October (ISO week 41) to Thursday 26 November 2026 (the
fixed clock's today, in week 48, whose norm is Monday to Thursday: 29.6 h).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest

from wellbeing_desktop.domain.aggregation import Granularity, summarize
from wellbeing_desktop.domain.catalogues import DEFAULT_CATEGORIES
from wellbeing_desktop.domain.help_words import HELP_DOCTOR_FIRST
from wellbeing_desktop.domain.insights import Insight, InsightTone, find_insights, format_weeks
from wellbeing_desktop.domain.models import (
    DayLog,
    Language,
    Settings,
    SparringTopic,
    TopicStatus,
    Who5CheckIn,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

DA, EN = Language.DANISH, Language.ENGLISH
START = date(2026, 10, 5)  # Monday, week 41
END = date(2026, 11, 26)  # Thursday, week 48


def monday(week: int) -> date:
    return date.fromisocalendar(2026, week, 1)


def weekdays(week: int) -> list[date]:
    """Monday to Friday of an ISO week of 2026, cut at END."""
    return [d for d in (monday(week) + timedelta(days=i) for i in range(5)) if d <= END]


def calm(day: date, **changes: object) -> DayLog:
    """A day that triggers nothing: 7.4 h (444 min), 45 % leadership, step 2, in balance."""
    log = DayLog(
        day=day,
        minutes={"operations": 160, "people_leadership": 200, "own_tasks": 84},
        stress_step=2,
        demands=5,
        resources=5,
    )
    return dataclasses.replace(log, **changes)  # type: ignore[arg-type]


LOW_SHARE = {"operations": 270, "people_leadership": 134, "own_tasks": 40}  # 30 %
HIGH_SHARE = {"operations": 100, "people_leadership": 300, "own_tasks": 44}  # 68 %


def journal(
    changed: Mapping[int, Mapping[str, object]] | None = None,
    *,
    skip: Iterable[int] = (),
    days: dict[int, list[date]] | None = None,
) -> list[DayLog]:
    """A journal of calm weekdays for weeks 41-48.

    Calm weekdays for weeks 41–48, with ``changed`` fields per week; ``skip`` leaves a week
    unlogged; ``days`` logs only the given days of a week.
    """
    logs: list[DayLog] = []
    for week in range(41, 49):
        if week in skip:
            continue
        for day in (days or {}).get(week, weekdays(week)):
            logs.append(calm(day, **(changed or {}).get(week, {})))
    return logs


def find(
    logs: list[DayLog],
    *,
    who5: Iterable[Who5CheckIn] = (),
    sparring: Iterable[SparringTopic] = (),
    settings: Settings | None = None,
    language: Language = DA,
    start: date = START,
) -> list[Insight]:
    settings = settings or Settings()
    checkins = list(who5)
    weeks = summarize(
        logs,
        categories=DEFAULT_CATEGORIES,
        who5=checkins,
        weekly_norm=settings.weekly_hours_norm,
        granularity=Granularity.WEEK,
        start=start,
        end=END,
    )
    return find_insights(
        weeks,
        sparring=sparring,
        who5=checkins,
        settings=settings,
        start=start,
        end=END,
        language=language,
    )


def rules(found: list[Insight]) -> list[str]:
    return [insight.rule for insight in found]


def only(found: list[Insight], rule: str) -> Insight:
    [insight] = [i for i in found if i.rule == rule]
    return insight


# Someone to talk to was there recently: keeps the sparring rule quiet where it is not tested.
RECENT_SPARRING = (SparringTopic(date(2026, 11, 20), "first_appraisal", "own_leader"),)


def test_a_calm_journal_has_nothing_to_say() -> None:
    assert find(journal()) == []
    assert find([]) == []


# --- time split ------------------------------------------------------------------------


def test_operations_over_target_for_three_weeks() -> None:
    low = {"minutes": LOW_SHARE}
    insight = only(find(journal({46: low, 47: low, 48: low})), "operations_over_target")
    assert insight.tone is InsightTone.ATTENTION
    assert (insight.period_start, insight.period_end) == (monday(46), END)
    assert "3 uger i træk (uge 46–48)" in insight.text
    assert "ledelsesandelen lå på 30 % mod dit mål på 40 %" in insight.text
    assert "Det kan være værd at" in insight.text
    assert insight.figures == (
        ("Uge 46", "30 %"),
        ("Uge 47", "30 %"),
        ("Uge 48", "30 %"),
        ("Mål", "40 %"),
    )
    assert insight.source == "Dit eget mål for ledelsesandel (Indstillinger)"


def test_operations_over_target_in_english() -> None:
    low = {"minutes": LOW_SHARE}
    insight = only(
        find(journal({45: low, 46: low, 47: low, 48: low}), language=EN), "operations_over_target"
    )
    assert "for 4 weeks in a row (weeks 45–48)" in insight.text
    assert "your leadership share was 30%, against your target of 40%" in insight.text
    assert "It may be worth" in insight.text
    assert insight.figures[-1] == ("Target", "40%")
    assert insight.source.startswith("Your own leadership-share target")


def test_operations_over_target_stays_silent() -> None:
    low = {"minutes": LOW_SHARE}
    assert "operations_over_target" not in rules(find(journal({47: low, 48: low})))
    # A week without a log breaks the run: a gap is no evidence.
    gap = journal({45: low, 46: low, 48: low}, skip=[47])
    assert "operations_over_target" not in rules(find(gap))
    # The target is the user's own (§5.2): at 25 % a 30 % share is on target.
    own_target = Settings(leadership_target_percent=25)
    assert find(journal({46: low, 47: low, 48: low}), settings=own_target) == []


def test_an_unlogged_last_week_is_skipped_not_read_as_a_gap() -> None:
    low = {"minutes": LOW_SHARE}
    insight = only(find(journal({45: low, 46: low, 47: low}, skip=[48])), "operations_over_target")
    assert (insight.period_start, insight.period_end) == (monday(45), monday(47) + timedelta(6))


def test_leadership_target_reached_after_weeks_below() -> None:
    low = {"minutes": LOW_SHARE}
    found = find(journal({45: low, 46: low, 47: low, 48: {"minutes": HIGH_SHARE}}))
    insight = only(found, "leadership_target_reached")
    assert insight.tone is InsightTone.GOOD
    assert insight.text.startswith("Ledelsesandelen nåede 68 % i uge 48 – dit mål er 40 % –")
    assert "efter 3 uger under målet" in insight.text
    assert insight.figures[-2:] == (("Uge 48", "68 %"), ("Mål", "40 %"))
    assert (insight.period_start, insight.period_end) == (monday(45), END)
    assert "operations_over_target" not in rules(found)


def test_leadership_target_reached_stays_silent() -> None:
    low = {"minutes": LOW_SHARE}
    # Only two weeks below before: there was no run to end.
    two = find(journal({46: low, 47: low, 48: {"minutes": HIGH_SHARE}}))
    assert "leadership_target_reached" not in rules(two)
    # Still below.
    assert "leadership_target_reached" not in rules(find(journal({w: low for w in range(45, 49)})))


# --- hours -----------------------------------------------------------------------------


def test_hours_over_norm_for_two_weeks() -> None:
    long = {"hours_worked_minutes": 540}  # 9 h a day
    insight = only(find(journal({47: long, 48: long})), "hours_over_norm")
    # Week 47: 45 h against 37; week 48 (Mon–Thu so far): 36 h against 29.6.
    assert insight.text.startswith(
        "Du har arbejdet mere end 2 timer over din ugenorm 2 uger i træk (uge 47–48): "
        "81,0 timer i alt mod normens 66,6 timer."
    )
    assert insight.figures == (
        ("Uge 47", "45,0 t (norm 37,0 t)"),
        ("Uge 48", "36,0 t (norm 29,6 t)"),
        ("Ugenorm", "37,0"),
    )
    assert "37-timersugen i de danske overenskomster" in insight.source
    english = only(find(journal({47: long, 48: long}), language=EN), "hours_over_norm")
    assert "more than 2 hours over your weekly norm for 2 weeks in a row" in english.text
    assert "81.0 hours in all, against a norm of 66.6 hours" in english.text
    assert english.figures[0] == ("Week 47", "45.0 h (norm 37.0 h)")


def test_hours_over_norm_stays_silent() -> None:
    long = {"hours_worked_minutes": 540}
    assert "hours_over_norm" not in rules(find(journal({48: long})))
    # The norm is the user's own: at 50 h a week (10 h a day), 9 h days are within it.
    assert find(journal({47: long, 48: long}), settings=Settings(weekly_hours_norm=50)) == []


def test_hours_back_within_norm() -> None:
    long = {"hours_worked_minutes": 540}
    insight = only(find(journal({46: long, 47: long})), "hours_back_within_norm")
    assert insight.tone is InsightTone.GOOD
    assert insight.text == (
        "Arbejdstiden er tilbage inden for din ugenorm: 29,6 timer i uge 48 efter 2 uger med "
        "mere end 2 timer over normen."
    )
    assert insight.figures[-1] == ("Uge 48", "29,6 t (norm 29,6 t)")


def test_hours_back_within_norm_needs_a_fully_logged_week() -> None:
    long = {"hours_worked_minutes": 540}
    half_logged = journal({46: long, 47: long}, days={48: weekdays(48)[:2]})
    assert "hours_back_within_norm" not in rules(find(half_logged))
    assert "hours_back_within_norm" not in rules(find(journal({47: long})))


# --- the stress staircase ----------------------------------------------------------------


def test_stress_rising() -> None:
    found = find(journal({45: {"stress_step": 1}, 46: {"stress_step": 1}}))
    # Weeks 45–46 on step 1, weeks 47–48 on step 2: a whole step up.
    insight = only(found, "stress_rising")
    assert insight.text.startswith(
        "Dit trin på stresstrappen er steget: i snit 2,0 de sidste to uger (uge 47–48) mod 1,0"
    )
    assert insight.figures == (
        ("Trin i snit, de sidste to uger", "2,0"),
        ("Trin i snit, de to uger før", "1,0"),
    )
    assert (insight.period_start, insight.period_end) == (monday(45), END)
    assert insight.source == "Stresstrappen, Friis Andersen & Kingston 2016"
    assert rules(found) == ["stress_rising"]


def test_stress_rising_stays_silent() -> None:
    # Week 47 on step 3, week 48 on step 2: a mean of 2.6 against 2.0 is less than a step.
    mixed = journal({47: {"stress_step": 3}})
    assert "stress_rising" not in rules(find(mixed, sparring=RECENT_SPARRING))
    # Too few days with a step in the earlier window to stand for two weeks.
    sparse = journal(
        {45: {"stress_step": 1}, 46: {"stress_step": 1}},
        days={45: weekdays(45)[:2], 46: weekdays(46)[:2]},
    )
    assert find(sparse) == []


def test_stress_raised_on_most_days_of_two_weeks() -> None:
    # Week 47 all five days on step 3, week 48 Mon–Thu on step 2: 5 of 9 days.
    found = find(journal({47: {"stress_step": 3}}), sparring=RECENT_SPARRING)
    insight = only(found, "stress_raised")
    assert "trin 3 eller derover 5 af 9 dage de sidste to uger (uge 47–48)" in insight.text
    assert "din egen leder, HR eller en i ledergruppen" in insight.text
    assert insight.figures == (("Dage på trin 3–5", "5"), ("Dage med et trin", "9"))
    assert "Friis Andersen & Kingston 2016" in insight.source


def test_stress_raised_stays_silent() -> None:
    half = journal({47: {"stress_step": 3}}, days={47: weekdays(47)[:4]})
    # 4 of 8 days is not most.
    assert "stress_raised" not in rules(find(half, sparring=RECENT_SPARRING))
    # 3 of 4 logged days is most, but four days cannot stand for two weeks.
    few = journal({48: {"stress_step": 3}}, skip=[47], days={48: weekdays(48)[:3]})
    assert "stress_raised" not in rules(find(few, sparring=RECENT_SPARRING))


def test_stress_easing() -> None:
    found = find(journal({45: {"stress_step": 3}, 46: {"stress_step": 3}}))
    insight = only(found, "stress_easing")
    assert insight.tone is InsightTone.GOOD
    assert "på vej ned: i snit 2,0 de sidste to uger (uge 47–48) mod 3,0" in insight.text
    assert rules(found) == ["stress_easing"]


def test_stress_easing_stays_silent() -> None:
    half_step = {"stress_step": 3}
    found = find(journal({45: half_step, 46: half_step, 47: half_step}))
    assert "stress_easing" not in rules(found)


def test_no_sparring_while_stress_is_raised() -> None:
    three_days = journal({47: {"stress_step": 3}}, days={47: weekdays(47)[:3]})
    insight = only(find(three_days), "no_sparring_while_stressed")
    assert "trin 3 eller derover 3 dage de sidste to uger" in insight.text
    assert "ikke noteret nogen sparring de sidste 30 dage" in insight.text
    assert insight.figures == (("Dage på trin 3–5", "3"), ("Seneste sparring", "ingen noteret"))
    assert (insight.period_start, insight.period_end) == (date(2026, 10, 28), END)
    old = SparringTopic(date(2026, 9, 1), "first_appraisal", "hr")
    with_old = only(find(three_days, sparring=[old], language=EN), "no_sparring_while_stressed")
    assert with_old.figures[-1] == ("Latest sparring", "1 September 2026")
    assert "no sparring in the last 30 days" in with_old.text


def test_no_sparring_stays_silent() -> None:
    three_days = journal({47: {"stress_step": 3}}, days={47: weekdays(47)[:3]})
    assert find(three_days, sparring=RECENT_SPARRING) == []
    resolved = SparringTopic(
        date(2026, 8, 1), "first_appraisal", "hr", status=TopicStatus.RESOLVED, resolved_on=END
    )
    assert find(three_days, sparring=[resolved]) == []
    # Two days on step 3 is not raised stress.
    two_days = journal({47: {"stress_step": 3}}, days={47: weekdays(47)[:2]})
    assert find(two_days) == []


# --- demands and resources -------------------------------------------------------------


def test_demands_over_resources_for_two_weeks() -> None:
    heavy = {"demands": 7, "resources": 4}
    insight = only(find(journal({47: heavy, 48: heavy})), "demands_over_resources")
    assert "2 uger i træk (uge 47–48), senest 7,0 mod 4,0 i snit" in insight.text
    assert insight.figures == (
        ("Uge 47", "krav 7,0 · ressourcer 4,0"),
        ("Uge 48", "krav 7,0 · ressourcer 4,0"),
    )
    assert insight.source == "Krav-ressource-modellen, Bakker & Demerouti 2007"


def test_demands_over_resources_stays_silent() -> None:
    heavy = {"demands": 7, "resources": 4}
    assert find(journal({48: heavy})) == []
    # Demands without resources are no comparison.
    assert find(journal({47: {"resources": None}, 48: {"resources": None}})) == []


def test_resources_outweigh_demands() -> None:
    light = {"demands": 3, "resources": 8}
    insight = only(find(journal({46: light, 47: light, 48: light})), "resources_outweigh_demands")
    assert insight.tone is InsightTone.GOOD
    assert insight.text == (
        "Ressourcerne har opvejet kravene 3 uger i træk (uge 46–48), senest 8,0 mod 3,0 i snit."
    )
    assert "resources_outweigh_demands" not in rules(find(journal({48: light})))


# --- WHO-5 -------------------------------------------------------------------------------


def checkin(day: date, score: int) -> Who5CheckIn:
    raw = score // 4
    answers = tuple(min(5, max(0, raw - 5 * i)) for i in range(5))
    result = Who5CheckIn(day, answers)  # type: ignore[arg-type]
    assert result.score == score
    return result


@pytest.mark.parametrize("score", [44, 48, 32])  # ≤ 50 (§3.3); scores are raw × 4
def test_who5_reduced(score: int) -> None:
    insight = only(find(journal(), who5=[checkin(date(2026, 11, 20), score)]), "who5_reduced")
    assert insight.text.startswith(f"Din WHO-5 den 20. november 2026 var {score}.")
    assert "din egen leder, en i ledergruppen, HR eller arbejdspladsens" in insight.text
    assert insight.figures == (("WHO-5, 20. november 2026", str(score)), ("Grænse", "50"))
    assert (insight.period_start, insight.period_end) == (date(2026, 11, 20),) * 2
    assert insight.source == "WHO-5, Topp m.fl. 2015"


def test_who5_reduced_stays_silent() -> None:
    assert find(journal(), who5=[checkin(date(2026, 11, 20), 52)]) == []
    # Only the latest check-in counts (here with good news), and only inside the range.
    later = [checkin(date(2026, 11, 6), 40), checkin(END, 60)]
    assert rules(find(journal(), who5=later)) == ["who5_up"]
    assert find(journal(), who5=[checkin(date(2026, 9, 20), 20)]) == []


@pytest.mark.parametrize("score", [28, 12])
def test_who5_low(score: int) -> None:
    found = find(journal(), who5=[checkin(date(2026, 11, 20), score)], language=EN)
    assert rules(found) == ["who5_low"]
    insight = found[0]
    # At 28 or below the doctor comes first, then the other kinds of help, no company named.
    assert "It may be a good idea to start with your own doctor" in insight.text
    assert insight.text.index("doctor") < insight.text.index("psychologist scheme")
    for kind in ("health insurance or pension", "employee assistance", "HR", "own leader"):
        assert kind in insight.text
    assert insight.figures[-1] == ("Cut-off", "28")
    assert insight.source == "WHO-5, Topp et al. 2015"
    danish = find(journal(), who5=[checkin(date(2026, 11, 20), score)])[0]
    assert "starte hos din egen læge" in danish.text
    # The one list of the kinds of help, as the WHO-5 dialog and the Today banner say it.
    assert danish.text.endswith(HELP_DOCTOR_FIRST[0])
    assert insight.text.endswith(HELP_DOCTOR_FIRST[1])


def test_who5_low_stays_silent() -> None:
    assert rules(find(journal(), who5=[checkin(date(2026, 11, 20), 32)])) == ["who5_reduced"]


def test_who5_up_by_ten_points() -> None:
    found = find(journal(), who5=[checkin(date(2026, 11, 6), 40), checkin(END, 56)])
    insight = only(found, "who5_up")
    assert insight.tone is InsightTone.GOOD
    assert insight.text.startswith(
        "Din WHO-5 er steget 16 point, fra 40 den 6. november 2026 til 56 den 26. november 2026."
    )
    assert (insight.period_start, insight.period_end) == (date(2026, 11, 6), END)


def test_who5_up_stays_silent() -> None:
    assert find(journal(), who5=[checkin(date(2026, 11, 6), 60), checkin(END, 68)]) == []
    # Only a check-in before the range: nothing in the range to compare.
    assert find(journal(), who5=[checkin(date(2026, 9, 6), 60)]) == []


def test_who5_down_by_ten_points() -> None:
    found = find(journal(), who5=[checkin(date(2026, 11, 6), 72), checkin(END, 60)])
    assert rules(found) == ["who5_down"]
    insight = found[0]
    assert insight.tone is InsightTone.ATTENTION
    assert insight.text.startswith(
        "Din WHO-5 er faldet 12 point, fra 72 den 6. november 2026 til 60 den 26. november 2026."
        " Et fald på 10 point eller mere er en tydelig ændring."
    )
    assert "tale med nogen, du har tillid til" in insight.text
    assert insight.figures == (
        ("WHO-5, 6. november 2026", "72"),
        ("WHO-5, 26. november 2026", "60"),
    )
    assert insight.source == "WHO-5, Topp m.fl. 2015"
    english = find(journal(), who5=[checkin(date(2026, 11, 6), 72), checkin(END, 60)], language=EN)
    assert english[0].text.startswith("Your WHO-5 has fallen by 12 points, from 72 on")


def test_who5_down_comes_with_the_threshold_it_crosses() -> None:
    found = find(journal(), who5=[checkin(date(2026, 11, 6), 60), checkin(END, 40)])
    assert rules(found) == ["who5_reduced", "who5_down"]


def test_who5_down_stays_silent() -> None:
    # 8 points is within the noise, also against a check-in before the range.
    assert find(journal(), who5=[checkin(date(2026, 11, 6), 68), checkin(END, 60)]) == []
    assert find(journal(), who5=[checkin(date(2026, 9, 6), 68), checkin(END, 60)]) == []
    # The latest two in the range count, not an older one before the range.
    three = [checkin(date(2026, 9, 6), 80), checkin(date(2026, 11, 6), 64), checkin(END, 60)]
    assert find(journal(), who5=three) == []


@pytest.mark.parametrize(("before", "latest", "rule"), [(68, 56, "who5_down"), (40, 56, "who5_up")])
def test_who5_change_against_a_check_in_before_the_range(
    before: int, latest: int, rule: str
) -> None:
    # The tester's 4-week view (16 Nov - 7 Dec) hid a fall 68 -> 56 from 15 to 29 Nov: the
    # latest check-in in the range is compared with the one before it, even when that one
    # lies just before the range, and the sentence names both dates.
    start = date(2026, 11, 2)  # a 4-week range to Thursday 26 November
    who5 = [checkin(date(2026, 9, 6), 20), checkin(date(2026, 11, 1), before)]
    who5.append(checkin(date(2026, 11, 20), latest))
    insight = only(find(journal(), who5=who5, start=start), rule)
    verb = "faldet" if rule == "who5_down" else "steget"
    assert insight.text.startswith(
        f"Din WHO-5 er {verb} {abs(latest - before)} point, fra {before} den 1. november 2026"
        f" til {latest} den 20. november 2026."
    )
    assert insight.figures == (
        ("WHO-5, 1. november 2026", str(before)),
        ("WHO-5, 20. november 2026", str(latest)),
    )
    assert (insight.period_start, insight.period_end) == (date(2026, 11, 1), date(2026, 11, 20))
    # The same check-ins seen from a range that holds both: the same insight.
    assert only(find(journal(), who5=who5), rule).text == insight.text


def test_hours_a_little_over_the_norm_are_no_pattern() -> None:
    # 12 minutes over a day (an hour a week) and exactly 2 hours a week over: within the
    # tolerance of more than 2 hours a week.
    a_little = {"hours_worked_minutes": 456}  # 7.6 h a day: 38.0 h against 37
    assert find(journal({w: a_little for w in range(41, 49)})) == []
    two_hours = {"hours_worked_minutes": 468}  # 7.8 h: 39.0 h against 37, 31.2 against 29.6
    assert find(journal({w: two_hours for w in range(41, 49)})) == []
    over = {"hours_worked_minutes": 474}  # 7.9 h: 39.5 h against 37
    week47 = only(find(journal({47: over, 48: {"hours_worked_minutes": 480}})), "hours_over_norm")
    assert week47.figures[0] == ("Uge 47", "39,5 t (norm 37,0 t)")


def test_a_long_run_is_counted_as_its_table_shows_in_every_view() -> None:
    low = {"minutes": LOW_SHARE}
    logs = journal({w: low for w in range(41, 49)})
    quarter = only(find(logs, start=date(2026, 8, 27)), "operations_over_target")
    eight_weeks = only(find(logs), "operations_over_target")
    for insight in (quarter, eight_weeks):
        # The sentence counts exactly the weeks its table lists, and says the run may be longer.
        assert "mindst 6 uger i træk (uge 43–48)" in insight.text
        assert [label for label, _ in insight.figures] == [
            *(f"Uge {w}" for w in range(43, 49)),
            "Mål",
        ]
        assert (insight.period_start, insight.period_end) == (monday(43), END)
    # A run that reaches back to the range's first week may be longer too.
    month = only(find(logs, start=monday(46)), "operations_over_target")
    assert "mindst 3 uger i træk (uge 46–48)" in month.text
    english = only(find(logs, start=monday(46), language=EN), "operations_over_target")
    assert "for at least 3 weeks in a row (weeks 46–48)" in english.text


# --- all of them -------------------------------------------------------------------------


def everything(language: Language) -> list[Insight]:
    """A hard autumn: every concern at once."""
    low = {
        "minutes": LOW_SHARE,
        "hours_worked_minutes": 540,
        "stress_step": 3,
        "demands": 8,
        "resources": 3,
    }
    logs = journal({45: {"stress_step": 1}, 46: low | {"stress_step": 1}, 47: low, 48: low})
    return find(logs, who5=[checkin(date(2026, 11, 20), 24)], language=language)


@pytest.mark.parametrize("language", list(Language))
def test_concerns_come_first_in_order_with_sources_and_figures(language: Language) -> None:
    found = everything(language)
    assert rules(found) == [
        "who5_low",
        "stress_raised",
        "stress_rising",
        "no_sparring_while_stressed",
        "hours_over_norm",
        "operations_over_target",
        "demands_over_resources",
    ]
    for insight in found:
        assert insight.tone is InsightTone.ATTENTION
        assert insight.figures
        # A published source a user can look up (author and year), or their own setting.
        assert "§" not in insight.source
        assert re.search(r"\b(19|20)\d\d\b|\((Indstillinger|Settings)\)", insight.source)
        assert START - timedelta(days=30) <= insight.period_start <= insight.period_end <= END


@pytest.mark.parametrize("language", list(Language))
def test_words_are_reflective_never_diagnostic(language: Language) -> None:
    reflective = "Det kan være" if language is DA else "It may"
    clinical = re.compile(
        r"\b(depression|diagnos\w*|syg\w*|ill\w*|burn\w*|udbrændt|must|skal du)\b"
    )
    for insight in everything(language):
        assert reflective in insight.text, insight.rule
        assert clinical.search(insight.text.lower()) is None, insight.rule


def test_weeks_across_a_new_year_are_named_with_their_years() -> None:
    logs = [calm(date(2026, 12, 28) + timedelta(days=i)) for i in range(14)]
    weeks = summarize(
        logs,
        categories=DEFAULT_CATEGORIES,
        weekly_norm=37.0,
        granularity=Granularity.WEEK,
        start=date(2026, 12, 21),
        end=date(2027, 1, 10),
    )
    assert format_weeks(weeks, DA) == "uge 52 2026 – uge 1 2027"
    assert format_weeks(weeks[1:], EN) == "week 53 2026 – week 1 2027"
    assert format_weeks(weeks[:1], EN) == "week 52"
