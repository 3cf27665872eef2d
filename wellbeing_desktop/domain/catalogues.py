"""Built-in content: categories, pick lists, the stress staircase, prompts, sparring and WHO-5.

Every text here comes from the domain notes (``domain.md``); nothing clinical is invented.
Keys are stable: they are stored in the journal, so never rename one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal

from wellbeing_desktop.domain import messages as msg
from wellbeing_desktop.domain.errors import ValidationError
from wellbeing_desktop.domain.help_words import HELP_DOCTOR_FIRST
from wellbeing_desktop.domain.models import (
    ActivityKind,
    CatalogueItem,
    CatalogueKind,
    Category,
    Language,
    SignalGroup,
)

if TYPE_CHECKING:
    from collections.abc import Mapping
    from datetime import date

# A pair of texts, Danish first: the shape of every bilingual constant below.
Texts = tuple[str, str]


def localized(texts: Texts, language: Language) -> str:
    """The text of a (Danish, English) pair in the given language."""
    return texts[0] if language is Language.DANISH else texts[1]


# --- Activity categories ---------------------------------------------------------------

DEFAULT_CATEGORIES: tuple[Category, ...] = (
    Category("operations", "Drift", "Operations", ActivityKind.OPERATIONS, 0),
    Category(
        "people_leadership", "Personaleledelse", "People leadership", ActivityKind.LEADERSHIP, 1
    ),
    Category(
        "strategy", "Strategi og udvikling", "Strategy and development", ActivityKind.LEADERSHIP, 2
    ),
    Category(
        "own_tasks", "Egne opgaver og projekter", "Own tasks and projects", ActivityKind.OWN_WORK, 3
    ),
)

# --- Stress signals (domain notes §1.3) ------------------------------------------------


def _signal(key: str, group: SignalGroup, label_da: str, label_en: str) -> CatalogueItem:
    return CatalogueItem(f"sig-{key}", CatalogueKind.SIGNAL, label_da, label_en, group)


_B, _E, _C, _A = (
    SignalGroup.BODILY,
    SignalGroup.EMOTIONAL,
    SignalGroup.COGNITIVE,
    SignalGroup.BEHAVIOURAL,
)

SIGNALS: tuple[CatalogueItem, ...] = (
    _signal("palpitations", _B, "Hjertebanken", "Palpitations"),
    _signal("headache", _B, "Hovedpine", "Headache"),
    _signal("muscle-tension", _B, "Muskelspændinger (nakke/skuldre)", "Muscle tension"),
    _signal("stomach", _B, "Mave-/fordøjelsesproblemer", "Stomach/digestive issues"),
    _signal("sleep", _B, "Søvnproblemer", "Sleep problems"),
    _signal("infections", _B, "Hyppige infektioner", "Frequent infections"),
    _signal("irritability", _E, "Irritabilitet / kort lunte", "Irritability / short fuse"),
    _signal("restlessness", _E, "Indre uro", "Inner restlessness"),
    _signal("low-mood", _E, "Tristhed / lettere til tårer", "Low mood / tearfulness"),
    _signal("racing-thoughts", _E, "Tankemylder", "Racing thoughts"),
    _signal("lack-of-drive", _E, "Ulyst", "Lack of drive"),
    _signal("concentration", _C, "Koncentrationsbesvær", "Poor concentration"),
    _signal("memory", _C, "Hukommelsesbesvær", "Memory lapses"),
    _signal("overview", _C, "Manglende overblik", "Loss of overview"),
    _signal(
        "prioritising",
        _C,
        "Svært ved at prioritere / træffe beslutninger",
        "Hard to prioritise / decide",
    ),
    _signal("skipping-breaks", _A, "Springer pauser/frokost over", "Skipping breaks/lunch"),
    _signal("longer-hours", _A, "Arbejder længere", "Longer hours"),
    _signal("withdrawal", _A, "Trækker sig socialt", "Social withdrawal"),
    _signal(
        "stimulants",
        _A,
        "Øget brug af kaffe/alkohol/sukker",
        "More caffeine/alcohol/sugar",
    ),
    _signal("absence", _A, "Mere fravær", "More absence"),
)

# --- Demands and resources (domain notes §2.2, texts verbatim) ---------------------------

_DEMAND_TEXTS: tuple[Texts, ...] = (
    ("Stor arbejdsmængde", "High workload"),
    ("Tidspres og deadlines", "Time pressure and deadlines"),
    ("Drift og brandslukning", "Operations / firefighting"),
    ("Mange afbrydelser", "Frequent interruptions"),
    (
        "Uklare eller modstridende krav (krydspres oppefra/nedefra)",
        "Unclear or conflicting demands (squeezed from above/below)",
    ),
    (
        "Følelsesmæssigt krævende samtaler (sygefravær, afsked, konflikter)",
        "Emotionally demanding conversations (sickness absence, dismissal, conflicts)",
    ),
    ("Mange medarbejdere at lede (stort ledelsesspænd)", "Large span of control"),
    ("Administration og rapportering", "Administration and reporting"),
    (
        "Egne faglige opgaver/projekter ved siden af ledelse",
        "Own specialist tasks alongside leading",
    ),
    ("Mange møder", "Meeting load"),
    ("Forandring / omstrukturering", "Organisational change"),
    ("Konflikter i teamet", "Team conflicts"),
    ("Tilgængelighed uden for arbejdstid", "After-hours availability"),
    ("Ressourcemangel / besparelser / ubesatte stillinger", "Understaffing / budget cuts"),
    (
        "»Første gang«-situation (første MUS, trivselsmåling, langtidssyg medarbejder, "
        "afskedigelse)",
        "First-time situation (first MUS, first survey, long-term sick employee, dismissal)",
    ),
)

_RESOURCE_TEXTS: tuple[Texts, ...] = (
    ("Sparring med egen leder", "Sparring with own manager"),
    ("Sparring i ledergruppen", "Peer sparring in the leader group"),
    ("Ledernetværk", "Leader network"),
    ("HR-støtte", "HR support"),
    ("Ekstern coach / mentor", "External coach / mentor"),
    ("Ledelsesrum: indflydelse og beslutningskompetence", "Autonomy / decision latitude"),
    ("Klare mål og prioriteringer", "Clear goals and priorities"),
    ("Anerkendelse / følelse af at være værdsat", "Recognition / feeling valued"),
    ("Udfordrende og meningsfulde opgaver", "Challenging, meaningful tasks"),
    ("Mulighed for at uddelegere (kompetent team)", "Ability to delegate"),
    ("Beskyttet tid til ledelse og strategi", "Protected time for leadership and strategy"),
    ("Lederuddannelse / kompetenceudvikling", "Leadership training / development"),
    ("Restitution: søvn, motion, pauser, fri", "Recovery: sleep, exercise, breaks, time off"),
    ("Støtte fra familie og venner", "Support from family and friends"),
)

DEMANDS: tuple[CatalogueItem, ...] = tuple(
    CatalogueItem(f"d{n}", CatalogueKind.DEMAND, da, en)
    for n, (da, en) in enumerate(_DEMAND_TEXTS, start=1)
)
RESOURCES: tuple[CatalogueItem, ...] = tuple(
    CatalogueItem(f"r{n}", CatalogueKind.RESOURCE, da, en)
    for n, (da, en) in enumerate(_RESOURCE_TEXTS, start=1)
)

_FOLDS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ß": "ss"})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_MAX_SLUG = 60  # keys stay short; two labels that only differ after 60 characters collide


def own_signal_key(label: str) -> str:
    """A stable key ``own-<slug>`` for a signal the user adds; same label, same key.

    Raises:
        ValidationError: the label has no letters or digits to make a key from.
    """
    folded = label.casefold().translate(_FOLDS)
    # Drop accents (é -> e); whatever is still not ASCII after that is dropped too.
    ascii_text = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode("ascii")
    slug = _NON_ALNUM.sub("-", ascii_text)[:_MAX_SLUG].strip("-")
    if not slug:
        raise ValidationError("signal", label, msg.NAME_WITH_A_LETTER, show_value=False)
    return f"own-{slug}"


def own_signal(label: str) -> CatalogueItem:
    """A user's own signal as a catalogue item; the label is used in both languages."""
    text = label.strip()
    return CatalogueItem(
        own_signal_key(text), CatalogueKind.SIGNAL, text, text, SignalGroup.OWN, custom=True
    )


# --- The stress staircase (paraphrased; see domain notes "decisions") -----------------


@dataclass(frozen=True, slots=True)
class StressStep:
    """One step of the staircase, for self-placement: 1 is the best, 5 the worst."""

    number: int
    name_da: str
    name_en: str
    summary_da: str
    summary_en: str

    def name(self, language: Language) -> str:
        return self.name_da if language is Language.DANISH else self.name_en

    def summary(self, language: Language) -> str:
        return self.summary_da if language is Language.DANISH else self.summary_en


STRESS_STEPS: tuple[StressStep, ...] = (
    StressStep(
        1,
        "Tempereret",
        "Temperate",
        "Krav og ressourcer i balance; energi og engagement.",
        "Demands and resources in balance; energy and engagement.",
    ),
    StressStep(
        2,
        "Opvarmet",
        "Heated",
        "Begyndende pres: mindre overblik, utålmodighed, irritabilitet.",
        "Pressure is starting: less overview, impatience, irritability.",
    ),
    StressStep(
        3,
        "Overophedet",
        "Over-heated",
        "Symptomerne tager til, og arbejdets kvalitet begynder at lide.",
        "Symptoms grow stronger, and the quality of work starts to suffer.",
    ),
    StressStep(
        4,
        "Nedsmeltet",
        "Meltdown",
        "Tydelige tegn på belastning, fejl og konflikter; sygemelding er tæt på.",
        "Clear signs of strain, errors and conflicts; sick leave is close.",
    ),
    StressStep(
        5,
        "Udbrændt",
        "Burned out",
        "Udmattelse, kynisme og en svækket følelse af at slå til.",
        "Exhaustion, cynicism and a weaker sense of being able to cope.",
    ),
)

STAIRCASE_ATTRIBUTION: Texts = (
    "Stresstrappen er et redskab til at placere sig selv – ikke en diagnose. Frit efter "
    "Malene Friis Andersen & Marie Kingston, Stop stress – Håndbog for ledere, Klim 2016.",
    "The stress staircase is for placing yourself – it is not a diagnosis. Freely after "
    "Malene Friis Andersen & Marie Kingston, Stop stress – Håndbog for ledere, Klim 2016.",
)

# --- End-of-day prompts (domain notes §6.2) --------------------------------------------


@dataclass(frozen=True, slots=True)
class Prompt:
    """One end-of-day reflection prompt; ``number`` is its row in domain notes §6.2."""

    number: int
    da: str
    en: str

    def text(self, language: Language) -> str:
        return self.da if language is Language.DANISH else self.en


END_OF_DAY_PROMPTS: tuple[Prompt, ...] = tuple(
    Prompt(n, da, en)
    for n, (da, en) in enumerate(
        (
            (
                "Hvad gik godt i dag – og hvad var min andel i det?",
                "What went well today, and what was my part in it?",
            ),
            (
                "Hvor rykkede jeg mig i dag i noget meningsfuldt – også bare lidt?",
                "Where did I make progress on something meaningful today, even a little?",
            ),
            (
                "Hvad er dagens vigtigste læring, og hvad gør jeg anderledes næste gang?",
                "What is today's key lesson, and what will I do differently next time?",
            ),
            (
                "Hvor meget af dagen gik til drift og brandslukning – og hvor meget til ledelse "
                "og udvikling?",
                "How much of today went to operations/firefighting vs. leading and developing?",
            ),
            (
                "Hvilke krav fyldte mest i dag, og hvilke ressourcer hjalp mig?",
                "Which demands weighed most today, and which resources helped?",
            ),
            (
                "Hvilket trin på stresstrappen er jeg på i dag – og hvad skal der til for at "
                "være tempereret?",
                "Which step of the stress staircase am I on today, and what would it take to be "
                '"temperate"?',
            ),
            (
                "Hvilke signaler har kroppen sendt i dag (søvn, spændinger, uro)?",
                "What signals did my body send today (sleep, tension, restlessness)?",
            ),
            (
                "Hvad er ufærdigt? Skriv hvor, hvornår og hvordan du tager det.",
                "What is unfinished? Write where, when and how you will handle it.",
            ),
            (
                "Hvem anerkendte jeg i dag – og følte jeg mig selv værdsat?",
                "Whom did I recognise today, and did I feel valued?",
            ),
            (
                "Hvad sagde jeg ja til, som jeg kunne have sagt nej til eller uddelegeret?",
                "What did I say yes to that I could have declined or delegated?",
            ),
            (
                "Stod jeg i en »første gang«-situation? Hvad havde jeg brug for?",
                "Was I in a first-time situation? What did I need?",
            ),
            (
                "Hvad vil jeg gerne have sparring på – og fra hvem (egen leder, HR, "
                "ledergruppen, netværk)?",
                "What do I want sparring on, and from whom (own manager, HR, leader group, "
                "network)?",
            ),
            (
                "Hvordan passede jeg på mig selv i dag (pause, frokost, bevægelse, fri)?",
                "How did I look after myself today (breaks, lunch, movement, time off)?",
            ),
            (
                "Hvilken samtale eller beslutning kører stadig rundt – hvad er næste konkrete "
                "skridt?",
                "Which conversation or decision is still going round my head, and what is the "
                "next concrete step?",
            ),
            (
                "Hvad udfordrede og motiverede mig i dag?",
                "What challenged and motivated me today?",
            ),
            (
                "Hvad er den ene ting, der vil gøre i morgen god?",
                "What is the one thing that would make tomorrow good?",
            ),
        ),
        start=1,
    )
)


def prompt_for(day: date, offset: int = 0) -> Prompt:
    """The prompt of the day; ``offset`` steps through the others ("↻ another one").

    Deterministic, so the same date shows the same prompt on every machine and run.
    """
    return END_OF_DAY_PROMPTS[(day.toordinal() + offset) % len(END_OF_DAY_PROMPTS)]


# --- Sparring (the seed's situations and partners) -------------------------------------

SPARRING_SITUATIONS: Mapping[str, Texts] = MappingProxyType(
    {
        "first_appraisal": ("Første MUS-samtaler", "First appraisal interviews (MUS)"),
        "first_survey": (
            "Første medarbejdertilfredshedsmåling",
            "First employee satisfaction survey",
        ),
        "long_term_sick": ("Langtidssyg medarbejder", "Employee on long-term sick leave"),
        "dismissal": ("Afskedigelse", "Dismissal"),
        "conflict": ("Konflikt", "Conflict"),
        "reorganisation": ("Omstrukturering", "Reorganisation"),
        "other": ("Andet", "Other"),
    }
)

SPARRING_PARTNERS: Mapping[str, Texts] = MappingProxyType(
    {
        "own_leader": ("Egen leder", "Own leader"),
        "hr": ("HR", "HR"),
        "leader_group": ("Ledergruppen", "Leader group"),
        "leader_network": ("Ledernetværk", "Leader network"),
        "coach": ("Coach", "Coach"),
        "health_insurance": ("Sundhedsforsikringens rådgivning", "Health-insurance counselling"),
        "other": ("Andet", "Other"),
    }
)

# --- WHO-5 (domain notes §3; wording unchanged, attribution shown) ---------------------

WHO5_STEM: Texts = ("I de sidste 2 uger …", "Over the last two weeks …")

WHO5_ITEMS: tuple[Texts, ...] = (
    (
        "I de sidste 2 uger har jeg været glad og i godt humør",
        "I have felt cheerful and in good spirits",
    ),
    ("I de sidste 2 uger har jeg følt mig rolig og afslappet", "I have felt calm and relaxed"),
    ("I de sidste 2 uger har jeg følt mig aktiv og energisk", "I have felt active and vigorous"),
    ("I de sidste 2 uger er jeg vågnet frisk og udhvilet", "I woke up feeling fresh and rested"),
    (
        "I de sidste 2 uger har min dagligdag været fyldt med ting der interesserer mig",
        "My daily life has been filled with things that interest me",
    ),
)

# Index = answer value, 0 (at no time) .. 5 (all of the time).
WHO5_SCALE: tuple[Texts, ...] = (
    ("På intet tidspunkt", "At no time"),
    ("Lidt af tiden", "Some of the time"),
    ("Lidt mindre end halvdelen af tiden", "Less than half of the time"),
    ("Lidt mere end halvdelen af tiden", "More than half of the time"),
    ("Det meste af tiden", "Most of the time"),
    ("Hele tiden", "All of the time"),
)

WHO5_ATTRIBUTION: Texts = (
    "WHO-5 Trivselsindeks. Udviklet af Psykiatrisk Forskningsenhed, Psykiatrisk Center "
    "Nordsjælland, Hillerød; første gang præsenteret af WHO Europa i 1998.",
    "WHO-5 Well-Being Index. Developed by the Psychiatric Research Unit, Mental Health Centre "
    "North Zealand, Hillerød, Denmark; first presented by WHO/Europe in 1998.",
)

WHO5_LOW = 28  # at or below: signpost to talk to someone (§3.3, §7)
WHO5_REDUCED = 50  # at or below: reduced wellbeing (§3.3)
WHO5_NOTABLE_CHANGE = 10  # points on the 0..100 scale (§3.3)


def who5_band(score: int) -> Literal["low", "reduced", "good"]:
    """Where a 0..100 WHO-5 score lies: at or below 28, at or below 50, or above.

    Raises:
        ValidationError: the score is outside 0..100.
    """
    if isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= 100:
        raise ValidationError("who5", score, msg.SCORE)
    if score <= WHO5_LOW:
        return "low"
    return "reduced" if score <= WHO5_REDUCED else "good"


def who5_meaning(score: int, language: Language) -> str:
    """One calm sentence on what a 0..100 WHO-5 score suggests: reflection, not diagnosis.

    Raises:
        ValidationError: the score is outside 0..100.
    """
    band = who5_band(score)
    if band == "low":
        # The kinds of help: the one list the banner and the insights name too.
        da = (
            f"En score på {score} er lav og tyder på, at de sidste to uger har været svære. "
            f"Det er en god grund til at tale med nogen. {HELP_DOCTOR_FIRST[0]}"
        )
        en = (
            f"A score of {score} is low and suggests the last two weeks have been hard. "
            f"That is a good reason to talk to someone. {HELP_DOCTOR_FIRST[1]}"
        )
    elif band == "reduced":
        da = (
            f"En score på {score} tyder på, at trivslen har været nedsat de sidste to uger. "
            "Læg mærke til, hvad der fylder, og følg med i de næste målinger."
        )
        en = (
            f"A score of {score} suggests your wellbeing has been lower over the last two "
            "weeks. Notice what is weighing on you, and keep an eye on the next check-ins."
        )
    else:
        da = f"En score på {score} tyder på, at du har haft det godt de sidste to uger."
        en = f"A score of {score} suggests you have been doing well over the last two weeks."
    return localized((da, en), language)


def who5_change_is_notable(a: int, b: int) -> bool:
    """Whether two 0..100 WHO-5 scores differ by at least 10 points (a meaningful change)."""
    return abs(b - a) >= WHO5_NOTABLE_CHANGE


def built_in(kind: CatalogueKind) -> tuple[CatalogueItem, ...]:
    """The built-in items of a pick list (the user's own follow them)."""
    return {
        CatalogueKind.SIGNAL: SIGNALS,
        CatalogueKind.DEMAND: DEMANDS,
        CatalogueKind.RESOURCE: RESOURCES,
    }[kind]
