"""The draft state machine: the only legal moves between states."""

from django.db import models


class DraftState(models.TextChoices):
    DRAFT = "draft", "Draft"
    SUBMITTED = "submitted", "Awaiting approval"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"
    RETURNED = "returned", "Returned to officer"
    SCHEDULED = "scheduled", "Scheduled"
    HELD = "held", "Held (critical incident)"
    QUEUED = "queued", "Queued for posting"
    POSTING = "posting", "Posting"
    POSTED = "posted", "Posted"
    FAILED = "failed", "Failed"
    MISSED = "missed", "Missed its time"
    CANCELLED = "cancelled", "Cancelled"
    DELETED = "deleted", "Deleted from X"


S = DraftState

ALLOWED_TRANSITIONS: dict[str, frozenset[str]] = {
    S.DRAFT: frozenset({S.SUBMITTED, S.CANCELLED}),
    S.SUBMITTED: frozenset({S.APPROVED, S.REJECTED, S.RETURNED, S.CANCELLED}),
    S.REJECTED: frozenset({S.DRAFT}),
    S.RETURNED: frozenset({S.DRAFT}),
    S.APPROVED: frozenset({S.QUEUED, S.SCHEDULED}),
    S.SCHEDULED: frozenset({S.QUEUED, S.HELD, S.MISSED, S.CANCELLED}),
    S.HELD: frozenset({S.QUEUED, S.SCHEDULED, S.CANCELLED}),
    S.QUEUED: frozenset({S.POSTING, S.HELD, S.MISSED, S.CANCELLED}),
    # POSTING -> QUEUED is a retry after a transient failure.
    S.POSTING: frozenset({S.POSTED, S.FAILED, S.QUEUED}),
    S.FAILED: frozenset({S.QUEUED, S.CANCELLED}),
    S.MISSED: frozenset({S.QUEUED, S.SCHEDULED, S.CANCELLED}),
    S.POSTED: frozenset({S.DELETED}),
    S.CANCELLED: frozenset(),
    S.DELETED: frozenset(),
}

EDITABLE_STATES = frozenset({S.DRAFT})
# Approved and not yet on X: what a critical incident holds and what the sweeps look after.
AWAITING_POST_STATES = frozenset({S.SCHEDULED, S.QUEUED})
FINAL_STATES = frozenset(state for state, moves in ALLOWED_TRANSITIONS.items() if not moves)


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
