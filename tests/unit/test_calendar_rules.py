"""Where a calendar event goes (issue #16): its categories, then keywords at word starts or ends.

Matching ignores case and accents; a keyword matches where a word of the title begins or
ends (Danish runs words together: "drift" finds "Driftsmøde", "vagt" "Nattevagt"); the
longest keyword that matches wins, at equal length the first rule; a rule for a category
the journal no longer has is skipped; the user's own choice beats everything.
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
        "Status 11:15",  # "1:1" inside "11:15" neither begins nor ends a word
        "Afdriftsmøde",  # "drift" in the middle of a word
        "",
    ],
)
def test_a_keyword_in_the_middle_of_a_word_leaves_the_event_unplaced(title: str) -> None:
    assert _place(title) == (None, PlacedBy.NONE)


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Nattevagt", "operations"),  # the word that says what it is comes last in Danish
        ("Indrift", "operations"),
        ("Kommunikationsstrategi", "strategy"),
        ("Kvartalsbudget", "strategy"),
        ("Ledelsesteam", "people_leadership"),
    ],
)
def test_a_keyword_that_ends_a_word_places_a_danish_compound(title: str, category: str) -> None:
    assert _place(title) == (category, PlacedBy.KEYWORD)


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
    assert place_by_keywords("Ugemøde", CalendarSettings().rules, KEYS) is None
    weekly = with_rule(CalendarSettings().rules, "Ugemøde", "people_leadership")
    assert place_by_keywords("Ugemøde", weekly, KEYS) == "people_leadership"


def test_settings_lines_round_trip_and_drop_blanks_and_repeats() -> None:
    grouped = keywords_by_category(DEFAULT_RULES)
    assert grouped["strategy"][:3] == ["strategi", "strategy", "styregruppe"]
    assert rules_from_keywords(grouped) == DEFAULT_RULES

    rules = rules_from_keywords({"operations": ["drift", " ", "DRIFT", "  on   call "]})
    assert rules == (KeywordRule("drift", "operations"), KeywordRule("on call", "operations"))


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("MUS-samtale med Anna", "people_leadership"),
        ("MUS", "people_leadership"),
        ("Musikskole", None),  # "MUS" only as a whole word: three letters begin many
        ("Erasmus-møde", None),  # … and end many
        ("1:1", "people_leadership"),
        ("Status 1:10", None),
    ],
)
def test_a_keyword_of_three_characters_or_fewer_matches_only_a_whole_word(
    title: str, category: str | None
) -> None:
    assert _place(title)[0] == category
