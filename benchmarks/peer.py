"""The peer for the CLI search figure: jrnl 4.x on an encrypted journal, same entries.

jrnl is installed from the package index into its own virtual environment under
``benchmarks/.peer/`` (ignored by git). The standard journal's searchable text (each
day's reflection and tags, sparring notes, 1:1 agendas, notes and actions: what the
app's full-text index holds) is written in jrnl's own plain-text format, imported with
``jrnl --import``, then encrypted with ``jrnl --encrypt``, which stores the password in
the keyring (Secret Service) — the same keyring our CLI reads its key from.

The jrnl journal is named ``leaderpulse-bench``, so its keyring entry (service ``jrnl``)
can never be a real jrnl user's ``default`` one.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from benchmarks.data import ensure_private
from benchmarks.harness import run_process

PEER = Path(__file__).resolve().parent / ".peer"
JRNL_REQUIREMENT = "jrnl>=4,<5"
JOURNAL_NAME = "leaderpulse-bench"
PASSWORD = "leader pulse benchmark passphrase"

CONFIG = """\
colors: {{body: none, date: none, tags: none, title: none}}
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: {unused}
  {name}:
    journal: {journal}
    encrypt: false
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%Y-%m-%d %H:%M'
"""


class PeerUnavailableError(RuntimeError):
    pass


@dataclass(frozen=True, slots=True)
class Peer:
    jrnl: Path
    config: Path
    version: str
    entries: int

    def search_argv(self, word: str, limit: int) -> list[str]:
        return [str(self.jrnl), "--config-file", str(self.config), JOURNAL_NAME,
                "-contains", word, "-n", str(limit)]  # fmt: skip


def _venv_bin(name: str) -> Path:
    return PEER / "venv" / "bin" / name


def install(timeout: float) -> Path:
    """Jrnl in ``.peer/venv`` (installed from the package index if it is not there yet)."""
    ensure_private(PEER)
    jrnl = _venv_bin("jrnl")
    if jrnl.exists():
        return jrnl
    shutil.rmtree(PEER / "venv", ignore_errors=True)
    try:
        subprocess.run(
            [sys.executable, "-m", "venv", str(PEER / "venv")],
            check=True, capture_output=True, timeout=timeout,
        )  # fmt: skip
        subprocess.run(
            [str(_venv_bin("python")), "-m", "pip", "install", "--quiet",
             "--disable-pip-version-check", JRNL_REQUIREMENT],
            check=True, capture_output=True, timeout=timeout,
        )  # fmt: skip
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        shutil.rmtree(PEER / "venv", ignore_errors=True)
        detail = getattr(exc, "stderr", b"") or b""
        raise PeerUnavailableError(
            f"installing {JRNL_REQUIREMENT} failed: {type(exc).__name__} "
            f"{detail.decode(errors='replace')[-300:]}"
        ) from None
    return jrnl


def jrnl_text(content: object) -> tuple[str, int]:
    """The journal's searchable text as jrnl entries (oldest first) and their count."""
    from wellbeing_desktop.storage.day_logs import day_search_text
    from wellbeing_desktop.storage.repositories import meeting_search_text

    entries: list[tuple[str, str]] = []
    for log in content.days:  # type: ignore[attr-defined]
        text = " ".join([log.reflection, *(f"@{t}" for t in log.tags)]).strip()
        if day_search_text(log):
            entries.append((f"{log.day.isoformat()} 17:30", text))
    for topic in content.sparring_topics:  # type: ignore[attr-defined]
        if topic.notes.strip():
            entries.append((f"{topic.raised_on.isoformat()} 12:00", topic.notes))
    for meeting in content.one_on_ones:  # type: ignore[attr-defined]
        text = meeting_search_text(meeting)
        if text:
            entries.append((f"{meeting.held_on.isoformat()} 10:00", text))
    entries.sort(key=lambda e: e[0])
    body = "".join(f"[{when}] {' '.join(text.split())}\n\n" for when, text in entries)
    return body, len(entries)


def prepare(content: object, env: dict[str, str], *, install_timeout: float) -> Peer:
    """Jrnl installed, the entries imported and encrypted, the password in the keyring."""
    jrnl = install(install_timeout)
    version = run_process([str(jrnl), "--version"], env=env, timeout=60).stdout.split("\n")[0]
    text, count = jrnl_text(content)
    work = PEER / "journal"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    source = work / "entries.txt"
    source.write_text(text, encoding="utf-8")
    config = work / "jrnl.yaml"
    journal = work / "journal.txt"
    config.write_text(
        CONFIG.format(unused=work / "unused.txt", name=JOURNAL_NAME, journal=journal),
        encoding="utf-8",
    )
    base = [str(jrnl), "--config-file", str(config), JOURNAL_NAME]
    run_process([*base, "--import", "--file", str(source)], env=env, timeout=300)
    # --encrypt asks for the new password twice, then whether to keep it in the keyring.
    run_process([*base, "--encrypt"], env=env, stdin=f"{PASSWORD}\n{PASSWORD}\ny\n", timeout=300)
    if not journal.read_bytes().startswith(b"JRNL"):
        raise PeerUnavailableError("jrnl did not encrypt the journal")
    probe = run_process([*base, "-n", "1"], env=env, stdin="", timeout=120, check=False)
    if probe.returncode != 0 or "Password" in probe.stdout:
        raise PeerUnavailableError("jrnl does not find its password in the keyring")
    digest = hashlib.sha256(text.encode()).hexdigest()[:12]
    (work / "entries.sha256").write_text(digest + "\n")
    return Peer(jrnl, config, version, count)


def forget_password(env: dict[str, str]) -> None:
    """Remove jrnl's keyring entry again (best effort)."""
    python = _venv_bin("python")
    if python.exists():
        subprocess.run(
            [str(python), "-c",
             f"import keyring; keyring.delete_password('jrnl', {JOURNAL_NAME!r})"],
            env=env, capture_output=True, timeout=60, check=False,
        )  # fmt: skip
