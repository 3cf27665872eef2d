"""The 1:1 agenda as a printable document: who, when, the period, the points, the actions."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date

from PySide6.QtGui import QFont, QTextDocument

from wellbeing_desktop.domain.models import Language, OneOnOne
from wellbeing_desktop.ui import one_on_one_words as words
from wellbeing_desktop.ui.one_on_one_models import AgendaBlock, long_day, short_day
from wellbeing_desktop.ui.translation import tr


def agenda_html(
    meeting: OneOnOne,
    blocks: Sequence[AgendaBlock],
    start: date,
    end: date,
    language: Language,
) -> str:
    """Plain, printer-friendly HTML: every journal word escaped."""

    def esc(text: str) -> str:
        return html.escape(text, quote=False)

    title = tr(words.MEETING_TITLE, language).format(who=meeting.with_whom)
    period = (
        f"{tr(words.PERIOD, language)}: {short_day(start, language)} – {short_day(end, language)}"
    )
    parts = [
        f"<h1>{esc(title)}</h1>",
        f"<p>{esc(long_day(meeting.held_on, language))}<br/>"
        f'<span style="color:#6b6f76">{esc(period)}</span></p>',
        f"<h2>{esc(tr(words.AGENDA, language))}</h2>",
    ]
    points = [b for b in blocks if b.text.strip()]
    if points:
        parts.append("<ol>")
        for block in points:
            source = (
                f'<br/><span style="color:#6b6f76; font-size:small">{esc(block.source)}</span>'
                if block.source
                else ""
            )
            parts.append(f"<li>{esc(block.text.strip())}{source}</li>")
        parts.append("</ol>")
    if meeting.notes.strip():
        parts.append(f"<h2>{esc(tr(words.NOTES, language))}</h2>")
        for paragraph in meeting.notes.strip().split("\n"):
            parts.append(f"<p>{esc(paragraph)}</p>")
    if meeting.actions:
        parts.append(f"<h2>{esc(tr(words.ACTIONS, language))}</h2><ul>")
        for action in meeting.actions:
            box = "☑" if action.done else "☐"
            parts.append(f"<li>{box} {esc(action.text)}</li>")
        parts.append("</ul>")
    return "\n".join(parts)


def agenda_document(
    meeting: OneOnOne,
    blocks: Sequence[AgendaBlock],
    start: date,
    end: date,
    language: Language,
) -> QTextDocument:
    document = QTextDocument()
    font = QFont()
    font.setPointSizeF(11.0)
    document.setDefaultFont(font)
    document.setHtml(agenda_html(meeting, blocks, start, end, language))
    return document
