"""The task tree's rows read back every text as typed, from a file or through a server's COPY."""

from __future__ import annotations

from datetime import date

from models.domain import directory
from models.domain.deadlines import parse_deadline
from models.domain.lights import LightRules
from models.domain.tasks import TaskDraft, create_task
from models.domain.text import normalise_text
from models.ledger import Ledger
from models.read.queries import task_rows

AS_OF = date(2026, 6, 10)
RULES = LightRules(warning_days=7)


AWKWARD = ["逗号,引号\"双\"和'单'", "换行\n第二行\r\n第三行", "制表\t符", "反斜杠\\N 与 \\\\", "\\N", "😀 表情",
           " 前后空格 "]


def test_awkward_text_reads_back_as_typed_from_either_storage(ledger: Ledger) -> None:
    """The tree's rows come from a server through COPY as CSV: quotes, commas, line ends, backslashes and a
    literal \\N must come back exactly as they went in, NULLs as nothing."""
    with ledger.begin() as session:
        unit = directory.section(session, "甲", "组织科,（含“党建”）")
        ids = [create_task(session, "甲", TaskDraft(2026, text, lead_section_id=unit.id, measures=text,
                                                    deadline=parse_deadline("6月底前", 2026))).id
               for text in AWKWARD]
        bare = create_task(session, "甲", TaskDraft(2026, "无科室无时限")).id
    with ledger.reading() as session:
        rows = {row.id: row for row in task_rows(session, 2026, AS_OF, RULES)}
    for task_id, text in zip(ids, AWKWARD, strict=True):
        row = rows[task_id]
        typed = normalise_text(text).strip()  # as any save keeps it: line ends made \n, ends trimmed
        assert (row.title, row.measures.strip(), row.lead_section) == (typed, typed, "组织科,（含“党建”）")
        assert row.due_date == date(2026, 6, 30) and row.lead_section_id is not None
    empty = rows[bare]
    assert (empty.lead_section, empty.lead_section_id, empty.due_date, empty.key_task_title) == ("", None, None, "")
