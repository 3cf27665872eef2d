"""The JSON export's schema (``export.schema.json``, shipped in the package) and its check.

The schema documents the file a JSON export writes and an import reads (JSON Schema,
draft 2020-12). ``check_document`` validates a parsed file against it with ``jsonschema``
and turns the first thing wrong, in the file's own order, into one line that names the
entry and field and says what is allowed (the schema's ``description`` of that field),
e.g. ``import: days[3].stress_step (2026-11-05): 9 is not allowed; expected a stress
step, a whole number from 1 to 5, or null. Nothing was imported.`` The value is shown
only when it is a number, true/false/null or a short structured text (a date, a key of a
fixed list), never free text from the journal.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import TYPE_CHECKING, Any

from wellbeing_desktop.domain.errors import Message, WellbeingError
from wellbeing_desktop.services import messages as msg

if TYPE_CHECKING:
    from collections.abc import Sequence

SCHEMA_FILE = "export.schema.json"
_SHOWN = 40  # characters of a value shown at most
_DATED = ("date", "raised_on", "held_on", "taken_on", "made_at")


class ImportSchemaError(WellbeingError):
    pass


@functools.cache
def schema() -> dict[str, Any]:
    """The schema, read from the package (it ships in the wheel and the bundle)."""
    text = resources.files("wellbeing_desktop.services").joinpath(SCHEMA_FILE).read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@functools.cache
def _validator() -> Any:
    import jsonschema  # loaded only for an import

    cls = jsonschema.validators.validator_for(schema())
    return cls(schema(), format_checker=cls.FORMAT_CHECKER)


def check_document(document: object) -> None:
    """Refuse a document the schema does not allow, naming its first wrong entry and field.

    Raises:
        ImportSchemaError: one line, naming the place in the file and what is allowed.
    """
    errors = list(_validator().iter_errors(document))
    if not errors:
        return
    first = min(errors, key=lambda e: _file_order(document, list(e.absolute_path)))
    words, values = _message(document, first)
    raise ImportSchemaError(words, **values)


def _file_order(document: object, path: Sequence[object]) -> tuple[int, ...]:
    """Where ``path`` is in the file: each step's position among its siblings."""
    order: list[int] = []
    node: Any = document
    for step in path:
        if isinstance(node, dict) and step in node:
            order.append(list(node).index(step))
        elif isinstance(node, list) and isinstance(step, int):
            order.append(step)
        else:
            break
        node = node[step]
    return tuple(order)


def _message(document: object, error: Any) -> tuple[str, dict[str, object]]:
    path = list(error.absolute_path)
    node_schema: dict[str, Any] = error.schema
    if error.validator == "required":
        missing = next(p for p in error.validator_value if p not in error.instance)
        described = node_schema.get("properties", {}).get(missing, {})
        field = _place(document, [*path, missing])
        return msg.FIELD_MISSING, {"field": field, "allowed": _allowed(described)}
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = node_schema.get("properties", {})
        extra = next(k for k in error.instance if k not in known)
        return msg.FIELD_UNKNOWN, {"field": _place(document, [*path, str(extra)])}
    field = _place(document, path)
    value = _shown_value(error.instance, node_schema)
    if value is None:
        return msg.FIELD_WRONG, {"field": field, "allowed": _allowed(node_schema)}
    return msg.FIELD_WRONG_VALUE, {"field": field, "value": value, "allowed": _allowed(node_schema)}


def _allowed(node_schema: dict[str, Any]) -> Message:
    # A message of its own: worded in the journal's language (ui/common/error_catalogue_schema).
    return Message(str(node_schema.get("description", "what the schema describes")))


def _place(document: object, path: Sequence[object]) -> str:
    """``days[3].stress_step``, with the entry's date when it has one: ``(2026-11-05)``."""
    words = ""
    date = None
    node: Any = document
    for step in path:
        if isinstance(step, int):
            words += f"[{step}]"
        else:
            words += f".{step}" if words else str(step)
        if isinstance(node, dict | list):
            key: Any = step
            try:
                node = node[key]
            except (KeyError, IndexError, TypeError):
                node = None
            if isinstance(node, dict):
                found = next((node[k] for k in _DATED if isinstance(node.get(k), str)), None)
                date = found[:_SHOWN] if found is not None else date
    if date is not None and words and not (path and path[-1] in _DATED):
        return f"{words} ({json.dumps(date, ensure_ascii=True)[1:-1]})"
    return words or "the file"


def _shown_value(value: object, node_schema: dict[str, Any]) -> str | None:
    """The value as shown in the refusal, or None when it is free text or a whole part."""
    if value is None or isinstance(value, bool | int | float):
        shown = json.dumps(value)
    elif isinstance(value, str) and any(
        k in node_schema for k in ("format", "pattern", "enum", "const")
    ):
        shown = json.dumps(value, ensure_ascii=True)
    else:
        return None
    return shown if len(shown) <= _SHOWN else shown[: _SHOWN - 1] + "…"
