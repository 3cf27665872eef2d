"""An import's refusal as the import dialog shows it (issue #19, GUI attack finding 7).

The services word a refusal for the command line: it starts with the command's name
("import: …") and the unknown-format line says "give its format with --format". The
dialog shows the same line, in the user's language, without the command's name, and the
unknown-format line points to the dialog's own box ("Made by") instead of the flag.
Every other line is the error catalogue's, as elsewhere in the GUI (``user_message``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.services import messages as msg
from wellbeing_desktop.services.foreign_import import COMMAND
from wellbeing_desktop.ui.common.tasks import user_message
from wellbeing_desktop.ui.common.translation import Message, tr, translatable

if TYPE_CHECKING:
    from wellbeing_desktop.domain.language import Language

# The unknown-format line with the dialog's box where the command line names --format.
UNKNOWN_FORMAT: Message = translatable(
    "transfer",
    "{path} is no export this app reads: a jrnl or Day One .json file, a Day One .zip file, "
    "a Daylio .csv file, or a folder of Markdown notes (or choose its app under “{box}”); "
    "nothing was imported.",
)


def refusal_line(exc: Exception, language: Language, box: str) -> str:
    """The one line the dialog shows for ``exc``, in ``language``.

    ``box`` is the label of the dialog's "Made by" box, as shown (without its colon).
    """
    if isinstance(exc, WellbeingError) and exc.message.text == msg.FOREIGN_UNKNOWN_FORMAT:
        path = exc.message.params.get("path", "")
        return tr(UNKNOWN_FORMAT, language).format(path=path, box=box)
    return without_command(user_message(exc, language), _begins_with_a_value(exc))


def _begins_with_a_value(exc: Exception) -> bool:
    """Whether the words after the command's name begin with a value (a path, a field)."""
    if not isinstance(exc, WellbeingError):
        return False
    words = exc.message.text.removeprefix(f"{COMMAND}: ")
    return words.startswith("{") or exc.message.text.startswith("{")


def without_command(line: str, value_first: bool = False) -> str:
    """``line`` without the command's name in front ("import: the file …": "The file …").

    A line whose words begin with a value (``value_first``: a file's name, a field) keeps
    it as it is; other words begin with a capital letter.
    """
    prefix = f"{COMMAND}: "
    if not line.startswith(prefix):
        return line
    rest = line.removeprefix(prefix)
    return rest if value_first else rest[:1].upper() + rest[1:]
