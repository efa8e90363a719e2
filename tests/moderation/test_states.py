import pytest

from moderation.models import Draft
from moderation.states import ALLOWED_TRANSITIONS, FINAL_STATES, DraftState, IllegalTransition

ALL_MOVES = [(a, b) for a in DraftState.values for b in DraftState.values]


@pytest.mark.parametrize(("from_state", "to_state"), ALL_MOVES)
def test_only_the_state_machine_moves_are_legal(from_state, to_state):
    draft = Draft(state=from_state)
    if to_state in ALLOWED_TRANSITIONS[from_state]:
        assert draft.move_to(to_state) == from_state
        assert draft.state == to_state
    else:
        with pytest.raises(IllegalTransition):
            draft.move_to(to_state)
        assert draft.state == from_state


def test_the_happy_path_reaches_posted():
    draft = Draft(state=DraftState.DRAFT)
    for state in ["submitted", "approved", "queued", "posting", "posted"]:
        draft.move_to(state)
    assert draft.state == DraftState.POSTED
    assert draft.submitted_at and draft.decided_at and draft.queued_at and draft.posted_at


def test_posted_can_only_be_deleted():
    assert ALLOWED_TRANSITIONS[DraftState.POSTED] == frozenset({DraftState.DELETED})


def test_cancelled_and_deleted_are_final():
    assert {DraftState.CANCELLED, DraftState.DELETED} == FINAL_STATES


def test_illegal_transition_message_names_both_states():
    with pytest.raises(IllegalTransition, match="'posted'.*'awaiting approval'"):
        Draft(state=DraftState.POSTED).move_to(DraftState.SUBMITTED)
