"""The customer card and search as the agent sees them: screen pop, unknown callers, search."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal

from agent_desk.customers import CustomerChanges, PhoneInput
from agent_desk.ui.customer_search import CustomerSearchDialog
from agent_desk.ui.customers import CustomerPanel


@dataclass(frozen=True)
class Ring:
    caller_number: str
    normalised: str
    public_id: str = "call-1"


class FakeController(QObject):
    """Stands in for the calls colleague's CallController: the same signal and methods."""

    ring_started = Signal(object)
    customer_changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.current: Ring | None = None
        self.linked: list[tuple[int, str]] = []
        self.dialled: list[tuple[str, int | None]] = []

    def ring(self, number: str) -> None:
        self.current = Ring(number, number)
        self.ring_started.emit(self.current)

    def set_customer(self, customer_id: int, name: str) -> None:
        self.linked.append((customer_id, name))

    def place_outbound(self, number: str, customer_id: int | None = None) -> None:
        self.dialled.append((number, customer_id))


def _zhang(services, vip=3):
    return services.customers.create(
        CustomerChanges(
            name="张三", phones=[PhoneInput("138 0013 8000", "手机")], vip_level=vip, company="华夏"
        )
    )


def _panel(qtbot, services, controller=None) -> CustomerPanel:
    panel = CustomerPanel(services.customers, None, controller, actor="1001")
    qtbot.addWidget(panel.card)
    return panel


def test_a_ring_from_a_known_number_fills_the_card_and_links_the_call(qtbot, services):
    zhang = _zhang(services)
    controller = FakeController()
    panel = _panel(qtbot, services, controller)
    with qtbot.waitSignal(panel.card_filled, timeout=5000):
        controller.ring("+86 138-0013-8000")
    card = panel.card
    assert card.pages.currentWidget() is card.known_page
    assert card.name_label.text() == "张三"
    assert card.vip_label.text() == "VIP 3"
    assert "138 0013 8000" in card.numbers_label.text()  # the agent sees the full number
    assert card.calls_list.item(0).text() == "No calls yet"
    assert controller.linked == [(zhang.id, "张三")]

    qtbot.mouseClick(card.call_button, Qt.MouseButton.LeftButton)
    assert controller.dialled == [("138 0013 8000", zhang.id)]


def test_an_unknown_number_offers_a_new_customer_already_holding_it(qtbot, services):
    controller = FakeController()
    panel = _panel(qtbot, services, controller)
    with qtbot.waitSignal(panel.card_filled, timeout=5000):
        controller.ring("010-6552 9988")
    card = panel.card
    assert card.pages.currentWidget() is card.unknown_page
    assert "010-6552 9988" in card.unknown_label.text()

    editor = panel.new_customer(card.unknown_number)
    qtbot.addWidget(editor)
    assert editor.phones.item(0, 0).text() == "010-6552 9988"
    editor.buttons.accepted.emit()  # no name yet
    assert editor.error.isVisibleTo(editor)
    assert "name" in editor.error.text()
    editor.name.setText("李四")  # keyClicks types ASCII only
    editor.buttons.accepted.emit()
    assert editor.saved is not None
    assert card.pages.currentWidget() is card.known_page
    assert card.name_label.text() == "李四"
    assert services.customers.lookup_by_number("01065529988").name == "李四"
    assert controller.linked == [(editor.saved.id, "李四")]


def test_an_unknown_caller_is_saved_from_the_card_s_own_form_holding_the_number(qtbot, services):
    _zhang(services)
    controller = FakeController()
    panel = _panel(qtbot, services, controller)
    with qtbot.waitSignal(panel.card_filled, timeout=5000):
        controller.ring("+86 139 1111 2222")
    card = panel.card
    assert card.quick_number.text() == "+86 139 1111 2222"
    assert not card.quick_name.hasFocus()  # Enter must still answer the ringing call
    qtbot.keyClick(card.quick_name, Qt.Key.Key_Return)  # no name yet
    assert card.quick_error.isVisibleTo(card)
    assert card.pages.currentWidget() is card.unknown_page
    card.quick_name.setText("王五")
    qtbot.keyClick(card.quick_name, Qt.Key.Key_Return)
    assert card.pages.currentWidget() is card.known_page
    assert card.name_label.text() == "王五"
    made = services.customers.lookup_by_number("13911112222")
    assert made is not None and made.name == "王五"
    assert controller.linked == [(made.id, "王五")]


def test_a_number_taken_by_another_customer_is_explained_in_the_card(qtbot, services, language):
    language("zh_CN")
    _zhang(services)
    panel = _panel(qtbot, services)
    panel.card.show_unknown("13800138000")  # e.g. the lookup raced an edit elsewhere
    panel.card.quick_name.setText("李四")
    panel.card.quick_save_button.click()
    assert panel.card.quick_error.text() == "号码 138 0013 8000 已登记在客户 张三 名下。"


def test_an_unknown_number_can_be_attached_to_a_customer_found_by_name(qtbot, services):
    zhang = _zhang(services)
    controller = FakeController()
    panel = _panel(qtbot, services, controller)
    with qtbot.waitSignal(panel.card_filled, timeout=5000):
        controller.ring("021-5555 6666")
    dialog = panel.attach_number(panel.card.unknown_number)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.query, "zs")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert dialog.chosen is not None and dialog.chosen.id == zhang.id
    assert services.customers.lookup_by_number("02155556666").id == zhang.id
    assert panel.card.name_label.text() == "张三"
    assert "021-5555 6666" in panel.card.numbers_label.text()
    assert controller.linked == [(zhang.id, "张三")]


def test_the_card_shows_in_chinese(qtbot, services, language):
    language("zh_CN")
    _zhang(services)
    controller = FakeController()
    panel = _panel(qtbot, services, controller)
    with qtbot.waitSignal(panel.card_filled, timeout=5000):
        controller.ring("13800138000")
    assert panel.card.calls_list.item(0).text() == "暂无来电记录"
    assert panel.card.call_button.text() == "拨打(&L)"


def test_search_as_you_type_by_initials_number_and_name(qtbot, services):
    _zhang(services)
    services.customers.create(CustomerChanges(name="李四", phones=[PhoneInput("13911112222")]))
    dialog = CustomerSearchDialog(services.customers)
    qtbot.addWidget(dialog)
    opened: list[int] = []
    dialog.customer_opened.connect(opened.append)

    qtbot.keyClicks(dialog.query, "zs")
    qtbot.waitUntil(lambda: dialog.searched_text == "zs", timeout=5000)
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == [
        "张三  VIP 3"
    ]
    dialog.query.clear()
    qtbot.keyClicks(dialog.query, "1111")
    qtbot.waitUntil(lambda: dialog.searched_text == "1111", timeout=5000)
    assert dialog.table.item(0, 0).text() == "李四"
    assert dialog.table.item(0, 1).text() == "13911112222"
    dialog.query.clear()
    dialog.query.setText("王")
    qtbot.waitUntil(lambda: dialog.searched_text == "王", timeout=5000)
    assert dialog.table.rowCount() == 0
    assert dialog.status.text() == "No customer found"
    dialog.query.setText("李")
    qtbot.waitUntil(lambda: dialog.searched_text == "李", timeout=5000)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert opened and services.customers.get(opened[0]).name == "李四"


def test_the_timeline_and_merge_dialogs(qtbot, services):
    from agent_desk.ui.customer_history import MergeDialog, TimelineDialog

    zhang = _zhang(services)
    dup = services.customers.create(
        CustomerChanges(name="张三", phones=[PhoneInput("13911112222")])
    )
    merge = MergeDialog(services.customers, zhang, dup, actor="1001")
    qtbot.addWidget(merge)
    assert "13911112222" in merge.findChild(type(merge.error), "mergeText").text()
    merge.buttons.accepted.emit()
    assert merge.merged is not None
    assert {p.normalised for p in merge.merged.phones} == {"13800138000", "13911112222"}
    timeline = TimelineDialog(services.customers, zhang.id)
    qtbot.addWidget(timeline)
    assert timeline.table.rowCount() == 0


def test_in_the_window_a_ring_pops_the_caller_and_links_the_call(qtbot, services, ui_settings):
    """The real window, the real CallController: ring → card filled → call linked → outbound."""
    from agent_desk.calls.events import RingEvent
    from agent_desk.calls.service import CallRecord
    from agent_desk.ui.main_window import MainWindow

    zhang = _zhang(services)
    services.accounts.create("1001", "王小明", "agent", "password1")
    agent = services.accounts.login("1001", "password1")
    window = MainWindow(services.context, agent, ui_settings, services)
    qtbot.addWidget(window)
    panel = window.customer_panel
    assert panel.controller is window.call_controller
    with qtbot.waitSignal(panel.card_filled, timeout=5000):
        reply = window.call_controller.handle_event(
            RingEvent("ring", caller="0086 138 0013 8000", call_id="pbx-1", source="cti")
        )
    assert panel.card.name_label.text() == "张三"
    assert services.calls.get(reply["call"]).customer_id == zhang.id
    assert window.call_controller.current.customer_name == "张三"
    titles = [a.text() for a in window.tools_menu.actions()]
    assert "&Customers…" in titles

    window.call_controller.answer()
    window.call_controller.hang_up()
    window.call_controller.save(
        CallRecord(
            category="inquiry",
            subject="账单",
            question="账单多了",
            answer="已解释",
            resolution="resolved",
        )
    )
    assert panel.card.calls_list.item(0).text().endswith("账单")  # the card shows the new call


def test_merging_a_duplicate_from_the_card(qtbot, services):
    zhang = _zhang(services)
    dup = services.customers.create(
        CustomerChanges(name="张三", phones=[PhoneInput("13911112222")], notes="重复建档")
    )
    panel = _panel(qtbot, services)
    panel.show_customer(zhang.id)
    search = panel.merge_current()
    qtbot.addWidget(search)
    qtbot.keyClicks(search.query, "zs")
    qtbot.waitUntil(lambda: search.searched_text == "zs", timeout=5000)
    assert [h.id for h in search.hits] == [dup.id]  # the record on the card is not offered
    qtbot.keyClick(search.query, Qt.Key.Key_Return)
    confirm = panel.merge_dialog
    assert confirm is not None
    qtbot.addWidget(confirm)
    confirm.buttons.accepted.emit()
    assert "13911112222" in panel.card.numbers_label.text()
    assert "重复建档" in panel.card.notes_label.text()
    assert services.customers.get(dup.id).merged_into_id == zhang.id
