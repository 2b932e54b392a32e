"""The argparse definition of main.py: GUI options and the headless subcommands, in Chinese."""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from cli import (
    evidence_commands,
    instruction_commands,
    minutes_command,
    month_command,
    monthly_command,
    problem_commands,
    problem_ledger_command,
    settings_command,
    task_commands,
    users_command,
)
from cli.places import ledger_place
from models.domain.notices import check_reply_days
from models.domain.text import readable_text
from models.errors import RuleError

# argparse looks its own messages up through gettext at call time; these are the ones users meet.
_ARGPARSE_ZH = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "expected one argument": "需要一个参数值",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "invalid %(type)s value: %(value)r": "无效的值：%(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选择：%(value)r（可选：%(choices)s）",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 有歧义，可能是 %(matches)s",
}


def _translate(message: str) -> str:
    return _ARGPARSE_ZH.get(message, message)


argparse._ = _translate  # type: ignore[attr-defined]


def iso_date(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应写成 2026-03-25 这样的格式，收到的是“{text}”") from None
    if not 2000 <= day.year <= 2100:  # 9999-12-31 overflowed the day arithmetic of notices and lights
        raise argparse.ArgumentTypeError(f"日期应在 2000 年到 2100 年之间，收到的是“{text}”")
    return day


def copy_count(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 99:
        raise argparse.ArgumentTypeError(f"份数应是 1 到 99 之间的整数，收到的是“{text}”")
    return int(text)


def reply_day_count(text: str) -> int:
    """A 督办单's reply time in days, refused in the words issuing refuses it with (one check for a preview and a
    real run alike)."""
    try:
        return check_reply_days(text.strip())
    except RuleError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def year_number(text: str) -> int:
    if not text.isdigit() or not 2000 <= int(text) <= 2100:
        raise argparse.ArgumentTypeError(f"年度应是 2000 到 2100 之间的四位数字，收到的是“{text}”")
    return int(text)


def period_text(text: str) -> str:
    if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", text):
        raise argparse.ArgumentTypeError(f"期次应写成“年-月”，例如 2026-03；收到的是“{text}”")
    return text


DB_HELP = "台账文件，或服务器地址 postgresql://用户@服务器[:端口]/数据库（密码运行时输入，或取自 PGPASSWORD）"


# A verb whose trailing words are a list names it by this default, with the type of its words (task milestones:
# ("milestones", str); evidence add: ("files", Path)), so that the words are taken wherever --db and the other
# options stand, as every other verb's are.
COLLECTS_WORDS = "collects_words"


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """main.py's arguments. argparse ends a list of words at the first option after it and calls the words after
    that option unrecognised (`task milestones 7.4 --db X 2026-10=30`): a verb that collects words is given them."""
    parser = build_parser()
    args, extras = parser.parse_known_args(argv)
    collects = getattr(args, COLLECTS_WORDS, None)
    if extras and collects and not any(word.startswith("-") for word in extras):
        into, kind = collects
        setattr(args, into, [*(getattr(args, into) or []), *map(kind, extras)])
    elif extras:
        parser.error(_translate("unrecognized arguments: %s") % " ".join(extras))
    return args


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py", description="落实台账：重点任务分解、推进、复命、销号与督办。不带子命令时打开窗口。")
    parser.add_argument("--db", type=ledger_place, help="要打开的台账文件或服务器地址 postgresql://用户@服务器/数据库"
                        "（默认：用户数据文件夹中的台账）")
    parser.add_argument("--demo", action="store_true", help="直接打开示例台账（与正式台账分开存放）")
    parser.add_argument("--screenshot", type=Path, metavar="FILE.png", help="载入后把主窗口画到 PNG 文件并退出")
    parser.add_argument("--gallery", type=Path, metavar="DIR",
                        help="把主窗口各页和各个对话框按 1366×768 屏幕（当前缩放）画成 PNG 存入 DIR，列出放不下的")
    parser.add_argument("--view", choices=["tasks", "meeting", "stats", "problems", "projector"], default="tasks",
                        help="启动时显示的页面：tasks 任务、meeting 会议录入、stats 统计、problems 问题清单、"
                        "projector 会议录入的投影放映（全屏，Esc 退出）")
    parser.add_argument("--user", help="录入人（写入修改记录），默认是操作系统用户名")
    commands = parser.add_subparsers(dest="command", title="子命令", metavar="子命令")

    new = commands.add_parser("new", help="新建空白台账", description="新建一个空白台账文件（不会覆盖已有文件）。")
    new.add_argument("--db", type=ledger_place, required=True,
                     help="要新建的台账文件（不能已存在），或服务器上的空数据库 postgresql://…")
    new.add_argument("--org", default="", type=readable_text, help="单位名称，如 中共××市委组织部")
    new.add_argument("--year", type=year_number, help="当前年度（默认：今年）")

    demo = commands.add_parser("demo", help="生成示例台账", description="按年初部署讲话生成一份示例台账。")
    demo.add_argument("--db", type=ledger_place, required=True,
                      help="要写入的新文件（不能已存在），或服务器上的空数据库 postgresql://…")

    check = commands.add_parser("check", help="检查台账文件是否完好（只读）",
                                description="完整性检查、外键检查和数据结构版本检查；不修改文件。")
    check.add_argument("--db", type=ledger_place, required=True, help=DB_HELP)
    check.add_argument("--full", action="store_true", help="做完整的 integrity_check（较慢）")

    backup = commands.add_parser("backup", help="备份台账", description="用 SQLite 在线备份生成一份经过校验的备份。")
    backup.add_argument("--db", type=ledger_place, required=True, help=DB_HELP)
    backup.add_argument("--to", type=Path, help="备份文件夹（默认：台账旁边的“<文件名>-备份”文件夹）")

    restore = commands.add_parser("restore", help="从备份恢复台账",
                                  description="用一份备份替换台账；被替换的文件改名保留在原处。服务器上的台账先备份成文件，"
                                              "恢复前要求输入数据库名确认，别的电脑还连着时不恢复。")
    restore.add_argument("backup", type=Path, help="备份文件")
    restore.add_argument("--db", type=ledger_place, required=True, help="要恢复的台账文件或服务器地址")
    restore.add_argument("--yes", action="store_true",
                         help="服务器：不再要求输入数据库名确认（用于脚本）")
    restore.add_argument("--force", action="store_true",
                         help="服务器：别的电脑还连着这个台账时也恢复（他们正在用的内容会被替换）")

    migrate = commands.add_parser(
        "migrate", help="把台账搬到服务器或搬回文件",
        description="把整个台账（全部记录和修改记录）从一处复制到另一处，复制后逐表核对行数；"
                    "目标须是不存在的文件或服务器上的空数据库。从服务器搬回文件也就是服务器台账的备份。")
    migrate.add_argument("--from", dest="source", type=ledger_place, required=True, help="原台账：文件或服务器地址")
    migrate.add_argument("--to", dest="target", type=ledger_place, required=True, help="目标：新文件或服务器地址")

    stats = commands.add_parser("stats", help="按科室统计任务情况", description="按牵头科室统计（只读）。")
    stats.add_argument("--db", type=ledger_place, required=True, help=DB_HELP)
    stats.add_argument("--year", type=year_number, help="年度（默认：台账设置的当前年度）")
    stats.add_argument("--as-of", type=iso_date, dest="as_of", help="统计截止日期，如 2026-03-25（默认：今天）")
    stats.add_argument("--json", action="store_true", help="输出 JSON（键名为英文，格式稳定）")
    stats.add_argument("--month", type=monthly_command.month_text, metavar="2026-11",
                       help="统计这个月（按月底的情况；冻结的月份用冻结的数字）")

    scores = commands.add_parser(
        "assessment", help="科室考核：得分、等次、排名和加减分明细",
        description="按本年度的考核办法给各科室打分：基础分加减各项事件的分值（或按比率加权），列出每一分的来历。"
                    "--rules 显示考核办法，--set-rules 从 JSON 文件设置本年度的考核办法（从这一年起适用）。")
    scores.add_argument("--db", type=ledger_place, required=True, help=DB_HELP)
    scores.add_argument("--year", type=year_number, help="年度（默认：台账设置的当前年度）")
    scores.add_argument("--as-of", type=iso_date, dest="as_of", help="考核截止日期，如 2026-12-31（默认：今天）")
    scores.add_argument("--json", action="store_true",
                        help="输出 JSON：每个科室的基础分、每一项加减分、得分、等次和排名")
    scores.add_argument("--details", action="store_true", help="在表格后列出各科室的加减分明细")
    scores.add_argument("--month", type=monthly_command.month_text, metavar="2026-11",
                        help="考核到这个月底（冻结的月份用冻结的数字）")
    which = scores.add_mutually_exclusive_group()
    which.add_argument("--rules", action="store_true", help="只显示这一年度适用的考核办法")
    which.add_argument("--set-rules", dest="set_rules", metavar="FILE.json",
                       help="把这个 JSON 文件中的考核办法设为本年度的考核办法（格式同 --rules --json 的输出）")

    numbers = commands.add_parser("renumber", help="重新编号（先列出改动，加 --apply 才执行）",
                                  description="按现在的重点任务和任务顺序重新编号。编号一经给出就不再随删除而变；"
                                              "只有在这里（或“设置 → 重点任务 → 重新编号…”）才会改。")
    numbers.add_argument("--db", type=ledger_place, required=True, help=DB_HELP)
    numbers.add_argument("--year", type=year_number, help="年度（默认：台账设置的当前年度）")
    numbers.add_argument("--apply", action="store_true", help="执行重新编号（不加则只列出会改动的编号）")
    records = commands.add_parser("inspections", help="列出督查/调研记录（只读）",
                                  description="列出一年的督查/调研记录：编号、日期、类别、到访单位和发现的问题数。")
    problems = commands.add_parser("problems", help="列出问题清单及各科室整改率（只读）",
                                   description="列出一年的问题清单：状态、整改时限、是否逾期；末尾按责任科室统计"
                                               "发现、已整改、逾期和整改率。")
    problems.add_argument("--as-of", type=iso_date, dest="as_of", help="截止日期，如 2026-03-25（默认：今天）")
    problems.add_argument("--section", default="", help="只列这个科室负责整改的问题")
    problems.add_argument("--only", choices=["open", "overdue", "due"],
                          help="只列：open 未整改完成、overdue 整改逾期、due 逾期及临期")
    for listing in (records, problems):
        listing.add_argument("--db", type=ledger_place, required=True, help=DB_HELP)
        listing.add_argument("--year", type=year_number, help="年度（默认：台账设置的当前年度）")
        listing.add_argument("--json", action="store_true", help="输出 JSON（键名为英文，格式稳定）")

    evidence_commands.add_parser(commands, ledger_place, year_number, DB_HELP)
    task_commands.add_parser(commands, ledger_place, year_number, iso_date, period_text, DB_HELP)
    problem_commands.add_parser(commands, ledger_place, year_number, iso_date, DB_HELP)
    users_command.add_parser(commands, ledger_place, DB_HELP)
    month_command.add_parser(commands, ledger_place, iso_date, DB_HELP)
    settings_command.add_parser(commands, ledger_place, year_number, DB_HELP)

    importing = commands.add_parser(
        "import", help="导入任务分解表（.xlsx）",
        description="读取任务分解表：自动找表头（可在前 15 行、可为两行表头），识别合并单元格与编号层级；"
                    "整个导入在一次事务中完成，同一文件再次导入会更新而不会重复。")
    importing.add_argument("file", type=Path, metavar="FILE.xlsx", help="任务分解表文件")
    importing.add_argument("--db", type=ledger_place, required=True, help=DB_HELP)
    importing.add_argument("--year", type=year_number, help="年度（默认：台账设置的当前年度）")
    importing.add_argument("--dry-run", dest="dry_run", action="store_true", help="只检查、预览，不写入")
    importing.add_argument("--create", action="store_true", help="台账文件还不存在时先新建一个")
    importing.add_argument("--columns", metavar="字段=列,…",
                           help="表头认不出时手工指定各列，如 任务内容=B,牵头科室=D,完成时限=F"
                                "（字段：序号、重点任务、任务内容、牵头科室、配合科室、分管领导、责任人、完成时限、备注）")
    importing.add_argument("--json", action="store_true", help="输出 JSON（键名为英文，格式稳定）")

    returned = commands.add_parser(
        "import-progress", help="导入科室报回的推进情况表（.xlsx）",
        description="按编号或任务内容（允许小的改动）把每行对应到任务，作为该期的复命记录；对不上的行会列出。")
    returned.add_argument("file", type=Path, metavar="FILE.xlsx", help="推进情况表文件")
    returned.add_argument("--db", type=ledger_place, required=True, help=DB_HELP)
    returned.add_argument("--period", type=period_text, required=True, help="期次，如 2026-03")
    returned.add_argument("--year", type=year_number, help="年度（默认：台账设置的当前年度）")
    returned.add_argument("--as-of", type=iso_date, dest="as_of", help="填报日期（默认：今天）")
    returned.add_argument("--dry-run", dest="dry_run", action="store_true", help="只检查、预览，不写入")
    returned.add_argument("--json", action="store_true", help="输出 JSON（键名为英文，格式稳定）")

    problem_ledger_command.add_parser(commands, ledger_place, year_number, DB_HELP)

    export = commands.add_parser("export-xlsx", help="导出台账为 Excel 任务分解表",
                                 description="按办公室的格式导出：标题行、两行表头、重点任务合并单元格、横向打印。")
    export.add_argument("--db", type=ledger_place, required=True, help=DB_HELP)
    export.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx", help="要写入的 Excel 文件")
    export.add_argument("--year", type=year_number, help="年度（默认：台账设置的当前年度）")
    form = commands.add_parser("feedback-form", help="导出科室反馈表",
                               description="一个科室某期的空白反馈表；填好后可直接用 import-progress 导入。")
    form.add_argument("--db", type=ledger_place, required=True, help=DB_HELP)
    form.add_argument("--section", required=True, help="科室名称")
    form.add_argument("--period", type=period_text, required=True, help="期次，如 2026-03")
    form.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx", help="要写入的 Excel 文件")
    form.add_argument("--year", type=year_number, help="年度（默认：台账设置的当前年度）")

    report = commands.add_parser("report", help="生成 PDF 报表",
                                 description="生成可打印的 PDF 报表（督办单会编号并记入台账，其余只读）。")
    kinds = report.add_subparsers(dest="report", title="报表", metavar="报表", required=True)
    progress = kinds.add_parser("progress", help="工作任务推进情况表",
                                description="A4 横向的推进情况表：按科室或重点任务分组，每页重复表头。")
    progress.add_argument("--db", type=ledger_place, required=True, help=DB_HELP)
    progress.add_argument("--out", type=Path, metavar="FILE.pdf", help="要写入的 PDF 文件（用 --print 时可省略）")
    progress.add_argument("--year", type=year_number, help="年度（默认：台账设置的当前年度）")
    progress.add_argument("--as-of", type=iso_date, dest="as_of", help="截止日期，如 2026-03-25（默认：今天）")
    progress.add_argument("--section", default="", help="只列这个科室牵头或配合的任务")
    progress.add_argument("--key-task", dest="key_task", default="", help="只列这项重点任务（名称或序号）")
    progress.add_argument("--leader", default="", help="只列这位分管领导的任务")
    progress.add_argument("--group-by", dest="group_by", choices=["section", "key-task"], default="section",
                          help="分组方式：section 按科室（默认）、key-task 按重点任务")
    progress.add_argument("--binding", action="store_true", help="左侧留 10 毫米装订边")
    progress.add_argument("--only", choices=["unfinished", "overdue", "no-feedback"],
                          help="只列：unfinished 未完成、overdue 逾期及临期、no-feedback 本期未反馈")
    stats_sheet = kinds.add_parser("stats", help="统计表", description="按科室的统计表，含合计、排名和完成率柱状图。")
    notice = kinds.add_parser("notice", help="督办单（发出并编号）",
                              description="为一项任务发出督办单，一页：文号（代字见设置，如组督〔年〕N号，记入台账）、"
                                          "交办日期、事项来源、督办事项与意见、反馈时限、近期进展、领导批示和督查室审核栏，"
                                          "下附可剪下的回执。")
    notice.add_argument("--task", required=True, metavar="编号", help="任务编号，与窗口“编号”列相同，如 3.2")
    notices = kinds.add_parser("notices", help="批量督办单（每项一页）",
                               description="为符合条件的每项一级任务发出一张督办单（逾期、未反馈的子任务列在单中），"
                                           "每张单独成页，依次编号；督办单未办结的任务重印原单，编号不变。")
    notices.add_argument("--only", choices=["overdue", "red", "no-feedback", "all"], default="overdue",
                         help="overdue 逾期（默认）、red 红灯、no-feedback 本期未反馈、"
                              "all 全部未启动和推进中的（不含暂缓），与窗口“批量督办单”的“列出”相同")
    notices.add_argument("--section", default="", help="只发给这个科室牵头或配合的任务")
    for kind in (notice, notices):
        kind.add_argument("--opinion", default="", help="督办意见（默认按是否逾期给出标准意见）")
        kind.add_argument("--reply-days", dest="reply_days", type=reply_day_count,
                          help="反馈时限：发出后几天，1 到 365（默认：台账设置）")
        kind.add_argument("--dry-run", dest="dry_run", action="store_true", help="只生成预览，不编号、不记入台账")
        kind.add_argument("--level", choices=["blue", "yellow", "red"],
                          help="督办等级：blue 提醒函（不编号，记入催办记录）、yellow 督办单、red 红色督办单"
                               "（默认按设置中的触发条件：逾期超过设定天数为红色督办单，逾期、进度滞后或本期未反馈为督办单，"
                               "临近完成时限为提醒函；批量时触发条件都不符合的任务不发，单发一项至少为督办单）")
        kind.add_argument("--again", action="store_true",
                          help="催办：已有未办结督办单的任务另发一张新编号的督办单，注明前次督办单（不加时重印原单、编号不变）")
    problem_sheet = kinds.add_parser("problems", help="问题整改清单",
                                     description="A4 横向的问题整改清单：按责任科室或来源分组，"
                                                 "含整改进展、状态和整改率。")
    problem_sheet.add_argument("--group-by", dest="group_by", choices=["section", "source"], default="section",
                               help="分组方式：section 按责任科室（默认）、source 按来源（督查/调研记录）")
    problem_sheet.add_argument("--only", choices=["open", "overdue", "due"],
                               help="只列：open 未整改完成、overdue 整改逾期、due 逾期及临期")
    problem_sheet.add_argument("--section", default="", help="只列这个科室负责整改的问题")
    bulletin = kinds.add_parser("bulletin", help="督查通报（一条督查记录，PDF 或 Word）",
                                description="一条督查/调研记录的通报，公文格式（红头、第N期、版记）：基本情况、发现的问题、"
                                            "问题整改清单和有关要求。写出时编期号（与月度通报同一序列，全年连续），"
                                            "再次打印期号不变。--out 以 .docx 结尾时写成 Word 文档。")
    bulletin.add_argument("--record", type=int, required=True, metavar="编号",
                          help="督查记录编号（main.py inspections 列出的方括号里的数字）")
    bulletin.add_argument("--dry-run", dest="dry_run", action="store_true", help="只生成预览，不编期号、不记入台账")
    scores = kinds.add_parser("assessment", help="考核汇总表",
                              description="各科室年度考核得分与排名：按时完成率、销号评价、问题整改率、复命率，"
                                          "按台账设置中的权重计算。")
    account = kinds.add_parser("year", help="年度工作台账（PDF 或 Word）",
                               description="一年的工作台账：总体情况，各重点任务的计划、完成、延期和结转，各科室考核，"
                                           "督查调研和问题整改，结转下年的任务。--out 以 .docx 结尾时写成 Word 文档，"
                                           "便于改写成年度总结。")
    monthly = monthly_command.add_parser(kinds)
    minutes = minutes_command.add_parser(kinds)
    instruction = instruction_commands.add_report_parser(kinds)
    minutes.add_argument("--db", type=ledger_place, required=True, help=DB_HELP)
    minutes.add_argument("--out", type=Path, metavar="FILE.pdf",
                         help="要写入的 PDF 或 Word（.docx）文件（用 --print 时可省略）")
    for sheet in (stats_sheet, notice, notices, problem_sheet, bulletin, monthly, scores, account, instruction):
        sheet.add_argument("--db", type=ledger_place, required=True, help=DB_HELP)
        sheet.add_argument("--out", type=Path, metavar="FILE.pdf",
                           help="要写入的 PDF 文件（年度工作台账、督查通报、月度通报和呈报单也可以是 .docx；"
                                "用 --print 时可省略）")
        sheet.add_argument("--year", type=year_number, help="年度（默认：台账设置的当前年度）")
        sheet.add_argument("--as-of", type=iso_date, dest="as_of", help="截止日期，如 2026-03-25（默认：今天）")
    for sheet in (progress, stats_sheet, notice, notices, problem_sheet, bulletin, monthly, scores, account,
                  minutes, instruction):
        sheet.add_argument("--print", dest="send_to_printer", action="store_true",
                           help="生成后直接打印（与窗口里的“打印”相同：横向的表按横向纸张打印）")
        sheet.add_argument("--printer", metavar="打印机",
                           help="打印到这台打印机（默认：本机的默认打印机）；pdf:FILE.pdf 打印成 PDF 文件，便于检查")
        sheet.add_argument("--copies", type=copy_count, default=1, metavar="份数",
                           help="打印份数（默认 1 份，最多 99 份）")
    return parser
