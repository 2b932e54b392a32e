"""Named people on a server ledger: each logs in under their own account, the trail names that account, and
what each may do follows their role — 督查 everything, a 科室 its own tasks' reports, 只读 nothing but reading;
nobody but the owner can rewrite the trail."""

from __future__ import annotations

import io
import itertools
import os
from dataclasses import replace

import pytest
from sqlalchemy import select, text

from changes.directory import save_settings
from changes.people import add_person, disable_person, parse_role, people
from changes.progress import ProgressDraft, enter_progress
from changes.tasks import StatusChange, set_status
from cli.commands import run_command
from cli.parser import build_parser
from models.domain import directory
from models.domain.entities import AuditEntry
from models.domain.enums import ProgressKind, Status
from models.domain.rights import Act, Role
from models.domain.tasks import TaskDraft, create_task, get_task
from models.errors import LedgerError, LedgerReadOnly, RuleError
from models.ledger import Ledger
from models.server.ledger import ServerLedger, open_server_ledger

_numbers = itertools.count(1)


def login(name: str) -> str:
    """Roles belong to the whole test cluster: each test's people get names of their own."""
    return f"{name}_{os.getpid()}_{next(_numbers)}"


@pytest.fixture
def office(ledger: Ledger) -> ServerLedger:
    if not isinstance(ledger, ServerLedger):
        pytest.skip("a file ledger has one user at a time and no accounts")
    return ledger


def as_person(office: ServerLedger, name: str) -> ServerLedger:
    return open_server_ledger(replace(office.address, user=name), "口令123")


def two_tasks(office: ServerLedger) -> tuple[int, int]:
    with office.begin() as session:
        ours, theirs = directory.section(session, "测试员", "组织科"), directory.section(session, "测试员", "干部科")
        own = create_task(session, "测试员", TaskDraft(2026, "建立党员档案", lead_section_id=ours.id)).id
        other = create_task(session, "测试员", TaskDraft(2026, "干部调研", lead_section_id=theirs.id)).id
    return own, other


def test_a_section_reports_on_its_own_tasks_only_and_the_office_closes(office: ServerLedger) -> None:
    own, other = two_tasks(office)
    clerk, head = login("zzk"), login("dcs")
    add_person(office, clerk, Role.SECTION, "组织科", "口令123")
    add_person(office, head, Role.OFFICE, password="口令123")
    section = as_person(office, clerk)
    try:
        assert section.actor == clerk  # not what the PC calls its user
        enter_progress(section, own, ProgressDraft("已建档80%", percent=80))
        enter_progress(section, own, ProgressDraft("全部建档", percent=100, kind=ProgressKind.FEEDBACK,
                                                   status=Status.COMPLETED, seen=Status.IN_PROGRESS))
        with pytest.raises(RuleError) as refused:
            enter_progress(section, other, ProgressDraft("代为填报"))
        assert clerk in str(refused.value) and "组织科" in str(refused.value) and "本科室" in str(refused.value)
        with pytest.raises(RuleError) as refused:
            set_status(section, own, StatusChange(Status.CLOSED, "验收合格", seen=Status.COMPLETED))
        assert "销号" in str(refused.value) and "督查室" in str(refused.value)
        with pytest.raises(RuleError):
            save_settings(section, {"org_name": "改掉单位名称"})
    finally:
        section.close()
    checker = as_person(office, head)
    try:
        set_status(checker, own, StatusChange(Status.CLOSED, "验收合格", seen=Status.COMPLETED))
    finally:
        checker.close()
    with office.reading() as session:
        assert get_task(session, own).closed_by == head
        actors = set(session.scalars(select(AuditEntry.actor).where(AuditEntry.entity_id == own,
                                                                   AuditEntry.entity == "task")))
    assert {clerk, head} <= actors


def test_the_trail_names_the_account_whatever_the_pc_says_and_cannot_be_rewritten(office: ServerLedger) -> None:
    own, _other = two_tasks(office)
    clerk = login("zzk")
    add_person(office, clerk, Role.SECTION, "组织科", "口令123")
    section = as_person(office, clerk)
    try:
        section.actor = "Administrator"  # what every PC's login is called
        enter_progress(section, own, ProgressDraft("已建档"))
        with pytest.raises(LedgerError) as refused, section.begin() as session:
            session.execute(text("UPDATE audit_entry SET actor = 'someone'"))
        assert "没有权限" in str(refused.value)
        with pytest.raises(LedgerError), section.begin() as session:
            session.execute(text("DELETE FROM audit_entry"))
        with pytest.raises(LedgerError), section.begin() as session:
            session.execute(text("UPDATE ledger_user SET role = 'office'"))
    finally:
        section.close()
    with office.reading() as session:
        newest = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert newest.actor == clerk


def test_a_reader_opens_read_only_and_a_disabled_account_cannot_log_in(office: ServerLedger) -> None:
    two_tasks(office)
    leader, clerk = login("ld"), login("zzk")
    add_person(office, leader, Role.READER, password="口令123")
    add_person(office, clerk, Role.SECTION, "组织科", "口令123")
    reader = as_person(office, leader)
    try:
        assert reader.read_only
        with pytest.raises(LedgerReadOnly):
            reader.begin().__enter__()
        assert "只读" in reader.rights().refusal(Act.REPORT)  # what the window greys its buttons with
    finally:
        reader.close()
    disable_person(office, clerk)
    listed = {row.login: row for row in people(office)}
    assert listed[clerk].disabled and listed[leader].role is Role.READER
    with pytest.raises(LedgerError):
        as_person(office, clerk).close()


def test_accounts_are_refused_on_a_file_and_a_role_is_read_as_written() -> None:
    assert parse_role("科室：组织科") == (Role.SECTION, "组织科")
    assert parse_role("督查") == (Role.OFFICE, "")
    for wrong in ("科室", "局长", "只读:组织科"):
        with pytest.raises(RuleError):
            parse_role(wrong)


def test_users_on_the_command_line(office: ServerLedger, monkeypatch: pytest.MonkeyPatch) -> None:
    two_tasks(office)
    clerk = login("zzk")
    url = office.address.display
    monkeypatch.setattr("sys.stdin", io.StringIO("口令123\n"))
    out = io.StringIO()
    assert run_command(build_parser().parse_args(
        ["users", "add", clerk, "--role", "科室:组织科", "--password-stdin", "--db", url]), out) == 0
    assert clerk in out.getvalue() and "组织科" in out.getvalue()
    out = io.StringIO()
    assert run_command(build_parser().parse_args(["users", "list", "--db", url]), out) == 0
    assert clerk in out.getvalue() and "科室：组织科" in out.getvalue()
    assert run_command(build_parser().parse_args(
        ["users", "add", login("x"), "--role", "局长", "--password-stdin", "--db", url]), io.StringIO()) == 1


def test_the_owner_and_a_login_of_the_server_are_kept_as_they_are(office: ServerLedger) -> None:
    two_tasks(office)
    with pytest.raises(RuleError) as refused:  # the owner made a 督查 account would lock IT out
        add_person(office, office.address.user, Role.OFFICE, password="口令123")
    assert "所有者" in str(refused.value)
    known = login("ld")
    with office.begin() as session:  # a login the server has already, for another ledger
        session.execute(text(f'CREATE ROLE "{known}" LOGIN PASSWORD ' + "'原来的密码'"))
        before = session.scalar(text("SELECT rolpassword FROM pg_authid WHERE rolname = :name"), {"name": known})
    assert add_person(office, known, Role.READER, password="新密码") is False
    with office.reading() as session:
        after = session.scalar(text("SELECT rolpassword FROM pg_authid WHERE rolname = :name"), {"name": known})
    assert after == before  # its password still opens the other ledger


def test_a_persons_account_does_not_try_an_upgrade_it_cannot_make(office: ServerLedger) -> None:
    from models.file.paths import data_dir

    two_tasks(office)
    clerk = login("zzk")
    add_person(office, clerk, Role.SECTION, "组织科", "口令123")
    with office.begin() as session:  # as if a newer program had come after the last upgrade
        head = session.scalar(text("SELECT version_num FROM alembic_version"))
        session.execute(text("UPDATE alembic_version SET version_num = '0015'"))
    try:
        with pytest.raises(LedgerError) as refused:
            as_person(office, clerk)
        assert "信息管理员" in str(refused.value) and "所有者" in str(refused.value)
        assert not list(data_dir().glob("**/*before-migration*"))  # no copy made for nothing
    finally:
        with office.begin() as session:
            session.execute(text("UPDATE alembic_version SET version_num = :head"), {"head": head})


def test_a_sections_account_writes_no_supervision_entry(office: ServerLedger) -> None:
    own, _other = two_tasks(office)
    clerk = login("zzk")
    add_person(office, clerk, Role.SECTION, "组织科", "口令123")
    section = as_person(office, clerk)
    try:
        with pytest.raises(RuleError) as refused:
            enter_progress(section, own, ProgressDraft("本科室自行督办", kind=ProgressKind.SUPERVISION))
        assert "督办单" in str(refused.value) or "督查室" in str(refused.value)
    finally:
        section.close()
