"""Preparing a 1:1 with one's own leader: the period and a drafted agenda (domain notes §6.3).

The draft is a starting point in the user's own voice ("my target"); they edit, reorder
and remove freely. Open action items of the previous meeting come first, then the
blocks of §6.3 in order, each drafted from the period's data where there is some:

1. status (staircase trend, energy, latest WHO-5);
2. demand/resource balance (heaviest demands; resources I picked less than usual);
3. time split against my target, with a one-sentence takeaway;
4. priorities (a question to bring);
5. open sparring topics, then the reflections I marked for the 1:1;
6. development ("first-time" situations);
7. agreements (filled in during the meeting).

Sparring notes are never quoted (they were not marked for sharing); reflections marked
``one-on-one`` are, by their first line, because that mark is the user's choice for
exactly this conversation. That is the draft in the app: no file or printout carries
reflection text (services/reports.py and services/sharing.py leave it out).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from wellbeing_desktop.domain import formatting as fmt
from wellbeing_desktop.domain.catalogues import (
    SPARRING_PARTNERS,
    SPARRING_SITUATIONS,
    STRESS_STEPS,
    localized,
)
from wellbeing_desktop.domain.models import (
    ActivityKind,
    CatalogueKind,
    DayLog,
    Language,
    OneOnOne,
    ShareLevel,
    SparringTopic,
    TopicStatus,
)
from wellbeing_desktop.domain.thresholds import HOURS_TOLERANCE, over_weekly_norm
from wellbeing_desktop.services.one_on_one_days import DaysSeen, step_trend
from wellbeing_desktop.services.one_on_one_days import stress_trend as stress_trend
from wellbeing_desktop.services.period_figures import (
    PeriodFigures,
    balance_phrase,
    item_labels,
    period_figures,
)
from wellbeing_desktop.services.sharing import marked_for

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wellbeing_desktop.services.journal import Journal

DEFAULT_DAYS = 14  # the period when there has been no 1:1 yet
BASELINE_DAYS = 90  # "usual" for resources: the 90 days before the period
FIRST_TIME_DEMAND = "d15"  # »Første gang«-situation (domain notes §2.2)
TOP_DEMANDS = 3
MAX_LINE = 200  # characters of a reflection's first line in the draft

# Block keys, in the order of domain notes §6.3 (the GUI may show an icon per block).
BLOCK_ACTIONS = "actions"
BLOCK_STATUS = "status"
BLOCK_BALANCE = "balance"
BLOCK_TIME = "time"
BLOCK_PRIORITIES = "priorities"
BLOCK_SPARRING = "sparring"
BLOCK_REFLECTIONS = "reflections"
BLOCK_DEVELOPMENT = "development"
BLOCK_AGREEMENTS = "agreements"


@dataclass(frozen=True, slots=True)
class AgendaDraftItem:
    """One drafted agenda point and where it came from.

    Attributes:
        text: the point, in the user's voice; what is kept when it is saved.
        source: a small provenance line, e.g. "fra 12 dage med data"; empty for the
            user's own.
        block: which §6.3 block drafted it (``BLOCK_*``); empty for the user's own.
    """

    text: str
    source: str = ""
    block: str = ""


def previous_meeting(journal: Journal, before: date | None = None) -> OneOnOne | None:
    """The newest 1:1 held before today (and on or before ``before``, if given)."""
    today = journal.today()
    for meeting in journal.one_on_ones():  # newest first
        if meeting.held_on < today and (before is None or meeting.held_on <= before):
            return meeting
    return None


def default_period(journal: Journal, held_on: date | None = None) -> tuple[date, date]:
    """The period a 1:1 held on ``held_on`` (default: today) is prepared from.

    A meeting today or ahead: since the last 1:1 held before today (that day included),
    else the last 14 days. The meeting's own day is included: a day is logged at its end,
    after the meeting. A past meeting: the days before it, since the 1:1 before it (that
    day included), else the 14 days before it.
    """
    today = journal.today()
    if held_on is None or held_on >= today:
        last = previous_meeting(journal)
        if last is not None:
            return last.held_on, today
        return today - timedelta(days=DEFAULT_DAYS - 1), today
    end = held_on - timedelta(days=1)
    earlier = [m.held_on for m in journal.one_on_ones() if m.held_on < held_on]
    start = max(earlier) if earlier else end - timedelta(days=DEFAULT_DAYS - 1)
    return min(start, end), end


def draft_agenda(
    journal: Journal,
    start: date,
    end: date,
    language: Language,
    *,
    figures: PeriodFigures | None = None,
) -> list[AgendaDraftItem]:
    """The drafted agenda for a 1:1 about ``[start, end]``: open actions first.

    ``figures``: ``period_figures`` of the same period, when the caller has them already.

    Raises:
        ValidationError: ``start`` is after ``end``.
    """
    if figures is None:
        figures = period_figures(journal, start, end)
    days = DaysSeen.read(journal, start, end)
    items = _open_actions(journal, start, end, language)
    if figures.summary.days_logged:
        items += _status(figures, days, language)
        items += _balance(journal, figures, days, language)
        items += _time(figures, language)
    items.append(_priorities(language))
    items += _sparring(journal.sparring_topics(), start, end, language)
    items += _reflections(days.marked, language, start.year != end.year)
    items.append(_development(figures, language))
    items.append(_agreements(language))
    return items


def _t(texts: tuple[str, str], language: Language) -> str:
    return localized(texts, language)


def _from_days(count: int, language: Language) -> str:
    if language is Language.DANISH:
        return f"fra {count} dag med data" if count == 1 else f"fra {count} dage med data"
    return f"from {count} day of data" if count == 1 else f"from {count} days of data"


def _lower_first(text: str) -> str:
    """``Krav overstiger …`` → ``krav overstiger …``; ``HR`` stays ``HR``."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


# --- 0. open actions of the previous meeting ---------------------------------------------


def _open_actions(
    journal: Journal, start: date, end: date, language: Language
) -> list[AgendaDraftItem]:
    meeting = previous_meeting(journal, before=end)
    if meeting is None:
        return []
    when = fmt.period_date(meeting.held_on, start, end, language)
    source = _t((f"åben handling fra 1:1 {when}", f"open action from the 1:1 of {when}"), language)
    return [AgendaDraftItem(a.text, source, BLOCK_ACTIONS) for a in meeting.actions if not a.done]


# --- 1. status ---------------------------------------------------------------------------


def _status(figures: PeriodFigures, days: DaysSeen, language: Language) -> list[AgendaDraftItem]:
    s = figures.summary
    parts: list[str] = []
    stepped = sum(s.days_per_step.values())
    if s.stress_mean is not None and s.stress_max is not None:
        common = max(s.days_per_step, key=lambda step: (s.days_per_step[step], step))
        name = STRESS_STEPS[common - 1].name(language)
        mean = fmt.number(s.stress_mean, language)
        trend = _t(
            {
                1: ("lidt højere mod slutningen af perioden", "a little higher towards the end"),
                -1: ("lidt lavere mod slutningen af perioden", "a little lower towards the end"),
                0: ("nogenlunde stabilt", "fairly steady"),
            }[step_trend(days.steps)],
            language,
        )
        parts.append(
            _t(
                (
                    f"oftest på trin {common} ({name}) på stresstrappen, i snit {mean} og "
                    f"højst trin {s.stress_max} – {trend}",
                    f"mostly on step {common} ({name}) of the stress staircase, {mean} on "
                    f"average and step {s.stress_max} at most – {trend}",
                ),
                language,
            )
        )
    if s.energy_mean is not None:
        energy = fmt.number(s.energy_mean, language)
        parts.append(_t((f"energi {energy} af 5", f"energy {energy} of 5"), language))
    who5 = figures.latest_who5
    if who5 is not None:
        text = f"WHO-5 {who5.score} ({fmt.period_date(who5.taken_on, s.start, s.end, language)})"
        before = figures.previous_who5
        if before is not None and before.score != who5.score:
            word = _t(
                ("op fra", "up from") if who5.score > before.score else ("ned fra", "down from"),
                language,
            )
            text = f"{text[:-1]}, {word} {before.score})"
        parts.append(_t(("seneste ", "latest "), language) + text)
    if not parts:
        return []
    text = _t(("Status: ", "Status: "), language) + "; ".join(parts) + "."
    counted = stepped or s.days_logged
    return [AgendaDraftItem(text, _from_days(counted, language), BLOCK_STATUS)]


# --- 2. demands and resources --------------------------------------------------------------


def _balance(
    journal: Journal, figures: PeriodFigures, days: DaysSeen, language: Language
) -> list[AgendaDraftItem]:
    s = figures.summary
    items: list[AgendaDraftItem] = []
    parts: list[str] = []
    if s.demands_mean is not None and s.resources_mean is not None:
        sentence = balance_phrase(s.demands_mean, s.resources_mean, language)
        d, r = fmt.number(s.demands_mean, language), fmt.number(s.resources_mean, language)
        parts.append(
            _t(
                (
                    f"krav {d} og ressourcer {r} i snit – {sentence}",
                    f"demands {d} and resources {r} on average – {sentence}",
                ),
                language,
            )
        )
    if s.demand_item_counts:
        labels = item_labels(journal, CatalogueKind.DEMAND, language)
        top = list(s.demand_item_counts.items())[:TOP_DEMANDS]
        of = _t(("af", "of"), language)
        named = [
            f"{labels.get(key, key)} ({count} {of} {days.with_demand_items})"
            if i == 0
            else f"{labels.get(key, key)} ({count})"
            for i, (key, count) in enumerate(top)
        ]
        parts.append(_t(("tungest: ", "heaviest: "), language) + ", ".join(named))
    if parts:
        text = _t(("Krav og ressourcer: ", "Demands and resources: "), language)
        text += "; ".join(parts) + "."
        counted = max(days.with_demand_items, days.with_demands)
        items.append(AgendaDraftItem(text, _from_days(counted, language), BLOCK_BALANCE))
    missing = _missing_resources(journal, figures, days, language)
    if missing is not None:
        items.append(missing)
    return items


def _missing_resources(
    journal: Journal, figures: PeriodFigures, days: DaysSeen, language: Language
) -> AgendaDraftItem | None:
    """Resources picked on at most half as many days (in share) as in the 90 days before.

    A resource counts only if it was picked on at least a quarter of the earlier days, so
    a rarely used one is not "missing". Needs three days with picks in the period and
    five before it; otherwise nothing is drafted (no guessing what the user lacks).
    """
    start = figures.summary.start
    before = [
        d
        for d in journal.days(start - timedelta(days=BASELINE_DAYS), start - timedelta(days=1))
        if d.resource_items
    ]
    if days.with_picks < 3 or len(before) < 5:
        return None
    now_counts = days.resources_picked
    usual = Counter(k for d in before for k in set(d.resource_items))
    drops: list[tuple[float, str]] = []
    for key, count in usual.items():
        usual_share = count / len(before)
        share = now_counts[key] / days.with_picks
        if usual_share >= 0.25 and share <= usual_share / 2:
            drops.append((usual_share - share, key))
    if not drops:
        return None
    labels = item_labels(journal, CatalogueKind.RESOURCE, language)
    names = [labels.get(key, key) for _drop, key in sorted(drops, key=lambda x: (-x[0], x[1]))[:3]]
    text = _t(("Ressourcer jeg har savnet: ", "Resources I have missed: "), language)
    source = _t(
        (
            "valgt på færre dage end i de 90 dage før perioden",
            "picked on fewer days than in the 90 days before the period",
        ),
        language,
    )
    return AgendaDraftItem(text + ", ".join(names) + ".", source, BLOCK_BALANCE)


# --- 3. time -----------------------------------------------------------------------------


def time_takeaway(figures: PeriodFigures, language: Language) -> str:
    """One sentence on the leadership share against the target (and long weeks)."""
    s = figures.summary
    share = s.leadership_share
    if share is None:
        return ""
    gap = round(100 * share) - figures.target_percent
    operations_lead = s.minutes_by_kind[ActivityKind.OPERATIONS] == max(s.minutes_by_kind.values())
    if gap < -5 and operations_lead:
        texts = (
            f"Driften tog tid fra ledelse: {-gap} procentpoint under mit mål",
            f"Operations took time from leadership: {-gap} percentage points below my target",
        )
    elif gap < -5:
        texts = (
            f"Ledelse fik {-gap} procentpoint mindre end mit mål",
            f"Leadership got {-gap} percentage points less than my target",
        )
    elif gap > 5:
        texts = ("Ledelse fik mere tid end mit mål", "Leadership got more time than my target")
    else:
        texts = ("Tæt på mit mål for ledelse", "Close to my target for leadership")
    sentence = _t(texts, language)
    # The insights' rule: more than 2 hours a week over the norm (hours per logged week).
    if over_weekly_norm(figures.hours_per_week, figures.weekly_norm):
        sentence += _t(
            (
                f", og ugerne var i snit mere end {HOURS_TOLERANCE:g} timer over normen",
                f", and the weeks were on average more than {HOURS_TOLERANCE:g} hours over the "
                "norm",
            ),
            language,
        )
    return sentence + "."


def _time(figures: PeriodFigures, language: Language) -> list[AgendaDraftItem]:
    s = figures.summary
    if not s.logged_minutes:
        return []
    shares = {k: m / s.logged_minutes for k, m in s.minutes_by_kind.items()}
    target = fmt.whole_percent(figures.target_percent, language)
    split = _t(
        (
            f"{fmt.percent(shares[ActivityKind.LEADERSHIP], language)} ledelse (mål {target}), "
            f"{fmt.percent(shares[ActivityKind.OPERATIONS], language)} drift og "
            f"{fmt.percent(shares[ActivityKind.OWN_WORK], language)} egne opgaver",
            f"{fmt.percent(shares[ActivityKind.LEADERSHIP], language)} leadership (target "
            f"{target}), {fmt.percent(shares[ActivityKind.OPERATIONS], language)} operations and "
            f"{fmt.percent(shares[ActivityKind.OWN_WORK], language)} own tasks",
        ),
        language,
    )
    per_week = fmt.hours(figures.hours_per_week, language)
    norm = fmt.norm_hours(figures.weekly_norm, language)
    week = _t((f"{per_week} om ugen (norm {norm})", f"{per_week} a week (norm {norm})"), language)
    text = f"{_t(('Tid', 'Time'), language)}: {split}; {week}. {time_takeaway(figures, language)}"
    timed = s.days_logged  # days without minutes still count for hours via the norm
    return [AgendaDraftItem(text, _from_days(timed, language), BLOCK_TIME)]


# --- 4–7. questions to bring, sparring, reflections, development ------------------------------

_QUESTION: tuple[str, str] = ("et spørgsmål at tage med", "a question to bring")


def _priorities(language: Language) -> AgendaDraftItem:
    text = _t(
        (
            "Prioritering: Hvad kan vente, droppes eller uddelegeres? Hvilke beslutninger har jeg "
            "brug for fra dig?",
            "Priorities: What can wait, be dropped or be delegated? Which decisions do I need "
            "from you?",
        ),
        language,
    )
    return AgendaDraftItem(text, _t(_QUESTION, language), BLOCK_PRIORITIES)


def _sparring(
    topics: Sequence[SparringTopic], start: date, end: date, language: Language
) -> list[AgendaDraftItem]:
    items = []
    for topic in reversed(topics):  # oldest first: the longest-waiting topic leads
        if topic.status is not TopicStatus.OPEN or topic.raised_on > end:
            continue
        text = f"Sparring: {topic_line(topic, language)}."
        since = fmt.period_date(topic.raised_on, start, end, language)
        source = _t(
            (f"åbent sparringsemne siden {since}", f"open sparring topic since {since}"), language
        )
        items.append(AgendaDraftItem(text, source, BLOCK_SPARRING))
    return items


def topic_line(topic: SparringTopic, language: Language) -> str:
    """``Konflikt – med egen leder`` / ``Conflict – with own leader`` (never the notes)."""
    what = localized(SPARRING_SITUATIONS.get(topic.situation, (topic.situation,) * 2), language)
    who = _lower_first(
        localized(SPARRING_PARTNERS.get(topic.with_whom, (topic.with_whom,) * 2), language)
    )
    return _t((f"{what} – med {who}", f"{what} – with {who}"), language)


def _reflections(days: Sequence[DayLog], language: Language, year: bool) -> list[AgendaDraftItem]:
    items = []
    for day in days:
        if marked_for(day, ShareLevel.ONE_ON_ONE):
            when = fmt.short_date(day.day, language, year=year)  # a day of the period
            source = _t(
                (f"refleksion {when}, markeret til 1:1", f"reflection of {when}, marked for 1:1"),
                language,
            )
            items.append(
                AgendaDraftItem(fmt.first_line(day.reflection, MAX_LINE), source, BLOCK_REFLECTIONS)
            )
    return items


def _development(figures: PeriodFigures, language: Language) -> AgendaDraftItem:
    first_time = figures.summary.demand_item_counts.get(FIRST_TIME_DEMAND, 0)
    if first_time:
        text = _t(
            (
                f"Udvikling: »Første gang«-situationer fyldte på {first_time} "
                f"{'dag' if first_time == 1 else 'dage'}. Hvad vil jeg gerne lære, og hvad har "
                "jeg brug for?",
                f"Development: first-time situations weighed on {first_time} "
                f"{'day' if first_time == 1 else 'days'}. What do I want to learn, and what do I "
                "need?",
            ),
            language,
        )
        return AgendaDraftItem(text, _from_days(first_time, language), BLOCK_DEVELOPMENT)
    text = _t(
        (
            "Udvikling: Hvilke »første gang«-situationer står foran mig, og hvad vil jeg gerne "
            "blive bedre til?",
            "Development: Which first-time situations are coming up, and what do I want to get "
            "better at?",
        ),
        language,
    )
    return AgendaDraftItem(text, _t(_QUESTION, language), BLOCK_DEVELOPMENT)


def _agreements(language: Language) -> AgendaDraftItem:
    text = _t(
        (
            "Aftaler: Hvem gør hvad, og hvornår? Vi følger op næste gang.",
            "Agreements: Who does what, and by when? We follow up next time.",
        ),
        language,
    )
    source = _t(("udfyldes under mødet", "to fill in during the meeting"), language)
    return AgendaDraftItem(text, source, BLOCK_AGREEMENTS)
