"""The knowledge base's refusals in the user's language (lupdate context "KnowledgeErrors")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from agent_desk.errors import AgentDeskError
from agent_desk.knowledge.service import RefusedFile, SkippedArticle
from agent_desk.ui.error_text import describe_from

CONTEXT = "KnowledgeErrors"

MESSAGES: dict[str, str] = {
    "kb.title.required": QT_TRANSLATE_NOOP("KnowledgeErrors", "Give the article a title."),
    "kb.title.too_long": QT_TRANSLATE_NOOP(
        "KnowledgeErrors", "A title can have at most {maximum} characters."
    ),
    "kb.title.duplicate": QT_TRANSLATE_NOOP(
        "KnowledgeErrors", "An article with this title exists already: “{existing_title}”."
    ),
    "kb.title.control": QT_TRANSLATE_NOOP(
        "KnowledgeErrors",
        "A title is one line without control characters or line breaks ({character} found).",
    ),
    "kb.body.required": QT_TRANSLATE_NOOP("KnowledgeErrors", "Write the article's answer."),
    "kb.body.too_long": QT_TRANSLATE_NOOP(
        "KnowledgeErrors",
        "An article can have at most {maximum} characters; this one has {length}.",
    ),
    "kb.category.unknown": QT_TRANSLATE_NOOP("KnowledgeErrors", "Unknown call type {category}."),
    "kb.tags.too_many": QT_TRANSLATE_NOOP(
        "KnowledgeErrors", "At most {maximum} tags, each of at most 40 characters."
    ),
    "kb.retired": QT_TRANSLATE_NOOP(
        "KnowledgeErrors", "A retired article is not edited; publish it again first."
    ),
    "kb.already_published": QT_TRANSLATE_NOOP(
        "KnowledgeErrors", "The article is already published."
    ),
    "kb.already_retired": QT_TRANSLATE_NOOP("KnowledgeErrors", "The article is already retired."),
    "kb.not_found": QT_TRANSLATE_NOOP("KnowledgeErrors", "The article no longer exists."),
    "kb.package.truncated": QT_TRANSLATE_NOOP(
        "KnowledgeErrors",
        "The knowledge package {name} is incomplete (cut short); nothing of it was imported.",
    ),
    "kb.package.version": QT_TRANSLATE_NOOP(
        "KnowledgeErrors",
        "The knowledge package {name} is version {found}; this AgentDesk reads version "
        "{supported}. Nothing of it was imported; update AgentDesk.",
    ),
    "kb.package.schema": QT_TRANSLATE_NOOP(
        "KnowledgeErrors",
        "The file {name} is not a valid knowledge package ({detail}); nothing of it was imported.",
    ),
    "kb.package.twice": QT_TRANSLATE_NOOP(
        "KnowledgeErrors",
        "The knowledge package {name} lists an article twice ({detail}); nothing of it was "
        "imported.",
    ),
    "kb.package.history": QT_TRANSLATE_NOOP(
        "KnowledgeErrors",
        "The knowledge package {name} contradicts itself ({detail}); nothing of it was imported.",
    ),
    "kb.package.future": QT_TRANSLATE_NOOP(
        "KnowledgeErrors",
        "The knowledge package {name} is dated after now (the desk that wrote it has a wrong "
        "clock); it is passed over until then.",
    ),
    "kb.package.name": QT_TRANSLATE_NOOP(
        "KnowledgeErrors", "The file {name} on the share is not read: its name is not UTF-8 text."
    ),
    "kb.package": QT_TRANSLATE_NOOP("KnowledgeErrors", "Refused from the share: {name}: {detail}"),
    "kb.skipped.title": QT_TRANSLATE_NOOP(
        "KnowledgeErrors",
        "“{title}” from the share was not imported: the article “{existing_title}” here has "
        "the same title. Merge or rename one of them.",
    ),
    "permission": QT_TRANSLATE_NOOP(
        "KnowledgeErrors", "Only a supervisor can edit, publish or retire articles."
    ),
}


def error_text(error: AgentDeskError) -> str:
    """A knowledge-base error in the user's language."""
    return describe_from(MESSAGES, CONTEXT, error)


def refused_text(refused: RefusedFile) -> str:
    """A file of kb/ on the share the desk refused, and why, in the user's language."""
    params = {"name": refused.name, "detail": refused.message, **refused.params}
    params["reason"] = refused.reason
    return error_text(AgentDeskError(**params))


def skipped_text(skipped: SkippedArticle) -> str:
    """An article of a package or proposal not imported, and why, in the user's language."""
    return QCoreApplication.translate(CONTEXT, MESSAGES["kb.skipped.title"]).format(
        title=skipped.title, existing_title=skipped.existing_title
    )
