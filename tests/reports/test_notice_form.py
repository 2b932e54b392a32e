"""The 督办单 as a section receives it: one page, the office's 文号, the boxes to sign, and a 回执 to tear off."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from reportlab.platypus import PageBreak, Paragraph

import changes.year
from main import main
from models.domain import directory
from models.domain.deadlines import parse_deadline
from models.domain.enums import NoticeLevel
from models.domain.progress import add_progress
from models.domain.settings import change_settings
from models.domain.tasks import TaskDraft, create_task
from models.errors import RuleError
from models.ledger import Ledger
from reports.fonts import setup_fonts
from reports.notice import issued_notices, notice_data
from reports.notice_form import write_notice, write_notices
from reports.page import PartStart, build_pdf
from reports.text import style
from tests.reports.pdf_boxes import Page, pages, unembedded_fonts

FONTS = setup_fonts()
LATE_DAY = date(2026, 5, 12)


def _late_task(ledger: Ledger, *, source: str = "", report: str = "已召开专题会议，部署推进工作。") -> int:
    with ledger.begin() as session:
        section = directory.section(session, "测试员", "组织科").id
        helper = directory.section(session, "测试员", "干部科").id
        task = create_task(session, "测试员", TaskDraft(2026, "推进基层党组织标准化建设", lead_section_id=section,
                                                       co_section_ids=[helper], source_text=source,
                                                       deadline=parse_deadline("4月30日前", 2026)))
        for month in range(1, 5):
            add_progress(session, "测试员", task.id, f"{month}月：{report}", period=f"2026-{month:02d}",
                         entry_date=date(2026, month, 20))
        return task.id


def _issue(ledger: Ledger, task_id: int, out: Path) -> list[Page]:
    issued = changes.year.issue(ledger, [task_id], LATE_DAY, 7, late={task_id})
    with ledger.reading() as session:
        write_notices(issued_notices(session, [n.id for n in issued], LATE_DAY), FONTS, out)
    return pages(out)


def _top(page: Page, text: str, below: float = 0.0) -> float:
    return min(w.y0 for w in page.words if text in w.text and w.y0 > below)


def _line(page: Page, label: str) -> str:
    """The words beside `label` on the page, left to right: one line of the form as a reader sees it."""
    top = _top(page, label)
    return "".join(w.text for w in sorted(page.words, key=lambda w: w.x0) if abs(w.y0 - top) < 3)


def test_a_notice_carries_the_offices_number_source_contact_boxes_and_a_reply_slip(ledger: Ledger,
                                                                                   tmp_path: Path) -> None:
    with ledger.begin() as session:
        change_settings(session, "测试员", {"notice_code": "组督", "notice_contact": "李明",
                                            "notice_phone": "0571-88886666"})
    task_id = _late_task(ledger, source="部长批示件")
    out = tmp_path / "notice.pdf"
    [page] = _issue(ledger, task_id, out)
    text = page.text()
    assert "组督〔2026〕1号" in text and "督〔2026〕" not in text.replace("组督〔2026〕", "")
    assert "组织科（牵头）、干部科（配合）：" in text  # the addressee, above the form
    assert _top(page, "组织科（牵头）") < _top(page, "督办事项")
    assert "任务编号0.1交办日期2026年5月12日" in _line(page, "交办日期")
    assert "事项来源□会议■批示□督查（任务来源：部长批示件）" in _line(page, "事项来源")
    assert "已逾期12天" in _line(page, "当前状态")  # 4月30日 to 5月12日
    assert _line(page, "联系人") == "联系人李明联系电话0571-88886666"
    assert "领导批示" in text and "督查室审核意见" in text
    # the 回执 below a cut line, on the same page: number, section and reply time again, a box to fill in
    cut, slip = _top(page, "沿此线剪下"), _top(page, "督办单回执")
    assert _top(page, "领导批示") < cut < slip < _top(page, "办理情况", slip) < _top(page, "科室负责人")
    below = "".join(w.text for w in page.body() if w.y0 > slip)
    assert "组督〔2026〕1号" in below and "组织科" in below and "2026年5月19日前" in below
    assert "□已办结" in below and "报送日期" in below
    assert page.footer() == []  # a one-page form carries no "第1页共1页"
    assert unembedded_fonts(out) == []


def test_a_task_without_a_said_source_came_from_a_meeting(ledger: Ledger, tmp_path: Path) -> None:
    task_id = _late_task(ledger)
    with ledger.reading() as session:
        write_notice(notice_data(session, "0.1", LATE_DAY), FONTS, tmp_path / "n.pdf")
    [page] = pages(tmp_path / "n.pdf")
    assert task_id and _line(page, "事项来源") == "事项来源■会议□批示□督查"
    assert "督〔〕号（发出时编号）" in page.text()  # a preview: the default code, the number given when it goes out


def test_a_three_thousand_character_report_is_cut_and_the_notice_stays_one_page(ledger: Ledger,
                                                                                tmp_path: Path) -> None:
    long_report = "已召开专题会议，部署推进工作。" * 200 + "最新：已完成全部验收。"  # 3,011 characters
    with ledger.begin() as session:
        section = directory.section(session, "测试员", "组织科").id
        task = create_task(session, "测试员", TaskDraft(2026, "推进基层党组织标准化建设", lead_section_id=section,
                                                       deadline=parse_deadline("4月30日前", 2026),
                                                       measures="完善制度，" * 100))
        for month in range(1, 13):
            add_progress(session, "测试员", task.id, long_report, period=f"2026-{month:02d}",
                         entry_date=date(2026, month, 10))
        for n in range(8):  # late subtasks with long titles, listed on the notice
            create_task(session, "测试员", TaskDraft(2026, f"子任务{n}：" + "开展专项整治" * 12, parent_id=task.id,
                                                    lead_section_id=section,
                                                    deadline=parse_deadline("3月31日前", 2026)))
    out = tmp_path / "notice.pdf"
    every = _issue(ledger, task.id, out)
    assert len(every) == 1  # once four pages, the 办理情况 box alone on the last
    text = every[0].text()
    assert "全文见台账" in text and "最新：已完成全部验收。" in text  # its latest part
    assert re.search(r"此前\d+条见台账", text) and "2026年12月10日" in text  # the latest entries, said so
    assert "督办单回执" in text and "办理情况" in text


def test_a_notice_says_whose_lateness_each_count_is_and_names_the_late_subtasks_it_has_room_for(
        ledger: Ledger, tmp_path: Path) -> None:
    """The task 12 days late, fourteen subtasks later still: 当前状态 gives the task's own days, 督办等级 names the
    subtask its 17 days are; 督办子任务 names subtasks by 编号 and title as far as the page holds, then 等共14项,
    and the notice with a long opinion stays one page."""
    task_id = _late_task(ledger)
    with ledger.begin() as session:
        section = directory.section(session, "测试员", "组织科").id
        for n in range(14):
            create_task(session, "测试员", TaskDraft(2026, f"第{n + 1}项子任务：开展党员档案专项审核",
                                                    parent_id=task_id, lead_section_id=section,
                                                    deadline=parse_deadline(f"4月{25 + min(n, 4)}日前", 2026)))
    issued = changes.year.issue(ledger, [task_id], LATE_DAY, 7, late={task_id}, levels={task_id: NoticeLevel.RED},
                                opinion="请组织科高度重视，逐项分析滞后原因，制定整改措施，明确责任人和完成时限。" * 4)
    out = tmp_path / "notice.pdf"
    with ledger.reading() as session:
        write_notices(issued_notices(session, [n.id for n in issued], LATE_DAY), FONTS, out)
    [page] = pages(out)
    assert "已逾期12天" in _line(page, "当前状态") and "子任务14项已逾期" in _line(page, "当前状态")
    assert _line(page, "督办等级").endswith("子任务0.1.1逾期17天")
    label_edge = max(w.x1 for w in page.words if "督办子任务" in w.text)
    level, record = _top(page, "督办等级"), _top(page, "此前")  # the rows above and below the list
    listed = "".join(w.text for w in sorted(page.words, key=lambda w: (round(w.y0), w.x0))
                     if level + 5 < w.y0 < record - 2 and w.x0 > label_edge)
    named = re.findall(r"0\.1\.(\d+)第(\d+)项子任务：开展党员档案专项审核", listed)
    assert len(named) >= 2 and all(code == number for code, number in named), listed
    assert listed.endswith("等共14项（全文见台账）"), listed


def test_a_batch_numbers_each_notice_on_its_own(tmp_path: Path) -> None:
    """Each notice numbers its own pages; one that fits a page has none."""
    body = style(FONTS, 10.5)
    long_part = [Paragraph("一段很长的办理情况记录。" * 20, body) for _ in range(40)]
    out = tmp_path / "parts.pdf"
    build_pdf(out, [PartStart(), *long_part, PageBreak(), PartStart(), Paragraph("一页", body)], FONTS,
              title="督办单", wide=False, parts=True)
    footers = ["".join(w.text for w in page.footer()) for page in pages(out)]
    assert len(footers) >= 3 and footers[-1] == ""
    assert footers[:-1] == [f"第{n}页共{len(footers) - 1}页" for n in range(1, len(footers))]


REFUSED_DAYS = "反馈时限应是 1 到 365 之间的整数天数"


def test_a_reply_time_that_is_not_after_the_day_is_refused(ledger: Ledger, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """−5, 0 and 400 days are refused in one message, by a preview (--dry-run) as by a real run, and nothing is
    numbered."""
    task_id = _late_task(ledger)
    for days in (-5, 0, 400):
        with pytest.raises(RuleError, match=REFUSED_DAYS):
            changes.year.issue(ledger, [task_id], LATE_DAY, days)
    place = ledger.place
    ledger.close()
    out = tmp_path / "n.pdf"
    for days in ("-5", "0", "400"):
        for dry_run in ([], ["--dry-run"]):
            with pytest.raises(SystemExit) as refused:
                main(["report", "notice", "--db", str(place), "--task", "0.1", "--as-of", "2026-05-12",
                      "--reply-days", days, *dry_run, "--out", str(out)])
            assert refused.value.code == 2
            assert f"{REFUSED_DAYS}，收到的是“{days}”" in capsys.readouterr().err and not out.exists()


def test_a_preview_is_dated_and_worded_as_the_notice_that_goes_out(ledger: Ledger, tmp_path: Path) -> None:
    """--dry-run with --reply-days 3 and an --opinion shows the 反馈时限 three days on and that opinion, as the real
    run then prints them."""
    _late_task(ledger)
    place = ledger.place
    ledger.close()
    asked = ["--task", "0.1", "--as-of", "2026-05-12", "--reply-days", "3", "--opinion", "请于三日内说明逾期原因。"]
    for name, dry_run in (("preview.pdf", ["--dry-run"]), ("sent.pdf", [])):
        assert main(["report", "notice", "--db", str(place), *asked, *dry_run, "--out", str(tmp_path / name)]) == 0
    for name in ("preview.pdf", "sent.pdf"):
        [page] = pages(tmp_path / name)
        text = page.text()
        assert "请于2026年5月15日前报送办理情况" in text and "2026年5月19日" not in text, name  # not the 7 days set
        assert "请于三日内说明逾期原因。" in text, name


def test_a_notice_keeps_the_code_it_went_out_with_when_the_office_changes_it(ledger: Ledger,
                                                                            tmp_path: Path) -> None:
    task_id = _late_task(ledger)
    first = changes.year.issue(ledger, [task_id], LATE_DAY, 7)
    with ledger.begin() as session:
        change_settings(session, "测试员", {"notice_code": "组督"})
    again = changes.year.issue(ledger, [task_id], LATE_DAY, 7, again=True)  # a 催办, under the new code
    out = tmp_path / "both.pdf"
    with ledger.reading() as session:
        write_notices(issued_notices(session, [n.id for n in first + again], LATE_DAY), FONTS, out)
    earlier, later = (page.text() for page in pages(out))
    assert "督〔2026〕1号" in earlier and "组督" not in earlier  # the paper that went out, reprinted as it was
    assert "组督〔2026〕2号" in later and "前已于5月12日发出督〔2026〕1号督办单" in later
