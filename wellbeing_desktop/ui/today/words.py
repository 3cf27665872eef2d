"""Every word the Today view shows, Danish first (UX.md's word list)."""

from __future__ import annotations

from wellbeing_desktop.domain.catalogues import Texts
from wellbeing_desktop.domain.models import ShareLevel, SignalGroup

# --- header -------------------------------------------------------------------------
PREVIOUS_DAY: Texts = ("Forrige dag", "Previous day")
PREVIOUS_DAY_TIP: Texts = ("Forrige dag (Alt+←)", "Previous day (Alt+←)")
NEXT_DAY: Texts = ("Næste dag", "Next day")
NEXT_DAY_TIP: Texts = ("Næste dag (Alt+→)", "Next day (Alt+→)")
TODAY: Texts = ("I dag", "Today")
TODAY_TIP: Texts = ("Gå til i dag (Ctrl+T)", "Go to today (Ctrl+T)")
CHOOSE_DATE: Texts = ("Vælg dato", "Choose date")
CHOOSE_DATE_TIP: Texts = ("Vælg en anden dag i kalenderen", "Pick another day in the calendar")
WHO5: Texts = ("WHO-5", "WHO-5")
WHO5_TIP: Texts = ("Tjek din trivsel med WHO-5", "Check your wellbeing with the WHO-5")
SAVED: Texts = ("Gemt {time}", "Saved {time}")
SAVING: Texts = ("Gemmer…", "Saving…")
NOT_SAVED: Texts = ("Ikke gemt: {reason}", "Not saved: {reason}")
NOT_LOADED: Texts = ("Dagen kunne ikke hentes: {reason}", "The day could not be loaded: {reason}")
PARTLY_SAVED: Texts = ("{reason} – resten er gemt", "{reason} – the rest is saved")

# --- banners ------------------------------------------------------------------------
WHO5_OFFER: Texts = (
    "Det er et stykke tid siden din sidste WHO-5. Fem korte udsagn om de sidste to uger – "
    "det tager et minut.",
    "It has been a while since your last WHO-5. Five short statements about the last two "
    "weeks – it takes a minute.",
)
WHO5_START: Texts = ("Tag WHO-5", "Take the WHO-5")

# --- time ---------------------------------------------------------------------------
TIME_TITLE: Texts = ("Tid i dag", "Time today")
LEGEND: dict[str, Texts] = {
    "leadership": ("ledelse", "leadership"),
    "operations": ("drift", "operations"),
    "own_work": ("egne opgaver", "own work"),
}
SHARE_LINE: Texts = ("{share} % ledelse · mål {target} %", "{share}% leadership · target {target}%")
SHARE_NONE: Texts = ("Ledelsesandel · mål {target} %", "Leadership share · target {target}%")
TOTAL_LINE: Texts = (
    "I alt {total} af en normal dag på {normal}",
    "{total} of a normal day of {normal}",
)
WEEK_LINE: Texts = (
    "Uge {week}: {share} % ledelse — mål {target} %",
    "Week {week}: {share}% leadership — target {target}%",
)
WEEK_EMPTY: Texts = ("Uge {week}: ingen tid registreret endnu", "Week {week}: no time logged yet")
DURATION_HINT: Texts = (
    "Skriv fx 2t30, 150 eller 1,5 – pil op/ned ændrer med et kvarter.",
    "Type e.g. 2h30, 150 or 1.5 – arrow up/down changes by a quarter of an hour.",
)
DURATION_ERROR: Texts = (
    "{field}: “{text}” er ikke gemt – skriv en tid fra 0 til 24 t, fx 2t30, 150 eller 1,5.",
    "{field}: “{text}” is not saved – type a time from 0 to 24 h, e.g. 2h30, 150 or 1.5.",
)

# --- staircase and signals ----------------------------------------------------------
STAIRCASE_TITLE: Texts = ("Hvor er jeg i dag?", "Where am I today?")
STAIRCASE_HINT: Texts = (
    "Tast 1–5 for at vælge et trin, 0 for intet.",
    "Press 1–5 to choose a step, 0 for none.",
)
STEP_CHOSEN: Texts = ("Trin {n}: {name}", "Step {n}: {name}")
NO_STEP: Texts = ("Intet trin valgt", "No step chosen")
SIGNALS_TITLE: Texts = ("Signaler i dag ({count})", "Signals today ({count})")
SIGNALS_HINT: Texts = (
    "krop · følelser · tanker · adfærd",
    "body · feelings · thoughts · behaviour",
)
SIGNAL_GROUPS: dict[SignalGroup, Texts] = {
    SignalGroup.BODILY: ("Krop", "Body"),
    SignalGroup.EMOTIONAL: ("Følelser", "Feelings"),
    SignalGroup.COGNITIVE: ("Tanker", "Thoughts"),
    SignalGroup.BEHAVIOURAL: ("Adfærd", "Behaviour"),
    SignalGroup.OWN: ("Egne signaler", "Your own signals"),
}
ADD_SIGNAL: Texts = ("+ eget signal", "+ own signal")
NEW_SIGNAL: Texts = ("Nyt signal", "New signal")
NEW_SIGNAL_HINT: Texts = ("Skriv signalet og tryk Enter", "Type the signal and press Enter")

# --- demands, resources, energy -----------------------------------------------------
DEMANDS: Texts = ("Krav", "Demands")
RESOURCES: Texts = ("Ressourcer", "Resources")
NOT_SET: Texts = ("–", "–")
ADD_DEMAND: Texts = ("Tilføj krav", "Add a demand")
ADD_RESOURCE: Texts = ("Tilføj ressource", "Add a resource")
REMOVE: Texts = ("Fjern {label}", "Remove {label}")
SEARCH: Texts = ("Søg", "Search")
SLIDER_HINT: Texts = (
    "0–10 · piletasterne ændrer, Delete rydder",
    "0–10 · arrow keys change, Delete clears",
)
BALANCE_EMPTY: Texts = (
    "Sæt krav og ressourcer for at se balancen.",
    "Set demands and resources to see the balance.",
)
ENERGY: Texts = ("Energi", "Energy")
ENERGY_HINT: Texts = ("1 lav – 5 høj", "1 low – 5 high")
ENERGY_LEVEL: Texts = ("Energi {n}", "Energy {n}")

# --- reflection ---------------------------------------------------------------------
REFLECTION_TITLE: Texts = ("Refleksion", "Reflection")
USE_PROMPT: Texts = ("Brug", "Use")
USE_PROMPT_TIP: Texts = ("Sæt spørgsmålet ind som overskrift", "Insert the question as a heading")
ANOTHER_PROMPT: Texts = ("↻ Et andet", "↻ Another")
ANOTHER_PROMPT_TIP: Texts = ("Vis et andet spørgsmål", "Show another question")
PROMPT_LABEL: Texts = ("Dagens spørgsmål", "Today's question")
EDITOR: Texts = ("Refleksion", "Reflection")
EDITOR_PLACEHOLDER: Texts = (
    "Et par linjer om dagen – kun for dig, med mindre du vælger andet nedenfor.",
    "A few lines about the day – only for you, unless you choose otherwise below.",
)
TAGS: Texts = ("Tags", "Tags")
TAGS_PLACEHOLDER: Texts = ("#budget #team", "#budget #team")
SHARING: Texts = ("Deling", "Sharing")
SHARE_NAMES: dict[ShareLevel, Texts] = {
    ShareLevel.PRIVATE: ("Privat", "Private"),
    ShareLevel.ONE_ON_ONE: ("1:1", "1:1"),
    ShareLevel.COACH: ("Coach", "Coach"),
}
SHARE_EXPLAINED: dict[ShareLevel, Texts] = {
    ShareLevel.PRIVATE: (
        "Privat: kun du ser refleksionen. Den kommer aldrig med i et udkast.",
        "Private: only you see this reflection. It never goes into a draft.",
    ),
    ShareLevel.ONE_ON_ONE: (
        "1:1: må foreslås i udkastet til din 1:1. Du ser alt, før noget deles.",
        "1:1: may be suggested in the draft for your 1:1. You see everything before "
        "anything is shared.",
    ),
    ShareLevel.COACH: (
        "Coach: må foreslås i et resumé til din coach. Du ser alt, før noget deles.",
        "Coach: may be suggested in a summary for your coach. You see everything before "
        "anything is shared.",
    ),
}

# --- errors the domain words in English; a Danish line for the ones the GUI can cause --
ERROR_TOTAL_MINUTES: Texts = ("Over 24 t i alt", "Over 24 h in total")
ERROR_TAGS: Texts = (
    "Tags må kun have bogstaver, tal, - og _",
    "Tags may only have letters, digits, - and _",
)
ERROR_SIGNAL: Texts = ("Signalet skal have et navn", "The signal needs a name")
