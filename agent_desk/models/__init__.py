"""The store: SQLAlchemy models, one module per aggregate. No Qt and no business rules here."""

from agent_desk.models.agents import Agent
from agent_desk.models.audit import AuditEvent
from agent_desk.models.base import Base, UTCDateTime, new_public_id
from agent_desk.models.calls import Call, CallDraft
from agent_desk.models.cases import Callback, Case, CaseEvent
from agent_desk.models.customers import Customer, CustomerPhone
from agent_desk.models.knowledge import KbArticle, KbArticleVersion
from agent_desk.models.outbox import OutboxItem, ShareRefusal
from agent_desk.models.quality import CallHourCount, QualityReview, QueuedCall, Recording
from agent_desk.models.scripts import ScriptTemplate
from agent_desk.models.shifts import Shift, StatusPeriod

__all__ = [
    "Agent",
    "AuditEvent",
    "Base",
    "Call",
    "CallDraft",
    "CallHourCount",
    "Callback",
    "Case",
    "CaseEvent",
    "Customer",
    "CustomerPhone",
    "KbArticle",
    "KbArticleVersion",
    "OutboxItem",
    "QualityReview",
    "QueuedCall",
    "Recording",
    "ScriptTemplate",
    "ShareRefusal",
    "Shift",
    "StatusPeriod",
    "UTCDateTime",
    "new_public_id",
]
