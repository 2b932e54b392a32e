"""`make bench`: build the big ledger once, time each measure beside its baseline, print and save results."""

from __future__ import annotations

import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Windows opened by the bench keep their settings in the cache, not in the user's own.
os.environ.setdefault("LUOSHI_DATA_DIR", str(Path(__file__).resolve().parent / ".cache" / "userdata"))

from PySide6.QtWidgets import QApplication

from bench.big_ledger import build
from bench.process import first_paint
from bench.server import open_tree as open_tree_once
from bench.window import meeting_enter
from models.domain.lights import LightRules
from models.domain.progress import add_progress
from models.file.ledger import open_ledger
from models.read.counting import Counting
from models.read.queries import CO_SECTIONS_SQL, TASK_ROWS_SQL, task_rows
from models.read.task_views import SearchTexts, TaskFilter, TaskView, visible_rows
from ui.item_models.task_tree_model import TaskTreeModel

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
AS_OF = date(2026, 11, 24)


@dataclass
class Result:
    value_s: float | None  # None only for a measure that is not a time (peak memory)
    baseline_s: float | None
    ratio: float | None
    goal: str
    met: bool
    value_mb: float | None = None


def median_time(step: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def against(value: float, baseline: float, limit: float, goal: str) -> Result:
    ratio = value / baseline
    return Result(round(value, 5), round(baseline, 5), round(ratio, 2), goal, ratio <= limit)


def open_tree(path: Path, runs: int) -> Result:
    """Open the file and build the section tree model, against a raw sqlite3 fetch of the same columns."""
    def ours() -> None:
        open_tree_once(path)

    def raw() -> None:  # the same two statements task_rows runs, straight through sqlite3
        connection = sqlite3.connect(path)
        connection.execute(TASK_ROWS_SQL.format(p="?", deleted="AND t.deleted_at IS NULL", only=""),
                           (2026,)).fetchall()
        connection.execute(CO_SECTIONS_SQL.format(p="?", only=""), (2026,)).fetchall()
        connection.close()
    return against(median_time(ours, runs), median_time(raw, runs), 2.0, "≤ 2× raw sqlite3 fetch")


def filter_keystroke(path: Path, runs: int) -> Result:
    """One keystroke in the search box over 20,000 tasks: filter the rows and rebuild the model."""
    ledger = open_ledger(path, auto_backup=False)
    with ledger.reading() as session:
        rows = task_rows(session, 2026, AS_OF, LightRules())
    ledger.close()
    model = TaskTreeModel()
    texts = iter(["干", "干部", "干部考", "干部考核"] * runs)
    search_texts = SearchTexts()
    search_texts.fill(rows)  # the window folds these when idle after opening
    counting = Counting(rows)  # and counts the year once when it reads the rows, not at every keystroke

    def keystroke() -> None:
        shown = visible_rows(rows, TaskView.BY_SECTION, TaskFilter(text=next(texts)), search_texts)
        model.set_rows(shown.rows, [], matched=shown.matched, counting=counting)
    value = median_time(keystroke, runs)
    return Result(round(value, 5), None, None, "≤ 30 ms", value <= 0.030)


def save_progress(path: Path, runs: int) -> Result:
    """One progress entry saved durably, against the same rows written straight through sqlite3 with the
    same PRAGMAs (the entry, its audit row, the task's time of change) and one commit.

    The two are timed in turns on the same file, so the WAL's growth and the machine's moods fall on both.
    """
    scratch = CACHE / "save-scratch.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{scratch}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(path, scratch)
    ledger = open_ledger(scratch, auto_backup=False)
    connection = sqlite3.connect(scratch, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        connection.execute(f"PRAGMA {pragma}")

    def ours() -> None:
        with ledger.begin() as session:
            add_progress(session, "基准", 17, "按计划推进，完成阶段任务", period="2026-11", entry_date=AS_OF,
                         percent=50)

    def raw() -> None:  # the rows a save writes (the entry, its audit row, the task's time), no more
        connection.execute("BEGIN")
        connection.execute("SELECT status, percent FROM task WHERE id = 17").fetchone()
        connection.execute(
            "INSERT INTO progress_entry (task_id, period, entry_date, text, percent, kind, author, created_at) "
            "VALUES (17, '2026-11', '2026-11-24', '按计划推进，完成阶段任务', 50, 'progress', '基准', "
            "'2026-11-24 09:00:00')")
        connection.execute(
            "INSERT INTO audit_entry (at, actor, action, entity, entity_id, field, new_value) "
            "VALUES ('2026-11-24 09:00:00', '基准', 'progress', 'task', 17, 'progress', '按计划推进，完成阶段任务')")
        connection.execute("UPDATE task SET updated_at = '2026-11-24 09:00:00' WHERE id = 17")
        connection.execute("COMMIT")
    ours_times, raw_times = [], []
    for _ in range(runs):
        ours_times.append(median_time(ours, 1))
        raw_times.append(median_time(raw, 1))
    ledger.close()
    connection.close()
    return against(statistics.median(ours_times), statistics.median(raw_times), 3.0,
                   "≤ 3× the same rows through raw sqlite3")


def progress_sheet(path: Path, runs: int) -> Result:
    """The 1,000-task progress sheet, against a plain ReportLab table of the same cells in the same fonts."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from reports.fonts import setup_fonts
    from reports.page import BODY_SIZE, MARGIN
    from reports.progress_sheet import ProgressSheetOptions, progress_sheet_data, write_progress_sheet

    fonts = setup_fonts()
    ledger = open_ledger(path, auto_backup=False)
    with ledger.reading() as session:
        data = progress_sheet_data(session, ProgressSheetOptions(as_of=AS_OF))
    ledger.close()
    out = CACHE / "sheet.pdf"

    def ours() -> None:
        write_progress_sheet(data, fonts, out)

    def plain() -> None:
        # The same cells in the same font and size as ours (五号, 10.5 pt), through ReportLab's own Table.
        style = ParagraphStyle("plain", fontName=fonts.body, fontSize=BODY_SIZE, leading=round(BODY_SIZE * 1.35, 1),
                               wordWrap="CJK")
        rows = [[Paragraph(text, style) for text in (line.label, line.task.title, line.task.lead_section,
                                                      "、".join(line.task.co_sections), line.task.owner,
                                                      line.task.deadline_display, line.progress,
                                                      line.task.status.label, line.task.light.label)]
                for group in data.groups for line in group.lines]
        width = landscape(A4)[0] - 2 * MARGIN
        widths = [width * share for share in (0.05, 0.22, 0.07, 0.08, 0.06, 0.08, 0.34, 0.05, 0.05)]
        SimpleDocTemplate(str(CACHE / "plain.pdf"), pagesize=landscape(A4)).build(
            [Table(rows, colWidths=widths, repeatRows=1)])
    return against(median_time(ours, runs), median_time(plain, runs), 0.8, "≤ 0.8× plain ReportLab table")


def sheet_grows_linearly(big: Path, small: Path) -> Result:
    """The 20,000-task progress sheet against twenty times the 1,000-task one: a sheet that grew faster than its
    rows (each page summed every row left) took 61 s at 20,000 tasks."""
    from reports.fonts import setup_fonts
    from reports.progress_sheet import ProgressSheetOptions, progress_sheet_data, write_progress_sheet

    fonts = setup_fonts()
    timed: list[float] = []
    for path in (big, small):
        ledger = open_ledger(path, auto_backup=False)
        with ledger.reading() as session:
            data = progress_sheet_data(session, ProgressSheetOptions(as_of=AS_OF))
        ledger.close()
        timed.append(median_time(lambda data=data: write_progress_sheet(data, fonts, CACHE / "sheet.pdf"), 1))
    return against(timed[0], timed[1] * 20, 1.3, "≤ 1.3× twenty 1,000-task sheets (linear)")


def libreoffice_sheet(path: Path, runs: int) -> Result | None:
    """Our 1,000-task sheet against LibreOffice printing our export of the same tasks (where soffice is here)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    from reports.fonts import setup_fonts
    from reports.progress_sheet import ProgressSheetOptions, progress_sheet_data, write_progress_sheet
    from reports.xlsx_export import export_ledger

    fonts = setup_fonts()
    ledger = open_ledger(path, auto_backup=False)
    with ledger.reading() as session:
        data = progress_sheet_data(session, ProgressSheetOptions(as_of=AS_OF))
        export_ledger(session, CACHE / "sheet.xlsx", as_of=AS_OF)
    ledger.close()

    def ours() -> None:
        write_progress_sheet(data, fonts, CACHE / "sheet.pdf")

    def libreoffice() -> None:
        subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(CACHE / "lo"),
                        str(CACHE / "sheet.xlsx")], check=True, capture_output=True, timeout=600)
    return against(median_time(ours, runs), median_time(libreoffice, runs), float("inf"), "reported")


def xlsx_import(runs: int) -> Result:
    """Import a 5,000-row task breakdown into an empty ledger, against openpyxl's own read-only read."""
    import random

    from openpyxl import Workbook, load_workbook

    from bench.big_ledger import PHRASES, SECTIONS
    from importers.breakdown import plan_file
    from models.apply.breakdown import import_breakdown
    from models.file.ledger import create_ledger

    source = CACHE / "breakdown-5000.xlsx"
    if not source.exists():
        rng = random.Random(5000)
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.append(["序号", "重点任务", "具体措施", "牵头科室", "配合科室", "分管领导", "责任人", "完成时限"])
        for n in range(1, 5001):
            sheet.append([n, f"重点任务{n % 8 + 1}", f"第{n}项：" + "，".join(rng.sample(PHRASES, 3)),
                          rng.choice(SECTIONS), rng.choice(SECTIONS), f"领导{n % 5}", f"干部{n % 60}",
                          f"{rng.randint(1, 12)}月底前"])
        book.save(source)
    # Each run imports into its own empty ledger, made beforehand: creating a file is not importing.
    template = CACHE / "import-empty.sqlite"
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{template}{suffix}").unlink(missing_ok=True)
    create_ledger(template, org_name="基准", year=2026).close()
    targets = []
    for n in range(runs):
        target = CACHE / f"import-{n}.sqlite"
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(template, target)
        targets.append(target)
    ledgers = iter([open_ledger(target, auto_backup=False) for target in targets])

    def ours() -> None:
        ledger = next(ledgers)
        with ledger.begin() as session:
            import_breakdown(session, "基准", plan_file(source, 2026), 2026, source.name)
        ledger.close()

    def raw() -> None:
        book = load_workbook(source, read_only=True)
        for _ in book.active.iter_rows(values_only=True):  # type: ignore[union-attr]
            pass
        book.close()
    return against(median_time(ours, runs), median_time(raw, runs), 1.5, "≤ 1.5× openpyxl read-only read")


def meeting_entry(path: Path, runs: int) -> Result:
    """Enter in the meeting's entry box on the 20,000-task ledger until the next task is ready."""
    value = meeting_enter(path, CACHE, runs)
    return Result(round(value, 5), None, None, "≤ 100 ms (no visible pause between tasks)", value <= 0.1)


def process_measures(path: Path, runs: int) -> dict[str, Result]:
    """Start to first paint on the 20,000-task ledger against importing Qt alone, and the peak RSS."""
    value, baseline, peak = first_paint(path, CACHE, runs)
    megabytes = round(peak / 2**20, 1)
    return {
        "first_paint_20000_tasks": Result(round(value, 5), round(baseline, 5), round(value / baseline, 2),
                                          "≤ 1 s whole process (beside python -c 'import PySide6.QtWidgets')",
                                          value <= 1.0),
        "peak_rss_20000_tasks": Result(None, None, None, "≤ 250 MB", megabytes <= 250, megabytes),
    }


def server_measures(path: Path) -> dict[str, Result]:
    """On PostgreSQL over loopback (make bench runs a throwaway cluster when PostgreSQL is installed)."""
    from bench.server import save_time, server_place, tree_times

    place = server_place(path, CACHE)
    if place is None:
        return {}
    on_server, on_file = tree_times(path, place, 5)
    save = save_time(place, 41)
    return {"open_tree_on_server": against(on_server, on_file, 2.0, "≤ 2× the same on the SQLite file"),
            "save_progress_on_server": Result(round(save, 5), None, None, "≤ 20 ms", save <= 0.020)}


def machine() -> dict[str, object]:
    return {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count(),
            "processor": platform.processor() or platform.machine()}


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 — models and windows need one
    CACHE.mkdir(exist_ok=True)
    path = CACHE / "big-20000.sqlite"
    if not path.exists():
        print("生成基准台账（20,000 项任务，100,000 条进展）……", flush=True)
        build(path)
    sheet_ledger = CACHE / "sheet-1000.sqlite"
    if not sheet_ledger.exists():
        build(sheet_ledger, tasks=1000, entries=3000)
    measures = {"open_tree_section_view": open_tree(path, 5), "filter_keystroke": filter_keystroke(path, 12),
                "save_progress_entry": save_progress(path, 41), "meeting_enter_20000_tasks": meeting_entry(path, 9),
                "progress_sheet_1000_tasks": progress_sheet(sheet_ledger, 3), "xlsx_import_5000_rows": xlsx_import(3),
                "progress_sheet_20000_tasks": sheet_grows_linearly(path, sheet_ledger),
                **process_measures(path, 5), **server_measures(path)}
    compared = libreoffice_sheet(sheet_ledger, 3)
    if compared is not None:
        measures["progress_sheet_vs_libreoffice"] = compared
    results: dict[str, object] = {name: asdict(result) for name, result in measures.items()}
    results["machine"] = machine()
    (HERE / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"{'measure':28} {'value':>10} {'baseline':>10} {'ratio':>7}  goal")
    for name, result in measures.items():
        value = f"{result.value_s * 1000:.1f}ms" if result.value_s is not None else f"{result.value_mb}MB"
        baseline = f"{result.baseline_s * 1000:.1f}ms" if result.baseline_s is not None else "—"
        ratio = f"{result.ratio:.2f}×" if result.ratio is not None else "—"
        mark = "met" if result.met else "MISSED"
        print(f"{name:28} {value:>10} {baseline:>10} {ratio:>7}  {result.goal} [{mark}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
