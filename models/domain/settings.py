"""Every per-ledger setting declared once, with its type and default, over the setting table."""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.domain import audit
from models.domain.entities import Setting
from models.domain.lights import LightRules, NoticeTrigger
from models.errors import said


@dataclass
class LedgerSettings:
    """Settings that travel with the ledger file (user-interface state lives in QSettings instead)."""

    org_name: str = "中共XX市委组织部"
    current_year: int = 0  # 0 means "the year of today"
    warning_days: int = 7  # yellow when due within this many days
    schedule_gap: int = 30  # yellow when reported percent trails elapsed time by this many points
    sign_days: int = 3  # yellow when a task assigned is not signed for (签收) within this many days; 0: never
    behind_yellow: int = 0  # 1: a task whose newest report is 欠进度 (against its 序时进度) is yellow
    red_yellow_days: int = 0  # a red put right (deadline moved on while overdue) stays yellow this many days; 0: off
    backup_dir: str = ""  # empty means a folder beside the ledger file
    backup_keep: int = 30
    report_font: str = ""  # a TrueType font file for printed sheets; empty means find one on this PC
    last_full_check: str = ""  # when the last full integrity check passed (ISO time), shown on 数据安全
    # The sign-off block of the printed sheets: names printed where set, blank lines to sign otherwise.
    sheet_preparer: str = ""  # 制表人
    sheet_reviewer: str = ""  # 审核人
    sheet_leader: str = ""  # 分管领导
    notice_reply_days: int = 7  # 督办单的反馈时限: days after issuing
    notice_code: str = "督"  # 督办单文号的代字: 组督 → 组督〔2026〕3号
    notice_contact: str = ""  # 督办单的联系人 and 联系电话 (the 督查室's); blank lines to fill in when not set
    notice_phone: str = ""
    # The trigger of a notice's level: 提醒 (blue) when the deadline is within remind_days, 督办单 (yellow) when
    # behind schedule, silent or just late, 红色督办单 (red) once overdue by more than red_after_days (0: at once).
    remind_days: int = 7
    red_after_days: int = 0
    # 考核评价: the words an approver rates a closed task with, best first, each with its points; and the
    # weights of a section's yearly score (on-time rate, rating, problems put right, reports on time).
    rating_scale: str = "好=100,较好=85,一般=70,差=50"
    weight_on_time: int = 30
    weight_rating: int = 30
    weight_problems: int = 20
    weight_reports: int = 20
    closing_needs_evidence: int = 0  # 1: a task is closed (销号) only with a file of 佐证材料 attached
    freeze_day: int = 0  # from this day of a month on, the window freezes last month's figures on opening; 0: never
    # 下步要求 of the monthly 通报: the office's standing paragraphs, one per line, edited in 设置.
    monthly_requirements: str = (
        "各科室要对照年初确定的重点任务，倒排时间、挂图作战，确保按时保质完成。\n"
        "对已逾期的任务，牵头科室要说明原因、明确整改时限，逾期未完成的由督查室发出督办单。\n"
        "各科室要在每月例会前报送进展情况，做到有进展必报、无进展说明原因，督查室将按月通报。\n"
        "督查中发现的问题，责任科室要逐项整改销号，整改情况纳入年度考核。")

    def year_for(self, asked: int | None, fallback: int) -> int:
        """The year a command or sheet works on: the one asked for, else the ledger's current year, else
        `fallback` (the year of the day it judges by)."""
        return asked or self.current_year or fallback

    @property
    def light_rules(self) -> LightRules:
        """The rules every light, count and sheet of this ledger judges by: one place builds them."""
        return LightRules(self.warning_days, self.schedule_gap, self.sign_days, bool(self.behind_yellow),
                          max(self.red_yellow_days, 0))

    @property
    def notice_trigger(self) -> NoticeTrigger:
        """When a notice is a 提醒, a 督办单 or a 红色督办单 (设置 → 督办单)."""
        return NoticeTrigger(max(self.remind_days, 0), max(self.red_after_days, 0), self.warning_days)


# Each setting as the settings dialog names it, for a message that must name one.
SETTING_WORDS = {
    "org_name": said("单位名称"), "current_year": said("当前年度"), "warning_days": said("黄灯提前天数"),
    "schedule_gap": said("进度落后多少算黄灯"), "sign_days": said("签收期限（天）"),
    "behind_yellow": said("欠进度亮黄灯"), "red_yellow_days": said("红灯纠正后保留黄灯（天）"),
    "backup_dir": said("备份文件夹"),
    "backup_keep": said("保留备份份数"),
    "report_font": said("报表字体"), "last_full_check": said("完整性检查"), "sheet_preparer": said("制表人"),
    "sheet_reviewer": said("审核人"), "sheet_leader": said("分管领导"), "notice_reply_days": said("督办单反馈天数"),
    "notice_code": said("督办单文号代字"), "notice_contact": said("督办单联系人"),
    "notice_phone": said("督办单联系电话"), "remind_days": said("提前几天提醒"),
    "red_after_days": said("逾期几天发红色督办单"),
    "rating_scale": said("评价等次"), "weight_on_time": said("按时完成的权重"), "weight_rating": said("评价的权重"),
    "weight_problems": said("问题整改的权重"), "weight_reports": said("按时反馈的权重"),
    "closing_needs_evidence": said("销号须附佐证材料"), "monthly_requirements": said("月度通报的下步要求"),
    "freeze_day": said("每月几日冻结上月数字"),
}


def load_settings(session: Session) -> LedgerSettings:
    stored = {row.key: row.value for row in session.scalars(select(Setting))}
    result = LedgerSettings()
    for field in fields(LedgerSettings):
        if field.name not in stored:
            continue
        raw = stored[field.name]
        default = getattr(result, field.name)
        try:
            value: object = int(raw) if isinstance(default, int) else raw
        except ValueError:
            continue  # a hand-edited bad number falls back to the default rather than breaking the open
        setattr(result, field.name, value)
    return result


def org_name(session: Session) -> str:
    """The ledger's 单位名称 alone (load_settings reads every setting): what a unit's name is read against."""
    row = session.get(Setting, "org_name")
    return row.value if row is not None else LedgerSettings.org_name


def save_setting(session: Session, name: str, value: str | int) -> tuple[str | None, str]:
    """Store one setting; returns (old, new) as text for the audit trail."""
    known = {field.name: field for field in fields(LedgerSettings)}
    if name not in known:
        raise KeyError(name)
    if isinstance(getattr(LedgerSettings(), name), int):
        value = int(value)
    row = session.get(Setting, name)
    old = row.value if row else None
    if row is None:
        session.add(Setting(key=name, value=str(value)))
    else:
        row.value = str(value)
    return old, str(value)


def change_settings(session: Session, actor: str, values: dict[str, str | int]) -> list[str]:
    """Store several settings in one action, auditing each that changed; returns the changed names."""
    changed = []
    for name, value in values.items():
        old, new = save_setting(session, name, value)
        if old != new:
            audit.record(session, actor, "update", "setting", 0, name, old, new)
            changed.append(name)
    return changed
