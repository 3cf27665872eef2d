"""Where a calendar event goes (issue #16): its categories, then keywords at word starts.

Matching ignores case and accents; a keyword matches where a word of the title begins
(Danish runs words together: "drift" finds "Driftsmøde"); the longest keyword that
matches wins, at equal length the first rule; a rule for a category the journal no longer
has is skipped; the user's own choice beats everything.
"""

from __future__ import annotations

import pytest

from wellbeing_desktop.domain.calendar_rules import (
    DEFAULT_RULES,
    CalendarSettings,
    KeywordRule,
    PlacedBy,
    fold,
    keywords_by_category,
    place_by_categories,
    place_by_keywords,
    place_event,
    rules_from_keywords,
    with_rule,
)
from wellbeing_desktop.domain.catalogues import DEFAULT_CATEGORIES

KEYS = [category.key for category in DEFAULT_CATEGORIES]
WITHOUT_STRATEGY = [category for category in DEFAULT_CATEGORIES if category.key != "strategy"]


def _place(title: str, categories: tuple[str, ...] = ()) -> tuple[str | None, PlacedBy]:
    return place_event(title, categories, DEFAULT_CATEGORIES, DEFAULT_RULES)


# --- the suggested keywords place the issue's examples -----------------------------------------


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("1:1 med Søren", "people_leadership"),
        ("Ugentlig 1:1", "people_leadership"),
        ("MUS Jonas", "people_leadership"),
        ("Medarbejdersamtale med Lise", "people_leadership"),
        ("Teammøde", "people_leadership"),
        ("Team: status", "people_leadership"),
        ("Personalemøde", "people_leadership"),
        ("Strategidag", "strategy"),
        ("Styregruppe: nyt IT-system", "strategy"),
        ("Budgetopfølgning Q4", "strategy"),
        ("Driftsmøde", "operations"),
        ("Vagtplan uge 47", "operations"),
        ("Incident-review", "operations"),
        ("Support-eskalering", "operations"),
        ("Fokustid", "own_tasks"),
        ("Fordybelse – kvartalsrapport", "own_tasks"),
        # English
        ("One-on-one with Sam", "people_leadership"),
        ("Steering committee", "strategy"),
        ("On-call handover", "operations"),
        ("Focus time", "own_tasks"),
        ("Deep work", "own_tasks"),
    ],
)
def test_the_suggested_keywords_place_the_issues_examples(title: str, category: str) -> None:
    assert _place(title) == (category, PlacedBy.KEYWORD)


@pytest.mark.parametrize(
    "title",
    [
        "Frokost",
        "Nattevagt",  # "vagt" does not begin a word here
        "Indrift",
        "Status 11:15",  # "1:1" inside "11:15" is not at a word start
        "Kommunikationsstrategi",
        "",
    ],
)
def test_a_keyword_must_begin_a_word_else_the_event_is_left_unplaced(title: str) -> None:
    assert _place(title) == (None, PlacedBy.NONE)


# --- matching ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("keyword", "title"),
    [
        ("drift", "Driftsmøde"),
        ("drift", "MORGEN-DRIFT"),
        ("drift", "(drift) status"),
        ("drift", "status_drift"),  # "_" is not a letter: a new word begins
        ("personalemøde", "PERSONALEMØDE"),
        ("café", "Cafe-møde"),  # accents are dropped on both sides
        ("cafe", "Café-møde"),
        ("strategi", "Strategí"),
        ("møde", "Møde"),  # ø is a letter of its own, kept, and matches itself
        ("1:1", "1:1"),
        ("deep work", "DEEP WORK"),
    ],
)
def test_keywords_match_word_starts_ignoring_case_and_accents(keyword: str, title: str) -> None:
    rules = [KeywordRule(keyword, "operations")]

    assert place_by_keywords(title, rules, KEYS) == "operations"


def test_fold_drops_accents_and_case_but_keeps_danish_letters() -> None:
    assert fold("  Æble Ø Å É ü  ") == "æble ø a e u"


def test_the_longest_matching_keyword_wins_and_at_equal_length_the_first_rule() -> None:
    rules = [
        KeywordRule("vagt", "operations"),
        KeywordRule("styregruppe", "strategy"),
        KeywordRule("team", "people_leadership"),
        KeywordRule("test", "own_tasks"),
    ]

    assert place_by_keywords("Vagtsystem: styregruppe", rules, KEYS) == "strategy"
    assert place_by_keywords("Team test", rules, KEYS) == "people_leadership"  # 4 = 4: first
    assert place_by_keywords("Test team", rules, KEYS) == "people_leadership"  # rule order
    assert place_by_keywords("Fokus: budget 2027", DEFAULT_RULES, KEYS) == "strategy"  # 6 > 5


def test_calendar_categories_come_before_keywords() -> None:
    # The title says operations, the event's categories say people leadership.
    assert _place("Driftsmøde", ("Personaleledelse",)) == (
        "people_leadership",
        PlacedBy.CATEGORIES,
    )
    # A category that is none of the user's falls through to the keywords.
    assert _place("Driftsmøde", ("Blå kategori",)) == ("operations", PlacedBy.KEYWORD)
    # The first of several categories that names one wins.
    assert _place("x", ("Rød kategori", "Strategi og udvikling", "Drift")) == (
        "strategy",
        PlacedBy.CATEGORIES,
    )


@pytest.mark.parametrize(
    ("value", "category"),
    [
        ("Drift", "operations"),
        ("DRIFT", "operations"),
        ("operations", "operations"),  # the key
        ("People Leadership", "people_leadership"),  # the English name
        ("strategi og udvíkling", "strategy"),  # accents and case
        ("  Egne opgaver og projekter ", "own_tasks"),
        ("Drift og support", None),  # the whole name, not a part of it
    ],
)
def test_a_category_matches_by_name_or_key_ignoring_case_and_accents(
    value: str, category: str | None
) -> None:
    assert place_by_categories([value], DEFAULT_CATEGORIES) == category


def test_a_rule_or_a_category_for_a_removed_category_is_ignored() -> None:
    # Without "strategy": "styregruppe" and "budget" place nothing, "drift" still does.
    assert place_event("Styregruppe", (), WITHOUT_STRATEGY, DEFAULT_RULES) == (
        None,
        PlacedBy.NONE,
    )
    assert place_event("Styregruppe om driften", (), WITHOUT_STRATEGY, DEFAULT_RULES) == (
        "operations",
        PlacedBy.KEYWORD,
    )
    assert place_event("x", ("Strategi og udvikling",), WITHOUT_STRATEGY, DEFAULT_RULES) == (
        None,
        PlacedBy.NONE,
    )


def test_the_users_choice_beats_categories_and_keywords() -> None:
    categories = DEFAULT_CATEGORIES
    assert place_event("Driftsmøde", ("Drift",), categories, DEFAULT_RULES, "strategy") == (
        "strategy",
        PlacedBy.CHOSEN,
    )
    assert place_event("Driftsmøde", (), categories, DEFAULT_RULES, "") == (None, PlacedBy.CHOSEN)
    assert place_event("Driftsmøde", (), WITHOUT_STRATEGY, DEFAULT_RULES, "strategy") == (
        None,
        PlacedBy.CHOSEN,
    )


# --- keeping a correction as a rule; Settings' lines ----------------------------------------------


def test_a_kept_correction_comes_first_and_replaces_the_same_word() -> None:
    rules = with_rule(DEFAULT_RULES, "  Team ", "strategy")

    assert rules[0] == KeywordRule("Team", "strategy")
    assert [rule for rule in rules if fold(rule.keyword) == "team"] == [rules[0]]
    assert len(rules) == len(DEFAULT_RULES)
    assert place_by_keywords("Teammøde", rules, KEYS) == "strategy"
    # A new word for a title no rule placed:
    night = with_rule(CalendarSettings().rules, "Nattevagt", "operations")
    assert place_by_keywords("Nattevagt", night, KEYS) == "operations"


def test_settings_lines_round_trip_and_drop_blanks_and_repeats() -> None:
    grouped = keywords_by_category(DEFAULT_RULES)
    assert grouped["strategy"][:3] == ["strategi", "strategy", "styregruppe"]
    assert rules_from_keywords(grouped) == DEFAULT_RULES

    rules = rules_from_keywords({"operations": ["drift", " ", "DRIFT", "  on   call "]})
    assert rules == (KeywordRule("drift", "operations"), KeywordRule("on call", "operations"))
