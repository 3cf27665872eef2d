"""``--out`` of export and report: its name's ending agrees with ``--format``; no "-".

An xlsx written as ``plan.csv`` or a PDF as ``notes.md`` opens as garbage on a
double-click, and ``--out -`` wrote a file named "-" (not standard output).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.cli.cli_support import Journal, assert_ok, assert_user_error

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize(
    ("command", "name", "fmt"),
    [
        pytest.param(("export",), "plan.csv", "xlsx", id="xlsx-as-csv"),
        pytest.param(("export",), "days.JSON", "csv", id="csv-as-json"),
        pytest.param(("export",), "all.pdf", "json", id="json-as-pdf"),
        pytest.param(("report", "--kind", "coach"), "notes.md", "pdf", id="pdf-as-md"),
        pytest.param(("report", "--kind", "one-on-one"), "plan.html", "md", id="md-as-html"),
        pytest.param(("report", "--kind", "coach"), "summary.xlsx", "html", id="html-as-xlsx"),
    ],
)
def test_an_out_name_ending_in_another_format_is_refused(
    seeded: Journal, tmp_path: Path, command: tuple[str, ...], name: str, fmt: str
) -> None:
    before = seeded.snapshot()
    out = tmp_path / "out"
    out.mkdir()

    result = seeded.run(*command, "--format", fmt, "--out", out / name)

    suffix = "." + name.rsplit(".", 1)[1].lower()
    assert_user_error(
        result,
        f"out: {out / name} ends in {suffix}; for --format {fmt} use a name ending in .{fmt}",
    )
    assert list(out.iterdir()) == []
    assert seeded.snapshot() == before


@pytest.mark.parametrize(
    "command", [("export", "--format", "csv"), ("report", "--kind", "coach", "--format", "md")]
)
def test_out_dash_is_refused(
    seeded: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: tuple[str, ...]
) -> None:
    monkeypatch.chdir(tmp_path)

    result = seeded.run(*command, "--out", "-")

    assert_user_error(result, "out: - is not supported; give a file name")
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (("export", "--format", "xlsx"), "plan.XLSX"),
        (("export", "--format", "csv"), "days"),
        (("export", "--format", "json"), "days.backup-2026"),
        (("report", "--kind", "coach", "--format", "md"), "notes.txt"),
    ],
)
def test_a_matching_or_unknown_ending_or_none_is_fine(
    seeded: Journal, tmp_path: Path, command: tuple[str, ...], name: str
) -> None:
    assert_ok(seeded.run(*command, "--out", tmp_path / name))
    assert (tmp_path / name).is_file()
