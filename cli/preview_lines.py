"""How an import's preview names a flagged row on the command line, for the task and the 整改台账 imports alike."""

from __future__ import annotations

import re

from models.domain.text import cut_title, reasons

# Kept apart from the import commands: the parser loads this with every command, and the imports' own modules
# load openpyxl and the Word reader, which a window or a `task show` never needs.
_WORD_PARTS = re.compile(r"正文|表格\d+|粘贴的文字")  # what a Word document's or pasted text's rows stand in


def row_said(status: str, sheet: str, row: int, name: str, messages: list[str]) -> str:
    """One flagged row of a preview: "  [错误] 工作表“Sheet”第1行：没有找到…", "  [提示] 正文第5行 推进…：…；…。"
    (the sheet named as a sheet, no blank before the colon when the row has no title, the reasons joined once)."""
    place = f"{sheet}第{row}行" if _WORD_PARTS.fullmatch(sheet) else f"工作表“{sheet}”第{row}行"
    named = f" {cut_title(name)}" if name.strip() else ""
    return f"  [{status}] {place}{named}：{reasons(messages)}"
