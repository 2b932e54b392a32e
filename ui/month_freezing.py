"""The month frozen from the window: 结束会议 freezes the meeting's month, the 统计 page freezes or lets go the month it
shows; a month frozen before is frozen again only when the clerk agrees, told first what would change."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from changes.months import freeze_due, freeze_month, unfreeze_month, what_refreezing_changes
from models.domain.frozen_months import Frozen, frozen_month
from models.domain.rights import Act
from models.read.monthly import previous_month
from ui.i18n import said_text
from ui.labels import shown_date
from ui.rights_view import refusals

if TYPE_CHECKING:
    from ui.dialog_host import DialogHost
    from ui.window_context import WindowContext

SHOWN_CHANGES = 12  # a refreeze's question lists this many changes, then says how many more


class MonthFreezer(QObject):
    """Freezes and lets go a month's figures through the use cases of changes/months.py, asking what must be asked."""

    def __init__(self, context: WindowContext, dialogs: DialogHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context, self.dialogs = context, dialogs

    def month_name(self, month: str) -> str:
        return self.tr("{year}年{month}月").format(year=month[:4], month=int(month[5:]))

    def may_freeze(self) -> str:
        """Why this account may not freeze ("" when it may): a read-only ledger, or not the 督查室."""
        if self.context.read_only:
            return self.tr("台账以只读方式打开")
        return refusals(self.context.ledger, [Act.FREEZE]).get(Act.FREEZE, "")

    def frozen(self, month: str) -> Frozen | None:
        with self.context.ledger.reading() as session:
            return frozen_month(session, month)

    def frozen_words(self, kept: Frozen) -> str:
        """"已冻结于2026年12月1日 09:30（张三）" in the interface's language."""
        at = kept.frozen_at
        return self.tr("已冻结于{year}年{month}月{day}日 {time}（{who}）").format(
            year=at.year, month=at.month, day=at.day, time=at.strftime("%H:%M"), who=kept.frozen_by)

    def freeze(self, month: str, today: date | None = None, *, quiet: bool = False, asked: bool = False) -> bool:
        """Freeze `month` as it stands. Frozen before: nothing is done when the figures are the same; else the
        clerk is asked, with what would change. `quiet`: an account that may not freeze is passed over unsaid
        (结束会议 on a section's PC), not told. `asked`: a month still running is frozen only once the clerk
        agrees (the 统计 page's button; 结束会议 freezes its month by design). True when the month was frozen now."""
        day = today or self.context.as_of
        why = self.may_freeze()
        if why:
            if not quiet:
                self.dialogs.warn(self.tr("冻结月度数字"), why)
            return False
        kept = self.frozen(month)
        if kept is None and asked and month >= f"{day.year}-{day.month:02d}" and not self._running_agreed(month, day):
            return False
        if kept is not None:
            changed = what_refreezing_changes(self.context.ledger, month, day)
            if not changed:
                return False
            lines = [said_text(line) for line in changed[:SHOWN_CHANGES]]
            if len(changed) > SHOWN_CHANGES:
                lines.append(self.tr("……另有{count}处变化").format(count=len(changed) - SHOWN_CHANGES))
            question = self.tr("{month}的数字{frozen}。按台账现在的情况重新冻结，数字将有这些变化：\n\n{lines}\n\n"
                               "重新冻结吗？").format(month=self.month_name(month), frozen=self.frozen_words(kept),
                                                    lines="\n".join(lines))
            if not self.dialogs.confirm(self.tr("重新冻结"), question):
                return False
        name = self.tr("冻结{month}的数字").format(month=self.month_name(month))
        return self.context.controller.perform(
            name, lambda: freeze_month(self.context.ledger, month, day, again=kept is not None), reread=False) \
            is not None

    def _running_agreed(self, month: str, day: date) -> bool:
        """The month has not ended: its figures would stop at `day`'s. Asked with 取消 the default."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("冻结月度数字"), self.tr(
            "{month}还没有结束。冻结后，这个月的通报、统计和考核停在今天（{day}）的数字，之后录入的进展不再计入，"
            "除非重新冻结或解除冻结。\n\n确定冻结吗？").format(month=self.month_name(month), day=shown_date(day)))
        freeze = box.addButton(self.tr("冻结"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole))
        box.setEscapeButton(box.defaultButton())
        return self.dialogs.run_box(box) is freeze

    def freeze_due_soon(self) -> None:
        """On opening, once the window stands: last month frozen when 设置's day has come and it is not yet."""
        if not self.context.read_only and self.context.ledger.settings().freeze_day:
            QTimer.singleShot(0, self.freeze_due)

    def freeze_due(self) -> None:
        """Last month frozen when 设置's day has come and it is not yet, said in the status bar."""
        month = previous_month(f"{self.context.as_of.year}-{self.context.as_of.month:02d}")
        done = self.context.controller.perform("", lambda: freeze_due(self.context.ledger, self.context.as_of),
                                               reread=False)
        if done is not None:
            self.context.controller.lasting.emit(self.tr("冻结{month}的数字").format(month=self.month_name(month)))

    def unfreeze(self, month: str) -> bool:
        """Let the month go, once the clerk agrees: its figures are computed as the ledger stands again."""
        why = self.may_freeze()
        if why:
            self.dialogs.warn(self.tr("解除冻结"), why)
            return False
        question = self.tr("解除{month}的冻结？解除后，这个月的通报、统计和考核按台账现在的情况计算。").format(
            month=self.month_name(month))
        if not self.dialogs.confirm(self.tr("解除冻结"), question):
            return False
        name = self.tr("解除{month}的冻结").format(month=self.month_name(month))
        return self.context.controller.perform(name, lambda: unfreeze_month(self.context.ledger, month),
                                               reread=False) is not None
