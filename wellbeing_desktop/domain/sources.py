"""The published sources the app's scales, thresholds and structures rest on.

Every insight names its source by a short citation a user can look up ("Topp et al.
2015"); the Sources page in Settings lists the full references below (Danish first).
The references are the ones in the project's domain notes (shared/domain.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wellbeing_desktop.domain.catalogues import Texts

# --- short citations, as the insights name them -----------------------------------------

CITE_WHO5: Texts = ("Topp m.fl. 2015", "Topp et al. 2015")
CITE_JDR: Texts = ("Bakker & Demerouti 2007", "Bakker & Demerouti 2007")
CITE_STAIRCASE: Texts = ("Friis Andersen & Kingston 2016", "Friis Andersen & Kingston 2016")
CITE_HOURS: Texts = (
    "37-timersugen i de danske overenskomster (FAOS)",
    "the 37-hour week of the Danish collective agreements (FAOS)",
)
CITE_SPARRING: Texts = ("Velliv, Ledertrivsel", "Velliv, Ledertrivsel (leader wellbeing)")

# --- full references, for the Sources page ------------------------------------------------

REFERENCES: tuple[Texts, ...] = (
    (
        "WHO-5 og dens grænser (50 og 28) og en ændring på 10 point: Topp, C. W., "
        "Østergaard, S. D., Søndergaard, S. & Bech, P. (2015). The WHO-5 Well-Being Index: "
        "A Systematic Review of the Literature. Psychotherapy and Psychosomatics, 84(3), "
        "167–176.",
        "WHO-5, its cut-offs (50 and 28) and a change of 10 points: Topp, C. W., "
        "Østergaard, S. D., Søndergaard, S. & Bech, P. (2015). The WHO-5 Well-Being Index: "
        "A Systematic Review of the Literature. Psychotherapy and Psychosomatics, 84(3), "
        "167–176.",
    ),
    (
        "WHO-5 Trivselsindeks: Psykiatrisk Forskningsenhed, Psykiatrisk Center Nordsjælland, "
        "Hillerød; første gang præsenteret af WHO Europa i 1998. Kan frit anvendes med "
        "kildeangivelse.",
        "WHO-5 Well-Being Index: Psychiatric Research Unit, Mental Health Centre North "
        "Zealand, Hillerød, Denmark; first presented by WHO/Europe in 1998. Free to use "
        "with attribution.",
    ),
    (
        "Stresstrappen: Friis Andersen, M. & Kingston, M. (2016). Stop stress – Håndbog for "
        "ledere. København: Klim. Appen bruger trinnenes navne frit efter bogen.",
        "The stress staircase: Friis Andersen, M. & Kingston, M. (2016). Stop stress – "
        "Håndbog for ledere. Copenhagen: Klim. The app uses the steps' names freely after "
        "the book.",
    ),
    (
        "Krav og ressourcer: Bakker, A. B. & Demerouti, E. (2007). The Job Demands-Resources "
        "model: state of the art. Journal of Managerial Psychology, 22(3), 309–328.",
        "Demands and resources: Bakker, A. B. & Demerouti, E. (2007). The Job "
        "Demands-Resources model: state of the art. Journal of Managerial Psychology, "
        "22(3), 309–328.",
    ),
    (
        "Bekendtgørelse om psykisk arbejdsmiljø (i kraft 1. november 2020): de fem "
        "risikofaktorer bag flere af kravene.",
        "The Danish executive order on the psychosocial work environment (in force "
        "1 November 2020): the five risk factors behind several of the demands.",
    ),
    (
        "Ugenormen på 37 timer: den normale fuldtidsuge i de fleste private og offentlige "
        "overenskomster siden 1990. FAOS, Københavns Universitet: Arbejdsmarkedets "
        "begreber – arbejdstid.",
        "The 37-hour weekly norm: the normal full-time week in most private and public "
        "Danish collective agreements since 1990. FAOS, University of Copenhagen: "
        "Arbejdsmarkedets begreber – arbejdstid (labour-market terms – working time).",
    ),
    (
        "Sparring og ledertrivsel: Velliv, Ledertrivsel (velliv.dk/viden/ledertrivsel), og "
        "Center for Ledelse, Ledertrivsel-analysen 2025.",
        "Sparring and leader wellbeing: Velliv, Ledertrivsel (velliv.dk/viden/ledertrivsel), "
        "and Center for Ledelse, Ledertrivsel-analysen 2025 (leader wellbeing analysis).",
    ),
    (
        "Coachopsummeringen følger GROW: Whitmore, J. (1992). Coaching for Performance. "
        "London: Nicholas Brealey.",
        "The coach summary follows GROW: Whitmore, J. (1992). Coaching for Performance. "
        "London: Nicholas Brealey.",
    ),
    (
        "Refleksionsspørgsmålene bygger bl.a. på Bono m.fl. (2013), Academy of Management "
        "Journal 56(6), 1601–1627; Di Stefano, Gino, Pisano & Staats, Making Experience "
        "Count; Amabile & Kramer (2011), The Progress Principle.",
        "The reflection prompts draw on Bono et al. (2013), Academy of Management Journal "
        "56(6), 1601–1627; Di Stefano, Gino, Pisano & Staats, Making Experience Count; "
        "Amabile & Kramer (2011), The Progress Principle.",
    ),
)

NOT_DIAGNOSIS: Texts = (
    "Lederpuls er til din egen refleksion. Den stiller ingen diagnose og er ikke "
    "sundhedsfagligt udstyr.",
    "Leader Pulse is for your own reflection. It makes no diagnosis and is not a medical device.",
)
