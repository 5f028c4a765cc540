"""The criteria of the review form, from the service rules: the opening with the agent number,
三要三不 (etiquette), accuracy and completeness of the answer, the sign-off, handling time.

A module of its own with no imports: `agent-desk`'s argument parser names them, and the CTI
commands a softphone starts on every call must not load the database layer.
"""

CRITERIA = ("opening", "etiquette", "accuracy", "signoff", "handling_time")
