"""A ledger on a PostgreSQL server: addresses, moving a ledger there and back whole, refusals, backup and restore.

The tests that need a server run against the throwaway cluster of packaging/pg_cluster.py (make test-server, CI)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pg8000.dbapi
import pytest
from sqlalchemy import text

from models.domain.lights import LightRules
from models.domain.progress import add_progress
from models.errors import LedgerError, ServerTooNew
from models.file.ledger import open_ledger
from models.ledger import Ledger
from models.places import open_place
from models.read.lookups import sections
from models.read.queries import task_rows
from models.read.stats import unit_stats
from models.server.address import ServerAddress, parse_address
from reports.fonts import setup_fonts
from reports.progress_sheet import ProgressSheetOptions, progress_sheet_data, write_progress_sheet
from tests.fixtures.day import TODAY

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("written", "address", "password"), [
    ("postgresql://luoshi@10.1.2.3/ledger", ServerAddress("10.1.2.3", "ledger", "luoshi"), None),
    ("postgres://组织部:p%40ss@db.local:6543/台账", ServerAddress("db.local", "台账", "组织部", 6543), "p@ss"),
    ("postgresql://luoshi@[fe80::1]:5433/ledger", ServerAddress("fe80::1", "ledger", "luoshi", 5433), None),
    ("postgresql://luoshi@/ledger?host=/run/postgresql", ServerAddress("/run/postgresql", "ledger", "luoshi"), None),
    ("  postgresql://a@h/d%20x  ", ServerAddress("h", "d x", "a"), None),
])
def test_an_address_is_read_with_its_password_apart(written: str, address: ServerAddress, password: str | None) -> None:
    assert parse_address(written) == (address, password)
    assert "p@ss" not in address.display and "@" in address.display


@pytest.mark.parametrize("address", [
    ServerAddress("10.1.2.3", "台账 2026", "组织部@市委"), ServerAddress("db.local", "a%20b#1", "user:x?y", 6543),
    ServerAddress("fe80::1", "ledger", "luoshi", 5433), ServerAddress("/run/postgre sql", "d&b", "u%41")])
def test_an_address_with_odd_names_reads_back_as_itself(address: ServerAddress) -> None:
    """What the title bar shows and the PC remembers is read back to the same server, database and user."""
    assert parse_address(address.display) == (address, None)


@pytest.mark.parametrize(("written", "says"), [
    ("mysql://luoshi@h/ledger", "postgresql://"),
    ("postgresql://h/ledger", "用户名"),
    ("postgresql://luoshi@h/", "数据库名"),
    ("postgresql://luoshi@/ledger", "服务器名"),
    ("postgresql://luoshi@h:99999/ledger", "端口"),
    ("postgresql://luoshi@h:port/ledger", "端口"),
    ("postgresql://luoshi@h/a/b", "数据库名"),
])
def test_an_unusable_address_is_refused_in_chinese(written: str, says: str) -> None:
    with pytest.raises(LedgerError, match=says):
        parse_address(written)


def test_a_bad_address_on_the_command_line_is_told_before_anything_opens() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "stats", "--db", "postgresql://h/ledger"],
                            cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "缺少用户名" in result.stderr and "Traceback" not in result.stderr


def _picture(ledger: Ledger, out: Path) -> tuple[object, str]:
    """What the office sees of a ledger: its statistics and its progress sheet's words, in order."""
    with ledger.reading() as session:
        rows = task_rows(session, 2026, TODAY, LightRules())
        stats = unit_stats(rows, 2026, TODAY, sections(session)).to_dict()
        data = progress_sheet_data(session, ProgressSheetOptions(as_of=TODAY))
    write_progress_sheet(data, setup_fonts(), out)
    done = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True)
    return stats, done.stdout


def test_a_ledger_moved_to_the_server_and_back_prints_and_counts_the_same(
        demo_template: Path, server_database: str, tmp_path: Path) -> None:
    source = tmp_path / "示例台账.sqlite"
    shutil.copyfile(demo_template, source)
    moved = subprocess.run([sys.executable, str(ROOT / "main.py"), "migrate", "--from", str(source),
                            "--to", server_database], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert moved.returncode == 0, moved.stderr
    assert "逐表核对行数一致" in moved.stdout and "任务（task）：60 行" in moved.stdout
    assert "（audit_entry）：" in moved.stdout
    back = tmp_path / "搬回来的台账.sqlite"
    returned = subprocess.run([sys.executable, str(ROOT / "main.py"), "migrate", "--from", server_database,
                               "--to", str(back)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert returned.returncode == 0, returned.stderr
    pictures = []
    for place in (source, server_database, back):
        ledger = open_place(place, auto_backup=False, read_only=True)
        pictures.append(_picture(ledger, tmp_path / f"{len(pictures)}.pdf"))
        ledger.close()
    assert pictures[0] == pictures[1] == pictures[2]
    assert "中共示例市委组织部" in pictures[1][1] and "共45项" in pictures[1][1]


def test_the_server_takes_new_entries_after_a_move(demo_template: Path, server_database: str,
                                                   tmp_path: Path) -> None:
    """Ids go on from the largest copied: a new entry, task or audit row finds its number free."""
    source = tmp_path / "示例台账.sqlite"
    shutil.copyfile(demo_template, source)
    subprocess.run([sys.executable, str(ROOT / "main.py"), "migrate", "--from", str(source), "--to",
                    server_database], cwd=ROOT, check=True, capture_output=True, timeout=300)
    ledger = open_place(server_database, actor="录入员")
    with ledger.begin() as session:
        entry = add_progress(session, "录入员", 1, "服务器上的第一条进展", period="2026-03", entry_date=TODAY)
    with ledger.reading() as session:
        newest = session.execute(text("SELECT max(id) FROM progress_entry")).scalar_one()
        report = session.execute(text("SELECT report_text FROM task WHERE id = 1")).scalar_one()
    ledger.close()
    assert entry.id == newest and report == "服务器上的第一条进展"  # the trigger keeps the newest report


def test_an_empty_database_says_how_to_move_a_ledger_there(server_database: str) -> None:
    with pytest.raises(LedgerError, match=r"main\.py migrate --from"):
        open_place(server_database)
    made = open_place(server_database, create=True)
    with made.reading() as session:
        assert made.is_server and task_rows(session, 2026, TODAY, LightRules()) == []
    made.close()


def _execute(url: str, statement: str) -> None:
    address, _ = parse_address(url)
    connection = pg8000.dbapi.connect(user=address.user, database=address.database,
                                      unix_sock=f"{address.host}/.s.PGSQL.{address.port}")
    connection.cursor().execute(statement)
    connection.commit()
    connection.close()


def test_a_database_of_something_else_is_left_alone(server_database: str) -> None:
    _execute(server_database, "CREATE TABLE payroll (id integer)")
    for create in (False, True):
        with pytest.raises(LedgerError, match="不是落实台账"):
            open_place(server_database, create=create)


def test_a_ledger_newer_than_the_program_is_refused_untouched(ledger: Ledger) -> None:
    if not ledger.is_server:
        pytest.skip("a file's newer schema is tested in test_ledger_file")
    with ledger.begin() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    place = ledger.place
    ledger.close()
    with pytest.raises(ServerTooNew, match="9999"):
        open_place(place)
    with pytest.raises(ServerTooNew):  # still there, still refused: nothing was changed
        open_place(place, create=True)


def test_a_server_ledger_backs_up_to_a_file_that_opens_the_same(demo_ledger: Ledger, tmp_path: Path) -> None:
    if not demo_ledger.is_server:
        pytest.skip("a file's backups are tested in test_ledger_file")
    made = demo_ledger.backup_now(tmp_path / "备份")
    second = demo_ledger.backup_now(tmp_path / "备份")  # within the same second: a file of its own
    assert made != second and made.exists() and second.exists()
    copy = open_ledger(made, auto_backup=False, read_only=True)
    assert _picture(copy, tmp_path / "a.pdf") == _picture(demo_ledger, tmp_path / "b.pdf")
    copy.close()


def test_restore_replaces_what_the_server_holds_and_keeps_it_as_a_file(demo_ledger: Ledger, tmp_path: Path) -> None:
    """An entry made after the backup is gone once the backup is restored; what the server held is kept."""
    if not demo_ledger.is_server:
        pytest.skip("a file's restore is tested in test_ledger_file")
    backup = demo_ledger.backup_now(tmp_path / "备份")
    before = _picture(demo_ledger, tmp_path / "before.pdf")
    with demo_ledger.begin() as session:
        add_progress(session, "录入员", 1, "备份之后才录入的进展", period="2026-03", entry_date=TODAY)
    assert _picture(demo_ledger, tmp_path / "changed.pdf") != before
    place = demo_ledger.place
    demo_ledger.close()
    refused = subprocess.run([sys.executable, str(ROOT / "main.py"), "migrate", "--from", str(backup), "--to", place],
                             cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert refused.returncode == 1 and "main.py restore" in refused.stderr  # migrate never overwrites a ledger
    restored = subprocess.run([sys.executable, str(ROOT / "main.py"), "restore", str(backup), "--db", place, "--yes"],
                              cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert restored.returncode == 0, restored.stderr
    kept = Path(restored.stdout.split("原来服务器上的内容已备份为：")[1].strip())
    again = open_place(place, auto_backup=False, read_only=True)
    assert _picture(again, tmp_path / "after.pdf") == before
    again.close()
    replaced = open_ledger(kept, auto_backup=False, read_only=True)  # what was replaced, entry and all
    with replaced.reading() as session:
        assert session.execute(text("SELECT count(*) FROM progress_entry WHERE text = '备份之后才录入的进展'")
                               ).scalar_one() == 1
    replaced.close()
