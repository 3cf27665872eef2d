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
    from collections.abc import Iterator
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


def each_written_reflection(
    session: Session, chunk: int = 500
) -> Iterator[tuple[date, ShareLevel, str]]:
    """``written_reflections`` one at a time, read ``chunk`` rows at a time."""
    query = (
        select(DayLogRow.day, DayLogRow.share, DayLogRow.reflection)
        .where(DayLogRow.reflection != "")
        .order_by(DayLogRow.day)
        .execution_options(yield_per=chunk)
    )
    for day, share, text in session.execute(query):
        yield day, ShareLevel(share), text


def sparring_notes(session: Session) -> list[str]:
    """The notes of every sparring topic (never marked for sharing)."""
    query = select(SparringTopicRow.notes).where(SparringTopicRow.notes != "")
    return list(session.scalars(query))
