"""Where the keyboard starts in a form dialog: its first field, with Tab going through the
fields before the buttons, so Enter submits what was typed (the default button).

Qt gives a new dialog's focus to the first widget in its focus chain that takes it, which is
creation order: a button box made before the fields (a base class's) got it, and the dialogs
opened with the keyboard on OK.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QWidget


def form_fields(form: QFormLayout) -> list[QWidget]:
    fields = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        widget = item.widget() if item is not None else None
        if widget is not None and widget.isVisibleTo(widget.window()) and widget.isEnabled():
            fields.append(widget)
    return fields


def focus_first_field(form: QFormLayout, buttons: QDialogButtonBox | None = None) -> None:
    fields = form_fields(form)
    if not fields:
        return
    chain = fields + (buttons.buttons() if buttons is not None else [])
    for before, after in pairwise(chain):
        QWidget.setTabOrder(before, after)
    fields[0].setFocus(Qt.FocusReason.TabFocusReason)
