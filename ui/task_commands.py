"""The task actions of the main window: load the selected task into the editor, save it, and each task action."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QDialog

from changes.concurrency import ChangedElsewhere
from changes.progress import ProgressDraft
from models.domain.enums import DeadlineKind, Light, ProgressKind, Status
from models.domain.lights import period_of
from models.domain.rating import parse_scale
from models.domain.rights import Act
from models.domain.tasks import TaskDraft, has_closing_evidence
from models.domain.workflow import REOPENABLE, can_transition
from models.errors import LedgerError, RuleError, os_error_words
from models.read.queries import TaskRow
from models.read.task_detail import SubtaskRow, TaskDetail, subtasks, task_detail
from models.read.task_views import TaskView
from ui.dialogs.conflict_dialog import Settle, ask_how_to_settle
from ui.dialogs.task_dialogs import CloseDialog, CompleteDialog, ExtendDialog, NewTaskDialog, ProgressDialog
from ui.editor_drafts import TextDraft
from ui.i18n import error_text
from ui.i18n import tr as _tr
from ui.labels import label
from ui.rights_view import grey, in_own_name, refusals
from ui.supervision_commands import update_supervision
from ui.widgets.deadline_field import unreadable_question

if TYPE_CHECKING:
    from ui.window_host import WindowHost

T = TypeVar("T")



class TaskCommands:
    """What the editor's buttons and the task menu do, on the task the editor shows."""

    def __init__(self, window: WindowHost) -> None:
        self.window = window
        self.context = window.context
        self.editor = window.editor
        self.list_pane = window.list_pane
        self.evidence_dialog: QDialog | None = None  # the one last opened, kept while shown

    # --- the editor ------------------------------------------------------------------------
    def task_selected(self, task_id: int | None) -> None:
        detail = self.editor.detail
        if detail is not None and detail.id != task_id and self.editor.is_dirty() and not self.save_task():
            self.window.editor_drafts.keep()  # what was typed comes back when the task is shown again below
            self.list_pane.select_task(detail.id)  # stay: the edits are still in the editor
            return
        self.load_editor(task_id)

    def load_editor(self, task_id: int | None) -> None:
        detail = None
        if task_id is not None:
            try:
                with self.context.ledger.reading() as session:
                    detail = task_detail(session, task_id)
            except RuleError:
                detail = None
            except LedgerError as error:
                # The server did not answer: the pane is emptied, never left showing the task before, which
                # 录入进展 would then have written to; the status bar says why.
                detail = None
                self.window.tell(error_text(error))
        # The year's row, not only the view's: a task a step took out of the view (签收 in 待签收) is still shown,
        # and its heading still names it and its light.
        row = None if task_id is None else self.list_pane.model.task_row(task_id) or self.context.task_row(task_id)
        context = self.context
        self.editor.today = context.as_of
        self.editor.show_task(detail, context.sections, context.people, context.key_tasks, context.year,
                              row.code if row else "", row.light if row else Light.NONE)
        self.update_actions(detail)
        drafts = self.window.editor_drafts
        if drafts.restore():
            self.editor.show_error(_tr("找回了上次没有保存的修改（{when}）：按 Ctrl+S 保存，不要的话点“放弃修改”。")
                                   .format(when=drafts.restored_at))

    def update_actions(self, detail: TaskDetail | None) -> None:
        """Each task action is on only where it can do something for the task shown."""
        registry = self.window.registry
        writable = detail is not None and not self.context.read_only
        status = detail.status if detail is not None else Status.NOT_STARTED
        # On a server each person's account says what they may do: a 科室 reports on its own tasks only.
        why = refusals(self.context.ledger, list(Act), task_id=detail.id) if writable and detail else {}
        grey(registry.progress, writable, why.get(Act.REPORT, ""))
        grey(registry.new_subtask, writable, why.get(Act.EDIT, ""))
        grey(registry.delete_task, writable, why.get(Act.DELETE, ""))
        # A finished task has no deadline to move.
        grey(registry.extend, writable and status.is_active, why.get(Act.EDIT, ""))
        grey(registry.complete, writable and can_transition(status, Status.COMPLETED), why.get(Act.REPORT, ""))
        grey(registry.close_task, writable and can_transition(status, Status.CLOSED), why.get(Act.CLOSE, ""))
        grey(registry.reopen, writable and status in REOPENABLE, why.get(Act.REOPEN, ""))
        registry.evidence.setEnabled(detail is not None)  # a read-only ledger's evidence can still be opened
        update_supervision(registry, detail, writable, why)
        grey(registry.instruct, writable, why.get(Act.INSTRUCT, ""))
        # 呈报单 is read and printed only: on wherever the task has a 批示, a reader's account and a read-only
        # ledger too.
        registry.instruction_report.setEnabled(detail is not None and any(
            entry.kind == ProgressKind.INSTRUCTION for entry in detail.timeline))

    def save_task(self) -> bool:
        """Save the editor's changes; True when there was nothing to save or the save worked."""
        editor = self.editor
        if editor.detail is None or not editor.is_dirty():
            return True
        problem = editor.validate()
        if problem:
            editor.show_error(problem)
            return False
        deadline = editor.new_deadline()
        if deadline is not None and deadline.kind == DeadlineKind.UNPARSED and not self.window.dialogs.confirm(
                _tr("完成时限不是日期"), unreadable_question(deadline.text)):
            editor.show_error(_tr("完成时限没有保存：请写成日期，如“6月底前”“下周五前”。"))
            editor.deadline_edit.setFocus()
            return False
        mine = editor.edited_fields()
        seen = {name: getattr(editor.detail, name) for name in mine}
        try:
            saved = self.context.controller.edit(editor.detail.id, editor.changes(), editor.co_section_ids(),
                                                 editor.new_deadline(), editor.person_change("leader"),
                                                 editor.person_change("owner"), seen=seen, mine=mine,
                                                 milestones=editor.milestones_edit.typed())
        except ChangedElsewhere as clash:
            saved = self._settle(clash)
        if saved:
            self.window.editor_drafts.forget(editor.detail.id)
            self.load_editor(editor.detail.id)
        return saved

    def _settle(self, clash: ChangedElsewhere) -> bool:
        """Someone else changed fields this user changed too: show both, keep theirs or save mine over them."""
        editor, context = self.editor, self.context
        assert editor.detail is not None
        choice = ask_how_to_settle(self.window.dialogs, clash, context)
        if choice == Settle.CANCEL:
            return False  # the edits stay in the editor (and in the drafts) for the user to look at again
        clashing = {c.field for c in clash.clashes}
        keep_mine = choice == Settle.MINE
        changes = {k: v for k, v in editor.changes().items() if keep_mine or k not in clashing}

        def unless_theirs(field: str, value: T) -> T | None:
            return value if keep_mine or field not in clashing else None
        saved = context.controller.edit(
            editor.detail.id, changes, unless_theirs("co_section_ids", editor.co_section_ids()),
            unless_theirs("deadline_display", editor.new_deadline()),
            unless_theirs("leader", editor.person_change("leader")),
            unless_theirs("owner", editor.person_change("owner")),
            milestones=unless_theirs("milestones", editor.milestones_edit.typed()))
        if saved and not keep_mine:
            self.window.editor_drafts.forget(editor.detail.id)
            self.load_editor(editor.detail.id)  # their version, with this user's other changes saved
        return saved

    # --- new tasks -------------------------------------------------------------------------
    def new_task(self) -> None:
        window = self.window
        if not self.save_task():
            return
        sections = self.context.sections
        section = next((s.id for s in sections if s.name == self.list_pane.selected_group()), None)
        dialog = NewTaskDialog(_tr("新建任务"), self.context.year, [(s.id, s.name) for s in sections],
                               section, window.window(), today=self.context.as_of)
        if window.dialogs.run(dialog):
            draft = TaskDraft(self.context.year, dialog.task_title(), lead_section_id=dialog.section_id(),
                              deadline=dialog.deadline())
            self._select_new(self.context.controller.create(draft), _tr("已新建任务"))

    def new_subtask(self) -> None:
        detail = self._current()
        if detail is None:
            return
        sub = NewTaskDialog(_tr("新建子任务"), detail.year, [(s.id, s.name) for s in self.context.sections],
                            detail.lead_section_id, self.window.window(), today=self.context.as_of)
        if self.window.dialogs.run(sub):
            draft = TaskDraft(detail.year, sub.task_title(), parent_id=detail.id, key_task_id=detail.key_task_id,
                              lead_section_id=sub.section_id(), deadline=sub.deadline())
            self._select_new(self.context.controller.create(draft), _tr("已新建子任务"), made_from=detail.id)

    def _select_new(self, task_id: int | None, done: str, made_from: int | None = None) -> None:
        """The task just made, selected; where the view does not list it (a subtask in 待签收) the task it was
        made from stays shown (`made_from`), and the status bar says where the new one is (`done`: 已交办)."""
        if task_id is None:
            return
        window = self.window
        window.select_view(self.list_pane.view if window.shows_tasks() else TaskView.BY_SECTION)
        self.list_pane.search_edit.clear()
        self.list_pane.refilter()
        if self.list_pane.select_task(task_id):
            return
        if made_from is not None:
            self.keep_shown(made_from)
        row = next((row for row in self.context.rows if row.id == task_id), None)
        window.tell(_tr("{done} {code}；当前视图（{view}）未显示它，在“{all}”中可以找到").format(
            done=done, code=row.code if row else "", view=label(self.list_pane.view), all=label(TaskView.ALL)))

    def keep_shown(self, task_id: int) -> TaskRow | None:
        """A step took the task the editor showed out of the view: it stays shown (its row chosen again if the
        view lists it). Its row when the view does not list it; None when it does, or the task is gone."""
        row = self.context.task_row(task_id)
        if row is None or self.list_pane.select_task(task_id):
            return None
        self.load_editor(task_id)
        return row

    # --- the task actions ------------------------------------------------------------------
    def _current(self) -> TaskDetail | None:
        """The task shown, once the editor's own edits are saved (None when there is none or saving failed)."""
        detail = self.editor.detail
        return detail if detail is not None and self.save_task() else None

    current = _current  # for the 督办 steps (ui/supervision_commands.py)

    def add_progress(self) -> None:
        detail = self._current()
        if detail is None:
            return
        dialog = ProgressDialog(detail.title, detail.percent, self.context.as_of, self.window.window(),
                                dialogs=self.window.dialogs)
        typed = TextDraft(dialog.text_edit, self.context.drafts, f"dialog:progress:task:{detail.id}")
        saved = self.window.dialogs.run(dialog) and self.context.controller.add_progress(detail.id, ProgressDraft(
            dialog.text_edit.toPlainText(), period=dialog.period(), percent=dialog.percent_spin.value(),
            kind=dialog.kind(), entry_date=dialog.entry_date(), files=dialog.picker.files))
        # A refused save keeps the text for the next time the dialog opens; cancelling drops it.
        typed.finish(keep=dialog.result() == QDialog.DialogCode.Accepted and not saved)

    def extend(self) -> None:
        detail = self._current()
        if detail is None:
            return
        row = self.context.task_row(detail.id)
        dialog = ExtendDialog(detail.deadline_display, detail.year, self.window.window(), today=self.context.as_of,
                              task=f"{row.code} {detail.title}" if row else detail.title)
        typed = TextDraft(dialog.reason_edit, self.context.drafts, f"dialog:extend:task:{detail.id}")
        saved = self.window.dialogs.run(dialog) and self.context.controller.extend(
            detail.id, dialog.deadline(), dialog.reason(), dialog.approver_edit.text(), seen=detail.status)
        typed.finish(keep=dialog.result() == QDialog.DialogCode.Accepted and not saved)

    def _subtasks(self, task_id: int) -> list[SubtaskRow]:
        with self.context.ledger.reading() as session:
            return subtasks(session, task_id)

    def _finish_anyway(self, detail: TaskDetail, verb: str) -> bool:
        """Finishing a task whose subtasks are still open is usually a slip: name them and ask."""
        still_open = [row for row in self._subtasks(detail.id)
                      if not row.status.is_finished and row.status != Status.CANCELLED]
        if not still_open:
            return True
        shown = "\n".join(_tr("· {title}（{status}）").format(title=row.title, status=label(row.status))
                          for row in still_open[:8])
        if len(still_open) > 8:
            shown += "\n" + _tr("……另有 {count} 项").format(count=len(still_open) - 8)
        return self.window.dialogs.confirm(verb, _tr(
            "「{title}」下还有 {count} 项子任务没有办结：\n{shown}\n\n仍要{verb}这项任务吗？子任务保持原状。").format(
                title=detail.title, count=len(still_open), shown=shown, verb=verb))

    def complete(self) -> None:
        """办结: what was done is reported (a 复命 at 100%) and the status changes, as one step undone together."""
        detail = self._current()
        if detail is None or not self._finish_anyway(detail, _tr("办结")):
            return
        dialog = CompleteDialog(detail.title, self.context.as_of, self.window.window(), dialogs=self.window.dialogs)
        typed = TextDraft(dialog.report_edit, self.context.drafts, f"dialog:complete:task:{detail.id}")
        saved = self.window.dialogs.run(dialog) and self.context.controller.add_progress(detail.id, ProgressDraft(
            dialog.report(), period=period_of(dialog.entry_date()), percent=100, kind=ProgressKind.FEEDBACK,
            entry_date=dialog.entry_date(), status=Status.COMPLETED, files=dialog.picker.files, seen=detail.status),
            text_of_step=_tr("办结"))  # undo says 已撤销：办结
        typed.finish(keep=dialog.result() == QDialog.DialogCode.Accepted and not saved)

    def close_task(self) -> None:
        detail = self._current()
        if detail is None or not self._finish_anyway(detail, _tr("销号")):
            return
        settings = self.context.ledger.settings()
        scale = [word for word, _ in parse_scale(settings.rating_scale)]
        with self.context.ledger.reading() as session:
            needs = bool(settings.closing_needs_evidence) and not has_closing_evidence(session, detail.id)
        dialog = CloseDialog(detail.title, self.window.window(), scale, needs_evidence=needs,
                             dialogs=self.window.dialogs)
        typed = TextDraft(dialog.note_edit, self.context.drafts, f"dialog:close:task:{detail.id}")
        saved = self.window.dialogs.run(dialog) and self.context.controller.set_status(
            detail.id, Status.CLOSED, note=dialog.note(), approver=dialog.approver_edit.text(),
            on=self.context.as_of, rating=dialog.rating(), rating_note=dialog.rating_note_edit.text(),
            files=dialog.picker.files, text_of_step=_tr("销号"), seen=detail.status)
        typed.finish(keep=dialog.result() == QDialog.DialogCode.Accepted and not saved)

    def evidence(self) -> None:
        """佐证材料…: the task's files, to add to, open or take off."""
        detail = self._current()
        if detail is None:
            return
        from ui.dialogs.evidence_dialog import EvidenceDialog

        self.evidence_dialog = EvidenceDialog(self.context.controller, detail.title, task_id=detail.id,
                                              parent=self.window.window(), dialogs=self.window.dialogs)
        self.window.dialogs.run(self.evidence_dialog)

    def instruct(self) -> None:
        """领导批示…: the 批示 on the task shown, and the 交办 it starts (a subtask, then shown)."""
        detail = self._current()
        if detail is None:
            return
        from models.domain.instructions import InstructionDraft
        from models.read.instructions import recorded_already
        from ui.dialogs.instruction_dialog import InstructionDialog

        context = self.context
        lead = next((s.name for s in context.sections if s.id == detail.lead_section_id), "")
        dialog = InstructionDialog(detail.title, detail.year, [s.name for s in context.sections], lead,
                                   context.as_of, self.window.window(), dialogs=self.window.dialogs)
        # A 分管领导's account gives its own 批示; the 交办 it may start is a new task, the 督查室's to make.
        in_own_name(dialog.leader_edit, context.ledger)
        grey(dialog.assign_box, True, refusals(context.ledger, [Act.EDIT], task_id=detail.id).get(Act.EDIT, ""))
        def on_the_task_already(draft: InstructionDraft) -> str:
            with context.ledger.reading() as session:
                error = recorded_already(session, detail.id, draft)
            return error_text(error) if error is not None else ""
        dialog.recorded_already = on_the_task_already
        typed = TextDraft(dialog.text_edit, context.drafts, f"dialog:instruct:task:{detail.id}")
        made = None
        if self.window.dialogs.run(dialog):
            made = context.controller.instruct(detail.year, detail.id, dialog.draft(), dialog.assignment())
        typed.finish(keep=dialog.result() == QDialog.DialogCode.Accepted and made is None)
        if made is not None and made != detail.id:
            self._select_new(made, _tr("已交办"), made_from=detail.id)

    def save_instruction_report(self) -> None:
        """呈报单…: the 批示件办理情况报告 of the task shown, saved as PDF or Word where the user chooses."""
        detail = self.editor.detail
        if detail is None:
            return
        from models.read.instructions import instruction_report
        from reports.instruction_report import write_instruction_docx, write_instruction_pdf
        from reports.output import write_atomically
        from ui.dialogs.dialog_parts import file_name_part

        code = self.list_pane.model.task_row(detail.id)
        name = file_name_part(_tr("批示件办理情况报告{code}").format(code=code.code if code else ""))
        # In the folder the last sheet was saved to, and remembered for the next, as the 打印 dialog's are.
        path = self.window.dialogs.ask_save_path(_tr("保存呈报单"), "reports", f"{name}.pdf",
                                                 _tr("PDF 文件 (*.pdf);;Word 文档 (*.docx)"), also=(".docx",))
        if path is None:
            return
        context = self.context
        try:
            with context.ledger.reading() as session:
                report = instruction_report(session, detail.id)
            if path.suffix.lower() == ".docx":
                write_atomically(path, lambda temporary: write_instruction_docx(report, context.org_name, temporary),
                                 suffix=".docx")
            else:
                from reports.fonts import setup_fonts

                fonts = setup_fonts(context.ledger.settings().report_font)
                write_atomically(path, lambda temporary: write_instruction_pdf(report, context.org_name, fonts,
                                                                               temporary))
        except (LedgerError, RuleError) as error:
            self.window.report_error(error_text(error))
            return
        except OSError as error:
            self.window.report_error(_tr("无法保存：{error}").format(error=os_error_words(error)))
            return
        self.window.tell(_tr("呈报单已保存：{path}").format(path=path))

    def reopen(self) -> None:
        detail = self._current()
        if detail is not None:
            self.context.controller.set_status(detail.id, Status.IN_PROGRESS, on=self.context.as_of,
                                               text_of_step=_tr("重新打开"), seen=detail.status)

    def delete_task(self) -> None:
        detail = self._current()
        if detail is None:
            return
        count = len(self._subtasks(detail.id))
        with_subtasks = _tr("（连同它的 {count} 项子任务）").format(count=count) if count else ""
        if self.window.dialogs.confirm(_tr("删除任务"), _tr(
                "把「{title}」{with_subtasks}移到回收站吗？\n可以在“文件 → 回收站”恢复。").format(
                    title=detail.title, with_subtasks=with_subtasks)):
            self.context.controller.delete(detail.id)
