"""The 公文 form (GB/T 9704 as an office uses it) described once, for the PDF and the Word renderers alike:
the 红头's words, the page, the type sizes and the 版记's lines, with no ReportLab and no python-docx here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from models.domain.deadlines import chinese_date

# The page (mm): GB/T 9704 7.1 — 天头 37, 订口 28, a text block of 156 × 225, so the foot is 35 and the
# right margin 26. Twenty-two lines of twenty-eight characters in 三号 fit it at a fixed 28 pt line.
TOP_MM, BOTTOM_MM, LEFT_MM, RIGHT_MM = 37.0, 35.0, 28.0, 26.0
PAGE_NUMBER_GAP_MM = 7.0  # the page number's top edge below the text block (7.5)

# Sizes in points, by their Chinese names: 初号 42, 小初 36, 一号 26, 二号 22, 三号 16, 四号 14, 五号 10.5.
KIND_SIZE = 42.0  # the 发文机关标志 (here the document's kind: 督查通报), as large as the office prints it
ORGAN_SIZE = 22.0
TITLE_SIZE = 22.0  # 二号 小标宋 (or the heaviest face)
BODY_SIZE = 16.0  # 三号 仿宋
BODY_LEADING = 28.0  # a fixed line: 22 lines a page
INDENT_CHARS = 2  # every paragraph, and 一、（一） headings, begin two characters in
NOTE_SIZE = 14.0  # 四号: the 版记 and the page numbers
TABLE_SIZE = 10.5  # 五号: a table of seven columns in 156 mm keeps its words whole
RED = (0xE6, 0x00, 0x12)  # the 红头 and its rule, as offices' templates set it
RED_HEX = "E60012"


@dataclass(frozen=True)
class GongwenFrame:
    """Everything the 公文 carries around its body.

    organ: "中共××市委组织部" (the first line of the 红头); kind: "督查通报"; issue_number and year: 第N期 of
    that year's series; issued_by: who edits it, on the left of the 编发 line ("督查室"); issued_on: the date on
    its right; addressee: 主送 without the colon ("各科室"); copy_to: 抄送 ("部领导" …, empty: no 抄送 line);
    printed_by and printed_on: the 印发 line; internal: "内部资料 注意保存" under the 版记."""

    organ: str
    kind: str
    issue_number: int
    year: int
    issued_by: str
    issued_on: date
    addressee: str = "各科室"
    copy_to: tuple[str, ...] = ()
    printed_by: str = ""
    printed_on: date | None = None
    internal: bool = False

    @property
    def issue_words(self) -> str:
        """第N期, or 第　期 where no number is given yet (a preview before the number is issued)."""
        return f"第{self.issue_number}期" if self.issue_number > 0 else "第　期"

    @property
    def kind_spaced(self) -> str:
        """督查通报 for the 红头; four characters or fewer are spread a little, as printed 红头 are."""
        return " ".join(self.kind) if len(self.kind) <= 4 else self.kind

    @property
    def dated(self) -> str:
        return chinese_date(self.issued_on)

    @property
    def addressee_line(self) -> str:
        return f"{self.addressee.rstrip('：:')}：" if self.addressee.strip() else ""

    @property
    def copy_line(self) -> str:
        return f"抄送：{'，'.join(self.copy_to)}。" if self.copy_to else ""

    @property
    def printed_line(self) -> tuple[str, str]:
        """The 印发 line's two ends: the organ that prints it, and "2026年12月6日印发"."""
        return (self.printed_by or self.organ, f"{chinese_date(self.printed_on or self.issued_on)}印发")


INTERNAL_WORDS = "内部资料　注意保存"


def page_number_words(number: int) -> str:
    """"— 1 —": the number in 半角 digits between 一字线, as GB/T 9704 7.5 has it."""
    return f"— {number} —"


def page_number_on_right(number: int) -> bool:
    """Odd pages carry their number on the right, even pages on the left (the outer edge when bound)."""
    return number % 2 == 1
