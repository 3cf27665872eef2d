"""The words of the insights, Danish first.

The words of the insights, Danish first: each rule's sentence, its figures' labels, and
where its threshold comes from (domain notes, shared/domain.md).

Reflective, never diagnostic (UX brief: the words of a good colleague). Placeholders are
filled with numbers already formatted for the language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.domain.help_words import HELP_DOCTOR_FIRST, HELP_TALK

if TYPE_CHECKING:
    from wellbeing_desktop.domain.catalogues import Texts

# --- where each threshold comes from (Danish first) -------------------------------------
# Published sources a user can look up; the full references are on the Sources page
# (domain/sources.py, shown in Settings).

SOURCE_TARGET: Texts = (
    "Dit eget mål for ledelsesandel (Indstillinger)",
    "Your own leadership-share target (Settings)",
)
SOURCE_HOURS: Texts = (
    "Din ugenorm (Indstillinger); 37-timersugen i de danske overenskomster (FAOS)",
    "Your weekly norm (Settings); the 37-hour week of the Danish collective agreements (FAOS)",
)
SOURCE_STAIRCASE: Texts = (
    "Stresstrappen, Friis Andersen & Kingston 2016",
    "The stress staircase, Friis Andersen & Kingston 2016",
)
SOURCE_JDR: Texts = (
    "Krav-ressource-modellen, Bakker & Demerouti 2007",
    "The Job Demands–Resources model, Bakker & Demerouti 2007",
)
SOURCE_SPARRING: Texts = (
    "Velliv, Ledertrivsel; stresstrappen, Friis Andersen & Kingston 2016",
    "Velliv, Ledertrivsel (leader wellbeing); the stress staircase, Friis Andersen & Kingston 2016",
)
SOURCE_WHO5: Texts = (
    "WHO-5, Topp m.fl. 2015",
    "WHO-5, Topp et al. 2015",
)

# --- words ----------------------------------------------------------------------------

TEXT_OPERATIONS: Texts = (
    "Drift og egne opgaver har taget mere tid, end dit mål for ledelse giver plads til, "
    "{run} ({weeks}): ledelsesandelen lå {span} mod dit mål på {target}. "
    "Det kan være værd at se på, hvad der kan vente, droppes eller uddelegeres.",
    "Operations and your own tasks have taken more time than your leadership target "
    "allows for {run} ({weeks}): your leadership share was {span}, against "
    "your target of {target}. It may be worth looking at what could wait, be dropped or "
    "be delegated.",
)
TEXT_TARGET_REACHED: Texts = (
    "Ledelsesandelen nåede {share} i {week} – dit mål er {target} – efter {run} under "
    "målet. Det kan være værd at notere, hvad du gjorde anderledes.",
    "Your leadership share reached {share} in {week} (your target is {target}) after "
    "{run} below it. It may be worth noting what you did differently.",
)
TEXT_HOURS: Texts = (
    "Du har arbejdet mere end {tolerance} timer over din ugenorm {run} ({weeks}): "
    "{hours} timer i alt mod normens {norm} timer. Det kan være værd at se på, hvad der "
    "kan vente – og at sætte tid af til at komme dig.",
    "You have worked more than {tolerance} hours over your weekly norm for {run} "
    "({weeks}): {hours} hours in all, against a norm of {norm} hours. It may be worth "
    "looking at what could wait, and setting time aside to recover.",
)
TEXT_HOURS_BACK: Texts = (
    "Arbejdstiden er tilbage inden for din ugenorm: {hours} timer i {week} efter {run} "
    "med mere end {tolerance} timer over normen.",
    "Your working hours are back within your weekly norm: {hours} hours in {week} after "
    "{run} of more than {tolerance} hours above it.",
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
    "Kravene har været større end ressourcerne {run} ({weeks}), senest {demands} "
    "mod {resources} i snit. Det kan være værd at se på, hvilken ressource du savner "
    "mest – og hvem der kan hjælpe med den.",
    "Demands have been higher than resources for {run} ({weeks}), most "
    "recently {demands} against {resources} on average. It may be worth looking at which "
    "resource you miss most, and who could help with it.",
)
TEXT_RESOURCES: Texts = (
    "Ressourcerne har opvejet kravene {run} ({weeks}), senest {resources} mod {demands} i snit.",
    "Your resources have outweighed the demands for {run} ({weeks}), most "
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
# The kinds of help are the one list the banner and the WHO-5 dialog name too
# (domain/help_words.py). A score never ends a sentence that a number begins: "var 20.
# 28 eller derunder" reads like a date.
TEXT_WHO5_REDUCED: Texts = (
    "Din WHO-5 den {day} var {score}. En score på 50 eller derunder tyder på, at trivslen "
    f"har været nedsat. {HELP_TALK[0]}",
    "Your WHO-5 on {day} was {score}. A score of 50 or below suggests your wellbeing has "
    f"been lower. {HELP_TALK[1]}",
)
TEXT_WHO5_LOW: Texts = (
    "Din WHO-5 den {day} var {score}. En score på 28 eller derunder er en god grund til at "
    f"tale med nogen. {HELP_DOCTOR_FIRST[0]}",
    "Your WHO-5 on {day} was {score}. A score of 28 or below is a good reason to talk to "
    f"someone. {HELP_DOCTOR_FIRST[1]}",
)
TEXT_WHO5_UP: Texts = (
    "Din WHO-5 er steget {diff} point, fra {before} den {before_day} til {score} den "
    "{day}. En ændring på 10 point eller mere er en tydelig forbedring.",
    "Your WHO-5 has risen by {diff} points, from {before} on {before_day} to {score} on "
    "{day}. A change of 10 points or more is a clear improvement.",
)
TEXT_WHO5_DOWN: Texts = (
    "Din WHO-5 er faldet {diff} point, fra {before} den {before_day} til {score} den "
    "{day}. Et fald på 10 point eller mere er en tydelig ændring. Det kan være værd at "
    "spørge dig selv, hvad der har ændret sig – og at tale med nogen, du har tillid til, "
    "om det.",
    "Your WHO-5 has fallen by {diff} points, from {before} on {before_day} to {score} on "
    "{day}. A fall of 10 points or more is a clear change. It may be worth asking "
    "yourself what has changed, and talking it over with someone you trust.",
)

# A run of weeks: "3 uger i træk", or "mindst 6 uger i træk" when it may be longer than
# the weeks shown (it reaches back to the start of the range, or past the figures).
RUN: Texts = ("{n} uger i træk", "{n} weeks in a row")
RUN_AT_LEAST: Texts = ("mindst {n} uger i træk", "at least {n} weeks in a row")
WEEKS: Texts = ("{n} uger", "{n} weeks")
WEEKS_AT_LEAST: Texts = ("mindst {n} uger", "at least {n} weeks")

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
