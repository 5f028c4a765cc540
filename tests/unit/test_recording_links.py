"""Recordings after the review of issue 14 (Q9): a baresip recording is linked when the call's
wrap-up ends, not only when someone opens the call for review weeks later; a pair that could
not be merged says that only one side is there; the merged file is the desk user's alone."""

from __future__ import annotations

import array
import logging
import stat
import wave
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from agent_desk.models import Recording
from agent_desk.quality.recordings import one_side, stamp_text
from tests.unit.test_desk_review import agent, shift  # noqa: F401 (fixtures)
from tests.unit.test_desk_session import RECORD, cti, desk


def write_wav(path: Path, rate: int = 8000, seconds: float = 1.0) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(array.array("h", [100] * int(rate * seconds)).tobytes())


@pytest.fixture
def folder(services, tmp_path):
    rec = tmp_path / "snd"
    rec.mkdir()
    services.config.set("phone.source", "baresip")
    services.config.set("phone.recording_folder", str(rec))
    return rec


def _dumps(folder: Path, when, dec_rate: int = 8000) -> tuple[Path, Path]:
    """baresip's two files, named by the local time the audio started (the PC's zone)."""
    stamp = stamp_text(when.astimezone(None).replace(tzinfo=None))
    enc, dec = folder / f"dump-{stamp}-enc.wav", folder / f"dump-{stamp}-dec.wav"
    write_wav(enc)
    write_wav(dec, rate=dec_rate)
    return enc, dec


def _a_call(services, clock, agent, folder, dec_rate=8000):  # noqa: F811
    session, _ = desk(services, agent)
    call = session.handle_event(cti("ring", "13800138000", "pbx-1"))["call"]
    clock.advance(5)
    session.handle_event(cti("answer", call_id="pbx-1"))
    answered = services.calls.get(call).answered_at
    dumps = _dumps(folder, answered, dec_rate)
    clock.advance(60)
    session.handle_event(cti("hangup", call_id="pbx-1"))
    return session, call, dumps


def _links(services) -> list[tuple[str, str]]:
    with services.store.sessions() as s:
        return [(r.source, r.path) for r in s.scalars(select(Recording))]


def test_a_baresip_recording_is_linked_when_the_wrap_up_ends_so_the_folder_may_rotate(
    services,
    clock,
    agent,  # noqa: F811
    shift,  # noqa: F811
    folder,
):
    session, call, dumps = _a_call(services, clock, agent, folder)
    assert _links(services) == []  # the wrap-up is still on: the record is not saved
    clock.advance(20)
    session.save(RECORD)
    ((source, path),) = _links(services)
    assert source == "baresip" and Path(path).name.startswith("agentdesk-") and call in path
    for dump in dumps:  # baresip's folder is rotated before the weekly review
        dump.unlink()
    sup = services.accounts.create("8001", "王主管", "supervisor", "boss-pw-1")
    shown = services.quality.call_for_review(sup, call).recording
    assert (shown.path, shown.present, shown.only_side) == (path, True, "")
    with wave.open(path) as w:
        assert w.getnchannels() == 2


def test_a_record_saved_on_the_line_links_the_recording_when_the_line_drops(
    services,
    clock,
    agent,  # noqa: F811
    shift,  # noqa: F811
    folder,
):
    session, _ = desk(services, agent)
    call = session.handle_event(cti("ring", "13800138000", "pbx-1"))["call"]
    session.handle_event(cti("answer", call_id="pbx-1"))
    _dumps(folder, services.calls.get(call).answered_at)
    session.save(RECORD)  # Ctrl+S with the caller still on the line
    assert _links(services) == []
    clock.advance(10)
    session.handle_event(cti("hangup", call_id="pbx-1"))
    assert len(_links(services)) == 1


def test_the_merged_recording_is_readable_by_the_desk_user_only(
    services,
    clock,
    agent,  # noqa: F811
    shift,  # noqa: F811
    folder,
):
    session, _, _ = _a_call(services, clock, agent, folder)
    session.save(RECORD)
    ((_, path),) = _links(services)
    assert stat.S_IMODE(Path(path).stat().st_mode) == 0o600
    assert not list(folder.glob("*.part"))


def test_a_pair_that_cannot_be_merged_says_only_the_callers_side_is_there(
    services,
    clock,
    agent,  # noqa: F811
    shift,  # noqa: F811
    folder,
    caplog,
):
    session, call, (_enc, dec) = _a_call(services, clock, agent, folder, dec_rate=16000)
    with caplog.at_level(logging.WARNING, logger="agent_desk.quality.recordings"):
        session.save(RECORD)
    ((_, path),) = _links(services)
    assert path == str(dec)
    assert "only the caller's side is linked" in caplog.text
    sup = services.accounts.create("8001", "王主管", "supervisor", "boss-pw-1")
    assert services.quality.call_for_review(sup, call).recording.only_side == "caller"


def test_which_side_a_linked_file_holds():
    assert one_side("/r/dump-2026-12-01-14-43-18-enc.wav") == "agent"
    assert one_side("C:\\r\\dump-2026-12-01-14-43-18-dec.wav") == "caller"
    assert one_side("/r/agentdesk-2026-12-01-14-43-18-abc.wav") == ""
    assert one_side("/pbx/2026-12-01/1001-42.wav") == ""


def test_a_recording_that_cannot_be_linked_never_fails_the_save(
    services,
    clock,
    agent,  # noqa: F811
    shift,  # noqa: F811
    tmp_path,
):
    services.config.set("phone.source", "baresip")
    services.config.set("phone.recording_folder", str(tmp_path / "no such folder"))
    session, _ = desk(services, agent)
    call = session.handle_event(cti("ring", "13800138000", "pbx-1"))["call"]
    session.handle_event(cti("answer", call_id="pbx-1"))
    clock.advance(timedelta(seconds=30).total_seconds())
    session.handle_event(cti("hangup", call_id="pbx-1"))
    assert session.save(RECORD).call.saved_at is not None
    assert services.calls.get(call).saved_at is not None and _links(services) == []


def _person_with_a_recorded_call(services, clock, agent, folder):  # noqa: F811
    from agent_desk.customers import CustomerChanges, PhoneInput
    from agent_desk.models import Call

    session, call, dumps = _a_call(services, clock, agent, folder)
    session.save(RECORD)
    person = services.customers.create(
        CustomerChanges(name="欧阳娜娜", phones=(PhoneInput("13912345678"),)), actor="1001"
    )
    with services.store.sessions.begin() as s:
        s.query(Call).filter(Call.public_id == call).update({"customer_id": person.id})
    ((_, merged),) = _links(services)
    return person, call, Path(merged), dumps


def test_erasing_a_person_removes_their_recordings_and_the_links(
    services,
    clock,
    agent,  # noqa: F811
    shift,  # noqa: F811
    folder,
):
    person, _call, merged, _dumps = _person_with_a_recorded_call(services, clock, agent, folder)
    admin = services.accounts.create("0001", "管理员", "admin", "admin-pw-1")
    report = services.privacy.erase_person(person.id, admin, "PIPL 删除请求")
    assert report.removed["recordings"] == 1
    assert _links(services) == [] and not merged.exists()


def test_retention_removes_old_recordings_with_the_calls_text(
    services,
    clock,
    agent,  # noqa: F811
    shift,  # noqa: F811
    folder,
):
    _person, _call, merged, _dumps = _person_with_a_recorded_call(services, clock, agent, folder)
    assert "recordings" not in services.privacy.apply_retention(force=True)
    assert merged.exists()
    clock.advance(timedelta(days=services.privacy.retention_days + 1).total_seconds())
    counts = services.privacy.apply_retention(force=True)
    assert counts["recordings"] == 1 and _links(services) == [] and not merged.exists()


def test_erasure_forgets_a_pbx_recording_but_leaves_the_pbxs_file(
    services,
    clock,
    agent,  # noqa: F811
    shift,  # noqa: F811
    tmp_path,
):
    from agent_desk.customers import CustomerChanges, PhoneInput
    from agent_desk.models import Call

    pbx = tmp_path / "pbx"
    pbx.mkdir()
    services.config.set("phone.recording_folder", str(pbx))
    services.config.set("phone.recording_pattern", "{call_id}.wav")
    write_wav(pbx / "pbx-1.wav")
    session, _ = desk(services, agent)
    call = session.handle_event(cti("ring", "13800138000", "pbx-1"))["call"]
    session.handle_event(cti("answer", call_id="pbx-1"))
    session.handle_event(cti("hangup", call_id="pbx-1"))
    session.save(RECORD)
    assert _links(services) == [("pattern", str(pbx / "pbx-1.wav"))]
    person = services.customers.create(
        CustomerChanges(name="欧阳娜娜", phones=(PhoneInput("13912345678"),)), actor="1001"
    )
    with services.store.sessions.begin() as s:
        s.query(Call).filter(Call.public_id == call).update({"customer_id": person.id})
    admin = services.accounts.create("0001", "管理员", "admin", "admin-pw-1")
    services.privacy.erase_person(person.id, admin, "PIPL 删除请求")
    assert _links(services) == [] and (pbx / "pbx-1.wav").exists()
