"""The kinds of help a Danish leader has: one list, said the same way everywhere.

The WHO-5 dialog, the Today banner, the Trends insights (and the CLI, through the
dialog's words) all name the kinds of help with these sentences, so a leader reads one
list wherever the app points to it (issue #17). No company is named.

* ``HELP_DOCTOR_FIRST`` at WHO-5 ≤ 28: the own doctor first (Topp et al. 2015: further
  assessment), then a psychologist scheme through a health insurance or pension company,
  the workplace's employee assistance, HR, the own leader or the leader group.
* ``HELP_TALK`` at the other thresholds (WHO-5 ≤ 50, the stress staircase): the people
  around the leader first, and the doctor is still named.

Reflection, never a diagnosis. The sentences hold no ``{placeholders}`` (and no braces),
so a template may end with them and still be filled with ``str.format``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wellbeing_desktop.domain.catalogues import Texts

HELP_DOCTOR_FIRST: Texts = (
    "Det kan være en god idé at starte hos din egen læge og fortælle, hvordan du har det. "
    "Du kan også bruge en psykologordning gennem en sundhedsforsikring eller et "
    "pensionsselskab, arbejdspladsens medarbejderrådgivning, HR, din egen leder eller en "
    "i ledergruppen.",
    "It may be a good idea to start with your own doctor and tell them how you are doing. "
    "You can also use a psychologist scheme through a health insurance or pension "
    "company, your workplace's employee assistance, HR, your own leader or someone in "
    "your leader group.",
)

HELP_TALK: Texts = (
    "Det kan hjælpe at tale med nogen om, hvordan du har det: din egen leder, en i "
    "ledergruppen, HR eller arbejdspladsens medarbejderrådgivning. Mange har også en "
    "psykologordning gennem en sundhedsforsikring eller et pensionsselskab – og din egen "
    "læge kan altid hjælpe.",
    "It may help to talk to someone about how you are doing: your own leader, someone in "
    "your leader group, HR or your workplace's employee assistance. Many also have a "
    "psychologist scheme through a health insurance or pension company – and your own "
    "doctor can always help.",
)
