"""Fill untranslated entries of the Dutch catalogue from a dict file (a helper for `make messages` work).

Usage: python scripts/translate.py TRANSLATIONS.py — a Python file defining NL = {msgid: msgstr}.
Existing translations are kept; only empty entries are filled.
"""

import runpy
import sys
from pathlib import Path

import polib

PO = Path(__file__).resolve().parent.parent / "locale" / "nl" / "LC_MESSAGES" / "django.po"


def main(path: str) -> int:
    translations = runpy.run_path(path)["NL"]
    po = polib.pofile(str(PO))
    filled = 0
    for entry in po:
        if not entry.translated() and entry.msgid in translations:
            entry.msgstr = translations[entry.msgid]
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
            filled += 1
    po.metadata["Language"] = "nl"
    po.metadata["Plural-Forms"] = "nplurals=2; plural=(n != 1);"
    po.save()
    missing = [e.msgid for e in po if not e.translated()]
    print(f"filled {filled}; still untranslated: {len(missing)}")
    for msgid in missing:
        print(f"  {msgid!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
