"""A report with every text printable: no control character reaches a file or the preview.

A reflection pasted from a terminal can hold ESC and BEL, a text from elsewhere a bidi
override: in a PDF they are empty boxes, in Markdown and HTML invisible bytes that can
make a line read differently from its words. Each renderer starts from
``printable_report``: every text as ``domain.safe_text.printable_text`` makes it (each
control, or whole escape sequence, one "�"; a CR a line break), as the CLI prints it.
It runs on the report as it leaves (after the sharing checks, which compare the stored
texts), and changes only what is drawn.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.safe_text import printable_text

if TYPE_CHECKING:
    from wellbeing_desktop.services.report_content import Report, ReportSection


def printable_report(report: Report) -> Report:
    """``report`` with every text of it printable (the same report when nothing changes)."""
    sections = tuple(_section(s) for s in report.sections)
    return dataclasses.replace(
        report,
        title=printable_text(report.title),
        subtitle=printable_text(report.subtitle),
        notice=printable_text(report.notice),
        sections=sections,
    )


def _section(section: ReportSection) -> ReportSection:
    chart = section.chart
    if chart is not None:
        chart = dataclasses.replace(chart, title=printable_text(chart.title))
    return dataclasses.replace(
        section,
        heading=printable_text(section.heading),
        paragraphs=tuple(printable_text(p) for p in section.paragraphs),
        facts=tuple((printable_text(k), printable_text(v)) for k, v in section.facts),
        items=tuple(printable_text(i) for i in section.items),
        quotes=tuple((day, printable_text(text)) for day, text in section.quotes),
        item_sources=tuple(printable_text(s) for s in section.item_sources),
        items_intro=printable_text(section.items_intro),
        chart=chart,
    )
