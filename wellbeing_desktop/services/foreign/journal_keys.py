"""The category and pick-list keys of a journal: the figures an import can bring (issue #19).

A day file of our own Markdown export brings a day's figures; those under keys the
journal does not have (another journal's categories and items) are left out and counted.
An own signal, demand or resource the file names with its label (``own_items``) is made
instead (``new_items``), as the user's own item of the kind of the list it is in: same
key, the label in both languages (as the app makes own items), a signal in the group of
own signals. Own categories are never made (they are the user's Settings).
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wellbeing_desktop.domain import validation
from wellbeing_desktop.domain.errors import ValidationError
from wellbeing_desktop.domain.foreign_entries import LeftOut
from wellbeing_desktop.domain.models import CatalogueItem, CatalogueKind, DayLog, SignalGroup

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from wellbeing_desktop.services.journal import Journal

# An own item's key (``catalogues.own_signal_key`` makes ``own-`` and letters, digits, -).
_OWN_KEY = re.compile(r"own-[\w-]+")


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
            dropped[LeftOut.OTHER_ITEMS] += sum(1 for key in values if key not in known)
            return tuple(key for key in values if key in known)

        minutes = {key: n for key, n in figures.minutes.items() if key in self.categories}
        dropped[LeftOut.OTHER_CATEGORIES] += len(figures.minutes) - len(minutes)
        log = dataclasses.replace(
            figures,
            minutes=minutes,
            signals=kept(figures.signals, self.signals),
            demand_items=kept(figures.demand_items, self.demands),
            resource_items=kept(figures.resource_items, self.resources),
        )
        return log, +dropped

    def new_items(
        self, figures: DayLog, labels: Iterable[tuple[str, str]]
    ) -> tuple[CatalogueItem, ...]:
        """The own items ``figures`` name that this journal lacks and ``labels`` names.

        A key is made an item only when it is an own item's key (``own-`` and letters,
        digits, ``-``, ``_``: never a built-in key of a newer version), no item of any kind
        has it here, it has a label (the first one given) without control characters (it
        is shown in a terminal), and the item passes the rules of an own item
        (``validate_catalogue_item``); else it is left out as now (``taken``). A label
        that another item has already makes an item too: the two stay apart, as they
        were in the journal the file came from (no figure is moved to another key). The kind is
        that of the list the key is in (the first list, if it is in two).
        """
        named: dict[str, str] = {}
        for key, label in labels:
            named.setdefault(key, label.strip())
        known = self.signals | self.demands | self.resources
        made: dict[str, CatalogueItem] = {}
        lists = (
            (CatalogueKind.SIGNAL, figures.signals),
            (CatalogueKind.DEMAND, figures.demand_items),
            (CatalogueKind.RESOURCE, figures.resource_items),
        )
        for kind, keys in lists:
            for key in keys:
                if key in known or key in made or key not in named:
                    continue
                if not _OWN_KEY.fullmatch(key) or not _printable(named[key]):
                    continue
                group = SignalGroup.OWN if kind is CatalogueKind.SIGNAL else None
                item = CatalogueItem(key, kind, named[key], named[key], group, custom=True)
                try:
                    validation.validate_catalogue_item(item)
                except ValidationError:
                    continue
                made[key] = item
        return tuple(made.values())

    def with_items(self, items: Iterable[CatalogueItem]) -> JournalKeys:
        """These keys and those of ``items`` (own items an import makes) no item has here."""
        known = self.signals | self.demands | self.resources
        items = tuple(item for item in items if item.key not in known)

        def more(kind: CatalogueKind, keys: frozenset[str]) -> frozenset[str]:
            return keys | {item.key for item in items if item.catalogue is kind}

        return dataclasses.replace(
            self,
            signals=more(CatalogueKind.SIGNAL, self.signals),
            demands=more(CatalogueKind.DEMAND, self.demands),
            resources=more(CatalogueKind.RESOURCE, self.resources),
        )


# Characters that turn the direction of the text around it (a label could hide others).
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _printable(label: str) -> bool:
    """Whether ``label`` holds no control character (a line break, an escape) nor bidi one."""
    return not any(unicodedata.category(ch) in ("Cc", "Zl", "Zp") or ch in _BIDI for ch in label)
