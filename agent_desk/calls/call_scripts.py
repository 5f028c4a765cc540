"""Scripts: the standard greeting, sign-off, category prompts and etiquette reminders.

The shipped texts in `resources/scripts/<language>.toml` are copied into the store the first
time they are needed; from then on the store is the truth and supervisors edit it. A template
may only use the placeholders the desk knows how to fill, so an agent never reads a raw
"{custmer_name}" to a caller: such a template cannot be saved.
"""

from __future__ import annotations

import logging
import string
import tomllib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from agent_desk import audit
from agent_desk.access import Permission, allows
from agent_desk.clock import Clock
from agent_desk.errors import NotFound, PermissionDenied, ValidationError
from agent_desk.models import ScriptTemplate
from agent_desk.models.engine import SessionFactory
from agent_desk.paths import resource

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")
KINDS = ("greeting", "signoff", "prompt", "etiquette")
PLACEHOLDERS = (
    "agent_no",
    "agent_name",
    "customer_name",
    "company",
    "caller_number",
    "today",
    "reply_time",
)
BODY_MAX = 2000


@dataclass(frozen=True)
class ScriptInfo:
    id: int
    public_id: str
    kind: str
    category: str
    language: str
    title: str
    body: str
    updated_at: datetime


def _info(row: ScriptTemplate) -> ScriptInfo:
    return ScriptInfo(
        row.id,
        row.public_id,
        row.kind,
        row.category,
        row.language,
        row.title,
        row.body,
        row.updated_at,
    )


def placeholders_in(body: str) -> list[str]:
    """The {names} a template uses; raises ValidationError for broken braces."""
    try:
        parsed = list(string.Formatter().parse(body))
    except ValueError as exc:
        raise ValidationError("body", f"unbalanced braces: {exc}", reason="script.braces") from None
    names = []
    for _text, name, spec, conversion in parsed:
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            raise ValidationError(
                "body", f"bad placeholder {{{name}}}", reason="script.placeholder", name=name
            )
        names.append(name)
    return names


def check_body(body: str) -> str:
    """A template body that can be saved, or ValidationError naming the problem."""
    text = body.strip()
    if not text:
        raise ValidationError("body", "a script cannot be empty", reason="script.empty")
    if len(text) > BODY_MAX:
        raise ValidationError(
            "body", f"at most {BODY_MAX} characters", reason="script.too_long", maximum=BODY_MAX
        )
    for name in placeholders_in(text):
        if name not in PLACEHOLDERS:
            raise ValidationError(
                "body",
                f"unknown placeholder {{{name}}}",
                reason="script.placeholder",
                name=name,
            )
    return text


class _Values(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""  # a known placeholder without a value (no customer yet) reads as nothing


def render(body: str, values: dict[str, Any]) -> str:
    """Fill the placeholders; empty where the value is not known yet."""
    clean = _Values({k: "" if v is None else str(v) for k, v in values.items()})
    try:
        return body.format_map(clean)
    except (ValueError, IndexError, AttributeError):
        return body


class ScriptService:
    def __init__(self, sessions: SessionFactory, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock
        self._seeded = False

    def seed(self) -> int:
        """Copy the shipped scripts into the store where a slot is still empty."""
        added = 0
        with self._sessions.begin() as session:
            have = {
                (k, c, lang)
                for k, c, lang in session.execute(
                    select(ScriptTemplate.kind, ScriptTemplate.category, ScriptTemplate.language)
                )
            }
            for language in LANGUAGES:
                for item in _shipped(language):
                    slot = (item["kind"], item.get("category", ""), language)
                    if slot in have:
                        continue
                    session.add(
                        ScriptTemplate(
                            kind=slot[0],
                            category=slot[1],
                            language=language,
                            title=item.get("title", ""),
                            body=check_body(item["body"]),
                            updated_at=self._clock.now(),
                        )
                    )
                    have.add(slot)
                    added += 1
        self._seeded = True
        if added:
            log.info("seeded %d script templates", added)
        return added

    def _ensure_seeded(self) -> None:
        if not self._seeded:
            self.seed()

    def list(self, language: str | None = None) -> list[ScriptInfo]:
        self._ensure_seeded()
        with self._sessions() as session:
            query = select(ScriptTemplate).order_by(
                ScriptTemplate.language, ScriptTemplate.kind, ScriptTemplate.category
            )
            if language:
                query = query.where(ScriptTemplate.language == language)
            return [_info(r) for r in session.scalars(query)]

    def get(self, kind: str, language: str, category: str = "") -> ScriptInfo | None:
        """The template for a slot, falling back to Chinese (the shipped source of truth)."""
        self._ensure_seeded()
        with self._sessions() as session:
            for lang in dict.fromkeys((language, "zh_CN")):
                row = session.scalar(
                    select(ScriptTemplate).where(
                        ScriptTemplate.kind == kind,
                        ScriptTemplate.category == category,
                        ScriptTemplate.language == lang,
                    )
                )
                if row is not None:
                    return _info(row)
        return None

    def text(self, kind: str, language: str, values: dict[str, Any], category: str = "") -> str:
        found = self.get(kind, language, category)
        return render(found.body, values) if found else ""

    def update(
        self, public_id: str, body: str, *, actor: Any, title: str | None = None
    ) -> ScriptInfo:
        """A supervisor changes a template; audited with the old and new length."""
        if not allows(getattr(actor, "role", None), Permission.EDIT_SCRIPTS):
            raise PermissionDenied("edit scripts")
        text = check_body(body)
        with self._sessions.begin() as session:
            row = session.scalar(
                select(ScriptTemplate).where(ScriptTemplate.public_id == public_id)
            )
            if row is None:
                raise NotFound(f"no script {public_id}")
            before = row.body
            row.body = text
            if title is not None and title.strip():
                row.title = title.strip()[:128]
            row.updated_at = self._clock.now()
            row.updated_by_id = actor.id
            audit.record(
                session,
                self._clock,
                actor.agent_no,
                "script.update",
                f"{row.kind}/{row.category or '*'}/{row.language}",
                f"{len(before)} -> {len(text)} characters",
            )
            return _info(row)


def _shipped(language: str) -> list[dict[str, Any]]:
    path = resource("scripts", f"{language}.toml")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        log.error("shipped scripts %s unreadable: %s", path, exc)
        return []
    return [t for t in data.get("template", []) if t.get("kind") in KINDS and t.get("body")]
