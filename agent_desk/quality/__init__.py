"""Quality review of sampled calls, and the recordings they are judged by.

- `weeks`: ISO weeks (`2026-W48`), parsed strictly, and their bounds in the branch's zone;
- `sampling`: the weekly random sample per agent, reproducible from a seed (`choose`, the one
  drawing rule), from this desk's store;
- `branch`: the branch-wide source: the week's calls of the shift summaries on the share;
- `recordings`: linking a call to its recording (baresip's sndfile, or a PBX's file named by
  `phone.recording_pattern`), and refusing names that could leave the recordings folder;
- `service`: `QualityService` (sample, score, acknowledge), audited, published to the share;
- `published`: reading the reviews the desks published (`qa/<branch>/<week>/…json`), each once,
  and the agents' acknowledgements beside them;
- `report`: average score per agent and month, reviews done against required.

No Qt here (tests/unit/test_layering.py); services take a clock.
"""
