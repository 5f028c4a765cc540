"""The knowledge-base package on the share (`kb/`): building it, and refusing a bad one whole.

A supervisor's desk writes every published article (and every retired one, so a retirement
reaches the other desks) with its version history into one JSON file following
`resources/schema/kb_package.schema.json`. A desk reads a package completely and checks it
before anything is imported: another schema name or version, a file cut short (not JSON, or
fewer articles than `count` says), a value outside the schema (a body over 50,000
characters), an article listed twice, or an article whose version is below the last of its own
history refuses the whole file, with a reason the user's language can say.

An agent's proposal travels the other way: one file per proposed version,
`kb/proposals/<branch>/<article id>.v<version>.json` (`resources/schema/kb_proposal.schema.json`),
queued through the outbox when the agent proposes, read by the desks with a supervisor.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from functools import cache
from typing import Any

from agent_desk.errors import AgentDeskError
from agent_desk.paths import resource

PACKAGE_SCHEMA = "agent-desk/kb-package"
PACKAGE_VERSION = 1
SCHEMA_FILE = ("schema", "kb_package.schema.json")
PROPOSAL_SCHEMA = "agent-desk/kb-proposal"
PROPOSAL_SCHEMA_FILE = ("schema", "kb_proposal.schema.json")
SHARE_FOLDER = "kb"
PROPOSALS_FOLDER = "proposals"  # kb/proposals/<branch>/<article id>.v<version>.json
PROPOSAL_NAME = re.compile(r"^([0-9a-f-]{36})\.v(\d{1,6})\.json$")
BRANCH_FOLDER = re.compile(r"^[A-Za-z0-9_-]{1,16}$")
MAX_PROPOSAL_BYTES = 1024 * 1024
# kb/kb-20261201T081500Z-BJ01-desk1.json: the UTC time first, so names sort by age.
PACKAGE_NAME = re.compile(r"^kb-(\d{8}T\d{6}Z)-[A-Za-z0-9_-]{1,16}-[A-Za-z0-9_-]{1,16}\.json$")
MAX_PACKAGE_BYTES = 512 * 1024 * 1024


class PackageRefused(AgentDeskError):
    """The package (or proposal) is not imported, not one article of it. `reason`:
    kb.package.version, kb.package.truncated, kb.package.schema, kb.package.twice,
    kb.package.history, kb.package.unreadable."""

    code = "kb.package"
    template = "knowledge package {name} refused: {detail}"


def package_name(at: datetime, branch: str, desk: str) -> str:
    return f"kb-{at:%Y%m%dT%H%M%SZ}-{branch}-{desk}.json"


def proposal_path(branch: str, article_id: str, version: int) -> str:
    return f"{SHARE_FOLDER}/{PROPOSALS_FOLDER}/{branch}/{article_id}.v{version}.json"


def package_time(name: str) -> datetime | None:
    """The UTC time a package's name says it was written, or None for another name."""
    found = PACKAGE_NAME.match(name)
    if found is None:
        return None
    try:
        return datetime.strptime(found.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except ValueError:
        return None


@cache
def schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource(*SCHEMA_FILE).read_text(encoding="utf-8"))
    return data


@cache
def proposal_schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource(*PROPOSAL_SCHEMA_FILE).read_text(encoding="utf-8"))
    return data


def _json_document(data: bytes, name: str) -> Any:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise PackageRefused(
            "not UTF-8 text (cut short or not a package)",
            name=name,
            reason="kb.package.truncated",
        ) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise PackageRefused(
            f"incomplete or not JSON ({exc.msg} at character {exc.pos})",
            name=name,
            reason="kb.package.truncated",
        ) from None


def _check_schema(document: Any, against: dict[str, Any], name: str) -> None:
    import jsonschema  # type: ignore[import-untyped]

    validator_cls = jsonschema.validators.validator_for(against)
    error = next(iter(validator_cls(against).iter_errors(document)), None)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(top)"
        raise PackageRefused(
            f"{where}: {error.message[:200]}", name=name, reason="kb.package.schema"
        )


def parse_proposal(data: bytes, name: str = "") -> dict[str, Any]:
    """The proposal in `data`, checked whole; PackageRefused otherwise."""
    proposal = _json_document(data, name)
    if not isinstance(proposal, dict) or proposal.get("schema") != PROPOSAL_SCHEMA:
        raise PackageRefused(
            f"not a knowledge proposal (schema is not {PROPOSAL_SCHEMA})",
            name=name,
            reason="kb.package.schema",
        )
    if proposal.get("version") != PACKAGE_VERSION:
        raise PackageRefused(
            f"proposal version {proposal.get('version')!r}; this AgentDesk reads version "
            f"{PACKAGE_VERSION}",
            name=name,
            reason="kb.package.version",
            found=str(proposal.get("version")),
            supported=PACKAGE_VERSION,
        )
    _check_schema(proposal, proposal_schema(), name)
    return proposal


def package_bytes(package: dict[str, Any]) -> bytes:
    return json.dumps(package, ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8")


def parse_package(data: bytes, name: str = "") -> dict[str, Any]:
    """The package in `data`, checked whole; PackageRefused otherwise."""
    package = _json_document(data, name)
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
    _check_schema(package, schema(), name)
    if package["count"] != len(package["articles"]):
        raise PackageRefused(
            f"{len(package['articles'])} articles where {package['count']} were written "
            "(cut short)",
            name=name,
            reason="kb.package.truncated",
        )
    seen: set[str] = set()
    for i, article in enumerate(package["articles"], start=1):
        if article["id"] in seen:
            raise PackageRefused(
                f"articles/{i}: article {article['id']} is listed twice",
                name=name,
                reason="kb.package.twice",
            )
        seen.add(article["id"])
        last = max((v["version"] for v in article["history"]), default=article["version"])
        if article["version"] < last:
            raise PackageRefused(
                f"articles/{i}: article {article['id']} is version {article['version']} "
                f"but its history goes to version {last}",
                name=name,
                reason="kb.package.history",
            )
    return package
