"""The calendar's settings in the journal (issue #16): kept, checked, never blocked."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from wellbeing_desktop.domain.calendar_rules import DEFAULT_RULES, CalendarSettings, KeywordRule
from wellbeing_desktop.domain.errors import WellbeingError

if TYPE_CHECKING:
    from wellbeing_desktop.services.journal import Journal


def test_settings_start_with_the_suggested_words_and_no_file(journal: Journal) -> None:
    settings = journal.calendar_settings()
    assert settings.files == ()
    assert settings.addresses == ()
    assert settings.rules == DEFAULT_RULES


def test_a_removed_category_drops_its_rules_instead_of_blocking_every_save(
    journal: Journal,
) -> None:
    """The suggested rules name "strategy"; once it is gone, keeping a rule still works."""
    kept = [c for c in journal.categories() if c.key != "strategy"]
    journal.save_categories(kept)
    settings = journal.keep_calendar_rule("ugemøde", "people_leadership")
    assert settings.rules[0] == KeywordRule("ugemøde", "people_leadership")
    assert all(rule.category != "strategy" for rule in settings.rules)
    assert journal.calendar_settings() == settings


def test_a_web_address_is_refused_and_nothing_is_saved(journal: Journal) -> None:
    with pytest.raises(WellbeingError, match="web address.*export the calendar as an .ics"):
        journal.save_calendar_settings(CalendarSettings(files=("webcal://example.com/cal",)))
    assert journal.calendar_settings().files == ()


def test_a_keyword_with_a_comma_is_refused_as_settings_would_split_it(journal: Journal) -> None:
    """Settings shows a category's words as one comma-separated line."""
    with pytest.raises(WellbeingError, match="without commas"):
        journal.keep_calendar_rule("Opfølgning, Søren", "people_leadership")
    assert journal.calendar_settings().rules == DEFAULT_RULES
