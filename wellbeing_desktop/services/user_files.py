"""Reading a file the user names (an import, a note, a passphrase or recovery-key file).

Such a file can be anything: a FIFO that no one writes (the read would wait forever),
``/dev/zero`` (it never ends), a sparse file of gigabytes (it would fill the memory). So
it is opened without blocking, refused unless it is a regular file, refused unread when
it is larger than what it can hold, and at most ``limit + 1`` bytes are ever read
(``files.read_regular_limited``). Every refusal is one line that names the option and
the file. Most callers read the file before they open the journal, so no lock is held
while reading; ``import`` reads it after (its refusals speak the journal's language),
which the bounded read that never waits allows.
"""

from __future__ import annotations

from pathlib import Path

from wellbeing_desktop.domain.errors import Message, WellbeingError
from wellbeing_desktop.domain.validation import MAX_TEXT
from wellbeing_desktop.files import FileTooLargeError, NotRegularFileError, read_regular_limited
from wellbeing_desktop.services import messages as msg

# A note holds at most MAX_TEXT (100,000) characters, at most 4 bytes each in UTF-8:
# 1 MiB is more than any note the journal would keep, yet a bounded read.
NOTE_FILE_LIMIT = max(1024 * 1024, 4 * MAX_TEXT)
# A passphrase or a recovery key is one line; 64 KiB is far beyond any real one.
SECRET_FILE_LIMIT = 64 * 1024
# An export holds the whole journal. Forty years of daily entries with a 1,500-word
# reflection each are about 130 MB of JSON; parsing needs a few times the file's size in
# memory, so 256 MiB lets in every real journal and keeps a wrong file from taking the
# machine's memory.
IMPORT_FILE_LIMIT = 256 * 1024 * 1024


def read_user_bytes(path: str | Path, option: str | Message, limit: int) -> bytes:
    """The bytes of a file the user named, within a size limit.

    The bytes of ``path`` named by ``option`` ("--note-file", "import"), or a
    WellbeingError in one line: not a regular file, larger than ``limit``, unreadable.
    """
    try:
        return read_regular_limited(path, limit)
    except NotRegularFileError:
        if Path(path).is_dir():
            raise WellbeingError(msg.USER_FILE_IS_FOLDER, name=option, path=path) from None
        raise WellbeingError(msg.USER_FILE_NOT_REGULAR, name=option, path=path) from None
    except FileTooLargeError:
        raise WellbeingError(msg.USER_FILE_TOO_LARGE, name=option, path=path, n=limit) from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise WellbeingError(
            msg.USER_FILE_NOT_READ, name=option, path=path, reason=reason
        ) from None


def read_user_text(path: str | Path, option: str | Message, limit: int) -> str:
    """``read_user_bytes`` as UTF-8 text; text that is not UTF-8 is refused in one line."""
    data = read_user_bytes(path, option, limit)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise WellbeingError(msg.USER_FILE_NOT_UTF8, name=option, path=path) from None


def read_user_secret(path: str | Path, option: str) -> str:
    """The secret on the first line of a passphrase or recovery-key file.

    An editor's final newline (and a Windows CR) is not part of it, nor is a UTF-8
    byte-order mark at the start (Windows Notepad may save one). A file that is empty, or
    holds only spaces, tabs and line ends, is refused as empty; one whose first line is
    empty but has more below as such (the wrong-passphrase words would send the user the
    wrong way).
    """
    text = read_user_text(path, option, SECRET_FILE_LIMIT).removeprefix("\ufeff")
    secret = text.split("\n", 1)[0].removesuffix("\r")
    if secret and text.strip():
        return secret
    if not text.strip():
        raise WellbeingError(msg.USER_FILE_EMPTY, name=option, path=path)
    raise WellbeingError(msg.USER_FILE_FIRST_LINE_EMPTY, name=option, path=path)
