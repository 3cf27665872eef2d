"""Every word the 1:1 view, the coach summary and the export log show, Danish first."""

from __future__ import annotations

from wellbeing_desktop.domain.catalogues import Texts

# --- the page -------------------------------------------------------------------------
INTRO: Texts = (
    "Forbered din næste 1:1 med din egen leder. Appen foreslår en dagsorden ud fra dine "
    "dage – du bestemmer, hvad der kommer med.",
    "Prepare your next 1:1 with your own leader. The app suggests an agenda from your "
    "days – you decide what goes in.",
)
NEW: Texts = ("Ny 1:1", "New 1:1")
NEW_TIP: Texts = ("Opret en ny 1:1 (Ctrl+N)", "Create a new 1:1 (Ctrl+N)")
COACH: Texts = ("Opsummering til coach…", "Summary for a coach…")
COACH_TIP: Texts = (
    "Vælg periode og afsnit, se præcis hvad der deles, og gem en fil",
    "Choose period and sections, see exactly what is shared, and save a file",
)
SHARED: Texts = ("Delte eksporter", "Shared exports")
SHARED_TIP: Texts = (
    "Se hvad der er eksporteret fra appen, og hvornår",
    "See what has been exported from the app, and when",
)
MEETINGS: Texts = ("Møder", "Meetings")
NO_MEETINGS: Texts = ("Ingen 1:1 endnu.", "No 1:1 yet.")
DELETE: Texts = ("Slet…", "Delete…")
DELETE_TIP: Texts = ("Slet den valgte 1:1", "Delete the selected 1:1")
DELETE_TITLE: Texts = ("Slet 1:1", "Delete 1:1")
DELETE_QUESTION: Texts = (
    "Slet 1:1 med {who} den {day}? Dagsorden, noter og handlinger slettes også.",
    "Delete the 1:1 with {who} on {day}? Its agenda, notes and actions go too.",
)
PICK_MEETING: Texts = (
    "Vælg en 1:1 i listen – eller opret en ny.",
    "Choose a 1:1 in the list – or create a new one.",
)
FIRST_MEETING: Texts = (
    "Opret din næste 1:1 med “Ny 1:1”. Så laver appen et udkast til dagsordenen ud fra dine "
    "dage siden sidste 1:1, med åbne handlinger fra sidste gang øverst. Du retter, flytter "
    "og sletter frit – og intet forlader appen, før du selv eksporterer.",
    "Create your next 1:1 with “New 1:1”. The app then drafts an agenda from your days since "
    "the last 1:1, with open actions from last time at the top. You edit, move and delete "
    "freely – and nothing leaves the app until you export it yourself.",
)
UPCOMING: Texts = ("kommende", "upcoming")
MEETING_META: Texts = ("med {who}", "with {who}")
POINTS: Texts = ("{n} punkter", "{n} points")
ONE_POINT: Texts = ("1 punkt", "1 point")
OPEN_ACTIONS: Texts = ("{n} åbne handlinger", "{n} open actions")
ONE_OPEN_ACTION: Texts = ("1 åben handling", "1 open action")

# --- one meeting ------------------------------------------------------------------------
MEETING_TITLE: Texts = ("1:1 med {who}", "1:1 with {who}")
EDIT_MEETING: Texts = ("Redigér…", "Edit…")
EDIT_MEETING_TIP: Texts = (
    "Skift dato eller hvem mødet er med",
    "Change the date or who it is with",
)
PERIOD: Texts = ("Periode", "Period")
PERIOD_FROM: Texts = ("Fra", "From")
PERIOD_TO: Texts = ("Til", "To")
PERIOD_HINT: Texts = (
    "Udkastet bygger på dine dage i perioden – som standard siden sidste 1:1.",
    "The draft is built from your days in the period – by default since the last 1:1.",
)
DRAFT: Texts = ("Lav udkast", "Draft agenda")
DRAFT_TIP: Texts = (
    "Foreslå en dagsorden ud fra perioden; åbne handlinger fra sidste 1:1 kommer først",
    "Suggest an agenda from the period; open actions from the last 1:1 come first",
)
DRAFTING: Texts = ("Laver udkast…", "Drafting…")
REPLACE_TITLE: Texts = ("Nyt udkast", "New draft")
REPLACE_QUESTION: Texts = (
    "Dagsordenen har allerede {points}. Erstat med et nyt udkast?",
    "The agenda already has {points}. Replace it with a new draft?",
)
REPLACE: Texts = ("Erstat", "Replace")
CANCEL: Texts = ("Annuller", "Cancel")
DRAFT_EMPTY: Texts = (
    "Der var ikke noget at foreslå for perioden. Tilføj dine egne punkter.",
    "There was nothing to suggest for the period. Add your own points.",
)
PERIOD_BACKWARDS: Texts = (
    "Periodens slutdato ligger før startdatoen.",
    "The period ends before it starts.",
)

AGENDA: Texts = ("Dagsorden", "Agenda")
AGENDA_EMPTY: Texts = (
    "Tryk “Lav udkast” for et forslag ud fra perioden – eller tilføj dine egne punkter.",
    "Press “Draft agenda” for a suggestion from the period – or add your own points.",
)
AGENDA_HINT: Texts = (
    "Træk punkterne på plads eller brug Alt+↑/↓. Dobbeltklik eller F2 for at rette.",
    "Drag the points into place or use Alt+↑/↓. Double-click or F2 to edit.",
)
ADD_POINT: Texts = ("Tilføj punkt", "Add point")
ADD_POINT_TIP: Texts = ("Tilføj dit eget punkt (Ctrl+Shift+N)", "Add your own point (Ctrl+Shift+N)")
MOVE_UP: Texts = ("Flyt op", "Move up")
MOVE_UP_TIP: Texts = ("Flyt punktet op (Alt+↑)", "Move the point up (Alt+↑)")
MOVE_DOWN: Texts = ("Flyt ned", "Move down")
MOVE_DOWN_TIP: Texts = ("Flyt punktet ned (Alt+↓)", "Move the point down (Alt+↓)")
REMOVE: Texts = ("Fjern", "Remove")
REMOVE_POINT_TIP: Texts = ("Fjern det valgte punkt (Delete)", "Remove the selected point (Delete)")
OWN_POINT: Texts = ("dit eget punkt", "your own point")
POINT_NUMBER: Texts = ("Punkt {n}", "Point {n}")

AFTER: Texts = ("Efter mødet", "After the meeting")
NOTES: Texts = ("Noter", "Notes")
NOTES_PLACEHOLDER: Texts = (
    "Hvad talte I om? Hvad blev I enige om?",
    "What did you talk about? What did you agree on?",
)
ACTIONS: Texts = ("Handlinger", "Action items")
ACTIONS_EMPTY: Texts = (
    "Ingen handlinger endnu. Åbne handlinger kommer med i udkastet til næste 1:1.",
    "No action items yet. Open ones come first in the draft for the next 1:1.",
)
ADD_ACTION: Texts = ("Tilføj handling", "Add action")
ADD_ACTION_TIP: Texts = ("Tilføj en handling", "Add an action item")
REMOVE_ACTION_TIP: Texts = ("Fjern den valgte handling", "Remove the selected action item")
ACTION_DONE: Texts = ("udført", "done")
ACTION_OPEN: Texts = ("åben", "open")

PRINT: Texts = ("Udskriv…", "Print…")
PRINT_TIP: Texts = ("Udskriv dagsordenen (Ctrl+P)", "Print the agenda (Ctrl+P)")
EXPORT: Texts = ("Eksportér…", "Export…")
EXPORT_TIP: Texts = (
    "Gem 1:1-rapporten som PDF, Markdown eller HTML",
    "Save the 1:1 report as PDF, Markdown or HTML",
)
EXPORTED: Texts = ("Eksporteret til {name}", "Exported to {name}")
EXPORTING: Texts = ("Eksporterer…", "Exporting…")

SAVED: Texts = ("Gemt {time}", "Saved {time}")
SAVING: Texts = ("Gemmer…", "Saving…")
NOT_SAVED: Texts = ("Ikke gemt: {reason}", "Not saved: {reason}")

# --- new / edit meeting dialog ------------------------------------------------------------
NEW_TITLE: Texts = ("Ny 1:1", "New 1:1")
EDIT_TITLE: Texts = ("Redigér 1:1", "Edit 1:1")
FORM_HINT: Texts = (
    "Hvem skal du tale med, og hvornår? Datoen må gerne ligge i fremtiden.",
    "Who is it with, and when? The date may be in the future.",
)
WITH_WHOM: Texts = ("Med hvem", "With whom")
WITH_WHOM_PLACEHOLDER: Texts = ("fx din egen leder", "e.g. your own leader")
DATE: Texts = ("Dato", "Date")
SAVE: Texts = ("Gem", "Save")
CREATE: Texts = ("Opret", "Create")
NAME_MISSING: Texts = ("Skriv hvem mødet er med.", "Write who the meeting is with.")
DATE_TOO_FAR: Texts = (
    "Datoen ligger for langt ude i fremtiden (højst et år).",
    "The date is too far ahead (a year at most).",
)

# --- coach summary ------------------------------------------------------------------------
COACH_TITLE: Texts = ("Opsummering til coach", "Summary for a coach")
COACH_INTRO: Texts = (
    "Vælg periode og hvad der skal med. Forhåndsvisningen til højre er præcis det, filen "
    "kommer til at indeholde – intet gemmes, før du trykker “Gem…”.",
    "Choose the period and what to include. The preview on the right is exactly what the "
    "file will contain – nothing is written until you press “Save…”.",
)
SECTIONS: Texts = ("Afsnit", "Sections")
SECTION_NAMES: dict[str, Texts] = {
    "time_split": ("Tidsfordeling", "Time split"),
    "stress": ("Stresstrappen", "Stress staircase"),
    "demands_resources": ("Krav og ressourcer", "Demands and resources"),
    "who5": ("WHO-5", "WHO-5"),
    "sparring": ("Sparringsemner", "Sparring topics"),
    "reflections": ("Refleksioner", "Reflections"),
}
REFLECTIONS: Texts = ("Refleksioner til coach", "Reflections for a coach")
REFLECTIONS_HINT: Texts = (
    "Kun refleksioner, du har markeret “Coach”, kan vælges – og intet kommer med, før du "
    "sætter flueben. Private og 1:1-refleksioner vises aldrig her.",
    "Only reflections you marked “Coach” can be chosen – and none goes in until you tick "
    "it. Private and 1:1 reflections are never offered here.",
)
REFLECTIONS_NONE: Texts = (
    "Ingen refleksioner markeret “Coach” i perioden.",
    "No reflections marked “Coach” in the period.",
)
REFLECTIONS_OFF: Texts = (
    "Slå afsnittet “Refleksioner” til for at vælge refleksioner.",
    "Turn on the “Reflections” section to choose reflections.",
)
CHOSEN_COUNT: Texts = ("{n} af {total} valgt", "{n} of {total} chosen")
FORMAT: Texts = ("Format", "Format")
FORMAT_NAMES: dict[str, Texts] = {
    "pdf": ("PDF", "PDF"),
    "md": ("Markdown", "Markdown"),
    "html": ("HTML", "HTML"),
}
PREVIEW: Texts = ("Forhåndsvisning", "Preview")
PREVIEW_BUSY: Texts = ("Opdaterer forhåndsvisningen…", "Updating the preview…")
PREVIEW_FAILED: Texts = (
    "Forhåndsvisningen kunne ikke laves: {reason}",
    "The preview could not be made: {reason}",
)
NO_SECTIONS: Texts = ("Vælg mindst ét afsnit.", "Choose at least one section.")
SAVE_FILE: Texts = ("Gem…", "Save…")
SAVE_FILE_TIP: Texts = (
    "Gem opsummeringen som en fil (den er ikke krypteret)",
    "Save the summary as a file (it is not encrypted)",
)
CLOSE: Texts = ("Luk", "Close")
SAVED_TO: Texts = (
    "Gemt i {name}. Det står nu i listen over delte eksporter.",
    "Saved to {name}. It is now in the list of shared exports.",
)
SAVE_DIALOG_TITLE: Texts = (
    "Gem – filen bliver ikke krypteret",
    "Save – the file will not be encrypted",
)
FILE_EXISTS: Texts = (
    "Der findes allerede en fil med det navn. Vælg et andet navn.",
    "A file with that name already exists. Choose another name.",
)
NOT_WRITTEN: Texts = ("Filen blev ikke gemt: {reason}", "The file was not saved: {reason}")

# --- export log ---------------------------------------------------------------------------
LOG_TITLE: Texts = ("Delte eksporter", "Shared exports")
LOG_INTRO: Texts = (
    "Hver fil, appen har gemt til deling: hvornår, hvad og hvilke afsnit. Listen ligger "
    "krypteret i din dagbog; filerne selv er ikke krypterede.",
    "Every file the app has saved for sharing: when, what and which sections. The list is "
    "kept encrypted in your journal; the files themselves are not encrypted.",
)
LOG_EMPTY: Texts = ("Intet er eksporteret endnu.", "Nothing has been exported yet.")
LOG_COLUMNS: tuple[Texts, ...] = (
    ("Hvornår", "When"),
    ("Hvad", "What"),
    ("Format", "Format"),
    ("Periode", "Period"),
    ("Afsnit", "Sections"),
    ("Refleksioner", "Reflections"),
)
KIND_NAMES: dict[str, Texts] = {
    "one-on-one": ("1:1", "1:1"),
    "coach": ("Coach", "Coach"),
}
NONE_SHARED: Texts = ("ingen", "none")
