"""An imported day's first line is what was written, not the time heading (#19)."""

from __future__ import annotations

from wellbeing_desktop.domain.formatting import first_line


def test_the_time_heading_of_an_import_is_passed_over() -> None:
    text = "— 07.45 —\nSvær samtale med Mette.\n\n— 16:30 —\nBedre i dag."
    assert first_line(text, 80) == "Svær samtale med Mette."


def test_a_line_that_only_starts_like_a_heading_is_text() -> None:
    assert first_line("— 07.45 — møde med teamet", 80) == "— 07.45 — møde med teamet"
