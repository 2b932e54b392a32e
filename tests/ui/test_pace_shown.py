"""序时进度 where a person reads progress: each report's class in the editor's timeline, last period's report's
class on the 会议录入 card, and on the projector's row beside last and this period's reports."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from pytestqt.modeltest import ModelTester

from models.domain import directory
from models.domain.deadlines import parse_deadline
from models.domain.enums import Light, Pace
from models.domain.milestones import from_text, set_milestones
from models.domain.progress import add_progress
from models.domain.tasks import TaskDraft, create_task
from models.ledger import Ledger
from tests.fixtures.day import TODAY
from ui.item_models.projector_model import LAST, THIS, ProjectorModel, ProjectorRow
from ui.item_models.timeline_model import PACE_COLUMN
from ui.main_window import MainWindow

from .helpers import answer_dialogs


@pytest.fixture
def window_data(ledger: Ledger) -> int:
    """A task to be at 10% by January and 30% by March: February's report at 20% (超进度 against January's 10%),
    March's at 25% (欠进度 against 30%), and one without milestones."""
    with ledger.begin() as session:
        section = directory.section(session, "测试员", "组织科").id
        task = create_task(session, "测试员", TaskDraft(2026, "推进党建示范点建设", lead_section_id=section,
                                                       deadline=parse_deadline("12月底前", 2026)))
        set_milestones(session, "测试员", task.id, from_text("1月10%、3月30%、12月100%", 2026))
        add_progress(session, "测试员", task.id, "确定示范点名单", period="2026-02", percent=20,
                     entry_date=TODAY.replace(month=2, day=26))
        add_progress(session, "测试员", task.id, "示范点建设方案待审定", period="2026-03", percent=25,
                     entry_date=TODAY.replace(day=20))
        plain = create_task(session, "测试员", TaskDraft(2026, "完善干部档案", lead_section_id=section))
        add_progress(session, "测试员", plain.id, "已整理一半", period="2026-02", percent=50,
                     entry_date=TODAY.replace(month=2, day=26))
        return task.id


def test_the_timeline_classes_each_report(window: MainWindow, window_data: int, qtmodeltester: ModelTester) -> None:
    assert window.list_pane.select_task(window_data)
    model = window.editor.timeline_model
    assert model.headerData(PACE_COLUMN, Qt.Orientation.Horizontal) == "序时进度"
    assert not window.editor.timeline.isColumnHidden(PACE_COLUMN)
    shown = [(model.index(row, 1).data(), model.index(row, PACE_COLUMN).data()) for row in range(model.rowCount())]
    assert shown == [("示范点建设方案待审定", "欠进度"), ("确定示范点名单", "超进度")]
    assert model.index(0, PACE_COLUMN).data(Qt.ItemDataRole.ForegroundRole).name() == "#b36b00"  # amber
    assert "欠进度" in model.full_text(0).splitlines()[0]  # the line under the list says it too
    qtmodeltester.check(model)


def test_the_meeting_card_and_the_projector_say_where_each_report_stands(window: MainWindow,
                                                                      window_data: int) -> None:
    window.registry.meeting.trigger()
    answer_dialogs(window, lambda dialog: None)
    page = window.meeting_page
    page.new_meeting()  # March's meeting: last period is February
    page.go_to(window_data)
    assert page.last_time.text() == "（2026年2月，超进度）确定示范点名单"
    plain = next(row.id for row in window.context.rows if row.title == "完善干部档案")
    page.go_to(plain)
    assert page.last_time.text() == "（2026年2月）已整理一半"  # no milestones: no class
    view = window.projector.start(QSize(1366, 768))
    assert view is not None
    row, other = view.model.row_of(window_data), view.model.row_of(plain)
    assert view.model.index(row, LAST).data() == "（2026年2月，超进度）确定示范点名单"
    assert view.model.index(row, THIS).data() == "【欠进度】示范点建设方案待审定"
    assert view.model.index(other, THIS).data() == "（本期未反馈）"
    view.close()


def test_the_projector_model_with_classes_is_a_sound_item_model(qtmodeltester: ModelTester) -> None:
    model = ProjectorModel()
    model.replace_rows([ProjectorRow(1, "1.1", "任务甲", 0, "6月底前", Light.YELLOW, "2026-02", "上期说的", "本期说的",
                                     Pace.ON_SCHEDULE, Pace.BEHIND)])
    qtmodeltester.check(model)
    assert model.index(0, LAST).data() == "（2026年2月，达进度）上期说的"
    assert model.index(0, THIS).data() == "【欠进度】本期说的"
