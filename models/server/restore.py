"""A backup file put in place of a server's ledger: who else is connected, whether the file is this ledger's at
all, and the restore itself, what the server held kept first as a file beside its backups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, text

from models.domain.entities import AuditEntry
from models.errors import LedgerError
from models.ledger import Ledger
from models.server.ledger import ServerLedger
from models.server.transfer import copy_to_server

# The window and every command connect as this (models/server/engine.py): what tells another PC's session.
APPLICATION_NAME = "luoshi"


@dataclass(frozen=True)
class LedgerOrigin:
    """What tells one ledger from another across its copies: whose it is and its first recorded change (the
    audit trail travels whole with every backup, migrate and restore; a file's PRAGMA identity does not)."""

    org_name: str
    year: int
    first_change: datetime | None
    first_actor: str

    def same_ledger(self, other: LedgerOrigin) -> bool:
        return (self.org_name, self.first_change, self.first_actor) == (
            other.org_name, other.first_change, other.first_actor)

    @property
    def words(self) -> str:
        began = (f"，{self.first_change:%Y-%m-%d} 由 {self.first_actor} 开始记录" if self.first_change
                 else "，还没有记录")
        return f"“{self.org_name}”的台账（当前年度 {self.year}{began}）"


def origin_of(ledger: Ledger) -> LedgerOrigin:
    settings = ledger.settings()
    with ledger.reading() as session:
        first = session.execute(select(AuditEntry.at, AuditEntry.actor).order_by(AuditEntry.id).limit(1)).first()
    return LedgerOrigin(settings.org_name, settings.current_year, first[0] if first else None,
                        first[1] if first else "")


def others_connected(server: ServerLedger) -> list[str]:
    """The other sessions of this program on the server's database, one line per PC: who, where, since when.
    A role without the right to see another's session is still counted, its address unknown."""
    statement = text(
        "SELECT usename, coalesce(client_hostname, host(client_addr)), backend_start FROM pg_stat_activity "
        "WHERE datname = current_database() AND application_name = :name AND pid <> pg_backend_pid()")
    with server.reading() as session:
        rows = session.execute(statement, {"name": APPLICATION_NAME}).all()
    seen: set[str] = set()
    for user, place, since in rows:
        where = place or ("本机" if since else "地址不明")
        seen.add(f"{user or '另一账号'}@{where}" + (f"（{since:%m-%d %H:%M} 起）" if since else ""))
    return sorted(seen)


def check_restore(source: Ledger, server: ServerLedger, *, force: bool = False) -> str:
    """Refuses while other PCs are connected (unless `force`); returns the words naming both ledgers when the
    file is another ledger than the one on the server (a different office, or another ledger of the same
    name), "" when it is a copy of this one."""
    others = others_connected(server)
    if others and not force:
        raise LedgerError("还有别的电脑连着服务器上的这个台账：{who}。恢复会替换他们正在用的全部内容，没有恢复："
                          "请他们先关闭窗口再恢复（确需立即恢复时加 --force）。", who="、".join(others))
    theirs, ours = origin_of(source), origin_of(server)
    if theirs.same_ledger(ours):
        return ""
    return f"备份文件是{theirs.words}，服务器上现在是{ours.words}：这不是同一个台账的备份。"


def restore_onto_server(source: Ledger, server: ServerLedger, *, force: bool = False) -> Path:
    """`source` in place of everything the server's database holds, in one transaction; the replaced content is
    first copied to a file in the server's backup folder (where `backup --db` writes), which is returned.
    Checks again who is connected: someone may have opened the ledger while the user was asked."""
    check_restore(source, server, force=force)
    kept = server.backup_now(reason="before-restore")
    copy_to_server(source, server.engine, server.address, replace=True)
    return kept
