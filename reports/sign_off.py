"""The block a printed sheet ends with: who filled it in, prepared and reviewed it, and who signs for it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from models.domain.deadlines import chinese_date
from models.domain.settings import LedgerSettings
from reports.fonts import FontSetup
from reports.page import BODY_SIZE
from reports.text import para, table_style

PLACEHOLDER_ORG = LedgerSettings().org_name  # the default before the office names itself: never printed
BLANK = "__________"


@dataclass(frozen=True)
class SignOff:
    org: str = ""
    preparer: str = ""
    reviewer: str = ""
    leader: str = ""

    @classmethod
    def of(cls, settings: LedgerSettings) -> SignOff:
        return cls(printed_org(settings.org_name), settings.sheet_preparer, settings.sheet_reviewer,
                   settings.sheet_leader)


def printed_org(org_name: str) -> str:
    """The org name as a sheet prints it: the placeholder of a ledger never named is left out."""
    return "" if org_name.strip() in ("", PLACEHOLDER_ORG) else org_name.strip()


def org_and_date_line(org: str, printed_on: date, fonts: FontSetup, width: float) -> Flowable:
    """The line over a sheet's table: the org at the left, 打印日期 at the right."""
    line = Table([[para(org, fonts, BODY_SIZE), para(f"打印日期：{chinese_date(printed_on)}", fonts, BODY_SIZE,
                                                     align="right")]], colWidths=[width / 2, width / 2])
    line.setStyle(table_style(fonts, ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)))
    return line


def signer_words(sign_off: SignOff) -> tuple[str, str, str]:
    """制表人, 审核人 and 分管领导（签字）, each with its name where the settings have one, a line to sign otherwise
    (and beside the leader's name, for the signature)."""
    leader = sign_off.leader + ("　" + BLANK if sign_off.leader else "")
    return (f"制表人：{sign_off.preparer or BLANK}", f"审核人：{sign_off.reviewer or BLANK}",
            f"分管领导（签字）：{leader or BLANK}")


def sign_off_block(sign_off: SignOff, fonts: FontSetup, width: float) -> Flowable:
    """填报单位 制表人 审核人 / 分管领导（签字） 日期, names where the settings have them, lines to sign otherwise."""
    def cell(words: str) -> Flowable:
        return para(words, fonts, 10.5)
    preparer, reviewer, leader = signer_words(sign_off)
    block = Table([[cell(f"填报单位：{sign_off.org or BLANK}"), cell(preparer), cell(reviewer)],
                   [cell(leader), "", para("日期：______年____月____日", fonts, 10.5)]],
                  colWidths=[width * 0.45, width * 0.25, width * 0.30], rowHeights=[8 * mm, 10 * mm])
    block.setStyle(table_style(fonts, ("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("SPAN", (0, 1), (1, 1))))
    return block


class Stack(Flowable):
    """Flowables drawn one under another as one block that never splits (a table's closing lines)."""

    def __init__(self, parts: list[Flowable]) -> None:
        super().__init__()
        self.parts = parts
        self._sizes: list[float] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._sizes = [part.wrap(available_width, available_height)[1] for part in self.parts]
        self.width, self.height = available_width, sum(self._sizes)
        return self.width, self.height

    def draw(self) -> None:
        top = self.height
        for part, size in zip(self.parts, self._sizes, strict=True):
            top -= size
            part.drawOn(self.canv, 0, top)
