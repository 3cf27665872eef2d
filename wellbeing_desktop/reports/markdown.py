r"""A report as Markdown (CommonMark with pipe tables): charts become small tables.

Every piece of journal text is escaped, so a ``*`` or ``<b>`` the user typed stays text,
and escaped only as much as CommonMark needs: a backslash goes before punctuation that
would start markup here (``*``, ``_``, a backtick, ``[``, ``<``, ``|``, an entity's
``&``), and at the start of a block only where the line would otherwise become a list,
heading, quote or rule (``20\. nov.``, ``\- tekst``). A date or number in a sentence or
a table cell is written as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.domain import formatting as fmt
from wellbeing_desktop.domain.markdown_text import escape, inline
from wellbeing_desktop.domain.markdown_text import heading as _heading
from wellbeing_desktop.reports.chart_table import chart_table
from wellbeing_desktop.reports.clean_text import printable_report
from wellbeing_desktop.reports.labels import made_line

if TYPE_CHECKING:
    from wellbeing_desktop.services.report_content import Report, ReportSection

WRITE_IN = "_" * 40  # a rule to write on, as on the printed form


def quote_paragraphs(text: str) -> list[list[str]]:
    """A reflection's paragraphs (split at blank lines), each a list of its non-empty lines."""
    paragraphs = []
    for part in text.split("\n\n"):
        lines = [" ".join(line.split()) for line in part.splitlines()]
        if any(lines):
            paragraphs.append([line for line in lines if line])
    return paragraphs


def render_markdown(report: Report) -> str:
    report = printable_report(report)
    lines = [f"# {_heading(report.title)}", ""]
    if report.subtitle.strip():
        lines += [f"**{inline(report.subtitle)}**", ""]
    lines += [f"*{inline(made_line(report))}*", ""]
    if report.notice:
        lines += [f"> {escape(report.notice)}", ""]
    for section in report.sections:
        lines += _section(section, report)
    return "\n".join(lines).rstrip("\n") + "\n"


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(inline(c) for c in cells) + " |"


def _section(section: ReportSection, report: Report) -> list[str]:
    marks = "##" if section.level <= 1 else "###"
    lines = [f"{marks} {_heading(section.heading)}", ""]
    for paragraph in section.paragraphs:
        lines += [escape(paragraph), ""]
    if section.chart is not None:
        header, rows = chart_table(section.chart)
        lines += [f"*{inline(section.chart.title)}*", ""]
        lines.append(_row(header))
        lines.append("|" + "---|" * len(header))
        lines += [_row(row) for row in rows]
        lines.append("")
    if section.facts:
        lines += ["| | |", "|---|---|"]
        lines += [_row([label, value]) for label, value in section.facts]
        lines.append("")
    if section.items:
        if section.items_intro:
            lines += [escape(section.items_intro), ""]
        for i, item in enumerate(section.items):
            source = section.item_sources[i] if i < len(section.item_sources) else ""
            if source:  # a backslash at the end of a line is a line break
                lines += [f"- {escape(item)}\\", f"  *{inline(source)}*"]
            else:
                lines.append(f"- {escape(item)}")
        lines.append("")
    for day, text in section.quotes:
        for i, paragraph_lines in enumerate(quote_paragraphs(text)):
            if i:
                lines.append(">")
            # The user's own line breaks stay: a backslash at the end of a line breaks it.
            lines += [f"> {escape(line)}\\" for line in paragraph_lines[:-1]]
            lines.append(f"> {escape(paragraph_lines[-1])}")
        lines += [">", f"> — {inline(fmt.long_date(day, report.language))}", ""]
    for _ in range(section.blank_lines):
        lines += [WRITE_IN, ""]
    return lines
