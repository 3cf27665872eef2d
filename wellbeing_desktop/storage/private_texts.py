"""Every text the user wrote that a file may carry only by the sharing rule: for the rule.

Reads just the columns needed (a ten-year journal in a few tens of milliseconds), so the
rule can check every report against every stored reflection, not only the period's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from wellbeing_desktop.domain.models import ShareLevel
from wellbeing_desktop.storage.orm import DayLogRow, SparringTopicRow

if TYPE_CHECKING:
    from datetime import date

    from sqlalchemy.orm import Session


def written_reflections(session: Session) -> list[tuple[date, ShareLevel, str]]:
    """``(day, share level, text)`` of every day with a reflection, oldest first."""
    query = (
        select(DayLogRow.day, DayLogRow.share, DayLogRow.reflection)
        .where(DayLogRow.reflection != "")
        .order_by(DayLogRow.day)
    )
    return [(day, ShareLevel(share), text) for day, share, text in session.execute(query)]


def sparring_notes(session: Session) -> list[str]:
    """The notes of every sparring topic (never marked for sharing)."""
    query = select(SparringTopicRow.notes).where(SparringTopicRow.notes != "")
    return list(session.scalars(query))
