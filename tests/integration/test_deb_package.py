"""The Debian package branch IT installs, checked as a file: what goes where, the control
fields, Depends against what the bundle really links, the maintainer scripts, lintian, and the
same bytes from the same commit and bundle.

Built from the bundle of `make dist` (skipped without one, like test_packaged_build.py; CI sets
AGENT_DESK_BUNDLE_REQUIRED=1). AGENT_DESK_DEB names a package already built by `make deb`, so
CI does not build it twice. Installing it is tests/integration/test_deb_install.py's job.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import re
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from agent_desk import DESKTOP_ID, __version__
from tests.conftest import REPO
from tests.integration.test_packaged_build import REQUIRED_ENV, bundle  # noqa: F401 (fixture)

sys.path.insert(0, str(REPO / "packaging" / "deb"))

import build_deb
import depends
from manpage import manpage

# Building a package (xz over 170 MB) and lintian each take a minute or more.
pytestmark = [pytest.mark.integration, pytest.mark.timeout(900)]

DEB_ENV = "AGENT_DESK_DEB"


@pytest.fixture(scope="module")
def bundle_dir(bundle) -> Path:  # noqa: F811
    folder = bundle.parent
    foreign = depends.foreign_search_paths(folder)
    if foreign:
        reason = (
            f"the bundle at {folder} was built with a Python that is not Debian's (RUNPATH "
            f"{next(iter(foreign.values()))}); a package needs 'make dist "
            "PYTHON=/usr/bin/python3.11' in a fresh clone"
        )
        if os.environ.get(REQUIRED_ENV) == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    return folder


@pytest.fixture(scope="module")
def deb(bundle_dir, tmp_path_factory) -> Path:
    chosen = os.environ.get(DEB_ENV)
    if chosen:
        return Path(chosen)
    return build_deb.build(
        bundle_dir, tmp_path_factory.mktemp("deb"), work=tmp_path_factory.mktemp("stage")
    )


def _members(deb: Path, part: str) -> dict[str, tuple[tarfile.TarInfo, bytes | None]]:
    """The data (--fsys-tarfile) or control (--ctrl-tarfile) archive: name -> (info, bytes)."""
    raw = subprocess.run(["dpkg-deb", part, str(deb)], capture_output=True, check=True).stdout
    out = {}
    with tarfile.open(fileobj=io.BytesIO(raw)) as tf:
        for info in tf:
            data = tf.extractfile(info).read() if info.isfile() else None
            name = info.name.removeprefix("./").rstrip("/")
            out["" if name == "." else name] = (info, data)
    return out


@pytest.fixture(scope="module")
def files(deb) -> dict[str, tuple[tarfile.TarInfo, bytes | None]]:
    return _members(deb, "--fsys-tarfile")


@pytest.fixture(scope="module")
def control(deb) -> dict[str, str]:
    text = subprocess.run(
        ["dpkg-deb", "--field", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    return dict(re.findall(r"^(\S+): (.*(?:\n .*)*)", text, re.M))


def test_the_package_puts_the_program_in_opt_and_agent_desk_on_the_path(deb, files):
    assert deb.name == f"agentdesk_{__version__}_amd64.deb"
    program, _ = files["opt/agentdesk/AgentDesk"]
    assert program.isfile() and program.mode == 0o755
    link, _ = files["usr/bin/agent-desk"]
    assert link.issym() and link.linkname == "/opt/agentdesk/AgentDesk"
    assert "opt/agentdesk/_internal/resources/policy.toml" in files
    assert "opt/agentdesk/INSTALL.txt" not in files  # the archive's hand-install notes


def test_menu_entry_icons_metainfo_man_page_and_docs_are_where_desktops_look(files):
    share = "usr/share"
    entry = files[f"{share}/applications/{DESKTOP_ID}.desktop"][1].decode("utf-8")
    assert "Name[zh_CN]=客服工作台 AgentDesk" in entry and "Exec=agent-desk" in entry
    for size in build_deb.ICON_SIZES:
        png = files[f"{share}/icons/hicolor/{size}x{size}/apps/{DESKTOP_ID}.png"][1]
        assert png.startswith(b"\x89PNG")
        assert int.from_bytes(png[16:20], "big") == size  # the PNG header's width
    svg = files[f"{share}/icons/hicolor/scalable/apps/{DESKTOP_ID}.svg"][1]
    assert svg == (REPO / "resources" / "icons" / "agentdesk.svg").read_bytes()
    assert f'<release version="{__version__}"' in files[
        f"{share}/metainfo/{DESKTOP_ID}.metainfo.xml"
    ][1].decode("utf-8")
    man = gzip.decompress(files[f"{share}/man/man1/agent-desk.1.gz"][1]).decode("utf-8")
    release = build_deb.release(__version__, 0)
    assert man == manpage(__version__, release.iso_date)  # written from the CLI's own parser
    assert files[f"{share}/doc/agentdesk/copyright"][1].startswith(b"Format: https://")
    changelog = gzip.decompress(files[f"{share}/doc/agentdesk/changelog.gz"][1]).decode()
    assert changelog.startswith(f"agentdesk ({__version__})")
    overrides = (REPO / "packaging" / "deb" / "lintian-overrides").read_bytes()
    assert files[f"{share}/lintian/overrides/agentdesk"][1] == overrides


def test_nothing_lands_outside_the_packages_own_places(files):
    allowed = (
        "opt",
        "opt/agentdesk",
        "opt/agentdesk/",
        "etc",
        "etc/agentdesk",
        "etc/agentdesk/config.toml",
        "usr",
        "usr/bin",
        "usr/bin/agent-desk",
        "usr/share",
        "usr/share/applications",
        "usr/share/applications/",
        "usr/share/icons",
        "usr/share/icons/hicolor",
        "usr/share/icons/hicolor/",
        "usr/share/metainfo",
        "usr/share/metainfo/",
        "usr/share/man",
        "usr/share/man/man1",
        "usr/share/man/man1/agent-desk.1.gz",
        "usr/share/doc",
        "usr/share/doc/agentdesk",
        "usr/share/doc/agentdesk/",
        "usr/share/lintian",
        "usr/share/lintian/overrides",
        "usr/share/lintian/overrides/agentdesk",
    )
    stray = [
        name
        for name in files
        if name and not any(name == a or (a.endswith("/") and name.startswith(a)) for a in allowed)
    ]
    assert stray == []


def test_entries_are_root_owned_with_one_time_and_debian_modes_in_sorted_order(deb, files):
    epoch = build_deb.source_date_epoch()
    infos = [info for info, _ in files.values()]
    assert {(i.uid, i.gid, i.uname, i.gname) for i in infos} == {(0, 0, "root", "root")}
    assert {i.mtime for i in infos} == {epoch}
    modes = {name: info.mode for name, (info, _) in files.items() if not info.issym()}
    assert {m for n, m in modes.items() if files[n][0].isdir()} == {0o755}
    executables = {n for n, m in modes.items() if files[n][0].isfile() and m != 0o644}
    assert executables == {"opt/agentdesk/AgentDesk"}  # shared objects are 0644
    # dpkg-deb's order: everything but symlinks sorted by name, then the symlinks sorted
    names = [n for n, (i, _) in files.items() if not i.issym()]
    links = [n for n, (i, _) in files.items() if i.issym()]
    assert list(files) == sorted(names, key=lambda n: n.split("/")) + sorted(links)


def test_control_fields_name_the_package_version_and_size(control, files):
    assert control["Package"] == "agentdesk"
    assert control["Version"] == __version__
    assert control["Architecture"] == "amd64"
    assert control["Description"].startswith("call-center agent workstation (客服工作台)")
    payload = sum(-(-len(data) // 1024) for _, data in files.values() if data is not None)
    assert payload <= int(control["Installed-Size"]) <= payload + len(files) + 16


def _depends(control: dict[str, str]) -> list[list[tuple[str, str]]]:
    """Depends as alternatives of (package, version constraint)."""
    groups = []
    for group in control["Depends"].split(","):
        groups.append(
            [
                (m.group(1), m.group(2) or "")
                for m in re.finditer(r"([a-z0-9][a-z0-9.+-]+)(?:\s*\(([^)]*)\))?", group)
            ]
        )
    return groups


def test_depends_cover_every_library_the_bundle_links_outside_itself(control, bundle_dir):
    derived = depends.derive(bundle_dir)
    assert derived.unresolved == {}, f"no installed package holds {sorted(derived.unresolved)}"
    groups = _depends(control)
    single = {g[0][0]: g[0][1] for g in groups if len(g) == 1}
    missing = sorted(set(derived.packages) - set(single))
    assert missing == [], f"the bundle links libraries of {missing}: add them to Depends"
    stale = sorted(set(single) - set(derived.packages) - set(depends.DATA))
    assert stale == [], f"Depends names {stale}, which nothing in the bundle needs"
    assert set(depends.DATA) <= set(single)
    wanted = tuple(int(n) for n in single["libc6"].removeprefix(">=").strip().split("."))
    assert wanted >= derived.glibc, f"the bundle asks for GLIBC_{derived.glibc}"
    assert [("fonts-noto-cjk", ""), ("fonts-wqy-microhei", "")] in groups


def test_the_branch_file_is_a_conffile_and_the_only_script_purges_only_etc(deb, files):
    control_files = _members(deb, "--ctrl-tarfile")
    assert set(control_files) - {""} == {"control", "md5sums", "conffiles", "postrm"}
    assert control_files["conffiles"][1] == b"/etc/agentdesk/config.toml\n"
    shipped = (REPO / "packaging" / "config.toml").read_bytes()
    assert files["etc/agentdesk/config.toml"][1] == shipped
    assert "etc/agentdesk/config.toml" not in control_files["md5sums"][1].decode()
    info, script = control_files["postrm"]
    assert info.mode == 0o755
    commands = [
        line.strip()
        for line in script.decode().splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    assert commands == [
        "set -e",
        'if [ "$1" = "purge" ]; then',
        "rm -rf /etc/agentdesk",
        "fi",
        "exit 0",
    ]


def test_lintian_reports_no_error_and_no_warning_that_is_not_explained(deb):
    result = subprocess.run(
        ["lintian", "--fail-on", "error,warning", "--no-tag-display-limit", str(deb)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    tags = [line for line in result.stdout.splitlines() if re.match(r"^[EW]: ", line)]
    assert result.returncode == 0 and tags == [], "\n".join(tags) or result.stderr


def test_the_same_commit_and_bundle_give_the_same_package_bytes(deb, bundle_dir, tmp_path):
    again = build_deb.build(bundle_dir, tmp_path / "out", work=tmp_path / "stage")
    digest = [hashlib.sha256(p.read_bytes()).hexdigest() for p in (deb, again)]
    assert digest[0] == digest[1]
