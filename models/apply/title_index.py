"""Finding the task a returned row means: by 编号, by the same title, by a title cut short or abbreviated, or by a
nearly equal one, and never by a guess between two."""

from __future__ import annotations

import difflib
import re
from collections import Counter

from models.domain.text import cut_title, fold_text
from models.errors import Message, said
from models.read.queries import TaskRow

SIMILAR_ENOUGH = 0.85  # titles edited a little (a word changed, punctuation) still match
CLEARLY_BETTER = 0.05  # a near title wins only this far ahead of the next: closer than that is a guess
CANDIDATES = 12  # titles compared closely per row: those sharing the most pairs of characters
SHORTEST_PART = 4  # "年轻干部库" names one task; "干部" names dozens
SHORTEST_ABBREVIATION = 5  # 健全年轻干部库 for 建立健全优秀年轻干部库: pieces of it, in order
MOST_PIECES = 3
_CODE = re.compile(r"\d+(\.\d+)+")
_NOT_WORDS = re.compile(r"[\W_]+")


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, fold_text(a), fold_text(b)).ratio()


def bare(text: str) -> str:
    """The letters, characters and digits of a title: its punctuation and quotation marks left out."""
    return _NOT_WORDS.sub("", fold_text(text))


def _pairs(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)} or {text}


def abbreviates(short: str, whole: str) -> bool:
    """`short` is `whole` with parts left out: at most three pieces of two characters or more, in order."""
    start, taken, pieces = 0, 0, 0
    while taken < len(short):
        length = 0
        while taken + length < len(short) and short[taken:taken + length + 1] in whole[start:]:
            length += 1
        pieces += 1
        if length < 2 or pieces > MOST_PIECES:
            return False
        start = whole.index(short[taken:taken + length], start) + length
        taken += length
    return True


def _codes(rows: list[TaskRow]) -> str:
    shown = "、".join(row.code for row in rows[:3])
    return shown + ("等" if len(rows) > 3 else "")


def _named(rows: list[TaskRow]) -> str:
    """"2.1 实施年轻干部“墩苗”计划、2.1.1 选派100名左右优秀年轻干部到…": each task by 编号 and title, so the clerk
    sees which to write."""
    shown = "、".join(f"{row.code} {row.title if len(row.title) <= 16 else row.title[:15] + '…'}" for row in rows[:3])
    return shown + ("等" if len(rows) > 3 else "")


def _said_short(title: str, rows: list[TaskRow]) -> str:
    """A returned title too short to be sure of ("墩苗"): the tasks it stands in, never a guess between them."""
    if len(rows) == 1:
        return Message("“{title}”太短，不足以确定是哪项任务（只在 {tasks} 中出现），没有导入："
                       "请写全任务内容或填写编号。", title=cut_title(title, 20), tasks=_named(rows))
    count = {2: said("两"), 3: said("三")}.get(len(rows), str(len(rows)))  # 对应两项任务, 对应4项任务
    return Message("“{title}”对应{count}项任务：{tasks}，没有导入：请填写编号。", title=cut_title(title, 20),
                   count=count, tasks=_named(rows))


class TitleIndex:
    """The year's tasks indexed once, so matching a return is about rows × a dozen, not rows × tasks."""

    def __init__(self, rows: list[TaskRow]) -> None:
        self.rows = rows
        self.by_code = {row.code: row for row in rows}
        self.folded = [fold_text(row.title) for row in rows]
        self.bare = [bare(row.title) for row in rows]
        self.exact: dict[str, list[TaskRow]] = {}
        self.same_words: dict[str, list[TaskRow]] = {}  # the same but for punctuation and quotation marks
        self.postings: dict[str, list[int]] = {}
        for position, folded in enumerate(self.folded):
            self.exact.setdefault(folded, []).append(rows[position])
            self.same_words.setdefault(self.bare[position], []).append(rows[position])
            for pair in _pairs(self.bare[position]):
                self.postings.setdefault(pair, []).append(position)

    def match(self, number: str, title: str) -> tuple[TaskRow | None, str]:
        """By 编号 first ("3.2"), then by title: the same, cut short or abbreviated, or nearly the same. Returns
        the task and how it was found; with no task, why none was chosen ("" when nothing came near)."""
        if _CODE.fullmatch(number):
            found = self.by_code.get(number.strip().rstrip("."))
            if found is not None and (not title or similarity(found.title, title) >= 0.5
                                      or abbreviates(bare(title), bare(found.title))):
                return found, ""
        folded, short = fold_text(title), bare(title)
        same = self.exact.get(folded) or self.same_words.get(short, [])
        if len(same) == 1:
            return same[0], ""
        if same:
            return None, Message("台账中有 {count} 项任务标题相同（{codes}），请填写编号后再导入。", count=len(same),
                                 codes=_codes(same))
        shared = Counter(position for pair in _pairs(short) for position in self.postings.get(pair, ()))
        for found_by, how in ((self._containing, said_cut), (self._abbreviated, said_abbreviated)):
            held = found_by(short, shared)
            if len(held) == 1:
                return held[0], how(held[0])
            if held:
                return None, Message("“{title}”可能是 {codes} 中的任何一项，没有导入：请写全任务内容或填写编号。",
                                     title=cut_title(title, 20), codes=_codes(held))
        if 0 < len(short) < SHORTEST_PART and (held := self._holding(short, shared)):
            return None, _said_short(title, held)  # 墩苗: in two titles, or too short to be sure of one
        return self._nearest(folded, shared)

    def _holding(self, short: str, shared: Counter[int]) -> list[TaskRow]:
        everywhere = len(_pairs(short))
        return [self.rows[p] for p, count in sorted(shared.items()) if count == everywhere and short in self.bare[p]]

    def _containing(self, short: str, shared: Counter[int]) -> list[TaskRow]:
        """The tasks whose title holds the returned one whole (or is held in it): a title cut short. Too short a
        text says too little to be sure."""
        if len(short) < SHORTEST_PART:
            return []
        everywhere = len(_pairs(short))
        held = [p for p, count in shared.items() if count == everywhere and short in self.bare[p]]
        if not held:  # the return says more than the ledger's title ("……（组织科牵头）")
            held = [p for p in shared if len(self.bare[p]) >= 6 and self.bare[p] in short]
        return [self.rows[p] for p in sorted(held)]

    def _abbreviated(self, short: str, shared: Counter[int]) -> list[TaskRow]:
        """The tasks whose title the returned one abbreviates (健全年轻干部库 for 建立健全优秀年轻干部库)."""
        if len(short) < SHORTEST_ABBREVIATION:
            return []
        enough = len(_pairs(short)) - (MOST_PIECES - 1)
        return [self.rows[p] for p, count in sorted(shared.items())
                if count >= enough and abbreviates(short, self.bare[p])]

    def _nearest(self, folded: str, shared: Counter[int]) -> tuple[TaskRow | None, str]:
        """The one title within SIMILAR_ENOUGH of `folded` and clearly nearer than any other."""
        scores: list[tuple[float, int]] = []
        for position, _count in shared.most_common(CANDIDATES):
            matcher = difflib.SequenceMatcher(None, self.folded[position], folded)
            if matcher.real_quick_ratio() < SIMILAR_ENOUGH or matcher.quick_ratio() < SIMILAR_ENOUGH:
                continue
            if (score := matcher.ratio()) >= SIMILAR_ENOUGH:
                scores.append((score, position))
        if not scores:
            return None, ""
        scores.sort(reverse=True)
        best_score, best = scores[0]
        if len(scores) > 1 and best_score - scores[1][0] < CLEARLY_BETTER:
            return None, Message("“{title}”与 {codes} 都相近，没有导入：请写全任务内容或填写编号。",
                                 title=cut_title(folded, 20), codes=_codes([self.rows[p] for _s, p in scores]))
        row = self.rows[best]
        return row, Message("按相近的任务内容匹配到 {code}（相似度{score:.0%}）。", code=row.code, score=best_score)


def said_cut(row: TaskRow) -> str:
    return Message("按包含的任务内容匹配到 {code}（报回的标题有删节）。", code=row.code)


def said_abbreviated(row: TaskRow) -> str:
    return Message("按简称匹配到 {code}“{title}”。", code=row.code, title=cut_title(row.title))
