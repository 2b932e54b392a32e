"""Buttons greyed, with the reason in their tip, where the person logged in to a server ledger may not use them."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QLineEdit

from models.domain.rights import ROLE_LABELS, Act, Role
from models.domain.rights import refusals as refusals_of
from models.ledger import Ledger
from ui.i18n import said_text
from ui.i18n import tr as _tr

_OWN_TIP = "luoshi_tip"  # the action's own tip, kept as a property so the reason can be added and taken off


def refusals(ledger: Ledger, acts: list[Act], *, task_id: int | None = None,
             problem_id: int | None = None) -> dict[Act, str]:
    """Why each act is not for this account (on this task or problem), in the interface's language; empty
    when all are. A file ledger and the owner's account are not restricted, and nothing is read for them."""
    if not ledger.rights().restricted:
        return {}
    with ledger.reading() as session:
        found = refusals_of(session, acts, task_id=task_id, problem_id=problem_id)
    return {act: said_text(why) for act, why in found.items() if why}


def grey(action: QAction | QAbstractButton, enabled: bool, reason: str = "") -> None:
    """On only where it can do something; with a reason, off and the reason told in its tip."""
    own = action.property(_OWN_TIP)
    if own is None:
        own = action.toolTip()
        action.setProperty(_OWN_TIP, own)
    action.setEnabled(enabled and not reason)
    tip = _tr("{tip}（{reason}）").format(tip=own, reason=reason) if reason else own
    action.setToolTip(tip)
    action.setStatusTip(tip)


def account_words(ledger: Ledger) -> tuple[str, str]:
    """Who is logged in ("账号 zhang（科室：组织科）") and what they may do, for the status bar and its tip; empty
    for a file ledger and the owner's account, which may do everything."""
    rights = ledger.rights()
    if rights.role is None:
        return "", ""
    role = said_text(ROLE_LABELS[rights.role]) + (f"：{rights.section}" if rights.section else "")
    what = {Role.OFFICE: _tr("可办理全部事项"), Role.SECTION: _tr("填报本科室牵头或配合任务的进展和本科室问题的整改"),
            Role.LEADER: _tr("查看和打印；以本人名义审批延期申请、退回重办、记录批示"),
            Role.READER: _tr("只能查看和打印")}[rights.role]
    return _tr("账号 {login}（{role}）").format(login=rights.login, role=role), what


def in_own_name(edit: QLineEdit, ledger: Ledger) -> None:
    """A 分管领导's account decides in its own name: the field naming who decided holds its login, unchangeable
    (changes/ would refuse another name)."""
    own = ledger.rights().decides_as
    if own:
        edit.setText(own)
        edit.setReadOnly(True)
        edit.setToolTip(_tr("分管领导账号以本人名义办理"))
