"""Who may do what on a server ledger: 督查 (the office) everything, a 科室 its own tasks' reports and its own
problems' 整改, a 分管领导 the decisions (延期审批, 退回重办, 批示) in their own name, 只读 nothing but reading; a file
ledger and the server's owner are not restricted."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from models.domain.entities import LedgerUser, Problem, Section, Task, task_co_section
from models.errors import RuleError, said


class Role(StrEnum):
    OFFICE = "office"  # 督查室: the whole cycle, settings, 考核办法, 督办单 numbers
    SECTION = "section"  # a 科室: reports and evidence on the tasks it leads or helps with, its problems' 整改
    READER = "reader"  # 只读: reads and prints (a leader who follows the ledger and decides nothing in it)
    LEADER = "leader"  # a 分管领导: reads and prints, and on any task decides 延期申请, returns at review, gives 批示

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {Role.OFFICE: said("督查"), Role.SECTION: said("科室"), Role.READER: said("只读"),
               Role.LEADER: said("分管领导")}


class Act(StrEnum):
    """What a change does, as the rights tell it apart."""

    REPORT = "report"  # a progress report, 办结 with it, evidence on a task
    RECTIFY = "rectify"  # a problem's 整改 report, evidence and 整改中/已整改
    EDIT = "edit"  # tasks made, edited, moved, given more time; imports; meetings; 督查 records and problems
    CLOSE = "close"  # 销号 of a task or a problem
    REOPEN = "reopen"  # 重新打开, 重新整改
    DELETE = "delete"  # delete, restore from the recycle bin
    SETTINGS = "settings"  # 设置, units, 考核办法, 结转
    NOTICES = "notices"  # 督办单 issued and numbered
    SIGN = "sign"  # 签收 of a task assigned to the section
    ASK_EXTENSION = "ask_extension"  # 延期申请 of its own task
    # 延期审批: the 督查室's (a 分管领导's word recorded by it), or a 分管领导's own on their account
    DECIDE_EXTENSION = "decide_extension"
    RETURN = "return"  # 退回重办 of a task reported 已办结: the 督查室's, or a 分管领导's own
    # a leader's 批示 recorded: the 督查室's, or a 分管领导's own; the 交办 it starts makes a task (EDIT as well)
    INSTRUCT = "instruct"
    FREEZE = "freeze"  # a month's figures frozen (结束会议, `month freeze`), taken again or let go: the 督查室's


ACT_WORDS = {
    Act.REPORT: said("填报进展"), Act.RECTIFY: said("填报整改情况"), Act.EDIT: said("修改任务和督查记录"),
    Act.CLOSE: said("销号"), Act.REOPEN: said("重新打开"), Act.DELETE: said("删除或恢复"),
    Act.SETTINGS: said("修改设置和考核办法"), Act.NOTICES: said("编发督办单"), Act.SIGN: said("签收"),
    Act.ASK_EXTENSION: said("申请延期"), Act.DECIDE_EXTENSION: said("审批延期申请"), Act.RETURN: said("退回重办"),
    Act.INSTRUCT: said("记录领导批示"), Act.FREEZE: said("冻结或解冻月度数字"),
}
SECTION_ACTS = frozenset({Act.REPORT, Act.RECTIFY, Act.SIGN, Act.ASK_EXTENSION})
LEADER_ACTS = frozenset({Act.DECIDE_EXTENSION, Act.RETURN, Act.INSTRUCT})


@dataclass(frozen=True)
class Rights:
    """The person logged in, and their role (None: not restricted — a file ledger, or the server's owner)."""

    login: str = ""
    role: Role | None = None
    section_id: int | None = None
    section: str = ""

    @property
    def restricted(self) -> bool:
        return self.role is not None

    @property
    def decides_as(self) -> str:
        """The name this account's decisions (审批, 退回, 批示) are recorded under: a 分管领导's own login; "" where
        whoever decided is typed (the 督查室 records a leader's word given on paper or by phone)."""
        return self.login if self.role is Role.LEADER else ""

    def refusal(self, act: Act, sections: Iterable[int | None] = ()) -> str:
        """Why this person may not do `act` (on a thing of these sections), in their words; "" when they may."""
        if self.role is None or self.role is Role.OFFICE:
            return ""
        if self.role is Role.READER:
            return said("只读账号只能查看和打印")
        if self.role is Role.LEADER:
            if act in LEADER_ACTS:
                return ""
            return said("这一项由承办科室办理") if act in SECTION_ACTS else said("这一项由督查室办理")
        if act not in SECTION_ACTS:
            return said("这一项由督查室办理")
        if self.section_id not in set(sections):
            return said("只能填报本科室牵头或配合的任务和本科室的整改问题")
        return ""


UNRESTRICTED = Rights()
_CACHED = "rights"  # session.info key: the rights read once per transaction (or handed in by the ledger)


def known_rights(session: Session, rights: Rights) -> None:
    """The rights of this connection's login, read when the ledger opened: no need to ask the server again."""
    session.info[_CACHED] = rights


def current_rights(session: Session) -> Rights:
    """The rights of whoever this connection logged in as: on a server, its login in the ledger's list of
    people (ledger_user); not listed (the owner, an account made by hand) or a file: not restricted."""
    if _CACHED in session.info:
        return session.info[_CACHED]  # type: ignore[no-any-return]
    rights = UNRESTRICTED
    if session.get_bind().dialect.name == "postgresql":
        login = str(session.scalar(text("SELECT current_user")) or "")
        row = session.execute(select(LedgerUser.role, LedgerUser.section_id, Section.name)
                              .outerjoin(Section, Section.id == LedgerUser.section_id)
                              .where(LedgerUser.login == login, LedgerUser.disabled.is_(False))).first()
        if row is not None:
            rights = Rights(login, Role(row[0]), row[1], row[2] or "")
    session.info[_CACHED] = rights
    return rights


def task_sections(session: Session, task_id: int) -> list[int | None]:
    """The sections a task's reports may come from: its lead and its co-operating ones, and its parent's."""
    task = session.get(Task, task_id)
    ids: list[int | None] = []
    while task is not None:
        ids.append(task.lead_section_id)
        ids += list(session.scalars(select(task_co_section.c.section_id)
                                    .where(task_co_section.c.task_id == task.id)))
        task = session.get(Task, task.parent_id) if task.parent_id is not None else None
    return ids


def refusals(session: Session, acts: Iterable[Act], *, task_id: int | None = None,
             problem_id: int | None = None) -> dict[Act, str]:
    """Why the person logged in may not do each of `acts` (on this task or problem), the thing's sections read
    once: what the window greys its buttons with, and `require` refuses with; "" for an act they may do."""
    rights = current_rights(session)
    if not rights.restricted:
        return {act: "" for act in acts}
    sections: list[int | None] = []
    if task_id is not None:
        sections = task_sections(session, task_id)
    elif problem_id is not None:
        problem = session.get(Problem, problem_id)
        sections = [problem.section_id] if problem is not None else []
    return {act: rights.refusal(act, sections) for act in acts}


def refusal(session: Session, act: Act, *, task_id: int | None = None, problem_id: int | None = None) -> str:
    return refusals(session, [act], task_id=task_id, problem_id=problem_id)[act]


def require(session: Session, act: Act, *, task_id: int | None = None, problem_id: int | None = None) -> None:
    """Refuse (RuleError) a change the person logged in may not make; nothing is written then."""
    why = refusal(session, act, task_id=task_id, problem_id=problem_id)
    if why:
        rights = current_rights(session)
        raise RuleError("{login}（{role}{section}）不能{act}：{why}。", login=rights.login,
                        role=rights.role.label if rights.role else "",
                        section=f"：{rights.section}" if rights.section else "", act=ACT_WORDS[act], why=why)


def decided_by(session: Session, typed: str) -> str:
    """Who a decision is recorded as deciding (审批人, 审核人, 批示领导): as typed; a 分管领导's account decides in
    its own name only, so blank or its login gives its login and another name is refused."""
    own = current_rights(session).decides_as
    if not own:
        return typed
    if typed.strip() not in ("", own):
        raise RuleError("{login}（分管领导）只能以本人名义办理，不能记在“{typed}”名下。", login=own,
                        typed=typed.strip())
    return own
