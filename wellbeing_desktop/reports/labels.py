"""The few words the renderers add around a report (title page, footer), in its language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.domain import formatting as fmt
from wellbeing_desktop.domain.catalogues import localized

if TYPE_CHECKING:
    from datetime import date

    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.services.report_content import Report

APP_NAME = ("Lederpuls", "Leader Pulse")


def app_name(report: Report) -> str:
    return app_name_in(report.language)


def app_name_in(language: Language) -> str:
    """``Lederpuls`` / ``Leader Pulse``."""
    return localized(APP_NAME, language)


def made_line(report: Report) -> str:
    """``Lavet 26. november 2026 kl. 17.30`` / ``Made 26 November 2026, 17:30``."""
    made = localized(("Lavet", "Made"), report.language)
    return f"{made} {fmt.made_at_text(report.made_at, report.language)}"


def period_line(report: Report) -> str:
    """``Periode: 1.–26. november 2026`` / ``Period: 1–26 November 2026``."""
    word = localized(("Periode", "Period"), report.language)
    return f"{word}: {fmt.period_text(report.period_start, report.period_end, report.language)}"


def subtitle_line(report: Report) -> str:
    """The line under the title: ``period_line``, or the report's own subtitle if it says more.

    A coach summary's subtitle is its period; a leader group's report has the round's
    name, the number of leaders and the period (``Ledergruppen · 6 ledere · 1.–26. …``).
    """
    if report.subtitle.strip() and report.subtitle != fmt.period_text(
        report.period_start, report.period_end, report.language
    ):
        return report.subtitle
    return period_line(report)


def page_footer(report: Report, page: int, pages: int) -> str:
    """``Side 2 af 5`` / ``Page 2 of 5``."""
    return localized((f"Side {page} af {pages}", f"Page {page} of {pages}"), report.language)


PRINTED_AGENDA = "printed-agenda"  # the 1:1 view's "Print…" to a file, beside the report kinds
_SUBJECTS = {
    "one-on-one": (
        "Dagsorden og tal fra dagbogen til en 1:1-samtale",
        "Agenda and figures from the journal for a one-to-one",
    ),
    PRINTED_AGENDA: ("Dagsorden til en 1:1-samtale", "Agenda for a one-to-one"),
    "coach": (
        "Opsummering af en periode i dagbogen til en samtale med en coach",
        "A summary of a period of the journal for a conversation with a coach",
    ),
    "leader-group": (
        "Ledergruppens samlede puls – dagsorden til en samtale i ledergruppen",
        "The leader group's combined pulse – an agenda for the leader group's conversation",
    ),
}
_KEYWORDS = {
    "one-on-one": ("ledelse, trivsel, 1:1-samtale", "leadership, wellbeing, one-to-one"),
    PRINTED_AGENDA: ("ledelse, 1:1-samtale, dagsorden", "leadership, one-to-one, agenda"),
    "coach": ("ledelse, trivsel, coaching", "leadership, wellbeing, coaching"),
    "leader-group": (
        "ledelse, trivsel, ledergruppen, arbejdsmiljø",
        "leadership, wellbeing, leader group, work environment",
    ),
}


def document_subject(report: Report) -> str:
    """What the file is, for its properties: ``Dagsorden … til en 1:1-samtale, 1.–26. …``."""
    return kind_subject(report.kind.value, report.language, report.period_start, report.period_end)


def kind_subject(kind: str, language: Language, start: date, end: date) -> str:
    """The subject of a report of this kind (a ``ReportKind`` value, or ``PRINTED_AGENDA``)."""
    what = localized(_SUBJECTS[kind], language)
    return f"{what}, {fmt.period_text(start, end, language)}"


def document_keywords(report: Report) -> str:
    """The file's keywords: the app's name and what the report is about."""
    return kind_keywords(report.kind.value, report.language)


def kind_keywords(kind: str, language: Language) -> str:
    """The keywords of a report of this kind (a ``ReportKind`` value, or ``PRINTED_AGENDA``)."""
    return f"{app_name_in(language)}, {localized(_KEYWORDS[kind], language)}"
