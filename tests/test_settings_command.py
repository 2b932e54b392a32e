"""`main.py settings`: the 设置 dialog's settings shown and set from the command line, through the dialog's own save
(one transaction, each change audited, another PC's change since refused), a wrong value refused with nothing
written, the same stored settings as the dialog's 保存; and its 科室, 人员 and 重点任务 lists' actions."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from sqlalchemy import select

import cli.settings_command
from changes.directory import save_settings
from cli.setting_values import EDITED, RANGES
from main import main
from models.domain.entities import AuditEntry
from models.file.ledger import create_ledger, open_ledger
from models.ledger import Ledger
from tests.conftest import TEST_ACTOR, TEST_ORG
from ui.dialogs.settings_dialog import SettingsDialog
from ui.main_window import MainWindow

from .ui.helpers import run_dialog


@pytest.fixture
def db(tmp_path: Path) -> tuple[str, str]:
    path = tmp_path / "台账.sqlite"
    create_ledger(path, org_name=TEST_ORG, year=2026, actor=TEST_ACTOR).close()
    return "--db", str(path)


def said(capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str]:
    code = main(list(words))
    out = capsys.readouterr()
    return code, out.out + out.err


def shown(capsys: pytest.CaptureFixture[str], db: tuple[str, str]) -> dict[str, object]:
    code, text = said(capsys, "settings", "show", "--json", *db)
    assert code == 0, text
    return {row["key"]: row["value"] for row in json.loads(text)["settings"]}


def setting_trail(path: Path) -> list[tuple[str, str, str | None, str | None]]:
    ledger = open_ledger(path, auto_backup=False)
    try:
        with ledger.reading() as session:
            rows = session.scalars(select(AuditEntry).where(AuditEntry.entity == "setting").order_by(AuditEntry.id))
            return [(row.actor, row.field, row.old_value, row.new_value) for row in rows]
    finally:
        ledger.close()


def test_settings_set_by_either_name_then_shown(db: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    code, text = said(capsys, "settings", "set", "sign_days=5", "欠进度亮黄灯=是", "文号代字=组督",
                      "下步要求=各科室要倒排时间。\n\n  督查室按月通报。 ", "freeze_day=5", "--user", "李明", *db)
    assert code == 0, text
    assert text.splitlines() == ["已保存设置（5项）：", "  签收期限（天）：3 → 5", "  欠进度亮黄灯：否 → 是",
                                 "  督办单文号代字：督 → 组督", "  月度通报的下步要求：4条 → 2条",
                                 "    各科室要倒排时间。", "    督查室按月通报。",
                                 "  每月几日冻结上月数字：0（不自动冻结） → 5"]
    values = shown(capsys, db)
    assert (values["sign_days"], values["behind_yellow"], values["notice_code"], values["freeze_day"]) == (
        5, 1, "组督", 5)
    assert values["monthly_requirements"] == "各科室要倒排时间。\n督查室按月通报。"
    assert list(values) == list(EDITED)  # every setting the dialog edits, in its order
    trail = setting_trail(Path(db[1]))
    assert [(actor, field) for actor, field, _old, _new in trail] == [
        ("李明", "sign_days"), ("李明", "behind_yellow"), ("李明", "notice_code"), ("李明", "monthly_requirements"),
        ("李明", "freeze_day")]
    code, text = said(capsys, "settings", "show", *db)
    assert "  签收期限（天）（sign_days）：5" in text and "  督办单文号代字（notice_code）：组督" in text
    assert "【督办单】" in text and "    督查室按月通报。" in text
    code, text = said(capsys, "settings", "set", "SIGN_DAYS=5", *db)
    assert code == 0 and text == "没有变化：设置本来就是这样。\n"
    assert len(setting_trail(Path(db[1]))) == 5


@pytest.mark.parametrize(("word", "names"), [
    ("sign_days=31", "“签收期限（天）”（sign_days）不能设为“31”，可取的值：0 到 30 之间的整数"),
    ("备份份数=0", "没有叫“备份份数”的设置"),
    ("保留备份份数=0", "“保留备份份数”（backup_keep）不能设为“0”，可取的值：1 到 999 之间的整数"),
    ("behind_yellow=也许", "可取的值：是 或 否"),
    ("org_name= ", "“单位名称”（org_name）不能设为“ ”"),
    ("notice_code=市委组织部督查室督办", "最多 8 个字"),
    ("rating_scale=好=100,差=200", "评价等次“差=200”的分值应是 0 到 100 的整数"),
    ("report_font=没有.ttf", "找不到字体文件“没有.ttf”"),
    ("sign_days", "“sign_days”应写成 名称=值"),
])
def test_a_wrong_value_is_refused_by_name_and_nothing_is_written(
        db: tuple[str, str], capsys: pytest.CaptureFixture[str], word: str, names: str) -> None:
    before = shown(capsys, db)
    code, text = said(capsys, "settings", "set", "warning_days=10", word, *db)
    assert code == 1 and names in text and text.rstrip().endswith("一项设置也没有改。"), text
    assert "Traceback" not in text
    assert shown(capsys, db) == before and setting_trail(Path(db[1])) == []


def test_a_font_it_cannot_embed_is_refused_as_the_dialog_refuses_it(
        db: tuple[str, str], capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    fake, outlines = tmp_path / "仿宋.ttf", tmp_path / "fangsong.ttf"
    fake.write_bytes(b"not a font at all")
    outlines.write_bytes(b"\x00\x01\x00\x00" + bytes(60))  # what the check reads: TrueType outlines
    code, text = said(capsys, "settings", "set", f"report_font={fake}", *db)
    assert code == 1 and "“仿宋.ttf”不能嵌入 PDF" in text
    code, text = said(capsys, "settings", "set", f"报表字体={outlines}", *db)
    assert code == 0 and shown(capsys, db)["report_font"] == str(outlines)
    code, text = said(capsys, "settings", "set", "报表字体=", *db)
    assert code == 0 and "→ （空：使用本机找到的中文字体）" in text


def test_another_pcs_save_since_it_read_is_refused_not_overwritten(
        db: tuple[str, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def saved_elsewhere_first(ledger: Ledger, values: dict[str, str | int], **given: object) -> list[str]:
        other = copy.copy(ledger)  # the same ledger as another PC sees it, in its own name
        other.actor = "王芳"
        save_settings(other, {"sign_days": 7})
        return save_settings(ledger, values, **given)  # type: ignore[arg-type]
    monkeypatch.setattr(cli.settings_command, "save_settings", saved_elsewhere_first)
    code, text = said(capsys, "settings", "set", "sign_days=5", *db)
    assert code == 1 and "已由 王芳" in text and "签收期限（天）" in text and "没有保存" in text, text
    monkeypatch.undo()
    assert shown(capsys, db)["sign_days"] == 7


def test_the_dialogs_save_and_the_command_store_the_same_settings(
        window: MainWindow, ledger: Ledger, db: tuple[str, str], capsys: pytest.CaptureFixture[str],
        tmp_path: Path) -> None:
    font = tmp_path / "simfang.ttf"
    font.write_bytes(b"\x00\x01\x00\x00" + bytes(60))
    backups = tmp_path / "备份"

    def change(dialog: SettingsDialog) -> None:
        dialog.org_edit.setText(" 中共新名市委组织部 ")
        dialog.warning_spin.setValue(10)
        dialog.sign_spin.setValue(0)
        dialog.behind_check.setChecked(True)
        dialog.backup_edit.setText(str(backups))
        dialog.reviewer_edit.setText("张审")
        dialog.notice_code_edit.setText("组督")
        dialog.red_spin.setValue(15)
        dialog.papers_tab.requirements_edit.setPlainText("第一条。\n\n第二条。")
        dialog.papers_tab.font_edit.setText(str(font))
        dialog.papers_tab.freeze_spin.setValue(3)
        dialog.scale_edit.setText("优秀=100，合格=80，不合格=0")
        dialog.evidence_check.setChecked(True)
    run_dialog(window, window.registry.settings, SettingsDialog, change)
    code, text = said(capsys, "settings", "set", "单位名称= 中共新名市委组织部 ", "临期提醒=10", "签收期限=0",
                      "欠进度亮黄灯=1", f"备份文件夹={backups}", "审核人=张审", "notice_code=组督",
                      "逾期几天发红色督办单=15", "下步要求=第一条。\n\n第二条。", f"report_font={font}",
                      "freeze_day=3", "评价等次=优秀=100，合格=80，不合格=0", "销号须附佐证材料=是",
                      "--user", TEST_ACTOR, *db)
    assert code == 0, text
    assert open_ledger(Path(db[1]), auto_backup=False).settings() == ledger.settings()
    with ledger.reading() as session:
        by_window = [(row.actor, row.field, row.old_value, row.new_value) for row in session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "setting").order_by(AuditEntry.id))]
    assert sorted(setting_trail(Path(db[1]))) == sorted(by_window) and len(by_window) == 13


def test_every_setting_the_dialog_edits_the_command_reaches() -> None:
    """A setting added to the dialog and forgotten here (红灯纠正后保留黄灯 was) is named."""
    import dataclasses

    from cli.setting_values import NOT_EDITED
    from models.domain.settings import LedgerSettings

    assert {item.name for item in dataclasses.fields(LedgerSettings)} - NOT_EDITED == set(EDITED)


def test_the_number_boxes_allow_what_the_command_allows(window: MainWindow) -> None:
    boxes: dict[str, tuple[int, int]] = {}

    def read(dialog: SettingsDialog) -> None:
        for name, spin in (("current_year", dialog.year_spin), ("warning_days", dialog.warning_spin),
                           ("schedule_gap", dialog.gap_spin), ("sign_days", dialog.sign_spin),
                           ("backup_keep", dialog.keep_spin), ("notice_reply_days", dialog.notice_days_spin),
                           ("remind_days", dialog.remind_spin), ("red_after_days", dialog.red_spin),
                           ("freeze_day", dialog.papers_tab.freeze_spin), ("red_yellow_days", dialog.red_yellow_spin)):
            boxes[name] = (spin.minimum(), spin.maximum())
    run_dialog(window, window.registry.settings, SettingsDialog, read, accept=False)
    assert boxes == RANGES


def test_set_help_lists_every_setting_and_what_it_may_be(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["settings", "set", "-h"])
    assert exited.value.code == 0
    text = capsys.readouterr().out
    assert all(f" {name}：" in text for name in EDITED)
    assert "签收期限（天） sign_days：0 到 30 之间的整数" in text


def test_units_and_people_as_the_dialogs_lists_change_them(db: tuple[str, str],
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    for word in ("组织科", "干部科"):
        assert said(capsys, "settings", "unit-add", word, *db)[0] == 0
    code, text = said(capsys, "settings", "unit-add", "市委党校", *db)
    assert (code, text) == (0, "已添加科室：市委党校（部外单位）\n")
    code, text = said(capsys, "settings", "unit-add", "区住建局", "--kind", "本部科室", *db)
    assert (code, text) == (0, "已添加科室：区住建局\n")
    code, text = said(capsys, "settings", "unit-add", "组织科", *db)
    assert code == 1 and "已经有名为“组织科”的科室，没有添加" in text
    assert said(capsys, "task", "add", "--title", "整顿软弱涣散党组织", "--section", "组织科", *db)[0] == 0
    code, text = said(capsys, "settings", "unit-rename", "干部科", "干部一科", *db)
    assert code == 0 and "改名为“干部一科”" in text
    code, text = said(capsys, "settings", "unit-off", "干部一科", *db)
    assert code == 0 and text.startswith("已停用科室“干部一科”")
    assert said(capsys, "settings", "unit-off", "干部一科", *db)[1] == "科室“干部一科”本来就已停用，没有改动。\n"
    code, text = said(capsys, "settings", "unit-merge", "组织科", "干部一科", *db)
    assert code == 1 and "只能合并到另一个在用的科室" in text
    assert said(capsys, "settings", "unit-on", "干部一科", *db)[0] == 0
    code, text = said(capsys, "settings", "unit-merge", "组织科", "干部一科", *db)
    assert code == 0 and "1项任务改到“干部一科”名下" in text
    code, text = said(capsys, "settings", "unit-kind", "区住建局", "outside", *db)
    assert code == 0 and text == "已把“区住建局”的类别改为部外单位。\n"
    code, text = said(capsys, "settings", "units", "--json", *db)
    units = {unit["name"]: (unit["kind"], unit["active"]) for unit in json.loads(text)["units"]}
    assert units == {"干部一科": ("section", True), "组织科（已合并）": ("section", False),
                     "市委党校": ("outside", True), "区住建局": ("outside", True)}
    code, text = said(capsys, "settings", "units", *db)
    assert text.splitlines()[0] == "科室共4个，其中已停用1个：" and "  组织科（已合并）（已停用）" in text
    assert said(capsys, "settings", "person-add", "王 副部长", *db)[1] == "已添加人员：王副部长\n"
    assert said(capsys, "settings", "person-add", "王明", *db)[0] == 0
    code, text = said(capsys, "settings", "person-merge", "王副部长", "王明", *db)
    assert code == 0 and text.startswith("已把人员“王副部长”合并到“王明”")
    code, text = said(capsys, "settings", "people", *db)
    assert text == "人员共2个，其中已停用1个：\n  王副部长（已合并）（已停用）\n  王明\n"
    code, text = said(capsys, "settings", "unit-rename", "宣传科", "宣教科", *db)
    assert code == 1 and "没有叫“宣传科”的科室" in text


def test_the_years_key_tasks_added_and_renamed(db: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    assert said(capsys, "settings", "key-tasks", *db)[1] == "2026年还没有重点任务。\n"
    code, text = said(capsys, "settings", "key-task-add", " 从严管理干部 ", *db)
    assert (code, text) == (0, "已添加2026年的重点任务：1. 从严管理干部\n")
    assert said(capsys, "settings", "key-task-add", "建强基层组织", "--user", "李明", *db)[0] == 0
    code, text = said(capsys, "settings", "key-task-add", "从严管理干部", *db)
    assert code == 1 and "2026年已经有重点任务“从严管理干部”，没有添加" in text
    code, text = said(capsys, "settings", "key-task-rename", "2", "建强基层党组织", *db)
    assert (code, text) == (0, "已把2026年的重点任务“建强基层组织”改名为“建强基层党组织”。\n")
    code, text = said(capsys, "settings", "key-task-rename", "从严管理干部", "建强基层党组织", *db)
    assert code == 1 and "已经有重点任务「建强基层党组织」" in text  # the use case's own refusal
    code, text = said(capsys, "settings", "key-tasks", "--json", *db)
    assert json.loads(text) == {"year": 2026, "key_tasks": [{"number": 1, "title": "从严管理干部"},
                                                            {"number": 2, "title": "建强基层党组织"}]}
    assert said(capsys, "settings", "key-tasks", "--year", "2027", *db)[1] == "2027年还没有重点任务。\n"
