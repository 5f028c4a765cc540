"""The knowledge base: articles, their versions, search while typing, and the share's package."""

from agent_desk.knowledge.package import PackageRefused
from agent_desk.knowledge.service import (
    BODY_MAX,
    ArticleHit,
    ArticleInfo,
    DuplicateTitle,
    ImportResult,
    InvalidTransition,
    KnowledgeService,
    VersionInfo,
)

__all__ = [
    "BODY_MAX",
    "ArticleHit",
    "ArticleInfo",
    "DuplicateTitle",
    "ImportResult",
    "InvalidTransition",
    "KnowledgeService",
    "PackageRefused",
    "VersionInfo",
]
