"""Rules a Danish reader checks, guarded over every Danish text the app can show.

Over the whole Danish Qt catalogue, the pending Danish words, the Danish of the domain
tables (catalogues, insights, signposts, sources) and the rendered Danish reports:
minutes are "min" (never "m"), quotation marks are »…« only, "registreret" not
"logget", one word for one thing, the informal voice (du, never De/Dem/Deres), no
English words left, weekdays in lower case mid-sentence, and an en dash (–) not an
em dash (—).
"""

from __future__ import annotations

import dataclasses
import json
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from wellbeing_desktop.domain import (
    catalogues,
    durations,
    help_words,
    insight_words,
    sources,
    suggestions,
)
from wellbeing_desktop.domain.models import CatalogueItem, Language

if TYPE_CHECKING:
    from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
METAINFO = ROOT / "resources" / "desktop" / "io.github.leaderpulse.WellbeingDesktop.metainfo.xml"

# --- the rules ------------------------------------------------------------------------

MINUTES_AS_M = re.compile(r"(?:\d|\})\s?m(?![\wæøå])")
FOREIGN_QUOTES = re.compile(r"[“”„‘’\"]")
SEARCH_PHRASE = re.compile(r'"[^"“”]*"')
LOGGED = re.compile(r"\blogge[td]?\b|\blogget\b", re.IGNORECASE)
FORMAL = re.compile(r"\b(Dem|Deres)\b|\bDe (kan|har|skal|er|må|vil|bedes|bør|ønsker)\b")
ONE_WORD = {  # the word we do not use → the word we use for the same thing
    "eget arbejde": "egne opgaver",
    "resumé": "opsummering",
    "WHO-5 trivsel": "WHO-5-trivsel",
    "Signaler bemærket": "Bemærkede signaler",
    "signaler bemærket": "bemærkede signaler",
    "Afklaret": "Løst",
    "afklaret": "løst",
    "med mindre": "medmindre",
}
ACCENTED_IMPERATIVES = re.compile(r"\b(Redigér|Markér|Eksportér|Annullér|Placér|Importér)\b")
ENGLISH = re.compile(
    r"\b(open|resolved|the|and|please|click|cancel|settings|journal|today|week|weeks|"
    r"hours|minutes|summary|leadership|operations|wellbeing|insights?|logged)\b",
    re.IGNORECASE,
)
WEEKDAY_MID_SENTENCE = re.compile(
    r"(?<![.!?:»\n])(?<!^)\s(Mandag|Tirsdag|Onsdag|Torsdag|Fredag|Lørdag|Søndag)\b"
)


def problems(text: str, *, english_titles: bool = False) -> list[str]:
    """Every rule the Danish ``text`` breaks (empty: it reads right).

    ``english_titles``: the text cites English works by their titles (the Sources page),
    so English words are allowed in it.
    """
    found = []
    if MINUTES_AS_M.search(text):
        found.append("minutes as 'm' (write 'min')")
    # The search syntax's "a phrase" is what the user types (the ASCII quote a keyboard has).
    if FOREIGN_QUOTES.search(re.sub(SEARCH_PHRASE, " ", text) if " OR " in text else text):
        found.append("quotation marks other than »…«")
    if LOGGED.search(text):
        found.append("'logget' (write 'registreret')")
    if FORMAL.search(text):
        found.append("the formal voice (write du/dig/din)")
    for avoided, used in ONE_WORD.items():
        if avoided in text:
            found.append(f"'{avoided}' (write '{used}')")
    if ACCENTED_IMPERATIVES.search(text):
        found.append("an accented imperative (write Rediger, Marker, Eksporter, Annuller)")
    # Literal values a user types (»open«, --from-calendar, `a command`) are no prose.
    prose = re.sub(r"»[^«]*«|--[\w-]+|`[^`]*`|\{\w+\}|\([^)]*[a-z]-[a-z][^)]*\)", " ", text)
    if not english_titles and (english := ENGLISH.search(prose)):
        found.append(f"the English word '{english.group(0)}'")
    if WEEKDAY_MID_SENTENCE.search(text):
        found.append("a capitalised weekday mid-sentence")
    if "—" in text:
        found.append("an em dash (write –)")
    return found


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("I alt 7 t 24 m", "minutes"),
        ("{minutes} m", "minutes"),
        ("Tryk “Gem”", "quotation"),
        ('Tryk "Gem"', "quotation"),
        ("Ingen dage logget", "logget"),
        ("De kan vælge en dato", "formal"),
        ("Deres dagbog", "formal"),
        ("drift, ledelse eller eget arbejde", "egne opgaver"),
        ("open eller resolved", "English"),
        ("Som sidste Tirsdag", "weekday"),
        ("Redigér…", "imperative"),
        ("hele dagen — tælles ikke", "em dash"),
    ],
)
def test_each_rule_catches_what_it_guards(text: str, rule: str) -> None:
    assert any(rule in problem for problem in problems(text)), (text, problems(text))


@pytest.mark.parametrize(
    "text",
    [
        "I alt 7 t 24 min",
        "{hours} t {minutes} min",
        "Søg efter »vagt«",
        "De to adgangssætninger er forskellige.",
        "De {n} nyeste fund for »{query}«",
        "Registrerede dage: 12 måneder",
        "»open« (åben) eller »resolved« (løst)",
        "kør igen med --replace-other-journal",
        "Tirsdag 24. november 2026",
        "Skriveloggen (write-ahead log) kunne ikke bruges.",
    ],
)
def test_good_danish_passes(text: str) -> None:
    assert problems(text) == []


# --- the Danish texts -------------------------------------------------------------------


def catalogue_texts() -> list[tuple[str, str]]:
    tree = ElementTree.parse(TRANSLATIONS / "leaderpulse_da.ts")
    texts = []
    for context in tree.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            texts.append(
                (f"{name}: {message.findtext('source')}", message.findtext("translation") or "")
            )
    return texts


def pending_texts() -> list[tuple[str, str]]:
    texts = []
    for file in sorted((TRANSLATIONS / "pending").glob("*.json")):
        for context, words in json.loads(file.read_text(encoding="utf-8")).items():
            texts += [(f"{file.name} {context}: {english}", da) for english, da in words.items()]
    return texts


def _danish_of(value: object) -> list[str]:
    """The Danish strings in a domain value (the first of a Danish–English pair, …)."""
    if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, str) for v in value):
        return [value[0]]
    if isinstance(value, CatalogueItem):
        return [value.label_da]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [
            getattr(value, field.name)
            for field in dataclasses.fields(value)
            if field.name.endswith("_da") or field.name == "da"
        ]
    if isinstance(value, Mapping):
        return [text for item in value.values() for text in _danish_of(item)]
    if isinstance(value, tuple):
        return [text for item in value for text in _danish_of(item)]
    return []


def domain_texts() -> list[tuple[str, str]]:
    modules: tuple[ModuleType, ...] = (
        catalogues,
        help_words,
        insight_words,
        suggestions,
        sources,
    )
    texts = [
        (f"{module.__name__}.{name}", text)
        for module in modules
        for name, value in vars(module).items()
        if name.isupper()
        for text in _danish_of(value)
    ]
    texts += [
        (f"who5_meaning({score})", catalogues.who5_meaning(score, Language.DANISH))
        for score in (0, 28, 40, 50, 72, 100)
    ]
    texts += [
        (f"format_duration({minutes})", durations.format_duration(minutes, Language.DANISH))
        for minutes in (0, 45, 60, 444, 2250)
    ]
    return texts


def metainfo_texts() -> list[tuple[str, str]]:
    tree = ElementTree.parse(METAINFO)
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    return [
        (f"metainfo <{element.tag}>", " ".join("".join(element.itertext()).split()))
        for element in tree.iter()
        if element.get(lang) == "da" and element.tag not in ("image", "ul")
    ]


def test_there_are_danish_texts_to_read() -> None:
    assert len(catalogue_texts()) > 700
    assert len(domain_texts()) > 150
    assert len(metainfo_texts()) > 5


@pytest.mark.parametrize(
    "source",
    [catalogue_texts, pending_texts, domain_texts, metainfo_texts],
    ids=["qt-catalogue", "pending", "domain", "metainfo"],
)
def test_the_danish_reads_right(source: object) -> None:
    assert callable(source)
    broken = [
        f"{where}: {text!r}: {p}"
        for where, text in source()
        for p in problems(text, english_titles=where.endswith("sources.REFERENCES"))
    ]
    assert broken == []


def test_the_metainfo_has_a_proper_danish_caption() -> None:
    captions = [text for where, text in metainfo_texts() if "caption" in where]
    assert "1:1: et udkast til dagsorden for perioden, noter og handlinger" in captions
    assert not any("udkastet dagsorden" in text for text in captions)
