"""The review window: a supervisor draws the week's sample, listens to a call and scores it; a
missing recording is said in the window, never in an error dialog; the agent acknowledges."""

from __future__ import annotations

import array
import wave

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from agent_desk.ui.quality_review import MyReviewsDialog, RecordingPlayer, ReviewWindow
from tests.quality_fixtures import MONDAY_W48, add_calls


def write_wav(path, seconds: float = 1.0) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    samples = array.array("h", [0] * int(8000 * seconds))
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(samples.tobytes())


@pytest.fixture
def desk(services, tmp_path):
    sup = services.accounts.create("8001", "王主管", "supervisor", "boss-pw-1")
    services.accounts.create("1001", "李小梅", "agent", "pw-1001")
    services.config.set("phone.recording_folder", str(tmp_path / "pbx"))
    services.config.set("phone.recording_pattern", "{agent_no}-{call_id}.wav")
    calls = add_calls(services, "1001", MONDAY_W48, 2, cti=None)
    return services, sup, calls


def draw(qtbot, window) -> None:
    """Draw the queue (on the window's worker) and wait until it is shown."""
    with qtbot.waitSignal(window.drawer.done, timeout=30000):
        window.draw()
    qtbot.waitUntil(window.draw_button.isEnabled)


def _no_dialogs() -> None:
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]


def test_a_missing_recording_is_said_in_the_window_not_in_a_dialog(qtbot, desk):
    services, sup, calls = desk
    window = ReviewWindow(services, sup)
    qtbot.addWidget(window)
    window.week.setText("2026-W48")
    draw(qtbot, window)
    assert window.queue.count() == 2
    window.open_call(calls[0])
    player = window.call.player
    assert player.missing
    assert "Recording missing" in player.missing_label.text()
    assert f"1001-{calls[0]}.wav" in player.missing_label.text()
    assert not player.play_button.isEnabled() and not player.slider.isEnabled()
    _no_dialogs()


def test_a_present_recording_plays_with_a_position_slider(qtbot, desk, tmp_path):
    services, sup, calls = desk
    write_wav(tmp_path / "pbx" / f"1001-{calls[1]}.wav", seconds=2.0)
    window = ReviewWindow(services, sup)
    qtbot.addWidget(window)
    window.open_call(calls[1])
    player = window.call.player
    assert not player.missing
    qtbot.waitUntil(lambda: player.player.duration() > 0, timeout=10000)
    assert 1900 <= player.player.duration() <= 2100
    assert player.slider.maximum() == player.player.duration()
    player.slider.setSliderPosition(1000)
    player.slider.sliderMoved.emit(1000)
    qtbot.waitUntil(lambda: abs(player.player.position() - 1000) < 200, timeout=5000)
    assert "/ 0:02" in player.time_label.text()
    _no_dialogs()


def test_a_file_that_is_there_but_not_audio_cannot_be_played_rather_than_missing(qtbot, tmp_path):
    bad = tmp_path / "bad.wav"
    bad.write_bytes(b"not a recording at all" * 10)
    player = RecordingPlayer()
    qtbot.addWidget(player)
    player.load(str(bad), True)
    qtbot.waitUntil(lambda: player.missing, timeout=10000)
    assert player.missing_label.text() == f"Recording cannot be played: {bad}"
    assert not player.play_button.isEnabled()
    _no_dialogs()


def test_a_recording_of_one_side_only_says_which_side_is_missing(qtbot, tmp_path):
    dec = tmp_path / "dump-2026-11-23-09-00-05-dec.wav"
    write_wav(dec)
    player = RecordingPlayer()
    qtbot.addWidget(player)
    player.load(str(dec), True, "caller")
    assert not player.side_label.isHidden() and not player.missing
    assert player.side_label.text() == (
        "Only the caller's side was recorded; the agent's is missing."
    )
    both = tmp_path / "agentdesk-2026-11-23-09-00-05-x.wav"
    write_wav(both)
    player.load(str(both), True)
    assert player.side_label.isHidden()


def test_supervisor_scores_and_the_agent_acknowledges(qtbot, desk):
    services, sup, calls = desk
    window = ReviewWindow(services, sup)
    qtbot.addWidget(window)
    window.open_call(calls[0])
    window.form.score.setValue(9)
    window.form.criteria["opening"].setValue(10)
    window.form.comment.setPlainText("工号报得清楚")
    window.save()
    assert "9/10" in window.message.text()
    agent = services.accounts.login("1001", "pw-1001")
    mine = MyReviewsDialog(services, agent)
    qtbot.addWidget(mine)
    assert mine.list.count() == 1
    assert "9/10" in mine.details.text() and "工号报得清楚" in mine.details.text()
    assert mine.ack_button.isEnabled()
    mine.acknowledge()
    assert not mine.ack_button.isEnabled()
    assert services.quality.reviews_of(agent)[0].acknowledged_at is not None


def test_the_form_starts_without_a_score_and_refuses_to_save_until_one_is_chosen(qtbot, desk):
    services, sup, calls = desk
    window = ReviewWindow(services, sup)
    qtbot.addWidget(window)
    window.open_call(calls[0])
    assert window.form.score.value() == 0 and window.form.score.text() == "—"
    window.save()
    assert "Choose the overall score" in window.message.text()
    assert services.quality.scores_of(sup, calls) == {}
    window.form.score.setValue(7)
    window.save()
    assert services.quality.scores_of(sup, calls) == {calls[0]: 7}
    _no_dialogs()


def test_saving_over_a_review_asks_first_and_the_queue_marks_scored_calls(qtbot, desk):
    services, sup, calls = desk
    services.quality.score(sup, calls[0], 6)
    window = ReviewWindow(services, sup)
    qtbot.addWidget(window)
    window.week.setText("2026-W48")
    draw(qtbot, window)
    labels = {
        window.queue.item(i).data(Qt.ItemDataRole.UserRole): window.queue.item(i).text()
        for i in range(window.queue.count())
    }
    assert labels[calls[0]].endswith("scored 6/10") and "scored" not in labels[calls[1]]
    row = [window.queue.item(i).data(Qt.ItemDataRole.UserRole) for i in range(2)].index(calls[0])
    window.queue.setCurrentRow(row)
    assert window.form.score.value() == 6
    asked: list[str] = []

    def answer(yes):
        def ask(earlier):
            asked.append(f"{earlier.score} {earlier.reviewer_no}")
            return yes

        return ask

    window.confirm_replace = answer(False)
    window.form.score.setValue(9)
    window.save()
    assert asked == ["6 8001"] and services.quality.scores_of(sup, calls) == {calls[0]: 6}
    assert "not changed" in window.message.text()
    window.confirm_replace = answer(True)
    window.save()
    assert services.quality.scores_of(sup, calls) == {calls[0]: 9}
    assert window.queue.currentItem().text().endswith("scored 9/10")


def test_the_replace_question_names_the_old_score_and_the_call(qtbot, desk, monkeypatch):
    services, sup, calls = desk
    services.quality.score(sup, calls[0], 6)
    window = ReviewWindow(services, sup)
    qtbot.addWidget(window)
    window.open_call(calls[0])
    seen: list[str] = []

    def question(parent, title, text, *rest):
        seen.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    assert window.confirm_replace(window.current.review) is False
    assert seen and "Replace the score 6 of 1001 李小梅" in seen[0]


def test_a_bad_week_is_said_beside_the_field(qtbot, desk):
    services, sup, _ = desk
    window = ReviewWindow(services, sup)
    qtbot.addWidget(window)
    window.week.setText("2026-W54")
    window.draw()  # refused at once, nothing drawn
    assert "2026-W54" in window.message.text()
    _no_dialogs()


def test_a_supervisor_desk_reviews_a_call_from_the_share_with_its_recording(
    qtbot, services, tmp_path
):
    from datetime import date

    from agent_desk.shifts.demo_summaries import write_demo_summaries

    sup = services.accounts.create("8001", "王主管", "supervisor", "boss-pw-1")
    share = tmp_path / "share"
    write_demo_summaries(share, agents=2, branches=1, days=8, start=date(2026, 11, 22), seed=5)
    services.config.set("share.location", str(share))
    services.config.set("phone.recording_folder", str(tmp_path / "pbx"))
    services.config.set("phone.recording_pattern", "{agent_no}-{call_id}.wav")
    window = ReviewWindow(services, sup)
    qtbot.addWidget(window)
    window.week.setText(" 2026-w48")
    draw(qtbot, window)
    assert window.week.text() == "2026-W48"
    assert window.queue.count() == 10  # two agents of another PC, five calls each
    assert "from the shift summaries on the share" in window.message.text()
    call = services.quality.sample(sup, "2026-W48")[0]
    write_wav(tmp_path / "pbx" / f"{call.agent_no}-{call.call_id}.wav")
    window.open_call(call.call_id)
    assert "stays on the agent's desk" in window.call.record.text()
    assert call.agent_no in window.call.heading.text()
    assert not window.call.player.missing
    assert window.save_button.isEnabled()
    _no_dialogs()
