"""`main.py assessment`: the ranking with every point listed, as JSON for checking, and the year's rule set shown
and set from a file — the same rule set and scores the window and the 考核汇总表 show."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from demo.ledger import EXAMPLE_RULES_NAME
from main import main
from models.ledger import Ledger
from tests.conftest import DEMO_DAY


@pytest.fixture
def db(tmp_path: Path) -> tuple[str, str]:
    path = tmp_path / "台账.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    return "--db", str(path)


def said(capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str]:
    code = main(list(words))
    out = capsys.readouterr()
    return code, out.out + out.err


def test_every_score_is_its_base_plus_its_listed_points(db: tuple[str, str],
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    code, text = said(capsys, "assessment", *db, "--as-of", DEMO_DAY.isoformat(), "--json")
    assert code == 0, text
    report = json.loads(text)
    ranked = [s for s in report["sections"] if s["rank"] is not None]
    assert ranked and [s["rank"] for s in ranked] == sorted(s["rank"] for s in ranked)
    for section in ranked:
        assert section["score"] == round(section["base"] + sum(e["points"] for e in section["events"]), 2)
        assert section["added"] == round(sum(e["points"] for e in section["events"] if e["points"] > 0), 2)
        assert all(e["task"] or e["rule"] in ("封顶", "保底") for e in section["events"])
    scores = [s["score"] for s in ranked]
    assert scores == sorted(scores, reverse=True)
    # The example's idle sections (nothing finished, nothing late) do not come first on the base alone.
    first = ranked[0]
    assert any(e["rule"].startswith("按时完成任务") for e in first["events"])
    code, table = said(capsys, "assessment", *db, "--as-of", DEMO_DAY.isoformat(), "--details")
    assert code == 0 and f"{first['section']}加减分明细" in table
    assert all(section["section"] in table for section in ranked)


def test_the_years_rules_are_shown_and_set_from_a_file(db: tuple[str, str], capsys: pytest.CaptureFixture[str],
                                                       tmp_path: Path) -> None:
    code, text = said(capsys, "assessment", *db, "--rules", "--json")
    assert code == 0
    rules = json.loads(text)
    rules.update(name="本部考核办法", base=100)
    rules["events"]["overdue"] = [-5, -2.5]
    source = tmp_path / "办法.json"
    source.write_text(json.dumps(rules, ensure_ascii=False), encoding="utf-8")
    code, text = said(capsys, "assessment", *db, "--year", "2026", "--set-rules", str(source))
    assert code == 0 and "已设置2026年考核办法“本部考核办法”" in text, text
    code, text = said(capsys, "assessment", *db, "--year", "2026", "--rules")
    assert "本部考核办法" in text and "基础分100分" in text
    assert "逾期未完成任务（每项）：牵头科室-5分，配合科室-2.5分" in text
    code, text = said(capsys, "assessment", *db, "--year", "2026", "--as-of", DEMO_DAY.isoformat(), "--json")
    assert json.loads(text)["rules"] == "本部考核办法"
    assert all(s["base"] == 100 for s in json.loads(text)["sections"] if s["rank"] is not None)


def test_a_bad_rules_file_is_refused_and_changes_nothing(db: tuple[str, str], capsys: pytest.CaptureFixture[str],
                                                         tmp_path: Path) -> None:
    bad = tmp_path / "坏.json"
    bad.write_text('{"tiers": [["优秀", 80], ["良好", 90]]}', encoding="utf-8")
    code, text = said(capsys, "assessment", *db, "--set-rules", str(bad))
    assert code == 1 and "从高到低" in text and "Traceback" not in text
    code, text = said(capsys, "assessment", *db, "--set-rules", str(tmp_path / "没有.json"))
    assert code == 1 and "读不了考核办法文件" in text
    code, text = said(capsys, "assessment", *db, "--rules")
    assert EXAMPLE_RULES_NAME in text  # the example's own set, as it shipped


def test_a_rule_set_another_pc_set_since_it_was_read_is_not_overwritten(
        db: tuple[str, str], capsys: pytest.CaptureFixture[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import copy

    import cli.assessment_command
    from changes.directory import save_settings
    from models.domain.assessment_rules import rules_from_json

    code, text = said(capsys, "assessment", *db, "--year", "2026", "--rules", "--json")
    theirs, mine = json.loads(text), json.loads(text)
    theirs["name"], mine["name"] = "王芳的办法", "我的办法"
    source = tmp_path / "办法.json"
    source.write_text(json.dumps(mine, ensure_ascii=False), encoding="utf-8")

    def set_elsewhere_first(ledger: Ledger, values: dict[str, str | int], **given: object) -> list[str]:
        other = copy.copy(ledger)  # the same ledger as another PC sees it
        other.actor = "王芳"
        save_settings(other, {}, assessment=(2026, rules_from_json(json.dumps(theirs, ensure_ascii=False))))
        return save_settings(ledger, values, **given)  # type: ignore[arg-type]
    monkeypatch.setattr(cli.assessment_command, "save_settings", set_elsewhere_first)
    code, text = said(capsys, "assessment", *db, "--year", "2026", "--set-rules", str(source))
    assert code == 1 and "已由 王芳" in text and "考核办法" in text, text
    monkeypatch.undo()
    assert "王芳的办法" in said(capsys, "assessment", *db, "--year", "2026", "--rules")[1]
