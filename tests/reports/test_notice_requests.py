"""The 督办单 tells a task's 延期申请: one waiting is printed with the deadline that still stands, a refusal with
its reason, and the steps of the 督办 cycle are lines of its 进展情况."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from changes.supervision import ask_extension, decide_extension, sign
from models.domain.deadlines import Deadline, parse_deadline
from models.domain.enums import DeadlineKind
from models.ledger import Ledger
from tests.reports.pdf_boxes import pages
from tests.reports.test_notice_form import _issue, _late_task


def _text(out: Path) -> str:
    return "".join(word.text for page in pages(out) for word in page.words)


def test_a_notice_names_the_application_waiting_and_the_deadline_that_stands(ledger: Ledger, tmp_path: Path) -> None:
    task_id = _late_task(ledger)
    sign(ledger, task_id, by="组织科 李明")
    ask_extension(ledger, task_id, Deadline(DeadlineKind.DATE, date(2026, 6, 30)), "等待省委文件", on=date(2026, 5, 5))
    out = tmp_path / "督办单.pdf"
    _issue(ledger, task_id, out)
    text = _text(out)
    assert "延期申请" in text and "逾期申请延至2026年6月30日" in text and "待审批" in text
    assert "4月30日前" in text and "已逾期" in text  # the deadline asked for does not stand yet
    assert "（签收）" in text


def test_a_refused_application_is_printed_with_its_reason(ledger: Ledger, tmp_path: Path) -> None:
    task_id = _late_task(ledger)
    ask_extension(ledger, task_id, Deadline(DeadlineKind.DATE, date(2026, 6, 30)), "人手不足", on=date(2026, 4, 20))
    decide_extension(ledger, task_id, False, by="王部长", answer="节点不能后移", on=date(2026, 4, 22))
    out = tmp_path / "督办单.pdf"
    _issue(ledger, task_id, out)
    text = _text(out)
    assert "不同意：节点不能后移" in text


def test_a_deadline_typed_in_digits_is_printed_the_chinese_way(ledger: Ledger, tmp_path: Path) -> None:
    """完成时限 2027-01-15（原定4月30日前，…延至2027-01-15…） on paper beside 4月30日前: one style, the office's."""
    task_id = _late_task(ledger)
    ask_extension(ledger, task_id, parse_deadline("2027-01-15", 2026), "等待省委文件", on=date(2026, 5, 5))
    decide_extension(ledger, task_id, True, by="王建国", on=date(2026, 5, 6))
    out = tmp_path / "督办单.pdf"
    _issue(ledger, task_id, out)
    text = _text(out)
    assert "2027年1月15日（原定4月30日前，2026年5月6日延至2027年1月15日（等待省委文件））" in text
    assert "同意延期至2027年1月15日（王建国）" in text and "2027-01" not in text


def test_reasons_are_quoted_without_their_own_full_stops(ledger: Ledger, tmp_path: Path) -> None:
    """"（等待省委文件。）" and "不同意：节点不能后移。；…" on paper: a reason joined into a line loses its 。."""
    task_id = _late_task(ledger)
    ask_extension(ledger, task_id, parse_deadline("5月31日前", 2026), "等待省委文件。", on=date(2026, 4, 20))
    decide_extension(ledger, task_id, True, by="王部长", on=date(2026, 4, 21))
    ask_extension(ledger, task_id, parse_deadline("6月30日前", 2026), "人手不足。", on=date(2026, 5, 20))
    decide_extension(ledger, task_id, False, by="王部长", answer="节点不能后移。", on=date(2026, 5, 22))
    out = tmp_path / "督办单.pdf"
    _issue(ledger, task_id, out)
    text = _text(out)
    assert "延至5月31日前（等待省委文件）" in text
    assert "申请延至6月30日前（人手不足），王部长于2026年5月22日不同意：节点不能后移" in text
    assert "节点不能后移，完成时限仍为5月31日前" in text and "。，" not in text and "。）" not in text
