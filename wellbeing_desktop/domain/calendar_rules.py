"""Which of the user's time categories a calendar event goes to (issue #16).

An event is placed by its calendar categories first: a ``CATEGORIES`` value that names
one of the user's categories (its Danish or English name or its key, ignoring case and
accents). Else by keywords in its title, which the user edits in Settings: a keyword
matches where a word of the title begins or ends with it ("drift" finds "Driftsmøde",
"vagt" finds "vagtplan" and "Nattevagt": Danish runs words together, and the word that
says what a compound is comes last), ignoring case and accents; not in the middle of a
word ("1:1" is not in "11:15"). A keyword of three characters or fewer ("MUS", "1:1")
matches only a whole word: "MUS" finds "MUS-samtale", not "Musikskole" or "Erasmus".
When several
keywords match, the longest wins (it says the most); at equal length the first rule in
the list. Else the event is left unplaced and shown as such: nothing is guessed.

Only the words the user keeps are stored (encrypted, in the journal's settings); an event's
title, attendees and description never are.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import PurePath
from typing import TYPE_CHECKING

from wellbeing_desktop.domain import messages as msg
from wellbeing_desktop.domain.errors import Message, ValidationError

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from wellbeing_desktop.domain.models import Category

MAX_KEYWORD = 100  # characters in one keyword
WHOLE_WORD_ONLY = 3  # a keyword this short ("MUS", "1:1") matches only a whole word
MAX_RULES = 500
MAX_FILES = 20
MAX_ADDRESSES = 20


@dataclass(frozen=True, slots=True)
class KeywordRule:
    """Events whose title has a word that begins or ends with ``keyword`` go to ``category``.

    ``category`` is a category key; a keyword of three characters or fewer must be a
    whole word of the title.
    """

    keyword: str
    category: str


def _rules(category: str, *keywords: str) -> tuple[KeywordRule, ...]:
    return tuple(KeywordRule(keyword, category) for keyword in keywords)


# The suggested keywords, Danish and English, for the built-in categories. A journal whose
# categories were renamed keeps the keys, so these still apply; a removed one drops out.
DEFAULT_RULES: tuple[KeywordRule, ...] = (
    *_rules(
        "people_leadership",
        "1:1",
        "1-1",
        "one-on-one",
        "MUS",
        "medarbejdersamtale",
        "team",
        "personalemøde",
        "staff meeting",
        "appraisal",
    ),
    *_rules(
        "strategy",
        "strategi",
        "strategy",
        "styregruppe",
        "steering",
        "budget",
        "planlægning",
        "planning",
    ),
    *_rules(
        "operations",
        "drift",
        "operations",
        "vagt",
        "on-call",
        "incident",
        "support",
    ),
    *_rules("own_tasks", "fokus", "focus", "fordybelse", "deep work"),
)


@dataclass(frozen=True, slots=True)
class CalendarSettings:
    """Where the calendar is and how its events are placed (the journal's, encrypted).

    ``files``: absolute paths of local ``.ics`` files, read only. ``addresses``: the
    user's own e-mail addresses, to know which meetings they declined. ``rules``: the
    keyword rules in the user's order (the suggested ones until the user edits them).
    """

    files: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()
    rules: tuple[KeywordRule, ...] = field(default=DEFAULT_RULES)


class PlacedBy(StrEnum):
    """How an event got its category (shown beside it, so the user can trust or fix it)."""

    CATEGORIES = "categories"  # the event's own CATEGORIES named one of the user's
    KEYWORD = "keyword"  # a keyword rule matched its title
    CHOSEN = "chosen"  # the user chose it in the preview
    NONE = "none"  # left unplaced


def fold(text: str) -> str:
    """``text`` for matching: lower case, accents dropped ("Møde" stays "møde", "é" is "e").

    NFKD splits "é" and "å" into a letter and a mark, and the marks are dropped; "ø" and
    "æ" are letters of their own and stay.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


def _keyword_pattern(keyword: str) -> re.Pattern[str]:
    # A keyword matches where a word begins (not after a letter or digit) or where one
    # ends (not before one): the first and the last part of a Danish compound. A short
    # one only as a whole word: three letters begin and end too many words.
    folded = fold(keyword)
    word = re.escape(folded)
    if len(folded) <= WHOLE_WORD_ONLY:
        return re.compile(rf"(?<![^\W_]){word}(?![^\W_])")
    return re.compile(rf"(?<![^\W_]){word}|{word}(?![^\W_])")


def place_by_categories(
    event_categories: Iterable[str], categories: Sequence[Category]
) -> str | None:
    """The key of the first user category an event's ``CATEGORIES`` names, or None."""
    names: dict[str, str] = {}
    for category in categories:
        for name in (category.key, category.name_da, category.name_en):
            names.setdefault(fold(name), category.key)
    for value in event_categories:
        key = names.get(fold(value))
        if key is not None:
            return key
    return None


def place_by_keywords(
    title: str, rules: Sequence[KeywordRule], category_keys: Iterable[str]
) -> str | None:
    """The category of the longest keyword that begins or ends a word of ``title``, or None.

    Rules for a category that no longer exists are skipped.
    """
    rule = matching_rule(title, rules, category_keys)
    return rule.category if rule else None


def matching_rule(
    title: str, rules: Sequence[KeywordRule], category_keys: Iterable[str]
) -> KeywordRule | None:
    """The rule ``place_by_keywords`` follows for ``title`` (to say why), or None."""
    keys = set(category_keys)
    folded = fold(title)
    best: tuple[int, KeywordRule] | None = None
    for rule in rules:
        keyword = fold(rule.keyword)
        if not keyword or rule.category not in keys:
            continue
        if (best is None or len(keyword) > best[0]) and _keyword_pattern(rule.keyword).search(
            folded
        ):
            best = (len(keyword), rule)
    return best[1] if best else None


def place_event(
    title: str,
    event_categories: Iterable[str],
    categories: Sequence[Category],
    rules: Sequence[KeywordRule],
    chosen: str | None = None,
) -> tuple[str | None, PlacedBy]:
    """Where an event goes and why: the user's choice, its categories, a keyword, or nowhere.

    ``chosen`` is a choice the user made in the preview for this event ("" for "leave it
    unplaced"); None when they made none.
    """
    keys = [category.key for category in categories]
    if chosen is not None:
        return (chosen if chosen in keys else None), PlacedBy.CHOSEN
    by_categories = place_by_categories(event_categories, categories)
    if by_categories is not None:
        return by_categories, PlacedBy.CATEGORIES
    by_keyword = place_by_keywords(title, rules, keys)
    if by_keyword is not None:
        return by_keyword, PlacedBy.KEYWORD
    return None, PlacedBy.NONE


def keywords_by_category(rules: Sequence[KeywordRule]) -> dict[str, list[str]]:
    """The keywords of each category, in rule order (for Settings' one line per category)."""
    grouped: dict[str, list[str]] = {}
    for rule in rules:
        grouped.setdefault(rule.category, []).append(rule.keyword)
    return grouped


def rules_from_keywords(keywords: Mapping[str, Iterable[str]]) -> tuple[KeywordRule, ...]:
    """Rules from keywords per category (Settings' lines), blanks and repeats dropped."""
    rules: list[KeywordRule] = []
    seen: set[tuple[str, str]] = set()
    for category, words in keywords.items():
        for word in words:
            keyword = " ".join(word.split())
            if keyword and (fold(keyword), category) not in seen:
                seen.add((fold(keyword), category))
                rules.append(KeywordRule(keyword, category))
    return tuple(rules)


def with_rule(rules: Sequence[KeywordRule], keyword: str, category: str) -> tuple[KeywordRule, ...]:
    """``rules`` with ``keyword`` → ``category`` first (a correction kept as a rule).

    A rule with the same keyword (for any category) is replaced: the newest word counts.
    """
    keyword = " ".join(keyword.split())
    kept = [rule for rule in rules if fold(rule.keyword) != fold(keyword)]
    return (KeywordRule(keyword, category), *kept)


def with_keywords(
    rules: Sequence[KeywordRule], category: str, keywords: Iterable[str]
) -> tuple[KeywordRule, ...]:
    """``rules`` with the keywords of ``category`` replaced by ``keywords`` (Settings' line).

    The order of the rules is kept: the category's words take the places its rules held,
    in the order typed; more words than places follow its last rule (or come last), and
    the rules of the other categories stay where they were. A rule kept from the preview
    (first in line) so stays first. Blanks and repeats are dropped.
    """
    words = [rule.keyword for rule in rules_from_keywords({category: keywords})]  # tidied, in order
    slots = [index for index, rule in enumerate(rules) if rule.category == category]
    new = [KeywordRule(word, category) for word in words]
    kept: list[KeywordRule] = []
    placed = 0
    for index, rule in enumerate(rules):
        if rule.category != category:
            kept.append(rule)
            continue
        if placed < len(new):
            kept.append(new[placed])
            placed += 1
        if index == slots[-1]:
            kept.extend(new[placed:])
            placed = len(new)
    kept.extend(new[placed:])
    return tuple(kept)


def with_suggested_words(
    rules: Sequence[KeywordRule], category_keys: Iterable[str]
) -> tuple[KeywordRule, ...]:
    """``rules`` with every suggested keyword (``DEFAULT_RULES``) that is missing added last.

    Nothing of the user's is taken away: their own words and the rules kept from the
    preview stay, in their order. Rules of categories that no longer exist drop out, and
    no suggestion is added for one.
    """
    keys = set(category_keys)
    kept = [rule for rule in rules if rule.category in keys]
    have = {(fold(rule.keyword), rule.category) for rule in kept}
    missing = [
        rule
        for rule in DEFAULT_RULES
        if rule.category in keys and (fold(rule.keyword), rule.category) not in have
    ]
    return (*kept, *missing)


def own_address(value: str) -> str:
    """An e-mail address as the app compares them: lower case, without "mailto:".

    "Mette Hansen <mette@firma.dk>", as Outlook copies an address, is its address.
    """
    value = value.strip().lower()
    if value.endswith(">") and "<" in value:
        value = value[value.rindex("<") + 1 : -1]
    return value.removeprefix("mailto:").strip()


def validate_calendar_settings(
    settings: CalendarSettings, category_keys: Iterable[str]
) -> CalendarSettings:
    """``settings`` tidied (spaces trimmed, repeats dropped), or a ValidationError.

    Files are full paths (``services.calendar.checked_settings`` refuses a web address
    first, with the words on how to export a file); addresses look like e-mail
    addresses; every keyword is 1 to 100 characters and goes to an existing category.
    """
    keys = set(category_keys)
    files = tuple(dict.fromkeys(path.strip() for path in settings.files if path.strip()))
    if len(files) > MAX_FILES:
        raise ValidationError("calendar file", len(files), Message(msg.AT_MOST_N, n=MAX_FILES))
    for path in files:
        if "\0" in path or not PurePath(path).is_absolute():
            raise ValidationError("calendar file", path, msg.CALENDAR_FILE)
    addresses = tuple(dict.fromkeys(own_address(a) for a in settings.addresses if a.strip()))
    if len(addresses) > MAX_ADDRESSES:
        raise ValidationError("address", len(addresses), Message(msg.AT_MOST_N, n=MAX_ADDRESSES))
    for address in addresses:
        local, at, domain = address.partition("@")
        if (
            not (local and at and domain)
            or any(ch.isspace() for ch in address)
            or len(address) > 254
        ):
            raise ValidationError("address", address, msg.CALENDAR_ADDRESS)
    if len(settings.rules) > MAX_RULES:
        raise ValidationError("keyword", len(settings.rules), Message(msg.AT_MOST_N, n=MAX_RULES))
    rules: list[KeywordRule] = []
    for rule in settings.rules:
        keyword = " ".join(rule.keyword.split())
        # No comma: Settings shows a category's words as one comma-separated line, and a
        # kept "Opfølgning, Søren" came back from it as two rules.
        if not keyword or len(keyword) > MAX_KEYWORD or "\0" in keyword or "," in keyword:
            raise ValidationError("keyword", rule.keyword, msg.KEYWORD_WORDS)
        if rule.category not in keys:
            raise ValidationError(
                "keyword", rule.category, Message(msg.ONE_OF_CATEGORIES, codes=", ".join(keys))
            )
        rules.append(KeywordRule(keyword, rule.category))
    return CalendarSettings(files, addresses, rules_from_pairs(rules))


def rules_from_pairs(rules: Iterable[KeywordRule]) -> tuple[KeywordRule, ...]:
    """``rules`` in order with repeats (the same keyword for the same category) dropped."""
    seen: set[tuple[str, str]] = set()
    kept: list[KeywordRule] = []
    for rule in rules:
        if (fold(rule.keyword), rule.category) not in seen:
            seen.add((fold(rule.keyword), rule.category))
            kept.append(rule)
    return tuple(kept)
