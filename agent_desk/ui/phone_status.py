"""The phone in the status bar, and the words for calls that rang while the agent was busy.

"Phone: connected" / "Phone: offline since 10:32" for baresip (the tooltip says why), and for
the other sources which one rings the desk, so the agent knows whether F3 answers the phone
itself or only the desk.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from agent_desk import phones
from agent_desk.callbacks import CallbackInfo
from agent_desk.calls.events import PhoneStatus
from agent_desk.calls.session import CallEvent
from agent_desk.errors import AgentDeskError

# What the phone the desk drives did not do, and why a key changed nothing, in the agent's words
# (the call form's context and lookup: `call_form.error_message` takes these too).
PHONE_MESSAGES: dict[str, str] = {
    "phone.no_call": QT_TRANSLATE_NOOP(
        "CallErrors", "The phone no longer has that call: the caller has hung up."
    ),
    "phone.no_answer": QT_TRANSLATE_NOOP(
        "CallErrors",
        "The phone did not answer the call. Press F3 again or answer on the phone; if it keeps "
        "failing, baresip cannot open its sound device: tell branch IT.",
    ),
    "phone.refused": QT_TRANSLATE_NOOP(
        "CallErrors", "The phone did not do what the desk asked ({detail})."
    ),
    "phone.failed": QT_TRANSLATE_NOOP(
        "CallErrors", "The phone did not do what the desk asked ({detail})."
    ),
    "phone.id_too_long": QT_TRANSLATE_NOOP(
        "CallErrors",
        "The desk cannot tell the phone which call this is (its call id is too long): "
        "use the phone itself.",
    ),
    "call.ringing_phone": QT_TRANSLATE_NOOP(
        "CallErrors",
        "The call is still ringing: F3 answers it. A ringing call ends when the caller hangs up.",
    ),
    "call.unrecorded": QT_TRANSLATE_NOOP(
        "CallErrors",
        "The phone has a call the desk did not see ring ({caller}); it is not recorded at the "
        "desk.",
    ),
}


class PhoneStatusLabel(QLabel):
    def __init__(
        self,
        kind: str,
        refused: AgentDeskError | None = None,
        parent: QWidget | None = None,
        zone: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("phoneStatus")
        self.kind = kind
        self.zone = zone  # the branch's (policy); the PC's when not given
        if kind == "baresip":
            self.setText(QCoreApplication.translate("PhoneStatus", "Phone: connecting…"))
        elif kind == "cti" and refused is not None:
            self.setText(
                QCoreApplication.translate("PhoneStatus", "Phone: softphone commands unavailable")
            )
            self.setToolTip(refused.message)
            self.setStyleSheet("color: #b71c1c; padding: 0 6px;")
        elif kind == "cti":
            self.setText(QCoreApplication.translate("PhoneStatus", "Phone: softphone commands"))
        elif kind == "training":
            self.setText(QCoreApplication.translate("PhoneStatus", "Phone: practice calls"))
        else:
            self.setText(QCoreApplication.translate("PhoneStatus", "Phone: desk phone (F2)"))

    def show_status(self, status: PhoneStatus) -> None:
        local = status.since.astimezone(self.zone).strftime("%H:%M")
        if status.connected:
            self.setText(QCoreApplication.translate("PhoneStatus", "Phone: connected"))
            self.setToolTip(
                QCoreApplication.translate("PhoneStatus", "baresip, connected since {time}").format(
                    time=local
                )
            )
            self.setStyleSheet("color: #33691e; padding: 0 6px;")
        else:
            self.setText(
                QCoreApplication.translate("PhoneStatus", "Phone: offline since {time}").format(
                    time=local
                )
            )
            self.setToolTip(status.detail)
            self.setStyleSheet("color: #b71c1c; padding: 0 6px;")


def waiting_text(event: CallEvent, ended: bool) -> str:
    who = (
        event.caller_name
        or phones.mask(event.caller_number)
        or QCoreApplication.translate("PhoneStatus", "an unknown number")
    )
    if ended:
        return QCoreApplication.translate(
            "PhoneStatus", "Missed call from {who} while you were on a call: listed for a callback."
        ).format(who=who)
    return QCoreApplication.translate(
        "PhoneStatus", "Another call from {who} is ringing while you are on a call."
    ).format(who=who)


def callback_purpose(callback: CallbackInfo, zone: tzinfo | None) -> str:
    """A callback's purpose; a missed call's callback has none stored and is worded here."""
    if callback.purpose or callback.missed_call_id is None:
        return callback.purpose
    when = callback.missed_at or callback.due_at
    return QCoreApplication.translate(
        "PhoneStatus", "Missed call at {time} while on another call"
    ).format(time=when.astimezone(zone).strftime("%H:%M"))
