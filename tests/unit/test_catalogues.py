"""Built-in content: keys, counts, texts from the domain notes, prompts and WHO-5 wording."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from wellbeing_desktop.domain.catalogues import (
    DEFAULT_CATEGORIES,
    DEMANDS,
    END_OF_DAY_PROMPTS,
    RESOURCES,
    SIGNALS,
    SPARRING_PARTNERS,
    SPARRING_SITUATIONS,
    STAIRCASE_ATTRIBUTION,
    STRESS_STEPS,
    WHO5_ATTRIBUTION,
    WHO5_ITEMS,
    WHO5_SCALE,
    localized,
    own_signal,
    own_signal_key,
    prompt_for,
    who5_change_is_notable,
    who5_meaning,
)
from wellbeing_desktop.domain.errors import ValidationError
from wellbeing_desktop.domain.models import (
    ActivityKind,
    CatalogueKind,
    Language,
    SignalGroup,
)

DA, EN = Language.DANISH, Language.ENGLISH


def test_default_categories() -> None:
    assert [(c.key, c.kind, c.position) for c in DEFAULT_CATEGORIES] == [
        ("operations", ActivityKind.OPERATIONS, 0),
        ("people_leadership", ActivityKind.LEADERSHIP, 1),
        ("strategy", ActivityKind.LEADERSHIP, 2),
        ("own_tasks", ActivityKind.OWN_WORK, 3),
    ]
    assert DEFAULT_CATEGORIES[1].name(DA) == "Personaleledelse"
    assert DEFAULT_CATEGORIES[3].name(EN) == "Own tasks and projects"


def test_signals_cover_the_four_groups_of_the_table() -> None:
    groups = [s.group for s in SIGNALS]
    assert groups.count(SignalGroup.BODILY) == 6
    assert groups.count(SignalGroup.EMOTIONAL) == 5
    assert groups.count(SignalGroup.COGNITIVE) == 4
    assert groups.count(SignalGroup.BEHAVIOURAL) == 5
    assert all(s.key.startswith("sig-") and s.catalogue is CatalogueKind.SIGNAL for s in SIGNALS)
    assert not any(s.custom for s in SIGNALS)
    assert SIGNALS[0].key == "sig-palpitations"
    assert SIGNALS[0].label(DA) == "Hjertebanken"
    (headache,) = [s for s in SIGNALS if s.key == "sig-headache"]
    assert headache.label(EN) == "Headache"


def test_demands_and_resources_have_the_ids_and_texts_of_the_notes() -> None:
    assert [d.key for d in DEMANDS] == [f"d{n}" for n in range(1, 16)]
    assert [r.key for r in RESOURCES] == [f"r{n}" for n in range(1, 15)]
    assert DEMANDS[2].label_da == "Drift og brandslukning"
    assert DEMANDS[2].label_en == "Operations / firefighting"
    assert DEMANDS[14].label_da.startswith("»Første gang«-situation (første MUS")
    assert RESOURCES[0].label_da == "Sparring med egen leder"
    assert RESOURCES[12].label_en == "Recovery: sleep, exercise, breaks, time off"
    assert all(d.catalogue is CatalogueKind.DEMAND and d.group is None for d in DEMANDS)
    assert all(r.catalogue is CatalogueKind.RESOURCE for r in RESOURCES)


def test_all_builtin_keys_are_unique_and_found() -> None:
    items = (*SIGNALS, *DEMANDS, *RESOURCES)
    assert len({i.key for i in items}) == len(items) == 20 + 15 + 14
    keys = {i.key for i in items}
    assert "d16" not in keys
    assert not any(key.startswith("own-") for key in keys)  # the user's own items' prefix


def test_stress_steps() -> None:
    assert [s.number for s in STRESS_STEPS] == [1, 2, 3, 4, 5]
    assert [s.name_da for s in STRESS_STEPS] == [
        "Tempereret",
        "Opvarmet",
        "Overophedet",
        "Nedsmeltet",
        "Udbrændt",
    ]
    assert STRESS_STEPS[4].name(EN) == "Burned out"
    assert STRESS_STEPS[1].summary(DA).startswith("Begyndende pres")
    # The corrected author name, and self-placement rather than diagnosis.
    for text in STAIRCASE_ATTRIBUTION:
        assert "Malene Friis Andersen & Marie Kingston" in text
        assert "Mikkelsen" not in text
        assert "Klim 2016" in text
    assert "ikke en diagnose" in localized(STAIRCASE_ATTRIBUTION, DA)
    assert "not a diagnosis" in localized(STAIRCASE_ATTRIBUTION, EN)


def test_prompts() -> None:
    assert len(END_OF_DAY_PROMPTS) == 16
    assert [p.number for p in END_OF_DAY_PROMPTS] == list(range(1, 17))
    assert END_OF_DAY_PROMPTS[0].text(DA) == "Hvad gik godt i dag – og hvad var min andel i det?"
    assert END_OF_DAY_PROMPTS[15].text(EN) == "What is the one thing that would make tomorrow good?"


def test_prompt_for_rotates_by_date_and_offset() -> None:
    day = date(2026, 11, 24)
    assert prompt_for(day) == prompt_for(day)
    assert prompt_for(day, 1) == prompt_for(day + timedelta(days=1))
    # 16 consecutive days show every prompt once.
    shown = {prompt_for(day + timedelta(days=i)).number for i in range(16)}
    assert shown == set(range(1, 17))
    assert prompt_for(day, 16) == prompt_for(day)
    assert prompt_for(day, -1) == prompt_for(day - timedelta(days=1))
    # date.toordinal() is the rotation: 2026-11-24 is ordinal 739944, 739944 % 16 == 8,
    # the ninth prompt.
    assert prompt_for(day).number == 9


def test_sparring_keys_and_words() -> None:
    assert list(SPARRING_SITUATIONS) == [
        "first_appraisal",
        "first_survey",
        "long_term_sick",
        "dismissal",
        "conflict",
        "reorganisation",
        "other",
    ]
    assert list(SPARRING_PARTNERS) == [
        "own_leader",
        "hr",
        "leader_group",
        "leader_network",
        "coach",
        "health_insurance",
        "other",
    ]
    assert SPARRING_SITUATIONS["first_appraisal"][0] == "Første MUS-samtaler"
    assert SPARRING_SITUATIONS["long_term_sick"][0] == "Langtidssyg medarbejder"
    assert SPARRING_PARTNERS["leader_network"] == ("Ledernetværk", "Leader network")
    with pytest.raises(TypeError):
        SPARRING_PARTNERS["x"] = ("x", "x")  # type: ignore[index]


def test_who5_wording() -> None:
    assert len(WHO5_ITEMS) == 5
    assert WHO5_ITEMS[0] == (
        "I de sidste 2 uger har jeg været glad og i godt humør",
        "I have felt cheerful and in good spirits",
    )
    assert WHO5_ITEMS[3][1] == "I woke up feeling fresh and rested"
    assert WHO5_SCALE[0] == ("På intet tidspunkt", "At no time")
    assert WHO5_SCALE[5] == ("Hele tiden", "All of the time")
    assert WHO5_SCALE[3][1] == "More than half of the time"
    assert "WHO-5" in WHO5_ATTRIBUTION[1]
    assert "1998" in WHO5_ATTRIBUTION[0]


@pytest.mark.parametrize(
    ("score", "signposts", "phrase_en"),
    [
        (0, True, "is low"),
        (28, True, "is low"),
        (32, False, "lower"),
        (50, False, "lower"),
        (52, False, "doing well"),
        (100, False, "doing well"),
    ],
)
def test_who5_meaning_thresholds(score: int, signposts: bool, phrase_en: str) -> None:
    en = who5_meaning(score, EN)
    da = who5_meaning(score, DA)
    assert str(score) in en
    assert str(score) in da
    assert phrase_en in en
    # At 28 or below the own doctor comes first, then the other kinds of help.
    assert ("start with your own doctor" in en) is signposts
    assert ("starte hos din egen læge" in da) is signposts
    if signposts:
        assert da.index("læge") < da.index("psykolog") < da.index("HR")
        assert "medarbejderrådgivning" in da
        assert "employee assistance" in en
    for word in ("depression", "diagnos"):
        assert word not in en.lower()
        assert word not in da.lower()


@pytest.mark.parametrize("score", [-4, 101, True])
def test_who5_meaning_refuses_scores_out_of_range(score: int) -> None:
    with pytest.raises(ValidationError, match="^who5:"):
        who5_meaning(score, DA)


def test_who5_change_is_notable() -> None:
    assert who5_change_is_notable(40, 52)
    assert who5_change_is_notable(60, 50)
    assert not who5_change_is_notable(60, 52)


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("Ondt i ryggen", "own-ondt-i-ryggen"),
        ("  Søvnløs — igen! ", "own-soevnloes-igen"),
        ("Kæbe/tænder", "own-kaebe-taender"),
        ("Ånde", "own-aande"),
        ("Café-angst", "own-cafe-angst"),
        ("ÆØÅ", "own-aeoeaa"),
        ("x" * 100, "own-" + "x" * 60),
    ],
)
def test_own_signal_key(label: str, key: str) -> None:
    assert own_signal_key(label) == key


@pytest.mark.parametrize("label", ["", "   ", "!!!", "😀"])
def test_own_signal_key_needs_a_letter(label: str) -> None:
    with pytest.raises(ValidationError, match=r"^signal: this value is not allowed"):
        own_signal_key(label)


def test_own_signal_item() -> None:
    item = own_signal(" Kold sved ")
    assert item.key == "own-kold-sved"
    assert item.label(EN) == item.label(DA) == "Kold sved"
    assert item.group is SignalGroup.OWN
    assert item.custom
