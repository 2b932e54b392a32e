"""The tests' host answers only what a test set: a question nobody expected fails the test instead of waiting
offscreen for a click, and every question asked is kept to be read back."""

from __future__ import annotations

import pytest

from tests.ui.answering_host import AnsweringHost
from ui.dialog_host import DialogHost


def test_an_unexpected_question_fails_and_an_expected_one_is_answered_and_kept() -> None:
    host = AnsweringHost()
    with pytest.raises(AssertionError, match="confirm"):
        host.confirm("删除任务", "把「整顿软弱涣散党组织」移到回收站吗？")
    host.answer("confirm", lambda _title, text: "回收站" in text)
    assert host.confirm("删除任务", "移到回收站吗？") and not host.confirm("结转", "结转到2027年吗？")
    host.answer("ask_save_file", lambda _title, proposed, _pattern: proposed.with_suffix(".pdf"))
    assert host.ask_save_path("另存为", "reports", "进展表.pdf", "PDF (*.pdf)") is not None
    host.warn("无法打开台账", "不是台账文件")  # only told: needs no answer
    assert [asked.kind for asked in host.asked] == ["confirm", "confirm", "confirm", "ask_save_file", "warn"]
    assert host.texts("warn") == ["不是台账文件"]


def test_the_window_gets_the_answering_host_unless_given_a_real_one(window: object) -> None:
    """tests/conftest.py gives every window the tests' host; the soak and the gallery pass their own."""
    assert isinstance(window.dialogs, AnsweringHost)  # type: ignore[attr-defined]
    assert type(DialogHost()) is DialogHost and not isinstance(DialogHost(), AnsweringHost)
