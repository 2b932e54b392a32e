"""The settings 设置 edits, tab by tab, and a NAME=VALUE of `settings set` read as the dialog takes what is typed:
the same ranges as its number boxes, its switches, its trimming, its refusals."""

from __future__ import annotations

import re
from pathlib import Path

from models.domain.rating import parse_scale, scale_text
from models.domain.settings import SETTING_WORDS
from models.domain.text import readable_text
from models.errors import RuleError

# The dialog's tabs and what each edits, in its order. Not here: the old scoring weights (the rule set's now, the
# dialog keeps them untouched), when the last full check passed (数据安全 writes it), the interface language (a
# PC's choice, not the ledger's), and the 考核办法 (`main.py assessment --rules`, `--set-rules`).
TABS: dict[str, tuple[str, ...]] = {
    "常规": ("org_name", "current_year", "warning_days", "schedule_gap", "behind_yellow", "red_yellow_days",
           "sign_days", "backup_dir", "backup_keep", "sheet_preparer", "sheet_reviewer", "sheet_leader"),
    "督办单": ("notice_code", "notice_reply_days", "remind_days", "red_after_days", "notice_contact", "notice_phone"),
    "通报": ("monthly_requirements", "report_font", "freeze_day"),
    "考核": ("rating_scale", "closing_needs_evidence"),
}
EDITED = tuple(name for names in TABS.values() for name in names)
# What the ledger's settings hold that the dialog does not edit (see above): every other one is in TABS.
NOT_EDITED = frozenset({"last_full_check", "weight_on_time", "weight_rating", "weight_problems", "weight_reports"})
TAB_OF = {name: tab for tab, names in TABS.items() for name in names}

# The dialog's number boxes, low and high (tests/test_settings_command.py holds them to the dialog's).
RANGES: dict[str, tuple[int, int]] = {
    "current_year": (2000, 2100), "warning_days": (0, 90), "schedule_gap": (0, 100), "sign_days": (0, 30),
    "backup_keep": (1, 999), "notice_reply_days": (1, 365), "remind_days": (0, 90), "red_after_days": (0, 365),
    "freeze_day": (0, 28), "red_yellow_days": (0, 90),
}
SWITCHES = frozenset({"behind_yellow", "closing_needs_evidence"})
ON, OFF = ("是", "开", "1", "on", "yes", "true"), ("否", "关", "0", "off", "no", "false")
NOTICE_CODE_LONGEST = 8  # the dialog's box takes no more
# What a number means when it is its special value, and what an empty text means.
MEANINGS: dict[str, dict[object, str]] = {
    "current_year": {0: "今年"}, "sign_days": {0: "不提醒"}, "red_after_days": {0: "一逾期即发"},
    "red_yellow_days": {0: "不保留（直接按规则亮灯）"},
    "freeze_day": {0: "不自动冻结"}, "backup_dir": {"": "台账旁的默认位置"},
    "report_font": {"": "使用本机找到的中文字体"},
    **{name: {"": "打印空白签字栏"} for name in ("sheet_preparer", "sheet_reviewer", "sheet_leader")},
    **{name: {"": "督办单上留空待填"} for name in ("notice_contact", "notice_phone")},
}


# The words beside each box in the dialog (their brackets dropped), also taken for a setting.
WINDOW_WORDS = {
    "临期提醒": "warning_days", "进度滞后提醒": "schedule_gap", "签收期限": "sign_days", "保留最近备份": "backup_keep",
    "报表制表人": "sheet_preparer", "报表审核人": "sheet_reviewer", "报表分管领导": "sheet_leader",
    "文号代字": "notice_code", "反馈时限": "notice_reply_days", "提醒": "remind_days", "红色督办单": "red_after_days",
    "联系人": "notice_contact", "联系电话": "notice_phone", "下步要求": "monthly_requirements",
    "销号时必须附上佐证材料": "closing_needs_evidence", "红灯纠正后保留黄灯": "red_yellow_days",
}


def label(name: str) -> str:
    return SETTING_WORDS.get(name, name)


def _bare(word: str) -> str:
    """签收期限（天） is 签收期限 too: the bracket says the unit, not the setting."""
    return re.sub(r"（[^（）]*）$", "", word)


def setting_name(word: str) -> str:
    """The setting a word names: its English name (any case), its Chinese label, or the dialog's word beside its
    box, each with or without the bracket."""
    word = word.strip()
    for name in EDITED:
        if word.lower() == name or word in (label(name), _bare(label(name))):
            return name
    if _bare(word) in WINDOW_WORDS:
        return WINDOW_WORDS[_bare(word)]
    raise RuleError("没有叫“{word}”的设置。用 main.py settings show 列出每项设置的名称（中文或英文都可以）。",
                    word=word)


def allowed(name: str) -> str:
    """What `name` may be, in the words a refusal uses."""
    if name in RANGES:
        low, high = RANGES[name]
        return f"{low} 到 {high} 之间的整数"
    if name in SWITCHES:
        return "是 或 否（也可写 1 或 0）"
    return {"org_name": "不能为空的一行文字", "notice_code": f"最多 {NOTICE_CODE_LONGEST} 个字（留空为“督”）",
            "monthly_requirements": "一条一行的文字（空行不计）", "rating_scale": "如 好=100,较好=85,一般=70,差=50",
            "report_font": "TrueType 字体文件（.ttf 或 .ttc）的路径，留空则用本机找到的中文字体",
            "backup_dir": "文件夹路径，留空为台账旁的默认位置"}.get(name, "一行文字，可以留空")


def setting_value(name: str, typed: str) -> str | int:
    """`typed` as the dialog would store it for `name`, or a refusal naming the setting and what it may be."""
    text = readable_text(typed).strip()
    refused = RuleError("设置“{label}”（{name}）不能设为“{typed}”，可取的值：{allowed}。", label=label(name),
                        name=name, typed=typed, allowed=allowed(name))
    if name in RANGES:
        low, high = RANGES[name]
        if not re.fullmatch(r"\d{1,9}", text) or not low <= int(text) <= high:
            raise refused
        return int(text)
    if name in SWITCHES:
        if text.lower() not in (*ON, *OFF):
            raise refused
        return int(text.lower() in ON)
    if name == "monthly_requirements":  # as the 通报 tab keeps them: each line trimmed, blank lines dropped
        return "\n".join(line.strip() for line in text.splitlines() if line.strip())
    if "\n" in text or "\r" in text:
        raise refused
    if name == "rating_scale":
        return scale_text(parse_scale(text))  # its refusals name 评价等次 and the wrong part
    if name == "org_name" and not text:
        raise refused
    if name == "notice_code":
        if len(text) > NOTICE_CODE_LONGEST:
            raise refused
        return text or "督"
    if name == "report_font" and text:
        return _font_file(text)
    if name == "backup_dir" and text:
        return str(Path(text).expanduser().absolute())  # the dialog's chooser gives a whole path; so does this
    return text


def _font_file(text: str) -> str:
    """A font file the PDFs can embed, as the 通报 tab's 选择… takes one."""
    from reports.fonts import has_truetype_outlines  # ReportLab loads when a font is set, not to read arguments

    path = Path(text).expanduser().absolute()
    if not path.is_file():
        raise RuleError("设置“报表字体”（report_font）：找不到字体文件“{typed}”。", typed=text)
    if path.suffix.lower() not in (".ttf", ".ttc") or not has_truetype_outlines(path):
        raise RuleError("设置“报表字体”（report_font）：“{file}”不能嵌入 PDF，请给出 TrueType 字体文件（.ttf 或 .ttc）"
                        "的路径，如 simfang.ttf；收到的是“{typed}”。", file=path.name, typed=text)
    return str(path)


def read_assignments(words: list[str]) -> dict[str, str | int]:
    """NAME=VALUE words as the settings they set, each value read as the dialog takes it; nothing is written
    here, so a refusal of one leaves every setting as it was."""
    values: dict[str, str | int] = {}
    for word in words:
        key, equals, typed = word.partition("=")
        if not equals:
            raise RuleError("“{word}”应写成 名称=值，如 sign_days=5 或 签收期限=5。", word=word)
        name = setting_name(key)
        if name in values:
            raise RuleError("设置“{label}”（{name}）给了两次，只能给一次。", label=label(name), name=name)
        values[name] = setting_value(name, typed)
    return values


def shown(name: str, value: object) -> str:
    """A value as `settings show` and `settings set` print it: switches as 是/否, a special value with its meaning."""
    if name in SWITCHES:
        return "是" if value else "否"
    if name == "monthly_requirements":
        return f"{len(str(value).splitlines())}条"
    meaning = MEANINGS.get(name, {}).get(value)
    if meaning is None:
        return str(value)
    return f"{value}（{meaning}）" if value != "" else f"（空：{meaning}）"

