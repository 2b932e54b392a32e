"""Chinese numerals both ways: 一、二、 of headings and 十二月、二十五日 of deadlines, past 99."""

from __future__ import annotations

DIGITS = "零一二三四五六七八九"
NUMERAL_CHARS = "零〇一二两三四五六七八九十百千"
_DIGIT_VALUES = {**{char: value for value, char in enumerate(DIGITS)}, "〇": 0, "两": 2}
_UNIT_VALUES = {"千": 1000, "百": 100, "十": 10}


def chinese_number(n: int) -> str:
    """1 → 一, 12 → 十二, 25 → 二十五, 105 → 一百零五, 1010 → 一千零一十 (0 ≤ n ≤ 9999)."""
    if not 0 <= n <= 9999:
        raise ValueError(f"chinese_number covers 0 to 9999, not {n}")
    if n < 10:
        return DIGITS[n]
    if n < 20:  # 十, 十二: not 一十二 on its own
        return "十" + (DIGITS[n - 10] if n > 10 else "")
    parts: list[str] = []
    zero_between = False
    for unit_char, unit in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        count, n = divmod(n, unit)
        if count:
            parts.append(("零" if zero_between else "") + DIGITS[count] + unit_char)
            zero_between = False
        elif parts:
            zero_between = True
    return "".join(parts)


def parse_chinese_number(word: str) -> int | None:
    """一 → 1, 十二 → 12, 一百零五 → 105, 两千 → 2000, 二〇二六 → 2026; None for anything malformed.

    Malformed is what no one writes for a number — 一二, 十十, 二二, 十零 — and is told apart by writing the
    value back: only the usual spelling (with 两/〇 and a leading 一十 allowed) is read. The caller keeps such
    text as it was written."""
    if not word or any(char not in NUMERAL_CHARS for char in word):
        return None
    if len(word) == 4 and all(char in _DIGIT_VALUES for char in word):  # 二〇二六: a year, digit by digit
        return int("".join(str(_DIGIT_VALUES[char]) for char in word))
    total, digit = 0, None
    for char in word:
        if char in ("零", "〇"):
            continue  # placeholders; the spelling check below decides whether they stood where they may
        if char in _UNIT_VALUES:
            total += (1 if digit is None else digit) * _UNIT_VALUES[char]
            digit = None
        elif digit is not None:
            return None  # two digits with no unit between them
        else:
            digit = _DIGIT_VALUES[char]
    value = total + (digit or 0)
    usual = word.replace("〇", "零").replace("两", "二")
    if usual.startswith("一十"):
        usual = usual[1:]
    return value if value <= 9999 and chinese_number(value) == usual else None
