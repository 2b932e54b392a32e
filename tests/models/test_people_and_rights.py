"""Named people on a server ledger: each logs in under their own account, the trail names that account, and
what each may do follows their role — 督查 everything, a 科室 its own tasks' reports, a 分管领导 the decisions in
their own name, 只读 nothing but reading; nobody but the owner can rewrite the trail."""

from __future__ import annotations

import contextlib
import io
import itertools
import os
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select, text

from changes.directory import save_settings
from changes.instructions import NamedAssignment, instruct
from changes.people import add_person, disable_person, parse_role, people
from changes.progress import ProgressDraft, enter_progress
from changes.supervision import ask_extension, decide_extension, return_task
from changes.tasks import StatusChange, set_status
from cli.commands import run_command
from cli.parser import build_parser
from models.domain import directory
from models.domain.deadlines import Deadline
from models.domain.entities import AuditEntry, Extension
from models.domain.enums import DeadlineKind, ProgressKind, Status
from models.domain.instructions import InstructionDraft
from models.domain.rights import LEADER_ACTS, Act, Rights, Role
from models.domain.tasks import TaskDraft, create_task, get_task
from models.errors import LedgerError, LedgerReadOnly, RuleError
from models.ledger import Ledger
from models.read.supervision import extension_requests
from models.read.task_detail import task_detail
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
    assert parse_role(" 分管领导 ") == (Role.LEADER, "")
    for wrong in ("科室", "局长", "只读:组织科", "分管领导:组织科"):
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
    leader = login("fgld")
    monkeypatch.setattr("sys.stdin", io.StringIO("口令123\n"))
    out = io.StringIO()
    assert run_command(build_parser().parse_args(
        ["users", "add", leader, "--role", "分管领导", "--password-stdin", "--db", url]), out) == 0
    assert f"{leader}（分管领导）" in out.getvalue()
    out = io.StringIO()
    assert run_command(build_parser().parse_args(["users", "list", "--db", url]), out) == 0
    assert f"{leader}\t分管领导\t" in out.getvalue()
    failed = io.StringIO()
    with contextlib.redirect_stderr(failed):
        assert run_command(build_parser().parse_args(
            ["users", "add", login("x"), "--role", "局长", "--password-stdin", "--db", url]), io.StringIO()) == 1
    assert "分管领导" in failed.getvalue()  # the roles there are, told with the refusal


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


def test_a_leader_decides_returns_and_gives_instructions_on_any_task_and_nothing_else() -> None:
    leader = Rights("张副部长", Role.LEADER)
    for act in Act:
        for sections in ([], [1], [None]):  # no section of theirs: any task is theirs to decide on
            why = leader.refusal(act, sections)
            if act in LEADER_ACTS:
                assert why == ""
            elif act in (Act.REPORT, Act.RECTIFY, Act.SIGN, Act.ASK_EXTENSION):
                assert why == "这一项由承办科室办理"
            else:
                assert why == "这一项由督查室办理"
    assert {Act.DECIDE_EXTENSION, Act.RETURN, Act.INSTRUCT} == LEADER_ACTS
    assert leader.decides_as == "张副部长" and Rights("李明", Role.OFFICE).decides_as == ""
    assert Role.LEADER.label == "分管领导"


def _leaders_tasks(office: ServerLedger) -> tuple[int, int, int]:
    """Two tasks with a 延期申请 waiting and one reported 已办结, of two sections."""
    due = Deadline(DeadlineKind.DATE, date(2026, 6, 30))
    with office.begin() as session:
        ours, theirs = directory.section(session, "测试员", "组织科"), directory.section(session, "测试员", "干部科")
        asked = create_task(session, "测试员", TaskDraft(2026, "建立党员档案", lead_section_id=ours.id,
                                                        deadline=due)).id
        refused = create_task(session, "测试员", TaskDraft(2026, "干部调研", lead_section_id=theirs.id,
                                                          deadline=due)).id
        done = create_task(session, "测试员", TaskDraft(2026, "走访党员", lead_section_id=ours.id, deadline=due)).id
    for task_id, reason in ((asked, "等待上级文件"), (refused, "人手不足")):
        ask_extension(office, task_id, Deadline(DeadlineKind.DATE, date(2026, 9, 30)), reason, on=date(2026, 6, 1))
    enter_progress(office, done, ProgressDraft("全部走访", percent=100, kind=ProgressKind.FEEDBACK,
                                               status=Status.COMPLETED, seen=Status.NOT_STARTED))
    return asked, refused, done


def test_a_leaders_account_decides_in_its_own_name_and_is_refused_the_rest(office: ServerLedger) -> None:
    asked, refused, done = _leaders_tasks(office)
    leader = login("张副部长")  # a Chinese login, as the 督办单 prints it
    add_person(office, leader, Role.LEADER, password="口令123")
    mine = as_person(office, leader)
    try:
        assert mine.actor == leader and not mine.read_only  # decisions are written: not a 只读 account
        with pytest.raises(RuleError) as refused_name:  # another's name on their decision: nothing written
            decide_extension(mine, asked, True, by="督查室张敏", on=date(2026, 6, 2))
        assert "本人名义" in str(refused_name.value)
        decide_extension(mine, asked, True, on=date(2026, 6, 2))
        decide_extension(mine, refused, False, answer="节点不能后移", on=date(2026, 6, 2))
        return_task(mine, done, "佐证材料不全", on=date(2026, 6, 3), seen=Status.COMPLETED)
        instruct(mine, 2026, asked, InstructionDraft("", date(2026, 6, 3), "请抓紧推进。"))
        with pytest.raises(RuleError) as refused_assign:  # the 交办 a 批示 starts is a new task: the 督查室's
            instruct(mine, 2026, asked, InstructionDraft(leader, date(2026, 6, 3), "另行交办。"),
                     NamedAssignment("开展专项督查", "组织科"))
        assert "督查室" in str(refused_assign.value)
        with pytest.raises(RuleError) as refused_close:
            set_status(mine, done, StatusChange(Status.CLOSED, "验收合格", seen=Status.IN_PROGRESS))
        assert f"{leader}（分管领导）不能销号" in str(refused_close.value) and "督查室" in str(refused_close.value)
        with pytest.raises(RuleError) as refused_report:
            enter_progress(mine, asked, ProgressDraft("代为填报"))
        assert "不能填报进展" in str(refused_report.value) and "承办科室" in str(refused_report.value)
        with pytest.raises(RuleError):
            save_settings(mine, {"org_name": "改掉单位名称"})
    finally:
        mine.close()
    with office.reading() as session:
        approved, turned_down = extension_requests(session, asked)[0], extension_requests(session, refused)[0]
        assert approved.decided_by == leader and f"{leader}于2026年6月2日同意" in approved.words()
        assert turned_down.decided_by == leader and f"{leader}于2026年6月2日不同意：节点不能后移" in turned_down.words()
        assert session.scalars(select(Extension.approved_by).where(Extension.task_id == asked)).one() == leader
        timeline = [entry.text for entry in task_detail(session, asked).timeline]
        assert f"同意延期至2026年9月30日（{leader}）" in timeline
        assert any(text.startswith(f"{leader}批示：请抓紧推进。") for text in timeline)
        assert task_detail(session, refused).deadline_display == "2026年6月30日"
        assert f"退回重办（{leader}）：佐证材料不全" in [entry.text for entry in task_detail(session, done).timeline]
        assert get_task(session, done).status == Status.IN_PROGRESS
        actors = set(session.scalars(select(AuditEntry.actor).where(AuditEntry.entity == "task",
                                                                   AuditEntry.entity_id.in_([asked, refused]))))
    assert leader in actors
