"""Fail when the Dutch catalogue is incomplete or its compiled .mo is stale.

Runs ``makemessages -l nl`` (as ``make messages`` does) in a throwaway copy of the project, so the working tree is
never touched, then fails (exit 1) when the regenerated catalogue has an untranslated or fuzzy entry, a translation
whose placeholders do not match its source (``msgfmt --check-format``), or a translation the committed ``.mo`` does
not carry. The source strings are English; the product speaks Dutch, so a missing translation is a bug.

Run from the venv: ``python scripts/check_translations.py``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
LANGUAGE = "nl"
# Keep in step with MAKEMESSAGES_IGNORE in the Makefile. makemessages already skips dot-directories.
IGNORE = [".venv", "venv", "node_modules", "staticfiles", "media", "build", "test-results", "htmlcov"]
# Left out of the copy: not source, or large.
NOT_COPIED = {".git", "db.sqlite3", *IGNORE}


def _copy_ignore(directory: str, names: list[str]) -> set[str]:
    skipped = {name for name in names if name in {"__pycache__", ".pytest_cache", ".ruff_cache"}}
    if Path(directory).resolve() == ROOT:
        skipped |= {name for name in names if name in NOT_COPIED or name.endswith(".egg-info")}
    return skipped


def _catalogues(root: Path) -> list[Path]:
    """The project's django.po files for LANGUAGE: locale/ at the root and any app's own locale/."""
    found = []
    for dirpath, dirnames, _ in os.walk(root):
        dirnames[:] = sorted(
            name for name in dirnames if not name.startswith(".") and name not in NOT_COPIED | {"__pycache__"}
        )
        if Path(dirpath).name == "locale":
            po_path = Path(dirpath) / LANGUAGE / "LC_MESSAGES" / "django.po"
            if po_path.is_file():
                found.append(po_path)
            dirnames[:] = []
    return found


def _snapshot(root: Path) -> dict[Path, bytes]:
    """Every file under the tree's locale directories, to prove (and if need be restore) them untouched."""
    snapshot = {}
    for catalogue in _catalogues(root):
        locale_dir = catalogue.parents[2]
        for path in locale_dir.rglob("*"):
            if path.is_file():
                snapshot[path] = path.read_bytes()
    return snapshot


def _restore(snapshot: dict[Path, bytes]) -> list[Path]:
    """Undo any change makemessages made to the real tree (settings pointing outside the copy)."""
    changed = []
    for path, content in snapshot.items():
        if not path.is_file() or path.read_bytes() != content:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
            changed.append(path)
    for locale_dir in {path.parents[2] for path in snapshot if path.name == "django.po"}:
        for path in locale_dir.rglob("*"):
            if path.is_file() and path not in snapshot:
                path.unlink()
                changed.append(path)
    return changed


def _key(entry: polib.POEntry | polib.MOEntry) -> tuple[str | None, str]:
    return (entry.msgctxt, entry.msgid)


def _translation(entry: polib.POEntry | polib.MOEntry) -> str | dict[int, str]:
    if entry.msgid_plural:
        return {int(index): text for index, text in entry.msgstr_plural.items()}
    return entry.msgstr


def _check_catalogue(po_path: Path, mo_path: Path, label: str) -> tuple[int, list[str]]:
    problems = []
    catalogue = polib.pofile(str(po_path))
    entries = [entry for entry in catalogue if not entry.obsolete]

    for entry in entries:
        if entry.fuzzy:
            problems.append(f"{label}: fuzzy: {entry.msgid!r}")
        elif not entry.translated():
            problems.append(f"{label}: untranslated: {entry.msgid!r}")

    check = subprocess.run(  # noqa: S603 - fixed command, our own file
        [shutil.which("msgfmt") or "msgfmt", "--check-format", "--output-file=/dev/null", str(po_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    if check.returncode != 0:
        problems.append(f"{label}: msgfmt --check-format failed:\n{check.stderr.strip()}")

    translated = [entry for entry in entries if entry.translated()]
    if not mo_path.is_file():
        problems.append(f"{label}: {mo_path.relative_to(ROOT)} is missing; run `make messages`")
        return len(translated), problems

    compiled = {_key(entry): entry for entry in polib.mofile(str(mo_path)) if entry.msgid}
    for entry in translated:
        compiled_entry = compiled.get(_key(entry))
        if compiled_entry is None:
            problems.append(f"{label}: not in the .mo (run `make messages`): {entry.msgid!r}")
        elif _translation(compiled_entry) != _translation(entry):
            problems.append(f"{label}: .mo has another translation (run `make messages`): {entry.msgid!r}")
    return len(translated), problems


def main() -> int:
    before = _snapshot(ROOT)
    if not any(path.name == "django.po" for path in before):
        print(f"no locale/{LANGUAGE}/LC_MESSAGES/django.po found; run `make messages`", file=sys.stderr)
        return 1

    problems: list[str] = []
    total = 0
    with tempfile.TemporaryDirectory(prefix="check-translations-") as tmp:
        copy = Path(tmp) / ROOT.name
        try:
            shutil.copytree(ROOT, copy, symlinks=True, ignore=_copy_ignore)
            command = [
                sys.executable,
                "manage.py",
                "makemessages",
                "-l",
                LANGUAGE,
                "--no-obsolete",
                "--no-location",
                *(f"--ignore={pattern}" for pattern in IGNORE),
            ]
            result = subprocess.run(  # noqa: S603 - fixed command
                command, cwd=copy, capture_output=True, text=True, check=False
            )
            if result.returncode != 0:
                print(result.stdout + result.stderr, file=sys.stderr)
                print("makemessages failed", file=sys.stderr)
                return 1

            for po_path in _catalogues(copy):
                relative = po_path.relative_to(copy)
                count, found = _check_catalogue(po_path, ROOT / relative.with_suffix(".mo"), str(relative))
                total += count
                problems += found
        finally:
            touched = _restore(before)
            if touched:
                # The settings made makemessages write outside the copy (LOCALE_PATHS not under BASE_DIR?).
                names = ", ".join(str(path.relative_to(ROOT)) for path in touched)
                print(f"makemessages wrote into the working tree; restored: {names}", file=sys.stderr)
                problems.append("makemessages must only write into the copy; check LOCALE_PATHS")

    if problems:
        print(f"translation catalogue {LANGUAGE} incomplete: {len(problems)} problem(s)", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    print(f"translation catalogue {LANGUAGE} complete: {total} strings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
