"""The words of the leader group's report: its notice, its questions, its figures' names.

The questions close each of the three parts of the group's conversation (the source
text's conditions). They invite reflection together; none assesses a leader.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.domain.pulse import GroupFigure

if TYPE_CHECKING:
    from wellbeing_desktop.domain.catalogues import Texts

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
    GroupFigure.DEMAND_ITEMS: ("de hyppigste krav", "the most frequent demands"),
    GroupFigure.RESOURCE_ITEMS: ("de hyppigste ressourcer", "the most frequent resources"),
    GroupFigure.SITUATIONS: ("»første gang«-situationer", "first-time situations"),
    GroupFigure.FACING_WITH_SPARRING: (
        "sparring blandt dem i en »første gang«-situation",
        "sparring among those facing a first-time situation",
    ),
}
