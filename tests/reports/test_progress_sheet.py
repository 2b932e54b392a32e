"""The progress sheet read back from the PDF: every task and report, fonts embedded, headers, numbering."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from models.domain import directory
from models.domain.deadlines import parse_deadline
from models.domain.progress import add_progress
from models.domain.tasks import TaskDraft, create_task
from models.ledger import Ledger
from reports.fonts import FontSetup, covers, has_truetype_outlines, setup_fonts
from reports.progress_sheet import ProgressSheetOptions, progress_sheet_data, write_progress_sheet
from tests.fixtures.day import TODAY

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = "<b>不是粗体</b> & 5 < 6 \"引号\" 'single' 😀 表情"


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pages_text(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def fill(ledger: Ledger, count: int, long_text: str = "") -> list[tuple[str, str]]:
    """`count` tasks over two sections, each with a report this month; returns (title, report) pairs."""
    pairs = []
    with ledger.begin() as session:
        sections = [directory.section(session, "测试员", name).id for name in ("组织科", "干部科")]
        for i in range(count):
            task = create_task(session, "测试员", TaskDraft(
                2026, f"第{i + 1}项任务：推进基层党组织标准化建设，落实“三会一课”制度", lead_section_id=sections[i % 2],
                deadline=parse_deadline("6月底前", 2026)))
            text = long_text or f"第{i + 1}项进展：已召开专题会议，部署推进工作，形成阶段成果。"
            add_progress(session, "测试员", task.id, text, period="2026-03", entry_date=TODAY)
            pairs.append((task.title, text))
    return pairs


def write(ledger: Ledger, out: Path, fonts: FontSetup | None = None, **options: object) -> int:
    with ledger.reading() as session:
        data = progress_sheet_data(session, ProgressSheetOptions(as_of=TODAY, **options), today=TODAY)  # type: ignore[arg-type]
    return write_progress_sheet(data, fonts or setup_fonts(), out)


def test_every_title_and_report_comes_back_with_headers_and_page_numbers(ledger: Ledger, tmp_path: Path) -> None:
    pairs = fill(ledger, 60)
    out = tmp_path / "sheet.pdf"
    pages = write(ledger, out)
    texts = pages_text(out)
    assert len(texts) == pages > 1
    whole = squash("".join(texts))
    for title, report in pairs:
        assert squash(title) in whole and squash(report) in whole
    for number, text in enumerate(texts, start=1):
        assert "任务内容" in text and "进展情况" in text  # the header row repeats on every page
        assert f"第 {number} 页 共 {pages} 页" in text
    assert "2026年重点工作任务推进情况表" in texts[0] and "（截至2026年3月25日）" in texts[0]
    assert "一、组织科（30项）" in texts[0]


def test_the_chinese_font_is_embedded(ledger: Ledger, tmp_path: Path) -> None:
    fill(ledger, 3)
    out = tmp_path / "sheet.pdf"
    write(ledger, out)
    listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    chinese = [line for line in listing.splitlines()[2:] if "TrueType" in line]
    assert chinese and all(" yes yes yes " in line for line in chinese)


def test_hostile_text_prints_literally_and_a_huge_report_splits_across_pages(ledger: Ledger, tmp_path: Path) -> None:
    huge = "超长说明。" * 2000 + "结尾标记"
    with ledger.begin() as session:
        task = create_task(session, "测试员", TaskDraft(2026, HOSTILE + "\n第二行"))
        add_progress(session, "测试员", task.id, huge, period="2026-03", entry_date=TODAY)
    out = tmp_path / "sheet.pdf"
    pages = write(ledger, out)
    whole = "".join(pages_text(out))
    assert pages > 3
    assert squash("<b>不是粗体</b> & 5 < 6") in squash(whole) and "第二行" in whole
    # No font on the machine draws emoji: it is printed as its code point rather than dropped.
    assert "〔U+1F600〕" in squash(whole) and "结尾标记" in whole


def test_no_line_starts_with_closing_punctuation(ledger: Ledger, tmp_path: Path) -> None:
    with ledger.begin() as session:
        for width in range(1, 9):
            text = ("推" * width + "，进展；顺利：是否？好！“引”）》、完成。") * 12
            task = create_task(session, "测试员", TaskDraft(2026, f"标点测试{width}"))
            add_progress(session, "测试员", task.id, text, period="2026-03", entry_date=TODAY)
    out = tmp_path / "sheet.pdf"
    write(ledger, out)
    lines = "\n".join(pages_text(out)).splitlines()
    bad = [line for line in lines if line.strip() and line.strip()[0] in "，。；：？！”）》、"]
    assert bad == []


def test_filters_choose_the_tasks(ledger: Ledger, tmp_path: Path) -> None:
    fill(ledger, 4)
    with ledger.begin() as session:
        create_task(session, "测试员", TaskDraft(2026, "没有反馈的任务"))
    out = tmp_path / "silent.pdf"
    write(ledger, out, only="no_feedback")
    text = "".join(pages_text(out))
    assert "没有反馈的任务" in text and "第1项任务" not in text and "本期未反馈事项" in text
    write(ledger, out, section="干部科")
    text = squash("".join(pages_text(out)))
    assert "第2项任务" in text and "第1项任务" not in text


def test_a_thousand_task_sheet_builds(ledger: Ledger, tmp_path: Path) -> None:
    fill(ledger, 1000)
    out = tmp_path / "big.pdf"
    pages = write(ledger, out)
    assert pages > 50 and f"共 {pages} 页" in pages_text(out)[-1]


def test_without_an_embeddable_font_it_says_so_and_still_prints(ledger: Ledger, tmp_path: Path) -> None:
    fill(ledger, 2)
    fonts = setup_fonts(dirs=[tmp_path / "no-fonts-here"])
    assert not fonts.embedded and "可能无法在每台电脑上正常显示" in fonts.notice
    out = tmp_path / "cid.pdf"
    write(ledger, out, fonts)
    assert "第1项任务" in squash("".join(pages_text(out)))


def test_cff_fonts_are_refused(tmp_path: Path) -> None:
    cff = tmp_path / "NotoSansCJK.otf"
    cff.write_bytes(b"OTTO" + b"\x00" * 64)
    assert not has_truetype_outlines(cff)
    assert "找不到" not in setup_fonts(str(cff)).notice and "无法嵌入" in setup_fonts(str(cff)).notice


def test_report_command_writes_the_pdf_and_refuses_a_bad_file(ledger: Ledger, tmp_path: Path) -> None:
    fill(ledger, 3)
    out = tmp_path / "cli.pdf"
    run = [sys.executable, str(ROOT / "main.py"), "report", "progress", "--db", ledger.place, "--out", str(out),
           "--as-of", "2026-03-25", "--group-by", "key-task"]
    result = subprocess.run(run, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "已生成" in result.stdout and "任务3项" in result.stdout and out.exists()
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_text("not a ledger", encoding="utf-8")
    failed = subprocess.run([*run[:5], str(bogus), "--out", str(tmp_path / "none.pdf")], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert failed.returncode == 1 and failed.stderr.startswith("错误：")
    assert not (tmp_path / "none.pdf").exists()


@pytest.mark.parametrize(("option", "value"), [("--group-by", "monthly"), ("--only", "everything")])
def test_report_command_rejects_bad_options_in_chinese(ledger: Ledger, tmp_path: Path, option: str,
                                                       value: str) -> None:
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "report", "progress", "--db", ledger.place,
                             "--out", str(tmp_path / "x.pdf"), option, value],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert f"参数 {option}：无效的选择：'{value}'" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_a_character_the_body_font_lacks_is_drawn_by_the_fallback_font(ledger: Ledger, tmp_path: Path) -> None:
    fonts = setup_fonts()
    assert fonts.fallback is not None, "install a second Chinese font, e.g. fonts-droid-fallback (see .ci/run)"
    rare = next(chr(c) for c in range(0x3400, 0x4DC0) if not covers(fonts.body, chr(c))
                and covers(fonts.fallback, chr(c)))
    with ledger.begin() as session:
        create_task(session, "测试员", TaskDraft(2026, f"生僻字{rare}测试"))
    out = tmp_path / "rare.pdf"
    write(ledger, out, fonts)
    assert f"生僻字{rare}测试" in squash("".join(pages_text(out)))
    listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert len([line for line in listing.splitlines() if "TrueType" in line and " yes yes " in line]) >= 2
