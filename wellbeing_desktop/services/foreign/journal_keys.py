"""The category and pick-list keys of a journal: the figures an import can bring (issue #19).

A day file of our own Markdown export brings a day's figures; those under keys the
journal does not have (another journal's categories and items) are left out and counted.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.foreign_entries import LeftOut
from wellbeing_desktop.domain.models import CatalogueKind, DayLog

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wellbeing_desktop.services.journal import Journal

OTHER_CATEGORIES = LeftOut.OTHER_CATEGORIES
OTHER_ITEMS = LeftOut.OTHER_ITEMS


@dataclass(frozen=True, slots=True)
class JournalKeys:
    """The category and pick-list keys of a journal: the figures it can hold."""

    categories: frozenset[str]
    signals: frozenset[str]
    demands: frozenset[str]
    resources: frozenset[str]

    @classmethod
    def of(cls, journal: Journal) -> JournalKeys:
        """The keys of ``journal`` (archived categories and own items included)."""

        def items(kind: CatalogueKind) -> frozenset[str]:
            return frozenset(item.key for item in journal.catalogue(kind))

        return cls(
            categories=frozenset(category.key for category in journal.categories()),
            signals=items(CatalogueKind.SIGNAL),
            demands=items(CatalogueKind.DEMAND),
            resources=items(CatalogueKind.RESOURCE),
        )

    def taken(self, figures: DayLog) -> tuple[DayLog, Counter[str]]:
        """``figures`` without the keys this journal does not have, and how many those were."""
        dropped: Counter[str] = Counter()

        def kept(values: Sequence[str], known: frozenset[str]) -> tuple[str, ...]:
            dropped[OTHER_ITEMS] += sum(1 for key in values if key not in known)
            return tuple(key for key in values if key in known)

        minutes = {key: n for key, n in figures.minutes.items() if key in self.categories}
        dropped[OTHER_CATEGORIES] += len(figures.minutes) - len(minutes)
        log = dataclasses.replace(
            figures,
            minutes=minutes,
            signals=kept(figures.signals, self.signals),
            demand_items=kept(figures.demand_items, self.demands),
            resource_items=kept(figures.resource_items, self.resources),
        )
        return log, +dropped
