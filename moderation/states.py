"""The draft state machine: the only legal moves between states."""

from django.db import models


class DraftState(models.TextChoices):
    DRAFT = "draft", "Draft"
    SUBMITTED = "submitted", "Awaiting approval"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"
    QUEUED = "queued", "Queued for posting"
    POSTING = "posting", "Posting"
    POSTED = "posted", "Posted"
    FAILED = "failed", "Failed"


S = DraftState

ALLOWED_TRANSITIONS: dict[str, frozenset[str]] = {
    S.DRAFT: frozenset({S.SUBMITTED}),
    S.SUBMITTED: frozenset({S.APPROVED, S.REJECTED}),
    S.REJECTED: frozenset({S.DRAFT}),
    S.APPROVED: frozenset({S.QUEUED}),
    S.QUEUED: frozenset({S.POSTING}),
    # POSTING -> QUEUED is a retry after a transient failure.
    S.POSTING: frozenset({S.POSTED, S.FAILED, S.QUEUED}),
    S.FAILED: frozenset({S.QUEUED}),
    S.POSTED: frozenset(),
}

EDITABLE_STATES = frozenset({S.DRAFT})


class IllegalTransition(Exception):
    """A move the state machine does not allow, e.g. posted -> submitted."""

    def __init__(self, from_state: str, to_state: str):
        self.from_state = from_state
        self.to_state = to_state
        super().__init__(
            f"A draft cannot go from {S(from_state).label.lower()!r} "
            f"to {S(to_state).label.lower()!r}."
        )


def check_transition(from_state: str, to_state: str) -> None:
    if to_state not in ALLOWED_TRANSITIONS.get(from_state, frozenset()):
        raise IllegalTransition(from_state, to_state)
