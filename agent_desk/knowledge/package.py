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
    kb.package.history, kb.package.unreadable, kb.package.name (not UTF-8 text)."""

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


# A value from the package is named in a message only when it is this short: a 50,001-character
# body, or a key of a megabyte, must not become a message (or a log line) of that size.
SHOWN_MAX = 40
_TYPES = {dict: "an object", list: "a list", str: "a text", bool: "true/false", type(None): "null"}


def short_value(value: Any, quote: bool = True) -> str:
    """A package value for a message: numbers and short texts as they are, anything else
    by its kind and size."""
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, int | float):
        text = repr(value)
        return text if len(text) <= SHOWN_MAX else "a number"
    if isinstance(value, str):
        if len(value) <= SHOWN_MAX and value.isprintable():
            return repr(value) if quote else value
        return f"a text of {len(value):,} characters"
    kind = _TYPES.get(type(value), type(value).__name__)
    return f"{kind} of {len(value):,} items" if isinstance(value, dict | list) else kind


def schema_problem(error: Any) -> str:
    """What is wrong with a value, in words that never echo a long value (jsonschema's own
    messages quote the whole instance: `'字字字…' is too long`)."""
    keyword, rule, value = error.validator, error.validator_value, error.instance
    if keyword == "maxLength" and isinstance(value, str):
        return f"{len(value):,} characters, at most {rule:,}"
    if keyword == "minLength" and isinstance(value, str):
        return "empty" if not value else f"{len(value):,} characters, at least {rule:,}"
    if keyword in ("maxItems", "minItems") and isinstance(value, list):
        return f"{len(value):,} items, {'at most' if keyword == 'maxItems' else 'at least'} {rule}"
    if keyword == "type":
        wanted = " or ".join(rule) if isinstance(rule, list) else rule
        return f"{short_value(value)} where {wanted} is expected"
    if keyword == "enum":
        return f"{short_value(value)} is not one of {', '.join(map(str, rule))}"
    if keyword == "const":
        return f"{short_value(value)} where {rule!r} is expected"
    if keyword == "pattern":
        return f"{short_value(value)} is not in the expected form"
    if keyword in ("minimum", "maximum"):
        return f"{short_value(value)}, {'at least' if keyword == 'minimum' else 'at most'} {rule}"
    if keyword == "required" and isinstance(value, dict):
        missing = [k for k in rule if k not in value]
        return f"missing {', '.join(missing)}" if missing else "a required key is missing"
    if keyword == "additionalProperties" and isinstance(value, dict):
        known = error.schema.get("properties", {})
        extra = [k for k in value if k not in known]
        shown = ", ".join(short_value(k) for k in extra[:3])
        more = f" and {len(extra) - 3:,} more" if len(extra) > 3 else ""
        return f"unexpected key{'s' if len(extra) != 1 else ''} {shown}{more}"
    return f"{short_value(value)} breaks the rule {keyword!r}"


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
        where = "/".join(short_value(p, quote=False) for p in error.absolute_path) or "(top)"
        raise PackageRefused(
            f"{where}: {schema_problem(error)}", name=name, reason="kb.package.schema"
        )


def _checked(
    data: bytes, name: str, what: str, schema_name: str, against: dict[str, Any]
) -> dict[str, Any]:
    """A `what` ("package", "proposal") of `schema_name` in `data`, of the version this
    AgentDesk reads and valid against its schema; PackageRefused otherwise."""
    document = _json_document(data, name)
    if not isinstance(document, dict) or document.get("schema") != schema_name:
        raise PackageRefused(
            f"not a knowledge {what} (schema is not {schema_name})",
            name=name,
            reason="kb.package.schema",
        )
    if document.get("version") != PACKAGE_VERSION:
        found = short_value(document.get("version"))
        raise PackageRefused(
            f"{what} version {found}; this AgentDesk reads version {PACKAGE_VERSION}",
            name=name,
            reason="kb.package.version",
            found=found,
            supported=PACKAGE_VERSION,
        )
    _check_schema(document, against, name)
    return document


def parse_proposal(data: bytes, name: str = "") -> dict[str, Any]:
    """The proposal in `data`, checked whole; PackageRefused otherwise."""
    return _checked(data, name, "proposal", PROPOSAL_SCHEMA, proposal_schema())


def package_bytes(package: dict[str, Any]) -> bytes:
    return json.dumps(package, ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8")


def parse_package(data: bytes, name: str = "") -> dict[str, Any]:
    """The package in `data`, checked whole; PackageRefused otherwise."""
    package = _checked(data, name, "package", PACKAGE_SCHEMA, schema())
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
