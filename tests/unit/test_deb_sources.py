"""The Debian package's sources, checked without a bundle: what the menu, the software centre
and `man agent-desk` will show branch IT and agents (packaging/deb/)."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from agent_desk import DESKTOP_ID, __version__
from agent_desk.cli import build_parser
from tests.conftest import REPO

DEB = REPO / "packaging" / "deb"
sys.path.insert(0, str(DEB))

import build_deb  # noqa: E402
from manpage import manpage  # noqa: E402


def test_the_package_changelog_has_an_entry_for_this_version():
    release = build_deb.release(__version__, 0)
    assert release.version == __version__
    assert release.text == (DEB / "changelog").read_text(encoding="utf-8")


def test_a_rebuild_with_the_next_version_says_so_in_its_changelog():
    release = build_deb.release(f"{__version__}+ci1", 1_800_000_000)
    first = release.text.splitlines()[0]
    assert first == f"agentdesk ({__version__}+ci1) bookworm; urgency=medium"
    assert f"Rebuild of AgentDesk {__version__}" in release.text
    assert release.text.endswith((DEB / "changelog").read_text(encoding="utf-8"))


def _desktop_entry(tmp_path):
    text = build_deb.fill((DEB / "agentdesk.desktop").read_text(encoding="utf-8"), ID=DESKTOP_ID)
    path = tmp_path / f"{DESKTOP_ID}.desktop"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_menu_entry_is_named_in_chinese_and_english_and_starts_agent_desk(tmp_path):
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(_desktop_entry(tmp_path), encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Name"] == "AgentDesk"
    assert section["Name[zh_CN]"] == "客服工作台 AgentDesk"
    assert section["Exec"] == "agent-desk"
    assert section["Icon"] == DESKTOP_ID


def test_the_menu_entry_passes_desktop_file_validate(tmp_path):
    result = subprocess.run(
        ["desktop-file-validate", str(_desktop_entry(tmp_path))], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr


def test_the_appstream_metainfo_passes_appstreamcli_validate(tmp_path):
    text = build_deb.fill(
        (DEB / "agentdesk.metainfo.xml").read_text(encoding="utf-8"),
        ID=DESKTOP_ID,
        VERSION=__version__,
        DATE="2026-12-01",
    )
    path = tmp_path / f"{DESKTOP_ID}.metainfo.xml"
    path.write_text(text, encoding="utf-8")
    root = ET.fromstring(text.encode("utf-8"))
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("launchable") == f"{DESKTOP_ID}.desktop"
    assert root.find("releases/release").get("version") == __version__
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--pedantic", str(path)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert not re.search(r"^[EW]:", result.stdout, re.M), result.stdout


def test_the_man_page_lists_every_command_and_renders_without_warnings(tmp_path):
    page = manpage(__version__, "2026-12-01")
    commands = next(
        a for a in build_parser()._actions if a.__class__.__name__ == "_SubParsersAction"
    )
    for name in commands.choices:
        assert f".B agent\\-desk {name}" in page, name
    assert "/etc/agentdesk/config.toml" in page and "database.key" in page
    assert "AGENT_DESK_SYSTEM_CONFIG" not in page  # the installed program ignores it
    source = tmp_path / "agent-desk.1"
    source.write_text(page, encoding="utf-8")
    result = subprocess.run(
        ["man", "--warnings", "-E", "UTF-8", "-l", "-Tutf8", "-Z", str(source)],
        capture_output=True,
        text=True,
        env={"LC_ALL": "C.UTF-8", "MANROFFSEQ": "", "MANWIDTH": "80", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0 and result.stderr == "", result.stderr


@pytest.mark.parametrize("size", build_deb.ICON_SIZES)
def test_each_hicolor_icon_is_drawn_from_the_svg_at_its_size(qapp, tmp_path, size):
    from PySide6.QtGui import QImage

    build_deb.render_icons(tmp_path)
    image = QImage(str(tmp_path / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.pixelColor(0, 0).alpha() == 0  # rounded tile on a transparent square
    assert image.pixelColor(size // 2, size // 10).blue() > 150
    assert (tmp_path / "scalable" / "apps" / f"{DESKTOP_ID}.svg").read_bytes() == (
        build_deb.ICON_SOURCE.read_bytes()
    )


def test_the_icons_are_the_same_bytes_every_time(qapp, tmp_path):
    build_deb.render_icons(tmp_path / "a")
    build_deb.render_icons(tmp_path / "b")
    for png in (tmp_path / "a").rglob("*.png"):
        assert png.read_bytes() == (tmp_path / "b" / png.relative_to(tmp_path / "a")).read_bytes()


def test_tools_the_package_checks_need_are_installed():
    """.ci/run installs them; a missing one would otherwise look like a failing package."""
    for tool in ("dpkg-deb", "lintian", "desktop-file-validate", "appstreamcli", "man"):
        assert shutil.which(tool), f"{tool} is missing (see APT_PACKAGES in .ci/run)"
