"""The editor's side of the main window: loading the selected task, saving it, and its action buttons."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog

from models.domain.enums import Status
from models.domain.tasks import TaskDraft
from models.errors import RuleError
from models.read.task_detail import task_detail
from models.read.task_views import TaskView
from ui.editor_drafts import TextDraft
from ui.task_dialogs import CloseDialog, ExtendDialog, NewTaskDialog, ProgressDialog


class TaskActionsMixin:
    """Mixed into MainWindow; uses its ledger, controller, editor, list pane, drafts and dialog hooks."""

    ledger: Any
    controller: Any
    editor: Any
    editor_drafts: Any
    drafts: Any
    list_pane: Any
    pages: Any
    meeting_page: Any
    sections: Any
    people: Any
    key_tasks: Any
    year: int
    as_of: Any
    dialog_runner: Any
    confirm: Any
    tr: Any
    select_view: Any

    def _task_selected(self, task_id: int | None) -> None:
        detail = self.editor.detail
        if detail is not None and detail.id != task_id and self.editor.is_dirty() and not self.save_task():
            self.list_pane.select_task(detail.id)  # stay: the edits are still in the editor
            return
        self._load_editor(task_id)

    def _load_editor(self, task_id: int | None) -> None:
        detail = None
        if task_id is not None:
            try:
                with self.ledger.reading() as session:
                    detail = task_detail(session, task_id)
            except RuleError:
                detail = None
        row = self.list_pane.model.task_row(task_id) if task_id is not None else None
        self.editor.show_task(detail, self.sections, self.people, self.key_tasks, self.year,
                              row.code if row else "")
        if self.editor_drafts.restore():
            self.editor.show_error(self.tr("找回了上次没有保存的修改（{when}）：按 Ctrl+S 保存，不要的话点“放弃修改”。")
                                   .format(when=self.editor_drafts.restored_at))

    def save_task(self) -> bool:
        """Save the editor's changes; True when there was nothing to save or the save worked."""
        editor = self.editor
        if editor.detail is None or not editor.is_dirty():
            return True
        problem = editor.validate()
        if problem:
            editor.show_error(problem)
            return False
        saved = self.controller.edit(editor.detail.id, editor.changes(), editor.co_section_ids(),
                                     editor.new_deadline(), editor.person_change("leader"),
                                     editor.person_change("owner"))
        if saved:
            self.editor_drafts.forget(editor.detail.id)
            self._load_editor(editor.detail.id)
        return saved

    def new_task(self) -> None:
        if self.pages.currentWidget() is self.meeting_page:
            self.meeting_page.assign_new()  # Ctrl+N in a meeting assigns a new item (交办)
            return
        if not self.save_task():
            return
        section = next((s.id for s in self.sections if s.name == self.list_pane.selected_group()), None)
        dialog = NewTaskDialog(self.tr("新建任务"), self.year, [(s.id, s.name) for s in self.sections],
                               section, self)
        if self.dialog_runner(dialog):
            draft = TaskDraft(self.year, dialog.task_title(), lead_section_id=dialog.section_id(),
                              deadline=dialog.deadline())
            self._select_new(self.controller.create(draft))

    def _select_new(self, task_id: int | None) -> None:
        if task_id is not None:
            self.select_view(self.list_pane.view if self.pages.currentIndex() == 0 else TaskView.BY_SECTION)
            self.list_pane.search_edit.clear()
            self.list_pane.refilter()
            self.list_pane.select_task(task_id)

    def run_task_action(self, name: str) -> None:
        detail = self.editor.detail
        if detail is None or not self.save_task():
            return
        task_id = detail.id
        if name == "progress":
            progress = ProgressDialog(detail.title, detail.percent, self.as_of, self)
            typed = TextDraft(progress.text_edit, self.drafts, f"dialog:progress:task:{task_id}")
            saved = self.dialog_runner(progress) and self.controller.add_progress(
                task_id, progress.text_edit.toPlainText(), period=progress.period(),
                percent=progress.percent_spin.value(), kind=progress.kind(), entry_date=progress.entry_date())
            # A refused save keeps the text for the next time the dialog opens; cancelling drops it.
            typed.finish(keep=progress.result() == QDialog.DialogCode.Accepted and not saved)
        elif name == "extend":
            extend = ExtendDialog(detail.deadline_display, detail.year, self)
            typed = TextDraft(extend.reason_edit, self.drafts, f"dialog:extend:task:{task_id}")
            saved = self.dialog_runner(extend) and self.controller.extend(
                task_id, extend.deadline(), extend.reason(), extend.approver_edit.text())
            typed.finish(keep=extend.result() == QDialog.DialogCode.Accepted and not saved)
        elif name == "complete":
            self.controller.set_status(task_id, Status.COMPLETED, on=self.as_of)
        elif name == "close":
            close = CloseDialog(detail.title, self)
            typed = TextDraft(close.note_edit, self.drafts, f"dialog:close:task:{task_id}")
            saved = self.dialog_runner(close) and self.controller.set_status(
                task_id, Status.CLOSED, note=close.note(), approver=close.approver_edit.text(), on=self.as_of)
            typed.finish(keep=close.result() == QDialog.DialogCode.Accepted and not saved)
        elif name == "reopen":
            self.controller.set_status(task_id, Status.IN_PROGRESS, on=self.as_of)
        elif name == "subtask":
            sub = NewTaskDialog(self.tr("新建子任务"), detail.year, [(s.id, s.name) for s in self.sections],
                                detail.lead_section_id, self)
            if self.dialog_runner(sub):
                draft = TaskDraft(detail.year, sub.task_title(), parent_id=task_id, key_task_id=detail.key_task_id,
                                  lead_section_id=sub.section_id(), deadline=sub.deadline())
                self._select_new(self.controller.create(draft))
        elif name == "delete" and self.confirm(self.tr("删除任务"), self.tr(
                "把这项任务（连同它的子任务）移到回收站吗？\n可以在“文件 → 回收站”恢复。")):
            self.controller.delete(task_id)
