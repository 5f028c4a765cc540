"""A real softphone and a real caller on loopback: baresip (Debian 1.0.0) and sipp (3.6).

`Baresip` runs baresip from a private config folder with no sound card (aubridge/nil), its SIP
port and ctrl_tcp port on free loopback ports; `Sipp` places calls to it from scenario files
written here. Both are stopped by the test that starts them, even when it fails. See
`/work/shared/testing/SOFTPHONE.md` (the team's notes) for the setup this follows.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
from datetime import datetime
from pathlib import Path

MODULES = Path("/usr/lib/baresip/modules")


def free_port(kind: int = socket.SOCK_STREAM) -> int:
    with socket.socket(socket.AF_INET, kind) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def missing() -> str | None:
    """Why these tests cannot run here (a package .ci/run installs), or None."""
    if shutil.which("baresip") is None or not (MODULES / "ctrl_tcp.so").exists():
        return "baresip is not installed (Debian package 'baresip')"
    if shutil.which("sipp") is None:
        return "sipp is not installed (Debian package 'sip-tester')"
    return None


def _listening(pid: int, port: int) -> bool:
    """Does process `pid` itself listen on TCP `port` (not a stranger who took the port)?"""
    inodes: set[str] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(OSError):
            for line in Path(table).read_text(encoding="ascii").splitlines()[1:]:
                fields = line.split()
                if fields[3] == "0A" and fields[1].endswith(f":{port:04X}"):
                    inodes.add(fields[9])
    with contextlib.suppress(OSError):
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            with contextlib.suppress(OSError):
                target = os.readlink(fd)
                if target.startswith("socket:[") and target[8:-1] in inodes:
                    return True
    return False


class PortTaken(RuntimeError):
    """baresip could not bind a port chosen as free a moment before."""


class Baresip:
    """baresip in `root`, ringing for sip:agent@127.0.0.1:<sip_port>, controlled on ctrl_port.

    `dial_domain` is where a bare number the desk dials goes (the account's domain: a PBX on a
    desk, a sipp answering machine in a test).
    """

    def __init__(
        self, root: Path, dial_domain: str | None = None, files: dict[str, str] | None = None
    ) -> None:
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)
        self.sip_port = free_port(socket.SOCK_DGRAM)
        self.ctrl_port = free_port()
        self.rtp_base = 20000 + (os.getpid() * 7 + self.sip_port) % 20000
        self.dial_domain = dial_domain or f"127.0.0.1:{self.sip_port}"
        self._own_domain = dial_domain is None
        self.files = files  # config/accounts texts to use instead of the tests' own
        self.proc: subprocess.Popen[bytes] | None = None
        self.restarted = False
        self.log_file = root / "baresip.log"
        self._log = None

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.ctrl_port}"

    def write_config(self) -> None:
        if self.files is not None:
            for name in ("config", "accounts", "contacts"):
                (self.root / name).write_text(self.files.get(name, ""), encoding="utf-8")
            return
        (self.root / "config").write_text(
            "\n".join(
                [
                    "poll_method      epoll",
                    f"sip_listen       127.0.0.1:{self.sip_port}",
                    "sip_transports   udp",
                    "audio_player     aubridge,nil",
                    "audio_source     aubridge,nil",
                    "audio_alert      aubridge,nil",
                    f"rtp_ports        {self.rtp_base}-{self.rtp_base + 40}",
                    "call_max_calls   4",
                    f"module_path      {MODULES}",
                    "module           g711.so",
                    "module           aubridge.so",
                    "module_app       account.so",
                    "module_app       menu.so",
                    "module_app       ctrl_tcp.so",
                    f"ctrl_tcp_listen  127.0.0.1:{self.ctrl_port}",
                    "",
                ]
            ),
            encoding="utf-8",
        )
        (self.root / "accounts").write_text(
            f"<sip:agent@{self.dial_domain}>;regint=0;answermode=manual\n", encoding="utf-8"
        )
        (self.root / "contacts").write_text("", encoding="utf-8")

    def start(self, timeout: float = 15.0) -> Baresip:
        """Start it; a port another process took since it was chosen is chosen again (the
        machine is shared), unless the test asked for these ports (a restart)."""
        for attempt in range(3):
            try:
                return self._start(timeout)
            except PortTaken:
                if self.files is not None or attempt == 2 or self.restarted:
                    raise
                self.sip_port = free_port(socket.SOCK_DGRAM)
                self.ctrl_port = free_port()
                if self._own_domain:
                    self.dial_domain = f"127.0.0.1:{self.sip_port}"
        raise AssertionError("unreachable")

    def _start(self, timeout: float) -> Baresip:
        self.write_config()
        self._log = open(self.log_file, "ab")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            ["baresip", "-f", str(self.root)],
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                if "Address already in use" in self.log_text()[-2000:]:
                    self.stop()
                    raise PortTaken(self.log_text()[-500:])
                raise RuntimeError(f"baresip exited ({self.proc.returncode}): {self.log_text()}")
            if "baresip is ready" in self.log_text() and _listening(self.proc.pid, self.ctrl_port):
                self.restarted = True  # started once: a later start keeps these ports
                return self
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"baresip did not start in {timeout} s: {self.log_text()}")

    def log_text(self) -> str:
        try:
            return self.log_file.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""

    def wait_for_log(self, needle: str, timeout: float = 15.0, count: int = 1) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.log_text().count(needle) >= count:
                return
            time.sleep(0.05)
        raise AssertionError(f"{needle!r} x{count} not in baresip's log:\n{self.log_text()}")

    def kill(self) -> None:
        """kill -9, as a crash would: calls die with it."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()
        if self._log is not None:
            self._log.close()
            self._log = None


INVITE = """
      INVITE sip:agent@[remote_ip]:[remote_port] SIP/2.0
      Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=z9hG4bK-[pid]-[call_number]-i
      From: "[display]" <sip:[caller]@[local_ip]:[local_port]>;tag=[pid]-[call_number]
      To: <sip:agent@[remote_ip]:[remote_port]>
      Call-ID: [call_id]
      CSeq: 1 INVITE
      Contact: <sip:[caller]@[local_ip]:[local_port]>
      Max-Forwards: 70
      Content-Type: application/sdp
      Content-Length: [len]

      v=0
      o=caller 1 1 IN IP[local_ip_type] [local_ip]
      s=-
      c=IN IP[media_ip_type] [media_ip]
      t=0 0
      m=audio [media_port] RTP/AVP 0
      a=rtpmap:0 PCMU/8000
"""


def _in_dialog(method: str, cseq: int, suffix: str) -> str:
    return f"""
      {method} [next_url] SIP/2.0
      Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=z9hG4bK-[pid]-[call_number]-{suffix}
      From: "[display]" <sip:[caller]@[local_ip]:[local_port]>;tag=[pid]-[call_number]
      [last_To:]
      Call-ID: [call_id]
      CSeq: {cseq} {method}
      Contact: <sip:[caller]@[local_ip]:[local_port]>
      Max-Forwards: 70
      Content-Length: 0

"""


def _send(text: str, retrans: bool = False) -> str:
    attr = ' retrans="500"' if retrans else ""
    return f"  <send{attr}>\n    <![CDATA[{text}    ]]>\n  </send>\n"


RINGING = (
    '  <recv response="100" optional="true"/>\n'
    '  <recv response="180" optional="true"/>\n'
    '  <recv response="183" optional="true"/>\n'
)

# The caller waits for the agent, talks for -d milliseconds and hangs up.
ANSWERED = (
    _send(INVITE, retrans=True)
    + RINGING
    + '  <recv response="200" rrs="true" rtd="true"/>\n'
    + _send(_in_dialog("ACK", 1, "a"))
    + "  <pause/>\n"
    + _send(_in_dialog("BYE", 2, "b"), retrans=True)
    + '  <recv response="200" crlf="true"/>\n'
)

# The caller waits for the agent and stays until the agent hangs up (baresip sends BYE).
HUNG_UP_BY_AGENT = (
    _send(INVITE, retrans=True)
    + RINGING
    + '  <recv response="200" rrs="true" rtd="true"/>\n'
    + _send(_in_dialog("ACK", 1, "a"))
    + '  <recv request="BYE"/>\n'
    + _send(
        """
      SIP/2.0 200 OK
      [last_Via:]
      [last_From:]
      [last_To:]
      [last_Call-ID:]
      [last_CSeq:]
      Content-Length: 0

"""
    )
)

# The caller gives up while it rings: CANCEL after -d milliseconds (same branch as the INVITE).
CANCELLED = (
    _send(INVITE, retrans=True)
    + '  <recv response="100" optional="true"/>\n'
    + '  <recv response="180"/>\n'  # it rings (baresip always says so) before the caller waits
    + "  <pause/>\n"
    + _send(
        """
      CANCEL sip:agent@[remote_ip]:[remote_port] SIP/2.0
      Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=z9hG4bK-[pid]-[call_number]-i
      From: "[display]" <sip:[caller]@[local_ip]:[local_port]>;tag=[pid]-[call_number]
      To: <sip:agent@[remote_ip]:[remote_port]>
      Call-ID: [call_id]
      CSeq: 1 CANCEL
      Max-Forwards: 70
      Content-Length: 0

""",
        retrans=True,
    )
    + '  <recv response="200"/>\n'
    + '  <recv response="487"/>\n'
    + _send(
        """
      ACK sip:agent@[remote_ip]:[remote_port] SIP/2.0
      Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=z9hG4bK-[pid]-[call_number]-i
      From: "[display]" <sip:[caller]@[local_ip]:[local_port]>;tag=[pid]-[call_number]
      [last_To:]
      Call-ID: [call_id]
      CSeq: 1 ACK
      Max-Forwards: 70
      Content-Length: 0

"""
    )
)

# Answers a call baresip places (the desk dialled a customer), then waits for its BYE.
ANSWERING_MACHINE = (
    '  <recv request="INVITE" crlf="true"/>\n'
    + _send(
        """
      SIP/2.0 200 OK
      [last_Via:]
      [last_From:]
      [last_To:];tag=[pid]-[call_number]
      [last_Call-ID:]
      [last_CSeq:]
      Contact: <sip:[local_ip]:[local_port]>
      Content-Type: application/sdp
      Content-Length: [len]

      v=0
      o=customer 1 1 IN IP[local_ip_type] [local_ip]
      s=-
      c=IN IP[media_ip_type] [media_ip]
      t=0 0
      m=audio [media_port] RTP/AVP 0
      a=rtpmap:0 PCMU/8000
"""
    )
    + '  <recv request="ACK" crlf="true"/>\n'
    + '  <recv request="BYE"/>\n'
    + _send(
        """
      SIP/2.0 200 OK
      [last_Via:]
      [last_From:]
      [last_To:]
      [last_Call-ID:]
      [last_CSeq:]
      Content-Length: 0

"""
    )
)

SCENARIOS = {
    "answered": ANSWERED,
    "hung_up_by_agent": HUNG_UP_BY_AGENT,
    "cancelled": CANCELLED,
    "answering_machine": ANSWERING_MACHINE,
}


class Sipp:
    """One sipp run in the background: a caller (or an answering customer) on loopback."""

    def __init__(self, root: Path, scenario: str, **keys: str) -> None:
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)
        self.scenario = scenario
        self.port = free_port(socket.SOCK_DGRAM)
        self.keys = {"caller": "13108888888", "display": "张三", **keys}
        self.proc: subprocess.Popen[bytes] | None = None
        self.messages = root / f"{scenario}-{self.port}-messages.log"
        self.errors = root / f"{scenario}-{self.port}-errors.log"

    def start(
        self,
        target: str | None = None,
        *,
        calls: int = 1,
        pause_ms: int = 1000,
        timeout_s: int = 60,
        rate: float | None = None,
        extra: list[str] | None = None,
    ) -> Sipp:
        xml = self.root / f"{self.scenario}.xml"
        xml.write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<scenario name="agentdesk {self.scenario}">\n{SCENARIOS[self.scenario]}</scenario>\n',
            encoding="utf-8",
        )
        argv = ["sipp"]
        if target:
            argv.append(target)
        argv += ["-sf", str(xml), "-m", str(calls), "-l", "1", "-p", str(self.port)]
        # Its own media port: two callers at once (a second call while busy) must not both
        # want sipp's default 6000, or the second one exits before it calls.
        argv += ["-i", "127.0.0.1", "-mp", str(free_port(socket.SOCK_DGRAM))]
        argv += ["-d", str(pause_ms), "-nostdin"]
        argv += ["-timeout", f"{timeout_s}s", "-timeout_error", "-recv_timeout", "120000"]
        argv += ["-trace_msg", "-message_file", str(self.messages)]
        argv += ["-trace_err", "-error_file", str(self.errors)]
        if rate is not None:
            argv += ["-r", str(rate)]
        for key, value in self.keys.items():
            argv += ["-key", key, value]
        self.proc = subprocess.Popen(
            [*argv, *(extra or [])],
            cwd=self.root,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        return self

    def wait(self, timeout: float = 60.0) -> int:
        assert self.proc is not None
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.stop()
            raise

    def message_log(self) -> str:
        try:
            return self.messages.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""

    def messages_seen(self) -> list[tuple[float, str, str]]:
        """(wall-clock time, "sent" | "received", first line) of every message sipp traced."""
        seen = []
        for block in self.message_log().split("----------------------------------------------- ")[
            1:
        ]:
            head, _, body = block.partition("\n\n")
            stamp, _, what = head.partition("\n")
            try:
                when = datetime.strptime(stamp.strip(), "%Y-%m-%d %H:%M:%S.%f").timestamp()
            except ValueError:
                continue
            direction = "received" if "received" in what else "sent"
            seen.append((when, direction, body.lstrip().split("\n", 1)[0].strip()))
        return seen

    def received(self, first_line: str) -> bool:
        """Whether sipp received a message starting so (e.g. 'SIP/2.0 200', 'BYE ')."""
        return any(
            d == "received" and line.startswith(first_line) for _, d, line in self.messages_seen()
        )

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
