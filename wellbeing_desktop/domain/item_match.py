"""Finding a pick-list item (a signal, demand or resource) by what a person types.

A name matches an item when it equals the item's key or one of its labels, with case,
accents and the Danish letters folded (``sovnproblemer`` is ``Søvnproblemer``) and runs
of spaces and punctuation read as one space. A name that matches nothing gets the closest
items (``closest_items``): those whose key, label or a word of a label is near it
(difflib), or whose label holds it as a whole word (``deadlines``).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wellbeing_desktop.domain.models import CatalogueItem

_FOLDS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ß": "ss"})
# What a keyboard without the Danish letters types instead (å is also a with a ring).
_PLAIN_FOLDS = str.maketrans({"æ": "ae", "ø": "o", "ß": "ss"})
_SEPARATORS = re.compile(r"[\W_]+")
# How near (difflib's ratio, 0 to 1) a name must be to an item's key, label or word.
_NEAR = 0.72
_WORD = 0.8  # a single word of a label: nearer, so that short words do not match all


def fold(text: str, *, plain: bool = False) -> str:
    """``text`` for comparing: lower case, no accents, words by spaces.

    æ, ø and å are written ae, oe and aa; ``plain``: ae, o and a (as typed without them).
    """
    folded = text.casefold().translate(_PLAIN_FOLDS if plain else _FOLDS)
    bare = "".join(
        ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch)
    )
    return " ".join(_SEPARATORS.sub(" ", bare).split())


def _folds(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys((fold(text), fold(text, plain=True))))


def _names(item: CatalogueItem) -> tuple[str, ...]:
    return tuple(
        dict.fromkeys(f for n in (item.key, item.label_da, item.label_en) for f in _folds(n))
    )


def find_item(items: Sequence[CatalogueItem], name: str) -> CatalogueItem | None:
    """The item whose key or label is ``name`` (folded); None if there is none."""
    wanted = set(_folds(name)) - {""}
    for item in items:
        if wanted.intersection(_names(item)):
            return item
    return None


def _nearness(wanted: str, item: CatalogueItem) -> float:
    best = 0.0
    for name in _names(item):
        best = max(best, difflib.SequenceMatcher(None, wanted, name).ratio())
        words = name.split()
        if f" {wanted} " in f" {name} ":
            best = max(best, 0.95 if len(words) > 1 else 1.0)
        if len(wanted) >= 4:  # as many words of the label as were typed, in a row
            size = len(wanted.split())
            for start in range(len(words) - size + 1):
                part = " ".join(words[start : start + size])
                ratio = difflib.SequenceMatcher(None, wanted, part).ratio()
                if ratio >= _WORD:
                    best = max(best, ratio * 0.9)
    return best


def closest_items(
    items: Sequence[CatalogueItem], name: str, *, limit: int = 3
) -> list[CatalogueItem]:
    """At most ``limit`` items nearest to ``name``, nearest first; none when none is near."""
    wanted = fold(name)
    if not wanted:
        return []
    scored = [(_nearness(wanted, item), index) for index, item in enumerate(items)]
    near = sorted((s for s in scored if s[0] >= _NEAR), key=lambda s: (-s[0], s[1]))
    return [items[index] for _score, index in near[:limit]]
