"""No output is ever written over a ledger, its companions or a backup, over a link, or over a file that is
not one of the program's own of that kind; the ending is enforced (issue 31, point 1)."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.test_cli import run

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("outputs") / "台账.sqlite"
    assert run("demo", "--db", str(path)).returncode == 0
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 1, result.stdout
    assert result.stderr.startswith("错误：") and words in result.stderr, result.stderr
    assert result.stderr.strip().count("\n") == 0 and "Traceback" not in result.stderr


@pytest.mark.parametrize("command", [
    ["report", "progress"], ["report", "year"], ["report", "notices"], ["export-xlsx"]])
def test_an_output_named_as_the_ledger_is_refused_and_the_ledger_is_untouched(ledger: Path,
                                                                             command: list[str]) -> None:
    before = digest(ledger)
    refused(run(*command, "--db", str(ledger), "--out", str(ledger)), "结尾")
    assert digest(ledger) == before


def test_a_backup_or_someone_elses_file_with_the_right_ending_is_not_written_over(ledger: Path,
                                                                                  tmp_path: Path) -> None:
    backup = tmp_path / "台账备份.pdf"  # a ledger copied under a report's name
    shutil.copyfile(ledger, backup)
    notes = tmp_path / "领导讲话.pdf"
    notes.write_text("不是 PDF，是别人放在这里的文字", encoding="utf-8")
    before = digest(ledger)
    refused(run("report", "notices", "--db", str(ledger), "--out", str(backup)), "台账文件")
    refused(run("report", "progress", "--db", str(ledger), "--out", str(notes)), "不是本程序写出的")
    assert notes.read_text(encoding="utf-8").startswith("不是 PDF")
    assert digest(ledger) == before  # no 督办单 numbered for a sheet that was never written
    sheet = tmp_path / "进展表.pdf"
    assert run("report", "progress", "--db", str(ledger), "--out", str(sheet)).returncode == 0
    assert run("report", "progress", "--db", str(ledger), "--out", str(sheet)).returncode == 0  # ours: again


def test_a_link_at_the_output_name_is_not_followed(ledger: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "别处" / "重要.pdf"
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(b"%PDF-1.4 someone's document")
    link = tmp_path / "报表.pdf"
    link.symlink_to(elsewhere)
    refused(run("report", "stats", "--db", str(ledger), "--out", str(link)), "链接")
    assert elsewhere.read_bytes() == b"%PDF-1.4 someone's document"


def test_links_planted_beside_the_ledger_are_not_followed(tmp_path: Path) -> None:
    """A link at <ledger>.lock or <ledger>.已保存记录 (a shared folder, a USB stick) is never opened for writing:
    what it points at stays as it was, and the lock's link is named."""
    from models.domain.tasks import TaskDraft, create_task
    from models.errors import LedgerError
    from models.file.ledger import create_ledger, open_ledger

    path = tmp_path / "台账.sqlite"
    create_ledger(path, org_name="测试", year=2026, actor="测试员").close()
    victim = tmp_path / "别人的文件.txt"
    victim.write_text("重要内容", encoding="utf-8")
    note = path.with_name(path.name + ".已保存记录")
    note.unlink(missing_ok=True)
    note.symlink_to(victim)
    ledger = open_ledger(path, actor="测试员", auto_backup=False)
    try:
        with ledger.begin() as session:
            create_task(session, "测试员", TaskDraft(2026, "一项任务"))
    finally:
        ledger.close()
    assert victim.read_text(encoding="utf-8") == "重要内容"
    lock = path.with_name(path.name + ".lock")
    lock.unlink(missing_ok=True)
    lock.symlink_to(victim)
    try:
        opened = open_ledger(path, actor="测试员", auto_backup=False)
    except LedgerError as error:
        assert "链接" in str(error)
    else:
        reason = opened.read_only_reason
        opened.close()
        assert "链接" in reason, reason
    assert victim.read_text(encoding="utf-8") == "重要内容"


def test_evidence_save_never_writes_through_a_link_at_the_name(ledger: Path, tmp_path: Path) -> None:
    """A dangling link named like the file being saved pointed outside --to, and the save followed it."""
    folder, outside = tmp_path / "保存到", tmp_path / "外面" / "被写入.txt"
    folder.mkdir()
    outside.parent.mkdir()
    (folder / "销号审核表.txt").symlink_to(outside)  # dangling: exists() said no
    refused(run("evidence", "save", "1", "--db", str(ledger), "--task", "1.1", "--to", str(folder)), "链接")
    assert not outside.exists()
    (folder / "销号审核表.txt").unlink()
    assert run("evidence", "save", "1", "--db", str(ledger), "--task", "1.1", "--to", str(folder)).returncode == 0
    assert (folder / "销号审核表.txt").is_file() and not (folder / "销号审核表.txt").is_symlink()


def test_the_systems_refusals_are_said_in_chinese(ledger: Path, tmp_path: Path) -> None:
    """ "No such file or directory", "Is a directory" reached the clerk in English."""
    missing = run("report", "stats", "--db", str(ledger), "--out", str(tmp_path / "没有的文件夹" / "统计表.pdf"))
    refused(missing, "没有的文件夹”不存在")
    folder = tmp_path / "统计表.pdf"
    folder.mkdir()
    refused(run("report", "stats", "--db", str(ledger), "--out", str(folder)), "不是一个普通文件")
    assert "No such file" not in missing.stderr and "directory" not in missing.stderr


def test_a_real_pdf_or_workbook_someone_else_made_is_not_written_over(ledger: Path, tmp_path: Path) -> None:
    """Right ending, right kind, not ours: the very breakdown sheet imported, a PDF another program made."""
    from reportlab.pdfgen.canvas import Canvas

    source = tmp_path / "任务分解表.xlsx"
    shutil.copyfile(ROOT / "tests" / "fixtures" / "samples" / "任务分解表-标准格式.xlsx", source)
    theirs = tmp_path / "领导讲话.pdf"
    canvas = Canvas(str(theirs))
    canvas.drawString(72, 720, "speech")
    canvas.save()
    kept = {path: digest(path) for path in (source, theirs)}
    refused(run("export-xlsx", "--db", str(ledger), "--out", str(source)), "不是本程序写出的")
    refused(run("report", "progress", "--db", str(ledger), "--out", str(theirs)), "不是本程序写出的")
    assert {path: digest(path) for path in kept} == kept
    ours = tmp_path / "台账导出.xlsx"
    for _again in range(2):  # one of ours is replaced as often as asked
        assert run("export-xlsx", "--db", str(ledger), "--out", str(ours)).returncode == 0


def test_an_output_into_a_folder_that_is_not_there_is_refused_before_the_work(ledger: Path, tmp_path: Path) -> None:
    result = run("report", "progress", "--db", str(ledger), "--out", str(tmp_path / "没有的文件夹" / "进展表.pdf"))
    refused(result, "没有的文件夹”不存在")
    assert ".tmp" not in result.stderr


def test_a_feedback_form_a_section_filled_in_is_not_written_over(ledger: Path, tmp_path: Path) -> None:
    """Its creator still says 落实台账 once WPS or openpyxl saved it: what decides is whether it is still
    exactly what was written. An empty file left at the name is not ours either."""
    from openpyxl import load_workbook

    form = tmp_path / "办公室反馈表.xlsx"
    made = ("feedback-form", "--db", str(ledger), "--section", "办公室", "--period", "2026-03", "--out", str(form))
    assert run(*made).returncode == 0
    assert run(*made).returncode == 0  # unchanged since: made again
    book = load_workbook(form)
    sheet = book.active
    assert sheet is not None
    sheet.cell(row=sheet.max_row, column=sheet.max_column, value="已完成，见附件")  # the section's entry
    book.save(form)
    filled = digest(form)
    refused(run(*made), "写出后又被人改过")
    assert digest(form) == filled
    empty = tmp_path / "空的.pdf"
    empty.write_bytes(b"")
    refused(run("report", "progress", "--db", str(ledger), "--out", str(empty)), "不是本程序写出的")
