"""Test hooks for the process tests and benchmarks (only with AGENT_DESK_TEST_HOOKS=1).

They let a test fill and save the call form and press the desk's keys as the agent would, over
the local socket, and read back what the window shows. Never enabled on a desk: the app logs a
warning when they are.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from agent_desk.calls.service import CallRecord

if TYPE_CHECKING:
    from agent_desk.ui.call_desk import CallDesk

log = logging.getLogger(__name__)

KEYS = {"F2": Qt.Key.Key_F2, "F3": Qt.Key.Key_F3, "F4": Qt.Key.Key_F4, "Enter": Qt.Key.Key_Return}


def install_test_hooks(desk: CallDesk, handlers: dict[str, Any]) -> None:
    log.warning("test hooks are enabled (AGENT_DESK_TEST_HOOKS=1)")
    shown: dict[str, float] = {}
    # Connected after the banner: runs once the banner shows the ring.
    desk.controller.ring_started.connect(lambda _event: shown.update(ring=time.time()))

    def fill(message: dict[str, Any]) -> dict[str, Any]:
        record = CallRecord.from_json(dict(message.get("record") or {}))
        desk.form.load(record)
        desk.form._dirty = True
        return {"ok": True}

    def save(_message: dict[str, Any]) -> dict[str, Any]:
        """Ctrl+S, and Ctrl+S again after a hint (no sign-off, satisfaction not asked)."""
        saved = desk.form.save()
        hinted = saved is None and desk.form.hint_label.isVisible()
        if hinted:
            saved = desk.form.save()
        if saved is None:
            errors = {k: v.text() for k, v in desk.form.errors.items() if v.text()}
            return {"ok": False, "error": "not saved", "errors": errors}
        return {"ok": True, "call": saved.call.public_id, "hinted": hinted}

    def key(message: dict[str, Any]) -> dict[str, Any]:
        """Press a key where the keyboard is now (the focused widget of the active window)."""
        code = KEYS.get(str(message.get("key")))
        if code is None:
            return {"ok": False, "error": f"unknown key {message.get('key')!r}"}
        target = QApplication.focusWidget() or QApplication.activeWindow() or desk.window
        sent = time.time()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier))
        return {"ok": True, "sent_at": sent, "target": target.objectName()}

    def state(_message: dict[str, Any]) -> dict[str, Any]:
        event = desk.controller.current
        return {
            "ok": True,
            "stage": desk.controller.stage.value,
            "call": event.public_id if event else None,
            "banner": desk.banner.ring_text(),
            "banner_caller": desk.banner.caller_label.text(),
            "banner_customer": desk.banner.customer_label.text(),
            "banner_note": desk.banner.note_label.text(),
            "ring_shown_at": shown.get("ring"),
            "card": _card_state(desk),
            "greeting": desk.scripts.greeting.text(),
            "restore_offered": desk.form.restore_bar.isVisible(),
            "record": desk.form.record().to_json(),
            "phone": desk.phone_label.text(),
            "waiting": sorted(desk.controller.session.waiting),
            "minimized": desk.window.isMinimized(),
            "desk_state": desk.banner.state_view.text(),
            "status_state": _status_state(desk),
            "focus": (QApplication.focusWidget() or desk.window).objectName(),
            "hint": desk.form.hint_label.text() if desk.form.hint_label.isVisible() else "",
        }

    def restore(_message: dict[str, Any]) -> dict[str, Any]:
        desk.form.restore_offered()
        return {"ok": True}

    def dial(message: dict[str, Any]) -> dict[str, Any]:
        """The agent calls a number (as Dial on the customer card does)."""
        event = desk.controller.place_outbound(str(message.get("number") or ""))
        return {"ok": True, "call": event.public_id}

    def minimize(_message: dict[str, Any]) -> dict[str, Any]:
        desk.window.showMinimized()
        return {"ok": True}

    handlers.update(
        {
            "test.fill": fill,
            "test.save": save,
            "test.state": state,
            "test.restore": restore,
            "test.key": key,
            "test.minimize": minimize,
            "test.dial": dial,
        }
    )


def _status_state(desk: CallDesk) -> str:
    shift_desk = getattr(desk.window, "shift_desk", None)
    return shift_desk.state_label.text() if shift_desk is not None else ""


def _card_state(desk: CallDesk) -> dict[str, Any] | None:
    """What the customer card shows: name, last calls, open cases, an unknown caller's name."""
    card = getattr(getattr(desk.window, "customer_panel", None), "card", None)
    if card is None:
        return None

    def items(widget: Any) -> list[str]:
        return [widget.item(i).text() for i in range(widget.count())]

    return {
        "name": card.name_label.text() if card.data is not None else "",
        "calls": items(card.calls_list),
        "cases": items(card.cases_list),
        "quick_name": card.quick_name.text(),
    }
