"""The Markdown export's file names: safe on Windows, macOS and Linux, and unique.

A 1:1's name comes from whoever it was with: any text the user typed. The file name
keeps its words and leaves out what no system (or no reader) takes: the characters
Windows refuses, control and bidi characters, a trailing dot or space, a length past
what a file system holds. Two names that a case-insensitive system (Windows, macOS) or
Unicode normalisation (macOS) would take for one get " (2)".
"""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wellbeing_desktop.domain.models import Language, OneOnOne
from wellbeing_desktop.services.markdown_pages import (
    MAX_NAME_BYTES,
    UniqueNames,
    one_on_one_stem,
    safe_name,
)

WINDOWS_REFUSES = set('/\\:*?"<>|')


def meeting(with_whom: str) -> OneOnOne:
    return OneOnOne(held_on=date(2026, 11, 24), with_whom=with_whom)


@pytest.mark.parametrize(
    ("with_whom", "name"),
    [
        ("Mette", "2026-11-24 1-1 med Mette.md"),
        ("Søren Ærø-Åberg 😀", "2026-11-24 1-1 med Søren Ærø-Åberg 😀.md"),
        ('HR: "Jens" / Lis?', "2026-11-24 1-1 med HR- -Jens- - Lis-.md"),
        ("Mette\u202e (chef)\n\t", "2026-11-24 1-1 med Mette (chef).md"),
        ("Jens...", "2026-11-24 1-1 med Jens.md"),
        ("\u200b\u2028", "2026-11-24 1-1 med.md"),
        ("👩\u200d💻 Kim", "2026-11-24 1-1 med 👩\u200d💻 Kim.md"),
    ],
)
def test_a_1_1_is_named_by_its_day_and_person_in_words_every_system_takes(
    with_whom: str, name: str
) -> None:
    assert safe_name(one_on_one_stem(meeting(with_whom), Language.DANISH)) == name


def test_english_names_and_a_long_name_is_cut_within_the_limit() -> None:
    assert safe_name(one_on_one_stem(meeting("Mette"), Language.ENGLISH)) == (
        "2026-11-24 1-1 with Mette.md"
    )
    long = safe_name(one_on_one_stem(meeting("😀" * 200), Language.DANISH))
    assert long.startswith("2026-11-24 1-1 med 😀")
    assert long.endswith("😀.md")
    assert len(long.encode()) <= MAX_NAME_BYTES


def test_names_one_system_would_take_for_one_are_numbered() -> None:
    names = UniqueNames()
    composed = unicodedata.normalize("NFC", "2026-11-24 1-1 med Søren")
    decomposed = unicodedata.normalize("NFD", "2026-11-24 1-1 MED SØREN")

    taken = [names.take(stem) for stem in (composed, decomposed, composed, "x" * 400)]

    assert taken[:3] == [
        "2026-11-24 1-1 med Søren.md",
        "2026-11-24 1-1 MED SØREN (2).md",
        "2026-11-24 1-1 med Søren (3).md",
    ]
    assert taken[3].endswith("x.md")
    assert names.take("x" * 400).endswith("x (2).md")


@given(st.text(max_size=300))
def test_any_text_gives_a_name_every_system_takes(stem: str) -> None:
    name = safe_name(stem)

    assert name.endswith(".md")
    assert not WINDOWS_REFUSES & set(name)
    assert all(unicodedata.category(ch) not in ("Cc", "Zl", "Zp", "Cs") for ch in name)
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert not name[:-3].endswith((" ", "."))
    assert not name.startswith(".")  # not hidden (the import passes over hidden files)
