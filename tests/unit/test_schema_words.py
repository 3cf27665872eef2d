"""An import refusal says what is allowed in the journal's language (issue #17).

"What is allowed" is the ``description`` of the schema's field: every description is in
the "errors" catalogue (``ui/common/error_catalogue_schema.py``) with Danish words, and the
refusal is worded through it.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from wellbeing_desktop import words
from wellbeing_desktop.cli import speech
from wellbeing_desktop.domain.language import Language
from wellbeing_desktop.services import export_schema
from wellbeing_desktop.ui.common.error_catalogue_schema import SCHEMA_DESCRIPTIONS


def _descriptions(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        if isinstance(node.get("description"), str):
            found.add(node["description"])
        for value in node.values():
            found |= _descriptions(value)
    elif isinstance(node, list):
        for value in node:
            found |= _descriptions(value)
    return found


def test_every_schema_description_is_in_the_catalogue_with_danish_words() -> None:
    described = _descriptions(export_schema.schema())
    listed = {message.source for message in SCHEMA_DESCRIPTIONS}
    assert len(described) > 50
    assert described <= listed
    for text in listed:
        assert words.danish("errors", text), f"no Danish for {text!r}"


def _refusal(document: object) -> export_schema.ImportSchemaError:
    with pytest.raises(export_schema.ImportSchemaError) as caught:
        export_schema.check_document(document)
    return caught.value


def test_an_import_refusal_is_danish_in_a_danish_journal() -> None:
    document = json.loads(json.dumps({"format": "leader-pulse-export", "version": 1}))
    document["days"] = [{"date": "2026-11-05", "stress_step": 9}]
    refused = _refusal(document)
    try:
        speech.use(Language.DANISH)
        danish = speech.error_line(refused)
        speech.use(Language.ENGLISH)
        english = speech.error_line(refused)
    finally:
        speech.use_system_language()
    assert "et stresstrin, et helt tal fra 1 til 5, eller null" in danish, danish
    assert "a stress step" not in danish
    assert "a stress step, a whole number from 1 to 5, or null" in english, english
