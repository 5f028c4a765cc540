"""The phone in the status bar, and the words for calls that rang while the agent was busy.

"Phone: connected" / "Phone: offline since 10:32" for baresip (the tooltip says why), and for
the other sources which one rings the desk, so the agent knows whether F3 answers the phone
itself or only the desk.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from agent_desk import phones
from agent_desk.callbacks import CallbackInfo
from agent_desk.calls.events import PhoneStatus
from agent_desk.calls.session import CallEvent
from agent_desk.errors import AgentDeskError


class PhoneStatusLabel(QLabel):
    def __init__(
        self, kind: str, refused: AgentDeskError | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("phoneStatus")
        self.kind = kind
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
        local = status.since.astimezone().strftime("%H:%M")
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
