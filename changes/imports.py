"""A document's rows, read beforehand by importers/, checked against the ledger (the preview) or written into
it in one transaction, all or nothing (the import)."""

from __future__ import annotations

from datetime import date

from models.apply.breakdown import ImportResult, import_breakdown
from models.apply.progress_return import ReturnResult, import_return
from models.apply.rows import PlannedRow, ReturnLine
from models.domain.rights import Act, require
from models.errors import RuleError
from models.ledger import Ledger


class NothingToImport(RuleError):
    """Not one row of the document can go in: the transaction is rolled back; `result` says why, row by row."""

    def __init__(self, source: str, result: ImportResult) -> None:
        super().__init__("{source} 中没有可以导入的任务。", source=source)
        self.result = result


def check_breakdown(ledger: Ledger, rows: list[PlannedRow], year: int, source: str) -> ImportResult:
    """What importing `rows` would do, nothing written: works on a read-only ledger too."""
    with ledger.reading() as session:
        return import_breakdown(session, ledger.actor, rows, year, source, dry_run=True)


def import_tasks(ledger: Ledger, rows: list[PlannedRow], year: int, source: str) -> ImportResult:
    """Every usable row in one transaction; NothingToImport when none is."""
    with ledger.begin() as session:
        require(session, Act.EDIT)
        result = import_breakdown(session, ledger.actor, rows, year, source)
        if not result.importable:
            raise NothingToImport(source, result)
    return result


def check_return(ledger: Ledger, lines: list[ReturnLine], year: int, period: str, as_of: date) -> ReturnResult:
    with ledger.reading() as session:
        return import_return(session, ledger.actor, lines, year, period, as_of, dry_run=True)


def import_reports(ledger: Ledger, lines: list[ReturnLine], year: int, period: str, as_of: date) -> ReturnResult:
    """Each matched line a 复命 entry of `period`, all in one transaction."""
    with ledger.begin() as session:
        require(session, Act.EDIT)
        return import_return(session, ledger.actor, lines, year, period, as_of)
