"""A recorded call, for real: sipp calls baresip, whose sndfile module records it; the call is
stored as the desk stores it, and the review window's service finds the recording by the call
and links it.

Measured here (baresip 1.0.0, Debian 12): sndfile writes `dump-<local time to the second>-enc.wav`
(the agent's side) and `…-dec.wav` (the caller's) into `snd_path`; no call id in the names.
"""

from __future__ import annotations

import threading
import time
import wave
from pathlib import Path

import pytest
from sqlalchemy import select

from agent_desk.calls.baresip import BaresipSource
from agent_desk.calls.events import RingEvent
from agent_desk.clock import SystemClock
from agent_desk.models import Recording
from agent_desk.paths import Profile
from agent_desk.services import Services
from tests.integration.softphone import Baresip, Sipp, missing

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(missing() is not None, reason=missing() or ""),
]


class RecordingBaresip(Baresip):
    """The tests' baresip with the sndfile module recording into `snd_path`."""

    def __init__(self, root: Path, snd_path: Path) -> None:
        super().__init__(root)
        self.snd_path = snd_path

    def write_config(self) -> None:
        super().write_config()
        config = self.root / "config"
        config.write_text(
            config.read_text(encoding="utf-8")
            + f"module           sndfile.so\nsnd_path         {self.snd_path}\n",
            encoding="utf-8",
        )


class Desk:
    """What the desk does with baresip's events: ring, answer (accepting at once), hang up."""

    def __init__(self, services: Services, agent_id: int) -> None:
        self.services = services
        self.agent_id = agent_id
        self.source: BaresipSource | None = None
        self.calls: dict[str, str] = {}
        self.ended = threading.Event()

    def handle_event(self, event: RingEvent) -> dict[str, object]:
        calls = self.services.calls
        if event.kind == "ring" and event.call_id:
            info = calls.ring(event.caller or "", agent_id=self.agent_id, cti_call_id=event.call_id)
            self.calls[event.call_id] = info.public_id
            assert self.source is not None
            self.source.accept(event.call_id)
        elif event.kind == "answer" and event.call_id in self.calls:
            calls.answer(self.calls[event.call_id])
        elif event.kind == "hangup" and event.call_id in self.calls:
            calls.hang_up(self.calls[event.call_id])
            self.ended.set()
        return {"ok": True}


@pytest.fixture
def phone(tmp_path):
    rec = tmp_path / "recordings"
    rec.mkdir()
    baresip = RecordingBaresip(tmp_path / "baresip", rec).start()
    try:
        yield baresip
    finally:
        baresip.stop()


def test_a_recorded_call_is_linked_to_its_file_by_call_id(phone, tmp_path, profile_dir):
    services = Services.open(Profile.at(profile_dir).ensure(), SystemClock())
    source = None
    sipp = Sipp(tmp_path / "sipp", "answered")
    try:
        services.config.set("phone.source", "baresip")
        services.config.set("phone.recording_folder", str(phone.snd_path))
        sup = services.accounts.create("8001", "王主管", "supervisor", "boss-pw-1")
        agent = services.accounts.create("1001", "李小梅", "agent", "pw-1001")
        desk = Desk(services, agent.id)
        source = BaresipSource(phone.address, SystemClock())
        desk.source = source
        source.start(desk)
        deadline = time.monotonic() + 10
        while not source.status.connected and time.monotonic() < deadline:
            time.sleep(0.05)
        sipp.start(f"127.0.0.1:{phone.sip_port}", pause_ms=2000)
        assert desk.ended.wait(30), phone.log_text()
        assert sipp.wait(30) == 0
        phone.wait_for_log("sndfile: dumping decode audio")
        (call_id,) = desk.calls.values()
        (sip_call_id,) = desk.calls

        shown = services.quality.call_for_review(sup, call_id)
        assert shown.recording.present, list(phone.snd_path.iterdir())
        linked = Path(shown.recording.path)
        assert linked.parent == phone.snd_path and call_id in linked.name
        with wave.open(str(linked)) as w:  # both sides in one file: agent left, caller right
            assert (w.getnchannels(), w.getframerate()) == (2, 8000)
            assert 1.0 <= w.getnframes() / 8000 <= 4.0
        with services.store.sessions() as s:
            (row,) = s.scalars(select(Recording)).all()
        assert (row.source, row.path) == ("baresip", str(linked))
        # The link stays: asking again gives the same file, not another guess.
        assert services.quality.call_for_review(sup, call_id).recording.path == str(linked)
        assert sip_call_id  # the call was matched by baresip's Call-ID through the desk
    finally:
        if source is not None:
            source.stop()
        sipp.stop()
        services.close()
