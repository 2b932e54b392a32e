"""Finding the task a returned row means: by 编号, by the same title, or by a nearly equal one among a few."""

from __future__ import annotations

import difflib
import re
from collections import Counter

from models.domain.text import fold_text
from models.errors import Message
from models.read.queries import TaskRow

SIMILAR_ENOUGH = 0.85  # titles edited a little (a word changed, punctuation) still match
CANDIDATES = 12  # titles compared closely per row: those sharing the most pairs of characters
_CODE = re.compile(r"\d+(\.\d+)+")


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, fold_text(a), fold_text(b)).ratio()


def _pairs(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)} or {text}


class TitleIndex:
    """The year's tasks indexed once, so matching a return is about rows × a dozen, not rows × tasks."""

    def __init__(self, rows: list[TaskRow]) -> None:
        self.rows = rows
        self.by_code = {row.code: row for row in rows}
        self.folded = [fold_text(row.title) for row in rows]
        self.exact: dict[str, TaskRow] = {}
        self.postings: dict[str, list[int]] = {}
        for position, folded in enumerate(self.folded):
            self.exact.setdefault(folded, rows[position])
            for pair in _pairs(folded):
                self.postings.setdefault(pair, []).append(position)

    def match(self, number: str, title: str) -> tuple[TaskRow | None, str]:
        """By 编号 first ("3.2"), then by title, exact or nearly; returns the task and how it was found."""
        if _CODE.fullmatch(number):
            found = self.by_code.get(number.strip().rstrip("."))
            if found is not None and (not title or similarity(found.title, title) >= 0.5):
                return found, ""
        folded = fold_text(title)
        exact = self.exact.get(folded)
        if exact is not None:
            return exact, ""
        contained = self._containing(folded)
        if contained is not None:
            return contained, Message("按包含的任务内容匹配到 {code}（报回的标题有删节）。", code=contained.code)
        best_score, best = 0.0, None
        for position in self._candidates(folded):
            matcher = difflib.SequenceMatcher(None, self.folded[position], folded)
            if matcher.real_quick_ratio() < SIMILAR_ENOUGH or matcher.quick_ratio() < SIMILAR_ENOUGH:
                continue
            score = matcher.ratio()
            if score > best_score:
                best_score, best = score, self.rows[position]
        if best is not None and best_score >= SIMILAR_ENOUGH:
            return best, Message("按相近的任务内容匹配到 {code}（相似度{score:.0%}）。", code=best.code,
                                 score=best_score)
        return None, ""

    def _containing(self, folded: str) -> TaskRow | None:
        """The one task whose title holds the returned one whole (or is held in it): a title cut short or
        abbreviated in the return. Too short a text says too little to be sure."""
        if len(folded) < 6:
            return None
        found = {position for position in self._candidates(folded)
                 if folded in self.folded[position] or self.folded[position] in folded}
        return self.rows[found.pop()] if len(found) == 1 else None

    def _candidates(self, folded: str) -> list[int]:
        """The titles sharing the most character pairs with `folded` (a title within SIMILAR_ENOUGH of it
        shares most of its pairs, so it is among them)."""
        shared: Counter[int] = Counter()
        for pair in _pairs(folded):
            shared.update(self.postings.get(pair, ()))
        return [position for position, _count in shared.most_common(CANDIDATES)]
