"""What the user is told after unlocking about an import or export the lock waited for.

A lock (Ctrl+L, the automatic lock, closing the window) while an import or a Markdown
export runs off the GUI thread asks it to stop and waits, with the journal still open,
until it has ended: an import stops between two days and its one transaction is rolled
back (nothing imported; once its commit has begun it finishes); an export removes its
hidden folder (unless it is already past its consent entry, then it finishes). Nothing
is written after the journal closed. The outcome is one line among the open's notices
(``ui/shell/open_notices``), shown over the journal after the next unlock; it holds
counts and a path, never a word of the journal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.domain.errors import Message, WellbeingError
from wellbeing_desktop.services import messages as msg
from wellbeing_desktop.services.journal_import import ImportStopped
from wellbeing_desktop.services.markdown_export import ExportStopped, MarkdownExport

if TYPE_CHECKING:
    from wellbeing_desktop.ui.common.guarded_tasks import WriteOutcome
    from wellbeing_desktop.ui.shell.session import JournalSession


def _reason(exc: Exception) -> Message | str:
    if isinstance(exc, WellbeingError):
        return exc.message
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return type(exc).__name__


def import_notice(outcome: WriteOutcome, days: int) -> Message:
    """The line for an import of ``days`` days that ended (or stopped) while the journal locked."""
    if isinstance(outcome.error, ImportStopped):
        return Message(msg.IMPORT_STOPPED_AT_LOCK)
    if outcome.error is not None:
        return Message(msg.IMPORT_REFUSED_AT_LOCK, reason=_reason(outcome.error))
    return Message(msg.IMPORT_DONE_AT_LOCK, days=days)


def export_notice(outcome: WriteOutcome) -> Message:
    """The line for a Markdown export that ended (or stopped) while the journal locked."""
    if isinstance(outcome.error, ExportStopped):
        return Message(msg.EXPORT_STOPPED_AT_LOCK)
    if outcome.error is not None:
        return Message(msg.EXPORT_FAILED_AT_LOCK, reason=_reason(outcome.error))
    assert isinstance(outcome.result, MarkdownExport)
    return Message(msg.EXPORT_DONE_AT_LOCK, path=str(outcome.result.folder))


def tell_after_unlock(session: JournalSession, notice: Message) -> None:
    """Keep ``notice`` for the next unlock's notices (the access outlives the journal)."""
    if session.has_access:
        session.access.notices.append(notice)
