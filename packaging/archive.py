"""Wrap the one-folder build into the archive branch IT receives.

`AgentDesk-<version>-<platform>.tar.gz` on Linux/macOS, `.zip` on Windows, holding the
`AgentDesk/` folder with INSTALL.txt in it. Called by build.spec after PyInstaller's COLLECT,
so `pyinstaller build.spec` alone gives the same result on every platform (no make on Windows).
"""

from __future__ import annotations

import platform
import sys
import tarfile
import zipfile
from pathlib import Path

_MACHINES = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}


def platform_tag() -> str:
    """'linux-x86_64', 'windows-x86_64', 'macos-arm64': what the archive runs on."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower()
    return f"{system}-{_MACHINES.get(machine, machine)}"


def install_text(source: Path, version: str) -> str:
    return source.read_text(encoding="utf-8").replace("@VERSION@", version)


def make_archive(folder: Path, version: str, install_txt: Path) -> Path:
    """Put INSTALL.txt into `folder` and pack it next to it; returns the archive's path."""
    (folder / "INSTALL.txt").write_text(install_text(install_txt, version), encoding="utf-8")
    base = f"{folder.name}-{version}-{platform_tag()}"
    windows = sys.platform == "win32"
    target = folder.parent / (base + (".zip" if windows else ".tar.gz"))
    partial = target.with_name(target.name + ".partial")
    files = sorted(folder.rglob("*"))
    if windows:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            for path in files:
                zf.write(path, path.relative_to(folder.parent).as_posix())
    else:
        with tarfile.open(partial, "w:gz", compresslevel=6) as tf:
            tf.add(folder, arcname=folder.name, recursive=False)
            for path in files:
                tf.add(path, arcname=path.relative_to(folder.parent).as_posix(), recursive=False)
    partial.replace(target)
    return target


def main() -> None:  # pragma: no cover - `python packaging/archive.py dist/AgentDesk 0.1.0`
    folder, version = Path(sys.argv[1]), sys.argv[2]
    print(make_archive(folder, version, Path(__file__).with_name("INSTALL.txt")))


if __name__ == "__main__":
    main()
