"""The leader group's pulse as JSON: every figure of the group picture, for other tools.

The format is documented field by field in ``docs/pulse-group-json.md`` (a test checks
that every key written here is documented there). A figure left out of the picture
because fewer than ``FIGURE_MIN_LEADERS`` leaders gave it is ``null`` (an empty list for
the item lists), and its name is in ``left_out``. Catalogue keys come with their Danish
and English labels, so a reader needs no catalogue. No name, no text, no single day.

A count of leaders is an object: ``{"shown": "exact", "count": 4}``, or without its
number ``{"shown": "few"}`` (fewer than 3) or ``{"shown": "most"}`` (all but fewer than
3), as ``domain.pulse_count`` decides. The figures are rounded as the report shows them
(shares to whole percent, means and hours to one decimal): more digits than the report
says would only help to pick one leader out.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.domain.pulse import FIGURE_MIN_LEADERS, WHO5_MIN_LEADERS, Who5Band
from wellbeing_desktop.domain.thresholds import HOURS_TOLERANCE
from wellbeing_desktop.services.pulse_words import item_labels

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime

    from wellbeing_desktop.domain.pulse import GroupCount, GroupPicture, ItemCount

FORMAT = "leader-pulse-group"
VERSION = 1


def _items(items: Sequence[ItemCount]) -> list[dict[str, object]]:
    da, en = item_labels(Language.DANISH), item_labels(Language.ENGLISH)
    return [
        {
            "key": item.key,
            "label_da": da.get(item.key, item.key),
            "label_en": en.get(item.key, item.key),
            "leaders": _count(item.leaders),
        }
        for item in items
    ]


def _count(count: GroupCount | None) -> dict[str, object] | None:
    """A count as the picture may show it: its number only when it is exact."""
    if count is None:
        return None
    if count.exact:
        return {"shown": count.shown.value, "count": count.count}
    return {"shown": count.shown.value}


def _share(value: float | None) -> float | None:
    """A 0..1 share rounded to whole percent, as the report writes it (0.3125 -> 0.31)."""
    return None if value is None else float(f"{100 * value:.0f}") / 100


def _tenth(value: float | None) -> float | None:
    """A mean or hours to one decimal, as the report writes them."""
    return None if value is None else float(f"{value:.1f}")


def _whole(value: float | None) -> int | None:
    """A percentage to a whole number, as the report writes the target."""
    return None if value is None else int(f"{100 * (value / 100):.0f}")


def group_data(picture: GroupPicture, made_at: datetime) -> dict[str, object]:
    """The group picture as JSON-ready values (``group_json`` writes them)."""
    pulse_round = picture.round
    bands = picture.who5_bands
    return {
        "format": FORMAT,
        "version": VERSION,
        "round": pulse_round.name,
        "round_id": pulse_round.round_id,
        "from": pulse_round.start.isoformat(),
        "to": pulse_round.end.isoformat(),
        "leaders": picture.leaders,
        "min_group": pulse_round.min_group,
        "figure_min_leaders": FIGURE_MIN_LEADERS,
        "who5_min_leaders": WHO5_MIN_LEADERS,
        "made_at": made_at.isoformat(timespec="seconds"),
        "days_logged_median": picture.days_logged_median,
        "step_leaders": picture.step_leaders,
        "step_shares": None
        if picture.step_shares is None
        else [_share(share) for share in picture.step_shares],
        "who5_leaders": picture.who5_leaders,
        "who5_bands": None
        if bands is None
        else {band.value: _count(bands.get(band)) for band in Who5Band},
        "share_leaders": picture.share_leaders,
        "leadership_share_median": _share(picture.leadership_share_median),
        "target_percent_median": _whole(picture.target_percent_median),
        "below_target": _count(picture.below_target),
        "hours_leaders": picture.hours_leaders,
        "hours_per_week_median": _tenth(picture.hours_per_week_median),
        "weekly_norm_median": _tenth(picture.weekly_norm_median),
        "hours_tolerance": HOURS_TOLERANCE,
        "over_norm": _count(picture.over_norm),
        "balance_leaders": picture.balance_leaders,
        "demands_mean": _tenth(picture.demands_mean),
        "resources_mean": _tenth(picture.resources_mean),
        "top_demands": _items(picture.top_demands),
        "top_resources": _items(picture.top_resources),
        "facing_situation": _count(picture.facing_situation),
        "facing_with_sparring": _count(picture.facing_with_sparring),
        "situations": _items(picture.situations),
        "resolved": _count(picture.resolved),
        "with_sparring": _count(picture.with_sparring),
        "left_out": list(picture.left_out),
    }


def group_json(picture: GroupPicture, made_at: datetime) -> str:
    """The group picture as UTF-8 JSON text (indented, keys in a fixed order)."""
    return json.dumps(group_data(picture, made_at), ensure_ascii=False, indent=2) + "\n"
