"""The charts' one palette: plain hex colours, read by the app's charts and the reports'."""

from __future__ import annotations

import re
from dataclasses import astuple

from wellbeing_desktop.domain import palette

HEX = re.compile(r"#[0-9a-f]{6}")


def test_every_colour_is_a_plain_hex_string() -> None:
    colours = [
        *palette.STEP_COLOURS.values(),
        *astuple(palette.LIGHT),
        *astuple(palette.DARK),
        *astuple(palette.PRINT),
    ]
    assert all(HEX.fullmatch(colour) for colour in colours), colours


def test_the_staircase_has_a_colour_per_step() -> None:
    assert sorted(palette.STEP_COLOURS) == [1, 2, 3, 4, 5]
    assert len(set(palette.STEP_COLOURS.values())) == 5


def test_app_and_print_share_the_kind_colours_but_the_accent() -> None:
    for kind in ("operations", "own_work"):
        assert getattr(palette.LIGHT, kind) == getattr(palette.PRINT, kind)
    assert palette.LIGHT.leadership == palette.APP_ACCENT
    assert palette.PRINT.leadership == palette.PRINT_ACCENT
