"""Accounts on a server ledger, one per person: added with a role (督查, 科室, 分管领导, 只读), listed, disabled.

Run by IT with the owner's address: each person is one PostgreSQL login role with grants on this ledger's
tables only, never the owner's rights; nobody but the owner can change or remove the audit trail or the list
of people. A file ledger has one user at a time and no accounts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from models.domain import audit
from models.domain.entities import LedgerUser, Section
from models.domain.rights import ROLE_LABELS, Role, current_rights
from models.errors import RuleError
from models.ledger import Ledger
from models.server.grants import grant, quoted, revoke

# A login as PostgreSQL and the address take it without quoting trouble: letters, digits, _ and Chinese.
_LOGIN = re.compile(r"[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_\u4e00-\u9fff]*")
ROLE_WORDS = {"督查": Role.OFFICE, "科室": Role.SECTION, "分管领导": Role.LEADER, "只读": Role.READER}
@dataclass(frozen=True)
class PersonRow:
    login: str
    role: Role
    section: str
    disabled: bool
    added_on: datetime
    added_by: str


def parse_role(words: str) -> tuple[Role, str]:
    """"督查", "分管领导", "只读" or "科室:组织科" (a full-width colon too): the role and, for a 科室, its name."""
    kind, _, section = words.replace("：", ":").partition(":")
    role = ROLE_WORDS.get(kind.strip())
    if role is None or (role is Role.SECTION) != bool(section.strip()):
        raise RuleError("角色“{words}”不对：应为 督查、分管领导、只读，或 科室:科室名称（如 科室:组织科）。",
                        words=words)
    return role, section.strip()


def _check_server(ledger: Ledger) -> None:
    if not ledger.is_server:
        raise RuleError("台账文件一次只有一个人使用，不设账号；多人使用请把台账搬到服务器上（main.py migrate）。")


def _check_owner(session: Session) -> None:
    if current_rights(session).restricted:
        raise RuleError("账号由信息管理员用台账所有者的账号管理，个人账号不能添加或停用账号。")


def add_person(ledger: Ledger, login: str, role: Role, section: str = "", password: str | None = None) -> bool:
    """A login made (or, existing on the server already, given this ledger with its own password kept), its
    grants, and its row: in one transaction, as the server makes roles transactionally too. True when the
    login was made; False when it existed and keeps its password."""
    _check_server(ledger)
    login = login.strip()
    if not _LOGIN.fullmatch(login) or len(login.encode()) > 63 or login.lower().startswith("pg_"):
        raise RuleError("账号名“{login}”不能用：请用字母、数字、下划线或汉字，不以数字开头，不超过 21 个汉字。",
                        login=login)
    if password is not None and ("\x00" in password or not password.strip()):
        raise RuleError("密码不能为空，也不能含有不可见的控制字符。")
    with ledger.begin() as session:
        _check_owner(session)
        if session.scalar(select(LedgerUser.id).where(LedgerUser.login == login)) is not None:
            raise RuleError("台账里已经有账号 {login}；要停用请用 users disable。", login=login)
        section_id = None
        if role is Role.SECTION:
            section_id = session.scalar(select(Section.id).where(Section.name == section))
            if section_id is None:
                raise RuleError("台账里没有名为“{name}”的科室。", name=section)
        owner, may_make = session.execute(text(
            "SELECT current_user, rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user")).one()
        if login == owner:
            raise RuleError("{login} 是台账所有者（信息管理员）的账号，不能再作为个人账号添加："
                            "请给每个人另起一个账号名。", login=login)
        if not may_make:
            raise RuleError("台账所有者的账号 {owner} 没有建立账号的权限：请数据库管理员先执行 "
                            "ALTER ROLE {owner} CREATEROLE; 再添加账号。", owner=owner)
        who = quoted(login)
        exists = session.execute(text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = :login"),
                                 {"login": login}).first()
        if exists is not None and exists[0]:
            raise RuleError("服务器上的 {login} 是管理员账号，不能作为个人账号使用：请另起一个账号名。", login=login)
        if exists is None:
            secret = "" if password is None else " PASSWORD '" + password.replace("'", "''") + "'"
            session.execute(text(f"CREATE ROLE {who} LOGIN{secret}"))
        # A login the server has already (the same person on another ledger) keeps its password: resetting it
        # would lock them out of the other ledger. It is only given this ledger's grants.
        grant(session, login, role)
        person = LedgerUser(login=login, role=role.value, section_id=section_id, disabled=False,
                            created_at=datetime.now(), created_by=ledger.actor)
        session.add(person)
        session.flush()
        audit.record(session, ledger.actor, "create", "person", person.id, "role", None,
                     f"{ROLE_LABELS[role]}{':' + section if section else ''}")
        return exists is None


def disable_person(ledger: Ledger, login: str) -> None:
    """The person can no longer log in nor read this ledger; their changes stay in the trail under their name."""
    _check_server(ledger)
    with ledger.begin() as session:
        _check_owner(session)
        person = session.scalar(select(LedgerUser).where(LedgerUser.login == login.strip()))
        if person is None:
            raise RuleError("台账里没有账号 {login}。", login=login)
        if person.disabled:
            raise RuleError("账号 {login} 已经停用。", login=login)
        revoke(session, person.login)
        person.disabled = True
        audit.record(session, ledger.actor, "disable", "person", person.id, "disabled", False, True)


def people(ledger: Ledger) -> list[PersonRow]:
    _check_server(ledger)
    with ledger.reading() as session:
        rows = session.execute(select(LedgerUser, Section.name).outerjoin(Section, Section.id == LedgerUser.section_id)
                               .order_by(LedgerUser.disabled, LedgerUser.role, LedgerUser.login)).all()
    return [PersonRow(user.login, Role(user.role), name or "", user.disabled, user.created_at, user.created_by)
            for user, name in rows]
