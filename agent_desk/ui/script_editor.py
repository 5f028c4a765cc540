"""Tools → Script editor (supervisors): edit a template with a live preview.

The preview fills the placeholders with sample values as the supervisor types; a template
with an unknown placeholder shows why it cannot be saved, in the supervisor's language.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_desk.calls.call_scripts import PLACEHOLDERS, ScriptInfo, check_body, render
from agent_desk.errors import AgentDeskError, ValidationError
from agent_desk.ui.error_text import describe_from

if TYPE_CHECKING:
    from agent_desk.accounts import AgentInfo
    from agent_desk.calls.call_scripts import ScriptService

log = logging.getLogger(__name__)

MESSAGES: dict[str, str] = {
    "script.placeholder": QT_TRANSLATE_NOOP(
        "ScriptErrors", "{{{name}}} is not a placeholder the desk can fill."
    ),
    "script.braces": QT_TRANSLATE_NOOP(
        "ScriptErrors", "A brace is not closed: write placeholders as {agent_no}."
    ),
    "script.empty": QT_TRANSLATE_NOOP("ScriptErrors", "A script cannot be empty."),
    "script.too_long": QT_TRANSLATE_NOOP(
        "ScriptErrors", "A script can have at most {maximum} characters."
    ),
}
# Each language named in itself, as in the settings dialog; the list showed "[zh_CN]".
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}

KIND_NAMES = {
    "greeting": QT_TRANSLATE_NOOP("ScriptEditor", "Greeting"),
    "signoff": QT_TRANSLATE_NOOP("ScriptEditor", "Sign-off"),
    "prompt": QT_TRANSLATE_NOOP("ScriptEditor", "Prompt"),
    "etiquette": QT_TRANSLATE_NOOP("ScriptEditor", "Etiquette"),
}
SAMPLE: dict[str, Any] = {
    "agent_no": "1001",
    "agent_name": "王小明",
    "customer_name": "张先生",
    "company": "某某公司",
    "caller_number": "138****8000",
    "today": "2026-11-24",
    "reply_time": "12-01",
}


def script_error(error: AgentDeskError) -> str:
    return describe_from(MESSAGES, "ScriptErrors", error)


class ScriptEditorDialog(QDialog):
    def __init__(
        self, scripts: ScriptService, actor: AgentInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.scripts = scripts
        self.actor = actor
        self.current: ScriptInfo | None = None
        self.setObjectName("scriptEditor")
        self.setWindowTitle(self.tr("Script editor"))
        self.resize(900, 560)
        self.list = QListWidget()
        self.list.setObjectName("scriptList")
        self.title = QLineEdit()
        self.title.setObjectName("scriptTitle")
        self.body = QPlainTextEdit()
        self.body.setObjectName("scriptBody")
        self.preview = QLabel()
        self.preview.setObjectName("scriptPreview")
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("background: #fafafa; padding: 8px; font-size: 15px;")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.error = QLabel()
        self.error.setObjectName("scriptError")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        hint = QLabel(
            self.tr("Placeholders: {names}").format(
                names=" ".join("{" + name + "}" for name in PLACEHOLDERS)
            )
        )
        hint.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveScriptButton")
        self.save_button.clicked.connect(self.save)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Title")))
        right.addWidget(self.title)
        right.addWidget(QLabel(self.tr("Text")))
        right.addWidget(self.body, 2)
        right.addWidget(hint)
        right.addWidget(self.error)
        right.addWidget(QLabel(self.tr("Preview")))
        right.addWidget(self.preview, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(close)
        right.addLayout(row)
        columns = QHBoxLayout(self)
        columns.addWidget(self.list, 1)
        columns.addLayout(right, 2)

        self.body.textChanged.connect(self.update_preview)
        self.list.currentItemChanged.connect(self._select)
        self.reload()

    def reload(self, keep: str | None = None) -> None:
        self.list.clear()
        for info in self.scripts.list():
            kind = QCoreApplication.translate("ScriptEditor", KIND_NAMES.get(info.kind, info.kind))
            language = LANGUAGE_NAMES.get(info.language, info.language)
            label = f"[{language}] {kind}: {info.title or info.category}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, info)
            self.list.addItem(item)
            if info.public_id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)

    def _select(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        self.current = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.title.setText(self.current.title if self.current else "")
        self.body.setPlainText(self.current.body if self.current else "")
        self.update_preview()

    def update_preview(self) -> None:
        text = self.body.toPlainText()
        try:
            check_body(text)
        except ValidationError as exc:
            self.error.setText(script_error(exc))
            self.save_button.setEnabled(False)
            self.preview.setText(text)
            return
        self.error.clear()
        self.save_button.setEnabled(self.current is not None)
        self.preview.setText(render(text, SAMPLE))

    def save(self) -> bool:
        if self.current is None:
            return False
        try:
            saved = self.scripts.update(
                self.current.public_id,
                self.body.toPlainText(),
                actor=self.actor,
                title=self.title.text(),
            )
        except AgentDeskError as exc:
            self.error.setText(script_error(exc))
            return False
        log.info("script %s/%s/%s saved", saved.kind, saved.category, saved.language)
        self.reload(keep=saved.public_id)
        return True
