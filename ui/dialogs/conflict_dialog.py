"""When another PC changed a task this user is saving: who and when, both versions, and the user's choice."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from changes.concurrency import FIELD_WORDS, ChangedElsewhere, Clash
from ui.i18n import error_text
from ui.i18n import tr as _tr

if TYPE_CHECKING:
    from ui.dialog_host import DialogHost
    from ui.window_context import WindowContext


class Settle(Enum):
    MINE = "mine"  # save this user's values over the other's
    THEIRS = "theirs"  # take the other's values for the clashing fields (this user's other changes are saved)
    CANCEL = "cancel"  # keep editing


def shown_value(clash: Clash, value: object, context: WindowContext) -> str:
    """A field's value as the editor shows it: names, not ids."""
    if value is None or value == "" or value == ():
        return _tr("（空）")
    names = {"key_task_id": context.key_tasks, "lead_section_id": context.sections,
             "co_section_ids": context.sections}.get(clash.field)
    if names is not None:
        by_id = {choice.id: choice.name for choice in names}
        ids = value if isinstance(value, tuple | list) else (value,)
        return "、".join(by_id.get(int(str(i)), str(i)) for i in ids)
    text = str(value)
    return text if len(text) <= 60 else text[:60] + "……"


def describe(clash: ChangedElsewhere, context: WindowContext) -> str:
    lines = []
    for item in clash.clashes:
        field = QCoreApplication.translate("Errors", FIELD_WORDS[clash.entity].get(item.field, item.field))
        lines.append(_tr("{field}：对方改为「{theirs}」，你改为「{mine}」（原来是「{seen}」）").format(
            field=field, theirs=shown_value(item, item.theirs, context), mine=shown_value(item, item.mine, context),
            seen=shown_value(item, item.seen, context)))
    return "\n".join(lines)


def settle_box(parent: QWidget | None, clash: ChangedElsewhere, context: WindowContext) -> QMessageBox:
    """The question, with its three answers (each button's Settle in its "settle" property)."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("别人已经改过这项任务"), error_text(clash), parent=parent)
    box.setInformativeText(describe(clash, context))
    for text, role, choice in ((_tr("保留我的修改"), QMessageBox.ButtonRole.AcceptRole, Settle.MINE),
                               (_tr("采用对方的修改"), QMessageBox.ButtonRole.DestructiveRole, Settle.THEIRS),
                               (_tr("取消"), QMessageBox.ButtonRole.RejectRole, Settle.CANCEL)):
        button = box.addButton(text, role)
        button.setProperty("settle", choice.value)
        if choice == Settle.CANCEL:
            box.setDefaultButton(button)  # an Enter typed by habit changes nothing
            box.setEscapeButton(button)
    return box


def ask_how_to_settle(dialogs: DialogHost, clash: ChangedElsewhere, context: WindowContext) -> Settle:
    box = settle_box(dialogs.parent, clash, context)
    try:
        clicked = dialogs.run_box(box)
        return Settle(clicked.property("settle")) if clicked is not None else Settle.CANCEL
    finally:
        box.deleteLater()
