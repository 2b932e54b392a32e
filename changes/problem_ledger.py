"""A 整改台账's rows, read beforehand by importers/, checked against the ledger (the preview) or written into the
问题清单 under their source record in one transaction, all or nothing (the import)."""

from __future__ import annotations

from datetime import date

from models.apply.problem_ledger import ProblemImportResult, import_problem_ledger
from models.apply.problem_rows import ProblemLine
from models.domain.rights import Act, require
from models.errors import RuleError
from models.ledger import Ledger


class NoProblemsToImport(RuleError):
    """Not one row can go in: the transaction is rolled back; `result` says why, row by row."""

    def __init__(self, source: str, result: ProblemImportResult) -> None:
        super().__init__("{source} 中没有可以导入的问题。", source=source)
        self.result = result


def check_problems(ledger: Ledger, lines: list[ProblemLine], year: int, file_name: str,
                   today: date) -> ProblemImportResult:
    """What importing `lines` would do, row by row (new, updated, unchanged), nothing written."""
    with ledger.reading() as session:
        return import_problem_ledger(session, ledger.actor, lines, year, file_name, today, dry_run=True)


def import_problems(ledger: Ledger, lines: list[ProblemLine], year: int, file_name: str,
                    today: date) -> ProblemImportResult:
    """Every usable row in one transaction: new problems, their records, units and people, and the changes to
    problems a former import of the same 台账 made."""
    with ledger.begin() as session:
        require(session, Act.EDIT)
        result = import_problem_ledger(session, ledger.actor, lines, year, file_name, today)
        if not result.importable:
            raise NoProblemsToImport(file_name, result)
    return result
