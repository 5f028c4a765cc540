"""A whole day at the desk, driven through the real window like an agent's hands.

The real AgentDesk runs on a real X display (Xvfb, 1366x768, in Chinese) and the test types
with xdotool into whatever window has the keyboard: the agent logs in, a softphone's CTI ring
brings a known customer, the agent answers and writes the call up in Chinese and saves it with
keys only (the command keys are counted: at most 9 for an ordinary call), takes a complaint
that opens a case, opens it from the follow-ups and closes it, takes a break, closes the shift
(its summary goes to the share), and quits; then a supervisor logs in to supervise only, a CTI
ring is refused on the banner, and the report over the share shows the day. Each step saves a
screenshot under the test's temp folder (`screens/`); a failing step says which screen it
expected and where its screenshot is. The app's test hooks are only read, never used to act.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from agent_desk.paths import Profile
from tests.conftest import run_as_admin, run_cli
from tests.integration.app_process import AppProcess, add_agent, query
from tests.integration.test_call_process import hook
from tests.integration.xdesk import Keyboard, XDisplay, missing_tools

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(missing_tools() is not None, reason=missing_tools() or ""),
    pytest.mark.timeout(420),
]

KNOWN = "13800138000"
MAIN = "^AgentDesk 客服工作台"
MAX_KEYS = 9


class Story:
    def __init__(self, display: XDisplay, desk: Path) -> None:
        self.display = display
        self.desk = desk
        self.keys = Keyboard(display)
        self.app: AppProcess | None = None

    @contextmanager
    def step(self, name: str, screen: str) -> Iterator[None]:
        """One step of the day; a failure names the screen it expected and its screenshot."""
        try:
            yield
        except Exception as exc:
            shot = self.display.screenshot(f"FAILED-{name}")
            raise AssertionError(
                f"step {name!r}: expected the screen {screen!r}; the screen was saved as "
                f"{shot}\n{exc}"
            ) from exc
        self.display.screenshot(name)

    def state(self) -> dict:
        return hook(self.desk, {"cmd": "test.state"})

    def wait_state(self, check, what: str, timeout: float = 20) -> dict:
        deadline = time.monotonic() + timeout
        state: dict = {}
        while time.monotonic() < deadline:
            state = self.state()
            if check(state):
                return state
            time.sleep(0.2)
        raise AssertionError(f"{what} not seen within {timeout:.0f} s; the desk said {state}")

    def wait_db(self, sql: str, expected, what: str, timeout: float = 20):
        deadline = time.monotonic() + timeout
        rows = None
        while time.monotonic() < deadline:
            rows = query(self.desk, sql)
            if rows == expected:
                return rows
            time.sleep(0.2)
        raise AssertionError(f"{what}: the store has {rows}, not {expected}")

    def start_app(self, agent_no: str, password: str) -> AppProcess:
        env = {**self.display.env, "AGENT_DESK_TEST_HOOKS": "1"}
        self.app = AppProcess(self.desk, "--lang", "zh_CN", env=env)
        self.display.focus("^登录 AgentDesk", timeout=60)
        self.keys.type(agent_no)
        self.keys.key("Tab")
        self.keys.type(password)
        self.keys.key("Return")
        return self.app

    def ring(self, call_id: str) -> None:
        rung = run_cli("ring", "--caller", KNOWN, "--call-id", call_id, profile=self.desk)
        assert rung.returncode == 0, rung.stderr
        assert self.app is not None
        self.app.wait_for_log(f"(cti {call_id})")
        self.wait_state(
            lambda s: s["stage"] == "ringing" and s["banner_customer"] == "张三",
            "the ring with the customer's name on the banner",
        )

    def hang_up(self, call_id: str) -> None:
        assert run_cli("hangup", "--call-id", call_id, profile=self.desk).returncode == 0
        self.wait_state(lambda s: s["stage"] == "wrapup", "wrap-up after the caller hung up")


@pytest.fixture
def display(tmp_path: Path) -> Iterator[XDisplay]:
    server = XDisplay(tmp_path).start()
    yield server
    server.stop()


def set_up_desk(desk: Path, share: Path) -> None:
    """What branch IT leaves: accounts, the share folder, the branch, a known customer."""
    add_agent(desk)  # 1001 王小明 (the administrator 0001 is made first)
    add_agent(desk, agent_no="8001", password="sup-pw-8", name="周主管", role="supervisor")
    for key, value in (("branch.code", "BJ07"), ("share.location", str(share))):
        assert run_as_admin("config", "set", key, value, profile=desk).returncode == 0
    from agent_desk.clock import SystemClock
    from agent_desk.customers import CustomerChanges, PhoneInput
    from agent_desk.services import Services

    services = Services.open(Profile.at(desk).ensure(), SystemClock())
    try:
        services.customers.create(
            CustomerChanges(name="张三", phones=(PhoneInput(KNOWN, "手机"),)), actor="0001"
        )
    finally:
        services.close()


def test_a_day_at_the_desk_through_the_real_window(tmp_path, display):
    desk, share = tmp_path / "desk", tmp_path / "share"
    share.mkdir()
    set_up_desk(desk, share)
    story = Story(display, desk)
    keys = story.keys
    try:
        # --- the agent's day --------------------------------------------------------------------
        with story.step("login", "登录 AgentDesk, then the desk with 等待来电"):
            app = story.start_app("1001", "agent-pw-1")
            app.wait_for_log("main window shown for agent 1001", timeout=60)
            display.focus(MAIN)
            story.wait_state(lambda s: s["desk_state"].startswith("示闲"), "示闲 in the banner")

        with story.step("ringing", "the banner: 13800138000 张三, the countdown, 接听"):
            story.ring("story-1")

        with story.step("ordinary-call", "the call record filled in, then saved"):
            with keys.counting():
                keys.key("F3")  # answer
                app.wait_for_log("call answered")
                state = story.wait_state(lambda s: s["focus"] == "question", "focus in 客户问题")
                assert state["desk_state"].startswith("通话中")
                keys.key("F6")  # greeting given
                keys.type("宽带包月资费是多少")
                keys.key("Tab")
                keys.type("包月九十九元，含宽带和固话")
                keys.key("Tab")  # to 类型
                keys.key("1")  # 1 咨询, on to 处理结果
                keys.key("1")  # 1 当场解决, on to 满意度
                keys.key("5")  # 5 很满意
                display.screenshot("ordinary-call-written")
                story.hang_up("story-1")  # the caller hangs up (the softphone says so)
                keys.key("F7")  # sign-off given
                keys.key("ctrl+s")  # save
                app.wait_for_log("call saved")
                ordinary_keys = list(keys.pressed)
            assert len(ordinary_keys) <= MAX_KEYS, f"{len(ordinary_keys)} keys: {ordinary_keys}"
            (row,) = query(
                desk,
                "SELECT category, subject, question, answer, resolution, satisfaction, "
                "greeting_given, signoff_given FROM calls WHERE cti_call_id = 'story-1'",
            )
            assert row == (
                "inquiry",
                "宽带包月资费是多少",
                "宽带包月资费是多少",
                "包月九十九元，含宽带和固话",
                "resolved",
                5,
                1,
                1,
            )

        with story.step("complaint-call", "a complaint written up; 需跟进 ticks 需要跟进"):
            story.ring("story-2")
            keys.key("F3")
            story.wait_state(
                lambda s: s["stage"] == "talking" and s["focus"] == "question",
                "the call answered, the focus in 客户问题",
            )
            keys.key("F6")
            keys.type("家里宽带连续三天晚上断线，要求上门检修")
            keys.key("Tab")
            keys.type("已致歉并记录投诉，二十四小时内反馈进度")
            keys.key("Tab", "2", "4")  # 2 投诉, 4 需跟进 (ticks 需要跟进: a case)
            state = story.wait_state(
                lambda s: s["record"]["needs_follow_up"], "需要跟进 ticked by 需跟进"
            )
            keys.key("3")  # 3 一般
            display.screenshot("complaint-call-written")
            story.hang_up("story-2")
            keys.key("F7", "ctrl+s")
            story.wait_db(
                "SELECT kind, status FROM cases",
                [("complaint", "received")],
                "the complaint case opened with the call",
            )
        (number,) = query(desk, "SELECT number FROM cases")[0]

        with story.step("complaint-closed", f"工单 {number}: assigned, replied, closed"):
            display.focus(MAIN)
            keys.key("ctrl+shift+f", "Return")  # my follow-ups, the first row, open
            display.focus(f"工单 {number}")
            status = f"SELECT status FROM cases WHERE number = '{number}'"
            keys.key("alt+a")  # 派单 (to me)
            story.wait_db(status, [("assigned",)], "assigned")
            keys.key("alt+t")  # 开始处理
            story.wait_db(status, [("in_progress",)], "in progress")
            keys.type("已安排明日上门检修，客户同意")
            keys.key("alt+r")  # 记录最终答复
            story.wait_db(status, [("replied",)], "replied")
            keys.key("alt+s")
            keys.type("4")
            keys.key("alt+u")
            keys.type("光缆接头老化")
            keys.key("alt+i")
            keys.type("更换接头并加强巡检")
            display.screenshot("complaint-before-close")
            keys.key("alt+o")  # 结案
            story.wait_db(status, [("closed",)], "closed")
            keys.key("Escape")
            display.gone(f"工单 {number}")

        with story.step("break", "the banner: 小休（休息） with its time; the status bar agrees"):
            display.focus(MAIN)
            keys.key("F8")
            state = story.wait_state(
                lambda s: s["desk_state"].startswith("小休（休息）"), "小休（休息） in the banner"
            )
            assert state["status_state"] == "小休：休息"
            time.sleep(1.5)
            display.screenshot("on-a-break")
            keys.key("F8")
            story.wait_state(lambda s: s["desk_state"].startswith("示闲"), "示闲 after the break")

        with story.step("shift-closed", "结束班次 with the summary, then the share has it"):
            keys.key("alt+f", "c")  # 文件 ▸ 结束班次…
            display.focus("^结束班次$")
            keys.key("Return")
            app.wait_for_log("files queued", timeout=60)
            deadline = time.monotonic() + 90
            while not list(share.rglob("summary.json")) and time.monotonic() < deadline:
                time.sleep(0.5)  # the sync worker publishes what the close queued
            summaries = list(share.rglob("summary.json"))
            assert len(summaries) == 1, list(share.rglob("*"))
            story.wait_state(lambda s: s["desk_state"] == "未开班", "未开班 in the banner")

        with story.step("quit", "AgentDesk closed"):
            display.focus(MAIN)
            keys.key("ctrl+q")  # nothing on the line: AgentDesk closes without a question
            app.proc.wait(30)

        # --- the supervisor ---------------------------------------------------------------------
        with story.step("supervisor-login", "本次登录的工作方式, then the desk supervising"):
            app = story.start_app("8001", "sup-pw-8")
            display.focus("^本次登录的工作方式")
            keys.key("Return")  # supervise only, the default
            app.wait_for_log("main window shown for agent 8001 (supervising", timeout=60)

        with story.step("supervisor-ring-refused", "the banner: the call not taken, why"):
            rung = run_cli("ring", "--caller", KNOWN, "--call-id", "sup-1", profile=desk)
            assert rung.returncode == 2, rung.stdout + rung.stderr
            state = story.wait_state(
                lambda s: "开始新班次" in s["banner_note"], "the reason on the banner"
            )
            assert state["stage"] == "idle" and state["desk_state"] == "主管工作，未开班"
            assert query(desk, "SELECT count(*) FROM calls WHERE cti_call_id = 'sup-1'") == [(0,)]

        with story.step("report", "报表 with the day's shift of agent 1001"):
            display.focus(MAIN)
            keys.key("alt+t", "r")  # 工具 ▸ 报表…
            display.focus("^报表$")
            keys.key("Return")  # 载入, the share is filled in
            loaded = app.wait_for_log("1 used", timeout=90)
            assert "0 skipped" in loaded
            time.sleep(1)  # the table paints

        with story.step("supervisor-quit", "AgentDesk closed"):
            keys.key("Escape")
            display.focus(MAIN)
            keys.key("ctrl+q")
            app.proc.wait(30)
    finally:
        if story.app is not None:
            story.app.stop()
    assert len(ordinary_keys) <= MAX_KEYS
