"""Build the Debian package branch IT installs: `make deb` → dist/agentdesk_<version>_amd64.deb.

The package is the PyInstaller bundle (`make dist`) under /opt/agentdesk plus what a desk PC
expects of an installed program: `agent-desk` on the PATH, a menu entry (客服工作台 AgentDesk),
hicolor icons rendered from resources/icons/agentdesk.svg, AppStream metainfo, a man page
written from the command line's own parser, the branch file /etc/agentdesk/config.toml as a
conffile, and a postrm that removes /etc/agentdesk on purge and nothing else.

Debian's dpkg-deb packs it. The same commit and bundle give the same bytes: every mtime is
SOURCE_DATE_EPOCH (default: the last commit's time), entries are root-owned (dpkg-deb
--root-owner-group, so no fakeroot or root is needed) and sorted, modes are normalised,
compressed files carry no name or time. (dpkg-deb's xz gives the same bytes with 1, 2 or 4
threads, so the builder's core count does not matter.)

    .venv/bin/python packaging/deb/build_deb.py [--bundle dist/AgentDesk] [--out dist]
        [--version V]    # a package of the same bundle with another version (upgrade tests)
"""

from __future__ import annotations

import argparse
import email.utils
import gzip
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))  # manpage.py

from agent_desk import DESKTOP_ID, __version__  # noqa: E402

PACKAGE = "agentdesk"
ARCH = "amd64"
PREFIX = Path("opt/agentdesk")
EXECUTABLE = "AgentDesk"
COMMAND = "agent-desk"
CONFFILE = Path("etc/agentdesk/config.toml")
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICON_SOURCE = REPO / "resources" / "icons" / "agentdesk.svg"
# Only in the .tar.gz for hand installs; its steps (unpack to /opt/AgentDesk) are not the
# package's.
NOT_FROM_THE_BUNDLE = ("INSTALL.txt",)


class BuildError(Exception):
    """Something the person building has to fix; one line, no traceback."""


@dataclass(frozen=True)
class Release:
    """The newest entry of the package changelog."""

    version: str
    date: str  # RFC 2822, as in the changelog
    text: str  # the whole changelog, maybe with an entry added on top

    @property
    def iso_date(self) -> str:
        return email.utils.parsedate_to_datetime(self.date).date().isoformat()


def source_date_epoch() -> int:
    """SOURCE_DATE_EPOCH if set, else the last commit's time: the same clone, the same bytes."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(
            ["git", "log", "-1", "--format=%ct"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        return int(out)
    except (OSError, subprocess.CalledProcessError, ValueError) as exc:
        raise BuildError(f"no SOURCE_DATE_EPOCH and no git commit to take it from: {exc}") from exc


def maintainer() -> str:
    control = (HERE / "control").read_text(encoding="utf-8")
    return re.search(r"^Maintainer: (.+)$", control, re.M).group(1)


def release(version: str, epoch: int) -> Release:
    """The changelog for `version`: the committed one, whose newest entry is this release;
    for another version (a rebuild of the same bundle) an entry saying so goes on top."""
    text = (HERE / "changelog").read_text(encoding="utf-8")
    top = re.match(r"^\S+ \(([^)]+)\)", text)
    trailer = re.search(r"^ -- .+?  (.+)$", text, re.M)
    if not top or not trailer:
        raise BuildError(f"{HERE / 'changelog'} does not start with a Debian changelog entry")
    if top.group(1) == version:
        return Release(version, trailer.group(1), text)
    if version == __version__:
        raise BuildError(
            f"{HERE / 'changelog'} has no entry for {version} (newest: {top.group(1)}); "
            "add one for the release"
        )
    date = email.utils.formatdate(epoch, usegmt=False)
    entry = (
        f"{PACKAGE} ({version}) bookworm; urgency=medium\n\n"
        f"  * Rebuild of AgentDesk {__version__} as {version} (build_deb.py --version);\n"
        "    the program is unchanged.\n\n"
        f" -- {maintainer()}  {date}\n\n"
    )
    return Release(version, date, entry + text)


# --- the pieces -------------------------------------------------------------------------------


def check_bundle(bundle: Path) -> None:
    exe = bundle / EXECUTABLE
    if not exe.is_file():
        raise BuildError(f"no PyInstaller bundle at {bundle} (run 'make dist')")
    result = subprocess.run(
        [str(exe), "--version"], capture_output=True, text=True, timeout=120, check=False
    )
    if result.stdout.strip() != f"{COMMAND} {__version__}":
        raise BuildError(
            f"{exe} says {result.stdout.strip() or result.stderr.strip()!r}, the source is "
            f"{__version__}: rebuild it with 'make dist'"
        )
    from depends import foreign_search_paths

    foreign = foreign_search_paths(bundle)
    if foreign:
        rel, search = next(iter(foreign.items()))
        raise BuildError(
            f"{len(foreign)} files of the bundle search the build machine's {search} for "
            f"libraries (e.g. {rel}): its Python is not Debian's. Build the bundle with "
            "Debian's python3.11 in a fresh clone (make dist PYTHON=/usr/bin/python3.11), "
            "as CI does"
        )


def render_icons(target: Path) -> None:
    """PNG icons of every hicolor size, drawn from the SVG by Qt (the app's own toolkit)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(ICON_SOURCE))
    if not renderer.isValid():
        raise BuildError(f"{ICON_SOURCE} is not an SVG Qt can draw")
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        folder = target / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{DESKTOP_ID}.png").write_bytes(bytes(data.data()))
    scalable = target / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copyfile(ICON_SOURCE, scalable / f"{DESKTOP_ID}.svg")


def gzipped(data: bytes) -> bytes:
    """gzip -9n: no file name, no time stamp."""
    out = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=out, compresslevel=9, mtime=0) as gz:
        gz.write(data)
    return out.getvalue()


def fill(template: str, **values: str) -> str:
    """@NAME@ placeholders; a template's `#` comment lines (control) are the caller's to drop."""
    for name, value in values.items():
        template = template.replace(f"@{name}@", value)
    left = re.findall(r"@[A-Z_]+@", template)
    if left:
        raise BuildError(f"unfilled placeholders {sorted(set(left))}")
    return template


def without_comments(text: str) -> str:
    return "".join(line for line in text.splitlines(True) if not line.startswith("#"))


def installed_size(root: Path) -> int:
    """KiB as dpkg-gencontrol counts them: files and symlinks rounded up, 1 for anything else."""
    total = 0
    for path in root.rglob("*"):
        if path.is_symlink():
            total += -(-len(os.readlink(path)) // 1024)
        elif path.is_file():
            total += -(-path.stat().st_size // 1024)
        else:
            total += 1
    return total


def normalise(root: Path, epoch: int) -> None:
    """Modes a Debian package expects and one fixed time on every entry. Shared objects are
    0644 too: the loader maps them without an x bit."""
    executables = {root / PREFIX / EXECUTABLE, root / "DEBIAN" / "postrm"}
    for path in sorted(root.rglob("*"), reverse=True):  # children before their folder
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or path in executables else 0o644)
        os.utime(path, (epoch, epoch), follow_symlinks=False)
    root.chmod(0o755)
    os.utime(root, (epoch, epoch))


def md5sums(root: Path, conffiles: list[str]) -> str:
    lines = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if rel.startswith("DEBIAN/") or path.is_symlink() or not path.is_file():
            continue
        if "/" + rel in conffiles:  # dpkg tracks conffiles itself (dh_md5sums leaves them out)
            continue
        lines.append(f"{hashlib.md5(path.read_bytes()).hexdigest()}  {rel}\n")
    return "".join(lines)


# --- the package ------------------------------------------------------------------------------


def stage(bundle: Path, root: Path, version: str, epoch: int) -> None:
    """Lay out the package's file system tree and DEBIAN/ under `root`."""
    from manpage import manpage

    rel = release(version, epoch)
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(
        bundle,
        root / PREFIX,
        symlinks=True,
        ignore=lambda folder, names: [
            n for n in names if Path(folder) == bundle and n in NOT_FROM_THE_BUNDLE
        ],
    )
    usr = root / "usr"
    (usr / "bin").mkdir(parents=True)
    # Across top-level folders Debian wants an absolute link; the bootloader finds _internal
    # through /proc/self/exe, so the link works like the program itself.
    (usr / "bin" / COMMAND).symlink_to(f"/{PREFIX.as_posix()}/{EXECUTABLE}")

    (root / CONFFILE).parent.mkdir(parents=True)
    shutil.copyfile(REPO / "packaging" / "config.toml", root / CONFFILE)

    share = usr / "share"
    (share / "applications").mkdir(parents=True)
    (share / "applications" / f"{DESKTOP_ID}.desktop").write_text(
        fill((HERE / "agentdesk.desktop").read_text(encoding="utf-8"), ID=DESKTOP_ID),
        encoding="utf-8",
    )
    render_icons(share / "icons" / "hicolor")
    (share / "metainfo").mkdir()
    (share / "metainfo" / f"{DESKTOP_ID}.metainfo.xml").write_text(
        fill(
            (HERE / "agentdesk.metainfo.xml").read_text(encoding="utf-8"),
            ID=DESKTOP_ID,
            VERSION=version,
            DATE=rel.iso_date,
        ),
        encoding="utf-8",
    )
    man = share / "man" / "man1"
    man.mkdir(parents=True)
    (man / f"{COMMAND}.1.gz").write_bytes(gzipped(manpage(version, rel.iso_date).encode("utf-8")))
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    shutil.copyfile(HERE / "copyright", doc / "copyright")
    # A native package (no Debian revision): the changelog is changelog.gz.
    (doc / "changelog.gz").write_bytes(gzipped(rel.text.encode("utf-8")))
    overrides = share / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    shutil.copyfile(HERE / "lintian-overrides", overrides / PACKAGE)

    debian = root / "DEBIAN"
    debian.mkdir()
    conffiles = [f"/{CONFFILE.as_posix()}"]
    (debian / "conffiles").write_text("".join(f"{c}\n" for c in conffiles), encoding="utf-8")
    shutil.copyfile(HERE / "postrm", debian / "postrm")
    (debian / "md5sums").write_text(md5sums(root, conffiles), encoding="utf-8")
    size = installed_size(root) - installed_size(debian) - 1
    control = fill(
        without_comments((HERE / "control").read_text(encoding="utf-8")),
        VERSION=version,
        INSTALLED_SIZE=str(size),
    )
    (debian / "control").write_text(control, encoding="utf-8")
    normalise(root, epoch)


def build(bundle: Path, out: Path, version: str | None = None, work: Path | None = None) -> Path:
    """Stage and pack the package; returns dist/agentdesk_<version>_amd64.deb."""
    version = version or __version__
    if not re.fullmatch(r"[0-9][A-Za-z0-9.+~]*", version):
        raise BuildError(f"{version!r} is not a Debian version for a native package")
    bundle = bundle.resolve()
    check_bundle(bundle)
    epoch = source_date_epoch()
    root = (work or REPO / "build" / "deb") / f"{PACKAGE}_{version}_{ARCH}"
    stage(bundle, root, version, epoch)
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{PACKAGE}_{version}_{ARCH}.deb"
    partial = target.with_name(target.name + ".partial")
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch)}
    subprocess.run(
        [
            "dpkg-deb",
            "--root-owner-group",
            "-Zxz",
            "-z6",
            "--build",
            str(root),
            str(partial),
        ],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    partial.replace(target)
    shutil.rmtree(root)
    return target


def newer_sources(exe: Path) -> str | None:
    """A file of the program (code, resources) changed after the bundle was built, or None:
    the version alone does not tell an edited checkout from the bundle it built before."""
    if not exe.is_file():
        return None  # check_bundle says there is none
    built = exe.stat().st_mtime
    for folder in ("agent_desk", "resources"):
        for path in sorted((REPO / folder).rglob("*")):
            generated = "__pycache__" in path.parts or path.suffix == ".qm"
            if not generated and path.is_file() and path.stat().st_mtime > built:
                return str(path.relative_to(REPO))
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=REPO / "dist" / "AgentDesk")
    parser.add_argument("--out", type=Path, default=REPO / "dist")
    parser.add_argument("--version", help=f"package version (default: {__version__})")
    parser.add_argument("--work", type=Path, help="staging folder (default: build/deb)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        stale = newer_sources(args.bundle / EXECUTABLE)
        if stale:
            raise BuildError(
                f"{stale} changed after the bundle in {args.bundle} was built: the package "
                "would carry the old program. Run 'make dist' first"
            )
        deb = build(args.bundle, args.out, args.version, args.work)
    except BuildError as exc:
        print(f"build_deb: {exc}", file=sys.stderr)
        return 1
    size = deb.stat().st_size / 2**20
    print(f"build_deb: built {deb} ({size:.1f} MB) in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
