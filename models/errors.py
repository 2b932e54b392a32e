"""Every error the data layer raises for a user to read: one-line Chinese messages, rules and files alike."""

from __future__ import annotations

from pathlib import Path


class LedgerError(Exception):
    """Base of every ledger-file problem; str(error) is a one-line Chinese message."""


class LedgerMissing(LedgerError):
    """No file at the path; `backup` is the newest good copy found beside it or in its backup folder."""

    def __init__(self, path: Path, backup: Path | None = None) -> None:
        hint = f"。旁边有一份完好的副本 {backup}，可以用它恢复" if backup else ""
        super().__init__(f"找不到台账文件：{path}{hint}")
        self.path = path
        self.backup = backup


class NotALedger(LedgerError):
    def __init__(self, path: Path, why: str) -> None:
        super().__init__(f"{path} 不是落实台账文件：{why}")
        self.path = path


class LedgerDamaged(LedgerError):
    """The file failed its integrity check; it is not written to. `backup` is the newest good one."""

    def __init__(self, path: Path, detail: str, backup: Path | None) -> None:
        hint = f"最近一份完好的备份是 {backup}，可以用它恢复。" if backup else "没有找到可用的备份。"
        super().__init__(f"台账文件已损坏（{detail}），为保护数据未做任何写入。{hint}")
        self.path = path
        self.detail = detail
        self.backup = backup


class LedgerTooNew(LedgerError):
    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            f"{path} 由更新版本的落实台账写入（数据结构版本 {revision}），本程序无法识别。"
            "为避免损坏，文件未被改动，请升级程序后再打开。"
        )
        self.path = path
        self.revision = revision


class LedgerReadOnly(LedgerError):
    def __init__(self, reason: str) -> None:
        super().__init__(f"台账以只读方式打开，不能修改：{reason}")
        self.reason = reason


class BackupError(LedgerError):
    pass


def megabytes(size: int) -> str:
    return f"{size / 1048576:.1f} MB"


class DiskFull(LedgerError):
    """The disk holding the ledger has no room left; nothing was written (a failed write rolls back)."""

    def __init__(self, folder: Path, free: int, needed: int) -> None:
        super().__init__(f"磁盘空间不足：{folder} 所在的磁盘只剩 {megabytes(free)} 可用，至少需要 {megabytes(needed)}。"
                         "请清理磁盘（或把台账移到空间充足的地方）后再试；台账文件没有改动。")
        self.folder, self.free, self.needed = folder, free, needed


class RuleError(ValueError):
    """A change the office's rules forbid, or input they refuse; the message is Chinese and meant for the user."""
