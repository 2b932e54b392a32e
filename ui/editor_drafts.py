"""Unsaved edits in the task editor kept on disk as they are typed, and offered back after a crash."""

from __future__ import annotations

import json
from datetime import datetime

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QPlainTextEdit

from models.file.drafts import DraftStore
from ui.pages.task_editor import TaskEditor

DRAFT_DELAY_MS = 300  # written once typing pauses: a crash loses at most the last third of a second


class EditorDrafts(QObject):
    """Watches the editor: a dirty task's fields go to the drafts file; a clean one's draft is dropped."""

    def __init__(self, editor: TaskEditor, store: DraftStore) -> None:
        super().__init__(editor)
        self.editor, self.store = editor, store
        self.restored_at = ""  # when the draft shown now was written; empty when none was restored
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.keep)

        def changed(*_value: object) -> None:  # the signals carry values; start() must get none of them
            self._timer.start()
        for edit in (editor.title_edit, editor.measures_edit, editor.target_edit, editor.note_edit):
            edit.textChanged.connect(changed)
        editor.deadline_edit.textChanged.connect(changed)
        editor.percent_spin.valueChanged.connect(changed)
        for combo in (editor.key_task_combo, editor.lead_combo):
            combo.currentIndexChanged.connect(changed)
        for combo in (editor.leader_combo, editor.owner_combo):
            combo.currentTextChanged.connect(changed)
        editor.co_picker.changed.connect(changed)

    @staticmethod
    def key(task_id: int) -> str:
        return f"editor:task:{task_id}"

    def keep(self) -> None:
        """Write the editor's unsaved values now (also called before anything that might not return)."""
        self._timer.stop()
        detail, editor = self.editor.detail, self.editor
        if detail is None or editor.read_only:
            return
        if not editor.is_dirty():
            self.store.discard(self.key(detail.id))
            return
        values = {"title": editor.title_edit.toPlainText(), "measures": editor.measures_edit.toPlainText(),
                  "target": editor.target_edit.toPlainText(), "note": editor.note_edit.toPlainText(),
                  "percent": editor.percent_spin.value(), "key_task_id": editor.key_task_combo.currentData(),
                  "lead_section_id": editor.lead_combo.currentData(), "leader": editor.leader_combo.currentText(),
                  "owner": editor.owner_combo.currentText(), "co_section_ids": editor.co_picker.checked_ids(),
                  "deadline": "" if editor.deadline_edit.isReadOnly() else editor.deadline_edit.text(),
                  "milestones": editor.milestones_edit.text()}
        self.store.put(self.key(detail.id), json.dumps(values, ensure_ascii=False))

    def forget(self, task_id: int) -> None:
        self._timer.stop()
        self.store.discard(self.key(task_id))

    def restore(self) -> bool:
        """After the editor showed a task: put back what was typed for it and not saved, if anything was."""
        self._timer.stop()
        self.restored_at = ""
        detail, editor = self.editor.detail, self.editor
        draft = self.store.get(self.key(detail.id)) if detail is not None and not editor.read_only else None
        if draft is None:
            return False
        try:
            values = json.loads(draft.text)
        except ValueError:
            return False
        editor.title_edit.setPlainText(str(values.get("title", "")))
        for edit, name in ((editor.measures_edit, "measures"), (editor.target_edit, "target"),
                           (editor.note_edit, "note")):
            edit.setPlainText(str(values.get(name, "")))
        editor.percent_spin.setValue(int(values.get("percent", editor.percent_spin.value())))
        for combo, name in ((editor.key_task_combo, "key_task_id"), (editor.lead_combo, "lead_section_id")):
            found = combo.findData(values.get(name))
            if found >= 0:
                combo.setCurrentIndex(found)
        editor.leader_combo.setCurrentText(str(values.get("leader", "")))
        editor.owner_combo.setCurrentText(str(values.get("owner", "")))
        wanted = [section_id for section_id in values.get("co_section_ids", [])
                  if section_id in editor.co_picker.all_ids()]
        for section_id in editor.co_picker.checked_ids():
            editor.co_picker.set_checked(section_id, False)
        for section_id in wanted:  # ticked in the draft's order: the co units' order as written
            editor.co_picker.set_checked(section_id, True)
        if values.get("deadline") and not editor.deadline_edit.isReadOnly():
            editor.deadline_edit.setText(str(values["deadline"]))
        if "milestones" in values:
            editor.milestones_edit.setText(str(values["milestones"]))
        self._timer.stop()
        saved_at = datetime.fromisoformat(draft.saved_at) if draft.saved_at else None
        self.restored_at = f"{saved_at:%m-%d %H:%M}" if saved_at else ""
        return editor.is_dirty()


class TextDraft(QObject):
    """One text box of a dialog (a progress report, a reason) kept on disk as it is typed.

    What was typed for the same task and box before a crash, or before a save that was refused, is put
    back when the box opens again. `finish(keep=False)` drops it once it was saved or the user cancelled.
    """

    def __init__(self, edit: QPlainTextEdit, store: DraftStore, key: str) -> None:
        super().__init__(edit)
        self.edit, self.store, self.key = edit, store, key
        earlier = store.get(key)
        self.restored = earlier is not None
        if earlier is not None:
            edit.setPlainText(earlier.text)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(lambda: self.store.put(self.key, self.edit.toPlainText()))
        edit.textChanged.connect(self._timer.start)

    def finish(self, keep: bool) -> None:
        self._timer.stop()
        if keep:
            self.store.put(self.key, self.edit.toPlainText())
        else:
            self.store.discard(self.key)
