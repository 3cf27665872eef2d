"""Which entries of other journal apps were imported (issue #19). Repositories never commit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from wellbeing_desktop.storage.orm import ImportOriginRow

if TYPE_CHECKING:
    from datetime import date, datetime

    from sqlalchemy.orm import Session


class ImportOriginRepository:
    """The ids of the imported entries of each app, and the days they went to."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def ids(self, source: str) -> frozenset[str]:
        """The ids of the entries of ``source`` imported so far."""
        query = select(ImportOriginRow.source_id).where(ImportOriginRow.source == source)
        return frozenset(self._session.scalars(query))

    def add(self, source: str, source_id: str, day: date, *, now: datetime) -> None:
        """Remember one imported entry (the caller checked it is not there yet)."""
        self._session.add(
            ImportOriginRow(source=source, source_id=source_id, day=day, imported_at=now)
        )
