"""Properties of the text helpers that take whatever a user types or a file holds: they never raise, never lose."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from importers.cells import tidy
from models.domain.deadlines import FIRST_YEAR, LAST_YEAR, month_end, own_words, parse_deadline
from models.domain.enums import DeadlineKind
from models.domain.numerals import NUMERAL_CHARS, chinese_number, parse_chinese_number
from models.domain.text import clause, fold_full_width, fold_text
from reports.line_breaks import MEASURE_WORDS, NO_LINE_END, NO_LINE_START, break_lines

# What deadline cells are written with: numerals, digits, the date words and their punctuation.
DEADLINE_ALPHABET = NUMERAL_CHARS + "0123456789年月日号底末前旬上中下半季度第每长期持续至到-—~/.，、" + "完成以之止内"
deadline_texts = st.text(alphabet=DEADLINE_ALPHABET, max_size=14)
ascii_alnum = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", max_size=20)


def full_width(text: str) -> str:
    return "".join(chr(ord(char) + 0xFEE0) for char in text)


# --- Chinese numerals -------------------------------------------------------------------------
@given(st.integers(min_value=0, max_value=9999))
def test_every_number_is_written_and_read_back(n: int) -> None:
    assert parse_chinese_number(chinese_number(n)) == n


@given(st.text(alphabet=NUMERAL_CHARS, max_size=8))
@example("一二")
@example("十十")
@example("二二")
@example("十一二")
def test_a_numeral_is_read_only_as_it_is_usually_written(word: str) -> None:
    value = parse_chinese_number(word)
    if value is not None:
        usual = word.replace("〇", "零").replace("两", "二")
        usual = usual[1:] if usual.startswith("一十") else usual
        spelt_as_year = len(word) == 4 and not set(word) & set("十百千")
        assert 0 <= value <= 9999
        assert spelt_as_year or chinese_number(value) == usual


@given(st.text(max_size=12))
def test_reading_any_text_as_a_numeral_never_raises(word: str) -> None:
    value = parse_chinese_number(word)
    assert value is None or 0 <= value <= 9999


# --- deadlines --------------------------------------------------------------------------------
def _check_deadline(text: str, year: int) -> None:
    deadline = parse_deadline(text, year)
    written = text.strip()
    if not written or re.fullmatch(r"[—–\-－―─/／\\…·.。]+|无|暂无|空", written):  # blank, or "—", "/", "无"
        assert deadline.kind == DeadlineKind.NONE
        return
    if deadline.kind == DeadlineKind.DATE and re.search("明年|次年|翌年", written):
        # 明年年底前 is kept as the year it means (2027年年底前), read back as the same day next year too
        assert parse_deadline(deadline.text, year + 1).due == deadline.due
    else:  # what the office wrote is always kept, read or not; a date in digits (2027-01-15) is shown as a date cell is
        assert deadline.text == (own_words(written) if deadline.kind == DeadlineKind.DATE else written)
    assert deadline.display  # and something is always said
    if deadline.kind == DeadlineKind.DATE:
        assert deadline.due is not None and FIRST_YEAR <= deadline.due.year <= LAST_YEAR
        assert deadline.start is None or deadline.start <= deadline.due
    else:
        assert deadline.due is None


@given(deadline_texts, st.integers(min_value=2000, max_value=2100))
@example("一二月", 2026)
@example("十一二月", 2026)
@example("十十月底", 2026)
@example("二二日前", 2026)
@example("0000年3月底", 2026)
@example("0000-03", 2026)
@example("0000年上半年", 2026)
@example("2027-01-15", 2026)
@example("20270115前", 2026)
def test_a_deadline_in_the_office_alphabet_is_read_or_kept_verbatim(text: str, year: int) -> None:
    _check_deadline(text, year)


@given(st.text(max_size=30), st.integers(min_value=2000, max_value=2100))
def test_any_deadline_text_is_read_or_kept_verbatim(text: str, year: int) -> None:
    _check_deadline(text, year)


@pytest.mark.parametrize(("typed", "quoted"), [("不同意延期。", "不同意延期"), ("材料不全；", "材料不全"),
                                              ("等待省委文件，", "等待省委文件"), ("同意销号. ", "同意销号"),
                                              ("节点不能后移", "节点不能后移"), ("何时能完成？", "何时能完成？")])
def test_a_reason_quoted_in_a_sentence_loses_only_its_closing_stop(typed: str, quoted: str) -> None:
    assert clause(typed) == quoted


@given(st.integers(min_value=1, max_value=12), st.integers(min_value=2000, max_value=2100))
def test_a_month_in_chinese_numerals_means_the_same_as_in_digits(month: int, year: int) -> None:
    assert parse_deadline(f"{chinese_number(month)}月底前", year).due == month_end(year, month)
    assert parse_deadline(f"{month}月底前", year).due == month_end(year, month)


# --- full-width folding -----------------------------------------------------------------------
@given(ascii_alnum)
def test_full_width_letters_and_digits_fold_to_ascii_everywhere(text: str) -> None:
    wide = full_width(text)
    assert fold_full_width(wide) == text
    assert fold_text(wide) == fold_text(text)
    assert tidy(wide) == tidy(text)


@given(st.text(max_size=40))
def test_folding_for_search_is_stable_and_ignores_spaces_and_case(text: str) -> None:
    folded = fold_text(text)
    assert fold_text(folded) == folded
    assert not any(char.isspace() for char in folded)
    assert fold_text(" ".join(text)) == folded


@given(st.text(alphabet="，。：；！？（）《》“”、", max_size=10))
def test_chinese_punctuation_is_never_folded(text: str) -> None:
    assert fold_full_width(text) == text


# --- line breaking for the printed sheets -------------------------------------------------------
def width_of(char: str) -> float:
    return 0.5 if char.isascii() else 1.0


sheet_texts = st.text(alphabet=st.sampled_from(
    list("组织部推进落实干部任务") + list(NO_LINE_START[:12]) + list(NO_LINE_END[:6]) + list("ab12 \n")), max_size=80)


@given(sheet_texts, st.integers(min_value=3, max_value=20))
@example("一" + "，" * 30, 5)
@example("a" + "一" * 4 + "。", 5)
@example("11’’’", 3)  # closing marks piled wider than the cell: once carried over as a line too wide
def test_lines_keep_every_character_in_order_and_fit_the_cell(text: str, width: int) -> None:
    lines = break_lines(text, width_of, width)
    assert "".join(lines) == text.replace("\n", "")
    assert len(lines) >= text.count("\n") + 1
    for line in lines:
        assert sum(width_of(char) for char in line) <= width, line


@given(sheet_texts, st.integers(min_value=4, max_value=20))
def test_no_wrapped_line_starts_with_closing_punctuation_where_it_could_be_avoided(text: str, width: int) -> None:
    for source in text.split("\n"):
        lines = break_lines(source, width_of, width)
        for before, line in pairwise(lines):
            movable = len(before) > 1 and not all(char in NO_LINE_START for char in before[1:])
            if line and movable:
                assert line[0] not in NO_LINE_START, (before, line)


@pytest.mark.parametrize(("text", "width"), [("工作已全面完成（佐证材料：销号审核表.txt）", 19.0),
                                             ("工作已全面完成（佐证材料：销号审核表.txt）", 10.0)])
def test_a_file_name_is_not_cut_before_its_point(text: str, width: float) -> None:
    # "表" / ".txt）" once began a line with the point: moving the Latin run broke the 禁则 it had kept.
    lines = break_lines(text, width_of, width)
    assert not [line for line in lines[1:] if line[0] in NO_LINE_START]
    assert any(line.endswith("表.txt）") for line in lines)


@given(sheet_texts, st.integers(min_value=4, max_value=20))
@example("请抓紧推进，并报送下一步打算。", 12)
def test_a_paragraph_never_ends_on_one_character_alone_where_it_could_take_one_more(text: str, width: int) -> None:
    for source in text.split("\n"):
        lines = break_lines(source, width_of, width)
        if len(lines) < 2:
            continue
        upper, last = lines[-2], lines[-1]
        could = (len(upper) >= 3 and upper[-1] not in NO_LINE_START and upper[-2] not in NO_LINE_END
                 and not (upper[-1].isascii() and not upper[-1].isspace())
                 and sum(width_of(c) for c in upper[-1] + last) <= width)
        if could:
            assert len(last.rstrip(NO_LINE_START)) != 1, lines


counted_texts = st.text(alphabet=st.sampled_from(
    list("完成按时逾期共") + list("0123456789") + list(MEASURE_WORDS) + list("，。（）.")), max_size=80)


@given(counted_texts, st.integers(min_value=4, max_value=20))
@example("（按时完成4项）", 6)
@example("已完成12项，逾期3项。", 5)
@example("共4项好。", 3.5)
def test_a_number_keeps_its_measure_word_on_its_line(text: str, width: float) -> None:
    """"（按时完成4 / 项）" in the year account: 项, 个, 次, 天, 件, 条, 人, 期, 张, 页, 年, 月, 日 and % go with the
    number before them, wherever the break can be moved back before the number."""
    lines = break_lines(text, width_of, width)
    assert "".join(lines) == text
    for before, line in pairwise(lines):
        if not (line and before and before[-1].isdigit() and line[0] in MEASURE_WORDS):
            continue
        number = len(before) - len(before.rstrip("0123456789."))
        marks = len(line[1:]) - len(line[1:].lstrip(NO_LINE_START))
        carried = number * 0.5 + sum(width_of(char) for char in line[:1 + marks])
        movable = len(before[:-number].rstrip(NO_LINE_END)) > 1 and carried <= width and number < 12
        assert not movable, (before, line)


@pytest.mark.parametrize("measure", list(MEASURE_WORDS))
def test_the_year_accounts_count_is_not_parted_from_its_measure_word(measure: str) -> None:
    text = f"已完成40项，其中已销号36项（按时完成4{measure}）"
    for width in range(6, 20):
        lines = break_lines(text, width_of, width)
        assert not [(upper, lower) for upper, lower in pairwise(lines)
                    if upper[-1].isdigit() and lower[0] == measure], (width, lines)
