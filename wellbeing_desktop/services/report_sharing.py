"""The sharing rule applied to what leaves: report sections, a 1:1 agenda, a printout.

``ShareRule`` (services/sharing.py) recognises stored text; here it is applied, from the
entries' own stored share levels, to whatever a caller built: ``build_report`` runs
every section through ``shareable_section``, the 1:1 print uses ``printable_meeting``,
and a preview written later goes through ``recheck_report`` first.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from wellbeing_desktop.domain import formatting as fmt
from wellbeing_desktop.domain.catalogues import localized
from wellbeing_desktop.domain.models import ExportRecord, Language, OneOnOne, ShareLevel
from wellbeing_desktop.services.one_on_one_prep import BLOCK_REFLECTIONS, AgendaDraftItem
from wellbeing_desktop.services.report_content import Report, ReportKind, ReportSection
from wellbeing_desktop.services.sharing import ShareRule, reflections_for

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date, datetime

    from wellbeing_desktop.services.journal import Journal


def _t(texts: tuple[str, str], language: Language) -> str:
    return localized(texts, language)


def recheck_report(journal: Journal, report: Report) -> Report:
    """``report`` as the store allows it now, for writing a preview built a while ago.

    A share level may have changed since (in another window, or with the CLI): a quote
    whose day is no longer marked ``coach`` goes, and so does any text that now repeats
    a reflection that may not leave.
    """
    rule = ShareRule(journal)
    allowed: frozenset[date] = frozenset()
    if report.kind is ReportKind.COACH:
        allowed = rule.coach_days(report.reflection_days)
    rule.prepare(text for section in report.sections for text in section_texts(section))
    return dataclasses.replace(
        report,
        sections=tuple(shareable_section(section, rule, allowed) for section in report.sections),
    )


def one_on_one_named_days(journal: Journal, start: date, end: date) -> tuple[date, ...]:
    """The days in ``[start, end]`` whose stored reflection is marked for the 1:1."""
    return tuple(d.day for d in reflections_for(journal, ShareLevel.ONE_ON_ONE, start, end))


def section_texts(section: ReportSection) -> list[str]:
    """Every text of ``section`` that ``shareable_section`` checks (for ``ShareRule.prepare``)."""
    return [
        section.heading,
        section.items_intro,
        *section.items,
        *section.item_sources,
        *section.paragraphs,
        *(text for fact in section.facts for text in fact),
    ]


def shareable_section(
    section: ReportSection, rule: ShareRule, allowed: frozenset[date]
) -> ReportSection:
    """``section`` without any text that carries a stored text that may not leave."""
    kept = [
        (item, source)
        for item, source in zip(
            section.items,
            # One source per item ("" where a caller gave fewer).
            (*section.item_sources, *("",) * len(section.items))[: len(section.items)],
            strict=True,
        )
        if not rule.leaks(item, allowed) and not rule.leaks(source, allowed)
    ]
    return dataclasses.replace(
        section,
        heading=section.heading if not rule.leaks(section.heading, allowed) else "",
        paragraphs=tuple(rule.keep(section.paragraphs, allowed)),
        facts=tuple(
            (label, value)
            for label, value in section.facts
            if not rule.leaks(label, allowed) and not rule.leaks(value, allowed)
        ),
        items=tuple(item for item, _source in kept),
        item_sources=tuple(source for _item, source in kept) if section.item_sources else (),
        quotes=tuple((day, text) for day, text in section.quotes if day in allowed),
        items_intro=section.items_intro if not rule.leaks(section.items_intro, allowed) else "",
    )


def shareable_agenda(
    journal: Journal,
    agenda: Sequence[AgendaDraftItem],
    start: date,
    end: date,
    language: Language,
) -> list[AgendaDraftItem]:
    """The agenda points that may leave the app in a 1:1 file or print, in order.

    Points drafted from the reflections block and any point that carries a stored
    reflection or sparring note are left out; when the period has reflections marked
    for the 1:1, a last point names their days (their text stays in the app).
    """
    rule = ShareRule(journal)
    rule.prepare(text for item in agenda for text in (item.text, item.source))
    kept = [
        item
        for item in agenda
        if item.block != BLOCK_REFLECTIONS
        and item.text.strip()
        and not rule.leaks(item.text)
        and not rule.leaks(item.source)
    ]
    named = one_on_one_named_days(journal, start, end)
    if named:
        kept.append(named_item(named, language, start=start, end=end))
    return kept


def printable_meeting(
    journal: Journal,
    meeting: OneOnOne,
    agenda: Sequence[AgendaDraftItem],
    start: date,
    end: date,
    language: Language,
) -> tuple[OneOnOne, list[AgendaDraftItem]]:
    """What a printed 1:1 agenda may carry.

    What a printed 1:1 agenda may carry: the shareable agenda, and the meeting's own
    notes (line by line) and actions without any that carry a stored reflection.
    """
    rule = ShareRule(journal)
    rule.prepare(
        [*meeting.notes.split("\n"), *(a.text for a in meeting.actions), meeting.with_whom]
    )
    notes = "\n".join(rule.keep(meeting.notes.split("\n")))
    actions = tuple(a for a in meeting.actions if not rule.leaks(a.text))
    who = meeting.with_whom if not rule.leaks(meeting.with_whom) else ""
    shown = dataclasses.replace(
        meeting, with_whom=who, agenda=(), notes=notes.strip(), actions=actions
    )
    return shown, shareable_agenda(journal, agenda, start, end, language)


def print_record(start: date, end: date, named: Sequence[date], made_at: datetime) -> ExportRecord:
    """The consent-log entry for a 1:1 agenda printed to a PDF file."""
    return ExportRecord(
        made_at=made_at,
        kind=ReportKind.ONE_ON_ONE.value,
        format="pdf",
        period_start=start,
        period_end=end,
        reflection_days=tuple(sorted(named)),
    )


def named_item(
    named: Sequence[date], language: Language, *, start: date, end: date
) -> AgendaDraftItem:
    """The agenda point naming the days of reflections marked for the 1:1 (not the text).

    The days of ``[start, end]`` get their year when the period spans years.
    """
    dates = ", ".join(fmt.period_date(day, start, end, language) for day in named)
    return AgendaDraftItem(
        _t(
            (
                f"Mine refleksioner markeret til 1:1 ({dates}).",
                f"My reflections marked for the 1:1 ({dates}).",
            ),
            language,
        ),
        _t(("teksten bliver i appen", "the text stays in the app"), language),
    )
