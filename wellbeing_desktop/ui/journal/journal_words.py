"""The Journal page's words (their translation context stays "journal_view")."""

from __future__ import annotations

from typing import NamedTuple

from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.services.quick_search import only_excluded
from wellbeing_desktop.ui.common.translation import Message, tr, translatable
from wellbeing_desktop.ui.journal.journal_models import month_text

SEARCH: Message = translatable("journal_view", "Search the journal")
SEARCH_PLACEHOLDER: Message = translatable("journal_view", "Search the journal (Ctrl+F)")
SEARCH_SYNTAX: Message = translatable(
    "journal_view",
    "All words must be found, each as the start of a word; case and accents do not "
    "matter, and å finds a, but æ and ø are letters of their own. "
    '"a phrase" finds the words next to each other, budget OR economy either '
    "word, -word leaves out what has it.",
)
CALENDAR: Message = translatable("journal_view", "Calendar")
COLOUR_BY: Message = translatable("journal_view", "Colour the days by")
METRIC_STEP: Message = translatable("journal_view", "Stress step")
METRIC_SHARE: Message = translatable("journal_view", "Leadership share")
RESULTS: Message = translatable("journal_view", "Search results")
DAYS_IN_MONTH: Message = translatable("journal_view", "{n} days with entries")
ONE_DAY_IN_MONTH: Message = translatable("journal_view", "1 day with an entry")
EMPTY_MONTH: Message = translatable(
    "journal_view", "Nothing written in {month}. Pick another month in the calendar."
)
HITS: Message = translatable("journal_view", "{n} results for “{query}”")
ONE_HIT: Message = translatable("journal_view", "1 result for “{query}”")
MANY_HITS: Message = translatable(
    "journal_view",
    "The {n} newest of {total} results for “{query}” – type more words to narrow it down.",
)
NO_HITS: Message = translatable("journal_view", "Nothing in the journal matches “{query}”.")
ONLY_EXCLUDED: Message = translatable(
    "journal_view",
    "“{query}” only names words to leave out (-word, NOT word): add a word to look for.",
)
OPEN_HINT: Message = translatable("journal_view", "Enter or double-click opens the day.")
SEARCH_HINT: Message = translatable(
    "journal_view", "Enter or double-click opens the day · Esc clears the search."
)
LIST_NAME: Message = translatable("journal_view", "Days in the journal")


class ListTexts(NamedTuple):
    """The list card's words: its title, the count line, the empty-list sentence, the hint."""

    title: str
    status: str
    empty: str
    hint: str


def list_texts(
    count: int,
    query: str,
    year: int,
    month: int,
    language: Language,
    *,
    full: bool,
    total: int | None = None,
) -> ListTexts:
    """The words around a list of days or search results.

    The words around ``count`` search results for ``query`` (``full``: the newest ones
    only, the search limit was reached; ``total``: how many match in all), or, without a
    query, ``count`` days of the month.
    """
    if query:
        if full:
            words = MANY_HITS
        elif count == 1:
            words = ONE_HIT
        else:
            words = HITS
        return ListTexts(
            tr(RESULTS, language),
            tr(words, language).format(n=count, query=query, total=max(total or 0, count)),
            tr(ONLY_EXCLUDED if only_excluded(query) else NO_HITS, language).format(query=query),
            tr(SEARCH_HINT, language),
        )
    name = month_text(year, month, language)
    words = ONE_DAY_IN_MONTH if count == 1 else DAYS_IN_MONTH
    return ListTexts(
        name,
        tr(words, language).format(n=count),
        # Mid-sentence a Danish month is written in lower case ("i november 2026").
        tr(EMPTY_MONTH, language).format(
            month=name[:1].lower() + name[1:] if language is Language.DANISH else name
        ),
        tr(OPEN_HINT, language),
    )
