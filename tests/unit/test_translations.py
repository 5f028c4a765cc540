"""Every string an agent can see exists in Chinese, with the same placeholders as the English."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
I18N = REPO / "resources" / "i18n"
AREAS = tomllib.loads((I18N / "areas.toml").read_text(encoding="utf-8"))
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def _messages(ts: Path) -> list[tuple[str, str, str | None]]:
    """(context, source, translation or None when unfinished/empty)."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = None
            if translation is not None and translation.get("type") not in ("unfinished",):
                text = translation.text or ""
                numerus = [n.text or "" for n in translation.iter("numerusform")]
                text = text or " ".join(numerus) or None
            out.append((name, message.findtext("source") or "", text))
    return out


@pytest.mark.parametrize("area", sorted(AREAS))
def test_every_string_of_the_area_is_translated_to_chinese(area):
    missing = [(c, s) for c, s, t in _messages(I18N / f"{area}_zh_CN.ts") if not t]
    assert missing == [], f"untranslated in {area}: {missing[:5]}"


@pytest.mark.parametrize("area", sorted(AREAS))
def test_translations_keep_the_placeholders(area):
    wrong = [
        (s, t)
        for _c, s, t in _messages(I18N / f"{area}_zh_CN.ts")
        if t and sorted(PLACEHOLDER.findall(s)) != sorted(PLACEHOLDER.findall(t))
    ]
    assert wrong == [], f"placeholders differ in {area}: {wrong[:3]}"


@pytest.mark.parametrize("area", sorted(AREAS))
def test_the_translation_files_hold_every_string_in_the_code(area, tmp_path):
    """lupdate on the area's sources finds nothing that the shipped .ts file lacks."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / f"{area}_zh_CN.ts"
    shutil.copy(I18N / f"{area}_zh_CN.ts", fresh)
    sources = sorted({str(p) for pattern in AREAS[area]["sources"] for p in REPO.glob(pattern)})
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(fresh), "-no-obsolete", "-silent"],
        check=True,
        cwd=REPO,
        capture_output=True,
    )
    new = [(c, s) for c, s, t in _messages(fresh) if not t]
    assert new == [], f"strings in the code but not in {area}_zh_CN.ts (run make ts): {new[:5]}"
