"""What the system or the database says reaches the clerk in Chinese: every errno, Windows' own codes, SQLite's
and PostgreSQL's refusals; never their English, never the SQL."""

from __future__ import annotations

import errno
import os
import re
import sqlite3
from pathlib import Path

import pytest
from pg8000.dbapi import DatabaseError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from models.domain.entities import Section
from models.errors import Conflicting, LedgerError, Message, os_error_words
from models.file.ledger import write_failure
from models.ledger import Ledger
from models.server.address import parse_address
from models.server.engine import server_failure

LATIN = re.compile("[A-Za-z]{2,}")  # an English word; "U 盘" is Chinese


@pytest.mark.parametrize("code", sorted(errno.errorcode))
def test_every_errno_is_said_without_english(code: int) -> None:
    words = os_error_words(OSError(code, os.strerror(code)))
    assert words and not LATIN.search(words), words


def test_the_usual_refusals_say_what_happened_and_an_unknown_one_is_named_by_its_code() -> None:
    assert os_error_words(IsADirectoryError(errno.EISDIR, "Is a directory")) == "这是一个文件夹"
    assert os_error_words(OSError(errno.EROFS, "Read-only file system")) == "磁盘是只读的"
    assert os_error_words(OSError(errno.EIO, "Input/output error")).startswith("读写出错")
    unknown = os_error_words(OSError(99999, "Something new"))
    assert unknown == "系统报告的错误（代码 99999）" and isinstance(unknown, Message)
    assert os_error_words(OSError("no code at all")) == "系统报告的错误"
    from reports.output import OutputRefused  # an OSError of ours, its reason in its own words

    refused = OutputRefused("要写入的文件名应以 .pdf 结尾：台账.sqlite", Path("台账.sqlite"))
    assert os_error_words(refused) == "要写入的文件名应以 .pdf 结尾：台账.sqlite"


def test_on_windows_a_file_open_in_excel_is_named_as_such_not_as_a_permission() -> None:
    refused = PermissionError(errno.EACCES, "Permission denied")
    assert os_error_words(refused) == "没有权限"
    refused.winerror = 32  # type: ignore[attr-defined] # what Windows sets for a sharing violation
    assert "正被别的程序打开" in os_error_words(refused)
    gone = FileNotFoundError(errno.ENOENT, "The network path was not found")
    gone.winerror = 53  # type: ignore[attr-defined]
    assert os_error_words(gone) == "找不到网络路径"


def test_a_duplicate_the_database_refuses_is_a_conflict_in_chinese_and_nothing_is_saved(ledger: Ledger) -> None:
    with pytest.raises(Conflicting) as refused, ledger.begin() as session:
        session.add_all([Section(name="重名科"), Section(name="重名科")])
    message = str(refused.value)
    assert "另一台电脑" in message and not LATIN.search(message)  # not "UNIQUE constraint failed" and the SQL
    with ledger.reading() as session:
        assert session.scalars(select(Section).where(Section.name == "重名科")).first() is None


@pytest.mark.parametrize(("sqlite_says", "words"), [
    ("attempt to write a readonly database", "文件是只读的"), ("disk I/O error", "读写出错"),
    ("database disk image is malformed", "文件已损坏"), ("something SQLite says one day", "数据库报告的错误")])
def test_what_sqlite_refuses_is_said_in_chinese(tmp_path: Path, sqlite_says: str, words: str) -> None:
    error = write_failure(tmp_path / "台账.sqlite", sqlite3.OperationalError(sqlite_says))
    assert words in str(error) and not LATIN.search(str(error))


def test_what_the_server_refuses_is_said_by_kind_never_in_its_english() -> None:
    address, _password = parse_address("postgresql://duchashi@10.0.0.5/luoshi")

    def refused(code: str, said: str) -> LedgerError:
        driver = DatabaseError({"S": "ERROR", "C": code, "M": said})
        return server_failure(address, IntegrityError("INSERT …", {}, driver))
    assert isinstance(refused("23505", 'duplicate key value violates unique constraint "section_name_key"'),
                      Conflicting)
    assert isinstance(refused("23503", "insert or update violates foreign key constraint"), Conflicting)
    assert "另一台电脑正在同时修改" in str(refused("40001", "could not serialize access"))
    full = str(refused("53100", "could not extend file: No space left on device"))
    assert "磁盘已满" in full and "53100" in full
    odd = str(refused("XX000", "internal error"))
    assert "服务器报告的错误" in odd and "internal" not in odd


def test_a_server_starting_a_row_held_a_statement_stopped_and_a_lost_answer_are_told_as_such() -> None:
    address, _password = parse_address("postgresql://duchashi@10.0.0.5/luoshi")

    def refused(code: str, said: str) -> LedgerError:
        driver = DatabaseError({"S": "FATAL", "C": code, "M": said})
        return server_failure(address, IntegrityError("UPDATE …", {}, driver))
    assert "正在启动，请稍候再试" in str(refused("57P03", "the database system is starting up"))
    assert "有人正在修改同一条记录" in str(refused("55P03", "canceling statement due to lock timeout"))
    assert "超过 30 秒仍未完成" in str(refused("57014", "canceling statement due to statement timeout"))
    assert "停顿太久" in str(refused("25P03", "terminating connection due to idle-in-transaction timeout"))
    for lost in (TimeoutError("timed out"), ConnectionResetError(104, "Connection reset by peer")):
        told = server_failure(address, lost)  # the driver lets a socket's own error through, unwrapped
        assert "无法连接服务器" in str(told) and not LATIN.search(str(told).replace(address.display, ""))
