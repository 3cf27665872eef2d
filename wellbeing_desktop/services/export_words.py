"""The words of a spreadsheet or CSV export: labels for the journal's codes, in its language.

A day stores catalogue keys (``d6``, ``r2``, ``sig-headache``), a step number, a share
level; a person reading the file wants the labels. ``ExportLabels`` turns each code into
the label the app shows, in the journal's language (the user's own items by their own
label; an unknown key stays as it is, so nothing is hidden).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.domain import catalogues
from wellbeing_desktop.domain.catalogues import Texts, localized

if TYPE_CHECKING:
    from collections.abc import Iterable

    from wellbeing_desktop.domain.models import CatalogueItem, Category, Language

SHARE_LEVELS: dict[str, Texts] = {
    "private": ("Privat", "Private"),
    "one-on-one": ("1:1", "1:1"),
    "coach": ("Coach", "Coach"),
}
TOPIC_STATUS: dict[str, Texts] = {"open": ("Åben", "Open"), "resolved": ("Løst", "Resolved")}
YES_NO: tuple[Texts, Texts] = (("Nej", "No"), ("Ja", "Yes"))
# What left the app, in the app's own words (the export log in the GUI says the same:
# ui/one_on_one/one_on_one_words.py KIND_NAMES and FORMAT_NAMES, checked by a test).
DATA_EXPORT: Texts = ("Dataeksport", "Data export")
EXPORT_KINDS: dict[str, Texts] = {
    "one-on-one": ("1:1-rapport", "1:1 report"),
    "coach": ("Opsummering til coach", "Summary for a coach"),
    "json": DATA_EXPORT,
    "csv": DATA_EXPORT,
    "xlsx": DATA_EXPORT,
    "pulse": ("Delt puls til ledergruppen", "Pulse shared with the leader group"),
    "leader-group": ("Ledergruppens puls", "The leader group's pulse"),
    "markdown": DATA_EXPORT,  # a folder of Markdown files (services/markdown_export.py)
}
FILE_FORMATS: dict[str, Texts] = {
    "pdf": ("PDF", "PDF"),
    "md": ("Markdown", "Markdown"),
    "html": ("HTML", "HTML"),
    "json": ("JSON", "JSON"),
    "csv": ("CSV", "CSV"),
    "xlsx": ("Regneark (xlsx)", "Spreadsheet (xlsx)"),
    "pulse": ("Krypteret pulsfil", "Encrypted pulse file"),
}
SECTIONS: dict[str, Texts] = {
    "time_split": ("Tidsfordeling", "Time split"),
    "stress": ("Stress", "Stress"),
    "demands_resources": ("Krav og ressourcer", "Demands and resources"),
    "who5": ("WHO-5", "WHO-5"),
    "sparring": ("Sparring", "Sparring"),
    "reflections": ("Refleksioner", "Reflections"),
}

# The sheets, in order, and the title of each column (``{name}``: a category's name).
SHEET_NAMES: dict[str, Texts] = {
    "days": ("Dage", "Days"),
    "who5": ("WHO-5", "WHO-5"),
    "sparring": ("Sparring", "Sparring"),
    # The app's word, "1:1-samtaler" / "1:1s"; a sheet's name may not hold a colon, so
    # with the ratio sign (U+2236), which reads the same.
    "one_on_ones": ("1\u22361-samtaler", "1\u22361s"),
    "actions": ("Handlinger", "Actions"),
    "export_log": ("Delte eksporter", "Shared exports"),
}
HEADERS: dict[str, Texts] = {
    "date": ("Dato", "Date"),
    "category_minutes": ("{name} (min)", "{name} (min)"),
    "hours_worked": ("Arbejdstid (min)", "Working time (min)"),
    "leadership_share": ("Ledelsesandel", "Leadership share"),
    "stress_step": ("Stresstrin (1–5)", "Stress step (1–5)"),
    "stress_step_name": ("Stresstrin", "Stress step"),
    "signals": ("Signaler", "Signals"),
    "demands": ("Krav (0–10)", "Demands (0–10)"),
    "demand_items": ("Krav", "Demands"),
    "resources": ("Ressourcer (0–10)", "Resources (0–10)"),
    "resource_items": ("Ressourcer", "Resources"),
    "energy": ("Energi (1–5)", "Energy (1–5)"),
    "tags": ("Tags", "Tags"),
    "share": ("Deling", "Shared with"),
    "reflection": ("Refleksion", "Reflection"),
    "continued": ("{name} (fortsat {n})", "{name} (continued {n})"),
    "who5_raw": ("Råscore (0–25)", "Raw score (0–25)"),
    "who5_score": ("WHO-5-score (0–100)", "WHO-5 score (0–100)"),
    "situation": ("Situation", "Situation"),
    "with_whom": ("Med hvem", "With whom"),
    "status": ("Status", "Status"),
    "resolved_on": ("Løst den", "Resolved on"),
    "notes": ("Noter", "Notes"),
    "agenda": ("Dagsorden", "Agenda"),
    "actions": ("Handlinger", "Actions"),
    "open_actions": ("Åbne handlinger", "Open actions"),
    "meeting_date": ("1:1-dato", "1:1 date"),
    "action": ("Handling", "Action"),
    "done": ("Udført", "Done"),
    "made_at": ("Hvornår", "When"),
    "what": ("Hvad", "What"),
    "format": ("Format", "Format"),
    "from": ("Fra", "From"),
    "to": ("Til", "To"),
    "sections": ("Afsnit", "Sections"),
    "reflection_count": ("Refleksioner (antal)", "Reflections (count)"),
    "reflection_days": ("Refleksioner fra", "Reflections from"),
}
# The WHO-5 statements as column titles. The Danish items repeat the stem ("I de sidste 2
# uger har jeg …"); without it the word order is a statement's again.
_WHO5_TITLES_DA = (
    "Jeg har været glad og i godt humør",
    "Jeg har følt mig rolig og afslappet",
    "Jeg har følt mig aktiv og energisk",
    "Jeg er vågnet frisk og udhvilet",
    "Min dagligdag har været fyldt med ting der interesserer mig",
)


def who5_item_titles(language: Language) -> tuple[str, ...]:
    """The five WHO-5 statements as column titles, numbered, with the answers' range."""
    english = (texts[1] for texts in catalogues.WHO5_ITEMS)
    pairs = zip(_WHO5_TITLES_DA, english, strict=True)
    return tuple(
        f"{number}. {localized(pair, language)} (0–5)" for number, pair in enumerate(pairs, 1)
    )


class ExportLabels:
    """The label of every code a day, topic or log entry holds, in one language."""

    def __init__(
        self,
        language: Language,
        categories: Iterable[Category],
        own_items: Iterable[CatalogueItem],
    ) -> None:
        self.language = language
        self.categories = tuple(categories)
        items = (*catalogues.SIGNALS, *catalogues.DEMANDS, *catalogues.RESOURCES, *own_items)
        self._items = {item.key: item.label(language) for item in items}

    def word(self, texts: Texts) -> str:
        return localized(texts, self.language)

    def header(self, key: str, **values: object) -> str:
        return self.word(HEADERS[key]).format(**values)

    def sheet(self, key: str) -> str:
        return self.word(SHEET_NAMES[key])

    def category(self, key: str) -> str:
        for category in self.categories:
            if category.key == key:
                return category.name(self.language)
        return key

    def item(self, key: str) -> str:
        """A signal, demand or resource by its label (an unknown key as it is)."""
        return self._items.get(key, key)

    def items(self, keys: Iterable[str]) -> str:
        """Labels joined with "; " (a label may hold a comma, none of the built-in a ";")."""
        return "; ".join(self.item(k) for k in keys)

    def step(self, number: int | None) -> str:
        if number is None or not 1 <= number <= len(catalogues.STRESS_STEPS):
            return ""
        return catalogues.STRESS_STEPS[number - 1].name(self.language)

    def share(self, level: str) -> str:
        texts = SHARE_LEVELS.get(level)
        return self.word(texts) if texts else level

    def situation(self, key: str) -> str:
        texts = catalogues.SPARRING_SITUATIONS.get(key)
        return self.word(texts) if texts else key

    def partner(self, key: str) -> str:
        texts = catalogues.SPARRING_PARTNERS.get(key)
        return self.word(texts) if texts else key

    def status(self, value: str) -> str:
        texts = TOPIC_STATUS.get(value)
        return self.word(texts) if texts else value

    def yes_no(self, value: bool) -> str:
        return self.word(YES_NO[bool(value)])

    def export_kind(self, kind: str) -> str:
        texts = EXPORT_KINDS.get(kind)
        return self.word(texts) if texts else kind

    def file_format(self, file_format: str) -> str:
        texts = FILE_FORMATS.get(file_format)
        return self.word(texts) if texts else file_format.upper()

    def sections(self, keys: Iterable[str]) -> str:
        return ", ".join(self.word(SECTIONS[k]) if k in SECTIONS else k for k in keys)
