"""A report as Markdown (CommonMark with pipe tables): charts become small tables.

Every piece of journal text is escaped, so a ``*`` or ``<b>`` the user typed stays text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wellbeing_desktop.domain import formatting as fmt
from wellbeing_desktop.reports.chart_table import chart_table
from wellbeing_desktop.reports.labels import made_line

if TYPE_CHECKING:
    from wellbeing_desktop.services.report_content import Report, ReportSection

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#&!~{}])")
_LINE_START = re.compile(r"^(\s*)([-+=]|\d+[.)])(\s|$)")
WRITE_IN = "_" * 40  # a rule to write on, as on the printed form


def escape(text: str) -> str:
    """Markdown-inert text: punctuation with a meaning gets a backslash, one line."""
    flat = " ".join(text.split())
    escaped = _SPECIAL.sub(r"\\\1", flat)
    return _LINE_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}{m.group(3)}", escaped)


def render_markdown(report: Report) -> str:
    lines = [f"# {escape(report.title)}", "", f"**{escape(report.subtitle)}**", ""]
    lines += [f"*{escape(made_line(report))}*", ""]
    if report.notice:
        lines += [f"> {escape(report.notice)}", ""]
    for section in report.sections:
        lines += _section(section, report)
    return "\n".join(lines).rstrip("\n") + "\n"


def _section(section: ReportSection, report: Report) -> list[str]:
    marks = "##" if section.level <= 1 else "###"
    lines = [f"{marks} {escape(section.heading)}", ""]
    for paragraph in section.paragraphs:
        lines += [escape(paragraph), ""]
    if section.chart is not None:
        header, rows = chart_table(section.chart)
        lines += [f"*{escape(section.chart.title)}*", ""]
        lines.append("| " + " | ".join(escape(h) for h in header) + " |")
        lines.append("|" + "---|" * len(header))
        lines += ["| " + " | ".join(escape(c) for c in row) + " |" for row in rows]
        lines.append("")
    if section.facts:
        lines += ["| | |", "|---|---|"]
        lines += [f"| {escape(label)} | {escape(value)} |" for label, value in section.facts]
        lines.append("")
    if section.items:
        if section.items_intro:
            lines += [escape(section.items_intro), ""]
        for i, item in enumerate(section.items):
            source = section.item_sources[i] if i < len(section.item_sources) else ""
            if source:  # a backslash at the end of a line is a line break
                lines += [f"- {escape(item)}\\", f"  *{escape(source)}*"]
            else:
                lines.append(f"- {escape(item)}")
        lines.append("")
    for day, text in section.quotes:
        paragraphs = [p for p in (" ".join(part.split()) for part in text.split("\n\n")) if p]
        for i, paragraph in enumerate(paragraphs):
            if i:
                lines.append(">")
            lines.append(f"> {escape(paragraph)}")
        lines += [">", f"> — {escape(fmt.long_date(day, report.language))}", ""]
    for _ in range(section.blank_lines):
        lines += [WRITE_IN, ""]
    return lines
