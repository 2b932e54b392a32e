"""Text as the ledger keeps and compares it: line breaks, control characters, full-width letters, names."""

from __future__ import annotations

import re
from functools import lru_cache

# Full-width letters and digits (ＡＢＣ１２３) and only those: Chinese punctuation（，。：）stays as the
# office wrote it. One table for search, names and imported cells, so all three agree on what is "the same".
FULL_WIDTH_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
FULL_WIDTH_FOLD = {code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B),
                                                    *range(0xFF41, 0xFF5B))}

# Word's manual line and page breaks (\v, \f) and the other line separators become "\n"; the rest of the
# invisible control characters (a Word table's cell marks, NUL) go: none can be shown, printed or exported.
_TEXT_FIXES = str.maketrans({"\r": "\n", "\v": "\n", "\f": "\n", "\u2028": "\n", "\u2029": "\n",
                             **{chr(code): None for code in (*range(0x00, 0x09), *range(0x0e, 0x20), 0x7f)}})
_SPACES = re.compile(r"\s+")
_NEEDS_FIXES = re.compile("[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")  # what _TEXT_FIXES changes, \r\n included


def fold_full_width(text: str) -> str:
    """ＡＢＣ１２３ → ABC123; everything else as it is."""
    return text.translate(FULL_WIDTH_FOLD) if FULL_WIDTH_ALNUM.search(text) else text


def fold_text(text: str) -> str:
    """Text as search compares it: full-width letters folded, case-insensitive, spaces ignored."""
    # Not NFKC: over 20,000 long texts it took half a second, and it would fold Chinese punctuation too.
    return "".join(fold_full_width(text).casefold().split())


def normalise_text(value: str) -> str:
    """Text as it is kept: line breaks as the edit boxes give them back ("\n"), no control characters.

    Kept any other way, a text would come back from an edit box changed (and the editor would save that
    on its own when the user moved on), or print and export differently from what the screen shows.
    """
    if not _NEEDS_FIXES.search(value):  # nearly every text: a translate by table is a dict lookup a character
        return value
    return value.replace("\r\n", "\n").translate(_TEXT_FIXES)


def clause(text: str) -> str:
    """A reason or a note said inside a longer sentence, without the 。；，. that closed it when it stood alone:
    "不同意延期（王部长）：节点不能后移，完成时限仍为…", not "…节点不能后移。，完成时限仍为…"."""
    return text.strip().rstrip("。；，.;,").rstrip()


def cut_title(title: str, limit: int = 30) -> str:
    """A title said in a message or a list, cut after `limit` characters with … so a reader sees it goes on."""
    title = title.strip()
    return title if len(title) <= limit else title[:limit].rstrip(" ，、；：,;:") + "…"


def reasons(parts: list[str], separator: str = "；") -> str:
    """Reasons said one after another, each closing stop but the last one's dropped: "没有牵头科室；没有完成时限。",
    not "没有牵头科室。；没有完成时限。" (in English "No lead section; No deadline.")."""
    said = [part.strip() for part in parts if part.strip()]
    return separator.join([*(clause(part) for part in said[:-1]), *said[-1:]])


@lru_cache(maxsize=4096)  # an import asks for the same few dozen names thousands of times
def clean_name(text: str) -> str:
    """Full-width letters folded, stray spaces and line breaks removed: "王 副部长" and "王副部长" are one.
    Chinese brackets stay as written: 各县（市、区）委组织部 is a name as offices print it."""
    return _SPACES.sub("", fold_full_width(normalise_text(text or "").replace("\u3000", " ")))


def readable_text(text: str) -> str:
    """Text that came from the system as bytes it could not decode (a file name or an argument in GBK on a
    UTF-8 Linux holds them as lone surrogates, which the database refuses mid-write): read as GBK where it is
    GBK, else with replacement marks; text without such bytes is returned as it is."""
    if not any("\udc80" <= char <= "\udcff" for char in text):
        return text
    raw = text.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("gbk")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "replace")
