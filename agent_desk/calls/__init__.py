"""The call at the desk: everything from the ring to the saved record, without Qt.

- `service`: the call record in the store (ring, answer, hang-up, missed calls, drafts, save).
- `ringing`: the three-ring rule and the escalation clocks on a monotonic clock.
- `session`: the desk's stages (idle, ringing, talking, wrap-up) and what a ring does while
  busy, on a break or with no open shift; listeners are told of every change.
- `events`: the ring event and the small interfaces every ring source and phone implement.
- `sources`: the ring source chosen by the setting `phone.source` (manual, cti, baresip,
  training); `manual`, `cti`, `baresip` and `training` are the sources themselves, and
  `caller_id` reads the caller out of whatever a phone passes.
- `call_scripts`: the greeting, sign-off, prompts and etiquette texts supervisors edit.

The Qt side (`agent_desk/ui/call_controller.py`) only turns the session's notices into signals
and hands events from other threads to the GUI thread.
"""
