"""The words of the insights, Danish first.

The words of the insights, Danish first: each rule's sentence, its figures' labels, and
where its threshold comes from (domain notes, shared/domain.md).

Reflective, never diagnostic (UX brief: the words of a good colleague). Placeholders are
filled with numbers already formatted for the language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wellbeing_desktop.domain.catalogues import Texts

# --- where each threshold comes from (Danish first) -------------------------------------

SOURCE_TARGET: Texts = (
    "Dit eget mål for ledelsesandel (Indstillinger); domænenoter §5.2",
    "Your own leadership-share target (Settings); domain notes §5.2",
)
SOURCE_HOURS: Texts = (
    "Din ugenorm (Indstillinger); 37-timersugen i de fleste overenskomster; domænenoter §5 og §5.1",
    "Your weekly norm (Settings); the 37-hour week of most collective agreements; "
    "domain notes §5, §5.1",
)
SOURCE_STAIRCASE: Texts = (
    "Stresstrappen, efter Friis Andersen & Kingston, Stop stress (Klim 2016); domænenoter §1 og §7",
    "The stress staircase, after Friis Andersen & Kingston, Stop stress (Klim 2016); "
    "domain notes §1, §7",
)
SOURCE_JDR: Texts = (
    "Krav-ressource-modellen (JD-R), Bakker & Demerouti 2007; domænenoter §2",
    "Job Demands–Resources model, Bakker & Demerouti 2007; domain notes §2",
)
SOURCE_SPARRING: Texts = (
    "Velliv, Ledertrivsel: løbende strategisk sparring (betingelse 3); stresstrappen; "
    "domænenoter §0 og §7",
    "Velliv, Leader wellbeing: continuous strategic sparring (condition 3); the stress "
    "staircase; domain notes §0, §7",
)
SOURCE_WHO5: Texts = (
    "WHO-5: Topp m.fl. 2015; domænenoter §3.3 og §7",
    "WHO-5: Topp et al. 2015; domain notes §3.3, §7",
)

# --- words ----------------------------------------------------------------------------

TEXT_OPERATIONS: Texts = (
    "Drift og egne opgaver har taget mere tid, end dit mål for ledelse giver plads til, "
    "{n} uger i træk ({weeks}): ledelsesandelen lå {span} mod dit mål på {target}. "
    "Det kan være værd at se på, hvad der kan vente, droppes eller uddelegeres.",
    "Operations and your own tasks have taken more time than your leadership target "
    "allows for {n} weeks in a row ({weeks}): your leadership share was {span}, against "
    "your target of {target}. It may be worth looking at what could wait, be dropped or "
    "be delegated.",
)
TEXT_TARGET_REACHED: Texts = (
    "Ledelsesandelen nåede {share} i {week} – dit mål er {target} – efter {n} uger under "
    "målet. Det kan være værd at notere, hvad du gjorde anderledes.",
    "Your leadership share reached {share} in {week} (your target is {target}) after {n} "
    "weeks below it. It may be worth noting what you did differently.",
)
TEXT_HOURS: Texts = (
    "Du har arbejdet mere end din ugenorm {n} uger i træk ({weeks}): {hours} timer i alt "
    "mod normens {norm} timer. Det kan være værd at se på, hvad der kan vente – og at "
    "sætte tid af til at komme dig.",
    "You have worked more than your weekly norm for {n} weeks in a row ({weeks}): {hours} "
    "hours in all, against a norm of {norm} hours. It may be worth looking at what could "
    "wait, and setting time aside to recover.",
)
TEXT_HOURS_BACK: Texts = (
    "Arbejdstiden er tilbage inden for din ugenorm: {hours} timer i {week} efter {n} uger "
    "over normen.",
    "Your working hours are back within your weekly norm: {hours} hours in {week} after "
    "{n} weeks above it.",
)
TEXT_STRESS_RISING: Texts = (
    "Dit trin på stresstrappen er steget: i snit {last} de sidste to uger ({weeks}) mod "
    "{before} de to uger før. Det kan være værd at spørge dig selv, hvad der har ændret "
    "sig – og hvad der skal til for at komme tilbage mod det tempererede trin.",
    "Your step on the stress staircase has gone up: {last} on average over the last two "
    "weeks ({weeks}), against {before} in the two weeks before. It may be worth asking "
    "yourself what has changed, and what it would take to get back towards the temperate "
    "step.",
)
TEXT_STRESS_EASING: Texts = (
    "Dit trin på stresstrappen er på vej ned: i snit {last} de sidste to uger ({weeks}) "
    "mod {before} de to uger før. Det kan være værd at notere, hvad der har hjulpet.",
    "Your step on the stress staircase is coming down: {last} on average over the last "
    "two weeks ({weeks}), against {before} in the two weeks before. It may be worth "
    "noting what has helped.",
)
TEXT_STRESS_RAISED: Texts = (
    "Du har placeret dig på trin 3 eller derover {high} af {days} dage de sidste to uger "
    "({weeks}). Det kan være værd at tale med nogen om det – din egen leder, HR eller en "
    "i ledergruppen.",
    "You placed yourself on step 3 or above on {high} of {days} days in the last two "
    "weeks ({weeks}). It may be worth talking to someone about it: your own leader, HR "
    "or someone in your leader group.",
)
TEXT_DEMANDS: Texts = (
    "Kravene har været større end ressourcerne {n} uger i træk ({weeks}), senest {demands} "
    "mod {resources} i snit. Det kan være værd at se på, hvilken ressource du savner "
    "mest – og hvem der kan hjælpe med den.",
    "Demands have been higher than resources for {n} weeks in a row ({weeks}), most "
    "recently {demands} against {resources} on average. It may be worth looking at which "
    "resource you miss most, and who could help with it.",
)
TEXT_RESOURCES: Texts = (
    "Ressourcerne har opvejet kravene {n} uger i træk ({weeks}), senest {resources} mod "
    "{demands} i snit.",
    "Your resources have outweighed the demands for {n} weeks in a row ({weeks}), most "
    "recently {resources} against {demands} on average.",
)
TEXT_NO_SPARRING: Texts = (
    "Du har været på trin 3 eller derover {high} dage de sidste to uger og har ikke noteret "
    "nogen sparring de sidste {quiet} dage. Det kan være værd at aftale en snak med din "
    "egen leder, ledergruppen eller dit ledernetværk.",
    "You have been on step 3 or above on {high} days in the last two weeks and have noted "
    "no sparring in the last {quiet} days. It may be worth arranging a talk with your own "
    "leader, your leader group or your leader network.",
)
TEXT_WHO5_REDUCED: Texts = (
    "Din WHO-5 den {day} var {score}. En score på 50 eller derunder tyder på, at trivslen "
    "har været nedsat. Det kan være værd at tale med en, du har tillid til, eller med din "
    "egen leder om, hvordan du har det.",
    "Your WHO-5 on {day} was {score}. A score of 50 or below suggests your wellbeing has "
    "been lower. It may be worth talking to someone you trust, or to your own leader, "
    "about how you are doing.",
)
TEXT_WHO5_LOW: Texts = (
    "Din WHO-5 den {day} var {score}. 28 eller derunder er en god grund til at tale med "
    "nogen: Det kan være en god idé at kontakte din læge eller sundhedsforsikringens "
    "rådgivning og fortælle, hvordan du har det.",
    "Your WHO-5 on {day} was {score}. 28 or below is a good reason to talk to someone: "
    "It may be a good idea to contact your doctor or your health-insurance counselling "
    "and tell them how you are doing.",
)
TEXT_WHO5_UP: Texts = (
    "Din WHO-5 er steget {diff} point, fra {before} den {before_day} til {score} den "
    "{day}. En ændring på 10 point eller mere er en tydelig forbedring.",
    "Your WHO-5 has risen by {diff} points, from {before} on {before_day} to {score} on "
    "{day}. A change of 10 points or more is a clear improvement.",
)

LABEL_TARGET: Texts = ("Mål", "Target")
LABEL_NORM: Texts = ("Ugenorm", "Weekly norm")
LABEL_WEEK: Texts = ("Uge {week}", "Week {week}")
LABEL_HOURS: Texts = ("{hours} t (norm {norm} t)", "{hours} h (norm {norm} h)")
LABEL_BALANCE: Texts = (
    "krav {demands} · ressourcer {resources}",
    "demands {demands} · resources {resources}",
)
LABEL_LAST_TWO: Texts = ("Trin i snit, de sidste to uger", "Mean step, last two weeks")
LABEL_TWO_BEFORE: Texts = ("Trin i snit, de to uger før", "Mean step, the two weeks before")
LABEL_HIGH_DAYS: Texts = ("Dage på trin 3–5", "Days on steps 3–5")
LABEL_STEP_DAYS: Texts = ("Dage med et trin", "Days with a step")
LABEL_LAST_SPARRING: Texts = ("Seneste sparring", "Latest sparring")
NO_SPARRING_YET: Texts = ("ingen noteret", "none noted")
LABEL_WHO5: Texts = ("WHO-5, {day}", "WHO-5, {day}")
LABEL_CUT_OFF: Texts = ("Grænse", "Cut-off")
