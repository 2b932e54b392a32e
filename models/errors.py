"""Every error the data layer raises for a user to read: one-line Chinese messages, rules and files alike.

Each keeps its message as a template and the values put into it, so the window can say it in the
interface's language (ui/error_texts.py lists the templates for translators); str(error) is the Chinese."""

from __future__ import annotations

import errno
from pathlib import Path


def said(text: str) -> str:
    """Marks a piece of text put into a message as one of its values, so translators are given it too."""
    return text


class Message(str):
    """A message for a user that is not an error (an import row's warning): the Chinese text as a str, with
    its template and values kept so the window can say it in its own language, as with Said."""

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, **values: object) -> Message:
        text = super().__new__(cls, template.format(**values) if values else template)
        text.template, text.values = template, values
        return text


class Said(Exception):
    """An error whose message is `template` filled with `values` (str.format names)."""

    def __init__(self, template: str = "", **values: object) -> None:
        super().__init__(template.format(**values) if values else template)
        self.template, self.values = template, values


class LedgerError(Said):
    """Base of every ledger-file problem; str(error) is a one-line Chinese message."""


class LedgerMissing(LedgerError):
    """No file at the path; `backup` is the newest good copy found beside it or in its backup folder."""

    def __init__(self, path: Path, backup: Path | None = None) -> None:
        if backup:
            super().__init__("找不到台账文件：{path}。旁边有一份完好的副本 {backup}，可以用它恢复", path=path,
                             backup=backup)
        else:
            super().__init__("找不到台账文件：{path}", path=path)
        self.path = path
        self.backup = backup


class NotALedger(LedgerError):
    def __init__(self, path: Path, why: str) -> None:
        super().__init__("{path} 不是落实台账文件：{why}", path=path, why=why)
        self.path = path


class LedgerDamaged(LedgerError):
    """The file failed its integrity check; it is not written to. `backup` is the newest good one."""

    def __init__(self, path: Path, detail: str, backup: Path | None) -> None:
        if backup:
            super().__init__("台账文件已损坏（{detail}），为保护数据未做任何写入。最近一份完好的备份是 {backup}，"
                             "可以用它恢复。", detail=detail, backup=backup)
        else:
            super().__init__("台账文件已损坏（{detail}），为保护数据未做任何写入。没有找到可用的备份。", detail=detail)
        self.path = path
        self.detail = detail
        self.backup = backup


class LedgerTooNew(LedgerError):
    def __init__(self, path: Path, revision: str) -> None:
        super().__init__("{path} 由更新版本的落实台账写入（数据结构版本 {revision}），本程序无法识别。"
                         "为避免损坏，文件未被改动，请升级程序后再打开。", path=path, revision=revision)
        self.path = path
        self.revision = revision


class ServerTooNew(LedgerError):
    def __init__(self, place: str, revision: str) -> None:
        super().__init__("服务器上的台账 {place} 由更新版本的落实台账写入（数据结构版本 {revision}），本程序无法识别。"
                         "为避免损坏，没有做任何改动，请升级程序后再连接。", place=place, revision=revision)
        self.revision = revision


class ServerUnreachable(LedgerError):
    """The server did not answer, or broke off: nothing was saved by the action that met this."""


class ServerLoginFailed(LedgerError):
    """The server wants a password, or refused the one given; `needs_password`: none was given."""

    def __init__(self, template: str, needs_password: bool, **values: object) -> None:
        super().__init__(template, **values)
        self.needs_password = needs_password


class LedgerReadOnly(LedgerError):
    def __init__(self, reason: str) -> None:
        super().__init__("台账以只读方式打开，不能修改：{reason}", reason=reason)
        self.reason = reason


class BackupError(LedgerError):
    pass


def megabytes(size: int) -> str:
    return f"{size / 1048576:.1f} MB"


class DiskFull(LedgerError):
    """The disk holding the ledger has no room left; nothing was written (a failed write rolls back)."""

    def __init__(self, folder: Path, free: int, needed: int) -> None:
        super().__init__("磁盘空间不足：{folder} 所在的磁盘只剩 {free} 可用，至少需要 {needed}。"
                         "请清理磁盘（或把台账移到空间充足的地方）后再试；台账文件没有改动。", folder=folder,
                         free=megabytes(free), needed=megabytes(needed))
        self.folder, self.free, self.needed = folder, free, needed


class RuleError(Said, ValueError):
    """A change the office's rules forbid, or input they refuse; the message is Chinese and meant for the user."""


class SavedAtOnce(RuleError):
    """A row this save meant to change was changed or removed by another PC in the same moment."""

    def __init__(self) -> None:
        super().__init__("这项任务刚刚被另一台电脑改动或删除，你的这次修改没有保存。请看一下最新内容，再保存一次。")


_OS_WORDS = {
    errno.ENOENT: "找不到这个文件或文件夹", errno.EISDIR: "这是一个文件夹", errno.ENOTDIR: "路径中有一段不是文件夹",
    errno.EACCES: "没有权限", errno.EPERM: "没有权限", errno.EROFS: "磁盘是只读的", errno.ENOSPC: "磁盘空间不足",
    errno.ENAMETOOLONG: "文件名太长", errno.EEXIST: "已经存在", errno.ELOOP: "是一个链接（不会跟着它）",
    errno.EBUSY: "正被别的程序使用", errno.ETXTBSY: "正被别的程序使用", errno.EMFILE: "打开的文件太多",
}


def os_error_words(error: OSError) -> str:
    """What the system said, in Chinese where it is one of the usual refusals ("Is a directory", "No such file
    or directory", "Read-only file system" reached the clerk in English)."""
    words = _OS_WORDS.get(error.errno or 0)
    return words or error.strerror or str(error) or type(error).__name__
