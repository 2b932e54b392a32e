"""The status workflow: every allowed move works, every other one is refused with a Chinese reason."""

from __future__ import annotations

import itertools

import pytest

from models.domain.enums import Status
from models.domain.workflow import check_transition, require_text
from models.errors import RuleError

S = Status
ALLOWED = {
    (S.NOT_STARTED, S.IN_PROGRESS), (S.NOT_STARTED, S.COMPLETED), (S.NOT_STARTED, S.SUSPENDED),
    (S.NOT_STARTED, S.CANCELLED),
    (S.IN_PROGRESS, S.COMPLETED), (S.IN_PROGRESS, S.SUSPENDED), (S.IN_PROGRESS, S.CANCELLED),
    (S.COMPLETED, S.CLOSED), (S.COMPLETED, S.IN_PROGRESS),
    (S.CLOSED, S.IN_PROGRESS),
    (S.SUSPENDED, S.NOT_STARTED), (S.SUSPENDED, S.IN_PROGRESS), (S.SUSPENDED, S.CANCELLED),
    (S.CANCELLED, S.IN_PROGRESS),
}


@pytest.mark.parametrize(("old", "new"), list(itertools.product(Status, Status)))
def test_transition_table(old: Status, new: Status) -> None:
    if (old, new) in ALLOWED:
        check_transition(old, new)
    else:
        with pytest.raises(RuleError) as raised:
            check_transition(old, new)
        assert old.label in str(raised.value)


def test_closing_straight_from_in_progress_is_refused_and_says_what_is_allowed() -> None:
    with pytest.raises(RuleError, match="已办结"):
        check_transition(S.IN_PROGRESS, S.CLOSED)


@pytest.mark.parametrize("blank", ["", "   ", "\n\t"])
def test_required_text_refuses_blank(blank: str) -> None:
    with pytest.raises(RuleError, match="销号说明不能为空"):
        require_text(blank, "销号说明")
