"""The interface in English when chosen (menus, toolbar, views, labels), and the .ts/.qm kept whole and current."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QMenu, QToolBar
from pytestqt.qtbot import QtBot

from models.domain.deadlines import chinese_date
from models.domain.enums import ClosingTiming, EvidencePurpose, InspectionKind, Light, ProblemStatus, Status
from models.domain.tasks import TaskDraft, create_task, update_task
from models.errors import RuleError
from models.ledger import Ledger
from models.read.counting import Tally
from tests.ui.answering_host import answering
from ui.dialogs.settings_dialog import SettingsDialog
from ui.i18n import TRANSLATIONS, chosen_language, error_text
from ui.labels import count_words, label, shown_date
from ui.main_window import MainWindow

from .helpers import reported_errors, run_dialog

ROOT = Path(__file__).resolve().parents[2]
CHINESE = re.compile("[\u4e00-\u9fff]")
BIN = Path(shutil.which("pyside6-lupdate") or ROOT / ".venv" / "bin" / "pyside6-lupdate").parent


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "luoshi_en.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_in_english_the_menus_toolbar_and_views_have_no_chinese(english: None, qtbot: QtBot, ledger: Ledger) -> None:
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    texts = []
    for menu in window.menuBar().findChildren(QMenu):
        texts.append(menu.title())
        texts += [action.text() for action in menu.actions() if not action.isSeparator()]
        texts += [action.statusTip() for action in menu.actions() if action.statusTip()]
    for toolbar in window.findChildren(QToolBar):
        texts += [action.text() for action in toolbar.actions() if not action.isSeparator()]
    texts += [window.nav.item(row).text() for row in range(window.nav.count())]
    model = window.list_pane.model
    texts += [str(model.headerData(column, 1)) for column in range(model.columnCount())]  # Qt.Horizontal
    assert len(texts) > 60
    assert [text for text in texts if CHINESE.search(text)] == []
    assert "&File" in texts and "Meeting entry" in texts and "By section" in texts
    assert (label(Status.IN_PROGRESS), label(Light.RED)) == ("In progress", "Red")
    assert shown_date(date(2026, 3, 5)) == "2026-03-05"


def test_in_english_a_refusal_from_the_rules_reads_in_english(english: None, qtbot: QtBot, ledger: Ledger) -> None:
    with ledger.begin() as session:
        task = create_task(session, "测试员", TaskDraft(2026, "整顿软弱涣散党组织"))
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    errors = reported_errors(window)
    assert not window.context.controller.edit(task.id, {"title": "  "})
    assert errors[-1] == "The task text cannot be empty."
    # The error itself stays Chinese for logs and the CLI.
    with pytest.raises(RuleError) as refused, ledger.begin() as session:
        update_task(session, "测试员", task.id, title="")
    assert str(refused.value) == "任务内容不能为空。" and error_text(refused.value) == "The task text cannot be empty."


def test_the_list_of_model_messages_is_current() -> None:
    """Every message models/ raises is in ui/error_texts.py, so `make translations` gives it its English."""
    checked = subprocess.run([sys.executable, str(ROOT / "packaging" / "collect_error_texts.py"), "--check"],
                             capture_output=True, text=True, timeout=60)
    assert checked.returncode == 0, "run `make translations`"


def test_in_chinese_the_labels_are_the_printed_words(qtbot: QtBot) -> None:
    for status in Status:
        assert label(status) == status.label  # the window and the printed sheet say the same
    for vocabulary in (ProblemStatus, InspectionKind, ClosingTiming, EvidencePurpose):
        for word in vocabulary:
            assert label(word) == word.label
    for light in Light:
        assert label(light) == light.label
    assert shown_date(date(2026, 3, 5)) == chinese_date(date(2026, 3, 5)) == "2026年3月5日"
    for tally in (Tally(11, 0, 0, 0, 0), Tally(11, 2, 1, 0, 2)):  # the list's counts read as the sheet's
        assert count_words(tally) == tally.words()
        assert count_words(tally, in_brackets=True) == tally.words(in_brackets=True)


def test_the_english_translation_is_complete_and_compiled(tmp_path: Path) -> None:
    """`make translations` would change nothing: every text of ui/ has its English, and the .qm is current."""
    ts = tmp_path / "luoshi_en.ts"
    shutil.copyfile(TRANSLATIONS / "luoshi_en.ts", ts)
    sources = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "ui").rglob("*.py"))
    found = subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-tr-function-alias", "tr+=_tr", "-no-obsolete",
                            "-locations", "none", "-target-language", "en", "-ts", str(ts)],
                           capture_output=True, text=True, cwd=ROOT, timeout=120, check=True)
    assert "(0 new" in found.stdout, found.stdout  # a new text of the window without its English
    assert 'type="unfinished"' not in ts.read_text(encoding="utf-8")
    qm = tmp_path / "luoshi_en.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], capture_output=True, check=True,
                   timeout=120)
    assert qm.read_bytes() == (TRANSLATIONS / "luoshi_en.qm").read_bytes()


def test_the_language_is_chosen_in_settings_for_the_next_start(qtbot: QtBot, ledger: Ledger) -> None:
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    assert chosen_language() == "zh_CN"
    run_dialog(window, window.registry.settings, SettingsDialog,
               lambda dialog: dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en")))
    assert chosen_language() == "en"
    assert QCoreApplication.translate("Labels", "推进中") == "推进中"  # applied at the next start, not now


def test_the_import_dialog_names_every_column_field_as_the_command_line_does() -> None:
    from importers.breakdown import FIELD_LABELS
    from ui.dialogs.import_dialog import FIELD_NAMES

    assert {name: str(FIELD_NAMES[name]) for name, _ in FIELD_LABELS} == dict(FIELD_LABELS)


def test_in_english_a_file_the_importer_refuses_is_named_in_english(english: None, qtbot: QtBot, ledger: Ledger,
                                                                    tmp_path: Path) -> None:
    from ui.dialogs.import_dialog import ImportDialog

    window = MainWindow(ledger)
    qtbot.addWidget(window)
    scan = tmp_path / "分工方案扫描件.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned")
    dialog = ImportDialog(window.context.controller, 2026, date(2026, 3, 25), window, dialogs=window.dialogs)
    qtbot.addWidget(dialog)
    answering(dialog).answer("ask_open_files", [scan])
    dialog.choose_file()
    assert dialog.error_label.text() == (
        "分工方案扫描件.pdf is a PDF file; tables in it cannot be imported directly. This program reads .xlsx "
        "workbooks of Excel/WPS: open it in Excel or WPS, save it as .xlsx, then import that.")


def test_in_english_what_the_system_refused_reads_in_english(english: None, qtbot: QtBot, ledger: Ledger,
                                                             tmp_path: Path) -> None:
    """A folder chosen as the file to import, and a refusal whose code no list knows: no Chinese left in."""
    import errno

    from models.errors import os_error_words
    from ui.dialogs.import_dialog import ImportDialog
    from ui.i18n import error_text

    window = MainWindow(ledger)
    qtbot.addWidget(window)
    dialog = ImportDialog(window.context.controller, 2026, date(2026, 3, 25), window, dialogs=window.dialogs)
    qtbot.addWidget(dialog)
    folder = tmp_path / "分解表.xlsx"
    folder.mkdir()
    answering(dialog).answer("ask_open_files", [folder])
    dialog.choose_file()
    said = dialog.error_label.text()
    assert said.startswith("分解表.xlsx ") and not CHINESE.search(said.removeprefix("分解表.xlsx")), said
    unknown = RuleError("无法读取文件 {name}：{error}", name="a.xlsx", error=os_error_words(OSError(99999, "New")))
    assert error_text(unknown) == "Cannot read a.xlsx: an error reported by the system (code 99999)"
    assert error_text(RuleError("无法读取文件 {name}：{error}", name="a.xlsx",
                                error=os_error_words(OSError(errno.EROFS, "Read-only file system")))) == (
        "Cannot read a.xlsx: the disk is read-only")


def test_in_english_the_import_preview_says_why_a_row_is_flagged_in_english(english: None, qtbot: QtBot,
                                                                            tmp_path: Path) -> None:
    from openpyxl import Workbook

    from importers.breakdown import plan_file
    from ui.item_models.import_preview_model import ImportPreviewModel

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["序号", "任务内容", "牵头科室", "分管领导", "完成时限"])
    sheet.append([1, "完善干部考核办法", "", "李明、王建国", "视情况而定"])
    sheet.append(["合计", "", "", "", ""])
    source = tmp_path / "分工.xlsx"
    book.save(source)
    model = ImportPreviewModel()
    model.show_breakdown(plan_file(source, 2026))
    said = {model.index(row, 3).data() for row in range(model.rowCount())}
    assert said == {
        "No lead section; 2 leaders in charge (李明、王建国): the ledger keeps the first, the others go into the "
        "note; Deadline \"视情况而定\" is not a date: kept as written, reported monthly.",
        "\"合计\" is a total row; skipped."}


def test_in_english_a_task_without_a_section_is_grouped_under_english_words(english: None, qtbot: QtBot,
                                                                            ledger: Ledger) -> None:
    with ledger.begin() as session:
        create_task(session, "测试", TaskDraft(2026, "完善干部考核办法"))
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    model = window.list_pane.model
    groups = [str(model.index(row, 0).data()) for row in range(model.rowCount())]
    unplaced = [group for group in groups if group.startswith("No section ")]
    assert len(unplaced) == 1 and not CHINESE.search(unplaced[0]), groups
