"""Where lines of Chinese text break: the 禁则 (no closing mark starts a line, no opener ends one) for cells and
paragraphs, and a title's lines kept whole and even — plain text and widths, for the PDF and the Word writers."""

from __future__ import annotations

from collections.abc import Callable

# Chinese punctuation that must not begin a line, and openers that must not end one.
NO_LINE_START = "，。；：？！”’）》〉」』】、…·％‰,.;:?!)]}%"
NO_LINE_END = "“‘（《〈「『【([{"
# Measure words kept on the line of the number before them: "4项", "12个", "18.6%", never "4 / 项".
MEASURE_WORDS = "项个次天件条人期张页年月日%％"
# A place in a title where it may break when it must (between its phrases), invisible otherwise.
SOFT_BREAK = "\u200b"
# Where a 公文 title may break: before the words its phrases begin with, or after a particle that ends one —
# "…重点任务 / 落实情况…", never "…重点任务落 / 实情况…" nor "…落实 / 情况…".
PHRASE_STARTS = ("关于", "进一步", "加强", "改进", "推进", "落实", "开展", "做好", "深化", "建立", "健全", "完善",
                 "专题", "专项", "大督查", "大调研", "整改", "巡察", "审计", "干部", "基层", "重点", "年度", "季度",
                 "的通报", "的通知", "的意见", "的报告")
# Words a title's line never breaks inside (情/况 read as two words), and the words a phrase ends with —
# a break after them is between words, if not as good as one before a phrase's first word.
WORDS = ("情况", "工作", "任务", "问题", "干部", "调研", "督查", "落实", "推进", "整改", "专题", "专项", "培养",
         "选拔", "建设", "管理", "机制", "制度", "方案", "意见", "通报", "通知", "报告", "党建", "基层", "重点",
         "开展", "加强", "反馈", "巡察", "审计", "年度", "季度", "组织", "人才", "考核", "监督", "教育")
PHRASE_ENDS = "的和及与、）》”"


def break_lines(text: str, width_of: Callable[[str], float], max_width: float, *,
                first_indent: float = 0.0) -> list[str]:
    """Break `text` into lines no wider than `max_width` (the first `first_indent` narrower), never starting a
    line with closing punctuation nor ending one with an opening bracket, keeping short runs of Latin letters
    and digits whole and a number with the measure word after it (4项), and never leaving one character alone
    on a paragraph's last line."""
    lines: list[str] = []
    for source_line in text.split("\n"):
        current: list[str] = []
        used = first_indent if not lines else 0.0
        first = len(lines)
        for char in source_line:
            char_width = width_of(char)
            if current and used + char_width > max_width:
                kept, carry = list(current), [char]
                _carry_over(current, carry)
                if sum(width_of(c) for c in carry) > max_width:
                    # A run of closing marks wider than the cell: the 禁则 yields to the width, the line never does.
                    current, carry = kept, [char]
                lines.append("".join(current))
                current, used = carry, sum(width_of(c) for c in carry)
            else:
                current.append(char)
                used += char_width
        lines.append("".join(current))
        _no_orphan(lines, first, width_of, max_width)
    return lines


def _latin(char: str) -> bool:
    return char.isascii() and not char.isspace()


def _measured(before: str, after: str) -> bool:
    """A number's last digit and the measure word after it: one is not to end a line the other begins."""
    return after in MEASURE_WORDS and before.isascii() and before.isdigit()


def _carry_over(current: list[str], carry: list[str]) -> None:
    """Move the end of `current` onto `carry` (the next line) until the break is allowed: no closing mark
    begins the next line, no opener ends this one, no number is parted from its measure word ("4项"), and a run
    of Latin letters and digits ("18.6%", "表.txt") is not cut — each rule checked again after the others have
    moved characters."""
    moved = True
    while moved and len(current) > 1:
        moved = False
        while len(current) > 1 and (carry[0] in NO_LINE_START or current[-1] in NO_LINE_END
                                    or _measured(current[-1], carry[0])):
            carry.insert(0, current.pop())
            moved = True
        if _latin(carry[0]) and _latin(current[-1]):
            run = 0
            while run < len(current) and _latin(current[-1 - run]):
                run += 1
            if run < len(current) and run < 12:
                carry[:0] = current[-run:]
                del current[-run:]
                moved = True


def _no_orphan(lines: list[str], first: int, width_of: Callable[[str], float], max_width: float) -> None:
    """A paragraph's last line is never one character (and its closing marks) alone, as "算。": it takes the
    character before it along, where that leaves the line above allowed and the last line within the width."""
    if len(lines) - first < 2:
        return
    upper, last = lines[-2], lines[-1]
    if len(last.rstrip(NO_LINE_START)) != 1 or len(upper) < 3:
        return
    moved = upper[-1]
    if moved in NO_LINE_START or upper[-2] in NO_LINE_END or _latin(moved) or _measured(upper[-2], moved):
        return
    if sum(width_of(c) for c in moved + last) <= max_width:
        lines[-2], lines[-1] = upper[:-1], moved + last


def title_lines(text: str, width_of: Callable[[str], float], max_width: float) -> list[str]:
    """A title's lines as GB/T 9704 wants them: whole phrases (broken at its SOFT_BREAKs where it has them),
    else lines as even as the width and the 禁则 allow — never a long line over a stub like "的通报"."""
    whole = text.replace(SOFT_BREAK, "")

    def width(line: str) -> float:
        return sum(width_of(char) for char in line)
    if width(whole) <= max_width:
        return [whole]
    pieces = text.split(SOFT_BREAK)
    if len(pieces) > 1:
        lines, current = [], ""
        for piece in pieces:
            if current and width(current + piece) > max_width:
                lines.append(current)
                current = piece
            else:
                current += piece
        lines.append(current)
        if all(width(line) <= max_width for line in lines):
            return lines
    count = len(break_lines(whole, width_of, max_width))
    two = _two_lines(whole, width, max_width) if count == 2 else None
    if two is not None:
        return two
    low, high = width(whole) / count, max_width
    for _ in range(24):  # the narrowest measure that still needs no more lines
        middle = (low + high) / 2
        low, high = (low, middle) if len(break_lines(whole, width_of, middle)) <= count else (middle, high)
    return break_lines(whole, width_of, high)


def _two_lines(text: str, width: Callable[[str], float], max_width: float) -> list[str] | None:
    """The two lines a title breaks into: both within the width and the 禁则, as even as they can be, between
    two words where that costs no more than a few characters of evenness, the upper line the longer."""
    em = max(width("国"), 1.0)
    best: tuple[float, int] | None = None
    for at in range(1, len(text)):
        upper, lower = text[:at], text[at:]
        if width(upper) > max_width or width(lower) > max_width:
            continue
        if (lower[0] in NO_LINE_START or upper[-1] in NO_LINE_END or (upper[-1] + lower[0]).isascii()
                or _measured(upper[-1], lower[0])):
            continue
        if upper[-1] + lower[0] in WORDS:
            continue  # never inside a word
        between_phrases = upper[-1] in PHRASE_ENDS or lower.startswith(PHRASE_STARTS)
        after_word = upper.endswith(WORDS)
        cost = abs(width(upper) - width(lower)) / em + (0.0 if between_phrases else 2.0 if after_word else 6.0)
        cost += 0.5 if width(upper) < width(lower) else 0.0
        if best is None or cost < best[0]:
            best = (cost, at)
    return None if best is None else [text[:best[1]], text[best[1]:]]
