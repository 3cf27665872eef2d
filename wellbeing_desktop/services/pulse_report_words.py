"""The words of the leader group's report: its notice, its questions, its figures' names.

The questions close each of the three parts of the group's conversation (the source
text's conditions). They invite reflection together; none assesses a leader.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.domain import formatting as fmt
from wellbeing_desktop.domain.catalogues import localized
from wellbeing_desktop.domain.pulse import FIGURE_MIN_LEADERS, CountShown, GroupFigure
from wellbeing_desktop.services.pulse_words import item_labels
from wellbeing_desktop.services.report_content import ReportSection

if TYPE_CHECKING:
    from wellbeing_desktop.domain.catalogues import Texts
    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.domain.pulse import GroupCount, GroupPicture

NOTICE: Texts = (
    "Fortroligt. Ledergruppens samlede puls fra Lederpuls – ingen enkelt leders tal. "
    "Filen er ikke krypteret; gem den et sikkert sted.",
    "Confidential. The leader group's combined pulse from Leader Pulse – no single leader's "
    "figures. This file is not encrypted; keep it somewhere safe.",
)
QUESTIONS_HEADING: Texts = ("Til samtalen", "For the conversation")
# Two or three questions per part: to reflect on together, never to assess anyone.
QUESTIONS: dict[str, tuple[Texts, ...]] = {
    "wellbeing": (
        (
            "Hvad genkender vi i billedet – og hvad overrasker os?",
            "What do we recognise in the picture – and what surprises us?",
        ),
        (
            "Hvad skal der til, for at vi kan tale åbent om, hvordan vi har det?",
            "What would help us talk openly about how we are doing?",
        ),
        (
            "Hvordan holder vi en finger på pulsen – for gruppen og for hver af os?",
            "How do we keep a finger on the pulse – for the group and for each of us?",
        ),
    ),
    "balance": (
        (
            "Hvad i driften tager den tid, vi gerne ville bruge på ledelse?",
            "What in operations takes the time we would like to spend on leadership?",
        ),
        (
            "Hvilke krav kan vi gøre mindre sammen – og hvilke ressourcer kan vi dele?",
            "Which demands could we reduce together – and which resources could we share?",
        ),
        (
            "Hvad ville én time mere om ugen til ledelse kræve af os?",
            "What would one more hour a week for leadership take?",
        ),
    ),
    "sparring": (
        (
            "Hvem står over for noget for første gang – og hvem kan de sparre med?",
            "Who is facing something for the first time – and who could they spar with?",
        ),
        (
            "Hvordan giver vi hinanden løbende sparring, ikke kun når det brænder?",
            "How do we give each other regular sparring, not only when things are on fire?",
        ),
        (
            "Hvad lærte vi af de situationer, der blev løst?",
            "What did we learn from the situations that were resolved?",
        ),
    ),
}
FIGURE_NAMES: dict[str, Texts] = {
    GroupFigure.STAIRCASE: ("stresstrappen", "the stress staircase"),
    GroupFigure.WHO5: ("WHO-5-bånd", "WHO-5 bands"),
    GroupFigure.LEADERSHIP_SHARE: ("ledelsesandel", "leadership share"),
    GroupFigure.HOURS: ("timer pr. uge", "hours per week"),
    GroupFigure.BALANCE: ("krav og ressourcer", "demands and resources"),
    # An item list is in ``left_out`` when any item in it was named by too few leaders.
    GroupFigure.DEMAND_ITEMS: (
        f"krav, som færre end {FIGURE_MIN_LEADERS} ledere nævnte",
        f"demands fewer than {FIGURE_MIN_LEADERS} leaders named",
    ),
    GroupFigure.RESOURCE_ITEMS: (
        f"ressourcer, som færre end {FIGURE_MIN_LEADERS} ledere nævnte",
        f"resources fewer than {FIGURE_MIN_LEADERS} leaders named",
    ),
    GroupFigure.SITUATIONS: (
        f"»første gang«-situationer, som færre end {FIGURE_MIN_LEADERS} ledere står i",
        f"first-time situations fewer than {FIGURE_MIN_LEADERS} leaders face",
    ),
    GroupFigure.FACING_WITH_SPARRING: (
        "sparring blandt dem i en »første gang«-situation",
        "sparring among those facing a first-time situation",
    ),
}


class GroupWords:
    """The group report's small phrases in one language (services/pulse_report.py)."""

    def __init__(self, picture: GroupPicture, language: Language) -> None:
        self.language = language
        self.total = picture.leaders
        self.labels = item_labels(language)

    def t(self, texts: Texts) -> str:
        return localized(texts, self.language)

    def leaders(self, count: int) -> str:
        """``6 ledere`` / ``1 leder``, ``6 leaders``."""
        one = count == 1
        return self.t(
            (f"{count} leder", f"{count} leader")
            if one
            else (f"{count} ledere", f"{count} leaders")
        )

    def of(self, count: int, total: int | None = None) -> str:
        """``4 af 6 ledere`` / ``4 of 6 leaders``."""
        whole = self.total if total is None else total
        return self.t((f"{count} af ", f"{count} of ")) + self.leaders(whole)

    def count(self, count: GroupCount) -> str:
        """A count of leaders as the picture may show it (``domain.pulse_count``).

        ``4 af 6 ledere``; banded, without its number: ``højst 2 af 6 ledere``, ``alle på
        nær højst 2 af 6 ledere`` / ``at most 2 of 6 leaders``, ``all but at most 2 of 6
        leaders``.
        """
        whole = self.leaders(count.of)
        few = FIGURE_MIN_LEADERS - 1
        if count.exact:
            return self.t((f"{count.count} af {whole}", f"{count.count} of {whole}"))
        if count.shown is CountShown.FEW:
            return self.t((f"højst {few} af {whole}", f"at most {few} of {whole}"))
        return self.t((f"alle på nær højst {few} af {whole}", f"all but at most {few} of {whole}"))

    def number(self, value: float) -> str:
        """A median of whole numbers: ``36`` or ``36,5``."""
        return fmt.number(value, self.language, 0 if float(value).is_integer() else 1)

    def left_out(self, picture: GroupPicture, *figures: GroupFigure) -> tuple[str, ...]:
        """The line naming ``figures`` the picture left out (too few leaders), if any."""
        lines: list[str] = []
        names = [self.t(FIGURE_NAMES[f]) for f in figures if f.value in picture.left_out]
        if names:
            listed = ", ".join(names)
            lines.append(
                self.t(
                    (
                        f"Udeladt, fordi for få ledere gav dem: {listed}.",
                        f"Left out because too few leaders gave them: {listed}.",
                    )
                )
            )
        return tuple(lines)

    def questions(self, part: str) -> ReportSection:
        return ReportSection(
            key=f"{part}_questions",
            heading=self.t(QUESTIONS_HEADING),
            items=tuple(self.t(question) for question in QUESTIONS[part]),
            level=2,
        )
