"""A journal whose own words look like Markdown and HTML, for the rendered-text checks.

On top of ``report_data.fill`` (known figures, dates that start lines, tables), the user's
text in every place a report shows it starts or is full of what Markdown reads as markup:
a numbered line ("1.", "20. nov."), "-", "+", "#", ">", "---", "===", "*", "_",
backticks, "<b>", "[x](y)", an entity, a backslash, a pipe.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from tests.services.report_data import END, START, day, fill
from wellbeing_desktop.domain.models import ActionItem, OneOnOne, ShareLevel
from wellbeing_desktop.services.one_on_one_prep import AgendaDraftItem

if TYPE_CHECKING:
    from wellbeing_desktop.services.journal import Journal

# Each starts a line or a block where it is used (a list item, a quoted paragraph).
LOOKS_LIKE_MARKUP = (
    "1. Det gik godt",
    "20. nov. var hård",
    "2) anden ting",
    "- en streg",
    "+ et plus",
    "# ikke en overskrift #",
    "> ikke et citat",
    "---",
    "===",
    "*stjerne* og **fed** og _under_ og __dobbelt__",
    "`kode` og ``mere``",
    "<b>fed</b> & <i>kursiv</i>",
    "[x](y) og ![billede](z.png)",
    "&amp; og &#42; og &copy;",
    r"C:\temp\*noget* og slut\\",
    "a | b | c",
    "~~ikke overstreget~~",
    "    fire mellemrum foran",
    "1.",
)
# A reflection with paragraphs and line breaks; each line looks like markup.
REFLECTION = (
    "1. Det gik godt i dag\n"
    "2. Og i morgen?\n"
    "- en liste der ikke er en liste\n"
    "---\n"
    "\n"
    "# Overskrift?\n"
    "=====\n"
    "> citat\n"
    "\n"
    "20. nov. talte jeg med <b>Mette</b> om [budgettet](http://x.dk) & *det* `andet` _her_."
)
ONE_ON_ONE_REFLECTION_DAY = START.replace(day=START.day + 9)  # 18 Nov, a logged day


def fill_with_markup(journal: Journal) -> None:
    """``fill``, plus a coach reflection, actions, a 1:1 partner and a signal of markup."""
    fill(journal)
    journal.save_day(day(9, reflection=REFLECTION, share=ShareLevel.COACH, signals=("sig-sleep",)))
    signal = journal.add_own_signal("1. ondt i maven")
    journal.save_day(day(10, signals=("sig-sleep", signal.key)))
    journal.save_day(day(11, signals=(signal.key,)))
    journal.save_one_on_one(
        OneOnOne(
            held_on=date(2026, 11, 16),
            with_whom="*Mette* #1",
            actions=tuple(ActionItem(text, done=False) for text in LOOKS_LIKE_MARKUP),
        )
    )


def markup_agenda() -> list[AgendaDraftItem]:
    """A 1:1 agenda as a user edited it: their own points, one with a source line."""
    items = [AgendaDraftItem(text) for text in LOOKS_LIKE_MARKUP]
    items.append(AgendaDraftItem("Budget", source="20. nov. – fra 3 dage med data"))
    return items


PERIOD = (START, END)
