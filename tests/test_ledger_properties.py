"""Random sequences of what a clerk does, through the window's controller: the ledger's rules always hold."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select, text

from changes.progress import ProgressDraft
from models.domain import directory
from models.domain.deadlines import parse_deadline
from models.domain.entities import AuditEntry, Task
from models.domain.enums import Light, Status
from models.domain.lights import LightRules
from models.domain.tasks import TaskDraft
from models.domain.text import normalise_text
from models.file.ledger import create_ledger
from models.read.counting import Counting
from models.read.queries import TaskRow, task_rows
from models.read.stats import section_stats
from tests.fixtures.day import TODAY
from ui.controller import LedgerController

TITLES = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=30) \
    .filter(lambda title: title.strip() != "")
DEADLINES = st.sampled_from(["3月底前", "6月30日前", "第三季度", "长期坚持", "每月", "2026年12月31日", "1月底前",
                             "待定", "视情况而定"])


def picture(rows: list[TaskRow]) -> list[tuple[object, ...]]:
    """What a user sees of each task: where it is, what it says, how it stands."""
    return [(r.code, r.parent_id, r.title, r.lead_section, r.status, r.percent, r.deadline_display, r.measures,
             r.latest_progress) for r in rows]


class ClerkSession(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.app = QCoreApplication.instance() or QCoreApplication([])
        self.folder = Path(tempfile.mkdtemp(prefix="luoshi-props-"))
        self.ledger = create_ledger(self.folder / "ledger.sqlite", org_name="测试", year=2026, actor="测试员")
        with self.ledger.begin() as session:
            self.sections = [directory.section(session, "测试员", name).id for name in ("组织科", "干部科")]
        self.controller = LedgerController(self.ledger)
        for title in ("建强基层组织", "完善干部考核"):
            self.controller.create(TaskDraft(2026, title, lead_section_id=self.sections[0]))
        self.controller.undo_stack.clear()  # the start that undoing everything must come back to
        self.start = picture(self.rows())
        self.audit_rows = self.audit_count()
        self.saved_commands = 0

    def teardown(self) -> None:
        self.ledger.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # --- reading ----------------------------------------------------------------------------
    def rows(self) -> list[TaskRow]:
        with self.ledger.reading() as session:
            return task_rows(session, 2026, TODAY, LightRules())

    def audit_count(self) -> int:
        with self.ledger.reading() as session:
            return session.scalar(select(func.count()).select_from(AuditEntry)) or 0

    def deleted(self) -> list[int]:
        with self.ledger.reading() as session:
            return list(session.scalars(select(Task.id).where(Task.deleted_at.is_not(None))))

    def did(self, saved: bool) -> None:
        """A saved change writes at least one audit row; a refused one writes nothing."""
        after = self.audit_count()
        assert (after > self.audit_rows) if saved else (after == self.audit_rows)
        self.audit_rows = after

    # --- what the clerk does -----------------------------------------------------------------
    @rule(title=TITLES, section=st.integers(0, 1), under=st.integers(0, 50), as_subtask=st.booleans())
    def create(self, title: str, section: int, under: int, as_subtask: bool) -> None:
        rows = self.rows()
        parent = rows[under % len(rows)].id if as_subtask and rows else None
        created = self.controller.create(TaskDraft(2026, title, parent_id=parent,
                                                   lead_section_id=self.sections[section]))
        self.did(created is not None)

    @precondition(lambda self: bool(self.rows()))
    @rule(which=st.integers(0, 50), title=TITLES, measures=st.text(max_size=40))
    def edit(self, which: int, title: str, measures: str) -> None:
        rows = self.rows()
        row = rows[which % len(rows)]
        # As the ledger keeps text: an edit that only differs by a control character changes nothing.
        changed = (normalise_text(title).strip(), normalise_text(measures)) != (row.title, row.measures)
        saved = self.controller.edit(row.id, {"title": title, "measures": measures})
        self.did(saved and changed)

    @precondition(lambda self: bool(self.rows()))
    @rule(which=st.integers(0, 50), words=TITLES, percent=st.integers(0, 100))
    def progress(self, which: int, words: str, percent: int) -> None:
        rows = self.rows()
        self.did(self.controller.add_progress(rows[which % len(rows)].id, ProgressDraft(
            words, period="2026-03", percent=percent, entry_date=TODAY)))

    @precondition(lambda self: bool(self.rows()))
    @rule(which=st.integers(0, 50), deadline=DEADLINES, reason=TITLES)
    def extend(self, which: int, deadline: str, reason: str) -> None:
        rows = self.rows()
        self.did(self.controller.extend(rows[which % len(rows)].id, parse_deadline(deadline, 2026), reason))

    @precondition(lambda self: bool(self.rows()))
    @rule(which=st.integers(0, 50), status=st.sampled_from([Status.COMPLETED, Status.CLOSED, Status.IN_PROGRESS,
                                                             Status.SUSPENDED]))
    def change_status(self, which: int, status: Status) -> None:
        rows = self.rows()
        self.did(self.controller.set_status(rows[which % len(rows)].id, status, note="已办结，同意销号"))

    @precondition(lambda self: bool(self.rows()))
    @rule(which=st.integers(0, 50))
    def delete(self, which: int) -> None:
        rows = self.rows()
        self.did(self.controller.delete(rows[which % len(rows)].id))

    @precondition(lambda self: bool(self.deleted()))
    @rule(which=st.integers(0, 50))
    def restore(self, which: int) -> None:
        gone = self.deleted()
        task_id = gone[which % len(gone)]
        with self.ledger.reading() as session:
            parent_id = session.get(Task, task_id).parent_id  # type: ignore[union-attr]
            parent_gone = parent_id is not None and session.get(Task, parent_id).deleted_at is not None  # type: ignore[union-attr]
        saved = self.controller.restore(task_id)
        self.did(saved)
        assert not (saved and parent_gone) or task_id in {r.id for r in self.rows()}

    @rule()
    def undo(self) -> None:
        if self.controller.undo_stack.canUndo():
            self.controller.undo_stack.undo()
            self.did(True)  # undo is a change too, and the trail records it

    @rule()
    def redo(self) -> None:
        if self.controller.undo_stack.canRedo():
            self.controller.undo_stack.redo()
            self.did(True)

    # --- what must always be true -------------------------------------------------------------
    @invariant()
    def no_orphans_and_the_file_is_sound(self) -> None:
        with self.ledger.reading() as session:
            connection = session.connection()
            assert connection.execute(text("PRAGMA foreign_key_check")).fetchall() == []
            orphans = connection.execute(text(
                "SELECT t.id FROM task t JOIN task p ON p.id = t.parent_id "
                "WHERE t.deleted_at IS NULL AND p.deleted_at IS NOT NULL")).fetchall()
            assert orphans == [], "a shown task under a deleted one"

    @invariant()
    def statistics_count_what_the_tree_shows(self) -> None:
        rows = self.rows()
        report = section_stats(rows, 2026, TODAY, ["组织科", "干部科"])
        counted = [r for r in rows if r.parent_id is None and r.status != Status.CANCELLED]
        assert report.totals.total == len(counted)
        assert report.totals.finished == sum(r.status in (Status.COMPLETED, Status.CLOSED) for r in counted)
        # The counting rule: a task is 逾期 when it or a subtask (not cancelled) of it is, however deep.
        parent_of = {r.id: r.parent_id for r in rows}

        def top_of(row_id: int) -> int:
            while parent_of.get(row_id) is not None:
                row_id = parent_of[row_id] or row_id
            return row_id
        late_tops = {top_of(r.id) for r in rows if r.overdue and r.status != Status.CANCELLED}
        assert report.totals.overdue == sum(r.id in late_tops for r in counted)

    @invariant()
    def a_red_light_is_exactly_an_overdue_task(self) -> None:
        """The list's lights and every 逾期 count come from one rule: as many red rows as rows 逾期, and the
        tasks the count names are those a red light shows in."""
        rows = self.rows()
        assert [r.id for r in rows if r.light is Light.RED] == [r.id for r in rows if r.overdue]
        counting = Counting(rows)
        red_tops = {counting.top[r.id] for r in rows if r.light is Light.RED and r.status != Status.CANCELLED}
        assert red_tops == counting.overdue
        assert counting.tally(rows).overdue == section_stats(rows, 2026, TODAY, ["组织科", "干部科"]).totals.overdue

    def undo_everything_returns_to_the_start(self) -> None:
        while self.controller.undo_stack.canUndo():
            self.controller.undo_stack.undo()
        assert picture(self.rows()) == self.start


class ClerkSessionEndingInUndo(ClerkSession):
    def teardown(self) -> None:
        try:
            self.undo_everything_returns_to_the_start()
        finally:
            super().teardown()


ClerkSessionEndingInUndo.TestCase.settings = settings(
    max_examples=25, stateful_step_count=25, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
test_random_clerk_sessions_keep_the_ledger_whole = ClerkSessionEndingInUndo.TestCase
