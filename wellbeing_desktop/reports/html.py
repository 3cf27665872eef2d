"""A report as one self-contained HTML file: inline CSS, charts as embedded PNG images.

Each chart's image carries its figures in words as its ``alt`` text (``chart_words``), and
its numbers follow as a table with headers, as in the Markdown report.

No scripts, no external links or fonts; every text is HTML-escaped.
"""

from __future__ import annotations

import base64
from html import escape
from typing import TYPE_CHECKING

from wellbeing_desktop.domain import formatting as fmt
from wellbeing_desktop.reports.chart_table import chart_table
from wellbeing_desktop.reports.chart_words import chart_sentence
from wellbeing_desktop.reports.charts import chart_size, render_chart_png
from wellbeing_desktop.reports.clean_text import printable_report
from wellbeing_desktop.reports.labels import app_name, made_line, subtitle_line

if TYPE_CHECKING:
    from wellbeing_desktop.services.report_content import ChartSpec, Report, ReportSection

CHART_WIDTH = 1400  # pixels: sharp at 700 CSS pixels on a high-density screen
CHART_HEIGHT = 520

STYLE = """
body { margin: 0; background: #f3f2ef; color: #24272b;
  font: 15px/1.55 "Segoe UI", "Helvetica Neue", "DejaVu Sans", Arial, sans-serif; }
main { max-width: 760px; margin: 32px auto; padding: 40px 48px; background: #fff;
  border: 1px solid #e2e0db; border-radius: 12px; }
header { border-bottom: 1px solid #e2e0db; margin-bottom: 24px; padding-bottom: 16px; }
.app { color: #3d7ea6; font-weight: 600; letter-spacing: .08em; text-transform: uppercase;
  font-size: 12px; margin: 0; }
h1 { font-size: 26px; margin: 6px 0 4px; }
.period { font-size: 17px; margin: 0; }
.made { color: #6b6f76; margin: 4px 0 0; font-size: 13px; }
.notice { background: #fbf3df; border: 1px solid #efd9a7; border-radius: 8px;
  padding: 10px 14px; font-size: 13px; margin: 16px 0 0; }
h2 { font-size: 20px; margin: 32px 0 8px; color: #24272b; }
h3 { font-size: 16px; margin: 22px 0 6px; color: #3d7ea6; }
table.facts { border-collapse: collapse; margin: 8px 0 12px; }
table.facts th, table.facts td { text-align: left; padding: 4px 16px 4px 0;
  border-bottom: 1px solid #eeece8; vertical-align: top; }
table.facts th { font-weight: 500; color: #6b6f76; }
ul { padding-left: 22px; }
li { margin: 4px 0; }
.source { display: block; color: #6b6f76; font-size: 12.5px; }
blockquote { margin: 12px 0; padding: 8px 16px; border-left: 3px solid #3d7ea6;
  background: #f7f6f3; }
blockquote footer { color: #6b6f76; font-size: 12.5px; margin-top: 4px; }
figure { margin: 12px 0; }
figure img { width: 100%; height: auto; }
figcaption { color: #6b6f76; font-size: 13px; margin-bottom: 4px; }
table.chart-data { border-collapse: collapse; margin: 6px 0 4px; font-size: 13px; }
table.chart-data th, table.chart-data td { padding: 2px 14px 2px 0; text-align: right;
  border-bottom: 1px solid #eeece8; font-variant-numeric: tabular-nums; }
table.chart-data th[scope="row"] { text-align: left; font-weight: 400; }
table.chart-data thead th { color: #6b6f76; font-weight: 500; text-align: right; }
table.chart-data thead th:first-child { text-align: left; }
.write-in { border-bottom: 1px solid #b9b6ae; height: 30px; }
@media print { body { background: #fff; } main { border: none; margin: 0; padding: 0; } }
"""


def render_html(report: Report) -> str:
    report = printable_report(report)
    lang = report.language.value
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light">',  # a paper-like page in dark mode too
        f"<title>{escape(report.title)} – {escape(report.subtitle)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        "<main>",
        "<header>",
        f'<p class="app">{escape(app_name(report))}</p>',
        f"<h1>{escape(report.title)}</h1>",
        f'<p class="period">{escape(subtitle_line(report))}</p>',
        f'<p class="made">{escape(made_line(report))}</p>',
    ]
    if report.notice:
        parts.append(f'<p class="notice">{escape(report.notice)}</p>')
    parts.append("</header>")
    for section in report.sections:
        parts += _section(section, report)
    parts += ["</main>", "</body>", "</html>", ""]
    return "\n".join(parts)


def _section(section: ReportSection, report: Report) -> list[str]:
    tag = "h2" if section.level <= 1 else "h3"
    parts = [
        f'<section class="{escape(section.key)}">',
        f"<{tag}>{escape(section.heading)}</{tag}>",
    ]
    parts += [f"<p>{escape(p)}</p>" for p in section.paragraphs]
    if section.chart is not None:
        parts.append(_figure(section.chart))
    if section.facts:
        parts.append('<table class="facts">')
        parts += [
            f'<tr><th scope="row">{escape(label)}</th><td>{escape(value)}</td></tr>'
            for label, value in section.facts
        ]
        parts.append("</table>")
    if section.items:
        if section.items_intro:
            parts.append(f"<p>{escape(section.items_intro)}</p>")
        parts.append("<ul>")
        for i, item in enumerate(section.items):
            source = section.item_sources[i] if i < len(section.item_sources) else ""
            small = f' <span class="source">{escape(source)}</span>' if source else ""
            parts.append(f"<li>{escape(item)}{small}</li>")
        parts.append("</ul>")
    for day, text in section.quotes:
        paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
        body = "".join(
            f"<p>{'<br>'.join(escape(line) for line in p.splitlines())}</p>" for p in paragraphs
        )
        when = escape(fmt.long_date(day, report.language))
        parts.append(f"<blockquote>{body}<footer>— {when}</footer></blockquote>")
    parts += ['<div class="write-in"></div>'] * section.blank_lines
    parts.append("</section>")
    return parts


def _figure(chart: ChartSpec) -> str:
    """The chart as an image whose text says its figures, and its numbers as a table."""
    png = render_chart_png(chart, *chart_size(chart, CHART_WIDTH, CHART_HEIGHT))
    data = base64.b64encode(png).decode("ascii")
    header, rows = chart_table(chart)
    table = [
        '<table class="chart-data">',
        "<thead><tr>"
        + "".join(f'<th scope="col">{escape(h)}</th>' for h in header)
        + "</tr></thead>",
        "<tbody>",
        *(
            f'<tr><th scope="row">{escape(row[0])}</th>'
            + "".join(f"<td>{escape(cell)}</td>" for cell in row[1:])
            + "</tr>"
            for row in rows
        ),
        "</tbody>",
        "</table>",
    ]
    return "\n".join(
        [
            f"<figure><figcaption>{escape(chart.title)}</figcaption>",
            f'<img alt="{escape(chart_sentence(chart))}" src="data:image/png;base64,{data}">',
            *table,
            "</figure>",
        ]
    )
