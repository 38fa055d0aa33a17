"""The command line, run as a person would run it: ``python -m safetyplan ...``."""

from __future__ import annotations

import datetime as dt
import json
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PASSPHRASE, QUICK_KDF, checkpointed
from pypdf import PdfReader

from safetyplan.diary import DiaryStore, Entry
from safetyplan.store import PlanStore
from safetyplan.vault import DB_NAME, Vault, recover_data_key

RECOVERY_KEY = re.compile(r"^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$", re.MULTILINE)
NON_LATIN = "Gwenllïan Ŵyn, Σοφία, Александра"


def run(*args: str | Path, passphrase: str | None = PASSPHRASE) -> subprocess.CompletedProcess[str]:
    stdin = "" if passphrase is None else passphrase + "\n"
    return subprocess.run(
        [sys.executable, "-m", "safetyplan", *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    """The single line a refusal or failure prints, checked to be one line with no traceback."""
    output = (result.stdout + result.stderr).strip()
    assert "Traceback" not in output
    assert output and "\n" not in output, output
    return output


def fill(folder: Path) -> None:
    vault = Vault.open(folder, PASSPHRASE)
    try:
        store = PlanStore(vault.db)
        store.set_detail("preferred_name", "Gwen")
        store.add_item("warning_signs", {"text": NON_LATIN})
        store.add_item("coping_alone", {"text": "marker-coping"})
        store.add_item("support_people", {"name": "Mum", "phone": "07700 900123"})
        DiaryStore(vault.db).add(
            Entry(at=dt.datetime(2024, 5, 1, 21, 30), strategies=("marker-coping",), helped="yes")
        )
    finally:
        vault.close()


def contents(folder: Path) -> tuple[object, ...]:
    vault = Vault.open(folder, PASSPHRASE)
    try:
        plan = PlanStore(vault.db).load()
        sections = {key: [item.data for item in items] for key, items in plan.sections.items()}
        entries = [(e.at, e.strategies, e.helped) for e in DiaryStore(vault.db).all_entries()]
        return plan.preferred_name, sections, entries
    finally:
        vault.close()


# ----------------------------------------------------------------------------- init and verify


def test_init_shows_the_recovery_key_once(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    result = run("init", "--vault", folder, "--passphrase-stdin")  # calibrates: about a second
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    keys = RECOVERY_KEY.findall(result.stdout)
    assert len(keys) == 1
    key = RECOVERY_KEY.search(result.stdout)
    assert key is not None
    assert result.stdout.count(key.group(0)) == 1
    assert "shown only once" in result.stdout
    recover_data_key(folder, key.group(0))  # the key shown really opens the plan

    again = run("init", "--vault", folder, "--passphrase-stdin", passphrase="other")
    assert again.returncode == 2
    assert "already a plan" in one_line(again)


def test_init_refuses_an_empty_passphrase(tmp_path: Path) -> None:
    result = run("init", "--vault", tmp_path / "v", "--passphrase-stdin", passphrase="")
    assert result.returncode == 2
    assert "empty" in one_line(result)
    assert not (tmp_path / "v").exists()


def test_verify_a_sound_vault(made_vault: tuple[Path, str]) -> None:
    fill(made_vault[0])
    result = run("verify", "--vault", made_vault[0], "--passphrase-stdin")
    assert result.returncode == 0
    assert one_line(result).startswith("Sound")


@pytest.mark.parametrize("page", ["first", "last"])
def test_verify_a_damaged_vault(made_vault: tuple[Path, str], page: str) -> None:
    folder = made_vault[0]
    fill(folder)
    checkpointed(folder)
    path = folder / DB_NAME
    data = bytearray(path.read_bytes())
    assert len(data) >= 2 * 4096
    # The middle of the first page (the schema) or of the last page (the newest data).
    offset = 2048 if page == "first" else len(data) - 2048
    data[offset] ^= 0x20
    path.write_bytes(bytes(data))
    result = run("verify", "--vault", folder, "--passphrase-stdin")
    assert result.returncode == 1
    assert "amaged" in one_line(result)


def test_verify_finds_damage_that_opening_does_not_read(made_vault: tuple[Path, str]) -> None:
    folder = made_vault[0]
    vault = Vault.open(folder, PASSPHRASE)
    store = PlanStore(vault.db)
    store.add_picture("image/png", b"\x89PNG\r\n\x1a\n" + bytes(200_000))
    store.remove_unused_pictures()  # its pages are now free, at the end of the file
    assert vault.db.value("PRAGMA freelist_count") > 10
    vault.close()
    checkpointed(folder)
    path = folder / DB_NAME
    data = bytearray(path.read_bytes())
    data[-2048] ^= 0x20  # a free page: opening (quick_check) never reads it, verify does
    path.write_bytes(bytes(data))
    result = run("verify", "--vault", folder, "--passphrase-stdin")
    assert result.returncode == 1
    assert one_line(result) == "Damaged: the plan file failed its checks."


def test_verify_with_the_wrong_passphrase(made_vault: tuple[Path, str]) -> None:
    result = run("verify", "--vault", made_vault[0], "--passphrase-stdin", passphrase="not it")
    assert result.returncode == 2
    assert "passphrase" in one_line(result)


@pytest.mark.parametrize("where", ["empty-folder", "missing-folder", "a-file"])
def test_verify_something_that_is_not_a_vault(tmp_path: Path, where: str) -> None:
    target = tmp_path / where
    if where == "empty-folder":
        target.mkdir()
    elif where == "a-file":
        target.write_text("holiday photos")
    result = run("verify", "--vault", target, "--passphrase-stdin")
    assert result.returncode == 2
    assert "doesn't hold a SafetyPlan plan" in one_line(result)


def test_a_passphrase_is_never_taken_as_an_argument(made_vault: tuple[Path, str]) -> None:
    for name in ("init", "verify", "export", "import"):
        usage = run(name, "--help", passphrase=None).stdout
        assert re.findall(r"--passphrase\S*", usage) == ["--passphrase-stdin"] * 2, usage
    for spelling in (["--passphrase", PASSPHRASE], [f"--passphrase={PASSPHRASE}"]):
        result = run(
            "verify", "--vault", made_vault[0], "--passphrase-stdin", *spelling, passphrase=None
        )
        assert result.returncode == 2
        assert "only read from standard input" in one_line(result)
        assert PASSPHRASE not in result.stderr  # a mistyped passphrase is not repeated back


# ----------------------------------------------------------------------------- export and import


def test_json_export_and_import_end_to_end(made_vault: tuple[Path, str], tmp_path: Path) -> None:
    folder = made_vault[0]
    fill(folder)
    out = tmp_path / "plan.json"
    result = run(
        "export", "--vault", folder, "--format", "json", "--out", out, "--passphrase-stdin"
    )
    assert result.returncode == 0, result.stderr
    assert "not encrypted" in result.stderr and "anyone" in result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["plan.json", "vault"]  # no temporary left
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["plan"]["sections"]["warning_signs"] == [{"text": NON_LATIN}]

    other = tmp_path / "other"
    vault, _ = Vault.create(other, PASSPHRASE, QUICK_KDF)
    vault.close()
    imported = run("import", "--vault", other, "--from", out, "--passphrase-stdin")
    assert imported.returncode == 0, imported.stderr
    assert "replaced" in imported.stdout
    assert contents(other) == contents(folder)


@pytest.mark.parametrize(
    "bad",
    [
        b"",
        b'{"format": "safetyplan", "version": 1, "plan": {"sections": {"wishes": []}}}',
        b'{"format": "safetyplan", "version": 7, "plan": {}}',
        b"[" * 100_000,
        b'{"format": "safetyplan", "version": 1, "plan": {"preferred_name": "caf\xe9"}}',
    ],
    ids=["empty", "unknown-section", "newer", "deep", "not-utf8"],
)
def test_importing_a_bad_file_changes_nothing(
    made_vault: tuple[Path, str], tmp_path: Path, bad: bytes
) -> None:
    folder = made_vault[0]
    fill(folder)
    before = contents(folder)
    path = tmp_path / "bad.json"
    path.write_bytes(bad)
    result = run("import", "--vault", folder, "--from", path, "--passphrase-stdin")
    assert result.returncode == 2
    assert one_line(result).startswith("This file can't be imported. Your plan has not been")
    assert contents(folder) == before


def test_importing_a_missing_file(made_vault: tuple[Path, str], tmp_path: Path) -> None:
    missing = tmp_path / "nope.json"
    result = run("import", "--vault", made_vault[0], "--from", missing, "--passphrase-stdin")
    assert result.returncode == 2
    assert "can't be opened or read" in one_line(result)


def test_import_with_the_wrong_passphrase(made_vault: tuple[Path, str], tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_text('{"format": "safetyplan", "version": 1, "plan": {}}')
    result = run(
        "import", "--vault", made_vault[0], "--from", path, "--passphrase-stdin", passphrase="no"
    )
    assert result.returncode == 2
    assert "passphrase" in one_line(result)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_pdf_export_prints_only_the_chosen_sections(
    made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    folder = made_vault[0]
    fill(folder)
    out = tmp_path / "plan.pdf"
    result = run(
        "export", "--vault", folder, "--format", "pdf", "--out", out, "--passphrase-stdin",
        "--sections", "warning_signs,support_people", "--for", "my GP", "--large-print",
        "--paper", "Letter",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "not encrypted" in result.stderr
    text = pdf_text(out)
    assert "my GP" in text
    assert "Σοφία" in text and "07700 900123" in text
    assert "marker-coping" not in text
    width, height = PdfReader(out).pages[0].mediabox.upper_right
    assert (round(float(width)), round(float(height))) == (612, 792)


def test_card_export(made_vault: tuple[Path, str], tmp_path: Path) -> None:
    folder = made_vault[0]
    fill(folder)
    out = tmp_path / "card.pdf"
    result = run(
        "export", "--vault", folder, "--format", "card", "--out", out, "--passphrase-stdin",
        "--paper", "A4",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "07700 900123" in text and "marker-coping" in text


def test_unknown_sections_are_named_with_the_valid_ones(
    made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    out = tmp_path / "plan.pdf"
    result = run(
        "export", "--vault", made_vault[0], "--format", "pdf", "--out", out,
        "--passphrase-stdin", "--sections", "warning_signs,wishes",
    )  # fmt: skip
    assert result.returncode == 2
    line = one_line(result)
    assert 'no section called "wishes"' in line
    assert "warning_signs, coping_alone, distractions" in line and "crisis_preferences" in line
    assert not out.exists()


def test_print_options_are_refused_for_json(made_vault: tuple[Path, str], tmp_path: Path) -> None:
    out = tmp_path / "plan.json"
    result = run(
        "export", "--vault", made_vault[0], "--format", "json", "--out", out,
        "--passphrase-stdin", "--large-print",
    )  # fmt: skip
    assert result.returncode == 2
    assert "--large-print" in one_line(result)
    assert not out.exists()


def test_export_to_a_folder_that_does_not_exist(
    made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    out = tmp_path / "no such folder" / "plan.json"
    result = run(
        "export", "--vault", made_vault[0], "--format", "json", "--out", out, "--passphrase-stdin"
    )
    assert result.returncode == 1
    assert "couldn't be saved" in one_line(result)


def test_bad_options_are_refused_without_repeating_them(tmp_path) -> None:
    secret = "my very secret passphrase"
    for args in ([secret], ["verify", "--vault", str(tmp_path), "--passphrase", secret]):
        result = subprocess.run(
            [sys.executable, "-m", "safetyplan", *args], capture_output=True, text=True
        )
        assert result.returncode == 2
        assert secret not in result.stdout + result.stderr
        assert "standard input" in result.stderr


def test_a_passphrase_that_is_not_utf8_gets_a_named_error(made_vault) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "safetyplan",
            "verify",
            "--vault",
            str(made_vault[0]),
            "--passphrase-stdin",
        ],
        input=b"p\xffw\n",
        capture_output=True,
    )
    assert result.returncode == 2
    assert b"UTF-8" in result.stderr
    assert b"Traceback" not in result.stderr


def test_core_dumps_are_off_for_the_app() -> None:
    code = (
        "import ctypes, resource; from safetyplan.cli import forbid_core_dumps; "
        "forbid_core_dumps(); print(resource.getrlimit(resource.RLIMIT_CORE)); "
        "print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))"  # PR_GET_DUMPABLE
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.split() == ["(0,", "0)", "0"]
