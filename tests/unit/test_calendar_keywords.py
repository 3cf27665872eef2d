"""Settings' one line of words per category, back into rules in the user's order (#16)."""

from __future__ import annotations

from wellbeing_desktop.domain.calendar_rules import (
    DEFAULT_RULES,
    KeywordRule,
    with_keywords,
    with_rule,
    with_suggested_words,
)

A, B, C = "operations", "people_leadership", "own_work"


def rules(*pairs: tuple[str, str]) -> tuple[KeywordRule, ...]:
    return tuple(KeywordRule(keyword, category) for keyword, category in pairs)


def test_a_category_s_words_take_its_places_in_line() -> None:
    start = rules(("kept", B), ("drift", A), ("team", B), ("vagt", A), ("mus", B))
    assert with_keywords(start, A, ["brand", "drift"]) == rules(
        ("kept", B), ("brand", A), ("team", B), ("drift", A), ("mus", B)
    )
    # More words than places: the extra ones follow the category's last rule.
    assert with_keywords(start, A, ["a", "b", "c", "d"]) == rules(
        ("kept", B), ("a", A), ("team", B), ("b", A), ("c", A), ("d", A), ("mus", B)
    )
    # Fewer: the places left over go; the others stay where they were.
    assert with_keywords(start, B, ["kept"]) == rules(("kept", B), ("drift", A), ("vagt", A))
    assert with_keywords(start, B, []) == rules(("drift", A), ("vagt", A))


def test_words_of_a_category_without_rules_come_last_tidied() -> None:
    start = rules(("drift", A))
    assert with_keywords(start, C, ["  deep   work ", "", "Fokus", "fokus"]) == rules(
        ("drift", A), ("deep work", C), ("Fokus", C)
    )


def test_a_kept_rule_stays_first_when_its_row_is_edited() -> None:
    start = with_rule(DEFAULT_RULES, "Ugemøde", "people_leadership")
    edited = with_keywords(start, "people_leadership", ["Ugemøde", "MUS"])
    assert edited[:2] == rules(("Ugemøde", "people_leadership"), ("MUS", "people_leadership"))
    assert edited[2:] == tuple(r for r in DEFAULT_RULES if r.category != "people_leadership")


def test_the_suggested_words_are_added_and_nothing_of_the_users_is_taken() -> None:
    """The button once replaced the user's words with the suggestions: one click, lost."""
    keys = ["operations", "people_leadership", "strategy", "own_tasks", "hr"]
    start = rules(
        ("brand", "operations"), ("DRIFT", "operations"), ("løn", "hr"), ("gone", "removed")
    )
    added = with_suggested_words(start, keys)
    assert added[:3] == rules(("brand", "operations"), ("DRIFT", "operations"), ("løn", "hr"))
    assert added[3:] == tuple(r for r in DEFAULT_RULES if r.keyword != "drift")
    assert with_suggested_words(added, keys) == added  # nothing missing: nothing changes
    # A category the journal no longer has gets no suggestions.
    without_own = [key for key in keys if key != "own_tasks"]
    assert all(r.category != "own_tasks" for r in with_suggested_words(start, without_own))


def test_an_address_copied_from_outlook_with_its_name_is_kept_as_the_address() -> None:
    from wellbeing_desktop.domain.calendar_rules import (
        CalendarSettings,
        validate_calendar_settings,
    )

    settings = CalendarSettings(
        addresses=("Mette Hansen <Mette@Firma.dk>", "mailto:b@x.dk"), rules=()
    )
    assert validate_calendar_settings(settings, ()).addresses == ("mette@firma.dk", "b@x.dk")
