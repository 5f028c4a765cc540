"""The knowledge-base package on the share (`kb/`): building it, and refusing a bad one whole.

A supervisor's desk writes every published article (and every retired one, so a retirement
reaches the other desks) with its version history into one JSON file following
`resources/schema/kb_package.schema.json`. A desk reads a package completely and checks it
before anything is imported: another schema name or version, a file cut short (not JSON, or
fewer articles than `count` says), or a value outside the schema (a body over 50,000
characters) refuses the whole file, with a reason the user's language can say.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from functools import cache
from typing import Any

from agent_desk.errors import AgentDeskError
from agent_desk.paths import resource

PACKAGE_SCHEMA = "agent-desk/kb-package"
PACKAGE_VERSION = 1
SCHEMA_FILE = ("schema", "kb_package.schema.json")
SHARE_FOLDER = "kb"
# kb/kb-20261201T081500Z-BJ01-desk1.json: the UTC time first, so names sort by age.
PACKAGE_NAME = re.compile(r"^kb-(\d{8}T\d{6}Z)-[A-Za-z0-9_-]{1,16}-[A-Za-z0-9_-]{1,16}\.json$")
MAX_PACKAGE_BYTES = 512 * 1024 * 1024


class PackageRefused(AgentDeskError):
    """The package is not imported, not one article of it. `reason`: kb.package.version,
    kb.package.truncated, kb.package.schema, kb.package.unreadable."""

    code = "kb.package"
    template = "knowledge package {name} refused: {detail}"


def package_name(at: datetime, branch: str, desk: str) -> str:
    return f"kb-{at:%Y%m%dT%H%M%SZ}-{branch}-{desk}.json"


@cache
def schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource(*SCHEMA_FILE).read_text(encoding="utf-8"))
    return data


def package_bytes(package: dict[str, Any]) -> bytes:
    return json.dumps(package, ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8")


def parse_package(data: bytes, name: str = "") -> dict[str, Any]:
    """The package in `data`, checked whole; PackageRefused otherwise."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise PackageRefused(
            "not UTF-8 text (cut short or not a package)",
            name=name,
            reason="kb.package.truncated",
        ) from None
    try:
        package = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PackageRefused(
            f"incomplete or not JSON ({exc.msg} at character {exc.pos})",
            name=name,
            reason="kb.package.truncated",
        ) from None
    if not isinstance(package, dict) or package.get("schema") != PACKAGE_SCHEMA:
        raise PackageRefused(
            f"not a knowledge package (schema is not {PACKAGE_SCHEMA})",
            name=name,
            reason="kb.package.schema",
        )
    version = package.get("version")
    if version != PACKAGE_VERSION:
        raise PackageRefused(
            f"package version {version!r}; this AgentDesk reads version {PACKAGE_VERSION}",
            name=name,
            reason="kb.package.version",
            found=str(version),
            supported=PACKAGE_VERSION,
        )
    import jsonschema  # type: ignore[import-untyped]

    validator_cls = jsonschema.validators.validator_for(schema())
    error = next(iter(validator_cls(schema()).iter_errors(package)), None)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(top)"
        raise PackageRefused(
            f"{where}: {error.message[:200]}", name=name, reason="kb.package.schema"
        )
    if package["count"] != len(package["articles"]):
        raise PackageRefused(
            f"{len(package['articles'])} articles where {package['count']} were written "
            "(cut short)",
            name=name,
            reason="kb.package.truncated",
        )
    return package
