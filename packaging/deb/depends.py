"""What the PyInstaller bundle needs from the system, derived from the bundle itself.

Every ELF file in the bundle names the libraries it links (NEEDED). Those the bundle carries
are found in it at run time (the bootloader puts `_internal` on the library path; Qt's own
libraries find each other through $ORIGIN); the rest must come from the system, and `dpkg -S`
says which Debian package holds each. The bootloader (`AgentDesk`) runs before that path is
set, so its libraries always come from the system. The package's `Depends` (packaging/deb/control)
is checked against this by tests/integration/test_deb_package.py.

    .venv/bin/python packaging/deb/depends.py [dist/AgentDesk]
"""

from __future__ import annotations

import functools
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

EXECUTABLE = "AgentDesk"
# Loaded only where their libraries already are, and skipped by Qt elsewhere: no dependency.
OPTIONAL = {
    "libgtk-3.so.0": "Qt's GTK 3 platform theme plugin (GNOME desktops have GTK 3)",
    "libgdk-3.so.0": "Qt's GTK 3 platform theme plugin (GNOME desktops have GTK 3)",
}
# Files the bundled libraries read from the system at run time, which no NEEDED entry shows
# (found with strace of `selftest` under Xvfb); each package that holds them is a dependency.
DATA = {
    "fontconfig-config": "/etc/fonts/fonts.conf for the bundled libfontconfig",
    "libx11-data": "/usr/share/X11/locale for the bundled libX11 (input methods, compose)",
    "tzdata": "/usr/share/zoneinfo/Asia/Shanghai for the case deadlines (zoneinfo)",
}
# A RUNPATH or RPATH may only point into the bundle; anything else is the builder's machine.
INSIDE = re.compile(r"^\$ORIGIN(/|$)")


@dataclass
class Derived:
    packages: dict[str, set[str]] = field(default_factory=dict)  # package -> sonames
    users: dict[str, set[str]] = field(default_factory=dict)  # soname -> files needing it
    unresolved: dict[str, set[str]] = field(default_factory=dict)  # soname -> files
    optional: dict[str, set[str]] = field(default_factory=dict)
    glibc: tuple[int, ...] = (0,)  # newest GLIBC_x.y symbol version asked for


def elf_files(bundle: Path) -> list[Path]:
    files = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    files.append(path)
    return files


def dynamic_section(path: Path) -> tuple[list[str], list[str]]:
    """(NEEDED sonames, RUNPATH/RPATH entries) as readelf shows them."""
    out = subprocess.run(
        ["readelf", "-d", "-W", str(path)], capture_output=True, text=True, check=False
    ).stdout
    needed = re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)
    paths = re.findall(r"\((?:RUNPATH|RPATH)\)\s+Library (?:runpath|rpath): \[([^\]]+)\]", out)
    return needed, [p for entry in paths for p in entry.split(":")]


def foreign_search_paths(bundle: Path) -> dict[str, str]:
    """file -> its RUNPATH/RPATH entries outside the bundle (e.g. a pyenv Python's lib/)."""
    found = {}
    for path in elf_files(bundle):
        foreign = [p for p in dynamic_section(path)[1] if not INSIDE.match(p)]
        if foreign:
            found[path.relative_to(bundle).as_posix()] = ":".join(foreign)
    return found


def glibc_versions(path: Path) -> set[tuple[int, ...]]:
    out = subprocess.run(
        ["objdump", "-T", str(path)], capture_output=True, text=True, check=False
    ).stdout
    return {tuple(int(n) for n in v.split(".")) for v in re.findall(r"GLIBC_([0-9.]+)\b", out)}


def system_libraries() -> dict[str, str]:
    """soname -> path, from the dynamic loader's cache (x86-64 entries)."""
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    found: dict[str, str] = {}
    for name, flags, path in re.findall(r"^\s+(\S+) \(([^)]*)\) => (\S+)$", out, re.M):
        if "x86-64" in flags:
            found.setdefault(name, path)
    return found


@functools.cache
def package_of(path: str) -> str | None:
    """The installed package holding a file (merged /usr: either spelling may be registered)."""
    candidates = [path, str(Path(path).resolve())]
    for candidate in list(candidates):
        if candidate.startswith("/usr/lib/"):
            candidates.append(candidate.removeprefix("/usr"))
        elif candidate.startswith("/lib/"):
            candidates.append("/usr" + candidate)
    for candidate in dict.fromkeys(candidates):
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":")[0].strip()
    return None


def derive(bundle: Path) -> Derived:
    derived = Derived()
    carried = {path.name for path in bundle.rglob("*")}
    system = system_libraries()
    for path in elf_files(bundle):
        rel = path.relative_to(bundle).as_posix()
        needed = dynamic_section(path)[0]
        derived.glibc = max([derived.glibc, *glibc_versions(path)])
        for soname in needed:
            if soname in carried and rel != EXECUTABLE:
                continue
            if soname in OPTIONAL:
                derived.optional.setdefault(soname, set()).add(rel)
                continue
            derived.users.setdefault(soname, set()).add(rel)
            package = package_of(system[soname]) if soname in system else None
            if package is None:
                derived.unresolved.setdefault(soname, set()).add(rel)
            else:
                derived.packages.setdefault(package.split(":")[0], set()).add(soname)
    return derived


def main(argv: list[str]) -> int:
    bundle = Path(argv[0]) if argv else Path(__file__).resolve().parents[2] / "dist" / EXECUTABLE
    derived = derive(bundle)
    print(f"newest glibc symbol version: GLIBC_{'.'.join(map(str, derived.glibc))}")
    for package, sonames in sorted(derived.packages.items()):
        print(f"{package:24} {' '.join(sorted(sonames))}")
    for soname, users in sorted(derived.unresolved.items()):
        print(f"NOT FOUND {soname} (needed by {', '.join(sorted(users)[:3])})")
    for soname in sorted(derived.optional):
        print(f"optional  {soname}: {OPTIONAL[soname]}")
    foreign = foreign_search_paths(bundle)
    for rel, search in sorted(foreign.items()):
        print(f"RUNPATH outside the bundle: {search} in {rel}")
    return 1 if derived.unresolved or foreign else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
