"""The words of the JSON export's schema: what an import refusal says is allowed.

Part of the "errors" catalogue (``error_catalogue``): each ``description`` of
``services/export.schema.json`` as a translatable message, so that ``pyside6-lupdate``
finds it and an import refusal is worded in the journal's language (the GUI's and the
command line's). ``tests/unit/test_schema_words.py`` keeps it in step with the schema.
"""

from __future__ import annotations

from wellbeing_desktop.ui.common.translation import Message, translatable

SCHEMA_DESCRIPTIONS: tuple[Message, ...] = (
    translatable(
        "errors",
        '"one-on-one", "coach", "json", "csv", "xlsx", "pulse", "leader-group" or "markdown"',
    ),
    translatable("errors", '"open" or "resolved"'),
    translatable("errors", '"operations", "leadership" or "own_work"'),
    translatable("errors", '"pdf", "md", "html", "json", "csv", "xlsx" or "pulse"'),
    translatable("errors", '"signal", "demand" or "resource"'),
    translatable("errors", "a 1:1: held_on, with_whom, agenda, notes and actions"),
    translatable(
        "errors",
        "a Leader Pulse JSON export: the whole journal (or the dated records of a period), written by `wellbeing-desktop export --format json` and read by `wellbeing-desktop import`. Version 1 files (written before the export carried its time, the app's version and the consent log) have no exported_at, app_version or export_log; version 2 adds them. Dated records may be limited to a period; the consent log is always whole.",  # noqa: E501
    ),
    translatable("errors", "a WHO-5 check-in: taken_on and answers"),
    translatable("errors", "a category: key, name_da, name_en and kind"),
    translatable(
        "errors",
        "a consent-log entry: made_at, kind, format, period_start, period_end, sections and reflection_days",  # noqa: E501
    ),
    translatable("errors", "a date written YYYY-MM-DD"),
    translatable("errors", "a day: an object with at least its date"),
    translatable("errors", "a list of 1:1 meetings"),
    translatable("errors", "a list of WHO-5 check-ins"),
    translatable("errors", "a list of actions"),
    translatable("errors", "a list of activity categories"),
    translatable("errors", "a list of agenda points (texts)"),
    translatable("errors", "a list of dates (YYYY-MM-DD)"),
    translatable("errors", "a list of days"),
    translatable("errors", "a list of demand keys"),
    translatable("errors", "a list of report sections"),
    translatable("errors", "a list of resource keys"),
    translatable("errors", "a list of signal keys"),
    translatable("errors", "a list of sparring topics"),
    translatable("errors", "a list of tags"),
    translatable("errors", "a list of the user's own signals, demands and resources"),
    translatable(
        "errors",
        'a report section: "time_split", "stress", "demands_resources", "who5", "sparring" or "reflections"',  # noqa: E501
    ),
    translatable(
        "errors",
        'a signal group ("bodily", "emotional", "cognitive", "behavioural", "own") or null',
    ),
    translatable(
        "errors", "a sparring topic: raised_on, situation, with_whom, status, resolved_on and notes"
    ),
    translatable("errors", "a stress step, a whole number from 1 to 5, or null"),
    translatable("errors", "a text"),
    translatable("errors", "a whole number from 0 to 5"),
    translatable("errors", "a whole number of minutes, from 0 to 1440 (24 h)"),
    translatable("errors", "an action: text and done"),
    translatable("errors", "an own item: key, catalogue, label_da, label_en and group"),
    translatable("errors", "five answers, each a whole number from 0 to 5"),
    translatable("errors", "minutes per category key (whole numbers, 0 or more)"),
    translatable("errors", "the Danish label, a text"),
    translatable("errors", "the Danish name, a text"),
    translatable("errors", "the English label, a text"),
    translatable("errors", "the English name, a text"),
    translatable("errors", "the action, a text"),
    translatable("errors", "the auto-lock minutes, a whole number from 0 to 240 (0: off)"),
    translatable("errors", "the category's key, a text"),
    translatable("errors", "the consent log: a list of the files that left the journal"),
    translatable("errors", "the day it was resolved (YYYY-MM-DD), or null"),
    translatable("errors", "the demands, a whole number from 0 to 10, or null"),
    translatable("errors", "the energy, a whole number from 1 to 5, or null"),
    translatable("errors", "the export format's version, 1 or 2"),
    translatable("errors", "the first day of the period (YYYY-MM-DD), or null"),
    translatable("errors", "the item's key, a text"),
    translatable("errors", 'the journal\'s language, "da" or "en"'),
    translatable("errors", "the journal's settings (an object)"),
    translatable("errors", "the last day of the period (YYYY-MM-DD), or null"),
    translatable("errors", "the leadership target, a whole number of percent from 0 to 100"),
    translatable("errors", "the notes, a text"),
    translatable("errors", "the reflection, a text"),
    translatable("errors", "the reminder time HH:MM, or null for none"),
    translatable("errors", "the resources, a whole number from 0 to 10, or null"),
    translatable("errors", "the situation, a text"),
    translatable("errors", 'the text "leader-pulse-export"'),
    translatable("errors", "the version of the app that wrote the file"),
    translatable("errors", "the weekly hours norm, a number of hours from 1 to 80"),
    translatable("errors", "the working time in minutes (a whole number from 0 to 1440), or null"),
    translatable("errors", "true or false"),
    translatable(
        "errors",
        "when the file was written: a local date and time, YYYY-MM-DDTHH:MM:SS with the UTC offset (older files have none: read as local time)",  # noqa: E501
    ),
    translatable(
        "errors",
        "when the file was written: a local date and time, YYYY-MM-DDTHH:MM:SS with the UTC offset",
    ),
    translatable("errors", 'who may see the reflection: "private", "one-on-one" or "coach"'),
    translatable("errors", "with whom, a text"),
    # a part of the file without a description of its own
    translatable("errors", "what the schema describes"),
)
