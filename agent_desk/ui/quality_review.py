"""The quality review windows: the supervisor's weekly queue with playback and the scoring
form, and the agent's own reviews to read and acknowledge.

Rules live in `agent_desk/quality/service.py`; these widgets present and collect. A recording
that is not there is said in the window ("Recording missing: …"), never in an error dialog;
a file that is there but QtMultimedia cannot play says so ("Recording cannot be played: …"),
and a baresip call of which only one side could be linked says which side is missing.
"""

from __future__ import annotations

import logging
import os
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from agent_desk.access import Permission, allows
from agent_desk.errors import AgentDeskError
from agent_desk.quality.service import CRITERIA, CallForReview, ReviewInfo
from agent_desk.quality.weeks import normal_week, week_of
from agent_desk.ui.error_text import describe_from

log = logging.getLogger(__name__)

CONTEXT = "Quality"

CRITERIA_NAMES: dict[str, str] = {
    "opening": QT_TRANSLATE_NOOP("Quality", "Opening with the agent number"),
    "etiquette": QT_TRANSLATE_NOOP("Quality", "Etiquette (三要三不)"),
    "accuracy": QT_TRANSLATE_NOOP("Quality", "Accuracy and completeness of the answer"),
    "signoff": QT_TRANSLATE_NOOP("Quality", "Sign-off"),
    "handling_time": QT_TRANSLATE_NOOP("Quality", "Handling time"),
}

MESSAGES: dict[str, str] = {
    "quality.bad_week": QT_TRANSLATE_NOOP(
        "Quality", "{week} is not an ISO week: write YYYY-Www, e.g. 2026-W48."
    ),
    "quality.score_range": QT_TRANSLATE_NOOP("Quality", "A score is a whole number from 1 to 10."),
    "quality.unknown_call": QT_TRANSLATE_NOOP(
        "Quality", "There is no call {call_id} here: draw the week's queue first."
    ),
    "quality.own_call": QT_TRANSLATE_NOOP(
        "Quality", "You may not review your own call: another supervisor reviews it."
    ),
    "quality.not_answered": QT_TRANSLATE_NOOP("Quality", "Only answered calls are reviewed."),
    "quality.unknown_review": QT_TRANSLATE_NOOP("Quality", "That review no longer exists."),
    "quality.comment_too_long": QT_TRANSLATE_NOOP(
        "Quality", "The comment is too long ({length} characters; at most 4000)."
    ),
    "quality.not_own": QT_TRANSLATE_NOOP(
        "Quality", "Only the agent whose call was reviewed can acknowledge it."
    ),
    "permission": QT_TRANSLATE_NOOP("Quality", "Quality review is for supervisors."),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def error_text(error: AgentDeskError) -> str:
    return describe_from(MESSAGES, CONTEXT, error)


def _clock_text(ms: int) -> str:
    seconds = max(0, ms) // 1000
    return f"{seconds // 60}:{seconds % 60:02d}"


class RecordingPlayer(QWidget):
    """Play / pause, a position slider and the time; or a line saying the file is missing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.setObjectName("playButton")
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("positionSlider")
        self.time_label = QLabel("0:00 / 0:00")
        self.missing_label = QLabel()
        self.missing_label.setObjectName("recordingMissing")
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet("color: #a33;")
        self.side_label = QLabel()
        self.side_label.setObjectName("recordingOneSide")
        self.side_label.setWordWrap(True)
        self.side_label.setStyleSheet("color: #a60;")
        self.side_label.hide()
        row = QHBoxLayout()
        row.addWidget(self.play_button)
        row.addWidget(self.slider, 1)
        row.addWidget(self.time_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.side_label)
        self.play_button.clicked.connect(self.toggle)
        self.slider.sliderMoved.connect(self.player.setPosition)
        self.player.durationChanged.connect(self._duration)
        self.player.positionChanged.connect(self._position)
        self.player.errorOccurred.connect(self._failed)
        self.path = ""
        self.show_missing("")

    @property
    def missing(self) -> bool:
        return not self.missing_label.isHidden()

    def load(self, path: str, present: bool, only_side: str = "") -> None:
        self.player.stop()
        self.path = path
        self.side_label.hide()
        if not present:
            self.player.setSource(QUrl())
            self.show_missing(path)
            return
        self.missing_label.hide()
        self._enable(True)
        if only_side:
            self.side_label.setText(
                self.tr("Only the agent's side was recorded; the caller's is missing.")
                if only_side == "agent"
                else self.tr("Only the caller's side was recorded; the agent's is missing.")
            )
            self.side_label.show()
        self.player.setSource(QUrl.fromLocalFile(path))

    def show_missing(self, path: str) -> None:
        if path:
            text = self.tr("Recording missing: {path}").format(path=path)
        else:
            text = self.tr("No recording for this call.")
        self._say(text)

    def show_unplayable(self, path: str) -> None:
        self._say(self.tr("Recording cannot be played: {path}").format(path=path))

    def _say(self, text: str) -> None:
        self.side_label.hide()
        self.missing_label.setText(text)
        self.missing_label.show()
        self._enable(False)

    def _enable(self, on: bool) -> None:
        self.play_button.setEnabled(on)
        self.slider.setEnabled(on)
        if not on:
            self.slider.setRange(0, 0)
            self.time_label.setText("0:00 / 0:00")

    def toggle(self) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
            self.play_button.setText(self.tr("Play"))
        else:
            self.player.play()
            self.play_button.setText(self.tr("Pause"))

    def _duration(self, duration: int) -> None:
        self.slider.setRange(0, max(0, duration))
        self._position(self.player.position())

    def _position(self, position: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(position)
        self.time_label.setText(f"{_clock_text(position)} / {_clock_text(self.player.duration())}")

    def _failed(self, error: Any, detail: str = "") -> None:
        log.warning("recording %s cannot be played: %s", self.path, detail)
        if self.path and os.path.isfile(self.path):
            self.show_unplayable(self.path)
        else:  # gone since it was looked at
            self.show_missing(self.path)

    def stop(self) -> None:
        self.player.stop()
        self.player.setSource(QUrl())


class CallPanel(QWidget):
    """What was said on the call (from its record) and its recording."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("callHeading")
        self.record = QLabel()
        self.record.setWordWrap(True)
        self.record.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.player = RecordingPlayer(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.record)
        layout.addWidget(self.player)

    def show_call(self, call: CallForReview | None, zone: Any) -> None:
        if call is None:
            self.heading.setText("")
            self.record.setText("")
            self.player.load("", False)
            return
        when = call.ring_started_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        self.heading.setText(
            QCoreApplication.translate("Quality", "Call of {agent_no} {name} at {when}").format(
                agent_no=call.agent_no, name=call.agent_name, when=when
            )
        )
        yes = QCoreApplication.translate("Quality", "yes")
        no = QCoreApplication.translate("Quality", "no")
        if call.from_share:  # drawn from calls.csv on the share: no record text here
            self.record.setText(
                QCoreApplication.translate(
                    "Quality",
                    "Branch {branch} · category: {c}\nGreeting given: {g} · Sign-off given: {s}\n"
                    "The record's text (question, answer) stays on the agent's desk; the share "
                    "holds only these facts of the call.",
                ).format(
                    branch=call.branch or "—",
                    c=call.category or "—",
                    g=yes if call.greeting_given else no,
                    s=yes if call.signoff_given else no,
                )
            )
            self.player.load(call.recording.path, call.recording.present)
            return
        self.record.setText(
            QCoreApplication.translate(
                "Quality", "Question: {q}\nAnswer: {a}\nGreeting given: {g} · Sign-off given: {s}"
            ).format(
                q=call.question or "—",
                a=call.answer or "—",
                g=yes if call.greeting_given else no,
                s=yes if call.signoff_given else no,
            )
        )
        self.player.load(call.recording.path, call.recording.present, call.recording.only_side)


class ScoreForm(QWidget):
    """The overall score 1-10 (required: it starts at — and the window refuses to save until
    one is chosen), each criterion 1-10 or — (not scored), a comment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.score = QSpinBox()
        self.score.setObjectName("score")
        self.score.setRange(0, 10)
        self.score.setSpecialValueText("—")  # 0: no score chosen yet
        self.score.setValue(0)
        form.addRow(self.tr("Score (1–10)"), self.score)
        self.criteria: dict[str, QSpinBox] = {}
        for name in CRITERIA:
            box = QSpinBox()
            box.setObjectName(f"criterion_{name}")
            box.setRange(0, 10)
            box.setSpecialValueText("—")  # 0: not scored
            self.criteria[name] = box
            form.addRow(_t(CRITERIA_NAMES[name]), box)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("comment")
        self.comment.setMaximumHeight(90)
        form.addRow(self.tr("Comment"), self.comment)

    def values(self) -> tuple[int, dict[str, int], str]:
        marks = {n: b.value() for n, b in self.criteria.items() if b.value() > 0}
        return self.score.value(), marks, self.comment.toPlainText()

    def show_review(self, review: ReviewInfo | None) -> None:
        self.score.setValue(review.score if review else 0)
        for name, box in self.criteria.items():
            box.setValue(review.criteria.get(name, 0) if review else 0)
        self.comment.setPlainText(review.comment if review else "")


class ReviewWindow(QDialog):
    """The supervisor's review queue of a week: pick a call, listen, score."""

    def __init__(self, services: Any, actor: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qualityReviewWindow")
        self.setWindowTitle(self.tr("Quality review"))
        self.resize(1000, 620)
        self.services, self.actor = services, actor
        self.zone = services.policy.zone
        self.week = QLineEdit(week_of(services.clock.now().astimezone(self.zone).date()))
        self.week.setObjectName("week")
        self.seed = QLineEdit()
        self.seed.setObjectName("seed")
        self.seed.setPlaceholderText(self.tr("seed (optional)"))
        self.draw_button = QPushButton(self.tr("Draw the sample"))
        self.draw_button.setObjectName("drawButton")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("ISO week")))
        top.addWidget(self.week)
        top.addWidget(self.seed)
        top.addWidget(self.draw_button)
        top.addStretch(1)
        self.queue = QListWidget()
        self.queue.setObjectName("queue")
        self.call = CallPanel()
        self.form = ScoreForm()
        self.save_button = QPushButton(self.tr("Save the score"))
        self.save_button.setObjectName("saveScore")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        right = QWidget()
        side = QVBoxLayout(right)
        side.addWidget(self.call)
        side.addWidget(self.form)
        side.addWidget(self.save_button)
        side.addWidget(self.message)
        side.addStretch(1)
        split = QSplitter()
        split.addWidget(self.queue)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.draw_button.clicked.connect(self.draw)
        self.queue.currentItemChanged.connect(self._picked)
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(False)
        self.current: CallForReview | None = None
        from agent_desk.ui.customer_lookup import BackgroundRunner

        # drawing from the share reads a week of shifts: off the GUI thread
        self.drawer = BackgroundRunner("qa-draw", self)
        self.drawer.done.connect(self._drawn)
        self.drawer.failed.connect(self._draw_failed)

    def draw(self) -> None:
        seed_text = self.seed.text().strip()
        try:
            seed = int(seed_text) if seed_text else None
        except ValueError:
            self.message.setText(self.tr("The seed is a whole number."))
            return
        try:
            week = normal_week(self.week.text())  # a bad week is said at once, beside the field
        except AgentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        quality, actor = self.services.quality, self.actor
        self.draw_button.setEnabled(False)
        self.message.setText(self.tr("Drawing the sample…"))
        self.drawer.submit(lambda: quality.queue(actor, week, seed))

    def _draw_failed(self, _token: int, error: object) -> None:
        self.draw_button.setEnabled(True)
        if isinstance(error, AgentDeskError):
            self.message.setText(error_text(error))
        else:
            log.error("review queue not drawn: %r", error)
            self.message.setText(self.tr("The sample could not be drawn; see the log."))

    def _drawn(self, _token: int, drawn: Any) -> None:
        self.draw_button.setEnabled(True)
        calls = drawn.calls
        self.week.setText(drawn.week)
        self.queue.clear()
        scored = self.services.quality.scores_of(self.actor, [c.call_id for c in calls])
        for c in calls:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, c.call_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, c)
            self._label(item, scored.get(c.call_id))
            self.queue.addItem(item)
        if drawn.source == "share":
            text = self.tr("{n} calls to review this week, from the shift summaries on the share.")
        else:
            text = self.tr("{n} calls to review this week, from this desk's own calls.")
        text = text.format(n=len(calls))
        if drawn.skipped:
            skipped = self.tr("{k} files on the share were skipped (see the log).")
            text += " " + skipped.format(k=len(drawn.skipped))
            for s in drawn.skipped:
                log.info("review queue: skipped %s: %s %s", s.path, s.reason, s.detail)
        self.message.setText(text)
        if calls:
            self.queue.setCurrentRow(0)

    def _label(self, item: QListWidgetItem, score: int | None) -> None:
        """`1001 李小梅 · 11-23 10:00 · complaint · scored 6/10`: a scored call says so."""
        c = item.data(Qt.ItemDataRole.UserRole + 1)
        when = c.ring_started_at.astimezone(self.zone).strftime("%m-%d %H:%M")
        mark = self.tr(" · complaint") if c.complaint else ""
        done = self.tr(" · scored {score}/10").format(score=score) if score else ""
        agent = f"{c.branch}·{c.agent_no}" if c.branch else c.agent_no
        item.setText(f"{agent} {c.agent_name} · {when}{mark}{done}")

    def _picked(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is None:
            return
        self.open_call(str(item.data(Qt.ItemDataRole.UserRole)))

    def open_call(self, call_id: str) -> None:
        try:
            self.current = self.services.quality.call_for_review(self.actor, call_id)
        except AgentDeskError as exc:
            self.message.setText(error_text(exc))
            self.current = None
        self.call.show_call(self.current, self.zone)
        self.form.show_review(self.current.review if self.current else None)
        self.save_button.setEnabled(self.current is not None)

    def save(self) -> None:
        if self.current is None:
            return
        score, marks, comment = self.form.values()
        if not score:
            self.message.setText(self.tr("Choose the overall score (1–10) before saving."))
            self.form.score.setFocus()
            return
        earlier = self.current.review
        if earlier is not None and not self.confirm_replace(earlier):
            self.message.setText(self.tr("The score was not changed."))
            return
        try:
            review = self.services.quality.score(
                self.actor, self.current.call_id, score, marks, comment
            )
        except AgentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        if review.replaced is not None:
            text = self.tr("Score changed from {old} to {new}; the agent is asked again.")
            self.message.setText(text.format(old=review.replaced, new=review.score))
        else:
            self.message.setText(self.tr("Scored {score}/10.").format(score=review.score))
        self.current = replace(self.current, review=review)
        item = self.queue.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == review.call_id:
            self._label(item, review.score)

    def confirm_replace(self, earlier: ReviewInfo) -> bool:
        """Ask before a new score replaces one already given (the old one stays in the audit
        log, and the agent is asked to acknowledge again)."""
        assert self.current is not None
        when = self.current.ring_started_at.astimezone(self.zone).strftime("%Y-%m-%d %H:%M")
        answer = QMessageBox.question(
            self,
            self.tr("Replace the score?"),
            self.tr(
                "Replace the score {score} of {agent_no} {name}'s call at {when}, given by "
                "{reviewer}?"
            ).format(
                score=earlier.score,
                agent_no=self.current.agent_no,
                name=self.current.agent_name,
                when=when,
                reviewer=earlier.reviewer_no,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def done(self, result: int) -> None:
        self.call.player.stop()
        super().done(result)


class MyReviewsDialog(QDialog):
    """An agent's reviews: score, criteria, comment, the call and its recording; acknowledge."""

    def __init__(self, services: Any, actor: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myReviews")
        self.setWindowTitle(self.tr("My quality reviews"))
        self.resize(900, 560)
        self.services, self.actor = services, actor
        self.zone = services.policy.zone
        self.list = QListWidget()
        self.list.setObjectName("reviews")
        self.call = CallPanel()
        self.details = QLabel()
        self.details.setObjectName("reviewDetails")
        self.details.setWordWrap(True)
        self.ack_button = QPushButton(self.tr("I have read this review"))
        self.ack_button.setObjectName("acknowledge")
        self.message = QLabel()
        right = QWidget()
        side = QVBoxLayout(right)
        side.addWidget(self.details)
        side.addWidget(self.call)
        side.addWidget(self.ack_button)
        side.addWidget(self.message)
        side.addStretch(1)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(split)
        self.list.currentItemChanged.connect(self._picked)
        self.ack_button.clicked.connect(self.acknowledge)
        self.reviews: dict[str, ReviewInfo] = {}
        self.current: ReviewInfo | None = None
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        self.reviews = {r.review_id: r for r in self.services.quality.reviews_of(self.actor)}
        for r in self.reviews.values():
            state = self.tr("acknowledged") if r.acknowledged_at else self.tr("new")
            item = QListWidgetItem(f"{r.week} · {r.score}/10 · {state}")
            item.setData(Qt.ItemDataRole.UserRole, r.review_id)
            self.list.addItem(item)
        if self.reviews:
            self.list.setCurrentRow(0)
        else:
            self.details.setText(self.tr("No review of your calls yet."))
            self.ack_button.setEnabled(False)

    def _picked(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is None:
            return
        review = self.reviews[str(item.data(Qt.ItemDataRole.UserRole))]
        self.current = review
        marks = "; ".join(
            f"{_t(CRITERIA_NAMES[n])}: {review.criteria[n]}"
            for n in CRITERIA
            if n in review.criteria
        )
        self.details.setText(
            self.tr("Score {score}/10 by {reviewer}\n{marks}\n{comment}").format(
                score=review.score,
                reviewer=review.reviewer_no,
                marks=marks,
                comment=review.comment,
            )
        )
        self.ack_button.setEnabled(review.acknowledged_at is None)
        try:
            call = self.services.quality.call_for_review(self.actor, review.call_id)
        except AgentDeskError as exc:
            self.message.setText(error_text(exc))
            call = None
        self.call.show_call(call, self.zone)

    def acknowledge(self) -> None:
        if self.current is None:
            return
        try:
            self.services.quality.acknowledge(self.actor, self.current.review_id)
        except AgentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(self.tr("Acknowledged."))
        row = self.list.currentRow()
        self.refresh()
        self.list.setCurrentRow(row)

    def done(self, result: int) -> None:
        self.call.player.stop()
        super().done(result)


def install(window: Any, services: Any) -> None:
    """Tools > Quality review… (supervisors) and Tools > My quality reviews… (every account)."""
    agent = window.agent
    review = QAction(QCoreApplication.translate("Quality", "&Quality review…"), window)
    review.setEnabled(agent is not None and allows(agent.role, Permission.REVIEW_QUALITY))
    review.triggered.connect(lambda: ReviewWindow(services, window.agent, window).exec())
    mine = QAction(QCoreApplication.translate("Quality", "My quality re&views…"), window)
    mine.setEnabled(agent is not None)
    mine.triggered.connect(lambda: MyReviewsDialog(services, window.agent, window).exec())
    window.tools_menu.addAction(review)
    window.tools_menu.addAction(mine)
    _take_reviews_from_share(window, services)


def _take_reviews_from_share(window: Any, services: Any) -> None:
    """At start and after each sync that reached the share, the reviews of this desk's calls
    scored on a supervisor's desk come here (off the GUI thread), so the agent sees them."""
    from agent_desk.ui.customer_lookup import BackgroundRunner

    runner = BackgroundRunner("qa-import", window)
    window.quality_importer = runner

    def taken(_token: int, count: object) -> None:
        if isinstance(count, int) and count:
            text = QCoreApplication.translate(
                "Quality", "{n} quality reviews of your calls arrived: Tools > My quality reviews…"
            )
            window.status.showMessage(text.format(n=count), 10000)

    def failed(_token: int, error: object) -> None:
        log.info("quality reviews not taken from the share: %s", error)

    runner.done.connect(taken)
    runner.failed.connect(failed)

    def take() -> None:
        if window.agent is not None:
            runner.submit(services.quality.reviews_from_share)

    def after_sync(result: Any) -> None:
        if getattr(result, "error", None) is None:
            take()

    def follow_sync() -> None:  # the shift desk (and its sync runner) is installed after us
        sync = getattr(getattr(window, "shift_desk", None), "runner", None)
        if sync is not None:
            sync.result.connect(after_sync)

    window.services_attached.connect(follow_sync)
    take()


__all__ = [
    "MyReviewsDialog",
    "RecordingPlayer",
    "ReviewWindow",
    "install",
]
