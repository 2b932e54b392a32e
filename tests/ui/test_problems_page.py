"""The 问题清单 page: records and problems entered, reported on, put right and closed from the window."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from changes import oversight
from changes.concurrency import ChangedElsewhere
from models.domain.enums import InspectionKind, ProblemStatus
from models.domain.inspections import InspectionDraft
from models.domain.lights import LightRules
from models.domain.problems import ProblemDraft, update_problem
from models.ledger import Ledger
from models.read.problems import NO_SOURCE, inspection_fields, inspection_rows, problem_fields, problem_rows
from tests.conftest import DEMO_DAY
from tests.ui.answering_host import answering
from tests.ui.helpers import answer_dialogs, reported_errors
from ui.dialogs.oversight_dialogs import InspectionDialog, ProblemCloseDialog, ProblemDialog, ProblemReportDialog
from ui.item_models.problem_tree_model import BY_SOURCE, ITEM_ROLE
from ui.main_window import PROBLEMS_PAGE, MainWindow
from ui.widgets.column_fit import MIN_TEXT_WIDTH


def open_page(qtbot: QtBot, ledger: Ledger, as_of: date) -> MainWindow:
    window = MainWindow(ledger, as_of=as_of)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_page(PROBLEMS_PAGE)
    return window


@pytest.fixture
def demo_window(qtbot: QtBot, demo_ledger: Ledger) -> Iterator[MainWindow]:
    yield open_page(qtbot, demo_ledger, DEMO_DAY)


def shown_rows(window: MainWindow) -> list[tuple[str, list[str]]]:
    """Each group's title with the descriptions under it, as the tree shows them."""
    model = window.problems_page.model
    found = []
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        found.append((str(group.data()), [str(model.index(r, 1, group).data()) for r in range(model.rowCount(group))]))
    return found


def test_the_example_shows_its_problems_by_section_with_the_late_one_marked(demo_window: MainWindow,
                                                                           qtmodeltester: ModelTester) -> None:
    page = demo_window.problems_page
    assert page.isVisible()
    qtmodeltester.check(page.model)
    groups = shown_rows(demo_window)
    assert [title.split("（")[0] for title, _ in groups][:2] == ["办公室", "干部一科"]  # the sections' own order
    assert sum(len(items) for _, items in groups) == len(page.problems) == 9
    late = next(p for p in page.problems if p.overdue)
    index = page.model.index_of("problem", late.id)
    assert "逾期" in str(index.siblingAtColumn(4).data())
    assert index.siblingAtColumn(4).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"
    assert "整改率" in page.summary.text() and "整改逾期2个" in page.summary.text()


def test_by_source_every_record_is_a_group_and_the_model_holds(demo_window: MainWindow,
                                                               qtmodeltester: ModelTester) -> None:
    page = demo_window.problems_page
    page.group_combo.setCurrentIndex(page.group_combo.findData(BY_SOURCE))
    qtmodeltester.check(page.model)
    titles = [title for title, _ in shown_rows(demo_window)]
    assert len(titles) == len(page.records) == len(InspectionKind)
    assert any("巡察反馈" in title and "年" in title and "月" in title for title in titles)
    page.shown_combo.setCurrentIndex(page.shown_combo.findData("overdue"))
    shown = shown_rows(demo_window)
    assert sum(len(items) for _, items in shown) == 2  # only records with a late problem stay


def test_a_record_and_its_problem_go_all_the_way_to_closing(qtbot: QtBot, ledger: Ledger) -> None:
    window = open_page(qtbot, ledger, date(2026, 6, 10))
    page = window.problems_page
    errors = reported_errors(window)

    def fill(dialog: QDialog) -> None:
        if isinstance(dialog, InspectionDialog):
            dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(InspectionKind.PATROL.value))
            dialog.team_edit.setText("钱进、郭敏")
            dialog.findings_edit.setPlainText("干部档案审核问题未全部整改。")
        elif isinstance(dialog, ProblemDialog):
            assert dialog.chosen(dialog.source_combo) == page.current_record().id  # type: ignore[union-attr]
            dialog.description_edit.setPlainText("干部档案审核发现的问题未全部整改到位")
            dialog.owner_edit.setText("钱进")
            dialog.measures_edit.setPlainText("逐项明确责任人和时限")
            dialog.deadline_edit.setText("6月5日前")
        elif isinstance(dialog, ProblemReportDialog):
            dialog.text_edit.setPlainText("已完成全部整改")
            dialog.finished_check.setChecked(True)
        elif isinstance(dialog, ProblemCloseDialog):
            dialog.note_edit.setPlainText("经复查整改到位")
            dialog.approver_edit.setText("刘海燕")
    answer_dialogs(window, fill)
    page.new_record()
    record = page.current_record()
    assert record is not None and record.title == "2026年6月巡察反馈" and record.kind is InspectionKind.PATROL
    page.buttons["from_record"].click()
    problem = page.current_problem()
    assert problem is not None and problem.inspection_id == record.id and problem.overdue
    assert "钱进" in page.detail.toPlainText() and "整改逾期" in page.detail.toPlainText()
    page.buttons["report"].click()
    assert page.current_problem().status is ProblemStatus.RECTIFIED  # type: ignore[union-attr]
    assert "已完成全部整改" in page.detail.toPlainText()
    assert page.buttons["close"].isEnabled() and not page.buttons["rectified"].isEnabled()
    page.buttons["close"].click()
    closed = page.current_problem()
    assert closed is not None and closed.status is ProblemStatus.CLOSED and closed.closed_by == "刘海燕"
    assert "刘海燕" in page.detail.toPlainText() and errors == []


def test_an_empty_description_keeps_the_form_open_with_the_reason(qtbot: QtBot, ledger: Ledger) -> None:
    window = open_page(qtbot, ledger, date(2026, 6, 10))
    seen = answer_dialogs(window, lambda dialog: dialog.description_edit.setPlainText("  "))
    window.problems_page.new_problem()
    assert seen[0].result() != QDialog.DialogCode.Accepted
    assert "问题描述不能为空" in seen[0].error_label.text()
    assert window.problems_page.problems == []


def test_a_record_with_problems_is_not_deleted_and_the_user_is_told(demo_window: MainWindow) -> None:
    page = demo_window.problems_page
    errors = reported_errors(demo_window)
    page.group_combo.setCurrentIndex(page.group_combo.findData(BY_SOURCE))
    record = next(r for r in page.records if r.problems)
    page.tree.setCurrentIndex(page.model.index_of("record", record.id))
    answering(demo_window).answer("confirm", True)
    page.buttons["delete"].click()
    assert errors and "请先删除这些问题" in errors[0]
    assert record.id in {r.id for r in page.records}


def test_a_problem_without_a_record_is_grouped_as_without_source(qtbot: QtBot, ledger: Ledger) -> None:
    window = open_page(qtbot, ledger, date(2026, 6, 10))
    page = window.problems_page
    answer_dialogs(window, lambda dialog: dialog.description_edit.setPlainText("电话反映的问题"))
    page.new_problem()
    page.group_combo.setCurrentIndex(page.group_combo.findData(BY_SOURCE))
    [(title, items)] = shown_rows(window)
    assert title.startswith(NO_SOURCE) and items == ["电话反映的问题"]
    assert page.model.index(0, 0).data(ITEM_ROLE) == ("group", None)
    assert page.model.rowCount(page.model.index(0, 1)) == 0 and page.model.parent(QModelIndex()) == QModelIndex()


def test_the_statistics_count_problems_per_section(qtbot: QtBot, demo_ledger: Ledger) -> None:
    window = MainWindow(demo_ledger, as_of=DEMO_DAY)
    qtbot.addWidget(window)
    window.show()
    window.registry.stats.trigger()
    model = window.stats_page.problem_model
    table = {str(model.index(row, 0).data()): [str(model.index(row, c).data()) for c in range(1, 7)]
             for row in range(model.rowCount())}
    assert table["组织科"] == ["2", "0", "0", "1", "0", "0.0%"]  # one late, none put right yet
    assert table["合计"][0] == "9" and table["合计"][3] == "2"


def test_the_task_editor_says_how_many_problems_bear_on_the_task(qtbot: QtBot, demo_ledger: Ledger) -> None:
    window = MainWindow(demo_ledger, as_of=DEMO_DAY)
    qtbot.addWidget(window)
    window.show()
    with demo_ledger.reading() as session:
        from models.domain.lights import LightRules
        from models.read.problems import problem_rows
        linked = next(p for p in problem_rows(session, 2026, DEMO_DAY, LightRules()) if p.task_id and p.overdue)
    window.list_pane.select_task(linked.task_id)
    assert "督查发现的问题 1 个，未整改完成 1 个" in window.editor.history_label.text()


def test_a_problem_changed_elsewhere_while_its_form_is_open_is_not_written_over(demo_window: MainWindow,
                                                                                demo_ledger: Ledger) -> None:
    page = demo_window.problems_page
    problem = page.problems[0]
    page.tree.setCurrentIndex(page.model.index_of("problem", problem.id))
    seen: list[ProblemDialog] = []

    def fill(dialog: ProblemDialog) -> None:
        seen.append(dialog)
        dialog.measures_edit.setPlainText("我的整改措施")
        with demo_ledger.begin() as session:  # another PC saves the same problem meanwhile
            update_problem(session, "别的电脑", problem.id, measures="对方的整改措施")
    answer_dialogs(demo_window, fill)
    page.edit_current()
    assert seen[0].result() != QDialog.DialogCode.Accepted  # the form stays open, with what was typed
    assert "已由 别的电脑" in seen[0].error_label.text() and "这次没有保存" in seen[0].error_label.text()
    assert seen[0].measures_edit.toPlainText() == "我的整改措施"
    assert next(p for p in page.problems if p.id == problem.id).measures != "我的整改措施"


def test_the_save_itself_refuses_a_change_made_since_the_form_opened(demo_ledger: Ledger) -> None:
    """The use case checks again inside its transaction: the form's own question can be beaten by a PC that
    saves between it and the write."""
    with demo_ledger.reading() as session:
        problem_id = problem_rows(session, 2026, DEMO_DAY, LightRules())[0].id
        seen = problem_fields(session, problem_id)
    with demo_ledger.begin() as session:
        update_problem(session, "别的电脑", problem_id, measures="对方的整改措施")
    draft = ProblemDraft(2026, str(seen["description"]), seen["inspection_id"], seen["task_id"],
                         seen["section_id"], None, "我的整改措施", seen["deadline"])
    with pytest.raises(ChangedElsewhere, match=r"别的电脑.*整改措施"):
        oversight.save_problem(demo_ledger, draft, str(seen["owner"]), problem_id, seen=seen)
    with demo_ledger.reading() as session:
        assert problem_fields(session, problem_id)["measures"] == "对方的整改措施"


def test_a_problem_saved_whole_keeps_what_another_pc_changed_in_a_field_left_alone(demo_window: MainWindow,
                                                                                    demo_ledger: Ledger) -> None:
    """Tasks, problems and records follow one rule: only a field both changed clashes. Here the other PC
    rewrote the description while this user wrote the measures: both are kept, neither is asked about."""
    page = demo_window.problems_page
    problem = page.problems[0]
    page.tree.setCurrentIndex(page.model.index_of("problem", problem.id))

    def fill(dialog: ProblemDialog) -> None:
        dialog.measures_edit.setPlainText("我的整改措施")
        with demo_ledger.begin() as session:
            update_problem(session, "别的电脑", problem.id, description="对方改写的问题描述")
    seen = answer_dialogs(demo_window, fill)
    page.edit_current()
    assert seen[0].result() == QDialog.DialogCode.Accepted, seen[0].error_label.text()
    saved = next(p for p in page.problems if p.id == problem.id)
    assert (saved.description, saved.measures) == ("对方改写的问题描述", "我的整改措施")


def test_a_record_saved_over_another_pcs_change_to_the_same_field_is_refused_by_name(demo_ledger: Ledger) -> None:
    with demo_ledger.reading() as session:
        record_id = inspection_rows(session, 2026)[0].id
        seen = inspection_fields(session, record_id)
    mine = InspectionDraft(seen["held_on"], seen["kind"], str(seen["title"]), "张三、李四",
                           str(seen["findings"]), list(seen["unit_ids"]), list(seen["task_ids"]))
    theirs = replace(mine, team="王五", findings="对方补充的情况")
    oversight.save_record(demo_ledger, theirs, record_id, seen=seen)  # the other PC, from the same form state
    with pytest.raises(ChangedElsewhere, match="督查人员"):
        oversight.save_record(demo_ledger, mine, record_id, seen=seen)
    only_findings_left = replace(mine, team=str(seen["team"]))  # this user changes nothing the other PC did
    oversight.save_record(demo_ledger, only_findings_left, record_id, seen=seen)
    with demo_ledger.reading() as session:
        now = inspection_fields(session, record_id)
    assert (now["team"], now["findings"]) == ("王五", "对方补充的情况")


def test_a_pasted_document_too_long_keeps_the_form_open_with_the_numbers(qtbot: QtBot, ledger: Ledger) -> None:
    window = open_page(qtbot, ledger, date(2026, 6, 10))

    def fill(dialog: ProblemDialog) -> None:
        dialog.description_edit.setPlainText("档案不全")
        dialog.measures_edit.setPlainText("措" * 20_001)
    seen = answer_dialogs(window, fill)
    window.problems_page.new_problem()
    assert seen[0].result() != QDialog.DialogCode.Accepted
    assert "整改措施太长：20001 个字" in seen[0].error_label.text()
    assert len(seen[0].measures_edit.toPlainText()) == 20_001


def test_listing_a_problem_from_a_record_starts_from_what_the_record_found(demo_window: MainWindow) -> None:
    """列为问题 carries the record's findings, the task it checked and the section it visited; choosing
    another task takes that task's lead section; the task box narrows as one types."""
    page = demo_window.problems_page
    record = next(r for r in page.records if r.task_ids and r.findings)
    rows = {row.id: row for row in demo_window.context.rows}
    seen: list[ProblemDialog] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, ProblemDialog)
        seen.append(dialog)
        assert dialog.description() == record.findings
        assert dialog.chosen(dialog.source_combo) == record.id
        assert dialog.chosen(dialog.task_combo) == record.task_ids[0]
        assert dialog.section_combo.currentText() != "（未指定）"
        other = next(row for row in rows.values() if row.lead_section_id and row.id != record.task_ids[0]
                     and row.lead_section != dialog.section_combo.currentText())
        dialog.task_combo.setCurrentIndex(dialog.task_combo.findData(other.id))
        assert dialog.section_combo.currentText() == other.lead_section
        completer = dialog.task_combo.completer()
        completer.setCompletionPrefix(other.title[2:6])  # words from inside the title
        assert completer.completionCount() >= 1
        assert any(other.title[:20] in str(completer.completionModel().index(r, 0).data())
                   for r in range(completer.completionCount()))
        dialog.reject()
    answering(demo_window.problems_page).answer("run", lambda dialog: (look(dialog), False)[1])
    page.group_combo.setCurrentIndex(page.group_combo.findData(BY_SOURCE))
    page._select("record", record.id)
    page.buttons["from_record"].click()
    assert seen


def test_at_150_percent_the_deadline_and_state_of_every_problem_are_in_sight(qtbot: QtBot,
                                                                             demo_ledger: Ledger) -> None:
    window = open_page(qtbot, demo_ledger, DEMO_DAY)
    window.resize(910, 485)
    tree = window.problems_page.tree
    header, model = tree.header(), window.problems_page.model
    names = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(header.count())]

    def in_sight(name: str) -> bool:
        column = names.index(name)
        return header.sectionViewportPosition(column) + header.sectionSize(column) <= tree.viewport().width()
    qtbot.waitUntil(lambda: tree.viewport().width() < 600)
    qtbot.waitUntil(lambda: in_sight("整改时限") and in_sight("状态"))
    assert header.sectionSize(names.index("问题")) >= MIN_TEXT_WIDTH


def test_a_problem_saved_says_at_once_that_undo_cannot_take_it_back(demo_window: MainWindow) -> None:
    """Problems and records are not on the undo stack: the window says so when one is saved, and Ctrl+Z
    after it offers the task action before, by its name, not the problem."""
    page = demo_window.problems_page
    problem = page.problems[0]
    page.tree.setCurrentIndex(page.model.index_of("problem", problem.id))
    controller = demo_window.context.controller
    task_id = demo_window.context.rows[0].id
    assert controller.edit(task_id, {"note": "会前核实"})  # a task action first: what Ctrl+Z offers
    stack = controller.undo_stack
    offered_before = stack.undoText()
    assert offered_before
    answer_dialogs(demo_window, lambda dialog: dialog.measures_edit.setPlainText("逐项整改到位"))
    page.edit_current()
    assert "“保存问题”已完成" in demo_window.statusBar().currentMessage()
    assert "不能用“撤销”退回" in demo_window.statusBar().currentMessage()
    assert stack.undoText() == offered_before


def test_a_problem_edited_months_later_keeps_its_deadline(qtbot: QtBot, demo_ledger: Ledger) -> None:
    """In December a problem due in the spring was read as if typed that day (the spring to come): its form said
    2027, and a change of 整改措施 alone asked why the 整改时限 moved. Its words keep the date they were saved with."""
    window = open_page(qtbot, demo_ledger, date(2026, 12, 6))
    page = window.problems_page
    problem = next(p for p in page.problems if p.due_date is not None and "年" not in p.deadline
                   and p.due_date < date(2026, 6, 1))
    assert problem.due_date is not None
    reading = f"理解为：{problem.due_date.year}年{problem.due_date.month}月{problem.due_date.day}日前完成"
    page.tree.setCurrentIndex(page.model.index_of("problem", problem.id))
    seen: list[ProblemDialog] = []

    def fill(dialog: ProblemDialog) -> None:
        seen.append(dialog)
        assert dialog.hint.text() == reading
        dialog.measures_edit.setPlainText("逐项销号，每周调度")
    answer_dialogs(window, fill)
    page.edit_current()
    assert seen[0].result() == QDialog.DialogCode.Accepted, seen[0].error_label.text()
    saved = next(p for p in page.problems if p.id == problem.id)
    assert (saved.measures, saved.deadline, saved.due_date) == ("逐项销号，每周调度", problem.deadline,
                                                                problem.due_date)
