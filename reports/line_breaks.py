"""Where lines of Chinese text break: the 禁则 (no closing mark starts a line, no opener ends one) for cells and
paragraphs, and a title's lines kept whole and even — plain text and widths, for the PDF and the Word writers."""

from __future__ import annotations

from collections.abc import Callable

# Chinese punctuation that must not begin a line, and openers that must not end one.
NO_LINE_START = "，。；：？！”’）》〉」』】、…·％‰,.;:?!)]}%"
NO_LINE_END = "“‘（《〈「『【([{"
# A place in a title where it may break when it must (between its phrases), invisible otherwise.
SOFT_BREAK = "\u200b"


def break_lines(text: str, width_of: Callable[[str], float], max_width: float, *,
                first_indent: float = 0.0) -> list[str]:
    """Break `text` into lines no wider than `max_width` (the first `first_indent` narrower), never starting a
    line with closing punctuation nor ending one with an opening bracket, and keeping short runs of Latin
    letters and digits whole."""
    lines: list[str] = []
    for source_line in text.split("\n"):
        current: list[str] = []
        used = first_indent if not lines else 0.0
        for char in source_line:
            char_width = width_of(char)
            if current and used + char_width > max_width:
                kept, carry = list(current), [char]
                while len(current) > 1 and (carry[0] in NO_LINE_START or current[-1] in NO_LINE_END):
                    carry.insert(0, current.pop())
                if carry[0].isascii() and carry[0].isalnum():  # do not cut a word or number in two
                    run = 0
                    # "18.6%": a number's point or comma goes with its digits, as letters with their word.
                    while run < len(current) and current[-1 - run].isascii() and not current[-1 - run].isspace():
                        run += 1
                    if 0 < run < len(current) and run < 12:
                        carry[:0], current = current[-run:], current[:-run]
                if sum(width_of(c) for c in carry) > max_width:
                    # A run of closing marks wider than the cell: the 禁则 yields to the width, the line never does.
                    current, carry = kept, [char]
                lines.append("".join(current))
                current, used = carry, sum(width_of(c) for c in carry)
            else:
                current.append(char)
                used += char_width
        lines.append("".join(current))
    return lines


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
    low, high = width(whole) / count, max_width
    for _ in range(24):  # the narrowest measure that still needs no more lines
        middle = (low + high) / 2
        low, high = (low, middle) if len(break_lines(whole, width_of, middle)) <= count else (middle, high)
    return break_lines(whole, width_of, high)
