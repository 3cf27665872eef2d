"""The Markdown export's words, file names and pages other than the days (issue #19).

Everything here is in the journal's language (a pair of texts, Danish first, as the
other exports' words in ``services/export_words.py``). The names of files and folders
are safe on Windows, macOS and Linux (``safe_name``); the pages are CommonMark, with the
journal's one-line texts (a name, an agenda point, an action) escaped so they stay text,
and its free texts (notes) written as they are, as the reflections of the day files.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from wellbeing_desktop.domain import catalogues, sources
from wellbeing_desktop.domain import formatting as fmt
from wellbeing_desktop.domain.catalogues import Texts, localized
from wellbeing_desktop.domain.foreign_entries import LeftOut
from wellbeing_desktop.domain.markdown_text import escape, heading, inline
from wellbeing_desktop.services.markdown_front_matter import MARKER

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from datetime import date, datetime

    from wellbeing_desktop.domain.models import (
        DayLog,
        Language,
        OneOnOne,
        SparringTopic,
        Who5CheckIn,
    )
    from wellbeing_desktop.services.export_words import ExportLabels

DAYS_FOLDER: Texts = ("Dage", "Days")
ONE_ON_ONES_FOLDER: Texts = ("1-1-samtaler", "1-1 meetings")
SPARRING_FOLDER: Texts = ("Sparring", "Sparring")
README_FILE: Texts = ("LÆS MIG.md", "README.md")
WHO5_FILE: Texts = ("WHO-5.md", "WHO-5.md")
_ONE_ON_ONE_NAME: Texts = ("1-1 med {name}", "1-1 with {name}")
_ONE_ON_ONE_TITLE: Texts = ("1:1 med {name}", "1:1 with {name}")
_RAISED_ON: Texts = ("Rejst den", "Raised on")
_DONE_MARK = {True: "- [x] ", False: "- [ ] "}


def reading_page(relative: str) -> LeftOut | None:
    """Which page for reading of our export ``relative`` (a ``/`` path in its folder) is.

    None for any other file. Only asked of a folder whose day files carry our marker:
    the names alone could be anyone's.
    """
    parts = relative.split("/")
    if len(parts) == 1:
        if parts[0] in README_FILE:
            return LeftOut.README_PAGE
        if parts[0] in WHO5_FILE:
            return LeftOut.WHO5_PAGE
    elif len(parts) == 2 and parts[1].endswith(".md"):
        if parts[0] in ONE_ON_ONES_FOLDER:
            return LeftOut.MEETING_PAGES
        if parts[0] in SPARRING_FOLDER:
            return LeftOut.TOPIC_PAGES
    return None


# --- file names -----------------------------------------------------------------------------

# Not allowed in a file name on Windows (and "/" nowhere); each becomes "-".
_FORBIDDEN = re.compile(r'[/\\:*?"<>|]')
_JOINERS = "\u200c\u200d"  # format characters that belong to a word or an emoji: kept
MAX_NAME_BYTES = 150  # a whole file name in UTF-8: far inside 255 bytes (or UTF-16 units)


def safe_name(stem: str, suffix: str = ".md") -> str:
    """``stem + suffix`` as a file name every system takes.

    Control and format characters (a line break, a bidi override) are left out, the
    characters Windows refuses become ``-``, runs of spaces one space; the name is cut to
    ``MAX_NAME_BYTES``, never ends in a dot or a space and never starts with a dot (hidden).
    """
    kept = "".join(
        ch
        for ch in unicodedata.normalize("NFC", stem)
        if ch in _JOINERS or unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp", "Cs")
    )
    cleaned = " ".join(_FORBIDDEN.sub("-", kept).split())
    room = MAX_NAME_BYTES - len(suffix.encode())
    while len(cleaned.encode()) > room:
        cleaned = cleaned[:-1]
    cleaned = cleaned.rstrip(". " + _JOINERS).lstrip(". ") or "-"  # never hidden, never empty
    return cleaned + suffix


class UniqueNames:
    """Names in one folder, each new one unique as a case-insensitive system sees it."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def take(self, stem: str) -> str:
        """A safe, unique name for ``stem`` (`` (2)``, `` (3)`` … when it is taken)."""
        name = safe_name(stem)
        n = 1
        while _folded(name) in self._taken:
            n += 1
            ending = f" ({n}).md"
            name = safe_name(stem, ending)
        self._taken.add(_folded(name))
        return name


def _folded(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


def one_on_one_stem(meeting: OneOnOne, language: Language) -> str:
    """``2026-11-24 1-1 med Mette`` (the name is cut before the date and words are)."""
    name = " ".join(meeting.with_whom.split())[:60]
    return f"{meeting.held_on.isoformat()} {localized(_ONE_ON_ONE_NAME, language)}".format(
        name=name
    )


def sparring_stem(topic: SparringTopic, labels: ExportLabels) -> str:
    """``2026-11-18 Konflikt``: the day it was raised and its situation."""
    return f"{topic.raised_on.isoformat()} {labels.situation(topic.situation)}"


# --- pages ----------------------------------------------------------------------------------


def _long(day: date, language: Language) -> str:
    return fmt.long_date(day, language)


def _free_text(text: str) -> list[str]:
    """Free text (notes) as written; ``text`` ends up on lines of its own."""
    return [text.rstrip("\n"), ""] if text.strip() else []


def one_on_one_page(meeting: OneOnOne, labels: ExportLabels) -> str:
    """A 1:1: when and with whom, its agenda, its notes and its actions (``- [x]`` done)."""
    language = labels.language
    title = localized(_ONE_ON_ONE_TITLE, language).format(name=heading(meeting.with_whom))
    lines = [
        f"# {title}",
        "",
        f"- {labels.header('date')}: {_long(meeting.held_on, language)}",
        f"- {labels.header('with_whom')}: {inline(meeting.with_whom)}",
        "",
    ]
    if meeting.agenda:
        lines += [f"## {labels.header('agenda')}", ""]
        lines += [f"- {escape(point)}" for point in meeting.agenda]
        lines.append("")
    notes = _free_text(meeting.notes)
    if notes:
        lines += [f"## {labels.header('notes')}", "", *notes]
    if meeting.actions:
        lines += [f"## {labels.header('actions')}", ""]
        lines += [_DONE_MARK[bool(a.done)] + escape(a.text) for a in meeting.actions]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def sparring_page(topic: SparringTopic, labels: ExportLabels) -> str:
    """A sparring topic: raised on, situation, with whom, status, resolved on, notes."""
    language = labels.language
    situation = labels.situation(topic.situation)
    lines = [
        f"# {heading(situation)}",
        "",
        f"- {labels.word(_RAISED_ON)}: {_long(topic.raised_on, language)}",
        f"- {labels.header('situation')}: {inline(situation)}",
        f"- {labels.header('with_whom')}: {inline(labels.partner(topic.with_whom))}",
        f"- {labels.header('status')}: {labels.status(topic.status.value)}",
    ]
    if topic.resolved_on is not None:
        lines.append(f"- {labels.header('resolved_on')}: {_long(topic.resolved_on, language)}")
    lines.append("")
    notes = _free_text(topic.notes)
    if notes:
        lines += [f"## {labels.header('notes')}", "", *notes]
    return "\n".join(lines).rstrip("\n") + "\n"


# --- the WHO-5 check-ins ---------------------------------------------------------------------

_WHO5_TITLE: Texts = ("WHO-5 Trivselsindeks", "WHO-5 Well-Being Index")
_WHO5_INTRO: Texts = (
    "Dine WHO-5-målinger: fem udsagn om de sidste 2 uger, hvert besvaret fra 0 (på intet "
    "tidspunkt) til 5 (hele tiden). Scoren er summen af de fem svar gange fire, fra 0 til "
    "100, som Lederpuls viser den. Scoren er til din egen refleksion – ikke en diagnose.",
    "Your WHO-5 check-ins: five statements about the last two weeks, each answered from 0 "
    "(at no time) to 5 (all of the time). The score is the five answers added up, times "
    "four, from 0 to 100, as Leader Pulse shows it. The score is for your own reflection "
    "– not a diagnosis.",
)
_WHO5_NONE: Texts = ("Ingen WHO-5-målinger i perioden.", "No WHO-5 check-ins in the period.")
_WHO5_SCORE: Texts = ("Score: {score} af 100", "Score: {score} of 100")
_WHO5_SOURCES: Texts = ("Kilder", "Sources")


def who5_page(checkins: Sequence[Who5CheckIn], labels: ExportLabels) -> str:
    """The WHO-5 check-ins, oldest first: each day's score and five answers, then the sources."""
    language = labels.language
    word = labels.word
    lines = [f"# {word(_WHO5_TITLE)}", "", word(_WHO5_INTRO), ""]
    if not checkins:
        lines += [word(_WHO5_NONE), ""]
    for checkin in sorted(checkins, key=lambda c: c.taken_on):
        lines += [f"## {_long(checkin.taken_on, language)}", ""]
        lines += [word(_WHO5_SCORE).format(score=checkin.score), ""]
        for number, (item, answer) in enumerate(
            zip(catalogues.WHO5_ITEMS, checkin.answers, strict=True), 1
        ):
            scale = word(catalogues.WHO5_SCALE[answer])
            lines.append(f"{number}. {inline(word(item))}: {answer} ({inline(scale)})")
        lines.append("")
    lines += [
        f"## {word(_WHO5_SOURCES)}",
        "",
        f"- {inline(word(catalogues.WHO5_ATTRIBUTION))}",
        f"- {inline(word(sources.REFERENCES[0]))}",
        "",
        inline(word(sources.NOT_DIAGNOSIS)),
    ]
    return "\n".join(lines).rstrip("\n") + "\n"


# --- the folder's read-me -------------------------------------------------------------------

_README_TITLE: Texts = (
    "Lederpuls – din dagbog som Markdown",
    "Leader Pulse – your journal as Markdown",
)
_README_INTRO: Texts = (
    "Denne mappe er din dagbog fra Lederpuls som almindelige Markdown-filer, lavet {made} "
    "({period}). Du kan åbne filerne i ethvert program, der læser Markdown, fx Obsidian, "
    "Typora eller en teksteditor.",
    "This folder is your Leader Pulse journal as plain Markdown files, made {made} "
    "({period}). Any program that reads Markdown opens them, such as Obsidian, Typora or "
    "a text editor.",
)
_NOT_ENCRYPTED: Texts = (
    "**Mappen er ikke krypteret.** Alle, der får fat i den, kan læse din dagbog. Gem den et "
    "sikkert sted, og slet den, når du ikke har brug for den længere.",
    "**This folder is not encrypted.** Anyone who gets hold of it can read your journal. "
    "Keep it somewhere safe, and delete it when you no longer need it.",
)
_WHOLE_JOURNAL: Texts = ("hele dagbogen", "the whole journal")
_FROM: Texts = ("fra {day}", "from {day}")
_UNTIL: Texts = ("til og med {day}", "up to {day}")
_FOLDERS_TITLE: Texts = ("Hvad mapperne indeholder", "What the folders hold")
_DAYS_TEXT: Texts = (
    "én fil pr. dag med en refleksion, et tal eller et tag, navngivet efter dagen "
    "(2026-11-20.md). Øverst står dagens tal mellem to linjer med tre streger (se "
    "nedenfor), og under dem din refleksion, præcis som du skrev den.",
    "one file per day with a reflection, a figure or a tag, named by the day "
    "(2026-11-20.md). At the top are the day's figures between two lines of three dashes "
    "(see below), and under them your reflection, exactly as you wrote it.",
)
_ONE_ON_ONES_TEXT: Texts = (
    "én fil pr. 1:1-samtale: hvornår, med hvem, dagsorden, noter og handlinger ([x] er udført).",
    "one file per 1:1: when, with whom, agenda, notes and actions ([x] is done).",
)
_SPARRING_TEXT: Texts = (
    "én fil pr. sparringsemne: hvornår det blev rejst, situationen, med hvem, status og noter.",
    "one file per sparring topic: when it was raised, the situation, with whom, status and notes.",
)
_WHO5_TEXT: Texts = (
    "dine WHO-5-målinger: dato, de fem svar og scoren, med kilden.",
    "your WHO-5 check-ins: the date, the five answers and the score, with the source.",
)
_READ_BACK: Texts = (
    "Lederpuls kan læse dagene ind igen med deres refleksioner og tal (importér mappen). "
    "1:1-samtaler, sparring og WHO-5 er til at læse og importeres ikke; en JSON-eksport "
    "flytter en hel dagbog.",
    "Leader Pulse can read the days back in with their reflections and figures (import the "
    "folder). The 1:1s, sparring and WHO-5 are for reading and are not imported; a JSON "
    "export moves a whole journal.",
)
_FIGURES_TITLE: Texts = ("Tallene øverst i en dagsfil", "The figures at the top of a day file")
_FIGURES: tuple[tuple[str, Texts], ...] = (
    ("date", ("dagen", "the day")),
    (MARKER, ("at filen er lavet af Lederpuls", "that Leader Pulse wrote the file")),
    (
        "share",
        (
            "hvem refleksionen må deles med: private (kun dig), one-on-one (din 1:1) eller "
            "coach (din coach)",
            "who may see the reflection: private (only you), one-on-one (your 1:1) or coach "
            "(your coach)",
        ),
    ),
    ("tags", ("dagens tags", "the day's tags")),
    ("time_split_minutes", ("minutter pr. kategori", "minutes per category")),
    ("hours_worked_minutes", ("arbejdstid i minutter", "working time in minutes")),
    ("stress_step", ("trin på stresstrappen, 1 til 5", "step on the stress staircase, 1 to 5")),
    ("signals", ("de stresssignaler, du mærkede", "the stress signals you noticed")),
    ("demands", ("hvor store kravene var, 0 til 10", "how high the demands were, 0 to 10")),
    ("resources", ("hvor gode ressourcerne var, 0 til 10", "how good the resources were, 0 to 10")),
    ("demand_items", ("de krav, der fyldte", "the demands that weighed")),
    ("resource_items", ("de ressourcer, der hjalp", "the resources that helped")),
    ("energy", ("din energi, 1 til 5", "your energy, 1 to 5")),
)
_NOT_LOGGED: Texts = (
    "Et tal, du ikke registrerede, står der ikke.",
    "A figure you did not log is left out.",
)
_STAIRCASE_TITLE: Texts = ("Stresstrappen", "The stress staircase")
_KEYS_TITLES: dict[str, Texts] = {
    "categories": ("Kategorier", "Categories"),
    "signals": ("Stresssignaler", "Stress signals"),
    "demand_items": ("Krav", "Demands"),
    "resource_items": ("Ressourcer", "Resources"),
}


def _code(text: str) -> str:
    """``text`` as an inline code span (a key, as it stands in the files)."""
    flat = " ".join(text.split()) or " "
    fence = "`" * (max((len(r) for r in re.findall(r"`+", flat)), default=0) + 1)
    pad = " " if flat[0] == "`" or flat[-1] == "`" else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def _period(start: date | None, end: date | None, language: Language) -> str:
    if start is not None and end is not None:
        return fmt.period_text(start, end, language)
    if start is not None:
        return localized(_FROM, language).format(day=_long(start, language))
    if end is not None:
        return localized(_UNTIL, language).format(day=_long(end, language))
    return localized(_WHOLE_JOURNAL, language)


def used_keys(days: Iterable[DayLog], order: Sequence[str]) -> dict[str, list[str]]:
    """The category and catalogue keys the days use, by list, each once, in ``order``.

    ``order``: the journal's categories and the catalogues' items in the order the app
    shows them; a key not among them comes after, sorted.
    """
    used: dict[str, set[str]] = {name: set() for name in _KEYS_TITLES}
    for day in days:
        used["categories"].update(day.minutes)
        used["signals"].update(day.signals)
        used["demand_items"].update(day.demand_items)
        used["resource_items"].update(day.resource_items)
    rank = {key: n for n, key in enumerate(order)}
    return {
        name: sorted(keys, key=lambda k: (rank.get(k, len(rank)), k)) for name, keys in used.items()
    }


def readme_page(
    labels: ExportLabels,
    made_at: datetime,
    period: tuple[date | None, date | None],
    keys: dict[str, list[str]],
) -> str:
    """What the folder is, that it is not encrypted, what each folder holds, the keys used."""
    language = labels.language
    word = labels.word
    made = fmt.made_at_text(made_at, language)
    lines = [
        f"# {word(_README_TITLE)}",
        "",
        word(_README_INTRO).format(made=made, period=_period(*period, language)),
        "",
        word(_NOT_ENCRYPTED),
        "",
        f"## {word(_FOLDERS_TITLE)}",
        "",
        f"- **{word(DAYS_FOLDER)}/**: {word(_DAYS_TEXT)}",
        f"- **{word(ONE_ON_ONES_FOLDER)}/**: {word(_ONE_ON_ONES_TEXT)}",
        f"- **{word(SPARRING_FOLDER)}/**: {word(_SPARRING_TEXT)}",
        f"- **{word(WHO5_FILE)}**: {word(_WHO5_TEXT)}",
        "",
        word(_READ_BACK),
        "",
        f"## {word(_FIGURES_TITLE)}",
        "",
        *(f"- {_code(key)}: {word(meaning)}" for key, meaning in _FIGURES),
        "",
        word(_NOT_LOGGED),
        "",
        f"## {word(_STAIRCASE_TITLE)}",
        "",
        *(f"- {_code(str(s.number))}: {inline(s.name(language))}" for s in catalogues.STRESS_STEPS),
        "",
        inline(word(catalogues.STAIRCASE_ATTRIBUTION)),
        "",
    ]
    for name, title in _KEYS_TITLES.items():
        if not keys.get(name):
            continue
        lines += [f"## {word(title)}", ""]
        for key in keys[name]:
            label = labels.category(key) if name == "categories" else labels.item(key)
            lines.append(f"- {_code(key)}: {inline(label)}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
