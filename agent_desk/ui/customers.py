"""Wires the customer card into the window: screen pop on ring, dialogs, menu entries.

`install(window, services)` runs after the calls installer, so `window.call_controller` (when
that part is installed) already exists: its `ring_started` starts a lookup on the worker
thread, and the card's answer goes back to the controller with `set_customer`.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from agent_desk import phones
from agent_desk.customers import CustomerChanges, PhoneInput, name_initials
from agent_desk.errors import AgentDeskError
from agent_desk.ui.customer_card import CustomerCard
from agent_desk.ui.customer_editor import CustomerEditor
from agent_desk.ui.customer_history import MergeDialog, TimelineDialog
from agent_desk.ui.customer_lookup import BackgroundRunner
from agent_desk.ui.customer_search import CustomerSearchDialog
from agent_desk.ui.customer_text import error_text

if TYPE_CHECKING:
    from agent_desk.customers import CustomerCardData, CustomerService

log = logging.getLogger(__name__)


class CustomerPanel(QObject):
    """The customer card plus everything that feeds it and acts on it."""

    card_filled = Signal(object)  # CustomerCardData | None, after a ring's lookup is shown

    def __init__(
        self,
        customers: CustomerService,
        window: QWidget | None = None,
        controller: Any = None,
        actor: str = "",
        zone: Any = None,
    ) -> None:
        super().__init__(window)
        self.customers = customers
        self.window = window
        self.controller = controller
        self.actor = actor
        self.zone = zone  # the branch's time zone, for every time shown
        self.card = CustomerCard(customers, zone=zone)
        self.runner = BackgroundRunner("screen-pop", self)
        self.runner.done.connect(self._looked_up)
        self.runner.failed.connect(self._lookup_failed)
        self._ring_call_id: str | None = None
        self._ring_number = ""
        self._ring_name = ""
        self.last_ring_ms: float | None = None  # event arrival to card filled, for the log
        self.merge_dialog: MergeDialog | None = None
        self.card.call_requested.connect(self.place_call)
        self.card.new_customer_requested.connect(self.new_customer)
        self.card.quick_create_requested.connect(self.quick_create)
        self.card.attach_requested.connect(self.attach_number)
        self.card.edit_requested.connect(self.edit_customer)
        self.card.timeline_requested.connect(self.show_timeline)
        if controller is not None:
            controller.ring_started.connect(self.on_ring)
            if hasattr(controller, "answered"):
                controller.answered.connect(self._on_answered)
            if hasattr(controller, "customer_changed"):
                controller.customer_changed.connect(self._customer_linked)
            if hasattr(controller, "record_saved"):
                # The saved call (and any case or callback it opened) belongs on the card now.
                controller.record_saved.connect(lambda _saved: self.refresh_card())

    # --- the screen pop -----------------------------------------------------------------------

    def on_ring(self, event: Any) -> None:
        """A call rings: show "looking up" at once, look the number up off the GUI thread."""
        self._ring_started = time.perf_counter()
        raw = getattr(event, "caller_number", "") or ""
        self._ring_call_id = getattr(event, "public_id", None)
        self._ring_number = raw
        # The name the phone passed (a SIP display name), offered for an unknown caller.
        self._ring_name = getattr(event, "caller_name", "") or ""
        self.card.show_waiting(raw)
        customers = self.customers
        self.runner.submit(lambda: customers.lookup_by_number(raw))

    def _on_answered(self, event: Any) -> None:
        """A call the agent placed (a callback's "Call now", Dial, a missed call) never rang:
        the card turns to the customer called, not the last caller."""
        if getattr(event, "direction", "") != "outbound":
            return
        customer_id = getattr(event, "customer_id", None)
        if customer_id is None:
            self.on_ring(event)  # look the number up, as for a ring
            return
        self._ring_call_id = getattr(event, "public_id", None)
        self.show_customer(customer_id)
        if self.card.data is not None and self.card.data.id == customer_id:
            self._link(customer_id, self.card.data.name)  # the banner names them too

    def _looked_up(self, _token: int, data: CustomerCardData | None) -> None:
        self.card.show_result(self._ring_number, data, self._ring_name)
        self.last_ring_ms = (time.perf_counter() - self._ring_started) * 1000
        log.info(
            "screen pop: %s -> %s in %.1f ms",
            phones.mask(self._ring_number) or "no number",
            "customer" if data is not None else "unknown",
            self.last_ring_ms,
        )
        if data is not None:
            self._link(data.id, data.name)
        self.card_filled.emit(data)

    def _lookup_failed(self, _token: int, error: object) -> None:
        self.card.show_unknown(self._ring_number, self._ring_name)
        if isinstance(error, AgentDeskError):
            self._status(error_text(error))

    def _link(self, customer_id: int, name: str) -> None:
        """Tell the call controller who is calling, if the same call is still current."""
        controller = self.controller
        if controller is None:
            return
        event = getattr(controller, "current", None)  # the call now at the desk
        if event is None or (
            self._ring_call_id is not None
            and getattr(event, "public_id", None) != self._ring_call_id
        ):
            return
        controller.set_customer(customer_id, name)

    def _customer_linked(self, event: Any) -> None:
        customer_id = getattr(event, "customer_id", None)
        if customer_id and (self.card.data is None or self.card.data.id != customer_id):
            self.show_customer(customer_id)

    def refresh_card(self) -> None:
        try:
            self.card.refresh()
        except AgentDeskError as exc:
            self._status(error_text(exc))

    # --- dialogs and actions ------------------------------------------------------------------

    def show_customer(self, customer_id: int) -> None:
        try:
            self.card.show_card(self.customers.card(customer_id))
        except AgentDeskError as exc:
            self._status(error_text(exc))

    def quick_create(self, name: str, number: str) -> None:
        """The card's own form: a new customer from a name and the caller's number."""
        try:
            record = self.customers.create(
                CustomerChanges(name=name, phones=(PhoneInput(number),)), actor=self.actor
            )
        except AgentDeskError as exc:
            self.card.show_quick_error(error_text(exc))
            return
        self.show_customer(record.id)
        self._link(record.id, record.name)

    def new_customer(self, number: str = "") -> CustomerEditor:
        editor = CustomerEditor(
            self.customers, number=_as_number(number), actor=self.actor, parent=self.window
        )
        if number and not _as_number(number):
            editor.name.setText(number)  # typed a name in the search box
        elif self.card.pages.currentWidget() is self.card.unknown_page:
            editor.name.setText(self.card.quick_name.text())  # what the agent typed so far
        editor.accepted.connect(lambda: self._saved(editor))
        editor.open()
        return editor

    def _saved(self, editor: CustomerEditor) -> None:
        if editor.saved is None:
            return
        self.show_customer(editor.saved.id)
        self._link(editor.saved.id, editor.saved.name)

    def edit_customer(self, customer_id: int) -> CustomerEditor | None:
        try:
            record = self.customers.get(customer_id)
        except AgentDeskError as exc:
            self._status(error_text(exc))
            return None
        editor = CustomerEditor(self.customers, record, actor=self.actor, parent=self.window)
        editor.accepted.connect(lambda: self._saved(editor))
        editor.open()
        return editor

    def attach_number(self, number: str) -> CustomerSearchDialog:
        """Find the caller by name and add the unknown number to their record."""
        dialog = CustomerSearchDialog(
            self.customers,
            pick=True,
            title=self.tr("Attach {number} to…").format(number=number),
            parent=self.window,
        )
        dialog.accepted.connect(lambda: self._attach_chosen(dialog, number))
        dialog.open()
        return dialog

    def _attach_chosen(self, dialog: CustomerSearchDialog, number: str) -> None:
        if dialog.chosen is None:
            return
        try:
            record = self.customers.add_phone(dialog.chosen.id, number, actor=self.actor)
        except AgentDeskError as exc:
            QMessageBox.warning(self.window, self.tr("Attach number"), error_text(exc))
            return
        self.show_customer(record.id)
        self._link(record.id, record.name)

    def search(self) -> CustomerSearchDialog:
        dialog = CustomerSearchDialog(self.customers, parent=self.window)
        dialog.customer_opened.connect(self.show_customer)
        dialog.new_customer_requested.connect(self.new_customer)
        dialog.open()
        return dialog

    def show_timeline(self, customer_id: int) -> TimelineDialog:
        dialog = TimelineDialog(self.customers, customer_id, self.window, zone=self.zone)
        dialog.open()
        return dialog

    def merge_current(self) -> CustomerSearchDialog | None:
        """Pick the duplicate record of the customer on the card, then confirm the merge."""
        if self.card.data is None:
            self._status(self.tr("Open the customer to keep first."))
            return None
        keep_id = self.card.data.id
        dialog = CustomerSearchDialog(
            self.customers,
            pick=True,
            title=self.tr("Merge into {name}: find the duplicate").format(name=self.card.data.name),
            exclude=keep_id,
            parent=self.window,
        )
        dialog.accepted.connect(lambda: self._confirm_merge(keep_id, dialog))
        dialog.open()
        return dialog

    def _confirm_merge(self, keep_id: int, dialog: CustomerSearchDialog) -> None:
        if dialog.chosen is None:
            return
        confirm = MergeDialog(
            self.customers,
            self.customers.get(keep_id),
            self.customers.get(dialog.chosen.id),
            actor=self.actor,
            parent=self.window,
        )
        confirm.accepted.connect(lambda: self.show_customer(keep_id))
        self.merge_dialog = confirm
        confirm.open()

    def place_call(self, number: str, customer_id: int) -> None:
        controller = self.controller
        if controller is None or not hasattr(controller, "place_outbound"):
            self._status(self.tr("Dial {number} on the desk phone.").format(number=number))
            return
        try:
            controller.place_outbound(number, customer_id)
        except AgentDeskError as exc:
            self._status(error_text(exc))

    def _status(self, text: str) -> None:
        status = getattr(self.window, "status", None)
        if status is not None and hasattr(status, "showMessage"):
            status.showMessage(text, 8000)
        else:
            log.info("customer panel: %s", text)


def _as_number(text: str) -> str:
    """The text if it is a phone number (typed in the search box), else ""."""
    stripped = text.strip()
    if (
        stripped
        and not any(ch.isalpha() for ch in stripped)
        and len(phones.normalise(stripped)) >= 3
    ):
        return stripped
    return ""


def install(window: Any, services: Any) -> CustomerPanel:
    """Put the card in the window's customer slot and add Tools ▸ Customers."""
    agent = getattr(window, "agent", None)
    panel = CustomerPanel(
        services.customers,
        window,
        getattr(window, "call_controller", None),
        actor=agent.agent_no if agent is not None else "",
        zone=services.policy.zone,
    )
    window.customer_panel = panel
    window.place("customer", panel.card)
    desk = getattr(window, "call_desk", None)
    if desk is not None:
        # Tab from an unknown caller's name goes on to the question, as for a known caller.
        QWidget.setTabOrder(panel.card.quick_name, desk.form.question)
        desk.form.relink_tab_order()
    search = QAction(QCoreApplication.translate("CustomerPanel", "&Customers…"), window)
    search.setObjectName("customerSearchAction")
    search.setShortcut(QKeySequence("Ctrl+K"))
    search.triggered.connect(panel.search)
    new = QAction(QCoreApplication.translate("CustomerPanel", "&New customer…"), window)
    new.triggered.connect(lambda: panel.new_customer(""))
    merge = QAction(
        QCoreApplication.translate("CustomerPanel", "&Merge duplicate customer…"), window
    )
    merge.triggered.connect(panel.merge_current)
    window.tools_menu.addAction(search)
    window.tools_menu.addAction(new)
    window.tools_menu.addAction(merge)
    # pypinyin's dictionaries take a few hundred milliseconds to load: do it now, off the GUI
    # thread, rather than when the agent first saves a customer.
    threading.Thread(
        target=name_initials, args=("张三",), name="pinyin-warmup", daemon=True
    ).start()
    return panel
