"""A 督查通报 that praises or criticises sections: kept with the record (window and command line alike), printed in
the 通报, and scored by the 考核办法 once per 通报 — traceable in the section's 加减分明细."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from main import main
from models.domain import directory
from models.domain.deadlines import parse_deadline
from models.domain.enums import UnitKind
from models.domain.tasks import TaskDraft, create_task
from models.file.ledger import create_ledger
from models.read.lookups import Choice
from ui.dialogs.oversight_dialogs import InspectionDialog


@pytest.fixture
def db(tmp_path: Path) -> tuple[str, str]:
    path = tmp_path / "台账.sqlite"
    ledger = create_ledger(path, org_name="测试", year=2026, actor="测试员")
    with ledger.begin() as session:
        for name in ("组织科", "干部科", "研究室"):
            section = directory.section(session, "测试员", name).id
            create_task(session, "测试员", TaskDraft(2026, f"{name}的任务", lead_section_id=section,
                                                    deadline=parse_deadline("12月31日前", 2026)))
    ledger.close()
    return "--db", str(path)


def said(capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str]:
    code = main(list(words))
    out = capsys.readouterr()
    return code, out.out + out.err


def test_praise_and_criticism_are_printed_and_scored_once_each(db: tuple[str, str], tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    code, text = said(capsys, "record", "add", "--kind", "supervision", "--on", "2026-06-18", "--units",
                      "组织科、干部科", "--praise", "组织科", "--criticise", "干部科", *db)
    assert code == 0, text
    code, text = said(capsys, "inspections", *db, "--json")
    [record] = json.loads(text)
    assert (record["praised"], record["criticised"]) == (["组织科"], ["干部科"])
    out = tmp_path / "通报.pdf"
    assert said(capsys, "report", "bulletin", "--record", str(record["id"]), "--as-of", "2026-06-20", "--out",
                str(out), *db)[0] == 0
    printed = re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in PdfReader(out).pages))
    assert "对组织科予以通报表扬" in printed and "对干部科予以通报批评" in printed
    code, text = said(capsys, "assessment", *db, "--as-of", "2026-06-30", "--json")
    scores = {s["section"]: s for s in json.loads(text)["sections"]}
    praised = [e for e in scores["组织科"]["events"] if e["rule"].startswith("督查通报表扬")]
    criticised = [e for e in scores["干部科"]["events"] if e["rule"].startswith("督查通报批评")]
    assert [(e["date"], e["points"]) for e in praised] == [("2026-06-18", 1.0)]
    assert [(e["date"], e["points"]) for e in criticised] == [("2026-06-18", -1.0)]
    assert scores["组织科"]["score"] > scores["研究室"]["score"] > scores["干部科"]["score"]  # judged by eye
    assert rules_used(said(capsys, "assessment", *db, "--as-of", "2026-06-17", "--json")[1]) == set()  # not yet
    # Edited: the criticism taken back, and the 考核 follows.
    assert said(capsys, "record", "edit", str(record["id"]), "--criticise", "", *db)[0] == 0
    code, text = said(capsys, "assessment", *db, "--as-of", "2026-06-30", "--json")
    assert rules_used(text) == {"督查通报表扬（每次）"}


def rules_used(report: str) -> set[str]:
    """The 通报 rules that gave any section points."""
    return {e["rule"] for s in json.loads(report)["sections"] for e in s["events"] if e["rule"].startswith("督查通报")}


def test_one_通报_cannot_praise_and_criticise_the_same_section(db: tuple[str, str],
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, text = said(capsys, "record", "add", "--kind", "supervision", "--praise", "组织科", "--criticise",
                      "组织科", *db)
    assert code == 1 and "同一份通报不能既表扬又批评组织科" in text
    assert json.loads(said(capsys, "inspections", *db, "--json")[1]) == []


def test_the_record_form_names_the_sections_praised_and_criticised(qtbot: QtBot) -> None:
    units = [Choice(1, "组织科"), Choice(2, "干部科"), Choice(3, "市委党校", kind=UnitKind.OUTSIDE)]
    dialog = InspectionDialog(date(2026, 6, 18), units, [])
    qtbot.addWidget(dialog)
    offered = [dialog.praised.list.item(i).text() for i in range(dialog.praised.list.count())]
    assert offered == ["组织科", "干部科"]  # the department's own sections, which the 考核 ranks
    dialog.praised.list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.criticised.list.item(1).setCheckState(Qt.CheckState.Checked)
    draft = dialog.draft()
    assert (draft.praised_ids, draft.criticised_ids) == ([1], [2])
