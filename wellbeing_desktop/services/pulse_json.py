"""The leader group's pulse as JSON: every figure of the group picture, for other tools.

The format is documented field by field in ``docs/pulse-group-json.md`` (a test checks
that every key written here is documented there). A figure left out of the picture
because fewer than ``FIGURE_MIN_LEADERS`` leaders gave it is ``null`` (an empty list for
the item lists), and its name is in ``left_out``. Catalogue keys come with their Danish
and English labels, so a reader needs no catalogue. No name, no text, no single day.
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

    from wellbeing_desktop.domain.pulse import GroupPicture, ItemCount

FORMAT = "leader-pulse-group"
VERSION = 1


def _items(items: Sequence[ItemCount]) -> list[dict[str, object]]:
    da, en = item_labels(Language.DANISH), item_labels(Language.ENGLISH)
    return [
        {
            "key": item.key,
            "label_da": da.get(item.key, item.key),
            "label_en": en.get(item.key, item.key),
            "leaders": item.leaders,
        }
        for item in items
    ]


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
        "days_logged_total": picture.days_logged_total,
        "step_leaders": picture.step_leaders,
        "step_shares": None if picture.step_shares is None else list(picture.step_shares),
        "who5_leaders": picture.who5_leaders,
        "who5_bands": None
        if bands is None
        else {band.value: bands.get(band, 0) for band in Who5Band},
        "share_leaders": picture.share_leaders,
        "leadership_share_median": picture.leadership_share_median,
        "target_percent_median": picture.target_percent_median,
        "below_target": picture.below_target,
        "hours_leaders": picture.hours_leaders,
        "hours_per_week_median": picture.hours_per_week_median,
        "weekly_norm_median": picture.weekly_norm_median,
        "hours_tolerance": HOURS_TOLERANCE,
        "over_norm": picture.over_norm,
        "balance_leaders": picture.balance_leaders,
        "demands_mean": picture.demands_mean,
        "resources_mean": picture.resources_mean,
        "top_demands": _items(picture.top_demands),
        "top_resources": _items(picture.top_resources),
        "facing_situation": picture.facing_situation,
        "facing_with_sparring": picture.facing_with_sparring,
        "situations": _items(picture.situations),
        "resolved": picture.resolved,
        "with_sparring": picture.with_sparring,
        "left_out": list(picture.left_out),
    }


def group_json(picture: GroupPicture, made_at: datetime) -> str:
    """The group picture as UTF-8 JSON text (indented, keys in a fixed order)."""
    return json.dumps(group_data(picture, made_at), ensure_ascii=False, indent=2) + "\n"
