"""Helpers of the foreign-export reader tests (issue #19)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from wellbeing_desktop.domain import validation
from wellbeing_desktop.domain.models import DayLog

DATA = Path(__file__).parent.parent / "data" / "foreign"


def assert_our_tags(tags: tuple[str, ...]) -> None:
    """The tags as a day of our journal may hold them (the domain's own check)."""
    log = DayLog(day=date(2026, 11, 20), tags=tags)
    validation.validate_day_log(log, today=date(2026, 12, 7), category_keys=())
