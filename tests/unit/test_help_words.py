"""One list of the kinds of help, and insight sentences a tired reader cannot misread.

The WHO-5 dialog, the Today banner and the Trends card named the kinds of help three
ways (one without the leader group); the ≤ 28 insight read "var 20. 28 eller derunder",
which looks like a date (issue #17).
"""

from __future__ import annotations

import re
import string
from datetime import date

import pytest

from wellbeing_desktop.domain import insight_words
from wellbeing_desktop.domain.aggregation import Granularity, summarize
from wellbeing_desktop.domain.catalogues import DEFAULT_CATEGORIES, localized, who5_meaning
from wellbeing_desktop.domain.formatting import long_date
from wellbeing_desktop.domain.help_words import HELP_DOCTOR_FIRST, HELP_TALK
from wellbeing_desktop.domain.insights import find_insights
from wellbeing_desktop.domain.models import Language, Settings, Who5CheckIn
from wellbeing_desktop.domain.suggestions import (
    SIGNPOST_TEXTS,
    SIGNPOST_WHO5_LOW,
    SIGNPOST_WHO5_TWICE,
)

DA, EN = Language.DANISH, Language.ENGLISH
DAY = date(2026, 12, 7)
# A number that ends a sentence and a number that begins the next: "var 20. 28 eller".
NUMBER_AFTER_NUMBER = re.compile(r"\d[.!?:]\s+\d")


def low_checkin(score: int = 20) -> Who5CheckIn:
    raw = score // 4
    answers = tuple(min(5, max(0, raw - 5 * i)) for i in range(5))
    return Who5CheckIn(DAY, answers)  # type: ignore[arg-type]


def trends_card(language: Language, score: int = 20) -> str:
    """The text of the Trends card for one WHO-5 check-in (the rule the view shows)."""
    checkin = low_checkin(score)
    weeks = summarize(
        [],
        categories=DEFAULT_CATEGORIES,
        who5=[checkin],
        weekly_norm=37.0,
        granularity=Granularity.WEEK,
        start=date(2026, 11, 10),
        end=DAY,
    )
    found = find_insights(
        weeks,
        sparring=(),
        who5=[checkin],
        settings=Settings(),
        start=date(2026, 11, 10),
        end=DAY,
        language=language,
    )
    return next(i.text for i in found if i.rule in ("who5_low", "who5_reduced"))


@pytest.mark.parametrize("language", [DA, EN])
def test_the_dialog_the_banner_and_the_trends_card_name_the_same_help(
    language: Language,
) -> None:
    help_list = localized(HELP_DOCTOR_FIRST, language)
    dialog = who5_meaning(20, language)
    banner = localized(SIGNPOST_TEXTS[SIGNPOST_WHO5_LOW], language)
    card = trends_card(language)
    for text in (dialog, banner, card):
        assert text.endswith(" " + help_list), text
    # At ≤ 50 (not ≤ 28) the banner and the card name the other list, the same way.
    assert localized(SIGNPOST_TEXTS[SIGNPOST_WHO5_TWICE], language).endswith(
        localized(HELP_TALK, language)
    )
    assert trends_card(language, 40).endswith(" " + localized(HELP_TALK, language))


def test_the_list_names_every_kind_of_help_doctor_first_no_company() -> None:
    da, en = HELP_DOCTOR_FIRST
    kinds_da = (
        "din egen læge",
        "psykologordning gennem en sundhedsforsikring eller et pensionsselskab",
        "arbejdspladsens medarbejderrådgivning",
        "HR",
        "din egen leder",
        "ledergruppen",
    )
    kinds_en = (
        "your own doctor",
        "psychologist scheme through a health insurance or pension company",
        "your workplace's employee assistance",
        "HR",
        "your own leader",
        "leader group",
    )
    for text, kinds in ((da, kinds_da), (en, kinds_en)):
        places = [text.index(kind) for kind in kinds]
        assert places == sorted(places), text  # in this order: the doctor first
    for da_talk, en_talk in (HELP_DOCTOR_FIRST, HELP_TALK):
        for company in ("Velliv", "PFA", "Danica", "Falck", "Mølholm", "Sundhedssikring"):
            assert company not in da_talk + en_talk
        assert "{" not in da_talk + en_talk  # safe to end a str.format template


def sample(name: str, language: Language) -> str:
    """A value for a placeholder, as the rules fill it in (numbers where numbers go)."""
    if name in ("day", "before_day"):
        return long_date(DAY, language)
    if name in ("week", "weeks"):
        return "uge 49" if language is DA else "week 49"
    if name == "run":
        return "3 uger i træk" if language is DA else "3 weeks in a row"
    if name == "span":
        return "mellem 28 % og 31 %" if language is DA else "between 28% and 31%"
    if name in ("share", "target"):
        return "40 %" if language is DA else "40%"
    return "20"  # scores, hours, days, steps, differences


def templates() -> list[tuple[str, str, Language]]:
    return [
        (name, text, language)
        for name, value in vars(insight_words).items()
        if name.startswith("TEXT_")
        for text, language in zip(value, (DA, EN), strict=True)
    ]


def test_there_are_insight_templates() -> None:
    assert len(templates()) >= 2 * 14
    assert any(name == "TEXT_WHO5_LOW" for name, _text, _lang in templates())


@pytest.mark.parametrize(("name", "text", "language"), templates())
def test_no_insight_sentence_ends_in_a_number_that_a_number_follows(
    name: str, text: str, language: Language
) -> None:
    fields = [field for _lit, field, _spec, _conv in string.Formatter().parse(text) if field]
    filled = text.format(**{field: sample(field, language) for field in fields})
    assert NUMBER_AFTER_NUMBER.search(filled) is None, (name, filled)


@pytest.mark.parametrize("language", [DA, EN])
def test_the_tester_s_sentence_reads_right(language: Language) -> None:
    card = trends_card(language)
    if language is DA:
        assert card.startswith(
            "Din WHO-5 den 7. december 2026 var 20. En score på 28 eller derunder er en god "
            "grund til at tale med nogen."
        )
    else:
        assert card.startswith(
            "Your WHO-5 on 7 December 2026 was 20. A score of 28 or below is a good reason "
            "to talk to someone."
        )
    for score in (0, 20, 28, 40, 72, 100):
        assert NUMBER_AFTER_NUMBER.search(who5_meaning(score, language)) is None
    for texts in SIGNPOST_TEXTS.values():
        assert NUMBER_AFTER_NUMBER.search(localized(texts, language)) is None
