"""Demo content: years of a Danish middle manager's journal, for trying the app out.

Pure and deterministic: the same ``(days, seed, end)`` always gives the same journal.
Nothing here reads the clock or the global random state.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from wellbeing_desktop.domain.catalogues import DEFAULT_CATEGORIES
from wellbeing_desktop.domain.models import (
    ActionItem,
    DayLog,
    JournalContent,
    OneOnOne,
    ShareLevel,
    SparringTopic,
    TopicStatus,
    Who5CheckIn,
)

# A Danish sentence and the tag it suggests ("" for none); "{navn}" becomes a colleague.
Fragment = tuple[str, str]

_OPERATIONS: tuple[Fragment, ...] = (
    ("Mandagen gik med drift og brandslukning – to meldte fra, og planen blev lagt om.", "drift"),
    ("Et driftsnedbrud tog hele formiddagen; intet af det planlagte blev til noget.", "drift"),
    ("Indbakken var fuld efter weekenden, og ledelsesopgaverne kom først sidst på dagen.", ""),
    ("Tavlemødet gik godt: klare prioriteringer og færre brande end sidste uge.", "team"),
    ("Endnu en dag, hvor driften slugte tiden – jeg må beskytte tid til ledelse.", "drift"),
    ("Der var kø ved min dør hele dagen med små spørgsmål; jeg bør uddelegere mere.", ""),
)
_STRATEGY: tuple[Fragment, ...] = (
    ("Strategidag med ledergruppen – godt at løfte blikket fra driften.", "strategi"),
    ("Fik endelig tre timers fordybelse til handleplanen for næste år.", "strategi"),
    ("Arbejdede på målbilledet for afdelingen og fik gode input fra {navn}.", "strategi"),
    ("Ledergruppen drøftede prioriteringer; vi blev enige om at droppe et projekt.", ""),
    ("Workshop om den nye organisering – mange spørgsmål, jeg ikke kan svare på.", "strategi"),
)
_PEOPLE: tuple[Fragment, ...] = (
    ("Holdt MUS-samtale med {navn}; godt at høre ønsket om mere ansvar.", "mus"),
    ("To MUS-samtaler i dag – de tager mere energi end jeg regner med, men de er det værd.", "mus"),
    ("Forberedte MUS-samtalerne og opdaterede skabelonen.", "mus"),
    ("Jobsamtaler til den ledige stilling; én kandidat skiller sig klart ud.", "rekruttering"),
    ("Rekrutteringen trækker ud, og det kan mærkes på arbejdsmængden i teamet.", "rekruttering"),
    ("Opfølgning med {navn} om sygemeldingen; vi aftalte en gradvis tilbagevenden.", ""),
    ("Sygefraværssamtale med {navn} – svær, men respektfuld. HR hjalp med forberedelsen.", ""),
    ("Mæglede i en konflikt mellem to medarbejdere – en aftale, men ingen løsning.", "konflikt"),
    ("Gav {navn} ros for den gode præsentation – det blev tydeligt modtaget.", "team"),
    ("Teammødet var fuldt af energi, og {navn} tog selv ansvar for næste skridt.", "team"),
    ("Onboarding af {navn}; godt at se teamet tage imod.", "rekruttering"),
    ("1:1 med {navn} om opgaver og trivsel; vi justerede forventningerne.", "team"),
)
_FRIDAY: tuple[Fragment, ...] = (
    ("Roligere fredag – ryddede op i mails og lagde en plan for næste uge.", ""),
    ("Gik tidligt hjem og lukkede computeren helt i weekenden.", ""),
    ("Fredagsmøde med teamet; vi fejrede den afsluttede leverance.", "team"),
    ("Skrev ugens vigtigste læring ned: sig nej tidligere.", ""),
)
_BUDGET: tuple[Fragment, ...] = (
    ("Budgettet fylder alt – regneark og endnu en revideret version til økonomi.", "budget"),
    ("Budgetmøde med direktionen; vi skal finde besparelser, og det bekymrer mig.", "budget"),
    ("Sad med budgettet igen i aften. Det er ikke holdbart i længden.", "budget"),
    ("Fik lukket budgetudkastet – lettelse, men ledelsestiden har lidt de sidste uger.", "budget"),
)
_YEAR_END: tuple[Fragment, ...] = (
    ("Årsafslutning: regnskab, julefrokost og medarbejdersamtaler på samme tid.", ""),
    ("Travlt op til jul; alle vil have alt færdigt inden ferien.", "drift"),
    ("Lavede en årsopsamling for teamet – vi har faktisk nået meget i år.", "team"),
)
_STRESS: tuple[Fragment, ...] = (
    ("Sov dårligt igen og kunne mærke det på tålmodigheden.", ""),
    ("Manglede overblik i dag og sprang frokosten over for at nå det hele.", ""),
    ("Følte mig klemt mellem krav oppefra og teamets behov.", ""),
    ("Svarede på mails sent i aftes – jeg er ikke rigtig fri, selv når jeg har fri.", ""),
    ("Tankemylder om omstruktureringen hele aftenen.", ""),
    ("Kort lunte på mødet i dag; jeg skylder {navn} en undskyldning.", "konflikt"),
    ("Jeg må tale med min leder om arbejdsmængden – det her kan ikke fortsætte.", "sparring"),
    ("Der er for mange bolde i luften, og kvaliteten begynder at lide.", ""),
)
_RECOVERY: tuple[Fragment, ...] = (
    ("Sparringen med min leder hjalp: to opgaver er fjernet fra min liste.", "sparring"),
    ("Første dag i længe, hvor jeg gik hjem til normal tid.", ""),
    ("Gik en tur i frokostpausen – små skridt, men det virker.", ""),
    ("Talte med sundhedsforsikringens rådgiver; godt at få sat ord på presset.", "sparring"),
    ("Har uddelegeret driftsmødet til {navn}; det giver luft.", "drift"),
    ("Sover bedre igen, og energien er ved at komme tilbage.", ""),
)
_GOOD: tuple[Fragment, ...] = (
    ("God dag – teamet løste en svær kundesag uden mig.", "team"),
    ("Mærkede mening i arbejdet i dag; det er derfor, jeg er leder.", ""),
    ("Fik tid til at lytte ordentligt til {navn} – det betød noget for os begge.", "team"),
    ("Beskyttet tid til ledelse om formiddagen virkede godt.", ""),
    ("Sparring i ledernetværket gav nye idéer til teammøderne.", "sparring"),
)
_MIXED: tuple[Fragment, ...] = (
    ("Mange møder og afbrydelser, men jeg holdt fast i de vigtigste aftaler.", ""),
    ("Sagde ja til en opgave, jeg burde have uddelegeret.", ""),
    ("1:1 med egen leder om prioriteringer; godt at få klare mål.", "sparring"),
    ("Ledergruppen drøftede trivselsmålingen; der er plads til forbedring.", ""),
    ("Lidt for meget administration og rapportering i dag.", ""),
)
_TOMORROW: tuple[Fragment, ...] = (
    ("I morgen starter jeg med den svære mail, før jeg åbner indbakken.", ""),
    ("Ufærdigt: vagtplanen – tager den torsdag kl. 9 med lukket dør.", ""),
    ("Det, der vil gøre i morgen god: en time uden møder til strategien.", "strategi"),
    ("Husk at følge op på aftalen med {navn} i morgen.", ""),
)
_WEEKEND: tuple[Fragment, ...] = (
    ("Tjekkede lige mails i weekenden for at være klar til mandag.", ""),
    ("Arbejdede et par timer på budgettet i weekenden.", "budget"),
    ("Læste materialet til strategidagen igennem.", "strategi"),
)
_NAMES = ("Anders", "Sofie", "Lars", "Camilla", "Jesper", "Louise", "Henrik", "Maria", "Rasmus")
_DAY_POOLS = (_OPERATIONS, _PEOPLE, _STRATEGY, _PEOPLE, _FRIDAY, _WEEKEND, _WEEKEND)
_PHASE_POOLS = {"stretch": _STRESS, "recovery": _RECOVERY, "budget": _BUDGET, "yearend": _YEAR_END}
_DAY_TAGS = ("drift", "team", "strategi", "team", "team", "drift", "drift")

# Category weights (operations, people leadership, strategy, own tasks) per weekday.
_WEIGHTS = (
    (0.50, 0.22, 0.05, 0.23),
    (0.38, 0.30, 0.12, 0.20),
    (0.24, 0.30, 0.32, 0.14),
    (0.36, 0.30, 0.14, 0.20),
    (0.32, 0.25, 0.08, 0.35),
    (0.50, 0.00, 0.00, 0.50),
    (0.50, 0.00, 0.00, 0.50),
)
_CATEGORY_KEYS = tuple(category.key for category in DEFAULT_CATEGORIES)

_MILD_SIGNALS = (
    "sig-irritability", "sig-muscle-tension", "sig-skipping-breaks", "sig-racing-thoughts",
    "sig-stimulants", "sig-headache", "sig-longer-hours",
)  # fmt: skip
_STRONG_SIGNALS = (
    "sig-sleep", "sig-overview", "sig-prioritising", "sig-concentration", "sig-restlessness",
    "sig-withdrawal", "sig-memory", "sig-palpitations", "sig-lack-of-drive", "sig-stomach",
)  # fmt: skip
_DEMAND_POOLS = {
    "stretch": ("d1", "d2", "d3", "d5", "d13", "d14", "d4"),
    "budget": ("d1", "d2", "d8", "d14", "d10"),
    "yearend": ("d1", "d2", "d8", "d10"),
    "monday": ("d3", "d4", "d10", "d1"),
    "normal": ("d4", "d6", "d7", "d8", "d9", "d10", "d11", "d12", "d15"),
}
_RESOURCE_POOLS = {
    "stretch": ("r14", "r13", "r2"),
    "recovery": ("r1", "r5", "r13", "r4", "r10"),
    "normal": ("r2", "r3", "r6", "r7", "r8", "r9", "r10", "r11", "r12"),
}
_SHARES = (ShareLevel.COACH, ShareLevel.ONE_ON_ONE, ShareLevel.ONE_ON_ONE)

_SPARRING_NOTES = {
    "first_appraisal": "Mine første MUS-samtaler: hvordan forbereder jeg dem, og hvad gør jeg "
    "med ønsker, jeg ikke kan indfri?",
    "first_survey": "Første trivselsmåling i teamet – hvordan præsenterer jeg resultaterne og "
    "følger op uden at gå i forsvar?",
    "long_term_sick": "{navn} har været sygemeldt i seks uger. Hvordan holder jeg kontakten uden "
    "at presse, og hvad med en delvis raskmelding?",
    "dismissal": "Skal gennemføre en afskedigelse. Har brug for hjælp til processen og selve "
    "samtalen.",
    "conflict": "Konflikt mellem to erfarne medarbejdere om opgavefordelingen – hvornår skal "
    "jeg gå ind?",
    "reorganisation": "Omstruktureringen: hvordan kommunikerer jeg usikkerheden til teamet, "
    "når jeg ikke selv kender svarene?",
    "other": "Hvordan beskytter jeg tid til ledelse, når driften fylder alt?",
}
_STRETCH_NOTE = (
    "Arbejdsmængden er vokset mig over hovedet, og jeg sover dårligt. Hvad kan jeg give slip "
    "på, og hvem kan tage over?"
)
_RESOLUTIONS = (
    "Aftalt: jeg prøver en fast struktur og følger op om en måned.",
    "Det hjalp at høre, hvordan andre ledere har grebet det an.",
    "Løst – HR hjalp med en klar plan og formuleringerne.",
    "Vi fandt en løsning sammen; jeg tager erfaringen med til næste gang.",
)
_LATER_SITUATIONS = ("long_term_sick", "conflict", "reorganisation", "dismissal", "other")
_ALL_SITUATIONS = ("first_appraisal", "first_survey", "first_appraisal", *_LATER_SITUATIONS)
_PARTNERS = {
    "long_term_sick": ("hr", "hr", "health_insurance", "own_leader"),
    "dismissal": ("hr", "own_leader"),
    "conflict": ("own_leader", "leader_group", "hr", "coach"),
}
_DEFAULT_PARTNERS = ("own_leader", "own_leader", "leader_group", "leader_network", "coach", "other")

_LEADERS = ("Mette (egen leder)", "Jens (egen leder)", "Hanne (egen leder)")
_AGENDA = (
    "Status på drift og bemanding",
    "Prioriteringer for næste kvartal",
    "Rekruttering til den ledige stilling",
    "Forberedelse af MUS-samtaler",
    "Opfølgning på trivselsmålingen",
    "Sygefravær i teamet",
    "Min egen udvikling og lederuddannelse",
    "Strategidagen i ledergruppen",
    "Fordeling mellem egne opgaver og ledelse",
    "Samarbejdet i teamet",
)
_PHASE_AGENDA = {
    "stretch": "Min arbejdsbelastning – hvad kan jeg give slip på?",
    "recovery": "Opfølgning: hvordan går det med arbejdsmængden nu?",
    "budget": "Budgettet og mulige besparelser",
    "yearend": "Årets resultater og mål for næste år",
}
_MEETING_NOTES = (
    "Godt møde; vi blev enige om prioriteringerne.",
    "Min leder anerkendte indsatsen i teamet – det betød meget.",
    "Vi talte om balancen mellem drift og ledelse; jeg får mere beskyttet tid.",
    "Fik klare svar på budgetrammen, men bemandingen er stadig uafklaret.",
    "Kort møde, men jeg fik sparring på den svære samtale i næste uge.",
    "Aftalte at vi tager trivsel op fast på hvert andet 1:1.",
)
_ACTIONS = (
    "Sende oplæg om ny opgavefordeling",
    "Booke møde med HR om sygefraværet",
    "Blokere to timers strategitid hver onsdag",
    "Uddelegere driftsmødet til en erfaren medarbejder",
    "Tilmelde mig ledernetværket",
    "Følge op på rekrutteringen",
    "Lægge plan for MUS-runden",
    "Melde tilbage på budgetudkastet",
    "Undersøge muligheden for en coach",
)


def generate_demo(*, days: int, seed: int, end: date) -> JournalContent:
    """A realistic journal for the ``days`` calendar days up to and including ``end``.

    Raises:
        ValueError: ``days`` is less than 1.
    """
    if days < 1:
        raise ValueError("days must be at least 1")
    rng = random.Random(seed)
    first = end - timedelta(days=days - 1)
    holidays = _holidays(rng, first.year - 1, end.year)
    stretch = _stretch_start(rng, first, end, holidays)
    calendar = [first + timedelta(days=i) for i in range(days)]
    pressure = [0.05 if day in holidays else _pressure(day, stretch) for day in calendar]
    logs = [
        _day(rng, day, p, _phase(day, stretch))
        for day, p in zip(calendar, pressure, strict=True)
        if day not in holidays
    ]
    return JournalContent(
        categories=DEFAULT_CATEGORIES,
        days=tuple(log for log in logs if log is not None),
        sparring_topics=_sparring(rng, first, end, holidays, stretch),
        one_on_ones=_one_on_ones(rng, first, end, holidays, stretch),
        who5=_who5(rng, calendar, pressure, holidays),
    )


def _holidays(rng: random.Random, first_year: int, last_year: int) -> frozenset[date]:
    """Three weeks' summer break from early July, and 23 December to 1 January."""
    days: set[date] = set()
    for year in range(first_year, last_year + 1):
        july = date(year, 7, 1)
        monday = july + timedelta(days=(7 - july.weekday()) % 7 + 7 * rng.randint(0, 1))
        days.update(monday + timedelta(days=i) for i in range(-2, 21))
        days.update(date(year, 12, 23) + timedelta(days=i) for i in range(10))
    return frozenset(days)


def _stretch_start(rng: random.Random, first: date, end: date, holidays: frozenset[date]) -> date:
    """A Monday 45–200 days before ``end`` whose next five weeks hold no holiday."""
    mondays = [end - timedelta(days=n) for n in range(45, 200)]
    clear = [
        d
        for d in mondays
        if d.weekday() == 0 and all(d + timedelta(days=i) not in holidays for i in range(35))
    ]
    return rng.choice([d for d in clear if d >= first] or clear)


def _season(day: date) -> float:
    if day.month in (9, 10):
        return 0.3  # budget season
    if day.month == 12 and day.day <= 22:
        return 0.25  # year-end
    return 0.1 if day.month == 6 and day.day >= 10 else 0.0


def _pressure(day: date, stretch: date) -> float:
    """How hard the day pushes, 0..1: the season, plus the stressful stretch and recovery."""
    base = 0.18 + 0.6 * _season(day)
    t = (day - stretch).days
    if 0 <= t < 10:
        return max(base, 0.35 + 0.045 * t)
    if 10 <= t < 20:
        return max(base, 0.78)
    if 20 <= t < 42:
        return max(base, 0.78 - 0.6 * (t - 20) / 22)
    return base


def _phase(day: date, stretch: date) -> str:
    t = (day - stretch).days
    if 0 <= t < 20:
        return "stretch"
    if 20 <= t < 42:
        return "recovery"
    season = _season(day)
    return "budget" if season >= 0.3 else "yearend" if season >= 0.25 else "normal"


def _clamp(value: float, low: int, high: int) -> int:
    return max(low, min(high, round(value)))


def _split(units: int, weights: list[float]) -> list[int]:
    """``units`` shared by ``weights``, by largest remainder, so they add up exactly."""
    total = sum(weights)
    raw = [units * w / total for w in weights]
    parts = [int(r) for r in raw]
    order = sorted(range(len(raw)), key=lambda i: parts[i] - raw[i])
    for i in order[: units - sum(parts)]:
        parts[i] += 1
    return parts


def _day(rng: random.Random, day: date, p: float, phase: str) -> DayLog | None:
    weekday = day.weekday()
    if rng.random() >= (0.9 if weekday < 5 else 0.1):
        return None
    swallow = min(0.6, max(0.0, p - 0.2))  # how much leadership time operations take
    weights = [w * rng.uniform(0.8, 1.2) for w in _WEIGHTS[weekday]]
    moved = (weights[1] + weights[2]) * swallow
    weights[0] += moved
    weights[1] *= 1 - swallow
    weights[2] *= 1 - swallow
    if weekday >= 5:
        total = 15 * rng.randint(2, 12)
    else:
        planned = (390 if weekday == 4 else 450) + 200 * swallow + rng.gauss(0, 30)
        total = 15 * _clamp(planned / 15, 24, 40)
    parts = _split(total // 15, weights)
    minutes = {key: 15 * n for key, n in zip(_CATEGORY_KEYS, parts, strict=True) if n}
    if weekday < 5 and rng.random() < 0.05 + 0.5 * swallow:
        hours = 15 * rng.randint(40, 44)  # a long day, 10-11 hours
    else:
        hours = total + 15 * rng.choice((0, 0, 1, 1, 2, 3, 4))

    nudge = 0.04 if weekday == 0 else -0.04 if weekday == 4 else 0.0
    step = _clamp(0.5 + (p + nudge) * 4 + rng.gauss(0, 0.45), 1, 4 if phase == "stretch" else 3)
    if step == 1:
        count = 1 if rng.random() < 0.05 else 0
    else:
        count = rng.randint(*((0, 2), (2, 4), (3, 6))[step - 2])
    signals = tuple(
        rng.sample(_MILD_SIGNALS if step <= 2 else _MILD_SIGNALS + _STRONG_SIGNALS, count)
    )

    balance = _balance(rng, p, phase, weekday) if weekday < 5 and rng.random() < 0.9 else _NONE
    energy = _clamp(4.4 - 0.9 * (step - 1) + rng.gauss(0, 0.6), 1, 5)

    picks = _reflection(rng, weekday, step, phase)
    reflection = " ".join(text.replace("{navn}", rng.choice(_NAMES)) for text, _ in picks)
    tags: tuple[str, ...] = ()
    if rng.random() < 0.3:
        fallback = "budget" if phase == "budget" else _DAY_TAGS[weekday]
        tags = tuple(dict.fromkeys(tag for _, tag in picks if tag))[:2] or (fallback,)
    roll = rng.randrange(20)  # 1 in 20 for the coach, 2 in 20 for the 1:1
    share = _SHARES[roll] if roll < len(_SHARES) else ShareLevel.PRIVATE
    return DayLog(day, minutes, hours, step, signals, *balance, energy, reflection, tags, share)


Balance = tuple[int | None, int | None, tuple[str, ...], tuple[str, ...]]
_NONE: Balance = (None, None, (), ())


def _balance(rng: random.Random, p: float, phase: str, weekday: int) -> Balance:
    """Demands and resources 0..10 with 1–3 items each; demands win under high pressure."""
    demands = _clamp(3 + 7 * p + rng.gauss(0, 1), 0, 10)
    resources = _clamp(7.5 - 5 * p + rng.gauss(0, 1), 0, 10)
    if p > 0.5 and demands <= resources:
        resources = max(0, demands - rng.randint(1, 2))
    key = phase if phase in _DEMAND_POOLS else "monday" if weekday == 0 else "normal"
    demand_items = rng.sample(_DEMAND_POOLS[key], rng.randint(1, 3))
    resource_items = rng.sample(
        _RESOURCE_POOLS.get(phase, _RESOURCE_POOLS["normal"]), rng.randint(1, 3)
    )
    return demands, resources, tuple(demand_items), tuple(resource_items)


def _reflection(rng: random.Random, weekday: int, step: int, phase: str) -> list[Fragment]:
    """1–3 sentences that fit the day; none on about one day in eight."""
    if rng.random() < 0.12:
        return []
    if weekday >= 5:
        return [rng.choice(_WEEKEND)]
    mood = _GOOD if step == 1 else _MIXED + _PEOPLE if step == 2 else _STRESS
    pools = (_PHASE_POOLS.get(phase, _DAY_POOLS[weekday]), mood, _TOMORROW)
    picks = [rng.choice(pool) for pool in pools[: rng.choice((1, 2, 2, 2, 3))]]
    return list(dict.fromkeys(picks))


def _sparring(
    rng: random.Random, first: date, end: date, holidays: frozenset[date], stretch: date
) -> tuple[SparringTopic, ...]:
    """About one topic a month, first-time situations early on; the newest 1–3 still open."""
    raised: list[tuple[date, str, str, str, int]] = []
    month, index = date(first.year, first.month, 1), 0
    while month <= end:
        day = month + timedelta(days=rng.randint(0, 27))
        day += timedelta(days=7 - day.weekday() if day.weekday() >= 5 else 0)
        if rng.random() < 0.9 and first <= day <= end and day not in holidays:
            situation = rng.choice(_ALL_SITUATIONS if index < 12 else _LATER_SITUATIONS)
            partner = rng.choice(_PARTNERS.get(situation, _DEFAULT_PARTNERS))
            note = _SPARRING_NOTES[situation].replace("{navn}", rng.choice(_NAMES))
            raised.append((day, situation, partner, note, rng.randint(5, 50)))
        month, index = date(month.year + month.month // 12, month.month % 12 + 1, 1), index + 1
    asked = stretch + timedelta(days=15)  # the sparring that turns the stressful stretch
    if first <= asked <= end:
        raised.append((asked, "other", rng.choice(("own_leader", "coach")), _STRETCH_NOTE, 21))
    raised.sort()
    still_open = rng.randint(1, 3)
    topics = []
    for i, (day, situation, partner, note, delay) in enumerate(raised):
        if i >= len(raised) - still_open:
            topics.append(SparringTopic(day, situation, partner, note))
            continue
        resolved = min(day + timedelta(days=delay), end)
        note = f"{note} {rng.choice(_RESOLUTIONS)}"
        topics.append(SparringTopic(day, situation, partner, note, TopicStatus.RESOLVED, resolved))
    return tuple(topics)


def _one_on_ones(
    rng: random.Random, first: date, end: date, holidays: frozenset[date], stretch: date
) -> tuple[OneOnOne, ...]:
    """A 1:1 with one's own leader about every two weeks; the leader changes every 4 years."""
    meetings = []
    day = first + timedelta(days=rng.randint(0, 9))
    while day <= end:
        held = day + timedelta(days=7 - day.weekday() if day.weekday() >= 5 else 0)
        if held <= end and held not in holidays:
            leader = _LEADERS[((end - held).days // 1461) % len(_LEADERS)]
            phase = _phase(held, stretch)
            agenda = rng.sample(_AGENDA, rng.randint(2, 4))
            if phase in _PHASE_AGENDA:
                agenda[0] = _PHASE_AGENDA[phase]
            notes = " ".join(rng.sample(_MEETING_NOTES, rng.randint(1, 2)))
            old = (end - held).days > 28
            actions = tuple(
                ActionItem(text, done=old or rng.random() < 0.3)
                for text in rng.sample(_ACTIONS, rng.randint(1, 3))
            )
            meetings.append(OneOnOne(held, leader, tuple(agenda), notes, actions))
        day += timedelta(days=14 + rng.randint(-2, 2))
    return tuple(meetings)


def _who5(
    rng: random.Random, calendar: list[date], pressure: list[float], holidays: frozenset[date]
) -> tuple[Who5CheckIn, ...]:
    """A WHO-5 every 14 days, its score following the pressure of the two weeks before."""
    checkins = []
    for i in range(13, len(calendar), 14):
        if calendar[i] in holidays:
            continue
        mean = sum(pressure[i - 13 : i + 1]) / 14
        raw = _clamp(19.5 - 16 * mean + rng.gauss(0, 1.5), 0, 25)
        answers = [raw // 5] * 5
        for j in rng.sample(range(5), raw % 5):
            answers[j] += 1
        for _ in range(2):  # a little spread between the items, same total
            a, b = rng.sample(range(5), 2)
            if answers[a] > 0 and answers[b] < 5:
                answers[a], answers[b] = answers[a] - 1, answers[b] + 1
        a1, a2, a3, a4, a5 = answers
        checkins.append(Who5CheckIn(calendar[i], (a1, a2, a3, a4, a5)))
    return tuple(checkins)
