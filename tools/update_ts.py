"""Run lupdate for every translation area listed in resources/i18n/areas.toml.

Existing translations are kept; new strings appear as unfinished entries to translate with
tools/translate_ts.py (or Qt Linguist).
"""

from __future__ import annotations

import glob
import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LANGUAGES = ("zh_CN", "en")


def main() -> int:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    areas = tomllib.loads((REPO / "resources/i18n/areas.toml").read_text(encoding="utf-8"))
    only = set(sys.argv[1:])
    for area, spec in areas.items():
        if only and area not in only:
            continue
        sources = sorted(
            {p for pattern in spec["sources"] for p in glob.glob(pattern, root_dir=REPO)}
        )
        for lang in LANGUAGES:
            ts = f"resources/i18n/{area}_{lang}.ts"
            subprocess.run(
                [
                    str(lupdate),
                    *sources,
                    "-ts",
                    ts,
                    "-source-language",
                    "en",
                    "-target-language",
                    lang,
                    "-no-obsolete",
                ],
                cwd=REPO,
                check=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
