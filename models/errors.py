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


class Conflicting(LedgerError):
    """The database refused a save as a duplicate of a row, or as pointing at one gone: another PC's change
    in the same moment, most likely."""

    def __init__(self) -> None:
        super().__init__("这次修改与台账中已有的内容冲突（名称重复，或所指的记录已被删除），没有保存："
                         "可能另一台电脑刚刚做了同样的修改。请刷新后再试。")


class RuleError(Said, ValueError):
    """A change the office's rules forbid, or input they refuse; the message is Chinese and meant for the user."""


class SavedAtOnce(RuleError):
    """A row this save meant to change was changed or removed by another PC in the same moment."""

    def __init__(self) -> None:
        super().__init__("这项任务刚刚被另一台电脑改动或删除，你的这次修改没有保存。请看一下最新内容，再保存一次。")


_OS_WORDS = {
    errno.ENOENT: said("找不到这个文件或文件夹"), errno.EISDIR: said("这是一个文件夹"),
    errno.ENOTDIR: said("路径中有一段不是文件夹"), errno.EACCES: said("没有权限"), errno.EPERM: said("没有权限"),
    errno.EROFS: said("磁盘是只读的"), errno.ENOSPC: said("磁盘空间不足"), errno.ENAMETOOLONG: said("文件名太长"),
    errno.EEXIST: said("已经存在"), errno.ELOOP: said("是一个链接（不会跟着它）"),
    errno.EBUSY: said("正被别的程序使用"), errno.ETXTBSY: said("正被别的程序使用"),
    errno.EMFILE: said("打开的文件太多"), errno.ENFILE: said("打开的文件太多"),
    errno.EIO: said("读写出错：磁盘、U 盘或网络可能有问题"), errno.EINVAL: said("文件名或路径的写法不对"),
    errno.ENOTEMPTY: said("文件夹不是空的"), errno.EXDEV: said("不能跨磁盘移动"), errno.EFBIG: said("文件太大"),
    errno.ENOMEM: said("内存不足"), errno.ENXIO: said("设备不存在或没有连接"),
    errno.ENODEV: said("设备不存在或没有连接"),
    errno.EAGAIN: said("暂时无法完成，请稍后再试"), errno.EINTR: said("被打断了，请再试一次"),
    errno.ETIMEDOUT: said("网络超时"), errno.ECONNREFUSED: said("对方拒绝了连接"),
    errno.ECONNRESET: said("连接被断开"), errno.EHOSTUNREACH: said("网络不通"), errno.ENETUNREACH: said("网络不通"),
    errno.ESTALE: said("网络上的文件已失效，请重新打开"), errno.EDQUOT: said("超出了磁盘配额"),
    errno.ENOLCK: said("无法加锁"), errno.EPIPE: said("连接已断开"), errno.EBADF: said("文件已关闭"),
}
# Windows says more exactly why in its own codes (error.winerror): a file open in Excel is "permission denied"
# by errno, and a shared folder that is not there is "No such file".
_WINDOWS_WORDS = {
    2: said("找不到这个文件"), 3: said("找不到这个路径"), 5: said("没有权限"),
    19: said("磁盘有写保护"), 21: said("设备没有准备好（U 盘或光盘是否插好）"),
    32: said("文件正被别的程序打开（如 Excel、WPS），请先关掉它"), 33: said("文件有一部分被别的程序锁定"),
    53: said("找不到网络路径"), 59: said("网络出错"), 64: said("网络连接已断开"), 67: said("找不到网络名"),
    112: said("磁盘空间不足"), 123: said("文件名、文件夹名或路径的写法不对"), 206: said("文件名或路径太长"),
    1117: said("读写出错：磁盘、U 盘或网络可能有问题"), 1224: said("文件正被别的程序使用"),
    1231: said("网络不通"), 1326: said("共享文件夹的用户名或密码不对"),
}


def os_error_words(error: OSError) -> str:
    """What the system said, in the user's words ("Is a directory", "No such file or directory", "Read-only
    file system" reached the clerk in English); one not listed is named by its code, never in English."""
    if error.errno is None and error.strerror:  # one of ours (reports' OutputRefused): already the user's words
        return error.strerror
    windows = getattr(error, "winerror", None)
    words = _WINDOWS_WORDS.get(windows) if windows else None
    words = words or _OS_WORDS.get(error.errno or 0)
    if words:
        return words
    code = windows or error.errno
    return Message("系统报告的错误（代码 {code}）", code=code) if code else said("系统报告的错误")
