r"""A report as Markdown (CommonMark with pipe tables): charts become small tables.

Every piece of journal text is escaped, so a ``*`` or ``<b>`` the user typed stays text,
and escaped only as much as CommonMark needs: a backslash goes before punctuation that
would start markup here (``*``, ``_``, a backtick, ``[``, ``<``, ``|``, an entity's
``&``), and at the start of a block only where the line would otherwise become a list,
heading, quote or rule (``20\. nov.``, ``\- tekst``). A date or number in a sentence or
a table cell is written as it is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wellbeing_desktop.domain import formatting as fmt
from wellbeing_desktop.reports.chart_table import chart_table
from wellbeing_desktop.reports.clean_text import printable_report
from wellbeing_desktop.reports.labels import made_line

if TYPE_CHECKING:
    from wellbeing_desktop.services.report_content import Report, ReportSection

# Inline markup anywhere in a line: emphasis, code, links, HTML and autolinks, table cells,
# strike-through (GFM); "!" only makes an image before "[", which is escaped.
_INLINE = re.compile(r"([\\`*_\[\]<|~])")
# "&amp;", "&#42;", "&#x2A;" would be read as a character reference.
_ENTITY = re.compile(r"&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]*;)")
# At the start of a block (a paragraph, a list item, a quoted paragraph):
_ORDERED = re.compile(r"\d{1,9}(?=[.)](?:[ \t]|$))")  # "20. nov." → "20\. nov."
_BLOCK_MARK = re.compile(
    r"[-+](?=[ \t]|$)"  # a bullet list
    r"|>"  # a block quote
    r"|#{1,6}(?=[ \t]|$)"  # an ATX heading
    r"|-(?=(?:[ \t]*-){2,}[ \t]*$)"  # a thematic break "---", "- - -"
    r"|-(?=-*[ \t]*$)|=(?==*[ \t]*$)"  # under a line (after a line break): a setext heading
)
WRITE_IN = "_" * 40  # a rule to write on, as on the printed form


def inline(text: str) -> str:
    """Text that stays text inside a line (a table cell, after ``# `` or ``> — ``), one line."""
    flat = " ".join(text.split())
    return _ENTITY.sub("\\\\&", _INLINE.sub(r"\\\1", flat))


def escape(text: str) -> str:
    r"""Text that stays text where a block starts (a paragraph, a list item), one line.

    As ``inline``; a start that would make a list, heading, quote or rule is escaped the
    way CommonMark does (``1\. ``, ``\- ``, ``\# ``, ``\>``).
    """
    escaped = inline(text)
    ordered = _ORDERED.match(escaped)
    if ordered:
        return f"{ordered.group()}\\{escaped[ordered.end() :]}"
    if _BLOCK_MARK.match(escaped):
        return f"\\{escaped}"
    return escaped


def quote_paragraphs(text: str) -> list[list[str]]:
    """A reflection's paragraphs (split at blank lines), each a list of its non-empty lines."""
    paragraphs = []
    for part in text.split("\n\n"):
        lines = [" ".join(line.split()) for line in part.splitlines()]
        if any(lines):
            paragraphs.append([line for line in lines if line])
    return paragraphs


def _heading(text: str) -> str:
    """Heading text: as ``inline``, and a ``#`` never closes the heading."""
    return inline(text).replace("#", "\\#")


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
